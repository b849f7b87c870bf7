//! `actormap gaps`: composition rules, whom to invite, structural gaps.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use actormap::{Lang, Level, Network, View, gaps::GapsOptions, gaps::GapsReport, gaps::RuleSet};

use crate::{Failure, Limits, Output, parse_lang};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap gaps fixtures/pierre-de-saurel-aines.json --forum table-aines
  actormap gaps fixtures/pierre-de-saurel-aines.json --forum table-aines --lang fr --top 8
  actormap gaps fixtures/itss-action-group.json --rules strategic-community --format json
  actormap gaps --print-rules proximity-services > my-rules.json
  actormap gaps map.json --rules my-rules.json

Without --rules, the built-in rule sets whose forum kinds appear in the map are applied
(strategic-community: action-group, management-group; proximity-services: table,
initiative). --rules takes a built-in name or a rule file.";

#[derive(Args)]
pub(crate) struct GapsArgs {
    /// The map: a JSON file, a spreadsheet folder, or - for standard input.
    #[arg(required_unless_present = "print_rules")]
    map: Option<PathBuf>,
    #[command(flatten)]
    limits: Limits,
    /// Only this forum: its rules and whom to invite to it.
    #[arg(long, value_name = "ID")]
    forum: Option<String>,
    /// Composition rules: a built-in rule set's name or a rule file (repeatable).
    #[arg(long, value_name = "NAME|FILE")]
    rules: Vec<String>,
    /// Print a built-in rule set (a starting point for your own) and stop.
    #[arg(long, value_name = "NAME", value_parser = clap::builder::PossibleValuesParser::new(actormap::gaps::BUILTIN_RULE_SETS))]
    print_rules: Option<String>,
    /// How many candidates to list per forum.
    #[arg(long, value_name = "N", default_value_t = 5)]
    top: usize,
    /// Only links at this level or above count as ties.
    #[arg(long, value_name = "LEVEL", value_parser = crate::level_parser())]
    min_level: Option<Level>,
    /// Count sitting in the same forum as a tie.
    #[arg(long)]
    with_forum_ties: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the sentences: en or fr.
    #[arg(long, value_parser = parse_lang, default_value = "en")]
    pub(crate) lang: Lang,
    /// Replace user actors by pseudonyms (User 1, User 2, …) in the output.
    #[arg(long, value_name = "WHO", value_parser = ["users"])]
    anonymize: Option<String>,
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
    args.output.ensure_not_input(&[map_path])?;
    let mut map = args.limits.load(map_path)?;
    if args.anonymize.is_some() {
        map = actormap::privacy::anonymize_users(&map, args.lang);
    }
    let rule_sets = if args.rules.is_empty() {
        actormap::gaps::default_rule_sets(&map)
    } else {
        args.rules
            .iter()
            .map(|r| match RuleSet::builtin(r) {
                Some(set) => Ok(set),
                None => RuleSet::read_path(r),
            })
            .collect::<Result<Vec<_>, _>>()?
    };
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let network = Network::new(&map, &view)?;
    let options = GapsOptions::default()
        .with_forum(args.forum.clone())
        .with_top(args.top);
    let report = GapsReport::compute(&network, &rule_sets, &options)?;
    let text = match args.format {
        Format::Text => report.to_text(&map, args.lang),
        Format::Json => report.to_json(args.lang),
    };
    args.output.write(text.as_bytes())
}
