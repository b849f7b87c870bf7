//! `actormap metrics`: coverage and isolation metrics, with findings in plain words.

use actormap::{
    Lang, Level, Network, View, metrics::MetricsOptions, metrics::MetricsReport, metrics::Sampling,
};
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Input, Output, Quiet, parse_lang};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap metrics fixtures/pierre-de-saurel-aines.json
  actormap metrics map.json --lang fr                       (findings in French)
  actormap metrics map.json --format json -o metrics.json   (every metric, with the findings)
  actormap metrics map.json --format csv -o actors.csv      (one row per actor)
  actormap metrics map.json --min-level cooperation         (only the closer ties count)
  actormap metrics map.json --with-forum-ties               (sitting in the same forum is a tie)
  actormap metrics map.json --anonymize users               (users named User 1, User 2…)
  actormap metrics big.json --sample 512 --seed 7           (paths estimated from 512 sources)

Betweenness, closeness, harmonic centrality, diameter and average path length take one
search from every actor. Above 20,000 actors they are estimated from 256 sources drawn
with --seed, unless --exact is given; --sample K asks for K sources on any map. The report
says so (a headline line in text, \"sampling\" in JSON, an \"estimated\" column in CSV);
every other metric stays exact.

The text report gives the headline figures, then the findings (warnings, what to discuss,
for information), then the main brokers. Metrics run on the undirected simple graph of the
ties; see the README for what each one tells a facilitator.

Exit codes: 0 the report was written, 2 the command failed.";

#[derive(Args)]
pub(crate) struct MetricsArgs {
    #[command(flatten)]
    input: Input,
    /// Output format: a text report, every metric as JSON, or one CSV row per actor.
    #[arg(long, value_enum, default_value_t = MetricsFormat::Text)]
    format: MetricsFormat,
    /// Only links at this level or above count: information, coordination, cooperation or
    /// collaboration.
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    /// Two actors who sit in the same forum are tied (co-membership).
    #[arg(long)]
    with_forum_ties: bool,
    /// Language of the findings and of the text report.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    /// Replace user actors' names and ids with "User 1", "User 2"… in map order.
    #[arg(long, value_enum, value_name = "WHO")]
    anonymize: Option<AnonymizeArg>,
    /// Estimate the all-pairs metrics from K sources drawn with --seed (exact when K is
    /// at least the number of actors).
    #[arg(long, value_name = "K", conflicts_with = "exact")]
    sample: Option<usize>,
    /// Search from every actor, however large the map (no automatic sampling above
    /// 20,000 actors).
    #[arg(long)]
    exact: bool,
    /// Seed the sources are drawn with, when sampled: the same seed, the same report.
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

#[derive(Clone, Copy, ValueEnum)]
enum AnonymizeArg {
    Users,
}

pub(crate) fn run(args: &MetricsArgs) -> Result<(), Failure> {
    args.output.ensure_not_input(&[&args.input.map])?;
    let activity = Activity::start(&args.quiet, "reading the map");
    let mut map = args.input.load()?;
    if let Some(AnonymizeArg::Users) = args.anonymize {
        map = actormap::privacy::anonymize_users(&map, args.lang);
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
    activity.set_message("shortest paths");
    let options = MetricsOptions::default()
        .with_sampling(sampling)
        .with_seed(args.seed)
        .with_progress(activity.progress());
    let report = MetricsReport::compute(&network, &options);
    activity.set_message("writing the report");
    let text = match args.format {
        MetricsFormat::Text => report.to_text(args.lang),
        MetricsFormat::Json => report.to_json(args.lang),
        MetricsFormat::Csv => report.to_csv(),
    };
    args.output.write(text.as_bytes())
}
