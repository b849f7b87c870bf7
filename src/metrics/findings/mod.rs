//! Findings: what the metrics say, in plain words a facilitator can read aloud, in
//! English or French.
//!
//! Each finding is computed from the report and the network, so every sentence is true
//! of the map it describes. Most serious first: warnings, then notices, then
//! information.

mod coverage;
mod forums;
mod structure;

use petgraph::graph::NodeIndex;

use super::{Components, CutPoints, KindCounts, Report};
pub use crate::finding::{Finding, FindingCode};
use crate::lang::Lang;
use crate::model::ActorKind;
use crate::network::Network;
use crate::words::legacy::{LIST_LIMIT, count, kinds_breakdown, list};

/// What the findings are computed from.
pub(crate) struct Context<'a, 'm> {
    pub(crate) network: &'a Network<'m>,
    pub(crate) report: &'a Report,
    pub(crate) cuts: &'a CutPoints,
    pub(crate) components: &'a Components,
    pub(crate) lang: Lang,
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

    fn names(&self, nodes: &[usize]) -> Vec<String> {
        nodes.iter().map(|&v| self.name(v)).collect()
    }

    fn ids(&self, nodes: &[usize]) -> Vec<String> {
        nodes.iter().map(|&v| self.id(v)).collect()
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

    pub(crate) fn pick(&self, en: String, fr: String) -> String {
        match self.lang {
            Lang::En | Lang::Pseudo => en,
            Lang::Fr => fr,
        }
    }

    /// A group of actors: its size and kinds, then its names when it has `named` actors
    /// or fewer; otherwise its `examples` best-connected actors, most ties first.
    fn group(&self, nodes: &[usize], named: usize, examples: usize) -> String {
        let lang = self.lang;
        let mut kinds = KindCounts::default();
        for &v in nodes {
            kinds.add(self.kind(v));
        }
        let size = count(
            nodes.len(),
            lang.pick("actor", "acteur"),
            lang.pick("actors", "acteurs"),
        );
        let kinds = kinds_breakdown(lang, &kinds);
        if nodes.len() <= named {
            let names = list(lang, &self.names(nodes), LIST_LIMIT);
            return format!("{size} ({kinds}){} {names}", lang.pick(":", " :"));
        }
        let mut central = nodes.to_vec();
        central.sort_by_key(|&v| (std::cmp::Reverse(self.degree(v)), v));
        central.truncate(examples.max(1));
        let first = list(lang, &self.names(&central), LIST_LIMIT);
        self.pick(
            format!("{size} ({kinds}), among them {first}"),
            format!("{size} ({kinds}), dont {first}"),
        )
    }
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

    fn findings_of(map: &ActorMap, lang: Lang) -> Vec<Finding> {
        let net = Network::new(map, &View::default()).unwrap();
        Report::compute(&net, &MetricsOptions::default().with_lang(lang)).findings
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
        let all = findings_of(&map, Lang::En);
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
        let mut links: Vec<(&str, &str, crate::Level)> = ids
            .windows(2)
            .map(|w| (w[0].as_str(), w[1].as_str(), Coordination))
            .collect();
        links.push(("p", "n00", Coordination));
        links.push(("q", "n13", Coordination));
        let map = map_of(&actors, &links);
        let all = findings_of(&map, Lang::Fr);
        let points = with(&all, FindingCode::ArticulationPoint);
        // n00 and n13 only hold P and Q; the 12 others cut off two actors or more: 10
        // one by one, then one finding for the last 2.
        assert_eq!(points.len(), 11);
        assert_eq!(points[10].actors, ["n01", "n12"]);
        assert!(
            points[10]
                .sentence(Lang::En)
                .starts_with("2 autres acteurs retiennent aussi")
        );
        // The middle of the chain cuts off the most, so it comes first.
        assert!(["n06", "n07"].contains(&points[0].actors[0].as_str()));
        let pendants = with(&all, FindingCode::PendantActors);
        assert_eq!(
            pendants[0].sentence(Lang::En),
            "2 acteurs ne tiennent au réseau que par un seul lien : P (avec n00) et Q (avec \
             n13). Si ce lien se rompt, ils n'ont plus aucun lien."
        );
        assert_eq!(
            with(&all, FindingCode::KindAbsent)[0].sentence(Lang::En),
            "La carte ne compte aucune entreprise privée."
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
        let all = findings_of(&map, Lang::En);
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
        let all = findings_of(&map, Lang::Fr);
        let points = with(&all, FindingCode::ArticulationPoint);
        assert_eq!(points[0].actors, ["h", "a", "b", "c", "d", "e", "f"]);
        assert_eq!(
            points[0].sentence(Lang::En),
            "H relie 3 groupes qui, sans cet acteur, seraient coupés les uns des autres : 2 \
             acteurs (2 organismes publics) : A et B ; 2 acteurs (2 entreprises privées) : C et \
             D ; 2 acteurs (2 usagers) : E et F. Des liens entre ces groupes rendraient le \
             réseau moins fragile."
        );
    }
}
