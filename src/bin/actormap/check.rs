//! `actormap check`: every problem of a map.

use clap::{Args, ValueEnum};

use actormap::{ErrorKind, Problem, Severity};

use crate::{Failure, Input, shown, write_problems, write_stdout};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap check fixtures/pierre-de-saurel-aines.json
  actormap check fixtures/pierre-de-saurel-aines/          (a spreadsheet folder)
  cat map.json | actormap check -
  actormap check map.json --format json

Exit codes: 0 no error (warnings may be listed), 1 errors found (or warnings, with
--strict), 2 the map could not be read at all (missing file, bad option).";

#[derive(Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    input: Input,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    /// Treat warnings as problems too (exit 1 when there are any).
    #[arg(long)]
    strict: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

pub(crate) fn run(args: &CheckArgs) -> Result<(), Failure> {
    let problems = match actormap::load_path(&args.input.map, &args.input.options()) {
        Ok(loaded) => loaded.check(),
        // A file that is not JSON or not UTF-8 is a problem the check found.
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::Json { .. } | ErrorKind::NotUtf8 { .. } | ErrorKind::TooDeep { .. }
            ) =>
        {
            vec![Problem {
                severity: Severity::Error,
                code: match e.kind() {
                    ErrorKind::Json { .. } => "not-json",
                    ErrorKind::TooDeep { .. } => "too-deep",
                    _ => "not-utf8",
                },
                location: Default::default(),
                message: e.to_string(),
                help: None,
            }]
        }
        Err(e) => return Err(e.into()),
    };
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let mut text = Vec::new();
    match args.format {
        CheckFormat::Text => {
            write_problems(&mut text, &problems).expect("writing to memory");
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            let summary = if problems.is_empty() {
                format!("{}: no problems found\n", shown(&args.input.map))
            } else {
                format!(
                    "{}: {}, {}\n",
                    shown(&args.input.map),
                    plural(errors, "error"),
                    plural(warnings, "warning")
                )
            };
            text.extend_from_slice(summary.as_bytes());
        }
        CheckFormat::Json => {
            let report = serde_json::json!({
                "map": shown(&args.input.map),
                "errors": errors,
                "warnings": warnings,
                "problems": problems,
            });
            text = serde_json::to_vec_pretty(&report).expect("plain JSON");
            text.push(b'\n');
        }
    }
    write_stdout(&text)?;
    if errors > 0 || (args.strict && warnings > 0) {
        Err(Failure::Problems)
    } else {
        Ok(())
    }
}
