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
//! use actormap::{dot::DotOptions, Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
//!
//! // Read a map (JSON, or a folder of spreadsheets), refusing it if it has errors.
//! let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
//!
//! // The analysis view (every link is a tie), then every metric and the findings.
//! let network = Network::new(&map, &View::default())?;
//! let report = MetricsReport::compute(&network, &MetricsOptions::default());
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
//! let dot = actormap::dot::to_dot(&map, &DotOptions::default().with_lang(Lang::Fr))?;
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
//! [`MetricsReport::compute`] gathers every metric of a [`Network`]: per actor (degree, in- and
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

pub mod check;
pub mod diff;
pub mod dot;
pub mod error;
mod finding;
pub mod gaps;
pub mod generate;
pub mod interop;
pub mod io;
pub mod metrics;
pub mod model;
pub mod network;
pub mod privacy;
mod problem;
mod progress;
mod random;
pub mod render;
pub mod report;
mod text;
pub mod validate;
pub mod words;

// What most programs need; everything else is in the module of its concept.
pub use error::{Error, ErrorKind, Result};
pub use io::{load_path, read_path, write_path};
pub use model::{Actor, ActorKind, ActorMap, Forum, Level, Link};
pub use network::{Network, View};
pub use words::Lang;
