//! The analysis view of a map: an undirected simple graph of the actors and their ties,
//! chosen by a [`View`] (minimum level, kinds, whether sitting in the same forum counts as
//! a tie).
//!
//! Parallel links between two actors become one tie at the highest of their levels;
//! links from an actor to itself are left out. Directed links also count towards in- and
//! out-degree. Alongside the petgraph [`UnGraph`] the view keeps a compact adjacency
//! (sorted neighbour lists in one array) for the metrics' inner loops.

use std::collections::HashMap;

use petgraph::graph::{NodeIndex, UnGraph};
use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, Result};
use crate::model::{Actor, ActorKind, ActorMap, Level};
use crate::problem::{Problem, ProblemCode};
use crate::words::Args;

/// Most pairs of co-members a view counts as ties (with [`View::forum_ties`]): a forum
/// of about 4,500 members alone reaches it.
pub const MAX_FORUM_PAIRS: usize = 10_000_000;

/// Which actors and ties an analysis looks at.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct View {
    /// Only links at this level or above count (none: every link).
    pub min_level: Option<Level>,
    /// Only actors of these kinds are in the view (none: every kind).
    pub kinds: Option<Vec<ActorKind>>,
    /// Whether two actors who sit in the same forum are tied (co-membership). Such a tie
    /// counts at the `information` level for strength, and whatever the minimum level.
    pub forum_ties: bool,
}

impl View {
    /// The view with a minimum level.
    pub fn with_min_level(mut self, level: Option<Level>) -> Self {
        self.min_level = level;
        self
    }

    /// The view restricted to some kinds.
    pub fn with_kinds(mut self, kinds: Option<Vec<ActorKind>>) -> Self {
        self.kinds = kinds;
        self
    }

    /// The view with or without co-membership ties.
    pub fn with_forum_ties(mut self, forum_ties: bool) -> Self {
        self.forum_ties = forum_ties;
        self
    }

    fn includes(&self, kind: ActorKind) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&kind))
    }
}

/// The tie between two actors in a view.
///
/// Most ties hold a single link, or sit in a single forum: those are kept in 24 bytes
/// without an allocation of their own, which on a map of millions of ties is most of the
/// view's memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Tie {
    /// Highest level among the links between the two (none when they are tied only by
    /// sitting in the same forum).
    pub level: Option<Level>,
    /// The first link, or [`NONE`].
    link: u32,
    /// The first forum, or [`NONE`].
    forum: u32,
    /// The links and forums after the first of each.
    more: Option<Box<More>>,
}

/// No link or forum in that place of a [`Tie`].
const NONE: u32 = u32::MAX;

#[derive(Clone, Debug, Default, PartialEq)]
struct More {
    links: Vec<u32>,
    forums: Vec<u32>,
}

impl Default for Tie {
    fn default() -> Self {
        Tie {
            level: None,
            link: NONE,
            forum: NONE,
            more: None,
        }
    }
}

impl Tie {
    /// The tie's weight for strength: its level's rank (information = 1 …
    /// collaboration = 4); a co-membership tie alone counts 1.
    pub fn rank(&self) -> u32 {
        self.level.map_or(1, Level::rank)
    }

    /// Indices (in [`ActorMap::links`]) of the links between the two, in map order.
    pub fn links(&self) -> impl Iterator<Item = usize> + '_ {
        let more = self.more.as_deref().map_or(&[][..], |m| &m.links);
        first_and(self.link, more)
    }

    /// Indices (in [`ActorMap::forums`]) of the forums both sit in, in map order, when the
    /// view counts co-membership.
    pub fn forums(&self) -> impl Iterator<Item = usize> + '_ {
        let more = self.more.as_deref().map_or(&[][..], |m| &m.forums);
        first_and(self.forum, more)
    }

    /// Whether some link (not only a shared forum) ties the two.
    pub fn has_links(&self) -> bool {
        self.link != NONE
    }

    fn add_link(&mut self, l: usize) {
        add(&mut self.link, &mut self.more, |m| &mut m.links, l);
    }

    fn add_forum(&mut self, f: usize) {
        add(&mut self.forum, &mut self.more, |m| &mut m.forums, f);
    }
}

/// Put index `i` in the first place if it is free, else at the end of `list` of `more`.
fn add(
    first: &mut u32,
    more: &mut Option<Box<More>>,
    list: fn(&mut More) -> &mut Vec<u32>,
    i: usize,
) {
    let i = index32(i);
    if *first == NONE {
        *first = i;
    } else {
        list(more.get_or_insert_default()).push(i);
    }
}

fn first_and(first: u32, more: &[u32]) -> impl Iterator<Item = usize> + '_ {
    (first != NONE)
        .then_some(first)
        .into_iter()
        .chain(more.iter().copied())
        .map(|i| i as usize)
}

/// A link's or forum's index in 32 bits: a map read under the input limits has far fewer
/// than 2³² of either.
fn index32(i: usize) -> u32 {
    u32::try_from(i)
        .ok()
        .filter(|&i| i != NONE)
        .expect("fewer than 2^32 - 1 links and forums")
}

/// Compact adjacency: the neighbours of node `v` are `targets[offsets[v]..offsets[v+1]]`,
/// sorted by node index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adjacency {
    /// 32 bits: half the memory of `usize`, which keeps more of a large map in cache.
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Adjacency {
    /// The neighbours of node `v`, sorted.
    #[inline]
    pub fn neighbors(&self, v: usize) -> &[u32] {
        &self.targets[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Number of undirected edges.
    pub fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }

    /// Degree of node `v`.
    #[inline]
    pub fn degree(&self, v: usize) -> usize {
        (self.offsets[v + 1] - self.offsets[v]) as usize
    }

    /// Build from undirected edges given as `(a, b)` pairs, `a != b`, each once.
    #[cfg(test)]
    pub(crate) fn from_edges(n: usize, edges: &[(u32, u32)]) -> Self {
        Self::from_edge_iter(n, || edges.iter().copied())
    }

    /// Build from undirected edges that `edges` gives, twice: once to count degrees, once
    /// to fill them in.
    fn from_edge_iter<I: Iterator<Item = (u32, u32)>>(n: usize, edges: impl Fn() -> I) -> Self {
        let mut degree = vec![0usize; n + 1];
        for (a, b) in edges() {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
        let mut offsets: Vec<u32> = Vec::with_capacity(n + 1);
        let mut sum = 0;
        offsets.push(0);
        for d in &degree[..n] {
            sum += d;
            offsets.push(u32::try_from(sum).expect("fewer than 2^31 ties"));
        }
        let mut fill: Vec<usize> = offsets.iter().map(|&o| o as usize).collect();
        let mut targets = vec![0u32; sum];
        for (a, b) in edges() {
            targets[fill[a as usize]] = b;
            fill[a as usize] += 1;
            targets[fill[b as usize]] = a;
            fill[b as usize] += 1;
        }
        for v in 0..n {
            targets[offsets[v] as usize..offsets[v + 1] as usize].sort_unstable();
        }
        Adjacency { offsets, targets }
    }
}

/// The analysis graph of a map under a view.
///
/// Nodes are the actors the view includes, in map order: node `i` is the `i`-th included
/// actor. Use [`Network::node`] and [`Network::actor`] to go between ids and nodes.
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "community"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "a", "level": "collaboration", "kind": "co-leadership"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// assert_eq!(net.edge_count(), 1); // two links, one tie
/// let a = net.node("a").unwrap();
/// assert_eq!(net.actor(a).name, "A");
/// # Ok::<(), actormap::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Network<'m> {
    map: &'m ActorMap,
    view: View,
    graph: UnGraph<usize, Tie>,
    /// Actor index (in the map) of each node.
    actor_of: Vec<usize>,
    /// Node of each actor index, if the view includes it.
    node_of: Vec<Option<u32>>,
    ids: HashMap<&'m str, usize>,
    adjacency: Adjacency,
    in_degree: Vec<u32>,
    out_degree: Vec<u32>,
}

impl<'m> Network<'m> {
    /// Build the view of `map`. The map must have unique actor ids and links and members
    /// that name existing actors (as every map read by this crate does); otherwise an
    /// [`ErrorKind::Invalid`] error lists the faults.
    ///
    /// # Complexity
    /// O(actors + links) time and memory, plus the square of each forum's size when the
    /// view counts co-membership.
    pub fn new(map: &'m ActorMap, view: &View) -> Result<Self> {
        let mut ids: HashMap<&str, usize> = HashMap::with_capacity(map.actors.len());
        let mut faults = Vec::new();
        for (i, actor) in map.actors.iter().enumerate() {
            if ids.insert(actor.id.as_str(), i).is_some() {
                faults.push(fault(
                    ProblemCode::DuplicateId,
                    Args::new().quoted("id", actor.id.as_str()),
                ));
            }
        }
        let mut node_of = vec![None; map.actors.len()];
        let mut actor_of = Vec::new();
        for (i, actor) in map.actors.iter().enumerate() {
            if view.includes(actor.kind) {
                node_of[i] = Some(actor_of.len() as u32);
                actor_of.push(i);
            }
        }
        let n = actor_of.len();
        let mut graph = UnGraph::with_capacity(n, map.links.len());
        for &i in &actor_of {
            graph.add_node(i);
        }
        let mut ties: HashMap<(u32, u32), petgraph::graph::EdgeIndex> = HashMap::new();
        let mut in_degree = vec![0u32; n];
        let mut out_degree = vec![0u32; n];
        let mut arcs: std::collections::HashSet<(u32, u32)> = std::collections::HashSet::new();
        let resolve = |id: &str, faults: &mut Vec<Problem>| match ids.get(id) {
            Some(&i) => Some(i),
            None => {
                faults.push(fault(
                    ProblemCode::UnknownActor,
                    Args::new().quoted("reference", id),
                ));
                None
            }
        };
        for (l, link) in map.links.iter().enumerate() {
            let (Some(s), Some(t)) = (
                resolve(&link.source, &mut faults),
                resolve(&link.target, &mut faults),
            ) else {
                continue;
            };
            if s == t || view.min_level.is_some_and(|min| link.level < min) {
                continue;
            }
            let (Some(a), Some(b)) = (node_of[s], node_of[t]) else {
                continue;
            };
            if link.directed && arcs.insert((a, b)) {
                out_degree[a as usize] += 1;
                in_degree[b as usize] += 1;
            }
            let key = (a.min(b), a.max(b));
            let e = *ties.entry(key).or_insert_with(|| {
                graph.add_edge(
                    NodeIndex::new(key.0 as usize),
                    NodeIndex::new(key.1 as usize),
                    Tie::default(),
                )
            });
            let tie = &mut graph[e];
            tie.level = tie.level.max(Some(link.level));
            tie.add_link(l);
        }
        if view.forum_ties {
            // Co-membership grows with the square of a forum's size: refuse what would
            // exhaust memory rather than try.
            let distinct = |f: &crate::model::Forum| {
                let seats: std::collections::HashSet<&str> =
                    f.members.iter().map(|m| m.actor.as_str()).collect();
                seats.len() as u128
            };
            let pairs: u128 = map
                .forums
                .iter()
                .map(|f| {
                    let m = distinct(f);
                    m * m.saturating_sub(1) / 2
                })
                .sum();
            if pairs > MAX_FORUM_PAIRS as u128 {
                let largest = map
                    .forums
                    .iter()
                    .max_by_key(|f| distinct(f))
                    .expect("some forum");
                return Err(ErrorKind::TooManyForumTies {
                    ties: u64::try_from(pairs).unwrap_or(u64::MAX),
                    forum: largest.id.clone(),
                    members: usize::try_from(distinct(largest)).unwrap_or(usize::MAX),
                    limit: MAX_FORUM_PAIRS,
                }
                .into());
            }
            for (f, forum) in map.forums.iter().enumerate() {
                let mut members: Vec<u32> = Vec::with_capacity(forum.members.len());
                for m in &forum.members {
                    if let Some(i) = resolve(&m.actor, &mut faults) {
                        if let Some(v) = node_of[i] {
                            if !members.contains(&v) {
                                members.push(v);
                            }
                        }
                    }
                }
                for (x, &a) in members.iter().enumerate() {
                    for &b in &members[x + 1..] {
                        let key = (a.min(b), a.max(b));
                        let e = *ties.entry(key).or_insert_with(|| {
                            graph.add_edge(
                                NodeIndex::new(key.0 as usize),
                                NodeIndex::new(key.1 as usize),
                                Tie::default(),
                            )
                        });
                        graph[e].add_forum(f);
                    }
                }
            }
        }
        // The pair index is only needed while ties are found; free it before the
        // adjacency is built beside the graph.
        drop(ties);
        drop(arcs);
        if !faults.is_empty() {
            return Err(ErrorKind::Invalid { problems: faults }.into());
        }
        let adjacency = Adjacency::from_edge_iter(n, || {
            graph
                .raw_edges()
                .iter()
                .map(|e| (e.source().index() as u32, e.target().index() as u32))
        });
        Ok(Network {
            map,
            view: view.clone(),
            graph,
            actor_of,
            node_of,
            ids,
            adjacency,
            in_degree,
            out_degree,
        })
    }

    /// The map this view is of.
    pub fn map(&self) -> &'m ActorMap {
        self.map
    }

    /// The view's settings.
    pub fn view(&self) -> &View {
        &self.view
    }

    /// The petgraph graph: node weights are actor indices in the map, edge weights the
    /// ties.
    pub fn graph(&self) -> &UnGraph<usize, Tie> {
        &self.graph
    }

    /// The compact adjacency, for inner loops.
    pub fn adjacency(&self) -> &Adjacency {
        &self.adjacency
    }

    /// Number of actors in the view.
    pub fn node_count(&self) -> usize {
        self.actor_of.len()
    }

    /// Number of ties (pairs of actors tied by at least one link, or forum).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The node of an actor id, if the actor exists and the view includes it.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        let i = *self.ids.get(id)?;
        self.node_of[i].map(|n| NodeIndex::new(n as usize))
    }

    /// The actor of a node.
    ///
    /// # Panics
    /// If the node is not in this view.
    pub fn actor(&self, node: NodeIndex) -> &'m Actor {
        &self.map.actors[self.actor_of[node.index()]]
    }

    /// The index in [`ActorMap::actors`] of a node's actor.
    pub fn actor_index(&self, node: NodeIndex) -> usize {
        self.actor_of[node.index()]
    }

    /// The node of the actor at this index in [`ActorMap::actors`], if in the view.
    pub fn node_of_index(&self, actor_index: usize) -> Option<NodeIndex> {
        self.node_of
            .get(actor_index)
            .copied()
            .flatten()
            .map(|n| NodeIndex::new(n as usize))
    }

    /// The nodes, in map order, with their actors.
    pub fn actors(&self) -> impl ExactSizeIterator<Item = (NodeIndex, &'m Actor)> + '_ {
        self.actor_of
            .iter()
            .enumerate()
            .map(|(n, &i)| (NodeIndex::new(n), &self.map.actors[i]))
    }

    /// The tie between two nodes, if any.
    pub fn tie(&self, a: NodeIndex, b: NodeIndex) -> Option<&Tie> {
        self.graph.find_edge(a, b).map(|e| &self.graph[e])
    }

    /// Number of distinct actors this node has a directed link to.
    pub fn out_degree(&self, node: NodeIndex) -> u32 {
        self.out_degree[node.index()]
    }

    /// Number of distinct actors with a directed link to this node.
    pub fn in_degree(&self, node: NodeIndex) -> u32 {
        self.in_degree[node.index()]
    }
}

/// A fault of a map that was not validated: its words say to validate it.
fn fault(code: ProblemCode, args: Args) -> Problem {
    Problem::error(code, Default::default(), args.select("shape", "unchecked"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Forum, Link, Member};

    fn map() -> ActorMap {
        let mut map = ActorMap::default();
        for (id, kind) in [
            ("a", ActorKind::Public),
            ("b", ActorKind::Community),
            ("c", ActorKind::Private),
            ("d", ActorKind::User),
        ] {
            map.actors.push(Actor::new(id, id.to_uppercase(), kind));
        }
        map.links.push(Link::new("a", "b", Level::Information));
        let mut referral = Link::new("b", "a", Level::Cooperation);
        referral.directed = true;
        map.links.push(referral);
        map.links.push(Link::new("b", "c", Level::Coordination));
        map.links.push(Link::new("c", "c", Level::Collaboration));
        map.forums.push(Forum {
            id: "t".into(),
            name: "T".into(),
            kind: Some("table".into()),
            sector: None,
            needs: vec![],
            members: ["a", "c", "d"]
                .map(|a| Member {
                    actor: a.into(),
                    role: None,
                    extra: Default::default(),
                })
                .to_vec(),
            extra: Default::default(),
        });
        map
    }

    #[test]
    fn parallel_links_merge_at_the_highest_level() {
        let map = map();
        let net = Network::new(&map, &View::default()).unwrap();
        assert_eq!(net.node_count(), 4);
        assert_eq!(net.edge_count(), 2);
        let (a, b) = (net.node("a").unwrap(), net.node("b").unwrap());
        let tie = net.tie(a, b).unwrap();
        assert_eq!(tie.level, Some(Level::Cooperation));
        assert_eq!(tie.links().collect::<Vec<_>>(), [0, 1]);
        assert_eq!(
            (net.out_degree(b), net.in_degree(a), net.in_degree(b)),
            (1, 1, 0)
        );
        assert_eq!(net.adjacency().neighbors(b.index()), [0, 2]);
    }

    #[test]
    fn a_tie_keeps_every_link_in_map_order() {
        let mut map = map();
        map.links.push(Link::new("a", "b", Level::Collaboration));
        map.links.push(Link::new("b", "a", Level::Information));
        let net = Network::new(&map, &View::default()).unwrap();
        let (a, b, c) = (
            net.node("a").unwrap(),
            net.node("b").unwrap(),
            net.node("c").unwrap(),
        );
        let tie = net.tie(a, b).unwrap();
        assert_eq!(
            (tie.level, tie.links().collect::<Vec<_>>()),
            (Some(Level::Collaboration), vec![0, 1, 4, 5])
        );
        let single = net.tie(b, c).unwrap();
        assert_eq!(single.links().collect::<Vec<_>>(), [2]);
        assert_eq!((single.forums().count(), single.has_links()), (0, true));
        assert_eq!(std::mem::size_of::<Tie>(), 24);
    }

    #[test]
    fn min_level_and_kinds_filter() {
        let map = map();
        let view = View::default().with_min_level(Some(Level::Coordination));
        let net = Network::new(&map, &view).unwrap();
        assert_eq!(net.edge_count(), 2); // a-b holds through the cooperation referral
        let view = View::default().with_kinds(Some(vec![ActorKind::Community, ActorKind::Private]));
        let net = Network::new(&map, &view).unwrap();
        assert_eq!(net.node_count(), 2);
        assert_eq!(net.node("a"), None);
        assert_eq!(net.actor(NodeIndex::new(0)).id, "b");
        assert_eq!(net.edge_count(), 1);
    }

    #[test]
    fn forum_ties_join_co_members() {
        let map = map();
        let net = Network::new(&map, &View::default().with_forum_ties(true)).unwrap();
        // a-b, b-c from links; a-c, a-d, c-d from the forum.
        assert_eq!(net.edge_count(), 5);
        let (a, d) = (net.node("a").unwrap(), net.node("d").unwrap());
        let tie = net.tie(a, d).unwrap();
        assert_eq!(
            (tie.level, tie.forums().collect::<Vec<_>>(), tie.rank()),
            (None, vec![0], 1)
        );
        assert!(!tie.has_links());
        // A second forum of the same two, and a link between them: both lists grow.
        let mut map = map;
        let mut second = map.forums[0].clone();
        second.id = "u".into();
        map.forums.push(second);
        map.links.push(Link::new("d", "a", Level::Information));
        let net = Network::new(&map, &View::default().with_forum_ties(true)).unwrap();
        let tie = net.tie(a, d).unwrap();
        assert_eq!(
            (
                tie.forums().collect::<Vec<_>>(),
                tie.links().collect::<Vec<_>>()
            ),
            (vec![0, 1], vec![4])
        );
        assert_eq!(tie.level, Some(Level::Information));
    }

    #[test]
    fn a_huge_forum_is_refused_as_co_membership() {
        let mut map = map();
        let members: Vec<Member> = (0..5_000)
            .map(|i| Member {
                actor: format!("x{i}"),
                role: None,
                extra: Default::default(),
            })
            .collect();
        map.forums[0].members = members;
        let err = Network::new(&map, &View::default().with_forum_ties(true)).unwrap_err();
        assert!(
            err.to_string()
                .contains("forum \"t\" alone has 5000 members"),
            "{err}"
        );
        // Without co-membership the same map is fine (the members are unknown actors,
        // which only co-membership would look up).
        assert!(Network::new(&map, &View::default()).is_ok());
    }

    #[test]
    fn unknown_references_are_refused() {
        let mut map = map();
        map.links.push(Link::new("a", "zz", Level::Information));
        let err = Network::new(&map, &View::default()).unwrap_err();
        assert_eq!(err.problems()[0].code, ProblemCode::UnknownActor);
    }
}
