//! Adjacency matrices: the square table of names facilitators often fill in during a
//! meeting ("who works with whom?").
//!
//! ```text
//!                 ; CLSC ; Popote ; Carrefour
//! CLSC            ;      ; 1      ; coopération
//! Popote          ; 1    ;        ;
//! Carrefour       ; 3    ;        ;
//! ```
//!
//! - The first row names the actors (its first cell is empty or a title); the first
//!   cell of each following row names the row's actor, one of the column names (rows
//!   may come in another order, and need not all be there). Names are kept as written,
//!   without surrounding spaces; ids are made from them (`Popote roulante` →
//!   `popote-roulante`, a second one `popote-roulante-2`).
//! - A cell says whether the row's actor works with the column's: empty or `0` is no
//!   tie; `1`, `x` or `oui`/`yes` is a tie at the import's default level
//!   (coordination unless `--level` says otherwise); a level word (`information`,
//!   `coordination`, `cooperation`/`coopération`, `collaboration`) is a tie at that
//!   level. When any cell holds `2`, `3` or `4`, numbers are level ranks instead:
//!   `1` information, `2` coordination, `3` cooperation, `4` collaboration.
//! - Direction: when the two cells of a pair agree, the pair is one undirected link;
//!   when they differ, each filled cell is a link directed from the row's actor to the
//!   column's (a tie one side reports and the other does not, or at another level). A
//!   matrix filled only above (or only below) its diagonal is read as undirected.
//! - A matrix does not say kinds: every actor takes the import's default kind
//!   (community unless `--default-kind` says otherwise), with a warning each, so that
//!   `actormap check` lists the actors to review.
//! - The delimiter may be `,`, `;` or tab (the first line decides), with or without a
//!   byte-order mark, as Excel writes "CSV UTF-8".
//!
//! A cell that cannot be read, a row whose name is not a column, a row with more cells
//! than there are columns: each is an error with its line. A row that repeats an
//! earlier one is merged into it, with a warning.

use std::collections::HashMap;
use std::path::Path;

use crate::error::Result;
use crate::interop::{self, Ids, ImportOptions, Notes};
use crate::io::Loaded;
use crate::model::{Actor, ActorMap, Level, Link};
use crate::problem::{ProblemCode, SourceFile};
use crate::text;
use crate::words::Args;

/// What a cell says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cell {
    Empty,
    /// A tie whose level the cell does not say (`1`, `x`, `oui`).
    Tie,
    /// A number from 1 to 4.
    Rank(u8),
    Level(Level),
}

fn read_cell(text: &str) -> Option<Cell> {
    let folded = interop::fold(text);
    match folded.as_str() {
        "" | "0" | "non" | "no" => Some(Cell::Empty),
        "1" => Some(Cell::Rank(1)),
        "2" => Some(Cell::Rank(2)),
        "3" => Some(Cell::Rank(3)),
        "4" => Some(Cell::Rank(4)),
        "x" | "oui" | "yes" | "true" | "vrai" => Some(Cell::Tie),
        _ => interop::parse_level(&folded).map(Cell::Level),
    }
}

/// Read an adjacency matrix (CSV text) into a map, with every problem found while
/// reading, each with its line (see the module documentation).
///
/// # Example
/// ```
/// let csv = "\u{feff};CLSC;Popote roulante;Carrefour\n\
///            CLSC;;1;coopération\n\
///            Popote roulante;1;;\n\
///            Carrefour;coopération;;\n";
/// let loaded = actormap::interop::load_matrix(csv, None, &Default::default())?;
/// let map = loaded.into_map()?;
/// assert_eq!(map.actors[1].id, "popote-roulante");
/// // Both sides agree: one undirected link each.
/// assert_eq!(map.links.len(), 2);
/// assert_eq!(map.links[0].level, actormap::Level::Coordination);
/// assert_eq!(map.links[1].level, actormap::Level::Cooperation);
/// assert!(!map.links[1].directed);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn load_matrix(text: &str, path: Option<&Path>, options: &ImportOptions) -> Result<Loaded> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut notes = Notes::new(path.map(SourceFile::new)).reading(&options.read);
    let mut map = ActorMap::default();
    let mut origins = notes.origins();
    let Some(first) = text.lines().next().filter(|l| !l.trim().is_empty()) else {
        let args = Args::new().select("shape", "matrix");
        notes.error(ProblemCode::EmptyFile, None, None, args);
        return Ok(notes.loaded(map, origins));
    };
    let delimiter = crate::io::csv::sniff_delimiter(first);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let lines = interop::LineIndex::new(text);
    let line_of = |pos: Option<&::csv::Position>| lines.csv_line(pos);

    // The header: the actors, in column order, read into room sized from its first line
    // (a header of many names would otherwise take up to twice its size in growing).
    let fields = first.bytes().filter(|&b| b == delimiter).count() + 1;
    let mut header = ::csv::StringRecord::with_capacity(first.len(), fields);
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Err(e) => {
            let args = Args::new()
                .select("shape", "matrix-header")
                .with("reason", e.to_string());
            notes.error(ProblemCode::BadCsv, Some(1), None, args);
            return Ok(notes.loaded(map, origins));
        }
        Ok(false) => return Ok(notes.loaded(map, origins)),
    }
    let records = reader.records();
    // Spreadsheets add empty columns at the end.
    let n = (1..header.len())
        .rfind(|&i| !header[i].trim().is_empty())
        .unwrap_or(0);
    if n == 0 {
        let args = Args::new()
            .select("shape", "matrix-header")
            .with("delimiter", format!("{:?}", delimiter as char));
        notes.error(ProblemCode::EmptyFile, Some(1), None, args);
        return Ok(notes.loaded(map, origins));
    }
    // Each name is an actor, each filled cell a tie: all of them are records.
    if n > options.read.max_records {
        return Err(crate::error::ErrorKind::TooManyRecords {
            path: path.map(Path::to_path_buf),
            line: Some(1),
            limit: options.read.max_records,
        }
        .into());
    }
    for _ in 0..n {
        notes.take_record(Some(1))?;
    }
    let mut ids = Ids::with_capacity(n);
    let mut column_of: HashMap<String, usize> = HashMap::with_capacity(n);
    let mut usable = true;
    map.actors.reserve_exact(n);
    origins.actors.reserve_exact(n);
    for (i, name) in header.iter().skip(1).take(n).map(str::trim).enumerate() {
        if name.is_empty() {
            let args = Args::new()
                .select("shape", "matrix")
                .with("column", (i + 2).to_string());
            notes.error(ProblemCode::EmptyName, Some(1), None, args);
            usable = false;
            continue;
        }
        if let Some(&j) = column_of.get(&interop::fold(name)) {
            let args = Args::new()
                .select("shape", "matrix")
                .quoted("name", name)
                .with("first", (j + 2).to_string())
                .with("second", (i + 2).to_string());
            notes.error(ProblemCode::DuplicateId, Some(1), None, args);
            usable = false;
            continue;
        }
        column_of.insert(interop::fold(name), i);
        let id = ids.make(name);
        let mut actor = Actor::new(id.clone(), name, options.default_kind);
        actor.kind = options.default_kind;
        let at = notes.origin(1);
        notes.assumed_kind(&at, &id, options.default_kind, "matrix");
        map.actors.push(actor);
        origins.actors.push(at);
    }
    if !usable {
        return Ok(notes.loaded(map, origins));
    }
    // Each column's actor holds its name from here on.
    drop((header, ids));
    let names = |i: usize| map.actors[i].name.as_str();

    // The cells, by (row actor, column actor), with the line they are on.
    let mut cells: HashMap<(usize, usize), (Cell, usize)> = HashMap::new();
    let mut row_line: Vec<Option<usize>> = vec![None; n];
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                let args = Args::new()
                    .select("shape", "matrix-row")
                    .with("reason", e.to_string());
                notes.error(ProblemCode::BadCsv, Some(line), None, args);
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let row_name = record.get(0).unwrap_or("").trim();
        let Some(&row) = column_of.get(&interop::fold(row_name)) else {
            let args = if row_name.is_empty() {
                Args::new().select("shape", "matrix-unnamed")
            } else {
                Args::new()
                    .select("shape", "matrix-row")
                    .quoted("reference", row_name)
            };
            let args = match text::closest(row_name, map.actors.iter().map(|a| a.name.as_str())) {
                Some(near) => args.select("hint", "closest").quoted("suggestion", near),
                None => args.select("hint", "none"),
            };
            notes.error(ProblemCode::UnknownActor, Some(line), Some(row_name), args);
            continue;
        };
        let extra_cells = record
            .iter()
            .skip(1 + n)
            .filter(|c| !c.trim().is_empty())
            .count();
        if extra_cells > 0 {
            let args = Args::new()
                .select("shape", "matrix")
                .count("cells", record.len() - 1)
                .count("columns", n);
            notes.error(
                ProblemCode::WrongCellCount,
                Some(line),
                Some(&map.actors[row].id),
                args,
            );
            continue;
        }
        if let Some(first) = row_line[row] {
            let args = Args::new()
                .quoted("name", names(row))
                .with("first", first.to_string());
            notes.warning(
                ProblemCode::DuplicateRow,
                Some(line),
                Some(&map.actors[row].id),
                args,
            );
        } else {
            row_line[row] = Some(line);
        }
        for (col, raw) in record.iter().skip(1).take(n).enumerate() {
            let Some(cell) = read_cell(raw) else {
                let args = Args::new()
                    .quoted("row", names(row))
                    .quoted("column", names(col))
                    .quoted("value", raw)
                    .with("levels", interop::LEVEL_WORDS);
                notes.error(
                    ProblemCode::BadCell,
                    Some(line),
                    Some(&map.actors[row].id),
                    args,
                );
                continue;
            };
            if cell == Cell::Empty {
                continue;
            }
            if col == row {
                let args = Args::new()
                    .select("shape", "matrix")
                    .quoted("actor", names(row));
                notes.warning(
                    ProblemCode::SelfLoop,
                    Some(line),
                    Some(&map.actors[row].id),
                    args,
                );
                continue;
            }
            // A repeated row fills the cells the first left empty.
            if let std::collections::hash_map::Entry::Vacant(empty) = cells.entry((row, col)) {
                notes.take_record(Some(line))?;
                empty.insert((cell, line));
            }
        }
    }

    let ranks = cells.values().any(|(c, _)| matches!(c, Cell::Rank(2..=4)));
    let level = |cell: Cell| match cell {
        Cell::Level(l) => l,
        Cell::Tie => options.default_level,
        Cell::Rank(1) if !ranks => options.default_level,
        Cell::Rank(r) => Level::ALL[usize::from(r.clamp(1, 4)) - 1],
        Cell::Empty => unreachable!("empty cells are not kept"),
    };
    let upper = cells.keys().any(|(r, c)| r < c);
    let lower = cells.keys().any(|(r, c)| r > c);
    let half = !(upper && lower);
    // Only the filled cells, in row then column order: a header of n names holds n²
    // cells, most of them empty.
    let mut filled: Vec<((usize, usize), (Cell, usize))> =
        cells.iter().map(|(&at, &cell)| (at, cell)).collect();
    filled.sort_unstable_by_key(|&(at, _)| at);
    for ((row, col), (cell, line)) in filled {
        let mirror = cells.get(&(col, row)).map(|&(c, _)| level(c));
        let this = level(cell);
        let undirected = half || mirror == Some(this);
        if undirected && row > col && mirror.is_some() {
            continue; // the pair was written from its upper cell
        }
        let mut link = Link::new(map.actors[row].id.clone(), map.actors[col].id.clone(), this);
        link.directed = !undirected;
        map.links.push(link);
        origins.links.push(notes.origin(line));
    }
    Ok(notes.loaded(map, origins))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Loaded {
        load_matrix(text, Some(Path::new("m.csv")), &ImportOptions::default()).unwrap()
    }

    fn ties(map: &ActorMap) -> Vec<(String, String, Level, bool)> {
        map.links
            .iter()
            .map(|l| (l.source.clone(), l.target.clone(), l.level, l.directed))
            .collect()
    }

    #[test]
    fn disagreeing_cells_are_directed_ties() {
        let loaded = load(",A,B,C\nA,,1,1\nB,1,,\nC,collaboration,,\n");
        let t = |s: &str, d: &str, l, dir| (s.to_owned(), d.to_owned(), l, dir);
        assert_eq!(
            ties(&loaded.map),
            [
                t("a", "b", Level::Coordination, false),
                t("a", "c", Level::Coordination, true),
                t("c", "a", Level::Collaboration, true),
            ]
        );
    }

    #[test]
    fn ranks_are_levels_when_the_matrix_uses_them() {
        let loaded = load(";A;B;C\nA;;1;4\n");
        // Filled above the diagonal only: undirected.
        let t = |s: &str, d: &str, l| (s.to_owned(), d.to_owned(), l, false);
        assert_eq!(
            ties(&loaded.map),
            [
                t("a", "b", Level::Information),
                t("a", "c", Level::Collaboration)
            ]
        );
    }

    #[test]
    fn bad_cells_and_rows_are_located() {
        let loaded = load(",A,B\nA,,peut-être\nZ,1,\nB,1,,,2\n");
        let got: Vec<(String, &str)> = loaded
            .problems
            .iter()
            .filter(|p| p.severity == crate::problem::ProblemSeverity::Error)
            .map(|p| (p.to_string(), p.code.as_str()))
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].0.starts_with(
            "m.csv:2: (id \"a\"): row \"A\", column \"B\": \"peut-être\" is not a tie"
        ));
        assert_eq!(got[1].1, "unknown-actor");
        assert!(got[1].0.starts_with("m.csv:3:"));
        assert_eq!(got[2].1, "wrong-cell-count");
        assert!(got[2].0.starts_with("m.csv:4:"));
    }

    #[test]
    fn lines_are_right_after_crlf_line_ends() {
        // Excel's CRLF, a blank line, and a cell with a line break inside quotes.
        let loaded = load(",A,\"B\r\nb\"\r\nA,,1\r\n\r\n\"B\r\nb\",soon,\r\n");
        let bad: Vec<Option<usize>> = loaded
            .problems
            .iter()
            .filter(|p| p.code == ProblemCode::BadCell)
            .map(|p| p.location.line)
            .collect();
        // A row is located where it starts.
        assert_eq!(bad, [Some(5)]);
        assert_eq!(loaded.map.links.len(), 1);
        assert_eq!(loaded.origins.links[0].line(), Some(3));
    }

    #[test]
    fn every_actor_gets_an_assumed_kind_warning() {
        let loaded = load(",Popote,popote!\n");
        let ids: Vec<&str> = loaded.map.actors.iter().map(|a| a.id.as_str()).collect();
        // Different names fold to different columns only when they differ beyond case.
        assert_eq!(ids, ["popote", "popote-2"]);
        assert_eq!(
            loaded
                .problems
                .iter()
                .filter(|p| p.code == ProblemCode::AssumedKind)
                .count(),
            2
        );
    }
}
