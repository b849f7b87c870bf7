//! The shape of the network: components, articulation points and bridges, k-cores,
//! triangles and clustering, Burt's constraint and effective size.
//!
//! Every algorithm here is iterative (no recursion, so a chain of 100,000 actors does not
//! overflow the stack) and, except the triangle-based ones, linear in the size of the
//! graph.

use petgraph::graph::NodeIndex;

use crate::network::{Adjacency, Network};

/// The connected components of a view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Components {
    /// Component index of each node (indexed by `node.index()`); component 0 is the
    /// largest.
    pub of: Vec<usize>,
    /// Size of each component, largest first; components of equal size are in the map
    /// order of their first actor.
    pub sizes: Vec<usize>,
}

impl Components {
    /// The nodes of component `c`, in map order (a scan of every node: O(n)).
    pub fn members(&self, c: usize) -> impl Iterator<Item = NodeIndex> + '_ {
        self.of
            .iter()
            .enumerate()
            .filter(move |&(_, &k)| k == c)
            .map(|(v, _)| NodeIndex::new(v))
    }
}

/// The connected components, largest first (ties broken by map order).
///
/// # Complexity
/// O((n + m)·α(n)) time, α the inverse Ackermann function (at most 4 for any map that
/// fits in memory): linear in practice; O(n) memory. Union–find over the ties in map
/// order, which reads the adjacency front to back.
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "community"},
///              {"id": "c", "name": "C", "kind": "user"}],
///   "links": [{"source": "b", "target": "c", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// let components = actormap::metrics::components(&net);
/// assert_eq!(components.sizes, [2, 1]);
/// assert_eq!(components.of, [1, 0, 0]); // a is alone, in the second component
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn components(network: &Network) -> Components {
    component_labels(network.adjacency())
}

pub(crate) fn component_labels(adjacency: &Adjacency) -> Components {
    let n = adjacency.node_count();
    // Union–find over the ties in index order: the adjacency is read front to back,
    // which stays fast on maps far larger than the cache (a search would jump around).
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let mut size = vec![1u32; n];
    let find = |parent: &mut [u32], mut v: u32| {
        while parent[v as usize] != v {
            let up = parent[parent[v as usize] as usize];
            parent[v as usize] = up; // path halving
            v = up;
        }
        v
    };
    for v in 0..n as u32 {
        let mut a = find(&mut parent, v);
        for &w in adjacency.neighbors(v as usize) {
            if w > v {
                let b = find(&mut parent, w);
                if a != b {
                    // Union by size: trees stay shallow, near-linear time in all.
                    let (big, small) = if size[a as usize] >= size[b as usize] {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    parent[small as usize] = big;
                    size[big as usize] += size[small as usize];
                    a = big;
                }
            }
        }
    }
    // Raw labels in the order of each component's first node (in map order).
    const NONE: usize = usize::MAX;
    let mut label_of_root = vec![NONE; n];
    let mut raw = vec![0usize; n];
    let mut raw_sizes: Vec<usize> = Vec::new();
    for v in 0..n as u32 {
        let root = find(&mut parent, v) as usize;
        if label_of_root[root] == NONE {
            label_of_root[root] = raw_sizes.len();
            raw_sizes.push(0);
        }
        raw[v as usize] = label_of_root[root];
        raw_sizes[label_of_root[root]] += 1;
    }
    // Raw labels follow the first node of each component, so a stable sort by size keeps
    // map order among equal sizes.
    let mut by_size: Vec<usize> = (0..raw_sizes.len()).collect();
    by_size.sort_by_key(|&c| std::cmp::Reverse(raw_sizes[c]));
    let mut rank = vec![0; raw_sizes.len()];
    for (r, &c) in by_size.iter().enumerate() {
        rank[c] = r;
    }
    Components {
        of: raw.iter().map(|&c| rank[c]).collect(),
        sizes: by_size.iter().map(|&c| raw_sizes[c]).collect(),
    }
}

/// The articulation points (cut vertices) and bridges (cut edges) of a view, with what
/// each articulation point holds together.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CutPoints {
    /// Whether each node is an articulation point: removing it splits its component.
    pub articulation: Vec<bool>,
    /// The bridges: ties whose removal splits a component, as `(a, b)` with `a` before
    /// `b` in map order, sorted by map order.
    pub bridges: Vec<(NodeIndex, NodeIndex)>,
    /// Depth-first preorder of the nodes; each search tree, and each subtree, is a
    /// contiguous range of it.
    preorder: Vec<u32>,
    /// Position of each node in `preorder`.
    position: Vec<u32>,
    /// Number of nodes in each node's search subtree (itself included).
    subtree: Vec<u32>,
    /// Search-tree root of each node.
    root: Vec<u32>,
    /// `(articulation point, child)` pairs whose child's subtree is cut off when the
    /// point is removed, sorted by point.
    cuts: Vec<(u32, u32)>,
}

impl CutPoints {
    /// The articulation points, in map order.
    pub fn points(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        self.articulation
            .iter()
            .enumerate()
            .filter(|&(_, &a)| a)
            .map(|(v, _)| NodeIndex::new(v))
    }

    /// The sizes of the groups a node's component falls into when the node is removed,
    /// largest first: the sizes of [`CutPoints::pieces`], without listing the members.
    ///
    /// # Complexity
    /// O(degree of the node + log n).
    pub fn piece_sizes(&self, node: NodeIndex) -> Vec<usize> {
        let v = node.index();
        if !self.articulation.get(v).copied().unwrap_or(false) {
            return Vec::new();
        }
        let start = self.cuts.partition_point(|&(p, _)| (p as usize) < v);
        let end = self.cuts.partition_point(|&(p, _)| (p as usize) <= v);
        let mut sizes: Vec<usize> = self.cuts[start..end]
            .iter()
            .map(|&(_, child)| self.subtree[child as usize] as usize)
            .collect();
        let root = self.root[v] as usize;
        let rest = self.subtree[root] as usize - 1 - sizes.iter().sum::<usize>();
        if rest > 0 {
            sizes.push(rest);
        }
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        sizes
    }

    /// The groups a node's component falls into when the node is removed: empty when it
    /// is not an articulation point; otherwise at least two groups, largest first
    /// (ties broken by map order), each in map order.
    ///
    /// # Complexity
    /// O(size of the node's component + its degree).
    pub fn pieces(&self, node: NodeIndex) -> Vec<Vec<NodeIndex>> {
        let v = node.index();
        if !self.articulation.get(v).copied().unwrap_or(false) {
            return Vec::new();
        }
        let start = self.cuts.partition_point(|&(p, _)| (p as usize) < v);
        let end = self.cuts.partition_point(|&(p, _)| (p as usize) <= v);
        let root = self.root[v] as usize;
        let tree =
            self.position[root] as usize..(self.position[root] + self.subtree[root]) as usize;
        // Mark each node of the tree with the piece it falls in; the rest is piece 0.
        let mut piece_of = vec![0usize; tree.len()];
        piece_of[self.position[v] as usize - tree.start] = usize::MAX;
        let mut pieces: Vec<Vec<NodeIndex>> = vec![Vec::new()];
        for &(_, child) in &self.cuts[start..end] {
            let from = self.position[child as usize] as usize;
            let to = from + self.subtree[child as usize] as usize;
            let k = pieces.len();
            pieces.push(Vec::new());
            for p in &mut piece_of[from - tree.start..to - tree.start] {
                *p = k;
            }
        }
        let mut members: Vec<(u32, usize)> = self.preorder[tree.clone()]
            .iter()
            .zip(&piece_of)
            .filter(|&(_, &k)| k != usize::MAX)
            .map(|(&w, &k)| (w, k))
            .collect();
        members.sort_unstable();
        for (w, k) in members {
            pieces[k].push(NodeIndex::new(w as usize));
        }
        pieces.retain(|p| !p.is_empty());
        pieces.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
        pieces
    }
}

/// Articulation points and bridges, by one iterative depth-first search
/// (Hopcroft–Tarjan low-link).
///
/// # Complexity
/// O(n + m) time and memory.
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// // a — b — c: b holds a and c together; both ties are bridges.
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "community"},
///              {"id": "c", "name": "C", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// let cuts = actormap::metrics::cut_points(&net);
/// assert_eq!(cuts.articulation, [false, true, false]);
/// assert_eq!(cuts.bridges.len(), 2);
/// let b = net.node("b").unwrap();
/// assert_eq!(cuts.pieces(b), [vec![net.node("a").unwrap()], vec![net.node("c").unwrap()]]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn cut_points(network: &Network) -> CutPoints {
    cut_points_of(network.adjacency())
}

pub(crate) fn cut_points_of(adjacency: &Adjacency) -> CutPoints {
    let n = adjacency.node_count();
    const NONE: u32 = u32::MAX;
    let mut position = vec![NONE; n];
    let mut low = vec![0u32; n];
    let mut subtree = vec![1u32; n];
    let mut root = vec![0u32; n];
    let mut preorder = Vec::with_capacity(n);
    let mut articulation = vec![false; n];
    let mut bridges = Vec::new();
    let mut cuts = Vec::new();
    // Stack of (node, parent, next neighbour to look at).
    let mut stack: Vec<(u32, u32, usize)> = Vec::new();
    for r in 0..n as u32 {
        if position[r as usize] != NONE {
            continue;
        }
        let mut root_children = 0usize;
        let mut root_cuts = Vec::new();
        position[r as usize] = preorder.len() as u32;
        low[r as usize] = position[r as usize];
        root[r as usize] = r;
        preorder.push(r);
        stack.push((r, NONE, 0));
        while let Some(top) = stack.last_mut() {
            let (v, parent, next) = *top;
            let neighbours = adjacency.neighbors(v as usize);
            if let Some(&w) = neighbours.get(next) {
                top.2 += 1;
                if position[w as usize] == NONE {
                    position[w as usize] = preorder.len() as u32;
                    low[w as usize] = position[w as usize];
                    root[w as usize] = r;
                    preorder.push(w);
                    stack.push((w, v, 0));
                } else if w != parent {
                    // The graph is simple: the only tie back to the parent is the tree
                    // tie, so every other seen neighbour is a back tie.
                    low[v as usize] = low[v as usize].min(position[w as usize]);
                }
                continue;
            }
            stack.pop();
            if parent == NONE {
                continue;
            }
            let (p, c) = (parent as usize, v as usize);
            low[p] = low[p].min(low[c]);
            subtree[p] += subtree[c];
            if low[c] > position[p] {
                bridges.push(if p < c { (p, c) } else { (c, p) });
            }
            if parent == r {
                root_children += 1;
                root_cuts.push((parent, v));
            } else if low[c] >= position[p] {
                articulation[p] = true;
                cuts.push((parent, v));
            }
        }
        if root_children >= 2 {
            articulation[r as usize] = true;
            cuts.extend(root_cuts);
        }
    }
    bridges.sort_unstable();
    // Stable: the children of one point stay in search order.
    cuts.sort_by_key(|&(p, _)| p);
    CutPoints {
        articulation,
        bridges: bridges
            .into_iter()
            .map(|(a, b)| (NodeIndex::new(a), NodeIndex::new(b)))
            .collect(),
        preorder,
        position,
        subtree,
        root,
        cuts,
    }
}

/// The k-core number of each node (NetworkX `core_number`): the largest k such that the
/// node belongs to a subgraph where every node has at least k ties.
///
/// # Complexity
/// O(n + m) time and memory (Batagelj–Zaversnik bucket algorithm).
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// // A triangle a-b-c with d hanging on c.
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "public"},
///              {"id": "c", "name": "C", "kind": "community"},
///              {"id": "d", "name": "D", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "coordination"},
///             {"source": "c", "target": "a", "level": "coordination"},
///             {"source": "c", "target": "d", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// assert_eq!(actormap::metrics::core_numbers(&net), [2, 2, 2, 1]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn core_numbers(network: &Network) -> Vec<u32> {
    core_numbers_of(network.adjacency())
}

pub(crate) fn core_numbers_of(adjacency: &Adjacency) -> Vec<u32> {
    let n = adjacency.node_count();
    // 32-bit arrays: half the memory, so more of a large map stays in cache.
    let mut degree: Vec<u32> = (0..n).map(|v| adjacency.degree(v) as u32).collect();
    let max = degree.iter().copied().max().unwrap_or(0) as usize;
    // bin[d]: start, in `vert`, of the nodes of current degree d.
    let mut bin = vec![0u32; max + 1];
    for &d in &degree {
        bin[d as usize] += 1;
    }
    let mut start = 0;
    for b in bin.iter_mut() {
        let count = *b;
        *b = start;
        start += count;
    }
    let mut position = vec![0u32; n];
    let mut vert = vec![0u32; n];
    for v in 0..n {
        let d = degree[v] as usize;
        position[v] = bin[d];
        vert[bin[d] as usize] = v as u32;
        bin[d] += 1;
    }
    for d in (1..=max).rev() {
        bin[d] = bin[d - 1];
    }
    if let Some(first) = bin.first_mut() {
        *first = 0;
    }
    for i in 0..n {
        let v = vert[i] as usize;
        let dv = degree[v];
        for &u in adjacency.neighbors(v) {
            let u = u as usize;
            let du = degree[u];
            if du > dv {
                let pu = position[u];
                let pw = bin[du as usize];
                let w = vert[pw as usize];
                if u as u32 != w {
                    position[u] = pw;
                    vert[pu as usize] = w;
                    position[w as usize] = pu;
                    vert[pw as usize] = u as u32;
                }
                bin[du as usize] += 1;
                degree[u] = du - 1;
            }
        }
    }
    degree
}

/// The number of triangles each node is in (ties among its neighbours).
///
/// # Complexity
/// O(m·√m) time at worst and O(n + m) memory (m ties): ties are oriented from the end
/// with fewer ties to the end with more, so that each node has at most √(2m) ties out,
/// and each triangle is found once from its end with the fewest ties.
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "public"},
///              {"id": "c", "name": "C", "kind": "community"},
///              {"id": "d", "name": "D", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "coordination"},
///             {"source": "c", "target": "a", "level": "coordination"},
///             {"source": "c", "target": "d", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// assert_eq!(actormap::metrics::triangles(&net), [1, 1, 1, 0]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn triangles(network: &Network) -> Vec<u64> {
    triangles_of(network.adjacency())
}

pub(crate) fn triangles_of(adjacency: &Adjacency) -> Vec<u64> {
    let n = adjacency.node_count();
    let mut count = vec![0u64; n];
    // Each tie is oriented from the lower-ranked end to the higher (by degree, then
    // index), so a node has at most √(2m) ties out, and each triangle is found once,
    // from its lowest-ranked node (Latapy's compact-forward).
    let rank = |v: usize| (adjacency.degree(v), v);
    let mut offsets = Vec::with_capacity(n + 1);
    let mut out: Vec<u32> = Vec::with_capacity(adjacency.edge_count());
    offsets.push(0);
    for v in 0..n {
        let here = rank(v);
        out.extend(
            adjacency
                .neighbors(v)
                .iter()
                .filter(|&&u| rank(u as usize) > here),
        );
        offsets.push(out.len());
    }
    let mut marked = vec![false; n];
    for v in 0..n {
        let ahead = &out[offsets[v]..offsets[v + 1]];
        for &u in ahead {
            marked[u as usize] = true;
        }
        for &u in ahead {
            for &w in &out[offsets[u as usize]..offsets[u as usize + 1]] {
                if marked[w as usize] {
                    count[v] += 1;
                    count[u as usize] += 1;
                    count[w as usize] += 1;
                }
            }
        }
        for &u in ahead {
            marked[u as usize] = false;
        }
    }
    count
}

/// Local clustering coefficient of each node (NetworkX `clustering`): the share of pairs
/// of its neighbours that are tied to each other; 0 with fewer than two neighbours.
///
/// # Complexity
/// That of [`triangles`].
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "public"},
///              {"id": "c", "name": "C", "kind": "community"},
///              {"id": "d", "name": "D", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "coordination"},
///             {"source": "c", "target": "a", "level": "coordination"},
///             {"source": "c", "target": "d", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// // c has 3 neighbours (3 pairs), of which one pair (a, b) is tied.
/// assert_eq!(actormap::metrics::clustering(&net), [1.0, 1.0, 1.0 / 3.0, 0.0]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn clustering(network: &Network) -> Vec<f64> {
    let adjacency = network.adjacency();
    clustering_of(adjacency, &triangles_of(adjacency))
}

pub(crate) fn clustering_of(adjacency: &Adjacency, triangles: &[u64]) -> Vec<f64> {
    triangles
        .iter()
        .enumerate()
        .map(|(v, &t)| {
            let d = adjacency.degree(v) as u64;
            if t == 0 {
                0.0
            } else {
                (2 * t) as f64 / (d * (d - 1)) as f64
            }
        })
        .collect()
}

/// Transitivity (NetworkX `transitivity`): three times the number of triangles divided
/// by the number of connected triples (paths of two ties); 0 when there is no triangle.
///
/// # Complexity
/// That of [`triangles`].
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "public"},
///              {"id": "c", "name": "C", "kind": "community"},
///              {"id": "d", "name": "D", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "coordination"},
///             {"source": "c", "target": "a", "level": "coordination"},
///             {"source": "c", "target": "d", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// // One triangle; triples: 1 at a, 1 at b, 3 at c.
/// assert_eq!(actormap::metrics::transitivity(&net), 3.0 / 5.0);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn transitivity(network: &Network) -> f64 {
    let adjacency = network.adjacency();
    transitivity_of(adjacency, &triangles_of(adjacency))
}

pub(crate) fn transitivity_of(adjacency: &Adjacency, triangles: &[u64]) -> f64 {
    // As NetworkX: both sums count each triangle and triple twice per node.
    let closed: u64 = triangles.iter().map(|t| 2 * t).sum();
    let triples: u64 = (0..adjacency.node_count())
        .map(|v| {
            let d = adjacency.degree(v) as u64;
            d * d.saturating_sub(1)
        })
        .sum();
    if closed == 0 {
        0.0
    } else {
        closed as f64 / triples as f64
    }
}

/// Burt's constraint of each node, unweighted (NetworkX `constraint`): how much the
/// node's ties lead to contacts who are themselves tied to each other, from 1/degree
/// (contacts who do not know each other) up to about 1.1 (a closed clique of three);
/// `None` for an isolate.
///
/// With `p(u, v)` = 1/degree(u) for a tie, `c(u) = Σ_v (p(u,v) + Σ_w p(u,w)·p(w,v))²`
/// over the neighbours `v` of `u` and their common neighbours `w`.
///
/// # Complexity
/// O(Σ deg²) time (each neighbour's list read once per tie), O(n) memory.
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// // A star: the centre's contacts do not know each other.
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "hub", "name": "Hub", "kind": "community"},
///              {"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "private"},
///              {"id": "z", "name": "Z", "kind": "user"}],
///   "links": [{"source": "hub", "target": "a", "level": "coordination"},
///             {"source": "hub", "target": "b", "level": "coordination"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// assert_eq!(actormap::metrics::constraint(&net), [Some(0.5), Some(1.0), Some(1.0), None]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn constraint(network: &Network) -> Vec<Option<f64>> {
    constraint_of(network.adjacency())
}

pub(crate) fn constraint_of(adjacency: &Adjacency) -> Vec<Option<f64>> {
    let n = adjacency.node_count();
    let inverse: Vec<f64> = (0..n)
        .map(|v| match adjacency.degree(v) {
            0 => 0.0,
            d => 1.0 / d as f64,
        })
        .collect();
    // For each node u, its neighbours' 1/degree marked in a dense array (0 elsewhere):
    // the common neighbours w of u and a neighbour v are then read off v's sorted list,
    // in increasing order, without a merge; unmarked entries add exact zeros.
    let mut weight = vec![0.0; n];
    (0..n)
        .map(|u| {
            let nu = adjacency.neighbors(u);
            if nu.is_empty() {
                return None;
            }
            for &w in nu {
                weight[w as usize] = inverse[w as usize];
            }
            let pu = inverse[u];
            let mut total = 0.0;
            for &v in nu {
                let mut indirect = 0.0;
                for &w in adjacency.neighbors(v as usize) {
                    indirect += pu * weight[w as usize];
                }
                let local = pu + indirect;
                total += local * local;
            }
            for &w in nu {
                weight[w as usize] = 0.0;
            }
            Some(total)
        })
        .collect()
}

/// Burt's effective size of each node, unweighted (NetworkX `effective_size`, Borgatti's
/// formula): its number of contacts minus their redundancy, `degree − 2·t/degree` with
/// `t` the ties among its contacts; `None` for an isolate.
///
/// # Complexity
/// That of [`triangles`].
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "public"},
///              {"id": "c", "name": "C", "kind": "community"},
///              {"id": "d", "name": "D", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "coordination"},
///             {"source": "c", "target": "a", "level": "coordination"},
///             {"source": "c", "target": "d", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// // c: 3 contacts, one tie among them: 3 - 2/3.
/// assert_eq!(actormap::metrics::effective_size(&net)[2], Some(3.0 - 2.0 / 3.0));
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn effective_size(network: &Network) -> Vec<Option<f64>> {
    let adjacency = network.adjacency();
    effective_size_of(adjacency, &triangles_of(adjacency))
}

pub(crate) fn effective_size_of(adjacency: &Adjacency, triangles: &[u64]) -> Vec<Option<f64>> {
    triangles
        .iter()
        .enumerate()
        .map(|(v, &t)| match adjacency.degree(v) {
            0 => None,
            d => Some(d as f64 - (2 * t) as f64 / d as f64),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::testing::{close, graph, two_triangles};

    #[test]
    fn components_largest_first_then_map_order() {
        // 0 alone; 1-2; 3-4-5; 6-7
        let g = graph(8, &[(1, 2), (3, 4), (4, 5), (6, 7)]);
        let c = component_labels(&g);
        assert_eq!(c.sizes, [3, 2, 2, 1]);
        assert_eq!(c.of, [3, 1, 1, 0, 0, 0, 2, 2]);
        let members: Vec<usize> = c.members(1).map(|v| v.index()).collect();
        assert_eq!(members, [1, 2]);
        assert_eq!(component_labels(&graph(0, &[])), Components::default());
    }

    #[test]
    fn path_cut_points_and_pieces() {
        // 0 - 1 - 2 - 3
        let g = graph(4, &[(0, 1), (1, 2), (2, 3)]);
        let c = cut_points_of(&g);
        assert_eq!(c.articulation, [false, true, true, false]);
        let pairs: Vec<(usize, usize)> = c
            .bridges
            .iter()
            .map(|(a, b)| (a.index(), b.index()))
            .collect();
        assert_eq!(pairs, [(0, 1), (1, 2), (2, 3)]);
        let pieces = |v: usize| -> Vec<Vec<usize>> {
            c.pieces(NodeIndex::new(v))
                .into_iter()
                .map(|p| p.into_iter().map(|n| n.index()).collect())
                .collect()
        };
        assert_eq!(pieces(1), [vec![2, 3], vec![0]]);
        assert_eq!(c.piece_sizes(NodeIndex::new(1)), [2, 1]);
        assert_eq!(pieces(2), [vec![0, 1], vec![3]]);
        assert!(pieces(0).is_empty());
    }

    #[test]
    fn star_centre_is_the_only_cut_point() {
        let g = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        let c = cut_points_of(&g);
        assert_eq!(c.articulation, [true, false, false, false, false]);
        assert_eq!(c.bridges.len(), 4);
        assert_eq!(c.pieces(NodeIndex::new(0)).len(), 4);
        // A centre that is not the search root: the leaf 0 starts the search.
        let g = graph(4, &[(0, 3), (1, 3), (2, 3)]);
        let c = cut_points_of(&g);
        assert_eq!(c.articulation, [false, false, false, true]);
        assert_eq!(c.pieces(NodeIndex::new(3)).len(), 3);
        assert_eq!(c.piece_sizes(NodeIndex::new(3)), [1, 1, 1]);
        assert!(c.piece_sizes(NodeIndex::new(0)).is_empty());
    }

    #[test]
    fn two_triangles_and_their_bridge() {
        let (n, edges) = two_triangles();
        let g = graph(n, &edges);
        let c = cut_points_of(&g);
        assert_eq!(c.articulation, [false, false, true, true, false, false]);
        assert_eq!(c.bridges, [(NodeIndex::new(2), NodeIndex::new(3))]);
        let p: Vec<Vec<usize>> = c
            .pieces(NodeIndex::new(3))
            .into_iter()
            .map(|p| p.into_iter().map(|n| n.index()).collect())
            .collect();
        assert_eq!(p, [vec![0, 1, 2], vec![4, 5]]);
        assert_eq!(core_numbers_of(&g), [2; 6]);
        assert_eq!(triangles_of(&g), [1, 1, 1, 1, 1, 1]);
        let cl = clustering_of(&g, &triangles_of(&g));
        assert_eq!(cl, [1.0, 1.0, 1.0 / 3.0, 1.0 / 3.0, 1.0, 1.0]);
        // 2 triangles; triples: 4 nodes with 1, 2 nodes with 3.
        assert_eq!(transitivity_of(&g, &triangles_of(&g)), 6.0 / 10.0);
        let es = effective_size_of(&g, &triangles_of(&g));
        assert_eq!(es[0], Some(2.0 - 2.0 / 2.0));
        assert_eq!(es[2], Some(3.0 - 2.0 / 3.0));
        // Node 0: neighbours 1 and 2 (p = 1/2), each also reached through the other:
        // (1/2 + 1/2 * 1/2)^2 + (1/2 + 1/2 * 1/3)^2.
        let con = constraint_of(&g);
        close(
            con[0].unwrap(),
            0.75f64.powi(2) + (0.5 + 0.5 / 3.0f64).powi(2),
        );
        // Node 2: neighbours 0, 1 (tied together), 3; p = 1/3.
        let third = 1.0 / 3.0;
        let tied = third + third * 0.5;
        close(con[2].unwrap(), 2.0 * tied * tied + third * third);
    }

    #[test]
    fn isolates_and_pendants() {
        // 0 - 1, 2 alone.
        let g = graph(3, &[(0, 1)]);
        assert_eq!(core_numbers_of(&g), [1, 1, 0]);
        assert_eq!(constraint_of(&g), [Some(1.0), Some(1.0), None]);
        assert_eq!(
            effective_size_of(&g, &triangles_of(&g)),
            [Some(1.0), Some(1.0), None]
        );
        assert_eq!(clustering_of(&g, &triangles_of(&g)), [0.0; 3]);
        assert_eq!(transitivity_of(&g, &triangles_of(&g)), 0.0);
        let c = cut_points_of(&g);
        assert_eq!(c.articulation, [false; 3]);
        assert_eq!(c.bridges, [(NodeIndex::new(0), NodeIndex::new(1))]);
        assert!(core_numbers_of(&graph(0, &[])).is_empty());
    }

    #[test]
    fn star_structure() {
        let g = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        assert_eq!(core_numbers_of(&g), [1; 5]);
        assert_eq!(constraint_of(&g)[0], Some(4.0 * 0.0625));
        assert_eq!(effective_size_of(&g, &triangles_of(&g))[0], Some(4.0));
    }

    #[test]
    fn clique_cores() {
        // K4 plus a pendant: core 3 for the clique.
        let g = graph(5, &[(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4)]);
        assert_eq!(core_numbers_of(&g), [3, 3, 3, 3, 1]);
        assert_eq!(triangles_of(&g), [3, 3, 3, 3, 0]);
    }

    #[test]
    fn piece_sizes_agree_with_pieces() {
        // A cycle 0-1-2-3 with tails 3-4-5 and 1-6, a triangle 7-8-9 hanging on 5, and an
        // isolate 10.
        let g = graph(
            11,
            &[
                (0, 1),
                (1, 2),
                (2, 3),
                (3, 0),
                (3, 4),
                (4, 5),
                (1, 6),
                (5, 7),
                (7, 8),
                (8, 9),
                (9, 7),
            ],
        );
        let c = cut_points_of(&g);
        let points: Vec<usize> = c.points().map(|v| v.index()).collect();
        assert_eq!(points, [1, 3, 4, 5, 7]);
        for v in 0..11 {
            let v = NodeIndex::new(v);
            let lengths: Vec<usize> = c.pieces(v).iter().map(Vec::len).collect();
            assert_eq!(c.piece_sizes(v), lengths, "node {}", v.index());
        }
        let pieces = c.pieces(NodeIndex::new(4));
        let first: Vec<usize> = pieces[0].iter().map(|v| v.index()).collect();
        assert_eq!(first, [0, 1, 2, 3, 6]);
        assert_eq!(c.bridges.len(), 4);
    }

    #[test]
    fn long_paths_do_not_overflow_the_stack() {
        let n = 100_000u32;
        let edges: Vec<(u32, u32)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        let g = graph(n as usize, &edges);
        let c = cut_points_of(&g);
        assert_eq!(c.points().count(), n as usize - 2);
        assert_eq!(c.bridges.len(), n as usize - 1);
        let pieces = c.pieces(NodeIndex::new(10));
        assert_eq!((pieces[0].len(), pieces[1].len()), (n as usize - 11, 10));
        assert_eq!(c.piece_sizes(NodeIndex::new(10)), [n as usize - 11, 10]);
        assert_eq!(component_labels(&g).sizes, [n as usize]);
        assert!(core_numbers_of(&g).iter().all(|&k| k == 1));
    }
}
