//! Change over time: two snapshots of a map compared, or several as a time series.
//!
//! Actors are matched by id. An id that disappears while an actor with the same name
//! (folded: case, accents, punctuation) appears is reported as a likely rename, and the
//! comparison then treats the two ids as one actor, so its links and seats are not
//! counted as lost and found again. Links are matched by their pair of actors (either
//! direction) and kind; forums by id.
//!
//! The indicators come from [`MetricsReport::compute`] on each snapshot, with the same view.

mod words;

pub(crate) use words::{change as indicator_change, value as indicator_value};

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use indexmap::IndexMap;
use serde::Serialize;

use crate::error::{ErrorKind, Result};
use crate::finding::{Finding, FindingText};
use crate::metrics::{MapSummary, MetricsReport};
use crate::model::KindCounts;
use crate::model::{Actor, ActorKind, ActorMap, Forum, Level, Link};
use crate::network::{Network, View};
use crate::text;
use crate::words::Lang;

/// How to compare snapshots. The language is chosen when the comparison is rendered
/// ([`Diff::to_text`], [`Diff::to_json`]).
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DiffOptions {
    /// Which ties count, for the indicators.
    pub view: View,
}

impl DiffOptions {
    /// Options with a view.
    pub fn with_view(mut self, view: View) -> Self {
        self.view = view;
        self
    }
}

/// An actor, as the comparison names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
}

/// An id that disappeared while an actor of the same name appeared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rename {
    /// The id before.
    pub before: String,
    /// The id after.
    pub after: String,
    /// The name (after).
    pub name: String,
}

/// A field of an actor that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// The field: `name`, `kind`, `organization`, `sector`, `territory`, `services`.
    pub field: &'static str,
    /// Its value before.
    pub before: Option<String>,
    /// Its value after.
    pub after: Option<String>,
}

/// An actor present in both snapshots whose description changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorChange {
    /// Id (after).
    pub id: String,
    /// Name (after).
    pub name: String,
    /// What changed.
    pub fields: Vec<FieldChange>,
}

/// A link, as the comparison names it (ids are those of the snapshot it is in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LinkRef {
    /// First actor's id.
    pub source: String,
    /// First actor's name.
    pub source_name: String,
    /// Second actor's id.
    pub target: String,
    /// Second actor's name.
    pub target_name: String,
    /// Kind of link, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Level (the highest, when the pair has the same link twice).
    pub level: Level,
}

/// A link present in both snapshots whose level changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LevelChange {
    /// First actor's id (after).
    pub source: String,
    /// First actor's name.
    pub source_name: String,
    /// Second actor's id (after).
    pub target: String,
    /// Second actor's name.
    pub target_name: String,
    /// Kind of link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Level before.
    pub before: Level,
    /// Level after.
    pub after: Level,
}

/// A seat in a forum.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Seat {
    /// Actor id.
    pub actor: String,
    /// Actor name.
    pub name: String,
    /// Role.
    pub role: String,
}

/// A role that changed for a member present in both snapshots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RoleChange {
    /// Actor id (after).
    pub actor: String,
    /// Actor name.
    pub name: String,
    /// Role before.
    pub before: String,
    /// Role after.
    pub after: String,
}

/// A forum's composition in both snapshots, and how its membership changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ForumChange {
    /// Id.
    pub id: String,
    /// Name (after, or before for a forum that is gone).
    pub name: String,
    /// Whether the forum exists before.
    pub before_exists: bool,
    /// Whether the forum exists after.
    pub after_exists: bool,
    /// Members before, per kind.
    pub before: KindCounts,
    /// Members after, per kind.
    pub after: KindCounts,
    /// Who joined.
    pub joined: Vec<Seat>,
    /// Who left.
    pub left: Vec<Seat>,
    /// Whose role changed.
    pub roles: Vec<RoleChange>,
}

/// An indicator in two (or more) snapshots.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Indicator {
    /// Stable key: `actors`, `ties`, `density`, `components`,
    /// `largest_component_share`, `isolates`, `articulation_points`,
    /// `cross_kind_share`, `ei_index`, `inter_organisational_share`,
    /// `inter_directional_share`, `intersectoral_share`, `needs_unserved`,
    /// `needs_single_provider`.
    pub key: &'static str,
    /// Value in each snapshot (none where it is not defined).
    pub values: Vec<Option<f64>>,
}

impl Indicator {
    /// The indicator's label in a language ("Density", "Densité").
    pub fn label(&self, lang: Lang) -> String {
        words::indicator_label(lang, self.key)
    }

    /// The change from the first snapshot to the last, when both are defined.
    pub fn change(&self) -> Option<f64> {
        match (self.values.first(), self.values.last()) {
            (Some(Some(a)), Some(Some(b))) => Some(b - a),
            _ => None,
        }
    }
}

/// Ties between two groups of actors (two kinds, or a kind and an establishment) in both
/// snapshots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TiesBetween {
    /// The first group: a kind.
    pub kind: ActorKind,
    /// The second group: another kind…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_kind: Option<ActorKind>,
    /// …or an establishment: an organisation (an `organization`, or the id of an actor
    /// that is the `organization` of others) with several actors, as first written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Ties before.
    pub before: usize,
    /// Ties after.
    pub after: usize,
}

/// Two snapshots compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    /// The earlier snapshot.
    pub before: MapSummary,
    /// The later snapshot.
    pub after: MapSummary,
    /// Actors only in the later snapshot (renames excepted).
    pub actors_added: Vec<ActorRef>,
    /// Actors only in the earlier snapshot (renames excepted).
    pub actors_removed: Vec<ActorRef>,
    /// Likely renames.
    pub renamed: Vec<Rename>,
    /// Actors whose name, kind, organisation, sector, territory or services changed.
    pub actors_changed: Vec<ActorChange>,
    /// Links only in the later snapshot.
    pub links_added: Vec<LinkRef>,
    /// Links only in the earlier snapshot.
    pub links_removed: Vec<LinkRef>,
    /// Links whose level went up.
    pub links_up: Vec<LevelChange>,
    /// Links whose level went down.
    pub links_down: Vec<LevelChange>,
    /// Every forum of either snapshot, with its composition and membership changes.
    pub forums: Vec<ForumChange>,
    /// Ties between kinds, and between kinds and establishments, whose number changed.
    pub ties_between: Vec<TiesBetween>,
    /// The indicators, side by side (two values each).
    pub indicators: Vec<Indicator>,
    /// What changed: findings, put into words by [`Finding::sentence`].
    pub findings: Vec<Finding>,
}

/// Several snapshots' indicators, as a time series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeSeries {
    /// The snapshots, in the order given.
    pub snapshots: Vec<MapSummary>,
    /// One row per indicator, one value per snapshot.
    pub indicators: Vec<Indicator>,
}

/// The indicators of one snapshot.
fn indicators(report: &MetricsReport) -> Vec<(&'static str, Option<f64>)> {
    let n = &report.network;
    let c = &report.coverage;
    let count = |x: usize| Some(x as f64);
    vec![
        ("actors", count(n.actors)),
        ("ties", count(n.links)),
        ("density", (n.actors > 1).then_some(n.density)),
        ("components", count(n.components.len())),
        ("largest_component_share", n.largest_component_share),
        ("isolates", count(n.isolates)),
        ("articulation_points", count(n.articulation_points.len())),
        ("cross_kind_share", c.kind_mixing.cross_kind_share),
        ("ei_index", c.kind_mixing.ei_index),
        (
            "inter_organisational_share",
            c.integration.inter_organisational_share,
        ),
        (
            "inter_directional_share",
            c.integration.inter_directional_share,
        ),
        ("intersectoral_share", c.integration.intersectoral_share),
        ("needs_unserved", count(c.needs.unserved.len())),
        (
            "needs_single_provider",
            count(c.needs.single_provider.len()),
        ),
    ]
}

/// What a comparison needs of one snapshot: its view and every metric but the all-pairs
/// ones (which no indicator uses).
fn report<'m>(map: &'m ActorMap, options: &DiffOptions) -> Result<(Network<'m>, MetricsReport)> {
    let network = Network::new(map, &options.view)?;
    let report = MetricsReport::compute_without_paths(&network);
    Ok((network, report))
}

/// The indicators of some reports, one row per indicator, one value per report.
pub(crate) fn indicator_rows(reports: &[MetricsReport]) -> Vec<Indicator> {
    let columns: Vec<Vec<(&'static str, Option<f64>)>> = reports.iter().map(indicators).collect();
    columns[0]
        .iter()
        .enumerate()
        .map(|(i, (key, _))| Indicator {
            key,
            values: columns.iter().map(|c| c[i].1).collect(),
        })
        .collect()
}

/// The indicators of several snapshots, in the order given.
///
/// # Errors
/// When a map's view cannot be built (it has errors), or fewer than two maps are given.
pub fn time_series(maps: &[&ActorMap], options: &DiffOptions) -> Result<TimeSeries> {
    if maps.len() < 2 {
        return Err(ErrorKind::TooFewSnapshots { given: maps.len() }.into());
    }
    let reports: Vec<MetricsReport> = maps
        .iter()
        .map(|m| report(m, options).map(|(_, r)| r))
        .collect::<Result<_>>()?;
    Ok(TimeSeries {
        snapshots: reports.iter().map(|r| r.map.clone()).collect(),
        indicators: indicator_rows(&reports),
    })
}

impl TimeSeries {
    /// The series as a text table in a language, one row per indicator, one column per
    /// snapshot.
    pub fn to_text(&self, lang: Lang) -> String {
        words::series_text(self, lang)
    }

    /// The series as CSV: one row per snapshot (date, name), one column per indicator,
    /// keyed by code; shares are fractions. It has no words, so no language.
    pub fn to_csv(&self) -> String {
        words::series_csv(self)
    }

    /// The series as pretty JSON, with a final newline; the indicators' labels are in
    /// `lang`.
    pub fn to_json(&self, lang: Lang) -> String {
        let doc = TimeSeriesJson {
            lang,
            snapshots: &self.snapshots,
            indicators: labelled(&self.indicators, lang),
        };
        pretty(&doc)
    }
}

/// An indicator with its label, as JSON outputs write it.
#[derive(Serialize)]
struct IndicatorJson<'a> {
    key: &'static str,
    label: String,
    values: &'a [Option<f64>],
}

fn labelled(indicators: &[Indicator], lang: Lang) -> Vec<IndicatorJson<'_>> {
    indicators
        .iter()
        .map(|i| IndicatorJson {
            key: i.key,
            label: i.label(lang),
            values: &i.values,
        })
        .collect()
}

#[derive(Serialize)]
struct TimeSeriesJson<'a> {
    lang: Lang,
    snapshots: &'a [MapSummary],
    indicators: Vec<IndicatorJson<'a>>,
}

/// A [`Diff`] in words, as [`Diff::to_json`] writes it.
#[derive(Serialize)]
struct DiffJson<'a> {
    lang: Lang,
    before: &'a MapSummary,
    after: &'a MapSummary,
    actors_added: &'a [ActorRef],
    actors_removed: &'a [ActorRef],
    renamed: &'a [Rename],
    actors_changed: &'a [ActorChange],
    links_added: &'a [LinkRef],
    links_removed: &'a [LinkRef],
    links_up: &'a [LevelChange],
    links_down: &'a [LevelChange],
    forums: &'a [ForumChange],
    ties_between: &'a [TiesBetween],
    indicators: Vec<IndicatorJson<'a>>,
    findings: Vec<FindingText<'a>>,
}

fn pretty(doc: &impl Serialize) -> String {
    crate::text::json_pretty(doc)
}

/// Compare two snapshots of a map.
///
/// Organisations, sectors, territories, services and link kinds are compared by their key
/// (case, spaces and Unicode composition aside), so a change of spelling alone is no
/// change; the services are compared as sets, so a new order alone is no change.
///
/// # Example
/// ```
/// use actormap::{diff::DiffOptions, Lang};
///
/// let before = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
/// let after = actormap::read_path("fixtures/pierre-de-saurel-aines-2026.json")?;
/// let diff = actormap::diff::diff(&before, &after, &DiffOptions::default())?;
/// assert_eq!(diff.renamed[0].after, "cdc-pds");
/// for finding in &diff.findings {
///     println!("{}", finding.sentence(Lang::Fr));
/// }
/// assert!(diff.to_text(Lang::Fr).starts_with("Changements — "));
/// # Ok::<(), actormap::Error>(())
/// ```
///
/// # Complexity
/// O(actors + links + memberships) with hash tables, plus the two snapshots' metrics
/// other than the all-pairs ones (near-linear: O(Σ degree²) for the triangles).
pub fn diff<'m>(before: &'m ActorMap, after: &'m ActorMap, options: &DiffOptions) -> Result<Diff> {
    let (earlier, later) = rayon::join(|| report(before, options), || report(after, options));
    let ((network_before, report_before), (network_after, report_after)) = (earlier?, later?);
    let reports = [report_before, report_after];
    // What needs the networks first, so that they are freed before the links of both
    // snapshots are keyed (on a large map, each network is hundreds of megabytes).
    let establishments = Establishments::new(before, after);
    let ties_between = establishments.ties_between(&network_before, &network_after);
    drop((network_before, network_after));
    let indicators = indicator_rows(&reports);
    let index = [Index::new(before), Index::new(after)];

    // Actors, renames first: each id that disappeared takes the first actor of the same
    // folded name that appeared and is not taken yet.
    let gone: Vec<&Actor> = before
        .actors
        .iter()
        .filter(|a| !index[1].actors.contains_key(a.id.as_str()))
        .collect();
    let new: Vec<&Actor> = after
        .actors
        .iter()
        .filter(|a| !index[0].actors.contains_key(a.id.as_str()))
        .collect();
    let mut by_name: HashMap<String, VecDeque<&Actor>> = HashMap::new();
    if !gone.is_empty() {
        for a in &new {
            by_name
                .entry(text::fold_name(&a.name))
                .or_default()
                .push_back(a);
        }
    }
    let mut renamed = Vec::new();
    let mut renamed_to: HashMap<&str, &str> = HashMap::new();
    let mut taken: HashSet<&str> = HashSet::new();
    for old in &gone {
        let Some(found) = by_name
            .get_mut(&text::fold_name(&old.name))
            .and_then(VecDeque::pop_front)
        else {
            continue;
        };
        taken.insert(&found.id);
        renamed_to.insert(&old.id, &found.id);
        renamed.push(Rename {
            before: old.id.clone(),
            after: found.id.clone(),
            name: found.name.clone(),
        });
    }
    // An id of the earlier snapshot, as the later one writes it.
    let now = |id: &'m str| -> &'m str { renamed_to.get(id).copied().unwrap_or(id) };
    let actor_ref = |a: &Actor| ActorRef {
        id: a.id.clone(),
        name: a.name.clone(),
        kind: a.kind,
    };
    let actors_removed: Vec<ActorRef> = gone
        .iter()
        .filter(|a| !renamed_to.contains_key(a.id.as_str()))
        .map(|a| actor_ref(a))
        .collect();
    let actors_added: Vec<ActorRef> = new
        .iter()
        .filter(|a| !taken.contains(a.id.as_str()))
        .map(|a| actor_ref(a))
        .collect();
    let mut before_by_id: HashMap<&str, &Actor> = HashMap::with_capacity(before.actors.len());
    for a in &before.actors {
        before_by_id.entry(now(&a.id)).or_insert(a);
    }
    let mut actors_changed = Vec::new();
    for a in &after.actors {
        let Some(b) = before_by_id.get(a.id.as_str()) else {
            continue;
        };
        let fields = changed_fields(b, a);
        if !fields.is_empty() {
            actors_changed.push(ActorChange {
                id: a.id.clone(),
                name: a.name.clone(),
                fields,
            });
        }
    }

    // Links, keyed by unordered pair (as the later snapshot names them) and kind; each
    // with the first link of its key and the highest level.
    type Key<'m> = (&'m str, &'m str, Option<Cow<'m, str>>);
    fn key<'m>(a: &'m str, b: &'m str, kind: Option<&'m str>) -> Key<'m> {
        let kind = kind.map(text::key);
        if a <= b { (a, b, kind) } else { (b, a, kind) }
    }
    let links = |map: &'m ActorMap, rename: bool| {
        let mut links: IndexMap<Key<'m>, (&'m Link, Level)> =
            IndexMap::with_capacity(map.links.len());
        for l in &map.links {
            let (s, t) = if rename {
                (now(&l.source), now(&l.target))
            } else {
                (l.source.as_str(), l.target.as_str())
            };
            let e = links
                .entry(key(s, t, l.kind.as_deref()))
                .or_insert((l, l.level));
            e.1 = e.1.max(l.level);
        }
        links
    };
    let (links_before, links_after) = (links(before, true), links(after, false));
    let link_ref = |index: &Index, &(l, level): &(&Link, Level)| LinkRef {
        source: l.source.clone(),
        source_name: index.name(&l.source),
        target: l.target.clone(),
        target_name: index.name(&l.target),
        kind: l.kind.clone(),
        level,
    };
    let mut links_added = Vec::new();
    let mut links_up = Vec::new();
    let mut links_down = Vec::new();
    for (k, a) in &links_after {
        match links_before.get(k) {
            None => links_added.push(link_ref(&index[1], a)),
            Some(b) if b.1 != a.1 => {
                let l = link_ref(&index[1], a);
                let change = LevelChange {
                    source: l.source,
                    source_name: l.source_name,
                    target: l.target,
                    target_name: l.target_name,
                    kind: l.kind,
                    before: b.1,
                    after: a.1,
                };
                if a.1 > b.1 {
                    links_up.push(change)
                } else {
                    links_down.push(change)
                }
            }
            Some(_) => {}
        }
    }
    let links_removed: Vec<LinkRef> = links_before
        .iter()
        .filter(|(k, _)| !links_after.contains_key(*k))
        .map(|(_, b)| link_ref(&index[0], b))
        .collect();

    // Forums.
    let mut forums = Vec::new();
    let seats = |index: &Index, f: &'m Forum, rename: bool| -> IndexMap<String, Seat> {
        let mut seats = IndexMap::with_capacity(f.members.len());
        for m in &f.members {
            let id = if rename {
                now(&m.actor).to_owned()
            } else {
                m.actor.clone()
            };
            seats.entry(id.clone()).or_insert_with(|| Seat {
                name: index.name(&m.actor),
                actor: id,
                role: m.role().to_owned(),
            });
        }
        seats
    };
    let kinds_of = |index: &Index, f: &Forum| {
        let mut counts = KindCounts::default();
        let mut seen = HashSet::with_capacity(f.members.len());
        for m in &f.members {
            if seen.insert(m.actor.as_str()) {
                if let Some(a) = index.actors.get(m.actor.as_str()) {
                    counts.add(a.kind);
                }
            }
        }
        counts
    };
    let mut ids: Vec<&str> = after.forums.iter().map(|f| f.id.as_str()).collect();
    ids.extend(
        before
            .forums
            .iter()
            .map(|f| f.id.as_str())
            .filter(|id| !index[1].forums.contains_key(id)),
    );
    let mut listed: HashSet<&str> = HashSet::with_capacity(ids.len());
    for id in ids {
        // A forum id entered twice is compared once, at its first place.
        if !listed.insert(id) {
            continue;
        }
        let (b, a) = (
            index[0].forums.get(id).copied(),
            index[1].forums.get(id).copied(),
        );
        let sb = b.map(|f| seats(&index[0], f, true)).unwrap_or_default();
        let sa = a.map(|f| seats(&index[1], f, false)).unwrap_or_default();
        let joined: Vec<Seat> = sa
            .iter()
            .filter(|(k, _)| !sb.contains_key(*k))
            .map(|(_, s)| s.clone())
            .collect();
        let left: Vec<Seat> = sb
            .iter()
            .filter(|(k, _)| !sa.contains_key(*k))
            .map(|(_, s)| s.clone())
            .collect();
        let roles: Vec<RoleChange> = sa
            .iter()
            .filter_map(|(k, s)| {
                sb.get(k)
                    .filter(|o| text::key(&o.role) != text::key(&s.role))
                    .map(|o| RoleChange {
                        actor: s.actor.clone(),
                        name: s.name.clone(),
                        before: o.role.clone(),
                        after: s.role.clone(),
                    })
            })
            .collect();
        forums.push(ForumChange {
            id: id.to_owned(),
            name: a.or(b).map(|f| f.name.clone()).unwrap_or_default(),
            before_exists: b.is_some(),
            after_exists: a.is_some(),
            before: b.map(|f| kinds_of(&index[0], f)).unwrap_or_default(),
            after: a.map(|f| kinds_of(&index[1], f)).unwrap_or_default(),
            joined,
            left,
            roles,
        });
    }

    let mut diff = Diff {
        before: reports[0].map.clone(),
        after: reports[1].map.clone(),
        actors_added,
        actors_removed,
        renamed,
        actors_changed,
        links_added,
        links_removed,
        links_up,
        links_down,
        forums,
        ties_between,
        indicators,
        findings: Vec::new(),
    };
    diff.findings = words::findings(&diff, &index[1], &establishments, &reports);
    Ok(diff)
}

/// The fields of an actor that changed between two snapshots. Names and kinds are
/// compared as written; organisations, sectors and territories by key; services as sets
/// of keys.
fn changed_fields(b: &Actor, a: &Actor) -> Vec<FieldChange> {
    let mut fields = Vec::new();
    let mut field = |name: &'static str, x: Option<String>, y: Option<String>, same: bool| {
        if !same {
            fields.push(FieldChange {
                field: name,
                before: x,
                after: y,
            });
        }
    };
    let keyed = |v: &Option<String>| {
        v.as_deref()
            .map(text::key)
            .filter(|k| !k.is_empty())
            .map(|k| k.into_owned())
    };
    field(
        "name",
        Some(b.name.clone()),
        Some(a.name.clone()),
        b.name == a.name,
    );
    field(
        "kind",
        Some(b.kind.to_string()),
        Some(a.kind.to_string()),
        b.kind == a.kind,
    );
    for (name, x, y) in [
        ("organization", &b.organization, &a.organization),
        ("sector", &b.sector, &a.sector),
        ("territory", &b.territory, &a.territory),
    ] {
        field(name, x.clone(), y.clone(), keyed(x) == keyed(y));
    }
    let set = |s: &[String]| -> BTreeSet<String> {
        s.iter()
            .map(|x| text::key(x).into_owned())
            .filter(|k| !k.is_empty())
            .collect()
    };
    let list = |s: &[String]| (!s.is_empty()).then(|| s.join(" | "));
    field(
        "services",
        list(&b.services),
        list(&a.services),
        set(&b.services) == set(&a.services),
    );
    fields
}

/// A snapshot's actors and forums by id (the first of an id entered twice).
pub(crate) struct Index<'m> {
    pub(crate) actors: HashMap<&'m str, &'m Actor>,
    forums: HashMap<&'m str, &'m Forum>,
}

impl<'m> Index<'m> {
    fn new(map: &'m ActorMap) -> Self {
        let mut actors = HashMap::with_capacity(map.actors.len());
        for a in &map.actors {
            actors.entry(a.id.as_str()).or_insert(a);
        }
        let mut forums = HashMap::with_capacity(map.forums.len());
        for f in &map.forums {
            forums.entry(f.id.as_str()).or_insert(f);
        }
        Index { actors, forums }
    }

    /// The name of the actor with this id, or the id itself.
    pub(crate) fn name(&self, id: &str) -> String {
        self.actors
            .get(id)
            .map_or_else(|| id.to_owned(), |a| a.name.clone())
    }
}

/// The establishments of two snapshots: organisations (by key: an actor's `organization`,
/// or its own id, so that an actor whose id is the `organization` of others belongs with
/// them) with two actors or more in either snapshot, in order of first appearance (the
/// later snapshot first), each with its name.
pub(crate) struct Establishments {
    /// Key → (the organisation as first written, its name).
    orgs: IndexMap<String, (String, String)>,
}

impl Establishments {
    fn new(before: &ActorMap, after: &ActorMap) -> Self {
        let mut orgs: IndexMap<String, (String, String)> = IndexMap::new();
        for map in [after, before] {
            let mut counts: IndexMap<Cow<'_, str>, (usize, &str)> = IndexMap::new();
            for a in &map.actors {
                let written = a
                    .organization
                    .as_deref()
                    .map(str::trim)
                    .filter(|o| !o.is_empty())
                    .unwrap_or(&a.id);
                counts
                    .entry(crate::metrics::organisation_key(a))
                    .or_insert((0, written))
                    .0 += 1;
            }
            for (key, (n, written)) in counts {
                if n > 1 && !orgs.contains_key(key.as_ref()) {
                    orgs.insert(key.into_owned(), (written.to_owned(), String::new()));
                }
            }
        }
        // Names: the actor whose id is the organisation; otherwise what the names of its
        // actors share before a dash; otherwise the organisation as written. The later
        // snapshot first.
        let mut named = vec![false; orgs.len()];
        for map in [after, before] {
            let mut heads: Vec<Option<Option<String>>> = vec![None; orgs.len()];
            for a in &map.actors {
                if let Some(o) = orgs.get_index_of(text::key(&a.id).as_ref()) {
                    if !named[o] {
                        named[o] = true;
                        orgs[o].1 = a.name.clone();
                    }
                }
                let Some(org) = a.organization.as_deref() else {
                    continue;
                };
                if let Some(o) = orgs.get_index_of(text::key(org).as_ref()) {
                    let head = crate::model::name_head(&a.name);
                    heads[o] = match heads[o].take() {
                        None => Some(Some(head).filter(|h| !h.is_empty())),
                        Some(Some(h)) if h == head => Some(Some(h)),
                        Some(_) => Some(None),
                    };
                }
            }
            for (o, head) in heads.into_iter().enumerate() {
                if !named[o] {
                    if let Some(Some(head)) = head {
                        named[o] = true;
                        orgs[o].1 = head;
                    }
                }
            }
        }
        for (o, named) in named.into_iter().enumerate() {
            if !named {
                orgs[o].1 = orgs[o].0.clone();
            }
        }
        Establishments { orgs }
    }

    /// The name of an establishment, by the organisation as written in
    /// [`TiesBetween::organization`].
    pub(crate) fn name(&self, written: &str) -> String {
        self.orgs
            .get(text::key(written).as_ref())
            .map_or_else(|| written.to_owned(), |(_, name)| name.clone())
    }

    /// Ties between kinds, and between each kind and each establishment, in both
    /// snapshots; only the groups whose count changed. A tie between two actors of one
    /// establishment is internal to it and counts for neither.
    fn ties_between(&self, before: &Network, after: &Network) -> Vec<TiesBetween> {
        type Counts = ([[usize; 4]; 4], Vec<[usize; 4]>);
        let count = |network: &Network| -> Counts {
            let mut kinds = [[0usize; 4]; 4];
            let mut by_org = vec![[0usize; 4]; self.orgs.len()];
            let org_of: Vec<Option<usize>> = network
                .actors()
                .map(|(_, a)| {
                    self.orgs
                        .get_index_of(crate::metrics::organisation_key(a).as_ref())
                })
                .collect();
            let kind_of: Vec<ActorKind> = network.actors().map(|(_, a)| a.kind).collect();
            for edge in network.graph().edge_indices() {
                let (u, v) = network.graph().edge_endpoints(edge).expect("edge exists");
                let (u, v) = (u.index(), v.index());
                let (ku, kv) = (kind_of[u].index(), kind_of[v].index());
                kinds[ku.min(kv)][ku.max(kv)] += 1;
                for (x, y) in [(u, v), (v, u)] {
                    if let Some(o) = org_of[x] {
                        if org_of[y] != Some(o) {
                            by_org[o][kind_of[y].index()] += 1;
                        }
                    }
                }
            }
            (kinds, by_org)
        };
        let (kb, ob) = count(before);
        let (ka, oa) = count(after);
        let mut out = Vec::new();
        for (i, k) in ActorKind::ALL.into_iter().enumerate() {
            for l in ActorKind::ALL.into_iter().skip(i + 1) {
                let (b, a) = (kb[k.index()][l.index()], ka[k.index()][l.index()]);
                if a != b {
                    out.push(TiesBetween {
                        kind: k,
                        other_kind: Some(l),
                        organization: None,
                        before: b,
                        after: a,
                    });
                }
            }
        }
        for (o, (written, _)) in self.orgs.values().enumerate() {
            for k in ActorKind::ALL {
                let (b, a) = (ob[o][k.index()], oa[o][k.index()]);
                if a != b {
                    out.push(TiesBetween {
                        kind: k,
                        other_kind: None,
                        organization: Some(written.clone()),
                        before: b,
                        after: a,
                    });
                }
            }
        }
        out
    }
}

impl Diff {
    /// The comparison as text a facilitator can read aloud, in a language.
    pub fn to_text(&self, lang: Lang) -> String {
        words::diff_text(self, lang)
    }

    /// The comparison as pretty JSON, with a final newline: the data, the language, the
    /// indicators with their labels and the findings with their sentences in `lang`
    /// (see [`Finding::in_words`]).
    pub fn to_json(&self, lang: Lang) -> String {
        let doc = DiffJson {
            lang,
            before: &self.before,
            after: &self.after,
            actors_added: &self.actors_added,
            actors_removed: &self.actors_removed,
            renamed: &self.renamed,
            actors_changed: &self.actors_changed,
            links_added: &self.links_added,
            links_removed: &self.links_removed,
            links_up: &self.links_up,
            links_down: &self.links_down,
            forums: &self.forums,
            ties_between: &self.ties_between,
            indicators: labelled(&self.indicators, lang),
            findings: self.findings.iter().map(|f| f.in_words(lang)).collect(),
        };
        pretty(&doc)
    }
}
