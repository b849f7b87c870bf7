//! Kumu's spreadsheet layout: `elements.csv` and `connections.csv` (see the parent
//! module), read and written with actormap's own spreadsheet tools.

use std::path::Path;

use serde_json::Value;

use super::{
    CONNECTION_KEYS, Connection, ELEMENT_KEYS, Element, REST_FILE, assemble, direction_of, escaped,
    kind_of, level_of, weight_of,
};
use crate::error::{Error, ErrorKind, IoAction, Result, SheetLayout};
use crate::interop::{self, ImportOptions, Notes};
use crate::io::Loaded;
use crate::io::csv::{self as sheets, Cells, Reader};
use crate::model::{ActorKind, ActorMap, Extra};
use crate::problem::ProblemCode;
use crate::words::Args;

/// Columns for free attributes in a sheet: as in actormap's spreadsheets, plus JSON for
/// a name that itself ends in `:json` (so that reading takes exactly one suffix off).
fn sheet_columns<'a>(extras: impl Iterator<Item = &'a Extra>) -> Vec<(String, bool)> {
    sheets::extra_columns(extras)
        .into_iter()
        .map(|(name, json)| {
            let json = json || name.ends_with(sheets::JSON_SUFFIX);
            (name, json)
        })
        .collect()
}

/// The map in Kumu's spreadsheet layout, as (file name, bytes): `elements.csv`,
/// `connections.csv` and `actormap.json` (the rest of the map, which Kumu does not
/// read). Cells a spreadsheet would run as a formula are prefixed with `'`, as in
/// actormap's own spreadsheets.
pub fn to_kumu_sheets(map: &ActorMap) -> Result<Vec<(&'static str, Vec<u8>)>> {
    let extras: Vec<Extra> = map
        .actors
        .iter()
        .map(|a| escaped(&a.extra, ELEMENT_KEYS))
        .collect();
    let mut sheet = sheets::Sheet::new(
        &[
            "ID",
            "Label",
            "Type",
            "Organization",
            "Sector",
            "Territory",
            "Services",
        ],
        sheet_columns(extras.iter()),
    )?;
    for (a, extra) in map.actors.iter().zip(&extras) {
        sheet.row(
            vec![
                a.id.clone(),
                a.name.clone(),
                interop::kind_label(a.kind).to_owned(),
                sheets::opt(&a.organization),
                sheets::opt(&a.sector),
                sheets::opt(&a.territory),
                sheets::list(&a.services),
            ],
            extra,
        )?;
    }
    let elements = sheet.finish()?;

    let extras: Vec<Extra> = map
        .links
        .iter()
        .map(|l| escaped(&l.extra, CONNECTION_KEYS))
        .collect();
    let mut sheet = sheets::Sheet::new(
        &[
            "From",
            "To",
            "Type",
            "Direction",
            "Kind",
            "Weight",
            "Description",
            "Since",
            "Until",
        ],
        sheet_columns(extras.iter()),
    )?;
    for (l, extra) in map.links.iter().zip(&extras) {
        sheet.row(
            vec![
                l.source.clone(),
                l.target.clone(),
                interop::level_label(l.level).to_owned(),
                if l.directed { "directed" } else { "undirected" }.to_owned(),
                sheets::opt(&l.kind),
                l.weight.map(|w| w.to_string()).unwrap_or_default(),
                sheets::opt(&l.notes),
                sheets::opt(&l.since),
                sheets::opt(&l.until),
            ],
            extra,
        )?;
    }
    let connections = sheet.finish()?;
    Ok(vec![
        ("elements.csv", elements),
        ("connections.csv", connections),
        (REST_FILE, interop::rest_document(map, true).into_bytes()),
    ])
}

/// Write the map in Kumu's spreadsheet layout as `folder` (created if needed): see
/// [`to_kumu_sheets`]. The folder is built whole beside its place and then takes it, so it
/// is always either the old folder or the new one; a folder holding anything but these
/// sheets is refused.
pub fn write_kumu_sheets(map: &ActorMap, folder: impl AsRef<Path>) -> Result<()> {
    let folder = folder.as_ref();
    let files = to_kumu_sheets(map)?;
    let files: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    crate::io::atomic::write_folder(folder, &files, crate::io::target::KUMU_SHEETS)
}

const ELEMENT_COLUMNS: &[&str] = &[
    "id",
    "label",
    "type",
    "element type",
    "organization",
    "sector",
    "territory",
    "services",
];
const CONNECTION_COLUMNS: &[&str] = &[
    "from",
    "to",
    "type",
    "connection type",
    "direction",
    "kind",
    "weight",
    "description",
    "since",
    "until",
];

fn unescaped(extra: Extra) -> Extra {
    extra
        .into_iter()
        .map(|(k, v)| (interop::unescape_extra(&k).to_owned(), v))
        .collect()
}

fn cell_kind(cells: &Cells, notes: &mut Notes, id: &str) -> (Option<ActorKind>, bool) {
    let line = cells.row.line;
    match cells.get("type").or_else(|| cells.get("element type")) {
        Some(word) => match kind_of(&word, line, Some(id), notes) {
            Ok(k) => (Some(k), false),
            Err(()) => (None, true),
        },
        None => (None, false),
    }
}

/// Read a folder in Kumu's spreadsheet layout: `elements.csv` (needed), and
/// `connections.csv` and `actormap.json` when they are there (see the module
/// documentation). The sheets may use `,`, `;` or tab, and a byte-order mark, as
/// Excel writes them; headers are matched without case.
pub fn load_kumu_sheets(folder: impl AsRef<Path>, options: &ImportOptions) -> Result<Loaded> {
    let folder = folder.as_ref();
    if !folder.is_dir() {
        return Err(ErrorKind::NotAFolder {
            path: folder.to_path_buf(),
            layout: SheetLayout::Kumu,
        }
        .into());
    }
    let Some(elements_path) = sheets::find_file(folder, "elements.csv")? else {
        return Err(ErrorKind::NoElementsSheet {
            folder: folder.to_path_buf(),
            holds_actors: sheets::find_file(folder, "actors.csv")?.is_some(),
        }
        .into());
    };
    let mut r = Reader {
        problems: Vec::new(),
        options: options.read.clone(),
    };
    // Problems found here name each file through their own locations.
    let mut notes = Notes::new(None);
    let mut elements = Vec::new();
    if let Some(table) = r.table(&elements_path, ELEMENT_COLUMNS, &["label"])? {
        for row in &table.rows {
            let cells = Cells { table: &table, row };
            let Some(label) = cells.text("label") else {
                let args = Args::new().select("shape", "label");
                r.error(ProblemCode::EmptyName, cells.location(None), args);
                continue;
            };
            let id = cells.get("id");
            let who = id.clone().unwrap_or_else(|| label.clone());
            let mut local = Notes::new(cells.location(None).file.map(std::sync::Arc::from));
            let (kind, kind_error) = cell_kind(&cells, &mut local, &who);
            notes.problems.append(&mut local.problems);
            elements.push(Element {
                extra: unescaped(r.extra(&cells, Some(&who))),
                id,
                internal: None,
                label,
                kind,
                kind_error,
                organization: cells.get("organization"),
                sector: cells.get("sector"),
                territory: cells.get("territory"),
                services: cells.list("services"),
                origin: cells.origin(),
            });
        }
    }
    let mut connections = Vec::new();
    if let Some(path) = sheets::find_file(folder, "connections.csv")? {
        if let Some(table) = r.table(&path, CONNECTION_COLUMNS, &["from", "to"])? {
            for row in &table.rows {
                let cells = Cells { table: &table, row };
                let from = r.required(&cells, "from", None);
                let to = r.required(&cells, "to", from.as_deref());
                let (Some(from), Some(to)) = (from, to) else {
                    continue;
                };
                let mut local = Notes::new(cells.location(None).file.map(std::sync::Arc::from));
                let line = row.line;
                let mut level_error = false;
                let level = cells
                    .get("type")
                    .or_else(|| cells.get("connection type"))
                    .and_then(|w| {
                        level_of(&w, line, Some(&from), &mut local)
                            .map_err(|()| level_error = true)
                            .ok()
                    });
                let directed = cells
                    .get("direction")
                    .is_some_and(|d| direction_of(&d, line, Some(&from), &mut local));
                let weight = cells
                    .get("weight")
                    .and_then(|w| weight_of(&Value::String(w), line, Some(&from), &mut local));
                notes.problems.append(&mut local.problems);
                connections.push(Connection {
                    extra: unescaped(r.extra(&cells, Some(&from))),
                    from,
                    to,
                    level,
                    level_error,
                    directed,
                    kind: cells.get("kind"),
                    weight,
                    notes: cells.text("description"),
                    since: cells.get("since"),
                    until: cells.get("until"),
                    origin: cells.origin(),
                });
            }
        }
    }
    let (mut map, mut origins) =
        assemble(elements, connections, options, &mut notes, "kumu-sheets");
    if let Some(path) = sheets::find_file(folder, REST_FILE)? {
        let file =
            std::fs::File::open(&path).map_err(|e| Error::io(Some(&path), IoAction::Read, e))?;
        let text = crate::io::read_limited(file, Some(&path), options.read.max_input_bytes)?;
        let mut local =
            Notes::new(Some(std::sync::Arc::from(path.as_path()))).reading(&options.read);
        interop::read_rest(&text, 1, &mut map, &mut origins, &mut local);
        notes.problems.append(&mut local.problems);
    }
    let mut problems = r.problems;
    problems.append(&mut notes.problems);
    interop::merge_duplicate_links(&mut map, &mut origins, &mut problems, "connection");
    Ok(Loaded {
        map,
        origins,
        problems,
    })
}
