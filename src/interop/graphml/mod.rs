//! GraphML, the graph format Gephi, yEd, Cytoscape, NetworkX and igraph all read.
//!
//! Every field of the map is a typed GraphML key (`<key attr.name=… attr.type=…>`), so
//! a tool shows each as an attribute of its own:
//!
//! | on | keys |
//! |---|---|
//! | the graph | `name`, `territory`, `as_of`, `description` (text); `needs` and `forums` (each a JSON list, as in the map document); the map's free fields |
//! | nodes (actors) | the node id is the actor id; `name`, `label` (the name again, which Gephi shows), `kind` (`public`, `community`, `private`, `user`), `organization`, `sector`, `territory`, `services` (need ids joined with `\|`), then each free attribute |
//! | edges (links) | `kind`, `level` (`information` … `collaboration`), `directed` (boolean), `weight` (double), `notes`, `since`, `until`, then each free attribute |
//!
//! Free attributes are typed: `boolean`, `long` (whole numbers), `double` or `string`
//! when every value of the attribute has that type; otherwise (lists, objects, null,
//! mixed types) the values are JSON text and the key's name ends in `:json`, which
//! reading takes off again. Attributes added by the caller (e.g. metrics, see
//! [`GraphmlOptions`]) come after the actors' own.
//!
//! GraphML ids and attribute names must be XML name tokens: a character that cannot
//! appear in one (a space, `"`, `/`…) is written `_xHHHH_` with its code point, and `_`
//! before `x` as `_x005F_`; reading decodes them. Ordinary ids such as `cisssme-sad`
//! and names with accents are written as they are.
//!
//! Direction: the graph's `edgedefault` is `directed` when every link is, `undirected`
//! otherwise, and each edge's own direction is the `directed` data key. The per-edge
//! XML attribute `directed` is not written: NetworkX and igraph refuse a file whose
//! edges disagree with `edgedefault`, and most maps mix referrals (directed) with
//! undirected ties. Gephi therefore draws every edge of a mixed map without an arrow;
//! GEXF keeps the arrows for Gephi.
//!
//! Reading takes GraphML from any tool: nodes without a `name` take their `label` (or
//! yEd's node label, or their id); nodes without a `kind` take the import's default
//! kind, with a warning each; edges without a `level` take the default level, with a
//! warning each; an edge's direction is the `directed` data key, else its `directed`
//! XML attribute, else the graph's `edgedefault`. Keys without a name (yEd's graphics)
//! are skipped; nested graphs and hyperedges are reported and skipped. Connections
//! entered twice (same ends, direction, kind and level) are merged, with a warning.

mod read;
mod stream;

pub use read::load_graphml;

use super::xml::{self, push_attr, push_text};
use crate::error::{ErrorKind, Result};
use crate::interop::{self, Columns, JSON_SUFFIX, NodeAttribute, ValueType};
use crate::model::{ActorMap, Extra};
use crate::text::{CHUNK, spill};

/// How to write GraphML.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GraphmlOptions {
    /// Attributes added to every node, after the actors' own (e.g. metrics). Each has
    /// one value per actor, in map order.
    pub node_attributes: Vec<NodeAttribute>,
}

impl GraphmlOptions {
    /// Options with one more attribute on every node.
    pub fn with_node_attribute(mut self, attribute: NodeAttribute) -> Self {
        self.node_attributes.push(attribute);
        self
    }
}

const GRAPH_FIELDS: &[&str] = &[
    "name",
    "territory",
    "as_of",
    "description",
    "needs",
    "forums",
];

const EDGE_FIELDS: &[&str] = &[
    "kind", "level", "directed", "weight", "notes", "since", "until",
];

const NODE_FIELDS: &[&str] = &[
    "name",
    "label",
    "kind",
    "organization",
    "sector",
    "territory",
    "services",
];

/// The map as GraphML text (see the module documentation for what goes where). The
/// same map and options always give the same bytes.
///
/// Errors: a text holding a control character XML cannot carry (the error names the
/// record and the field), an actor with an empty id, added attributes that do not fit
/// the map.
///
/// # Example
/// ```
/// use actormap::{interop::AttributeValues, interop::GraphmlOptions, interop::NodeAttribute};
///
/// let map = actormap::read_path("fixtures/crd-csss-partnership.json")?;
/// // Add one value per actor, e.g. a metric computed elsewhere.
/// let ties: Vec<Option<i64>> = map
///     .actors
///     .iter()
///     .map(|a| Some(map.links.iter().filter(|l| l.source == a.id || l.target == a.id).count() as i64))
///     .collect();
/// let options = GraphmlOptions::default()
///     .with_node_attribute(NodeAttribute::new("ties", AttributeValues::Long(ties)));
/// let graphml = actormap::interop::to_graphml(&map, &options)?;
/// assert!(graphml.contains(r#"attr.name="ties" attr.type="long""#));
///
/// // Reading it back gives every actor and link (the added attribute comes back as a
/// // free attribute of each actor).
/// let back = actormap::interop::load_graphml(&graphml, None, &Default::default())?.into_map()?;
/// assert_eq!(back.actors.len(), map.actors.len());
/// assert_eq!(back.links, map.links);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn to_graphml(map: &ActorMap, options: &GraphmlOptions) -> Result<String> {
    let mut bytes = Vec::new();
    write_graphml(map, options, &mut bytes)?;
    Ok(String::from_utf8(bytes).expect("the text is UTF-8"))
}

/// Write the map as GraphML to `writer` as it is made: the text of a large map is never held
/// whole. The same bytes as [`to_graphml`], and the same errors, found before anything is
/// written; a failed write is an error of kind [`ErrorKind::Io`](crate::ErrorKind::Io).
pub fn write_graphml(
    map: &ActorMap,
    options: &GraphmlOptions,
    writer: impl std::io::Write,
) -> Result<()> {
    check_graphml(map, options)?;
    graphml_text(map, options, writer)
        .map_err(|e| crate::error::Error::io(None, crate::error::IoAction::Write, e))
}

/// What makes a map impossible to write as GraphML.
pub(crate) fn check_graphml(map: &ActorMap, options: &GraphmlOptions) -> Result<()> {
    xml::check_map(map)?;
    interop::check_node_attributes(map, &options.node_attributes, NODE_FIELDS)?;
    if let Some(a) = map.actors.iter().find(|a| a.id.is_empty()) {
        return Err(ErrorKind::EmptyGraphmlId {
            name: a.name.clone(),
        }
        .into());
    }
    Ok(())
}

/// The text of a map [`check_graphml`] accepts.
pub(crate) fn graphml_text(
    map: &ActorMap,
    options: &GraphmlOptions,
    mut w: impl std::io::Write,
) -> std::io::Result<()> {
    let graph_extras = Columns::of(std::iter::once(&map.extra));
    let node_extras = Columns::of(map.actors.iter().map(|a| &a.extra));
    let edge_extras = Columns::of(map.links.iter().map(|l| &l.extra));

    let mut out = String::with_capacity(2 * CHUNK);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    out.push_str("  <desc>actor map (actormap/1), written by actormap</desc>\n");
    for field in GRAPH_FIELDS {
        key(&mut out, &format!("g_{field}"), "graph", field, "string");
    }
    extra_keys(&mut out, "g", "graph", &graph_extras.list, GRAPH_FIELDS);
    for field in NODE_FIELDS {
        key(&mut out, &format!("n_{field}"), "node", field, "string");
    }
    extra_keys(&mut out, "n", "node", &node_extras.list, NODE_FIELDS);
    for (i, a) in options.node_attributes.iter().enumerate() {
        key(
            &mut out,
            &format!("n_m{i}"),
            "node",
            &xml::encode_name(&a.name),
            a.values.type_name(),
        );
    }
    for field in EDGE_FIELDS {
        let t = match *field {
            "directed" => "boolean",
            "weight" => "double",
            _ => "string",
        };
        key(&mut out, &format!("e_{field}"), "edge", field, t);
    }
    extra_keys(&mut out, "e", "edge", &edge_extras.list, EDGE_FIELDS);

    let all_directed = !map.links.is_empty() && map.links.iter().all(|l| l.directed);
    out.push_str(&format!(
        "  <graph id=\"G\" edgedefault=\"{}\">\n",
        if all_directed {
            "directed"
        } else {
            "undirected"
        }
    ));
    let indent = "    ";
    data(&mut out, indent, "g_name", map.name.as_deref());
    data(&mut out, indent, "g_territory", map.territory.as_deref());
    data(&mut out, indent, "g_as_of", map.as_of.as_deref());
    data(
        &mut out,
        indent,
        "g_description",
        map.description.as_deref(),
    );
    if !map.needs.is_empty() {
        let needs = serde_json::to_string(&map.needs).expect("plain data serialises");
        data(&mut out, indent, "g_needs", Some(&needs));
    }
    if !map.forums.is_empty() {
        let forums = serde_json::to_string(&map.forums).expect("plain data serialises");
        data(&mut out, indent, "g_forums", Some(&forums));
    }
    extra_data(&mut out, indent, "g", &graph_extras, &map.extra);

    let indent = "      ";
    for (i, actor) in map.actors.iter().enumerate() {
        spill(&mut w, &mut out)?;
        out.push_str("    <node id=\"");
        push_attr(&mut out, &xml::encode_name(&actor.id));
        out.push_str("\">\n");
        data(&mut out, indent, "n_name", Some(&actor.name));
        data(&mut out, indent, "n_label", Some(&actor.name));
        data(&mut out, indent, "n_kind", Some(actor.kind.as_str()));
        data(
            &mut out,
            indent,
            "n_organization",
            actor.organization.as_deref(),
        );
        data(&mut out, indent, "n_sector", actor.sector.as_deref());
        data(&mut out, indent, "n_territory", actor.territory.as_deref());
        if !actor.services.is_empty() {
            data(
                &mut out,
                indent,
                "n_services",
                Some(&actor.services.join("|")),
            );
        }
        extra_data(&mut out, indent, "n", &node_extras, &actor.extra);
        for (m, a) in options.node_attributes.iter().enumerate() {
            data(
                &mut out,
                indent,
                &format!("n_m{m}"),
                a.values.text(i).as_deref(),
            );
        }
        out.push_str("    </node>\n");
    }
    for (i, link) in map.links.iter().enumerate() {
        spill(&mut w, &mut out)?;
        out.push_str(&format!("    <edge id=\"e{i}\" source=\""));
        push_attr(&mut out, &xml::encode_name(&link.source));
        out.push_str("\" target=\"");
        push_attr(&mut out, &xml::encode_name(&link.target));
        out.push_str("\">\n");
        data(&mut out, indent, "e_kind", link.kind.as_deref());
        data(&mut out, indent, "e_level", Some(link.level.as_str()));
        data(
            &mut out,
            indent,
            "e_directed",
            Some(if link.directed { "true" } else { "false" }),
        );
        data(
            &mut out,
            indent,
            "e_weight",
            link.weight.map(xml::double).as_deref(),
        );
        data(&mut out, indent, "e_notes", link.notes.as_deref());
        data(&mut out, indent, "e_since", link.since.as_deref());
        data(&mut out, indent, "e_until", link.until.as_deref());
        extra_data(&mut out, indent, "e", &edge_extras, &link.extra);
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    w.write_all(out.as_bytes())
}

fn key(out: &mut String, id: &str, for_: &str, name: &str, t: &str) {
    out.push_str(&format!("  <key id=\"{id}\" for=\"{for_}\" attr.name=\""));
    push_attr(out, name);
    out.push_str(&format!("\" attr.type=\"{t}\"/>\n"));
}

fn type_name(t: ValueType) -> &'static str {
    match t {
        ValueType::Boolean => "boolean",
        ValueType::Long => "long",
        ValueType::Double => "double",
        ValueType::String | ValueType::Json => "string",
    }
}

fn extra_keys(
    out: &mut String,
    prefix: &str,
    for_: &str,
    columns: &[(String, ValueType)],
    reserved: &[&str],
) {
    for (i, (name, t)) in columns.iter().enumerate() {
        let name = interop::escape_extra(name, reserved, false);
        let name = if *t == ValueType::Json {
            format!("{name}{JSON_SUFFIX}")
        } else {
            name.into_owned()
        };
        key(
            out,
            &format!("{prefix}_x{i}"),
            for_,
            &xml::encode_name(&name),
            type_name(*t),
        );
    }
}

fn data(out: &mut String, indent: &str, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        out.push_str(indent);
        out.push_str(&format!("<data key=\"{key}\">"));
        push_text(out, value);
        out.push_str("</data>\n");
    }
}

fn extra_data(out: &mut String, indent: &str, prefix: &str, columns: &Columns, extra: &Extra) {
    for (i, t, value) in columns.values(extra) {
        let text = interop::value_text(value, t);
        data(out, indent, &format!("{prefix}_x{i}"), Some(&text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interop::ImportOptions;

    fn three_node_map() -> ActorMap {
        crate::io::json::from_json_str(
            r#"{"format": "actormap/1", "name": "Table & co",
                "actors": [
                  {"id": "sad", "name": "CISSSME — SAD", "kind": "public", "budget": 12},
                  {"id": "car", "name": "Carrefour \"aidants\"", "kind": "community", "tags": ["a"]},
                  {"id": "u 1", "name": "Denis <B>", "kind": "user"}
                ],
                "links": [
                  {"source": "sad", "target": "car", "kind": "referral", "level": "coordination", "directed": true},
                  {"source": "car", "target": "u 1", "level": "collaboration", "weight": 2.5}
                ]}"#,
        )
        .unwrap()
    }

    #[test]
    fn three_node_map_gives_exact_graphml() {
        let text = to_graphml(&three_node_map(), &GraphmlOptions::default()).unwrap();
        let nodes: Vec<&str> = text.lines().filter(|l| l.contains("<node ")).collect();
        assert_eq!(
            nodes,
            [
                "    <node id=\"sad\">",
                "    <node id=\"car\">",
                "    <node id=\"u_x0020_1\">"
            ]
        );
        assert!(text.contains("<data key=\"n_name\">Carrefour \"aidants\"</data>"));
        assert!(text.contains("<data key=\"n_name\">Denis &lt;B&gt;</data>"));
        assert!(text.contains("<data key=\"g_name\">Table &amp; co</data>"));
        assert!(
            text.contains(
                "<key id=\"n_x0\" for=\"node\" attr.name=\"budget\" attr.type=\"long\"/>"
            )
        );
        assert!(text.contains(
            "<key id=\"n_x1\" for=\"node\" attr.name=\"tags:json\" attr.type=\"string\"/>"
        ));
        assert!(text.contains("<graph id=\"G\" edgedefault=\"undirected\">"));
        assert!(text.contains(
            "    <edge id=\"e1\" source=\"car\" target=\"u_x0020_1\">\n      \
             <data key=\"e_level\">collaboration</data>\n      \
             <data key=\"e_directed\">false</data>\n      \
             <data key=\"e_weight\">2.5</data>\n    </edge>\n"
        ));
    }

    #[test]
    fn round_trip_keeps_the_map() {
        let map = three_node_map();
        let text = to_graphml(&map, &GraphmlOptions::default()).unwrap();
        let loaded = load_graphml(&text, None, &ImportOptions::default()).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.map, map);
    }
}
