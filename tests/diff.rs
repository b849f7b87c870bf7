//! Snapshots compared: hand-made pairs with every kind of change, checked exactly; the
//! time series; the command line on the Pierre-De Saurel snapshots; every word from the
//! catalogs, in both languages.

mod common;

use actormap::{ActorKind, Lang, Level, diff::DiffOptions, metrics::FindingCode};
use serde_json::json;

fn map(value: serde_json::Value) -> actormap::ActorMap {
    let mut doc = value;
    doc["format"] = json!("actormap/1");
    actormap::io::from_json_str(&doc.to_string()).unwrap()
}

fn before() -> actormap::ActorMap {
    map(json!({
        "name": "Table", "as_of": "2025-01-01",
        "needs": [{"id": "home", "name": "Adaptation du domicile"}],
        "actors": [
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "cisss", "services": ["home"]},
            {"id": "sapa", "name": "CISSS — SAPA", "kind": "public", "organization": "cisss"},
            {"id": "carrefour", "name": "Carrefour", "kind": "community"},
            {"id": "popote", "name": "Popote", "kind": "community"},
            {"id": "cdc", "name": "CDC Pierre-De Saurel", "kind": "community"},
            {"id": "old", "name": "Ancien organisme", "kind": "community"},
            {"id": "horizon", "name": "Horizon", "kind": "private"}
        ],
        "links": [
            {"source": "sad", "target": "carrefour", "level": "coordination"},
            {"source": "carrefour", "target": "popote", "level": "cooperation"},
            {"source": "sapa", "target": "cdc", "level": "collaboration"},
            {"source": "sad", "target": "old", "level": "information"},
            {"source": "sad", "target": "sapa", "level": "coordination"}
        ],
        "forums": [
            {"id": "table", "name": "Table", "kind": "table", "members": [
                {"actor": "sad", "role": "co-lead"}, {"actor": "carrefour"}, {"actor": "cdc"}]},
            {"id": "done", "name": "Chantier fini", "kind": "initiative", "members": [{"actor": "sad"}]}
        ]
    }))
}

fn after() -> actormap::ActorMap {
    map(json!({
        "name": "Table", "as_of": "2026-01-01",
        "needs": [{"id": "home", "name": "Adaptation du domicile"}],
        "actors": [
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "cisss", "services": ["home"]},
            {"id": "sapa", "name": "CISSS — SAPA", "kind": "public", "organization": "cisss", "sector": "santé"},
            {"id": "carrefour", "name": "Carrefour", "kind": "community", "services": ["home"]},
            {"id": "popote", "name": "Popote", "kind": "community"},
            {"id": "cdc-pds", "name": "CDC Pierre-De Saurel", "kind": "community"},
            {"id": "horizon", "name": "Horizon", "kind": "private"},
            {"id": "denis", "name": "Denis B.", "kind": "user"}
        ],
        "links": [
            {"source": "carrefour", "target": "sad", "level": "cooperation"},
            {"source": "carrefour", "target": "popote", "level": "coordination"},
            {"source": "sapa", "target": "cdc-pds", "level": "collaboration"},
            {"source": "sad", "target": "sapa", "level": "coordination"},
            {"source": "horizon", "target": "sad", "level": "coordination"},
            {"source": "denis", "target": "carrefour", "level": "information"}
        ],
        "forums": [
            {"id": "table", "name": "Table", "kind": "table", "members": [
                {"actor": "sad", "role": "member"}, {"actor": "carrefour", "role": "co-lead"},
                {"actor": "cdc-pds"}, {"actor": "horizon"}]},
            {"id": "new", "name": "Nouveau comité", "kind": "committee", "members": [{"actor": "denis"}, {"actor": "popote"}]}
        ]
    }))
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> String) -> Vec<String> {
    items.iter().map(id).collect()
}

#[test]
fn every_kind_of_change_is_found() {
    let d = actormap::diff::diff(&before(), &after(), &DiffOptions::default()).unwrap();

    assert_eq!(ids(&d.actors_added, |a| a.id.clone()), ["denis"]);
    assert_eq!(d.actors_added[0].kind, ActorKind::User);
    assert_eq!(ids(&d.actors_removed, |a| a.id.clone()), ["old"]);
    assert_eq!(
        ids(&d.renamed, |r| format!("{}→{}", r.before, r.after)),
        ["cdc→cdc-pds"]
    );
    // SAPA gained a sector; Carrefour a service. The renamed CDC is the same actor.
    let changed: Vec<(String, Vec<&str>)> = d
        .actors_changed
        .iter()
        .map(|c| (c.id.clone(), c.fields.iter().map(|f| f.field).collect()))
        .collect();
    assert_eq!(
        changed,
        [
            ("sapa".to_owned(), vec!["sector"]),
            ("carrefour".to_owned(), vec!["services"])
        ]
    );

    // Links: matched by pair (either direction) and kind, through the rename.
    assert_eq!(
        ids(&d.links_added, |l| format!("{}-{}", l.source, l.target)),
        ["horizon-sad", "denis-carrefour"]
    );
    assert_eq!(
        ids(&d.links_removed, |l| format!("{}-{}", l.source, l.target)),
        ["sad-old"]
    );
    assert_eq!(
        ids(&d.links_up, |c| format!(
            "{}-{} {:?}>{:?}",
            c.source, c.target, c.before, c.after
        )),
        ["carrefour-sad Coordination>Cooperation"]
    );
    assert_eq!(
        ids(&d.links_down, |c| format!(
            "{}-{} {:?}>{:?}",
            c.source, c.target, c.before, c.after
        )),
        ["carrefour-popote Cooperation>Coordination"]
    );
    assert_eq!(d.links_up[0].after, Level::Cooperation);

    // Forums: a membership change, one new, one gone.
    let forums: Vec<(String, bool, bool)> = d
        .forums
        .iter()
        .map(|f| (f.id.clone(), f.before_exists, f.after_exists))
        .collect();
    assert_eq!(
        forums,
        [
            ("table".into(), true, true),
            ("new".into(), false, true),
            ("done".into(), true, false)
        ]
    );
    let table = &d.forums[0];
    assert_eq!(ids(&table.joined, |s| s.actor.clone()), ["horizon"]);
    assert!(table.left.is_empty(), "the CDC's seat follows its rename");
    assert_eq!(
        ids(&table.roles, |r| format!(
            "{}:{}>{}",
            r.actor, r.before, r.after
        )),
        ["sad:co-lead>member", "carrefour:member>co-lead"]
    );
    assert_eq!((table.before.private, table.after.private), (0, 1));

    // Indicators, side by side.
    let value = |key: &str| {
        d.indicators
            .iter()
            .find(|i| i.key == key)
            .unwrap()
            .values
            .clone()
    };
    assert_eq!(value("actors"), [Some(7.0), Some(7.0)]);
    assert_eq!(value("ties"), [Some(5.0), Some(6.0)]);
    assert_eq!(value("isolates"), [Some(1.0), Some(0.0)]);
    assert_eq!(value("needs_single_provider"), [Some(1.0), Some(0.0)]);

    let codes: Vec<FindingCode> = d.findings.iter().map(|f| f.code).collect();
    for code in [
        FindingCode::LikelyRename,
        FindingCode::ActorsJoined,
        FindingCode::ActorsLeft,
        FindingCode::TiesBetweenChanged,
        FindingCode::TiesStrengthened,
        FindingCode::TiesWeakened,
        FindingCode::NoLongerIsolated,
        FindingCode::NeedCoverageImproved,
        FindingCode::ForumAdded,
        FindingCode::ForumRemoved,
        FindingCode::ForumMembershipChanged,
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    // Warnings first.
    assert_eq!(d.findings[0].code, FindingCode::TiesWeakened);
}

#[test]
fn sentences_say_what_changed_in_both_languages() {
    let d = actormap::diff::diff(&before(), &after(), &DiffOptions::default()).unwrap();
    let sentences = |lang| {
        d.findings
            .iter()
            .map(|f| f.sentence(lang))
            .collect::<Vec<_>>()
    };
    let en = sentences(Lang::En);
    let fr = sentences(Lang::Fr);
    for want in [
        "1 link moved down the collaboration continuum: Carrefour ↔ Popote (cooperation → coordination).",
        "1 actor joined the map: Denis B. (service user).",
        "1 actor is no longer on the map: Ancien organisme.",
        "The community organisations now have 2 ties to CISSS, down from 3.",
        "The private companies now have 1 tie to CISSS, where they had none.",
        "Horizon is no longer isolated: it is tied to the network now.",
        "The need \"Adaptation du domicile\" now has 2 providers, up from 1: CISSS — SAD and Carrefour.",
        "Horizon joined \"Table\"; in \"Table\", CISSS — SAD went from co-lead to member and Carrefour from member to co-lead: it now includes a private company.",
        "\"Nouveau comité\" is new, with 2 members.",
        "\"Chantier fini\" is no longer on the map.",
        "The id \"cdc\" is gone and \"cdc-pds\" appeared with the same name (CDC Pierre-De Saurel): probably the same actor under a new id; it is compared as one.",
    ] {
        assert!(en.iter().any(|s| s == want), "missing: {want}\nin: {en:#?}");
    }
    for want in [
        "1 lien a reculé sur le continuum de collaboration\u{a0}: Carrefour ↔ Popote (coopération → coordination).",
        "Les organismes communautaires ont maintenant 2 liens avec CISSS, contre 3 auparavant.",
        "Les entreprises privées ont maintenant 1 lien avec CISSS, alors qu'elles n'en avaient aucun.",
        "Horizon n'est plus isolé\u{a0}: il est maintenant lié au réseau.",
        "«\u{a0}Chantier fini\u{a0}» ne figure plus sur la carte.",
        "Horizon s'est joint à «\u{a0}Table\u{a0}»\u{202f}; dans «\u{a0}Table\u{a0}», CISSS — SAD est passé de co-porteur à membre et Carrefour de membre à co-porteur\u{a0}: l'instance compte maintenant une entreprise privée.",
    ] {
        assert!(fr.iter().any(|s| s == want), "missing: {want}\nin: {fr:#?}");
    }
}

#[test]
fn a_snapshot_compared_with_itself_has_no_change() {
    let d = actormap::diff::diff(&before(), &before(), &DiffOptions::default()).unwrap();
    assert!(d.findings.is_empty(), "{:?}", d.findings);
    assert!(d.links_added.is_empty() && d.links_removed.is_empty() && d.ties_between.is_empty());
    assert!(
        d.indicators
            .iter()
            .all(|i| i.change().is_none_or(|c| c == 0.0))
    );
}

#[test]
fn a_time_series_lines_up_the_indicators() {
    let (a, b) = (before(), after());
    let series = actormap::diff::time_series(&[&a, &b, &b], &DiffOptions::default()).unwrap();
    assert_eq!(series.snapshots.len(), 3);
    let csv = series.to_csv();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "as_of,name,actors,ties,density,components,largest_component_share,isolates,articulation_points,cross_kind_share,ei_index,inter_organisational_share,inter_directional_share,intersectoral_share,needs_unserved,needs_single_provider"
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][..4], ["2025-01-01", "Table", "7", "5"]);
    assert_eq!(&rows[2][..4], ["2026-01-01", "Table", "7", "6"]);
    assert_eq!(rows[1], rows[2]);
    assert!(actormap::diff::time_series(&[&a], &DiffOptions::default()).is_err());
}

#[test]
fn the_pierre_de_saurel_year_on_the_command_line() {
    let base = "fixtures/expected/pierre-de-saurel-aines.diff";
    let maps = [
        "fixtures/pierre-de-saurel-aines.json",
        "fixtures/pierre-de-saurel-aines-2026.json",
    ];
    for (args, expected) in [
        (vec![], format!("{base}.en.txt")),
        (vec!["--lang", "fr"], format!("{base}.fr.txt")),
        (vec!["--format", "json"], format!("{base}.json")),
        (vec!["--format", "csv"], format!("{base}.csv")),
    ] {
        let output = assert_cmd::Command::cargo_bin("actormap")
            .unwrap()
            .arg("diff")
            .args(maps)
            .args(&args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let got = String::from_utf8(output.stdout).unwrap();
        if common::bless() {
            std::fs::write(&expected, &got).unwrap();
        } else {
            assert_eq!(
                got,
                std::fs::read_to_string(&expected).unwrap(),
                "{expected}"
            );
        }
    }
    // The finding the change process looks for.
    let fr = std::fs::read_to_string(format!("{base}.fr.txt")).unwrap();
    assert!(fr.contains("Les organismes communautaires ont maintenant 18 liens avec CISSS de la Montérégie-Est, contre 14 auparavant."));
}

/// Every finding the comparison makes.
const DIFF_CODES: [FindingCode; 15] = [
    FindingCode::LikelyRename,
    FindingCode::ActorsJoined,
    FindingCode::ActorsLeft,
    FindingCode::TiesBetweenChanged,
    FindingCode::TiesStrengthened,
    FindingCode::TiesWeakened,
    FindingCode::NoLongerIsolated,
    FindingCode::NewlyIsolated,
    FindingCode::NoLongerArticulationPoint,
    FindingCode::NewArticulationPoint,
    FindingCode::NeedCoverageImproved,
    FindingCode::NeedCoverageWorsened,
    FindingCode::ForumAdded,
    FindingCode::ForumRemoved,
    FindingCode::ForumMembershipChanged,
];

/// A chain whose broker changes, and a need no one serves any more.
fn chain() -> (actormap::ActorMap, actormap::ActorMap) {
    let before = map(json!({
        "name": "Chaîne",
        "needs": [{"id": "n", "name": "Transport"}],
        "actors": [
            {"id": "x", "name": "CLSC", "kind": "public", "services": ["n"]},
            {"id": "a", "name": "Maison A", "kind": "community"},
            {"id": "b", "name": "Maison B", "kind": "community"},
            {"id": "c", "name": "Maison C", "kind": "community"}
        ],
        "links": [
            {"source": "x", "target": "a", "level": "information", "kind": "referral"},
            {"source": "a", "target": "b", "level": "cooperation"},
            {"source": "b", "target": "c", "level": "cooperation", "kind": "entraide"}
        ]
    }));
    let after = map(json!({
        "name": "Chaîne",
        "needs": [{"id": "n", "name": "Transport"}],
        "actors": [
            {"id": "x", "name": "CLSC", "kind": "public"},
            {"id": "a", "name": "Maison A", "kind": "community"},
            {"id": "b", "name": "Maison B", "kind": "community"},
            {"id": "c", "name": "Maison C", "kind": "community"},
            {"id": "d", "name": "Maison D", "kind": "community"}
        ],
        "links": [
            {"source": "x", "target": "a", "level": "information", "kind": "referral"},
            {"source": "a", "target": "b", "level": "cooperation"},
            {"source": "b", "target": "c", "level": "cooperation", "kind": "entraide"},
            {"source": "a", "target": "c", "level": "coordination", "kind": "shared-staff"},
            {"source": "c", "target": "d", "level": "information"}
        ]
    }));
    (before, after)
}

/// Pairs of snapshots that, between them, give every finding: the hand-made pairs and the
/// Pierre-De Saurel year, each both ways.
fn pairs() -> Vec<(actormap::ActorMap, actormap::ActorMap)> {
    let read = |p: &str| actormap::read_path(p).unwrap();
    let pds = (
        read("fixtures/pierre-de-saurel-aines.json"),
        read("fixtures/pierre-de-saurel-aines-2026.json"),
    );
    let mut out = Vec::new();
    for (b, a) in [(before(), after()), chain(), pds] {
        out.push((a.clone(), b.clone()));
        out.push((b, a));
    }
    out
}

#[test]
fn every_finding_reads_in_both_languages() {
    let mut seen = std::collections::HashSet::new();
    for (b, a) in pairs() {
        let d = actormap::diff::diff(&b, &a, &DiffOptions::default()).unwrap();
        for f in &d.findings {
            assert!(
                DIFF_CODES.contains(&f.code),
                "{} is not a diff finding",
                f.code
            );
            seen.insert(f.code);
            for lang in Lang::ALL {
                let s = f.sentence(lang);
                assert!(
                    !s.trim().is_empty() && !s.contains('{') && !s.contains('⟦'),
                    "{lang} {}: {s:?}",
                    f.code
                );
            }
        }
    }
    let missing: Vec<_> = DIFF_CODES.iter().filter(|c| !seen.contains(c)).collect();
    assert!(
        missing.is_empty(),
        "never found on the fixtures: {missing:?}"
    );
}

/// The text of both maps a comparison may show as written: names, ids, kinds as written,
/// and the names of establishments.
fn texts(maps: &[&actormap::ActorMap]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in maps {
        out.extend(common::map_texts(m));
        out.extend(
            m.actors
                .iter()
                .filter_map(|a| a.organization.as_deref())
                .map(|o| m.organization_name(o)),
        );
    }
    out.retain(|s| s.chars().count() >= 3);
    out.sort_by(|x, y| y.chars().count().cmp(&x.chars().count()).then(x.cmp(y)));
    out.dedup();
    out
}

#[test]
fn every_word_of_the_text_outputs_comes_from_the_catalogs() {
    for (b, a) in pairs() {
        let data = texts(&[&b, &a]);
        let d = actormap::diff::diff(&b, &a, &DiffOptions::default()).unwrap();
        common::assert_from_catalogs(&d.to_text(Lang::Pseudo), &data);
        // Snapshots without a date are named by their place in the series.
        let (mut b, mut a) = (b, a);
        b.as_of = None;
        a.as_of = None;
        let series = actormap::diff::time_series(&[&b, &a, &a], &DiffOptions::default()).unwrap();
        let text = series.to_text(Lang::Pseudo);
        assert!(text.contains("⟦snapshot 3⟧"), "{text}");
        common::assert_from_catalogs(&text, &data);
    }
}

#[test]
fn the_french_catalog_agrees_in_number_and_gender() {
    let (b, a) = chain();
    let d = actormap::diff::diff(&b, &a, &DiffOptions::default()).unwrap();
    let fr = d.to_text(Lang::Fr);
    // CLDR: 0 and 1 are singular in French.
    assert!(
        fr.contains("Liens\u{a0}: 2 ajoutés, 0 retiré, 0 en hausse, 0 en baisse"),
        "{fr}"
    );
    assert!(fr.contains("(personnel partagé, coordination)"), "{fr}");
    assert!(
        fr.contains("  + Maison C ↔ Maison D (information)\n"),
        "{fr}"
    );
    assert!(
        fr.contains(
            "Plus aucun acteur ne répond au besoin «\u{a0}Transport\u{a0}» (il y en avait 1)."
        ),
        "{fr}"
    );
    let en = d.to_text(Lang::En);
    assert!(
        en.contains("No actor serves the need \"Transport\" any more (there was 1)."),
        "{en}"
    );
    assert!(en.contains("(shared staff, coordination)"), "{en}");
}

#[test]
fn an_actor_whose_id_is_the_organisation_of_others_belongs_with_them() {
    let before = map(json!({
        "actors": [
            {"id": "cisss", "name": "CISSS de la Montérégie-Est", "kind": "public"},
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "cisss"},
            {"id": "sapa", "name": "CISSS — SAPA", "kind": "public", "organization": "cisss"},
            {"id": "cab", "name": "CAB", "kind": "community"}
        ],
        "links": [{"source": "sad", "target": "sapa", "level": "coordination"}]
    }));
    let mut after = before.clone();
    for (s, t) in [("cisss", "sad"), ("cisss", "sapa"), ("cisss", "cab")] {
        after
            .links
            .push(actormap::Link::new(s, t, Level::Coordination));
    }
    let diff = actormap::diff::diff(&before, &after, &DiffOptions::default()).unwrap();
    // Ties inside the CISSS are internal: only the tie to the CAB is new for it.
    let ties: Vec<(ActorKind, Option<&str>, usize, usize)> = diff
        .ties_between
        .iter()
        .map(|t| (t.kind, t.organization.as_deref(), t.before, t.after))
        .collect();
    assert_eq!(
        ties,
        [
            (ActorKind::Public, None, 0, 1),
            (ActorKind::Community, Some("cisss"), 0, 1)
        ]
    );
    let sentences: Vec<String> = diff
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::TiesBetweenChanged)
        .map(|f| f.sentence(Lang::En))
        .collect();
    assert!(
        sentences
            .iter()
            .any(|s| s.contains("CISSS de la Montérégie-Est")),
        "{sentences:?}"
    );
    assert!(
        !sentences
            .iter()
            .any(|s| s.starts_with("Public bodies now have")),
        "{sentences:?}"
    );
}

#[test]
fn services_in_another_order_are_no_change() {
    let before = map(json!({
        "needs": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "actors": [{"id": "x", "name": "X", "kind": "public", "services": ["a", "b"]}]
    }));
    let mut after = before.clone();
    after.actors[0].services = vec!["b".into(), "a".into(), "a".into()];
    let diff = actormap::diff::diff(&before, &after, &DiffOptions::default()).unwrap();
    assert_eq!(diff.actors_changed, []);
    after.actors[0].services = vec!["b".into()];
    let diff = actormap::diff::diff(&before, &after, &DiffOptions::default()).unwrap();
    assert_eq!(diff.actors_changed[0].fields[0].field, "services");
    assert_eq!(
        diff.actors_changed[0].fields[0].before.as_deref(),
        Some("a | b")
    );
}

#[test]
fn large_snapshots_are_compared_with_every_change_found() {
    // Renames, links and seats on a generated map: the hash-table comparison finds the
    // same as a direct count.
    let before = actormap::generate::generate(
        &actormap::generate::GenerateOptions::default().with_actors(3000),
    );
    let mut after = before.clone();
    after.links.truncate(after.links.len() - 100);
    for a in after.actors.iter_mut().step_by(97) {
        a.id = format!("{}-new", a.id);
    }
    let renamed: std::collections::HashMap<String, String> = before
        .actors
        .iter()
        .zip(&after.actors)
        .filter(|(b, a)| b.id != a.id)
        .map(|(b, a)| (b.id.clone(), a.id.clone()))
        .collect();
    let fix = |id: &mut String| {
        if let Some(new) = renamed.get(id.as_str()) {
            *id = new.clone();
        }
    };
    for l in &mut after.links {
        fix(&mut l.source);
        fix(&mut l.target);
    }
    for f in &mut after.forums {
        for m in &mut f.members {
            fix(&mut m.actor);
        }
    }
    let diff = actormap::diff::diff(&before, &after, &DiffOptions::default()).unwrap();
    assert_eq!(diff.renamed.len(), renamed.len());
    assert_eq!((diff.actors_added.len(), diff.actors_removed.len()), (0, 0));
    assert_eq!(diff.links_added.len(), 0);
    assert!(!diff.links_removed.is_empty() && diff.links_removed.len() <= 100);
    assert!(
        diff.forums
            .iter()
            .all(|f| f.joined.is_empty() && f.left.is_empty())
    );
}
