//! `actormap dot` and `actormap render`: the map as a diagram, as DOT text or as an image
//! drawn by Graphviz.

use std::path::PathBuf;

use actormap::dot::{ClusterBy, DotOptions, Highlight, SizeBy};
use actormap::privacy::Anonymize;
use actormap::render::{ImageFormat, Layout};
use actormap::{ActorKind, Lang, Level};
use clap::Args;

use crate::{Activity, Anonymity, Failure, Input, Output, Quiet, Read, parse_lang};

/// What to draw and how; shared by `dot` and `render`.
#[derive(Args)]
pub(crate) struct DiagramArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    lang: Lang,
    #[arg(long, value_name = "BY", value_parser = crate::code_parser::<ClusterBy>())]
    cluster_by: Option<ClusterBy>,
    #[arg(long, value_name = "METRIC", value_parser = crate::code_parser::<SizeBy>())]
    size_by: Option<SizeBy>,
    #[arg(long, value_name = "FORUM")]
    forum: Option<String>,
    #[arg(long, value_name = "ACTOR")]
    focus: Option<String>,
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    depth: usize,
    #[arg(long, value_name = "LEVEL", value_parser = crate::code_parser::<actormap::Level>())]
    min_level: Option<Level>,
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = crate::code_parser::<actormap::ActorKind>())]
    kinds: Vec<ActorKind>,
    #[arg(long, value_name = "WHAT", value_delimiter = ',', value_parser = crate::code_parser::<Highlight>())]
    highlight: Vec<Highlight>,
    #[arg(long, value_name = "N", default_value_t = crate::DEFAULT_TOP)]
    top: usize,
    #[arg(long)]
    no_legend: bool,
    #[arg(long, value_name = "CHARS", default_value_t = actormap::dot::DEFAULT_WRAP)]
    wrap: usize,
    #[command(flatten)]
    anonymity: Anonymity,
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
    #[arg(long, value_name = "LAYOUT", default_value = "dot", value_parser = crate::code_parser::<Layout>())]
    layout: Layout,
}

impl RenderArgs {
    /// The language of the legend and titles, and of the problems printed.
    pub(crate) fn lang(&self) -> Lang {
        self.diagram.lang
    }
}

pub(crate) fn run_dot(args: &DotArgs) -> Result<(), Failure> {
    args.output.check(&args.diagram.inputs())?;
    let lang = args.diagram.lang;
    let activity = Activity::start(
        &args.diagram.quiet,
        lang,
        lang.text("cli-progress-reading-map"),
    );
    let read = args.diagram.input.read(&args.diagram.anonymity, lang)?;
    activity.set_message(lang.text("cli-progress-building-diagram"));
    let dot = actormap::dot::to_dot(&read.map, &args.diagram.options(&read)?)?;
    activity.set_message(lang.text("cli-progress-writing-dot"));
    let text = dot.to_string();
    drop(activity);
    args.output.write(text.as_bytes())
}

pub(crate) fn run_render(args: &RenderArgs) -> Result<(), Failure> {
    crate::check_output(
        &args.diagram.inputs(),
        &args.output,
        actormap::io::OutputForm::File,
    )?;
    let format = ImageFormat::from_path(&args.output)?;
    let lang = args.diagram.lang;
    let activity = Activity::start(
        &args.diagram.quiet,
        lang,
        lang.text("cli-progress-reading-map"),
    );
    let read = args.diagram.input.read(&args.diagram.anonymity, lang)?;
    activity.set_message(lang.text("cli-progress-building-diagram"));
    let dot = actormap::dot::to_dot(&read.map, &args.diagram.options(&read)?)?;
    let layout = args.layout;
    activity.set_message(lang.text("cli-progress-drawing"));
    let image = actormap::render::render(&dot, layout, format)?;
    drop(activity);
    crate::write_file(&args.output, &image)
}

impl DiagramArgs {
    /// Every file the command reads.
    fn inputs(&self) -> Vec<actormap::io::Input<'_>> {
        let mut inputs = vec![actormap::io::Input::Map(&self.input.map)];
        inputs.extend(self.anonymity.inputs());
        inputs
    }

    fn options(&self, read: &Read) -> Result<DotOptions, Failure> {
        let map = &read.map;
        if self.highlight.contains(&Highlight::Gaps) && self.forum.is_none() {
            return Err(Failure::usage(self.lang.text("cli-error-gaps-needs-forum")));
        }
        let kinds = (!self.kinds.is_empty()).then(|| self.kinds.clone());
        let options = DotOptions::default()
            .with_lang(self.lang)
            .with_cluster_by(self.cluster_by)
            .with_forum(self.forum.clone())
            .with_focus(self.focus.clone(), self.depth)
            .with_min_level(self.min_level)
            .with_kinds(kinds)
            .with_legend(!self.no_legend)
            .with_wrap(Some(self.wrap))
            .with_anonymize_users(self.anonymity.anonymize == Some(Anonymize::Users));
        let options = match &read.pseudonyms {
            Some(table) if options.anonymize_users => options.with_pseudonyms(table.clone()),
            _ => options,
        };
        Ok(options.computed(map, &self.highlight, self.size_by, self.top)?)
    }
}
