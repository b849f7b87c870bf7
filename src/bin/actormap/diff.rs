//! `actormap diff`: two snapshots compared, or several as a time series.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use actormap::{Lang, Level, View, diff::DiffOptions};

use crate::{Failure, Limits, Output, parse_lang};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap diff fixtures/pierre-de-saurel-aines.json fixtures/pierre-de-saurel-aines-2026.json
  actormap diff before.json after.json --lang fr --format json -o changes.json
  actormap diff 2025.json 2026-05.json 2026-11.json              (a time series)
  actormap diff 2025.json 2026-05.json 2026-11.json --format csv -o indicators.csv

Actors are matched by id; an id that disappears while an actor with the same name appears
is reported as a likely rename and compared as one actor. With more than two snapshots,
the indicators are given side by side (text table, CSV or JSON).";

#[derive(Args)]
pub(crate) struct DiffArgs {
    /// The snapshots, earliest first: JSON files or spreadsheet folders.
    #[arg(required = true, num_args = 2.., value_name = "MAP")]
    maps: Vec<PathBuf>,
    #[command(flatten)]
    limits: Limits,
    /// Output format (csv gives the indicators, one row per snapshot).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the sentences and labels: en or fr.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    pub(crate) lang: Lang,
    /// Only links at this level or above count as ties, for the indicators.
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    /// Count sitting in the same forum as a tie, for the indicators.
    #[arg(long)]
    with_forum_ties: bool,
    /// Replace user actors by pseudonyms (User 1, User 2, …) in the output.
    #[arg(long, value_name = "WHO", value_parser = ["users"])]
    anonymize: Option<String>,
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
    let inputs: Vec<&std::path::Path> = args.maps.iter().map(PathBuf::as_path).collect();
    args.output.ensure_not_input(&inputs)?;
    let mut maps = Vec::with_capacity(args.maps.len());
    for path in &args.maps {
        let map = args.limits.load(path)?;
        maps.push(if args.anonymize.is_some() {
            actormap::privacy::anonymize_users(&map, args.lang)
        } else {
            map
        });
    }
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let options = DiffOptions::default().with_view(view);
    let text = if maps.len() == 2 && args.format != Format::Csv {
        let diff = actormap::diff::diff(&maps[0], &maps[1], &options)?;
        match args.format {
            Format::Json => diff.to_json(args.lang),
            _ => diff.to_text(args.lang),
        }
    } else {
        let refs: Vec<&actormap::ActorMap> = maps.iter().collect();
        let series = actormap::diff::time_series(&refs, &options)?;
        match args.format {
            Format::Text => series.to_text(args.lang),
            Format::Json => series.to_json(args.lang),
            Format::Csv => series.to_csv(),
        }
    };
    args.output.write(text.as_bytes())
}
