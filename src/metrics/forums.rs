//! Forums: who sits in each table, group, committee or initiative, and whether the
//! members work together outside it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use petgraph::graph::NodeIndex;

use super::{KindCounts, TieTable};
use crate::model::ActorKind;
use crate::network::Network;
use crate::text;

/// Composition and ties of one forum (JSON `forums[]`).
///
/// Ties among members count only ties made of at least one link: sitting in the same
/// forum is not a collaboration, or every forum would be complete when the view counts
/// co-membership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ForumMetrics {
    /// The forum's id.
    pub id: String,
    /// The forum's name.
    pub name: String,
    /// The forum's kind (`table`, `action-group`, …), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Number of distinct members in the view.
    pub size: usize,
    /// Members of each kind.
    pub members_by_kind: KindCounts,
    /// Members in each role, in the order roles first appear (`member` when none is
    /// written). An actor seated twice counts in each role it holds.
    pub roles: IndexMap<String, usize>,
    /// Kinds with no member, in canonical order.
    pub absent_kinds: Vec<ActorKind>,
    /// Ties (with at least one link) between two members.
    pub ties: usize,
    /// Ties among members out of all pairs of members; `None` with fewer than two.
    pub density: Option<f64>,
    /// Ids of the members with no tie to another member, in seat order.
    pub without_tie: Vec<String>,
}

/// Composition and ties of every forum, in map order.
///
/// # Complexity
/// O(Σ over forums of the members' degrees), plus building a table of the ties,
/// O(m log Δ).
///
/// # Example
/// ```
/// use actormap::{Network, View};
///
/// let map = actormap::io::from_json_str(r#"{"format": "actormap/1",
///   "actors": [{"id": "a", "name": "A", "kind": "public"},
///              {"id": "b", "name": "B", "kind": "community"},
///              {"id": "c", "name": "C", "kind": "user"}],
///   "links": [{"source": "a", "target": "b", "level": "coordination"}],
///   "forums": [{"id": "t", "name": "Table", "kind": "table",
///               "members": [{"actor": "a", "role": "co-lead"},
///                           {"actor": "b"}, {"actor": "c"}]}]}"#)?;
/// let net = Network::new(&map, &View::default())?;
/// let forums = actormap::metrics::forums(&net);
/// assert_eq!(forums[0].size, 3);
/// assert_eq!(forums[0].density, Some(1.0 / 3.0));
/// assert_eq!(forums[0].without_tie, ["c"]);
/// assert_eq!(forums[0].roles["member"], 2);
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn forums(network: &Network) -> Vec<ForumMetrics> {
    forums_with(network, &TieTable::new(network))
}

pub(crate) fn forums_with(network: &Network, ties: &TieTable) -> Vec<ForumMetrics> {
    let adjacency = network.adjacency();
    let mut member = vec![false; network.node_count()];
    let mut out = Vec::with_capacity(network.map().forums.len());
    for forum in &network.map().forums {
        let mut seats: Vec<usize> = Vec::new();
        // Roles by key (`text::key`), each counted under its first spelling.
        let mut roles: IndexMap<String, usize> = IndexMap::new();
        let mut spelled: HashMap<Cow<'_, str>, usize> = HashMap::new();
        let mut seated: HashSet<(usize, usize)> = HashSet::new();
        for m in &forum.members {
            let Some(node) = network.node(&m.actor) else {
                continue;
            };
            let key = text::key(m.role());
            let role = match spelled.get(&key) {
                Some(&i) => i,
                None => {
                    let i = roles.len();
                    roles.insert(m.role().to_owned(), 0);
                    spelled.insert(key, i);
                    i
                }
            };
            if seated.insert((node.index(), role)) {
                roles[role] += 1;
            }
            if !member[node.index()] {
                member[node.index()] = true;
                seats.push(node.index());
            }
        }
        let mut kinds = KindCounts::default();
        let mut tie_ends = 0;
        let mut without_tie = Vec::new();
        for &v in &seats {
            kinds.add(network.actor(NodeIndex::new(v)).kind);
            let tied = adjacency
                .neighbors(v)
                .iter()
                .zip(ties.linked(v))
                .filter(|&(&w, &linked)| linked && member[w as usize])
                .count();
            tie_ends += tied;
            if tied == 0 {
                without_tie.push(network.actor(NodeIndex::new(v)).id.clone());
            }
        }
        for &v in &seats {
            member[v] = false;
        }
        let size = seats.len();
        let ties_among = tie_ends / 2;
        out.push(ForumMetrics {
            id: forum.id.clone(),
            name: forum.name.clone(),
            kind: forum.kind.clone(),
            size,
            members_by_kind: kinds,
            roles,
            absent_kinds: kinds.absent(),
            ties: ties_among,
            density: (size > 1).then(|| (2 * ties_among) as f64 / (size * (size - 1)) as f64),
            without_tie,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::testing::map_of;
    use crate::model::{ActorKind::*, Forum, Level::*, Member};
    use crate::network::View;

    fn seat(actor: &str, role: Option<&str>) -> Member {
        Member {
            actor: actor.into(),
            role: role.map(Into::into),
            extra: Default::default(),
        }
    }

    #[test]
    fn composition_density_and_members_without_ties() {
        let mut map = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Community),
                ("c", "C", Community),
                ("d", "D", User),
                ("e", "E", Private),
            ],
            &[
                ("a", "b", Coordination),
                ("b", "c", Information),
                ("c", "e", Information),
            ],
        );
        map.forums.push(Forum {
            id: "t".into(),
            name: "Table".into(),
            kind: Some("table".into()),
            sector: None,
            needs: vec![],
            members: vec![
                seat("a", Some("co-lead")),
                seat("b", Some("co-lead")),
                seat("c", None),
                seat("d", Some("user-partner")),
                seat("c", Some("member")),
            ],
            extra: Default::default(),
        });
        for forum_ties in [false, true] {
            let net = Network::new(&map, &View::default().with_forum_ties(forum_ties)).unwrap();
            let f = &forums(&net)[0];
            assert_eq!(f.size, 4);
            assert_eq!(f.members_by_kind.community, 2);
            assert_eq!(f.absent_kinds, [Private]);
            assert_eq!(
                f.roles
                    .iter()
                    .map(|(r, n)| (r.as_str(), *n))
                    .collect::<Vec<_>>(),
                [("co-lead", 2), ("member", 1), ("user-partner", 1)]
            );
            // a-b and b-c are ties among members; c-e leaves the forum. Co-membership
            // never counts.
            assert_eq!(f.ties, 2);
            assert_eq!(f.density, Some(2.0 / 6.0));
            assert_eq!(f.without_tie, ["d"]);
        }
    }

    #[test]
    fn empty_forum() {
        let mut map = map_of(&[("a", "A", Public)], &[]);
        map.forums.push(Forum {
            id: "t".into(),
            name: "Table".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: vec![seat("a", None)],
            extra: Default::default(),
        });
        let net = Network::new(&map, &View::default()).unwrap();
        let f = &forums(&net)[0];
        assert_eq!((f.size, f.ties, f.density), (1, 0, None));
        assert_eq!(f.without_tie, ["a"]);
    }
}
