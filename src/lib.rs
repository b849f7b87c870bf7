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
//! use actormap::dot::{self, DotOptions};
//! use actormap::metrics::{MetricsOptions, MetricsReport};
//! use actormap::{Lang, Network, View};
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
//! let dot = dot::to_dot(&map, &DotOptions::default().with_lang(Lang::Fr))?;
//! println!("{dot}");
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! The library is one module per concept, in the order data flows; [ARCHITECTURE.md]
//! (in the repository) says which module owns what. The crate root holds what most
//! programs need: the map's types, [`read_path`], [`load_path`], [`write_path`],
//! [`Network`], [`View`], [`Lang`] and [`Error`].
//!
//! [ARCHITECTURE.md]: https://github.com/actormap/actormap/blob/main/ARCHITECTURE.md
//!
//! ## The map — [`model`]
//!
//! A map ([`ActorMap`]) holds actors ([`Actor`], of four [`ActorKind`]s), links between
//! them ([`Link`], at one of four [`Level`]s from information to collaboration), forums
//! where they meet ([`Forum`], with [`model::Member`]s in roles) and the needs they serve
//! ([`model::Need`]). Fields the format does not know are kept and written back.
//!
//! ```
//! use actormap::{Actor, ActorKind, ActorMap, Level, Link};
//!
//! let mut map = ActorMap::default();
//! map.actors.push(Actor::new("sad", "CISSS — Soutien à domicile", ActorKind::Public));
//! map.actors.push(Actor::new("cab", "Centre d'action bénévole", ActorKind::Community));
//! map.links.push(Link::new("sad", "cab", Level::Coordination));
//! assert!(actormap::validate::validate(&map).is_empty());
//! ```
//!
//! ## Reading and writing — [`io`]
//!
//! A map is one JSON document (format `actormap/1`) or a folder of spreadsheet files.
//! [`read_path`] reads either and refuses a map with errors; [`load_path`] keeps every
//! problem with its file and line ([`io::Loaded`]), under the limits of
//! [`io::ReadOptions`]. Writes are whole or nothing ([`io::write_file`]).
//!
//! ```
//! let loaded = actormap::load_path("fixtures/pierre-de-saurel-aines", &Default::default())?;
//! assert!(loaded.check().is_empty());
//! let folder = std::env::temp_dir().join("actormap-doc-io");
//! actormap::write_path(&loaded.map, &folder)?;
//! assert_eq!(actormap::read_path(&folder)?, loaded.map);
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Checking — [`validate`], [`check`]
//!
//! Every problem of a map at once, each a [`validate::Problem`] with a stable code, where
//! it is and what to do, in words of any language.
//!
//! ```
//! use actormap::Lang;
//!
//! let report = actormap::check::check_path("fixtures/bad/several-problems.json", &Default::default())?;
//! assert!(report.errors > 0);
//! let first = &report.problems[0];
//! println!("{}: {}", first.code.as_str(), first.message(Lang::Fr));
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## The network — [`network`]
//!
//! The analysis view of a map: which links count as ties ([`View`]: a minimum level,
//! kinds, co-membership in forums) over a compact adjacency ([`Network`]).
//!
//! ```
//! use actormap::{Level, Network, View};
//!
//! let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
//! let close = Network::new(&map, &View::default().with_min_level(Some(Level::Cooperation)))?;
//! assert!(close.edge_count() < Network::new(&map, &View::default())?.edge_count());
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Metrics — [`metrics`]
//!
//! [`metrics::MetricsReport::compute`] gathers every metric of a [`Network`]: per actor
//! (degree, strength, betweenness, closeness, harmonic centrality, k-core, clustering,
//! Burt's constraint, articulation points…), for the whole network, coverage (kinds and
//! how they mix, integration across organisations and sectors, needs, territories, users)
//! and forums, with [`metrics::Finding`]s. Metrics run on the view's undirected simple
//! graph; where NetworkX has the metric, the definition and normalisation are NetworkX's.
//! The quick start above shows them.
//!
//! ## Missing partners — [`gaps`]
//!
//! Composition rules a forum does not meet, whom to invite (organisations already tied to
//! its members), and structural gaps of the whole map.
//!
//! ```
//! use actormap::gaps::{GapsOptions, GapsReport, default_rule_sets};
//! use actormap::{Lang, Network, View};
//!
//! let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
//! let network = Network::new(&map, &View::default())?;
//! let gaps = GapsReport::compute(&network, &default_rule_sets(&map), &GapsOptions::default())?;
//! print!("{}", gaps.to_text(&map, Lang::Fr));
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Change over time — [`diff`]
//!
//! Two snapshots compared (who joined, left, which ties strengthened, which indicators
//! moved), or several as a time series.
//!
//! ```
//! use actormap::Lang;
//!
//! let before = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
//! let after = actormap::read_path("fixtures/pierre-de-saurel-aines-2026.json")?;
//! let change = actormap::diff::diff(&before, &after, &Default::default())?;
//! assert!(!change.actors_added.is_empty());
//! print!("{}", change.to_text(Lang::Fr));
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Diagrams — [`dot`], [`render`]
//!
//! The map as Graphviz DOT, built through graphviz-rust's AST with our own quoting
//! ([`dot::to_dot`]); [`render::render`] runs Graphviz for SVG, PNG or PDF (Graphviz must
//! be installed for that step only).
//!
//! ```no_run
//! use actormap::dot::{ClusterBy, DotOptions};
//! use actormap::render::{ImageFormat, Layout};
//!
//! let map = actormap::read_path("fixtures/itss-action-group.json")?;
//! let dot = actormap::dot::to_dot(&map, &DotOptions::default().with_cluster_by(Some(ClusterBy::Organization)))?;
//! let svg = actormap::render::render(&dot, Layout::Dot, ImageFormat::Svg)?;
//! actormap::io::write_file("carte.svg", &svg)?;
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## The report — [`report`]
//!
//! One self-contained HTML file (or Markdown) to hand out to a table: the diagram, the
//! indicators, the findings, the forums and whom to invite, what changed.
//!
//! ```
//! use actormap::Lang;
//! use actormap::report::{ReportOptions, html_report};
//!
//! let map = actormap::read_path("fixtures/crd-csss-partnership.json")?;
//! let html = html_report(&map, &ReportOptions::new(Lang::Fr))?;
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Other tools — [`interop`]
//!
//! GraphML, GEXF (Gephi), Kumu, adjacency matrices: exports with the metrics as node
//! attributes, imports with every problem located.
//!
//! ```
//! let map = actormap::read_path("fixtures/itss-action-group.json")?;
//! let graphml = actormap::interop::to_graphml(&map, &Default::default())?;
//! let back = actormap::interop::load_graphml(&graphml, None, &Default::default())?;
//! assert_eq!(back.into_map()?, map);
//! # Ok::<(), actormap::Error>(())
//! ```
//!
//! ## Words — [`words`]
//!
//! Analyses return codes and typed arguments; sentences come from one Fluent catalog per
//! language (`locales/<lang>/*.ftl`), with CLDR plurals, genders and French typography.
//!
//! ```
//! use actormap::Lang;
//! use actormap::words::{self, Args};
//!
//! let three = Args::new().count("count", 3);
//! assert_eq!(words::message(Lang::En, "count-actors", &three), "3 actors");
//! assert_eq!(words::message(Lang::Fr, "count-actors", &three), "3 acteurs");
//! ```
//!
//! ## Synthetic maps and privacy — [`generate`], [`privacy`]
//!
//! [`generate::generate`] makes a plausible map of any size from a seed (for trying the
//! tool and for benchmarks); [`privacy::anonymize_users`] replaces service users' names
//! with pseudonyms before a map is shown.
//!
//! ```
//! use actormap::generate::{GenerateOptions, generate};
//!
//! let map = generate(&GenerateOptions::default().with_actors(300).with_seed(7));
//! assert_eq!(map.actors.len(), 300);
//! assert!(actormap::validate::validate(&map).is_empty());
//! ```

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
