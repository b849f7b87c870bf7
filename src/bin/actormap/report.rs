//! `actormap report`: the report to hand out, as HTML or Markdown.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use actormap::words::{self, Args as Words};
use actormap::{
    Lang, Level, Network, View, dot::ClusterBy, dot::DotOptions, dot::Highlights, gaps::RuleSet,
    render::ImageFormat, render::Layout, report::ReportOptions,
};

use crate::{Activity, Failure, Input, Quiet, parse_lang};

#[derive(Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_name = "EARLIER")]
    before: Option<PathBuf>,
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[arg(long, value_name = "WHO", value_parser = ["users"])]
    anonymize: Option<String>,
    #[arg(long)]
    no_diagram: bool,
    #[arg(long, value_name = "NAME|FILE")]
    rules: Vec<String>,
    #[arg(long, value_name = "N", default_value_t = crate::DEFAULT_TOP)]
    top: usize,
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    #[arg(long)]
    with_forum_ties: bool,
    #[command(flatten)]
    quiet: Quiet,
}

/// Above this many actors, a report leaves the diagram out: Graphviz would take long to
/// draw it, and no one could read it on a page.
const DIAGRAM_MAX_ACTORS: usize = 400;

enum Kind {
    Html,
    Markdown,
}

pub(crate) fn run(args: &ReportArgs) -> Result<(), Failure> {
    let kind = match args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Kind::Html,
        Some("md" | "markdown") => Kind::Markdown,
        _ => {
            let output = Words::new().with("output", args.output.display().to_string());
            return Err(Failure::usage(words::message(
                args.lang,
                "cli-error-report-format",
                &output,
            )));
        }
    };
    let svg_path = args.output.with_extension("svg");
    let mut inputs: Vec<&Path> = vec![&args.input.map];
    if let Some(before) = &args.before {
        inputs.push(before);
    }
    actormap::io::ensure_not_input(&inputs, &args.output)?;
    if matches!(kind, Kind::Markdown) && !args.no_diagram {
        actormap::io::ensure_not_input(&inputs, &svg_path)?;
    }
    let anonymize = |map: actormap::ActorMap| {
        if args.anonymize.is_some() {
            actormap::privacy::anonymize_users(&map, args.lang)
        } else {
            map
        }
    };
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let map = anonymize(args.input.load()?);
    let before = match &args.before {
        Some(path) => Some(anonymize(args.input.limits.load(path)?)),
        None => None,
    };
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let too_many = map.actors.len() > DIAGRAM_MAX_ACTORS;
    if too_many && !args.no_diagram {
        let args = Words::new().count("count", map.actors.len());
        let note = words::message(lang, "cli-report-too-many-actors", &args);
        let _ = writeln!(std::io::stderr().lock(), "{note}");
    }
    let diagram = if args.no_diagram || too_many {
        None
    } else {
        activity.set_message(lang.text("cli-progress-drawing"));
        let highlights = Highlights::isolation(&Network::new(&map, &view)?);
        let options = DotOptions::default()
            .with_lang(args.lang)
            .with_cluster_by(Some(ClusterBy::Organization))
            .with_min_level(args.min_level)
            .with_highlights(highlights);
        let dot = actormap::dot::to_dot(&map, &options)?;
        let svg = actormap::render::render(&dot, Layout::Dot, ImageFormat::Svg)
            .map_err(|e| Failure::Hinted(e, args.lang.text("cli-hint-no-diagram")))?;
        Some(String::from_utf8_lossy(&svg).into_owned())
    };
    let rule_sets = if args.rules.is_empty() {
        None
    } else {
        Some(
            args.rules
                .iter()
                .map(|r| RuleSet::builtin(r).map_or_else(|| RuleSet::read_path(r), Ok))
                .collect::<Result<Vec<_>, _>>()?,
        )
    };
    activity.set_message(lang.text("cli-progress-writing-report"));
    let options = ReportOptions::new(args.lang)
        .with_before(before.as_ref())
        .with_rule_sets(rule_sets)
        .with_top(args.top)
        .with_view(view);
    match kind {
        Kind::Html => {
            let html = actormap::report::html_report(&map, &options.with_diagram(diagram))?;
            Ok(actormap::io::write_file(&args.output, html.as_bytes())?)
        }
        Kind::Markdown => {
            let svg_name = svg_path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let md = actormap::report::markdown_report(
                &map,
                &options,
                diagram.as_ref().and(svg_name.as_deref()),
            )?;
            match &diagram {
                Some(svg) => Ok(actormap::io::write_files(&[
                    (&args.output, md.as_bytes()),
                    (&svg_path, svg.as_bytes()),
                ])?),
                None => Ok(actormap::io::write_file(&args.output, md.as_bytes())?),
            }
        }
    }
}
