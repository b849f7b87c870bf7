//! Kumu's spreadsheet layout: `elements.csv` and `connections.csv` (see the parent
//! module), read and written with actormap's own spreadsheet tools.

use std::path::Path;

use serde_json::Value;

use super::{
    CONNECTION_KEYS, Connection, ELEMENT_KEYS, Element, REST_FILE, assemble, direction_of, kind_of,
    level_of, weight_of,
};
use crate::error::{ErrorKind, Result, SheetLayout};
use crate::interop::{self, ImportOptions, Notes};
use crate::io::Loaded;
use crate::io::csv::{self as sheets, Cells, Reader};
use crate::model::{ActorKind, ActorMap};
use crate::problem::{ProblemCode, SourceFile};
use crate::words::Args;

/// The map in Kumu's spreadsheet layout, as (file name, bytes): `elements.csv`,
/// `connections.csv` and `actormap.json` (the rest of the map, which Kumu does not
/// read). Cells a spreadsheet would run as a formula are prefixed with `'`, as in
/// actormap's own spreadsheets.
pub fn to_kumu_sheets(map: &ActorMap) -> Result<Vec<(&'static str, Vec<u8>)>> {
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
        sheets::extra_columns(map.actors.iter().map(|a| &a.extra)),
        ELEMENT_KEYS,
    )?;
    for a in &map.actors {
        sheet.row(
            vec![
                a.id.clone(),
                a.name.clone(),
                interop::kind_label(a.kind).to_owned(),
                sheets::opt(&a.organization),
                sheets::opt(&a.sector),
                sheets::opt(&a.territory),
                sheets::list(&a.services, ELEMENTS_FILE, &a.id, "Services")?,
            ],
            &a.extra,
        )?;
    }
    let elements = sheet.finish()?;

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
        sheets::extra_columns(map.links.iter().map(|l| &l.extra)),
        CONNECTION_KEYS,
    )?;
    for l in &map.links {
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
            &l.extra,
        )?;
    }
    let connections = sheet.finish()?;
    Ok(vec![
        (ELEMENTS_FILE, elements),
        (CONNECTIONS_FILE, connections),
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

const ELEMENTS_FILE: &str = "elements.csv";
const CONNECTIONS_FILE: &str = "connections.csv";

/// The files of a folder in Kumu's spreadsheet layout: the one list of the names
/// reading looks for.
const KUMU_FILES: &[&str] = &[ELEMENTS_FILE, CONNECTIONS_FILE, REST_FILE];

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
    let Some(elements_path) = sheets::find_file(folder, ELEMENTS_FILE)? else {
        return Err(ErrorKind::NoElementsSheet {
            folder: folder.to_path_buf(),
            holds_actors: sheets::find_file(folder, "actors.csv").is_ok_and(|f| f.is_some()),
        }
        .into());
    };
    let mut used = vec![elements_path.clone()];
    let mut r = Reader::new(folder, &options.read);
    // Problems found here name each file through their own locations.
    let mut notes = Notes::new(None);
    let mut elements = Vec::new();
    let text = r.read(&elements_path)?;
    if let Some(mut table) = r.table(&elements_path, &text, ELEMENT_COLUMNS, &["label"]) {
        while let Some(row) = table.next_row(&mut r)? {
            let cells = Cells {
                table: &table,
                row: &row,
            };
            let Some(label) = cells.text("label") else {
                let args = Args::new().select("shape", "label");
                r.error(ProblemCode::EmptyName, cells.location(None), args);
                continue;
            };
            let id = cells.get("id");
            let who = id.clone().unwrap_or_else(|| label.clone());
            let mut local = Notes::new(cells.origin().file);
            let (kind, kind_error) = cell_kind(&cells, &mut local, &who);
            notes.problems.extend(local.problems.into_vec());
            elements.push(Element {
                extra: r.extra(&cells, Some(&who), crate::io::json::ACTOR_FIELDS),
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
    let connections_path = sheets::find_file(folder, CONNECTIONS_FILE)?;
    used.extend(connections_path.clone());
    if let Some(path) = connections_path {
        let text = r.read(&path)?;
        if let Some(mut table) = r.table(&path, &text, CONNECTION_COLUMNS, &["from", "to"]) {
            while let Some(row) = table.next_row(&mut r)? {
                let cells = Cells {
                    table: &table,
                    row: &row,
                };
                let from = r.required(&cells, "from", None);
                let to = r.required(&cells, "to", from.as_deref());
                let (Some(from), Some(to)) = (from, to) else {
                    continue;
                };
                let mut local = Notes::new(cells.origin().file);
                let line = cells.row.line;
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
                notes.problems.extend(local.problems.into_vec());
                connections.push(Connection {
                    extra: r.extra(&cells, Some(&from), crate::io::json::LINK_FIELDS),
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
    // The rows read so far count with the further targets of their connections.
    notes.records = r.records.clone();
    let (mut map, mut origins) =
        assemble(elements, connections, options, &mut notes, "kumu-sheets")?;
    let rest_path = sheets::find_file(folder, REST_FILE)?;
    used.extend(rest_path.clone());
    if let Some(path) = rest_path {
        let text = r.read(&path)?;
        let mut local = Notes::new(Some(SourceFile::new(&path))).reading(&options.read);
        interop::read_rest(&text, 1, &mut map, &mut origins, &mut local);
        notes.problems.extend(local.problems.into_vec());
    }
    let mut problems = r.problems.into_vec();
    problems.extend(std::mem::take(&mut notes.problems).into_vec());
    sheets::report_unused_files(folder, &used, KUMU_FILES, &mut problems)?;
    crate::words::canonical_words(&mut map);
    interop::merge_duplicate_links(&mut map, &mut origins, &mut problems, "connection");
    Ok(Loaded {
        map,
        origins,
        problems,
    })
}
