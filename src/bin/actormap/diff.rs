//! `actormap diff`: two snapshots compared, or several as a time series.

use std::path::PathBuf;

use actormap::words;
use clap::{Args, ValueEnum};

use actormap::io::Input as Reads;
use actormap::{Lang, Level, View, diff::DiffOptions};

use crate::{Activity, Anonymity, Failure, Limits, Output, Quiet, parse_lang};

#[derive(Args)]
pub(crate) struct DiffArgs {
    #[arg(required = true, num_args = 2.., value_name = "MAP")]
    maps: Vec<PathBuf>,
    #[command(flatten)]
    limits: Limits,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[arg(long, value_name = "LEVEL", value_parser = crate::code_parser::<actormap::Level>())]
    min_level: Option<Level>,
    #[arg(long)]
    with_forum_ties: bool,
    #[command(flatten)]
    anonymity: Anonymity,
    #[command(flatten)]
    quiet: Quiet,
    #[command(flatten)]
    output: Output,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
    Csv,
}

pub(crate) fn run(args: &DiffArgs) -> Result<(), Failure> {
    let paths: Vec<&std::path::Path> = args.maps.iter().map(PathBuf::as_path).collect();
    let mut inputs: Vec<Reads> = paths.iter().map(|m| Reads::Map(m)).collect();
    inputs.extend(args.anonymity.inputs());
    args.output.check(&inputs)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-maps"));
    let maps: Vec<actormap::ActorMap> = args
        .limits
        .load_maps(&paths, &args.anonymity, lang)?
        .into_iter()
        .map(crate::Read::into_shown)
        .collect();
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let options = DiffOptions::default().with_view(view);
    activity.set_message(lang.text("cli-progress-comparing"));
    let text = if maps.len() == 2 && args.format != Format::Csv {
        let diff = actormap::diff::diff(&maps[0], &maps[1], &options)?;
        match args.format {
            Format::Json => diff.to_json(args.lang),
            _ => words::neutralise(&diff.to_text(args.lang)).into_owned(),
        }
    } else {
        let refs: Vec<&actormap::ActorMap> = maps.iter().collect();
        let series = actormap::diff::time_series(&refs, &options)?;
        match args.format {
            Format::Text => words::neutralise(&series.to_text(args.lang)).into_owned(),
            Format::Json => series.to_json(args.lang),
            Format::Csv => series.to_csv(),
        }
    };
    drop(activity);
    args.output.write(text.as_bytes())
}
