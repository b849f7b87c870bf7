//! `actormap import`: a map from another tool's format (GraphML, GEXF, Kumu, an
//! adjacency matrix).

use std::io;
use std::path::{Path, PathBuf};

use actormap::words::{self, Args as Words};
use actormap::{
    ActorKind, ErrorKind, Level, interop::ImportFormat, interop::ImportOptions,
    validate::ProblemSeverity,
};
use clap::{Args, ValueEnum};

use crate::{Failure, Limits, write_problems, write_stdout};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap import saurel.graphml -o saurel.json
  actormap import reseau.gexf -o reseau.json
  actormap import kumu-project.json --from kumu -o map.json
  actormap import kumu/ --from kumu-csv -o map.json             (elements.csv, connections.csv)
  actormap import fixtures/interop/table-matrix.csv --from matrix -o table.json --default-kind community --level coordination

The format is --from, or the input's name: .graphml, .gexf, .json (Kumu), a folder or
elements.csv (Kumu spreadsheets), any other .csv (an adjacency matrix). Warnings (kinds
or levels assumed, connections entered twice and merged) are printed on standard error;
review them with `actormap check`. An input with errors (a cell, row or element that
cannot be read, each with its line) writes nothing.

An output ending in .json (or -) is JSON; any other output is a spreadsheet folder.
Files are written whole or not at all, never over the input.

Exit codes: 0 the map was written (perhaps with warnings), 2 it was not.";

#[derive(Args)]
pub(crate) struct ImportArgs {
    /// The file to read (a folder for kumu-csv), or - for standard input.
    input: PathBuf,
    /// Its format; by default its name decides (see below).
    #[arg(long, value_enum, value_name = "FORMAT")]
    from: Option<FromArg>,
    /// Where to write the map: a .json file, - for standard output, or a folder for
    /// spreadsheets.
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    /// The kind of actors whose kind the input does not say (every actor of a matrix).
    #[arg(long, value_name = "KIND", default_value = "community", value_parser = crate::kind_parser())]
    default_kind: ActorKind,
    /// The level of ties whose level the input does not say (a 1 or an x in a matrix, a
    /// connection without a type).
    #[arg(long, value_name = "LEVEL", default_value = "coordination", value_parser = crate::level_parser())]
    level: Level,
    #[command(flatten)]
    limits: Limits,
}

#[derive(Clone, Copy, ValueEnum)]
enum FromArg {
    /// GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    Graphml,
    /// GEXF 1.1 to 1.3 (Gephi).
    Gexf,
    /// Kumu's JSON blueprint or project export.
    Kumu,
    /// Kumu's spreadsheet layout: a folder with elements.csv and connections.csv.
    KumuCsv,
    /// A square table of names with a tie in each cell.
    Matrix,
}

pub(crate) fn run(args: &ImportArgs) -> Result<(), Failure> {
    let format = match args.from {
        Some(FromArg::Graphml) => ImportFormat::Graphml,
        Some(FromArg::Gexf) => ImportFormat::Gexf,
        Some(FromArg::Kumu) => ImportFormat::Kumu,
        Some(FromArg::KumuCsv) => ImportFormat::KumuCsv,
        Some(FromArg::Matrix) => ImportFormat::Matrix,
        None => ImportFormat::from_path(&args.input).ok_or_else(|| {
            let input = Words::new().with("input", crate::shown(&args.input));
            Failure::usage(words::message(
                crate::lang(),
                "cli-error-import-format",
                &input,
            ))
        })?,
    };
    actormap::io::ensure_not_input(&[&args.input], &args.output)?;
    let options = ImportOptions::default()
        .with_default_kind(args.default_kind)
        .with_default_level(args.level)
        .with_read_options(args.limits.options());
    let loaded = actormap::interop::import_path(&args.input, format, &options)?;
    let problems = loaded.check();
    if problems
        .iter()
        .any(|p| p.severity == ProblemSeverity::Error)
    {
        return Err(Failure::Failed(ErrorKind::Invalid { problems }.into()));
    }
    let _ = write_problems(&mut io::stderr().lock(), &problems);
    if args.output == Path::new("-") {
        write_stdout(actormap::io::to_json_string(&loaded.map).as_bytes())
    } else {
        Ok(actormap::write_path(&loaded.map, &args.output)?)
    }
}
