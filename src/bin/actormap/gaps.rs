//! `actormap gaps`: composition rules, whom to invite, structural gaps.

use std::path::{Path, PathBuf};

use actormap::words;
use clap::{Args, ValueEnum};

use actormap::io::Input as Reads;
use actormap::{Lang, Level, Network, View, gaps::GapsOptions, gaps::GapsReport, gaps::RuleSet};

use crate::{Activity, Anonymity, Failure, Limits, Output, Quiet, parse_lang};

#[derive(Args)]
pub(crate) struct GapsArgs {
    #[arg(value_name = "MAP", required_unless_present = "print_rules")]
    map: Option<PathBuf>,
    #[command(flatten)]
    limits: Limits,
    #[arg(long, value_name = "ID")]
    forum: Option<String>,
    #[arg(long, value_name = "NAME|FILE")]
    rules: Vec<String>,
    #[arg(long, value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(actormap::gaps::BUILTIN_RULE_SETS))]
    print_rules: Option<String>,
    #[arg(long, value_name = "N", default_value_t = crate::DEFAULT_TOP)]
    top: usize,
    #[arg(long, value_name = "LEVEL", value_parser = crate::code_parser::<actormap::Level>())]
    min_level: Option<Level>,
    #[arg(long)]
    with_forum_ties: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[command(flatten)]
    anonymity: Anonymity,
    #[command(flatten)]
    quiet: Quiet,
    #[command(flatten)]
    output: Output,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub(crate) fn run(args: &GapsArgs) -> Result<(), Failure> {
    if let Some(name) = &args.print_rules {
        let text = RuleSet::builtin_text(name).expect("clap checked the name");
        return args.output.write(text.as_bytes());
    }
    let map_path = args.map.as_ref().expect("clap requires MAP");
    let mut inputs = vec![Reads::Map(map_path)];
    inputs.extend(args.rules.iter().map(|r| Reads::File(Path::new(r))));
    inputs.extend(args.anonymity.inputs());
    args.output.check(&inputs)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let read = args
        .limits
        .load_maps(&[map_path], &args.anonymity, lang)?
        .pop()
        .expect("one map read");
    // `--forum` names a forum as the map has it; under pseudonyms its id may differ.
    let forum = args.forum.as_ref().map(|id| {
        let at = read.map.forums.iter().position(|f| &f.id == id);
        at.map_or_else(|| id.clone(), |i| read.shown().forums[i].id.clone())
    });
    let map = read.into_shown();
    let rule_sets = actormap::gaps::rule_sets(&map, &args.rules)?;
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let network = Network::new(&map, &view)?;
    let options = GapsOptions::default().with_forum(forum).with_top(args.top);
    activity.set_message(lang.text("cli-progress-gaps"));
    let report = GapsReport::compute(&network, &rule_sets, &options)?;
    drop(activity);
    let text = match args.format {
        Format::Text => words::neutralise(&report.to_text(&map, args.lang)).into_owned(),
        Format::Json => report.to_json(args.lang),
    };
    args.output.write(text.as_bytes())
}
