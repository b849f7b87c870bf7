//! `--anonymize users` holds: nothing from a user's record, and no user's name or id,
//! reaches any output of any command (standard output, files written, standard error);
//! pseudonyms are the same in every snapshot compared with one table; every metric is
//! the same with and without anonymisation.

mod common;

use std::path::{Path, PathBuf};

use actormap::metrics::{MetricsOptions, MetricsReport};
use actormap::privacy::Pseudonyms;
use actormap::{ActorMap, Lang, Network, View};
use assert_cmd::Command;
use serde_json::{Value, json};

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

/// What must never be seen: the user's name (and parts of it), id, and the values only
/// the user holds.
const SECRETS: &[&str] = &[
    "Zéphirin",
    "zephirin",
    "Quillard",
    "zquillard",
    "Xylophe",
    "Brambor",
    "tremblay-q9",
    "vorlak",
];

/// A map with one user, Zéphirin Quillard (id `zquillard`), whose name and id are
/// planted in every field another record can hold, and who holds a territory, a sector,
/// an organisation and a service no one else has. It also makes warnings: about the
/// user's own record (an undeclared need) and naming the user (a member listed twice).
fn planted() -> Value {
    json!({
        "format": "actormap/1",
        "name": "Carte de Zéphirin Quillard",
        "territory": "Autour de zquillard",
        "as_of": "2026-01-01",
        "description": "Dessinée avec Zéphirin Quillard",
        "Suivi de Zéphirin Quillard": "zquillard",
        "needs": [
            {"id": "transport", "name": "Transport"},
            {"id": "besoin-zquillard", "name": "Besoin de Zéphirin Quillard",
             "note zquillard": "Zéphirin Quillard"}
        ],
        "actors": [
            {"id": "cisss", "name": "CISSS", "kind": "public", "sector": "santé",
             "territory": "Sorel", "services": ["transport"]},
            {"id": "sad", "name": "CISSS — SAD", "kind": "public", "organization": "cisss",
             "sector": "santé", "territory": "Sorel", "services": ["besoin-zquillard"]},
            {"id": "zquillard", "name": "Zéphirin Quillard, usager partenaire", "kind": "user",
             "organization": "famille-tremblay-q9", "sector": "Soutien Brambor",
             "territory": "Rang Xylophe", "services": ["aide-vorlak", "transport", "besoin-zquillard"],
             "courriel": "z@example.org", "Quillard": "oui"},
            {"id": "proche", "name": "Proche aidante", "kind": "user", "organization": "zquillard",
             "sector": "Soutien Brambor", "territory": "Sorel"},
            {"id": "club-zquillard", "name": "Club des amis de Zéphirin Quillard", "kind": "community",
             "organization": "zquillard", "sector": "Amis de Zéphirin Quillard",
             "territory": "Quartier zquillard",
             "contact zquillard": "appeler Zéphirin Quillard", "liste": ["ZQUILLARD", {"zquillard": "Zéphirin Quillard"}]},
            {"id": "cab", "name": "Centre d'action bénévole", "kind": "community", "sector": "social",
             "territory": "Sorel", "services": ["transport"]}
        ],
        "links": [
            {"source": "zquillard", "target": "sad", "kind": "referral", "level": "coordination",
             "notes": "Zéphirin appelle le SAD", "secret": "vorlak"},
            {"source": "proche", "target": "zquillard", "level": "collaboration"},
            {"source": "sad", "target": "cisss", "level": "collaboration"},
            {"source": "cab", "target": "club-zquillard", "kind": "accompagnement zquillard",
             "level": "cooperation", "notes": "voir Zéphirin Quillard", "suivi zquillard": 1},
            {"source": "cab", "target": "sad", "kind": "Accompagnement ZQUILLARD", "level": "information"},
            {"source": "proche", "target": "cab", "level": "information"}
        ],
        "forums": [
            {"id": "comite-zquillard", "name": "Comité de Zéphirin Quillard",
             "kind": "cercle zquillard", "sector": "Amis de Zéphirin Quillard",
             "needs": ["besoin-zquillard"], "membres zquillard": "Zéphirin Quillard",
             "members": [
                {"actor": "zquillard", "role": "user-partner", "note": "vorlak"},
                {"actor": "zquillard"},
                {"actor": "cab", "role": "parrain de Zéphirin Quillard"},
                {"actor": "sad", "role": "co-lead"},
                {"actor": "club-zquillard", "role": "co-lead", "appui zquillard": true}
             ]},
            {"id": "table", "name": "Table des aînés", "kind": "table", "members": [
                {"actor": "cisss", "role": "co-lead"}, {"actor": "proche", "role": "user-partner"},
                {"actor": "cab"}
            ]}
        ]
    })
}

fn write_json(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(value).unwrap()).unwrap();
    path
}

/// Everything a run printed and wrote, as text.
fn everything(out: &std::process::Output, files: &[PathBuf]) -> String {
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    for file in files {
        let mut paths = vec![file.clone()];
        if file.is_dir() {
            paths = std::fs::read_dir(file)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            paths.sort();
        }
        for path in paths.iter().filter(|p| p.exists()) {
            text.push_str(&String::from_utf8_lossy(&std::fs::read(path).unwrap()));
        }
    }
    text
}

fn assert_no_secret(what: &str, text: &str) {
    let lower = text.to_lowercase();
    for secret in SECRETS {
        assert!(
            !lower.contains(&secret.to_lowercase()),
            "{what} shows {secret:?}:\n{text}"
        );
    }
}

#[test]
fn anonymized_outputs_of_every_command_name_no_user_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let map = write_json(d, "map.json", &planted());
    let mut earlier = planted();
    earlier["links"].as_array_mut().unwrap().pop();
    earlier["as_of"] = json!("2025-01-01");
    let before = write_json(d, "before.json", &earlier);
    let m = map.display().to_string();
    let b = before.display().to_string();
    let out = |name: &str| d.join(name);
    let graphviz = common::tool(
        common::Tool::Graphviz,
        "anonymized_outputs_of_every_command_name_no_user_anywhere (render, report diagrams)",
    )
    .is_some();
    let mut runs: Vec<(Vec<String>, Vec<PathBuf>)> = Vec::new();
    let arg = |s: &str| s.to_owned();
    for lang in ["en", "fr"] {
        let l = |v: Vec<String>| {
            let mut v = v;
            v.extend(["--lang".into(), lang.into()]);
            v
        };
        runs.push((l(vec![arg("metrics"), m.clone()]), vec![]));
        for format in ["json", "csv"] {
            runs.push((
                l(vec![
                    arg("metrics"),
                    m.clone(),
                    arg("--format"),
                    arg(format),
                ]),
                vec![],
            ));
        }
        runs.push((l(vec![arg("gaps"), m.clone()]), vec![]));
        runs.push((
            l(vec![arg("gaps"), m.clone(), arg("--format"), arg("json")]),
            vec![],
        ));
        runs.push((
            l(vec![
                arg("gaps"),
                m.clone(),
                arg("--forum"),
                arg("comite-zquillard"),
            ]),
            vec![],
        ));
        for format in ["text", "json", "csv"] {
            runs.push((
                l(vec![
                    arg("diff"),
                    b.clone(),
                    m.clone(),
                    arg("--format"),
                    arg(format),
                ]),
                vec![],
            ));
        }
        runs.push((
            l(vec![arg("diff"), b.clone(), m.clone(), m.clone()]),
            vec![],
        ));
        for cluster in ["organization", "territory", "forum", "kind"] {
            runs.push((
                l(vec![
                    arg("dot"),
                    m.clone(),
                    arg("--cluster-by"),
                    arg(cluster),
                    arg("--highlight"),
                    arg("isolation"),
                ]),
                vec![],
            ));
        }
        runs.push((
            l(vec![
                arg("dot"),
                m.clone(),
                arg("--forum"),
                arg("comite-zquillard"),
                arg("--highlight"),
                arg("gaps"),
            ]),
            vec![],
        ));
        let svg = out(&format!("map-{lang}.svg"));
        if graphviz {
            runs.push((
                l(vec![
                    arg("render"),
                    m.clone(),
                    arg("--cluster-by"),
                    arg("organization"),
                    arg("-o"),
                    svg.display().to_string(),
                ]),
                vec![svg],
            ));
        }
        let html = out(&format!("report-{lang}.html"));
        let md = out(&format!("report-{lang}.md"));
        let mut report = |path: &PathBuf, extra: &[PathBuf]| {
            let mut v = vec![
                arg("report"),
                m.clone(),
                arg("--before"),
                b.clone(),
                arg("-o"),
                path.display().to_string(),
            ];
            if !graphviz {
                v.push(arg("--no-diagram"));
            }
            let mut files = vec![path.clone()];
            files.extend(extra.iter().cloned());
            runs.push((l(v), files));
        };
        report(&html, &[]);
        report(&md, &[md.with_extension("svg")]);
        for to in ["graphml", "gexf", "kumu"] {
            runs.push((
                l(vec![arg("export"), m.clone(), arg("--to"), arg(to)]),
                vec![],
            ));
        }
        let sheets = out(&format!("kumu-{lang}"));
        runs.push((
            l(vec![
                arg("export"),
                m.clone(),
                arg("--to"),
                arg("kumu-csv"),
                arg("-o"),
                sheets.display().to_string(),
            ]),
            vec![sheets],
        ));
        runs.push((
            l(vec![
                arg("export"),
                m.clone(),
                arg("--to"),
                arg("graphml"),
                arg("--with-metrics"),
            ]),
            vec![],
        ));
        runs.push((
            l(vec![arg("convert"), m.clone(), arg("-o"), arg("-")]),
            vec![],
        ));
        let folder = out(&format!("sheets-{lang}"));
        runs.push((
            l(vec![
                arg("convert"),
                m.clone(),
                arg("-o"),
                folder.display().to_string(),
            ]),
            vec![folder],
        ));
    }
    let table = out("pseudonyms.json");
    for (args, files) in runs {
        for pseudonyms in [false, true] {
            let mut command = actormap();
            command.args(&args).args(["--anonymize", "users"]);
            if pseudonyms {
                command.arg("--pseudonyms").arg(&table);
            }
            let output = command.output().unwrap();
            assert!(
                output.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            let text = everything(&output, &files);
            assert!(!text.trim().is_empty(), "{args:?}");
            assert_no_secret(&format!("{args:?}"), &text);
            // The warnings are there, without the user: the member listed twice, and a
            // count of those about the user's own record.
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains("user-1"), "{args:?}: {stderr}");
        }
    }
    // The table names the user (it is the key), and nothing else does.
    let kept = std::fs::read_to_string(&table).unwrap();
    assert!(kept.contains("\"zquillard\": 1"), "{kept}");
}

#[test]
fn errors_about_an_anonymised_map_name_no_user() {
    let dir = tempfile::tempdir().unwrap();
    let mut map = planted();
    // Two errors: one about the user's own record, one naming the user elsewhere.
    map["actors"][2]["kind"] = json!("user");
    map["links"]
        .as_array_mut()
        .unwrap()
        .push(json!({"source": "zquillard", "target": "zquillard", "level": "information"}));
    map["forums"][1]["members"]
        .as_array_mut()
        .unwrap()
        .push(json!({"actor": "Zéphirin Quillard, usager partenaire"}));
    let path = write_json(dir.path(), "bad.json", &map);
    for lang in ["en", "fr"] {
        let output = actormap()
            .args(["metrics", "--anonymize", "users", "--lang", lang])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_no_secret("the errors", &stderr);
        assert!(stderr.contains("user-1"), "{stderr}");
        // Without --anonymize the same run names the user, as it must for the facilitator.
        let plain = actormap()
            .args(["metrics", "--lang", lang])
            .arg(&path)
            .output()
            .unwrap();
        assert!(String::from_utf8_lossy(&plain.stderr).contains("zquillard"));
    }
    // An error of the command line that echoes a user's id.
    let output = actormap()
        .args(["dot", "--anonymize", "users", "--focus", "zquillard-x"])
        .arg(write_json(dir.path(), "good.json", &planted()))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_no_secret("the focus error", &String::from_utf8_lossy(&output.stderr));
}

/// The numbers of a metrics JSON document, in document order, whatever the strings.
fn numbers(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Number(n) => out.push(n.to_string()),
        Value::Bool(b) => out.push(b.to_string()),
        Value::Null => out.push("null".into()),
        Value::String(_) => out.push("text".into()),
        Value::Array(items) => {
            out.push(format!("[{}", items.len()));
            items.iter().for_each(|i| numbers(i, out));
        }
        Value::Object(fields) => {
            out.push(format!("{{{}", fields.len()));
            fields.values().for_each(|i| numbers(i, out));
        }
    }
}

fn metric_numbers(map: &ActorMap, view: &View) -> Vec<String> {
    let network = Network::new(map, view).unwrap();
    let report = MetricsReport::compute(&network, &MetricsOptions::default());
    let doc: Value = serde_json::from_str(&report.to_json(Lang::En)).unwrap();
    let mut out = Vec::new();
    numbers(&doc["network"], &mut out);
    numbers(&doc["actors"], &mut out);
    numbers(&doc["coverage"], &mut out);
    numbers(&doc["forums"], &mut out);
    out
}

#[test]
fn every_metric_is_the_same_with_and_without_anonymisation() {
    let mut maps: Vec<(String, ActorMap)> = common::good_fixtures()
        .into_iter()
        .map(|p| (p.display().to_string(), actormap::read_path(&p).unwrap()))
        .collect();
    maps.push((
        "planted".into(),
        actormap::io::from_json_str(&planted().to_string()).unwrap(),
    ));
    for (model, seed) in [
        (actormap::generate::GeneratorModel::Sbm, 1),
        (actormap::generate::GeneratorModel::Ba, 2),
    ] {
        let options = actormap::generate::GenerateOptions::default()
            .with_actors(400)
            .with_model(model)
            .with_seed(seed);
        maps.push((
            format!("generated {seed}"),
            actormap::generate::generate(&options),
        ));
    }
    let views = [
        View::default(),
        View::default().with_forum_ties(true),
        View::default().with_min_level(Some(actormap::Level::Cooperation)),
    ];
    for (name, map) in &maps {
        let anonymous = actormap::privacy::anonymize_users(map, Lang::Fr);
        assert!(
            actormap::validate::validate(&anonymous)
                .iter()
                .all(|p| p.severity != actormap::validate::ProblemSeverity::Error)
        );
        for view in &views {
            assert_eq!(
                metric_numbers(map, view),
                metric_numbers(&anonymous, view),
                "{name}, {view:?}"
            );
        }
    }
}

#[test]
fn another_actors_organisation_naming_a_user_follows_the_user() {
    let map = actormap::io::from_json_str(&planted().to_string()).unwrap();
    let anonymous = actormap::privacy::anonymize_users(&map, Lang::En);
    let user = &anonymous.actors[2];
    assert_eq!((user.id.as_str(), user.name.as_str()), ("user-1", "User 1"));
    assert_eq!(anonymous.actors[3].organization.as_deref(), Some("user-1"));
    assert_eq!(anonymous.actors[4].organization.as_deref(), Some("user-1"));
    assert_eq!(anonymous.actors[4].id, "club-user-1");
    assert_eq!(
        user.organization.as_deref(),
        Some("User organisation 1"),
        "a value only users hold"
    );
    assert_eq!(user.territory.as_deref(), Some("User territory 1"));
    assert_eq!(user.sector.as_deref(), Some("User sector 1"));
    // Shared with the other user only: the same label for both.
    assert_eq!(anonymous.actors[3].sector.as_deref(), Some("User sector 1"));
    // Shared with actors who are not users: theirs, as written.
    assert_eq!(anonymous.actors[3].territory.as_deref(), Some("Sorel"));
    assert_eq!(user.services, ["User need 1", "transport", "besoin-user-1"]);
    // Two spellings of one link kind stay one kind.
    let kinds: Vec<Option<&str>> = anonymous.links.iter().map(|l| l.kind.as_deref()).collect();
    assert_eq!(kinds[3], Some("accompagnement user-1"));
    assert_eq!(kinds[4], Some("Accompagnement user-1"));
}

/// Two snapshots: a user is inserted before two others in the later one.
fn snapshots() -> (Value, Value) {
    let before = json!({
        "format": "actormap/1",
        "actors": [
            {"id": "sad", "name": "SAD", "kind": "public"},
            {"id": "lucie", "name": "Lucie M.", "kind": "user"},
            {"id": "marc", "name": "Marc T.", "kind": "user"}
        ],
        "links": [
            {"source": "lucie", "target": "sad", "level": "coordination"},
            {"source": "marc", "target": "sad", "level": "information"}
        ]
    });
    let mut after = before.clone();
    after["actors"].as_array_mut().unwrap().insert(
        1,
        json!({"id": "denis", "name": "Denis B.", "kind": "user"}),
    );
    (before, after)
}

#[test]
fn a_user_inserted_before_others_keeps_the_others_pseudonyms() {
    let dir = tempfile::tempdir().unwrap();
    let (before, after) = snapshots();
    let b = write_json(dir.path(), "before.json", &before);
    let a = write_json(dir.path(), "after.json", &after);
    let output = actormap()
        .args(["diff", "--format", "json", "--anonymize", "users"])
        .arg(&b)
        .arg(&a)
        .output()
        .unwrap();
    assert!(output.status.success());
    let diff: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(diff["actors_added"].as_array().unwrap().len(), 1);
    assert_eq!(diff["actors_added"][0]["id"], "user-3");
    assert_eq!(diff["actors_removed"], json!([]));
    assert_eq!(diff["links_added"], json!([]));
    assert_eq!(diff["links_removed"], json!([]));
    let codes: Vec<&str> = diff["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["actors-joined"]);
}

#[test]
fn a_file_of_pseudonyms_keeps_them_from_run_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let (before, after) = snapshots();
    let b = write_json(dir.path(), "before.json", &before);
    let a = write_json(dir.path(), "after.json", &after);
    let table = dir.path().join("people.json");
    let run = |map: &Path| {
        let output = actormap()
            .args(["convert", "-o", "-", "--anonymize", "users", "--pseudonyms"])
            .arg(&table)
            .arg(map)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let map: Value = serde_json::from_slice(&output.stdout).unwrap();
        map["actors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(&b), ["SAD", "User 1", "User 2"]);
    let created = std::fs::read_to_string(&table).unwrap();
    assert_eq!(run(&a), ["SAD", "User 3", "User 1", "User 2"]);
    assert_eq!(run(&b), ["SAD", "User 1", "User 2"]);
    let kept = Pseudonyms::read_or_new(&table).unwrap();
    assert_eq!(
        (kept.user("lucie"), kept.user("marc"), kept.user("denis")),
        (Some(1), Some(2), Some(3))
    );
    assert_ne!(created, std::fs::read_to_string(&table).unwrap());
    // Without the table, each run numbers in map order.
    let output = actormap()
        .args(["convert", "-o", "-", "--anonymize", "users"])
        .arg(&a)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("\"User 1\""));
    // A file that is not a table is refused, and left as it was.
    std::fs::write(&table, "{\"format\": \"actormap/1\"}").unwrap();
    actormap()
        .args(["metrics", "--anonymize", "users", "--pseudonyms"])
        .arg(&table)
        .arg(&a)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is not a file of pseudonyms"));
    assert_eq!(
        std::fs::read_to_string(&table).unwrap(),
        "{\"format\": \"actormap/1\"}"
    );
    // The table is an input: no output may replace it, and it may not be a map.
    actormap()
        .args(["metrics", "--anonymize", "users", "--pseudonyms"])
        .arg(&a)
        .arg(&a)
        .assert()
        .code(2);
    actormap()
        .args(["metrics", "--anonymize", "users", "--pseudonyms"])
        .arg(&table)
        .arg(&a)
        .arg("-o")
        .arg(&table)
        .assert()
        .code(2);
    // It means nothing without --anonymize.
    actormap()
        .args(["metrics", "--pseudonyms"])
        .arg(&table)
        .arg(&a)
        .assert()
        .code(2);
}

#[test]
fn report_before_pairs_the_same_people() {
    let (before, after) = snapshots();
    let before = actormap::io::from_json_str(&before.to_string()).unwrap();
    let after = actormap::io::from_json_str(&after.to_string()).unwrap();
    let mut table = Pseudonyms::new();
    let b = table.anonymize(&before, Lang::En);
    let a = table.anonymize(&after, Lang::En);
    let diff = actormap::diff::diff(&b, &a, &Default::default()).unwrap();
    let plain = actormap::diff::diff(&before, &after, &Default::default()).unwrap();
    assert_eq!(diff.links_added.len(), plain.links_added.len());
    assert_eq!(diff.links_removed.len(), plain.links_removed.len());
    assert_eq!(diff.findings.len(), plain.findings.len());
    assert_eq!(diff.indicators, plain.indicators);
}
