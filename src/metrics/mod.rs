//! Coverage and isolation metrics of a network view, and the [`MetricsReport`] that gathers them
//! with findings in plain words.
//!
//! # Conventions
//!
//! - Metrics run on the view's **undirected simple graph**: every link counts whatever its
//!   direction, parallel links between two actors are one tie, links from an actor to
//!   itself are left out. A [`View`] chooses the minimum level and whether
//!   sitting in the same forum counts as a tie.
//! - Directed links also give each actor an in- and out-degree: the number of distinct
//!   actors it receives links from, or sends links to.
//! - **Strength** is the sum, over an actor's ties, of the tie's level as a number
//!   (information = 1, coordination = 2, cooperation = 3, collaboration = 4); a tie made
//!   of several links counts at its highest level, and a tie made only of co-membership
//!   counts 1.
//! - Where a metric exists in NetworkX, it follows NetworkX's default definition and
//!   normalisation (see each function), so values can be checked against it.
//! - Values indexed by node follow the view's node order, which is map order.
//! - A value that is not defined (the constraint of an isolate, the density of an empty
//!   map) is `None`, written `null` in JSON and left empty in CSV.
//!
//! # Example
//! ```
//! use actormap::{Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
//!
//! let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
//! let network = Network::new(&map, &View::default())?;
//! let report = MetricsReport::compute(&network, &MetricsOptions::default());
//! let carrefour = report.actor("carrefour-aidants").unwrap();
//! assert!(carrefour.articulation_point);
//! for finding in &report.findings {
//!     println!("{}: {}", finding.severity, finding.sentence(Lang::Fr));
//! }
//! # Ok::<(), actormap::Error>(())
//! ```

mod coverage;
mod findings;
mod forums;
mod paths;
mod render;
mod structure;
#[cfg(test)]
pub(crate) mod testing;

use serde::{Deserialize, Serialize};

use crate::model::ActorKind;
use crate::network::{Network, View};
use crate::words::Lang;

pub use crate::finding::{Finding, FindingCode, FindingSeverity, FindingText, MAX_FINDING_ACTORS};
pub use crate::model::KindCounts;
pub use crate::progress::Progress;
pub use coverage::{
    Coverage, Integration, KindCoverage, KindEi, KindMixing, KindRow, KindSummary, NeedCoverage,
    NeedServed, REACH_LISTED, REACH_WORK, REACH_WORK_MIN, TerritoryCoverage, TerritoryRow,
    UserCoverage, UserReach, coverage,
};
pub(crate) use coverage::{
    kind_pairs_without_tie, organisation as organisation_key, sector as sector_key,
};
pub use forums::{ForumMetrics, forums};
pub use paths::{PathMetrics, PathSample, path_metrics, path_metrics_sampled};
pub use render::CSV_COLUMNS;
pub use structure::{
    Components, CutPoints, clustering, components, constraint, core_numbers, cut_points,
    effective_size, transitivity, triangles,
};

/// Options for [`MetricsReport::compute`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MetricsOptions {
    /// Whether the all-pairs metrics are exact or estimated from a sample of sources.
    pub sampling: Sampling,
    /// Seed the sources are drawn with, when sampled.
    pub seed: u64,
    /// Told how far the all-pairs metrics have gone (none: nobody is told).
    pub progress: Option<Progress>,
}

impl Default for MetricsOptions {
    /// [`Sampling::Auto`], seed 1, no progress callback.
    fn default() -> Self {
        MetricsOptions {
            sampling: Sampling::Auto,
            seed: 1,
            progress: None,
        }
    }
}

impl MetricsOptions {
    /// The options with this choice of exact or sampled all-pairs metrics.
    pub fn with_sampling(mut self, sampling: Sampling) -> Self {
        self.sampling = sampling;
        self
    }

    /// The options with this seed for drawing the sources.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The options with a progress callback, told `(sources searched, sources)` as the
    /// all-pairs metrics go on.
    pub fn with_progress(mut self, progress: Option<Progress>) -> Self {
        self.progress = progress;
        self
    }
}

/// Above this many actors in the view, [`Sampling::Auto`] estimates the all-pairs metrics
/// from [`AUTO_SAMPLE_SOURCES`] sources instead of searching from every actor.
pub const AUTO_SAMPLE_ABOVE: usize = 20_000;

/// Number of sources [`Sampling::Auto`] draws on a view of more than
/// [`AUTO_SAMPLE_ABOVE`] actors.
pub const AUTO_SAMPLE_SOURCES: usize = 256;

/// Which actors the all-pairs metrics (betweenness, closeness, harmonic centrality,
/// diameter, average path length) search from: every actor, for exact values, or a seeded
/// sample, for estimates (see [`path_metrics_sampled`] for the estimators and their
/// error). Every other metric is always exact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sampling {
    /// Exact up to [`AUTO_SAMPLE_ABOVE`] actors; above, [`AUTO_SAMPLE_SOURCES`] sources.
    #[default]
    Auto,
    /// Every actor is a source: exact values, O(actors × ties) time.
    Exact,
    /// This many sources (exact when it is at least the number of actors); at least
    /// one is drawn, so `Sources(0)` draws one.
    Sources(usize),
}

impl Sampling {
    /// How many sources to draw for a view of `actors` actors; `None` for every actor.
    ///
    /// ```
    /// use actormap::metrics::Sampling;
    ///
    /// assert_eq!(Sampling::Auto.sources_for(1000), None);
    /// assert_eq!(Sampling::Auto.sources_for(100_000), Some(256));
    /// assert_eq!(Sampling::Sources(64).sources_for(1000), Some(64));
    /// assert_eq!(Sampling::Sources(5000).sources_for(1000), None);
    /// assert_eq!(Sampling::Sources(0).sources_for(1000), Some(1));
    /// ```
    pub fn sources_for(self, actors: usize) -> Option<usize> {
        match self {
            Sampling::Auto if actors > AUTO_SAMPLE_ABOVE => Some(AUTO_SAMPLE_SOURCES),
            Sampling::Sources(k) if k < actors => Some(k.max(1)),
            _ => None,
        }
    }
}

/// How the all-pairs metrics of a report were estimated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SampledPaths {
    /// Number of sources drawn.
    pub sources: usize,
    /// The seed they were drawn with: the same seed gives the same report.
    pub seed: u64,
    /// Whether sampling was chosen because the view has more than [`AUTO_SAMPLE_ABOVE`]
    /// actors (rather than asked for).
    pub automatic: bool,
    /// Actors searched from: the sources drawn, and every actor of the components where
    /// none was drawn (whose values are exact).
    pub searched: usize,
    /// Actors whose betweenness, closeness and harmonic centrality are estimates; the
    /// others' are exact. Per actor, see [`ActorMetrics::estimated`].
    pub estimated_actors: usize,
    /// Largest standard error of an actor's betweenness estimate (normalised, as the
    /// betweenness itself).
    pub betweenness_standard_error: f64,
    /// The estimators, in words.
    pub estimator: String,
}

/// The estimators of a sampled report, in words.
const ESTIMATOR: &str = "betweenness: the sources' dependencies with linear scaling \
    (each pair's credit shared by its two ends), times twice the size of the component over \
    its sources (Brandes-Pich sampling, Geisberger-Sanders-Schultes scaling), unbiased; \
    closeness and harmonic: from the distances to the sources of the actor's component \
    (Eppstein-Wang), exact for the sources themselves; diameter: a lower bound (the \
    farthest distance from a source); average path length: the mean over the sources";

fn is_false(b: &bool) -> bool {
    !*b
}

/// Every metric of one actor. See the crate's README for what each tells a facilitator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ActorMetrics {
    /// The actor's id.
    pub id: String,
    /// The actor's name.
    pub name: String,
    /// The actor's kind.
    pub kind: ActorKind,
    /// Number of actors it is tied to.
    pub degree: usize,
    /// Number of actors with a directed link to it.
    pub in_degree: u32,
    /// Number of actors it has a directed link to.
    pub out_degree: u32,
    /// Sum of its ties' levels (information = 1 … collaboration = 4).
    pub strength: u64,
    /// Normalised betweenness centrality (see [`PathMetrics::betweenness`]).
    pub betweenness: f64,
    /// Closeness centrality, Wasserman–Faust (see [`PathMetrics::closeness`]).
    pub closeness: f64,
    /// Harmonic centrality divided by n−1 (see [`PathMetrics::harmonic`]).
    pub harmonic: f64,
    /// k-core number (see [`core_numbers`]).
    pub core: u32,
    /// Local clustering coefficient (see [`clustering`]).
    pub clustering: f64,
    /// Burt's constraint; `None` for an isolate (see [`constraint`]).
    pub constraint: Option<f64>,
    /// Burt's effective size; `None` for an isolate (see [`effective_size`]).
    pub effective_size: Option<f64>,
    /// Index of its connected component, 0 for the largest.
    pub component: usize,
    /// Whether removing it would split its component.
    pub articulation_point: bool,
    /// Whether it has no tie (degree 0).
    pub isolated: bool,
    /// Whether it has exactly one tie (degree 1).
    pub pendant: bool,
    /// Number of its ties to actors of another kind.
    pub cross_kind_ties: usize,
    /// Number of distinct kinds among the actors it is tied to.
    pub kinds_reached: usize,
    /// Whether its betweenness, closeness and harmonic centrality are estimates from a
    /// sample of sources (see [`MetricsReport::sampling`]); absent from JSON when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub estimated: bool,
}

/// Metrics of the whole network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NetworkMetrics {
    /// Number of actors in the view.
    pub actors: usize,
    /// Number of ties (pairs of actors tied by at least one link, or forum).
    pub links: usize,
    /// Ties present out of all possible pairs, 2m/(n(n−1)); 0 with fewer than two actors.
    pub density: f64,
    /// Mean number of ties per actor, 2m/n; `None` for an empty view.
    pub average_degree: Option<f64>,
    /// Sizes of the connected components, largest first.
    pub components: Vec<usize>,
    /// Share of the actors in the largest component; `None` for an empty view.
    pub largest_component_share: Option<f64>,
    /// Number of actors with no tie.
    pub isolates: usize,
    /// Number of actors with exactly one tie.
    pub pendants: usize,
    /// Ids of the articulation points, in map order.
    pub articulation_points: Vec<String>,
    /// Bridges as pairs of ids, the first earlier in the map; sorted by map order.
    pub bridges: Vec<[String; 2]>,
    /// Mean local clustering over all actors (zeros included); `None` for an empty view.
    pub average_clustering: Option<f64>,
    /// Three times the triangles over the connected triples; 0 without triangles.
    pub transitivity: f64,
    /// Freeman degree centralization, Σ(max degree − degree)/((n−1)(n−2)); `None` with
    /// two actors or fewer.
    pub degree_centralization: Option<f64>,
    /// Longest shortest path in the largest component; `None` for an empty view. When
    /// sampled ([`MetricsReport::sampling`]), a lower bound: the farthest distance from a source.
    pub diameter: Option<u32>,
    /// Mean shortest-path length between pairs of the largest component (0 for a single
    /// actor); `None` for an empty view. When sampled, the mean over the sources.
    pub average_path_length: Option<f64>,
}

/// What the report is about: the map's name, territory and date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MapSummary {
    /// Name of the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Territory the map covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Date of the snapshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// Every metric of a network view, with its findings.
///
/// [`MetricsReport::to_json`] gives the JSON document, each finding with its sentence in a
/// language (serializing the report itself gives the same data without the sentences,
/// and either reads back with serde); [`MetricsReport::to_text`] and [`MetricsReport::to_csv`] give
/// the text report and the per-actor spreadsheet. The same network and options always
/// give the same report, to the bit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MetricsReport {
    /// The map the report is about.
    pub map: MapSummary,
    /// The view the metrics were computed on.
    pub view: View,
    /// How the all-pairs metrics (betweenness, closeness, harmonic centrality, diameter,
    /// average path length) were estimated from a sample of sources; absent when they are
    /// exact. See [`Sampling`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<SampledPaths>,
    /// Metrics of the whole network.
    pub network: NetworkMetrics,
    /// Metrics of each actor in the view, in map order.
    pub actors: Vec<ActorMetrics>,
    /// Which kinds, sectors, needs, territories and users the network covers.
    pub coverage: Coverage,
    /// Composition and ties of each forum, in map order.
    pub forums: Vec<ForumMetrics>,
    /// What a facilitator should know, most serious first.
    pub findings: Vec<Finding>,
}

/// The JSON document of a report: its fields in order, the language after the view, and
/// each finding with its sentence.
#[derive(Serialize)]
struct ReportInWords<'a> {
    map: &'a MapSummary,
    view: &'a View,
    lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    sampling: Option<&'a SampledPaths>,
    network: &'a NetworkMetrics,
    actors: &'a [ActorMetrics],
    coverage: &'a Coverage,
    forums: &'a [ForumMetrics],
    findings: Vec<FindingText<'a>>,
}

impl MetricsReport {
    /// Compute every metric of a network view and the findings.
    ///
    /// # Complexity
    /// Dominated by the shortest paths, O(n·m) time (see [`path_metrics`]), or O(k·m)
    /// when sampled from k sources ([`MetricsOptions::sampling`]; by default above
    /// [`AUTO_SAMPLE_ABOVE`] actors), run on rayon's current thread pool; the
    /// triangle-based metrics add O(Σ deg²). The result is the same, bit for bit, for any
    /// number of threads.
    ///
    /// # Example
    /// ```
    /// use actormap::{Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
    ///
    /// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
    ///   "needs": [{"id": "transport", "name": "Transport"}],
    ///   "actors": [{"id": "a", "name": "CISSS", "kind": "public", "services": ["transport"]},
    ///              {"id": "b", "name": "Popote", "kind": "community"},
    ///              {"id": "c", "name": "Taxi", "kind": "private"}],
    ///   "links": [{"source": "a", "target": "b", "level": "cooperation"}]}"#)?;
    /// let net = Network::new(&map, &View::default())?;
    /// let report = MetricsReport::compute(&net, &MetricsOptions::default());
    /// assert_eq!(report.network.isolates, 1);
    /// assert_eq!(report.actor("a").unwrap().strength, 3);
    /// assert_eq!(report.coverage.needs.single_provider, ["transport"]);
    /// assert!(report.findings.iter().any(|f| f.sentence(Lang::En).contains("Taxi")));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn compute(network: &Network, options: &MetricsOptions) -> MetricsReport {
        let adjacency = network.adjacency();
        let n = network.node_count();
        let sampled = options.sampling.sources_for(n);
        let paths = match sampled {
            Some(k) => paths::sampled(adjacency, k, options.seed, options.progress.as_ref()),
            None => paths::exact(adjacency, options.progress.as_ref()),
        };
        let (mut report, cuts, components) = Self::assemble(network, options, paths);
        report.findings = findings::findings(&findings::Context {
            network,
            report: &report,
            cuts: &cuts,
            components: &components,
        });
        report
    }

    /// Every metric but the all-pairs ones (betweenness, closeness, harmonic centrality,
    /// diameter and average path length, left at 0), and no findings: what a comparison
    /// of snapshots needs, in time near-linear in the size of the map.
    pub(crate) fn compute_without_paths(network: &Network) -> MetricsReport {
        let n = network.node_count();
        let paths = PathMetrics {
            betweenness: vec![0.0; n],
            closeness: vec![0.0; n],
            harmonic: vec![0.0; n],
            eccentricity: vec![0; n],
            reach: vec![0; n],
            distance_sum: vec![0; n],
            sample: None,
        };
        Self::assemble(network, &MetricsOptions::default(), paths).0
    }

    /// The report without its findings, with the parts the findings are made from.
    fn assemble(
        network: &Network,
        options: &MetricsOptions,
        paths: PathMetrics,
    ) -> (MetricsReport, CutPoints, Components) {
        let adjacency = network.adjacency();
        let n = network.node_count();
        let estimated = |v: usize| paths.sample.as_ref().is_some_and(|s| s.estimated[v]);
        let components = structure::component_labels(adjacency);
        let cuts = structure::cut_points_of(adjacency);
        let cores = structure::core_numbers_of(adjacency);
        let triangles = structure::triangles_of(adjacency);
        let clustering = structure::clustering_of(adjacency, &triangles);
        let constraint = structure::constraint_of(adjacency);
        let effective_size = structure::effective_size_of(adjacency, &triangles);
        let ties = TieTable::new(network);

        let kinds: Vec<ActorKind> = network.actors().map(|(_, a)| a.kind).collect();
        let actors: Vec<ActorMetrics> = network
            .actors()
            .map(|(node, actor)| {
                let v = node.index();
                let neighbours = adjacency.neighbors(v);
                let mut reached = [false; 4];
                for &w in neighbours {
                    reached[kinds[w as usize].index()] = true;
                }
                ActorMetrics {
                    id: actor.id.clone(),
                    name: actor.name.clone(),
                    kind: actor.kind,
                    degree: neighbours.len(),
                    in_degree: network.in_degree(node),
                    out_degree: network.out_degree(node),
                    strength: ties.ranks(v).iter().map(|&r| u64::from(r)).sum(),
                    betweenness: paths.betweenness[v],
                    closeness: paths.closeness[v],
                    harmonic: paths.harmonic[v],
                    core: cores[v],
                    clustering: clustering[v],
                    constraint: constraint[v],
                    effective_size: effective_size[v],
                    component: components.of[v],
                    articulation_point: cuts.articulation[v],
                    isolated: neighbours.is_empty(),
                    pendant: neighbours.len() == 1,
                    cross_kind_ties: neighbours
                        .iter()
                        .filter(|&&w| kinds[w as usize] != actor.kind)
                        .count(),
                    kinds_reached: reached.iter().filter(|&&r| r).count(),
                    estimated: estimated(v),
                }
            })
            .collect();

        let network_metrics = network_metrics(
            network,
            &actors,
            &paths,
            &components,
            &cuts,
            &clustering,
            &triangles,
        );
        let coverage = coverage::coverage(network);
        let forums = forums::forums_with(network, &ties);
        let map = network.map();
        let report = MetricsReport {
            map: MapSummary {
                name: map.name.clone(),
                territory: map.territory.clone(),
                as_of: map.as_of.clone(),
            },
            view: network.view().clone(),
            sampling: paths.sample.as_ref().map(|sample| SampledPaths {
                sources: sample.drawn,
                seed: sample.seed,
                automatic: options.sampling == Sampling::Auto,
                searched: sample.sources.len(),
                estimated_actors: sample.estimated.iter().filter(|&&e| e).count(),
                betweenness_standard_error: sample
                    .betweenness_error
                    .iter()
                    .copied()
                    .fold(0.0, f64::max),
                estimator: ESTIMATOR.to_owned(),
            }),
            network: network_metrics,
            actors,
            coverage,
            forums,
            findings: Vec::new(),
        };
        debug_assert_eq!(report.actors.len(), n);
        (report, cuts, components)
    }

    /// The metrics of the actor with this id, if the view includes it.
    pub fn actor(&self, id: &str) -> Option<&ActorMetrics> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The report as pretty JSON, ending with a newline: every field of the report, its
    /// language (`"lang"`), and each finding with its sentence in that language
    /// ([`Finding::in_words`]). It reads back as a [`MetricsReport`] with serde.
    ///
    /// # Example
    /// ```
    /// use actormap::{Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let report = MetricsReport::compute(&Network::new(&map, &View::default())?, &MetricsOptions::default());
    /// let json = report.to_json(Lang::Fr);
    /// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    /// assert_eq!(value["lang"], "fr");
    /// assert_eq!(value["findings"][0]["code"], "isolated-actors");
    /// assert_eq!(value["findings"][0]["args"]["count"], 2);
    /// assert!(value["findings"][0]["sentence"].as_str().unwrap().starts_with("2 acteurs"));
    /// assert_eq!(serde_json::from_str::<MetricsReport>(&json).unwrap(), report);
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_json(&self, lang: Lang) -> String {
        let mut out = Vec::new();
        self.write_json(&mut out, lang).expect("writing to memory");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    /// Write the report as pretty JSON (see [`MetricsReport::to_json`]), as it is made:
    /// a report of a million actors is not held in memory as text.
    pub fn write_json(&self, w: impl std::io::Write, lang: Lang) -> std::io::Result<()> {
        // The characters a terminal acts on are escaped, as in every JSON output.
        let mut w = crate::text::Neutral::new(std::io::BufWriter::new(w), true);
        let document = ReportInWords {
            map: &self.map,
            view: &self.view,
            lang,
            sampling: self.sampling.as_ref(),
            network: &self.network,
            actors: &self.actors,
            coverage: &self.coverage,
            forums: &self.forums,
            findings: self.findings.iter().map(|f| f.in_words(lang)).collect(),
        };
        serde_json::to_writer_pretty(&mut w, &document).map_err(std::io::Error::from)?;
        std::io::Write::write_all(&mut w, b"\n")?;
        std::io::Write::flush(&mut w)
    }
}

fn network_metrics(
    network: &Network,
    actors: &[ActorMetrics],
    paths: &PathMetrics,
    components: &Components,
    cuts: &CutPoints,
    clustering: &[f64],
    triangles: &[u64],
) -> NetworkMetrics {
    let adjacency = network.adjacency();
    let n = network.node_count();
    let m = network.edge_count();
    let id = |v: petgraph::graph::NodeIndex| network.actor(v).id.clone();
    let max_degree = actors.iter().map(|a| a.degree).max().unwrap_or(0);
    // The largest component is component 0; its nodes' searches give its diameter and
    // path lengths.
    // When sampled, only the sources' searches count for the path lengths, and the
    // diameter is a lower bound.
    let mut source = vec![paths.sample.is_none(); n];
    if let Some(sample) = &paths.sample {
        for &s in &sample.sources {
            source[s as usize] = true;
        }
    }
    let (mut diameter, mut distances, mut searched) = (0u32, 0u64, 0u64);
    for (v, &c) in components.of.iter().enumerate() {
        if c == 0 {
            diameter = diameter.max(paths.eccentricity[v]);
            if source[v] {
                distances += paths.distance_sum[v];
                searched += 1;
            }
        }
    }
    let largest = components.sizes.first().copied().unwrap_or(0) as u64;
    NetworkMetrics {
        actors: n,
        links: m,
        density: if n > 1 {
            (2 * m) as f64 / (n as f64 * (n - 1) as f64)
        } else {
            0.0
        },
        average_degree: (n > 0).then(|| (2 * m) as f64 / n as f64),
        components: components.sizes.clone(),
        largest_component_share: (n > 0).then(|| largest as f64 / n as f64),
        isolates: actors.iter().filter(|a| a.isolated).count(),
        pendants: actors.iter().filter(|a| a.pendant).count(),
        articulation_points: cuts.points().map(id).collect(),
        bridges: cuts.bridges.iter().map(|&(a, b)| [id(a), id(b)]).collect(),
        average_clustering: (n > 0).then(|| clustering.iter().sum::<f64>() / n as f64),
        transitivity: structure::transitivity_of(adjacency, triangles),
        degree_centralization: (n > 2).then(|| {
            let spread: usize = actors.iter().map(|a| max_degree - a.degree).sum();
            spread as f64 / ((n - 1) * (n - 2)) as f64
        }),
        diameter: (n > 0).then_some(diameter),
        average_path_length: (n > 0).then(|| {
            if largest > 1 {
                let mut distances = distances as f64;
                if searched < largest {
                    distances *= largest as f64 / searched as f64;
                }
                distances / (largest * (largest - 1)) as f64
            } else {
                0.0
            }
        }),
    }
}

/// What each tie is, laid out like the compact adjacency: the `i`-th entry for node `v`
/// is about the tie to `adjacency.neighbors(v)[i]`.
pub(crate) struct TieTable {
    offsets: Vec<usize>,
    /// The tie's level as a number (see [`crate::Tie::rank`]).
    rank: Vec<u32>,
    /// Whether the tie has at least one link (not only co-membership).
    linked: Vec<bool>,
}

impl TieTable {
    pub(crate) fn new(network: &Network) -> Self {
        use petgraph::visit::EdgeRef;
        let adjacency = network.adjacency();
        let n = adjacency.node_count();
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0);
        for v in 0..n {
            offsets.push(offsets[v] + adjacency.degree(v));
        }
        let total = offsets[n];
        let mut rank = vec![0; total];
        let mut linked = vec![false; total];
        for edge in network.graph().edge_references() {
            let (a, b) = (edge.source().index(), edge.target().index());
            let tie = edge.weight();
            for (x, y) in [(a, b), (b, a)] {
                let i = adjacency
                    .neighbors(x)
                    .binary_search(&(y as u32))
                    .expect("every tie is in the adjacency");
                rank[offsets[x] + i] = tie.rank();
                linked[offsets[x] + i] = tie.has_links();
            }
        }
        TieTable {
            offsets,
            rank,
            linked,
        }
    }

    /// The ranks of node `v`'s ties, in neighbour order.
    pub(crate) fn ranks(&self, v: usize) -> &[u32] {
        &self.rank[self.offsets[v]..self.offsets[v + 1]]
    }

    /// Whether each of node `v`'s ties has a link, in neighbour order.
    pub(crate) fn linked(&self, v: usize) -> &[bool] {
        &self.linked[self.offsets[v]..self.offsets[v + 1]]
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{close, map_of};
    use super::*;
    use crate::model::{ActorKind::*, Level::*, Link};

    fn report(map: &crate::model::ActorMap, view: &View) -> MetricsReport {
        MetricsReport::compute(
            &Network::new(map, view).unwrap(),
            &MetricsOptions::default(),
        )
    }

    #[test]
    fn path_network_figures() {
        // a - b - c - d, and e alone.
        let map = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Community),
                ("c", "C", Community),
                ("d", "D", User),
                ("e", "E", Private),
            ],
            &[
                ("a", "b", Information),
                ("b", "c", Collaboration),
                ("c", "d", Coordination),
            ],
        );
        let r = report(&map, &View::default());
        let net = &r.network;
        assert_eq!((net.actors, net.links), (5, 3));
        assert_eq!(net.density, 6.0 / 20.0);
        assert_eq!(net.average_degree, Some(6.0 / 5.0));
        assert_eq!(net.components, [4, 1]);
        assert_eq!(net.largest_component_share, Some(0.8));
        assert_eq!((net.isolates, net.pendants), (1, 2));
        assert_eq!(net.articulation_points, ["b", "c"]);
        assert_eq!(net.bridges.len(), 3);
        assert_eq!(net.bridges[0], ["a".to_string(), "b".to_string()]);
        assert_eq!(net.transitivity, 0.0);
        assert_eq!(net.average_clustering, Some(0.0));
        // Degrees 1, 2, 2, 1, 0: Σ(2 − d) = 4 over (4·3).
        assert_eq!(net.degree_centralization, Some(4.0 / 12.0));
        assert_eq!(net.diameter, Some(3));
        // Distances in the path of 4: 3·1 + 2·2 + 1·3 = 10 per direction.
        assert_eq!(net.average_path_length, Some(20.0 / 12.0));

        let b = r.actor("b").unwrap();
        assert_eq!((b.degree, b.strength), (2, 1 + 4));
        assert_eq!((b.cross_kind_ties, b.kinds_reached), (1, 2));
        assert!(b.articulation_point && !b.pendant && !b.isolated);
        assert_eq!(b.component, 0);
        let e = r.actor("e").unwrap();
        assert!(e.isolated);
        assert_eq!(
            (e.component, e.constraint, e.effective_size),
            (1, None, None)
        );
        assert_eq!((e.closeness, e.harmonic, e.betweenness), (0.0, 0.0, 0.0));
        assert!(r.actor("a").unwrap().pendant);
    }

    #[test]
    fn star_network_figures() {
        let map = map_of(
            &[
                ("hub", "Hub", Community),
                ("a", "A", Public),
                ("b", "B", Public),
                ("c", "C", Private),
                ("d", "D", User),
            ],
            &[
                ("hub", "a", Cooperation),
                ("a", "hub", Information),
                ("hub", "b", Coordination),
                ("hub", "c", Coordination),
                ("hub", "d", Information),
            ],
        );
        let r = report(&map, &View::default());
        // The star is as centralised as a network can be.
        assert_eq!(r.network.degree_centralization, Some(1.0));
        assert_eq!(r.network.diameter, Some(2));
        let hub = r.actor("hub").unwrap();
        assert_eq!(hub.betweenness, 1.0);
        assert_eq!(hub.strength, 3 + 2 + 2 + 1);
        assert_eq!((hub.cross_kind_ties, hub.kinds_reached), (4, 3));
        assert_eq!(hub.effective_size, Some(4.0));
        assert_eq!(hub.constraint, Some(0.25));
        assert_eq!(hub.core, 1);
        assert_eq!(r.actor("a").unwrap().strength, 3);
        assert_eq!(r.network.articulation_points, ["hub"]);
    }

    #[test]
    fn two_triangles_network_figures() {
        let map = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Public),
                ("c", "C", Public),
                ("d", "D", Community),
                ("e", "E", Community),
                ("f", "F", Community),
            ],
            &[
                ("a", "b", Coordination),
                ("a", "c", Coordination),
                ("b", "c", Coordination),
                ("c", "d", Information),
                ("d", "e", Coordination),
                ("d", "f", Coordination),
                ("e", "f", Coordination),
            ],
        );
        let r = report(&map, &View::default());
        let net = &r.network;
        assert_eq!(net.articulation_points, ["c", "d"]);
        assert_eq!(net.bridges, [["c".to_string(), "d".to_string()]]);
        assert_eq!(net.transitivity, 0.6);
        close(net.average_clustering.unwrap(), (4.0 + 2.0 / 3.0) / 6.0);
        assert_eq!(net.diameter, Some(3));
        assert_eq!(r.coverage.kind_mixing.cross_kind_ties, 1);
        assert!(r.actors.iter().all(|a| a.core == 2));
    }

    #[test]
    fn directed_links_give_in_and_out_degree() {
        let mut map = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Community),
                ("c", "C", Private),
            ],
            &[],
        );
        for (s, t) in [("a", "b"), ("a", "b"), ("c", "b"), ("b", "a")] {
            let mut link = Link::new(s, t, Coordination);
            link.directed = true;
            map.links.push(link);
        }
        let r = report(&map, &View::default());
        let b = r.actor("b").unwrap();
        assert_eq!((b.in_degree, b.out_degree, b.degree), (2, 1, 2));
        assert_eq!(r.actor("a").unwrap().out_degree, 1);
    }

    #[test]
    fn empty_and_tiny_maps() {
        let r = report(&map_of(&[], &[]), &View::default());
        assert_eq!(r.network.average_degree, None);
        assert_eq!(r.network.diameter, None);
        assert_eq!(r.network.density, 0.0);
        assert!(r.findings.is_empty());
        let r = report(&map_of(&[("a", "A", User)], &[]), &View::default());
        assert_eq!(r.network.average_path_length, Some(0.0));
        assert_eq!(r.network.degree_centralization, None);
        assert_eq!(r.findings[0].code, FindingCode::IsolatedActors);
    }
}
