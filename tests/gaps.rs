//! Missing partners: every kind of composition rule on small maps, the ranking of
//! candidates on a hand-checked map, and the built-in rule sets on the seed maps.

use actormap::{GapsOptions, GapsReport, Lang, Network, RuleSet, View};
use serde_json::json;

/// A map from a compact description: actors as (id, kind, organization, sector,
/// services), links as (a, b, level), forums as (id, kind, needs, members as (actor, role)).
fn map(value: serde_json::Value) -> actormap::ActorMap {
    let mut doc = value;
    doc["format"] = json!("actormap/1");
    actormap::from_json_str(&doc.to_string()).unwrap()
}

fn report(map: &actormap::ActorMap, rules: serde_json::Value, lang: Lang) -> GapsReport {
    let rules = RuleSet::from_json_str(&rules.to_string(), None).unwrap();
    let network = Network::new(map, &View::default()).unwrap();
    GapsReport::compute(&network, &[rules], &GapsOptions::default().with_lang(lang)).unwrap()
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
        Lang::En,
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
        Lang::Fr,
    );
    let codes: Vec<String> = found(&r).into_iter().map(|f| f.1).collect();
    assert_eq!(codes, ["private", "partners"]);
    assert_eq!(
        r.forums[0].findings[0].sentence(Lang::En),
        "« Table » n'a aucune entreprise privée parmi ses membres (règle « private »)."
    );
    assert_eq!(
        r.forums[0].findings[1].sentence(Lang::En),
        "« Table » compte 1 membre de type organisme communautaire, entreprise privée ou usager ; la règle « partners » en demande au moins 2."
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
        Lang::En,
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
        Lang::En,
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
        Lang::En,
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
        Lang::En,
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
    assert_eq!(
        a.reasons,
        ["tied to 2 members (M1 and M2), 1 at cooperation level or above"]
    );
    let b = &r.forums[0].candidates[3];
    assert_eq!(b.shared_partners, ["z"]);
    assert_eq!(
        b.reasons,
        [
            "tied to 1 member (M1)",
            "works with partners of the members: Z (Adamic–Adar 0.91)"
        ]
    );
    let d = &r.forums[0].candidates[2];
    assert_eq!(d.reasons, ["a private company: a kind absent from \"F\""]);
    // Ties in score are broken by id: d before z would be wrong order by id? z < d is false.
    assert!(
        r.forums[0].candidates[1].id < r.forums[0].candidates[2].id
            || r.forums[0].candidates[1].score > r.forums[0].candidates[2].score
    );
}

fn seed(name: &str) -> actormap::ActorMap {
    actormap::read_path(format!("fixtures/{name}.json").as_ref()).unwrap()
}

fn seed_report(map: &actormap::ActorMap, forum: Option<&str>, lang: Lang) -> GapsReport {
    let network = Network::new(map, &View::default()).unwrap();
    let options = GapsOptions::default()
        .with_lang(lang)
        .with_forum(forum.map(str::to_owned));
    GapsReport::compute(&network, &actormap::default_rule_sets(map), &options).unwrap()
}

#[test]
fn proximity_services_on_the_pierre_de_saurel_table() {
    let map = seed("pierre-de-saurel-aines");
    let r = seed_report(&map, Some("table-aines"), Lang::En);
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
    let fr = seed_report(&map, Some("table-aines"), Lang::Fr);
    assert_eq!(
        fr.forums[0].findings[0].sentence(Lang::En),
        "« Table des aînés — Agir pour mieux vieillir » n'a aucune entreprise privée parmi ses membres (règle « table-every-kind »)."
    );
    assert_eq!(fr.forums[0].candidates.len(), table.candidates.len());
    // The workshop's kind is in French too.
    let text = seed_report(&map, None, Lang::Fr).to_text(&map);
    assert!(text.contains("se reconnaître »” (atelier) :"), "{text}");
    assert!(!text.contains("workshop"), "{text}");
}

#[test]
fn proximity_services_on_the_initiatives() {
    let map = seed("pierre-de-saurel-aines");
    let r = seed_report(&map, None, Lang::En);
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
    let r = seed_report(&map, None, Lang::En);
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
        actormap::default_rule_sets(&seed("itss-action-group")).len(),
        1
    );
    let names: Vec<String> = actormap::default_rule_sets(&seed("crd-csss-partnership"))
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(names, ["proximity-services"]);
}

#[test]
fn the_report_is_deterministic() {
    let map = seed("pierre-de-saurel-aines");
    let a = seed_report(&map, None, Lang::Fr).to_json();
    let b = seed_report(&map, None, Lang::Fr).to_json();
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
    let r = report(&small(), json!({"name": "t", "rules": []}), Lang::En);
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
    let r = report(&linked, json!({"name": "t", "rules": []}), Lang::En);
    assert!(r.structural.needs_without_cross_kind_tie.is_empty());
    assert_eq!(r.structural.kind_pairs_without_tie.len(), 5);
}
