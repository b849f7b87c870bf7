//! `actormap convert`: JSON ↔ spreadsheet folder.

use std::path::{Path, PathBuf};

use actormap::io::Input as Reads;
use clap::Args;

use crate::{Activity, Anonymity, Failure, Input, Quiet, write_stdout};

#[derive(Args)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    input: Input,
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    #[command(flatten)]
    anonymity: Anonymity,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = crate::parse_lang)]
    pub(crate) lang: actormap::Lang,
    #[command(flatten)]
    quiet: Quiet,
}

pub(crate) fn run(args: &ConvertArgs) -> Result<(), Failure> {
    let form = actormap::io::OutputForm::of_map(&args.output);
    let mut inputs = vec![Reads::Map(&args.input.map)];
    inputs.extend(args.anonymity.inputs());
    crate::check_output(&inputs, &args.output, form)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let map = args.input.read(&args.anonymity, lang)?.into_shown();
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
