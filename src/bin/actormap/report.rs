//! `actormap report`: the report to hand out, as HTML or Markdown.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use actormap::io::Input as Reads;
use actormap::report::{Report, ReportDiagram, ReportOptions};
use actormap::words::{self, Args as Words};
use actormap::{Lang, Level, View};

use crate::{Activity, Anonymity, Failure, Input, Quiet, parse_lang};

#[derive(Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    input: Input,
    #[arg(long, value_name = "EARLIER")]
    before: Option<PathBuf>,
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
    pub(crate) lang: Lang,
    #[command(flatten)]
    anonymity: Anonymity,
    #[arg(long)]
    no_diagram: bool,
    #[arg(long, value_name = "NAME|FILE")]
    rules: Vec<String>,
    #[arg(long, value_name = "N", default_value_t = crate::DEFAULT_TOP)]
    top: usize,
    #[arg(long, value_name = "LEVEL", value_parser = crate::code_parser::<actormap::Level>())]
    min_level: Option<Level>,
    #[arg(long)]
    with_forum_ties: bool,
    #[command(flatten)]
    quiet: Quiet,
}

enum Kind {
    Html,
    Markdown,
}

pub(crate) fn run(args: &ReportArgs) -> Result<(), Failure> {
    let kind = match args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("html" | "htm") => Kind::Html,
        Some("md" | "markdown") => Kind::Markdown,
        _ => {
            let output = Words::new().with("output", args.output.display().to_string());
            return Err(Failure::usage(words::message(
                args.lang,
                "cli-error-report-format",
                &output,
            )));
        }
    };
    let svg_path = args.output.with_extension("svg");
    let mut paths: Vec<&Path> = Vec::new();
    if let Some(before) = &args.before {
        paths.push(before);
    }
    paths.push(&args.input.map);
    let mut inputs: Vec<Reads> = paths.iter().map(|p| Reads::Map(p)).collect();
    inputs.extend(args.rules.iter().map(|r| Reads::File(Path::new(r))));
    inputs.extend(args.anonymity.inputs());
    let file = actormap::io::OutputForm::File;
    crate::check_output(&inputs, &args.output, file)?;
    if matches!(kind, Kind::Markdown) && !args.no_diagram {
        crate::check_output(&inputs, &svg_path, file)?;
    }
    let lang = args.lang;
    let activity = Activity::start(&args.quiet, lang, lang.text("cli-progress-reading-map"));
    // The earlier snapshot first: its users keep the pseudonyms they had in its report.
    let mut maps = args.input.limits.load_maps(&paths, &args.anonymity, lang)?;
    let map = maps.pop().expect("the map read").into_shown();
    let before = maps.pop().map(crate::Read::into_shown);
    let view = View::default()
        .with_min_level(args.min_level)
        .with_forum_ties(args.with_forum_ties);
    let rule_sets = if args.rules.is_empty() {
        None
    } else {
        Some(actormap::gaps::rule_sets(&map, &args.rules)?)
    };
    let options = ReportOptions::new(args.lang)
        .with_before(before.as_ref())
        .with_rule_sets(rule_sets)
        .with_top(args.top)
        .with_view(view);
    let diagram = if args.no_diagram {
        None
    } else {
        activity.set_message(lang.text("cli-progress-drawing"));
        match actormap::report::report_diagram(&map, &options)
            .map_err(|e| Failure::Hinted(e, args.lang.text("cli-hint-no-diagram")))?
        {
            ReportDiagram::Svg(svg) => Some(svg),
            ReportDiagram::TooManyActors { actors, .. } => {
                let args = Words::new().count("count", actors);
                let note = words::message(lang, "cli-report-too-many-actors", &args);
                let _ = writeln!(std::io::stderr().lock(), "{note}");
                None
            }
            _ => None,
        }
    };
    activity.set_message(lang.text("cli-progress-writing-report"));
    match kind {
        Kind::Html => {
            // Written as it is made: the report of a large map is never held whole.
            let options = options.with_diagram(diagram);
            let report = Report::new(&map, &options)?;
            crate::write_file_with(&args.output, |w| report.write_html(w))
        }
        Kind::Markdown => {
            let svg_name = svg_path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let file = diagram.as_ref().and(svg_name.as_deref());
            let report = Report::new(&map, &options)?;
            match &diagram {
                // A diagram is drawn for small maps only: the two files are made in
                // memory and renamed into place together.
                Some(svg) => {
                    let md = report.markdown(file);
                    crate::streams::refuse_closed_stdout(&args.output)?;
                    crate::streams::refuse_closed_stdout(&svg_path)?;
                    Ok(actormap::io::write_files(&[
                        (&args.output, md.as_bytes()),
                        (&svg_path, svg.as_bytes()),
                    ])?)
                }
                None => crate::write_file_with(&args.output, |w| report.write_markdown(w, file)),
            }
        }
    }
}
