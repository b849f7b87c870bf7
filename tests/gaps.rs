//! Missing partners: every kind of composition rule on small maps, the ranking of
//! candidates on a hand-checked map, and the built-in rule sets on the seed maps.

use actormap::{
    Lang, Network, View, gaps::GapsOptions, gaps::GapsReport, gaps::RuleSet, metrics::FindingCode,
};
use serde_json::json;

mod common;

/// A map from a compact description: actors as (id, kind, organization, sector,
/// services), links as (a, b, level), forums as (id, kind, needs, members as (actor, role)).
fn map(value: serde_json::Value) -> actormap::ActorMap {
    let mut doc = value;
    doc["format"] = json!("actormap/1");
    actormap::io::from_json_str(&doc.to_string()).unwrap()
}

fn report(map: &actormap::ActorMap, rules: serde_json::Value) -> GapsReport {
    let rules = RuleSet::from_json_str(&rules.to_string(), None).unwrap();
    let network = Network::new(map, &View::default()).unwrap();
    GapsReport::compute(&network, &[rules], &GapsOptions::default()).unwrap()
}

/// (code, rule, actors) of every finding.
fn found(report: &GapsReport) -> Vec<(String, String, Vec<String>)> {
    report
        .findings()
        .filter(|f| f.rule.is_some())
        .map(|f| {
            (
                f.code.to_string(),
                f.rule.clone().unwrap(),
                f.actors.clone(),
            )
        })
        .collect()
}

fn small() -> actormap::ActorMap {
    map(json!({
        "needs": [{"id": "home", "name": "Adaptation du domicile"}, {"id": "care", "name": "Proches aidants"}],
        "actors": [
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "cisss", "sector": "santé", "services": ["care"]},
            {"id": "sapa", "name": "CISSS — SAPA", "kind": "public", "organization": "cisss", "sector": "santé"},
            {"id": "carrefour", "name": "Carrefour", "kind": "community", "sector": "proche aidance", "services": ["care"]},
            {"id": "agence", "name": "Agence privée", "kind": "private", "sector": "soutien à domicile", "services": ["home"]},
            {"id": "denis", "name": "Denis B.", "kind": "user"}
        ],
        "links": [],
        "forums": [
            {"id": "table", "name": "Table", "kind": "table", "members": [
                {"actor": "sad", "role": "co-lead"}, {"actor": "sapa", "role": "co-lead"}, {"actor": "carrefour"}]},
            {"id": "action", "name": "Groupe d'action", "kind": "action-group", "needs": ["home", "care"], "members": [
                {"actor": "carrefour", "role": "animator"}, {"actor": "agence"}]},
            {"id": "gestion", "name": "Groupe de gestion", "kind": "management-group", "members": [
                {"actor": "sad", "role": "director"}]}
        ]
    }))
}

#[test]
fn size_rule() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "big", "forums": {"kind": "table"}, "size": {"min": 4}},
            {"id": "fits", "forums": {"kind": "table"}, "size": {"min": 2, "max": 3}}
        ]}),
    );
    assert_eq!(found(&r), [("rule-size".into(), "big".into(), vec![])]);
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::En),
        "\"Table\" has 3 members; rule \"big\" asks for at least 4."
    );
}

#[test]
fn kinds_rule_single_kind_and_group() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "private", "forums": {"kind": "table"}, "kinds": [{"kinds": ["private"], "min": 1}]},
            {"id": "partners", "forums": {"kind": "table"}, "kinds": [{"kinds": ["community", "private", "user"], "min": 2}]},
            {"id": "public", "forums": {"kind": "table"}, "kinds": [{"kinds": ["public"], "min": 2}]}
        ]}),
    );
    let codes: Vec<String> = found(&r).into_iter().map(|f| f.1).collect();
    assert_eq!(codes, ["private", "partners"]);
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::Fr),
        "«\u{a0}Table\u{a0}» n'a aucune entreprise privée parmi ses membres (règle «\u{a0}private\u{a0}»)."
    );
    assert_eq!(
        r.forums[0].findings[1].sentence(Lang::Fr),
        "«\u{a0}Table\u{a0}» compte 1 membre de type organisme communautaire, entreprise privée ou usager\u{202f}; la règle «\u{a0}partners\u{a0}» en demande au moins 2."
    );
    assert_eq!(
        r.forums[0].findings[1].sentence(Lang::En),
        "\"Table\" has 1 member who is a community organisation, private company or service user; rule \"partners\" asks for at least 2."
    );
}

#[test]
fn roles_rule_counts_exactly_min_and_max() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "two-co-leads", "forums": {"kind": "table"}, "roles": [{"role": "co-lead", "exactly": 2}]},
            {"id": "one-co-lead", "forums": {"kind": "table"}, "roles": [{"role": "co-lead", "max": 1}]},
            {"id": "facilitator", "forums": {"kind": "table"}, "roles": [{"role": "facilitator", "min": 1}]}
        ]}),
    );
    assert_eq!(
        found(&r),
        [
            (
                "rule-roles".into(),
                "one-co-lead".into(),
                vec!["sad".into(), "sapa".into()]
            ),
            ("rule-roles".into(), "facilitator".into(), vec![]),
        ]
    );
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::En),
        "\"Table\" has 2 co-leads (CISSS — SAD and CISSS — SAPA); rule \"one-co-lead\" asks for at most 1."
    );
}

#[test]
fn distinct_rule_by_organisation_and_kind() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "orgs", "forums": {"kind": "table"}, "distinct": [{"role": "co-lead", "by": "organization"}]},
            {"id": "kinds", "forums": {"kind": "table"}, "distinct": [{"role": "co-lead", "by": "kind"}]}
        ]}),
    );
    assert_eq!(
        found(&r),
        [
            (
                "rule-distinct".into(),
                "orgs".into(),
                vec!["sad".into(), "sapa".into()]
            ),
            (
                "rule-distinct".into(),
                "kinds".into(),
                vec!["sad".into(), "sapa".into()]
            ),
        ]
    );
    // The organisation is named by what its directions' names share.
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::En),
        "CISSS — SAD and CISSS — SAPA, co-leads of \"Table\", belong to the same organisation (CISSS); rule \"orgs\" asks for co-leads from different organisations."
    );
}

#[test]
fn needs_and_sectors_rules() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "declared", "forums": {"kind": "action-group"}, "needs": "declared"},
            {"id": "listed", "forums": {"kind": "table"}, "needs": ["home", "care"]},
            {"id": "sector", "forums": {"kind": "table"}, "sectors": ["santé", "habitation"]}
        ]}),
    );
    // The action group's needs are both served (agence: home, carrefour: care).
    let sentences: Vec<String> = r
        .findings()
        .filter(|f| f.rule.is_some())
        .map(|f| f.sentence(Lang::En))
        .collect();
    assert_eq!(
        sentences,
        [
            "No member of \"Table\" serves the need \"Adaptation du domicile\" (rule \"listed\").",
            "No member of \"Table\" works in the sector \"habitation\" (rule \"sector\").",
        ]
    );
}

#[test]
fn represent_and_required_rules() {
    let r = report(
        &small(),
        json!({"name": "t", "rules": [
            {"id": "directors", "forums": {"kind": "management-group"}, "represent": {"forum_kind": "action-group", "role": "director"}},
            {"id": "committee", "forums": {"kind": "committee"}, "required": true},
            {"id": "table", "forums": {"kind": "table"}, "required": true}
        ]}),
    );
    assert_eq!(
        found(&r),
        [
            ("rule-required".into(), "committee".into(), vec![]),
            (
                "rule-represent".into(),
                "directors".into(),
                vec!["carrefour".into()]
            ),
            (
                "rule-represent".into(),
                "directors".into(),
                vec!["agence".into()]
            ),
        ]
    );
    assert_eq!(
        r.map_findings[0].sentence(Lang::En),
        "The map has no committee (rule \"committee\")."
    );
    assert_eq!(
        r.forums[2].findings[0].sentence(Lang::En),
        "Carrefour takes part in \"Groupe d'action\" but has no director in \"Groupe de gestion\" (rule \"directors\")."
    );
}

/// A hand-checked map: the forum is {m1, m2}.
///
///   a — m1 (coordination, 2), a — m2 (collaboration, 4)     strength 6, strong 1
///   b — m1 (information, 1), b — z, z — m2                  strength 1, shares z
///   c — z                                                   shares z only
///   z — m2 (cooperation, 3), and shares b (degree 2: 1/ln 2)
///   d (private, isolated)                                   brings the private kind
///   z has degree 3 (b, c, m2): weight 1/ln 3.
#[test]
fn candidates_are_ranked_by_ties_shared_partners_and_what_they_bring() {
    let m = map(json!({
        "actors": [
            {"id": "m1", "name": "M1", "kind": "public"},
            {"id": "m2", "name": "M2", "kind": "community"},
            {"id": "a", "name": "A", "kind": "community"},
            {"id": "b", "name": "B", "kind": "public"},
            {"id": "c", "name": "C", "kind": "public"},
            {"id": "z", "name": "Z", "kind": "community"},
            {"id": "d", "name": "D", "kind": "private"}
        ],
        "links": [
            {"source": "a", "target": "m1", "level": "coordination"},
            {"source": "a", "target": "m2", "level": "collaboration"},
            {"source": "b", "target": "m1", "level": "information"},
            {"source": "b", "target": "z", "level": "information"},
            {"source": "z", "target": "m2", "level": "cooperation"},
            {"source": "c", "target": "z", "level": "information"}
        ],
        "forums": [{"id": "f", "name": "F", "kind": "table", "members": [{"actor": "m1"}, {"actor": "m2"}]}]
    }));
    let network = Network::new(&m, &View::default()).unwrap();
    let r = GapsReport::compute(&network, &[], &GapsOptions::default().with_top(10)).unwrap();
    let ranked: Vec<(&str, f64)> = r.forums[0]
        .candidates
        .iter()
        .map(|c| (c.id.as_str(), c.score))
        .collect();
    let w = 1.0 / 3f64.ln();
    let expected = [
        ("a", 6.0),
        ("z", 3.0 + 1.0 / 2f64.ln()),
        ("d", 3.0),
        ("b", 1.0 + w),
        ("c", w),
    ];
    assert_eq!(ranked.len(), expected.len(), "{ranked:?}");
    for ((id, score), (want_id, want)) in ranked.iter().zip(expected) {
        assert_eq!(*id, want_id);
        assert!((score - want).abs() < 1e-12, "{id}: {score} vs {want}");
    }
    let a = &r.forums[0].candidates[0];
    assert_eq!(
        (a.members_tied.clone(), a.strong_ties, a.tie_strength),
        (vec!["m1".to_owned(), "m2".to_owned()], 1, 6)
    );
    let reasons = |c: &actormap::gaps::Candidate| -> Vec<String> {
        c.reasons.iter().map(|r| r.render(Lang::En)).collect()
    };
    assert_eq!(
        reasons(a),
        ["tied to 2 members (M1 and M2), 1 at cooperation level or above"]
    );
    let b = &r.forums[0].candidates[3];
    assert_eq!(b.shared_partners, ["z"]);
    assert_eq!(
        reasons(b),
        [
            "tied to 1 member (M1)",
            "works with partners of the members: Z (Adamic–Adar 0.91)"
        ]
    );
    let d = &r.forums[0].candidates[2];
    assert_eq!(reasons(d), ["a private company: a kind absent from \"F\""]);
    assert_eq!(
        d.reasons[0].render(Lang::Fr),
        "une entreprise privée\u{a0}: un type d'acteur absent de «\u{a0}F\u{a0}»"
    );
    // Ties in score are broken by id: d before z would be wrong order by id? z < d is false.
    assert!(
        r.forums[0].candidates[1].id < r.forums[0].candidates[2].id
            || r.forums[0].candidates[1].score > r.forums[0].candidates[2].score
    );
}

fn seed(name: &str) -> actormap::ActorMap {
    actormap::read_path(format!("fixtures/{name}.json")).unwrap()
}

fn seed_report(map: &actormap::ActorMap, forum: Option<&str>) -> GapsReport {
    let network = Network::new(map, &View::default()).unwrap();
    let options = GapsOptions::default().with_forum(forum.map(str::to_owned));
    GapsReport::compute(&network, &actormap::gaps::default_rule_sets(map), &options).unwrap()
}

#[test]
fn proximity_services_on_the_pierre_de_saurel_table() {
    let map = seed("pierre-de-saurel-aines");
    let r = seed_report(&map, Some("table-aines"));
    assert_eq!(r.rule_sets, ["proximity-services"]);
    let table = &r.forums[0];
    // The table has no private company and no user, so neither a user partner.
    let members: Vec<&actormap::Actor> = map
        .forum("table-aines")
        .unwrap()
        .members
        .iter()
        .map(|m| map.actor(&m.actor).unwrap())
        .collect();
    assert!(
        !members
            .iter()
            .any(|a| a.kind == actormap::ActorKind::Private)
    );
    assert!(!members.iter().any(|a| a.kind == actormap::ActorKind::User));
    let rules: Vec<&str> = table
        .findings
        .iter()
        .map(|f| f.rule.as_deref().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "table-every-kind",
            "table-every-kind",
            "table-user-partners"
        ]
    );
    // Every candidate is outside the table, ranked best first, and the first is tied to
    // more members than any other.
    let member_ids: Vec<&str> = members.iter().map(|a| a.id.as_str()).collect();
    assert!(
        table
            .candidates
            .iter()
            .all(|c| !member_ids.contains(&c.id.as_str()))
    );
    assert!(
        table
            .candidates
            .windows(2)
            .all(|w| w[0].score >= w[1].score)
    );
    assert_eq!(table.candidates[0].id, "cisssme-sad");
    assert!(
        table
            .candidates
            .iter()
            .any(|c| c.brings_kind && c.kind == actormap::ActorKind::Private)
    );
    // French says the same.
    assert_eq!(
        table.findings[0].sentence(Lang::Fr),
        "«\u{a0}Table des aînés — Agir pour mieux vieillir\u{a0}» n'a aucune entreprise privée parmi ses membres (règle «\u{a0}table-every-kind\u{a0}»)."
    );
    // The workshop's kind is in French too.
    let text = seed_report(&map, None).to_text(&map, Lang::Fr);
    assert!(
        text.contains("se reconnaître »” (atelier)\u{a0}:"),
        "{text}"
    );
    assert!(!text.contains("workshop"), "{text}");
}

#[test]
fn proximity_services_on_the_initiatives() {
    let map = seed("pierre-de-saurel-aines");
    let r = seed_report(&map, None);
    let clinical = r
        .forums
        .iter()
        .find(|f| f.id == "chantier-coordination-clinique")
        .unwrap();
    let rules: Vec<&str> = clinical
        .findings
        .iter()
        .map(|f| f.rule.as_deref().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "initiative-co-leads-from-two-organisations",
            "initiative-needs-served"
        ]
    );
    assert_eq!(
        clinical.findings[0].actors,
        ["cisssme-sapa", "cisssme-fluidite"]
    );
    // Co-led across two organisations, their needs served: nothing to report.
    for id in [
        "chantier-depistage",
        "chantier-proches-aidants",
        "chantier-adaptation-domicile",
    ] {
        let forum = r.forums.iter().find(|f| f.id == id).unwrap();
        assert_eq!((forum.rules_checked, forum.findings.len()), (3, 0), "{id}");
    }
}

#[test]
fn strategic_community_on_the_itss_action_group() {
    let map = seed("itss-action-group");
    let r = seed_report(&map, None);
    assert_eq!(r.rule_sets, ["strategic-community"]);
    assert!(r.map_findings.is_empty(), "both groups exist");
    let action = r
        .forums
        .iter()
        .find(|f| f.kind.as_deref() == Some("action-group"))
        .unwrap();
    assert!((8..=12).contains(&action.size));
    assert!(action.findings.is_empty(), "{:?}", action.findings);
    let management = r
        .forums
        .iter()
        .find(|f| f.kind.as_deref() == Some("management-group"))
        .unwrap();
    let unrepresented: Vec<&str> = management
        .findings
        .iter()
        .flat_map(|f| f.actors.iter().map(String::as_str))
        .collect();
    // Each names the action-group members of an organisation without a director.
    for id in &unrepresented {
        let actor = map.actor(id).unwrap();
        let org = actor.organization.as_deref().unwrap_or(&actor.id);
        let directors = map
            .forums
            .iter()
            .find(|f| f.kind.as_deref() == Some("management-group"))
            .unwrap()
            .members
            .iter()
            .filter(|m| m.role() == "director")
            .map(|m| map.actor(&m.actor).unwrap())
            .map(|a| a.organization.as_deref().unwrap_or(&a.id).to_owned())
            .collect::<Vec<_>>();
        assert!(!directors.contains(&org.to_owned()), "{id}");
    }
    assert!(
        unrepresented.contains(&"pharmacie-lachute"),
        "{unrepresented:?}"
    );
}

#[test]
fn rule_sets_fit_the_map() {
    assert_eq!(
        actormap::gaps::default_rule_sets(&seed("itss-action-group")).len(),
        1
    );
    let names: Vec<String> = actormap::gaps::default_rule_sets(&seed("crd-csss-partnership"))
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["proximity-services"]);
}

#[test]
fn the_report_is_deterministic() {
    let map = seed("pierre-de-saurel-aines");
    let a = seed_report(&map, None).to_json(Lang::Fr);
    let b = seed_report(&map, None).to_json(Lang::Fr);
    assert_eq!(a, b);
}

#[test]
fn an_unknown_forum_suggests_the_closest() {
    let map = seed("pierre-de-saurel-aines");
    let network = Network::new(&map, &View::default()).unwrap();
    let err = GapsReport::compute(
        &network,
        &[],
        &GapsOptions::default().with_forum(Some("table-aine".into())),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "no forum with id \"table-aine\" in the map; did you mean \"table-aines\"?"
    );
}

#[test]
fn ties_in_score_are_broken_by_id() {
    let m = map(json!({
        "actors": [
            {"id": "m", "name": "M", "kind": "public"},
            {"id": "zz", "name": "ZZ", "kind": "public"},
            {"id": "aa", "name": "AA", "kind": "public"}
        ],
        "links": [
            {"source": "zz", "target": "m", "level": "coordination"},
            {"source": "aa", "target": "m", "level": "coordination"}
        ],
        "forums": [{"id": "f", "name": "F", "members": [{"actor": "m"}]}]
    }));
    let network = Network::new(&m, &View::default()).unwrap();
    let r = GapsReport::compute(&network, &[], &GapsOptions::default()).unwrap();
    let ids: Vec<&str> = r.forums[0]
        .candidates
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["aa", "zz"]);
}

#[test]
fn structural_gaps_of_a_small_map() {
    let r = report(&small(), json!({"name": "t", "rules": []}));
    // No link at all: every pair of the four kinds is untied.
    assert_eq!(r.structural.kind_pairs_without_tie.len(), 6);
    // "care" is served by a public body and a community organisation that are not tied.
    assert_eq!(r.structural.needs_without_cross_kind_tie, ["care"]);
    let mut linked = small();
    linked.links.push(actormap::Link::new(
        "sad",
        "carrefour",
        actormap::Level::Cooperation,
    ));
    let r = report(&linked, json!({"name": "t", "rules": []}));
    assert!(r.structural.needs_without_cross_kind_tie.is_empty());
    assert_eq!(r.structural.kind_pairs_without_tie.len(), 5);
}

/// A rule set asking for everything a rule can ask for, so that every kind of rule
/// finding shows on the seed maps.
fn every_requirement() -> RuleSet {
    let rules = json!({"name": "everything", "description": "every requirement", "rules": [
        {"id": "committee", "description": "a committee follows the work", "forums": {"kind": "committee"}, "required": true},
        {"id": "cellule", "forums": {"kind": "cellule de crise"}, "required": true},
        {"id": "by-id", "forums": {"id": "nope"}, "required": true},
        {"id": "large", "size": {"min": 40, "max": 60}},
        {"id": "small", "size": {"max": 2}},
        {"id": "many-partners", "kinds": [{"kinds": ["community", "private", "user"], "min": 30}, {"kinds": ["private"], "min": 1}]},
        {"id": "roles", "roles": [{"role": "animator", "exactly": 3}, {"role": "co-lead", "max": 0}, {"role": "director", "min": 1}]},
        {"id": "distinct", "distinct": [{"role": "member", "by": "kind"}, {"role": "member", "by": "organization"}]},
        {"id": "needs", "needs": ["nowhere", "proches-aidants"]},
        {"id": "declared", "needs": "declared"},
        {"id": "sectors", "sectors": ["habitation", "nulle part"]},
        {"id": "represent", "represent": {"forum_kind": "initiative", "role": "director"}},
        {"id": "represent-actions", "represent": {"forum_kind": "action-group", "role": "user-partner"}}
    ]});
    RuleSet::from_json_str(&rules.to_string(), None).unwrap()
}

/// Every seed map with the rule sets that fit it and the rule set above; besides, each
/// seed map whose forums work in the sector of its first actor that has one, and the
/// small map above.
fn every_fixture_report() -> Vec<(actormap::ActorMap, GapsReport)> {
    let mut maps = Vec::new();
    for path in common::good_fixtures() {
        let map = actormap::read_path(&path).unwrap();
        let sector = map.actors.iter().find_map(|a| a.sector.clone());
        let mut in_sector = map.clone();
        for forum in &mut in_sector.forums {
            forum.sector = sector.clone();
        }
        maps.push(map);
        maps.push(in_sector);
    }
    maps.push(small());
    let mut out = Vec::new();
    for map in maps {
        let network = Network::new(&map, &View::default()).unwrap();
        let mut sets = actormap::gaps::default_rule_sets(&map);
        sets.push(every_requirement());
        let report = GapsReport::compute(&network, &sets, &GapsOptions::default()).unwrap();
        out.push((map, report));
    }
    out
}

/// The finding codes the gaps produce.
const GAPS_CODES: [FindingCode; 12] = [
    FindingCode::RuleRequired,
    FindingCode::RuleSize,
    FindingCode::RuleKinds,
    FindingCode::RuleRoles,
    FindingCode::RuleDistinct,
    FindingCode::RuleNeeds,
    FindingCode::RuleSectors,
    FindingCode::RuleRepresent,
    FindingCode::KindPairWithoutTie,
    FindingCode::SectorWithoutCrossKindTie,
    FindingCode::NeedWithoutCrossKindTie,
    FindingCode::SectorActorsOutsideForum,
];

#[test]
fn every_gaps_finding_renders_in_both_languages() {
    let mut seen = Vec::new();
    for (_, report) in every_fixture_report() {
        for finding in report.findings() {
            assert!(GAPS_CODES.contains(&finding.code), "{}", finding.code);
            if !seen.contains(&finding.code) {
                seen.push(finding.code);
            }
            for lang in Lang::ALL {
                let sentence = finding.sentence(lang);
                assert!(
                    !sentence.is_empty() && !sentence.contains(['{', '}', '⟦']),
                    "{} in {lang}: {sentence:?}",
                    finding.code
                );
            }
        }
        let reasons = report
            .forums
            .iter()
            .flat_map(|f| &f.candidates)
            .flat_map(|c| &c.reasons);
        for reason in reasons {
            for lang in Lang::ALL {
                let text = reason.render(lang);
                assert!(
                    !text.is_empty() && !text.contains(['{', '}', '⟦']),
                    "{text:?}"
                );
            }
        }
    }
    let missing: Vec<_> = GAPS_CODES.iter().filter(|c| !seen.contains(c)).collect();
    assert!(missing.is_empty(), "no fixture shows {missing:?}");
}

#[test]
fn the_text_report_is_made_of_catalog_words() {
    for (map, report) in every_fixture_report() {
        let text = report.to_text(&map, Lang::Pseudo);
        let mut data = common::map_texts(&map);
        data.extend(report.rule_sets.iter().cloned());
        common::assert_from_catalogs(&text, &data);
        // And the words are there, in both languages.
        for lang in Lang::ALL {
            let text = report.to_text(&map, lang);
            assert!(!text.contains(['{', '}', '⟦']), "{text}");
        }
    }
}

#[test]
fn the_json_report_carries_codes_arguments_and_words() {
    let map = seed("pierre-de-saurel-aines");
    let report = seed_report(&map, Some("table-aines"));
    let json: serde_json::Value = serde_json::from_str(&report.to_json(Lang::Fr)).unwrap();
    assert_eq!(json["lang"], "fr");
    let finding = &json["forums"][0]["findings"][0];
    assert_eq!(finding["code"], "rule-kinds");
    assert_eq!(finding["args"]["kinds"], json!({"kind": "private"}));
    assert_eq!(
        finding["sentence"],
        report.forums[0].findings[0].sentence(Lang::Fr)
    );
    let reason = &json["forums"][0]["candidates"][0]["reasons"][0];
    assert_eq!(reason["message"], "gaps-reason-tied");
    assert_eq!(reason["args"]["count"], 6);
    assert_eq!(
        reason["text"],
        report.forums[0].candidates[0].reasons[0].render(Lang::Fr)
    );
}

#[test]
fn counts_of_one_and_zero_are_singular_in_french() {
    let m = map(json!({
        "actors": [{"id": "a", "name": "A", "kind": "public"}, {"id": "b", "name": "B", "kind": "community"}],
        "links": [],
        "forums": [
            {"id": "f", "name": "F", "kind": "table", "members": [{"actor": "a"}]},
            {"id": "g", "name": "G", "members": []}
        ]
    }));
    let r = report(
        &m,
        json!({"name": "t", "rules": [{"id": "big", "size": {"min": 3}}]}),
    );
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::Fr),
        "«\u{a0}F\u{a0}» compte 1 membre\u{202f}; la règle «\u{a0}big\u{a0}» en demande au moins 3."
    );
    assert_eq!(
        r.forums[1].findings[0].sentence(Lang::Fr),
        "«\u{a0}G\u{a0}» compte 0 membre\u{202f}; la règle «\u{a0}big\u{a0}» en demande au moins 3."
    );
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::En),
        "\"F\" has 1 member; rule \"big\" asks for at least 3."
    );
    let text = r.to_text(&m, Lang::Fr);
    assert!(
        text.contains("«\u{a0}G\u{a0}»\u{a0}: 0 membre — aucun organisme public, aucun organisme communautaire, aucune entreprise privée, aucun usager"),
        "{text}"
    );
    assert!(
        text.contains("«\u{a0}F\u{a0}» (table de concertation)\u{a0}: 1 membre — 1 organisme public\u{202f}; aucun organisme communautaire"),
        "{text}"
    );
}

#[test]
fn sector_outsiders_of_a_large_sector_are_counted_and_the_first_hundred_listed() {
    // 300 actors of one sector (spelled three ways), a few of another; two forums of that
    // sector with different members, so that an actor tied to the first forum's members
    // is an outsider of the second.
    let mut actors = Vec::new();
    let mut links = Vec::new();
    for i in 0..300 {
        let sector = ["santé", "Santé ", "SANTÉ"][i % 3];
        actors.push(json!({"id": format!("a{i:03}"), "name": format!("A {i}"),
            "kind": "community", "sector": sector}));
    }
    for i in 0..5 {
        actors.push(
            json!({"id": format!("x{i}"), "name": format!("X {i}"), "kind": "public",
            "sector": "éducation"}),
        );
    }
    // Tied to a000 (a member of the first forum): every tenth actor, and x0.
    for i in (10..300).step_by(10) {
        links.push(json!({"source": "a000", "target": format!("a{i:03}"), "level": "information"}));
    }
    links.push(json!({"source": "a000", "target": "x0", "level": "information"}));
    // Tied to a299 (a member of the second forum): a298.
    links.push(json!({"source": "a299", "target": "a298", "level": "information"}));
    let forums = json!([
        {"id": "f1", "name": "Table 1", "kind": "table", "sector": "Santé",
         "members": [{"actor": "a000"}, {"actor": "a001"}]},
        {"id": "f2", "name": "Table 2", "kind": "table", "sector": "santé",
         "members": [{"actor": "a299"}]},
    ]);
    let m = map(json!({"name": "t", "actors": actors, "links": links, "forums": forums}));
    let r = report(&m, json!({"name": "t", "rules": []}));

    // The outsiders by their definition, actor by actor.
    let tied = |a: &str, b: &str| {
        m.links
            .iter()
            .any(|l| (l.source == a && l.target == b) || (l.source == b && l.target == a))
    };
    let expected = |members: &[&str]| -> Vec<String> {
        m.actors
            .iter()
            .filter(|a| a.id.starts_with('a') && !members.contains(&a.id.as_str()))
            .filter(|a| !members.iter().any(|&b| tied(&a.id, b)))
            .map(|a| a.id.clone())
            .collect()
    };
    for (forum, members) in [("f1", vec!["a000", "a001"]), ("f2", vec!["a299"])] {
        let all = expected(&members);
        let found = r
            .structural
            .sector_outsiders
            .iter()
            .find(|s| s.forum == forum)
            .unwrap();
        assert_eq!(found.actors, all[..100], "{forum}");
        assert_eq!(found.more_actors, all.len() - 100, "{forum}");
        let finding = r
            .structural
            .findings
            .iter()
            .find(|f| f.code == FindingCode::SectorActorsOutsideForum && f.forums == [forum])
            .unwrap();
        assert_eq!(finding.actors, all[..100]);
        assert_eq!(finding.more_actors, all.len() - 100);
        assert_eq!(finding.args.get("names").unwrap().item_count(), all.len());
        let sentence = finding.sentence(Lang::En);
        assert!(
            sentence.contains(&format!("{} others", all.len() - 8)),
            "{sentence}"
        );
    }
    // a010 is tied to the first forum, not to the second.
    let listed = |forum: &str| {
        r.structural
            .sector_outsiders
            .iter()
            .find(|s| s.forum == forum)
            .unwrap()
            .actors
            .contains(&"a010".to_owned())
    };
    assert!(!listed("f1") && listed("f2"));
}
