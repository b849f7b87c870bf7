//! Gaps of the whole network: kinds never tied to each other, sectors and needs whose
//! actors never work across kinds, actors of a forum's sector tied to nobody in it.

use serde::Serialize;

use super::Context;
use super::words::{finding, kinds_breakdown};
use crate::finding::{Finding, FindingCode, MAX_FINDING_ACTORS};
use crate::model::KindCounts;
use crate::model::{ActorKind, Forum};
use crate::network::Network;
use crate::text;
use crate::words::{Arg, Args, LIST_KEPT};

/// Actors of a forum's sector who are tied to none of its members.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectorOutsiders {
    /// Id of the forum.
    pub forum: String,
    /// The forum's sector.
    pub sector: String,
    /// Ids of the actors, in map order: the first hundred
    /// ([`MAX_FINDING_ACTORS`](crate::finding::MAX_FINDING_ACTORS)).
    pub actors: Vec<String>,
    /// How many more actors there are than [`SectorOutsiders::actors`] lists.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more_actors: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Gaps of the whole network.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StructuralGaps {
    /// Pairs of kinds, both on the map, with no tie between them.
    pub kind_pairs_without_tie: Vec<[ActorKind; 2]>,
    /// Sectors whose actors are of several kinds but never tied across kinds.
    pub sectors_without_cross_kind_tie: Vec<String>,
    /// Needs whose actors are of several kinds but never tied across kinds.
    pub needs_without_cross_kind_tie: Vec<String>,
    /// Per forum with a sector: actors of that sector tied to none of its members.
    pub sector_outsiders: Vec<SectorOutsiders>,
    /// The gaps as findings (their sentences: [`Finding::sentence`]).
    pub findings: Vec<Finding>,
}

pub(crate) fn find(cx: &Context, network: &Network, forums: &[&Forum]) -> StructuralGaps {
    let adjacency = network.adjacency();
    let kind_of: Vec<ActorKind> = network.actors().map(|(_, a)| a.kind).collect();
    let mut gaps = StructuralGaps::default();

    // Kind pairs, from the metrics' kind-mixing matrix.
    for [a, b] in crate::metrics::kind_pairs_without_tie(network) {
        gaps.kind_pairs_without_tie.push([a, b]);
        // The same finding as the metrics', worded as a gap to work on.
        let args = Args::new()
            .with("kind", a)
            .with("other", b)
            .select("shape", "gap");
        gaps.findings.push(finding(
            FindingCode::KindPairWithoutTie,
            None,
            vec![],
            vec![],
            args,
        ));
    }

    // Sectors and needs: groups of actors of several kinds with no tie across kinds.
    // Grouped by key (`text::key`), each group under its first spelling.
    let groups = |values: &dyn Fn(&crate::model::Actor) -> Vec<String>| {
        let mut groups: indexmap::IndexMap<String, (String, Vec<usize>)> =
            indexmap::IndexMap::new();
        for (node, actor) in network.actors() {
            let mut seen: Vec<String> = Vec::new();
            for value in values(actor) {
                let key = text::key(&value).into_owned();
                if key.is_empty() || seen.contains(&key) {
                    continue;
                }
                seen.push(key.clone());
                groups
                    .entry(key)
                    .or_insert_with(|| (value.trim().to_owned(), Vec::new()))
                    .1
                    .push(node.index());
            }
        }
        groups.into_values()
    };
    // Marks in one array for every group and then every forum: a stamp per group or
    // forum, no array of the map's size for each.
    let mut stamp_of = vec![0u32; kind_of.len()];
    let mut stamp = 0u32;
    let mut without_cross_kind_tie = |nodes: &[usize]| -> Option<KindCounts> {
        let mut counts = KindCounts::default();
        for &v in nodes {
            counts.add(kind_of[v]);
        }
        if ActorKind::ALL.len() - counts.absent().len() < 2 {
            return None;
        }
        stamp += 1;
        for &v in nodes {
            stamp_of[v] = stamp;
        }
        let crosses = nodes.iter().any(|&u| {
            adjacency
                .neighbors(u)
                .iter()
                .any(|&v| kind_of[v as usize] != kind_of[u] && stamp_of[v as usize] == stamp)
        });
        (!crosses).then_some(counts)
    };
    for (sector, nodes) in groups(&|a| a.sector.iter().cloned().collect()) {
        if let Some(counts) = without_cross_kind_tie(&nodes) {
            let args = Args::new()
                .quoted("sector", sector.as_str())
                .with("kinds", kinds_breakdown(&counts));
            let actors = nodes.iter().map(|&v| kind_actor_id(network, v));
            gaps.findings.push(finding(
                FindingCode::SectorWithoutCrossKindTie,
                None,
                vec![],
                actors,
                args,
            ));
            gaps.sectors_without_cross_kind_tie.push(sector);
        }
    }
    let mut declared: std::collections::HashMap<String, &crate::model::Need> =
        std::collections::HashMap::with_capacity(cx.map.needs.len());
    for n in &cx.map.needs {
        declared.entry(text::key(&n.id).into_owned()).or_insert(n);
    }
    for (need, nodes) in groups(&|a| {
        a.services
            .iter()
            .filter(|s| declared.is_empty() || declared.contains_key(text::key(s).as_ref()))
            .cloned()
            .collect()
    }) {
        if let Some(counts) = without_cross_kind_tie(&nodes) {
            let declared_need = declared.get(text::key(&need).as_ref());
            let name = declared_need.map_or(need.as_str(), |n| n.name.as_str());
            let need = declared_need.map_or(need.clone(), |n| n.id.clone());
            let args = Args::new()
                .quoted("need", name)
                .with("kinds", kinds_breakdown(&counts));
            let actors = nodes.iter().map(|&v| kind_actor_id(network, v));
            gaps.findings.push(finding(
                FindingCode::NeedWithoutCrossKindTie,
                None,
                vec![],
                actors,
                args,
            ));
            gaps.needs_without_cross_kind_tie.push(need);
        }
    }

    // Actors of a forum's sector tied to none of its members. Actors are grouped by
    // sector key once; for each forum, its members and their partners are marked (a
    // stamp per forum), the marked actors of its sector counted,
    // and the sector walked in map order for the first outsiders only: the work is the
    // members' ties plus the listed actors, not the whole map per forum.
    let sectors: Vec<Option<std::borrow::Cow<'_, str>>> = network
        .actors()
        .map(|(_, a)| crate::metrics::sector_key(a))
        .collect();
    let mut by_sector: std::collections::HashMap<&str, Vec<u32>> = std::collections::HashMap::new();
    for (v, key) in sectors.iter().enumerate() {
        if let Some(key) = key.as_deref() {
            by_sector.entry(key).or_default().push(v as u32);
        }
    }
    for forum in forums {
        let Some(sector) = forum.sector.as_deref() else {
            continue;
        };
        let folded = text::key(sector);
        let Some(in_sector) = by_sector.get(folded.as_ref()) else {
            continue;
        };
        stamp += 1;
        let mut covered = 0usize;
        let mut mark = |v: usize, stamp_of: &mut [u32]| {
            if stamp_of[v] != stamp {
                stamp_of[v] = stamp;
                if sectors[v].as_deref() == Some(folded.as_ref()) {
                    covered += 1;
                }
            }
        };
        for a in cx.members(forum) {
            if let Some(v) = network.node(&a.id) {
                mark(v.index(), &mut stamp_of);
                for &u in adjacency.neighbors(v.index()) {
                    mark(u as usize, &mut stamp_of);
                }
            }
        }
        let total = in_sector.len() - covered;
        if total == 0 {
            continue;
        }
        let listed: Vec<usize> = in_sector
            .iter()
            .map(|&v| v as usize)
            .filter(|&v| stamp_of[v] != stamp)
            .take(MAX_FINDING_ACTORS.max(LIST_KEPT))
            .collect();
        let names = listed.iter().take(LIST_KEPT).map(|&v| {
            network
                .actor(petgraph::graph::NodeIndex::new(v))
                .name
                .clone()
        });
        let args = Args::new()
            .with("names", Arg::list_counted(names, total))
            .quoted("sector", sector)
            .quoted("forum", forum.name.as_str());
        let ids: Vec<String> = listed
            .iter()
            .take(MAX_FINDING_ACTORS)
            .map(|&v| kind_actor_id(network, v))
            .collect();
        let more_actors = total - ids.len();
        let mut f = finding(
            FindingCode::SectorActorsOutsideForum,
            None,
            vec![forum.id.clone()],
            ids.clone(),
            args,
        );
        f.more_actors = more_actors;
        gaps.findings.push(f);
        gaps.sector_outsiders.push(SectorOutsiders {
            forum: forum.id.clone(),
            sector: sector.to_owned(),
            actors: ids,
            more_actors,
        });
    }
    gaps
}

fn kind_actor_id(network: &Network, v: usize) -> String {
    network.actor(petgraph::graph::NodeIndex::new(v)).id.clone()
}
