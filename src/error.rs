//! One error type for the whole crate. Every variant carries what a person needs to find
//! and fix the problem: the file, the line or record, the actor id.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::validate::{Problem, Severity};

/// A specialised `Result` for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from reading, checking, analysing or writing a map.
///
/// The [`kind`](Error::kind) says what went wrong and where; `Display` says it in plain
/// words, with what to do.
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// The file, when there is one (not for standard input or output).
        path: Option<PathBuf>,
        /// What was being done: "read", "write", "create".
        action: &'static str,
        /// The underlying error.
        source: io::Error,
    },
    /// The text is not valid JSON.
    Json {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
        /// What the JSON parser found.
        message: String,
    },
    /// The text is not UTF-8.
    NotUtf8 {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// 1-based line of the first byte that is not UTF-8.
        line: usize,
    },
    /// The JSON nests lists and objects deeper than the configured limit.
    TooDeep {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// 1-based line where the nesting goes too deep.
        line: usize,
        /// The limit.
        limit: usize,
    },
    /// The input is bigger than the configured limit.
    TooLarge {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The map was read but has errors (and perhaps warnings); every one is listed.
    Invalid {
        /// Every problem found, errors and warnings, in document order.
        problems: Vec<Problem>,
    },
    /// Something named on the command line or in an option does not exist in the map
    /// (a forum, an actor).
    NotFound {
        /// What was looked for: "forum", "actor".
        what: &'static str,
        /// The id as given.
        id: String,
        /// The closest existing id, if one is close.
        suggestion: Option<String>,
    },
    /// The request cannot be carried out as asked (e.g. writing over the input).
    Usage {
        /// What is wrong and what to do, in plain words.
        message: String,
    },
    /// Graphviz could not be run or rejected the diagram.
    Graphviz {
        /// What happened and what to do.
        message: String,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consume the error, giving what went wrong.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    /// The problems of an invalid map, or an empty slice for other errors.
    pub fn problems(&self) -> &[Problem] {
        match &*self.0 {
            ErrorKind::Invalid { problems } => problems,
            _ => &[],
        }
    }

    pub(crate) fn io(path: Option<&Path>, action: &'static str, source: io::Error) -> Self {
        ErrorKind::Io {
            path: path.map(Path::to_path_buf),
            action,
            source,
        }
        .into()
    }

    pub(crate) fn not_found<'a>(
        what: &'static str,
        id: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        ErrorKind::NotFound {
            what,
            id: id.to_owned(),
            suggestion: crate::text::closest(id, candidates).map(str::to_owned),
        }
        .into()
    }

    /// Text that is not JSON, at the line and column the parser stopped.
    pub(crate) fn json(path: Option<&Path>, e: &serde_json::Error) -> Self {
        ErrorKind::Json {
            path: path.map(Path::to_path_buf),
            line: e.line(),
            column: e.column(),
            message: json_message(e),
        }
        .into()
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        ErrorKind::Usage {
            message: message.into(),
        }
        .into()
    }

    pub(crate) fn graphviz(message: impl Into<String>) -> Self {
        ErrorKind::Graphviz {
            message: message.into(),
        }
        .into()
    }
}

/// A serde_json message without its "at line L column C" tail (the location is given
/// separately, relative to the file).
pub(crate) fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error(Box::new(kind))
    }
}

fn shown(path: &Option<PathBuf>) -> String {
    match path {
        Some(p) => p.display().to_string(),
        None => "standard input".to_owned(),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Io {
                path: Some(p),
                action,
                source,
            } => write!(f, "could not {action} {}: {source}", p.display()),
            ErrorKind::Io {
                path: None,
                action,
                source,
            } => write!(f, "could not {action}: {source}"),
            ErrorKind::Json {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{}:{line}:{column}: not valid JSON: {message}; fix the file (a JSON validator \
                 or editor shows the exact spot) and run again",
                shown(path)
            ),
            ErrorKind::NotUtf8 { path, line } => write!(
                f,
                "{}:{line}: the text is not UTF-8; save the spreadsheet or file as \"CSV UTF-8\" \
                 (Excel: File > Save As > CSV UTF-8) or re-encode it as UTF-8",
                shown(path)
            ),
            ErrorKind::TooDeep { path, line, limit } => write!(
                f,
                "{}:{line}: lists and objects are nested more than {limit} levels deep; if \
                 the file is genuine, raise the limit with --max-depth (up to {})",
                shown(path),
                crate::io::MAX_DEPTH_LIMIT
            ),
            ErrorKind::TooLarge { path, limit } => write!(
                f,
                "{} is larger than the limit of {limit} bytes; if the file is genuine, raise the \
                 limit with --max-input-bytes",
                shown(path)
            ),
            ErrorKind::Invalid { problems } => {
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                write!(
                    f,
                    "the map has {errors} error{}; run `actormap check` on it to see them all",
                    if errors == 1 { "" } else { "s" }
                )?;
                if let Some(first) = problems.iter().find(|p| p.severity == Severity::Error) {
                    write!(f, "; the first: {first}")?;
                }
                Ok(())
            }
            ErrorKind::NotFound {
                what,
                id,
                suggestion,
            } => {
                write!(f, "no {what} with id {id:?} in the map")?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean {s:?}?"),
                    None => Ok(()),
                }
            }
            ErrorKind::Usage { message } | ErrorKind::Graphviz { message } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Where a problem is: a file and line for spreadsheets, a JSON path (and the line, when
/// known) for documents, and the id of the record involved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file, when the map came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// 1-based line in the file, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Path of the record in the JSON document, e.g. `links[4]` or `forums[0].members[2]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Id of the actor, forum or need involved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        if let Some(file) = &self.file {
            write!(f, "{}", file.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            sep = ": ";
        } else if let Some(line) = self.line {
            write!(f, "line {line}")?;
            sep = ": ";
        }
        if let Some(path) = &self.path {
            write!(f, "{sep}{path}")?;
            sep = " ";
        }
        if let Some(id) = &self.id {
            write!(f, "{sep}(id {:?})", id)?;
        }
        Ok(())
    }
}
