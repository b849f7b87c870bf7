//! `actormap import`: a map from another tool's format (GraphML, GEXF, Kumu, an
//! adjacency matrix).

use std::io;
use std::path::{Path, PathBuf};

use actormap::words::{self, Args as Words};
use actormap::{
    ActorKind, ErrorKind, Level, interop::ImportFormat, interop::ImportOptions,
    validate::ProblemSeverity,
};
use clap::Args;

use crate::{Activity, Failure, Limits, Quiet, write_problems, write_stdout};

#[derive(Args)]
pub(crate) struct ImportArgs {
    input: PathBuf,
    #[arg(long, value_name = "FORMAT", value_parser = crate::code_parser::<ImportFormat>())]
    from: Option<ImportFormat>,
    #[arg(short, long, value_name = "OUT")]
    output: PathBuf,
    #[arg(long, value_name = "KIND", default_value = "community", value_parser = crate::code_parser::<actormap::ActorKind>())]
    default_kind: ActorKind,
    #[arg(long, value_name = "LEVEL", default_value = "coordination", value_parser = crate::code_parser::<actormap::Level>())]
    level: Level,
    #[command(flatten)]
    limits: Limits,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = crate::parse_lang)]
    pub(crate) lang: actormap::Lang,
    #[command(flatten)]
    quiet: Quiet,
}

pub(crate) fn run(args: &ImportArgs) -> Result<(), Failure> {
    let format = match args.from {
        Some(format) => format,
        None => ImportFormat::from_path(&args.input).ok_or_else(|| {
            let input = Words::new().with("input", crate::shown(&args.input));
            Failure::usage(words::message(args.lang, "cli-error-import-format", &input))
        })?,
    };
    let form = actormap::io::OutputForm::of_map(&args.output);
    crate::check_output(&[format.input(&args.input)], &args.output, form)?;
    let options = ImportOptions::default()
        .with_default_kind(args.default_kind)
        .with_default_level(args.level)
        .with_read_options(args.limits.options());
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-input"));
    let loaded = actormap::interop::import_path(&args.input, format, &options)?;
    let problems = loaded.check();
    if problems
        .iter()
        .any(|p| p.severity == ProblemSeverity::Error)
    {
        return Err(Failure::Failed(ErrorKind::Invalid { problems }.into()));
    }
    activity.set_message(lang.text("cli-progress-writing-map"));
    let _ = write_problems(&mut io::stderr().lock(), &problems, None);
    if args.output == Path::new("-") {
        let text = actormap::io::to_json_string(&loaded.map);
        drop(activity);
        write_stdout(text.as_bytes())
    } else {
        crate::streams::refuse_closed_stdout(&args.output)?;
        Ok(actormap::write_path(&loaded.map, &args.output)?)
    }
}
