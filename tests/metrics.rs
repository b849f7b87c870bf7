//! Metrics against NetworkX on public networks, the same bits for any number of threads,
//! the findings of the Pierre-De Saurel map checked against the map itself, and the
//! `metrics` command end to end.

mod common;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use actormap::{
    ActorKind, ActorMap, Lang, Network, View, metrics::FindingCode, metrics::MetricsOptions,
    metrics::MetricsReport,
};
use assert_cmd::Command;
use serde_json::Value;

const SAUREL: &str = "fixtures/pierre-de-saurel-aines.json";
const TOLERANCE: f64 = 1e-9;

fn load(path: &str) -> ActorMap {
    actormap::read_path(Path::new(path)).unwrap()
}

fn report(map: &ActorMap, view: &View) -> MetricsReport {
    let net = Network::new(map, view).unwrap();
    MetricsReport::compute(&net, &MetricsOptions::default())
}

// ---------------------------------------------------------------------------------------
// NetworkX reference values
// ---------------------------------------------------------------------------------------

/// Compare a value of ours with NetworkX's, recording the largest float difference.
fn compare(path: &str, ours: &Value, theirs: &Value, largest: &mut f64) {
    match (ours, theirs) {
        (Value::Number(a), Value::Number(b)) if b.is_f64() || a.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            let diff = (a - b).abs();
            *largest = largest.max(diff);
            assert!(diff <= TOLERANCE, "{path}: ours {a}, NetworkX {b}");
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{path}: lengths differ");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{path}[{i}]"), x, y, largest);
            }
        }
        _ => assert_eq!(ours, theirs, "{path}"),
    }
}

/// Lists NetworkX writes sorted by id, where ours follow map order.
fn sorted_ids(v: &Value) -> Value {
    let mut items: Vec<Value> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|item| match item {
            Value::Array(pair) => {
                let mut pair: Vec<String> = pair
                    .iter()
                    .map(|s| s.as_str().unwrap().to_owned())
                    .collect();
                pair.sort();
                Value::from(pair)
            }
            other => other.clone(),
        })
        .collect();
    items.sort_by_key(|i| i.to_string());
    Value::from(items)
}

/// Check every value the reference file holds; return the largest float difference.
fn check_reference(name: &str) -> f64 {
    let reference: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("tests/reference/{name}.networkx.json")).unwrap(),
    )
    .unwrap();
    let map = load(&format!("fixtures/reference/{name}.json"));
    let forum_ties = reference["view"]["forum_ties"].as_bool().unwrap();
    let ours = report(&map, &View::default().with_forum_ties(forum_ties));
    let json: Value = serde_json::to_value(&ours).unwrap();
    let mut largest = 0.0f64;

    let expected_actors = reference["actors"].as_object().unwrap();
    assert_eq!(
        ours.actors.len(),
        expected_actors.len(),
        "{name}: actor count"
    );
    let by_id: HashMap<&str, &Value> = json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a))
        .collect();
    let mut fields = 0;
    for (id, expected) in expected_actors {
        let actor = by_id[id.as_str()];
        for (field, value) in expected.as_object().unwrap() {
            let mine = actor
                .get(field)
                .unwrap_or_else(|| panic!("{name}: actors[{id}] has no {field}"));
            compare(&format!("{name}: {id}.{field}"), mine, value, &mut largest);
            fields += 1;
        }
    }
    assert_eq!(
        fields,
        expected_actors.len() * 9,
        "{name}: every per-actor field checked"
    );

    for (field, value) in reference["network"].as_object().unwrap() {
        let mine = json["network"]
            .get(field)
            .unwrap_or_else(|| panic!("{name}: network has no {field}"));
        let (mine, value) = if field == "articulation_points" || field == "bridges" {
            (sorted_ids(mine), sorted_ids(value))
        } else {
            (mine.clone(), value.clone())
        };
        compare(
            &format!("{name}: network.{field}"),
            &mine,
            &value,
            &mut largest,
        );
    }
    eprintln!("{name}: largest difference to NetworkX {largest:e}");
    largest
}

#[test]
fn karate_club_matches_networkx() {
    check_reference("karate");
}

#[test]
fn florentine_families_match_networkx() {
    check_reference("florentine");
    // Padgett's point: the Medici are the broker of the marriage network.
    let r = report(
        &load("fixtures/reference/florentine.json"),
        &View::default(),
    );
    let top = r
        .actors
        .iter()
        .max_by(|a, b| a.betweenness.total_cmp(&b.betweenness))
        .unwrap();
    assert_eq!(top.id, "medici");
    assert!(r.actor("pucci").unwrap().isolated);
}

#[test]
fn davis_co_membership_matches_networkx() {
    check_reference("davis");
}

// ---------------------------------------------------------------------------------------
// Same bits for any number of threads
// ---------------------------------------------------------------------------------------

/// A network large enough to fill every block of sources: 700 actors, ties drawn by a
/// fixed linear congruential sequence, plus a few isolates and a long tail.
fn generated_map() -> ActorMap {
    let mut text = String::from(r#"{"format": "actormap/1", "actors": ["#);
    let n = 700;
    for i in 0..n {
        let kind = ["public", "community", "private", "user"][i % 4];
        if i > 0 {
            text.push(',');
        }
        text += &format!(r#"{{"id": "a{i}", "name": "Actor {i}", "kind": "{kind}"}}"#);
    }
    text += r#"], "links": ["#;
    let mut state: u64 = 42;
    let mut first = true;
    let mut push = |text: &mut String, a: usize, b: usize| {
        if !first {
            text.push(',');
        }
        first = false;
        *text += &format!(r#"{{"source": "a{a}", "target": "a{b}", "level": "coordination"}}"#);
    };
    for _ in 0..2000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let a = (state >> 33) as usize % 600;
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let b = (state >> 33) as usize % 600;
        if a != b {
            push(&mut text, a, b);
        }
    }
    // A tail hanging on the mesh, then isolates (actors 690..700).
    for i in 600..690 {
        push(&mut text, i - 1, i);
    }
    text += "]}";
    actormap::io::from_json_str(&text).unwrap()
}

fn float_bits(r: &MetricsReport) -> Vec<u64> {
    let mut bits = Vec::new();
    for a in &r.actors {
        bits.extend([a.betweenness, a.closeness, a.harmonic, a.clustering].map(f64::to_bits));
        bits.extend([a.constraint, a.effective_size].map(|x| x.map_or(1, f64::to_bits)));
    }
    bits
}

#[test]
fn same_bits_for_any_number_of_threads() {
    for (map, forum_ties) in [
        (generated_map(), false),
        (load("fixtures/reference/karate.json"), false),
        (load("fixtures/reference/davis.json"), true),
    ] {
        let view = View::default().with_forum_ties(forum_ties);
        let runs: Vec<(Vec<u64>, String)> = [1, 2, 3]
            .into_iter()
            .map(|threads| {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                let r = pool.install(|| report(&map, &view));
                (float_bits(&r), r.to_json(Lang::Fr))
            })
            .collect();
        assert!(runs[0].0.iter().any(|&b| b != 0));
        assert_eq!(runs[0], runs[1]);
        assert_eq!(runs[0], runs[2]);
    }
}

#[test]
fn generated_network_is_computed_whole() {
    let map = generated_map();
    let r = report(&map, &View::default());
    assert_eq!(r.network.isolates, 10);
    // The tail's last actor hangs on one tie; every tail actor but the last holds it.
    assert!(r.actor("a689").unwrap().pendant);
    assert!(r.actor("a650").unwrap().articulation_point);
    assert!(r.network.diameter.unwrap() >= 90);
}

// ---------------------------------------------------------------------------------------
// The Pierre-De Saurel map: findings checked against the map itself
// ---------------------------------------------------------------------------------------

/// The undirected simple graph of the map's links, by actor id.
fn neighbours(map: &ActorMap) -> HashMap<&str, BTreeSet<&str>> {
    let mut out: HashMap<&str, BTreeSet<&str>> = map
        .actors
        .iter()
        .map(|a| (a.id.as_str(), BTreeSet::new()))
        .collect();
    for l in map.links.iter().filter(|l| l.source != l.target) {
        out.get_mut(l.source.as_str()).unwrap().insert(&l.target);
        out.get_mut(l.target.as_str()).unwrap().insert(&l.source);
    }
    out
}

/// The actors reachable from `start` without going through `removed`.
fn reachable<'a>(
    graph: &HashMap<&'a str, BTreeSet<&'a str>>,
    start: &'a str,
    removed: &str,
) -> HashSet<&'a str> {
    let mut seen = HashSet::from([start]);
    let mut stack = vec![start];
    while let Some(v) = stack.pop() {
        for &w in &graph[v] {
            if w != removed && seen.insert(w) {
                stack.push(w);
            }
        }
    }
    seen
}

fn kind_of(map: &ActorMap) -> HashMap<&str, ActorKind> {
    map.actors.iter().map(|a| (a.id.as_str(), a.kind)).collect()
}

#[test]
fn saurel_isolated_actors_are_those_without_links() {
    let map = load(SAUREL);
    let graph = neighbours(&map);
    let expected: Vec<&str> = map
        .actors
        .iter()
        .map(|a| a.id.as_str())
        .filter(|id| graph[id].is_empty())
        .collect();
    assert_eq!(expected, ["css-sorel-tracy-fp", "horizon-domicile"]);
    let r = report(&map, &View::default());
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::IsolatedActors)
        .unwrap();
    assert_eq!(f.actors, expected);
    assert!(
        f.sentence(Lang::En)
            .starts_with("2 actors have no tie to any other actor: ")
    );
    assert!(
        f.sentence(Lang::En)
            .contains("Services à domicile Horizon inc. They are")
    );
}

#[test]
fn saurel_carrefour_holds_the_small_caregiver_groups() {
    let map = load(SAUREL);
    let graph = neighbours(&map);
    // Without the Carrefour, who can no longer reach the Table de développement social?
    let main = reachable(&graph, "tds-pierre-de-saurel", "carrefour-aidants");
    let mut cut: Vec<&str> = graph["carrefour-aidants"]
        .iter()
        .copied()
        .filter(|n| !main.contains(n))
        .flat_map(|n| reachable(&graph, n, "carrefour-aidants"))
        .collect();
    let order: HashMap<&str, usize> = map
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    cut.sort_by_key(|id| order[id]);
    cut.dedup();
    assert_eq!(
        cut,
        [
            "halte-repit-souffle",
            "entraide-aidants-saint-ours",
            "memoire-vive",
            "lucie-m"
        ]
    );

    let r = report(&map, &View::default());
    assert!(r.actor("carrefour-aidants").unwrap().articulation_point);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::ArticulationPoint)
        .unwrap();
    assert_eq!(f.actors[0], "carrefour-aidants");
    assert_eq!(f.actors[1..], cut);
    assert!(f.sentence(Lang::En).starts_with(
        "Carrefour des proches aidants de Pierre-De Saurel is the only link between the rest \
         of the network ("
    ));
    // The rest of the network is what the Table still reaches.
    let rest = main.len();
    assert!(
        f.sentence(Lang::En)
            .contains(&format!("({rest} actors) and 4 actors (3 community"))
    );
    assert!(f.sentence(Lang::En).contains("Lucie M., proche aidante"));
}

#[test]
fn saurel_needs_served_by_one_actor_or_none() {
    let map = load(SAUREL);
    let providers = |need: &str| -> Vec<&str> {
        map.actors
            .iter()
            .filter(|a| a.services.iter().any(|s| s == need))
            .map(|a| a.id.as_str())
            .collect()
    };
    assert_eq!(providers("home-adaptation"), ["cisssme-sad"]);
    assert!(providers("clinical-coordination").is_empty());

    let r = report(&map, &View::default());
    assert_eq!(r.coverage.needs.single_provider, ["home-adaptation"]);
    assert_eq!(r.coverage.needs.unserved, ["clinical-coordination"]);
    let single = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::NeedSingleProvider)
        .unwrap();
    assert_eq!(single.actors, ["cisssme-sad"]);
    assert_eq!(single.needs, ["home-adaptation"]);
    assert!(
        single
            .sentence(Lang::En)
            .contains("\"Adaptation du domicile\"")
    );
    let unserved = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::NeedUnserved)
        .unwrap();
    assert_eq!(unserved.needs, ["clinical-coordination"]);
    // The forums that work on the need are named.
    assert_eq!(
        unserved.forums,
        ["atelier-aines", "chantier-coordination-clinique"]
    );
}

#[test]
fn saurel_kinds_users_and_co_leads() {
    let map = load(SAUREL);
    let graph = neighbours(&map);
    let kinds = kind_of(&map);
    let r = report(&map, &View::default());

    // Kind pairs with no tie, from the links themselves.
    let mut tied: HashSet<(ActorKind, ActorKind)> = HashSet::new();
    for (a, ns) in &graph {
        for b in ns {
            tied.insert((kinds[a], kinds[b]));
        }
    }
    let mut missing = Vec::new();
    for (i, &k1) in ActorKind::ALL.iter().enumerate() {
        for &k2 in &ActorKind::ALL[i + 1..] {
            if !tied.contains(&(k1, k2)) {
                missing.push(vec![k1, k2]);
            }
        }
    }
    let found: Vec<Vec<ActorKind>> = r
        .findings
        .iter()
        .filter(|f| f.code == FindingCode::KindPairWithoutTie)
        .map(|f| f.kinds.clone())
        .collect();
    assert_eq!(found, missing);
    assert_eq!(found, [vec![ActorKind::Private, ActorKind::User]]);

    // Users with no public neighbour.
    let lonely: Vec<&str> = map
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::User)
        .map(|a| a.id.as_str())
        .filter(|u| !graph[u].iter().any(|n| kinds[n] == ActorKind::Public))
        .collect();
    assert_eq!(lonely, ["lucie-m"]);
    assert_eq!(r.coverage.users.without_public_tie, lonely);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == FindingCode::UserWithoutPublicTie)
        .unwrap();
    assert_eq!(f.actors, ["lucie-m", "carrefour-aidants"]);

    // The Table des aînés has neither a private company nor a user among its members.
    let table = r.forums.iter().find(|f| f.id == "table-aines").unwrap();
    assert_eq!(table.absent_kinds, [ActorKind::Private, ActorKind::User]);
}

#[test]
fn saurel_findings_in_french() {
    let map = load(SAUREL);
    let r = report(&map, &View::default());
    let sentence = |code: FindingCode| {
        r.findings
            .iter()
            .find(|f| f.code == code)
            .map(|f| f.sentence(Lang::Fr))
            .unwrap()
    };
    assert!(
        sentence(FindingCode::IsolatedActors)
            .starts_with("2 acteurs n'ont aucun lien avec un autre acteur\u{a0}: ")
    );
    assert!(
        sentence(FindingCode::ArticulationPoint)
            .contains("est le seul lien entre le reste du réseau")
    );
    assert!(
        sentence(FindingCode::NeedSingleProvider)
            .contains("«\u{a0}Adaptation du domicile\u{a0}»\u{a0}: CISSS")
    );
    assert_eq!(
        sentence(FindingCode::KindPairWithoutTie),
        "Aucune entreprise privée n'a de lien avec un usager dans cette carte."
    );
    // The JSON in each language: the same findings with the same arguments, only the
    // sentences differ.
    let findings = |lang: Lang| -> Vec<Value> {
        let json: Value = serde_json::from_str(&r.to_json(lang)).unwrap();
        json["findings"].as_array().unwrap().clone()
    };
    let (en, fr) = (findings(Lang::En), findings(Lang::Fr));
    assert_eq!(en.len(), r.findings.len());
    for ((en, fr), f) in en.iter().zip(&fr).zip(&r.findings) {
        assert_eq!(en["args"], fr["args"]);
        assert_eq!(en["code"], f.code.as_str());
        assert_eq!(en["sentence"].as_str().unwrap(), f.sentence(Lang::En));
        assert_eq!(fr["sentence"].as_str().unwrap(), f.sentence(Lang::Fr));
    }
}

#[test]
fn min_level_and_forum_ties_change_the_view() {
    let map = load(SAUREL);
    let all = report(&map, &View::default());
    let close = report(
        &map,
        &View::default().with_min_level(Some(actormap::Level::Cooperation)),
    );
    let expected = map
        .links
        .iter()
        .filter(|l| l.level >= actormap::Level::Cooperation && l.source != l.target)
        .map(|l| {
            let mut pair = [l.source.as_str(), l.target.as_str()];
            pair.sort();
            pair
        })
        .collect::<HashSet<_>>()
        .len();
    assert_eq!(close.network.links, expected);
    assert!(close.network.isolates > all.network.isolates);
    let isolated = close
        .findings
        .iter()
        .find(|f| f.code == FindingCode::IsolatedActors)
        .unwrap();
    assert!(
        isolated
            .sentence(Lang::En)
            .contains("at the cooperation level or above")
    );

    let together = report(&map, &View::default().with_forum_ties(true));
    assert!(together.network.links > all.network.links);
    // Horizon sits in the workshop: co-membership ties it to the others.
    assert!(!together.actor("horizon-domicile").unwrap().isolated);
    // Forum ties never make the members of a forum look tied to each other.
    assert_eq!(together.forums, all.forums);
}

#[test]
fn every_fixture_gives_a_complete_report() {
    for path in common::good_fixtures() {
        let map = actormap::read_path(&path).unwrap();
        for forum_ties in [false, true] {
            let r = report(&map, &View::default().with_forum_ties(forum_ties));
            for lang in [Lang::En, Lang::Fr] {
                let json = r.to_json(lang);
                let back: MetricsReport = serde_json::from_str(&json).unwrap();
                assert_eq!(back, r, "{}", path.display());
                assert!(!json.contains("NaN"), "{}", path.display());
                assert_eq!(r.to_csv().lines().count(), 1 + r.actors.len());
                let degrees: usize = r.actors.iter().map(|a| a.degree).sum();
                assert_eq!(degrees, 2 * r.network.links, "{}", path.display());
                assert!(!r.to_text(lang).is_empty());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

/// Compare with an expected file, or rewrite it with `ACTORMAP_BLESS=1`.
fn expect_file(path: &str, actual: &[u8]) {
    if common::bless() {
        std::fs::create_dir_all("fixtures/expected").unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(path)
        .unwrap_or_else(|_| panic!("{path} is missing; run with ACTORMAP_BLESS=1 to create it"));
    assert!(
        expected == actual,
        "{path} differs; review the change and run with ACTORMAP_BLESS=1 to accept it:\n{}",
        String::from_utf8_lossy(actual)
    );
}

#[test]
fn cli_outputs_match_the_expected_files() {
    for (args, expected) in [
        (&[][..], "pierre-de-saurel-aines.metrics.en.txt"),
        (
            &["--lang", "fr"][..],
            "pierre-de-saurel-aines.metrics.fr.txt",
        ),
        (
            &["--format", "csv"][..],
            "pierre-de-saurel-aines.metrics.csv",
        ),
        (
            &["--format", "json"][..],
            "pierre-de-saurel-aines.metrics.json",
        ),
    ] {
        let out = actormap()
            .arg("metrics")
            .arg(SAUREL)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        expect_file(&format!("fixtures/expected/{expected}"), &out.stdout);
    }
}

#[test]
fn cli_json_carries_every_metric() {
    let out = actormap()
        .args(["metrics", SAUREL, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "id",
        "name",
        "kind",
        "degree",
        "in_degree",
        "out_degree",
        "strength",
        "betweenness",
        "closeness",
        "harmonic",
        "core",
        "clustering",
        "constraint",
        "effective_size",
        "component",
        "articulation_point",
        "isolated",
        "pendant",
        "cross_kind_ties",
        "kinds_reached",
    ] {
        assert!(json["actors"][0].get(field).is_some(), "actors[].{field}");
    }
    for field in [
        "actors",
        "links",
        "density",
        "average_degree",
        "components",
        "largest_component_share",
        "isolates",
        "pendants",
        "articulation_points",
        "bridges",
        "average_clustering",
        "transitivity",
        "degree_centralization",
        "diameter",
        "average_path_length",
    ] {
        assert!(json["network"].get(field).is_some(), "network.{field}");
    }
    for field in [
        "kinds",
        "kind_mixing",
        "integration",
        "needs",
        "territories",
        "users",
    ] {
        assert!(json["coverage"].get(field).is_some(), "coverage.{field}");
    }
    for field in [
        "size",
        "members_by_kind",
        "roles",
        "absent_kinds",
        "density",
        "without_tie",
    ] {
        assert!(json["forums"][0].get(field).is_some(), "forums[].{field}");
    }
    for field in ["code", "severity", "actors", "sentence"] {
        assert!(
            json["findings"][0].get(field).is_some(),
            "findings[].{field}"
        );
    }
    // An isolated actor's structural-hole measures are undefined.
    let horizon = json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "horizon-domicile")
        .unwrap();
    assert_eq!(horizon["constraint"], Value::Null);
}

#[test]
fn cli_csv_has_one_row_per_actor() {
    let out = actormap()
        .args(["metrics", SAUREL, "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, actormap::metrics::CSV_COLUMNS);
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let map = load(SAUREL);
    assert_eq!(records.len(), map.actors.len());
    assert_eq!(&records[0][0], "cisssme-sad");
    let horizon = records
        .iter()
        .find(|r| &r[0] == "horizon-domicile")
        .unwrap();
    assert_eq!(&horizon[3], "0"); // degree
    assert_eq!(&horizon[12], ""); // constraint: undefined
    assert_eq!(&horizon[16], "true"); // isolated
}

#[test]
fn cli_options_reach_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("metrics.json");
    actormap()
        .args([
            "metrics",
            SAUREL,
            "--format",
            "json",
            "--min-level",
            "cooperation",
        ])
        .arg("--with-forum-ties")
        .args(["--anonymize", "users", "--lang", "fr", "-o"])
        .arg(&target)
        .assert()
        .code(0)
        .stdout("");
    let text = std::fs::read_to_string(&target).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["view"]["min_level"], "cooperation");
    assert_eq!(json["view"]["forum_ties"], true);
    assert_eq!(json["lang"], "fr");
    for secret in ["Lucie", "lucie-m", "Denis", "Réjean"] {
        assert!(!text.contains(secret), "{secret} leaks");
    }
    assert!(text.contains("Usager 1"));
}

#[test]
fn cli_failures_exit_2() {
    actormap()
        .args(["metrics", "fixtures/no-such-map.json"])
        .assert()
        .code(2)
        .stdout("");
    let out = actormap()
        .args(["metrics", SAUREL, "--min-level", "friendship"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("coordination"));
    actormap()
        .args(["metrics", SAUREL, "--format", "xml"])
        .assert()
        .code(2);
    // Never over the input.
    actormap()
        .args(["metrics", SAUREL, "-o", SAUREL])
        .assert()
        .code(2);
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

/// Every code the metrics' findings use.
const METRICS_CODES: [FindingCode; 15] = [
    FindingCode::IsolatedActors,
    FindingCode::Disconnected,
    FindingCode::ArticulationPoint,
    FindingCode::NeedUnserved,
    FindingCode::NeedSingleProvider,
    FindingCode::Bridge,
    FindingCode::PendantActors,
    FindingCode::KindAbsent,
    FindingCode::KindPairWithoutTie,
    FindingCode::LowCrossKind,
    FindingCode::NeedSingleKind,
    FindingCode::UserWithoutPublicTie,
    FindingCode::ForumMissingKind,
    FindingCode::ForumMemberWithoutTie,
    FindingCode::TerritoryMissingKind,
];

/// Views that between them make every kind of finding on the fixtures.
fn views() -> Vec<View> {
    vec![
        View::default(),
        View::default().with_forum_ties(true),
        View::default().with_min_level(Some(actormap::Level::Cooperation)),
        View::default()
            .with_min_level(Some(actormap::Level::Coordination))
            .with_kinds(Some(vec![ActorKind::Community, ActorKind::Public])),
    ]
}

#[test]
fn every_finding_code_renders_in_both_languages() {
    let mut seen = BTreeSet::new();
    for path in common::good_fixtures() {
        let map = actormap::read_path(&path).unwrap();
        for view in views() {
            for f in report(&map, &view).findings {
                assert!(METRICS_CODES.contains(&f.code), "{}", f.code);
                for lang in Lang::ALL {
                    let sentence = f.sentence(lang);
                    assert!(
                        !sentence.is_empty() && !sentence.contains(['{', '}', '⟦', '⟧']),
                        "{} in {lang}: {sentence:?}",
                        f.code
                    );
                }
                seen.insert(f.code.as_str());
            }
        }
    }
    let all: BTreeSet<&str> = METRICS_CODES.iter().map(|c| c.as_str()).collect();
    assert_eq!(seen, all, "codes no fixture gives");
}

#[test]
fn the_text_report_is_made_from_the_catalogs() {
    for path in common::good_fixtures() {
        let map = actormap::read_path(&path).unwrap();
        let data = common::map_texts(&map);
        for view in views() {
            let text = report(&map, &view).to_text(Lang::Pseudo);
            common::assert_from_catalogs(&text, &data);
        }
    }
    // A sampled report says what it estimated.
    let map = load("fixtures/reference/karate.json");
    let net = Network::new(&map, &View::default()).unwrap();
    let options = MetricsOptions::default().with_sampling(actormap::metrics::Sampling::Sources(5));
    let text = MetricsReport::compute(&net, &options).to_text(Lang::Pseudo);
    assert!(text.contains("⟦Estimated⟧"), "{text}");
    common::assert_from_catalogs(&text, &common::map_texts(&map));
}

#[test]
fn findings_on_a_huge_map_list_the_first_hundred_actors_and_count_the_rest() {
    let mut map = ActorMap::default();
    for i in 0..1_000 {
        map.actors.push(actormap::Actor::new(
            format!("a{i:04}"),
            format!("Acteur {i}"),
            actormap::ActorKind::Community,
        ));
    }
    let r = report(&map, &View::default());
    let isolated = r
        .findings
        .iter()
        .find(|f| f.code.as_str() == "isolated-actors")
        .expect("every actor is isolated");
    assert_eq!(isolated.actors.len(), actormap::metrics::MAX_FINDING_ACTORS);
    assert_eq!(isolated.actors[0], "a0000");
    assert_eq!(isolated.actors[99], "a0099");
    assert_eq!(isolated.more_actors, 900);
    // The sentence counts them all and names the hundred listed.
    let sentence = isolated.sentence(actormap::Lang::En);
    assert!(
        sentence.starts_with("1000 actors have no tie"),
        "{sentence}"
    );
    assert!(sentence.contains("Acteur 99 and 900 others."), "{sentence}");
    assert!(!sentence.contains("Acteur 100,"), "{sentence}");
}
