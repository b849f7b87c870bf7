//! `actormap export`: the map in another tool's format (GraphML, GEXF, Kumu).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actormap::words::{self, Args as Words};
use actormap::{
    ActorMap, Lang, Network, View, interop::AttributeValues, interop::ExportFormat,
    interop::NodeAttribute, metrics::MetricsOptions, metrics::MetricsReport,
};
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Input, Quiet, parse_lang, write_stdout};

#[derive(Args)]
pub(crate) struct ExportArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_enum, value_name = "FORMAT")]
    to: Option<ToArg>,
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    #[arg(long)]
    with_metrics: bool,
    #[arg(long, value_enum, value_name = "WHO")]
    anonymize: Option<AnonymizeArg>,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[command(flatten)]
    quiet: Quiet,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ToArg {
    Graphml,
    Gexf,
    Kumu,
    KumuCsv,
}

#[derive(Clone, Copy, ValueEnum)]
enum AnonymizeArg {
    Users,
}

impl From<ToArg> for ExportFormat {
    fn from(t: ToArg) -> Self {
        match t {
            ToArg::Graphml => ExportFormat::Graphml,
            ToArg::Gexf => ExportFormat::Gexf,
            ToArg::Kumu => ExportFormat::Kumu,
            ToArg::KumuCsv => ExportFormat::KumuCsv,
        }
    }
}

pub(crate) fn run(args: &ExportArgs) -> Result<(), Failure> {
    let output = args.output.as_deref().unwrap_or(Path::new("-"));
    let format = match (args.to, ExportFormat::from_path(output)) {
        (Some(to), _) => ExportFormat::from(to),
        (None, Some(format)) => format,
        (None, None) => {
            let output = Words::new().with("output", crate::shown(output));
            return Err(Failure::usage(words::message(
                args.lang,
                "cli-error-export-format",
                &output,
            )));
        }
    };
    let to_stdout = output == Path::new("-");
    if format == ExportFormat::KumuCsv && to_stdout {
        return Err(Failure::usage(args.lang.text("cli-error-kumu-csv-output")));
    }
    if !to_stdout {
        actormap::io::ensure_not_input(&[&args.input.map], output)?;
    }
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let mut map = args.input.load()?;
    if let Some(AnonymizeArg::Users) = args.anonymize {
        map = actormap::privacy::anonymize_users(&map, args.lang);
    }
    let attributes = if args.with_metrics {
        if matches!(format, ExportFormat::Kumu | ExportFormat::KumuCsv) {
            return Err(Failure::usage(args.lang.text("cli-error-metrics-for-kumu")));
        }
        activity.set_message(lang.text("cli-progress-metrics"));
        metric_attributes(&map)?
    } else {
        Vec::new()
    };
    activity.set_message(lang.text("cli-progress-writing-map"));
    if !to_stdout {
        return Ok(actormap::interop::export_path(
            &map,
            format,
            output,
            &attributes,
        )?);
    }
    let text = match format {
        ExportFormat::Graphml => actormap::interop::to_graphml(
            &map,
            &attributes
                .into_iter()
                .fold(actormap::interop::GraphmlOptions::default(), |o, a| {
                    o.with_node_attribute(a)
                }),
        )?,
        ExportFormat::Gexf => actormap::interop::to_gexf(
            &map,
            &attributes
                .into_iter()
                .fold(actormap::interop::GexfOptions::default(), |o, a| {
                    o.with_node_attribute(a)
                }),
        )?,
        _ => actormap::interop::to_kumu_json(&map),
    };
    drop(activity);
    write_stdout(text.as_bytes())
}

/// Each actor's metrics, as attributes in map order.
fn metric_attributes(map: &ActorMap) -> Result<Vec<NodeAttribute>, Failure> {
    let network = Network::new(map, &View::default())?;
    let report = MetricsReport::compute(&network, &MetricsOptions::default());
    let by_id: HashMap<&str, &actormap::metrics::ActorMetrics> =
        report.actors.iter().map(|m| (m.id.as_str(), m)).collect();
    let metrics: Vec<Option<&actormap::metrics::ActorMetrics>> = map
        .actors
        .iter()
        .map(|a| by_id.get(a.id.as_str()).copied())
        .collect();
    let long = |name: &str, f: fn(&actormap::metrics::ActorMetrics) -> i64| {
        let values = metrics.iter().map(|m| m.map(f)).collect();
        NodeAttribute::new(name, AttributeValues::Long(values))
    };
    let double = |name: &str, f: fn(&actormap::metrics::ActorMetrics) -> Option<f64>| {
        let values = metrics.iter().map(|m| m.and_then(f)).collect();
        NodeAttribute::new(name, AttributeValues::Double(values))
    };
    let boolean = |name: &str, f: fn(&actormap::metrics::ActorMetrics) -> bool| {
        let values = metrics.iter().map(|m| m.map(f)).collect();
        NodeAttribute::new(name, AttributeValues::Boolean(values))
    };
    Ok(vec![
        long("degree", |m| i64::try_from(m.degree).unwrap_or(i64::MAX)),
        long("in_degree", |m| i64::from(m.in_degree)),
        long("out_degree", |m| i64::from(m.out_degree)),
        long("strength", |m| {
            i64::try_from(m.strength).unwrap_or(i64::MAX)
        }),
        double("betweenness", |m| Some(m.betweenness)),
        double("closeness", |m| Some(m.closeness)),
        double("harmonic", |m| Some(m.harmonic)),
        long("core", |m| i64::from(m.core)),
        double("clustering", |m| Some(m.clustering)),
        double("constraint", |m| m.constraint),
        double("effective_size", |m| m.effective_size),
        long("component", |m| {
            i64::try_from(m.component).unwrap_or(i64::MAX)
        }),
        boolean("articulation_point", |m| m.articulation_point),
        boolean("isolated", |m| m.isolated),
        boolean("pendant", |m| m.pendant),
        long("cross_kind_ties", |m| {
            i64::try_from(m.cross_kind_ties).unwrap_or(i64::MAX)
        }),
        long("kinds_reached", |m| {
            i64::try_from(m.kinds_reached).unwrap_or(i64::MAX)
        }),
    ])
}
