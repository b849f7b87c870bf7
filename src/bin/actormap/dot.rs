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

pub(crate) const DOT_EXAMPLES: &str = "Examples:
  actormap dot fixtures/pierre-de-saurel-aines.json -o map.dot
  actormap dot map.json --cluster-by organization --highlight isolation --lang fr
  actormap dot map.json --forum table-aines           (one forum: its members, their ties)
  actormap dot map.json --focus carrefour-aidants --depth 2    (an actor's neighbourhood)
  actormap dot map.json --min-level cooperation --kinds public,community
  actormap dot map.json --anonymize users | dot -Tsvg > map.svg

Writes Graphviz DOT text; Graphviz is not needed. Names are written exactly as in the map,
as labels only. To draw an image directly, use `actormap render`.";

pub(crate) const RENDER_EXAMPLES: &str = "Examples:
  actormap render map.json -o map.svg --cluster-by organization --highlight isolation
  actormap render map.json -o \"carte des acteurs.png\" --lang fr
  actormap render map.json -o map.pdf --layout fdp --cluster-by forum

The format follows the output's extension: .svg, .png or .pdf. Needs Graphviz
(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz); `actormap dot`
does not.";

/// What to draw and how; shared by `dot` and `render`.
#[derive(Args)]
pub(crate) struct DiagramArgs {
    #[command(flatten)]
    input: Input,
    /// Language of the legend and titles.
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    /// Group actors into boxes (an actor in several forums goes in the first).
    #[arg(long, value_enum, value_name = "BY")]
    cluster_by: Option<ClusterArg>,
    /// Size actors by a metric.
    #[arg(long, value_enum, value_name = "METRIC")]
    size_by: Option<SizeArg>,
    /// Only this forum's members and the ties among them (a forum id).
    #[arg(long, value_name = "FORUM")]
    forum: Option<String>,
    /// Only this actor and its neighbourhood (an actor id); see --depth.
    #[arg(long, value_name = "ACTOR")]
    focus: Option<String>,
    /// With --focus: how many ties away to go.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    depth: usize,
    /// Only links at this level or above.
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    /// Only actors of these kinds (comma-separated).
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = crate::kind_parser())]
    kinds: Vec<ActorKind>,
    /// Mark actors and ties: isolation = actors with no tie or one tie, articulation
    /// points (double border) and bridges (heavier lines), found in the whole map as
    /// --min-level and --kinds show it (not only in what --forum or --focus keep);
    /// gaps = with --forum, its members and the actors to invite (dashed), who are then
    /// drawn too.
    #[arg(long, value_enum, value_name = "WHAT", value_delimiter = ',')]
    highlight: Vec<HighlightArg>,
    /// With --highlight gaps: how many candidates to draw.
    #[arg(long, value_name = "N", default_value_t = 5)]
    top: usize,
    /// Leave out the legend.
    #[arg(long)]
    no_legend: bool,
    /// Wrap names at this many characters (0: never).
    #[arg(long, value_name = "CHARS", default_value_t = actormap::dot::DEFAULT_WRAP)]
    wrap: usize,
    /// Replace user actors' names with "User 1", "User 2"… in map order.
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
    /// The image to write: .svg, .png or .pdf (written whole or not at all, never over the
    /// input).
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// Graphviz layout engine.
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
    let activity = Activity::start(&args.diagram.quiet, "reading the map");
    let map = args.diagram.input.load()?;
    activity.set_message("building the diagram");
    let dot = actormap::dot::to_dot(&map, &args.diagram.options(&map)?)?;
    activity.set_message("writing DOT");
    let text = dot.to_string();
    drop(activity);
    args.output.write(text.as_bytes())
}

pub(crate) fn run_render(args: &RenderArgs) -> Result<(), Failure> {
    actormap::io::ensure_not_input(&[&args.diagram.input.map], &args.output)?;
    let format = ImageFormat::from_path(&args.output)?;
    let activity = Activity::start(&args.diagram.quiet, "reading the map");
    let map = args.diagram.input.load()?;
    activity.set_message("building the diagram");
    let dot = actormap::dot::to_dot(&map, &args.diagram.options(&map)?)?;
    let layout = match args.layout {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
        LayoutArg::Circo => Layout::Circo,
    };
    activity.set_message("drawing with Graphviz");
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
