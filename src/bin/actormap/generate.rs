//! `actormap generate`: a synthetic map of any size.

use std::path::{Path, PathBuf};

use actormap::{generate::GenerateOptions, generate::GeneratorModel};
use clap::{Args, ValueEnum};

use crate::{Activity, Failure, Quiet, write_stdout};

pub(crate) const EXAMPLES: &str = "Examples:
  actormap generate --actors 1000 -o map.json                  (territories as communities)
  actormap generate --actors 10000 --model ba --seed 7 -o ba.json   (a scale-free backbone)
  actormap generate --actors 300 -o map/                       (as a spreadsheet folder)
  actormap generate --actors 50 | actormap metrics -

Every actor, link and forum is invented: about 40% public bodies (directions of a few
establishments sharing an organization), 35% community organisations, 15% private
companies and 10% users; territories, sectors, needs, links mostly at coordination and
cooperation level (some directed referrals), tables, action groups and initiatives with two
co-leads. The same options give the same map, byte for byte. An output ending in .json (or
-, the default) is JSON; any other output is a folder of CSV files.

Exit codes: 0 the map was written, 2 the command failed.";

#[derive(Args)]
pub(crate) struct GenerateArgs {
    /// Number of actors.
    #[arg(long, value_name = "N")]
    actors: usize,
    /// Seed of the pseudo-random sequence: the same seed gives the same map.
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    /// How the links are drawn: sbm, a stochastic block model with the territories as
    /// communities (dense within, sparse across); ba, Barabási–Albert preferential
    /// attachment (a few very connected hubs).
    #[arg(long, value_enum, default_value_t = ModelArg::Sbm)]
    model: ModelArg,
    /// Links per actor (the Barabási–Albert model's m): about N × M links in all.
    #[arg(long, value_name = "M", default_value_t = 5)]
    links_per_actor: usize,
    /// Where to write: a .json file, - for standard output, or a folder for spreadsheets.
    #[arg(short, long, value_name = "OUT", default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    quiet: Quiet,
}

#[derive(Clone, Copy, ValueEnum)]
enum ModelArg {
    Sbm,
    Ba,
}

pub(crate) fn run(args: &GenerateArgs) -> Result<(), Failure> {
    let activity = Activity::start(&args.quiet, "drawing the map");
    let options = GenerateOptions::default()
        .with_actors(args.actors)
        .with_seed(args.seed)
        .with_model(match args.model {
            ModelArg::Sbm => GeneratorModel::Sbm,
            ModelArg::Ba => GeneratorModel::Ba,
        })
        .with_links_per_actor(args.links_per_actor)
        .with_progress(activity.progress());
    let map = actormap::generate::generate(&options);
    activity.set_message("writing the map");
    if args.output == Path::new("-") {
        write_stdout(actormap::io::to_json_string(&map).as_bytes())
    } else {
        Ok(actormap::write_path(&map, &args.output)?)
    }
}
