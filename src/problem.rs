//! Problems of a map: what reading and validation found, each a stable code, a severity,
//! where it is and the typed arguments of its sentence. The sentence and the help are
//! made from the catalogs (message `problem-<code>` and its `.help` attribute) in the
//! language asked for; `Display` is English.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::words::{self, Arg, Args, Lang, Phrase};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProblemSeverity {
    /// Probably a mistake, but the map can be used.
    Warning,
    /// The map cannot be used until it is fixed.
    Error,
}

impl ProblemSeverity {
    /// `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemSeverity::Warning => "warning",
            ProblemSeverity::Error => "error",
        }
    }

    /// The word people read before a problem: "error", "erreur".
    pub fn label(self, lang: Lang) -> String {
        words::message(
            lang,
            "check-severity",
            &Args::new().select("severity", self.as_str()),
        )
    }
}

impl fmt::Display for ProblemSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! problem_codes {
    ($($(#[doc = $doc:literal])* $variant:ident => $code:literal,)*) => {
        /// What a problem is about; a stable code for tools, written in kebab-case. Its
        /// sentence is the catalog message `problem-<code>`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum ProblemCode {
            $($(#[doc = $doc])* #[serde(rename = $code)] $variant,)*
        }

        impl ProblemCode {
            /// Every code.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The code as written in JSON: `unknown-actor`, `duplicate-id`, …
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $code,)*
                }
            }
        }
    };
}

problem_codes! {
    /// An actor's kind was not given by the imported file; a default was taken (warning).
    AssumedKind => "assumed-kind",
    /// A tie's level was not given by the imported file; a default was taken (warning).
    AssumedLevel => "assumed-level",
    /// A cell of an adjacency matrix is not a tie.
    BadCell => "bad-cell",
    /// A line of a CSV file cannot be read.
    BadCsv => "bad-csv",
    /// A date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate => "bad-date",
    /// A `:json` cell of a spreadsheet is not JSON.
    BadJsonCell => "bad-json-cell",
    /// The map's own data carried by another tool's file cannot be read.
    BadMapData => "bad-map-data",
    /// A number of a composition rule does not make sense.
    BadNumber => "bad-number",
    /// A composition rule cannot be read.
    BadRule => "bad-rule",
    /// A JSON value cannot be read (a number too large).
    BadValue => "bad-value",
    /// A link's weight is not a number of zero or more.
    BadWeight => "bad-weight",
    /// A text holds a control character.
    ControlCharacter => "control-character",
    /// An imported connection is entered twice and was merged (warning).
    DuplicateConnection => "duplicate-connection",
    /// A field or attribute is written twice in one record.
    DuplicateField => "duplicate-field",
    /// A column appears twice in a header line.
    DuplicateHeader => "duplicate-header",
    /// An id is used twice.
    DuplicateId => "duplicate-id",
    /// A GraphML key is declared twice (warning).
    DuplicateKey => "duplicate-key",
    /// A link is entered twice (warning).
    DuplicateLink => "duplicate-link",
    /// An actor is listed twice among a forum's members (warning).
    DuplicateMember => "duplicate-member",
    /// A row of an adjacency matrix is repeated (warning).
    DuplicateRow => "duplicate-row",
    /// GEXF attributes with values over time; only the first is read (warning).
    DynamicValues => "dynamic-values",
    /// A file is empty.
    EmptyFile => "empty-file",
    /// A column has no name.
    EmptyHeader => "empty-header",
    /// A record has an empty id.
    EmptyId => "empty-id",
    /// An id passes for another: the same on screen once invisible characters are taken
    /// out and letters of other scripts read as the Latin ones they look like (warning).
    ConfusableId => "confusable-id",
    /// A record has an empty name.
    EmptyName => "empty-name",
    /// Two ids look the same but are written with different characters.
    LookAlikeId => "look-alike-id",
    /// A header line lacks a column the file needs.
    MissingColumn => "missing-column",
    /// A record lacks a field it needs.
    MissingField => "missing-field",
    /// The map does not say its format (warning).
    MissingFormat => "missing-format",
    /// How many more problems of one code there are past the ones listed.
    MoreProblems => "more-problems",
    /// A GraphML or GEXF file holds no graph.
    NoGraph => "no-graph",
    /// The file is not GEXF.
    NotGexf => "not-gexf",
    /// The file is not GraphML.
    NotGraphml => "not-graphml",
    /// The text is not JSON.
    NotJson => "not-json",
    /// The file is not a Kumu blueprint.
    NotKumu => "not-kumu",
    /// The text is not UTF-8.
    NotUtf8 => "not-utf8",
    /// The text is not well-formed XML.
    NotXml => "not-xml",
    /// A text holds a character that reorders how text is shown (warning).
    ReorderingCharacter => "reordering-character",
    /// A link from an actor to itself.
    SelfLoop => "self-loop",
    /// A free-text value written in two ways that are compared as one (warning).
    SpellingVariants => "spelling-variants",
    /// Two actors whose names look like the same organisation (warning).
    SimilarNames => "similar-names",
    /// A graph of an imported file is not read (warning).
    SkippedGraph => "skipped-graph",
    /// A GraphML hyperedge is not read (warning).
    SkippedHyperedge => "skipped-hyperedge",
    /// The JSON nests lists and objects too deep.
    TooDeep => "too-deep",
    /// A reference names no actor.
    UnknownActor => "unknown-actor",
    /// A column the format does not know, close to one it does (warning).
    UnknownColumn => "unknown-column",
    /// A Kumu connection names no element.
    UnknownElement => "unknown-element",
    /// A member names a forum that is not declared.
    UnknownForum => "unknown-forum",
    /// GraphML data refers to a key that is not declared (warning).
    UnknownKey => "unknown-key",
    /// A kind of actor that is not one.
    UnknownKind => "unknown-kind",
    /// A collaboration level that is not one.
    UnknownLevel => "unknown-level",
    /// A service or forum names a need the map does not declare (warning).
    UnknownNeed => "unknown-need",
    /// A composition rule names a role no one uses.
    UnknownRole => "unknown-role",
    /// The document says a format this version does not read.
    UnsupportedFormat => "unsupported-format",
    /// A file in a spreadsheet folder that reading does not use (warning).
    UnusedFile => "unused-file",
    /// A row has more or fewer cells than the header line has columns.
    WrongCellCount => "wrong-cell-count",
    /// A value of the wrong type.
    WrongType => "wrong-type",
}

impl fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem of a map: what it is, where, and the arguments of its sentence
/// ([`Problem::message`], [`Problem::help`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// What the problem is about.
    pub code: ProblemCode,
    /// Error or warning.
    pub severity: ProblemSeverity,
    /// Where the problem is.
    pub location: Location,
    /// The arguments of its sentence and help (in JSON, see [`words::Arg`]).
    #[serde(default)]
    pub args: Args,
}

impl Problem {
    /// A problem.
    pub fn new(
        severity: ProblemSeverity,
        code: ProblemCode,
        location: Location,
        args: Args,
    ) -> Self {
        Problem {
            code,
            severity,
            location,
            args,
        }
    }

    /// An error.
    pub(crate) fn error(code: ProblemCode, location: Location, args: Args) -> Self {
        Problem::new(ProblemSeverity::Error, code, location, args)
    }

    /// A warning.
    pub(crate) fn warning(code: ProblemCode, location: Location, args: Args) -> Self {
        Problem::new(ProblemSeverity::Warning, code, location, args)
    }

    /// The id of this problem's sentence in the catalogs: `problem-<code>`.
    pub fn message_id(&self) -> String {
        format!("problem-{}", self.code.as_str())
    }

    /// The arguments as people see them: text from the map with the characters no one
    /// can see written as escapes.
    fn shown_args(&self) -> Args {
        self.args.map_texts(&|s| visible(s).into_owned())
    }

    /// What is wrong, in plain words.
    ///
    /// # Example
    /// ```
    /// use actormap::{Actor, ActorKind, ActorMap, Lang, Level, Link};
    ///
    /// let mut map = ActorMap::default();
    /// map.actors.push(Actor::new("sad", "CISSSME — SAD", ActorKind::Public));
    /// map.links.push(Link::new("sad", "sad", Level::Coordination));
    /// let problem = &actormap::validate::validate(&map)[0];
    /// assert_eq!(problem.message(Lang::En), "link from \"sad\" to itself");
    /// assert_eq!(problem.message(Lang::Fr), "lien de «\u{a0}sad\u{a0}» vers lui-même");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        words::message(lang, &self.message_id(), &self.shown_args())
    }

    /// What to do about it, when the catalog says.
    pub fn help(&self, lang: Lang) -> Option<String> {
        let id = self.message_id();
        if !words::has_attribute(lang, &id, "help") {
            return None;
        }
        let help = words::attribute(lang, &id, "help", &self.shown_args());
        // A help that depends on the case may have nothing to say for this one.
        let said = match lang {
            Lang::Pseudo => help.trim_start_matches('⟦').trim_end_matches('⟧'),
            _ => help.as_str(),
        };
        (!said.trim().is_empty()).then_some(help)
    }

    /// The problem with its words, as JSON outputs write it.
    pub fn in_words(&self, lang: Lang) -> ProblemText<'_> {
        ProblemText {
            problem: self,
            message: self.message(lang),
            help: self.help(lang),
        }
    }

    /// The problem as people read it: `error: file:line: message`, then `  help: …`,
    /// each line ending with a line break.
    pub fn to_text(&self, lang: Lang) -> String {
        let at = self.location.to_text(lang);
        let args = Args::new()
            .with("severity", self.severity.label(lang))
            .with("message", self.message(lang));
        let mut out = if at.is_empty() {
            words::message(lang, "check-problem-nowhere", &args)
        } else {
            words::message(lang, "check-problem", &args.with("location", at))
        };
        out.push('\n');
        if let Some(help) = self.help(lang) {
            out.push_str(&help_line(lang, help));
        }
        out
    }
}

/// A `  help: …` line, with its line break.
fn help_line(lang: Lang, help: String) -> String {
    let mut line = String::from("  ");
    line.push_str(&words::message(
        lang,
        "check-help",
        &Args::new().with("help", help),
    ));
    line.push('\n');
    line
}

impl Problem {
    /// The problem on one line, as an error quotes it: `file:line: message (help)`.
    pub(crate) fn to_line(&self, lang: Lang) -> String {
        let at = self.location.to_text(lang);
        let message = self.message(lang);
        let text = match self.help(lang) {
            Some(help) => words::message(
                lang,
                "check-problem-with-help",
                &Args::new().with("message", message).with("help", help),
            ),
            None => message,
        };
        if at.is_empty() {
            text
        } else {
            words::message(
                lang,
                "check-problem-inline",
                &Args::new().with("location", at).with("problem", text),
            )
        }
    }
}

impl fmt::Display for Problem {
    /// The problem in English, on one line: `file:line: message (help)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_line(Lang::En))
    }
}

/// A problem beside its words in one language: what JSON outputs write, so that a tool
/// can show the sentence or make its own from the code and arguments.
#[derive(Clone, Debug, Serialize)]
pub struct ProblemText<'a> {
    /// The problem.
    #[serde(flatten)]
    pub problem: &'a Problem,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

/// Text from a map as a terminal may show it: control characters, characters that combine
/// with the one before and others no one can see are written as escapes (`\u{1b}`),
/// as Rust's debug format writes them; quotes and backslashes stay as they are.
pub(crate) fn visible(s: &str) -> Cow<'_, str> {
    let plain = |c: char| matches!(c, '"' | '\'' | '\\') || c.escape_debug().len() == 1;
    if s.chars().all(plain) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if plain(c) {
            out.push(c);
        } else {
            out.extend(c.escape_debug());
        }
    }
    Cow::Owned(out)
}

/// Where a problem is: a file and line for spreadsheets, a JSON path (and the line, when
/// known) for documents, and the id of the record involved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The file, when the map came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// 1-based line in the file, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Path of the record in the JSON document, e.g. `links[4]` or `forums[0].members[2]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Id of the actor, forum or need involved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Location {
    /// The location as people read it: `file:line: path (id "x")`, or `line 4` when
    /// there is no file; empty when nothing is known.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        let mut sep = "";
        if let Some(file) = &self.file {
            out.push_str(&file.display().to_string());
            if let Some(line) = self.line {
                out.push(':');
                out.push_str(&line.to_string());
            }
            sep = ": ";
        } else if let Some(line) = self.line {
            let args = Args::new().with("line", line.to_string());
            out.push_str(&words::message(lang, "check-location-line", &args));
            sep = ": ";
        }
        if let Some(path) = self.path.as_deref().filter(|p| !p.is_empty()) {
            out.push_str(sep);
            out.push_str(path);
            sep = " ";
        }
        if let Some(id) = &self.id {
            out.push_str(sep);
            let args = Args::new().quoted("id", visible(id));
            out.push_str(&words::message(lang, "check-location-id", &args));
        }
        out
    }
}

impl Location {
    /// The location as an argument of a message: the words it needs ("line 4") are
    /// the catalog's, in the language the message is rendered in.
    pub(crate) fn to_arg(&self) -> Arg {
        let path = self.path.clone().filter(|p| !p.is_empty());
        let line = |line: usize| Args::new().with("line", line.to_string());
        match (&self.file, self.line, path) {
            (None, Some(l), Some(path)) => Arg::Phrase(Phrase::new(
                "check-location-line-path",
                line(l).with("path", path),
            )),
            (None, Some(l), None) => Arg::Phrase(Phrase::new("check-location-line", line(l))),
            // A file, a line and a path have no words.
            _ => Arg::Text(
                Location {
                    id: None,
                    ..self.clone()
                }
                .to_text(Lang::En),
            ),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text(Lang::En))
    }
}

/// One record of a map, by its position in the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Record {
    Map,
    Need(usize),
    Actor(usize),
    Link(usize),
    Forum(usize),
    Member(usize, usize),
}

/// The file a record was read from, shared by every record of the file: one pointer.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile(Arc<PathBuf>);

impl SourceFile {
    pub(crate) fn new(path: &Path) -> Self {
        SourceFile(Arc::new(path.to_path_buf()))
    }
}

impl std::ops::Deref for SourceFile {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

/// Where one record came from. A map of a million rows holds a million of these, so it
/// is kept to 32 bytes.
#[derive(Clone, Debug, Default)]
pub(crate) struct Origin {
    pub(crate) file: Option<SourceFile>,
    /// Line, when known (lines of a file within the input limit fit in 32 bits).
    line: Option<std::num::NonZeroU32>,
    /// JSON path of the record, for documents; none for spreadsheet rows.
    pub(crate) path: Option<Box<str>>,
}

impl Origin {
    pub(crate) fn new(file: Option<SourceFile>, line: Option<usize>, path: Option<String>) -> Self {
        Origin {
            file,
            line: line
                .and_then(|l| u32::try_from(l).ok())
                .and_then(std::num::NonZeroU32::new),
            path: path.map(String::into_boxed_str),
        }
    }

    /// The line, when known.
    pub(crate) fn line(&self) -> Option<usize> {
        self.line.map(|l| l.get() as usize)
    }
}

/// Where every record of a map came from, so that problems found later can name the file
/// and line. Maps built in code have no origins; problems then name JSON paths.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    pub(crate) map: Origin,
    pub(crate) needs: Vec<Origin>,
    pub(crate) actors: Vec<Origin>,
    pub(crate) links: Vec<Origin>,
    pub(crate) forums: Vec<Origin>,
    pub(crate) members: Vec<Vec<Origin>>,
}

impl Origins {
    fn origin(&self, record: Record) -> Option<&Origin> {
        match record {
            Record::Map => Some(&self.map),
            Record::Need(i) => self.needs.get(i),
            Record::Actor(i) => self.actors.get(i),
            Record::Link(i) => self.links.get(i),
            Record::Forum(i) => self.forums.get(i),
            Record::Member(f, m) => self.members.get(f).and_then(|v| v.get(m)),
        }
    }

    /// The location of a record, naming `id` when given.
    pub(crate) fn locate(&self, record: Record, id: Option<&str>) -> Location {
        let origin = self.origin(record);
        let path = match origin {
            Some(o) if o.path.is_some() || o.line.is_some() => o.path.as_deref().map(String::from),
            // No origin recorded: the record's place in the document.
            _ => json_path(record),
        };
        Location {
            file: origin
                .and_then(|o| o.file.as_deref())
                .map(Path::to_path_buf),
            line: origin.and_then(Origin::line),
            path,
            id: id.map(str::to_owned),
        }
    }
}

/// Most problems of one kind (code) reported one by one; the rest are counted in one
/// last problem of that kind.
pub const MAX_PROBLEMS_PER_KIND: usize = 100;

/// Problems as they are found, held within a bound: of each code, the first
/// [`MAX_PROBLEMS_PER_KIND`] in file and line order are kept, the rest only counted. A
/// file with a million faults costs the memory of a few hundred problems, and gives
/// the same report as sorting every problem and keeping the first of each code.
#[derive(Debug, Default)]
pub(crate) struct ProblemList {
    kinds: std::collections::HashMap<ProblemCode, Kept>,
    /// Problems pushed so far: the order of problems on the same line.
    seq: usize,
}

/// The problems of one code.
#[derive(Debug, Default)]
struct Kept {
    /// The kept problems, the one that sorts last on top.
    heap: std::collections::BinaryHeap<Ranked>,
    /// How many were left out, the severity of the first of them and where it sorts.
    more: usize,
    more_severity: Option<ProblemSeverity>,
    more_first: Option<Ranked>,
}

/// A problem with its place in the report: file, line (records without one after those
/// with one), then the order it was found in.
#[derive(Debug)]
struct Ranked {
    seq: usize,
    problem: Problem,
}

impl Ranked {
    fn key(&self) -> (Option<&Path>, usize, usize) {
        let at = &self.problem.location;
        (at.file.as_deref(), at.line.unwrap_or(usize::MAX), self.seq)
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}
impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl Extend<Problem> for ProblemList {
    fn extend<I: IntoIterator<Item = Problem>>(&mut self, problems: I) {
        for problem in problems {
            self.push(problem);
        }
    }
}

impl ProblemList {
    /// An empty list.
    pub(crate) fn new() -> Self {
        ProblemList::default()
    }

    /// Whether a problem of `code` found from now on, at a later place than those kept,
    /// would only be counted: a reader going through a file in order can then count it
    /// with [`ProblemList::count`] without making its words.
    pub(crate) fn is_full(&self, code: ProblemCode) -> bool {
        self.kinds
            .get(&code)
            .is_some_and(|k| k.heap.len() >= MAX_PROBLEMS_PER_KIND)
    }

    /// Whether a problem of `code` at `location` would be kept if it were pushed now:
    /// when not, [`ProblemList::count`] counts it without its words being made.
    pub(crate) fn would_keep(&self, code: ProblemCode, location: &Location) -> bool {
        let Some(kept) = self.kinds.get(&code) else {
            return true;
        };
        if kept.heap.len() < MAX_PROBLEMS_PER_KIND {
            return true;
        }
        let last = kept.heap.peek().expect("a full heap").key();
        // A problem pushed now comes after every one pushed before on the same line.
        (
            location.file.as_deref(),
            location.line.unwrap_or(usize::MAX),
        ) < (last.0, last.1)
    }

    /// Count one more problem of `code` without keeping it (see
    /// [`ProblemList::is_full`] and [`ProblemList::would_keep`]).
    pub(crate) fn count(&mut self, code: ProblemCode, severity: ProblemSeverity) {
        self.seq += 1;
        let kept = self.kinds.entry(code).or_default();
        kept.more += 1;
        kept.more_severity.get_or_insert(severity);
    }

    /// Add a problem: kept if it is among the first of its code, counted otherwise.
    pub(crate) fn push(&mut self, problem: Problem) {
        if problem.code == ProblemCode::MoreProblems {
            return self.absorb_count(problem);
        }
        self.seq += 1;
        let ranked = Ranked {
            seq: self.seq,
            problem,
        };
        let kept = self.kinds.entry(ranked.problem.code).or_default();
        let dropped = if kept.heap.len() < MAX_PROBLEMS_PER_KIND {
            kept.heap.push(ranked);
            return;
        } else if kept.heap.peek().is_some_and(|last| ranked < *last) {
            let last = kept.heap.pop().expect("a full heap");
            kept.heap.push(ranked);
            last
        } else {
            ranked
        };
        kept.more += 1;
        if kept
            .more_first
            .as_ref()
            .is_none_or(|first| dropped < *first)
        {
            kept.more_severity = Some(dropped.problem.severity);
            kept.more_first = Some(dropped);
        }
    }

    /// The count of a list made earlier ([`ProblemList::into_vec`]).
    fn absorb_count(&mut self, problem: Problem) {
        let code = match problem.args.get("code") {
            Some(Arg::Text(code)) => ProblemCode::ALL.iter().find(|c| c.as_str() == code),
            _ => None,
        };
        let count = match problem.args.get("count") {
            Some(Arg::Count(n)) => usize::try_from(*n).unwrap_or(usize::MAX),
            _ => 0,
        };
        if let Some(&code) = code {
            let kept = self.kinds.entry(code).or_default();
            kept.more = kept.more.saturating_add(count);
            kept.more_severity.get_or_insert(problem.severity);
        }
    }

    /// Add every problem of `problems`.
    pub(crate) fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        for p in problems {
            self.push(p);
        }
    }

    /// The kept problems in file and line order, then, for each code with more, one
    /// problem saying how many more there are.
    pub(crate) fn into_vec(self) -> Vec<Problem> {
        let mut kept: Vec<Ranked> = Vec::new();
        let mut more: Vec<(Option<Ranked>, ProblemCode, ProblemSeverity, usize)> = Vec::new();
        for (code, k) in self.kinds {
            kept.extend(k.heap);
            if k.more > 0 {
                let severity = k.more_severity.unwrap_or(ProblemSeverity::Warning);
                more.push((k.more_first, code, severity, k.more));
            }
        }
        kept.sort();
        // Counts carried over from an earlier list have no place; they go last, by code.
        more.sort_by(|a, b| match (&a.0, &b.0) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.1.cmp(&b.1),
        });
        let mut out: Vec<Problem> = kept.into_iter().map(|r| r.problem).collect();
        for (_, code, severity, n) in more {
            let args = Args::new()
                .count("count", n)
                .count("shown", MAX_PROBLEMS_PER_KIND)
                .with("code", code.as_str());
            out.push(Problem::new(
                severity,
                ProblemCode::MoreProblems,
                Location::default(),
                args,
            ));
        }
        out
    }
}

/// The JSON path of a record in a document written by this crate.
pub(crate) fn json_path(record: Record) -> Option<String> {
    match record {
        Record::Map => None,
        Record::Need(i) => Some(format!("needs[{i}]")),
        Record::Actor(i) => Some(format!("actors[{i}]")),
        Record::Link(i) => Some(format!("links[{i}]")),
        Record::Forum(i) => Some(format!("forums[{i}]")),
        Record::Member(f, m) => Some(format!("forums[{f}].members[{m}]")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped_as_rust_does() {
        for s in [
            "Popote\u{1b}[2J",
            "re\u{301}seau",
            "a\nb\tc",
            "CISSS\u{202e}SAD",
        ] {
            let debug = format!("{s:?}");
            assert_eq!(visible(s), debug[1..debug.len() - 1], "{s:?}");
        }
        assert_eq!(visible("Le \"Carrefour\" d'ici"), "Le \"Carrefour\" d'ici");
        assert!(matches!(visible("réseau"), Cow::Borrowed(_)));
    }

    #[test]
    fn codes_are_kebab_case_in_json_and_listed_once() {
        for code in ProblemCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ProblemCode>(&json).unwrap(), *code);
        }
        let mut codes: Vec<&str> = ProblemCode::ALL.iter().map(|c| c.as_str()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ProblemCode::ALL.len());
    }

    #[test]
    fn locations_read_the_same_as_before() {
        let at = Location {
            file: Some("m.json".into()),
            line: Some(4),
            path: Some("actors[1]".into()),
            id: Some("a".into()),
        };
        assert_eq!(at.to_string(), "m.json:4: actors[1] (id \"a\")");
        assert_eq!(
            at.to_text(Lang::Fr),
            "m.json:4: actors[1] (id «\u{a0}a\u{a0}»)"
        );
        let line = Location {
            line: Some(3),
            ..Location::default()
        };
        assert_eq!(line.to_string(), "line 3");
        assert_eq!(Location::default().to_string(), "");
    }
}
