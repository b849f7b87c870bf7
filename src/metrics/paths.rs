//! Shortest-path metrics: betweenness, closeness, harmonic centrality, eccentricity and
//! distance sums, all from one breadth-first search per source; exact, or estimated from
//! a seeded sample of sources on large networks.
//!
//! # The kernel
//!
//! The searches run 64 sources at a time (a batch) over the compact adjacency. Each node
//! keeps, for the batch's sources side by side, its distance, path count and dependency,
//! and which sources have reached it as a 64-bit mask; each level of the searches is the
//! list of nodes some source reaches at that distance, with the mask of those sources. One
//! visit of a tie then serves every search of the batch that crosses it between two
//! levels, found with a few mask operations, and the per-source arithmetic is left for the
//! ties of each search's shortest-path DAG. Levels are processed in order, each level's
//! nodes in increasing index order, so each source's values are added up in one fixed
//! order whatever batch it is in. A batch whose searches go deeper than 254 levels (a
//! long chain) is searched again one source at a time, in the same order.
//!
//! Brandes' dependencies are kept factored: `acc(v) = Σ (1 + δ(w)) / σ(w)` over the
//! successors `w`, and `δ(v) = σ(v)·acc(v)`, which adds one number per DAG tie instead of
//! two (the same value as `Σ σ(v)/σ(w)·(1 + δ(w))` to rounding).
//!
//! # Same bits for any number of threads
//!
//! The searches run in parallel (rayon), yet the result has the same bits whatever the
//! number of threads: the sources are cut into a fixed number of contiguous blocks that
//! does not depend on the thread count, each block adds its sources' contributions in
//! source order into its own vectors, and the block vectors are then added in block order.
//!
//! # Sampling
//!
//! [`path_metrics_sampled`] searches from `K` sources drawn with a seed, and estimates
//! the rest; see its documentation for the estimators and their error.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::structure;
use crate::network::{Adjacency, Network};
use crate::progress::Progress;
use crate::random::SplitMix64;

/// Number of blocks the sources are cut into (fewer when there are fewer batches of
/// sources). Fixed, so that the order of floating-point additions never depends on the
/// thread count.
const BLOCKS: usize = 64;

/// Sources searched together, side by side in each node's arrays.
const LANES: usize = 64;

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
    /// Greatest distance to a node the node reaches (0 for an isolate). When sampled, for
    /// a node that was not a source: its greatest distance to a source, a lower bound.
    pub eccentricity: Vec<u32>,
    /// Number of nodes the node reaches, itself included (the size of its component).
    /// Always exact.
    pub reach: Vec<u32>,
    /// Sum of the distances to the nodes the node reaches. When sampled, for a node that
    /// was not a source: the estimate, rounded to the nearest whole number.
    pub distance_sum: Vec<u64>,
    /// How the values were estimated, when they were ([`path_metrics_sampled`]); `None`
    /// when every node was a source and every value is exact.
    pub sample: Option<PathSample>,
}

/// How sampled path metrics were found: which sources, and how far each betweenness
/// estimate may be off.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PathSample {
    /// Number of sources drawn, `K`.
    pub drawn: usize,
    /// The seed they were drawn with.
    pub seed: u64,
    /// Every node searched from, in increasing order: the `K` drawn, and every node of the
    /// components where none was drawn (whose values are then exact).
    pub sources: Vec<u32>,
    /// Estimated standard error of each node's betweenness (0 where it is exact): the
    /// spread of its per-source dependencies over √K, with the finite-population
    /// correction.
    pub betweenness_error: Vec<f64>,
    /// Whether each node's betweenness, closeness and harmonic centrality are estimates:
    /// true in the components where sources were drawn, false in those searched whole.
    pub estimated: Vec<bool>,
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
/// search stays in its component), O(n + m) memory per running batch of searches plus one
/// vector of n floats per block of sources (at most 64).
///
/// # Example
/// ```
/// use actormap::{Network, View};
/// use actormap::metrics::path_metrics;
///
/// // A path a — b — c: b lies on the only path between a and c.
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
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
    exact(network.adjacency(), None)
}

/// The path metrics of [`path_metrics`], estimated from `k` sources drawn at random with
/// `seed` (the same seed, the same sources, the same values); exact when `k` is at least
/// the number of nodes.
///
/// The estimates are stratified by connected component. In a component of `c` nodes
/// where `k_c` sources fell:
/// - **betweenness**: Brandes and Pich's source sampling (NetworkX's
///   `betweenness_centrality(k=…)`) with Geisberger, Sanders and Schultes' linear
///   scaling: a source credits a node on a shortest path to a target with the node's
///   distance from the source over the target's, so that the two ends of a pair share its
///   credit, and the sum over the `k_c` sources, times `2·c/k_c`, estimates the exact sum.
///   Unbiased; the scaling removes most of the error plain sampling makes on the nodes
///   next to a source. The standard error of each node's estimate, from the spread of
///   its per-source values, is in [`PathSample::betweenness_error`]; it understates the
///   error of nodes whose betweenness comes from a few sources (see below);
/// - **closeness**: from the node's mean distance to the sources of its component
///   (Eppstein and Wang's estimator; distances are symmetric, so the sources' searches
///   give it): with `k_c ≥ α·ln(n)/ε²` sources the mean distance is within `ε` times the
///   diameter of the truth with high probability, an error of about `√(ln n / k)`
///   diameters at worst (0.21 for n = 100,000 and k = 256); the inverse of a mean, it
///   leans high when a component has very few sources;
/// - **harmonic**: the mean of 1/distance to the sources, scaled the same way; unbiased,
///   and each term lies in [0, 1], so Hoeffding's bound gives an error under
///   `√(ln(2/δ) / (2·k_c))` with probability 1 − δ;
/// - the sources' own closeness, harmonic, eccentricity and distance sums are exact; for
///   other nodes eccentricity is a lower bound (the farthest source), and so is the
///   diameter taken from it;
/// - in a component where no source fell, every node is searched from, so its values are
///   exact (such components are small: a component of `c` nodes is missed with
///   probability about `(1 − k/n)^c`).
///
/// Measured with k = 256 on generated maps (territory and scale-free, three seeds each,
/// against the exact values; `benches/sampling/accuracy.rs`): closeness within 0.6 %
/// (median) and 4.5 % (largest), harmonic within 0.9 % and 7.5 %, at 20,000 and at
/// 100,000 actors alike; the betweenness of the top 1 % of actors within 13–18 %
/// (median) at 20,000 actors and 20–25 % at 100,000, where it only ranks the brokers of
/// a map that has clear ones. The actual betweenness errors are 1.3 to 2.6 times the
/// stated standard errors: read those as a floor.
///
/// # Complexity
/// O(s·m) time with s the number of nodes searched from (`k` plus the nodes of the
/// components no source fell in), memory as [`path_metrics`] plus four more vectors of
/// n numbers per block of sources.
///
/// # Example
/// ```
/// use actormap::{generate::GenerateOptions, Network, View};
/// use actormap::metrics::{path_metrics, path_metrics_sampled};
///
/// let map = actormap::generate::generate(&GenerateOptions::default().with_actors(2000));
/// let net = Network::new(&map, &View::default())?;
/// let sampled = path_metrics_sampled(&net, 400, 1);
/// let sample = sampled.sample.as_ref().unwrap();
/// assert_eq!((sample.drawn, sample.seed), (400, 1));
/// // Close to the exact values, found from 2,000 searches instead of 400.
/// let exact = path_metrics(&net);
/// let (x, y) = (sampled.closeness[7], exact.closeness[7]);
/// assert!((x - y).abs() < 0.05 * y);
/// let top = (0..2000).max_by(|&a, &b| exact.betweenness[a].total_cmp(&exact.betweenness[b]));
/// let v = top.unwrap();
/// assert!((sampled.betweenness[v] - exact.betweenness[v]).abs() < 4.0 * sample.betweenness_error[v]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn path_metrics_sampled(network: &Network, k: usize, seed: u64) -> PathMetrics {
    sampled(network.adjacency(), k, seed, None)
}

/// Exact path metrics: every node is a source.
pub(crate) fn exact(adjacency: &Adjacency, progress: Option<&Progress>) -> PathMetrics {
    let n = adjacency.node_count();
    let sources: Vec<u32> = (0..n as u32).collect();
    let sums = search_all(adjacency, &sources, false, progress);
    let mut out = PathMetrics {
        betweenness: sums.between,
        closeness: vec![0.0; n],
        harmonic: vec![0.0; n],
        eccentricity: vec![0; n],
        reach: vec![0; n],
        distance_sum: vec![0; n],
        sample: None,
    };
    for (&s, st) in sources.iter().zip(&sums.stats) {
        out.set_source(s as usize, st, n);
    }
    normalise(&mut out.betweenness, n);
    out
}

/// Path metrics from `k` sources drawn with `seed` (see [`path_metrics_sampled`]).
pub(crate) fn sampled(
    adjacency: &Adjacency,
    k: usize,
    seed: u64,
    progress: Option<&Progress>,
) -> PathMetrics {
    let n = adjacency.node_count();
    if k >= n {
        return exact(adjacency, progress);
    }
    // A partial Fisher–Yates shuffle: the first k of a seeded permutation.
    let mut rng = SplitMix64::new(seed);
    let mut order: Vec<u32> = (0..n as u32).collect();
    for i in 0..k {
        let j = i + rng.below(n - i);
        order.swap(i, j);
    }
    let mut is_source = vec![false; n];
    for &s in &order[..k] {
        is_source[s as usize] = true;
    }
    // Sources per component; components without one are searched whole.
    let components = structure::component_labels(adjacency);
    let mut drawn_in = vec![0usize; components.sizes.len()];
    for &s in &order[..k] {
        drawn_in[components.of[s as usize]] += 1;
    }
    for v in 0..n {
        if drawn_in[components.of[v]] == 0 {
            is_source[v] = true;
        }
    }
    let sources: Vec<u32> = (0..n as u32).filter(|&v| is_source[v as usize]).collect();
    let searched_in: Vec<usize> = components
        .sizes
        .iter()
        .zip(&drawn_in)
        .map(|(&size, &k)| if k == 0 { size } else { k })
        .collect();

    let sampled = |v: usize| {
        let c = components.of[v];
        searched_in[c] < components.sizes[c]
    };
    // The drawn sources, with linear scaling (see below); the components searched whole,
    // as an exact search does.
    let (drawn, whole): (Vec<u32>, Vec<u32>) = sources.iter().partition(|&&v| sampled(v as usize));
    let sums = search_all(adjacency, &drawn, true, progress);
    let exact_sums = search_all(adjacency, &whole, false, None);
    let mut stats = vec![SourceStats::default(); n];
    for (&s, st) in (drawn.iter().zip(&sums.stats)).chain(whole.iter().zip(&exact_sums.stats)) {
        stats[s as usize] = *st;
    }
    let between = (0..n)
        .map(|v| {
            if sampled(v) {
                sums.between[v]
            } else {
                exact_sums.between[v]
            }
        })
        .collect();
    let extra = sums.sampled.expect("sums for estimates");
    let mut out = PathMetrics {
        betweenness: between,
        closeness: vec![0.0; n],
        harmonic: vec![0.0; n],
        eccentricity: extra.farthest,
        reach: vec![0; n],
        distance_sum: vec![0; n],
        sample: None,
    };
    let mut error = vec![0.0; n];
    let mut estimated = vec![false; n];
    let normal = if n > 2 {
        1.0 / ((n as u64 - 1) * (n as u64 - 2)) as f64
    } else {
        1.0
    };
    for v in 0..n {
        let c = components.of[v];
        let (size, k_c) = (components.sizes[c], searched_in[c]);
        out.reach[v] = size as u32;
        if k_c == size {
            continue; // exact
        }
        estimated[v] = true;
        // Betweenness: with linear scaling, each pair is credited from both its ends in
        // shares that add up to one, so the sum over all sources counts each pair once:
        // 2·c/k_c times the sum over the component's k_c sources estimates the exact
        // (both-ways) sum. Its standard error is that of a mean of k_c per-source values.
        let scale = 2.0 * size as f64 / k_c as f64;
        let (sum, squares) = (out.betweenness[v], extra.between_squares[v]);
        out.betweenness[v] = sum * scale;
        if k_c > 1 {
            let mean = sum / k_c as f64;
            let variance = ((squares - sum * mean) / (k_c - 1) as f64).max(0.0);
            let correction = 1.0 - k_c as f64 / size as f64;
            error[v] = 2.0 * size as f64 * normal * (variance / k_c as f64 * correction).sqrt();
        } else {
            // One source: no spread to measure; the estimate can be off by all of it.
            error[v] = out.betweenness[v] * normal;
        }
        if !is_source[v] && size > 1 {
            // Closeness and harmonic: the mean over the component's sources, scaled to
            // the component's other nodes.
            let others = (size - 1) as f64;
            let mean_distance = extra.distances[v] as f64 / k_c as f64;
            let sum = others * mean_distance;
            out.distance_sum[v] = sum.round() as u64;
            out.closeness[v] = closeness_of(others, sum, n);
            if n > 1 {
                out.harmonic[v] = others * (extra.inverse[v] / k_c as f64) / (n - 1) as f64;
            }
        }
    }
    for &s in &sources {
        out.set_source(s as usize, &stats[s as usize], n);
    }
    normalise(&mut out.betweenness, n);
    out.sample = Some(PathSample {
        drawn: k,
        seed,
        sources,
        betweenness_error: error,
        estimated,
    });
    out
}

impl PathMetrics {
    /// Fill a source's own values from its search.
    fn set_source(&mut self, s: usize, st: &SourceStats, n: usize) {
        self.reach[s] = st.reach;
        self.eccentricity[s] = st.eccentricity;
        self.distance_sum[s] = st.distance_sum;
        self.closeness[s] = closeness(st.reach, st.distance_sum, n);
        self.harmonic[s] = if n > 1 {
            st.harmonic_sum / (n - 1) as f64
        } else {
            0.0
        };
    }
}

/// NetworkX's normalisation: each unordered pair was counted from both ends; divided by
/// (n-1)(n-2) that gives the share of the (n-1)(n-2)/2 pairs.
fn normalise(betweenness: &mut [f64], n: usize) {
    if n > 2 {
        let scale = 1.0 / ((n as u64 - 1) * (n as u64 - 2)) as f64;
        for b in betweenness {
            *b *= scale;
        }
    }
}

/// Per-source results of one search.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct SourceStats {
    reach: u32,
    eccentricity: u32,
    distance_sum: u64,
    harmonic_sum: f64,
}

/// What the searches from a list of sources add up to.
struct Sums {
    /// Sum over the sources of each node's dependency (not normalised).
    between: Vec<f64>,
    /// Each source's own figures, in source order.
    stats: Vec<SourceStats>,
    /// What the estimators need, when asked for.
    sampled: Option<SampleSums>,
}

/// Per-node sums over the sources, for the estimators.
#[derive(Clone, Debug)]
struct SampleSums {
    /// Sum of the squared dependencies.
    between_squares: Vec<f64>,
    /// Sum of the distances from the sources that reach the node.
    distances: Vec<u64>,
    /// Sum of 1/distance over the sources that reach the node (other than itself).
    inverse: Vec<f64>,
    /// Greatest distance from a source.
    farthest: Vec<u32>,
}

impl SampleSums {
    fn new(n: usize) -> Self {
        SampleSums {
            between_squares: vec![0.0; n],
            distances: vec![0; n],
            inverse: vec![0.0; n],
            farthest: vec![0; n],
        }
    }

    /// Count one source's search reaching node `w` at `distance` with `dependency`.
    #[inline]
    fn add(&mut self, w: usize, dependency: f64, distance: u32) {
        self.between_squares[w] += dependency * dependency;
        self.distances[w] += u64::from(distance);
        self.inverse[w] += 1.0 / f64::from(distance);
        self.farthest[w] = self.farthest[w].max(distance);
    }

    /// Add another block's sums (after this one's, in block order).
    fn merge(&mut self, other: &SampleSums) {
        for (a, b) in self.between_squares.iter_mut().zip(&other.between_squares) {
            *a += b;
        }
        for (a, b) in self.distances.iter_mut().zip(&other.distances) {
            *a += b;
        }
        for (a, b) in self.inverse.iter_mut().zip(&other.inverse) {
            *a += b;
        }
        for (a, b) in self.farthest.iter_mut().zip(&other.farthest) {
            *a = (*a).max(*b);
        }
    }
}

/// The searches from `sources`, in blocks of batches. The betweenness sums the
/// dependencies of the given sources only; each source's own figures are in `stats`.
fn search_all(
    adjacency: &Adjacency,
    sources: &[u32],
    estimates: bool,
    progress: Option<&Progress>,
) -> Sums {
    // Batched searches take about a kilobyte per node and thread: when not even one
    // thread's batches fit in [`SEARCH_MAX_BYTES`], searches go one source at a time
    // (tens of bytes per node, within [`SINGLE_MAX_BYTES`]), with the same results to the
    // bit; and no more threads search at once than that memory holds, whatever the
    // machine's count.
    let n = adjacency.node_count();
    let threads = rayon::current_num_threads().max(1);
    let sums = n.saturating_mul(
        std::mem::size_of::<f64>() + if estimates { SAMPLE_BYTES_PER_NODE } else { 0 },
    );
    let batched_each = n
        .saturating_mul(BATCHED_BYTES_PER_NODE)
        .saturating_add(sums);
    let batched = batched_each <= SEARCH_MAX_BYTES;
    let each = if batched {
        batched_each
    } else {
        n.saturating_mul(SINGLE_BYTES_PER_NODE).saturating_add(sums)
    };
    let budget = if batched {
        SEARCH_MAX_BYTES
    } else {
        SINGLE_MAX_BYTES
    };
    let parallel = (budget / each.max(1)).clamp(1, threads);
    search_all_in(adjacency, sources, estimates, progress, batched, parallel)
}

/// [`search_all`], batched or one source at a time.
fn search_all_in(
    adjacency: &Adjacency,
    sources: &[u32],
    estimates: bool,
    progress: Option<&Progress>,
    batched: bool,
    parallel: usize,
) -> Sums {
    let n = adjacency.node_count();
    let batches = sources.len().div_ceil(LANES);
    let blocks = BLOCKS.min(batches);
    let done = AtomicUsize::new(0);
    // Blocks searched at once, each with its workspace and its sums.
    let threads = parallel.max(1);
    // One workspace per thread, made when the thread first needs it.
    let workspaces: Vec<Mutex<Option<Workspace>>> =
        (0..threads).map(|_| Mutex::new(None)).collect();
    let run_block = |b: usize| {
        let slot = rayon::current_thread_index().unwrap_or(0) % workspaces.len();
        let mut guard = workspaces[slot]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let workspace = guard.get_or_insert_with(|| Workspace::new(n, batched));
        let range = block_range(batches, blocks, b);
        let block = &sources
            [(range.start * LANES).min(sources.len())..(range.end * LANES).min(sources.len())];
        let mut between = vec![0.0; n];
        let mut extra = estimates.then(|| SampleSums::new(n));
        let mut stats = Vec::with_capacity(block.len());
        for batch in block.chunks(LANES) {
            workspace.search(adjacency, batch, &mut between, extra.as_mut(), &mut stats);
            if let Some(p) = progress {
                let now = done.fetch_add(batch.len(), Ordering::Relaxed) + batch.len();
                p.report(now, sources.len());
            }
        }
        (between, stats, extra)
    };

    // Block order, then node order: the same additions whatever ran where. The blocks
    // run as many at a time as there are threads, so that only that many blocks' sums
    // are held at once.
    let mut between = vec![0.0; n];
    let mut stats = Vec::with_capacity(sources.len());
    let mut sampled = estimates.then(|| SampleSums::new(n));
    for wave in (0..blocks).collect::<Vec<_>>().chunks(threads) {
        let results: Vec<(Vec<f64>, Vec<SourceStats>, Option<SampleSums>)> =
            wave.par_iter().map(|&b| run_block(b)).collect();
        for (block_between, block_stats, block_extra) in results {
            for (total, x) in between.iter_mut().zip(&block_between) {
                *total += x;
            }
            stats.extend(block_stats);
            if let (Some(total), Some(extra)) = (sampled.as_mut(), block_extra.as_ref()) {
                total.merge(extra);
            }
        }
    }
    Sums {
        between,
        stats,
        sampled,
    }
}

/// Distance marking a node a lane's search has not reached. Batched searches stop at
/// level [`DEEPEST`]; deeper graphs (long chains) are searched one source at a time.
const UNSEEN8: u8 = u8::MAX;

/// Deepest level a batch of searches can hold in its one-byte distances.
const DEEPEST: u8 = u8::MAX - 1;

/// One node's values for every lane of a batch, on cache lines of their own.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Lanes([f64; LANES]);

/// The lanes of a batch as bits: lane `l` is bit `l`.
type Mask = u64;

/// Which lanes of a batch have reached a node.
#[derive(Clone, Copy, Default)]
struct NodeState {
    /// Lanes that have reached the node.
    seen: Mask,
    /// Lanes that reached it at the level being discovered, when `mark` says it is that
    /// level.
    next: Mask,
    /// One more than the last level the node was put in (0: not reached in this batch).
    mark: u32,
}

/// Work arrays of the searches, reused from batch to batch: for each node, the value for
/// each lane (source) of the batch side by side.
struct Workspace {
    state: Vec<NodeState>,
    dist: Vec<[u8; LANES]>,
    /// Path counts.
    sigma: Vec<Lanes>,
    /// Σ (1 + δ(w)) / σ(w) over the successors w: the node's dependency over its own path
    /// count, δ(v) = σ(v) · acc(v).
    acc: Vec<Lanes>,
    /// During the backward pass: the lanes in which a node is at the level below.
    below: Vec<Mask>,
    /// The nodes of each level, levels in order, each level sorted.
    frontier: Vec<u32>,
    /// The lanes in which each node of `frontier` is at that level.
    masks: Vec<Mask>,
    /// Where each level starts in `frontier` (and where the last ends).
    bounds: Vec<usize>,
    /// Every node reached by at least one lane, once.
    touched: Vec<u32>,
    /// Number of nodes at each level, for each lane.
    counts: Vec<[u32; LANES]>,
    /// Arrays for one search at a time, when a batch goes deeper than [`DEEPEST`].
    single: Option<Single>,
}

/// Bytes a batched [`Workspace`] takes per node.
const BATCHED_BYTES_PER_NODE: usize = std::mem::size_of::<NodeState>()
    + std::mem::size_of::<[u8; LANES]>()
    + 2 * std::mem::size_of::<Lanes>()
    + std::mem::size_of::<Mask>();

/// Bytes a one-source-at-a-time [`Single`] takes per node.
const SINGLE_BYTES_PER_NODE: usize = std::mem::size_of::<u32>() + 2 * std::mem::size_of::<f64>();

/// Bytes the sums of a block's estimates ([`SampleSums`]) take per node.
const SAMPLE_BYTES_PER_NODE: usize = 3 * std::mem::size_of::<f64>() + std::mem::size_of::<u32>();

/// Memory the batched searches running at once may take, workspaces and sums: 64 MiB,
/// which a map of very short records is allowed beside its own memory. Two threads
/// search batched up to about 29,000 nodes and one up to about 59,000; larger graphs
/// search one source at a time.
const SEARCH_MAX_BYTES: usize = 64 << 20;

/// Memory the searches one source at a time running at once may take: 256 MiB, tens of
/// bytes per node and thread, so that a million nodes are searched by up to four threads
/// at once.
const SINGLE_MAX_BYTES: usize = 256 << 20;

impl Workspace {
    /// Work arrays for `n` nodes: for batched searches, or (when `batched` is false)
    /// for one search at a time only.
    fn new(n: usize, batched: bool) -> Self {
        let m = if batched { n } else { 0 };
        Workspace {
            state: vec![NodeState::default(); m],
            dist: vec![[UNSEEN8; LANES]; m],
            sigma: vec![Lanes([0.0; LANES]); m],
            acc: vec![Lanes([0.0; LANES]); m],
            below: vec![0; m],
            frontier: Vec::new(),
            masks: Vec::new(),
            bounds: Vec::new(),
            touched: Vec::new(),
            counts: Vec::new(),
            single: (!batched).then(|| Single::new(n)),
        }
    }

    /// The searches from up to [`LANES`] sources: adds their dependencies to `between`
    /// (for each node, in source order), their sums to `extra`, and their own figures to
    /// `stats`; leaves the arrays clean for the next batch.
    fn search(
        &mut self,
        adjacency: &Adjacency,
        batch: &[u32],
        between: &mut [f64],
        mut extra: Option<&mut SampleSums>,
        stats: &mut Vec<SourceStats>,
    ) {
        let batched = self.state.len() == adjacency.node_count();
        if !batched || !self.search_batch(adjacency, batch, between, extra.as_deref_mut(), stats) {
            let n = adjacency.node_count();
            let single = self.single.get_or_insert_with(|| Single::new(n));
            for &s in batch {
                single.search(adjacency, s, between, extra.as_deref_mut(), stats);
            }
        }
    }

    /// The batched searches; false (and nothing added) when they go deeper than
    /// [`DEEPEST`] levels.
    fn search_batch(
        &mut self,
        adjacency: &Adjacency,
        batch: &[u32],
        between: &mut [f64],
        extra: Option<&mut SampleSums>,
        stats: &mut Vec<SourceStats>,
    ) -> bool {
        debug_assert!(!batch.is_empty() && batch.len() <= LANES);
        let Workspace {
            state,
            dist,
            sigma,
            acc,
            below,
            frontier,
            masks,
            bounds,
            touched,
            counts,
            single: _,
        } = self;
        frontier.clear();
        masks.clear();
        bounds.clear();
        touched.clear();
        counts.clear();

        // Level 0: the sources, one per lane.
        let mut zero = [0u32; LANES];
        for (lane, &s) in batch.iter().enumerate() {
            let s = s as usize;
            dist[s][lane] = 0;
            sigma[s].0[lane] = 1.0;
            state[s].seen |= 1 << lane;
            if state[s].mark == 0 {
                state[s].mark = 1;
                frontier.push(s as u32);
                touched.push(s as u32);
            }
            state[s].next |= 1 << lane;
            zero[lane] = 1;
        }
        frontier.sort_unstable();
        masks.extend(frontier.iter().map(|&s| state[s as usize].next));
        bounds.extend([0, frontier.len()]);
        counts.push(zero);

        // Forward: distances and path counts, level by level. A tie v–w carries v's
        // paths to w in the lanes where v is at this level and w at the next.
        let mut d = 0u8;
        loop {
            let (start, end) = (bounds[d as usize], bounds[d as usize + 1]);
            if d == DEEPEST {
                for &w in touched.iter() {
                    let w = w as usize;
                    state[w] = NodeState::default();
                    dist[w] = [UNSEEN8; LANES];
                    sigma[w] = Lanes([0.0; LANES]);
                }
                return false;
            }
            let next = d + 1;
            let mark = u32::from(next) + 1;
            for i in start..end {
                let v = frontier[i] as usize;
                let active = masks[i];
                for &w in adjacency.neighbors(v) {
                    let w = w as usize;
                    let st = &mut state[w];
                    let found = active & !st.seen;
                    let mut carry = if st.mark == mark { active & st.next } else { 0 };
                    if found != 0 {
                        st.seen |= found;
                        if st.mark == mark {
                            st.next |= found;
                        } else {
                            if st.mark == 0 {
                                touched.push(w as u32);
                            }
                            st.mark = mark;
                            st.next = found;
                            frontier.push(w as u32);
                        }
                        carry |= found;
                        let dw = &mut dist[w];
                        let mut bits = found;
                        while bits != 0 {
                            dw[bits.trailing_zeros() as usize] = next;
                            bits &= bits - 1;
                        }
                    }
                    while carry != 0 {
                        let l = carry.trailing_zeros() as usize;
                        let paths = sigma[v].0[l];
                        sigma[w].0[l] += paths;
                        carry &= carry - 1;
                    }
                }
            }
            if frontier.len() == end {
                break;
            }
            frontier[end..].sort_unstable();
            bounds.push(frontier.len());
            let mut count = [0u32; LANES];
            for &w in &frontier[end..] {
                let mut bits = state[w as usize].next;
                masks.push(bits);
                while bits != 0 {
                    count[bits.trailing_zeros() as usize] += 1;
                    bits &= bits - 1;
                }
            }
            counts.push(count);
            d = next;
        }

        // Backward: Brandes' dependencies flow back from the farthest level, through the
        // ties from a node at level d to a node at level d − 1 in the same lane. Each
        // level's share of the credit: 1, or d/(d + 1) with linear scaling.
        let linear = extra.is_some();
        let mut share = [1.0; DEEPEST as usize + 2];
        if linear {
            for (level, x) in share.iter_mut().enumerate() {
                *x = linear_share(level as u32, true);
            }
        }
        for d in (1..=d as usize).rev() {
            for i in bounds[d - 1]..bounds[d] {
                below[frontier[i] as usize] = masks[i];
            }
            for i in bounds[d]..bounds[d + 1] {
                let w = frontier[i] as usize;
                let here = masks[i];
                let mut coefficient = [0.0; LANES];
                let mut bits = here;
                while bits != 0 {
                    let l = bits.trailing_zeros() as usize;
                    let paths = sigma[w].0[l];
                    coefficient[l] = (1.0 + paths * acc[w].0[l] * share[d]) / paths;
                    bits &= bits - 1;
                }
                for &v in adjacency.neighbors(w) {
                    let v = v as usize;
                    let mut back = here & below[v];
                    while back != 0 {
                        let l = back.trailing_zeros() as usize;
                        acc[v].0[l] += coefficient[l];
                        back &= back - 1;
                    }
                }
            }
            for i in bounds[d - 1]..bounds[d] {
                below[frontier[i] as usize] = 0;
            }
        }

        // Each lane's own figures: nodes per level, nearest first.
        for lane in 0..batch.len() {
            let mut st = SourceStats::default();
            for (level, count) in counts.iter().enumerate() {
                let c = count[lane];
                st.reach += c;
                if c > 0 {
                    st.eccentricity = level as u32;
                }
                st.distance_sum += u64::from(c) * level as u64;
                if level > 0 {
                    st.harmonic_sum += f64::from(c) / level as f64;
                }
            }
            stats.push(st);
        }

        // Add the dependencies (lanes in source order), then clean up.
        let mut extra = extra;
        for &w in touched.iter() {
            let w = w as usize;
            let mut bits = state[w].seen;
            while bits != 0 {
                let l = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let distance = dist[w][l];
                if distance != 0 {
                    let dependency = sigma[w].0[l] * acc[w].0[l] * share[distance as usize];
                    between[w] += dependency;
                    if let Some(sums) = extra.as_deref_mut() {
                        sums.add(w, dependency, u32::from(distance));
                    }
                }
            }
            state[w] = NodeState::default();
            dist[w] = [UNSEEN8; LANES];
            sigma[w] = Lanes([0.0; LANES]);
            acc[w] = Lanes([0.0; LANES]);
        }
        true
    }
}

/// The share of a pair's credit that a node at distance `d` from the source gets from
/// the source's search: all of it, or with linear scaling (for estimates) d/(d + 1) of
/// what its successor at d + 1 passes back, which makes a node's credit for a pair its
/// distance from the source over the pair's distance (Geisberger, Sanders and Schultes,
/// 2008), and the two ends' credits add up to one.
#[inline]
fn linear_share(d: u32, linear: bool) -> f64 {
    if linear {
        f64::from(d) / f64::from(d + 1)
    } else {
        1.0
    }
}

/// Arrays for one search at a time, in the same order of operations as a batch: levels
/// in order, each level's nodes in increasing index order.
struct Single {
    dist: Vec<u32>,
    sigma: Vec<f64>,
    acc: Vec<f64>,
    /// The nodes reached, level by level, each level sorted.
    order: Vec<u32>,
    bounds: Vec<usize>,
}

impl Single {
    fn new(n: usize) -> Self {
        Single {
            dist: vec![UNSEEN; n],
            sigma: vec![0.0; n],
            acc: vec![0.0; n],
            order: Vec::new(),
            bounds: Vec::new(),
        }
    }

    fn search(
        &mut self,
        adjacency: &Adjacency,
        s: u32,
        between: &mut [f64],
        extra: Option<&mut SampleSums>,
        stats: &mut Vec<SourceStats>,
    ) {
        let linear = extra.is_some();
        let Single {
            dist,
            sigma,
            acc,
            order,
            bounds,
        } = self;
        order.clear();
        bounds.clear();
        dist[s as usize] = 0;
        sigma[s as usize] = 1.0;
        order.push(s);
        bounds.extend([0, 1]);
        let mut d = 0u32;
        loop {
            let (start, end) = (bounds[d as usize], bounds[d as usize + 1]);
            let next = d + 1;
            for i in start..end {
                let v = order[i] as usize;
                let paths = sigma[v];
                for &w in adjacency.neighbors(v) {
                    let w = w as usize;
                    if dist[w] == UNSEEN {
                        dist[w] = next;
                        order.push(w as u32);
                    }
                    if dist[w] == next {
                        sigma[w] += paths;
                    }
                }
            }
            if order.len() == end {
                break;
            }
            order[end..].sort_unstable();
            bounds.push(order.len());
            d = next;
        }
        for d in (1..=d).rev() {
            let (start, end) = (bounds[d as usize], bounds[d as usize + 1]);
            for &w in &order[start..end] {
                let w = w as usize;
                let share = linear_share(d, linear);
                let coefficient = (1.0 + sigma[w] * acc[w] * share) / sigma[w];
                for &v in adjacency.neighbors(w) {
                    let v = v as usize;
                    if dist[v] == d - 1 {
                        acc[v] += coefficient;
                    }
                }
            }
        }
        let mut st = SourceStats {
            reach: order.len() as u32,
            ..SourceStats::default()
        };
        for level in 1..bounds.len() - 1 {
            let c = (bounds[level + 1] - bounds[level]) as u32;
            st.eccentricity = level as u32;
            st.distance_sum += u64::from(c) * level as u64;
            st.harmonic_sum += f64::from(c) / level as f64;
        }
        stats.push(st);
        let mut extra = extra;
        for &w in &order[1..] {
            let w = w as usize;
            let dependency = sigma[w] * acc[w] * linear_share(dist[w], linear);
            between[w] += dependency;
            if let Some(sums) = extra.as_deref_mut() {
                sums.add(w, dependency, dist[w]);
            }
        }
        for &w in order.iter() {
            let w = w as usize;
            dist[w] = UNSEEN;
            sigma[w] = 0.0;
            acc[w] = 0.0;
        }
    }
}

/// Items `start..end` of block `b` of `blocks`: contiguous, sizes differing by one.
fn block_range(len: usize, blocks: usize, b: usize) -> std::ops::Range<usize> {
    (b * len / blocks)..((b + 1) * len / blocks)
}

/// Wasserman–Faust closeness, in NetworkX's order of operations.
fn closeness(reach: u32, distance_sum: u64, n: usize) -> f64 {
    if distance_sum == 0 || n <= 1 {
        return 0.0;
    }
    closeness_of(f64::from(reach - 1), distance_sum as f64, n)
}

/// Closeness from the number of other nodes reached and the sum of their distances.
fn closeness_of(others: f64, distance_sum: f64, n: usize) -> f64 {
    let mut c = others / distance_sum;
    c *= others / (n - 1) as f64;
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::testing::{close, graph, two_triangles};

    fn paths(n: usize, edges: &[(u32, u32)]) -> PathMetrics {
        exact(&Adjacency::from_edges(n, edges), None)
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
        assert_eq!(exact(&g, None), p);
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

    /// One plain breadth-first search per source, in the kernel's order (levels in
    /// order, each sorted), with Brandes' accumulation: each source's dependencies as the
    /// kernel computes them (δ(v) = σ(v)·Σ (1 + δ(w))/σ(w), which it must match to the
    /// bit), as Brandes and NetworkX write them (Σ σ(v)/σ(w)·(1 + δ(w)), the same to
    /// rounding), and each source's figures.
    fn one_by_one(adjacency: &Adjacency) -> (Vec<Vec<f64>>, Vec<Vec<f64>>, Vec<SourceStats>) {
        let n = adjacency.node_count();
        let (mut factored, mut classic, mut stats) = (Vec::new(), Vec::new(), Vec::new());
        for s in 0..n {
            let mut dist = vec![UNSEEN; n];
            let mut sigma = vec![0.0; n];
            let mut acc = vec![0.0; n];
            let mut delta = vec![0.0; n];
            dist[s] = 0;
            sigma[s] = 1.0;
            let mut levels: Vec<Vec<usize>> = vec![vec![s]];
            loop {
                let d = levels.len() as u32 - 1;
                let mut next = Vec::new();
                for &v in levels.last().unwrap() {
                    for &w in adjacency.neighbors(v) {
                        let w = w as usize;
                        if dist[w] == UNSEEN {
                            dist[w] = d + 1;
                            next.push(w);
                        }
                        if dist[w] == d + 1 {
                            sigma[w] += sigma[v];
                        }
                    }
                }
                if next.is_empty() {
                    break;
                }
                next.sort_unstable();
                levels.push(next);
            }
            for d in (1..levels.len()).rev() {
                for &w in &levels[d] {
                    let coefficient = (1.0 + sigma[w] * acc[w]) / sigma[w];
                    let classic_coefficient = (1.0 + delta[w]) / sigma[w];
                    for &v in adjacency.neighbors(w) {
                        let v = v as usize;
                        if dist[v] + 1 == d as u32 {
                            acc[v] += coefficient;
                            delta[v] += sigma[v] * classic_coefficient;
                        }
                    }
                }
            }
            let mut st = SourceStats::default();
            for (d, level) in levels.iter().enumerate() {
                st.reach += level.len() as u32;
                st.eccentricity = d as u32;
                st.distance_sum += (d * level.len()) as u64;
                if d > 0 {
                    st.harmonic_sum += level.len() as f64 / d as f64;
                }
            }
            stats.push(st);
            let mut mine = vec![0.0; n];
            for (v, x) in mine.iter_mut().enumerate() {
                if v != s && dist[v] != UNSEEN {
                    *x = sigma[v] * acc[v];
                }
            }
            delta[s] = 0.0;
            factored.push(mine);
            classic.push(delta);
        }
        (factored, classic, stats)
    }

    /// A graph with hubs, long tails, several components and isolates.
    fn mixed_graph() -> Adjacency {
        let mut rng = SplitMix64::new(9);
        let mut edges = std::collections::BTreeSet::new();
        for _ in 0..900 {
            let (a, b) = (rng.below(300) as u32, rng.below(300) as u32);
            let (a, b) = (a.min(rng.below(40) as u32 * 7), b);
            if a != b {
                edges.insert((a.min(b), a.max(b)));
            }
        }
        for i in 300..340 {
            edges.insert((i - 1, i));
        }
        for i in 345..360 {
            edges.insert((i - 1, i));
        }
        let edges: Vec<(u32, u32)> = edges.into_iter().collect();
        graph(370, &edges)
    }

    /// A clique with a chain of 600 hanging on it: deeper than a batch can go.
    fn deep_graph() -> Adjacency {
        let mut edges = Vec::new();
        for a in 0..6 {
            for b in a + 1..6 {
                edges.push((a, b));
            }
        }
        for i in 6..606 {
            edges.push((i - 1, i));
        }
        graph(606, &edges)
    }

    #[test]
    fn batched_searches_match_one_search_at_a_time_to_the_bit() {
        for g in [mixed_graph(), deep_graph()] {
            let n = g.node_count();
            let sources: Vec<u32> = (0..n as u32).collect();
            let sums = search_all(&g, &sources, false, None);
            let (factored, classic, stats) = one_by_one(&g);
            assert_eq!(sums.stats, stats);
            // Sources in order within each block, blocks in order.
            let batches = n.div_ceil(LANES);
            let blocks = BLOCKS.min(batches);
            let mut expected = vec![0.0; n];
            let mut brandes = vec![0.0; n];
            for b in 0..blocks {
                let range = block_range(batches, blocks, b);
                let mut block = vec![0.0; n];
                for dependencies in &factored[range.start * LANES..(range.end * LANES).min(n)] {
                    for (x, y) in block.iter_mut().zip(dependencies) {
                        *x += y;
                    }
                }
                for (x, y) in expected.iter_mut().zip(&block) {
                    *x += y;
                }
            }
            for dependencies in &classic {
                for (x, y) in brandes.iter_mut().zip(dependencies) {
                    *x += y;
                }
            }
            assert_eq!(sums.between, expected);
            // One source at a time, as on graphs too large for batched workspaces.
            let alone = search_all_in(&g, &sources, false, None, false, 2);
            assert_eq!(alone.between, sums.between);
            assert_eq!(alone.stats, sums.stats);
            let alone = search_all_in(&g, &sources, true, None, false, 3);
            let batched = search_all_in(&g, &sources, true, None, true, 1);
            assert_eq!(alone.between, batched.between);
            let (a, b) = (alone.sampled.unwrap(), batched.sampled.unwrap());
            assert_eq!(a.between_squares, b.between_squares);
            assert_eq!(a.distances, b.distances);
            assert_eq!(a.inverse, b.inverse);
            assert_eq!(a.farthest, b.farthest);
            for (a, b) in sums.between.iter().zip(&brandes) {
                assert!((a - b).abs() <= 1e-12 * b.abs().max(1.0), "{a} {b}");
            }
        }
    }

    #[test]
    fn sampling_every_node_is_exact() {
        let g = mixed_graph();
        let exact = exact(&g, None);
        let all = sampled(&g, 370, 5, None);
        assert_eq!(all, exact);
        assert!(all.sample.is_none());
    }

    #[test]
    fn sampled_estimates_are_near_and_deterministic() {
        let g = mixed_graph();
        let exact = exact(&g, None);
        let a = sampled(&g, 100, 5, None);
        assert_eq!(a, sampled(&g, 100, 5, None));
        assert_ne!(a, sampled(&g, 100, 6, None));
        let sample = a.sample.as_ref().unwrap();
        assert_eq!(sample.drawn, 100);
        // Components where no source fell were searched whole: exact there.
        assert!(sample.sources.len() > 100);
        let components = crate::metrics::structure::component_labels(&g);
        let mut searched = vec![0; components.sizes.len()];
        for &s in &sample.sources {
            searched[components.of[s as usize]] += 1;
        }
        let mut whole = 0;
        for v in 0..370 {
            let c = components.of[v];
            if searched[c] == components.sizes[c] {
                whole += 1;
                assert_eq!(a.betweenness[v], exact.betweenness[v]);
                assert_eq!(a.closeness[v], exact.closeness[v]);
                assert_eq!(a.harmonic[v], exact.harmonic[v]);
                assert_eq!(sample.betweenness_error[v], 0.0);
            }
        }
        assert!(whole >= 14, "{whole}");
        assert_eq!(a.reach, exact.reach);
        // The true standard error of each estimate, from every source's dependencies
        // (with linear scaling, as the estimates use them).
        let main: Vec<u32> = (0..370)
            .filter(|&v| components.of[v as usize] == 0)
            .collect();
        let (size, k) = (main.len() as f64, searched[0] as f64);
        let mut sums = vec![0.0; 370];
        let mut squares = vec![0.0; 370];
        for &s in &main {
            let one = search_all(&g, &[s], true, None);
            for v in 0..370 {
                sums[v] += one.between[v];
                squares[v] += one.between[v] * one.between[v];
            }
        }
        let normal = 1.0 / (369.0 * 368.0);
        let mut ratios = Vec::new();
        let mut errors = vec![0.0; 370];
        for v in 0..370 {
            if components.of[v] != 0 {
                continue;
            }
            let mean = sums[v] / size;
            let variance = squares[v] / size - mean * mean;
            let truth = 2.0 * size * normal * (variance / k * (size - k) / (size - 1.0)).sqrt();
            errors[v] = truth;
            let off = (a.betweenness[v] - exact.betweenness[v]).abs();
            assert!(off <= 5.0 * truth + 1e-12, "node {v}: {off} > 5 × {truth}");
            if truth > 0.0 {
                ratios.push(sample.betweenness_error[v] / truth);
            }
            assert!(a.eccentricity[v] <= exact.eccentricity[v]);
        }
        // Over many seeds, the estimates average to the truth (harmonic is unbiased;
        // closeness, the inverse of an unbiased mean distance, nearly so).
        let runs = 64;
        let mut means = [vec![0.0; 370], vec![0.0; 370], vec![0.0; 370]];
        for seed in 0..runs {
            let s = sampled(&g, 100, seed, None);
            for (mean, values) in means
                .iter_mut()
                .zip([&s.betweenness, &s.closeness, &s.harmonic])
            {
                for (m, x) in mean.iter_mut().zip(values) {
                    *m += x / runs as f64;
                }
            }
        }
        // In the main component (the chain of 16 gets a handful of sources at most, and
        // its closeness estimates lean high: the inverse of a mean of few distances).
        for &v in &main {
            let v = v as usize;
            let near = |mean: f64, truth: f64, within: f64| (mean - truth).abs() <= within * truth;
            let off = (means[0][v] - exact.betweenness[v]).abs();
            assert!(off <= 4.0 * errors[v] / (runs as f64).sqrt() + 1e-12);
            assert!(near(means[1][v], exact.closeness[v], 0.05));
            assert!(near(means[2][v], exact.harmonic[v], 0.05));
        }
        // The standard errors given are those of the estimates, give or take.
        ratios.sort_by(f64::total_cmp);
        let median = ratios[ratios.len() / 2];
        assert!((0.7..1.3).contains(&median), "{median}");
    }
}
