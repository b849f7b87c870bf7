//! Checking a map: every problem of a file at once, with how many errors and warnings,
//! as text or JSON in the language asked for.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, ErrorKind, Result};
use crate::io::ReadOptions;
use crate::problem::{Location, Problem, ProblemCode, ProblemSeverity, ProblemText};
use crate::words::{self, Arg, Args, Lang, Phrase};

/// Every problem of one map, errors and warnings, as [`check_path`] finds them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CheckReport {
    /// The map checked; none for standard input.
    pub path: Option<PathBuf>,
    /// How many problems are errors.
    pub errors: usize,
    /// How many problems are warnings.
    pub warnings: usize,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// The report on the problems of the map at `path` (none: standard input).
    pub fn new(path: Option<&Path>, problems: Vec<Problem>) -> Self {
        let errors = problems
            .iter()
            .filter(|p| p.severity == ProblemSeverity::Error)
            .count();
        CheckReport {
            path: path.map(Path::to_path_buf),
            errors,
            warnings: problems.len() - errors,
            problems,
        }
    }

    /// The map as people read its name: its path, or "standard input".
    pub fn map_name(&self, lang: Lang) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => lang.text("error-standard-input"),
        }
    }

    /// The last line of the text report: `map.json: 2 errors, 1 warning`, or
    /// `map.json: no problems found`.
    pub fn summary(&self, lang: Lang) -> String {
        let map = self.map_name(lang);
        if self.problems.is_empty() {
            words::message(lang, "check-summary-clean", &Args::new().with("map", map))
        } else {
            let args = Args::new()
                .with("map", map)
                .count("errors", self.errors)
                .count("warnings", self.warnings);
            words::message(lang, "check-summary", &args)
        }
    }

    /// The same mistake made on several lines of one file, said once: problems of one
    /// file, code and severity whose message and help read the same in `lang`, in the
    /// order of their first line. Problems without a line, or on the line of the one
    /// before, stand alone.
    pub fn repeated(&self, lang: Lang) -> Vec<Repeated> {
        use std::collections::HashMap;
        type Key = (
            Option<PathBuf>,
            ProblemCode,
            ProblemSeverity,
            String,
            Option<String>,
        );
        let mut groups: Vec<Repeated> = Vec::new();
        let mut index: HashMap<Key, usize> = HashMap::new();
        for (i, p) in self.problems.iter().enumerate() {
            let Some(line) = p.location.line else {
                continue;
            };
            let key = (
                p.location.file.clone(),
                p.code,
                p.severity,
                p.message(lang),
                p.help(lang),
            );
            match index.get(&key) {
                // Records that share a line (a map written on one line) stand alone: the
                // line alone would not tell them apart.
                Some(&g) if groups[g].lines.last() == Some(&line) => {}
                Some(&g) => {
                    let group = &mut groups[g];
                    group.count += 1;
                    if group.lines.len() < REPEATED_LINES_KEPT {
                        group.lines.push(line);
                    }
                    group.members.push(i);
                }
                None => {
                    index.insert(key.clone(), groups.len());
                    groups.push(Repeated {
                        file: key.0,
                        code: key.1,
                        severity: key.2,
                        message: key.3,
                        help: key.4,
                        count: 1,
                        lines: vec![line],
                        members: vec![i],
                    });
                }
            }
        }
        groups.retain(|g| g.count > 1);
        groups
    }

    /// Every problem as people read it ([`Problem::to_text`]), then the summary. A
    /// mistake repeated on several lines of a file is said once, with how many lines
    /// and the first of them ([`CheckReport::repeated`]).
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for item in self.shown(lang) {
            match item {
                Shown::Problem(p) => out.push_str(&p.to_text(lang)),
                Shown::Repeated(group, _) => out.push_str(&group.to_text(lang)),
            }
        }
        out.push_str(&self.summary(lang));
        out.push('\n');
        out
    }

    /// The problems in the order the text report says them: each alone, or a repeated
    /// mistake once, where its first problem stands ([`CheckReport::repeated`]).
    pub fn shown(&self, lang: Lang) -> Vec<Shown<'_>> {
        let mut group_of: Vec<Option<Repeated>> = vec![None; self.problems.len()];
        let mut hidden = vec![false; self.problems.len()];
        for group in self.repeated(lang) {
            for &i in &group.members[1..] {
                hidden[i] = true;
            }
            let first = group.members[0];
            group_of[first] = Some(group);
        }
        self.problems
            .iter()
            .zip(group_of)
            .zip(hidden)
            .filter(|(_, hidden)| !hidden)
            .map(|((p, group), _)| match group {
                Some(group) => Shown::Repeated(group, p),
                None => Shown::Problem(p),
            })
            .collect()
    }

    /// The report with its words in one language, as JSON outputs write it.
    pub fn in_words(&self, lang: Lang) -> CheckReportText<'_> {
        CheckReportText {
            map: self.map_name(lang),
            errors: self.errors,
            warnings: self.warnings,
            problems: self.problems.iter().map(|p| p.in_words(lang)).collect(),
            repeated: self.repeated(lang),
        }
    }

    /// The report as JSON: `map`, `errors`, `warnings` and `problems`, each with its code,
    /// severity, location, arguments, message and help.
    pub fn to_json(&self, lang: Lang) -> String {
        crate::text::json_pretty(&self.in_words(lang))
    }
}

/// A check report beside its words in one language (see [`CheckReport::to_json`]).
#[derive(Clone, Debug, Serialize)]
pub struct CheckReportText<'a> {
    /// The map checked, as people read its name.
    pub map: String,
    /// How many problems are errors.
    pub errors: usize,
    /// How many problems are warnings.
    pub warnings: usize,
    /// Every problem with its words.
    pub problems: Vec<ProblemText<'a>>,
    /// The mistakes made on several lines of one file, each once
    /// ([`CheckReport::repeated`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repeated: Vec<Repeated>,
}

/// One item of the text report ([`CheckReport::shown`]).
#[derive(Clone, Debug)]
pub enum Shown<'a> {
    /// A problem said alone.
    Problem(&'a Problem),
    /// A mistake said once for all its lines, with its first problem.
    Repeated(Repeated, &'a Problem),
}

/// Most line numbers a repeated mistake keeps.
pub const REPEATED_LINES_KEPT: usize = 100;

/// Most line numbers the text of a repeated mistake shows.
const REPEATED_LINES_SHOWN: usize = 10;

/// One mistake made on several lines of one file ([`CheckReport::repeated`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Repeated {
    /// The file, when the map came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// What the mistake is.
    pub code: ProblemCode,
    /// How serious it is.
    pub severity: ProblemSeverity,
    /// The message every one of its problems has.
    pub message: String,
    /// What to do about it, when the catalog says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// On how many lines it is made.
    pub count: usize,
    /// The lines, the first [`REPEATED_LINES_KEPT`].
    pub lines: Vec<usize>,
    /// Positions of its problems in the report's list.
    #[serde(skip)]
    pub members: Vec<usize>,
}

impl Repeated {
    /// The mistake as people read it: `error: links.csv: unknown level "x" on 8 lines: 3,
    /// 5, 7, …`, then its help.
    pub fn to_text(&self, lang: Lang) -> String {
        let shown: Vec<String> = self
            .lines
            .iter()
            .take(REPEATED_LINES_SHOWN)
            .map(|l| l.to_string())
            .collect();
        let more = self.count > shown.len();
        let args = Args::new()
            .with("severity", self.severity.label(lang))
            .with("message", self.message.as_str())
            .count("count", self.count)
            .with("lines", shown.join(", "))
            .select("more", if more { "yes" } else { "no" });
        let mut out = match &self.file {
            Some(file) => words::message(
                lang,
                "check-problem-repeated",
                &args.with("file", file.display().to_string()),
            ),
            None => words::message(lang, "check-problem-repeated-nowhere", &args),
        };
        out.push('\n');
        if let Some(help) = &self.help {
            out.push_str("  ");
            out.push_str(&words::message(
                lang,
                "check-help",
                &Args::new().with("help", help.as_str()),
            ));
            out.push('\n');
        }
        out
    }
}

/// Check the map at a path (a JSON file, a spreadsheet folder or one of its files, or `-`
/// for JSON on standard input): every problem found while reading it and by validation.
/// Text that is not JSON, not UTF-8 or nested too deep is a problem of the report too;
/// only a map that cannot be read at all (a missing file, a folder without `actors.csv`)
/// is an `Err`.
///
/// # Example
/// ```
/// use actormap::{Lang, io::ReadOptions};
///
/// let report = actormap::check::check_path("fixtures/bad/self-loop.json", &ReadOptions::default())?;
/// assert_eq!(report.errors, 1);
/// assert_eq!(
///     report.summary(Lang::Fr),
///     "fixtures/bad/self-loop.json\u{a0}: 1 erreur, 0 avertissement"
/// );
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn check_path(path: impl AsRef<Path>, options: &ReadOptions) -> Result<CheckReport> {
    let path = path.as_ref();
    let shown = (path != Path::new("-")).then_some(path);
    let problems = match crate::io::load_path(path, options) {
        Ok(loaded) => loaded.check(),
        Err(e) => match Problem::from_error(&e) {
            Some(p) => vec![p],
            None => return Err(e),
        },
    };
    Ok(CheckReport::new(shown, problems))
}

impl Problem {
    /// The problem a check reports for text that cannot be read as a map at all: not
    /// JSON, not UTF-8, nested too deep. `None` for other errors.
    pub fn from_error(error: &Error) -> Option<Problem> {
        let code = match error.kind() {
            ErrorKind::Json { .. } => ProblemCode::NotJson,
            ErrorKind::NotUtf8 { .. } => ProblemCode::NotUtf8,
            ErrorKind::TooDeep { .. } => ProblemCode::TooDeep,
            _ => return None,
        };
        let phrase: Phrase = error.phrase();
        Some(Problem::error(
            code,
            Location::default(),
            Args::new().with("error", Arg::Phrase(phrase)),
        ))
    }
}
