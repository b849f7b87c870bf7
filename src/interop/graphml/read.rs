//! Reading GraphML from actormap and from other tools (see the parent module).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::stream::{Element, Item, Stream};
use crate::error::Result;
use crate::interop::xml::{self, XmlFormat};
use crate::interop::{
    self, ActorFields, AttrDef, ImportOptions, LinkFields, Notes, free_attribute, non_empty,
};
use crate::io::{Loaded, Origins};
use crate::model::{Actor, ActorMap, Forum, Link, Need};
use crate::problem::ProblemCode;
use crate::words::Args;

const FORMAT: XmlFormat = XmlFormat {
    name: "GraphML",
    code: "graphml",
    root: "graphml",
    not_this: ProblemCode::NotGraphml,
};

/// GraphML's types for whole numbers and for other numbers.
const LONGS: &[&str] = &["int", "long"];
const DOUBLES: &[&str] = &["float", "double"];

/// What a key applies to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Graph,
    Node,
    Edge,
    Other,
}

/// A `<key>` as read: what it applies to, and the attribute it declares (its name
/// decoded).
struct KeyDef {
    scope: Scope,
    attr: AttrDef,
}

impl KeyDef {
    fn applies(&self, scope: Scope) -> bool {
        self.scope == scope || self.scope == Scope::All
    }
}

/// Read GraphML text into a map, with every problem found while reading, each with its
/// line (see the module documentation for how other tools' files are read). Only text
/// that is not UTF-8 or too large is an `Err`; XML that is not well-formed is a problem
/// of the returned [`Loaded`], with its line.
///
/// # Example
/// ```
/// let graphml = r#"<?xml version="1.0" encoding="UTF-8"?>
/// <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
///   <key id="d0" for="node" attr.name="label" attr.type="string"/>
///   <graph edgedefault="undirected">
///     <node id="n0"><data key="d0">Carrefour des proches aidants</data></node>
///     <node id="n1"><data key="d0">Popote roulante</data></node>
///     <edge source="n0" target="n1"/>
///   </graph>
/// </graphml>"#;
/// let loaded = actormap::interop::load_graphml(graphml, None, &Default::default())?;
/// // The file says neither kinds nor levels: each assumption is a warning.
/// assert!(loaded.problems.iter().any(|p| p.code == actormap::validate::ProblemCode::AssumedKind));
/// let map = loaded.into_map()?;
/// assert_eq!(map.actors[0].name, "Carrefour des proches aidants");
/// assert_eq!(map.links[0].level, actormap::Level::Coordination);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn load_graphml(text: &str, path: Option<&Path>, options: &ImportOptions) -> Result<Loaded> {
    let mut notes = Notes::new(xml::file(path)).reading(&options.read);
    let mut map = ActorMap::default();
    let mut origins = notes.origins();
    // A first pass checks the whole document and gathers what the graph's records need
    // (the keys, which GraphML may declare anywhere in the root); the second reads the
    // first graph's records.
    let Some(outline) = outline(text, &mut notes) else {
        return Ok(notes.loaded(map, origins));
    };
    if outline.root != FORMAT.root {
        let args = Args::new().with("root", outline.root);
        notes.error(FORMAT.not_this, Some(outline.root_line), None, args);
        return Ok(notes.loaded(map, origins));
    }
    let mut keys: HashMap<String, KeyDef> = HashMap::new();
    for k in outline.keys {
        let (Some(id), Some(raw_name)) = (k.id, k.name) else {
            // Keys without a name carry a tool's own data (yEd's graphics): not attributes.
            continue;
        };
        let scope = match k.scope.as_deref().unwrap_or("all") {
            "all" => Scope::All,
            "graph" | "graphml" => Scope::Graph,
            "node" => Scope::Node,
            "edge" => Scope::Edge,
            _ => Scope::Other,
        };
        if keys.contains_key(&id) {
            let args = Args::new().quoted("key", id.as_str());
            notes.warning(ProblemCode::DuplicateKey, Some(k.line), None, args);
            continue;
        }
        let attr = AttrDef::declared(
            &xml::decode_name(&raw_name),
            k.kind.as_deref(),
            LONGS,
            DOUBLES,
            k.default,
        );
        keys.insert(id, KeyDef { scope, attr });
    }
    if outline.graphs.is_empty() {
        FORMAT.no_graph(outline.root_line, &mut notes);
        return Ok(notes.loaded(map, origins));
    }
    for &line in &outline.graphs[1..] {
        let args = Args::new().select("shape", "several");
        notes.warning(ProblemCode::SkippedGraph, Some(line), None, args);
    }
    // Graph data: under <graphml>, then under <graph>.
    for d in outline.data {
        graph_data(&mut map, &mut origins, &keys, d, &mut notes);
    }
    match read_graph(text, &keys, &mut map, &mut origins, &mut notes, options) {
        Ok(()) => {}
        Err(Stop::Limit(e)) => return Err(e),
        // The first pass found the document well-formed: nothing more can go wrong here.
        Err(Stop::Fault) => return Ok(notes.loaded(map, origins)),
    }
    interop::merge_duplicate_links(&mut map, &mut origins, &mut notes.problems, "edge");
    Ok(notes.loaded(map, origins))
}

/// A `<key>` as written.
struct RawKey {
    id: Option<String>,
    name: Option<String>,
    scope: Option<String>,
    kind: Option<String>,
    /// The text of its first `<default>`.
    default: Option<String>,
    line: usize,
}

/// A `<data>` element as written: its key, its text (its text children joined), whether
/// it holds elements, its line.
struct Data {
    key: Option<String>,
    text: String,
    elements: bool,
    line: usize,
}

/// What the first pass gathers: the root's name and line, its keys and data, and the
/// line of each of its graphs.
struct Outline<'t> {
    root: &'t str,
    root_line: usize,
    keys: Vec<RawKey>,
    data: Vec<Data>,
    graphs: Vec<usize>,
}

/// Read the whole document once: `None` (with the fault noted) if it is not well-formed.
fn outline<'t>(text: &'t str, notes: &mut Notes) -> Option<Outline<'t>> {
    let mut stream = Stream::new(text);
    let root = loop {
        match stream.next(notes, FORMAT.name).ok()?? {
            Item::Start(root) => break root,
            Item::Text(_) | Item::End => {}
        }
    };
    let mut outline = Outline {
        root: root.name,
        root_line: root.line,
        keys: Vec::new(),
        data: Vec::new(),
        graphs: Vec::new(),
    };
    let ours = root.name == FORMAT.root;
    while let Some(item) = stream.next(notes, FORMAT.name).ok()? {
        let Item::Start(element) = item else {
            continue;
        };
        if stream.depth() != 2 || !ours {
            continue;
        }
        match element.name {
            "key" => {
                let mut key = RawKey {
                    id: element.attribute("id"),
                    name: element.attribute("attr.name"),
                    scope: element.attribute("for"),
                    kind: element.attribute("attr.type"),
                    default: None,
                    line: element.line,
                };
                let depth = stream.depth();
                while stream.depth() >= depth {
                    match stream.next(notes, FORMAT.name).ok()? {
                        Some(Item::Start(d))
                            if d.name == "default"
                                && key.default.is_none()
                                && stream.depth() == depth + 1 =>
                        {
                            key.default = Some(gather(&mut stream, notes, false).ok()?.text);
                        }
                        Some(_) => {}
                        None => break,
                    }
                }
                outline.keys.push(key);
            }
            "data" => outline
                .data
                .push(read_data(&mut stream, &element, notes).ok()?),
            "graph" => {
                outline.graphs.push(element.line);
                stream.skip(notes, FORMAT.name).ok()?;
            }
            _ => stream.skip(notes, FORMAT.name).ok()?,
        }
    }
    Some(outline)
}

/// A `<data>` element just started, read up to and with its end.
fn read_data(
    stream: &mut Stream,
    element: &Element,
    notes: &mut Notes,
) -> std::result::Result<Data, ()> {
    let key = element.attribute("key");
    let found = gather(stream, notes, false)?;
    Ok(Data {
        key,
        text: found.text,
        elements: found.elements,
        line: element.line,
    })
}

/// What an element holds: its text children joined, whether it holds elements, its
/// `<data>` children, whether a `<graph>` is among its children, and (if asked) the text
/// of the first `NodeLabel` inside it (where yEd keeps a node's label). Reads up to and
/// with the element's end.
struct Gathered {
    text: String,
    elements: bool,
    data: Vec<Data>,
    nested_graph: bool,
    label: Option<String>,
}

fn gather(
    stream: &mut Stream,
    notes: &mut Notes,
    want_label: bool,
) -> std::result::Result<Gathered, ()> {
    let depth = stream.depth();
    let mut out = Gathered {
        text: String::new(),
        elements: false,
        data: Vec::new(),
        nested_graph: false,
        label: None,
    };
    // The `<data>` child being read, and the `NodeLabel` being read, with their depths.
    let mut data: Option<Data> = None;
    let mut label: Option<(usize, String)> = None;
    let mut label_done = !want_label;
    while let Some(item) = stream.next(notes, FORMAT.name)? {
        let at = stream.depth();
        match item {
            Item::Start(element) => {
                out.elements = true;
                if at == depth + 1 {
                    match element.name {
                        "data" => {
                            data = Some(Data {
                                key: element.attribute("key"),
                                text: String::new(),
                                elements: false,
                                line: element.line,
                            })
                        }
                        "graph" => out.nested_graph = true,
                        _ => {}
                    }
                } else if at > depth + 1 {
                    if let Some(d) = &mut data {
                        d.elements = true;
                    }
                }
                if !label_done && label.is_none() && element.name == "NodeLabel" {
                    label = Some((at, String::new()));
                }
            }
            Item::Text(text) => {
                if at == depth {
                    out.text.push_str(&text);
                } else if at == depth + 1 {
                    if let Some(d) = &mut data {
                        d.text.push_str(&text);
                    }
                }
                if let Some((label_depth, label_text)) = &mut label {
                    if at == *label_depth {
                        label_text.push_str(&text);
                    }
                }
            }
            Item::End => {
                if let Some((label_depth, _)) = &label {
                    if at < *label_depth {
                        out.label = label.take().map(|(_, t)| t);
                        label_done = true;
                    }
                }
                if at == depth {
                    if let Some(d) = data.take() {
                        out.data.push(d);
                    }
                }
                if at < depth {
                    break;
                }
            }
        }
    }
    Ok(out)
}

/// Why the reading of a graph stopped before its end.
enum Stop {
    /// A fault of the document, noted.
    Fault,
    /// More records than the limit.
    Limit(crate::error::Error),
}

impl From<()> for Stop {
    fn from((): ()) -> Self {
        Stop::Fault
    }
}

impl From<crate::error::Error> for Stop {
    fn from(e: crate::error::Error) -> Self {
        Stop::Limit(e)
    }
}

/// Read the records of the root's first graph.
fn read_graph(
    text: &str,
    keys: &HashMap<String, KeyDef>,
    map: &mut ActorMap,
    origins: &mut Origins,
    notes: &mut Notes,
    options: &ImportOptions,
) -> std::result::Result<(), Stop> {
    let mut stream = Stream::new(text);
    let graph = loop {
        match stream.next(notes, FORMAT.name)? {
            Some(Item::Start(e)) if stream.depth() == 2 && e.name == "graph" => {
                break e;
            }
            Some(_) => {}
            None => return Ok(()),
        }
    };
    let edgedefault_directed = graph.attribute("edgedefault").as_deref() == Some("directed");
    let depth = stream.depth();
    while let Some(item) = stream.next(notes, FORMAT.name)? {
        match item {
            Item::End if stream.depth() < depth => break,
            Item::Start(element) => {
                let line = element.line;
                match element.name {
                    "data" => {
                        let d = read_data(&mut stream, &element, notes)?;
                        graph_data(map, origins, keys, d, notes);
                    }
                    "node" => {
                        notes.take_record(Some(line))?;
                        let id = element.attribute("id");
                        let found = gather(&mut stream, notes, true)?;
                        if let Some(actor) = read_node(id, line, found, keys, notes, options) {
                            map.actors.push(actor);
                            origins.actors.push(notes.origin(line));
                        }
                    }
                    "edge" => {
                        notes.take_record(Some(line))?;
                        let ends = (
                            element.attribute("source"),
                            element.attribute("target"),
                            element.attribute("directed"),
                        );
                        let found = gather(&mut stream, notes, false)?;
                        if let Some(link) = read_edge(
                            ends,
                            line,
                            found,
                            keys,
                            notes,
                            options,
                            edgedefault_directed,
                        ) {
                            map.links.push(link);
                            origins.links.push(notes.origin(line));
                        }
                    }
                    "hyperedge" => {
                        notes.warning(ProblemCode::SkippedHyperedge, Some(line), None, Args::new());
                        stream.skip(notes, FORMAT.name)?;
                    }
                    _ => stream.skip(notes, FORMAT.name)?,
                }
            }
            Item::End | Item::Text(_) => {}
        }
    }
    Ok(())
}

/// A `<data>` of the graph (or of the root).
fn graph_data(
    map: &mut ActorMap,
    origins: &mut Origins,
    keys: &HashMap<String, KeyDef>,
    d: Data,
    notes: &mut Notes,
) {
    let line = d.line;
    let Some((def, text)) = lookup(keys, d, Scope::Graph, notes) else {
        return;
    };
    let plain = def.plain();
    match def.name.as_str() {
        "name" if plain => map.name = non_empty(text),
        "territory" if plain => map.territory = non_empty(text),
        "as_of" if plain => map.as_of = non_empty(text),
        "description" if plain => map.description = non_empty(text),
        "needs" => match crate::io::json::parse_nested::<Vec<Need>>(&text, notes.max_depth) {
            Ok(needs) => {
                origins.needs = needs.iter().map(|_| notes.origin(line)).collect();
                map.needs = needs;
            }
            Err(e) => bad_json(notes, line, "needs", &e),
        },
        "forums" => match crate::io::json::parse_nested::<Vec<Forum>>(&text, notes.max_depth) {
            Ok(forums) => {
                origins.forums = forums.iter().map(|_| notes.origin(line)).collect();
                origins.members = forums
                    .iter()
                    .map(|f| f.members.iter().map(|_| notes.origin(line)).collect())
                    .collect();
                map.forums = forums;
            }
            Err(e) => bad_json(notes, line, "forums", &e),
        },
        _ => free_attribute(&mut map.extra, def, &text, line, None, &FORMAT, notes),
    }
}

/// The graph's needs or forums (`what`) cannot be read.
fn bad_json(notes: &mut Notes, line: usize, what: &'static str, e: &crate::io::json::NestedError) {
    let args = Args::new()
        .select("shape", "graph")
        .select("what", what)
        .with("reason", e.reason());
    notes.error(ProblemCode::BadMapData, Some(line), None, args);
}

/// The key of a `<data>` element (if it applies to `scope`) and its text.
fn lookup<'k>(
    keys: &'k HashMap<String, KeyDef>,
    d: Data,
    scope: Scope,
    notes: &mut Notes,
) -> Option<(&'k AttrDef, String)> {
    let key = d.key.as_deref()?;
    match keys.get(key) {
        Some(def) if def.applies(scope) => Some((&def.attr, d.text)),
        Some(_) => None,
        None => {
            // yEd's graphics keys have no name and are skipped on purpose; the others
            // are unknown.
            if !d.elements {
                let args = Args::new().quoted("key", key);
                notes.warning(ProblemCode::UnknownKey, Some(d.line), None, args);
            }
            None
        }
    }
}

/// Every (key, text, line) of an element's data, with the defaults of keys it does not
/// give.
fn element_data<'k>(
    data: Vec<Data>,
    line: usize,
    keys: &'k HashMap<String, KeyDef>,
    scope: Scope,
    notes: &mut Notes,
) -> Vec<(&'k AttrDef, String, usize)> {
    let mut found: Vec<(&AttrDef, String, usize)> = Vec::new();
    for d in data {
        let dline = d.line;
        if let Some((def, text)) = lookup(keys, d, scope, notes) {
            if found.iter().any(|(f, _, _)| std::ptr::eq(*f, def)) {
                let args = Args::new()
                    .select("shape", "attribute")
                    .quoted("field", def.name.as_str());
                notes.warning(ProblemCode::DuplicateField, Some(dline), None, args);
                continue;
            }
            found.push((def, text, dline));
        }
    }
    let mut defaults: Vec<(&AttrDef, String, usize)> = keys
        .values()
        .filter(|key| key.applies(scope))
        .map(|key| &key.attr)
        .filter(|def| !found.iter().any(|(f, _, _)| std::ptr::eq(*f, *def)))
        .filter_map(|def| def.default.clone().map(|d| (def, d, line)))
        .collect();
    // Keys come from a hash map: a fixed order keeps the output the same every time.
    defaults.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    found.extend(defaults);
    found
}

fn read_node(
    id: Option<String>,
    line: usize,
    found: Gathered,
    keys: &HashMap<String, KeyDef>,
    notes: &mut Notes,
    options: &ImportOptions,
) -> Option<Actor> {
    let Some(id) = id else {
        let args = Args::new().select("shape", "node");
        notes.error(ProblemCode::EmptyId, Some(line), None, args);
        return None;
    };
    let id = xml::decode_name(&id).into_owned();
    if found.nested_graph {
        let args = Args::new()
            .select("shape", "nested")
            .quoted("id", id.as_str());
        notes.warning(ProblemCode::SkippedGraph, Some(line), Some(&id), args);
    }
    let mut name = None;
    let mut label = None;
    let mut fields = ActorFields::new(id.clone(), String::new(), options);
    for (def, text, dline) in element_data(found.data, line, keys, Scope::Node, notes) {
        match def.name.as_str() {
            "name" if def.plain() => name = Some(text),
            "label" if def.plain() => label = Some(text),
            _ => fields.read(def, text, dline, &FORMAT, notes),
        }
    }
    let actor = &mut fields.actor;
    actor.name = match (name, label) {
        (Some(name), Some(label)) => {
            if label != name {
                actor.extra.insert("label".to_owned(), Value::String(label));
            }
            name
        }
        (Some(name), None) => name,
        (None, Some(label)) => label,
        // yEd keeps a node's label in its graphics.
        (None, None) => found
            .label
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| id.clone()),
    };
    Some(fields.finish(line, &FORMAT, notes))
}

fn read_edge(
    (source, target, directed): (Option<String>, Option<String>, Option<String>),
    line: usize,
    found: Gathered,
    keys: &HashMap<String, KeyDef>,
    notes: &mut Notes,
    options: &ImportOptions,
    edgedefault_directed: bool,
) -> Option<Link> {
    let (Some(source), Some(target)) = (source, target) else {
        let args = Args::new().select("shape", "edge");
        notes.error(ProblemCode::MissingField, Some(line), None, args);
        return None;
    };
    let source = xml::decode_name(&source).into_owned();
    let target = xml::decode_name(&target).into_owned();
    let mut fields = LinkFields::new(source.clone(), target, options);
    fields.link.directed = match directed {
        Some(d) => xml::parse_boolean(&d).unwrap_or(edgedefault_directed),
        None => edgedefault_directed,
    };
    for (def, text, dline) in element_data(found.data, line, keys, Scope::Edge, notes) {
        match def.name.as_str() {
            "directed" if def.plain() => match xml::parse_boolean(&text) {
                Some(d) => fields.link.directed = d,
                None => notes.error(
                    ProblemCode::WrongType,
                    Some(dline),
                    Some(&source),
                    Args::new()
                        .select("shape", "directed")
                        .quoted("value", text.as_str()),
                ),
            },
            "weight" if def.plain() => interop::read_weight(&mut fields.link, &text, dline, notes),
            _ => fields.read(def, text, dline, &FORMAT, notes),
        }
    }
    Some(fields.finish(line, &FORMAT, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorKind;

    #[test]
    fn broken_xml_is_a_located_problem() {
        let loaded = load_graphml(
            "<graphml>\n<graph edgedefault=\"directed\">\n<node id=\"a\">\n</graph>",
            Some(Path::new("bad.graphml")),
            &ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(loaded.problems.len(), 1);
        let p = &loaded.problems[0];
        assert_eq!(p.code, ProblemCode::NotXml);
        assert_eq!(p.location.line, Some(4));
        assert!(
            p.to_string()
                .starts_with("bad.graphml:4: not well-formed XML")
        );
    }

    #[test]
    fn a_dtd_is_refused() {
        let loaded = load_graphml(
            "<!DOCTYPE g [<!ENTITY a \"aaaa\">]><graphml/>",
            None,
            &ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(loaded.problems[0].code, ProblemCode::NotXml);
    }

    fn load(text: &str) -> Loaded {
        load_graphml(text, None, &ImportOptions::default()).unwrap()
    }

    #[test]
    fn each_fault_of_the_xml_is_named_with_its_place() {
        for (text, shape, line, column) in [
            ("<graphml>\n<graph>\n<node id=\"a\">", "unclosed", 3, 14),
            ("<graphml/>\n<graphml/>", "outside-root", 2, 1),
            ("<graphml/>\ntext", "outside-root", 2, 1),
            ("  \n", "no-root", 2, 1),
            (
                "<graphml><graph><node id=\"a\" id=\"b\"/></graph></graphml>",
                "reader",
                1,
                30,
            ),
            ("<graphml>\n  <desc>&bad;</desc></graphml>", "entity", 2, 9),
            ("<graphml><desc>&#0;</desc></graphml>", "reader", 1, 16),
            (
                "<graphml><graph><node id=\"0\"e/></graph></graphml>",
                "reader",
                1,
                30,
            ),
            (
                "<graphml><graph><node i&d=\"0\"/></graph></graphml>",
                "name",
                1,
                22,
            ),
            ("<graphml><gr&aph/></graphml>", "name", 1, 11),
            (
                "<graphml><graph><node id=\"a<b\"/></graph></graphml>",
                "less-than",
                1,
                22,
            ),
            (
                "<graphml><graph><node id=\"&x;\"/></graph></graphml>",
                "entity",
                1,
                22,
            ),
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml>\n<graphml/>",
                "dtd",
                2,
                1,
            ),
        ] {
            let loaded = load(text);
            assert_eq!(loaded.problems.len(), 1, "{text:?}: {:?}", loaded.problems);
            let p = &loaded.problems[0];
            assert_eq!(p.code, ProblemCode::NotXml, "{text:?}");
            assert_eq!(
                p.args.get("shape"),
                Some(&crate::words::Arg::Text(shape.into())),
                "{text:?}"
            );
            assert_eq!(p.location.line, Some(line), "{text:?}");
            assert_eq!(
                p.args.get("column"),
                Some(&crate::words::Arg::Text(column.to_string())),
                "{text:?}"
            );
            assert!(loaded.map.actors.is_empty(), "{text:?}");
        }
    }

    #[test]
    fn text_and_attributes_read_as_xml_says() {
        // Entities, character references and CDATA join into one text; a literal tab or
        // line end in an attribute reads as a space, a character reference keeps it;
        // CR LF in text reads as LF; prefixes are left aside.
        let text = "<g:graphml xmlns:g=\"http://graphml.graphdrawing.org/xmlns\">\r\n\
            <g:graph edgedefault=\"directed\">\r\n\
            <g:node id=\"a&#10;b\"><g:data key=\"n\">Caf&amp;&#233; <![CDATA[<b>]]>\r\nfin</g:data></g:node>\r\n\
            <g:node id=\"c\td\"/>\r\n\
            <g:edge source=\"a&#10;b\" target=\"c d\"/>\r\n\
            </g:graph>\r\n\
            <g:key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\r\n\
            </g:graphml>";
        let loaded = load(text);
        let map = &loaded.map;
        assert_eq!(map.actors[0].id, "a\nb");
        // The key is declared after the graph, and applies all the same.
        assert_eq!(map.actors[0].name, "Caf&é <b>\nfin");
        assert_eq!(map.actors[1].id, "c d");
        assert_eq!(
            (map.links[0].source.as_str(), map.links[0].target.as_str()),
            ("a\nb", "c d")
        );
        assert!(map.links[0].directed);
        // The first node's text holds a line end: the second node is on line 5.
        assert_eq!(loaded.origins.actors[1].line(), Some(5));
    }

    #[test]
    fn tools_own_elements_are_read_or_named() {
        // yEd's label in its graphics, a nested graph, a hyperedge, a second graph, an
        // unknown key and one given twice.
        let text = r#"<graphml xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="g" for="node" yfiles.type="nodegraphics"/>
  <key id="k" for="node" attr.name="sector" attr.type="string"><default>santé</default></key>
  <key id="k" for="node" attr.name="other" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="n0"><data key="g"><y:ShapeNode><y:NodeLabel> Popote
 roulante </y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="zz">x</data><graph id="inner"><node id="deep"/></graph></node>
    <hyperedge><endpoint node="n0"/></hyperedge>
  </graph>
  <graph id="second"><node id="n9"/></graph>
</graphml>"#;
        let loaded = load(text);
        let map = &loaded.map;
        let ids: Vec<&str> = map.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["n0", "n1"]);
        assert_eq!(map.actors[0].name, "Popote\n roulante");
        assert_eq!(map.actors[1].name, "n1");
        assert_eq!(map.actors[0].sector.as_deref(), Some("santé"));
        let found: Vec<(&str, Option<usize>)> = loaded
            .problems
            .iter()
            .filter(|p| p.code.as_str() != "assumed-kind")
            .map(|p| (p.code.as_str(), p.location.line))
            .collect();
        assert_eq!(
            found,
            [
                ("duplicate-key", Some(4)),
                ("skipped-graph", Some(8)),
                ("unknown-key", Some(8)),
                ("skipped-hyperedge", Some(9)),
                ("skipped-graph", Some(11)),
            ]
        );
    }

    #[test]
    fn default_kind_is_applied_with_a_warning_per_node() {
        let text = r#"<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"/><edge source="a" target="b"/></graph></graphml>"#;
        let options = ImportOptions::default().with_default_kind(ActorKind::Private);
        let loaded = load_graphml(text, None, &options).unwrap();
        let codes: Vec<&str> = loaded.problems.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "assumed-kind",
                "assumed-kind",
                "assumed-level",
                "assumed-level",
                "duplicate-connection"
            ]
        );
        assert_eq!(loaded.map.actors[1].kind, ActorKind::Private);
        assert_eq!(loaded.map.links.len(), 1);
        assert!(loaded.map.links[0].directed);
    }
}
