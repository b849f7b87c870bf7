//! `actormap check`: every problem of a map.

use actormap::Lang;
use actormap::check::Shown;
use actormap::words;
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Input, Quiet, parse_lang, write_problems, write_stdout};

#[derive(Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,
    #[arg(long)]
    strict: bool,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[command(flatten)]
    quiet: Quiet,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

pub(crate) fn run(args: &CheckArgs) -> Result<(), Failure> {
    let activity = Activity::start(
        &args.quiet,
        args.lang,
        args.lang.text("cli-progress-checking-map"),
    );
    // A file that is not JSON or not UTF-8 is a problem the check found, in the report.
    let report = actormap::check::check_path(&args.input.map, &args.input.options())?;
    drop(activity);
    let text = match args.format {
        CheckFormat::Text => {
            let mut text = Vec::new();
            // A mistake repeated on many lines is said once, with its lines.
            for item in report.shown(args.lang) {
                match item {
                    Shown::Problem(problem) => {
                        write_problems(&mut text, std::slice::from_ref(problem), None)
                    }
                    Shown::Repeated(group, first) => {
                        text.extend_from_slice(group.to_text(args.lang).as_bytes());
                        write_problems(&mut text, &[], Some(first))
                    }
                }
                .expect("writing to memory");
            }
            text.extend_from_slice(report.summary(args.lang).as_bytes());
            text.push(b'\n');
            match String::from_utf8(text) {
                Ok(text) => words::neutralise(&text).into_owned().into_bytes(),
                Err(e) => e.into_bytes(),
            }
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
