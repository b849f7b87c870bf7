//! Actor maps as Graphviz DOT: the diagram a facilitator puts on the wall.
//!
//! The diagram is built as a graphviz-rust AST (`build`) and printed with its printer.
//! Nodes get synthetic ids (`a0`, `a1`, … by position in the map); every piece of human
//! text (actor and forum names, the map's name) goes only into `label` attributes, quoted
//! by `text::quote`, so that no name can break the DOT or add a node or an attribute (see
//! DEVELOPERS.md for Graphviz's escapes and how this is checked against the real `dot`).

mod build;
mod style;
#[cfg(test)]
mod tests;
mod text;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fmt;
use std::io;

use indexmap::IndexMap;

use crate::error::{Error, ErrorKind, Result};
use crate::model::{ActorKind, ActorMap, Level};
use crate::network::{Network, View};
use crate::privacy::anonymize_users;
use crate::words::Lang;

pub use style::{KindStyle, LevelStyle, kind_style, level_style};

/// Default width, in characters, at which names are wrapped onto several lines.
pub const DEFAULT_WRAP: usize = 22;

/// What actors are grouped by, each group drawn as a Graphviz cluster. Actors without
/// the attribute stay outside every cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterBy {
    /// [`crate::Actor::organization`]. The cluster is labelled with the name of the
    /// actor whose id is the organisation, if there is one; else with the part before
    /// " — " that every member's name shares ("CISSS de la Montérégie-Est"); else with
    /// the organisation id.
    Organization,
    /// [`crate::Actor::territory`].
    Territory,
    /// The forums the actor sits in. An actor in several forums is drawn once, in the
    /// first of them in map order.
    Forum,
    /// The kind of actor.
    Kind,
}

impl ClusterBy {
    /// Every grouping, as accepted on the command line.
    pub const ALL: [ClusterBy; 4] = [
        ClusterBy::Organization,
        ClusterBy::Territory,
        ClusterBy::Forum,
        ClusterBy::Kind,
    ];

    /// The name on the command line: `organization`, `territory`, `forum`, `kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClusterBy::Organization => "organization",
            ClusterBy::Territory => "territory",
            ClusterBy::Forum => "forum",
            ClusterBy::Kind => "kind",
        }
    }
}

crate::model::codes!(ClusterBy);

/// The metric node sizes stand for; it names the sizes in the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SizeBy {
    /// Number of ties.
    Degree,
    /// Betweenness centrality: how often the actor lies on the shortest path between
    /// two others.
    Betweenness,
}

impl SizeBy {
    /// Every metric, as accepted on the command line.
    pub const ALL: [SizeBy; 2] = [SizeBy::Degree, SizeBy::Betweenness];

    /// The name on the command line: `degree`, `betweenness`.
    pub fn as_str(self) -> &'static str {
        match self {
            SizeBy::Degree => "degree",
            SizeBy::Betweenness => "betweenness",
        }
    }
}

crate::model::codes!(SizeBy);

/// Node sizes: one value per actor id, computed by the caller. The largest value gets
/// the largest node and text; sizes grow with the square root of the value, so that
/// area, not width, follows it. Actors without a value (or with a value that is not a
/// positive number) get the smallest size.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeSizes {
    /// What the values measure (for the legend).
    pub by: SizeBy,
    /// Value of each actor, by actor id.
    pub values: IndexMap<String, f64>,
}

impl NodeSizes {
    /// Sizes from `(actor id, value)` pairs.
    pub fn new<S: Into<String>>(by: SizeBy, values: impl IntoIterator<Item = (S, f64)>) -> Self {
        NodeSizes {
            by,
            values: values.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }

    /// Each actor's number of ties in the view.
    pub fn degree(network: &Network) -> Self {
        let adjacency = network.adjacency();
        NodeSizes::new(
            SizeBy::Degree,
            network
                .actors()
                .map(|(v, a)| (a.id.clone(), adjacency.degree(v.index()) as f64)),
        )
    }

    /// Each actor's value of `by` in the view.
    pub fn of(network: &Network, by: SizeBy) -> Self {
        match by {
            SizeBy::Degree => NodeSizes::degree(network),
            SizeBy::Betweenness => NodeSizes::betweenness(network),
        }
    }

    /// Each actor's betweenness in the view ([`crate::metrics::path_metrics`]).
    pub fn betweenness(network: &Network) -> Self {
        let paths = crate::metrics::path_metrics(network);
        NodeSizes::new(
            SizeBy::Betweenness,
            network
                .actors()
                .map(|(v, a)| (a.id.clone(), paths.betweenness[v.index()])),
        )
    }

    fn largest(&self) -> f64 {
        self.values
            .values()
            .copied()
            .filter(|x| x.is_finite())
            .fold(0.0, f64::max)
    }

    /// Where an actor's value lies between the smallest size (0) and the largest (1).
    fn scale(&self, id: &str, largest: f64) -> f64 {
        match self.values.get(id) {
            Some(&x) if largest > 0.0 && x.is_finite() && x > 0.0 => (x / largest).sqrt(),
            _ => 0.0,
        }
    }
}

/// What a diagram can mark, by name: `isolation` (isolated and pendant actors,
/// articulation points, bridges) or `gaps` (a forum's members and whom to invite).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Highlight {
    /// What isolates actors ([`Highlights::isolation`]).
    Isolation,
    /// A forum's members and whom to invite to it ([`Highlights::gaps`]).
    Gaps,
}

impl Highlight {
    /// Every highlight, as named on the command line.
    pub const ALL: [Highlight; 2] = [Highlight::Isolation, Highlight::Gaps];

    /// The name: `isolation`, `gaps`.
    pub fn as_str(self) -> &'static str {
        match self {
            Highlight::Isolation => "isolation",
            Highlight::Gaps => "gaps",
        }
    }
}

crate::model::codes!(Highlight);

/// Actors and ties to mark, by actor id, as computed by the metrics (isolation) and the
/// gaps (members and candidates of a forum). Ids that are not drawn are ignored.
///
/// | highlight | drawn as |
/// |---|---|
/// | isolated (no tie) | thick vermillion border |
/// | pendant (one tie) | dashed vermillion border |
/// | articulation point | double border |
/// | bridge | line twice as heavy, vermillion |
/// | member (of the forum studied) | thick black border |
/// | candidate (to invite) | dashed blue border |
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Highlights {
    /// Actors with no tie.
    pub isolated: Vec<String>,
    /// Actors with exactly one tie.
    pub pendants: Vec<String>,
    /// Actors whose removal splits the network.
    pub articulation_points: Vec<String>,
    /// Ties whose removal splits the network, as pairs of actor ids (either order).
    pub bridges: Vec<(String, String)>,
    /// Members of the forum being studied.
    pub members: Vec<String>,
    /// Actors to invite to that forum.
    pub candidates: Vec<String>,
}

fn owned<S: Into<String>>(ids: impl IntoIterator<Item = S>) -> Vec<String> {
    ids.into_iter().map(Into::into).collect()
}

impl Highlights {
    /// What isolates actors in the view: actors with no tie or one tie, articulation
    /// points and bridges ([`crate::metrics::cut_points`]).
    ///
    /// # Example
    /// ```
    /// use actormap::{dot::Highlights, Network, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let highlights = Highlights::isolation(&Network::new(&map, &View::default())?);
    /// assert!(highlights.articulation_points.contains(&"carrefour-aidants".to_owned()));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn isolation(network: &Network) -> Self {
        let adjacency = network.adjacency();
        let with_degree = |d: usize| {
            network
                .actors()
                .filter(move |(v, _)| adjacency.degree(v.index()) == d)
                .map(|(_, a)| a.id.clone())
                .collect::<Vec<_>>()
        };
        let cuts = crate::metrics::cut_points(network);
        let id = |v: petgraph::graph::NodeIndex| network.actor(v).id.clone();
        Highlights::default()
            .with_isolated(with_degree(0))
            .with_pendants(with_degree(1))
            .with_articulation_points(cuts.points().map(id))
            .with_bridges(cuts.bridges.iter().map(|&(a, b)| (id(a), id(b))))
    }

    /// A forum's members and the candidates to invite to it, from a gaps report.
    pub fn gaps(map: &ActorMap, forum: &crate::gaps::ForumGaps) -> Self {
        let members = map
            .forum(&forum.id)
            .map(|f| {
                f.members
                    .iter()
                    .map(|m| m.actor.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        Highlights::default()
            .with_members(members)
            .with_candidates(forum.candidates.iter().map(|c| c.id.clone()))
    }

    /// Highlights with isolated actors set.
    pub fn with_isolated<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.isolated = owned(ids);
        self
    }

    /// Highlights with pendant actors set.
    pub fn with_pendants<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.pendants = owned(ids);
        self
    }

    /// Highlights with articulation points set.
    pub fn with_articulation_points<S: Into<String>>(
        mut self,
        ids: impl IntoIterator<Item = S>,
    ) -> Self {
        self.articulation_points = owned(ids);
        self
    }

    /// Highlights with bridges set.
    pub fn with_bridges<S: Into<String>>(
        mut self,
        pairs: impl IntoIterator<Item = (S, S)>,
    ) -> Self {
        self.bridges = pairs
            .into_iter()
            .map(|(a, b)| (a.into(), b.into()))
            .collect();
        self
    }

    /// Highlights with forum members set.
    pub fn with_members<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.members = owned(ids);
        self
    }

    /// Highlights with invitation candidates set.
    pub fn with_candidates<S: Into<String>>(mut self, ids: impl IntoIterator<Item = S>) -> Self {
        self.candidates = owned(ids);
        self
    }

    /// Whether nothing is to be highlighted.
    pub fn is_empty(&self) -> bool {
        self.isolated.is_empty()
            && self.pendants.is_empty()
            && self.articulation_points.is_empty()
            && self.bridges.is_empty()
            && self.members.is_empty()
            && self.candidates.is_empty()
    }
}

/// What a diagram shows and how.
///
/// The filters apply in order: kinds and minimum level (as in [`View`]), then the
/// forum, then the focus.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DotOptions {
    /// Language of the legend, cluster and title words.
    pub lang: Lang,
    /// Draw clusters grouping the actors.
    pub cluster_by: Option<ClusterBy>,
    /// Size nodes by a metric.
    pub sizes: Option<NodeSizes>,
    /// Only this forum's members and the ties among them (a forum id).
    pub forum: Option<String>,
    /// Only the actors within [`DotOptions::depth`] ties of this actor (an actor id).
    pub focus: Option<String>,
    /// How many ties away from the focus actor to go (0: the actor alone). Default 1.
    pub depth: usize,
    /// Only links at this level or above.
    pub min_level: Option<Level>,
    /// Only actors of these kinds.
    pub kinds: Option<Vec<ActorKind>>,
    /// Actors and ties to mark.
    pub highlights: Highlights,
    /// Draw the legend. Default true.
    pub legend: bool,
    /// Wrap names at this many characters, breaking only at spaces (`None` or 0: never).
    /// Names in circles (users) wrap at three fifths of it (at least 8), so that the
    /// circle stays small. Default [`DEFAULT_WRAP`].
    pub wrap: Option<usize>,
    /// Show service users, and everything from their records, under pseudonyms (see
    /// [`crate::privacy`]): numbered in map order, or from [`DotOptions::pseudonyms`]
    /// when given. Ids in the other options still name the actors as the map has them.
    pub anonymize_users: bool,
    /// The table the pseudonyms come from, when users are anonymised (none: a new table,
    /// users numbered in map order).
    pub pseudonyms: Option<crate::privacy::Pseudonyms>,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions {
            lang: Lang::En,
            cluster_by: None,
            sizes: None,
            forum: None,
            focus: None,
            depth: 1,
            min_level: None,
            kinds: None,
            highlights: Highlights::default(),
            legend: true,
            wrap: Some(DEFAULT_WRAP),
            anonymize_users: false,
            pseudonyms: None,
        }
    }
}

impl DotOptions {
    /// The options with highlights and node sizes computed from the map, on the view these
    /// options draw (their kinds and minimum level): each of `highlight`, combined, and
    /// sizes by `size_by`. [`Highlight::Gaps`] marks the members of the options' forum and
    /// its first `top` candidates to invite; it needs a forum
    /// ([`ErrorKind::HighlightNeedsForum`]).
    ///
    /// # Example
    /// ```
    /// use actormap::dot::{DotOptions, Highlight, SizeBy};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let options = DotOptions::default()
    ///     .with_forum(Some("table-aines".into()))
    ///     .computed(&map, &[Highlight::Isolation, Highlight::Gaps], Some(SizeBy::Degree), 5)?;
    /// assert_eq!(options.highlights.candidates.len(), 5);
    /// assert!(options.sizes.is_some());
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn computed(
        mut self,
        map: &ActorMap,
        highlight: &[Highlight],
        size_by: Option<SizeBy>,
        top: usize,
    ) -> Result<DotOptions> {
        if highlight.is_empty() && size_by.is_none() {
            return Ok(self);
        }
        let view = View::default()
            .with_min_level(self.min_level)
            .with_kinds(self.kinds.clone());
        let network = Network::new(map, &view)?;
        let mut highlights = Highlights::default();
        if highlight.contains(&Highlight::Isolation) {
            highlights = Highlights::isolation(&network);
        }
        if highlight.contains(&Highlight::Gaps) {
            let Some(id) = &self.forum else {
                return Err(ErrorKind::HighlightNeedsForum.into());
            };
            let options = crate::gaps::GapsOptions::default()
                .with_forum(Some(id.clone()))
                .with_top(top);
            let report = crate::gaps::GapsReport::compute(&network, &[], &options)?;
            let gaps = Highlights::gaps(map, &report.forums[0]);
            highlights = highlights
                .with_members(gaps.members)
                .with_candidates(gaps.candidates);
        }
        self.highlights = highlights;
        self.sizes = size_by.map(|by| NodeSizes::of(&network, by));
        Ok(self)
    }

    /// Options with the language of the legend and titles.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Options with clusters.
    pub fn with_cluster_by(mut self, cluster_by: Option<ClusterBy>) -> Self {
        self.cluster_by = cluster_by;
        self
    }

    /// Options with node sizes.
    pub fn with_sizes(mut self, sizes: Option<NodeSizes>) -> Self {
        self.sizes = sizes;
        self
    }

    /// Options showing one forum only.
    pub fn with_forum(mut self, forum: Option<String>) -> Self {
        self.forum = forum;
        self
    }

    /// Options showing one actor's neighbourhood, `depth` ties deep.
    pub fn with_focus(mut self, actor: Option<String>, depth: usize) -> Self {
        self.focus = actor;
        self.depth = depth;
        self
    }

    /// Options with a minimum level.
    pub fn with_min_level(mut self, level: Option<Level>) -> Self {
        self.min_level = level;
        self
    }

    /// Options restricted to some kinds.
    pub fn with_kinds(mut self, kinds: Option<Vec<ActorKind>>) -> Self {
        self.kinds = kinds;
        self
    }

    /// Options with highlights.
    pub fn with_highlights(mut self, highlights: Highlights) -> Self {
        self.highlights = highlights;
        self
    }

    /// Options with or without the legend.
    pub fn with_legend(mut self, legend: bool) -> Self {
        self.legend = legend;
        self
    }

    /// Options with a wrap width (`None` or 0: no wrapping).
    pub fn with_wrap(mut self, wrap: Option<usize>) -> Self {
        self.wrap = wrap;
        self
    }

    /// Options with or without pseudonyms for users.
    pub fn with_anonymize_users(mut self, anonymize: bool) -> Self {
        self.anonymize_users = anonymize;
        self
    }

    /// Options with users under pseudonyms from this table (a table that has met the
    /// map's users gives them the pseudonyms it holds).
    pub fn with_pseudonyms(mut self, pseudonyms: crate::privacy::Pseudonyms) -> Self {
        self.anonymize_users = true;
        self.pseudonyms = Some(pseudonyms);
        self
    }
}

/// A diagram in the Graphviz DOT language. `Display` gives the DOT text (ending with a
/// newline); the same map and options always give the same bytes.
///
/// # Example
/// ```
/// use actormap::{dot::ClusterBy, dot::DotOptions, Lang};
///
/// let map = actormap::read_path("fixtures/itss-action-group.json")?;
/// let options = DotOptions::default()
///     .with_lang(Lang::Fr)
///     .with_cluster_by(Some(ClusterBy::Organization));
/// let dot = actormap::dot::to_dot(&map, &options)?;
/// let text = dot.to_string();
/// assert!(text.starts_with("graph actormap {"));
/// assert!(text.contains(r#"label="Légende""#));
/// # Ok::<(), actormap::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Dot {
    /// The text, printed when the diagram is made (no AST of the whole map is kept).
    text: String,
}

impl Dot {
    /// Write the DOT text to `out`.
    pub fn write_to(&self, mut out: impl io::Write) -> io::Result<()> {
        out.write_all(self.text.as_bytes())
    }

    /// The DOT text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Dot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Draw `map` as a DOT diagram.
///
/// What the drawing says:
///
/// - **Kind** by shape and fill ([`kind_style`]): public bodies are boxes, community
///   organisations ellipses, private companies hexagons, users circles; the fills are
///   Paul Tol's colour-blind-safe "light" scheme, pale enough for black text, and the
///   shapes alone tell the kinds apart in greyscale.
/// - **Level** by line ([`level_style`]): information dotted, coordination dashed,
///   cooperation solid, collaboration bold.
/// - **One line per pair of actors**, as in the analysis view ([`Network`]): the pair is
///   drawn at the highest level of the links between them. Arrowheads come from those
///   strongest links only: an arrowhead at each end a directed link points to, none when
///   one of them is mutual (undirected).
/// - **Clusters** ([`ClusterBy`]) group actors by organisation, territory, forum or kind;
///   an actor in several forums is drawn once, in the first of them in map order. The
///   members of a cluster sit in rows of up to eight.
/// - **Highlights** ([`Highlights`]) and **node sizes** ([`NodeSizes`]) are data the
///   caller computes (with the metrics and gaps functions); they are only drawn here.
/// - **Names** exactly as written, wrapped at spaces ([`DotOptions::wrap`]); the map's
///   name, territory and date as the title; a legend of what the diagram shows.
///
/// Errors: [`crate::ErrorKind::NotFound`] when the forum or the focus actor does not
/// exist (with the closest id); [`crate::ErrorKind::FocusOutsideForum`] or
/// [`crate::ErrorKind::FocusKindLeftOut`] when the focus actor is left out by the other
/// filters; [`crate::ErrorKind::Invalid`] when the map has dangling references (maps read
/// by this crate never do).
///
/// # Example
/// ```
/// use actormap::{dot::DotOptions, dot::Highlights};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "sad", "name": "Soutien à domicile", "kind": "public"},
///              {"id": "popote", "name": "Popote \"roulante\"", "kind": "community"}],
///   "links": [{"source": "sad", "target": "popote", "level": "coordination",
///              "directed": true}]}"#)?;
/// let options = DotOptions::default()
///     .with_legend(false)
///     .with_highlights(Highlights::default().with_pendants(["sad", "popote"]));
/// let dot = actormap::dot::to_dot(&map, &options)?.to_string();
/// assert!(dot.contains(r#"a1[label="Popote \"roulante\"""#));
/// assert!(dot.contains("a0 -- a1 [style=dashed penwidth=1.2 dir=forward]"));
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn to_dot(map: &ActorMap, options: &DotOptions) -> Result<Dot> {
    let view = View::default()
        .with_min_level(options.min_level)
        .with_kinds(options.kinds.clone());
    let network = Network::new(map, &view)?;
    let keep = chosen_nodes(map, &network, options)?;
    let shown: Cow<'_, ActorMap> = if options.anonymize_users {
        Cow::Owned(match &options.pseudonyms {
            Some(table) => table.clone().anonymize(map, options.lang),
            None => anonymize_users(map, options.lang),
        })
    } else {
        Cow::Borrowed(map)
    };
    Ok(Dot {
        text: build::Builder {
            map,
            shown: &shown,
            network: &network,
            keep: &keep,
            options,
            largest: options.sizes.as_ref().map_or(0.0, NodeSizes::largest),
        }
        .build(),
    })
}

/// Which nodes of the network the diagram shows, after the forum and focus filters.
fn chosen_nodes(map: &ActorMap, network: &Network<'_>, options: &DotOptions) -> Result<Vec<bool>> {
    let n = network.node_count();
    let mut keep = vec![true; n];
    if let Some(forum_id) = &options.forum {
        let forum = map.forum(forum_id).ok_or_else(|| {
            Error::not_found("forum", forum_id, map.forums.iter().map(|f| f.id.as_str()))
        })?;
        keep = vec![false; n];
        // Candidates to invite are outside the forum by definition: drawn beside it.
        let candidates = options.highlights.candidates.iter();
        for id in forum.members.iter().map(|m| &m.actor).chain(candidates) {
            if let Some(node) = network.node(id) {
                keep[node.index()] = true;
            }
        }
    }
    if let Some(focus) = &options.focus {
        let Some(actor) = map.actor(focus) else {
            return Err(Error::not_found(
                "actor",
                focus,
                map.actors.iter().map(|a| a.id.as_str()),
            ));
        };
        let start = match network.node(focus) {
            Some(node) if keep[node.index()] => node.index(),
            Some(_) => {
                return Err(ErrorKind::FocusOutsideForum {
                    actor: focus.clone(),
                    forum: options.forum.clone().unwrap_or_default(),
                }
                .into());
            }
            None => {
                return Err(ErrorKind::FocusKindLeftOut {
                    actor: focus.clone(),
                    kind: actor.kind,
                }
                .into());
            }
        };
        // Breadth-first, among the actors the other filters keep.
        let mut depth = vec![usize::MAX; n];
        depth[start] = 0;
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            if depth[v] == options.depth {
                continue;
            }
            for &w in network.adjacency().neighbors(v) {
                let w = w as usize;
                if keep[w] && depth[w] == usize::MAX {
                    depth[w] = depth[v] + 1;
                    queue.push_back(w);
                }
            }
        }
        for (k, d) in keep.iter_mut().zip(&depth) {
            *k = *d != usize::MAX;
        }
    }
    Ok(keep)
}
