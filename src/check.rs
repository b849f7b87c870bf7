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

    /// Every problem as people read it ([`Problem::to_text`]), then the summary.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out: String = self.problems.iter().map(|p| p.to_text(lang)).collect();
        out.push_str(&self.summary(lang));
        out.push('\n');
        out
    }

    /// The report with its words in one language, as JSON outputs write it.
    pub fn in_words(&self, lang: Lang) -> CheckReportText<'_> {
        CheckReportText {
            map: self.map_name(lang),
            errors: self.errors,
            warnings: self.warnings,
            problems: self.problems.iter().map(|p| p.in_words(lang)).collect(),
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
