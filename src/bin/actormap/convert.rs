//! `actormap convert`: JSON ↔ spreadsheet folder.

use std::path::{Path, PathBuf};

use actormap::io::Input as Reads;
use clap::Args;

use crate::{Activity, Failure, Input, Quiet, write_stdout};

#[derive(Args)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    input: Input,
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    #[arg(long, value_name = "WHO", value_parser = ["users"])]
    anonymize: Option<String>,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = crate::parse_lang)]
    pub(crate) lang: actormap::Lang,
    #[command(flatten)]
    quiet: Quiet,
}

pub(crate) fn run(args: &ConvertArgs) -> Result<(), Failure> {
    let form = actormap::io::OutputForm::of_map(&args.output);
    crate::check_output(&[Reads::Map(&args.input.map)], &args.output, form)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let mut map = args.input.load()?;
    if args.anonymize.is_some() {
        map = actormap::privacy::anonymize_users(&map, args.lang);
    }
    activity.set_message(lang.text("cli-progress-writing-map"));
    if args.output == Path::new("-") {
        let text = actormap::io::to_json_string(&map);
        drop(activity);
        write_stdout(text.as_bytes())
    } else {
        crate::streams::refuse_closed_stdout(&args.output)?;
        Ok(actormap::write_path(&map, &args.output)?)
    }
}
