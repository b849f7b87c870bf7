//! Reading GraphML from actormap and from other tools (see the parent module).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::error::Result;
use crate::io::interop::{self, ImportOptions, JSON_SUFFIX, Notes, ValueType};
use crate::io::xml::{self, Positions, child, children, text_of};
use crate::io::{Loaded, Origins};
use crate::model::{Actor, ActorMap, Forum, Link, Need};

/// What a key applies to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Graph,
    Node,
    Edge,
    Other,
}

/// A `<key>` as read.
struct KeyDef {
    scope: Scope,
    /// The attribute's name, decoded, without a `:json` suffix.
    name: String,
    t: ValueType,
    default: Option<String>,
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
/// let loaded = actormap::load_graphml(graphml, None, &Default::default())?;
/// // The file says neither kinds nor levels: each assumption is a warning.
/// assert!(loaded.problems.iter().any(|p| p.code == "assumed-kind"));
/// let map = loaded.into_map()?;
/// assert_eq!(map.actors[0].name, "Carrefour des proches aidants");
/// assert_eq!(map.links[0].level, actormap::Level::Coordination);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn load_graphml(text: &str, path: Option<&Path>, options: &ImportOptions) -> Result<Loaded> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut notes = Notes::new(xml::file(path));
    let mut map = ActorMap::default();
    let mut origins = Origins {
        map: notes.origin(1),
        ..Origins::default()
    };
    let Ok(doc) = xml::parse(text, &mut notes, "GraphML") else {
        return Ok(Loaded {
            map,
            origins,
            problems: notes.problems,
        });
    };
    let pos = Positions::new(text);
    let root = doc.root_element();
    if root.tag_name().name() != "graphml" {
        notes.error(
            "not-graphml",
            Some(pos.line(root)),
            None,
            format!(
                "the document is <{}>, not GraphML (<graphml>)",
                root.tag_name().name()
            ),
            "export the graph as GraphML from the tool, or choose the format that matches \
             the file"
                .to_owned(),
        );
        return Ok(Loaded {
            map,
            origins,
            problems: notes.problems,
        });
    }
    let mut keys: HashMap<String, KeyDef> = HashMap::new();
    for k in children(root, "key") {
        let Some(id) = k.attribute("id") else {
            continue;
        };
        // Keys without a name carry a tool's own data (yEd's graphics): not attributes.
        let Some(raw_name) = k.attribute("attr.name") else {
            continue;
        };
        let decoded = xml::decode_name(raw_name).into_owned();
        let scope = match k.attribute("for").unwrap_or("all") {
            "all" => Scope::All,
            "graph" | "graphml" => Scope::Graph,
            "node" => Scope::Node,
            "edge" => Scope::Edge,
            _ => Scope::Other,
        };
        let (name, t) = match decoded.strip_suffix(JSON_SUFFIX) {
            Some(base) => (base.to_owned(), ValueType::Json),
            None => {
                let t = match k.attribute("attr.type").unwrap_or("string") {
                    "boolean" => ValueType::Boolean,
                    "int" | "long" => ValueType::Long,
                    "float" | "double" => ValueType::Double,
                    _ => ValueType::String,
                };
                (decoded, t)
            }
        };
        let default = child(k, "default").map(text_of);
        if keys.contains_key(id) {
            notes.warning(
                "duplicate-key",
                Some(pos.line(k)),
                None,
                format!("key {id:?} is declared twice; the first is used"),
                "give each key its own id".to_owned(),
            );
            continue;
        }
        keys.insert(
            id.to_owned(),
            KeyDef {
                scope,
                name,
                t,
                default,
            },
        );
    }

    let mut graphs = children(root, "graph");
    let Some(graph) = graphs.next() else {
        notes.error(
            "no-graph",
            Some(pos.line(root)),
            None,
            "the GraphML file holds no <graph>".to_owned(),
            "export the graph again from the tool".to_owned(),
        );
        return Ok(Loaded {
            map,
            origins,
            problems: notes.problems,
        });
    };
    for other in graphs {
        notes.warning(
            "skipped-graph",
            Some(pos.line(other)),
            None,
            "the file holds more than one graph; only the first is read".to_owned(),
            "export each graph to its own file".to_owned(),
        );
    }
    let edgedefault_directed = graph.attribute("edgedefault") == Some("directed");

    // Graph data: under <graphml> and under <graph>.
    for d in children(root, "data").chain(children(graph, "data")) {
        let Some((def, text)) = lookup(&keys, d, Scope::Graph, &pos, &mut notes) else {
            continue;
        };
        let line = pos.line(d);
        match def.name.as_str() {
            "name" if def.t != ValueType::Json => map.name = non_empty(text),
            "territory" if def.t != ValueType::Json => map.territory = non_empty(text),
            "as_of" if def.t != ValueType::Json => map.as_of = non_empty(text),
            "description" if def.t != ValueType::Json => map.description = non_empty(text),
            "needs" => match serde_json::from_str::<Vec<Need>>(&text) {
                Ok(needs) => {
                    origins.needs = needs.iter().map(|_| notes.origin(line)).collect();
                    map.needs = needs;
                }
                Err(e) => bad_json(&mut notes, line, "needs", &e),
            },
            "forums" => match serde_json::from_str::<Vec<Forum>>(&text) {
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
            _ => {
                if let Some(v) = typed(def, &text, line, None, &mut notes) {
                    let name = interop::unescape_extra(&def.name).to_owned();
                    map.extra.entry(name).or_insert(v);
                }
            }
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
            "hyperedge" => notes.warning(
                "skipped-hyperedge",
                Some(line),
                None,
                "hyperedges (ties among more than two nodes) are not read".to_owned(),
                "a tie among several actors is a forum in an actor map; add it as one".to_owned(),
            ),
            _ => {}
        }
    }
    interop::merge_duplicate_links(&mut map, &mut origins, &mut notes.problems, "edge");
    Ok(Loaded {
        map,
        origins,
        problems: notes.problems,
    })
}

fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn bad_json(notes: &mut Notes, line: usize, what: &str, e: &serde_json::Error) {
    notes.error(
        "bad-map-data",
        Some(line),
        None,
        format!("the graph's {what} cannot be read: {e}"),
        format!("it must be a JSON list of {what}, as actormap writes it; fix it or remove it"),
    );
}

/// The key of a `<data>` element (if it applies to `scope`) and its text, or its
/// default's when the element is empty.
fn lookup<'k>(
    keys: &'k HashMap<String, KeyDef>,
    d: roxmltree::Node,
    scope: Scope,
    pos: &Positions,
    notes: &mut Notes,
) -> Option<(&'k KeyDef, String)> {
    let key = d.attribute("key")?;
    match keys.get(key) {
        Some(def) if def.applies(scope) => Some((def, text_of(d))),
        Some(_) => None,
        None => {
            // yEd's graphics keys have no name and are skipped on purpose; the others
            // are unknown.
            if !d.children().any(|c| c.is_element()) {
                notes.warning(
                    "unknown-key",
                    Some(pos.line(d)),
                    None,
                    format!("data refers to key {key:?}, which is not declared; it is skipped"),
                    "declare the key with <key id=… attr.name=…> at the top of the file".to_owned(),
                );
            }
            None
        }
    }
}

/// A free attribute's value, typed by its key; a value that does not fit is reported.
fn typed(
    def: &KeyDef,
    text: &str,
    line: usize,
    id: Option<&str>,
    notes: &mut Notes,
) -> Option<Value> {
    match interop::text_value(text, def.t) {
        Ok(v) => Some(v),
        Err(expected) => {
            notes.error(
                "wrong-type",
                Some(line),
                id,
                format!(
                    "attribute {:?} holds {text:?}, which is not {expected}",
                    def.name
                ),
                "fix the value, or declare the key with another attr.type".to_owned(),
            );
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
) -> Vec<(&'k KeyDef, String, usize)> {
    let mut found: Vec<(&KeyDef, String, usize)> = Vec::new();
    for d in children(element, "data") {
        if let Some((def, text)) = lookup(keys, d, scope, pos, notes) {
            let line = pos.line(d);
            if found.iter().any(|(f, _, _)| std::ptr::eq(*f, def)) {
                notes.warning(
                    "duplicate-field",
                    Some(line),
                    None,
                    format!("attribute {:?} is given twice; the first is kept", def.name),
                    "keep one of them".to_owned(),
                );
                continue;
            }
            found.push((def, text, line));
        }
    }
    let line = pos.line(element);
    let mut defaults: Vec<(&KeyDef, String, usize)> = keys
        .values()
        .filter(|def| def.applies(scope))
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
    let Some(raw_id) = node.attribute("id") else {
        notes.error(
            "empty-id",
            Some(line),
            None,
            "a node has no id".to_owned(),
            "give every <node> an id".to_owned(),
        );
        return None;
    };
    let id = xml::decode_name(raw_id).into_owned();
    if child(node, "graph").is_some() {
        notes.warning(
            "skipped-graph",
            Some(line),
            Some(&id),
            format!("node {id:?} holds a nested graph, which is not read"),
            "flatten the graph in the tool before exporting".to_owned(),
        );
    }
    let mut name = None;
    let mut label = None;
    let mut kind = None;
    let mut kind_error = false;
    let mut actor = Actor::new(id.clone(), String::new(), options.default_kind);
    for (def, text, dline) in element_data(node, keys, Scope::Node, pos, notes) {
        let plain = def.t != ValueType::Json;
        match def.name.as_str() {
            "name" if plain => name = Some(text),
            "label" if plain => label = Some(text),
            "kind" if plain => match interop::parse_kind(&text) {
                Some(k) => kind = Some(k),
                None => {
                    kind_error = true;
                    notes.error(
                        "unknown-kind",
                        Some(dline),
                        Some(&id),
                        format!("unknown kind {text:?}"),
                        format!("use one of: {}", interop::KIND_WORDS),
                    );
                }
            },
            "organization" if plain => actor.organization = non_empty(text),
            "sector" if plain => actor.sector = non_empty(text),
            "territory" if plain => actor.territory = non_empty(text),
            "services" if plain => {
                actor.services = text
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            _ => {
                if let Some(v) = typed(def, &text, dline, Some(&id), notes) {
                    let name = interop::unescape_extra(&def.name).to_owned();
                    actor.extra.entry(name).or_insert(v);
                }
            }
        }
    }
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
    match kind {
        Some(k) => actor.kind = k,
        // A wrong kind is an error already; only an absent one is assumed.
        None if !kind_error => {
            let at = notes.origin(line);
            notes.assumed_kind(&at, &id, options.default_kind, "the GraphML file")
        }
        None => {}
    }
    Some(actor)
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
    let (Some(source), Some(target)) = (edge.attribute("source"), edge.attribute("target")) else {
        notes.error(
            "missing-field",
            Some(line),
            None,
            "an edge has no source or no target".to_owned(),
            "give every <edge> a source and a target node id".to_owned(),
        );
        return None;
    };
    let source = xml::decode_name(source).into_owned();
    let target = xml::decode_name(target).into_owned();
    let mut link = Link::new(source.clone(), target, options.default_level);
    link.directed = match edge.attribute("directed") {
        Some(d) => xml::parse_boolean(d).unwrap_or(edgedefault_directed),
        None => edgedefault_directed,
    };
    let mut level = None;
    let mut level_error = false;
    for (def, text, dline) in element_data(edge, keys, Scope::Edge, pos, notes) {
        let plain = def.t != ValueType::Json;
        match def.name.as_str() {
            "kind" if plain => link.kind = non_empty(text),
            "level" if plain => match interop::parse_level_or_rank(&text) {
                Some(l) => level = Some(l),
                None => {
                    level_error = true;
                    notes.error(
                        "unknown-level",
                        Some(dline),
                        Some(&source),
                        format!("unknown level {text:?}"),
                        format!(
                            "use one of: {}; or a rank from 1 to 4",
                            interop::LEVEL_WORDS
                        ),
                    );
                }
            },
            "directed" if plain => match xml::parse_boolean(&text) {
                Some(d) => link.directed = d,
                None => notes.error(
                    "wrong-type",
                    Some(dline),
                    Some(&source),
                    format!("directed {text:?} is not true or false"),
                    "write true or false".to_owned(),
                ),
            },
            "weight" if plain => match xml::parse_double(&text).filter(|w| w.is_finite()) {
                Some(w) => link.weight = Some(w),
                None => notes.error(
                    "wrong-type",
                    Some(dline),
                    Some(&source),
                    format!("weight {text:?} is not a number"),
                    "write a number such as 2 or 1.5".to_owned(),
                ),
            },
            "notes" if plain => link.notes = non_empty(text),
            "since" if plain => link.since = non_empty(text),
            "until" if plain => link.until = non_empty(text),
            _ => {
                if let Some(v) = typed(def, &text, dline, Some(&source), notes) {
                    let name = interop::unescape_extra(&def.name).to_owned();
                    link.extra.entry(name).or_insert(v);
                }
            }
        }
    }
    match level {
        Some(l) => link.level = l,
        None if !level_error => {
            let at = notes.origin(line);
            notes.assumed_level(&at, &source, options.default_level, "the GraphML file")
        }
        None => {}
    }
    Some(link)
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
        assert_eq!(p.code, "not-xml");
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
        assert_eq!(loaded.problems[0].code, "not-xml");
    }

    #[test]
    fn default_kind_is_applied_with_a_warning_per_node() {
        let text = r#"<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"/><edge source="a" target="b"/></graph></graphml>"#;
        let options = ImportOptions::default().with_default_kind(ActorKind::Private);
        let loaded = load_graphml(text, None, &options).unwrap();
        let codes: Vec<&str> = loaded.problems.iter().map(|p| p.code).collect();
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
