//! # actormap
//!
//! Map the partners and stakeholders of a territory: who works with whom, which kinds of
//! actors are missing around a concertation table, who is isolated, which single actor or
//! tie holds the network together, and how that changes over time. Built for the Quebec
//! practice of *la cartographie des acteurs* in health and social-service networks.
//!
//! Data flows one way: **read → validate → [`ActorMap`] → [`Network`] → metrics / gaps →
//! output**. The command-line tool `actormap` is a thin layer over these functions.
//!
//! ```
//! use actormap::{DotOptions, Lang, MetricsOptions, Network, Report, View};
//!
//! // Read a map (JSON, or a folder of spreadsheets), refusing it if it has errors.
//! let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json".as_ref())?;
//!
//! // The analysis view (every link is a tie), then every metric and the findings.
//! let network = Network::new(&map, &View::default())?;
//! let report = Report::compute(&network, &MetricsOptions::default());
//! let broker = report
//!     .actors
//!     .iter()
//!     .max_by(|a, b| a.betweenness.total_cmp(&b.betweenness))
//!     .expect("the map has actors");
//! println!(
//!     "{} actors; main broker: {} ({:.3})",
//!     report.network.actors, broker.name, broker.betweenness
//! );
//! // Each finding is a code with arguments; its sentence in French:
//! for finding in &report.findings {
//!     println!("{}: {}", finding.severity, finding.sentence(Lang::Fr));
//! }
//!
//! // The map as a Graphviz diagram: DOT text (`actormap::render` draws it).
//! let dot = actormap::to_dot(&map, &DotOptions::default().with_lang(Lang::Fr))?;
//! println!("{dot}");
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## The map
//!
//! A map ([`ActorMap`]) holds actors ([`Actor`], of four [`ActorKind`]s), links between
//! them ([`Link`], at one of four [`Level`]s from information to collaboration), forums
//! where they meet ([`Forum`], with [`Member`]s in roles) and the needs they serve
//! ([`Need`]). It is kept as one JSON document (format `actormap/1`) or as a folder of
//! spreadsheet files; fields the format does not know are kept and written back, and the
//! same map always gives the same bytes.
//!
//! ## Metrics
//!
//! [`Report::compute`] gathers every metric of a [`Network`]: per actor (degree, in- and
//! out-degree, strength, betweenness, closeness, harmonic centrality, k-core, clustering,
//! Burt's constraint and effective size, component, articulation point…), for the whole
//! network, coverage (kinds and how they mix, integration across organisations and
//! sectors, needs, territories, users) and forums, with findings in plain words in English
//! or French. The functions behind it are in [`metrics`]. They run on the view's
//! undirected simple graph: direction ignored, parallel links merged into one tie at their
//! highest level, links from an actor to itself left out; directed links also give in- and
//! out-degree, and strength sums the ties' levels (information = 1 … collaboration = 4).
//! Where NetworkX has the metric, the definition and normalisation are NetworkX's.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod check;
mod diff;
mod dot;
mod error;
mod finding;
mod gaps;
mod generate;
mod interop;
mod io;
pub mod metrics;
mod model;
mod network;
mod privacy;
mod problem;
mod progress;
mod random;
mod render;
mod report;
mod text;
mod validate;
pub mod words;

pub use check::{CheckReport, CheckReportText, check_path};
pub use diff::{
    ActorChange, ActorRef, Diff, DiffOptions, FieldChange, ForumChange, Indicator, LevelChange,
    LinkRef, Rename, RoleChange, Seat, TiesBetween, TimeSeries, diff, time_series,
};
pub use dot::{
    ClusterBy, DEFAULT_WRAP, Dot, DotOptions, Highlights, KindStyle, LevelStyle, NodeSizes, SizeBy,
    kind_style, level_style, to_dot,
};
pub use error::{Error, ErrorKind, IoAction, RecordName, Result, SheetLayout};
pub use finding::{Finding, FindingCode, FindingSeverity};
pub use gaps::{
    BUILTIN_RULE_SETS, Candidate, DeclaredNeeds, Distinct, DistinctBy, ForumGaps, GapsOptions,
    GapsReport, KindCount, NeedsRule, RULES_FORMAT, Range, Represent, RoleCount, Rule, RuleSet,
    Selector, StructuralGaps, WELL_KNOWN_ROLES, default_rule_sets,
};
pub use generate::{GenerateOptions, Model, generate};
pub use interop::gexf::{GexfOptions, load_gexf, to_gexf};
pub use interop::graphml::{GraphmlOptions, load_graphml, to_graphml};
pub use interop::kumu::{
    load_kumu_json, load_kumu_sheets, to_kumu_json, to_kumu_sheets, write_kumu_sheets,
};
pub use interop::matrix::load_matrix;
pub use interop::{
    AttributeValues, ExportFormat, ImportFormat, ImportOptions, NodeAttribute, export_path,
    import_path,
};
pub use io::atomic::{ensure_not_input, write_file, write_files};
pub use io::json::{from_json_str, load_json, read_json, to_json_string, write_json};
pub use io::{
    DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES, Loaded, MAX_DEPTH_LIMIT, MAX_PROBLEMS_PER_KIND,
    MapFormat, ReadOptions, load_path, read_path, write_path,
};
pub use metrics::{ActorMetrics, MetricsOptions, NetworkMetrics, Report, Sampling};
pub use model::{
    Actor, ActorKind, ActorMap, Extra, FORMAT, Forum, Level, Link, Member, Need, UnknownValue,
};
pub use network::{Adjacency, MAX_FORUM_PAIRS, Network, Tie, View};
pub use privacy::anonymize_users;
pub use problem::{Location, Origins, Problem, ProblemCode, ProblemSeverity, ProblemText};
pub use progress::Progress;
pub use render::{ImageFormat, Layout, PNG_DPI, render};
pub use report::{ReportOptions, html_report, markdown_report};
pub use validate::validate;
pub use words::Lang;
