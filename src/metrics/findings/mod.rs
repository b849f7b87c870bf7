//! Findings: what the metrics say, as codes with the arguments of a sentence a
//! facilitator can read aloud (catalog messages `finding-<code>`, in `metrics.ftl`).
//!
//! Each finding is computed from the report and the network, so every sentence is true
//! of the map it describes. Most serious first: warnings, then notices, then
//! information.

mod coverage;
mod forums;
mod structure;

use petgraph::graph::NodeIndex;

use super::{Components, CutPoints, KindCounts, MetricsReport};
pub use crate::finding::{Finding, FindingCode};
use crate::model::ActorKind;
use crate::network::Network;
use crate::words::{Arg, Args, Phrase};

/// What the findings are computed from.
pub(crate) struct Context<'a, 'm> {
    pub(crate) network: &'a Network<'m>,
    pub(crate) report: &'a MetricsReport,
    pub(crate) cuts: &'a CutPoints,
    pub(crate) components: &'a Components,
}

impl Context<'_, '_> {
    pub(crate) fn name(&self, v: usize) -> String {
        self.network.actor(NodeIndex::new(v)).name.clone()
    }

    fn id(&self, v: usize) -> String {
        self.network.actor(NodeIndex::new(v)).id.clone()
    }

    fn kind(&self, v: usize) -> ActorKind {
        self.network.actor(NodeIndex::new(v)).kind
    }

    fn names<'n>(&'n self, nodes: &'n [usize]) -> impl Iterator<Item = String> + 'n {
        nodes.iter().map(|&v| self.name(v))
    }

    fn ids<'n>(&'n self, nodes: &'n [usize]) -> impl Iterator<Item = String> + 'n {
        nodes.iter().map(|&v| self.id(v))
    }

    pub(crate) fn name_of_id(&self, id: &str) -> String {
        match self.network.node(id) {
            Some(v) => self.network.actor(v).name.clone(),
            None => id.to_owned(),
        }
    }

    fn degree(&self, v: usize) -> usize {
        self.network.adjacency().degree(v)
    }

    /// A group of actors: its size and kinds, then its names when it has `named` actors
    /// or fewer; otherwise its `examples` best-connected actors, most ties first.
    fn group(&self, nodes: &[usize], named: usize, examples: usize) -> Phrase {
        let mut kinds = KindCounts::default();
        for &v in nodes {
            kinds.add(self.kind(v));
        }
        let args = Args::new()
            .count("count", nodes.len())
            .with("kinds", kind_counts(&kinds));
        if nodes.len() <= named {
            let names = Arg::list(self.names(nodes));
            return Phrase::new("metrics-group-named", args.with("names", names));
        }
        let mut central = nodes.to_vec();
        central.sort_by_key(|&v| (std::cmp::Reverse(self.degree(v)), v));
        central.truncate(examples.max(1));
        let names = Arg::list(self.names(&central));
        Phrase::new("metrics-group-among", args.with("names", names))
    }
}

/// "14 public bodies, 3 service users": the kinds that have actors, each with its count,
/// in canonical order (message `metrics-kinds`).
pub(crate) fn kind_counts(counts: &KindCounts) -> Phrase {
    let counted = ActorKind::ALL
        .into_iter()
        .filter(|&k| counts.get(k) > 0)
        .map(|k| {
            let count = Args::new().count("count", counts.get(k)).with("kind", k);
            Phrase::new("count-kind", count).into()
        });
    Phrase::new("metrics-kinds", slots(counted))
}

/// Up to four items (one per kind of actor) as the arguments `first`, `second`, `third`
/// and `fourth`, with `shape` saying how many there are (`none` … `four`): messages that
/// join them with plain commas.
pub(crate) fn slots(items: impl IntoIterator<Item = Arg>) -> Args {
    const SLOTS: [&str; 4] = ["first", "second", "third", "fourth"];
    const SHAPES: [&str; 5] = ["none", "one", "two", "three", "four"];
    let mut args = Args::new();
    let mut shown = 0;
    for (slot, item) in SLOTS.into_iter().zip(items) {
        args.set(slot, item);
        shown += 1;
    }
    args.select("shape", SHAPES[shown])
}

/// Every finding, most serious first.
pub(crate) fn findings(cx: &Context) -> Vec<Finding> {
    let mut out = Vec::new();
    structure::isolated(cx, &mut out);
    structure::disconnected(cx, &mut out);
    let told = structure::articulation_points(cx, &mut out);
    coverage::needs(cx, &mut out);
    structure::bridges(cx, &told, &mut out);
    structure::pendants(cx, &mut out);
    coverage::kinds(cx, &mut out);
    coverage::users(cx, &mut out);
    forums::findings(cx, &mut out);
    coverage::territories(cx, &mut out);
    // Stable: within a severity, the order above.
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::FindingSeverity;
    use crate::metrics::MetricsOptions;
    use crate::metrics::testing::map_of;
    use crate::model::{ActorKind::*, ActorMap, Forum, Level::*, Member, Need};
    use crate::network::View;
    use crate::words::Lang;

    fn findings_of(map: &ActorMap) -> Vec<Finding> {
        let net = Network::new(map, &View::default()).unwrap();
        MetricsReport::compute(&net, &MetricsOptions::default()).findings
    }

    fn with(findings: &[Finding], code: FindingCode) -> Vec<&Finding> {
        findings.iter().filter(|f| f.code == code).collect()
    }

    #[test]
    fn two_triangles_and_a_pair_apart() {
        // Two triangles joined by the bridge c-d, and a pair x-y on its own.
        let map = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Public),
                ("c", "C", Public),
                ("d", "D", Community),
                ("e", "E", Community),
                ("f", "F", Community),
                ("x", "X", Private),
                ("y", "Y", User),
            ],
            &[
                ("a", "b", Coordination),
                ("a", "c", Coordination),
                ("b", "c", Coordination),
                ("c", "d", Information),
                ("d", "e", Coordination),
                ("d", "f", Coordination),
                ("e", "f", Coordination),
                ("x", "y", Coordination),
            ],
        );
        let all = findings_of(&map);
        let parts = with(&all, FindingCode::Disconnected);
        assert_eq!(parts[0].actors, ["x", "y"]);
        assert_eq!(
            parts[0].sentence(Lang::En),
            "The network is in 2 parts that do not reach each other: the largest has 6 \
             actors; the others: X and Y. No path of ties joins them: a tie between the parts \
             would let information and referrals flow."
        );
        let bridge = with(&all, FindingCode::Bridge);
        assert_eq!(bridge[0].actors, ["c", "d"]);
        assert!(bridge[0].sentence(Lang::En).starts_with(
            "The tie between C and D is the only one joining the rest of the network to 3 \
             actors (3 community organisations): D, E and F."
        ));
        // c and d each cut off a triangle's other two actors.
        let points = with(&all, FindingCode::ArticulationPoint);
        assert_eq!(points.len(), 2);
        assert_eq!(points[0].actors, ["c", "a", "b"]);
        assert!(
            points[0]
                .sentence(Lang::En)
                .contains("between the rest of the network (D, E and F)")
        );
        // Pairs apart are not "held by a single tie": they are a separate part.
        assert!(with(&all, FindingCode::PendantActors).is_empty());
        // Every kind is on the map; the private company and the user have ties only to
        // each other.
        let pairs: Vec<Vec<ActorKind>> = with(&all, FindingCode::KindPairWithoutTie)
            .iter()
            .map(|f| f.kinds.clone())
            .collect();
        assert_eq!(
            pairs,
            [
                vec![Public, Private],
                vec![Public, User],
                vec![Community, Private],
                vec![Community, User]
            ]
        );
        // c-d and x-y cross kinds: 2 ties of 8.
        let low = with(&all, FindingCode::LowCrossKind);
        assert!(
            low[0]
                .sentence(Lang::En)
                .contains("only 25% cross kinds (E-I index -0.50)")
        );
        assert!(
            low[1]
                .sentence(Lang::En)
                .starts_with("Public bodies keep mostly to themselves")
        );
        assert!(
            low[2]
                .sentence(Lang::En)
                .starts_with("Community organisations keep mostly")
        );
        // Most serious first.
        let severities: Vec<FindingSeverity> = all.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(severities, sorted);
    }

    #[test]
    fn many_articulation_points_are_summed_up() {
        // A chain of 14 actors, with two extra actors hanging on each end so that every
        // inner actor cuts off two or more.
        let ids: Vec<String> = (0..14).map(|i| format!("n{i:02}")).collect();
        let mut actors: Vec<(&str, &str, ActorKind)> = ids
            .iter()
            .map(|id| (id.as_str(), id.as_str(), Community))
            .collect();
        actors.push(("p", "P", Public));
        actors.push(("q", "Q", Public));
        let mut links: Vec<(&str, &str, crate::model::Level)> = ids
            .windows(2)
            .map(|w| (w[0].as_str(), w[1].as_str(), Coordination))
            .collect();
        links.push(("p", "n00", Coordination));
        links.push(("q", "n13", Coordination));
        let map = map_of(&actors, &links);
        let all = findings_of(&map);
        let points = with(&all, FindingCode::ArticulationPoint);
        // n00 and n13 only hold P and Q; the 12 others cut off two actors or more: 10
        // one by one, then one finding for the last 2.
        assert_eq!(points.len(), 11);
        assert_eq!(points[10].actors, ["n01", "n12"]);
        assert!(
            points[10]
                .sentence(Lang::Fr)
                .starts_with("2 autres acteurs retiennent aussi")
        );
        // The middle of the chain cuts off the most, so it comes first.
        assert!(["n06", "n07"].contains(&points[0].actors[0].as_str()));
        let pendants = with(&all, FindingCode::PendantActors);
        assert_eq!(
            pendants[0].sentence(Lang::Fr),
            "2 acteurs ne tiennent au réseau que par un seul lien\u{a0}: P (avec n00) et Q \
             (avec n13). Si ce lien se rompt, ils n'ont plus aucun lien."
        );
        assert_eq!(
            with(&all, FindingCode::KindAbsent)[0].sentence(Lang::Fr),
            "La carte ne compte aucune entreprise privée."
        );
    }

    #[test]
    fn one_more_articulation_point_is_singular() {
        // A chain of 13 with two actors hanging on each end: 11 inner actors cut off two
        // or more, 10 told one by one and 1 more.
        let ids: Vec<String> = (0..13).map(|i| format!("n{i:02}")).collect();
        let mut actors: Vec<(&str, &str, ActorKind)> = ids
            .iter()
            .map(|id| (id.as_str(), id.as_str(), Community))
            .collect();
        actors.extend([("p", "P", Public), ("q", "Q", Public)]);
        let mut links: Vec<(&str, &str, crate::model::Level)> = ids
            .windows(2)
            .map(|w| (w[0].as_str(), w[1].as_str(), Coordination))
            .collect();
        links.extend([("p", "n00", Coordination), ("q", "n12", Coordination)]);
        let all = findings_of(&map_of(&actors, &links));
        let points = with(&all, FindingCode::ArticulationPoint);
        assert_eq!(points.len(), 11);
        assert_eq!(
            points[10].sentence(Lang::En),
            "1 other actor also holds groups of two actors or more to the network: n11."
        );
        assert_eq!(
            points[10].sentence(Lang::Fr),
            "1 autre acteur retient aussi au réseau des groupes de deux acteurs ou \
             plus\u{a0}: n11."
        );
    }

    #[test]
    fn needs_users_territories_and_forums() {
        let mut map = map_of(
            &[
                ("sad", "SAD", Public),
                ("cab", "CAB", Community),
                ("popote", "Popote", Community),
                ("taxi", "Taxi", Private),
                ("lucie", "Lucie", User),
            ],
            &[
                ("sad", "cab", Coordination),
                ("cab", "popote", Coordination),
                ("popote", "lucie", Information),
                ("taxi", "cab", Information),
            ],
        );
        map.needs.push(Need {
            id: "meals".into(),
            name: "Repas".into(),
            extra: Default::default(),
        });
        for (id, territory) in [("sad", "Sorel"), ("cab", "Sorel"), ("popote", "Saint-Ours")] {
            let a = map.actors.iter_mut().find(|a| a.id == id).unwrap();
            a.services = vec!["meals".into()];
            a.territory = Some(territory.into());
        }
        map.actors[0].services.clear();
        map.forums.push(Forum {
            id: "t".into(),
            name: "Table".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: ["sad", "cab", "taxi"]
                .map(|a| Member {
                    actor: a.into(),
                    role: None,
                    extra: Default::default(),
                })
                .to_vec(),
            extra: Default::default(),
        });
        let all = findings_of(&map);
        let need = with(&all, FindingCode::NeedSingleKind);
        assert_eq!(
            need[0].sentence(Lang::En),
            "The need \"Repas\" is served by 2 actors, both community organisations: CAB and \
             Popote. Other kinds of actors could share it."
        );
        let user = with(&all, FindingCode::UserWithoutPublicTie);
        assert_eq!(
            user[0].sentence(Lang::En),
            "Lucie has no tie to a public body, even two steps away."
        );
        let places = with(&all, FindingCode::TerritoryMissingKind);
        assert_eq!(places[0].territories, ["Saint-Ours"]);
        assert_eq!(
            places[0].sentence(Lang::En),
            "The map has no public body in the territory Saint-Ours."
        );
        let forum = with(&all, FindingCode::ForumMissingKind);
        assert_eq!(forum[0].kinds, [User]);
        assert_eq!(
            forum[0].sentence(Lang::En),
            "The forum \"Table\" has no service user among its members."
        );
        let lone = with(&all, FindingCode::ForumMemberWithoutTie);
        assert!(lone.is_empty(), "every member of the table is tied to CAB");
    }

    #[test]
    fn a_hub_between_comparable_groups() {
        // H joins three pairs; no part dominates, so the finding lists the groups.
        let map = map_of(
            &[
                ("h", "H", Community),
                ("a", "A", Public),
                ("b", "B", Public),
                ("c", "C", Private),
                ("d", "D", Private),
                ("e", "E", User),
                ("f", "F", User),
            ],
            &[
                ("h", "a", Coordination),
                ("a", "b", Coordination),
                ("h", "c", Coordination),
                ("c", "d", Coordination),
                ("h", "e", Coordination),
                ("e", "f", Coordination),
            ],
        );
        let all = findings_of(&map);
        let points = with(&all, FindingCode::ArticulationPoint);
        assert_eq!(points[0].actors, ["h", "a", "b", "c", "d", "e", "f"]);
        assert_eq!(
            points[0].sentence(Lang::Fr),
            "H relie 3 groupes qui, sans cet acteur, seraient coupés les uns des autres\u{a0}: \
             2 acteurs (2 organismes publics)\u{a0}: A et B\u{202f}; 2 acteurs (2 entreprises \
             privées)\u{a0}: C et D\u{202f}; 2 acteurs (2 usagers)\u{a0}: E et F. Des liens \
             entre ces groupes rendraient le réseau moins fragile."
        );
    }
}
