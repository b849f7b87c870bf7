//! The `actormap` binary end to end: exit codes, messages, files written or not.
//!
//! Every case under `fixtures/bad/` and `fixtures/warn/` has its expected `check` output
//! beside it (`<case>.expected`: exit code, standard output, standard error). Rewrite
//! them with `ACTORMAP_BLESS=1 cargo test --test cli` and review the difference.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

/// The cases of a corpus folder: each JSON file and each spreadsheet folder.
fn cases(dir: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    cases
}

fn expected_path(case: &Path) -> PathBuf {
    let name = case.file_name().unwrap().to_string_lossy();
    case.with_file_name(format!("{name}.expected"))
}

/// Run `check` on a case and compare everything it printed with the expected file.
fn check_against_expected(case: &Path) -> i32 {
    check_in(case, None)
}

/// Run `check` on a case, in a language when one is given (expected output in
/// `<case>.<lang>.expected`), and compare everything it printed with the expected file.
fn check_in(case: &Path, lang: Option<&str>) -> i32 {
    let mut command = actormap();
    command.arg("check").arg(case);
    if let Some(lang) = lang {
        command.args(["--lang", lang]);
    }
    let output = command.output().unwrap();
    let code = output
        .status
        .code()
        .expect("exited normally, not by a signal");
    let got = format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap()
    );
    let expected = match lang {
        None => expected_path(case),
        Some(lang) => {
            let name = case.file_name().unwrap().to_string_lossy();
            case.with_file_name(format!("{name}.{lang}.expected"))
        }
    };
    if common::bless() {
        std::fs::write(&expected, &got).unwrap();
    } else {
        let want = std::fs::read_to_string(&expected).unwrap_or_else(|_| {
            panic!(
                "{} is missing; run with ACTORMAP_BLESS=1",
                expected.display()
            )
        });
        assert_eq!(
            got,
            want,
            "check {} differs from {}",
            case.display(),
            expected.display()
        );
    }
    code
}

#[test]
fn every_bad_case_fails_with_its_expected_message() {
    let cases = cases("fixtures/bad");
    assert!(cases.len() >= 15, "only {} bad cases", cases.len());
    for case in cases {
        let code = check_against_expected(&case);
        assert!(code == 1 || code == 2, "{}: exit {code}", case.display());
    }
}

#[test]
fn warnings_alone_pass_unless_strict() {
    for case in cases("fixtures/warn") {
        assert_eq!(check_against_expected(&case), 0, "{}", case.display());
        actormap()
            .args(["check", "--strict"])
            .arg(&case)
            .assert()
            .code(1);
    }
}

#[test]
fn check_speaks_french() {
    for case in [
        "fixtures/bad/csv-not-utf8",
        "fixtures/bad/unknown-kind.json",
        "fixtures/bad/several-problems.json",
        "fixtures/bad/deeply-nested.json",
        "fixtures/bad/csv-no-actors-file",
        "fixtures/warn/similar-names.json",
    ] {
        check_in(Path::new(case), Some("fr"));
    }
    actormap()
        .args(["check", "--lang", "fr"])
        .arg(&common::good_fixtures()[0])
        .assert()
        .code(0)
        .stdout(predicates::str::ends_with(": aucun problème trouvé\n"));
}

/// The text a check shows that is data: the case's paths, the locations and the
/// arguments of its problems (as JSON gives them), also with invisible characters
/// escaped as text output shows them.
fn check_data(case: &Path) -> Vec<String> {
    let mut data = vec![case.display().to_string()];
    if case.is_dir() {
        for entry in std::fs::read_dir(case).unwrap() {
            let path = entry.unwrap().path();
            data.push(path.display().to_string());
            data.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    let output = actormap()
        .args(["check", "--format", "json", "--lang", "x-pseudo"])
        .arg(case)
        .output()
        .unwrap();
    if let Ok(report) = serde_json::from_slice::<serde_json::Value>(&output.stdout) {
        for p in report["problems"].as_array().unwrap() {
            common::json_texts(&p["location"], &mut data);
            common::json_texts(&p["args"], &mut data);
        }
    }
    common::with_shown_forms(data)
}

#[test]
fn check_words_come_from_the_catalogs() {
    for case in cases("fixtures/bad")
        .into_iter()
        .chain(cases("fixtures/warn"))
    {
        let output = actormap()
            .args(["check", "--lang", "x-pseudo"])
            .arg(&case)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap()
        );
        assert!(text.contains('⟦'), "{}: {text}", case.display());
        common::assert_from_catalogs(&text, &check_data(&case));
    }
}

#[test]
fn every_good_fixture_checks_clean() {
    for fixture in common::good_fixtures() {
        actormap()
            .arg("check")
            .arg(&fixture)
            .assert()
            .code(0)
            .stdout(format!("{}: no problems found\n", fixture.display()));
    }
    actormap()
        .args(["check", "fixtures/pierre-de-saurel-aines"])
        .assert()
        .code(0);
}

#[test]
fn check_reads_standard_input_and_speaks_json() {
    let map = std::fs::read("fixtures/bad/unknown-actor.json").unwrap();
    let output = actormap()
        .args(["check", "-", "--format", "json"])
        .write_stdin(map.clone())
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(report["map"], "standard input");
    assert_eq!(report["errors"], 1);
    let problem = &report["problems"][0];
    assert_eq!(problem["code"], "unknown-actor");
    assert_eq!(problem["severity"], "error");
    assert_eq!(problem["location"]["line"], 24);
    assert_eq!(problem["location"]["path"], "links[0]");
    assert_eq!(problem["help"], "did you mean \"carrefour-aidants\"?");
    assert_eq!(problem["args"]["target"], serde_json::Value::Null);
    assert_eq!(problem["args"]["field"], "target");
    assert_eq!(problem["args"]["reference"]["quoted"], "carefour-aidants");

    // The same report in French: the words change, the data does not.
    let output = actormap()
        .args(["check", "-", "--format", "json", "--lang", "fr"])
        .write_stdin(map)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let french: serde_json::Value = serde_json::from_slice(&output).unwrap();
    assert_eq!(french["map"], "entrée standard");
    let problem = &french["problems"][0];
    assert_eq!(problem["code"], "unknown-actor");
    assert_eq!(problem["args"], report["problems"][0]["args"]);
    assert_eq!(
        problem["message"],
        "target «\u{a0}carefour-aidants\u{a0}» n'est l'identifiant d'aucun acteur"
    );
    assert_eq!(
        problem["help"],
        "vouliez-vous dire «\u{a0}carrefour-aidants\u{a0}»\u{202f}?"
    );
}

#[test]
fn a_missing_file_cannot_be_checked() {
    actormap()
        .args(["check", "no/such/map.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with(
            "actormap: error: could not read no/such/map.json",
        ));
}

#[test]
fn convert_round_trips_through_a_spreadsheet_folder() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("tableur saurel");
    let back = dir.path().join("retour.json");
    actormap()
        .args(["convert", "fixtures/pierre-de-saurel-aines.json", "-o"])
        .arg(&folder)
        .assert()
        .code(0);
    for file in [
        "actors.csv",
        "links.csv",
        "members.csv",
        "forums.csv",
        "needs.csv",
        "map.csv",
    ] {
        let written = std::fs::read(folder.join(file)).unwrap();
        let bundled =
            std::fs::read(Path::new("fixtures/pierre-de-saurel-aines").join(file)).unwrap();
        assert_eq!(written, bundled, "{file}");
    }
    actormap()
        .arg("convert")
        .arg(&folder)
        .arg("-o")
        .arg(&back)
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(&back).unwrap(),
        std::fs::read("fixtures/pierre-de-saurel-aines.json").unwrap()
    );
    // To standard output.
    actormap()
        .args([
            "convert",
            "fixtures/pierre-de-saurel-aines/actors.csv",
            "-o",
            "-",
        ])
        .assert()
        .code(0)
        .stdout(std::fs::read_to_string("fixtures/pierre-de-saurel-aines.json").unwrap());
}

#[test]
fn convert_never_writes_over_its_input_nor_half_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    std::fs::copy("fixtures/crd-csss-partnership.json", &map).unwrap();
    let before = std::fs::read(&map).unwrap();
    actormap()
        .arg("convert")
        .arg(&map)
        .arg("-o")
        .arg(dir.path().join(".").join("map.json"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("refusing to write"));
    assert_eq!(std::fs::read(&map).unwrap(), before);

    // A map with errors writes nothing.
    let out = dir.path().join("out.json");
    actormap()
        .args(["convert", "fixtures/bad/self-loop.json", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "link from \"carrefour-aidants\" to itself",
        ));
    assert!(!out.exists());
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "only map.json remains");
}

/// The subcommands `actormap --help` lists (clap's `help` left out).
fn subcommands() -> Vec<String> {
    let help = actormap()
        .arg("--help")
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8(help).unwrap();
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_owned)
        .collect()
}

/// `actormap [COMMAND] --help` at 80 columns, the language asked for by `--lang` or by
/// `ACTORMAP_LANG`. The command itself has no `--lang`: the help, given first, is shown
/// before it is read.
fn help_at_80_columns(command: Option<&str>, lang: &str, by_env: bool) -> String {
    let mut cmd = actormap();
    cmd.env("COLUMNS", "80").env_remove("ACTORMAP_LANG");
    if by_env {
        cmd.env("ACTORMAP_LANG", lang);
    }
    let args = match (command, by_env) {
        (Some(c), false) => vec![c, "--lang", lang, "--help"],
        (Some(c), true) => vec![c, "--help"],
        (None, false) => vec!["--help", "--lang", lang],
        (None, true) => vec!["--help"],
    };
    let output = cmd.args(args).assert().code(0).get_output().stdout.clone();
    String::from_utf8(output).unwrap()
}

#[test]
fn every_help_fits_80_columns_with_examples_and_exit_codes_in_both_languages() {
    let commands = subcommands();
    assert!(commands.len() >= 11, "{commands:?}");
    for (lang, examples, exit_codes) in [
        ("en", "Examples:\n  actormap", "Exit codes: 0 "),
        (
            "fr",
            "Exemples\u{a0}:\n  actormap",
            "Codes de sortie\u{a0}: 0 ",
        ),
    ] {
        for command in std::iter::once(None).chain(commands.iter().map(|c| Some(c.as_str()))) {
            let name = command.unwrap_or("actormap");
            let help = help_at_80_columns(command, lang, false);
            for line in help.lines() {
                assert!(
                    line.chars().count() <= 80,
                    "{name} --help --lang {lang}: {} columns in {line:?}",
                    line.chars().count()
                );
            }
            let examples = match command {
                Some(c) => format!("{examples} {c}"),
                None => examples.to_owned(),
            };
            assert!(
                help.contains(&examples),
                "{name} --help --lang {lang}:\n{help}"
            );
            // Examples are never wrapped: each line is a command, or goes on from a line
            // ending in `\`.
            let heading = examples.lines().next().unwrap();
            let block: Vec<&str> = help
                .lines()
                .skip_while(|l| *l != heading)
                .skip(1)
                .take_while(|l| !l.is_empty())
                .collect();
            for (i, line) in block.iter().enumerate() {
                let goes_on = i > 0 && block[i - 1].ends_with('\\');
                assert!(
                    line.starts_with("  actormap ")
                        || line.starts_with("  cat ")
                        || (goes_on && line.starts_with("      -")),
                    "{name} --help --lang {lang}: a wrapped example: {line:?}"
                );
            }
            assert!(
                help.contains(exit_codes),
                "{name} --help --lang {lang}:\n{help}"
            );
            if command.is_some() {
                assert!(help.contains("--lang <"), "{name} has no --lang");
                assert!(help.contains("-q, --quiet"), "{name} has no --quiet");
            }
            // The environment asks for the same help as --lang.
            assert_eq!(
                help_at_80_columns(command, lang, true),
                help,
                "{name} {lang}"
            );
        }
    }
}

/// Compare (or, blessing, rewrite) a command's standard output with an expected file.
fn expect_stdout(args: &[&str], expected: &str) {
    let output = actormap()
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let got = String::from_utf8(output).unwrap();
    if common::bless() {
        std::fs::write(expected, &got).unwrap();
    } else {
        let want = std::fs::read_to_string(expected)
            .unwrap_or_else(|_| panic!("{expected} is missing; run with ACTORMAP_BLESS=1"));
        assert_eq!(
            got,
            want,
            "actormap {} differs from {expected}",
            args.join(" ")
        );
    }
}

#[test]
fn gaps_of_the_table_in_english_french_and_json() {
    let map = "fixtures/pierre-de-saurel-aines.json";
    let base = "fixtures/expected/pierre-de-saurel-aines.gaps";
    expect_stdout(
        &["gaps", map, "--forum", "table-aines"],
        &format!("{base}.table-aines.en.txt"),
    );
    expect_stdout(
        &["gaps", map, "--forum", "table-aines", "--lang", "fr"],
        &format!("{base}.table-aines.fr.txt"),
    );
    expect_stdout(&["gaps", map, "--format", "json"], &format!("{base}.json"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{base}.json")).unwrap()).unwrap();
    assert_eq!(json["rule_sets"][0], "proximity-services");
    let map = actormap::read_path(map).unwrap();
    assert_eq!(json["forums"].as_array().unwrap().len(), map.forums.len());
}

#[test]
fn printed_rules_are_a_valid_rule_file() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["strategic-community", "proximity-services"] {
        let file = dir.path().join(format!("{name}.json"));
        actormap()
            .args(["gaps", "--print-rules", name, "-o"])
            .arg(&file)
            .assert()
            .code(0);
        let from_file = actormap()
            .args([
                "gaps",
                "fixtures/itss-action-group.json",
                "--format",
                "json",
                "--rules",
            ])
            .arg(&file)
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        let by_name = actormap()
            .args([
                "gaps",
                "fixtures/itss-action-group.json",
                "--format",
                "json",
                "--rules",
                name,
            ])
            .assert()
            .code(0)
            .get_output()
            .stdout
            .clone();
        assert_eq!(from_file, by_name, "{name}");
    }
}

#[test]
fn bad_rule_files_are_refused_with_every_problem_located() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir("fixtures/bad-rules")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 5);
    for case in cases {
        let output = actormap()
            .args(["gaps", "fixtures/pierre-de-saurel-aines.json", "--rules"])
            .arg(&case)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", case.display());
        assert!(output.stdout.is_empty());
        let got = String::from_utf8(output.stderr).unwrap();
        let expected = expected_path(&case);
        if common::bless() {
            std::fs::write(&expected, &got).unwrap();
        } else {
            assert_eq!(
                got,
                std::fs::read_to_string(&expected).unwrap(),
                "{}",
                case.display()
            );
        }
    }
}

#[test]
fn gaps_for_an_unknown_forum_suggests_one() {
    actormap()
        .args(["gaps", "fixtures/pierre-de-saurel-aines.json", "--forum", "table-aine"])
        .assert()
        .code(2)
        .stderr("actormap: error: no forum with id \"table-aine\" in the map; did you mean \"table-aines\"?\n");
}

#[test]
fn the_command_line_says_its_own_words_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    actormap()
        .args(["generate", "--actors", "401", "-o"])
        .arg(&map)
        .assert()
        .code(0);
    for (lang, words) in [
        ("en", "actormap: the map has 401 actors, too many to draw"),
        (
            "fr",
            "actormap\u{a0}: la carte compte 401 acteurs, trop pour les dessiner",
        ),
    ] {
        actormap()
            .arg("report")
            .arg(&map)
            .arg("-o")
            .arg(dir.path().join(format!("report.{lang}.md")))
            .args(["--lang", lang])
            .assert()
            .code(0)
            .stderr(predicates::str::contains(words));
    }
    actormap()
        .args(["check", "map.json", "--max-depth", "0", "--lang", "fr"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("écrivez un nombre de 1 à 1000"));
    actormap()
        .args(["check", "map.json", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "unknown language \"de\"; use one of: en, fr",
        ));
}

#[test]
fn a_sample_of_no_source_is_refused() {
    for (lang, words) in [
        ("en", "write a number of sources of 1 or more"),
        ("fr", "écrire un nombre de sources de 1 ou plus"),
    ] {
        actormap()
            .args([
                "metrics",
                "fixtures/pierre-de-saurel-aines.json",
                "--sample",
                "0",
            ])
            .args(["--lang", lang])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(words));
    }
    let out = actormap()
        .args([
            "metrics",
            "fixtures/pierre-de-saurel-aines.json",
            "--sample",
            "5",
        ])
        .assert()
        .code(0);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("(the largest standard error of an actor's estimate)"),
        "{text}"
    );
}
