//! `actormap metrics`: coverage and isolation metrics, with findings in plain words.

use actormap::io::Input as Reads;
use actormap::{
    Lang, Level, Network, View, metrics::MetricsOptions, metrics::MetricsReport, metrics::Sampling,
};
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Input, Output, Quiet, parse_lang};

#[derive(Args)]
pub(crate) struct MetricsArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_enum, default_value_t = MetricsFormat::Text)]
    format: MetricsFormat,
    #[arg(long, value_name = "LEVEL", value_parser = crate::code_parser::<actormap::Level>())]
    min_level: Option<Level>,
    #[arg(long)]
    with_forum_ties: bool,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[arg(long, value_name = "WHO", value_parser = crate::code_parser::<actormap::privacy::Anonymize>())]
    anonymize: Option<actormap::privacy::Anonymize>,
    #[arg(long, value_name = "K", conflicts_with = "exact")]
    sample: Option<usize>,
    #[arg(long)]
    exact: bool,
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    #[command(flatten)]
    quiet: Quiet,
    #[command(flatten)]
    output: Output,
}

#[derive(Clone, Copy, ValueEnum)]
enum MetricsFormat {
    Text,
    Json,
    Csv,
}

pub(crate) fn run(args: &MetricsArgs) -> Result<(), Failure> {
    args.output.check(&[Reads::Map(&args.input.map)])?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let mut map = args.input.load()?;
    if let Some(who) = args.anonymize {
        map = who.apply(&map, args.lang);
    }
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let network = Network::new(&map, &view)?;
    let sampling = match (args.sample, args.exact) {
        (Some(k), _) => Sampling::Sources(k),
        (None, true) => Sampling::Exact,
        (None, false) => Sampling::Auto,
    };
    activity.set_message(lang.text("cli-progress-shortest-paths"));
    let options = MetricsOptions::default()
        .with_sampling(sampling)
        .with_seed(args.seed)
        .with_progress(activity.progress());
    let report = MetricsReport::compute(&network, &options);
    activity.set_message(lang.text("cli-progress-writing-report"));
    let text = match args.format {
        MetricsFormat::Text => report.to_text(args.lang),
        MetricsFormat::Json => report.to_json(args.lang),
        MetricsFormat::Csv => report.to_csv(),
    };
    args.output.write(text.as_bytes())
}
