//! Ranking the actors outside a forum by how ready they are to join it.

use std::collections::BTreeSet;

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

/// The best `top` candidates for `forum`.
pub(crate) fn rank(cx: &Context, network: &Network, forum: &Forum, top: usize) -> Vec<Candidate> {
    let adjacency = network.adjacency();
    let n = network.node_count();
    let members = cx.members(forum);
    let mut is_member = vec![false; n];
    let member_nodes: Vec<usize> = members
        .iter()
        .filter_map(|a| network.node(&a.id))
        .map(|v| v.index())
        .collect();
    for &v in &member_nodes {
        is_member[v] = true;
    }

    let mut strength = vec![0u32; n];
    let mut strong = vec![0usize; n];
    let mut tied: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut aa = vec![0.0f64; n];
    let mut shared: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for &m in &member_nodes {
        let mv = petgraph::graph::NodeIndex::new(m);
        for &x in adjacency.neighbors(m) {
            let x = x as usize;
            if is_member[x] {
                continue;
            }
            let tie = network
                .tie(mv, petgraph::graph::NodeIndex::new(x))
                .expect("neighbours are tied");
            strength[x] += tie.rank();
            if tie.level.is_some_and(|l| l >= Level::Cooperation) {
                strong[x] += 1;
            }
            tied[x].push(m);
        }
    }
    // Shared partners: actors outside the forum tied both to the candidate and to at
    // least one member, each counted once (the forum as one node).
    let mut next_to_forum = vec![false; n];
    for &m in &member_nodes {
        for &z in adjacency.neighbors(m) {
            next_to_forum[z as usize] = !is_member[z as usize];
        }
    }
    for z in (0..n).filter(|&z| next_to_forum[z]) {
        // z has a member and the candidate as neighbours, so ln(deg) > 0.
        let weight = 1.0 / (adjacency.degree(z) as f64).ln();
        for &x in adjacency.neighbors(z) {
            let x = x as usize;
            if !is_member[x] {
                aa[x] += weight;
                shared[x].insert(z);
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

    // Scores first, as numbers: every actor outside the forum may qualify (a sector
    // the forum lacks is common), so reasons are written for the best `top` only.
    let brings_needs_of = |actor: &crate::model::Actor| -> Vec<String> {
        unserved
            .iter()
            .filter(|need| serves(actor, need))
            .map(|need| (*need).clone())
            .collect()
    };
    let mut scored: Vec<(f64, usize)> = Vec::new();
    for (node, actor) in network.actors() {
        let x = node.index();
        if is_member[x] {
            continue;
        }
        let brings_kind = members_by_kind[actor.kind.index()] == 0;
        let brings_sector =
            crate::metrics::sector_key(actor).is_some_and(|s| !member_sectors.contains(&s));
        let needs = unserved.iter().filter(|need| serves(actor, need)).count();
        let score = f64::from(strength[x])
            + aa[x]
            + if brings_kind { KIND_BONUS } else { 0.0 }
            + if brings_sector { SECTOR_BONUS } else { 0.0 }
            + NEED_BONUS * needs as f64;
        if score > 0.0 {
            scored.push((score, x));
        }
    }
    let id = |x: usize| {
        network
            .actor(petgraph::graph::NodeIndex::new(x))
            .id
            .as_str()
    };
    let order =
        |a: &(f64, usize), b: &(f64, usize)| b.0.total_cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1)));
    if scored.len() > top && top > 0 {
        scored.select_nth_unstable_by(top - 1, order);
        scored.truncate(top);
    }
    scored.sort_by(order);
    if top == 0 {
        scored.clear();
    }

    let mut candidates: Vec<Candidate> = Vec::with_capacity(scored.len());
    for &(score, x) in &scored {
        let actor = network.actor(petgraph::graph::NodeIndex::new(x));
        let brings_kind = members_by_kind[actor.kind.index()] == 0;
        let brings_sector = actor.sector.clone().filter(|_| {
            crate::metrics::sector_key(actor).is_some_and(|s| !member_sectors.contains(&s))
        });
        let brings_needs = brings_needs_of(actor);
        let mut members_tied: Vec<usize> = tied[x].clone();
        members_tied.sort_unstable();
        let name_of = |v: usize| {
            network
                .actor(petgraph::graph::NodeIndex::new(v))
                .name
                .clone()
        };
        let id_of = |v: usize| network.actor(petgraph::graph::NodeIndex::new(v)).id.clone();
        let shared_partners: Vec<usize> = shared[x].iter().copied().collect();

        let mut reasons = Vec::new();
        if !members_tied.is_empty() {
            let names: Vec<String> = members_tied.iter().map(|&v| name_of(v)).collect();
            reasons.push(tied_reason(names, strong[x]));
        }
        if aa[x] > 0.0 {
            let names: Vec<String> = shared_partners.iter().map(|&v| name_of(v)).collect();
            let args = Args::new()
                .with("names", some_names(names))
                .number("index", aa[x]);
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
            strong_ties: strong[x],
            tie_strength: strength[x],
            shared_partners: shared_partners.iter().map(|&v| id_of(v)).collect(),
            adamic_adar: aa[x],
            brings_kind,
            brings_sector,
            brings_needs,
            reasons,
        });
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
