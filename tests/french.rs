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
