//! `actormap metrics`: coverage and isolation metrics, with findings in plain words.

use actormap::io::Input as Reads;
use actormap::words;
use actormap::{
    Lang, Level, Network, View, metrics::MetricsOptions, metrics::MetricsReport, metrics::Sampling,
};
use clap::{Args, ValueEnum};

use crate::{Activity, Anonymity, Failure, Input, Output, Quiet, parse_lang};

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
    #[command(flatten)]
    anonymity: Anonymity,
    #[arg(long, value_name = "K", conflicts_with = "exact", value_parser = parse_sample)]
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

/// Parse `--sample`: a number of sources, at least one.
fn parse_sample(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(k) if k > 0 => Ok(k),
        _ => Err(actormap::words::message(
            crate::lang(),
            "cli-error-sample",
            &actormap::words::Args::new(),
        )),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum MetricsFormat {
    Text,
    Json,
    Csv,
}

pub(crate) fn run(args: &MetricsArgs) -> Result<(), Failure> {
    let mut inputs = vec![Reads::Map(&args.input.map)];
    inputs.extend(args.anonymity.inputs());
    args.output.check(&inputs)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let map = args.input.read(&args.anonymity, lang)?.into_shown();
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
    args.output.write_with(|w| match args.format {
        // Names go into the text as written; a terminal must not act on them.
        MetricsFormat::Text => {
            let mut w = words::neutralising(w);
            report.write_text(&mut w, args.lang)?;
            std::io::Write::flush(&mut w)
        }
        MetricsFormat::Json => report.write_json(w, args.lang),
        MetricsFormat::Csv => report.write_csv(w),
    })
}
