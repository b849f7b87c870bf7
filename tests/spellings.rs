//! One key for every free-text value: sectors, organisations, territories, link and forum
//! kinds, roles and needs written with other letter case, spaces or Unicode composition
//! are one value in the metrics, the gaps and composition rules, the diagrams and the
//! comparison of snapshots; a warning says where two spellings of one map meet.

use actormap::gaps::{GapsOptions, GapsReport, RuleSet};
use actormap::metrics::{MetricsOptions, MetricsReport};
use actormap::validate::ProblemCode;
use actormap::{Lang, Network, View};
use serde_json::json;

fn map(value: serde_json::Value) -> actormap::ActorMap {
    let mut doc = value;
    doc["format"] = json!("actormap/1");
    actormap::io::from_json_str(&doc.to_string()).unwrap()
}

/// The same things written three ways: trimmed or not, in other letter case, with accents
/// composed (NFC) or decomposed (NFD).
fn spelled() -> actormap::ActorMap {
    map(json!({
        "needs": [{"id": "transport", "name": "Transport"}],
        "actors": [
            {"id": "cisss", "name": "CISSS", "kind": "public", "sector": "santé", "territory": "Sorel"},
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "CISSS ",
             "sector": "Santé ", "territory": "sorel ", "services": ["Transport"]},
            {"id": "sapa", "name": "CISSS — SAPA", "kind": "public", "organization": "cisss",
             "sector": "sante\u{301}", "territory": "SOREL"},
            {"id": "ecole", "name": "École", "kind": "public", "sector": "Éducation "},
            {"id": "cab", "name": "CAB", "kind": "community", "sector": "social", "services": ["transport "]}
        ],
        "links": [
            {"source": "cisss", "target": "sad", "level": "coordination", "kind": "referral"},
            {"source": "sad", "target": "sapa", "level": "coordination", "kind": "Referral "},
            {"source": "sapa", "target": "cisss", "level": "information"},
            {"source": "cab", "target": "sad", "level": "information"}
        ],
        "forums": [
            {"id": "table", "name": "Table", "kind": "Table ", "members": [
                {"actor": "sad", "role": "co-lead"}, {"actor": "sapa", "role": "Co-Lead "},
                {"actor": "ecole"}, {"actor": "cab", "role": "CO-LEAD"}]}
        ]
    }))
}

fn metrics(map: &actormap::ActorMap) -> MetricsReport {
    let network = Network::new(map, &View::default()).unwrap();
    MetricsReport::compute(&network, &MetricsOptions::default())
}

#[test]
fn metrics_compare_sectors_organisations_territories_and_needs_by_key() {
    let report = metrics(&spelled());
    let i = &report.coverage.integration;
    // cisss, sad and sapa are one organisation in one sector; only cab–sad crosses both.
    assert_eq!((i.ties, i.inter_organisational, i.intersectoral), (4, 1, 1));
    let rows: Vec<(&str, usize)> = report
        .coverage
        .territories
        .territories
        .iter()
        .map(|t| (t.territory.as_str(), t.actors))
        .collect();
    assert_eq!(rows, [("Sorel", 3)]);
    assert_eq!(report.coverage.needs.needs[0].providers, ["sad", "cab"]);
    let roles: Vec<(&str, usize)> = report.forums[0]
        .roles
        .iter()
        .map(|(r, n)| (r.as_str(), *n))
        .collect();
    assert_eq!(roles, [("co-lead", 3), ("member", 1)]);
}

fn gaps(map: &actormap::ActorMap, rules: serde_json::Value) -> Vec<(String, String)> {
    let rules = RuleSet::from_json_str(&rules.to_string(), None).unwrap();
    let network = Network::new(map, &View::default()).unwrap();
    let report = GapsReport::compute(&network, &[rules], &GapsOptions::default()).unwrap();
    report
        .findings()
        .filter(|f| f.rule.is_some())
        .map(|f| (f.code.to_string(), f.rule.clone().unwrap()))
        .collect()
}

#[test]
fn composition_rules_compare_by_key() {
    let found = gaps(
        &spelled(),
        json!({"name": "t", "roles": ["co-lead", "member"], "rules": [
            {"id": "sectors", "forums": {"kind": "table"}, "sectors": ["éducation", "SANTÉ"]},
            {"id": "leads", "forums": {"kind": "TABLE"}, "roles": [{"role": "co-lead", "exactly": 3}]},
            {"id": "distinct", "forums": {"kind": "table"}, "distinct": [{"role": "co-lead", "by": "organization"}]},
            {"id": "needs", "forums": {"kind": "table"}, "needs": ["TRANSPORT"]}
        ]}),
    );
    // Every rule applies to the forum of kind "Table "; only the distinct rule fails: sad
    // ("CISSS ") and sapa ("cisss") are one organisation.
    assert_eq!(found, [("rule-distinct".to_owned(), "distinct".to_owned())]);
}

#[test]
fn the_comparison_of_snapshots_compares_by_key_and_services_as_sets() {
    let before = spelled();
    let mut after = before.clone();
    after.actors[1].organization = Some("cisss".into());
    after.actors[1].sector = Some("santé".into());
    after.actors[1].territory = Some("Sorel".into());
    after.actors[4].services = vec!["Transport".into()];
    after.links[1].kind = Some("referral".into());
    let diff = actormap::diff::diff(&before, &after, &Default::default()).unwrap();
    assert_eq!(diff.actors_changed, []);
    assert_eq!((diff.links_added.len(), diff.links_removed.len()), (0, 0));
    assert_eq!(diff.ties_between, []);
}

#[test]
fn two_spellings_of_one_key_are_a_warning_in_both_languages() {
    let problems = actormap::validate::validate(&spelled());
    let found: Vec<String> = problems
        .iter()
        .filter(|p| p.code == ProblemCode::SpellingVariants)
        .map(|p| p.message(Lang::En))
        .collect();
    assert_eq!(
        found,
        [
            "organisation \"CISSS \" differs from \"cisss\" (first at actors[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "sector \"Santé \" differs from \"santé\" (first at actors[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "territory \"sorel \" differs from \"Sorel\" (first at actors[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "need \"Transport\" differs from \"transport\" (first at needs[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "sector \"sante\\u{301}\" differs from \"santé\" (first at actors[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "territory \"SOREL\" differs from \"Sorel\" (first at actors[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
            "need \"transport \" differs from \"transport\" (first at needs[0]) only in case, spaces or how its accents are encoded: the two are counted as one",
        ]
    );
    // Well-known link kinds and roles are read as their codes ("Referral " is
    // `referral`, "CO-LEAD" is `co-lead`): one spelling, no warning.
    let french = problems
        .iter()
        .find(|p| p.code == ProblemCode::SpellingVariants)
        .unwrap()
        .message(Lang::Fr);
    assert_eq!(
        french,
        "l'organisation «\u{a0}CISSS \u{a0}» ne diffère de «\u{a0}cisss\u{a0}» (la première fois à actors[0]) que par la casse, les espaces ou le codage de ses accents\u{a0}: les deux comptent pour un seul"
    );
    assert!(
        problems
            .iter()
            .all(|p| p.severity == actormap::validate::ProblemSeverity::Warning)
    );
    // One spelling everywhere: no warning.
    let plain = map(json!({"actors": [
        {"id": "a", "name": "A", "kind": "public", "sector": "santé"},
        {"id": "b", "name": "B", "kind": "public", "sector": "santé", "organization": "a"}
    ]}));
    assert!(actormap::validate::validate(&plain).is_empty());
}

#[test]
fn diagrams_group_clusters_by_key() {
    let options = actormap::dot::DotOptions::default()
        .with_cluster_by(Some(actormap::dot::ClusterBy::Territory));
    let dot = actormap::dot::to_dot(&spelled(), &options)
        .unwrap()
        .to_string();
    assert_eq!(dot.matches("subgraph cluster").count(), 2, "{dot}"); // Sorel, the legend
}
