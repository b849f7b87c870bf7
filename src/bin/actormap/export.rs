//! `actormap export`: the map in another tool's format (GraphML, GEXF, Kumu).

use std::path::{Path, PathBuf};

use actormap::Lang;
use actormap::interop::ExportFormat;
use actormap::io::Input as Reads;
use actormap::words::{self, Args as Words};
use clap::Args;

use crate::{Activity, Anonymity, Failure, Input, Quiet, parse_lang, write_stdout};

#[derive(Args)]
pub(crate) struct ExportArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_name = "FORMAT", value_parser = crate::code_parser::<ExportFormat>())]
    to: Option<ExportFormat>,
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    #[arg(long)]
    with_metrics: bool,
    #[command(flatten)]
    anonymity: Anonymity,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[command(flatten)]
    quiet: Quiet,
}

pub(crate) fn run(args: &ExportArgs) -> Result<(), Failure> {
    let output = args.output.as_deref().unwrap_or(Path::new("-"));
    let format = match (args.to, ExportFormat::from_path(output)) {
        (Some(to), _) => to,
        (None, Some(format)) => format,
        (None, None) => {
            let output = Words::new().with("output", crate::shown(output));
            return Err(Failure::usage(words::message(
                args.lang,
                "cli-error-export-format",
                &output,
            )));
        }
    };
    let to_stdout = output == Path::new("-");
    if format == ExportFormat::KumuCsv && to_stdout {
        return Err(Failure::usage(args.lang.text("cli-error-kumu-csv-output")));
    }
    let mut inputs = vec![Reads::Map(&args.input.map)];
    inputs.extend(args.anonymity.inputs());
    crate::check_output(&inputs, output, format.output_form())?;
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    let map = args.input.read(&args.anonymity, lang)?.into_shown();
    let attributes = if args.with_metrics {
        if matches!(format, ExportFormat::Kumu | ExportFormat::KumuCsv) {
            return Err(Failure::usage(args.lang.text("cli-error-metrics-for-kumu")));
        }
        activity.set_message(lang.text("cli-progress-metrics"));
        actormap::interop::metric_attributes(&map)?
    } else {
        Vec::new()
    };
    activity.set_message(lang.text("cli-progress-writing-map"));
    if !to_stdout {
        crate::streams::refuse_closed_stdout(output)?;
        return Ok(actormap::interop::export_path(
            &map,
            format,
            output,
            &attributes,
        )?);
    }
    let text = actormap::interop::export_text(&map, format, &attributes)?
        .expect("Kumu spreadsheets were refused for standard output above");
    drop(activity);
    write_stdout(text.as_bytes())
}
