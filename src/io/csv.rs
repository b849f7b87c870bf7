//! The spreadsheet form of a map: a folder of CSV files, the way facilitators already
//! keep their lists.
//!
//! | file | columns | needed |
//! |---|---|---|
//! | `actors.csv` | `id`, `name`, `kind`, `organization`, `sector`, `territory`, `services` | yes: `id`, `name`, `kind` |
//! | `links.csv` | `source`, `target`, `kind`, `level`, `directed`, `weight`, `notes`, `since`, `until` | `source`, `target`, `level` |
//! | `members.csv` | `forum`, `actor`, `role` | `forum`, `actor` |
//! | `forums.csv` | `id`, `name`, `kind`, `sector`, `needs` | `id`, `name` |
//! | `needs.csv` | `id`, `name` | `id`, `name` |
//! | `map.csv` | `field`, `value` (rows `name`, `territory`, `as_of`, `description`) | `field`, `value` |
//!
//! Only `actors.csv` must exist. Each file must be a regular file (or a link to one): a
//! folder, a named pipe, a device, a broken link or a link loop in its place is an error
//! naming it. Any other file in the folder is reported as not read, with the name it may
//! have been meant to have (hidden files, whose names start with `.`, are left alone).
//!
//! List cells (`services`, `needs`) separate items with `|`. Any other column is kept as
//! a free attribute; a column whose header ends in `:json` holds JSON values (numbers,
//! lists, objects), which is how attributes that are not text travel through a
//! spreadsheet unchanged. A free attribute whose name the format uses itself (`Name`,
//! `Level`, in any case), an empty name, or a name that starts with `extra:` is written
//! with the prefix `extra:`, which reading takes off again.
//!
//! Reading accepts `,`, `;` or tab delimiters (the first line decides), a UTF-8
//! byte-order mark, and headers in any case. Writing uses `,` and no byte-order mark,
//! and prefixes with `'` the cells (headers too) that a spreadsheet would run as a
//! formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return), that start
//! with `'`, or that start or end with white space; reading removes that `'` again and
//! then keeps the cell exactly as written (cells without it are trimmed where the
//! format compares them: ids, kinds, levels, references).

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::json;
use super::{Loaded, Origin, Origins, ReadOptions, Tally};
use crate::error::{Error, ErrorKind, FileKind, IoAction, Result, SheetLayout};
use crate::model::{Actor, ActorKind, ActorMap, Extra, FORMAT, Forum, Level, Link, Member, Need};
use crate::problem::ProblemList;
use crate::problem::SourceFile;
use crate::problem::{Location, Problem, ProblemCode};
use crate::text;
use crate::words::{Arg, Args};

const ACTORS: &[&str] = &[
    "id",
    "name",
    "kind",
    "organization",
    "sector",
    "territory",
    "services",
];
const LINKS: &[&str] = &[
    "source", "target", "kind", "level", "directed", "weight", "notes", "since", "until",
];
const MEMBERS: &[&str] = &["forum", "actor", "role"];
const FORUMS: &[&str] = &["id", "name", "kind", "sector", "needs"];
const NEEDS: &[&str] = &["id", "name"];
const MAP: &[&str] = &["field", "value"];

/// Suffix of a header whose cells hold JSON values.
pub(crate) const JSON_SUFFIX: &str = ":json";

/// Separator of items in list cells.
pub(crate) const LIST_SEPARATOR: char = '|';

/// One column of a table.
struct Column {
    /// A known column's canonical (lowercase) name, or a free attribute's header as
    /// written.
    name: Box<str>,
    /// Whether the format knows the column.
    known: bool,
    /// A free attribute column whose cells hold JSON values.
    json: bool,
}

/// One CSV file, read one row at a time: only the row being decoded is held, beside
/// the file's text.
pub(crate) struct Table<'t> {
    file: SourceFile,
    columns: Vec<Column>,
    /// Where each known column is.
    known: Vec<(&'static str, usize)>,
    reader: ::csv::Reader<&'t [u8]>,
    lines: crate::text::LineIndex<'t>,
}

/// One row of a table, its cells as written (the formula guard still on).
pub(crate) struct Row {
    pub(crate) line: usize,
    record: ::csv::StringRecord,
}

impl Row {
    /// A cell as written, the formula guard taken off, and whether it was written with
    /// the guard (and so is kept exactly).
    fn cell(&self, i: usize) -> Option<(&str, bool)> {
        self.record.get(i).map(unguard)
    }
}

impl Table<'_> {
    fn column(&self, name: &str) -> Option<usize> {
        self.known
            .iter()
            .find(|(known, _)| *known == name)
            .map(|&(_, i)| i)
    }

    /// The next row that has the table's shape; blank rows are skipped, rows that cannot
    /// be read or have too many or too few cells are reported and skipped. Each row is a
    /// record of the input's [`Tally`]: an error past the record limit.
    /// be read or have too many or too few cells are reported and skipped.
    pub(crate) fn next_row(&mut self, r: &mut Reader) -> Result<Option<Row>> {
        loop {
            let mut record = ::csv::StringRecord::new();
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(e) => {
                    let line = Some(self.lines.csv_line(e.position()));
                    let args = Args::new()
                        .select("shape", "row")
                        .with("reason", e.to_string());
                    r.error(
                        ProblemCode::BadCsv,
                        Reader::file_location(&self.file, line),
                        args,
                    );
                    if matches!(e.kind(), ::csv::ErrorKind::Io(_)) {
                        return Ok(None);
                    }
                    continue;
                }
            }
            let line = self.lines.csv_line(record.position());
            if record.iter().all(|c| c.trim().is_empty()) {
                continue; // blank rows are common at the end of exported sheets
            }
            // Trailing empty cells past the header are harmless (spreadsheets add them).
            let mut cells = record.len();
            while cells > self.columns.len() && record[cells - 1].trim().is_empty() {
                cells -= 1;
            }
            if cells != self.columns.len() {
                let code = ProblemCode::WrongCellCount;
                if r.problems.is_full(code) {
                    r.problems
                        .count(code, crate::problem::ProblemSeverity::Error);
                    continue;
                }
                let args = Args::new()
                    .select("shape", "sheet")
                    .count("cells", cells)
                    .count("columns", self.columns.len());
                r.error(code, Reader::file_location(&self.file, Some(line)), args);
                continue;
            }
            record.truncate(cells);
            r.records.take(Some(&self.file), Some(line))?;
            return Ok(Some(Row { line, record }));
        }
    }
}

/// One row being decoded.
pub(crate) struct Cells<'t> {
    pub(crate) table: &'t Table<'t>,
    pub(crate) row: &'t Row,
}

impl Cells<'_> {
    /// A known column's cell, trimmed (ids, kinds, levels, references: a stray space
    /// typed in a spreadsheet must not break a reference) unless it was written with the
    /// guard `'`; empty is `None`.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        let i = self.table.column(name)?;
        let (cell, exact) = self.row.cell(i)?;
        let cell = if exact { cell } else { cell.trim() };
        (!cell.is_empty()).then(|| cell.to_owned())
    }

    /// A known column's free text (names, notes), exactly as written; empty is `None`.
    pub(crate) fn text(&self, name: &str) -> Option<String> {
        let i = self.table.column(name)?;
        let (cell, exact) = self.row.cell(i)?;
        let present = if exact {
            !cell.is_empty()
        } else {
            !cell.trim().is_empty()
        };
        present.then(|| cell.to_owned())
    }

    /// A list cell's items, each trimmed unless the cell was written with the guard `'`.
    pub(crate) fn list(&self, name: &str) -> Vec<String> {
        let Some(i) = self.table.column(name) else {
            return Vec::new();
        };
        let Some((cell, exact)) = self.row.cell(i) else {
            return Vec::new();
        };
        cell.split(LIST_SEPARATOR)
            .map(|s| if exact { s } else { s.trim() })
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub(crate) fn origin(&self) -> Origin {
        Origin::new(Some(self.table.file.clone()), Some(self.row.line), None)
    }

    pub(crate) fn location(&self, id: Option<&str>) -> Location {
        Location {
            file: Some(self.table.file.to_path_buf()),
            line: Some(self.row.line),
            path: None,
            id: id.map(str::to_owned),
        }
    }
}

/// Undo the guard written by [`protect`]: a leading `'` before a cell that needs it. The
/// second value says whether the `'` was there: such a cell is kept exactly, never
/// trimmed.
fn unguard(cell: &str) -> (&str, bool) {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_protection(rest) => (rest, true),
        _ => (cell, false),
    }
}

/// Whether a cell written in the map's own spreadsheets must be prefixed with `'`: a
/// spreadsheet would run it as a formula, it starts with `'` itself, or reading would
/// trim white space at one of its ends.
fn needs_protection(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\''])
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace)
}

/// A cell of the map's own spreadsheets, written so that reading gives it back exactly
/// and no spreadsheet runs it as a formula (see [`unguard`]).
pub(crate) fn protect(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_protection(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Keep a spreadsheet from running a cell as a formula (outputs that are not read back).
pub(crate) fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Most column names a missing-column problem lists as found.
const FOUND_COLUMNS_SHOWN: usize = 20;

/// Prefix of a free attribute's name that the format would otherwise read as something
/// else; reading takes exactly one off.
pub(crate) const EXTRA_PREFIX: &str = "extra:";

/// A free attribute's name as written in a header (or a `map.csv` field): with
/// [`EXTRA_PREFIX`] when it is empty, starts with the prefix, or is one of `reserved`
/// once trimmed and compared without case, as reading compares headers; also when it
/// is close enough to one of them that reading would take it for a typo of it.
pub(crate) fn escape_name<'a>(name: &'a str, reserved: &[&str]) -> std::borrow::Cow<'a, str> {
    let folded = name.trim().to_lowercase();
    if name.is_empty()
        || name.starts_with(EXTRA_PREFIX)
        || reserved.contains(&folded.as_str())
        || french_name(name, reserved).is_some()
        || text::closest(name, reserved.iter().copied()).is_some()
    {
        format!("{EXTRA_PREFIX}{name}").into()
    } else {
        name.into()
    }
}

pub(crate) struct Reader {
    pub(crate) problems: ProblemList,
    pub(crate) options: ReadOptions,
    /// Bytes the files of the folder may still take, out of the input limit.
    pub(crate) budget: u64,
    /// The folder read, named when its files together pass the limit.
    pub(crate) folder: PathBuf,
    /// The rows of the folder's files so far, within the record limit.
    pub(crate) records: Tally,
}

impl Reader {
    pub(crate) fn new(folder: &Path, options: &ReadOptions) -> Self {
        Reader {
            problems: ProblemList::new(),
            options: options.clone(),
            budget: options.max_input_bytes,
            folder: folder.to_path_buf(),
            records: Tally::new(options.max_records),
        }
    }

    pub(crate) fn error(&mut self, code: ProblemCode, location: Location, args: Args) {
        self.problems.push(Problem::error(code, location, args));
    }

    fn file_location(file: &Path, line: Option<usize>) -> Location {
        Location {
            file: Some(file.to_path_buf()),
            line,
            path: None,
            id: None,
        }
    }

    /// The text of one file of the folder. The files of a folder share one input limit:
    /// the first that passes it is refused, with the folder named.
    pub(crate) fn read(&mut self, path: &Path) -> Result<String> {
        let file =
            std::fs::File::open(path).map_err(|e| Error::io(Some(path), IoAction::Read, e))?;
        let text = match super::read_limited(file, Some(path), self.budget) {
            Err(e)
                if matches!(e.kind(), ErrorKind::TooLarge { .. })
                    && self.budget < self.options.max_input_bytes =>
            {
                return Err(ErrorKind::TooLarge {
                    path: Some(self.folder.clone()),
                    limit: self.options.max_input_bytes,
                }
                .into());
            }
            other => other?,
        };
        self.budget = self.budget.saturating_sub(text.len() as u64);
        Ok(text)
    }

    /// Open one CSV file's text as a table. `None` when the file cannot be used as a
    /// table (reported).
    pub(crate) fn table<'t>(
        &mut self,
        path: &Path,
        text: &'t str,
        known_columns: &[&'static str],
        required: &[&str],
    ) -> Option<Table<'t>> {
        let file = SourceFile::new(path);
        let Some(header_line) = text.lines().next().filter(|l| !l.trim().is_empty()) else {
            let args = Args::new()
                .select("shape", "sheet")
                .with("columns", known_columns.join(","));
            self.error(
                ProblemCode::EmptyFile,
                Self::file_location(path, None),
                args,
            );
            return None;
        };
        let delimiter = sniff_delimiter(header_line);
        let lines = crate::text::LineIndex::new(text);
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(true)
            .from_reader(text.as_bytes());
        let headers = match reader.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                let args = Args::new()
                    .select("shape", "header")
                    .with("reason", e.to_string());
                self.error(
                    ProblemCode::BadCsv,
                    Self::file_location(path, Some(1)),
                    args,
                );
                return None;
            }
        };
        // First the columns, then the problems of the header in column order. Repeated
        // names are found by sorting the columns by name rather than through a table of
        // the names seen: a header of a million columns costs one array of indices.
        let mut columns: Vec<Column> = Vec::with_capacity(headers.len());
        let mut canonicals: Vec<Option<&'static str>> = Vec::with_capacity(headers.len());
        let mut blank: Vec<bool> = Vec::with_capacity(headers.len());
        for header in headers.iter() {
            let (header, exact) = unguard(header);
            let header = if exact { header } else { header.trim() };
            blank.push(header.is_empty());
            let lower = header.to_lowercase();
            let canonical = known_columns
                .iter()
                .copied()
                .find(|k| *k == lower)
                .or_else(|| french_column(header).filter(|k| known_columns.contains(k)));
            let (name, is_known, json) = if let Some(k) = canonical {
                (k.into(), true, false)
            } else {
                let (base, json) = match header.strip_suffix(JSON_SUFFIX) {
                    Some(base) => (base, true),
                    None => (header, false),
                };
                let base = base.strip_prefix(EXTRA_PREFIX).unwrap_or(base);
                (base.into(), false, json)
            };
            canonicals.push(canonical);
            columns.push(Column {
                name,
                known: is_known,
                json,
            });
        }
        let mut repeated = vec![false; columns.len()];
        {
            let key = |i: u32| {
                let c = &columns[i as usize];
                (c.known, &*c.name)
            };
            // An empty header is reported as such, not as a repeat.
            let mut order: Vec<u32> = (0..columns.len() as u32)
                .filter(|&i| !blank[i as usize])
                .collect();
            order.sort_by(|&a, &b| key(a).cmp(&key(b)).then(a.cmp(&b)));
            for pair in order.windows(2) {
                if key(pair[0]) == key(pair[1]) {
                    repeated[pair[1] as usize] = true;
                }
            }
        }
        let mut known: Vec<(&'static str, usize)> = Vec::new();
        let mut usable = true;
        for (i, (header, column)) in headers.iter().zip(&columns).enumerate() {
            let (header, exact) = unguard(header);
            let header = if exact { header } else { header.trim() };
            let name = &*column.name;
            if header.is_empty() {
                let args = Args::new().with("column", (i + 1).to_string());
                self.error(
                    ProblemCode::EmptyHeader,
                    Self::file_location(path, Some(1)),
                    args,
                );
                usable = false;
            } else if repeated[i] {
                let args = Args::new().quoted("column", name);
                self.error(
                    ProblemCode::DuplicateHeader,
                    Self::file_location(path, Some(1)),
                    args,
                );
                usable = false;
            } else if !column.known
                && !column.json
                && !header.starts_with(EXTRA_PREFIX)
                && !self.problems.is_full(ProblemCode::UnknownColumn)
            {
                if let Some(near) = text::closest(name, known_columns.iter().copied()) {
                    self.problems.push(Problem::warning(
                        ProblemCode::UnknownColumn,
                        Self::file_location(path, Some(1)),
                        Args::new()
                            .quoted("column", name)
                            .quoted("suggestion", near),
                    ));
                }
            }
            if let Some(k) = canonicals[i] {
                if !known.iter().any(|(n, _)| *n == k) {
                    known.push((k, i));
                }
            }
        }
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|r| !known.iter().any(|(k, _)| k == r))
            .collect();
        if !missing.is_empty() {
            let mut found: Vec<&str> = columns
                .iter()
                .take(FOUND_COLUMNS_SHOWN)
                .map(|c| &*c.name)
                .collect();
            if columns.len() > FOUND_COLUMNS_SHOWN {
                found.push("…");
            }
            let args = Args::new()
                .with("missing", Arg::quoted_list(missing.iter().copied()))
                .with("found", found.join(", "))
                .with("delimiter", format!("{:?}", delimiter as char))
                .with("columns", known_columns.join(","));
            self.error(
                ProblemCode::MissingColumn,
                Self::file_location(path, Some(1)),
                args,
            );
            usable = false;
        }
        if !usable {
            return None;
        }
        Some(Table {
            file,
            columns,
            known,
            reader,
            lines,
        })
    }

    /// Free attributes of a row: every column the format does not know. `fields` are
    /// the fields of the record in the JSON document, which no free attribute may be
    /// named (see [`super::json::free_name`]).
    pub(crate) fn extra(&mut self, cells: &Cells, id: Option<&str>, fields: &[&str]) -> Extra {
        let mut extra = Extra::new();
        for (i, column) in cells.table.columns.iter().enumerate() {
            if column.known {
                continue;
            }
            let Some((cell, _)) = cells.row.cell(i) else {
                continue;
            };
            if cell.is_empty() {
                continue;
            }
            // The other attributes of this record: the free columns it fills.
            let columns = &cells.table.columns;
            let other = |n: &str| {
                columns.iter().enumerate().any(|(j, c)| {
                    !c.known
                        && &*c.name == n
                        && cells.row.cell(j).is_some_and(|(v, _)| !v.is_empty())
                })
            };
            let name = super::json::free_name(&column.name, fields, &extra, other);
            if column.json {
                match super::json::free_value(cell, self.options.max_depth) {
                    Ok(v) => {
                        extra.insert(name, v);
                    }
                    Err(fault) => {
                        let args = Args::new()
                            .select("shape", "column")
                            .quoted("column", format!("{}{JSON_SUFFIX}", column.name))
                            .quoted("value", cell)
                            .with("reason", fault.reason());
                        self.error(ProblemCode::BadJsonCell, cells.location(id), args)
                    }
                }
            } else {
                extra.insert(name, Value::String(cell.to_owned()));
            }
        }
        extra
    }

    pub(crate) fn required(
        &mut self,
        cells: &Cells,
        column: &str,
        id: Option<&str>,
    ) -> Option<String> {
        // Names are free text, kept exactly; everything else required is structural.
        let value = if column == "name" {
            cells.text(column)
        } else {
            cells.get(column)
        };
        if value.is_none() {
            let code = match column {
                "id" => ProblemCode::EmptyId,
                "name" => ProblemCode::EmptyName,
                _ => ProblemCode::MissingField,
            };
            let args = Args::new()
                .select("shape", "cell")
                .quoted("column", column)
                .with("name", column);
            self.error(code, cells.location(id), args);
        }
        value
    }

    fn closed<T: crate::words::Aliased>(
        &mut self,
        cells: &Cells,
        column: &str,
        code: ProblemCode,
        id: Option<&str>,
    ) -> Option<T> {
        let value = self.required(cells, column, id)?;
        if let Some(v) = crate::words::read_closed::<T>(&value) {
            return Some(v);
        }
        let args = json::closed_problem_args::<T>(&value);
        self.error(code, cells.location(id), args);
        None
    }
}

/// The delimiter of a header line: the most frequent of `,`, `;` and tab outside quotes.
pub(crate) fn sniff_delimiter(line: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in counts.iter_mut() {
                if *d == b {
                    *n += 1;
                }
            }
        }
    }
    // Ties keep the first: a one-column header is read as comma-separated.
    counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best })
        .0
}

pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    match s.trim() {
        "x" | "X" => Some(true),
        s => crate::words::read_boolean(s),
    }
}

/// A number as spreadsheets write it, with `.` or (French) `,` as decimal separator.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    s.parse::<f64>()
        .ok()
        .or_else(|| s.replace(',', ".").parse::<f64>().ok())
        .filter(|n| n.is_finite())
}

/// The English column a French header names (`identifiant`, `Rôle`, `sens unique`),
/// compared folded (case, accents and spaces aside).
fn french_column(header: &str) -> Option<&'static str> {
    Some(match crate::words::fold(header).as_str() {
        "identifiant" => "id",
        "nom" => "name",
        "type" | "type d'acteur" => "kind",
        "organisation" => "organization",
        "secteur" => "sector",
        "territoire" => "territory",
        "services" => "services",
        "cible" => "target",
        "niveau" => "level",
        "sens unique" => "directed",
        "poids" => "weight",
        "notes" => "notes",
        "depuis" => "since",
        "jusqu'a" | "jusqu'au" => "until",
        "instance" => "forum",
        "acteur" => "actor",
        "role" => "role",
        "besoins" => "needs",
        "champ" => "field",
        "valeur" => "value",
        _ => return None,
    })
}

/// The column or `map.csv` field of `reserved` a French name reads as (`type` for `kind`,
/// `nom` for `name`), if any.
fn french_name(name: &str, reserved: &[&str]) -> Option<&'static str> {
    french_column(name)
        .or_else(|| french_map_field(name))
        .filter(|k| reserved.contains(k))
}

/// The `map.csv` field a French field name reads as: `nom`, `territoire`, `date`.
fn french_map_field(field: &str) -> Option<&'static str> {
    Some(match crate::words::fold(field).as_str() {
        "nom" => "name",
        "territoire" => "territory",
        "date" | "a jour au" => "as_of",
        _ => return None,
    })
}

/// Each file of the folder with its French name, which reading takes when the English
/// one is not there.
pub(crate) const FRENCH_FILES: &[(&str, &str)] = &[
    (MAP_FILE, "carte.csv"),
    (NEEDS_FILE, "besoins.csv"),
    (ACTORS_FILE, "acteurs.csv"),
    (LINKS_FILE, "liens.csv"),
    (FORUMS_FILE, "instances.csv"),
    (MEMBERS_FILE, "membres.csv"),
];

/// The files of actormap's spreadsheet folder, in the order they are written: the one
/// list of the names reading looks for.
pub(crate) const FOLDER_FILES: &[&str] = &[
    MAP_FILE,
    NEEDS_FILE,
    ACTORS_FILE,
    LINKS_FILE,
    FORUMS_FILE,
    MEMBERS_FILE,
];
const MAP_FILE: &str = "map.csv";
const NEEDS_FILE: &str = "needs.csv";
const ACTORS_FILE: &str = "actors.csv";
const LINKS_FILE: &str = "links.csv";
const FORUMS_FILE: &str = "forums.csv";
const MEMBERS_FILE: &str = "members.csv";

/// What is at `path`, following links: `Ok(None)` for nothing at all, `Ok(Some(Ok(())))`
/// for a regular file, `Ok(Some(Err(kind)))` for anything else. Nothing is opened, so a
/// named pipe is never waited on.
fn file_kind(path: &Path) -> Result<Option<std::result::Result<(), FileKind>>> {
    let link = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(Some(path), IoAction::Read, e)),
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if link.file_type().is_symlink() => {
            return Ok(Some(Err(if e.kind() == std::io::ErrorKind::NotFound {
                FileKind::BrokenLink
            } else if e.kind() == std::io::ErrorKind::PermissionDenied {
                return Err(Error::io(Some(path), IoAction::Read, e));
            } else {
                FileKind::LinkLoop
            })));
        }
        Err(e) => return Err(Error::io(Some(path), IoAction::Read, e)),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(Some(Ok(())));
    }
    if kind.is_dir() {
        return Ok(Some(Err(FileKind::Folder)));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Ok(Some(Err(FileKind::NamedPipe)));
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Ok(Some(Err(FileKind::Device)));
        }
        if kind.is_socket() {
            return Ok(Some(Err(FileKind::Socket)));
        }
    }
    Ok(Some(Err(FileKind::Other)))
}

/// Find `name` in `folder`, whatever its case (`Actors.csv` from Windows). Whatever
/// holds the name must be a regular file, or a link to one: a folder, a named pipe, a
/// device, a broken link or a link loop is an error naming it, never a file skipped.
pub(crate) fn find_file(folder: &Path, name: &'static str) -> Result<Option<PathBuf>> {
    let exact = folder.join(name);
    let found = match file_kind(&exact)? {
        Some(kind) => Some((exact, kind)),
        None => {
            let entries = std::fs::read_dir(folder)
                .map_err(|e| Error::io(Some(folder), IoAction::ReadFolder, e))?;
            let mut named: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(name))
                .map(|e| e.path())
                .collect();
            named.sort();
            match named.into_iter().next() {
                Some(path) => file_kind(&path)?.map(|kind| (path, kind)),
                None => None,
            }
        }
    };
    match found {
        None => Ok(None),
        Some((path, Ok(()))) => Ok(Some(path)),
        Some((path, Err(found))) => Err(ErrorKind::NotAFile { path, name, found }.into()),
    }
}

/// Warn about every file of `folder` that reading did not use (`used`), naming the
/// closest of the `expected` names; hidden files (`.DS_Store`, `.git`) and folders are
/// left alone.
pub(crate) fn report_unused_files(
    folder: &Path,
    used: &[PathBuf],
    expected: &[&'static str],
    problems: &mut Vec<Problem>,
) -> Result<()> {
    let entries =
        std::fs::read_dir(folder).map_err(|e| Error::io(Some(folder), IoAction::ReadFolder, e))?;
    let mut unused: Vec<(PathBuf, String)> = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with('.') || used.contains(&path) || path.is_dir() {
            continue;
        }
        unused.push((path, name));
    }
    unused.sort();
    for (path, name) in unused {
        let lower = name.to_lowercase();
        let closest = expected
            .iter()
            .copied()
            .min_by_key(|e| text::edit_distance(&lower, e))
            .expect("a folder expects files");
        let read_instead = used.iter().any(|u| {
            u.file_name()
                .is_some_and(|n| n.to_string_lossy().eq_ignore_ascii_case(closest))
        });
        let args = Args::new()
            .quoted("file", name.as_str())
            .quoted("suggestion", closest)
            .with("files", expected.join(", "))
            .select(
                "shape",
                if read_instead {
                    "read-instead"
                } else {
                    "unknown"
                },
            );
        problems.push(Problem::warning(
            ProblemCode::UnusedFile,
            Reader::file_location(&path, None),
            args,
        ));
    }
    Ok(())
}

/// The room a sheet's records are read into, so that the list of a large sheet is not
/// held twice while it grows: one record a line after the header, but no more than the
/// record limit leaves, so that a text of blank lines reserves no more than the records
/// a full one may hold.
fn room(text: &str, records: &Tally) -> usize {
    records.room(text.bytes().filter(|&b| b == b'\n').count())
}

/// Read a spreadsheet folder.
pub(crate) fn load_folder(folder: &Path, options: &ReadOptions) -> Result<Loaded> {
    if !folder.is_dir() {
        return Err(ErrorKind::NotAFolder {
            path: folder.to_path_buf(),
            layout: SheetLayout::Actormap,
        }
        .into());
    }
    let mut r = Reader::new(folder, options);
    let mut map = ActorMap::default();
    let mut origins = Origins::default();

    let mut used: Vec<PathBuf> = Vec::new();
    let mut find = |name: &'static str| -> Result<Option<PathBuf>> {
        let mut found = find_file(folder, name)?;
        if found.is_none() {
            if let Some(&(_, french)) = FRENCH_FILES.iter().find(|(english, _)| *english == name) {
                found = find_file(folder, french)?;
            }
        }
        used.extend(found.clone());
        Ok(found)
    };
    let Some(actors_path) = find(ACTORS_FILE)? else {
        return Err(ErrorKind::NoActorsSheet {
            folder: folder.to_path_buf(),
        }
        .into());
    };

    if let Some(path) = find(MAP_FILE)? {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, MAP, MAP) {
            origins.map = Origin::new(Some(table.file.clone()), Some(1), None);
            read_map_fields(&mut r, &mut table, &mut map)?;
        }
    }

    if let Some(path) = find(NEEDS_FILE)? {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, NEEDS, &["id", "name"]) {
            while let Some(row) = table.next_row(&mut r)? {
                let cells = Cells {
                    table: &table,
                    row: &row,
                };
                let Some(id) = r.required(&cells, "id", None) else {
                    continue;
                };
                let name = r
                    .required(&cells, "name", Some(&id))
                    .unwrap_or_else(|| id.clone());
                let extra = r.extra(&cells, Some(&id), json::NEED_FIELDS);
                map.needs.push(Need { id, name, extra });
                origins.needs.push(cells.origin());
            }
        }
    }

    let text = r.read(&actors_path)?;
    if let Some(mut table) = r.table(&actors_path, &text, ACTORS, &["id", "name", "kind"]) {
        let rows = room(&text, &r.records);
        map.actors.reserve_exact(rows);
        origins.actors.reserve_exact(rows);
        while let Some(row) = table.next_row(&mut r)? {
            let cells = Cells {
                table: &table,
                row: &row,
            };
            let Some(id) = r.required(&cells, "id", None) else {
                continue;
            };
            let name = r.required(&cells, "name", Some(&id));
            let kind = r.closed::<ActorKind>(&cells, "kind", ProblemCode::UnknownKind, Some(&id));
            let extra = r.extra(&cells, Some(&id), json::ACTOR_FIELDS);
            map.actors.push(Actor {
                // Placeholders stand in while the map is checked; the problem is an
                // error, so such a map is never handed out.
                name: name.unwrap_or_else(|| id.clone()),
                kind: kind.unwrap_or(ActorKind::Public),
                organization: cells.get("organization"),
                sector: cells.get("sector"),
                territory: cells.get("territory"),
                services: cells.list("services"),
                id,
                extra,
            });
            origins.actors.push(cells.origin());
        }
    }
    drop(text);

    if let Some(path) = find(LINKS_FILE)? {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, LINKS, &["source", "target", "level"]) {
            let rows = room(&text, &r.records);
            map.links.reserve_exact(rows);
            origins.links.reserve_exact(rows);
            while let Some(row) = table.next_row(&mut r)? {
                let cells = Cells {
                    table: &table,
                    row: &row,
                };
                let source = r.required(&cells, "source", None);
                let target = r.required(&cells, "target", None);
                let level = r.closed::<Level>(&cells, "level", ProblemCode::UnknownLevel, None);
                let directed = match cells.get("directed") {
                    None => false,
                    Some(cell) => parse_bool(&cell).unwrap_or_else(|| {
                        let args = Args::new()
                            .select("shape", "sheet-directed")
                            .quoted("value", cell.as_str());
                        r.error(ProblemCode::WrongType, cells.location(None), args);
                        false
                    }),
                };
                let weight = cells.get("weight").and_then(|cell| {
                    let n = parse_number(&cell);
                    if n.is_none() {
                        let args = Args::new()
                            .select("shape", "sheet-weight")
                            .quoted("value", cell.as_str());
                        r.error(ProblemCode::WrongType, cells.location(None), args);
                    }
                    n
                });
                let extra = r.extra(&cells, None, json::LINK_FIELDS);
                let (Some(source), Some(target)) = (source, target) else {
                    continue;
                };
                map.links.push(Link {
                    source,
                    target,
                    kind: cells.get("kind"),
                    level: level.unwrap_or(Level::Information),
                    directed,
                    weight,
                    notes: cells.text("notes"),
                    since: cells.get("since"),
                    until: cells.get("until"),
                    extra,
                });
                origins.links.push(cells.origin());
            }
        }
    }

    let forums_file = find(FORUMS_FILE)?;
    let declared_forums = forums_file.is_some();
    if let Some(path) = forums_file {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, FORUMS, &["id", "name"]) {
            while let Some(row) = table.next_row(&mut r)? {
                let cells = Cells {
                    table: &table,
                    row: &row,
                };
                let Some(id) = r.required(&cells, "id", None) else {
                    continue;
                };
                let name = r
                    .required(&cells, "name", Some(&id))
                    .unwrap_or_else(|| id.clone());
                let extra = r.extra(&cells, Some(&id), json::FORUM_FIELDS);
                map.forums.push(Forum {
                    kind: cells.get("kind"),
                    sector: cells.get("sector"),
                    needs: cells.list("needs"),
                    members: Vec::new(),
                    id,
                    name,
                    extra,
                });
                origins.forums.push(cells.origin());
                origins.members.push(Vec::new());
            }
        }
    }

    if let Some(path) = find(MEMBERS_FILE)? {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, MEMBERS, &["forum", "actor"]) {
            // The first forum of each id: a repeated id is validation's to report.
            let mut forum_of: std::collections::HashMap<String, usize> =
                std::collections::HashMap::with_capacity(map.forums.len());
            for (i, f) in map.forums.iter().enumerate() {
                forum_of.entry(f.id.clone()).or_insert(i);
            }
            while let Some(row) = table.next_row(&mut r)? {
                let cells = Cells {
                    table: &table,
                    row: &row,
                };
                let forum = r.required(&cells, "forum", None);
                let actor = r.required(&cells, "actor", forum.as_deref());
                let extra = r.extra(&cells, forum.as_deref(), json::MEMBER_FIELDS);
                let (Some(forum), Some(actor)) = (forum, actor) else {
                    continue;
                };
                let f = match forum_of.get(&forum) {
                    Some(&f) => f,
                    None if declared_forums => {
                        let code = ProblemCode::UnknownForum;
                        if r.problems.is_full(code) {
                            r.problems
                                .count(code, crate::problem::ProblemSeverity::Error);
                            continue;
                        }
                        let args = Args::new().quoted("forum", forum.as_str());
                        let ids = map.forums.iter().map(|f| f.id.as_str());
                        let args = match text::closest(&forum, ids) {
                            Some(near) => args.select("hint", "closest").quoted("suggestion", near),
                            None => args.select("hint", "none"),
                        };
                        r.error(code, cells.location(Some(&forum)), args);
                        continue;
                    }
                    None => {
                        // Without forums.csv, members.csv alone declares the forums.
                        map.forums.push(Forum {
                            id: forum.clone(),
                            name: forum.clone(),
                            kind: None,
                            sector: None,
                            needs: Vec::new(),
                            members: Vec::new(),
                            extra: Extra::new(),
                        });
                        origins.forums.push(cells.origin());
                        origins.members.push(Vec::new());
                        forum_of.insert(forum, map.forums.len() - 1);
                        map.forums.len() - 1
                    }
                };
                map.forums[f].members.push(Member {
                    actor,
                    role: cells.get("role"),
                    extra,
                });
                origins.members[f].push(cells.origin());
            }
        }
    }

    let mut unused = Vec::new();
    let expected: Vec<&str> = FOLDER_FILES
        .iter()
        .copied()
        .chain(FRENCH_FILES.iter().map(|&(_, french)| french))
        .collect();
    report_unused_files(folder, &used, &expected, &mut unused)?;
    r.problems.extend(unused);
    crate::words::canonical_words(&mut map);
    Ok(Loaded {
        map,
        origins,
        problems: r.problems.into_vec(),
    })
}

/// The fields `map.csv` knows (compared without case); any other is a free attribute.
const MAP_FIELDS: &[&str] = &["format", "name", "territory", "as_of", "description"];

fn read_map_fields(r: &mut Reader, table: &mut Table, map: &mut ActorMap) -> Result<()> {
    let (fi, vi) = (
        table.column("field").expect("required"),
        table.column("value").expect("required"),
    );
    // The line each field was first given on: a field given twice is reported, and the
    // first is kept, as in the JSON document.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    while let Some(row) = table.next_row(r)? {
        let cells = Cells { table, row: &row };
        let (field, field_exact) = row.cell(fi).unwrap_or_default();
        let field = if field_exact { field } else { field.trim() };
        let (value, value_exact) = row.cell(vi).unwrap_or_default();
        let value = value.to_owned();
        let text = (!value.trim().is_empty()).then(|| value.trim().to_owned());
        let exact =
            (!value.trim().is_empty() || value_exact && !value.is_empty()).then(|| value.clone());
        // The fields in French too: `nom`, `territoire`, `date`.
        let lower = match french_map_field(field) {
            Some(english) => english.to_owned(),
            None => field.to_lowercase(),
        };
        let key = if MAP_FIELDS.contains(&lower.as_str()) {
            lower.clone()
        } else {
            let base = field.strip_suffix(JSON_SUFFIX).unwrap_or(field);
            format!("extra {}", base.strip_prefix(EXTRA_PREFIX).unwrap_or(base))
        };
        if let Some(first) = seen.get(&key) {
            let args = Args::new()
                .select("shape", "map-field")
                .quoted("field", field)
                .with("first", first.to_string());
            r.error(ProblemCode::DuplicateField, cells.location(None), args);
            continue;
        }
        seen.insert(key, row.line);
        match lower.as_str() {
            "format" => {
                if text.as_deref().is_some_and(|f| f != FORMAT) {
                    let args = Args::new()
                        .select("shape", "sheet")
                        .quoted("value", value.as_str())
                        .with("format", FORMAT);
                    r.error(ProblemCode::UnsupportedFormat, cells.location(None), args);
                }
            }
            // Free text is kept exactly; the date is structural.
            "name" => map.name = exact,
            "territory" => map.territory = exact,
            "as_of" => map.as_of = if value_exact { exact } else { text },
            "description" => map.description = exact,
            _ => match field.strip_suffix(JSON_SUFFIX) {
                Some(key) => match super::json::free_value(&value, r.options.max_depth) {
                    Ok(v) => {
                        let key = key.strip_prefix(EXTRA_PREFIX).unwrap_or(key);
                        let key = json::free_name(key, json::MAP_FIELDS, &map.extra, |_| false);
                        map.extra.insert(key, v);
                    }
                    Err(fault) => {
                        let args = Args::new()
                            .select("shape", "field")
                            .quoted("column", field)
                            .quoted("value", value.as_str())
                            .with("reason", fault.reason());
                        r.error(ProblemCode::BadJsonCell, cells.location(None), args)
                    }
                },
                None => {
                    let key = field.strip_prefix(EXTRA_PREFIX).unwrap_or(field);
                    let key = json::free_name(key, json::MAP_FIELDS, &map.extra, |_| false);
                    map.extra.insert(key, Value::String(value));
                }
            },
        }
    }
    Ok(())
}

/// Columns for free attributes: every key, in first-seen order; a key whose values are
/// not all non-empty texts is written as JSON.
pub(crate) fn extra_columns<'a>(extras: impl Iterator<Item = &'a Extra>) -> Vec<(String, bool)> {
    let mut columns: indexmap::IndexMap<&str, bool> = indexmap::IndexMap::new();
    for extra in extras {
        for (key, value) in extra {
            // A name that ends in the JSON suffix itself travels as a JSON column, whose
            // header then ends in the suffix twice; reading removes it once.
            let plain =
                matches!(value, Value::String(s) if !s.is_empty()) && !key.ends_with(JSON_SUFFIX);
            let json = columns.entry(key.as_str()).or_insert(false);
            *json |= !plain;
        }
    }
    columns
        .into_iter()
        .map(|(k, j)| (k.to_owned(), j))
        .collect()
}

pub(crate) struct Sheet {
    writer: ::csv::Writer<Vec<u8>>,
    extras: Vec<(String, bool)>,
}

impl Sheet {
    /// A sheet with the `known` columns, then one per free attribute; a free attribute
    /// named like one of `reserved` (or empty, or starting with [`EXTRA_PREFIX`]) is
    /// written with the prefix (see [`escape_name`]).
    pub(crate) fn new(
        known: &[&str],
        extras: Vec<(String, bool)>,
        reserved: &[&str],
    ) -> Result<Self> {
        let mut header: Vec<String> = known.iter().map(|s| (*s).to_owned()).collect();
        header.extend(extras.iter().map(|(k, json)| {
            let name = escape_name(k, reserved);
            if *json {
                format!("{name}{JSON_SUFFIX}")
            } else {
                name.into_owned()
            }
        }));
        // The header line is written here: a name holding `;` or a tab is quoted, so
        // that reading, which takes the delimiter from the first line, still finds `,`.
        let mut line = Vec::new();
        for (i, h) in header.iter().enumerate() {
            if i > 0 {
                line.push(b',');
            }
            let h = protect(h);
            if h.contains([',', ';', '\t', '"', '\r', '\n']) {
                line.push(b'"');
                line.extend_from_slice(h.replace('"', "\"\"").as_bytes());
                line.push(b'"');
            } else {
                line.extend_from_slice(h.as_bytes());
            }
        }
        line.push(b'\n');
        let writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(line);
        Ok(Sheet { writer, extras })
    }

    pub(crate) fn row(&mut self, mut cells: Vec<String>, extra: &Extra) -> Result<()> {
        for (key, json) in &self.extras {
            cells.push(match extra.get(key) {
                None => String::new(),
                Some(Value::String(s)) if !json => s.clone(),
                Some(v) => v.to_string(),
            });
        }
        let cells: Vec<std::borrow::Cow<str>> = cells.iter().map(|c| protect(c)).collect();
        self.writer
            .write_record(cells.iter().map(|c| c.as_bytes()))
            .map_err(csv_error)
    }

    pub(crate) fn finish(self) -> Result<Vec<u8>> {
        self.writer.into_inner().map_err(|e| {
            ErrorKind::Csv {
                message: e.error().to_string(),
            }
            .into()
        })
    }
}

fn csv_error(e: ::csv::Error) -> Error {
    ErrorKind::Csv {
        message: e.to_string(),
    }
    .into()
}

pub(crate) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// A list cell: the items joined with `|`. An item that reading could not give back (it
/// holds `|`, is empty, or starts or ends with white space, which reading trims) is an
/// error naming the record: writing it would change the map.
pub(crate) fn list(
    items: &[String],
    file: &'static str,
    id: &str,
    column: &'static str,
) -> Result<String> {
    if let Some(item) = items.iter().find(|i| {
        i.is_empty()
            || i.contains(LIST_SEPARATOR)
            || i.starts_with(char::is_whitespace)
            || i.ends_with(char::is_whitespace)
    }) {
        return Err(ErrorKind::UnwritableItem {
            file,
            id: id.to_owned(),
            column,
            item: item.clone(),
        }
        .into());
    }
    Ok(items.join(&LIST_SEPARATOR.to_string()))
}

/// The spreadsheet files of a map, as (file name, bytes), in a fixed order.
pub(crate) fn to_files(map: &ActorMap) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let mut files = Vec::new();

    let mut sheet = Sheet::new(MAP, Vec::new(), MAP)?;
    let empty = Extra::new();
    sheet.row(vec!["format".into(), FORMAT.into()], &empty)?;
    for (field, value) in [
        ("name", &map.name),
        ("territory", &map.territory),
        ("as_of", &map.as_of),
        ("description", &map.description),
    ] {
        if let Some(v) = value {
            sheet.row(vec![field.into(), v.clone()], &empty)?;
        }
    }
    for (key, value) in &map.extra {
        let field = escape_name(key, MAP_FIELDS);
        match value {
            Value::String(s) if !s.is_empty() && !key.ends_with(JSON_SUFFIX) => {
                sheet.row(vec![field.into_owned(), s.clone()], &empty)?
            }
            v => sheet.row(vec![format!("{field}{JSON_SUFFIX}"), v.to_string()], &empty)?,
        }
    }
    files.push((MAP_FILE, sheet.finish()?));

    let mut sheet = Sheet::new(
        NEEDS,
        extra_columns(map.needs.iter().map(|n| &n.extra)),
        NEEDS,
    )?;
    for need in &map.needs {
        sheet.row(vec![need.id.clone(), need.name.clone()], &need.extra)?;
    }
    files.push((NEEDS_FILE, sheet.finish()?));

    let mut sheet = Sheet::new(
        ACTORS,
        extra_columns(map.actors.iter().map(|a| &a.extra)),
        ACTORS,
    )?;
    for a in &map.actors {
        sheet.row(
            vec![
                a.id.clone(),
                a.name.clone(),
                a.kind.as_str().into(),
                opt(&a.organization),
                opt(&a.sector),
                opt(&a.territory),
                list(&a.services, ACTORS_FILE, &a.id, "services")?,
            ],
            &a.extra,
        )?;
    }
    files.push((ACTORS_FILE, sheet.finish()?));

    let mut sheet = Sheet::new(
        LINKS,
        extra_columns(map.links.iter().map(|l| &l.extra)),
        LINKS,
    )?;
    for l in &map.links {
        sheet.row(
            vec![
                l.source.clone(),
                l.target.clone(),
                opt(&l.kind),
                l.level.as_str().into(),
                l.directed.to_string(),
                l.weight.map(|w| w.to_string()).unwrap_or_default(),
                opt(&l.notes),
                opt(&l.since),
                opt(&l.until),
            ],
            &l.extra,
        )?;
    }
    files.push((LINKS_FILE, sheet.finish()?));

    let mut sheet = Sheet::new(
        FORUMS,
        extra_columns(map.forums.iter().map(|f| &f.extra)),
        FORUMS,
    )?;
    for f in &map.forums {
        sheet.row(
            vec![
                f.id.clone(),
                f.name.clone(),
                opt(&f.kind),
                opt(&f.sector),
                list(&f.needs, FORUMS_FILE, &f.id, "needs")?,
            ],
            &f.extra,
        )?;
    }
    files.push((FORUMS_FILE, sheet.finish()?));

    let members = map.forums.iter().flat_map(|f| f.members.iter());
    let mut sheet = Sheet::new(MEMBERS, extra_columns(members.map(|m| &m.extra)), MEMBERS)?;
    for f in &map.forums {
        for m in &f.members {
            sheet.row(vec![f.id.clone(), m.actor.clone(), opt(&m.role)], &m.extra)?;
        }
    }
    files.push((MEMBERS_FILE, sheet.finish()?));

    Ok(files)
}

/// Write a map as a spreadsheet folder. Every file is staged first and renamed into
/// place only when all are complete.
pub(crate) fn write_folder(map: &ActorMap, folder: &Path) -> Result<()> {
    let files = to_files(map)?;
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    super::atomic::write_folder(folder, &files, super::target::MAP_SHEETS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_sniffed_outside_quotes() {
        assert_eq!(sniff_delimiter("id,name,kind"), b',');
        assert_eq!(sniff_delimiter("id;name;kind"), b';');
        assert_eq!(sniff_delimiter("\"a,b\";c"), b';');
        assert_eq!(sniff_delimiter("id\tname"), b'\t');
        assert_eq!(sniff_delimiter("id"), b',');
    }

    #[test]
    fn formula_guard_round_trips() {
        for cell in [
            "=SUM(A1)", "+1", "-x", "@a", "'quoted", "''", "plain", "", "é", " lead", "trail ",
            " ", "'", "' x", "\tx", "x\n",
        ] {
            let written = protect(cell);
            assert_eq!(unguard(&written).0, cell);
        }
        assert_eq!(protect("=1+1"), "'=1+1");
        assert_eq!(protect(" sad"), "' sad");
        assert_eq!(protect("plain"), "plain");
        // A hand-typed leading quote before ordinary text is data.
        assert_eq!(unguard("'0123"), ("'0123", false));
        assert_eq!(unguard("'=cmd"), ("=cmd", true));
    }

    #[test]
    fn free_attribute_names_that_the_format_uses_are_prefixed() {
        assert_eq!(escape_name("Name", ACTORS), "extra:Name");
        assert_eq!(escape_name(" KIND ", ACTORS), "extra: KIND ");
        assert_eq!(escape_name("", ACTORS), "extra:");
        assert_eq!(escape_name("extra:x", ACTORS), "extra:extra:x");
        assert_eq!(escape_name("Level", ACTORS), "Level");
        assert_eq!(escape_name("Level", LINKS), "extra:Level");
        // French names of columns and fields are read as them, so they are escaped too.
        assert_eq!(escape_name("Type", FORUMS), "extra:Type");
        assert_eq!(escape_name("nom", MAP_FIELDS), "extra:nom");
        assert_eq!(escape_name("cible", ACTORS), "cible");
    }

    #[test]
    fn numbers_accept_a_decimal_comma() {
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("2"), Some(2.0));
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("deux"), None);
    }
}
