//! `actormap dot` and `actormap render`: the map as a diagram, as DOT text or as an image
//! drawn by Graphviz.

use std::path::PathBuf;

use actormap::{
    ActorKind, ActorMap, Lang, Level, Network, View, dot::ClusterBy, dot::DotOptions,
    dot::Highlights, dot::NodeSizes, gaps::GapsOptions, gaps::GapsReport, render::ImageFormat,
    render::Layout,
};
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Input, Output, Quiet, parse_lang};

/// What to draw and how; shared by `dot` and `render`.
#[derive(Args)]
pub(crate) struct DiagramArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    #[arg(long, value_enum, value_name = "BY")]
    cluster_by: Option<ClusterArg>,
    #[arg(long, value_enum, value_name = "METRIC")]
    size_by: Option<SizeArg>,
    #[arg(long, value_name = "FORUM")]
    forum: Option<String>,
    #[arg(long, value_name = "ACTOR")]
    focus: Option<String>,
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    depth: usize,
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = crate::kind_parser())]
    kinds: Vec<ActorKind>,
    #[arg(long, value_enum, value_name = "WHAT", value_delimiter = ',')]
    highlight: Vec<HighlightArg>,
    #[arg(long, value_name = "N", default_value_t = crate::DEFAULT_TOP)]
    top: usize,
    #[arg(long)]
    no_legend: bool,
    #[arg(long, value_name = "CHARS", default_value_t = actormap::dot::DEFAULT_WRAP)]
    wrap: usize,
    #[arg(long, value_enum, value_name = "WHO")]
    anonymize: Option<AnonymizeArg>,
    #[command(flatten)]
    quiet: Quiet,
}

#[derive(Args)]
pub(crate) struct DotArgs {
    #[command(flatten)]
    diagram: DiagramArgs,
    #[command(flatten)]
    output: Output,
}

impl DotArgs {
    /// The language of the legend and titles, and of the problems printed.
    pub(crate) fn lang(&self) -> Lang {
        self.diagram.lang
    }
}

#[derive(Args)]
pub(crate) struct RenderArgs {
    #[command(flatten)]
    diagram: DiagramArgs,
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    #[arg(long, value_enum, default_value_t = LayoutArg::Dot)]
    layout: LayoutArg,
}

impl RenderArgs {
    /// The language of the legend and titles, and of the problems printed.
    pub(crate) fn lang(&self) -> Lang {
        self.diagram.lang
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ClusterArg {
    Organization,
    Territory,
    Forum,
    Kind,
}

#[derive(Clone, Copy, ValueEnum)]
enum SizeArg {
    Degree,
    Betweenness,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum HighlightArg {
    Isolation,
    Gaps,
}

#[derive(Clone, Copy, ValueEnum)]
enum AnonymizeArg {
    Users,
}

#[derive(Clone, Copy, ValueEnum)]
enum LayoutArg {
    Dot,
    Neato,
    Fdp,
    Sfdp,
    Circo,
}

pub(crate) fn run_dot(args: &DotArgs) -> Result<(), Failure> {
    args.output.ensure_not_input(&[&args.diagram.input.map])?;
    let lang = args.diagram.lang;
    let activity = Activity::start(
        &args.diagram.quiet,
        lang,
        lang.text("cli-progress-reading-map"),
    );
    let map = args.diagram.input.load()?;
    activity.set_message(lang.text("cli-progress-building-diagram"));
    let dot = actormap::dot::to_dot(&map, &args.diagram.options(&map)?)?;
    activity.set_message(lang.text("cli-progress-writing-dot"));
    let text = dot.to_string();
    drop(activity);
    args.output.write(text.as_bytes())
}

pub(crate) fn run_render(args: &RenderArgs) -> Result<(), Failure> {
    actormap::io::ensure_not_input(&[&args.diagram.input.map], &args.output)?;
    let format = ImageFormat::from_path(&args.output)?;
    let lang = args.diagram.lang;
    let activity = Activity::start(
        &args.diagram.quiet,
        lang,
        lang.text("cli-progress-reading-map"),
    );
    let map = args.diagram.input.load()?;
    activity.set_message(lang.text("cli-progress-building-diagram"));
    let dot = actormap::dot::to_dot(&map, &args.diagram.options(&map)?)?;
    let layout = match args.layout {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Circo => Layout::Circo,
    };
    activity.set_message(lang.text("cli-progress-drawing"));
    let image = actormap::render::render(&dot, layout, format)?;
    drop(activity);
    Ok(actormap::io::write_file(&args.output, &image)?)
}

impl DiagramArgs {
    fn options(&self, map: &ActorMap) -> Result<DotOptions, Failure> {
        let kinds = (!self.kinds.is_empty()).then(|| self.kinds.clone());
        let min_level = self.min_level;
        let view = View::default()
            .with_min_level(min_level)
            .with_kinds(kinds.clone());
        let mut highlights = Highlights::default();
        let mut sizes = None;
        if self.size_by.is_some() || !self.highlight.is_empty() {
            let network = Network::new(map, &view)?;
            if self.highlight.contains(&HighlightArg::Isolation) {
                highlights = Highlights::isolation(&network);
            }
            if self.highlight.contains(&HighlightArg::Gaps) {
                let Some(id) = &self.forum else {
                    return Err(Failure::usage(self.lang.text("cli-error-gaps-needs-forum")));
                };
                let options = GapsOptions::default()
                    .with_forum(Some(id.clone()))
                    .with_top(self.top);
                let report = GapsReport::compute(&network, &[], &options)?;
                let gaps = Highlights::gaps(map, &report.forums[0]);
                highlights = highlights
                    .with_members(gaps.members)
                    .with_candidates(gaps.candidates);
            }
            sizes = match self.size_by {
                Some(SizeArg::Degree) => Some(NodeSizes::degree(&network)),
                Some(SizeArg::Betweenness) => Some(NodeSizes::betweenness(&network)),
                None => None,
            };
        }
        Ok(DotOptions::default()
            .with_lang(self.lang)
            .with_cluster_by(self.cluster_by.map(|c| match c {
                ClusterArg::Organization => ClusterBy::Organization,
                ClusterArg::Territory => ClusterBy::Territory,
                ClusterArg::Forum => ClusterBy::Forum,
                ClusterArg::Kind => ClusterBy::Kind,
            }))
            .with_sizes(sizes)
            .with_forum(self.forum.clone())
            .with_focus(self.focus.clone(), self.depth)
            .with_min_level(min_level)
            .with_kinds(kinds)
            .with_highlights(highlights)
            .with_legend(!self.no_legend)
            .with_wrap(Some(self.wrap))
            .with_anonymize_users(self.anonymize.is_some()))
    }
}
