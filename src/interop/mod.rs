//! Moving maps to and from the tools the field already uses: GraphML, GEXF, Kumu (JSON
//! blueprint and spreadsheet layout) and adjacency matrices. This module holds the
//! formats, the options, and what the formats share: reading helpers, actors and links
//! read from typed formats' attributes, and free attributes in typed formats.

mod fields;
pub(crate) mod gexf;
pub(crate) mod graphml;
pub(crate) mod kumu;
pub(crate) mod matrix;
mod reading;
mod values;
pub(crate) mod xml;

pub(crate) use fields::*;
pub use gexf::{GexfOptions, load_gexf, to_gexf, write_gexf};
pub use graphml::{GraphmlOptions, load_graphml, to_graphml, write_graphml};
pub use kumu::{
    load_kumu_json, load_kumu_sheets, to_kumu_json, to_kumu_sheets, write_kumu_json,
    write_kumu_sheets,
};
pub use matrix::load_matrix;
pub(crate) use reading::*;
pub(crate) use values::*;

use std::path::Path;

use crate::error::{Error, ErrorKind, IoAction, Result};
use crate::io::{Loaded, ReadOptions};
use crate::model::{ActorKind, ActorMap, Level};

/// A format a map can be exported to with [`export_path`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// GraphML, for Gephi, yEd, Cytoscape, NetworkX and igraph ([`to_graphml`]).
    Graphml,
    /// GEXF 1.3, for Gephi ([`to_gexf`]).
    Gexf,
    /// Kumu's JSON blueprint ([`to_kumu_json`]).
    Kumu,
    /// Kumu's spreadsheet layout: a folder with `elements.csv` and `connections.csv`
    /// ([`write_kumu_sheets`]).
    KumuCsv,
}

impl ExportFormat {
    /// What [`export_path`] writes in this format, for [`crate::io::check_output`]: a
    /// folder for Kumu spreadsheets, one file otherwise.
    pub fn output_form(self) -> crate::io::OutputForm {
        match self {
            ExportFormat::KumuCsv => crate::io::OutputForm::KumuFolder,
            _ => crate::io::OutputForm::File,
        }
    }

    /// Every format, as named on the command line.
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Graphml,
        ExportFormat::Gexf,
        ExportFormat::Kumu,
        ExportFormat::KumuCsv,
    ];

    /// The format's code: `graphml`, `gexf`, `kumu`, `kumu-csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Kumu => "kumu",
            ExportFormat::KumuCsv => "kumu-csv",
        }
    }

    /// The format an output name asks for: `.graphml` or `.gexf`; `None` otherwise.
    pub fn from_path(path: impl AsRef<Path>) -> Option<ExportFormat> {
        let path = path.as_ref();
        match extension(path).as_deref() {
            Some("graphml") => Some(ExportFormat::Graphml),
            Some("gexf") => Some(ExportFormat::Gexf),
            _ => None,
        }
    }
}

crate::model::codes!(ExportFormat);

/// Each actor's metrics on the whole map (every link a tie), as node attributes in map
/// order, named as the columns of [`crate::metrics::CSV_COLUMNS`]: what an export carries
/// for the other tool to size or colour nodes by.
///
/// # Example
/// ```
/// let map = actormap::read_path("fixtures/itss-action-group.json")?;
/// let attributes = actormap::interop::metric_attributes(&map)?;
/// assert_eq!(attributes[0].name, "degree");
/// let graphml = actormap::interop::export_text(&map, actormap::interop::ExportFormat::Graphml, &attributes)?;
/// assert!(graphml.unwrap().contains("betweenness"));
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn metric_attributes(map: &ActorMap) -> Result<Vec<NodeAttribute>> {
    use crate::metrics::{ActorMetrics, MetricsOptions, MetricsReport};
    let network = crate::network::Network::new(map, &crate::network::View::default())?;
    let report = MetricsReport::compute(&network, &MetricsOptions::default());
    let by_id: std::collections::HashMap<&str, &ActorMetrics> =
        report.actors.iter().map(|m| (m.id.as_str(), m)).collect();
    let metrics: Vec<Option<&ActorMetrics>> = map
        .actors
        .iter()
        .map(|a| by_id.get(a.id.as_str()).copied())
        .collect();
    let whole = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let long = |name: &str, f: &dyn Fn(&ActorMetrics) -> i64| {
        let values = metrics.iter().map(|m| m.map(f)).collect();
        NodeAttribute::new(name, AttributeValues::Long(values))
    };
    let double = |name: &str, f: &dyn Fn(&ActorMetrics) -> Option<f64>| {
        let values = metrics.iter().map(|m| m.and_then(f)).collect();
        NodeAttribute::new(name, AttributeValues::Double(values))
    };
    let boolean = |name: &str, f: &dyn Fn(&ActorMetrics) -> bool| {
        let values = metrics.iter().map(|m| m.map(f)).collect();
        NodeAttribute::new(name, AttributeValues::Boolean(values))
    };
    Ok(vec![
        long("degree", &|m| whole(m.degree)),
        long("in_degree", &|m| i64::from(m.in_degree)),
        long("out_degree", &|m| i64::from(m.out_degree)),
        long("strength", &|m| {
            i64::try_from(m.strength).unwrap_or(i64::MAX)
        }),
        double("betweenness", &|m| Some(m.betweenness)),
        double("closeness", &|m| Some(m.closeness)),
        double("harmonic", &|m| Some(m.harmonic)),
        long("core", &|m| i64::from(m.core)),
        double("clustering", &|m| Some(m.clustering)),
        double("constraint", &|m| m.constraint),
        double("effective_size", &|m| m.effective_size),
        long("component", &|m| whole(m.component)),
        boolean("articulation_point", &|m| m.articulation_point),
        boolean("isolated", &|m| m.isolated),
        boolean("pendant", &|m| m.pendant),
        long("cross_kind_ties", &|m| whole(m.cross_kind_ties)),
        long("kinds_reached", &|m| whole(m.kinds_reached)),
    ])
}

/// Write a map to `path` in another tool's format: one file for GraphML, GEXF and Kumu
/// JSON, a folder for Kumu spreadsheets. Files are written whole or not at all.
/// `node_attributes` are added to every actor in GraphML and GEXF (e.g. metrics) and
/// ignored by the Kumu formats.
///
/// # Example
/// ```
/// use actormap::interop::ExportFormat;
///
/// let map = actormap::read_path("fixtures/crd-csss-partnership.json")?;
/// let dir = tempfile::tempdir().unwrap();
/// let out = dir.path().join("partnership.graphml");
/// actormap::interop::export_path(&map, ExportFormat::Graphml, &out, &[])?;
/// let back = actormap::interop::import_path(&out, actormap::interop::ImportFormat::Graphml, &Default::default())?;
/// assert_eq!(back.into_map()?, map);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn export_path(
    map: &ActorMap,
    format: ExportFormat,
    path: impl AsRef<Path>,
    node_attributes: &[NodeAttribute],
) -> Result<()> {
    let path = path.as_ref();
    let node_attributes = node_attributes.to_vec();
    // Checked first, then written as it is made: the text is never held whole.
    match format {
        ExportFormat::Graphml => {
            let options = crate::interop::graphml::GraphmlOptions { node_attributes };
            crate::interop::graphml::check_graphml(map, &options)?;
            crate::io::atomic::write_file_with(path, |w| {
                crate::interop::graphml::graphml_text(map, &options, w)
            })
        }
        ExportFormat::Gexf => {
            let options = crate::interop::gexf::GexfOptions { node_attributes };
            crate::interop::gexf::check_gexf(map, &options)?;
            crate::io::atomic::write_file_with(path, |w| {
                crate::interop::gexf::gexf_text(map, &options, w)
            })
        }
        ExportFormat::Kumu => {
            crate::io::atomic::write_file_with(path, |w| kumu::write_kumu_json(map, w))
        }
        ExportFormat::KumuCsv => crate::interop::kumu::write_kumu_sheets(map, path),
    }
}

/// A map in another tool's format, as text: GraphML, GEXF or Kumu JSON, with
/// `node_attributes` as in [`export_path`]. `None` for Kumu spreadsheets, which are a
/// folder of files ([`write_kumu_sheets`]), not one text.
pub fn export_text(
    map: &ActorMap,
    format: ExportFormat,
    node_attributes: &[NodeAttribute],
) -> Result<Option<String>> {
    Ok(Some(match format {
        ExportFormat::Graphml => crate::interop::graphml::to_graphml(
            map,
            &crate::interop::graphml::GraphmlOptions {
                node_attributes: node_attributes.to_vec(),
            },
        )?,
        ExportFormat::Gexf => crate::interop::gexf::to_gexf(
            map,
            &crate::interop::gexf::GexfOptions {
                node_attributes: node_attributes.to_vec(),
            },
        )?,
        ExportFormat::Kumu => crate::interop::kumu::to_kumu_json(map),
        ExportFormat::KumuCsv => return Ok(None),
    }))
}

/// A format a map can be imported from with [`import_path`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportFormat {
    /// GraphML ([`load_graphml`]).
    Graphml,
    /// GEXF 1.1 to 1.3 ([`load_gexf`]).
    Gexf,
    /// Kumu's JSON blueprint ([`load_kumu_json`]).
    Kumu,
    /// Kumu's spreadsheet layout: a folder with `elements.csv` and `connections.csv`
    /// ([`load_kumu_sheets`]).
    KumuCsv,
    /// An adjacency matrix in a CSV file ([`load_matrix`]).
    Matrix,
}

impl ImportFormat {
    /// Every format, as named on the command line.
    pub const ALL: [ImportFormat; 5] = [
        ImportFormat::Graphml,
        ImportFormat::Gexf,
        ImportFormat::Kumu,
        ImportFormat::KumuCsv,
        ImportFormat::Matrix,
    ];

    /// The format's code: `graphml`, `gexf`, `kumu`, `kumu-csv`, `matrix`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImportFormat::Graphml => "graphml",
            ImportFormat::Gexf => "gexf",
            ImportFormat::Kumu => "kumu",
            ImportFormat::KumuCsv => "kumu-csv",
            ImportFormat::Matrix => "matrix",
        }
    }

    /// What reading `path` in this format reads, for [`crate::io::check_output`]: the
    /// folder of Kumu spreadsheets with every file in it, or the one file.
    pub fn input(self, path: &Path) -> crate::io::Input<'_> {
        match self {
            ImportFormat::KumuCsv => crate::io::Input::Folder(path),
            _ => crate::io::Input::File(path),
        }
    }

    /// The format of an input, from its name: `.graphml`, `.gexf`, `.json` (a Kumu
    /// blueprint), a folder or a file named `elements.csv` or `connections.csv` (Kumu
    /// spreadsheets), any other `.csv` (an adjacency matrix). `None` otherwise.
    pub fn from_path(path: impl AsRef<Path>) -> Option<ImportFormat> {
        let path = path.as_ref();
        if path.is_dir() {
            return Some(ImportFormat::KumuCsv);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if name == "elements.csv" || name == "connections.csv" {
            return Some(ImportFormat::KumuCsv);
        }
        match extension(path).as_deref() {
            Some("graphml") => Some(ImportFormat::Graphml),
            Some("gexf") => Some(ImportFormat::Gexf),
            Some("json") => Some(ImportFormat::Kumu),
            Some("csv") => Some(ImportFormat::Matrix),
            _ => None,
        }
    }
}

crate::model::codes!(ImportFormat);

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// How to read a map from another tool's format, which may not say everything a map
/// holds.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ImportOptions {
    /// The kind given to actors whose kind the file does not say (an adjacency matrix
    /// never does). Each such actor gets a warning, so `actormap check` shows them.
    /// Default: community.
    pub default_kind: ActorKind,
    /// The level given to ties whose level the file does not say: a `1` (or `x`) in an
    /// adjacency matrix, a connection without a type. Default: coordination.
    pub default_level: Level,
    /// Size limit and other reading options.
    pub read: ReadOptions,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            default_kind: ActorKind::Community,
            default_level: Level::Coordination,
            read: ReadOptions::default(),
        }
    }
}

impl ImportOptions {
    /// Options with another kind for actors whose kind is not said.
    pub fn with_default_kind(mut self, kind: ActorKind) -> Self {
        self.default_kind = kind;
        self
    }

    /// Options with another level for ties whose level is not said.
    pub fn with_default_level(mut self, level: Level) -> Self {
        self.default_level = level;
        self
    }

    /// Options with other reading options (e.g. a size limit).
    pub fn with_read_options(mut self, read: ReadOptions) -> Self {
        self.read = read;
        self
    }
}

/// Read a map from another tool's format, with every problem found while reading
/// (rows or elements that cannot be read, each with its line; kinds assumed; duplicate
/// connections merged). A Kumu spreadsheet import takes the folder (or one of its
/// files); every other format takes a file.
///
/// # Example
/// ```
/// use actormap::{interop::ImportFormat, interop::ImportOptions};
///
/// let loaded = actormap::interop::import_path(
///     "fixtures/interop/table-matrix.csv",
///     ImportFormat::Matrix,
///     &ImportOptions::default(),
/// )?;
/// // A matrix does not say the kinds of actors: each assumed kind is a warning.
/// assert!(loaded.problems.iter().any(|p| p.code == actormap::validate::ProblemCode::AssumedKind));
/// let map = loaded.into_map()?;
/// assert!(!map.links.is_empty());
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn import_path(
    path: impl AsRef<Path>,
    format: ImportFormat,
    options: &ImportOptions,
) -> Result<Loaded> {
    let path = path.as_ref();
    if format == ImportFormat::KumuCsv {
        let folder = if path.is_dir() {
            path
        } else {
            match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            }
        };
        return crate::interop::kumu::load_kumu_sheets(folder, options);
    }
    let text = if path == Path::new("-") {
        crate::io::read_limited(std::io::stdin().lock(), None, options.read.max_input_bytes)?
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Error::io(Some(path), IoAction::Read, e))?;
        crate::io::read_limited(file, Some(path), options.read.max_input_bytes)?
    };
    let shown = (path != Path::new("-")).then_some(path);
    match format {
        ImportFormat::Graphml => crate::interop::graphml::load_graphml(&text, shown, options),
        ImportFormat::Gexf => crate::interop::gexf::load_gexf(&text, shown, options),
        ImportFormat::Kumu => crate::interop::kumu::load_kumu_json(&text, shown, options),
        ImportFormat::Matrix => crate::interop::matrix::load_matrix(&text, shown, options),
        ImportFormat::KumuCsv => unreachable!("handled above"),
    }
}

/// Values added to every actor of an export (GraphML, GEXF), one per actor in map order
/// (`None`: no value for that actor); e.g. the metrics of a report.
#[derive(Clone, Debug, PartialEq)]
pub enum AttributeValues {
    /// True or false.
    Boolean(Vec<Option<bool>>),
    /// Whole numbers.
    Long(Vec<Option<i64>>),
    /// Numbers; infinities and NaN are written as XML Schema writes them.
    Double(Vec<Option<f64>>),
    /// Text.
    Text(Vec<Option<String>>),
}

impl AttributeValues {
    /// How many values there are.
    pub fn len(&self) -> usize {
        match self {
            AttributeValues::Boolean(v) => v.len(),
            AttributeValues::Long(v) => v.len(),
            AttributeValues::Double(v) => v.len(),
            AttributeValues::Text(v) => v.len(),
        }
    }

    /// Whether there are no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value of actor `i` as text, if it has one.
    pub(crate) fn text(&self, i: usize) -> Option<String> {
        match self {
            AttributeValues::Boolean(v) => v.get(i).copied().flatten().map(|b| b.to_string()),
            AttributeValues::Long(v) => v.get(i).copied().flatten().map(|n| n.to_string()),
            AttributeValues::Double(v) => {
                v.get(i).copied().flatten().map(crate::interop::xml::double)
            }
            AttributeValues::Text(v) => v.get(i).cloned().flatten(),
        }
    }

    /// The GraphML type name (`attr.type`); GEXF uses the same words.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            AttributeValues::Boolean(_) => "boolean",
            AttributeValues::Long(_) => "long",
            AttributeValues::Double(_) => "double",
            AttributeValues::Text(_) => "string",
        }
    }
}

/// One attribute added to every actor of an export.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeAttribute {
    /// The attribute's name, e.g. `betweenness`. It must differ from the actors' own
    /// fields and free attributes.
    pub name: String,
    /// One value per actor, in map order.
    pub values: AttributeValues,
}

impl NodeAttribute {
    /// An attribute with its values.
    pub fn new(name: impl Into<String>, values: AttributeValues) -> Self {
        NodeAttribute {
            name: name.into(),
            values,
        }
    }
}

/// Refuse added attributes that do not fit the map: one value per actor, names that
/// are free and unique.
pub(crate) fn check_node_attributes(
    map: &ActorMap,
    attributes: &[NodeAttribute],
    taken: &[&str],
) -> Result<()> {
    let mut seen: Vec<&str> = Vec::new();
    for a in attributes {
        if a.values.len() != map.actors.len() {
            return Err(ErrorKind::AttributeValues {
                name: a.name.clone(),
                values: a.values.len(),
                actors: map.actors.len(),
            }
            .into());
        }
        let clash = a.name.is_empty()
            || a.name.ends_with(JSON_SUFFIX)
            || taken.contains(&a.name.as_str())
            || seen.contains(&a.name.as_str())
            || map
                .actors
                .iter()
                .any(|actor| actor.extra.contains_key(&a.name));
        if clash {
            return Err(ErrorKind::AttributeName {
                name: a.name.clone(),
            }
            .into());
        }
        seen.push(&a.name);
        crate::interop::xml::check_attribute(
            &a.name,
            (0..a.values.len()).filter_map(|i| a.values.text(i)),
        )?;
    }
    Ok(())
}
