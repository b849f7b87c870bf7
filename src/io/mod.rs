//! Reading and writing maps in their own forms, the JSON document and the spreadsheet
//! folder, and safe (atomic) output files. Other tools' formats are in
//! [`crate::interop`].
//!
//! Which reader to call:
//!
//! | you have | and want | call |
//! |---|---|---|
//! | a path (JSON file, spreadsheet folder or one of its CSV files) | the map, refused if it has errors | [`read_path`] |
//! | a path | the map, its problems with files and lines, under size and depth limits | [`load_path`] → [`Loaded`] ([`Loaded::check`], [`Loaded::into_map`]) |
//! | JSON text | the map, refused if it has errors | [`from_json_str`] |
//! | JSON text (and the file it came from, for locations) | the map and its problems | [`load_json`] |
//! | a reader (standard input, a socket) | the map, refused if it has errors | [`read_json`] |
//!
//! Writers: [`write_path`] (JSON or a folder, chosen by the name), [`to_json_string`],
//! [`write_json`]; [`write_file`] and [`write_files`] write any bytes whole or not at all.
//! Before any work, [`check_output`] refuses an output that would replace one of the
//! [`Input`]s or that nothing can be written to.

pub(crate) mod atomic;
pub(crate) mod csv;
pub(crate) mod json;
pub(crate) mod target;

use std::path::{Path, PathBuf};

use crate::error::{IoAction, Result};
use crate::model::ActorMap;
pub(crate) use crate::problem::{Origin, Origins, Record};
use crate::problem::{Problem, ProblemList, ProblemSeverity};
use crate::validate;
pub use atomic::{write_file, write_file_with, write_files};
pub use json::{from_json_str, load_json, read_json, to_json_string, write_json};
pub use target::{Input, OutputForm, check_output};

/// Default largest input accepted, in bytes (256 MiB). A province-wide directory of
/// 100,000 organisations and 500,000 links is about 60 MB of JSON.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Default largest number of records accepted in one input (100,000): actors, links,
/// forums, members and needs together, or the rows of a spreadsheet folder, the nodes and
/// edges of a graph file, the elements and connections of a Kumu project, the names and
/// ties of a matrix. A record takes a few hundred bytes once read whatever its length in
/// the file, so this limit, beside the size limit, keeps a file of very short records
/// within the memory its size allows. The province-wide directory above needs
/// [`ReadOptions::with_max_records`].
pub const DEFAULT_MAX_RECORDS: usize = 100_000;

/// Default deepest nesting of lists and objects accepted in JSON.
pub const DEFAULT_MAX_DEPTH: usize = 128;

/// Deepest nesting that can be allowed at all: deeper JSON would need more stack than a
/// reader may safely take.
pub const MAX_DEPTH_LIMIT: usize = 1_000;

/// Options for reading maps.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Largest input accepted, in bytes; a larger file is refused before it is read.
    pub max_input_bytes: u64,
    /// Deepest nesting of lists and objects accepted in JSON (at most
    /// [`MAX_DEPTH_LIMIT`]); deeper text is refused before it is parsed.
    pub max_depth: usize,
    /// Most records accepted (see [`DEFAULT_MAX_RECORDS`]); reading stops with an error
    /// at the first record past it.
    pub max_records: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_depth: DEFAULT_MAX_DEPTH,
            max_records: DEFAULT_MAX_RECORDS,
        }
    }
}

impl ReadOptions {
    /// Options with a different input size limit.
    pub fn with_max_input_bytes(mut self, limit: u64) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Options with a different nesting limit, kept within [`MAX_DEPTH_LIMIT`].
    pub fn with_max_depth(mut self, limit: usize) -> Self {
        self.max_depth = limit.min(MAX_DEPTH_LIMIT);
        self
    }

    /// Options with a different record limit.
    pub fn with_max_records(mut self, limit: usize) -> Self {
        self.max_records = limit;
        self
    }
}

/// The records an input holds so far, counted as they are read so that reading stops at
/// the first one past [`ReadOptions::max_records`].
#[derive(Clone, Debug)]
pub(crate) struct Tally {
    limit: usize,
    taken: usize,
}

impl Tally {
    pub(crate) fn new(limit: usize) -> Self {
        Tally { limit, taken: 0 }
    }

    /// One more record, at `line` of `file`: an error when it is past the limit.
    pub(crate) fn take(&mut self, file: Option<&Path>, line: Option<usize>) -> Result<()> {
        self.taken += 1;
        if self.taken > self.limit {
            return Err(crate::error::ErrorKind::TooManyRecords {
                path: file.map(Path::to_path_buf),
                line,
                limit: self.limit,
            }
            .into());
        }
        Ok(())
    }

    /// Room for `wanted` more records: no more than the limit leaves, so that a list
    /// reserved for a file's lines is never larger than the records it may hold.
    pub(crate) fn room(&self, wanted: usize) -> usize {
        wanted.min(self.limit.saturating_sub(self.taken).saturating_add(1))
    }
}

/// A map as read, with where each record came from and the problems found while
/// reading it (unknown kinds, wrong types, rows that do not fit).
///
/// A map with read problems still holds every record that could be read, so that
/// [`Loaded::check`] can report every problem of the file at once.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The map. When [`Loaded::problems`] holds errors, records that could not be read
    /// are missing or hold placeholder values; use [`Loaded::into_map`] to get only a
    /// map without errors.
    pub map: ActorMap,
    /// Where each record came from.
    pub origins: Origins,
    /// Problems found while reading.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// Every problem of the map: those found while reading and those validation finds,
    /// in file order, each with its location.
    pub fn check(&self) -> Vec<Problem> {
        let mut problems = ProblemList::new();
        problems.extend(self.problems.iter().cloned());
        validate::validate_into(&self.map, &self.origins, &mut problems);
        problems.into_vec()
    }

    /// The map, if it has no errors (warnings are allowed); otherwise an
    /// [`ErrorKind::Invalid`](crate::ErrorKind::Invalid) error listing every problem.
    pub fn into_map(self) -> Result<ActorMap> {
        let problems = self.check();
        if problems
            .iter()
            .any(|p| p.severity == ProblemSeverity::Error)
        {
            Err(crate::error::ErrorKind::Invalid { problems }.into())
        } else {
            Ok(self.map)
        }
    }
}

pub use crate::problem::MAX_PROBLEMS_PER_KIND;

/// The two forms a map is kept in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapFormat {
    /// One JSON document (`actormap/1`).
    Json,
    /// A folder of spreadsheet files: `actors.csv`, `links.csv`, `members.csv`, …
    Spreadsheet,
}

impl MapFormat {
    /// The form of an input path: a folder, or a `.csv` file (its folder is read), is a
    /// spreadsheet; anything else is JSON.
    pub fn of_input(path: impl AsRef<Path>) -> MapFormat {
        let path = path.as_ref();
        if path.is_dir() || has_extension(path, "csv") {
            MapFormat::Spreadsheet
        } else {
            MapFormat::Json
        }
    }

    /// The form of an output path: `.json` (or `-`, standard output) is JSON; anything
    /// else is a spreadsheet folder.
    pub fn of_output(path: impl AsRef<Path>) -> MapFormat {
        let path = path.as_ref();
        if path == Path::new("-") || has_extension(path, "json") {
            MapFormat::Json
        } else {
            MapFormat::Spreadsheet
        }
    }
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// Read a map from a path, as JSON or as a spreadsheet folder (see [`MapFormat`]), with
/// every problem found while reading. `-` reads JSON from standard input.
pub fn load_path(path: impl AsRef<Path>, options: &ReadOptions) -> Result<Loaded> {
    let path = path.as_ref();
    if path == Path::new("-") {
        let text = read_limited(std::io::stdin().lock(), None, options.max_input_bytes)?;
        return json::decode_with(&text, None, options);
    }
    match MapFormat::of_input(path) {
        MapFormat::Spreadsheet => {
            let folder = if path.is_dir() {
                path
            } else {
                path.parent().unwrap_or(Path::new("."))
            };
            csv::load_folder(folder, options)
        }
        MapFormat::Json => {
            let file = std::fs::File::open(path)
                .map_err(|e| crate::error::Error::io(Some(path), IoAction::Read, e))?;
            let text = read_limited(file, Some(path), options.max_input_bytes)?;
            json::decode_with(&text, Some(path), options)
        }
    }
}

/// Read a map from a path (JSON file, spreadsheet folder, or `-`), refusing it if it has
/// errors.
pub fn read_path(path: impl AsRef<Path>) -> Result<ActorMap> {
    let path = path.as_ref();
    load_path(path, &ReadOptions::default())?.into_map()
}

/// Write a map to a path: JSON for `.json` (or `-`, standard output), a spreadsheet
/// folder otherwise. The file is written as [`write_file`] writes; the folder is built
/// whole beside the target and then takes its place, so it is always either the old
/// folder or the new one, and a folder holding anything but a map's sheets is refused.
pub fn write_path(map: &ActorMap, path: impl AsRef<Path>) -> Result<()> {
    let path = path.as_ref();
    match MapFormat::of_output(path) {
        MapFormat::Json => atomic::write_file_with(path, |w| json::write_json(map, w)),
        MapFormat::Spreadsheet => csv::write_folder(map, path),
    }
}

/// Read all of `reader` as UTF-8 text, refusing more than `limit` bytes.
pub(crate) fn read_limited(
    reader: impl std::io::Read,
    path: Option<&Path>,
    limit: u64,
) -> Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| crate::error::Error::io(path, IoAction::Read, e))?;
    if bytes.len() as u64 > limit {
        return Err(crate::error::ErrorKind::TooLarge {
            path: path.map(Path::to_path_buf),
            limit,
        }
        .into());
    }
    utf8_text(bytes, path)
}

/// Bytes as text: a UTF-8 byte-order mark is dropped; text that is not UTF-8 is an error
/// naming the line.
pub(crate) fn utf8_text(mut bytes: Vec<u8>, path: Option<&Path>) -> Result<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let upto = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..upto].iter().filter(|&&b| b == b'\n').count();
        crate::error::ErrorKind::NotUtf8 {
            path: path.map(PathBuf::from),
            line,
        }
        .into()
    })
}
