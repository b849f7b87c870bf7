//! Reading GraphML from actormap and from other tools (see the parent module).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::error::Result;
use crate::interop::xml::{self, Positions, XmlFormat, child, children, text_of};
use crate::interop::{
    self, ActorFields, AttrDef, ImportOptions, LinkFields, Notes, free_attribute, non_empty,
};
use crate::io::Loaded;
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
    let Some((doc, pos)) = FORMAT.open(text, &mut notes) else {
        return Ok(notes.loaded(map, origins));
    };
    let root = doc.root_element();
    let mut keys: HashMap<String, KeyDef> = HashMap::new();
    for k in children(root, "key") {
        let Some(id) = k.attribute("id") else {
            continue;
        };
        // Keys without a name carry a tool's own data (yEd's graphics): not attributes.
        let Some(raw_name) = k.attribute("attr.name") else {
            continue;
        };
        let scope = match k.attribute("for").unwrap_or("all") {
            "all" => Scope::All,
            "graph" | "graphml" => Scope::Graph,
            "node" => Scope::Node,
            "edge" => Scope::Edge,
            _ => Scope::Other,
        };
        if keys.contains_key(id) {
            let args = Args::new().quoted("key", id);
            notes.warning(ProblemCode::DuplicateKey, Some(pos.line(k)), None, args);
            continue;
        }
        let attr = AttrDef::declared(
            &xml::decode_name(raw_name),
            k.attribute("attr.type"),
            LONGS,
            DOUBLES,
            child(k, "default").map(text_of),
        );
        keys.insert(id.to_owned(), KeyDef { scope, attr });
    }

    let mut graphs = children(root, "graph");
    let Some(graph) = graphs.next() else {
        FORMAT.no_graph(pos.line(root), &mut notes);
        return Ok(notes.loaded(map, origins));
    };
    for other in graphs {
        let args = Args::new().select("shape", "several");
        notes.warning(ProblemCode::SkippedGraph, Some(pos.line(other)), None, args);
    }
    let edgedefault_directed = graph.attribute("edgedefault") == Some("directed");

    // Graph data: under <graphml> and under <graph>.
    for d in children(root, "data").chain(children(graph, "data")) {
        let Some((def, text)) = lookup(&keys, d, Scope::Graph, &pos, &mut notes) else {
            continue;
        };
        let line = pos.line(d);
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
                Err(e) => bad_json(&mut notes, line, "needs", &e),
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
                Err(e) => bad_json(&mut notes, line, "forums", &e),
            },
            _ => free_attribute(&mut map.extra, def, &text, line, None, &FORMAT, &mut notes),
        }
    }

    for element in graph.children().filter(|n| n.is_element()) {
        let line = pos.line(element);
        match element.tag_name().name() {
            "node" => {
                let actor = read_node(element, &keys, &pos, &mut notes, options);
                if let Some(actor) = actor {
                    map.actors.push(actor);
                    origins.actors.push(notes.origin(line));
                }
            }
            "edge" => {
                if let Some(link) = read_edge(
                    element,
                    &keys,
                    &pos,
                    &mut notes,
                    options,
                    edgedefault_directed,
                ) {
                    map.links.push(link);
                    origins.links.push(notes.origin(line));
                }
            }
            "hyperedge" => {
                notes.warning(ProblemCode::SkippedHyperedge, Some(line), None, Args::new())
            }
            _ => {}
        }
    }
    interop::merge_duplicate_links(&mut map, &mut origins, &mut notes.problems, "edge");
    Ok(notes.loaded(map, origins))
}

/// The graph's needs or forums (`what`) cannot be read.
fn bad_json(notes: &mut Notes, line: usize, what: &'static str, e: &crate::io::json::NestedError) {
    let args = Args::new()
        .select("shape", "graph")
        .select("what", what)
        .with("reason", e.reason());
    notes.error(ProblemCode::BadMapData, Some(line), None, args);
}

/// The key of a `<data>` element (if it applies to `scope`) and its text, or its
/// default's when the element is empty.
fn lookup<'k>(
    keys: &'k HashMap<String, KeyDef>,
    d: roxmltree::Node,
    scope: Scope,
    pos: &Positions,
    notes: &mut Notes,
) -> Option<(&'k AttrDef, String)> {
    let key = d.attribute("key")?;
    match keys.get(key) {
        Some(def) if def.applies(scope) => Some((&def.attr, text_of(d))),
        Some(_) => None,
        None => {
            // yEd's graphics keys have no name and are skipped on purpose; the others
            // are unknown.
            if !d.children().any(|c| c.is_element()) {
                let args = Args::new().quoted("key", key);
                notes.warning(ProblemCode::UnknownKey, Some(pos.line(d)), None, args);
            }
            None
        }
    }
}

/// Every (key, text) of an element, with the defaults of keys it does not give.
fn element_data<'k>(
    element: roxmltree::Node,
    keys: &'k HashMap<String, KeyDef>,
    scope: Scope,
    pos: &Positions,
    notes: &mut Notes,
) -> Vec<(&'k AttrDef, String, usize)> {
    let mut found: Vec<(&AttrDef, String, usize)> = Vec::new();
    for d in children(element, "data") {
        if let Some((def, text)) = lookup(keys, d, scope, pos, notes) {
            let line = pos.line(d);
            if found.iter().any(|(f, _, _)| std::ptr::eq(*f, def)) {
                let args = Args::new()
                    .select("shape", "attribute")
                    .quoted("field", def.name.as_str());
                notes.warning(ProblemCode::DuplicateField, Some(line), None, args);
                continue;
            }
            found.push((def, text, line));
        }
    }
    let line = pos.line(element);
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
    node: roxmltree::Node,
    keys: &HashMap<String, KeyDef>,
    pos: &Positions,
    notes: &mut Notes,
    options: &ImportOptions,
) -> Option<Actor> {
    let line = pos.line(node);
    let id = xml::decode_name(xml::node_id(node, line, notes)?).into_owned();
    if child(node, "graph").is_some() {
        let args = Args::new()
            .select("shape", "nested")
            .quoted("id", id.as_str());
        notes.warning(ProblemCode::SkippedGraph, Some(line), Some(&id), args);
    }
    let mut name = None;
    let mut label = None;
    let mut fields = ActorFields::new(id.clone(), String::new(), options);
    for (def, text, dline) in element_data(node, keys, Scope::Node, pos, notes) {
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
        (None, None) => node
            .descendants()
            .find(|n| n.is_element() && n.tag_name().name() == "NodeLabel")
            .map(text_of)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| id.clone()),
    };
    Some(fields.finish(line, &FORMAT, notes))
}

fn read_edge(
    edge: roxmltree::Node,
    keys: &HashMap<String, KeyDef>,
    pos: &Positions,
    notes: &mut Notes,
    options: &ImportOptions,
    edgedefault_directed: bool,
) -> Option<Link> {
    let line = pos.line(edge);
    let (source, target) = xml::edge_ends(edge, line, notes)?;
    let source = xml::decode_name(source).into_owned();
    let target = xml::decode_name(target).into_owned();
    let mut fields = LinkFields::new(source.clone(), target, options);
    fields.link.directed = match edge.attribute("directed") {
        Some(d) => xml::parse_boolean(d).unwrap_or(edgedefault_directed),
        None => edgedefault_directed,
    };
    for (def, text, dline) in element_data(edge, keys, Scope::Edge, pos, notes) {
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
