//! Coverage: which kinds of actors the network holds and how they mix, how integrated
//! its ties are across organisations and sectors, which needs and territories are
//! covered, and how far service users reach.

use std::borrow::Cow;
use std::collections::HashMap;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::KindCounts;
use crate::model::{Actor, ActorKind};
use crate::network::Network;
use crate::text;

/// Coverage of a network view (JSON `coverage`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Coverage {
    /// Actors and ties of each kind; kinds absent.
    pub kinds: KindCoverage,
    /// The kind × kind matrix of ties and Krackhardt's E-I index.
    pub kind_mixing: KindMixing,
    /// Shares of inter-organisational, inter-directional and intersectoral ties.
    pub integration: Integration,
    /// Who serves each declared need.
    pub needs: NeedCoverage,
    /// Actors per territory and kind.
    pub territories: TerritoryCoverage,
    /// What each service user reaches within two steps.
    pub users: UserCoverage,
}

/// Actors and ties of each kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KindCoverage {
    /// One row per kind, in canonical order (public, community, private, user).
    pub by_kind: Vec<KindSummary>,
    /// Kinds with no actor in the view.
    pub absent: Vec<ActorKind>,
}

/// Actors and ties of one kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KindSummary {
    /// The kind.
    pub kind: ActorKind,
    /// Number of actors of this kind.
    pub actors: usize,
    /// Number of ties with at least one end of this kind.
    pub ties: usize,
    /// Number of actors of this kind with no tie.
    pub isolated: usize,
}

/// How the kinds mix in the ties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KindMixing {
    /// The kind × kind matrix of ties, one row per kind in canonical order; symmetric,
    /// the diagonal counts ties within a kind.
    pub matrix: Vec<KindRow>,
    /// Number of ties.
    pub ties: usize,
    /// Number of ties between actors of different kinds.
    pub cross_kind_ties: usize,
    /// Share of ties that cross kinds; `None` without ties.
    pub cross_kind_share: Option<f64>,
    /// Krackhardt's E-I index over all ties, (external − internal)/(external + internal),
    /// from −1 (every tie within a kind) to +1 (every tie across kinds); `None` without
    /// ties.
    pub ei_index: Option<f64>,
    /// The E-I index of each kind, in canonical order.
    pub by_kind: Vec<KindEi>,
}

/// One row of the kind × kind matrix.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KindRow {
    /// The row's kind.
    pub kind: ActorKind,
    /// Ties from actors of the row's kind to actors of each kind.
    #[serde(flatten)]
    pub ties: KindCounts,
}

/// Krackhardt's E-I index of one kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct KindEi {
    /// The kind.
    pub kind: ActorKind,
    /// Ties between two actors of this kind.
    pub internal: usize,
    /// Ties from an actor of this kind to an actor of another kind.
    pub external: usize,
    /// (external − internal)/(external + internal); `None` when the kind has no tie.
    pub ei_index: Option<f64>,
}

/// How integrated the ties are, after the seeds' *interorganisationnel*,
/// *interdirectionnel* and *intersectoriel*.
///
/// An actor without `organization` is its own organisation, named by its id (so an
/// actor whose id is the `organization` of others belongs with them). Organisations and
/// sectors are compared by their key (NFC, trimmed, inner white space made one space,
/// lower-cased); a tie with an end whose sector is not given is not
/// intersectoral, and is counted in `sector_unknown`. Shares are of all ties.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Integration {
    /// Number of ties.
    pub ties: usize,
    /// Ties between two organisations.
    pub inter_organisational: usize,
    /// Share of ties between two organisations; `None` without ties.
    pub inter_organisational_share: Option<f64>,
    /// Ties between two directions (or teams) of the same organisation.
    pub inter_directional: usize,
    /// Share of ties within one organisation; `None` without ties.
    pub inter_directional_share: Option<f64>,
    /// Ties between actors of two different, known sectors.
    pub intersectoral: usize,
    /// Share of ties that are intersectoral; `None` without ties.
    pub intersectoral_share: Option<f64>,
    /// Ties with an end whose sector is not given.
    pub sector_unknown: usize,
}

/// Who serves each declared need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NeedCoverage {
    /// One entry per declared need, in map order.
    pub needs: Vec<NeedServed>,
    /// Ids of the needs no actor of the view serves.
    pub unserved: Vec<String>,
    /// Ids of the needs one actor only serves: if it cannot, no one else on the map can.
    pub single_provider: Vec<String>,
}

/// The actors that serve one need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NeedServed {
    /// The need's id.
    pub id: String,
    /// The need's name.
    pub name: String,
    /// Ids of the actors that list it in their services, in map order.
    pub providers: Vec<String>,
    /// Number of providers.
    pub count: usize,
    /// Kinds among the providers, in canonical order.
    pub kinds: Vec<ActorKind>,
}

/// Actors per territory and kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TerritoryCoverage {
    /// One row per territory, in the order territories first appear in the map.
    pub territories: Vec<TerritoryRow>,
    /// Number of actors with no territory given.
    pub unspecified: usize,
    /// Territories with no community organisation.
    pub without_community: Vec<String>,
    /// Territories with no public body.
    pub without_public: Vec<String>,
}

/// The actors of one territory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TerritoryRow {
    /// The territory as first written (trimmed); spellings with the same key
    /// (case, spaces, Unicode composition) are one territory.
    pub territory: String,
    /// Number of actors.
    pub actors: usize,
    /// Number of actors of each kind.
    pub kinds: KindCounts,
}

/// What service users reach.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserCoverage {
    /// One entry per user actor, in map order.
    pub users: Vec<UserReach>,
    /// Ids of the users with no tie to any public body.
    pub without_public_tie: Vec<String>,
}

/// What one service user reaches within two steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserReach {
    /// The user's id.
    pub id: String,
    /// The user's name.
    pub name: String,
    /// Ids of the first [`REACH_LISTED`] actors at distance 1 or 2, in map order.
    pub reached: Vec<String>,
    /// Number of actors reached.
    pub reached_count: usize,
    /// Actors reached, per kind.
    pub kinds: KindCounts,
    /// Whether the user has a tie to a public body.
    pub public_tie: bool,
    /// Whether the count stopped at the work a user's reach may take (see
    /// [`REACH_WORK`]): then `reached_count` and `kinds` count the actors found, a floor.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reach_capped: bool,
}

/// Most actors a user's reach lists by id, the first in map order;
/// [`UserReach::reached_count`] and [`UserReach::kinds`] count them all. A list per user
/// is kept short: on a map where hubs hold thousands of users, longer lists would take
/// more memory than the rest of the report.
pub const REACH_LISTED: usize = 25;

/// The work users' reaches may take together, in neighbours looked at per actor and per
/// tie end of the view, and at least [`REACH_WORK_MIN`] in all. A user tied to one actor
/// is counted whole from that actor's partners, whatever their number; a user tied to
/// several actors is counted until its share of this work is spent. The share never
/// binds on a map a facilitator draws (300 users of a 10,000-actor map may each look at
/// 300,000 neighbours; 100,000 users of a 1,000,000-actor map at a few thousand): it
/// binds when hubs hold thousands of users each, where counting every reach whole would
/// take the square of the map.
pub const REACH_WORK: usize = 64;

/// The least work users' reaches may take together, whatever the size of the map (a
/// fraction of a second).
pub const REACH_WORK_MIN: usize = 100_000_000;

impl Coverage {
    /// Pairs of kinds, both on the map, with no tie between them, in the order of
    /// [`ActorKind::ALL`].
    pub fn kind_pairs_without_tie(&self) -> Vec<[ActorKind; 2]> {
        pairs_without_tie(&self.kinds, &self.kind_mixing)
    }
}

fn pairs_without_tie(kinds: &KindCoverage, mixing: &KindMixing) -> Vec<[ActorKind; 2]> {
    let present: Vec<ActorKind> = ActorKind::ALL
        .into_iter()
        .filter(|k| !kinds.absent.contains(k))
        .collect();
    let mut pairs = Vec::new();
    for (i, &a) in present.iter().enumerate() {
        for &b in &present[i + 1..] {
            if mixing.matrix[a.index()].ties.get(b) == 0 {
                pairs.push([a, b]);
            }
        }
    }
    pairs
}

/// [`Coverage::kind_pairs_without_tie`] of a network, from its kinds and kind mixing
/// alone (not the users' reach, which takes memory for each user).
pub(crate) fn kind_pairs_without_tie(network: &Network) -> Vec<[ActorKind; 2]> {
    let actors: Vec<&Actor> = network.actors().map(|(_, a)| a).collect();
    pairs_without_tie(&kinds(network, &actors), &kind_mixing(network, &actors))
}

/// Coverage of a network view: kinds, kind mixing, integration, needs, territories and
/// users.
///
/// # Complexity
/// O(n + m + Σ services) for everything but users; each user adds the number of ties
/// within two steps of it.
///
/// # Example
/// ```
/// use actormap::{ActorKind, Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public", "organization": "cisss"},
///              {"id": "b", "name": "B", "kind": "public", "organization": "cisss"},
///              {"id": "c", "name": "C", "kind": "community"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"},
///             {"source": "b", "target": "c", "level": "cooperation"}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// let coverage = actormap::metrics::coverage(&net);
/// assert_eq!(coverage.kind_mixing.cross_kind_share, Some(0.5));
/// assert_eq!(coverage.kind_mixing.ei_index, Some(0.0));
/// assert_eq!(coverage.integration.inter_directional, 1);
/// assert_eq!(coverage.kinds.absent, [ActorKind::Private, ActorKind::User]);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn coverage(network: &Network) -> Coverage {
    let actors: Vec<&Actor> = network.actors().map(|(_, a)| a).collect();
    Coverage {
        kinds: kinds(network, &actors),
        kind_mixing: kind_mixing(network, &actors),
        integration: integration(network, &actors),
        needs: needs(network, &actors),
        territories: territories(&actors),
        users: users(network, &actors),
    }
}

/// Each tie once, as `(a, b)` with `a < b`.
fn ties<'a>(network: &'a Network) -> impl Iterator<Item = (usize, usize)> + 'a {
    let adjacency = network.adjacency();
    (0..adjacency.node_count()).flat_map(move |a| {
        adjacency
            .neighbors(a)
            .iter()
            .map(|&b| b as usize)
            .filter(move |&b| b > a)
            .map(move |b| (a, b))
    })
}

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

fn ei(external: usize, internal: usize) -> Option<f64> {
    let total = external + internal;
    (total > 0).then(|| (external as f64 - internal as f64) / total as f64)
}

fn kinds(network: &Network, actors: &[&Actor]) -> KindCoverage {
    let adjacency = network.adjacency();
    let mut by_kind: Vec<KindSummary> = ActorKind::ALL
        .into_iter()
        .map(|kind| KindSummary {
            kind,
            actors: 0,
            ties: 0,
            isolated: 0,
        })
        .collect();
    for (v, actor) in actors.iter().enumerate() {
        let row = &mut by_kind[actor.kind.index()];
        row.actors += 1;
        if adjacency.degree(v) == 0 {
            row.isolated += 1;
        }
    }
    for (a, b) in ties(network) {
        let (ka, kb) = (actors[a].kind, actors[b].kind);
        by_kind[ka.index()].ties += 1;
        if kb != ka {
            by_kind[kb.index()].ties += 1;
        }
    }
    let absent = by_kind
        .iter()
        .filter(|r| r.actors == 0)
        .map(|r| r.kind)
        .collect();
    KindCoverage { by_kind, absent }
}

fn kind_mixing(network: &Network, actors: &[&Actor]) -> KindMixing {
    let mut matrix: Vec<KindRow> = ActorKind::ALL
        .into_iter()
        .map(|kind| KindRow {
            kind,
            ties: KindCounts::default(),
        })
        .collect();
    let mut internal = [0usize; 4];
    let mut external = [0usize; 4];
    let (mut total, mut cross) = (0, 0);
    for (a, b) in ties(network) {
        let (ka, kb) = (actors[a].kind, actors[b].kind);
        total += 1;
        matrix[ka.index()].ties.add(kb);
        if ka == kb {
            internal[ka.index()] += 1;
        } else {
            matrix[kb.index()].ties.add(ka);
            external[ka.index()] += 1;
            external[kb.index()] += 1;
            cross += 1;
        }
    }
    KindMixing {
        matrix,
        ties: total,
        cross_kind_ties: cross,
        cross_kind_share: share(cross, total),
        ei_index: ei(cross, total - cross),
        by_kind: ActorKind::ALL
            .into_iter()
            .map(|kind| KindEi {
                kind,
                internal: internal[kind.index()],
                external: external[kind.index()],
                ei_index: ei(external[kind.index()], internal[kind.index()]),
            })
            .collect(),
    }
}

/// The organisation an actor belongs to, as a key ([`text::key`]): its `organization`, or
/// its own id, so that an actor whose id is the `organization` of others belongs with
/// them.
pub(crate) fn organisation(actor: &Actor) -> Cow<'_, str> {
    match actor.organization.as_deref().map(text::key) {
        Some(org) if !org.is_empty() => org,
        _ => text::key(&actor.id),
    }
}

/// An actor's sector as a key ([`text::key`]); none when not given or blank.
pub(crate) fn sector(actor: &Actor) -> Option<Cow<'_, str>> {
    actor
        .sector
        .as_deref()
        .map(text::key)
        .filter(|s| !s.is_empty())
}

fn integration(network: &Network, actors: &[&Actor]) -> Integration {
    let sectors: Vec<Option<Cow<'_, str>>> = actors.iter().map(|a| sector(a)).collect();
    let organisations: Vec<Cow<'_, str>> = actors.iter().map(|a| organisation(a)).collect();
    let (mut total, mut inter_org, mut intersectoral, mut unknown) = (0, 0, 0, 0);
    for (a, b) in ties(network) {
        total += 1;
        if organisations[a] != organisations[b] {
            inter_org += 1;
        }
        match (&sectors[a], &sectors[b]) {
            (Some(x), Some(y)) if x != y => intersectoral += 1,
            (Some(_), Some(_)) => {}
            _ => unknown += 1,
        }
    }
    let inter_dir = total - inter_org;
    Integration {
        ties: total,
        inter_organisational: inter_org,
        inter_organisational_share: share(inter_org, total),
        inter_directional: inter_dir,
        inter_directional_share: share(inter_dir, total),
        intersectoral,
        intersectoral_share: share(intersectoral, total),
        sector_unknown: unknown,
    }
}

fn needs(network: &Network, actors: &[&Actor]) -> NeedCoverage {
    let map = network.map();
    let mut served: IndexMap<Cow<'_, str>, Vec<usize>> = map
        .needs
        .iter()
        .map(|n| (text::key(&n.id), Vec::new()))
        .collect();
    for (v, actor) in actors.iter().enumerate() {
        for service in &actor.services {
            if let Some(providers) = served.get_mut(text::key(service).as_ref()) {
                // An actor that lists a need twice serves it once.
                if providers.last() != Some(&v) {
                    providers.push(v);
                }
            }
        }
    }
    let mut out = NeedCoverage {
        needs: Vec::new(),
        unserved: Vec::new(),
        single_provider: Vec::new(),
    };
    for need in &map.needs {
        // A need declared twice is reported once, at its first place.
        let Some(providers) = served.swap_remove(text::key(&need.id).as_ref()) else {
            continue;
        };
        let mut kinds = KindCounts::default();
        for &v in &providers {
            kinds.add(actors[v].kind);
        }
        match providers.len() {
            0 => out.unserved.push(need.id.clone()),
            1 => out.single_provider.push(need.id.clone()),
            _ => {}
        }
        out.needs.push(NeedServed {
            id: need.id.clone(),
            name: need.name.clone(),
            count: providers.len(),
            providers: providers.iter().map(|&v| actors[v].id.clone()).collect(),
            kinds: ActorKind::ALL
                .into_iter()
                .filter(|&k| kinds.get(k) > 0)
                .collect(),
        });
    }
    out
}

fn territories(actors: &[&Actor]) -> TerritoryCoverage {
    // By key, each shown as first written (trimmed).
    let mut rows: IndexMap<Cow<'_, str>, (&str, KindCounts)> = IndexMap::new();
    let mut unspecified = 0;
    for actor in actors {
        let Some(written) = actor.territory.as_deref().map(str::trim) else {
            unspecified += 1;
            continue;
        };
        let key = text::key(written);
        if key.is_empty() {
            unspecified += 1;
            continue;
        }
        rows.entry(key)
            .or_insert((written, KindCounts::default()))
            .1
            .add(actor.kind);
    }
    let without = |kind: ActorKind| -> Vec<String> {
        rows.values()
            .filter(|(_, k)| k.get(kind) == 0)
            .map(|(t, _)| t.to_string())
            .collect()
    };
    TerritoryCoverage {
        without_community: without(ActorKind::Community),
        without_public: without(ActorKind::Public),
        territories: rows
            .values()
            .map(|(t, kinds)| TerritoryRow {
                territory: t.to_string(),
                actors: kinds.total(),
                kinds: *kinds,
            })
            .collect(),
        unspecified,
    }
}

fn users(network: &Network, actors: &[&Actor]) -> UserCoverage {
    let adjacency = network.adjacency();
    let mut seen = vec![false; actors.len()];
    let count = actors.iter().filter(|a| a.kind == ActorKind::User).count();
    let mut out = UserCoverage {
        users: Vec::with_capacity(count),
        without_public_tie: Vec::new(),
    };
    // Each user's share of the work, at least REACH_WORK neighbours.
    let work = REACH_WORK
        .saturating_mul(actors.len() + 2 * adjacency.edge_count())
        .max(REACH_WORK_MIN);
    let share = work / count.max(1);
    // The kinds of each lone partner's partners and itself, counted once however many
    // users it is the only partner of.
    let mut around: HashMap<u32, KindCounts> = HashMap::new();
    let mut reached: Vec<usize> = Vec::new();
    for (u, actor) in actors.iter().enumerate() {
        if actor.kind != ActorKind::User {
            continue;
        }
        let neighbours = adjacency.neighbors(u);
        let public_tie = neighbours
            .iter()
            .any(|&w| actors[w as usize].kind == ActorKind::Public);
        if !public_tie {
            out.without_public_tie.push(actor.id.clone());
        }
        let (listed, reached_count, kinds, reach_capped) = if let [w] = *neighbours {
            // Tied to one actor: its partners (the user among them) and itself.
            let partners = adjacency.neighbors(w as usize);
            let mut kinds = *around.entry(w).or_insert_with(|| {
                let mut k = KindCounts::default();
                k.add(actors[w as usize].kind);
                for &x in partners {
                    k.add(actors[x as usize].kind);
                }
                k
            });
            kinds.remove(actor.kind);
            let at = partners.partition_point(|&x| x < w);
            let listed: Vec<usize> = partners[..at]
                .iter()
                .chain(std::iter::once(&w))
                .chain(&partners[at..])
                .map(|&x| x as usize)
                .filter(|&x| x != u)
                .take(REACH_LISTED)
                .collect();
            (listed, partners.len(), kinds, false)
        } else {
            reached.clear();
            seen[u] = true;
            let mut looked = 0usize;
            let mut capped = false;
            'walk: for &w in neighbours {
                for x in std::iter::once(w).chain(adjacency.neighbors(w as usize).iter().copied()) {
                    looked += 1;
                    if looked > share {
                        capped = true;
                        break 'walk;
                    }
                    if !seen[x as usize] {
                        seen[x as usize] = true;
                        reached.push(x as usize);
                    }
                }
            }
            seen[u] = false;
            for &x in &reached {
                seen[x] = false;
            }
            reached.sort_unstable();
            let mut kinds = KindCounts::default();
            for &x in &reached {
                kinds.add(actors[x].kind);
            }
            let listed = reached.iter().copied().take(REACH_LISTED).collect();
            (listed, reached.len(), kinds, capped)
        };
        out.users.push(UserReach {
            id: actor.id.clone(),
            name: actor.name.clone(),
            reached_count,
            reached: listed.iter().map(|&x| actors[x].id.clone()).collect(),
            kinds,
            public_tie,
            reach_capped,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::testing::map_of;
    use crate::model::{ActorKind::*, ActorMap, Level, Level::*, Need};
    use crate::network::View;

    #[test]
    fn kinds_and_mixing_on_a_star_with_an_isolate() {
        // A community hub tied to two public bodies and a user; a private company alone.
        let map = map_of(
            &[
                ("hub", "Hub", Community),
                ("p1", "P1", Public),
                ("p2", "P2", Public),
                ("u", "U", User),
                ("x", "X", Private),
            ],
            &[
                ("hub", "p1", Coordination),
                ("hub", "p2", Coordination),
                ("hub", "u", Information),
                ("p1", "p2", Cooperation),
            ],
        );
        let net = Network::new(&map, &View::default()).unwrap();
        let c = coverage(&net);
        let rows: Vec<(usize, usize, usize)> = c
            .kinds
            .by_kind
            .iter()
            .map(|r| (r.actors, r.ties, r.isolated))
            .collect();
        assert_eq!(rows, [(2, 3, 0), (1, 3, 0), (1, 0, 1), (1, 1, 0)]);
        assert!(c.kinds.absent.is_empty());
        let m = &c.kind_mixing;
        assert_eq!((m.ties, m.cross_kind_ties), (4, 3));
        assert_eq!(m.cross_kind_share, Some(0.75));
        assert_eq!(m.ei_index, Some(0.5));
        assert_eq!(m.matrix[0].ties.public, 1);
        assert_eq!(m.matrix[0].ties.community, 2);
        assert_eq!(m.matrix[1].ties.public, 2);
        assert_eq!(m.matrix[1].ties.user, 1);
        assert_eq!(m.matrix[3].ties.community, 1);
        // Public: 1 internal, 2 external; community: 0 internal, 3 external.
        assert_eq!(m.by_kind[0].ei_index, Some(1.0 / 3.0));
        assert_eq!(m.by_kind[1].ei_index, Some(1.0));
        assert_eq!(m.by_kind[2].ei_index, None);
    }

    #[test]
    fn integration_counts_organisations_and_sectors() {
        let mut map = map_of(
            &[
                ("sad", "SAD", Public),
                ("sapa", "SAPA", Public),
                ("cab", "CAB", Community),
                ("itmav", "ITMAV", Community),
                ("ville", "Ville", Public),
            ],
            &[
                ("sad", "sapa", Cooperation),
                ("cab", "itmav", Cooperation),
                ("sad", "cab", Coordination),
                ("ville", "cab", Information),
            ],
        );
        for (id, org, sector) in [
            ("sad", Some("cisss"), Some("Santé")),
            ("sapa", Some("cisss"), Some(" santé ")),
            ("cab", None, Some("bénévolat")),
            ("itmav", Some("cab"), Some("bénévolat")),
            ("ville", None, None),
        ] {
            let a = map.actors.iter_mut().find(|a| a.id == id).unwrap();
            a.organization = org.map(Into::into);
            a.sector = sector.map(Into::into);
        }
        let net = Network::new(&map, &View::default()).unwrap();
        let i = coverage(&net).integration;
        // sad-sapa same organisation; cab-itmav too (itmav belongs to cab, whose id is
        // cab); sad-cab and ville-cab cross organisations.
        assert_eq!(
            (i.ties, i.inter_organisational, i.inter_directional),
            (4, 2, 2)
        );
        assert_eq!(i.inter_organisational_share, Some(0.5));
        // Only sad-cab joins two known, different sectors; ville has none.
        assert_eq!((i.intersectoral, i.sector_unknown), (1, 1));
        assert_eq!(i.intersectoral_share, Some(0.25));
    }

    /// A map of these actors, each named by its id, and `information` links.
    fn named_by_id(actors: &[(String, ActorKind)], links: &[(String, String)]) -> ActorMap {
        let ids: Vec<(&str, &str, ActorKind)> = actors
            .iter()
            .map(|(id, k)| (id.as_str(), id.as_str(), *k))
            .collect();
        let ties: Vec<(&str, &str, Level)> = links
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str(), Information))
            .collect();
        map_of(&ids, &ties)
    }

    /// Each user's reach by the definition: every actor at distance 1 or 2, in map order.
    fn reach_by_definition(net: &Network) -> Vec<(String, Vec<String>, KindCounts)> {
        let adjacency = net.adjacency();
        let actors: Vec<&Actor> = net.actors().map(|(_, a)| a).collect();
        let mut out = Vec::new();
        for (u, actor) in actors.iter().enumerate() {
            if actor.kind != User {
                continue;
            }
            let mut all = std::collections::BTreeSet::new();
            for &w in adjacency.neighbors(u) {
                all.insert(w as usize);
                all.extend(adjacency.neighbors(w as usize).iter().map(|&x| x as usize));
            }
            all.remove(&u);
            let mut kinds = KindCounts::default();
            for &x in &all {
                kinds.add(actors[x].kind);
            }
            let ids = all.iter().map(|&x| actors[x].id.clone()).collect();
            out.push((actor.id.clone(), ids, kinds));
        }
        out
    }

    #[test]
    fn users_reach_is_counted_whole_and_listed_short_around_hubs() {
        // A hub with 300 users and 40 organisations, one user tied to the hub and to
        // another user, a user tied to a user only, two users tied to two hubs, and a
        // small cluster.
        let mut actors: Vec<(String, ActorKind)> = vec![("hub".into(), Public)];
        for i in 0..300 {
            actors.push((format!("u{i:03}"), User));
        }
        for i in 0..40 {
            actors.push((
                format!("o{i:02}"),
                if i % 2 == 0 { Community } else { Private },
            ));
        }
        actors.push(("hub2".into(), Community));
        actors.push(("lone".into(), User));
        let mut links: Vec<(String, String)> = Vec::new();
        for i in 0..300 {
            links.push(("hub".into(), format!("u{i:03}")));
        }
        for i in 0..40 {
            links.push((format!("o{i:02}"), "hub".into()));
        }
        links.push(("u001".into(), "u002".into()));
        links.push(("lone".into(), "u005".into()));
        for i in 0..20 {
            links.push(("hub2".into(), format!("o{i:02}")));
        }
        links.push(("u010".into(), "hub2".into()));
        links.push(("u011".into(), "hub2".into()));
        let map = named_by_id(&actors, &links);
        let net = Network::new(&map, &View::default()).unwrap();
        let users = users(&net, &net.actors().map(|(_, a)| a).collect::<Vec<_>>());
        let expected = reach_by_definition(&net);
        assert_eq!(users.users.len(), expected.len());
        for (got, (id, all, kinds)) in users.users.iter().zip(&expected) {
            assert_eq!(&got.id, id);
            assert_eq!(got.reached_count, all.len(), "{id}");
            assert_eq!(got.kinds, *kinds, "{id}");
            assert_eq!(got.reached, all[..all.len().min(REACH_LISTED)], "{id}");
            assert!(!got.reach_capped, "{id}");
        }
        // A user of the hub reaches every other user, the hub and its organisations.
        let u000 = &users.users[0];
        assert_eq!(
            (u000.reached_count, u000.reached.len()),
            (340, REACH_LISTED)
        );
    }

    #[test]
    fn a_users_reach_through_many_hubs_stops_at_its_share_of_the_work() {
        // Every user tied to both of two hubs that hold every user: each reach is the
        // whole map, and looking at it whole for every user is the square of the map.
        let n = 10_000;
        let mut actors: Vec<(String, ActorKind)> =
            vec![("h1".into(), Public), ("h2".into(), Community)];
        actors.extend((0..n).map(|i| (format!("u{i}"), User)));
        let mut links: Vec<(String, String)> = Vec::new();
        for i in 0..n {
            links.push(("h1".into(), format!("u{i}")));
            links.push(("h2".into(), format!("u{i}")));
        }
        let map = named_by_id(&actors, &links);
        let net = Network::new(&map, &View::default()).unwrap();
        let users = users(&net, &net.actors().map(|(_, a)| a).collect::<Vec<_>>());
        let share = (REACH_WORK * (n + 2 + 2 * 2 * n)).max(REACH_WORK_MIN) / n;
        assert!(share < 2 * n, "the share binds: {share}");
        for u in &users.users {
            assert!(u.reach_capped, "{}", u.id);
            // What was found is a floor: within the share, and every actor found is
            // listed at most once.
            assert!(
                u.reached_count <= share && u.reached_count >= share / 2,
                "{}",
                u.reached_count
            );
            assert_eq!(u.kinds.total(), u.reached_count);
            assert_eq!(u.reached.len(), u.reached_count.min(REACH_LISTED));
        }
    }

    #[test]
    fn needs_territories_and_users() {
        let mut map = map_of(
            &[
                ("sad", "SAD", Public),
                ("cab", "CAB", Community),
                ("taxi", "Taxi", Private),
                ("lucie", "Lucie", User),
                ("denis", "Denis", User),
            ],
            &[
                ("lucie", "cab", Coordination),
                ("cab", "sad", Coordination),
                ("denis", "sad", Information),
            ],
        );
        for id in ["transport", "home", "coordination"] {
            map.needs.push(Need {
                id: id.into(),
                name: id.to_uppercase(),
                extra: Default::default(),
            });
        }
        let services: [(&str, &[&str]); 3] = [
            ("sad", &["home", "transport"]),
            ("cab", &["transport", "transport"]),
            ("taxi", &["transport"]),
        ];
        for (id, s) in services {
            let a = map.actors.iter_mut().find(|a| a.id == id).unwrap();
            a.services = s.iter().map(|s| s.to_string()).collect();
        }
        for (id, t) in [("sad", "Sorel"), ("cab", "Sorel"), ("lucie", "Saint-Ours")] {
            map.actors
                .iter_mut()
                .find(|a| a.id == id)
                .unwrap()
                .territory = Some(t.into());
        }
        let net = Network::new(&map, &View::default()).unwrap();
        let c = coverage(&net);
        let n = &c.needs;
        assert_eq!(n.needs[0].providers, ["sad", "cab", "taxi"]);
        assert_eq!(n.needs[0].kinds, [Public, Community, Private]);
        assert_eq!(n.single_provider, ["home"]);
        assert_eq!(n.unserved, ["coordination"]);
        let t = &c.territories;
        assert_eq!(t.territories.len(), 2);
        assert_eq!((t.territories[0].actors, t.unspecified), (2, 2));
        assert_eq!(t.without_public, ["Saint-Ours"]);
        assert_eq!(t.without_community, ["Saint-Ours"]);
        let u = &c.users;
        assert_eq!(u.users[0].reached, ["sad", "cab"]);
        assert_eq!(u.users[0].kinds.public, 1);
        assert!(!u.users[0].public_tie);
        assert_eq!(u.users[1].reached, ["sad", "cab"]);
        assert_eq!(u.without_public_tie, ["lucie"]);
    }

    #[test]
    fn an_empty_map_has_no_shares() {
        let map = map_of(&[], &[]);
        let net = Network::new(&map, &View::default()).unwrap();
        let c = coverage(&net);
        assert_eq!(c.kinds.absent, ActorKind::ALL);
        assert_eq!(c.kind_mixing.cross_kind_share, None);
        assert_eq!(c.integration.inter_organisational_share, None);
    }
}
