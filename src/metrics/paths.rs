//! Shortest-path metrics: betweenness, closeness, harmonic centrality, eccentricity and
//! distance sums, all from one breadth-first search per source.
//!
//! The searches run in parallel (rayon), yet the result has the same bits whatever the
//! number of threads: the sources are cut into a fixed number of contiguous blocks that
//! does not depend on the thread count, each block adds its sources' contributions in
//! source order into its own vector, and the block vectors are then added in block order.

use rayon::prelude::*;

use crate::network::{Adjacency, Network};

/// Number of blocks the sources are cut into (fewer when there are fewer sources). Fixed,
/// so that the order of floating-point additions never depends on the thread count.
const BLOCKS: usize = 64;

/// Marks a node the current search has not reached.
const UNSEEN: u32 = u32::MAX;

/// What the shortest paths say about each node, indexed by node (`node.index()`).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PathMetrics {
    /// Betweenness centrality, normalised as NetworkX `betweenness_centrality` for an
    /// undirected graph: the sum over pairs of other nodes of the share of their shortest
    /// paths through the node, divided by (n−1)(n−2)/2 (no division when n ≤ 2).
    pub betweenness: Vec<f64>,
    /// Closeness centrality as NetworkX `closeness_centrality` (Wasserman–Faust):
    /// `(r−1)/s · (r−1)/(n−1)` with `r` the nodes reached (itself included) and `s` the
    /// sum of their distances; 0 for a node that reaches no one.
    pub closeness: Vec<f64>,
    /// Harmonic centrality divided by n−1: the mean over other nodes of 1/distance
    /// (unreachable nodes count 0); NetworkX `harmonic_centrality` / (n−1).
    pub harmonic: Vec<f64>,
    /// Greatest distance to a node the node reaches (0 for an isolate).
    pub eccentricity: Vec<u32>,
    /// Number of nodes the node reaches, itself included (the size of its component).
    pub reach: Vec<u32>,
    /// Sum of the distances to the nodes the node reaches.
    pub distance_sum: Vec<u64>,
}

/// Betweenness, closeness, harmonic centrality, eccentricity and distance sums of every
/// node, on the view's undirected simple graph.
///
/// Exact: one breadth-first search per node, with Brandes' accumulation for betweenness.
/// Runs on rayon's current thread pool; the result is bit-for-bit the same for any
/// number of threads.
///
/// # Complexity
/// O(n·m) time (n nodes, m ties; less when the graph is in several components, since each
/// search stays in its component), O(n + m) memory per running search plus one vector of
/// n floats per block of sources (at most 64).
///
/// # Example
/// ```
/// use actormap::{Network, View};
/// use actormap::metrics::path_metrics;
///
/// // A path a — b — c: b lies on the only path between a and c.
/// let map = actormap::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "community"},
///              {"id": "c", "name": "C", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "information"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// let paths = path_metrics(&net);
/// assert_eq!(paths.betweenness, [0.0, 1.0, 0.0]);
/// assert_eq!(paths.closeness[1], 1.0);
/// assert_eq!(paths.eccentricity, [2, 1, 2]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn path_metrics(network: &Network) -> PathMetrics {
    let adjacency = network.adjacency();
    let sources: Vec<u32> = (0..adjacency.node_count() as u32).collect();
    all_pairs(adjacency, &sources)
}

/// Per-source results of one search.
#[derive(Clone, Copy, Default)]
struct SourceStats {
    reach: u32,
    eccentricity: u32,
    distance_sum: u64,
    harmonic_sum: f64,
}

/// Work arrays of one search, reused from source to source.
struct Workspace {
    dist: Vec<u32>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    order: Vec<u32>,
    /// Number of nodes found at each distance.
    levels: Vec<u32>,
}

impl Workspace {
    fn new(n: usize) -> Self {
        Workspace {
            dist: vec![UNSEEN; n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            order: Vec::with_capacity(n),
            levels: Vec::new(),
        }
    }

    /// One breadth-first search from `s`, adding the Brandes dependencies of `s` to
    /// `between`, and leaving the arrays clean for the next source.
    fn search(&mut self, adjacency: &Adjacency, s: u32, between: &mut [f64]) -> SourceStats {
        let Workspace {
            dist,
            sigma,
            delta,
            order,
            levels,
        } = self;
        order.clear();
        levels.clear();
        let s_idx = s as usize;
        dist[s_idx] = 0;
        sigma[s_idx] = 1.0;
        order.push(s);
        let mut head = 0;
        while head < order.len() {
            let v = order[head] as usize;
            head += 1;
            let next = dist[v] + 1;
            for &w in adjacency.neighbors(v) {
                let w = w as usize;
                if dist[w] == UNSEEN {
                    dist[w] = next;
                    order.push(w as u32);
                }
                if dist[w] == next {
                    sigma[w] += sigma[v];
                }
            }
        }

        // Distances are found level by level, so `order` is sorted by distance.
        let mut stats = SourceStats {
            reach: order.len() as u32,
            ..SourceStats::default()
        };
        for &v in order.iter().skip(1) {
            let d = dist[v as usize];
            stats.distance_sum += u64::from(d);
            if levels.len() < d as usize {
                levels.resize(d as usize, 0);
            }
            levels[d as usize - 1] += 1;
        }
        stats.eccentricity = levels.len() as u32;
        // Summed per level, nearest first: each distance's share is added once.
        for (i, &count) in levels.iter().enumerate() {
            stats.harmonic_sum += f64::from(count) / (i + 1) as f64;
        }

        // Brandes: dependencies flow back from the farthest nodes.
        for &w in order.iter().rev() {
            let w = w as usize;
            let dw = dist[w];
            if dw > 0 {
                let coefficient = (1.0 + delta[w]) / sigma[w];
                for &v in adjacency.neighbors(w) {
                    let v = v as usize;
                    if dist[v] + 1 == dw {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                between[w] += delta[w];
            }
        }
        for &v in order.iter() {
            let v = v as usize;
            dist[v] = UNSEEN;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
        stats
    }
}

/// The searches from `sources`, in blocks. Betweenness sums the dependencies of the given
/// sources only (every node, for exact values); the per-node values (closeness, harmonic,
/// eccentricity, reach, distance sum) are filled for the sources and left at 0 for other
/// nodes. A sampled estimator can call this with a subset and rescale.
pub(crate) fn all_pairs(adjacency: &Adjacency, sources: &[u32]) -> PathMetrics {
    let n = adjacency.node_count();
    let blocks = BLOCKS.min(sources.len());
    let results: Vec<(Vec<f64>, Vec<SourceStats>)> = (0..blocks)
        .into_par_iter()
        .map(|b| {
            let range = block_range(sources.len(), blocks, b);
            let mut workspace = Workspace::new(n);
            let mut between = vec![0.0; n];
            let stats = sources[range]
                .iter()
                .map(|&s| workspace.search(adjacency, s, &mut between))
                .collect();
            (between, stats)
        })
        .collect();

    let mut out = PathMetrics {
        betweenness: vec![0.0; n],
        closeness: vec![0.0; n],
        harmonic: vec![0.0; n],
        eccentricity: vec![0; n],
        reach: vec![0; n],
        distance_sum: vec![0; n],
    };
    // Block order, then node order: the same additions whatever ran where.
    for (b, (between, stats)) in results.iter().enumerate() {
        for (total, x) in out.betweenness.iter_mut().zip(between) {
            *total += x;
        }
        let range = block_range(sources.len(), blocks, b);
        for (&s, st) in sources[range].iter().zip(stats) {
            let s = s as usize;
            out.reach[s] = st.reach;
            out.eccentricity[s] = st.eccentricity;
            out.distance_sum[s] = st.distance_sum;
            out.closeness[s] = closeness(st.reach, st.distance_sum, n);
            out.harmonic[s] = if n > 1 {
                st.harmonic_sum / (n - 1) as f64
            } else {
                0.0
            };
        }
    }
    if n > 2 {
        // NetworkX: each unordered pair was counted from both ends; normalised by
        // 1/((n-1)(n-2)) that gives the share of the (n-1)(n-2)/2 pairs.
        let scale = 1.0 / ((n as u64 - 1) * (n as u64 - 2)) as f64;
        for b in &mut out.betweenness {
            *b *= scale;
        }
    }
    out
}

/// Sources `start..end` of block `b` of `blocks`: contiguous, sizes differing by one.
fn block_range(len: usize, blocks: usize, b: usize) -> std::ops::Range<usize> {
    (b * len / blocks)..((b + 1) * len / blocks)
}

/// Wasserman–Faust closeness, in NetworkX's order of operations.
fn closeness(reach: u32, distance_sum: u64, n: usize) -> f64 {
    if distance_sum == 0 || n <= 1 {
        return 0.0;
    }
    let others = f64::from(reach - 1);
    let mut c = others / distance_sum as f64;
    c *= others / (n - 1) as f64;
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::testing::{close, graph, two_triangles};

    fn paths(n: usize, edges: &[(u32, u32)]) -> PathMetrics {
        all_pairs(
            &Adjacency::from_edges(n, edges),
            &(0..n as u32).collect::<Vec<_>>(),
        )
    }

    #[test]
    fn path_of_four() {
        // 0 - 1 - 2 - 3
        let p = paths(4, &[(0, 1), (1, 2), (2, 3)]);
        // Node 1 lies on 0-2 and 0-3: 2 of the 3 pairs of other nodes.
        assert_eq!(p.betweenness, [0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0]);
        // Node 0: distances 1, 2, 3.
        assert_eq!(p.closeness[0], 3.0 / 6.0);
        assert_eq!(p.closeness[1], 3.0 / 4.0);
        assert_eq!(p.harmonic[0], (1.0 + 0.5 + 1.0 / 3.0) / 3.0);
        assert_eq!(p.eccentricity, [3, 2, 2, 3]);
        assert_eq!(p.distance_sum, [6, 4, 4, 6]);
        assert_eq!(p.reach, [4; 4]);
    }

    #[test]
    fn star_centre_is_on_every_path() {
        let p = paths(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        assert_eq!(p.betweenness, [1.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(p.closeness[0], 1.0);
        assert_eq!(p.closeness[1], 4.0 / 7.0);
        assert_eq!(p.harmonic[1], (1.0 + 3.0 * 0.5) / 4.0);
    }

    #[test]
    fn two_triangles_joined_by_a_bridge() {
        // 0-1-2 triangle, 3-4-5 triangle, bridge 2-3.
        let (n, edges) = two_triangles();
        let p = paths(n, &edges);
        // Node 2 lies on every path from {0, 1} to {3, 4, 5}: 6 of the 10 pairs of
        // other nodes.
        close(p.betweenness[2], 0.6);
        assert_eq!(p.betweenness[0], 0.0);
        assert_eq!(p.eccentricity, [3, 3, 2, 2, 3, 3]);
    }

    #[test]
    fn isolate_and_disconnected_parts() {
        // 0 - 1, 2 alone, 3 - 4 - 5
        let p = paths(6, &[(0, 1), (3, 4), (4, 5)]);
        assert_eq!(p.closeness[2], 0.0);
        assert_eq!(p.harmonic[2], 0.0);
        assert_eq!((p.reach[2], p.eccentricity[2]), (1, 0));
        // Wasserman–Faust: 1 other reached at distance 1, scaled by 1/5.
        assert_eq!(p.closeness[0], 1.0 * (1.0 / 5.0));
        assert_eq!(p.closeness[4], 1.0 * (2.0 / 5.0));
        // Node 4 lies on the path 3-5, one of the 10 pairs of other nodes.
        close(p.betweenness[4], 0.1);
    }

    #[test]
    fn small_and_empty_graphs() {
        assert_eq!(paths(0, &[]), PathMetrics::default());
        let p = paths(1, &[]);
        assert_eq!((p.closeness[0], p.harmonic[0]), (0.0, 0.0));
        let p = paths(2, &[(0, 1)]);
        assert_eq!(p.betweenness, [0.0, 0.0]);
        assert_eq!(p.closeness, [1.0, 1.0]);
    }

    #[test]
    fn counts_every_shortest_path() {
        // A square 0-1-3-2-0: two shortest paths between 0 and 3.
        let p = paths(4, &[(0, 1), (1, 3), (0, 2), (2, 3)]);
        // Node 1 carries half of the 0-3 paths: 0.5 of 3 pairs.
        assert_eq!(p.betweenness[1], 0.5 / 3.0);
        let g = graph(4, &[(0, 1), (1, 3), (0, 2), (2, 3)]);
        assert_eq!(all_pairs(&g, &[0, 1, 2, 3]), p);
    }

    #[test]
    fn a_long_path_does_not_overflow_anything() {
        let n = 3000u32;
        let edges: Vec<(u32, u32)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        let p = paths(n as usize, &edges);
        assert_eq!(p.eccentricity[0], n - 1);
        assert_eq!(p.distance_sum[0], u64::from(n - 1) * u64::from(n) / 2);
        // The middle node lies on about half of all pairs' paths.
        assert!(p.betweenness[(n / 2) as usize] > 0.49);
    }
}
