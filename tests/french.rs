//! A map typed in French the way facilitators type it — `;` and a BOM, French file names
//! and headers, kinds, levels, yes/no, roles, link and forum kinds in French words — reads
//! clean and as the same map as its canonical JSON (`fixtures/expected/`).

use assert_cmd::Command;

const FOLDER: &str = "fixtures/saisie-en-francais";

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

#[test]
fn a_map_typed_in_french_checks_clean_even_when_strict() {
    actormap()
        .args(["check", "--strict", "--lang", "fr", FOLDER])
        .assert()
        .success()
        .stdout(predicates::str::contains("aucun problème trouvé"));
}

#[test]
fn a_map_typed_in_french_reads_as_its_canonical_json() {
    let read = actormap::read_path(FOLDER).unwrap();
    let expected = actormap::read_path("fixtures/expected/saisie-en-francais.json").unwrap();
    assert_eq!(read, expected);
    // Written back in the canonical form, byte for byte.
    assert_eq!(
        actormap::io::to_json_string(&read),
        std::fs::read_to_string("fixtures/expected/saisie-en-francais.json").unwrap()
    );
}

#[test]
fn co_porteurs_count_as_co_leads_in_gaps() {
    let fr = actormap()
        .args(["gaps", FOLDER, "--forum", "table-aines", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(fr.status.success());
    let fr = String::from_utf8(fr.stdout).unwrap();
    // « co-porteur » and « co-porteuse » are co-leads: no rule asks for one.
    assert!(!fr.contains("aucun co-porteur"), "{fr}");
    assert!(
        fr.contains("Les 2 règles de composition qui s'appliquent sont respectées"),
        "{fr}"
    );
}

#[test]
fn french_words_with_a_typo_get_did_you_mean_across_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("carte.json");
    std::fs::write(
        &map,
        r#"{"format": "actormap/1", "actors": [
            {"id": "a", "name": "A", "kind": "comunautaire"},
            {"id": "b", "name": "B", "kind": "public"}],
          "links": [{"source": "a", "target": "b", "level": "coperation"}]}"#,
    )
    .unwrap();
    let out = actormap().arg("check").arg(&map).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("did you mean \"community (communautaire)\"?"),
        "{stdout}"
    );
    assert!(stdout.contains("did you mean \"cooperation\"?"), "{stdout}");
}

#[test]
fn an_unknown_file_in_a_french_folder_is_named_with_the_closest_french_name() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(FOLDER).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    std::fs::rename(dir.path().join("liens.csv"), dir.path().join("lien.csv")).unwrap();
    let out = actormap().arg("check").arg(dir.path()).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("lien.csv"), "{stdout}");
    assert!(stdout.contains("liens.csv"), "{stdout}");
}

#[test]
fn one_mistake_on_many_lines_is_said_once_with_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let mut actors = String::from("\u{feff}identifiant;nom;type\na;A;public\n");
    let mut links = String::from("\u{feff}source;cible;niveau\n");
    for i in 0..12 {
        actors.push_str(&format!("b{i};B{i};communautaire\n"));
        links.push_str(&format!("a;b{i};coopérationn\n"));
    }
    std::fs::write(dir.path().join("acteurs.csv"), actors).unwrap();
    std::fs::write(dir.path().join("liens.csv"), links).unwrap();
    let out = actormap()
        .args(["check", "--lang", "fr"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let liens = dir.path().join("liens.csv");
    assert_eq!(
        stdout.lines().next().unwrap(),
        format!(
            "erreur\u{a0}: {}\u{a0}: niveau inconnu «\u{a0}coopérationn\u{a0}» sur 12 lignes\u{a0}: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …",
            liens.display()
        )
    );
    assert_eq!(stdout.matches("coopérationn").count(), 1, "{stdout}");
    let plain = stdout.replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        plain.ends_with(": 12 erreurs, 0 avertissement\n"),
        "{stdout}"
    );
    // In JSON: every problem, and the mistake once with all its lines.
    let out = actormap()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["problems"].as_array().unwrap().len(), 12);
    let repeated = &v["repeated"][0];
    assert_eq!(repeated["code"], "unknown-level");
    assert_eq!(repeated["count"], 12);
    assert_eq!(
        repeated["lines"],
        serde_json::json!([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    );
}
