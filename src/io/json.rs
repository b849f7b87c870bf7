//! The JSON document (`actormap/1`).
//!
//! Reading does not stop at the first fault: each record is decoded on its own, so a map
//! with an unknown kind in one actor and a wrong type in a link reports both, each with
//! its line and JSON path. Fields the format does not know are kept, in order.

use std::fmt;
use std::io::{Read, Write};
use std::path::Path;

use serde::Serialize;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

use super::{Loaded, Origin, Origins, ReadOptions, Tally};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Actor, ActorKind, ActorMap, Extra, FORMAT, Forum, Level, Link, Member, Need};
use crate::problem::{Location, Problem, ProblemCode, ProblemList, SourceFile};
use crate::text::LineIndex;
use crate::words::{Arg, Args, Phrase};

/// The arguments of the problem about an unknown closed value: the value, the codes,
/// and the closest word of either language when there is one.
pub(crate) fn closed_problem_args<T: crate::words::Aliased>(value: &str) -> Args {
    let args = Args::new()
        .select("shape", "code")
        .quoted("value", value)
        .with("accepted", T::codes().join(", "));
    with_suggestion::<T>(args, value)
}

/// `args` with the closest word of either language to `value`, when there is one (the
/// `hint` of the problems about unknown kinds and levels).
pub(crate) fn with_suggestion<T: crate::words::Aliased>(args: Args, value: &str) -> Args {
    match crate::words::suggestion(T::FAMILY, value) {
        Some(near) => args.select("hint", "closest").quoted("suggestion", near),
        None => args.select("hint", "none"),
    }
}

/// Read a map from JSON text, refusing it if it has errors.
///
/// # Example
/// ```
/// let map = actormap::io::from_json_str(r#"{
///   "format": "actormap/1",
///   "actors": [{"id": "a", "name": "Carrefour des proches aidants", "kind": "community"}]
/// }"#)?;
/// assert_eq!(map.actors[0].name, "Carrefour des proches aidants");
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn from_json_str(text: &str) -> Result<ActorMap> {
    load_json(text, None)?.into_map()
}

/// Read a map from a JSON reader (a file, standard input), refusing it if it has errors.
/// Input larger than [`ReadOptions::max_input_bytes`](crate::io::ReadOptions) is refused.
pub fn read_json(reader: impl Read) -> Result<ActorMap> {
    let text = super::read_limited(reader, None, ReadOptions::default().max_input_bytes)?;
    from_json_str(&text)
}

/// Decode JSON text into a map with every problem found while reading and where each
/// record came from. Only text that is not JSON at all is an error here.
pub fn load_json(text: &str, path: Option<&Path>) -> Result<Loaded> {
    decode_with(text, path, &ReadOptions::default())
}

/// [`decode`] within the depth and record limits of `options`.
pub(crate) fn decode_with(
    text: &str,
    path: Option<&Path>,
    options: &ReadOptions,
) -> Result<Loaded> {
    decode(
        text,
        path,
        options.max_depth,
        Tally::new(options.max_records),
    )
}

/// The map as JSON text: the format tag first, fields in a fixed order, two-space
/// indentation, a final newline. The same map always gives the same bytes. A free
/// attribute named like a field of its record (a Kumu element's `kind`, a spreadsheet
/// column `extra:source`) is written with the prefix `extra:`, so that the text stays
/// one map: neither written twice nor read back as the field.
pub fn to_json_string(map: &ActorMap) -> String {
    to_string(map)
}

/// Write the map as JSON (see [`to_json_string`]).
///
/// The text is written as it is made, never held whole: a map of a million actors costs
/// the memory of the map, not also of its text.
pub fn write_json(map: &ActorMap, writer: impl Write) -> std::io::Result<()> {
    let fixed = without_clashes(map);
    let map = fixed.as_ref().unwrap_or(map);
    crate::text::write_json_pretty(
        &Document {
            format: FORMAT,
            map,
        },
        writer,
    )
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    #[serde(flatten)]
    map: &'a ActorMap,
}

/// The fields of each record of the document: a free attribute may not take these
/// names.
pub(crate) const MAP_FIELDS: &[&str] = &[
    "format",
    "name",
    "territory",
    "as_of",
    "description",
    "needs",
    "actors",
    "links",
    "forums",
];
pub(crate) const NEED_FIELDS: &[&str] = &["id", "name"];
pub(crate) const ACTOR_FIELDS: &[&str] = &[
    "id",
    "name",
    "kind",
    "organization",
    "sector",
    "territory",
    "services",
];
pub(crate) const LINK_FIELDS: &[&str] = &[
    "source", "target", "kind", "level", "directed", "weight", "notes", "since", "until",
];
pub(crate) const FORUM_FIELDS: &[&str] = &["id", "name", "kind", "sector", "needs", "members"];
pub(crate) const MEMBER_FIELDS: &[&str] = &["actor", "role"];

/// The name a free attribute read from another form takes in a record whose fields are
/// `fields`, beside the attributes `taken` already: its own, unless it is a field's
/// (a Kumu element's `kind`, a spreadsheet column `extra:source`), which gets the prefix
/// `extra:` until it is free. No map read has an attribute that the document could not
/// hold.
///
/// `other` tells the names the record's other attributes have as read, so that a renamed
/// attribute never takes one of them (`kind` beside `extra:kind` becomes
/// `extra:extra:kind`, as the document writes it).
pub(crate) fn free_name(
    name: &str,
    fields: &[&str],
    taken: &Extra,
    other: impl Fn(&str) -> bool,
) -> String {
    let mut name = name.to_owned();
    if fields.contains(&name.as_str()) {
        name = format!("{}{name}", super::csv::EXTRA_PREFIX);
        while fields.contains(&name.as_str()) || taken.contains_key(&name) || other(&name) {
            name = format!("{}{name}", super::csv::EXTRA_PREFIX);
        }
    }
    name
}

/// Free attributes as the document can hold them: one named like a field of its record
/// (a Kumu connection's `source`, a spreadsheet column `extra:kind`) gets the prefix
/// `extra:` (again, until the name is free), so that it is neither written twice nor
/// read back as the field.
fn unclashed(extra: &Extra, fields: &[&str]) -> Option<Extra> {
    if !extra.keys().any(|k| fields.contains(&k.as_str())) {
        return None;
    }
    let mut out = Extra::with_capacity(extra.len());
    for (key, value) in extra {
        let mut name = key.clone();
        if fields.contains(&name.as_str()) {
            name = format!("{}{name}", super::csv::EXTRA_PREFIX);
            while fields.contains(&name.as_str())
                || extra.contains_key(&name)
                || out.contains_key(&name)
            {
                name = format!("{}{name}", super::csv::EXTRA_PREFIX);
            }
        }
        out.insert(name, value.clone());
    }
    Some(out)
}

/// The map with every free attribute named like a field renamed (see [`unclashed`]),
/// or `None` when there is none (the usual case: no reader makes one).
fn without_clashes(map: &ActorMap) -> Option<ActorMap> {
    let clash = |extra: &Extra, fields: &[&str]| extra.keys().any(|k| fields.contains(&k.as_str()));
    let any = clash(&map.extra, MAP_FIELDS)
        || map.needs.iter().any(|n| clash(&n.extra, NEED_FIELDS))
        || map.actors.iter().any(|a| clash(&a.extra, ACTOR_FIELDS))
        || map.links.iter().any(|l| clash(&l.extra, LINK_FIELDS))
        || map.forums.iter().any(|f| {
            clash(&f.extra, FORUM_FIELDS)
                || f.members.iter().any(|m| clash(&m.extra, MEMBER_FIELDS))
        });
    if !any {
        return None;
    }
    let mut map = map.clone();
    let fix = |extra: &mut Extra, fields: &[&str]| {
        if let Some(fixed) = unclashed(extra, fields) {
            *extra = fixed;
        }
    };
    fix(&mut map.extra, MAP_FIELDS);
    map.needs
        .iter_mut()
        .for_each(|n| fix(&mut n.extra, NEED_FIELDS));
    map.actors
        .iter_mut()
        .for_each(|a| fix(&mut a.extra, ACTOR_FIELDS));
    map.links
        .iter_mut()
        .for_each(|l| fix(&mut l.extra, LINK_FIELDS));
    for f in &mut map.forums {
        fix(&mut f.extra, FORUM_FIELDS);
        f.members
            .iter_mut()
            .for_each(|m| fix(&mut m.extra, MEMBER_FIELDS));
    }
    Some(map)
}

pub(crate) fn to_string(map: &ActorMap) -> String {
    let fixed = without_clashes(map);
    let map = fixed.as_ref().unwrap_or(map);
    crate::text::json_pretty(&Document {
        format: FORMAT,
        map,
    })
}

/// The fields of one JSON object, in order, duplicates kept, values not yet parsed.
pub(crate) struct Fields<'a>(pub(crate) Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Fields<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for FieldsVisitor<'a> {
            type Value = Fields<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut access: M) -> Result<Self::Value, M::Error> {
                let mut fields = Vec::with_capacity(access.size_hint().unwrap_or(8));
                while let Some(entry) = access.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor(std::marker::PhantomData))
    }
}

struct Decoder<'a> {
    text: &'a str,
    lines: LineIndex<'a>,
    file: Option<SourceFile>,
    problems: ProblemList,
    /// The records read so far, within the record limit.
    records: Tally,
}

/// What a JSON value is, as a code messages choose their words by: `text`, `object`,
/// `list`, `boolean`, `null`, `number`.
fn type_name(raw: &RawValue) -> &'static str {
    match raw.get().as_bytes().first() {
        Some(b'"') => "text",
        Some(b'{') => "object",
        Some(b'[') => "list",
        Some(b't' | b'f') => "boolean",
        Some(b'n') => "null",
        _ => "number",
    }
}

/// One JSON object being decoded: its fields, which of them were used, and where it is.
struct Rec<'a> {
    fields: Vec<(String, &'a RawValue)>,
    used: Vec<bool>,
    origin: Origin,
    id: Option<String>,
}

impl<'a> Decoder<'a> {
    /// One more record, `raw`: an error past the record limit.
    fn take(&mut self, raw: &RawValue) -> Result<()> {
        let offset = raw.get().as_ptr() as usize - self.text.as_ptr() as usize;
        let line = self.lines.line(offset);
        self.records.take(self.file.as_deref(), Some(line))
    }

    fn origin(&self, raw: &RawValue, path: Option<String>) -> Origin {
        let offset = raw.get().as_ptr() as usize - self.text.as_ptr() as usize;
        Origin::new(self.file.clone(), Some(self.lines.line(offset)), path)
    }

    fn location(&self, origin: &Origin, id: Option<&str>) -> Location {
        Location {
            file: origin.file.as_deref().map(Path::to_path_buf),
            line: origin.line(),
            path: origin.path.as_deref().map(String::from),
            id: id.map(str::to_owned),
        }
    }

    fn error(&mut self, code: ProblemCode, at: Location, args: Args) {
        self.problems.push(Problem::error(code, at, args));
    }

    /// Open `raw` as an object; a value of another type is reported and skipped. `what`
    /// is the record's kind: `map`, `need`, `actor`, `link`, `forum`, `member`.
    fn record(&mut self, raw: &'a RawValue, path: String, what: &'static str) -> Option<Rec<'a>> {
        let origin = self.origin(raw, Some(path));
        match parse::<Fields<'a>>(raw.get()) {
            Ok(Fields(fields)) => {
                let rec = Rec {
                    used: vec![false; fields.len()],
                    fields,
                    origin,
                    id: None,
                };
                self.report_duplicate_fields(&rec);
                Some(rec)
            }
            Err(_) => {
                let at = self.location(&origin, None);
                let args = Args::new()
                    .select("shape", "record")
                    .select("what", what)
                    .select("found", type_name(raw))
                    .with("format", FORMAT);
                self.error(ProblemCode::WrongType, at, args);
                None
            }
        }
    }

    fn report_duplicate_fields(&mut self, rec: &Rec<'a>) {
        // By a table of the names seen: a record of 200,000 fields is one pass.
        let mut seen: std::collections::HashSet<&str> =
            std::collections::HashSet::with_capacity(rec.fields.len());
        for (name, _) in &rec.fields {
            if !seen.insert(name.as_str()) {
                let at = self.location(&rec.origin, None);
                let args = Args::new()
                    .select("shape", "json")
                    .quoted("field", name.as_str());
                self.error(ProblemCode::DuplicateField, at, args);
            }
        }
    }

    fn field(&self, rec: &mut Rec<'a>, name: &str) -> Option<&'a RawValue> {
        let i = rec.fields.iter().position(|(n, _)| n == name)?;
        // Later duplicates are reported already; mark them used so they do not
        // reappear as free fields.
        for (j, (n, _)) in rec.fields.iter().enumerate() {
            if n == name {
                rec.used[j] = true;
            }
        }
        Some(rec.fields[i].1)
    }

    /// A field of another type than `expected`: `text`, `texts` (a list of them),
    /// `list`, `boolean` or `number`.
    fn wrong_type(&mut self, rec: &Rec<'a>, name: &str, expected: &'static str, raw: &RawValue) {
        let at = self.location(&rec.origin, rec.id.as_deref());
        let args = Args::new()
            .select("shape", "field")
            .quoted("field", name)
            .select("expected", expected)
            .select("found", type_name(raw));
        self.error(ProblemCode::WrongType, at, args);
    }

    /// A text field; absent, null and "" are `None`.
    fn take_string(&mut self, rec: &mut Rec<'a>, name: &str) -> Option<String> {
        let raw = self.field(rec, name)?;
        match parse::<Option<String>>(raw.get()) {
            Ok(s) => s.filter(|s| !s.is_empty()),
            Err(_) => {
                self.wrong_type(rec, name, "text", raw);
                None
            }
        }
    }

    /// A required text field: reported when absent or of another type. An empty text is
    /// kept (validation reports it, with the record's id).
    fn take_required(
        &mut self,
        rec: &mut Rec<'a>,
        name: &str,
        what: &'static str,
    ) -> Option<String> {
        let Some(raw) = self.field(rec, name) else {
            let at = self.location(&rec.origin, rec.id.as_deref());
            let args = Args::new()
                .select("shape", "json")
                .select("what", what)
                .quoted("field", name)
                .with("name", name);
            self.error(ProblemCode::MissingField, at, args);
            return None;
        };
        match parse::<String>(raw.get()) {
            Ok(s) => Some(s),
            Err(_) => {
                self.wrong_type(rec, name, "text", raw);
                None
            }
        }
    }

    fn take_list(&mut self, rec: &mut Rec<'a>, name: &str) -> Vec<String> {
        let Some(raw) = self.field(rec, name) else {
            return Vec::new();
        };
        match parse::<Option<Vec<String>>>(raw.get()) {
            Ok(v) => v.unwrap_or_default(),
            Err(_) => {
                self.wrong_type(rec, name, "texts", raw);
                Vec::new()
            }
        }
    }

    fn take_closed<T: crate::words::Aliased>(
        &mut self,
        rec: &mut Rec<'a>,
        name: &str,
        what: &'static str,
        code: ProblemCode,
    ) -> Option<T> {
        let value = self.take_required(rec, name, what)?;
        if let Some(v) = crate::words::read_closed::<T>(&value) {
            return Some(v);
        }
        let at = self.location(&rec.origin, rec.id.as_deref());
        let args = closed_problem_args::<T>(&value);
        self.error(code, at, args);
        None
    }

    fn take_bool(&mut self, rec: &mut Rec<'a>, name: &str) -> bool {
        let Some(raw) = self.field(rec, name) else {
            return false;
        };
        match parse::<Option<bool>>(raw.get()) {
            Ok(b) => b.unwrap_or(false),
            Err(_) => {
                self.wrong_type(rec, name, "boolean", raw);
                false
            }
        }
    }

    fn take_number(&mut self, rec: &mut Rec<'a>, name: &str) -> Option<f64> {
        let raw = self.field(rec, name)?;
        match parse::<Option<f64>>(raw.get()) {
            Ok(n) => n,
            // A number the parser cannot hold (1e400) is not a wrong type.
            Err(_) if type_name(raw) == "number" => {
                let at = self.location(&rec.origin, rec.id.as_deref());
                let args = Args::new()
                    .select("shape", "number")
                    .quoted("field", name)
                    .with("value", raw.get());
                self.error(ProblemCode::BadValue, at, args);
                None
            }
            Err(_) => {
                self.wrong_type(rec, name, "number", raw);
                None
            }
        }
    }

    fn value(&mut self, rec: &Rec<'a>, name: &str, raw: &RawValue) -> Option<Value> {
        match free_value(raw.get(), super::MAX_DEPTH_LIMIT) {
            Ok(v) => Some(v),
            Err(Fault::Syntax(e)) => {
                let mut at = self.location(&rec.origin, rec.id.as_deref());
                // The parser counts lines from the start of the value.
                let start = self.origin(raw, None).line().unwrap_or(1);
                at.line = Some(start + e.line().saturating_sub(1));
                let args = Args::new()
                    .select("shape", "value")
                    .with("reason", crate::error::json_message(&e));
                self.error(ProblemCode::BadValue, at, args);
                None
            }
            Err(Fault::Number(n)) => {
                let at = self.location(&rec.origin, rec.id.as_deref());
                let args = Args::new()
                    .select("shape", "number")
                    .quoted("field", name)
                    .with("value", n);
                self.error(ProblemCode::BadValue, at, args);
                None
            }
            Err(fault) => {
                let at = self.location(&rec.origin, rec.id.as_deref());
                let args = Args::new()
                    .select("shape", "value")
                    .with("reason", fault.reason());
                self.error(ProblemCode::BadValue, at, args);
                None
            }
        }
    }

    /// The fields not used by the format, in order: kept as they are.
    fn extra(&mut self, rec: &Rec<'a>) -> Extra {
        let mut extra = Extra::new();
        for (i, (name, raw)) in rec.fields.iter().enumerate() {
            if !rec.used[i] && !extra.contains_key(name) {
                if let Some(v) = self.value(rec, name, raw) {
                    extra.insert(name.clone(), v);
                }
            }
        }
        extra
    }

    /// The elements of a list field, each with its index.
    fn list(&mut self, rec: &mut Rec<'a>, name: &str) -> Vec<&'a RawValue> {
        let Some(raw) = self.field(rec, name) else {
            return Vec::new();
        };
        match parse::<Option<Vec<&'a RawValue>>>(raw.get()) {
            Ok(v) => v.unwrap_or_default(),
            Err(_) => {
                self.wrong_type(rec, name, "list", raw);
                Vec::new()
            }
        }
    }

    fn need(&mut self, raw: &'a RawValue, i: usize) -> Option<(Need, Origin)> {
        let mut rec = self.record(raw, format!("needs[{i}]"), "need")?;
        let id = self.required_id(&mut rec, "need")?;
        let name = self
            .take_required(&mut rec, "name", "need")
            .unwrap_or_else(|| id.clone());
        let extra = self.extra(&rec);
        Some((Need { id, name, extra }, rec.origin))
    }

    /// The record's id: a record without one is reported and skipped (nothing can refer
    /// to it). An empty id is kept so validation reports it once, with the others.
    fn required_id(&mut self, rec: &mut Rec<'a>, what: &'static str) -> Option<String> {
        let id = self.take_required(rec, "id", what)?;
        rec.id = Some(id.clone());
        Some(id)
    }

    fn actor(&mut self, raw: &'a RawValue, i: usize) -> Option<(Actor, Origin)> {
        let mut rec = self.record(raw, format!("actors[{i}]"), "actor")?;
        let id = self.required_id(&mut rec, "actor")?;
        let name = self.take_required(&mut rec, "name", "actor");
        let kind =
            self.take_closed::<ActorKind>(&mut rec, "kind", "actor", ProblemCode::UnknownKind);
        let organization = self.take_string(&mut rec, "organization");
        let sector = self.take_string(&mut rec, "sector");
        let territory = self.take_string(&mut rec, "territory");
        let services = self.take_list(&mut rec, "services");
        let extra = self.extra(&rec);
        let actor = Actor {
            // Placeholders only stand in while the map is checked: a missing name or
            // kind is an error, so such a map is never handed out.
            name: name.unwrap_or_else(|| id.clone()),
            kind: kind.unwrap_or(ActorKind::Public),
            id,
            organization,
            sector,
            territory,
            services,
            extra,
        };
        Some((actor, rec.origin))
    }

    fn link(&mut self, raw: &'a RawValue, i: usize) -> Option<(Link, Origin)> {
        let mut rec = self.record(raw, format!("links[{i}]"), "link")?;
        // A link has no id of its own; its source names it in messages.
        let source = self.take_required(&mut rec, "source", "link");
        let target = self.take_required(&mut rec, "target", "link");
        let level = self.take_closed::<Level>(&mut rec, "level", "link", ProblemCode::UnknownLevel);
        let kind = self.take_string(&mut rec, "kind");
        let directed = self.take_bool(&mut rec, "directed");
        let weight = self.take_number(&mut rec, "weight");
        let notes = self.take_string(&mut rec, "notes");
        let since = self.take_string(&mut rec, "since");
        let until = self.take_string(&mut rec, "until");
        let extra = self.extra(&rec);
        let link = Link {
            source: source?,
            target: target?,
            kind,
            level: level.unwrap_or(Level::Information),
            directed,
            weight,
            notes,
            since,
            until,
            extra,
        };
        Some((link, rec.origin))
    }

    /// A forum, with its origin and its members' (`Ok(None)`: not a forum, reported); an
    /// error when its members pass the record limit.
    #[allow(clippy::type_complexity)]
    fn forum(
        &mut self,
        raw: &'a RawValue,
        i: usize,
    ) -> Result<Option<(Forum, Origin, Vec<Origin>)>> {
        let Some(mut rec) = self.record(raw, format!("forums[{i}]"), "forum") else {
            return Ok(None);
        };
        let Some(id) = self.required_id(&mut rec, "forum") else {
            return Ok(None);
        };
        let name = self.take_required(&mut rec, "name", "forum");
        let kind = self.take_string(&mut rec, "kind");
        let sector = self.take_string(&mut rec, "sector");
        let needs = self.take_list(&mut rec, "needs");
        let mut members = Vec::new();
        let mut member_origins = Vec::new();
        for (j, raw) in self.list(&mut rec, "members").into_iter().enumerate() {
            self.take(raw)?;
            let path = format!("forums[{i}].members[{j}]");
            let Some(mut m) = self.record(raw, path, "member") else {
                continue;
            };
            let Some(actor) = self.take_required(&mut m, "actor", "member") else {
                continue;
            };
            m.id = Some(actor.clone());
            let role = self.take_string(&mut m, "role");
            let extra = self.extra(&m);
            members.push(Member { actor, role, extra });
            member_origins.push(m.origin);
        }
        let extra = self.extra(&rec);
        let forum = Forum {
            name: name.unwrap_or_else(|| id.clone()),
            id,
            kind,
            sector,
            needs,
            members,
            extra,
        };
        Ok(Some((forum, rec.origin, member_origins)))
    }
}

/// Why a JSON value held in another document (a spreadsheet cell, an XML attribute)
/// could not be read.
pub(crate) enum NestedError {
    /// It nests lists and objects more than this many levels deep.
    TooDeep(usize),
    /// It is not JSON.
    Json(serde_json::Error),
}

impl NestedError {
    /// What went wrong, as the argument `reason` of a problem.
    pub(crate) fn reason(&self) -> crate::words::Arg {
        match self {
            NestedError::TooDeep(limit) => crate::words::Arg::Phrase(crate::words::Phrase::new(
                "check-json-too-deep",
                crate::words::Args::new()
                    .count("limit", *limit)
                    .count("max", super::MAX_DEPTH_LIMIT),
            )),
            NestedError::Json(e) => crate::words::Arg::Text(e.to_string()),
        }
    }
}

/// Parse a JSON value held in another document under the same nesting limit as a map
/// document (`max_depth`, [`super::ReadOptions::max_depth`]), so that whatever a map
/// holds and is written out reads back with the limit it was read with.
pub(crate) fn parse_nested<'a, T: Deserialize<'a>>(
    text: &'a str,
    max_depth: usize,
) -> std::result::Result<T, NestedError> {
    if too_deep(text, max_depth).is_some() {
        return Err(NestedError::TooDeep(max_depth));
    }
    parse(text).map_err(NestedError::Json)
}

/// Parse JSON text whose nesting depth has been checked already (see [`too_deep`]):
/// the parser's own fixed limit is lifted, so that the configured one applies.
pub(crate) fn parse<'a, T: Deserialize<'a>>(text: &'a str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    de.disable_recursion_limit();
    let value = T::deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// What keeps a free value (a free attribute's JSON) from being read as written.
#[derive(Debug)]
pub(crate) enum Fault {
    /// Not JSON.
    Syntax(serde_json::Error),
    /// Lists and objects nested deeper than the limit.
    TooDeep(usize),
    /// A number beyond what readers can hold (±1.8e308), as written.
    Number(String),
    /// A key written twice in one object, which JSON readers would keep only once.
    DuplicateKey(String),
}

impl Fault {
    /// Why the value cannot be read, as a message argument.
    pub(crate) fn reason(&self) -> Arg {
        match self {
            Fault::Syntax(e) => Arg::Text(e.to_string()),
            Fault::TooDeep(limit) => Arg::Phrase(Phrase::new(
                "check-reason-too-deep",
                Args::new().count("limit", *limit),
            )),
            Fault::Number(n) => Arg::Phrase(Phrase::new(
                "check-reason-huge-number",
                Args::new().with("value", n.as_str()),
            )),
            Fault::DuplicateKey(k) => Arg::Phrase(Phrase::new(
                "check-reason-duplicate-key",
                Args::new().quoted("key", k.as_str()),
            )),
        }
    }
}

/// A free value from JSON text, numbers kept exactly as written (`1e2` stays `1e2`,
/// `-0` stays `-0`, and an integer of any length keeps every digit). Text nested more
/// than `max_depth` levels, a number beyond ±1.8e308 and a key written twice in one
/// object are faults: a JSON reader would fail, or keep one of the two keys without a
/// word.
pub(crate) fn free_value(text: &str, max_depth: usize) -> std::result::Result<Value, Fault> {
    if too_deep(text, max_depth).is_some() {
        return Err(Fault::TooDeep(max_depth));
    }
    let value = parse::<Value>(text).map_err(Fault::Syntax)?;
    if let Some(n) = huge_number(&value) {
        return Err(Fault::Number(n));
    }
    if text.contains('{') {
        if let Ok(FirstDuplicate(Some(key))) = parse::<FirstDuplicate>(text) {
            return Err(Fault::DuplicateKey(key));
        }
    }
    Ok(value)
}

/// The first number in a value that no reader can hold as a float, as written.
fn huge_number(value: &Value) -> Option<String> {
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::Number(n) => {
                let text = n.to_string();
                if !text.parse::<f64>().is_ok_and(f64::is_finite) {
                    return Some(text);
                }
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(fields) => stack.extend(fields.values().rev()),
            _ => {}
        }
    }
    None
}

/// The first key written twice in one object of a JSON value, if there is one.
pub(crate) struct FirstDuplicate(pub(crate) Option<String>);

impl<'de> Deserialize<'de> for FirstDuplicate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Scan;
        impl<'de> Visitor<'de> for Scan {
            type Value = FirstDuplicate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(FirstDuplicate(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut first = None;
                while let Some(FirstDuplicate(inner)) = seq.next_element()? {
                    first = first.or(inner);
                }
                Ok(FirstDuplicate(first))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut keys = std::collections::HashSet::new();
                let mut first = None;
                while let Some(key) = map.next_key::<String>()? {
                    let FirstDuplicate(inner) = map.next_value()?;
                    if first.is_none() && keys.contains(&key) {
                        first = Some(key);
                    } else {
                        first = first.or(inner);
                        keys.insert(key);
                    }
                }
                Ok(FirstDuplicate(first))
            }
        }
        deserializer.deserialize_any(Scan)
    }
}

/// Where the text nests lists and objects more than `limit` levels deep, if it does: the
/// byte offset of the bracket that goes too deep. One pass, no recursion.
pub(crate) fn too_deep(text: &str, limit: usize) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Decode a whole document.
pub(crate) fn decode(
    text: &str,
    path: Option<&Path>,
    max_depth: usize,
    records: Tally,
) -> Result<Loaded> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(at) = too_deep(text, max_depth) {
        return Err(ErrorKind::TooDeep {
            path: path.map(Path::to_path_buf),
            line: LineIndex::new(text).line(at),
            limit: max_depth,
            max_limit: super::MAX_DEPTH_LIMIT,
        }
        .into());
    }
    let file: Option<SourceFile> = path.map(SourceFile::new);
    let top = match parse::<&RawValue>(text) {
        Ok(raw) => raw,
        Err(e) => {
            return Err(Error::json(path, &e));
        }
    };
    let mut d = Decoder {
        text,
        lines: LineIndex::new(text),
        file: file.clone(),
        problems: ProblemList::new(),
        records,
    };
    let mut map = ActorMap::default();
    let mut origins = Origins {
        map: Origin::new(file, Some(1), None),
        ..Origins::default()
    };
    let Some(mut rec) = d.record(top, String::new(), "map") else {
        let at = d.location(&origins.map, None);
        let mut problems = d.problems.into_vec();
        problems.last_mut().expect("record() reported").location = at;
        return Ok(Loaded {
            map,
            origins,
            problems,
        });
    };
    rec.origin.path = None;
    match d.take_string(&mut rec, "format").as_deref() {
        Some(FORMAT) => {}
        None => d.problems.push(Problem::warning(
            ProblemCode::MissingFormat,
            d.location(&rec.origin, None),
            Args::new().with("format", FORMAT),
        )),
        Some(other) => {
            let at = d.location(&rec.origin, None);
            let shape = if other.starts_with("actormap/") {
                "newer"
            } else {
                "other"
            };
            let args = Args::new()
                .select("shape", shape)
                .quoted("value", other)
                .with("format", FORMAT);
            d.error(ProblemCode::UnsupportedFormat, at, args);
        }
    }
    map.name = d.take_string(&mut rec, "name");
    map.territory = d.take_string(&mut rec, "territory");
    map.as_of = d.take_string(&mut rec, "as_of");
    map.description = d.take_string(&mut rec, "description");
    for (i, raw) in d.list(&mut rec, "needs").into_iter().enumerate() {
        d.take(raw)?;
        if let Some((need, origin)) = d.need(raw, i) {
            map.needs.push(need);
            origins.needs.push(origin);
        }
    }
    for (i, raw) in d.list(&mut rec, "actors").into_iter().enumerate() {
        d.take(raw)?;
        if let Some((actor, origin)) = d.actor(raw, i) {
            map.actors.push(actor);
            origins.actors.push(origin);
        }
    }
    for (i, raw) in d.list(&mut rec, "links").into_iter().enumerate() {
        d.take(raw)?;
        if let Some((link, origin)) = d.link(raw, i) {
            map.links.push(link);
            origins.links.push(origin);
        }
    }
    for (i, raw) in d.list(&mut rec, "forums").into_iter().enumerate() {
        d.take(raw)?;
        if let Some((forum, origin, members)) = d.forum(raw, i)? {
            map.forums.push(forum);
            origins.forums.push(origin);
            origins.members.push(members);
        }
    }
    map.extra = d.extra(&rec);
    crate::words::canonical_words(&mut map);
    Ok(Loaded {
        map,
        origins,
        problems: d.problems.into_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The streamed text is the text made whole, byte for byte, controls escaped even
    /// when a write cuts a character: a long map crosses the writer's buffer many times.
    #[test]
    fn written_json_is_the_json_string() {
        let mut map = ActorMap::default();
        for i in 0..2000 {
            let name = format!("Acteur é{i}\u{85}\u{202e}\u{2028}\u{7f}\u{1b}");
            map.actors.push(crate::model::Actor::new(
                format!("a{i}"),
                name,
                crate::model::ActorKind::Community,
            ));
        }
        let mut written = Vec::new();
        write_json(&map, &mut written).unwrap();
        let text = to_json_string(&map);
        assert!(text.contains("\\u0085\\u202e\\u2028\\u007f\\u001b"));
        assert_eq!(String::from_utf8(written).unwrap(), text);
    }

    const SMALL: &str = r#"{
  "format": "actormap/1",
  "name": "Test",
  "needs": [],
  "actors": [
    {"id": "a", "name": "A", "kind": "public", "color": "blue"},
    {"id": "b", "name": "B", "kind": "community"}
  ],
  "links": [
    {"source": "a", "target": "b", "level": "coordination", "directed": true}
  ],
  "forums": [],
  "zz": [1, 2]
}"#;

    #[test]
    fn unknown_fields_are_kept_in_order() {
        let map = from_json_str(SMALL).unwrap();
        assert_eq!(map.actors[0].extra["color"], "blue");
        assert_eq!(map.extra["zz"], serde_json::json!([1, 2]));
        let again = from_json_str(&to_json_string(&map)).unwrap();
        assert_eq!(again, map);
    }

    #[test]
    fn written_json_is_canonical() {
        let map = from_json_str(SMALL).unwrap();
        let text = to_json_string(&map);
        assert!(text.starts_with("{\n  \"format\": \"actormap/1\",\n  \"name\": \"Test\","));
        assert!(text.ends_with("\"zz\": [\n    1,\n    2\n  ]\n}\n"));
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let text = "{\n\"format\": \"actormap/1\",\n\"actors\": [\n{\"id\": \"a\", \"name\": \"A\", \"kind\": \"municipal\"},\n{\"id\": \"b\", \"name\": 5, \"kind\": \"user\"}\n],\n\"links\": [{\"source\": \"a\", \"target\": \"b\", \"level\": \"high\"}]\n}";
        let loaded = load_json(text, None).unwrap();
        let found: Vec<(usize, &str)> = loaded
            .problems
            .iter()
            .map(|p| (p.location.line.unwrap(), p.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [(4, "unknown-kind"), (5, "wrong-type"), (7, "unknown-level")]
        );
        assert_eq!(
            loaded.problems[0].help(crate::words::Lang::En).as_deref(),
            Some("use one of: public, community, private, user (or the same words in French)")
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = from_json_str("{\n  \"actors\": [\n").unwrap_err();
        match err.kind() {
            ErrorKind::Json { line, .. } => assert_eq!(*line, 3),
            other => panic!("unexpected {other:?}"),
        }
    }
}
