//! GEXF 1.3, Gephi's own format.
//!
//! | GEXF | map |
//! |---|---|
//! | `<node id label>` | the actor's id and name |
//! | node attributes (`<attributes class="node">`) | `kind`, `organization`, `sector`, `territory`, `services` (need ids joined with `\|`), then each free attribute, typed as in GraphML (`boolean`, `long`, `double`, `string`; other values as JSON text under a title ending in `:json`) |
//! | `<viz:color>` | the colour of the actor's kind, as in the diagrams ([`kind_style`](crate::dot::kind_style)) |
//! | `<edge source target type weight label>` | the link's ends, direction (`directed`/`undirected`), weight, and kind (as the label, which Gephi can show) |
//! | edge attributes | `kind`, `level`, `notes`, `since`, `until`, then each free attribute |
//! | `<meta>` | `creator` (actormap), `description` (the map's description), `lastmodifieddate` (the map's date when it is a full date) |
//!
//! The graph's `defaultedgetype` is `directed` when every link is, `undirected`
//! otherwise; directed links of a mixed map carry `type="directed"`, which Gephi draws
//! as arrows. (NetworkX's GEXF reader refuses such mixed graphs; use GraphML for
//! NetworkX.)
//!
//! GEXF has no place for the rest of a map (its name, territory, date, free fields,
//! needs and forums). It is kept as an `actormap/1` JSON document in an element of the
//! actormap namespace inside `<meta>`: `<actormap:map xmlns:actormap="urn:actormap:1">`.
//! Gephi and NetworkX skip it; a tool that validates strictly against the GEXF 1.3
//! schema would reject it, since the schema lists every element `<meta>` may hold.
//!
//! Reading takes GEXF 1.1 to 1.3 from any tool: nodes without a label take their id as
//! name; nodes without a `kind` attribute take the import's default kind and links
//! without a `level` the default level, with a warning each; `mutual` edges are
//! undirected links. Dynamic values (spells) are read as their first value, with a
//! warning. Connections entered twice are merged, with a warning.

use std::collections::HashMap;
use std::path::Path;

use super::xml::{self, Positions, XmlFormat, child, children, push_attr, push_text, text_of};
use crate::error::Result;
use crate::interop::{
    self, ActorFields, AttrDef, Columns, ImportOptions, JSON_SUFFIX, LinkFields, NodeAttribute,
    Notes, ValueType, non_empty,
};
use crate::io::Loaded;
use crate::model::{ActorMap, Extra};
use crate::problem::ProblemCode;
use crate::text::{CHUNK, spill};
use crate::words::Args;

/// The namespace of the element that carries the rest of the map.
const ACTORMAP_NS: &str = "urn:actormap:1";

const NODE_FIELDS: &[&str] = &["kind", "organization", "sector", "territory", "services"];
const EDGE_FIELDS: &[&str] = &["kind", "level", "notes", "since", "until"];

const FORMAT: XmlFormat = XmlFormat {
    name: "GEXF",
    code: "gexf",
    root: "gexf",
    not_this: ProblemCode::NotGexf,
};

/// How to write GEXF.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GexfOptions {
    /// Attributes added to every node, after the actors' own (e.g. metrics). Each has
    /// one value per actor, in map order.
    pub node_attributes: Vec<NodeAttribute>,
}

impl GexfOptions {
    /// Options with one more attribute on every node.
    pub fn with_node_attribute(mut self, attribute: NodeAttribute) -> Self {
        self.node_attributes.push(attribute);
        self
    }
}

/// The map as GEXF 1.3 text (see the module documentation for what goes where). The
/// same map and options always give the same bytes.
///
/// Errors: a text holding a control character XML cannot carry (the error names the
/// record and the field), added attributes that do not fit the map.
///
/// # Example
/// ```
/// let map = actormap::read_path("fixtures/itss-action-group.json")?;
/// let gexf = actormap::interop::to_gexf(&map, &Default::default())?;
/// assert!(gexf.contains(r#"<gexf xmlns="http://gexf.net/1.3""#));
/// let back = actormap::interop::load_gexf(&gexf, None, &Default::default())?.into_map()?;
/// assert_eq!(back, map);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn to_gexf(map: &ActorMap, options: &GexfOptions) -> Result<String> {
    let mut bytes = Vec::new();
    write_gexf(map, options, &mut bytes)?;
    Ok(String::from_utf8(bytes).expect("the text is UTF-8"))
}

/// Write the map as GEXF to `writer` as it is made: the text of a large map is never held
/// whole. The same bytes as [`to_gexf`], and the same errors, found before anything is
/// written; a failed write is an error of kind [`ErrorKind::Io`](crate::ErrorKind::Io).
pub fn write_gexf(
    map: &ActorMap,
    options: &GexfOptions,
    writer: impl std::io::Write,
) -> Result<()> {
    check_gexf(map, options)?;
    gexf_text(map, options, writer)
        .map_err(|e| crate::error::Error::io(None, crate::error::IoAction::Write, e))
}

/// What makes a map impossible to write as GEXF.
pub(crate) fn check_gexf(map: &ActorMap, options: &GexfOptions) -> Result<()> {
    xml::check_map(map)?;
    interop::check_node_attributes(map, &options.node_attributes, NODE_FIELDS)?;
    Ok(())
}

/// The text of a map [`check_gexf`] accepts.
pub(crate) fn gexf_text(
    map: &ActorMap,
    options: &GexfOptions,
    mut w: impl std::io::Write,
) -> std::io::Result<()> {
    let node_extras = Columns::of(map.actors.iter().map(|a| &a.extra));
    let edge_extras = Columns::of(map.links.iter().map(|l| &l.extra));

    let mut out = String::with_capacity(2 * CHUNK);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" \
         version=\"1.3\">\n",
    );
    out.push_str("  <meta");
    if let Some(date) = map.as_of.as_deref().filter(|d| is_full_date(d)) {
        out.push_str(&format!(" lastmodifieddate=\"{date}\""));
    }
    out.push_str(">\n    <creator>actormap</creator>\n");
    if let Some(description) = &map.description {
        out.push_str("    <description>");
        push_text(&mut out, description);
        out.push_str("</description>\n");
    }
    out.push_str(&format!(
        "    <actormap:map xmlns:actormap=\"{ACTORMAP_NS}\">"
    ));
    push_text(&mut out, &interop::rest_document(map, false));
    out.push_str("</actormap:map>\n  </meta>\n");

    let all_directed = !map.links.is_empty() && map.links.iter().all(|l| l.directed);
    out.push_str(&format!(
        "  <graph mode=\"static\" defaultedgetype=\"{}\">\n",
        if all_directed {
            "directed"
        } else {
            "undirected"
        }
    ));
    out.push_str("    <attributes class=\"node\">\n");
    for field in NODE_FIELDS {
        attribute(&mut out, field, field, "string");
    }
    extra_attributes(&mut out, &node_extras.list, NODE_FIELDS);
    for (i, a) in options.node_attributes.iter().enumerate() {
        attribute(&mut out, &format!("m{i}"), &a.name, a.values.type_name());
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    for field in EDGE_FIELDS {
        attribute(&mut out, field, field, "string");
    }
    extra_attributes(&mut out, &edge_extras.list, EDGE_FIELDS);
    out.push_str("    </attributes>\n");

    out.push_str(&format!("    <nodes count=\"{}\">\n", map.actors.len()));
    for (i, actor) in map.actors.iter().enumerate() {
        spill(&mut w, &mut out)?;
        out.push_str("      <node id=\"");
        push_attr(&mut out, &actor.id);
        out.push_str("\" label=\"");
        push_attr(&mut out, &actor.name);
        out.push_str("\">\n        <attvalues>\n");
        let services = (!actor.services.is_empty()).then(|| actor.services.join("|"));
        for (field, value) in [
            ("kind", Some(actor.kind.as_str())),
            ("organization", actor.organization.as_deref()),
            ("sector", actor.sector.as_deref()),
            ("territory", actor.territory.as_deref()),
            ("services", services.as_deref()),
        ] {
            attvalue(&mut out, field, value);
        }
        extra_values(&mut out, &node_extras, &actor.extra);
        for (m, a) in options.node_attributes.iter().enumerate() {
            attvalue(&mut out, &format!("m{m}"), a.values.text(i).as_deref());
        }
        out.push_str("        </attvalues>\n");
        let fill = crate::dot::kind_style(actor.kind).fill;
        let (r, g, b) = rgb(fill);
        out.push_str(&format!(
            "        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>\n"
        ));
        out.push_str("      </node>\n");
    }
    out.push_str("    </nodes>\n");
    out.push_str(&format!("    <edges count=\"{}\">\n", map.links.len()));
    for (i, link) in map.links.iter().enumerate() {
        spill(&mut w, &mut out)?;
        out.push_str(&format!("      <edge id=\"{i}\" source=\""));
        push_attr(&mut out, &link.source);
        out.push_str("\" target=\"");
        push_attr(&mut out, &link.target);
        out.push('"');
        if link.directed != all_directed {
            out.push_str(if link.directed {
                " type=\"directed\""
            } else {
                " type=\"undirected\""
            });
        }
        if let Some(w) = link.weight {
            out.push_str(&format!(" weight=\"{}\"", xml::double(w)));
        }
        if let Some(kind) = &link.kind {
            out.push_str(" label=\"");
            push_attr(&mut out, kind);
            out.push('"');
        }
        out.push_str(">\n        <attvalues>\n");
        for (field, value) in [
            ("kind", link.kind.as_deref()),
            ("level", Some(link.level.as_str())),
            ("notes", link.notes.as_deref()),
            ("since", link.since.as_deref()),
            ("until", link.until.as_deref()),
        ] {
            attvalue(&mut out, field, value);
        }
        extra_values(&mut out, &edge_extras, &link.extra);
        out.push_str("        </attvalues>\n      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    w.write_all(out.as_bytes())
}

/// Whether a date is a full `YYYY-MM-DD` date (GEXF's `lastmodifieddate` is `xs:date`).
fn is_full_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&d[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&d[8..10].parse::<u8>().unwrap_or(0))
}

/// `#RRGGBB` as three numbers.
fn rgb(hex: &str) -> (u8, u8, u8) {
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0)
    };
    (channel(1), channel(3), channel(5))
}

fn attribute(out: &mut String, id: &str, title: &str, t: &str) {
    out.push_str(&format!("      <attribute id=\"{id}\" title=\""));
    push_attr(out, title);
    out.push_str(&format!("\" type=\"{t}\"/>\n"));
}

fn extra_attributes(out: &mut String, columns: &[(String, ValueType)], reserved: &[&str]) {
    for (i, (name, t)) in columns.iter().enumerate() {
        let name = interop::escape_extra(name, reserved, false);
        let (title, t) = match t {
            ValueType::Json => (format!("{name}{JSON_SUFFIX}"), "string"),
            ValueType::Boolean => (name.into_owned(), "boolean"),
            ValueType::Long => (name.into_owned(), "long"),
            ValueType::Double => (name.into_owned(), "double"),
            ValueType::String => (name.into_owned(), "string"),
        };
        attribute(out, &format!("x{i}"), &title, t);
    }
}

fn attvalue(out: &mut String, id: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.push_str(&format!("          <attvalue for=\"{id}\" value=\""));
        push_attr(out, value);
        out.push_str("\"/>\n");
    }
}

fn extra_values(out: &mut String, columns: &Columns, extra: &Extra) {
    for (i, t, value) in columns.values(extra) {
        attvalue(out, &format!("x{i}"), Some(&interop::value_text(value, t)));
    }
}

/// GEXF's types for whole numbers and for other numbers.
const LONGS: &[&str] = &["integer", "long", "short", "byte", "biginteger"];
const DOUBLES: &[&str] = &["double", "float", "bigdecimal"];

/// The attributes of one class (node or edge), by id.
fn read_attributes(graph: roxmltree::Node, class: &str) -> HashMap<String, AttrDef> {
    let mut defs = HashMap::new();
    for block in children(graph, "attributes").filter(|b| b.attribute("class") == Some(class)) {
        for a in children(block, "attribute") {
            let (Some(id), Some(title)) = (a.attribute("id"), a.attribute("title")) else {
                continue;
            };
            let default = child(a, "default").map(text_of);
            defs.entry(id.to_owned()).or_insert_with(|| {
                AttrDef::declared(title, a.attribute("type"), LONGS, DOUBLES, default)
            });
        }
    }
    defs
}

/// Every (attribute, value, line) of an element, with the defaults of attributes it
/// does not give. `dynamic` is set when an attribute is given more than once.
fn values<'d>(
    element: roxmltree::Node,
    defs: &'d HashMap<String, AttrDef>,
    pos: &Positions,
    dynamic: &mut Option<usize>,
) -> Vec<(&'d AttrDef, String, usize)> {
    let mut found: Vec<(&str, &AttrDef, String, usize)> = Vec::new();
    for block in children(element, "attvalues") {
        for v in children(block, "attvalue") {
            let Some(id) = v.attribute("for").or_else(|| v.attribute("id")) else {
                continue;
            };
            let Some(def) = defs.get(id) else { continue };
            let line = pos.line(v);
            if found.iter().any(|(f, ..)| *f == id) {
                dynamic.get_or_insert(line);
                continue;
            }
            let value = v.attribute("value").unwrap_or("").to_owned();
            found.push((id, def, value, line));
        }
    }
    let line = pos.line(element);
    let mut defaults: Vec<(&str, &AttrDef, String, usize)> = defs
        .iter()
        .filter(|(id, _)| !found.iter().any(|(f, ..)| f == id))
        .filter_map(|(id, def)| def.default.clone().map(|d| (id.as_str(), def, d, line)))
        .collect();
    defaults.sort_by(|a, b| a.0.cmp(b.0));
    found.extend(defaults);
    found.into_iter().map(|(_, d, v, l)| (d, v, l)).collect()
}

/// Read GEXF text (1.1 to 1.3) into a map, with every problem found while reading,
/// each with its line (see the module documentation). Only text that is not UTF-8 or
/// too large is an `Err`; XML that is not well-formed is a problem of the returned
/// [`Loaded`], with its line.
///
/// # Example
/// ```
/// let gexf = r#"<?xml version="1.0" encoding="UTF-8"?>
/// <gexf xmlns="http://gexf.net/1.3" version="1.3">
///   <graph defaultedgetype="undirected">
///     <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
///     <nodes>
///       <node id="0" label="CLSC"><attvalues><attvalue for="0" value="Public"/></attvalues></node>
///       <node id="1" label="Maison des jeunes"><attvalues><attvalue for="0" value="Communautaire"/></attvalues></node>
///     </nodes>
///     <edges><edge id="0" source="0" target="1" weight="2"/></edges>
///   </graph>
/// </gexf>"#;
/// let map = actormap::interop::load_gexf(gexf, None, &Default::default())?.into_map()?;
/// assert_eq!(map.actors[1].kind, actormap::ActorKind::Community);
/// assert_eq!(map.links[0].weight, Some(2.0));
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn load_gexf(text: &str, path: Option<&Path>, options: &ImportOptions) -> Result<Loaded> {
    let mut notes = Notes::new(xml::file(path)).reading(&options.read);
    let mut map = ActorMap::default();
    let mut origins = notes.origins();
    let Some((doc, pos)) = FORMAT.open(text, &mut notes) else {
        return Ok(notes.loaded(map, origins));
    };
    let root = doc.root_element();
    if let Some(meta) = child(root, "meta") {
        if let Some(d) = child(meta, "description") {
            map.description = non_empty(text_of(d));
        }
        let rest = meta
            .children()
            .find(|n| n.is_element() && n.tag_name().namespace() == Some(ACTORMAP_NS));
        if let Some(rest) = rest {
            let line = pos.line(rest);
            interop::read_rest(&text_of(rest), line, &mut map, &mut origins, &mut notes);
        }
    }
    let Some(graph) = child(root, "graph") else {
        FORMAT.no_graph(pos.line(root), &mut notes);
        return Ok(notes.loaded(map, origins));
    };
    let default_directed = graph.attribute("defaultedgetype") == Some("directed");
    let node_defs = read_attributes(graph, "node");
    let edge_defs = read_attributes(graph, "edge");
    let mut dynamic = None;

    for node in children(graph, "nodes").flat_map(|n| children(n, "node")) {
        let line = pos.line(node);
        notes.take_record(Some(line))?;
        let Some(id) = xml::node_id(node, line, &mut notes) else {
            continue;
        };
        if child(node, "nodes").is_some() {
            let args = Args::new().select("shape", "hierarchy").quoted("id", id);
            notes.warning(ProblemCode::SkippedGraph, Some(line), Some(id), args);
        }
        let name = node.attribute("label").unwrap_or(id);
        let mut fields = ActorFields::new(id.to_owned(), name.to_owned(), options);
        for (def, value, vline) in values(node, &node_defs, &pos, &mut dynamic) {
            fields.read(def, value, vline, &FORMAT, &mut notes);
        }
        let actor = fields.finish(line, &FORMAT, &mut notes);
        map.actors.push(actor);
        origins.actors.push(notes.origin(line));
    }

    for edge in children(graph, "edges").flat_map(|e| children(e, "edge")) {
        let line = pos.line(edge);
        notes.take_record(Some(line))?;
        let Some((source, target)) = xml::edge_ends(edge, line, &mut notes) else {
            continue;
        };
        let mut fields = LinkFields::new(source.to_owned(), target.to_owned(), options);
        fields.link.directed = match edge.attribute("type") {
            Some("directed") => true,
            Some("undirected" | "mutual") => false,
            _ => default_directed,
        };
        if let Some(w) = edge.attribute("weight") {
            interop::read_weight(&mut fields.link, w, line, &mut notes);
        }
        let label = edge.attribute("label").map(str::to_owned);
        for (def, value, vline) in values(edge, &edge_defs, &pos, &mut dynamic) {
            fields.read(def, value, vline, &FORMAT, &mut notes);
        }
        if !fields.kind_given {
            fields.link.kind = label.filter(|l| !l.is_empty());
        }
        let link = fields.finish(line, &FORMAT, &mut notes);
        map.links.push(link);
        origins.links.push(notes.origin(line));
    }
    if let Some(line) = dynamic {
        notes.warning(ProblemCode::DynamicValues, Some(line), None, Args::new());
    }
    interop::merge_duplicate_links(&mut map, &mut origins, &mut notes.problems, "edge");
    Ok(notes.loaded(map, origins))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_get_their_diagram_colours() {
        let map = crate::io::json::from_json_str(
            r#"{"format": "actormap/1", "as_of": "2025-11-20",
                "actors": [{"id": "a", "name": "A & B", "kind": "user"}]}"#,
        )
        .unwrap();
        let text = to_gexf(&map, &GexfOptions::default()).unwrap();
        assert!(text.contains("<meta lastmodifieddate=\"2025-11-20\">"));
        assert!(text.contains("<node id=\"a\" label=\"A &amp; B\">"));
        // #FFAABB, the fill of users in the diagrams.
        assert!(text.contains("<viz:color r=\"255\" g=\"170\" b=\"187\"/>"));
        let back = load_gexf(&text, None, &ImportOptions::default()).unwrap();
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.map, map);
    }

    #[test]
    fn dates_that_are_not_full_are_not_modification_dates() {
        assert!(is_full_date("2025-11-20"));
        assert!(!is_full_date("2025-11"));
        assert!(!is_full_date("2025-13-01"));
        assert!(!is_full_date("2025-1é-01"));
    }
}
