//! Moving maps to and from other tools: GraphML, GEXF, Kumu (JSON and spreadsheets) and
//! adjacency matrices. Every export reads back as the same map; GraphML passes the
//! schema check; imports report what they cannot read with its line.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use actormap::{
    Actor, ActorKind, ActorMap, Forum, Level, Link, interop::AttributeValues, interop::GexfOptions,
    interop::GraphmlOptions, interop::ImportFormat, interop::ImportOptions, interop::NodeAttribute,
    io::Loaded, model::Extra, model::Member, model::Need, validate::ProblemCode,
    validate::ProblemSeverity,
};
use assert_cmd::Command;
use common::opt;
use proptest::prelude::*;
use serde_json::Value;

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

/// The bundled maps: the seed fixtures, the reference networks, and a map made to
/// carry every type of free attribute and awkward names.
fn maps() -> Vec<PathBuf> {
    let mut maps = common::good_fixtures();
    maps.push(PathBuf::from("fixtures/interop/map-typed-attributes.json"));
    maps
}

/// A read that found nothing to report.
fn clean(loaded: Loaded, what: &str) -> ActorMap {
    let problems: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{what}: {problems:#?}");
    loaded.map
}

/// The map read back is the map written, down to the bytes of its JSON document.
fn assert_same(back: &ActorMap, map: &ActorMap, what: &str) {
    assert_eq!(back, map, "{what}");
    assert_eq!(
        actormap::io::to_json_string(back),
        actormap::io::to_json_string(map),
        "{what}: same map, but not in the same order"
    );
}

/// Each map of `paths`, written and read back by `through` without a problem to
/// report, passes `check` (given the map read back, the map, and `what` to name the
/// format in failures).
fn round_trip_each(
    paths: Vec<PathBuf>,
    through: impl Fn(&ActorMap) -> Loaded,
    what: &str,
    check: impl Fn(&ActorMap, &ActorMap, &str),
) {
    for path in paths {
        let map = actormap::read_path(&path).unwrap();
        let back = clean(through(&map), &path.display().to_string());
        check(&back, &map, what);
    }
}

fn through_graphml(map: &ActorMap) -> Loaded {
    let text = actormap::interop::to_graphml(map, &GraphmlOptions::default()).unwrap();
    actormap::interop::load_graphml(&text, None, &ImportOptions::default()).unwrap()
}

fn through_gexf(map: &ActorMap) -> Loaded {
    let text = actormap::interop::to_gexf(map, &GexfOptions::default()).unwrap();
    actormap::interop::load_gexf(&text, None, &ImportOptions::default()).unwrap()
}

fn through_kumu_json(map: &ActorMap) -> Loaded {
    let text = actormap::interop::to_kumu_json(map);
    actormap::interop::load_kumu_json(&text, None, &ImportOptions::default()).unwrap()
}

fn through_kumu_sheets(map: &ActorMap) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    actormap::interop::write_kumu_sheets(map, dir.path()).unwrap();
    actormap::interop::load_kumu_sheets(dir.path(), &ImportOptions::default()).unwrap()
}

#[test]
fn every_map_round_trips_through_graphml() {
    round_trip_each(maps(), through_graphml, "graphml", assert_same);
}

#[test]
fn every_map_round_trips_through_gexf() {
    round_trip_each(maps(), through_gexf, "gexf", assert_same);
}

#[test]
fn every_map_round_trips_through_kumu_json() {
    round_trip_each(maps(), through_kumu_json, "kumu", assert_same);
}

/// Spreadsheet columns come in one order for every row, so a record's free attributes
/// come back in the column order: the same attributes and values, perhaps reordered.
#[test]
fn every_map_round_trips_through_kumu_spreadsheets() {
    round_trip_each(
        maps(),
        through_kumu_sheets,
        "kumu-csv",
        |back, map, what| assert_eq!(back, map, "{what}"),
    );
}

#[test]
fn the_seed_fixtures_keep_their_bytes_through_kumu_spreadsheets() {
    round_trip_each(
        common::good_fixtures(),
        through_kumu_sheets,
        "kumu-csv",
        assert_same,
    );
}

/// Validate a GraphML file against the schema kept under `tests/schemas/graphml/`,
/// without the network; without xmllint, `test` says the check was skipped.
fn assert_schema_valid(file: &Path, test: &str) {
    let Some(xmllint) = common::tool(common::Tool::Xmllint, test) else {
        return;
    };
    let output = Process::new(xmllint)
        .args([
            "--noout",
            "--nonet",
            "--schema",
            "tests/schemas/graphml/graphml.xsd",
        ])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{} does not pass the GraphML schema:\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn graphml_exports_pass_the_schema_check() {
    let dir = tempfile::tempdir().unwrap();
    for path in maps() {
        let map = actormap::read_path(&path).unwrap();
        let n = map.actors.len();
        // With added attributes of every type, as metrics are added.
        let options = GraphmlOptions::default()
            .with_node_attribute(NodeAttribute::new(
                "degree",
                AttributeValues::Long((0..n as i64).map(Some).collect()),
            ))
            .with_node_attribute(NodeAttribute::new(
                "betweenness score",
                AttributeValues::Double(
                    (0..n)
                        .map(|i| match i % 4 {
                            0 => None,
                            1 => Some(f64::NAN),
                            2 => Some(f64::INFINITY),
                            _ => Some(0.25),
                        })
                        .collect(),
                ),
            ))
            .with_node_attribute(NodeAttribute::new(
                "isolated",
                AttributeValues::Boolean((0..n).map(|i| Some(i % 2 == 0)).collect()),
            ))
            .with_node_attribute(NodeAttribute::new(
                "note",
                AttributeValues::Text((0..n).map(|i| Some(format!("<{i}> & \"x\""))).collect()),
            ));
        for (suffix, options) in [("plain", GraphmlOptions::default()), ("metrics", options)] {
            let file = dir.path().join(format!(
                "{}-{suffix}.graphml",
                path.file_stem().unwrap().to_string_lossy()
            ));
            std::fs::write(
                &file,
                actormap::interop::to_graphml(&map, &options).unwrap(),
            )
            .unwrap();
            assert_schema_valid(&file, "interop::graphml_exports_pass_the_schema_check");
        }
    }
}

#[test]
fn added_attributes_come_back_as_free_attributes() {
    let map = actormap::read_path("fixtures/crd-csss-partnership.json").unwrap();
    let n = map.actors.len();
    let values: Vec<Option<f64>> = (0..n).map(|i| (i > 0).then_some(i as f64 / 8.0)).collect();
    let options = GraphmlOptions::default().with_node_attribute(NodeAttribute::new(
        "betweenness",
        AttributeValues::Double(values.clone()),
    ));
    let text = actormap::interop::to_graphml(&map, &options).unwrap();
    assert!(
        text.contains(r#"<key id="n_m0" for="node" attr.name="betweenness" attr.type="double"/>"#)
    );
    let back = clean(
        actormap::interop::load_graphml(&text, None, &ImportOptions::default()).unwrap(),
        "graphml",
    );
    for (actor, value) in back.actors.iter().zip(&values) {
        assert_eq!(
            actor.extra.get("betweenness").and_then(Value::as_f64),
            *value
        );
    }
    // The same through GEXF.
    let options = GexfOptions::default().with_node_attribute(NodeAttribute::new(
        "betweenness",
        AttributeValues::Double(values.clone()),
    ));
    let text = actormap::interop::to_gexf(&map, &options).unwrap();
    let back = clean(
        actormap::interop::load_gexf(&text, None, &ImportOptions::default()).unwrap(),
        "gexf",
    );
    assert_eq!(
        back.actors[3]
            .extra
            .get("betweenness")
            .and_then(Value::as_f64),
        values[3]
    );

    // Attributes that do not fit are refused with a reason.
    let short = GraphmlOptions::default().with_node_attribute(NodeAttribute::new(
        "degree",
        AttributeValues::Long(vec![Some(1)]),
    ));
    let err = actormap::interop::to_graphml(&map, &short)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("has 1 value but the map has 21 actors"),
        "{err}"
    );
    let clash = GraphmlOptions::default().with_node_attribute(NodeAttribute::new(
        "kind",
        AttributeValues::Long(vec![None; n]),
    ));
    let err = actormap::interop::to_graphml(&map, &clash)
        .unwrap_err()
        .to_string();
    assert!(err.contains("has the name of another attribute"), "{err}");
}

#[test]
fn a_control_character_is_refused_naming_the_actor() {
    let mut map = ActorMap::default();
    map.actors.push(Actor::new(
        "carrefour",
        "Carrefour\u{1b}[31m",
        ActorKind::Community,
    ));
    for err in [
        actormap::interop::to_graphml(&map, &GraphmlOptions::default()).unwrap_err(),
        actormap::interop::to_gexf(&map, &GexfOptions::default()).unwrap_err(),
    ] {
        assert_eq!(
            err.to_string(),
            "actor \"carrefour\": its name holds the control character U+001B, which XML \
             cannot carry; remove it from the map and export again (Kumu JSON can carry it)"
        );
    }
    // Kumu JSON carries it.
    let back = actormap::interop::load_kumu_json(
        &actormap::interop::to_kumu_json(&map),
        None,
        &Default::default(),
    )
    .unwrap();
    assert_eq!(clean(back, "kumu"), map);
}

#[test]
fn hostile_xml_is_reported_not_trusted() {
    let options = ImportOptions::default();
    // An entity expansion bomb: documents with a DTD are refused.
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY a \"aaaaaaaaaa\">\
                <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\
                <graphml><graph edgedefault=\"directed\"><node id=\"&b;\"/></graph></graphml>";
    let loaded = actormap::interop::load_graphml(bomb, None, &options).unwrap();
    assert_eq!(loaded.problems[0].code, ProblemCode::NotXml);
    // Deep nesting does not exhaust the stack.
    let deep = format!(
        "<gexf version=\"1.3\"><meta>{}{}</meta></gexf>",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    let loaded = actormap::interop::load_gexf(&deep, None, &options).unwrap();
    assert!(
        loaded
            .problems
            .iter()
            .all(|p| p.code != ProblemCode::NotXml)
    );
    assert_eq!(loaded.problems[0].code, ProblemCode::NoGraph);
    // The same in GraphML, read as a stream: the elements are closed, so the document is
    // well-formed, and a node's unknown children are skipped whatever their depth.
    let deep = format!(
        "<graphml><graph><node id=\"a\">{}{}</node></graph></graphml>",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    let loaded = actormap::interop::load_graphml(&deep, None, &options).unwrap();
    assert!(
        loaded
            .problems
            .iter()
            .all(|p| p.code != ProblemCode::NotXml)
    );
    assert_eq!(loaded.map.actors.len(), 1);
    // Another document type.
    let loaded = actormap::interop::load_graphml("<svg/>", None, &options).unwrap();
    assert_eq!(loaded.problems[0].code, ProblemCode::NotGraphml);
    // Too large for the configured limit: refused before reading.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.graphml");
    std::fs::write(&file, "<graphml/>".repeat(100)).unwrap();
    let small = ImportOptions::default()
        .with_read_options(actormap::io::ReadOptions::default().with_max_input_bytes(100));
    let err = actormap::interop::import_path(&file, ImportFormat::Graphml, &small).unwrap_err();
    assert!(matches!(err.kind(), actormap::ErrorKind::TooLarge { .. }));
}

#[test]
fn graphml_from_other_tools_is_read_with_its_gaps_reported() {
    // As NetworkX writes it: keys per attribute, labels, numeric weights, no kinds.
    let text = r#"<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d3" for="edge" attr.name="weight" attr.type="double" />
  <key id="d2" for="node" attr.name="kind" attr.type="string" />
  <key id="d1" for="node" attr.name="label" attr.type="string" />
  <key id="d0" for="node" attr.name="club" attr.type="string"><default>Mr. Hi</default></key>
  <graph edgedefault="undirected">
    <node id="0"><data key="d1">Member 1</data><data key="d2">Communautaire</data></node>
    <node id="1"><data key="d1">Member 2</data><data key="d0">Officer</data></node>
    <node id="2"><data key="d2">person</data></node>
    <edge source="0" target="1"><data key="d3">4.0</data></edge>
    <edge source="1" target="0"><data key="d3">2.0</data></edge>
    <edge source="0" target="2"><data key="d3">heavy</data></edge>
  </graph>
</graphml>"#;
    let loaded = actormap::interop::load_graphml(
        text,
        Some(Path::new("karate.graphml")),
        &Default::default(),
    )
    .unwrap();
    let shown: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| format!("{} {} {:?}", p.severity, p.code, p.location.line))
        .collect();
    assert_eq!(
        shown,
        [
            "warning assumed-kind Some(9)",
            "error unknown-kind Some(10)",
            "warning assumed-level Some(11)",
            "warning assumed-level Some(12)",
            "warning duplicate-connection Some(12)",
            "error wrong-type Some(13)",
            "warning assumed-level Some(13)",
        ]
    );
    let map = &loaded.map;
    assert_eq!(map.actors[0].name, "Member 1");
    assert_eq!(map.actors[0].kind, ActorKind::Community);
    assert_eq!(map.actors[0].extra["club"], "Mr. Hi");
    assert_eq!(map.actors[1].extra["club"], "Officer");
    assert_eq!(map.actors[2].name, "2");
    // The tie entered twice (both ways, undirected) is one link; the first weight stays.
    assert_eq!(map.links.len(), 2);
    assert_eq!(map.links[0].weight, Some(4.0));
    assert!(loaded.into_map().is_err());
}

/// Each link's ends, level and direction.
fn ties(map: &ActorMap) -> Vec<(&str, &str, Level, bool)> {
    map.links
        .iter()
        .map(|l| (l.source.as_str(), l.target.as_str(), l.level, l.directed))
        .collect()
}

#[test]
fn a_kumu_blueprint_is_imported_with_its_warnings() {
    let loaded = actormap::interop::import_path(
        "fixtures/interop/kumu-blueprint.json",
        ImportFormat::Kumu,
        &ImportOptions::default(),
    )
    .unwrap();
    let shown: Vec<String> = loaded
        .check()
        .iter()
        .map(|p| format!("{} {} {:?}", p.severity, p.code, p.location.line))
        .collect();
    assert_eq!(
        shown,
        [
            "warning assumed-kind Some(7)",
            "warning duplicate-connection Some(11)",
            "warning assumed-level Some(14)",
        ]
    );
    let map = loaded.into_map().unwrap();
    let ids: Vec<&str> = map.actors.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "clsc-de-sorel-tracy",
            "carrefour-des-proches-aidants",
            "services-a-domicile-horizon",
            "comite-des-usagers",
            "popote-roulante"
        ]
    );
    let kinds: Vec<ActorKind> = map.actors.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            ActorKind::Public,
            ActorKind::Community,
            ActorKind::Private,
            ActorKind::User,
            ActorKind::Community
        ]
    );
    assert_eq!(
        map.actors[0].extra["tags"],
        serde_json::json!(["santé", "première ligne"])
    );
    assert_eq!(
        ties(&map),
        [
            (
                "clsc-de-sorel-tracy",
                "carrefour-des-proches-aidants",
                Level::Coordination,
                true
            ),
            (
                "carrefour-des-proches-aidants",
                "popote-roulante",
                Level::Cooperation,
                false
            ),
            (
                "comite-des-usagers",
                "clsc-de-sorel-tracy",
                Level::Information,
                false
            ),
            (
                "services-a-domicile-horizon",
                "clsc-de-sorel-tracy",
                Level::Coordination,
                false
            ),
        ]
    );
    // The merged connection kept what the second one added.
    assert_eq!(map.links[0].notes.as_deref(), Some("entered twice"));
}

#[test]
fn kumu_sheets_report_rows_they_cannot_read_with_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Elements.csv"),
        "\u{feff}Label;Type;Tags\nCLSC;Publique;santé|première ligne\nPopote;;\nMaison;Person;\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("connections.csv"),
        "From;To;Type;Direction\nCLSC;Popote;coordination;directed\nCLSC;Popote|Maison;information;\n\
         Popote;Nobody;;\nCLSC;Popote;Coordination;Directed\nCLSC;Popote;often;sideways\n",
    )
    .unwrap();
    let loaded = actormap::interop::import_path(
        dir.path().join("connections.csv"),
        ImportFormat::KumuCsv,
        &ImportOptions::default(),
    )
    .unwrap();
    let shown: Vec<String> = loaded
        .problems
        .iter()
        .map(|p| {
            format!(
                "{} {} {}:{}",
                p.severity,
                p.code,
                p.location
                    .file
                    .as_ref()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                p.location.line.unwrap()
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "warning assumed-kind Elements.csv:3",
            "error unknown-kind Elements.csv:4",
            "warning assumed-level connections.csv:4",
            "error unknown-element connections.csv:4",
            "error unknown-level connections.csv:6",
            "error wrong-type connections.csv:6",
            "warning duplicate-connection connections.csv:5",
        ]
    );
    let map = &loaded.map;
    assert_eq!(map.actors[0].extra["Tags"], "santé|première ligne");
    // "Popote|Maison" names two elements: two links.
    let ends: Vec<(&str, &str)> = map
        .links
        .iter()
        .map(|l| (l.source.as_str(), l.target.as_str()))
        .collect();
    assert_eq!(
        ends,
        [
            ("clsc", "popote"),
            ("clsc", "popote"),
            ("clsc", "maison"),
            ("clsc", "popote")
        ]
    );
}

#[test]
fn the_bundled_matrix_is_imported() {
    let loaded = actormap::interop::import_path(
        "fixtures/interop/table-matrix.csv",
        ImportFormat::Matrix,
        &ImportOptions::default().with_default_kind(ActorKind::Public),
    )
    .unwrap();
    let problems = loaded.check();
    assert_eq!(problems.len(), 5);
    assert!(problems.iter().all(|p| p.code == ProblemCode::AssumedKind
        && p.severity == ProblemSeverity::Warning
        && p.location.line == Some(1)));
    let map = loaded.into_map().unwrap();
    assert_eq!(map.actors[0].name, "CISSSME — Soutien à domicile");
    assert!(map.actors.iter().all(|a| a.kind == ActorKind::Public));
    assert_eq!(
        ties(&map),
        [
            (
                "cisssme-soutien-a-domicile",
                "carrefour-des-proches-aidants",
                Level::Cooperation,
                false
            ),
            (
                "cisssme-soutien-a-domicile",
                "popote-roulante",
                Level::Coordination,
                false
            ),
            (
                "cisssme-soutien-a-domicile",
                "centre-d-action-benevole",
                Level::Coordination,
                false
            ),
            (
                "carrefour-des-proches-aidants",
                "centre-d-action-benevole",
                Level::Collaboration,
                false
            ),
            (
                "popote-roulante",
                "centre-d-action-benevole",
                Level::Coordination,
                false
            ),
            // Reported by one side only: directed.
            (
                "centre-d-action-benevole",
                "residence-les-jardins",
                Level::Coordination,
                true
            ),
        ]
    );
}

// The command line.

#[test]
fn export_and_import_round_trip_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = "fixtures/pierre-de-saurel-aines.json";
    let original = std::fs::read(fixture).unwrap();
    for (name, to) in [
        ("saurel.graphml", None),
        ("saurel.gexf", None),
        ("kumu.json", Some("kumu")),
        ("kumu", Some("kumu-csv")),
    ] {
        let out = dir.path().join(name);
        let mut export = actormap();
        export.args(["export", fixture, "-o"]).arg(&out);
        if let Some(to) = to {
            export.args(["--to", to]);
        }
        export.assert().code(0).stdout("").stderr("");
        let back = dir.path().join(format!("{name}.back.json"));
        actormap()
            .arg("import")
            .arg(&out)
            .arg("-o")
            .arg(&back)
            .assert()
            .code(0)
            .stderr("");
        assert_eq!(std::fs::read(&back).unwrap(), original, "{name}");
    }
    assert_schema_valid(
        &dir.path().join("saurel.graphml"),
        "interop::export_and_import_round_trip_on_the_command_line",
    );
    assert!(dir.path().join("kumu/elements.csv").is_file());
    assert!(dir.path().join("kumu/connections.csv").is_file());

    // To standard output, with metrics and pseudonyms.
    let output = actormap()
        .args([
            "export",
            fixture,
            "--to",
            "graphml",
            "--with-metrics",
            "--anonymize",
            "users",
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(text.contains(r#"attr.name="betweenness" attr.type="double""#));
    assert!(text.contains(r#"attr.name="articulation_point" attr.type="boolean""#));
    assert!(text.contains("<data key=\"n_name\">User 1</data>"));
    assert!(!text.contains("Denis B."));
    let with_metrics = dir.path().join("metrics.graphml");
    std::fs::write(&with_metrics, &text).unwrap();
    assert_schema_valid(
        &with_metrics,
        "interop::export_and_import_round_trip_on_the_command_line",
    );
}

#[test]
fn export_needs_a_format_and_never_writes_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    actormap()
        .args(["export", "fixtures/crd-csss-partnership.json", "-o"])
        .arg(dir.path().join("map.xml"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--to graphml, gexf, kumu or kumu-csv",
        ));
    let map = dir.path().join("map.graphml");
    std::fs::write(&map, "keep me").unwrap();
    actormap()
        .arg("import")
        .arg(&map)
        .arg("-o")
        .arg(&map)
        .assert()
        .code(2)
        // A map written to a path not ending in .json is a folder of sheets.
        .stderr(predicates::str::contains(
            "it is a file, and a folder of files is written here",
        ));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), "keep me");
    actormap()
        .args([
            "export",
            "fixtures/crd-csss-partnership.json",
            "--to",
            "kumu-csv",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("give it with -o FOLDER"));
}

#[test]
fn a_matrix_with_a_bad_cell_names_its_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let matrix = dir.path().join("table.csv");
    // As Excel writes it: CRLF line ends.
    std::fs::write(
        &matrix,
        ";CLSC;Popote;Carrefour\r\nCLSC;;1;x\r\nPopote;1;;peut-être\r\nCarrefour;1;;\r\n",
    )
    .unwrap();
    let out = dir.path().join("table.json");
    let output = actormap()
        .arg("import")
        .arg(&matrix)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let expected = format!(
        "error: {}:3: (id \"popote\"): row \"Popote\", column \"Carrefour\": \"peut-être\" is not a tie\n",
        matrix.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(!out.exists());

    // Fixed, it imports, with the kinds to review on standard error.
    std::fs::write(
        &matrix,
        ";CLSC;Popote;Carrefour\nCLSC;;1;x\nPopote;1;;\nCarrefour;1;;\n",
    )
    .unwrap();
    let output = actormap()
        .arg("import")
        .arg(&matrix)
        .args(["--from", "matrix", "--level", "cooperation", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.matches("warning: ").count(), 3, "{stderr}");
    let map = actormap::read_path(&out).unwrap();
    assert_eq!(map.links.len(), 2);
    assert!(
        map.links
            .iter()
            .all(|l| l.level == Level::Cooperation && !l.directed)
    );
}

// Properties: hostile text survives GraphML and GEXF.

/// Text with what breaks naive XML writers: quotes, `<`, `&`, `>`, accents, line breaks
/// (also `\r`, which XML readers turn into `\n` unless it is escaped), tabs, and
/// `_x` sequences (the escape GraphML names use).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zé ]{1,12}",
        "\\PC{1,16}",
        "[<>&\"'\t\r\n _xé:]{0,4}[a-zé<&\"'\r\n]{1,6}",
        "_x[0-9A-F]{4}_[a-z]{0,3}",
    ]
}

fn word() -> impl Strategy<Value = String> {
    common::word(text())
}

/// Ids: no `|` (the list separator of services).
fn id() -> impl Strategy<Value = String> {
    common::id(text())
}

/// Free attributes, named with spaces, colons and the `extra:` and `:json` affixes too.
fn extra() -> impl Strategy<Value = Extra> {
    let name = prop_oneof![
        "x_[a-zA-Z0-9 ]{0,5}[a-z]",
        Just("label".to_owned()),
        Just("extra:note".to_owned()),
        Just("n:json".to_owned()),
        Just("Prénom usuel".to_owned()),
    ];
    common::extra(name, common::json_value(text(), 2, 8, 3, "[a-z]{1,4}"))
}

prop_compose! {
    fn hostile_map()(
        ids in prop::collection::hash_set(id(), 1..6),
        names in prop::collection::vec(text(), 6),
        kinds in prop::collection::vec(common::kind(), 6),
        details in prop::collection::vec((opt(word()), opt(word()), extra()), 6),
        link_specs in prop::collection::vec(
            (0usize..6, 0usize..6, opt(word()), common::level(),
             any::<bool>(), prop::option::of(0.0f64..1e6), opt(word()), extra()),
            0..8),
        forum in (id(), text(), opt(word()), extra()),
        meta in (opt(word()), opt(word()), opt(word()), extra()),
    ) -> ActorMap {
        let ids: Vec<String> = ids.into_iter().collect();
        let needs = vec![Need { id: "need 1".into(), name: "Besoin <1>".into(), extra: Extra::new() }];
        let actors: Vec<Actor> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let (organization, sector, extra) = details[i].clone();
                Actor {
                    id: id.clone(),
                    name: names[i].clone(),
                    kind: kinds[i],
                    organization,
                    sector,
                    territory: None,
                    services: if i % 2 == 0 { vec!["need 1".into()] } else { Vec::new() },
                    extra,
                }
            })
            .collect();
        let n = actors.len();
        let mut links: Vec<Link> = Vec::new();
        for (s, t, kind, level, directed, weight, notes, extra) in link_specs {
            let link = Link {
                source: ids[s % n].clone(),
                target: ids[t % n].clone(),
                kind,
                level,
                directed,
                weight,
                notes,
                since: None,
                until: None,
                extra,
            };
            // Imports merge connections entered twice; the map has none.
            let same = |l: &Link| {
                let ends = |l: &Link| if l.directed || l.source <= l.target {
                    (l.source.clone(), l.target.clone())
                } else {
                    (l.target.clone(), l.source.clone())
                };
                l.directed == link.directed && ends(l) == ends(&link)
                    && l.kind == link.kind && l.level == link.level
            };
            if !links.iter().any(same) {
                links.push(link);
            }
        }
        let (fid, fname, role, fextra) = forum;
        let forums = vec![Forum {
            id: fid,
            name: fname,
            kind: Some("table".into()),
            sector: None,
            needs: vec!["need 1".into()],
            members: vec![Member { actor: ids[0].clone(), role, extra: Extra::new() }],
            extra: fextra,
        }];
        let (name, territory, description, extra) = meta;
        ActorMap { name, territory, as_of: None, description, needs, actors, links, forums, extra }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn hostile_names_survive_graphml(map in hostile_map()) {
        let back = survives(&map, through_graphml(&map))?;
        prop_assert_eq!(actormap::io::to_json_string(&back), actormap::io::to_json_string(&map));
    }

    #[test]
    fn hostile_names_survive_gexf(map in hostile_map()) {
        let back = survives(&map, through_gexf(&map))?;
        prop_assert_eq!(actormap::io::to_json_string(&back), actormap::io::to_json_string(&map));
    }

    #[test]
    fn hostile_names_survive_kumu_json(map in hostile_map()) {
        survives(&map, through_kumu_json(&map))?;
    }

    #[test]
    fn hostile_attributes_and_ids_survive_kumu_json(map in kumu_hostile_map()) {
        survives(&map, through_kumu_json(&map))?;
    }

    #[test]
    fn hostile_attributes_and_ids_survive_kumu_sheets(map in kumu_hostile_map()) {
        survives(&map, through_kumu_sheets(&map))?;
    }
}

/// The hostile map with free attributes of hostile names and values on every record
/// (see `common::hostile_extra`), and ids that start or end with white space, a quote
/// or a formula character.
fn kumu_hostile_map() -> impl Strategy<Value = ActorMap> {
    let extras = prop::collection::vec(common::hostile_extra(text().boxed()), 24);
    let decorations = prop::collection::vec(0u8..6, 8);
    (hostile_map(), extras, decorations).prop_map(|(mut map, extras, decorations)| {
        let mut extras = extras.into_iter().cycle();
        let mut next = || extras.next().unwrap_or_default();
        for (i, actor) in map.actors.iter_mut().enumerate() {
            let id = match decorations[i] {
                0 => format!(" {}", actor.id),
                1 => format!("{} ", actor.id),
                2 => format!("'{}", actor.id),
                3 => format!("={}", actor.id),
                4 => format!("{} {}", actor.id, actor.id),
                _ => actor.id.clone(),
            };
            for link in &mut map.links {
                for end in [&mut link.source, &mut link.target] {
                    if *end == actor.id {
                        *end = id.clone();
                    }
                }
            }
            for member in map.forums.iter_mut().flat_map(|f| f.members.iter_mut()) {
                if member.actor == actor.id {
                    member.actor = id.clone();
                }
            }
            actor.id = id;
        }
        map.extra = next();
        for actor in &mut map.actors {
            actor.extra = next();
        }
        for link in &mut map.links {
            link.extra = next();
        }
        common::drop_field_names(&mut map);
        map
    })
}

/// The map read back, when it is `map` and was read without a problem to report.
fn survives(map: &ActorMap, back: Loaded) -> Result<ActorMap, TestCaseError> {
    let problems: Vec<String> = back.problems.iter().map(|p| p.to_string()).collect();
    prop_assert!(problems.is_empty(), "{:?}", problems);
    prop_assert_eq!(&back.map, map);
    Ok(back.map)
}

/// One hostile map, checked against the schema (the property above cannot run xmllint
/// on every case in reasonable time).
#[test]
fn hostile_names_pass_the_schema_check() {
    let map = actormap::io::from_json_str(
        r#"{"format": "actormap/1", "name": "<Table> & \"co\"",
            "actors": [
              {"id": "a b/c", "name": "A\r\nB\t<c>", "kind": "public", "Prénom usuel": "x", "label": 1},
              {"id": "_x0041_", "name": "'é'", "kind": "user", "n:json": [1, {"a": null}]},
              {"id": "😀", "name": "]]>", "kind": "private"}
            ],
            "links": [
              {"source": "a b/c", "target": "_x0041_", "level": "information", "directed": true},
              {"source": "_x0041_", "target": "😀", "level": "collaboration", "x y": 2.5}
            ]}"#,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hostile.graphml");
    std::fs::write(
        &file,
        actormap::interop::to_graphml(&map, &GraphmlOptions::default()).unwrap(),
    )
    .unwrap();
    assert_schema_valid(&file, "interop::hostile_names_pass_the_schema_check");
    let text = std::fs::read_to_string(&file).unwrap();
    let back = clean(
        actormap::interop::load_graphml(&text, None, &ImportOptions::default()).unwrap(),
        "graphml",
    );
    assert_same(&back, &map, "hostile graphml");
}

/// NetworkX's `read_graphml` reads every fixture's export back with the same nodes,
/// edges and attributes (`tests/reference/check_graphml.py`). It runs in the virtual
/// environment `.ci/run` prepares, or the Python named by `ACTORMAP_NETWORKX_PYTHON`.
#[test]
fn networkx_reads_every_graphml_export_back() {
    let Some(python) = common::tool(
        common::Tool::Networkx,
        "interop::networkx_reads_every_graphml_export_back",
    ) else {
        return;
    };
    let output = Process::new(&python)
        .arg("tests/reference/check_graphml.py")
        .arg(env!("CARGO_BIN_EXE_actormap"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}{stderr}");
    // Every fixture was read back.
    assert!(
        stdout
            .lines()
            .filter(|l| l.contains("read back by NetworkX"))
            .count()
            >= 8,
        "{stdout}"
    );
}

#[test]
fn a_kumu_key_given_twice_is_an_error_with_its_line_and_the_first_is_read() {
    let text = r#"{
  "elements": [{"label": "A", "type": "Public"}],
  "connections": [],
  "elements": [{"label": "B", "type": "Public", "label": "B2"}]
}"#;
    let loaded = actormap::interop::load_kumu_json(
        text,
        Some(Path::new("k.json")),
        &ImportOptions::default(),
    )
    .unwrap();
    let found: Vec<String> = loaded.check().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "k.json:4: field \"elements\" is written twice in the same record (keep one of them; only the first is read)"
        ]
    );
    assert_eq!(loaded.map.actors.len(), 1);
    assert_eq!(loaded.map.actors[0].name, "A");
    // In a record too, and beside Kumu's "attributes".
    let text = r#"{"elements": [
  {"label": "A", "type": "Public", "label": "A2"},
  {"label": "B", "type": "Public", "attributes": {"type": "Private", "note": "n"}}
]}"#;
    let loaded = actormap::interop::load_kumu_json(text, None, &ImportOptions::default()).unwrap();
    let found: Vec<String> = loaded.check().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "line 2: field \"label\" is written twice in the same record (keep one of them; only the first is read)",
            "line 3: attribute \"type\" is given twice; the first is kept (keep one of them)",
        ]
    );
    assert_eq!(loaded.map.actors[1].kind, actormap::ActorKind::Public);
    assert_eq!(loaded.map.actors[1].extra["note"], "n");
}

#[test]
fn kumu_fields_named_like_the_maps_own_make_a_readable_map() {
    let text = r#"{
  "elements": [{"label": "A", "type": "Public", "kind": "x"}, {"label": "B", "type": "Public"}],
  "connections": [{"from": "A", "to": "B", "type": "Information", "source": "web", "level": "z"}]
}"#;
    let map = actormap::interop::load_kumu_json(text, None, &ImportOptions::default())
        .unwrap()
        .into_map()
        .unwrap();
    assert_eq!(map.actors[0].extra["extra:kind"], "x");
    assert_eq!(map.links[0].extra["extra:source"], "web");
    let json = actormap::io::to_json_string(&map);
    let back = actormap::io::load_json(&json, None).unwrap();
    assert!(back.check().is_empty(), "{json}");
    assert_eq!(back.map, map);
}

#[test]
fn kumu_sheets_keep_guarded_headers_spaced_ids_and_report_files_they_do_not_read() {
    let map = actormap::io::from_json_str(
        r#"{"format": "actormap/1",
            "actors": [
              {"id": " a b ", "name": "A", "kind": "public", "=cmd": "x", "": "e", "Label": "l"},
              {"id": "c d", "name": "C", "kind": "private", "n": 1e2}
            ],
            "links": [{"source": " a b ", "target": "c d", "level": "information", "=f": "z"}]}"#,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    actormap::interop::write_kumu_sheets(&map, dir.path()).unwrap();
    let elements = std::fs::read_to_string(dir.path().join("elements.csv")).unwrap();
    assert!(
        elements.starts_with("ID,Label,Type,Organization,Sector,Territory,Services,'=cmd,extra:,extra:Label,n:json\n' a b ,"),
        "{elements}"
    );
    std::fs::write(dir.path().join("elements - Copie.csv"), "Label\nX\n").unwrap();
    let back = actormap::interop::load_kumu_sheets(dir.path(), &ImportOptions::default()).unwrap();
    let found: Vec<String> = back.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [format!(
            "{}: file \"elements - Copie.csv\" is not read; the map is read from \"elements.csv\" (if it holds part of the map, move that part into \"elements.csv\"; then move the file out of the folder)",
            dir.path().join("elements - Copie.csv").display()
        )]
    );
    assert_eq!(back.map, map);
}

/// Exports are written as they are made, a piece at a time: the file holds the same
/// bytes as the text made whole, for a map whose text crosses the writer's buffer many
/// times.
#[test]
fn streamed_exports_are_the_texts_made_whole() {
    let map = actormap::generate::generate(
        &actormap::generate::GenerateOptions::default().with_actors(2000),
    );
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [
        (actormap::interop::ExportFormat::Graphml, "map.graphml"),
        (actormap::interop::ExportFormat::Gexf, "map.gexf"),
        (actormap::interop::ExportFormat::Kumu, "map.json"),
    ] {
        let path = dir.path().join(name);
        actormap::interop::export_path(&map, format, &path, &[]).unwrap();
        let text = actormap::interop::export_text(&map, format, &[])
            .unwrap()
            .unwrap();
        assert!(text.len() > 1 << 20, "{name}: {} bytes", text.len());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "{name}");
    }
}
