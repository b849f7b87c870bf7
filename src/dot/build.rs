//! Building the graphviz-rust AST of a diagram.

use std::collections::{HashMap, HashSet};

use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use indexmap::IndexMap;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::model::{ActorKind, ActorMap, Level, Link};
use crate::network::{Network, Tie};
use crate::words::{self, Arg, Args, Lang};

use super::style::{ALERT, FONT, INK, Mark, Marker, kind_style, level_style};
use super::text::{display_text, html_text, quote, shared_prefix};
use super::{ClusterBy, DotOptions, SizeBy};

/// The text of an undirected graph, printed one top-level statement at a time with
/// graphviz-rust's printer: the same bytes as printing the whole `Graph` (statements
/// indented by two spaces, one a line, no semicolons) when it has a statement, as a
/// diagram always does.
struct Printer {
    text: String,
    ctx: PrinterContext,
}

impl Printer {
    fn new(id: &str) -> Self {
        Printer {
            text: format!("graph {id} {{\n"),
            ctx: PrinterContext::default(),
        }
    }

    fn stmt(&mut self, stmt: Stmt) {
        // Inside a graph, statements are printed one indent step in; the printer only
        // steps in within a graph or subgraph, so the statement is printed as the only
        // one of a subgraph with an empty id, whose first and last lines are dropped.
        let wrapped = Subgraph {
            id: Id::Plain(String::new()),
            stmts: vec![stmt],
        };
        let printed = wrapped.print(&mut self.ctx);
        let body = printed
            .strip_prefix("subgraph  {\n")
            .and_then(|s| s.strip_suffix("\n}"))
            .unwrap_or(&printed);
        self.text.push_str(body);
        self.text.push('\n');
    }

    fn finish(mut self) -> String {
        self.text.push_str("}\n");
        self.text
    }
}

/// Most actors in one row of a cluster.
const CLUSTER_ROW: usize = 8;

pub(super) struct Builder<'a, 'm> {
    /// The map as given: ids, links, forums.
    pub(super) map: &'a ActorMap,
    /// The map whose text is shown (users anonymised if asked); same order as `map`.
    pub(super) shown: &'a ActorMap,
    pub(super) network: &'a Network<'m>,
    pub(super) keep: &'a [bool],
    pub(super) options: &'a DotOptions,
    /// The largest node size value, when sizes are given.
    pub(super) largest: f64,
}

impl Builder<'_, '_> {
    /// The DOT text of the diagram. Each top-level statement is printed as soon as it is
    /// made, so that only the text is held, never the AST of a whole large map.
    pub(super) fn build(&self) -> String {
        let lang = self.options.lang;
        let mut out = Printer::new("actormap");
        out.stmt(Stmt::GAttribute(GraphAttributes::Graph(
            self.graph_attributes(),
        )));
        out.stmt(Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("style", "filled"),
            attr("fontname", FONT),
            attr("fontsize", "12"),
            attr("color", INK),
            attr("margin", "0.12,0.06"),
        ])));
        out.stmt(Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("color", INK),
            attr("fontname", FONT),
            attr("fontsize", "11"),
        ])));
        let nodes: Vec<usize> = (0..self.keep.len()).filter(|&v| self.keep[v]).collect();
        let marks = self.marks();
        let (clusters, loose) = self.clusters(&nodes);
        for (c, (label, members)) in clusters.into_iter().enumerate() {
            out.stmt(self.cluster(c, &label, &members, &marks));
        }
        for &v in &loose {
            out.stmt(self.node(v, &marks));
        }
        let mut drawn = Drawn {
            kinds: ActorKind::ALL.map(|k| {
                nodes
                    .iter()
                    .any(|&v| self.network.actor(NodeIndex::new(v)).kind == k)
            }),
            levels: [false; 4],
            arrows: false,
            bridges: false,
            nodes: &nodes,
        };
        let graph = self.network.graph();
        let mut ties: Vec<&Tie> = graph
            .edge_references()
            .filter(|e| self.keep[e.source().index()] && self.keep[e.target().index()])
            .map(|e| e.weight())
            .collect();
        ties.sort_by_key(|tie| tie.links().next());
        let bridges = self.bridge_set();
        for tie in ties {
            if let Some(edge) = self.edge(tie, &bridges, &mut drawn) {
                out.stmt(Stmt::Edge(edge));
            }
        }
        if self.options.legend {
            if let Some(legend) = self.legend(lang, &drawn) {
                out.stmt(Stmt::Subgraph(legend));
            }
        }
        out.finish()
    }

    /// A cluster: its members sit in rows (rank=same for the layered layout), stacked
    /// by invisible edges, so that it reads as a block and the layout does not stretch
    /// it across the whole drawing to follow its members' ties.
    fn cluster(
        &self,
        c: usize,
        label: &str,
        members: &[usize],
        marks: &HashMap<usize, Mark>,
    ) -> Stmt {
        let mut stmts = vec![
            Stmt::Attribute(attr_text("label", label)),
            Stmt::Attribute(attr("style", "rounded")),
            Stmt::Attribute(attr("color", "#888888")),
            Stmt::Attribute(attr("fontsize", "14")),
        ];
        let rows = members.len().div_ceil(CLUSTER_ROW).max(1);
        let per_row = members.len().div_ceil(rows).max(1);
        let mut heads = Vec::new();
        for (r, row) in members.chunks(per_row).enumerate() {
            let mut row_stmts = vec![Stmt::Attribute(attr("rank", "same"))];
            row_stmts.extend(row.iter().map(|&v| self.node(v, marks)));
            stmts.push(Stmt::Subgraph(Subgraph {
                id: Id::Plain(format!("row_{c}_{r}")),
                stmts: row_stmts,
            }));
            heads.push(actor_id(self.network.actor_index(NodeIndex::new(row[0]))));
        }
        for pair in heads.windows(2) {
            stmts.push(Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(node_id(&pair[0])), Vertex::N(node_id(&pair[1]))),
                attributes: vec![attr("style", "invis")],
            }));
        }
        Stmt::Subgraph(Subgraph {
            id: Id::Plain(format!("cluster_{c}")),
            stmts,
        })
    }

    /// The line of a tie: at its level, with the arrowheads of its strongest links, and
    /// heavier when it is a bridge. Records in `drawn` what the legend must explain.
    fn edge(
        &self,
        tie: &Tie,
        bridges: &HashSet<(&str, &str)>,
        drawn: &mut Drawn<'_>,
    ) -> Option<Edge> {
        let level = tie.level?;
        drawn.levels[level as usize] = true;
        let top: Vec<&Link> = tie
            .links()
            .map(|l| &self.map.links[l])
            .filter(|l| l.level == level)
            .collect();
        let (mut tail, mut head) = (top[0].source.as_str(), top[0].target.as_str());
        let mutual = top.iter().any(|l| !l.directed);
        let to_head = !mutual && top.iter().any(|l| l.target == head);
        let to_tail = !mutual && top.iter().any(|l| l.target == tail);
        let dir = match (to_tail, to_head) {
            (true, true) => Some("both"),
            (true, false) => {
                std::mem::swap(&mut tail, &mut head);
                Some("forward")
            }
            (false, true) => Some("forward"),
            (false, false) => None,
        };
        let style = level_style(level);
        let is_bridge = bridges.contains(&pair(tail, head));
        let penwidth = if is_bridge {
            style.penwidth * 2.0 + 1.0
        } else {
            style.penwidth
        };
        let mut attributes = vec![
            attr("style", style.style),
            attr("penwidth", &number(penwidth)),
        ];
        if let Some(dir) = dir {
            drawn.arrows = true;
            attributes.push(attr("dir", dir));
        }
        if is_bridge {
            drawn.bridges = true;
            attributes.push(attr("color", ALERT));
        }
        let id = |actor: &str| {
            let v = self
                .network
                .node(actor)
                .expect("a drawn tie's actor is in the view");
            Vertex::N(node_id(&actor_id(self.network.actor_index(v))))
        };
        Some(Edge {
            ty: EdgeTy::Pair(id(tail), id(head)),
            attributes,
        })
    }

    fn graph_attributes(&self) -> Vec<Attribute> {
        let map = self.shown;
        let mut title = map.name.clone().unwrap_or_default();
        let place_date: Vec<&str> = [map.territory.as_deref(), map.as_of.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !place_date.is_empty() {
            if !title.is_empty() {
                title.push('\n');
            }
            title.push_str(&place_date.join(" · "));
        }
        let mut attributes = Vec::new();
        if !title.is_empty() {
            attributes.push(attr_quoted("label", quote(&display_text(&title, None))));
            attributes.push(attr("labelloc", "t"));
        }
        attributes.extend([
            attr("fontname", FONT),
            attr("fontsize", "20"),
            attr("newrank", "true"),
            attr("nodesep", "0.3"),
            attr("ranksep", "0.6"),
            attr("splines", "true"),
            attr("overlap", "false"),
            attr("outputorder", "edgesfirst"),
            attr("pad", "0.3"),
        ]);
        attributes
    }

    /// The statement of one actor's node.
    fn node(&self, v: usize, marks: &HashMap<usize, Mark>) -> Stmt {
        let index = self.network.actor_index(NodeIndex::new(v));
        let actor = &self.shown.actors[index];
        let style = kind_style(actor.kind);
        let wrap = self.options.wrap.filter(|&w| w > 0).map(|w| {
            // A circle grows with the longest line: narrower lines keep it small.
            if style.shape == "circle" {
                (w * 3 / 5).max(8).min(w)
            } else {
                w
            }
        });
        let mut attributes = vec![
            attr_quoted("label", quote(&display_text(&actor.name, wrap))),
            attr("shape", style.shape),
            attr("fillcolor", style.fill),
        ];
        if let Some(mark) = marks.get(&v) {
            mark.apply(&mut attributes);
        }
        if let Some(sizes) = &self.options.sizes {
            let t = sizes.scale(&self.map.actors[index].id, self.largest);
            attributes.extend([
                attr("fontsize", &number(12.0 + 10.0 * t)),
                attr("width", &number(0.75 + 1.25 * t)),
                attr("height", &number(0.5 + 0.8 * t)),
            ]);
        }
        Stmt::Node(Node {
            id: node_id(&actor_id(index)),
            attributes,
        })
    }

    /// Marks of the highlighted nodes, by node index.
    fn marks(&self) -> HashMap<usize, Mark> {
        let mut marks: HashMap<usize, Mark> = HashMap::new();
        for marker in Marker::ALL {
            for id in marker.ids(&self.options.highlights) {
                if let Some(v) = self.network.node(id) {
                    if self.keep[v.index()] {
                        marker.apply(marks.entry(v.index()).or_default());
                    }
                }
            }
        }
        marks
    }

    fn bridge_set(&self) -> HashSet<(&str, &str)> {
        self.options
            .highlights
            .bridges
            .iter()
            .map(|(a, b)| pair(a, b))
            .collect()
    }

    /// The clusters (label and nodes, in order) and the nodes outside any cluster.
    fn clusters(&self, nodes: &[usize]) -> (Vec<(String, Vec<usize>)>, Vec<usize>) {
        let Some(by) = self.options.cluster_by else {
            return (Vec::new(), nodes.to_vec());
        };
        let map = self.map;
        let index_of = |v: usize| self.network.actor_index(NodeIndex::new(v));
        // The first forum, in map order, of each actor.
        let mut first_forum: HashMap<&str, usize> = HashMap::new();
        if by == ClusterBy::Forum {
            for (f, forum) in map.forums.iter().enumerate() {
                for m in &forum.members {
                    first_forum.entry(m.actor.as_str()).or_insert(f);
                }
            }
        }
        // Groups keep the order in which they first appear; kinds, their usual order.
        // Organisations and territories are grouped by key (`text::key`), each under its
        // first spelling; everything shown comes from the shown map.
        let mut groups: IndexMap<String, (String, Vec<usize>)> = IndexMap::new();
        if by == ClusterBy::Kind {
            for kind in ActorKind::ALL {
                let code = kind.as_str().to_owned();
                groups.insert(code.clone(), (code, Vec::new()));
            }
        }
        let mut loose = Vec::new();
        for &v in nodes {
            let actor = &self.shown.actors[index_of(v)];
            let written = match by {
                ClusterBy::Organization => actor.organization.as_deref(),
                ClusterBy::Territory => actor.territory.as_deref(),
                ClusterBy::Forum | ClusterBy::Kind => None,
            };
            let group = match by {
                ClusterBy::Organization | ClusterBy::Territory => written
                    .map(|w| (crate::text::key(w).into_owned(), w.to_owned()))
                    .filter(|(k, _)| !k.is_empty()),
                ClusterBy::Forum => map
                    .actors
                    .get(index_of(v))
                    .and_then(|a| first_forum.get(a.id.as_str()))
                    .map(|f| (f.to_string(), f.to_string())),
                ClusterBy::Kind => {
                    let code = actor.kind.as_str().to_owned();
                    Some((code.clone(), code))
                }
            };
            match group {
                Some((key, written)) => groups
                    .entry(key)
                    .or_insert_with(|| (written, Vec::new()))
                    .1
                    .push(v),
                None => loose.push(v),
            }
        }
        groups.retain(|_, (_, members)| !members.is_empty());
        let ids: HashMap<String, usize> = if by == ClusterBy::Organization {
            let mut ids = HashMap::with_capacity(self.shown.actors.len());
            for (i, a) in self.shown.actors.iter().enumerate() {
                ids.entry(crate::text::key(&a.id).into_owned()).or_insert(i);
            }
            ids
        } else {
            HashMap::new()
        };
        let clusters = groups
            .into_iter()
            .map(|(group, (key, members))| {
                let label = match by {
                    ClusterBy::Organization => match ids.get(group.as_str()) {
                        // The organisation is itself an actor: its name.
                        Some(&i) => self.shown.actors[i].name.clone(),
                        None => {
                            let names: Vec<&str> = members
                                .iter()
                                .map(|&v| self.shown.actors[index_of(v)].name.as_str())
                                .collect();
                            shared_prefix(&names).unwrap_or(key)
                        }
                    },
                    ClusterBy::Territory => key,
                    ClusterBy::Forum => {
                        let f: usize = key.parse().expect("a forum's index");
                        self.shown.forums[f].name.clone()
                    }
                    ClusterBy::Kind => {
                        let kind: ActorKind = key.parse().expect("a kind's own name");
                        let kind = Args::new().with("kind", kind);
                        words::message(self.options.lang, "legend-cluster-kind", &kind)
                    }
                };
                (label, members)
            })
            .collect();
        (clusters, loose)
    }

    /// The legend cluster, explaining what the diagram shows (nothing when it shows
    /// nothing).
    fn legend(&self, lang: Lang, drawn: &Drawn<'_>) -> Option<Subgraph> {
        let item = |id: &str, attributes: Vec<Attribute>| Node {
            id: node_id(&format!("legend_{id}")),
            attributes,
        };
        let kinds: Vec<Node> = ActorKind::ALL
            .into_iter()
            .filter(|&kind| drawn.kinds[kind as usize])
            .map(|kind| {
                let style = kind_style(kind);
                item(
                    kind.as_str(),
                    vec![
                        attr_text("label", &lang.kind_label(kind)),
                        attr("shape", style.shape),
                        attr("fillcolor", style.fill),
                    ],
                )
            })
            .collect();
        let h = &self.options.highlights;
        let shown = |ids: &[String]| {
            ids.iter().any(|id| {
                self.network
                    .node(id)
                    .is_some_and(|v| drawn.nodes.binary_search(&v.index()).is_ok())
            })
        };
        let marks: Vec<Node> = Marker::ALL
            .into_iter()
            .filter(|marker| shown(marker.ids(h)))
            .map(|marker| {
                let mut look = Mark::default();
                marker.apply(&mut look);
                let mut attributes = vec![
                    attr_text("label", &marker.legend(lang)),
                    attr("shape", "box"),
                    attr("fillcolor", "#FFFFFF"),
                ];
                look.apply(&mut attributes);
                item(marker.key(), attributes)
            })
            .collect();
        let mut notes = Vec::new();
        if let Some(table) = lines_table(lang, drawn) {
            notes.push(item(
                "lines",
                vec![
                    attr("shape", "plain"),
                    attr("style", "solid"),
                    Attribute(Id::Plain("label".to_owned()), Id::Html(table)),
                ],
            ));
        }
        if let Some(sizes) = &self.options.sizes {
            let text = lang.text(match sizes.by {
                SizeBy::Degree => "legend-size-degree",
                SizeBy::Betweenness => "legend-size-betweenness",
            });
            notes.push(item(
                "size",
                vec![
                    attr_text("label", &text),
                    attr("shape", "plaintext"),
                    attr("style", "solid"),
                ],
            ));
        }
        let mut stmts = vec![
            Stmt::Attribute(attr_text("label", &lang.text("legend-title"))),
            Stmt::Attribute(attr("style", "rounded")),
            Stmt::Attribute(attr("color", "#888888")),
            Stmt::Attribute(attr("fontsize", "14")),
        ];
        // Each row is one rank of the layered layout, and rows stack; invisible edges
        // keep the items in order, and together under the other engines.
        let invisible = |a: &NodeId, b: &NodeId| {
            Stmt::Edge(Edge {
                ty: EdgeTy::Pair(Vertex::N(a.clone()), Vertex::N(b.clone())),
                attributes: vec![attr("style", "invis")],
            })
        };
        let mut heads: Vec<NodeId> = Vec::new();
        for (r, row) in [kinds, marks, notes]
            .into_iter()
            .filter(|row| !row.is_empty())
            .enumerate()
        {
            let ids: Vec<NodeId> = row.iter().map(|n| n.id.clone()).collect();
            let mut row_stmts = vec![Stmt::Attribute(attr("rank", "same"))];
            row_stmts.extend(row.into_iter().map(Stmt::Node));
            row_stmts.extend(ids.windows(2).map(|w| invisible(&w[0], &w[1])));
            stmts.push(Stmt::Subgraph(Subgraph {
                id: Id::Plain(format!("legend_row_{r}")),
                stmts: row_stmts,
            }));
            heads.push(ids[0].clone());
        }
        if heads.is_empty() {
            return None;
        }
        stmts.extend(heads.windows(2).map(|w| invisible(&w[0], &w[1])));
        Some(Subgraph {
            id: Id::Plain("cluster_legend".to_owned()),
            stmts,
        })
    }
}

/// The legend's lines, as an HTML-like table: a sample line (a cell's bottom border)
/// beside its name, in one node, so that each sample stays by its name whatever the
/// layout engine. Only the legend's own words go there.
fn lines_table(lang: Lang, drawn: &Drawn<'_>) -> Option<String> {
    let mut rows = String::new();
    let mut row = |sample: &str, text: &str| {
        rows.push_str(&format!(
            "<TR><TD WIDTH=\"56\"{sample}</TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            html_text(text)
        ));
    };
    for level in Level::ALL {
        if drawn.levels[level as usize] {
            let style = level_style(level);
            let pattern = match style.style {
                "dotted" | "dashed" => format!(" STYLE=\"{}\"", style.style),
                _ => String::new(),
            };
            let border = style.penwidth.round().max(1.0);
            row(
                &format!(" SIDES=\"B\" BORDER=\"{border}\"{pattern}> "),
                &lang.level(level),
            );
        }
    }
    if drawn.arrows {
        row(
            "><FONT POINT-SIZE=\"20\">→</FONT>",
            &words::message(
                lang,
                "legend-one-way",
                &Args::new().with("kind", Arg::LinkKind("referral".to_owned())),
            ),
        );
    }
    if drawn.bridges {
        row(
            &format!(" SIDES=\"B\" BORDER=\"4\" COLOR=\"{ALERT}\"> "),
            &lang.text("legend-bridge"),
        );
    }
    (!rows.is_empty())
        .then(|| format!("<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\">{rows}</TABLE>>"))
}

/// What the diagram shows, so that the legend explains only that.
struct Drawn<'a> {
    kinds: [bool; 4],
    levels: [bool; 4],
    arrows: bool,
    bridges: bool,
    nodes: &'a [usize],
}

/// The two ids of a tie, in a fixed order.
fn pair<'s>(a: &'s str, b: &'s str) -> (&'s str, &'s str) {
    if a <= b { (a, b) } else { (b, a) }
}

/// The synthetic DOT id of the actor at this index in the map.
fn actor_id(index: usize) -> String {
    format!("a{index}")
}

fn node_id(id: &str) -> NodeId {
    NodeId(Id::Plain(id.to_owned()), None)
}

/// A number as DOT reads it, always written the same way.
fn number(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

/// An attribute whose value is a fixed word, number or colour chosen by this module.
fn attr(name: &str, value: &str) -> Attribute {
    debug_assert!(!value.contains(['"', '\\', '\n']));
    let value = if value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        Id::Plain(value.to_owned())
    } else {
        Id::Escaped(format!("\"{value}\""))
    };
    Attribute(Id::Plain(name.to_owned()), value)
}

/// An attribute holding human text, quoted (without wrapping).
fn attr_text(name: &str, text: &str) -> Attribute {
    attr_quoted(name, quote(&display_text(text, None)))
}

fn attr_quoted(name: &str, quoted: String) -> Attribute {
    Attribute(Id::Plain(name.to_owned()), Id::Escaped(quoted))
}

impl Mark {
    fn apply(&self, attributes: &mut Vec<Attribute>) {
        if let Some(color) = self.border {
            attributes.push(attr("color", color));
        }
        if let Some(width) = self.penwidth {
            attributes.push(attr("penwidth", width));
        }
        if self.dashed {
            attributes.push(attr("style", "filled,dashed"));
        }
        if self.double {
            attributes.push(attr("peripheries", "2"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use graphviz_rust::dot_structures::Graph;

    fn node(id: &str, label: &str) -> Stmt {
        Stmt::Node(Node {
            id: node_id(id),
            attributes: vec![attr_text("label", label), attr("shape", "box")],
        })
    }

    #[test]
    fn statements_printed_one_at_a_time_are_the_whole_graph_printed() {
        let stmts = || {
            vec![
                Stmt::GAttribute(GraphAttributes::Graph(vec![attr("newrank", "true")])),
                node("a0", "Popote \"roulante\"\nSorel"),
                Stmt::Subgraph(Subgraph {
                    id: Id::Plain("cluster_0".to_owned()),
                    stmts: vec![
                        Stmt::Attribute(attr_text("label", "CISSS")),
                        Stmt::Subgraph(Subgraph {
                            id: Id::Plain("row_0_0".to_owned()),
                            stmts: vec![
                                Stmt::Attribute(attr("rank", "same")),
                                node("a1", "SAD"),
                                node("a2", "SAPA"),
                            ],
                        }),
                    ],
                }),
                Stmt::Edge(Edge {
                    ty: EdgeTy::Pair(Vertex::N(node_id("a0")), Vertex::N(node_id("a1"))),
                    attributes: vec![attr("style", "dashed")],
                }),
                Stmt::Edge(Edge {
                    ty: EdgeTy::Pair(Vertex::N(node_id("a1")), Vertex::N(node_id("a2"))),
                    attributes: vec![],
                }),
            ]
        };
        let whole = Graph::Graph {
            id: Id::Plain("actormap".to_owned()),
            strict: false,
            stmts: stmts(),
        }
        .print(&mut PrinterContext::default());
        let mut printer = Printer::new("actormap");
        for stmt in stmts() {
            printer.stmt(stmt);
        }
        let streamed = printer.finish();
        assert_eq!(streamed, format!("{whole}\n"));
        assert!(streamed.contains("\n    subgraph row_0_0 {\n      rank=same\n"));
    }
}
