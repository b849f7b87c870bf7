//! The `actormap` command: parse the arguments, make one library call, write the result.
//! Each command lives in its own file; this one holds what they share.
//!
//! Exit codes: 0 fine; 1 the check found problems; 2 the command failed.

mod check;
mod convert;
mod diff;
mod dot;
mod export;
mod gaps;
mod generate;
mod help;
mod import;
mod memory;
mod metrics;
mod report;
mod streams;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use actormap::io::{Input as Reads, OutputForm};
use actormap::model::Code;
use actormap::privacy::Anonymize;
use actormap::words::{self, Arg, Args as Words};
use actormap::{
    ActorMap, Error, ErrorKind, Lang, io::ReadOptions, validate::Problem, validate::ProblemCode,
    validate::ProblemSeverity,
};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

// The help's words come from the catalogs (`help.rs`), not from doc comments.
#[derive(Parser)]
#[command(name = "actormap", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::CheckArgs),
    Convert(convert::ConvertArgs),
    Dot(dot::DotArgs),
    Render(dot::RenderArgs),
    Metrics(metrics::MetricsArgs),
    Report(report::ReportArgs),
    Diff(diff::DiffArgs),
    Gaps(gaps::GapsArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Generate(generate::GenerateArgs),
}

impl Command {
    /// The language the command speaks in (`--lang`).
    fn lang(&self) -> Lang {
        match self {
            Command::Check(a) => a.lang,
            Command::Convert(a) => a.lang,
            Command::Dot(a) => a.lang(),
            Command::Render(a) => a.lang(),
            Command::Metrics(a) => a.lang,
            Command::Report(a) => a.lang,
            Command::Diff(a) => a.lang,
            Command::Gaps(a) => a.lang,
            Command::Export(a) => a.lang,
            Command::Import(a) => a.lang,
            Command::Generate(a) => a.lang,
        }
    }
}

/// The language of the running command: the problems and errors it prints speak it.
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of the help, known before the command line is parsed.
static HELP_LANG: OnceLock<Lang> = OnceLock::new();

/// The language of the running command, or of the help while the command line is
/// parsed.
pub(crate) fn lang() -> Lang {
    LANG.get().or(HELP_LANG.get()).copied().unwrap_or_default()
}

#[global_allocator]
static ALLOCATOR: memory::Allocator = memory::Allocator;

fn main() -> ExitCode {
    let help_lang = help::language(std::env::args_os(), std::env::var_os("ACTORMAP_LANG"));
    let _ = HELP_LANG.set(help_lang);
    let matches = help::localize(Cli::command(), help_lang)
        .try_get_matches()
        .unwrap_or_else(|e| exit_with(e));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(e));
    let _ = LANG.set(cli.command.lang());
    memory::prepare(out_of_memory_sentence(lang()));
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Convert(args) => convert::run(&args),
        Command::Dot(args) => dot::run_dot(&args),
        Command::Render(args) => dot::run_render(&args),
        Command::Metrics(args) => metrics::run(&args),
        Command::Gaps(args) => gaps::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Generate(args) => generate::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Problems) => ExitCode::from(1),
        Err(Failure::Failed(e)) => {
            report_error(&e, None);
            ExitCode::from(2)
        }
        Err(Failure::Hinted(e, hint)) => {
            report_error(&e, Some(hint));
            ExitCode::from(2)
        }
        Err(Failure::Usage(message)) => {
            let args = Words::new().with("message", message);
            let _ = writeln!(
                io::stderr().lock(),
                "{}",
                scrubbed(words::message(lang(), "cli-error", &args))
            );
            ExitCode::from(2)
        }
    }
}

/// What the command says when the machine has no more memory to give it.
fn out_of_memory_sentence(lang: Lang) -> String {
    let args = Words::new().with(
        "message",
        words::message(lang, "cli-error-out-of-memory", &Words::new()),
    );
    words::message(lang, "cli-error", &args)
}

/// End on a command line clap cannot take (or on `--help`), as clap does; a value typed
/// on the command line that holds a control character is shown escaped, without the
/// colours.
fn exit_with(e: clap::Error) -> ! {
    let typed = e.context().any(|(_, value)| {
        matches!(
            words::neutralise(&value.to_string()),
            std::borrow::Cow::Owned(_)
        )
    });
    if !typed {
        e.exit()
    }
    let shown = words::neutralise(&e.render().to_string()).into_owned();
    let _ = io::stderr().lock().write_all(shown.as_bytes());
    std::process::exit(e.exit_code())
}

/// How a command ended, when it did not end well.
pub(crate) enum Failure {
    /// The check found problems (exit 1); they were printed.
    Problems,
    /// The command could not do its job (exit 2).
    Failed(Error),
    /// The command could not do its job (exit 2), and one of its options would help:
    /// the hint says which.
    Hinted(Error, String),
    /// The command line asks for what cannot be done (exit 2), in the command's words.
    Usage(String),
}

impl Failure {
    /// A command line that cannot be carried out: a `cli-error-…` message.
    pub(crate) fn usage(message: String) -> Self {
        Failure::Usage(message)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Failed(e)
    }
}

/// The limits on what a command reads, shared by every command that reads maps.
#[derive(Args, Clone)]
pub(crate) struct Limits {
    #[arg(long, value_name = "BYTES", default_value_t = actormap::io::DEFAULT_MAX_INPUT_BYTES)]
    pub(crate) max_input_bytes: u64,
    #[arg(long, value_name = "LEVELS", default_value_t = actormap::io::DEFAULT_MAX_DEPTH, value_parser = parse_depth)]
    pub(crate) max_depth: usize,
    #[arg(long, value_name = "N", default_value_t = actormap::io::DEFAULT_MAX_RECORDS)]
    pub(crate) max_records: usize,
}

fn parse_depth(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=actormap::io::MAX_DEPTH_LIMIT).contains(&n) => Ok(n),
        _ => Err(words::message(
            lang(),
            "cli-error-max-depth",
            &Words::new().count("max", actormap::io::MAX_DEPTH_LIMIT),
        )),
    }
}

impl Limits {
    pub(crate) fn options(&self) -> ReadOptions {
        ReadOptions::default()
            .with_max_input_bytes(self.max_input_bytes)
            .with_max_depth(self.max_depth)
            .with_max_records(self.max_records)
    }
}

/// `--anonymize users` and `--pseudonyms FILE`, for every command that writes about a map.
#[derive(Args, Clone, Default)]
pub(crate) struct Anonymity {
    #[arg(long, value_name = "WHO", value_parser = code_parser::<Anonymize>())]
    pub(crate) anonymize: Option<Anonymize>,
    #[arg(long, value_name = "FILE", requires = "anonymize")]
    pub(crate) pseudonyms: Option<PathBuf>,
}

/// A map as a command reads it: as written, and under pseudonyms when `--anonymize` is
/// given.
pub(crate) struct Read {
    pub(crate) map: ActorMap,
    pub(crate) anonymous: Option<actormap::privacy::Anonymous>,
    /// The table of pseudonyms once this map's users are in it.
    pub(crate) pseudonyms: Option<actormap::privacy::Pseudonyms>,
}

impl Read {
    /// The map the command shows: anonymised when asked.
    pub(crate) fn shown(&self) -> &ActorMap {
        self.anonymous.as_ref().map_or(&self.map, |a| &a.map)
    }

    /// The map the command shows, owned.
    pub(crate) fn into_shown(self) -> ActorMap {
        match self.anonymous {
            Some(a) => a.map,
            None => self.map,
        }
    }
}

/// What replaces the users' names and ids in everything the running command prints on
/// standard error, once its maps are anonymised.
static SCRUBBERS: OnceLock<Vec<actormap::privacy::Scrubber>> = OnceLock::new();

/// `text` with the anonymised users' names and ids replaced, when there are any.
fn scrubbed(text: String) -> String {
    match SCRUBBERS.get() {
        Some(scrubbers) => scrubbers.iter().fold(text, |t, s| s.scrub(&t).into_owned()),
        None => text,
    }
}

impl Anonymity {
    /// The files the command reads besides its maps: the pseudonyms' file.
    pub(crate) fn inputs(&self) -> Vec<actormap::io::Input<'_>> {
        self.pseudonyms
            .iter()
            .map(|p| actormap::io::Input::File(p))
            .collect()
    }

    /// The table of pseudonyms the command starts from: read from `--pseudonyms` (empty
    /// when the file does not exist yet).
    pub(crate) fn table(&self) -> Result<actormap::privacy::Pseudonyms, Failure> {
        Ok(match &self.pseudonyms {
            Some(path) => actormap::privacy::Pseudonyms::read_or_new(path)?,
            None => actormap::privacy::Pseudonyms::new(),
        })
    }
}

impl Limits {
    /// Read maps (side by side), refuse one with errors, and print the warnings of each
    /// in order. Under `--anonymize users`, the maps and their problems are put under one
    /// table of pseudonyms, so that the same person has the same pseudonym in every
    /// snapshot; the problems about a user's own record are counted, not shown; and the
    /// table is written back to `--pseudonyms` when it gained users.
    pub(crate) fn load_maps(
        &self,
        paths: &[&Path],
        anonymity: &Anonymity,
        lang: Lang,
    ) -> Result<Vec<Read>, Failure> {
        use rayon::prelude::*;
        if let Some(table) = &anonymity.pseudonyms {
            let inputs: Vec<Reads> = paths.iter().map(|p| Reads::Map(p)).collect();
            actormap::io::check_output(&inputs, table, OutputForm::File)?;
        }
        let options = self.options();
        let loaded: Vec<actormap::Result<(actormap::io::Loaded, Vec<Problem>)>> = paths
            .par_iter()
            .map(|path| {
                let loaded = actormap::load_path(path, &options)?;
                let problems = loaded.check();
                Ok((loaded, problems))
            })
            .collect();
        let mut table = match anonymity.anonymize {
            Some(_) => Some(anonymity.table()?),
            None => None,
        };
        let start = table.clone();
        let mut scrubbers = Vec::new();
        let mut out = Vec::with_capacity(paths.len());
        let mut failure = None;
        for (loaded, path) in loaded.into_iter().zip(paths) {
            let (loaded, problems) = match loaded {
                Ok(loaded) => loaded,
                Err(e) => {
                    failure = Some(Failure::Failed(e));
                    break;
                }
            };
            let invalid = problems
                .iter()
                .any(|p| p.severity == ProblemSeverity::Error);
            let (anonymous, problems) = match &mut table {
                Some(table) => {
                    let anonymous = table.apply(&loaded.map, lang);
                    let (visible, hidden) = anonymous.problems(&problems);
                    scrubbers.push(anonymous.scrubber().clone());
                    if hidden > 0 {
                        let args = Words::new().count("count", hidden).with("map", shown(path));
                        let note = words::message(lang, "cli-anonymized-problems", &args);
                        let _ = writeln!(io::stderr().lock(), "{note}");
                    }
                    (Some(anonymous), visible)
                }
                None => (None, problems),
            };
            if invalid {
                failure = Some(Failure::Failed(ErrorKind::Invalid { problems }.into()));
                break;
            }
            let _ = write_problems(&mut io::stderr().lock(), &problems, None);
            out.push(Read {
                map: loaded.map,
                anonymous,
                pseudonyms: table.clone(),
            });
        }
        if !scrubbers.is_empty() {
            let _ = SCRUBBERS.set(scrubbers);
        }
        if let Some(failure) = failure {
            return Err(failure);
        }
        if let (Some(path), Some(table)) = (&anonymity.pseudonyms, &table) {
            if start.as_ref() != Some(table) || !path.exists() {
                table.write(path)?;
            }
        }
        Ok(out)
    }
}

/// The map argument every analysis command takes.
#[derive(Args)]
pub(crate) struct Input {
    pub(crate) map: PathBuf,
    #[command(flatten)]
    pub(crate) limits: Limits,
}

impl Input {
    pub(crate) fn options(&self) -> ReadOptions {
        self.limits.options()
    }

    /// [`Limits::load_maps`] for this one map.
    pub(crate) fn read(&self, anonymity: &Anonymity, lang: Lang) -> Result<Read, Failure> {
        let mut maps = self.limits.load_maps(&[&self.map], anonymity, lang)?;
        Ok(maps.pop().expect("one map read"))
    }
}

/// Where a command writes: standard output, or a file written whole or not at all.
#[derive(Args)]
pub(crate) struct Output {
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

impl Output {
    /// Refuse an output that would replace one of the inputs or that nothing can be
    /// written to; call before any work is done.
    pub(crate) fn check(&self, inputs: &[Reads]) -> Result<(), Failure> {
        let output = self.output.as_deref().unwrap_or(Path::new("-"));
        check_output(inputs, output, OutputForm::File)
    }

    pub(crate) fn write(&self, bytes: &[u8]) -> Result<(), Failure> {
        match &self.output {
            Some(path) if path != Path::new("-") => write_file(path, bytes),
            _ => write_stdout(bytes),
        }
    }

    /// Write what `write` writes, as it is made (a large output is never held whole).
    pub(crate) fn write_with(
        &self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), Failure> {
        match &self.output {
            Some(path) if path != Path::new("-") => Ok(actormap::io::write_file_with(path, write)?),
            _ => {
                let stdout = io::stdout();
                let mut out = io::BufWriter::new(stdout.lock());
                stdout_result(write(&mut out).and_then(|()| out.flush()))
            }
        }
    }
}

/// Refuse, before any work, an output that would replace one of the inputs or that
/// nothing can be written to (a socket, a folder where a file goes, standard output
/// when it was closed).
pub(crate) fn check_output(
    inputs: &[Reads],
    output: &Path,
    form: OutputForm,
) -> Result<(), Failure> {
    streams::refuse_closed_stdout(output)?;
    Ok(actormap::io::check_output(inputs, output, form)?)
}

/// Write one output file whole (see [`actormap::io::write_file`]).
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    streams::refuse_closed_stdout(path)?;
    Ok(actormap::io::write_file(path, bytes)?)
}

/// Write what `write` writes to the file at `path` as it is made, as [`write_file`] does.
pub(crate) fn write_file_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Failure> {
    streams::refuse_closed_stdout(path)?;
    Ok(actormap::io::write_file_with(path, write)?)
}

/// `--quiet`, for the commands that can take long.
#[derive(Args)]
pub(crate) struct Quiet {
    #[arg(short, long)]
    pub(crate) quiet: bool,
}

/// A progress bar on standard error for one long piece of work: drawn only when standard
/// error is a terminal, `--quiet` is not given, and the work lasts more than a second;
/// cleared when dropped.
pub(crate) struct Activity {
    lang: Lang,
    bar: Option<indicatif::ProgressBar>,
    done: Option<std::sync::mpsc::Sender<()>>,
    watcher: Option<std::thread::JoinHandle<()>>,
}

impl Activity {
    /// Start showing `message` (with a spinner until the first progress report); `lang`
    /// is the language of what the bar says.
    pub(crate) fn start(quiet: &Quiet, lang: Lang, message: String) -> Self {
        use std::io::IsTerminal;
        if quiet.quiet || !io::stderr().is_terminal() {
            return Activity {
                lang,
                bar: None,
                done: None,
                watcher: None,
            };
        }
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::hidden())
                .with_style(
                    indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                        .expect("a valid template"),
                )
                .with_message(message);
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let shown = bar.clone();
        let watcher = std::thread::spawn(move || {
            // Quick work ends before the second is up and is never drawn.
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                wait.recv_timeout(std::time::Duration::from_secs(1))
            {
                shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                shown.enable_steady_tick(std::time::Duration::from_millis(120));
                let _ = wait.recv();
            }
            shown.finish_and_clear();
        });
        Activity {
            lang,
            bar: Some(bar),
            done: Some(done),
            watcher: Some(watcher),
        }
    }

    /// Change what the bar says (a new stage of the work).
    pub(crate) fn set_message(&self, message: String) {
        if let Some(bar) = &self.bar {
            bar.set_message(message);
        }
    }

    /// The callback the library reports progress to (none when nothing is drawn).
    pub(crate) fn progress(&self) -> Option<actormap::metrics::Progress> {
        let bar = self.bar.clone()?;
        let lang = self.lang;
        let styled = std::sync::Once::new();
        Some(actormap::metrics::Progress::new(move |done, total| {
            styled.call_once(|| {
                // How far, how long, and how long still, in the catalog's words.
                let status = move |state: &indicatif::ProgressState,
                                   w: &mut dyn std::fmt::Write| {
                    let duration = |d| format!("{:#}", indicatif::HumanDuration(d));
                    let args = Words::new()
                        .number("share", f64::from(state.fraction()))
                        .with("elapsed", duration(state.elapsed()))
                        .with("eta", duration(state.eta()));
                    let _ = w.write_str(&words::message(lang, "cli-progress", &args));
                };
                bar.set_style(
                    indicatif::ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {status}")
                        .expect("a valid template")
                        .with_key("status", status)
                        .progress_chars("=> "),
                );
            });
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }))
    }
}

impl Drop for Activity {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(watcher) = self.watcher.take() {
            let _ = watcher.join();
        }
    }
}

/// Parse one of the library's closed sets of values (`--min-level`, `--kinds`,
/// `--cluster-by`, `--to`…) by its codes; `--help` lists them.
pub(crate) fn code_parser<T: Code + Send + Sync>() -> impl clap::builder::TypedValueParser<Value = T>
{
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(T::codes())
        .map(|s| T::from_code(&s).expect("one of the listed codes"))
}

/// Parse `--lang`.
pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| {
        let args = Words::new()
            .quoted("value", e.value)
            .with("accepted", e.accepted.join(", "));
        words::message(lang(), "cli-error-lang", &args)
    })
}

/// How many candidates to invite `--top` lists or draws, in every command that has it.
pub(crate) const DEFAULT_TOP: usize = 5;

/// Print an error once, on standard error, with every problem when the map is invalid,
/// then the command's own hints: the option that does what the words ask.
fn report_error(e: &Error, hint: Option<String>) {
    if let ErrorKind::Io { source, .. } = e.kind() {
        if source.kind() == io::ErrorKind::BrokenPipe {
            return; // the reader went away (`| head`): not an error
        }
    }
    let mut text = Vec::new();
    write_error(&mut text, e, hint);
    let text = scrubbed(String::from_utf8_lossy(&text).into_owned());
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// The words of [`report_error`].
fn write_error(err: &mut Vec<u8>, e: &Error, hint: Option<String>) {
    let lang = lang();
    if e.problems().is_empty() {
        let args = Words::new().with("message", e.message(lang));
        let _ = writeln!(err, "{}", words::message(lang, "cli-error", &args));
    } else {
        let _ = write_problems(err, e.problems(), None);
        let errors = e
            .problems()
            .iter()
            .filter(|p| p.severity == ProblemSeverity::Error)
            .count();
        let args = Words::new().count("count", errors);
        let _ = writeln!(err, "{}", words::message(lang, "cli-errors-above", &args));
    }
    for hint in error_hint(e, lang).into_iter().chain(hint) {
        let _ = err.write_all(help_line(lang, hint).as_bytes());
    }
}

/// A `  help: …` line.
pub(crate) fn help_line(lang: Lang, help: String) -> String {
    let line = words::message(lang, "check-help", &Words::new().with("help", help));
    format!("  {line}\n")
}

/// The option that does what an error's words ask, if there is one.
fn error_hint(e: &Error, lang: Lang) -> Option<String> {
    Some(match e.kind() {
        ErrorKind::TooDeep { .. } => lang.text("cli-hint-max-depth"),
        ErrorKind::TooLarge { .. } => lang.text("cli-hint-max-input-bytes"),
        ErrorKind::TooManyRecords { .. } => lang.text("cli-hint-max-records"),
        ErrorKind::TooManyForumTies { .. } => lang.text("cli-hint-forum-ties"),
        ErrorKind::FocusOutsideForum { .. } => lang.text("cli-hint-focus-forum"),
        ErrorKind::FocusKindLeftOut { .. } => lang.text("cli-hint-focus-kinds"),
        ErrorKind::UnknownImageFormat { .. } => lang.text("cli-hint-image-format"),
        ErrorKind::GraphvizMissing => lang.text("cli-hint-graphviz"),
        ErrorKind::NoElementsSheet {
            holds_actors: true, ..
        } => lang.text("cli-hint-actormap-sheets"),
        _ => return None,
    })
}

/// The option that does what a problem's help asks, if there is one.
fn problem_hint(p: &Problem, lang: Lang) -> Option<String> {
    let shape = p.args.get("shape");
    match p.code {
        ProblemCode::TooDeep => Some(lang.text("cli-hint-max-depth")),
        ProblemCode::AssumedKind => Some(lang.text("cli-hint-default-kind")),
        ProblemCode::AssumedLevel => Some(lang.text("cli-hint-level")),
        ProblemCode::BadRule if shape == Some(&Arg::Text("json".into())) => {
            Some(lang.text("cli-hint-print-rules"))
        }
        _ => None,
    }
}

/// Problems as people read them, in the command's language: `error: file:line: message`,
/// then `help:` lines (the library's, then the command's own).
pub(crate) fn write_problems(
    out: &mut impl Write,
    problems: &[Problem],
    hint_only: Option<&Problem>,
) -> io::Result<()> {
    let lang = lang();
    for p in problems {
        out.write_all(p.to_text(lang).as_bytes())?;
        if let Some(hint) = problem_hint(p, lang) {
            out.write_all(help_line(lang, hint).as_bytes())?;
        }
    }
    // The command line's own hint for a problem already said (a repeated one).
    if let Some(hint) = hint_only.and_then(|p| problem_hint(p, lang)) {
        out.write_all(help_line(lang, hint).as_bytes())?;
    }
    Ok(())
}

/// A path as shown to people; `-` is standard input.
pub(crate) fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        lang().text("error-standard-input")
    } else {
        path.display().to_string()
    }
}

/// Write to standard output; a pipe closed by its reader is not an error, a standard
/// output closed before the command started is.
pub(crate) fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    streams::refuse_closed_stdout(Path::new("-"))?;
    let mut out = io::stdout().lock();
    stdout_result(out.write_all(bytes).and_then(|()| out.flush()))
}

/// The end of a write to standard output; a closed pipe is not an error.
fn stdout_result(result: io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Failed(
            ErrorKind::Io {
                path: None,
                action: actormap::error::IoAction::WriteOutput,
                source: e,
            }
            .into(),
        )),
        _ => Ok(()),
    }
}
