//! One error type for the whole crate. Every variant carries what a person needs to find
//! and fix the problem: the file, the line or record, the actor id. The words are the
//! catalog's (messages `error-…`); `Display` is English, [`Error::message`] any language.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::ActorKind;
use crate::problem::{Problem, ProblemSeverity, visible};
use crate::words::{self, Arg, Args, Lang, Phrase};

pub use crate::problem::Location;

/// A specialised `Result` for this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from reading, checking, analysing or writing a map.
///
/// The [`kind`](Error::kind) says what went wrong and where; `Display` says it in plain
/// English words, with what to do, and [`Error::message`] in the language asked for.
/// `Debug` shows the same words, then the kind.
pub struct Error(Box<ErrorKind>);

/// What was being done with a file when it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IoAction {
    /// Reading a file.
    Read,
    /// Listing a folder.
    ReadFolder,
    /// Writing a file.
    Write,
    /// Creating a folder.
    CreateFolder,
    /// Creating the temporary file a file is written to before it is renamed into place.
    CreateTemporary,
    /// Writing to standard output.
    WriteOutput,
}

impl IoAction {
    /// A code: `read`, `read-folder`, `write`, `create-folder`, `create-temporary`,
    /// `write-output`.
    pub fn as_str(self) -> &'static str {
        match self {
            IoAction::Read => "read",
            IoAction::ReadFolder => "read-folder",
            IoAction::Write => "write",
            IoAction::CreateFolder => "create-folder",
            IoAction::CreateTemporary => "create-temporary",
            IoAction::WriteOutput => "write-output",
        }
    }
}

/// The two spreadsheet layouts a folder is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SheetLayout {
    /// actormap's own: `actors.csv`, `links.csv`, `members.csv`, …
    Actormap,
    /// Kumu's: `elements.csv` and `connections.csv`.
    Kumu,
}

/// What stands where a spreadsheet folder should hold a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe (FIFO), which would make reading wait for a writer.
    NamedPipe,
    /// A device.
    Device,
    /// A socket.
    Socket,
    /// A symbolic link to nothing.
    BrokenLink,
    /// A symbolic link that leads back to itself, or through too many others.
    LinkLoop,
    /// Anything else that is not a regular file.
    Other,
}

impl FileKind {
    /// The code messages choose their words by.
    pub(crate) fn code(self) -> &'static str {
        match self {
            FileKind::Folder => "folder",
            FileKind::NamedPipe => "pipe",
            FileKind::Device => "device",
            FileKind::Socket => "socket",
            FileKind::BrokenLink => "broken-link",
            FileKind::LinkLoop => "link-loop",
            FileKind::Other => "other",
        }
    }
}

/// What a path names, as an error about an output says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PathKind {
    /// A regular file.
    File,
    /// A folder.
    Folder,
    /// A FIFO (named pipe).
    Fifo,
    /// A character device (a terminal, `/dev/null`).
    CharDevice,
    /// A block device (a disk).
    BlockDevice,
    /// A Unix socket.
    Socket,
    /// Symbolic links that lead back to themselves.
    SymlinkLoop,
    /// Anything else.
    Other,
}

impl PathKind {
    /// A code: `file`, `folder`, `fifo`, `char-device`, `block-device`, `socket`,
    /// `symlink-loop`, `other`.
    pub fn as_str(self) -> &'static str {
        match self {
            PathKind::File => "file",
            PathKind::Folder => "folder",
            PathKind::Fifo => "fifo",
            PathKind::CharDevice => "char-device",
            PathKind::BlockDevice => "block-device",
            PathKind::Socket => "socket",
            PathKind::SymlinkLoop => "symlink-loop",
            PathKind::Other => "other",
        }
    }
}

/// A record of a map, as an error names it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RecordName {
    /// The map itself (its name, territory, date, description, free attributes).
    Map,
    /// A need, by its id.
    Need(String),
    /// An actor, by its id.
    Actor(String),
    /// A link, by its 1-based number in the map and its ends.
    Link {
        /// 1-based number of the link in the map.
        number: usize,
        /// Its source actor id.
        source: String,
        /// Its target actor id.
        target: String,
    },
    /// A forum, by its id.
    Forum(String),
    /// An attribute added to every actor of an export, by its name.
    AddedAttribute(String),
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// The file, when there is one (not for standard input or output).
        path: Option<PathBuf>,
        /// What was being done.
        action: IoAction,
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
        /// The highest the limit can be raised to.
        max_limit: usize,
    },
    /// The input is bigger than the configured limit.
    TooLarge {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The input holds more records than the configured limit.
    TooManyRecords {
        /// The file, when there is one.
        path: Option<PathBuf>,
        /// 1-based line of the first record past the limit, when known.
        line: Option<usize>,
        /// The limit.
        limit: usize,
    },
    /// The map was read but has errors (and perhaps warnings); every one is listed.
    Invalid {
        /// Every problem found, errors and warnings, in document order.
        problems: Vec<Problem>,
    },
    /// Something named in an option does not exist in the map (a forum, an actor).
    NotFound {
        /// What was looked for: `forum` or `actor`.
        what: &'static str,
        /// The id as given.
        id: String,
        /// The closest existing id, if one is close.
        suggestion: Option<String>,
    },
    /// Writing would replace one of the inputs.
    OverwritesInput {
        /// The output asked for.
        output: PathBuf,
    },
    /// An output names something that cannot be written as asked: a folder where a file
    /// is written, a file where a folder of files is, a socket, a block device, a loop
    /// of symbolic links.
    CannotWriteOver {
        /// The output asked for.
        path: PathBuf,
        /// Whether a folder of files was to be written there (else one file).
        folder: bool,
        /// What the path names, its symbolic links followed.
        found: PathKind,
    },
    /// A folder output would replace a folder that holds something other than the
    /// files of the map written there.
    FolderHoldsOther {
        /// The folder asked for.
        folder: PathBuf,
        /// The first entry in it that is not one of the map's files.
        entry: String,
    },
    /// A file cannot be written because its folder does not exist.
    NoSuchFolder {
        /// The file.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// A spreadsheet map is read from a folder, and this is not one.
    NotAFolder {
        /// The path given.
        path: PathBuf,
        /// The layout it was to be read in.
        layout: SheetLayout,
    },
    /// A sheet of a spreadsheet folder is not a regular file (or a link to one): a
    /// folder, a named pipe, a device, a broken link…
    NotAFile {
        /// The path of the sheet.
        path: PathBuf,
        /// The sheet's name: `links.csv`.
        name: &'static str,
        /// What is there instead.
        found: FileKind,
    },
    /// A spreadsheet folder has no `actors.csv`.
    NoActorsSheet {
        /// The folder.
        folder: PathBuf,
    },
    /// A folder read as Kumu spreadsheets has no `elements.csv`.
    NoElementsSheet {
        /// The folder.
        folder: PathBuf,
        /// Whether it holds `actors.csv`, actormap's own spreadsheet form.
        holds_actors: bool,
    },
    /// An item of a list (a service, a need of a forum) cannot be written in a
    /// spreadsheet's list cell and read back the same: it holds the separator `|`, is
    /// empty, or starts or ends with white space.
    UnwritableItem {
        /// The file it would be written in: `actors.csv`.
        file: &'static str,
        /// The record's id.
        id: String,
        /// The column: `services`.
        column: &'static str,
        /// The item.
        item: String,
    },
    /// A CSV file could not be written.
    Csv {
        /// What the CSV writer said.
        message: String,
    },
    /// Counting co-membership as ties would make more ties than a view allows.
    TooManyForumTies {
        /// How many ties co-membership would add.
        ties: u64,
        /// The largest forum.
        forum: String,
        /// Its number of members.
        members: usize,
        /// The most a view allows.
        limit: usize,
    },
    /// The actor a diagram is focused on does not sit in the forum it is limited to.
    FocusOutsideForum {
        /// The actor's id.
        actor: String,
        /// The forum's id.
        forum: String,
    },
    /// The actor a diagram is focused on is of a kind the diagram leaves out.
    FocusKindLeftOut {
        /// The actor's id.
        actor: String,
        /// Its kind.
        kind: ActorKind,
    },
    /// Marking whom to invite on a diagram needs the forum they would join.
    HighlightNeedsForum,
    /// An attribute added to an export has more or fewer values than the map has actors.
    AttributeValues {
        /// The attribute's name.
        name: String,
        /// How many values it has.
        values: usize,
        /// How many actors the map has.
        actors: usize,
    },
    /// An attribute added to an export has no name, or the name of another.
    AttributeName {
        /// The attribute's name.
        name: String,
    },
    /// A text of the map holds a character XML cannot carry (GraphML, GEXF).
    NotXmlCharacter {
        /// The record that holds it.
        record: RecordName,
        /// The field: `name`, `id`, `territory`, `as_of`, `description`, `organization`,
        /// `sector`, `services`, `source`, `target`, `kind`, `notes`, `since`, `until`,
        /// `needs`, `member`, `role`, `value`, or `attribute-name` and `attribute` for a
        /// free attribute (named by `attribute`).
        field: &'static str,
        /// The free attribute, for `attribute-name` and `attribute`.
        attribute: Option<String>,
        /// The character.
        character: char,
    },
    /// An actor with an empty id cannot be written to GraphML.
    EmptyGraphmlId {
        /// The actor's name.
        name: String,
    },
    /// A file given as the pseudonyms of a map's users is not one (see
    /// [`crate::privacy::Pseudonyms`]).
    NotPseudonyms {
        /// The file.
        path: PathBuf,
        /// What is wrong with it, as the JSON reader says it.
        reason: String,
    },
    /// A time series was asked of fewer than two snapshots.
    TooFewSnapshots {
        /// How many were given.
        given: usize,
    },
    /// A map bigger than can be generated was asked for.
    TooBigToGenerate {
        /// The actors asked for.
        actors: usize,
        /// The links per actor asked for.
        links_per_actor: usize,
        /// The most actors a map can be generated with.
        max_actors: usize,
        /// The most links (actors × links per actor).
        max_links: usize,
    },
    /// The image format cannot be told from the file name.
    UnknownImageFormat {
        /// The file name.
        path: PathBuf,
    },
    /// Graphviz is not installed.
    GraphvizMissing,
    /// Graphviz rejected the diagram or failed.
    Graphviz {
        /// What Graphviz said, if anything.
        message: Option<String>,
    },
    /// Graphviz was still drawing when its time ran out, and was stopped
    /// ([`crate::render::GraphvizLimits`]).
    GraphvizTimedOut {
        /// The time it had, in seconds.
        seconds: u64,
    },
    /// Graphviz needed more memory than it may use ([`crate::render::GraphvizLimits`]).
    GraphvizOutOfMemory {
        /// The memory it had, in mebibytes.
        megabytes: u64,
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

    pub(crate) fn io(path: Option<&Path>, action: IoAction, source: io::Error) -> Self {
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

    /// What went wrong, in plain words, in a language.
    ///
    /// # Example
    /// ```
    /// use actormap::Lang;
    ///
    /// let err = actormap::io::from_json_str("{\"actors\": [").unwrap_err();
    /// assert!(err.message(Lang::En).starts_with("standard input:1:12: not valid JSON"));
    /// assert!(err.message(Lang::Fr).starts_with("entrée standard:1:12\u{a0}: JSON non valide"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        match &*self.0 {
            ErrorKind::Invalid { problems } => {
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == ProblemSeverity::Error)
                    .count();
                let args = Args::new().count("errors", errors);
                match problems
                    .iter()
                    .find(|p| p.severity == ProblemSeverity::Error)
                {
                    Some(first) => {
                        let first = first.to_line(lang);
                        words::message(lang, "error-invalid-first", &args.with("first", first))
                    }
                    None => words::message(lang, "error-invalid", &args),
                }
            }
            _ => self.phrase().render(lang),
        }
    }

    /// The error as a catalog message with its arguments (any error but an invalid map,
    /// whose words hold its first problem's).
    pub(crate) fn phrase(&self) -> Phrase {
        let path = |p: &Option<PathBuf>| -> Arg {
            match p {
                Some(p) => Arg::Text(p.display().to_string()),
                None => Arg::Phrase(Phrase::plain("error-standard-input")),
            }
        };
        let shown = |p: &Path| p.display().to_string();
        let quoted = |s: &str| Arg::Quoted(visible(s).into_owned());
        match &*self.0 {
            ErrorKind::Io {
                path: Some(p),
                action,
                source,
            } => Phrase::new(
                "error-io",
                Args::new()
                    .select("action", action.as_str())
                    .with("path", shown(p))
                    .with("reason", source.to_string()),
            ),
            ErrorKind::Io {
                path: None,
                action,
                source,
            } => Phrase::new(
                "error-io-stream",
                Args::new()
                    .select("action", action.as_str())
                    .with("reason", source.to_string()),
            ),
            ErrorKind::Json {
                path: p,
                line,
                column,
                message,
            } => Phrase::new(
                "error-json",
                Args::new()
                    .with("path", path(p))
                    .with("line", line.to_string())
                    .with("column", column.to_string())
                    .with("reason", message.as_str()),
            ),
            ErrorKind::NotUtf8 { path: p, line } => Phrase::new(
                "error-not-utf8",
                Args::new()
                    .with("path", path(p))
                    .with("line", line.to_string()),
            ),
            ErrorKind::TooDeep {
                path: p,
                line,
                limit,
                max_limit,
            } => Phrase::new(
                "error-too-deep",
                Args::new()
                    .with("path", path(p))
                    .with("line", line.to_string())
                    .count("limit", *limit)
                    .count("max", *max_limit),
            ),
            ErrorKind::TooLarge { path: p, limit } => Phrase::new(
                "error-too-large",
                Args::new()
                    .with("path", path(p))
                    .with("limit", Arg::Count(*limit)),
            ),
            ErrorKind::TooManyRecords {
                path: p,
                line,
                limit,
            } => Phrase::new(
                "error-too-many-records",
                Args::new()
                    .with("path", path(p))
                    // `:12` after the path, when the line is known.
                    .with("line", line.map_or_else(String::new, |l| format!(":{l}")))
                    .count("limit", *limit),
            ),
            ErrorKind::Invalid { problems } => Phrase::new(
                "error-invalid",
                Args::new().count(
                    "errors",
                    problems
                        .iter()
                        .filter(|p| p.severity == ProblemSeverity::Error)
                        .count(),
                ),
            ),
            ErrorKind::NotFound {
                what,
                id,
                suggestion: None,
            } => Phrase::new(
                "error-not-found",
                Args::new().select("what", what).with("id", quoted(id)),
            ),
            ErrorKind::NotFound {
                what,
                id,
                suggestion: Some(near),
            } => Phrase::new(
                "error-not-found-suggestion",
                Args::new()
                    .select("what", what)
                    .with("id", quoted(id))
                    .with("suggestion", quoted(near)),
            ),
            ErrorKind::OverwritesInput { output } => Phrase::new(
                "error-overwrites-input",
                Args::new().with("path", shown(output)),
            ),
            ErrorKind::CannotWriteOver { path, found, .. } => Phrase::new(
                "error-cannot-write-over",
                Args::new()
                    .with("path", shown(path))
                    .select("found", found.as_str()),
            ),
            ErrorKind::FolderHoldsOther { folder, entry } => Phrase::new(
                "error-folder-holds-other",
                Args::new()
                    .with("folder", shown(folder))
                    .with("entry", quoted(entry)),
            ),
            ErrorKind::NoSuchFolder { path, folder } => Phrase::new(
                "error-no-such-folder",
                Args::new()
                    .with("path", shown(path))
                    .with("folder", shown(folder)),
            ),
            ErrorKind::NotAFolder { path, layout } => Phrase::new(
                "error-not-a-folder",
                Args::new().with("path", shown(path)).select(
                    "layout",
                    match layout {
                        SheetLayout::Actormap => "actormap",
                        SheetLayout::Kumu => "kumu",
                    },
                ),
            ),
            ErrorKind::NotAFile { path, name, found } => Phrase::new(
                "error-not-a-file",
                Args::new()
                    .with("path", shown(path))
                    .with("name", *name)
                    .select("found", found.code()),
            ),
            ErrorKind::UnwritableItem {
                file,
                id,
                column,
                item,
            } => Phrase::new(
                "error-unwritable-item",
                Args::new()
                    .with("file", *file)
                    .quoted("id", id.as_str())
                    .with("column", *column)
                    .quoted("item", item.as_str()),
            ),
            ErrorKind::NoActorsSheet { folder } => Phrase::new(
                "error-no-actors-sheet",
                Args::new().with("folder", shown(folder)),
            ),
            ErrorKind::NoElementsSheet {
                folder,
                holds_actors,
            } => Phrase::new(
                "error-no-elements-sheet",
                Args::new()
                    .with("folder", shown(folder))
                    .select("actors", if *holds_actors { "yes" } else { "no" }),
            ),
            ErrorKind::Csv { message } => {
                Phrase::new("error-csv", Args::new().with("reason", message.as_str()))
            }
            ErrorKind::TooManyForumTies {
                ties,
                forum,
                members,
                limit,
            } => Phrase::new(
                "error-too-many-forum-ties",
                Args::new()
                    .with("ties", Arg::Count(*ties))
                    .with("forum", quoted(forum))
                    .count("members", *members)
                    .count("limit", *limit),
            ),
            ErrorKind::FocusOutsideForum { actor, forum } => Phrase::new(
                "error-focus-outside-forum",
                Args::new()
                    .with("actor", quoted(actor))
                    .with("forum", quoted(forum)),
            ),
            ErrorKind::FocusKindLeftOut { actor, kind } => Phrase::new(
                "error-focus-kind-left-out",
                Args::new().with("actor", quoted(actor)).with("kind", *kind),
            ),
            ErrorKind::HighlightNeedsForum => Phrase::plain("error-highlight-needs-forum"),
            ErrorKind::AttributeValues {
                name,
                values,
                actors,
            } => Phrase::new(
                "error-attribute-values",
                Args::new()
                    .with("name", quoted(name))
                    .count("values", *values)
                    .count("actors", *actors),
            ),
            ErrorKind::AttributeName { name } => Phrase::new(
                "error-attribute-name",
                Args::new().with("name", quoted(name)),
            ),
            ErrorKind::NotXmlCharacter {
                record,
                field,
                attribute,
                character,
            } => {
                let mut args = Args::new()
                    .with("record", record_phrase(record))
                    .select("field", field)
                    .with("code", format!("{:04X}", *character as u32));
                if let Some(a) = attribute {
                    args = args.with("attribute", quoted(a));
                }
                Phrase::new("error-not-xml-character", args)
            }
            ErrorKind::EmptyGraphmlId { name } => Phrase::new(
                "error-empty-graphml-id",
                Args::new().with("name", quoted(name)),
            ),
            ErrorKind::NotPseudonyms { path, reason } => Phrase::new(
                "error-not-pseudonyms",
                Args::new()
                    .with("path", shown(path))
                    .with("reason", reason.as_str()),
            ),
            ErrorKind::TooFewSnapshots { given } => Phrase::new(
                "error-too-few-snapshots",
                Args::new().count("given", *given),
            ),
            ErrorKind::TooBigToGenerate {
                actors,
                links_per_actor,
                max_actors,
                max_links,
            } => Phrase::new(
                "error-too-big-to-generate",
                Args::new()
                    .select(
                        "what",
                        if actors > max_actors {
                            "actors"
                        } else {
                            "links"
                        },
                    )
                    .count("actors", *actors)
                    .count("per", *links_per_actor)
                    .count("max-actors", *max_actors)
                    .count("max-links", *max_links),
            ),
            ErrorKind::UnknownImageFormat { path } => Phrase::new(
                "error-unknown-image-format",
                Args::new().with("path", shown(path)),
            ),
            ErrorKind::GraphvizMissing => Phrase::plain("error-graphviz-missing"),
            ErrorKind::GraphvizTimedOut { seconds } => Phrase::new(
                "error-graphviz-timed-out",
                Args::new().count("seconds", usize::try_from(*seconds).unwrap_or(usize::MAX)),
            ),
            ErrorKind::GraphvizOutOfMemory { megabytes } => Phrase::new(
                "error-graphviz-out-of-memory",
                Args::new().count(
                    "megabytes",
                    usize::try_from(*megabytes).unwrap_or(usize::MAX),
                ),
            ),
            ErrorKind::Graphviz { message: None } => Phrase::plain("error-graphviz"),
            ErrorKind::Graphviz {
                message: Some(reason),
            } => Phrase::new(
                "error-graphviz-said",
                Args::new().with("reason", reason.as_str()),
            ),
        }
    }
}

/// A record named in words: "actor "a"", "link 3 (from "a" to "b")".
fn record_phrase(record: &RecordName) -> Phrase {
    let quoted = |s: &str| Arg::Quoted(visible(s).into_owned());
    match record {
        RecordName::Map => Phrase::new("error-record", Args::new().select("record", "map")),
        RecordName::Need(id) => Phrase::new(
            "error-record",
            Args::new().select("record", "need").with("id", quoted(id)),
        ),
        RecordName::Actor(id) => Phrase::new(
            "error-record",
            Args::new().select("record", "actor").with("id", quoted(id)),
        ),
        RecordName::Forum(id) => Phrase::new(
            "error-record",
            Args::new().select("record", "forum").with("id", quoted(id)),
        ),
        RecordName::AddedAttribute(name) => Phrase::new(
            "error-record",
            Args::new()
                .select("record", "added-attribute")
                .with("id", quoted(name)),
        ),
        RecordName::Link {
            number,
            source,
            target,
        } => Phrase::new(
            "error-record",
            Args::new()
                .select("record", "link")
                .with("number", number.to_string())
                .with("source", quoted(source))
                .with("target", quoted(target)),
        ),
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl fmt::Debug for Error {
    /// The English words, then the kind: what a program that returns the error from
    /// `main` prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.debug_struct("Error")
                .field("message", &self.to_string())
                .field("kind", &self.0)
                .finish()
        } else {
            write!(f, "{self}\n\n{:?}", self.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_words_and_the_kind() {
        let err: Error = ErrorKind::TooFewSnapshots { given: 1 }.into();
        let debug = format!("{err:?}");
        assert!(
            debug.starts_with("a time series needs two snapshots or more\n\nTooFewSnapshots"),
            "{debug}"
        );
        assert!(format!("{err:#?}").contains("message: \"a time series needs"));
    }

    #[test]
    fn library_words_name_no_command_nor_flag() {
        let kinds = [
            ErrorKind::TooDeep {
                path: None,
                line: 1,
                limit: 128,
                max_limit: 1000,
            },
            ErrorKind::TooLarge {
                path: None,
                limit: 10,
            },
            ErrorKind::TooManyRecords {
                path: None,
                line: Some(3),
                limit: 2,
            },
            ErrorKind::GraphvizMissing,
            ErrorKind::GraphvizTimedOut { seconds: 120 },
            ErrorKind::GraphvizOutOfMemory { megabytes: 4096 },
            ErrorKind::UnknownImageFormat {
                path: "map.gif".into(),
            },
            ErrorKind::NoElementsSheet {
                folder: "kumu".into(),
                holds_actors: true,
            },
            ErrorKind::TooManyForumTies {
                ties: 20_000_000,
                forum: "t".into(),
                members: 5000,
                limit: 10_000_000,
            },
        ];
        for kind in kinds {
            let err = Error::from(kind);
            for lang in Lang::ALL {
                let text = err.message(lang);
                assert!(!text.contains("--"), "{text}");
                assert!(!text.contains("actormap "), "{text}");
            }
        }
    }
}
