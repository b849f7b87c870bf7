//! `actormap generate`: a synthetic map of any size.

use std::path::{Path, PathBuf};

use actormap::{generate::GenerateOptions, generate::GeneratorModel};
use clap::Args;

use crate::{Activity, Failure, Quiet, write_stdout};

#[derive(Args)]
pub(crate) struct GenerateArgs {
    #[arg(long, value_name = "N")]
    actors: usize,
    #[arg(long, value_name = "S", default_value_t = 1)]
    seed: u64,
    #[arg(long, value_name = "MODEL", default_value = "sbm", value_parser = crate::code_parser::<GeneratorModel>())]
    model: GeneratorModel,
    #[arg(long, value_name = "M", default_value_t = 5)]
    links_per_actor: usize,
    #[arg(short, long, value_name = "OUT", default_value = "-")]
    output: PathBuf,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = crate::parse_lang)]
    pub(crate) lang: actormap::Lang,
    #[command(flatten)]
    quiet: Quiet,
}

pub(crate) fn run(args: &GenerateArgs) -> Result<(), Failure> {
    let form = actormap::io::OutputForm::of_map(&args.output);
    crate::check_output(&[], &args.output, form)?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-generating"));
    let options = GenerateOptions::default()
        .with_actors(args.actors)
        .with_seed(args.seed)
        .with_model(args.model)
        .with_links_per_actor(args.links_per_actor)
        .with_progress(activity.progress());
    options.check()?;
    let map = actormap::generate::generate(&options);
    activity.set_message(lang.text("cli-progress-writing-map"));
    if args.output == Path::new("-") {
        write_stdout(actormap::io::to_json_string(&map).as_bytes())
    } else {
        crate::streams::refuse_closed_stdout(&args.output)?;
        Ok(actormap::write_path(&map, &args.output)?)
    }
}
