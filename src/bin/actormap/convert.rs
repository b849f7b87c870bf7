//! `actormap convert`: JSON ↔ spreadsheet folder.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::{Failure, Input, write_stdout};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap convert fixtures/pierre-de-saurel-aines.json -o saurel/        (JSON to spreadsheets)
  actormap convert saurel/ -o saurel.json                                 (spreadsheets to JSON)
  actormap convert saurel/actors.csv -o -                                 (JSON on standard output)

An output ending in .json (or -) is JSON; any other output is a folder of CSV files
(actors.csv, links.csv, members.csv, forums.csv, needs.csv, map.csv). Files are written
whole or not at all, and never over the input.";

#[derive(Args)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    input: Input,
    /// Where to write: a .json file, - for standard output, or a folder for spreadsheets.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// Replace user actors by pseudonyms (User 1, User 2, …) in the copy.
    #[arg(long, value_name = "WHO", value_parser = ["users"])]
    anonymize: Option<String>,
    /// Language of the pseudonyms given by --anonymize: en or fr.
    #[arg(long, value_parser = crate::parse_lang, default_value = "en")]
    pub(crate) lang: actormap::Lang,
}

pub(crate) fn run(args: &ConvertArgs) -> Result<(), Failure> {
    actormap::io::ensure_not_input(&[&args.input.map], &args.output)?;
    let mut map = args.input.load()?;
    if args.anonymize.is_some() {
        map = actormap::privacy::anonymize_users(&map, args.lang);
    }
    if args.output == Path::new("-") {
        write_stdout(actormap::io::to_json_string(&map).as_bytes())
    } else {
        Ok(actormap::write_path(&map, &args.output)?)
    }
}
