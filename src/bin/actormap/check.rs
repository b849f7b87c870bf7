//! `actormap check`: every problem of a map.

use actormap::Lang;
use clap::{Args, ValueEnum};

use crate::{Failure, Input, parse_lang, write_problems, write_stdout};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap check fixtures/pierre-de-saurel-aines.json
  actormap check fixtures/pierre-de-saurel-aines/          (a spreadsheet folder)
  cat map.json | actormap check -
  actormap check map.json --format json
  actormap check map.json --lang fr                       (problems in French)

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
    /// Language of the problems and the summary: en or fr.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

pub(crate) fn run(args: &CheckArgs) -> Result<(), Failure> {
    // A file that is not JSON or not UTF-8 is a problem the check found, in the report.
    let report = actormap::check::check_path(&args.input.map, &args.input.options())?;
    let text = match args.format {
        CheckFormat::Text => {
            let mut text = Vec::new();
            write_problems(&mut text, &report.problems).expect("writing to memory");
            text.extend_from_slice(report.summary(args.lang).as_bytes());
            text.push(b'\n');
            text
        }
        CheckFormat::Json => report.to_json(args.lang).into_bytes(),
    };
    write_stdout(&text)?;
    if report.errors > 0 || (args.strict && report.warnings > 0) {
        Err(Failure::Problems)
    } else {
        Ok(())
    }
}
