//! The `actormap` command: parse the arguments, make one library call, write the result.
//!
//! Exit codes: 0 fine; 1 the check found problems; 2 the command failed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use actormap::{ActorMap, Error, ErrorKind, Loaded, Problem, ReadOptions, Severity};
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Map the partners and stakeholders of a territory.
#[derive(Parser)]
#[command(name = "actormap", version, about, long_about = None)]
#[command(after_help = "Examples:
  actormap check fixtures/pierre-de-saurel-aines.json
  actormap convert fixtures/pierre-de-saurel-aines.json -o my-map/

Exit codes: 0 fine, 1 the check found problems, 2 the command failed.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a map and list every problem, errors and warnings, with where each is.
    #[command(after_help = "Examples:
  actormap check fixtures/pierre-de-saurel-aines.json
  actormap check fixtures/pierre-de-saurel-aines/          (a spreadsheet folder)
  cat map.json | actormap check -
  actormap check map.json --format json

Exit codes: 0 no error (warnings may be listed), 1 errors found (or warnings, with
--strict), 2 the map could not be read at all (missing file, bad option).")]
    Check(CheckArgs),
    /// Convert a map between JSON and a spreadsheet folder (chosen by the output name).
    #[command(after_help = "Examples:
  actormap convert fixtures/pierre-de-saurel-aines.json -o saurel/        (JSON to spreadsheets)
  actormap convert saurel/ -o saurel.json                                 (spreadsheets to JSON)
  actormap convert saurel/actors.csv -o -                                 (JSON on standard output)

An output ending in .json (or -) is JSON; any other output is a folder of CSV files
(actors.csv, links.csv, members.csv, forums.csv, needs.csv, map.csv). Files are written
whole or not at all, and never over the input.")]
    Convert(ConvertArgs),
}

#[derive(Args)]
struct Input {
    /// The map: a JSON file, a spreadsheet folder (or one of its CSV files), or - for JSON
    /// on standard input.
    map: PathBuf,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = actormap::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: u64,
}

impl Input {
    fn options(&self) -> ReadOptions {
        ReadOptions::default().with_max_input_bytes(self.max_input_bytes)
    }
}

#[derive(Args)]
struct CheckArgs {
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

#[derive(Args)]
struct ConvertArgs {
    #[command(flatten)]
    input: Input,
    /// Where to write: a .json file, - for standard output, or a folder for spreadsheets.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
}

/// How a command ended, when it did not end well.
enum Failure {
    /// The check found problems (exit 1); they were printed.
    Problems,
    /// The command could not do its job (exit 2).
    Failed(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Failed(e)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Convert(args) => convert(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Problems) => ExitCode::from(1),
        Err(Failure::Failed(e)) => {
            report_error(&e);
            ExitCode::from(2)
        }
    }
}

/// Print an error once, on standard error, with every problem when the map is invalid.
fn report_error(e: &Error) {
    let mut err = io::stderr().lock();
    if let ErrorKind::Io { source, .. } = e.kind() {
        if source.kind() == io::ErrorKind::BrokenPipe {
            return; // the reader went away (`| head`): not an error
        }
    }
    if e.problems().is_empty() {
        let _ = writeln!(err, "actormap: error: {e}");
    } else {
        let _ = write_problems(&mut err, e.problems());
        let _ = writeln!(err, "actormap: the map has errors; fix them and run again");
    }
}

fn write_problems(out: &mut impl Write, problems: &[Problem]) -> io::Result<()> {
    for p in problems {
        writeln!(out, "{}: {}", p.severity, without_help(p))?;
        if let Some(help) = &p.help {
            writeln!(out, "  help: {help}")?;
        }
    }
    Ok(())
}

fn without_help(p: &Problem) -> String {
    let at = p.location.to_string();
    if at.is_empty() {
        p.message.clone()
    } else {
        format!("{at}: {}", p.message)
    }
}

fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Read a map, print its warnings on standard error, and refuse it if it has errors.
fn load_map(input: &Input) -> Result<ActorMap, Failure> {
    let loaded = actormap::load_path(&input.map, &input.options())?;
    let problems = loaded.check();
    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(Failure::Failed(ErrorKind::Invalid { problems }.into()));
    }
    let _ = write_problems(&mut io::stderr().lock(), &problems);
    Ok(loaded.map)
}

fn check(args: &CheckArgs) -> Result<(), Failure> {
    let problems = match actormap::load_path(&args.input.map, &args.input.options()) {
        Ok(loaded) => Loaded::check(&loaded),
        // A file that is not JSON or not UTF-8 is a problem the check found.
        Err(e) if matches!(e.kind(), ErrorKind::Json { .. } | ErrorKind::NotUtf8 { .. }) => {
            vec![Problem {
                severity: Severity::Error,
                code: match e.kind() {
                    ErrorKind::Json { .. } => "not-json",
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
    let mut out = io::stdout().lock();
    let written = match args.format {
        CheckFormat::Text => write_problems(&mut out, &problems).and_then(|()| {
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            if problems.is_empty() {
                writeln!(out, "{}: no problems found", shown(&args.input.map))
            } else {
                writeln!(
                    out,
                    "{}: {}, {}",
                    shown(&args.input.map),
                    plural(errors, "error"),
                    plural(warnings, "warning")
                )
            }
        }),
        CheckFormat::Json => {
            let report = serde_json::json!({
                "map": shown(&args.input.map),
                "errors": errors,
                "warnings": warnings,
                "problems": problems,
            });
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&report).expect("plain JSON")
            )
        }
    };
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(Failure::Failed(
                ErrorKind::Io {
                    path: None,
                    action: "write",
                    source: e,
                }
                .into(),
            ));
        }
    }
    if errors > 0 || (args.strict && warnings > 0) {
        Err(Failure::Problems)
    } else {
        Ok(())
    }
}

fn convert(args: &ConvertArgs) -> Result<(), Failure> {
    actormap::ensure_not_input(&[&args.input.map], &args.output)?;
    let map = load_map(&args.input)?;
    if args.output == Path::new("-") {
        write_stdout(actormap::to_json_string(&map).as_bytes())
    } else {
        actormap::write_path(&map, &args.output).map_err(Failure::from)
    }
}

/// Write to standard output; a closed pipe is not an error.
fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Failed(
            ErrorKind::Io {
                path: None,
                action: "write to standard output",
                source: e,
            }
            .into(),
        )),
        _ => Ok(()),
    }
}
