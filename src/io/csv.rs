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
//! Only `actors.csv` must exist. List cells (`services`, `needs`) separate items with
//! `|`. Any other column is kept as a free attribute; a column whose header ends in
//! `:json` holds JSON values (numbers, lists, objects), which is how attributes that are
//! not text travel through a spreadsheet unchanged.
//!
//! Reading accepts `,`, `;` or tab delimiters (the first line decides), a UTF-8
//! byte-order mark, and headers in any case. Writing uses `,` and no byte-order mark,
//! and prefixes cells that a spreadsheet would run as a formula (starting with `=`, `+`,
//! `-`, `@`) with `'`, which reading removes again.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;

use super::{Loaded, Origin, Origins, ReadOptions};
use crate::error::{Error, ErrorKind, IoAction, Result, SheetLayout};
use crate::model::{Actor, ActorKind, ActorMap, Extra, FORMAT, Forum, Level, Link, Member, Need};
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
    name: String,
    /// Whether the format knows the column.
    known: bool,
    /// A free attribute column whose cells hold JSON values.
    json: bool,
}

/// One CSV file, read.
pub(crate) struct Table {
    file: Arc<Path>,
    columns: Vec<Column>,
    pub(crate) rows: Vec<Row>,
}

pub(crate) struct Row {
    pub(crate) line: usize,
    cells: Vec<String>,
}

impl Table {
    fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.known && c.name == name)
    }
}

/// One row being decoded.
pub(crate) struct Cells<'t> {
    pub(crate) table: &'t Table,
    pub(crate) row: &'t Row,
}

impl Cells<'_> {
    /// A known column's cell, trimmed (ids, kinds, levels, references: a stray space
    /// typed in a spreadsheet must not break a reference); empty is `None`.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        let i = self.table.column(name)?;
        let cell = self.row.cells.get(i)?.trim();
        (!cell.is_empty()).then(|| cell.to_owned())
    }

    /// A known column's free text (names, notes), exactly as written; empty is `None`.
    pub(crate) fn text(&self, name: &str) -> Option<String> {
        let i = self.table.column(name)?;
        let cell = self.row.cells.get(i)?;
        (!cell.trim().is_empty()).then(|| cell.clone())
    }

    pub(crate) fn list(&self, name: &str) -> Vec<String> {
        self.get(name)
            .map(|cell| {
                cell.split(LIST_SEPARATOR)
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub(crate) fn origin(&self) -> Origin {
        Origin {
            file: Some(self.table.file.clone()),
            line: Some(self.row.line),
            path: None,
        }
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

/// Undo the formula guard written by [`guard`]: a leading `'` before a character a
/// spreadsheet would read as a formula (or before another `'`).
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest,
        _ => cell,
    }
}

/// Keep a spreadsheet from running a cell as a formula.
pub(crate) fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

pub(crate) struct Reader {
    pub(crate) problems: Vec<Problem>,
    pub(crate) options: ReadOptions,
}

impl Reader {
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

    /// Read one CSV file. `Ok(None)` when the file cannot be used as a table (reported).
    pub(crate) fn table(
        &mut self,
        path: &Path,
        known_columns: &[&str],
        required: &[&str],
    ) -> Result<Option<Table>> {
        let file =
            std::fs::File::open(path).map_err(|e| Error::io(Some(path), IoAction::Read, e))?;
        let text = super::read_limited(file, Some(path), self.options.max_input_bytes)?;
        let file: Arc<Path> = Arc::from(path);
        let Some(header_line) = text.lines().next().filter(|l| !l.trim().is_empty()) else {
            let args = Args::new()
                .select("shape", "sheet")
                .with("columns", known_columns.join(","));
            self.error(
                ProblemCode::EmptyFile,
                Self::file_location(path, None),
                args,
            );
            return Ok(None);
        };
        let delimiter = sniff_delimiter(header_line);
        let lines = crate::text::LineIndex::new(&text);
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
                return Ok(None);
            }
        };
        let mut columns: Vec<Column> = Vec::with_capacity(headers.len());
        let mut usable = true;
        for (i, header) in headers.iter().enumerate() {
            let header = header.trim();
            let lower = header.to_lowercase();
            let (name, known, json) = if known_columns.contains(&lower.as_str()) {
                (lower, true, false)
            } else {
                match header.strip_suffix(JSON_SUFFIX) {
                    Some(base) => (base.to_owned(), false, true),
                    None => (header.to_owned(), false, false),
                }
            };
            if name.is_empty() {
                let args = Args::new().with("column", (i + 1).to_string());
                self.error(
                    ProblemCode::EmptyHeader,
                    Self::file_location(path, Some(1)),
                    args,
                );
                usable = false;
            } else if columns.iter().any(|c| c.known == known && c.name == name) {
                let args = Args::new().quoted("column", name.as_str());
                self.error(
                    ProblemCode::DuplicateHeader,
                    Self::file_location(path, Some(1)),
                    args,
                );
                usable = false;
            } else if !known && !json {
                if let Some(near) = text::closest(&name, known_columns.iter().copied()) {
                    self.problems.push(Problem::warning(
                        ProblemCode::UnknownColumn,
                        Self::file_location(path, Some(1)),
                        Args::new()
                            .quoted("column", name.as_str())
                            .quoted("suggestion", near),
                    ));
                }
            }
            columns.push(Column { name, known, json });
        }
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|r| !columns.iter().any(|c| c.known && c.name == *r))
            .collect();
        if !missing.is_empty() {
            let found: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
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
            return Ok(None);
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    let line = Some(lines.csv_line(&text, e.position()));
                    let args = Args::new()
                        .select("shape", "row")
                        .with("reason", e.to_string());
                    self.error(ProblemCode::BadCsv, Self::file_location(path, line), args);
                    continue;
                }
            };
            let line = lines.csv_line(&text, record.position());
            if record.iter().all(|c| c.trim().is_empty()) {
                continue; // blank rows are common at the end of exported sheets
            }
            let mut cells: Vec<String> = record.iter().map(|c| unguard(c).to_owned()).collect();
            // Trailing empty cells past the header are harmless (spreadsheets add them).
            while cells.len() > columns.len() && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            if cells.len() != columns.len() {
                let args = Args::new()
                    .select("shape", "sheet")
                    .count("cells", cells.len())
                    .count("columns", columns.len());
                self.error(
                    ProblemCode::WrongCellCount,
                    Self::file_location(path, Some(line)),
                    args,
                );
                continue;
            }
            rows.push(Row { line, cells });
        }
        Ok(Some(Table {
            file,
            columns,
            rows,
        }))
    }

    /// Free attributes of a row: every column the format does not know.
    pub(crate) fn extra(&mut self, cells: &Cells, id: Option<&str>) -> Extra {
        let mut extra = Extra::new();
        for (i, column) in cells.table.columns.iter().enumerate() {
            if column.known {
                continue;
            }
            let cell = &cells.row.cells[i];
            if cell.is_empty() {
                continue;
            }
            if column.json {
                match super::json::parse_nested::<Value>(cell, self.options.max_depth) {
                    Ok(v) => {
                        extra.insert(column.name.clone(), v);
                    }
                    Err(e) => {
                        let args = Args::new()
                            .select("shape", "column")
                            .quoted("column", format!("{}{JSON_SUFFIX}", column.name))
                            .quoted("value", cell.as_str())
                            .with("reason", e.reason());
                        self.error(ProblemCode::BadJsonCell, cells.location(id), args)
                    }
                }
            } else {
                extra.insert(column.name.clone(), Value::String(cell.clone()));
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

    fn closed<T: std::str::FromStr<Err = crate::model::UnknownValue>>(
        &mut self,
        cells: &Cells,
        column: &str,
        code: ProblemCode,
        id: Option<&str>,
    ) -> Option<T> {
        let value = self.required(cells, column, id)?;
        match value.to_lowercase().parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                let args = Args::new()
                    .select("shape", "code")
                    .quoted("value", value)
                    .with("accepted", e.accepted.join(", "));
                self.error(code, cells.location(id), args);
                None
            }
        }
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
    match s.to_lowercase().as_str() {
        "true" | "yes" | "oui" | "vrai" | "1" | "x" => Some(true),
        "false" | "no" | "non" | "faux" | "0" => Some(false),
        _ => None,
    }
}

/// A number as spreadsheets write it, with `.` or (French) `,` as decimal separator.
pub(crate) fn parse_number(s: &str) -> Option<f64> {
    s.parse::<f64>()
        .ok()
        .or_else(|| s.replace(',', ".").parse::<f64>().ok())
        .filter(|n| n.is_finite())
}

/// Find `name` in `folder`, whatever its case (`Actors.csv` from Windows).
pub(crate) fn find_file(folder: &Path, name: &'static str) -> Result<Option<PathBuf>> {
    let exact = folder.join(name);
    if exact.is_file() {
        return Ok(Some(exact));
    }
    if exact.is_dir() {
        return Err(ErrorKind::NotAFile { path: exact, name }.into());
    }
    let entries =
        std::fs::read_dir(folder).map_err(|e| Error::io(Some(folder), IoAction::ReadFolder, e))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().eq_ignore_ascii_case(name))
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    Ok(found.into_iter().next())
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
    let mut r = Reader {
        problems: Vec::new(),
        options: options.clone(),
    };
    let mut map = ActorMap::default();
    let mut origins = Origins::default();

    let Some(actors_path) = find_file(folder, "actors.csv")? else {
        return Err(ErrorKind::NoActorsSheet {
            folder: folder.to_path_buf(),
        }
        .into());
    };

    if let Some(path) = find_file(folder, "map.csv")? {
        if let Some(table) = r.table(&path, MAP, MAP)? {
            origins.map = Origin {
                file: Some(table.file.clone()),
                line: Some(1),
                path: None,
            };
            read_map_fields(&mut r, &table, &mut map);
        }
    }

    if let Some(path) = find_file(folder, "needs.csv")? {
        if let Some(table) = r.table(&path, NEEDS, &["id", "name"])? {
            for row in &table.rows {
                let cells = Cells { table: &table, row };
                let Some(id) = r.required(&cells, "id", None) else {
                    continue;
                };
                let name = r
                    .required(&cells, "name", Some(&id))
                    .unwrap_or_else(|| id.clone());
                let extra = r.extra(&cells, Some(&id));
                map.needs.push(Need { id, name, extra });
                origins.needs.push(cells.origin());
            }
        }
    }

    if let Some(table) = r.table(&actors_path, ACTORS, &["id", "name", "kind"])? {
        for row in &table.rows {
            let cells = Cells { table: &table, row };
            let Some(id) = r.required(&cells, "id", None) else {
                continue;
            };
            let name = r.required(&cells, "name", Some(&id));
            let kind = r.closed::<ActorKind>(&cells, "kind", ProblemCode::UnknownKind, Some(&id));
            let extra = r.extra(&cells, Some(&id));
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

    if let Some(path) = find_file(folder, "links.csv")? {
        if let Some(table) = r.table(&path, LINKS, &["source", "target", "level"])? {
            for row in &table.rows {
                let cells = Cells { table: &table, row };
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
                let extra = r.extra(&cells, None);
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

    let forums_file = find_file(folder, "forums.csv")?;
    let declared_forums = forums_file.is_some();
    if let Some(path) = forums_file {
        if let Some(table) = r.table(&path, FORUMS, &["id", "name"])? {
            for row in &table.rows {
                let cells = Cells { table: &table, row };
                let Some(id) = r.required(&cells, "id", None) else {
                    continue;
                };
                let name = r
                    .required(&cells, "name", Some(&id))
                    .unwrap_or_else(|| id.clone());
                let extra = r.extra(&cells, Some(&id));
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

    if let Some(path) = find_file(folder, "members.csv")? {
        if let Some(table) = r.table(&path, MEMBERS, &["forum", "actor"])? {
            for row in &table.rows {
                let cells = Cells { table: &table, row };
                let forum = r.required(&cells, "forum", None);
                let actor = r.required(&cells, "actor", forum.as_deref());
                let extra = r.extra(&cells, forum.as_deref());
                let (Some(forum), Some(actor)) = (forum, actor) else {
                    continue;
                };
                let f = match map.forums.iter().position(|f| f.id == forum) {
                    Some(f) => f,
                    None if declared_forums => {
                        let args = Args::new().quoted("forum", forum.as_str());
                        let ids = map.forums.iter().map(|f| f.id.as_str());
                        let args = match text::closest(&forum, ids) {
                            Some(near) => args.select("hint", "closest").quoted("suggestion", near),
                            None => args.select("hint", "none"),
                        };
                        r.error(
                            ProblemCode::UnknownForum,
                            cells.location(Some(&forum)),
                            args,
                        );
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

    Ok(Loaded {
        map,
        origins,
        problems: r.problems,
    })
}

fn read_map_fields(r: &mut Reader, table: &Table, map: &mut ActorMap) {
    let (fi, vi) = (
        table.column("field").expect("required"),
        table.column("value").expect("required"),
    );
    for row in &table.rows {
        let cells = Cells { table, row };
        let field = row.cells[fi].trim();
        let value = row.cells[vi].clone();
        let text = (!value.trim().is_empty()).then(|| value.trim().to_owned());
        let exact = (!value.trim().is_empty()).then(|| value.clone());
        match field.to_lowercase().as_str() {
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
            "as_of" => map.as_of = text,
            "description" => map.description = exact,
            _ => match field.strip_suffix(JSON_SUFFIX) {
                Some(key) => {
                    match super::json::parse_nested::<Value>(&value, r.options.max_depth) {
                        Ok(v) => {
                            map.extra.insert(key.to_owned(), v);
                        }
                        Err(e) => {
                            let args = Args::new()
                                .select("shape", "field")
                                .quoted("column", field)
                                .quoted("value", value.as_str())
                                .with("reason", e.reason());
                            r.error(ProblemCode::BadJsonCell, cells.location(None), args)
                        }
                    }
                }
                None => {
                    map.extra.insert(field.to_owned(), Value::String(value));
                }
            },
        }
    }
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
    pub(crate) fn new(known: &[&str], extras: Vec<(String, bool)>) -> Result<Self> {
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let mut header: Vec<String> = known.iter().map(|s| (*s).to_owned()).collect();
        header.extend(extras.iter().map(|(k, json)| {
            if *json {
                format!("{k}{JSON_SUFFIX}")
            } else {
                k.clone()
            }
        }));
        let header: Vec<String> = header.iter().map(|h| guard(h).into_owned()).collect();
        writer.write_record(&header).map_err(csv_error)?;
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
        let cells: Vec<std::borrow::Cow<str>> = cells.iter().map(|c| guard(c)).collect();
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

pub(crate) fn list(items: &[String]) -> String {
    items.join(&LIST_SEPARATOR.to_string())
}

/// The spreadsheet files of a map, as (file name, bytes), in a fixed order.
pub(crate) fn to_files(map: &ActorMap) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let mut files = Vec::new();

    let mut sheet = Sheet::new(MAP, Vec::new())?;
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
        match value {
            Value::String(s) if !s.is_empty() && !key.ends_with(JSON_SUFFIX) => {
                sheet.row(vec![key.clone(), s.clone()], &empty)?
            }
            v => sheet.row(vec![format!("{key}{JSON_SUFFIX}"), v.to_string()], &empty)?,
        }
    }
    files.push(("map.csv", sheet.finish()?));

    let mut sheet = Sheet::new(NEEDS, extra_columns(map.needs.iter().map(|n| &n.extra)))?;
    for need in &map.needs {
        sheet.row(vec![need.id.clone(), need.name.clone()], &need.extra)?;
    }
    files.push(("needs.csv", sheet.finish()?));

    let mut sheet = Sheet::new(ACTORS, extra_columns(map.actors.iter().map(|a| &a.extra)))?;
    for a in &map.actors {
        sheet.row(
            vec![
                a.id.clone(),
                a.name.clone(),
                a.kind.as_str().into(),
                opt(&a.organization),
                opt(&a.sector),
                opt(&a.territory),
                list(&a.services),
            ],
            &a.extra,
        )?;
    }
    files.push(("actors.csv", sheet.finish()?));

    let mut sheet = Sheet::new(LINKS, extra_columns(map.links.iter().map(|l| &l.extra)))?;
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
    files.push(("links.csv", sheet.finish()?));

    let mut sheet = Sheet::new(FORUMS, extra_columns(map.forums.iter().map(|f| &f.extra)))?;
    for f in &map.forums {
        sheet.row(
            vec![
                f.id.clone(),
                f.name.clone(),
                opt(&f.kind),
                opt(&f.sector),
                list(&f.needs),
            ],
            &f.extra,
        )?;
    }
    files.push(("forums.csv", sheet.finish()?));

    let members = map.forums.iter().flat_map(|f| f.members.iter());
    let mut sheet = Sheet::new(MEMBERS, extra_columns(members.map(|m| &m.extra)))?;
    for f in &map.forums {
        for m in &f.members {
            sheet.row(vec![f.id.clone(), m.actor.clone(), opt(&m.role)], &m.extra)?;
        }
    }
    files.push(("members.csv", sheet.finish()?));

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
            "=SUM(A1)", "+1", "-x", "@a", "'quoted", "''", "plain", "", "é",
        ] {
            assert_eq!(unguard(&guard(cell)), cell);
        }
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("plain"), "plain");
    }

    #[test]
    fn numbers_accept_a_decimal_comma() {
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("2"), Some(2.0));
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("deux"), None);
    }
}
