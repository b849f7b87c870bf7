//! Kumu (kumu.io), where many facilitators draw their maps: its JSON blueprint and its
//! spreadsheet layout.
//!
//! Both follow Kumu's documented import formats:
//!
//! - "JSON / Blueprints", <https://docs.kumu.io/guides/import/blueprints>: an object
//!   with `elements` (each with a `label`, an optional `id`, `type`, `description`,
//!   `tags` and any custom field) and `connections` (each with `from` and `to`, naming
//!   elements by id or label, a `type`, a `direction` that is `directed`, `undirected`
//!   or `mutual`, and custom fields);
//! - "Structure your data for Kumu", <https://docs.kumu.io/guides/import/import>: an
//!   element sheet (`Label` in the first column, optional `Type`, `Description`,
//!   `Tags`, any other column a field; several values in a cell separated by `|`) and a
//!   connection sheet (`From` and `To` first, then `Type` and other fields; several
//!   elements in a `To` cell separated by `|`), written here as `elements.csv` and
//!   `connections.csv`;
//! - "How do I avoid duplicating data?",
//!   <https://docs.kumu.io/frequently-asked-questions/how-do-i-avoid-duplicating-data>:
//!   an `ID` column may come first in the element sheet, and connections then name
//!   elements by id.
//!
//! | Kumu | map |
//! |---|---|
//! | element `id` | actor id |
//! | element `label` | actor name |
//! | element `type` | actor kind: `Public`, `Community`, `Private`, `User` (reading also takes lowercase and French: `Publique`, `Communautaire`, `Privé`, `Usager`) |
//! | element `organization`, `sector`, `territory`, `services` | the same fields (`services` a list; in a sheet, ids joined with `\|`) |
//! | connection `from`, `to` | link source and target (ids) |
//! | connection `type` | link level: `Information`, `Coordination`, `Cooperation`, `Collaboration` |
//! | connection `direction` | `directed` or `undirected` (reading takes `mutual` as undirected; no direction is undirected) |
//! | connection `kind`, `weight`, `description`, `since`, `until` | link kind, weight, notes, dates |
//!
//! Every free attribute is a field of its own (in a sheet, a column; values that are
//! not text go as JSON under a header ending in `:json`, as in actormap's own
//! spreadsheets). A free attribute whose name Kumu or this layout uses for something
//! else (`label`, `type`, `description` on a connection…) is written with the prefix
//! `extra:`, which reading takes off.
//!
//! The rest of the map (its name, territory, date, description, free fields, needs and
//! forums) has no place in Kumu: the blueprint carries it as an `actormap/1` JSON
//! document under a top-level `actormap` key, and the spreadsheet folder as
//! `actormap.json` beside the sheets. Reading puts it back.
//!
//! Reading also takes Kumu's own project exports: element fields nested under
//! `attributes`, `element type` and `connection type`, and Kumu's internal `_id`s, by
//! which connections may name elements. Elements without an `id` get one made from
//! their label (`Popote roulante` → `popote-roulante`). Elements without a type take
//! the import's default kind, and connections without a type its default level, with
//! a warning each. A connection that names an element that is not there, a row that
//! cannot be read or a type that is not a kind or a level is an error with its line.
//! Connections entered twice (same ends, direction, kind and type) are merged, with a
//! warning.

mod sheets;

pub use sheets::{load_kumu_sheets, to_kumu_sheets, write_kumu_sheets};

use std::collections::HashMap;
use std::path::Path;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::Result;
use crate::interop::{self, Ids, ImportOptions, LineIndex, Notes, split_list};
use crate::io::csv as spreadsheet;
use crate::io::json::{Fields, free_value};
use crate::io::{Loaded, MAX_DEPTH_LIMIT};
use crate::model::{Actor, ActorKind, ActorMap, Extra, Level, Link};
use crate::problem::SourceFile;
use crate::problem::{Origin, Origins};
use crate::problem::{ProblemCode, ProblemSeverity};
use crate::text;
use crate::words::{Arg, Args};

/// Names an element's free attribute may not take (compared without case).
const ELEMENT_KEYS: &[&str] = &[
    "id",
    "_id",
    "label",
    "name",
    "type",
    "element type",
    "attributes",
    "organization",
    "sector",
    "territory",
    "services",
];

/// Names a connection's free attribute may not take (compared without case).
const CONNECTION_KEYS: &[&str] = &[
    "_id",
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
    "attributes",
    "reversed",
    "delayed",
];

/// The key of the rest of the map in a blueprint; the file beside the sheets.
const REST_KEY: &str = "actormap";
const REST_FILE: &str = crate::io::target::KUMU_SHEETS[2];

fn escaped(extra: &Extra, reserved: &[&str]) -> Extra {
    extra
        .iter()
        .map(|(k, v)| {
            (
                interop::escape_extra(k, reserved, true).into_owned(),
                v.clone(),
            )
        })
        .collect()
}

fn element(actor: &Actor) -> Value {
    let mut e = Map::new();
    e.insert("id".into(), actor.id.clone().into());
    e.insert("label".into(), actor.name.clone().into());
    e.insert("type".into(), interop::kind_label(actor.kind).into());
    for (field, value) in [
        ("organization", &actor.organization),
        ("sector", &actor.sector),
        ("territory", &actor.territory),
    ] {
        if let Some(v) = value {
            e.insert(field.into(), v.clone().into());
        }
    }
    if !actor.services.is_empty() {
        e.insert("services".into(), actor.services.clone().into());
    }
    e.extend(escaped(&actor.extra, ELEMENT_KEYS));
    Value::Object(e)
}

fn connection(link: &Link) -> Value {
    let mut c = Map::new();
    c.insert("from".into(), link.source.clone().into());
    c.insert("to".into(), link.target.clone().into());
    c.insert("type".into(), interop::level_label(link.level).into());
    let direction = if link.directed {
        "directed"
    } else {
        "undirected"
    };
    c.insert("direction".into(), direction.into());
    if let Some(kind) = &link.kind {
        c.insert("kind".into(), kind.clone().into());
    }
    if let Some(w) = link.weight {
        c.insert("weight".into(), w.into());
    }
    for (field, value) in [
        ("description", &link.notes),
        ("since", &link.since),
        ("until", &link.until),
    ] {
        if let Some(v) = value {
            c.insert(field.into(), v.clone().into());
        }
    }
    c.extend(escaped(&link.extra, CONNECTION_KEYS));
    Value::Object(c)
}

/// The map as a Kumu JSON blueprint (see the module documentation), ready to drop on a
/// Kumu map. The same map always gives the same bytes.
///
/// # Example
/// ```
/// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
/// let blueprint = actormap::interop::to_kumu_json(&map);
/// assert!(blueprint.contains(r#""type": "Community""#));
/// let back = actormap::interop::load_kumu_json(&blueprint, None, &Default::default())?.into_map()?;
/// assert_eq!(back, map);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn to_kumu_json(map: &ActorMap) -> String {
    let mut bytes = Vec::new();
    write_kumu_json(map, &mut bytes).expect("a Vec takes every write");
    String::from_utf8(bytes).expect("the text is UTF-8")
}

/// Write the map as a Kumu JSON blueprint to `writer` as it is made, one element or
/// connection at a time: the same bytes as [`to_kumu_json`], never held whole.
pub fn write_kumu_json(map: &ActorMap, writer: impl std::io::Write) -> std::io::Result<()> {
    // The map's values may nest as deep as the map was read with: no fixed limit here.
    let rest: Value =
        crate::io::json::parse(&interop::rest_document(map, true)).expect("a map document is JSON");
    crate::text::write_json_pretty(&Blueprint { map, rest: &rest }, writer)
}

/// The blueprint's document, its lists made one record at a time as they are written.
struct Blueprint<'a> {
    map: &'a ActorMap,
    rest: &'a Value,
}

/// A list of records, each made into its JSON value when it is written.
struct Each<'a, T>(&'a [T], fn(&T) -> Value);

impl<T> serde::Serialize for Each<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(self.1))
    }
}

impl serde::Serialize for Blueprint<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = serializer.serialize_map(Some(3))?;
        m.serialize_entry("elements", &Each(&self.map.actors, element))?;
        m.serialize_entry("connections", &Each(&self.map.links, connection))?;
        m.serialize_entry(REST_KEY, self.rest)?;
        m.end()
    }
}

/// How elements are named by connections: their id, Kumu's `_id`, their label.
#[derive(Default)]
struct Names {
    ids: HashMap<String, String>,
    internal: HashMap<String, String>,
    labels: HashMap<String, String>,
}

impl Names {
    fn add(&mut self, id: &str, internal: Option<&str>, label: &str) {
        self.ids
            .entry(id.to_owned())
            .or_insert_with(|| id.to_owned());
        if let Some(i) = internal {
            self.internal
                .entry(i.to_owned())
                .or_insert_with(|| id.to_owned());
        }
        self.labels
            .entry(label.to_owned())
            .or_insert_with(|| id.to_owned());
    }

    fn resolve(&self, name: &str) -> Option<&str> {
        self.ids
            .get(name)
            .or_else(|| self.internal.get(name))
            .or_else(|| self.labels.get(name))
            .or_else(|| self.labels.get(name.trim()))
            .map(String::as_str)
    }

    /// A connection's end that names no element; `end` is `from` or `to`.
    fn report_unknown(&self, notes: &mut Notes, at: &Origin, name: &str, end: &'static str) {
        let args = Args::new().select("end", end).quoted("name", name);
        let names = self
            .labels
            .keys()
            .chain(self.ids.keys())
            .map(String::as_str);
        let args = match text::closest(name, names) {
            Some(near) => args.select("hint", "closest").quoted("suggestion", near),
            None => args.select("hint", "none"),
        };
        notes.push_at(
            ProblemSeverity::Error,
            ProblemCode::UnknownElement,
            at,
            Some(name),
            args,
        );
    }
}

/// A field's value as text: text as it is, numbers and booleans written out.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Take the field named like the first of `names` that is there (compared without
/// case).
fn take(fields: &mut Map<String, Value>, names: &[&str]) -> Option<Value> {
    let key = names
        .iter()
        .find_map(|n| fields.keys().find(|k| n.eq_ignore_ascii_case(k)))?
        .clone();
    fields.shift_remove(&key)
}

/// One record's fields, read.
struct Record {
    line: usize,
    fields: Map<String, Value>,
}

impl Record {
    fn text(&mut self, names: &[&str], notes: &mut Notes, id: Option<&str>) -> Option<String> {
        let v = take(&mut self.fields, names)?;
        match as_text(&v) {
            Some(s) => Some(s),
            None if v.is_null() => None,
            None => {
                let args = Args::new()
                    .select("shape", "kumu-text")
                    .quoted("field", names[0])
                    .with("value", v.to_string())
                    .with("name", names[0]);
                notes.error(ProblemCode::WrongType, Some(self.line), id, args);
                None
            }
        }
    }

    /// The fields left, as free attributes of a record whose fields in actormap's
    /// document are `fields` (see [`crate::io::json::free_name`]).
    fn extra(self, fields: &[&str]) -> Extra {
        let mut extra = Extra::with_capacity(self.fields.len());
        let names: Vec<String> = self
            .fields
            .keys()
            .map(|k| interop::unescape_extra(k).to_owned())
            .collect();
        for (k, v) in self.fields {
            let other = |n: &str| names.iter().any(|m| m == n);
            let name =
                crate::io::json::free_name(interop::unescape_extra(&k), fields, &extra, other);
            extra.insert(name, v);
        }
        extra
    }
}

/// An element as read, before its id is known.
struct Element {
    id: Option<String>,
    internal: Option<String>,
    label: String,
    kind: Option<ActorKind>,
    kind_error: bool,
    organization: Option<String>,
    sector: Option<String>,
    territory: Option<String>,
    services: Vec<String>,
    extra: Extra,
    origin: Origin,
}

/// A connection as read, before its ends are resolved.
struct Connection {
    from: String,
    to: String,
    level: Option<Level>,
    level_error: bool,
    directed: bool,
    kind: Option<String>,
    weight: Option<f64>,
    notes: Option<String>,
    since: Option<String>,
    until: Option<String>,
    extra: Extra,
    origin: Origin,
}

fn kind_of(word: &str, line: usize, id: Option<&str>, notes: &mut Notes) -> Result<ActorKind, ()> {
    interop::parse_kind(word).ok_or_else(|| {
        let args = Args::new()
            .select("shape", "kumu")
            .quoted("value", word)
            .with("accepted", interop::KIND_WORDS)
            .with("also", interop::KIND_WORDS_FR);
        let args = crate::io::json::with_suggestion::<ActorKind>(args, word);
        notes.error(ProblemCode::UnknownKind, Some(line), id, args);
    })
}

fn level_of(word: &str, line: usize, id: Option<&str>, notes: &mut Notes) -> Result<Level, ()> {
    interop::parse_level(word).ok_or_else(|| {
        let args = Args::new()
            .select("shape", "kumu")
            .quoted("value", word)
            .with("accepted", interop::LEVEL_WORDS);
        let args = crate::io::json::with_suggestion::<Level>(args, word);
        notes.error(ProblemCode::UnknownLevel, Some(line), id, args);
    })
}

fn direction_of(word: &str, line: usize, id: Option<&str>, notes: &mut Notes) -> bool {
    match interop::fold(word).as_str() {
        "directed" | "dirige" | "oriente" | "true" => true,
        "undirected" | "mutual" | "false" | "" => false,
        _ => {
            let args = Args::new()
                .select("shape", "direction")
                .quoted("value", word);
            notes.error(ProblemCode::WrongType, Some(line), id, args);
            false
        }
    }
}

fn weight_of(v: &Value, line: usize, id: Option<&str>, notes: &mut Notes) -> Option<f64> {
    let w = match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) if s.trim().is_empty() => return None,
        Value::String(s) => spreadsheet::parse_number(s.trim()),
        Value::Null => return None,
        _ => None,
    };
    if w.is_none() {
        let value = match v {
            Value::String(s) => Arg::Quoted(s.clone()),
            v => Arg::Text(v.to_string()),
        };
        let args = Args::new().select("shape", "weight").with("value", value);
        notes.error(ProblemCode::WrongType, Some(line), id, args);
    }
    w
}

/// Give every element its id, resolve the connections' ends, and build the map.
fn assemble(
    elements: Vec<Element>,
    connections: Vec<Connection>,
    options: &ImportOptions,
    notes: &mut Notes,
    what: &'static str,
) -> Result<(ActorMap, Origins)> {
    let mut map = ActorMap::default();
    let mut origins = Origins::default();
    let mut ids = Ids::default();
    for e in &elements {
        if let Some(id) = &e.id {
            ids.reserve(id);
        }
    }
    let mut names = Names::default();
    for e in elements {
        let id = e.id.clone().unwrap_or_else(|| ids.make(&e.label));
        names.add(&id, e.internal.as_deref(), &e.label);
        let kind = match e.kind {
            Some(k) => k,
            None => {
                if !e.kind_error {
                    notes.assumed_kind(&e.origin, &id, options.default_kind, what);
                }
                options.default_kind
            }
        };
        map.actors.push(Actor {
            id,
            name: e.label,
            kind,
            organization: e.organization,
            sector: e.sector,
            territory: e.territory,
            services: e.services,
            extra: e.extra,
        });
        origins.actors.push(e.origin);
    }
    for c in connections {
        let Some(source) = names.resolve(&c.from).map(str::to_owned) else {
            names.report_unknown(notes, &c.origin, &c.from, "from");
            continue;
        };
        // Kumu lets one row name several targets, separated by |.
        let targets: Vec<String> = match names.resolve(&c.to) {
            Some(t) => vec![t.to_owned()],
            None if c.to.contains('|') => split_list(&c.to),
            None => vec![c.to.clone()],
        };
        let level = match c.level {
            Some(l) => l,
            None => {
                if !c.level_error {
                    notes.assumed_level(&c.origin, &source, options.default_level, what);
                }
                options.default_level
            }
        };
        for (k, target) in targets.into_iter().enumerate() {
            // The connection itself was counted as it was read; each further target
            // is one more link.
            if k > 0 {
                notes
                    .records
                    .take(c.origin.file.as_deref(), c.origin.line())?;
            }
            let Some(target) = names.resolve(&target).map(str::to_owned) else {
                names.report_unknown(notes, &c.origin, &target, "to");
                continue;
            };
            map.links.push(Link {
                source: source.clone(),
                target,
                kind: c.kind.clone(),
                level,
                directed: c.directed,
                weight: c.weight,
                notes: c.notes.clone(),
                since: c.since.clone(),
                until: c.until.clone(),
                extra: c.extra.clone(),
            });
            origins.links.push(c.origin.clone());
        }
    }
    Ok((map, origins))
}

fn line_of(lines: &LineIndex, text: &str, raw: &RawValue) -> usize {
    lines.line(raw.get().as_ptr() as usize - text.as_ptr() as usize)
}

/// Read a Kumu JSON blueprint (or a Kumu project export) into a map, with every problem
/// found while reading, each with its line (see the module documentation). Text that is
/// not JSON at all is an `Err` naming the line and column.
///
/// # Example
/// ```
/// let blueprint = r#"{
///   "elements": [
///     {"label": "CLSC du Havre", "type": "Public"},
///     {"label": "Popote roulante", "type": "Communautaire"}
///   ],
///   "connections": [
///     {"from": "CLSC du Havre", "to": "Popote roulante", "type": "Coordination", "direction": "directed"}
///   ]
/// }"#;
/// let map = actormap::interop::load_kumu_json(blueprint, None, &Default::default())?.into_map()?;
/// assert_eq!(map.actors[1].id, "popote-roulante");
/// assert_eq!(map.links[0].source, "clsc-du-havre");
/// assert!(map.links[0].directed);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn load_kumu_json(text: &str, path: Option<&Path>, options: &ImportOptions) -> Result<Loaded> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut notes = Notes::new(path.map(SourceFile::new)).reading(&options.read);
    if let Some(at) = crate::io::json::too_deep(text, options.read.max_depth) {
        return Err(crate::error::ErrorKind::TooDeep {
            path: path.map(Path::to_path_buf),
            line: LineIndex::new(text).line(at),
            limit: options.read.max_depth,
            max_limit: crate::io::MAX_DEPTH_LIMIT,
        }
        .into());
    }
    let fields: Vec<(String, &RawValue)> = match crate::io::json::parse::<Fields>(text) {
        Ok(Fields(fields)) => fields,
        Err(e) if e.is_syntax() || e.is_eof() => {
            return Err(crate::error::Error::json(path, &e));
        }
        Err(_) => {
            let args = Args::new().select("shape", "not-object");
            notes.error(ProblemCode::NotKumu, Some(1), None, args);
            return Ok(notes.loaded(ActorMap::default(), Origins::default()));
        }
    };
    let lines = LineIndex::new(text);
    // A key given twice is reported where it is repeated; the first is read, as in
    // actormap's own documents.
    let mut top: HashMap<String, &RawValue> = HashMap::with_capacity(fields.len());
    for (key, raw) in fields {
        match top.entry(key) {
            std::collections::hash_map::Entry::Occupied(first) => {
                let args = Args::new()
                    .select("shape", "json")
                    .quoted("field", first.key().as_str());
                notes.error(
                    ProblemCode::DuplicateField,
                    Some(line_of(&lines, text, raw)),
                    None,
                    args,
                );
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(raw);
            }
        }
    }
    let list = |key: &'static str, notes: &mut Notes| -> Vec<&RawValue> {
        let Some(raw) = top.get(key) else {
            return Vec::new();
        };
        match crate::io::json::parse::<Vec<&RawValue>>(raw.get()) {
            Ok(items) => items,
            Err(_) => {
                let args = Args::new()
                    .select("shape", "kumu-list")
                    .quoted("field", key)
                    .select("what", key);
                notes.error(
                    ProblemCode::WrongType,
                    Some(line_of(&lines, text, raw)),
                    None,
                    args,
                );
                Vec::new()
            }
        }
    };
    if !top.contains_key("elements") {
        let args = Args::new().select("shape", "no-elements");
        notes.error(ProblemCode::NotKumu, Some(1), None, args);
    }
    let record = |raw: &RawValue, what: &'static str, notes: &mut Notes| -> Option<Record> {
        let line = line_of(&lines, text, raw);
        match crate::io::json::parse::<Fields>(raw.get()) {
            Ok(Fields(raw_fields)) => {
                let mut fields = Map::new();
                for (key, raw) in raw_fields {
                    let line = line_of(&lines, text, raw);
                    if fields.contains_key(&key) {
                        let args = Args::new()
                            .select("shape", "json")
                            .quoted("field", key.as_str());
                        notes.error(ProblemCode::DuplicateField, Some(line), None, args);
                        continue;
                    }
                    match free_value(raw.get(), MAX_DEPTH_LIMIT) {
                        Ok(v) => {
                            fields.insert(key, v);
                        }
                        Err(fault) => {
                            let args = Args::new()
                                .select("shape", "value")
                                .with("reason", fault.reason());
                            notes.error(ProblemCode::BadValue, Some(line), None, args);
                        }
                    }
                }
                // Kumu's project exports nest the fields under "attributes".
                if let Some(Value::Object(attributes)) = fields.shift_remove("attributes") {
                    for (k, v) in attributes {
                        match fields.get(&k) {
                            Some(same) if *same == v => {}
                            Some(_) => {
                                let args = Args::new()
                                    .select("shape", "attribute")
                                    .quoted("field", k.as_str());
                                notes.warning(ProblemCode::DuplicateField, Some(line), None, args);
                            }
                            None => {
                                fields.insert(k, v);
                            }
                        }
                    }
                }
                Some(Record { line, fields })
            }
            Err(_) => {
                let args = Args::new()
                    .select("shape", "kumu-record")
                    .select("what", what);
                notes.error(ProblemCode::WrongType, Some(line), None, args);
                None
            }
        }
    };

    let mut elements = Vec::new();
    for raw in list("elements", &mut notes) {
        notes.take_record(Some(line_of(&lines, text, raw)))?;
        let Some(mut r) = record(raw, "element", &mut notes) else {
            continue;
        };
        let id = r.text(&["id"], &mut notes, None).filter(|s| !s.is_empty());
        let internal = r.text(&["_id"], &mut notes, id.as_deref());
        let label = r.text(&["label", "name"], &mut notes, id.as_deref());
        let Some(label) = label.or_else(|| id.clone()) else {
            let args = Args::new().select("shape", "element");
            notes.error(ProblemCode::EmptyName, Some(r.line), None, args);
            continue;
        };
        let who = id.clone().unwrap_or_else(|| label.clone());
        let mut kind_error = false;
        let kind = match r.text(&["type", "element type"], &mut notes, Some(&who)) {
            Some(word) if !word.trim().is_empty() => kind_of(&word, r.line, Some(&who), &mut notes)
                .map_err(|()| kind_error = true)
                .ok(),
            _ => None,
        };
        let organization = r.text(&["organization"], &mut notes, Some(&who));
        let sector = r.text(&["sector"], &mut notes, Some(&who));
        let territory = r.text(&["territory"], &mut notes, Some(&who));
        let services = match take(&mut r.fields, &["services"]) {
            Some(Value::Array(items)) => items.iter().filter_map(as_text).collect(),
            Some(v) => as_text(&v).map(|s| split_list(&s)).unwrap_or_default(),
            None => Vec::new(),
        };
        let origin = notes.origin(r.line);
        elements.push(Element {
            id,
            internal,
            label,
            kind,
            kind_error,
            organization: organization.filter(|s| !s.is_empty()),
            sector: sector.filter(|s| !s.is_empty()),
            territory: territory.filter(|s| !s.is_empty()),
            services,
            extra: r.extra(crate::io::json::ACTOR_FIELDS),
            origin,
        });
    }

    let mut connections = Vec::new();
    for raw in list("connections", &mut notes) {
        notes.take_record(Some(line_of(&lines, text, raw)))?;
        let Some(mut r) = record(raw, "connection", &mut notes) else {
            continue;
        };
        take(&mut r.fields, &["_id"]);
        let from = r.text(&["from"], &mut notes, None);
        let to = r.text(&["to"], &mut notes, from.as_deref());
        let (Some(mut from), Some(mut to)) = (from, to) else {
            let args = Args::new().select("shape", "connection");
            notes.error(ProblemCode::MissingField, Some(r.line), None, args);
            continue;
        };
        let mut level_error = false;
        let level = match r.text(&["type", "connection type"], &mut notes, Some(&from)) {
            Some(word) if !word.trim().is_empty() => {
                level_of(&word, r.line, Some(&from), &mut notes)
                    .map_err(|()| level_error = true)
                    .ok()
            }
            _ => None,
        };
        let directed = r
            // Older Kumu documents name the field "directed".
            .text(&["direction", "directed"], &mut notes, Some(&from))
            .is_some_and(|d| direction_of(&d, r.line, Some(&from), &mut notes));
        if take(&mut r.fields, &["reversed"]) == Some(Value::Bool(true)) {
            std::mem::swap(&mut from, &mut to);
        }
        if let Some(delayed) = take(&mut r.fields, &["delayed"]) {
            if delayed != Value::Bool(false) {
                r.fields.insert("delayed".to_owned(), delayed);
            }
        }
        let weight = take(&mut r.fields, &["weight"])
            .and_then(|w| weight_of(&w, r.line, Some(&from), &mut notes));
        let kind = r.text(&["kind"], &mut notes, Some(&from));
        let link_notes = r.text(&["description"], &mut notes, Some(&from));
        let since = r.text(&["since"], &mut notes, Some(&from));
        let until = r.text(&["until"], &mut notes, Some(&from));
        let origin = notes.origin(r.line);
        connections.push(Connection {
            from,
            to,
            level,
            level_error,
            directed,
            kind: kind.filter(|s| !s.is_empty()),
            weight,
            notes: link_notes.filter(|s| !s.is_empty()),
            since: since.filter(|s| !s.is_empty()),
            until: until.filter(|s| !s.is_empty()),
            extra: r.extra(crate::io::json::LINK_FIELDS),
            origin,
        });
    }

    let (mut map, mut origins) = assemble(elements, connections, options, &mut notes, "kumu")?;
    origins.map = notes.origin(1);
    if let Some(rest) = top.get(REST_KEY) {
        let line = line_of(&lines, text, rest);
        interop::read_rest(rest.get(), line, &mut map, &mut origins, &mut notes);
    }
    interop::merge_duplicate_links(&mut map, &mut origins, &mut notes.problems, "connection");
    Ok(notes.loaded(map, origins))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_attributes_named_like_kumu_fields_are_prefixed() {
        let map = crate::io::json::from_json_str(
            r#"{"format": "actormap/1",
                "actors": [
                  {"id": "a", "name": "A", "kind": "public", "label": "x", "Type": 3, "extra:y": true},
                  {"id": "b", "name": "B", "kind": "private"}
                ],
                "links": [{"source": "a", "target": "b", "level": "cooperation", "description": "d"}]}"#,
        )
        .unwrap();
        let text = to_kumu_json(&map);
        assert!(text.contains(r#""extra:label": "x""#), "{text}");
        assert!(text.contains(r#""extra:Type": 3"#), "{text}");
        assert!(text.contains(r#""extra:extra:y": true"#), "{text}");
        assert!(text.contains(r#""extra:description": "d""#), "{text}");
        let back = load_kumu_json(&text, None, &ImportOptions::default()).unwrap();
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.map, map);
    }

    #[test]
    fn kumu_project_exports_are_read() {
        let text = r#"{
  "elements": [
    {"_id": "elem-1", "attributes": {"label": "CLSC", "element type": "Publique", "tags": ["a"]}},
    {"_id": "elem-2", "attributes": {"label": "Maison de la famille", "element type": "community"}}
  ],
  "connections": [
    {"_id": "conn-1", "from": "elem-2", "to": "elem-1", "direction": "directed", "reversed": true,
     "delayed": false, "attributes": {"connection type": "collaboration"}},
    {"from": "elem-1", "to": "Nobody", "attributes": {"connection type": "information"}}
  ]
}"#;
        let loaded =
            load_kumu_json(text, Some(Path::new("k.json")), &ImportOptions::default()).unwrap();
        let map = &loaded.map;
        assert_eq!(map.actors[0].id, "clsc");
        assert_eq!(map.actors[0].kind, ActorKind::Public);
        assert_eq!(map.actors[0].extra["tags"], serde_json::json!(["a"]));
        assert_eq!(map.links.len(), 1);
        assert_eq!(
            (map.links[0].source.as_str(), map.links[0].target.as_str()),
            ("clsc", "maison-de-la-famille")
        );
        assert!(map.links[0].extra.is_empty());
        let unknown = &loaded.problems[0];
        assert_eq!(unknown.code, ProblemCode::UnknownElement);
        assert_eq!(unknown.location.line, Some(9));
    }
}
