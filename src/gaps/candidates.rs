//! Ranking the actors outside a forum by how ready they are to join it.

use petgraph::graph::NodeIndex;
use serde::Serialize;

use super::Context;
use crate::model::{ActorKind, Forum, Level};
use crate::network::Network;
use crate::words::{Arg, Args, Phrase};

/// How many names a reason lists before "and N more".
const NAMES_SHOWN: usize = 4;

/// An actor outside a forum that could be invited, with why.
///
/// The score adds up, so every part of it can be read off the candidate:
///
/// - **ties**: for each member the candidate is tied to, the tie's level (information 1,
///   coordination 2, cooperation 3, collaboration 4);
/// - **shared partners**: the Adamic–Adar index of the candidate and the forum taken as
///   one node, Σ 1 / ln deg(z) over the actors z outside the forum tied both to the
///   candidate and to a member: partners in common count more when they have few ties;
/// - **what it brings**: 3 when its kind is absent from the forum, 1 when its sector is,
///   2 for each need the forum works on that no member serves and the candidate does.
///
/// Actors with a score of zero are not candidates. Ties in score are broken by id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate {
    /// Id of the actor.
    pub id: String,
    /// Name of the actor.
    pub name: String,
    /// Kind of the actor.
    pub kind: ActorKind,
    /// The score (see above).
    pub score: f64,
    /// Ids of the members the actor is tied to, in map order.
    pub members_tied: Vec<String>,
    /// How many of those ties are at cooperation level or above.
    pub strong_ties: usize,
    /// Sum of the levels of those ties.
    pub tie_strength: u32,
    /// Ids of the partners outside the forum that the actor shares with its members, in
    /// map order.
    pub shared_partners: Vec<String>,
    /// The Adamic–Adar index of the actor and the forum taken as one node.
    pub adamic_adar: f64,
    /// Whether the actor's kind is absent from the forum.
    pub brings_kind: bool,
    /// The actor's sector, when no member works in it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brings_sector: Option<String>,
    /// Ids of the forum's needs that no member serves and the actor does.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub brings_needs: Vec<String>,
    /// The reasons, each a catalog message with its arguments (`gaps-reason-tied`,
    /// `gaps-reason-shared`, `gaps-reason-kind`, `gaps-reason-sector`,
    /// `gaps-reason-need`), in the order above; [`Phrase::render`] puts one in words.
    pub reasons: Vec<Phrase>,
}

const KIND_BONUS: f64 = 3.0;
const SECTOR_BONUS: f64 = 1.0;
const NEED_BONUS: f64 = 2.0;

/// What the ranking of every forum of a map shares, made once: each actor's profile
/// (its kind, and its sector and services as keys), the actors of each profile in id
/// order, and work arrays reset after each forum.
///
/// An actor no member is near scores only for what it brings, and what it brings
/// depends on its profile alone; so a forum's best such actors are found profile by
/// profile, not actor by actor, and ranking every forum of a map costs about the
/// actors near each forum plus the profiles, not the forums times the actors.
pub(crate) struct Pool {
    profile_of: Vec<u32>,
    profiles: Vec<Profile>,
    strength: Vec<u32>,
    strong: Vec<usize>,
    aa: Vec<f64>,
    /// [`MEMBER`], [`TOUCHED`] and [`NEXT`] bits of each node, for the forum being
    /// ranked.
    mark: Vec<u8>,
}

/// Actors that share a kind, a sector and services, in id order.
struct Profile {
    kind: ActorKind,
    sector: Option<String>,
    /// Keys of the services, sorted, each once.
    services: Vec<String>,
    nodes: Vec<u32>,
}

/// The node is a member of the forum.
const MEMBER: u8 = 1;
/// The node is tied to a member, or shares a partner with one: it scores more than
/// what it brings.
const TOUCHED: u8 = 2;
/// The node is outside the forum and tied to a member.
const NEXT: u8 = 4;

impl Pool {
    pub(crate) fn new(network: &Network) -> Self {
        let n = network.node_count();
        type Key = (ActorKind, Option<String>, Vec<String>);
        let mut index: std::collections::HashMap<Key, u32> = std::collections::HashMap::new();
        let mut profiles: Vec<Profile> = Vec::new();
        let mut profile_of = vec![0u32; n];
        for (node, actor) in network.actors() {
            let sector = crate::metrics::sector_key(actor).map(|s| s.into_owned());
            let mut services: Vec<String> = actor
                .services
                .iter()
                .map(|s| crate::text::key(s).into_owned())
                .collect();
            services.sort_unstable();
            services.dedup();
            let key = (actor.kind, sector, services);
            let p = *index
                .entry(key)
                .or_insert_with_key(|(kind, sector, services)| {
                    profiles.push(Profile {
                        kind: *kind,
                        sector: sector.clone(),
                        services: services.clone(),
                        nodes: Vec::new(),
                    });
                    (profiles.len() - 1) as u32
                });
            profile_of[node.index()] = p;
            profiles[p as usize].nodes.push(node.index() as u32);
        }
        let id = |v: u32| network.actor(NodeIndex::new(v as usize)).id.as_str();
        for p in &mut profiles {
            p.nodes.sort_by(|&a, &b| id(a).cmp(id(b)));
        }
        Pool {
            profile_of,
            profiles,
            strength: vec![0; n],
            strong: vec![0; n],
            aa: vec![0.0; n],
            mark: vec![0; n],
        }
    }
}

/// The best `top` candidates for `forum`.
pub(crate) fn rank(
    cx: &Context,
    network: &Network,
    pool: &mut Pool,
    forum: &Forum,
    top: usize,
) -> Vec<Candidate> {
    let adjacency = network.adjacency();
    let members = cx.members(forum);
    let member_nodes: Vec<usize> = members
        .iter()
        .filter_map(|a| network.node(&a.id))
        .map(|v| v.index())
        .collect();
    for &v in &member_nodes {
        pool.mark[v] |= MEMBER;
    }
    let is_member = |mark: &[u8], v: usize| mark[v] & MEMBER != 0;

    // The actors near the forum: tied to a member, or sharing a partner with one.
    let mut touched: Vec<usize> = Vec::new();
    for &m in &member_nodes {
        let mv = NodeIndex::new(m);
        for &x in adjacency.neighbors(m) {
            let x = x as usize;
            if is_member(&pool.mark, x) {
                continue;
            }
            let tie = network
                .tie(mv, NodeIndex::new(x))
                .expect("neighbours are tied");
            pool.strength[x] += tie.rank();
            if tie.level.is_some_and(|l| l >= Level::Cooperation) {
                pool.strong[x] += 1;
            }
            if pool.mark[x] & TOUCHED == 0 {
                pool.mark[x] |= TOUCHED;
                touched.push(x);
            }
        }
    }
    // Shared partners: actors outside the forum tied both to the candidate and to at
    // least one member, each counted once (the forum as one node), in node order.
    let mut next_to_forum: Vec<usize> = Vec::new();
    for &m in &member_nodes {
        for &z in adjacency.neighbors(m) {
            let z = z as usize;
            if pool.mark[z] & (MEMBER | NEXT) == 0 {
                pool.mark[z] |= NEXT;
                next_to_forum.push(z);
            }
        }
    }
    next_to_forum.sort_unstable();
    for &z in &next_to_forum {
        // z has a member and the candidate as neighbours, so ln(deg) > 0.
        let weight = 1.0 / (adjacency.degree(z) as f64).ln();
        for &x in adjacency.neighbors(z) {
            let x = x as usize;
            if !is_member(&pool.mark, x) {
                pool.aa[x] += weight;
                if pool.mark[x] & TOUCHED == 0 {
                    pool.mark[x] |= TOUCHED;
                    touched.push(x);
                }
            }
        }
    }

    let mut members_by_kind = [0usize; 4];
    for a in &members {
        members_by_kind[a.kind.index()] += 1;
    }
    let member_sectors: std::collections::HashSet<std::borrow::Cow<'_, str>> = members
        .iter()
        .filter_map(|a| crate::metrics::sector_key(a))
        .collect();
    let serves = |actor: &crate::model::Actor, need: &str| {
        let need = crate::text::key(need);
        actor.services.iter().any(|s| crate::text::key(s) == need)
    };
    let unserved: Vec<&String> = forum
        .needs
        .iter()
        .filter(|need| !members.iter().any(|a| serves(a, need)))
        .collect();
    let unserved_keys: Vec<std::borrow::Cow<'_, str>> =
        unserved.iter().map(|n| crate::text::key(n)).collect();
    // What a profile brings the forum: its kind, its sector, how many needs.
    let brings = |p: &Profile| -> (bool, bool, usize) {
        let brings_kind = members_by_kind[p.kind.index()] == 0;
        let brings_sector = p
            .sector
            .as_deref()
            .is_some_and(|s| !member_sectors.contains(s));
        let needs = unserved_keys
            .iter()
            .filter(|need| {
                p.services
                    .binary_search_by(|s| s.as_str().cmp(need))
                    .is_ok()
            })
            .count();
        (brings_kind, brings_sector, needs)
    };
    // The score, its parts added in this order (the same sum to the last bit).
    let score_of = |near: f64, p: &Profile| {
        let (kind, sector, needs) = brings(p);
        near + if kind { KIND_BONUS } else { 0.0 }
            + if sector { SECTOR_BONUS } else { 0.0 }
            + NEED_BONUS * needs as f64
    };

    // Scores first, as numbers: every actor outside the forum may qualify (a sector
    // the forum lacks is common), so reasons are written for the best `top` only.
    let id = |x: usize| network.actor(NodeIndex::new(x)).id.as_str();
    let order =
        |a: &(f64, usize), b: &(f64, usize)| b.0.total_cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1)));
    let mut scored: Vec<(f64, usize)> = Vec::new();
    for &x in &touched {
        let profile = &pool.profiles[pool.profile_of[x] as usize];
        let score = score_of(f64::from(pool.strength[x]) + pool.aa[x], profile);
        if score > 0.0 {
            scored.push((score, x));
        }
    }
    // The actors far from the forum, best first: profiles by what they bring, the
    // actors of equal profiles' scores merged in id order, until `top` are found.
    let mut by_score: Vec<(f64, u32)> = pool
        .profiles
        .iter()
        .enumerate()
        .map(|(p, profile)| (score_of(0.0, profile), p as u32))
        .filter(|&(score, _)| score > 0.0)
        .collect();
    by_score.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut far = 0;
    for level in by_score.chunk_by(|a, b| a.0 == b.0) {
        if far >= top {
            break;
        }
        let score = level[0].0;
        // (next node of the profile, profile, position), least id on top.
        let mut heads: std::collections::BinaryHeap<std::cmp::Reverse<(&str, u32, usize)>> = level
            .iter()
            .filter_map(|&(_, p)| {
                let first = *pool.profiles[p as usize].nodes.first()?;
                Some(std::cmp::Reverse((id(first as usize), p, 0)))
            })
            .collect();
        while far < top {
            let Some(std::cmp::Reverse((_, p, i))) = heads.pop() else {
                break;
            };
            let nodes = &pool.profiles[p as usize].nodes;
            let x = nodes[i] as usize;
            if pool.mark[x] & (MEMBER | TOUCHED) == 0 {
                scored.push((score, x));
                far += 1;
            }
            if let Some(&next) = nodes.get(i + 1) {
                heads.push(std::cmp::Reverse((id(next as usize), p, i + 1)));
            }
        }
    }
    if scored.len() > top && top > 0 {
        scored.select_nth_unstable_by(top - 1, order);
        scored.truncate(top);
    }
    scored.sort_by(order);
    if top == 0 {
        scored.clear();
    }

    let brings_needs_of = |actor: &crate::model::Actor| -> Vec<String> {
        unserved
            .iter()
            .filter(|need| serves(actor, need))
            .map(|need| (*need).clone())
            .collect()
    };
    let mut candidates: Vec<Candidate> = Vec::with_capacity(scored.len());
    for &(score, x) in &scored {
        let actor = network.actor(NodeIndex::new(x));
        let brings_kind = members_by_kind[actor.kind.index()] == 0;
        let brings_sector = actor.sector.clone().filter(|_| {
            crate::metrics::sector_key(actor).is_some_and(|s| !member_sectors.contains(&s))
        });
        let brings_needs = brings_needs_of(actor);
        // Neighbours are in node order.
        let members_tied: Vec<usize> = adjacency
            .neighbors(x)
            .iter()
            .map(|&v| v as usize)
            .filter(|&v| is_member(&pool.mark, v))
            .collect();
        let shared_partners: Vec<usize> = adjacency
            .neighbors(x)
            .iter()
            .map(|&v| v as usize)
            .filter(|&z| pool.mark[z] & NEXT != 0)
            .collect();
        let name_of = |v: usize| network.actor(NodeIndex::new(v)).name.clone();
        let id_of = |v: usize| network.actor(NodeIndex::new(v)).id.clone();
        let (strength, strong, aa) = (pool.strength[x], pool.strong[x], pool.aa[x]);

        let mut reasons = Vec::new();
        if !members_tied.is_empty() {
            let names: Vec<String> = members_tied.iter().map(|&v| name_of(v)).collect();
            reasons.push(tied_reason(names, strong));
        }
        if aa > 0.0 {
            let names: Vec<String> = shared_partners.iter().map(|&v| name_of(v)).collect();
            let args = Args::new()
                .with("names", some_names(names))
                .number("index", aa);
            reasons.push(Phrase::new("gaps-reason-shared", args));
        }
        if brings_kind {
            let args = Args::new()
                .with("kind", actor.kind)
                .quoted("forum", forum.name.as_str());
            reasons.push(Phrase::new("gaps-reason-kind", args));
        }
        if let Some(sector) = &brings_sector {
            let args = Args::new()
                .quoted("sector", sector.as_str())
                .quoted("forum", forum.name.as_str());
            reasons.push(Phrase::new("gaps-reason-sector", args));
        }
        for need in &brings_needs {
            let name = cx.map.need(need).map_or(need.as_str(), |n| n.name.as_str());
            let args = Args::new().quoted("need", name);
            reasons.push(Phrase::new("gaps-reason-need", args));
        }
        candidates.push(Candidate {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind,
            score,
            members_tied: members_tied.iter().map(|&v| id_of(v)).collect(),
            strong_ties: strong,
            tie_strength: strength,
            shared_partners: shared_partners.iter().map(|&v| id_of(v)).collect(),
            adamic_adar: aa,
            brings_kind,
            brings_sector,
            brings_needs,
            reasons,
        });
    }

    // Clean for the next forum.
    for &x in &touched {
        pool.strength[x] = 0;
        pool.strong[x] = 0;
        pool.aa[x] = 0.0;
    }
    for &v in member_nodes.iter().chain(&touched).chain(&next_to_forum) {
        pool.mark[v] = 0;
    }
    candidates
}

/// "A, B, C, D and 3 more": at most five names, the last place saying how many more.
fn some_names(names: Vec<String>) -> Arg {
    if names.len() <= NAMES_SHOWN + 1 {
        return Arg::list(names);
    }
    let rest = names.len() - NAMES_SHOWN;
    let mut shown: Vec<Arg> = names.into_iter().take(NAMES_SHOWN).map(Arg::Text).collect();
    shown.push(Phrase::new("gaps-names-more", Args::new().count("count", rest)).into());
    Arg::list(shown)
}

/// "tied to 2 members (A and B), 1 at cooperation level or above".
fn tied_reason(names: Vec<String>, strong: usize) -> Phrase {
    let n = names.len();
    let at_level = match strong {
        0 => "none",
        s if s == n && n == 1 => "only",
        s if s == n => "all",
        _ => "some",
    };
    let args = Args::new()
        .count("count", n)
        .with("names", some_names(names))
        .select("at-level", at_level)
        .count("strong", strong);
    Phrase::new("gaps-reason-tied", args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{GenerateOptions, generate};
    use crate::network::View;

    /// Every actor outside the forum scored one by one, as the score is defined above:
    /// the best `top` as (id, score), ties broken by id.
    fn by_definition(
        cx: &Context,
        network: &Network,
        forum: &Forum,
        top: usize,
    ) -> Vec<(String, f64)> {
        let members = cx.members(forum);
        let is_member = |id: &str| members.iter().any(|m| m.id == id);
        let key = |s: &str| crate::text::key(s).into_owned();
        let serves =
            |a: &crate::model::Actor, need: &str| a.services.iter().any(|s| key(s) == key(need));
        let unserved: Vec<&String> = forum
            .needs
            .iter()
            .filter(|need| !members.iter().any(|a| serves(a, need)))
            .collect();
        let sectors: Vec<String> = members
            .iter()
            .filter_map(|a| crate::metrics::sector_key(a).map(|s| s.into_owned()))
            .collect();
        let adjacency = network.adjacency();
        let mut scored = Vec::new();
        for (node, actor) in network.actors() {
            if is_member(&actor.id) {
                continue;
            }
            let x = node.index();
            let mut strength = 0u32;
            for &m in adjacency.neighbors(x) {
                let other = network.actor(NodeIndex::new(m as usize));
                if is_member(&other.id) {
                    strength += network
                        .tie(node, NodeIndex::new(m as usize))
                        .unwrap()
                        .rank();
                }
            }
            // Partners z outside the forum, tied to x and to a member, in node order.
            let mut aa = 0.0;
            for &z in adjacency.neighbors(x) {
                let z = z as usize;
                let zid = &network.actor(NodeIndex::new(z)).id;
                let next = !is_member(zid)
                    && adjacency
                        .neighbors(z)
                        .iter()
                        .any(|&m| is_member(&network.actor(NodeIndex::new(m as usize)).id));
                if next {
                    aa += 1.0 / (adjacency.degree(z) as f64).ln();
                }
            }
            let kind = !members.iter().any(|m| m.kind == actor.kind);
            let sector = crate::metrics::sector_key(actor)
                .is_some_and(|s| !sectors.contains(&s.into_owned()));
            let needs = unserved.iter().filter(|n| serves(actor, n)).count();
            let score = f64::from(strength)
                + aa
                + if kind { KIND_BONUS } else { 0.0 }
                + if sector { SECTOR_BONUS } else { 0.0 }
                + NEED_BONUS * needs as f64;
            if score > 0.0 {
                scored.push((actor.id.clone(), score));
            }
        }
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        scored.truncate(top);
        scored
    }

    #[test]
    fn ranking_by_profiles_gives_the_scores_of_the_definition() {
        for (actors, seed, top) in [(60, 1, 5), (300, 2, 8), (300, 3, 40), (1000, 4, 3)] {
            let map = generate(
                &GenerateOptions::default()
                    .with_actors(actors)
                    .with_seed(seed),
            );
            let network = Network::new(&map, &View::default()).unwrap();
            let cx = Context::new(&map);
            let mut pool = Pool::new(&network);
            assert!(!map.forums.is_empty());
            for forum in &map.forums {
                let fast: Vec<(String, f64)> = rank(&cx, &network, &mut pool, forum, top)
                    .into_iter()
                    .map(|c| (c.id, c.score))
                    .collect();
                let expected = by_definition(&cx, &network, forum, top);
                assert_eq!(
                    fast, expected,
                    "forum {} of the map of {actors} actors",
                    forum.id
                );
            }
        }
    }
}
