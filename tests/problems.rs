//! Every problem code has its words in every language: each is found in real inputs
//! (the bad-input corpus, imports of other tools' files, rule files), and each renders in
//! English and French with every argument it names.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use actormap::words::{self, Args, Lang};
use actormap::{
    Actor, ActorKind, ActorMap, Level, Link, Network, View, gaps::RuleSet, interop::ImportOptions,
    io::ReadOptions, validate::Location, validate::Problem, validate::ProblemCode,
    validate::ProblemSeverity,
};

fn imported(loaded: actormap::Result<actormap::io::Loaded>) -> Vec<Problem> {
    loaded.unwrap().check()
}

/// Problems of files of the other tools, each written to show several codes.
fn import_problems() -> Vec<Problem> {
    let options = ImportOptions::default();
    let graphml = r#"<graphml>
<key id="k" for="node" attr.name="kind"/>
<key id="k" for="node" attr.name="kind"/>
<key id="n" for="node" attr.name="count" attr.type="int"/>
<key id="lv" for="edge" attr.name="level"/>
<key id="w" for="edge" attr.name="weight" attr.type="double"/>
<key id="d" for="edge" attr.name="directed"/>
<key id="needs" for="graph" attr.name="needs"/>
<key id="kd" for="edge" attr.name="kind"/>
<graph edgedefault="undirected">
<data key="needs">not json</data>
<node id="a"><data key="k">bidule</data><data key="n">x</data><data key="n">y</data><data key="zz">q</data></node>
<node id="b"><graph/></node>
<node id="c"/>
<node/>
<edge source="a" target="b"><data key="lv">haut</data><data key="w">lourd</data><data key="d">peut-être</data></edge>
<edge source="b" target="c"/>
<edge source="b" target="c"/>
<edge source="b"/>
<edge source="a" target="c"><data key="kd">referral</data></edge>
<edge source="a" target="c"><data key="kd">referral</data></edge>
<hyperedge/>
</graph>
<graph/>
</graphml>"#;
    let gexf = r#"<gexf><graph>
<attributes class="node"><attribute id="0" title="budget" type="integer"/></attributes>
<nodes>
<node id="a" label="A"><attvalues><attvalue for="0" value="beaucoup"/><attvalue for="0" value="2"/></attvalues></node>
<node id="b" label="B"><nodes><node id="c"/></nodes></node>
</nodes></graph></gexf>"#;
    let kumu = r#"{
"elements": [
  3,
  {"type": "Public"},
  {"label": {"x": 1}},
  {"label": "A", "type": "bidule"},
  {"label": "B", "type": "Public"}
],
"connections": [
  {"from": "B", "to": "Z"},
  {"from": "B", "to": "B", "type": "haut", "direction": "sideways", "weight": "lourd"},
  {"to": "B"}
]}"#;
    let mut problems = Vec::new();
    problems.extend(imported(actormap::interop::load_graphml(
        graphml, None, &options,
    )));
    // Well-formed or not: a document type, an unknown entity, nothing, two roots, an
    // element closed by another name.
    for text in [
        "<graphml>",
        "<gexf/>",
        "<graphml/>",
        "<!DOCTYPE graphml><graphml/>",
        "<graphml>&nope;</graphml>",
        " ",
        "<graphml/><graphml/>",
        "<graphml><a></b></graphml>",
        "<graphml><gr&aph/></graphml>",
        "<graphml a=\"<\"/>",
    ] {
        problems.extend(imported(actormap::interop::load_graphml(
            text, None, &options,
        )));
    }
    problems.extend(imported(actormap::interop::load_gexf(gexf, None, &options)));
    for text in ["<graphml/>", "<gexf/>"] {
        problems.extend(imported(actormap::interop::load_gexf(text, None, &options)));
    }
    problems.extend(imported(actormap::interop::load_kumu_json(
        kumu, None, &options,
    )));
    // Keys given twice, at the top, in a record and beside Kumu's "attributes", and the
    // map's own data holding actors.
    let kumu_twice = r#"{
"elements": [{"label": "A", "type": "Public", "label": "A2"}],
"elements": [{"label": "B", "type": "Public", "attributes": {"type": "Private"}}],
"actormap": {"format": "actormap/1", "actors": [{"id": "x", "name": "X", "kind": "public"}]}
}"#;
    problems.extend(imported(actormap::interop::load_kumu_json(
        kumu_twice, None, &options,
    )));
    for text in ["[1]", "{}", "{\"elements\": 5}"] {
        problems.extend(imported(actormap::interop::load_kumu_json(
            text, None, &options,
        )));
    }
    for text in [
        "",
        ",\n",
        ",A,,A\n",
        ",A,B\nA,1,\n",
        ",A,B\nA,A,peut-être\nZ,1,\n,1,\nB,1,,,2\nB,1,\nB,,\n",
    ] {
        problems.extend(imported(actormap::interop::load_matrix(
            text, None, &options,
        )));
    }
    // Kumu's spreadsheets, with the map's own data broken.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("elements.csv"),
        "Label,Type\n,Public\nA,Public\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("actormap.json"), "{\"needs\": [").unwrap();
    problems.extend(imported(actormap::interop::load_kumu_sheets(
        dir.path(),
        &options,
    )));
    problems
}

/// Problems of maps and spreadsheets written for the codes the corpus does not show.
fn map_problems() -> Vec<Problem> {
    let mut problems = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("actors.csv"), "id,,name,kind\n").unwrap();
    problems.extend(
        actormap::check::check_path(dir.path(), &ReadOptions::default())
            .unwrap()
            .problems,
    );
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "actors.csv",
        "id,name,kind\n,A,public\nb,,public\nc,C,public\n",
    );
    write("links.csv", "source,target,level\nc,,information\n");
    write("map.csv", "field,value\nbudget:json,12 000\n");
    problems.extend(
        actormap::check::check_path(dir.path(), &ReadOptions::default())
            .unwrap()
            .problems,
    );

    let text = r#"{"format": "autre", "extra": [1e400],
        "actors": [{"id": "a\nb", "name": "A", "kind": "public", "note": "\u0007"},
                   {"id": "c", "name": "C", "kind": "public"}],
        "links": [{"source": "a\nb", "target": "c", "level": "information"},
                  {"source": "c", "target": "a\nb", "level": "information"}]}"#;
    problems.extend(actormap::io::load_json(text, None).unwrap().check());

    let rules = r#"{"format": "autre", "name": "x", "rules": [
        {"id": "", "size": {}},
        {"id": "a", "kinds": [{"kinds": [], "min": 1}],
         "roles": [{"role": "member"}, {"role": "member", "min": 3, "max": 1}]},
        {"id": "a"}]}"#;
    let err = RuleSet::from_json_str(rules, None).unwrap_err();
    problems.extend(err.problems().iter().cloned());

    let mut links = String::new();
    for i in 0..=actormap::io::MAX_PROBLEMS_PER_KIND {
        links.push_str(&format!(
            r#"{{"source": "a", "target": "x{i}", "level": "information"}},"#
        ));
    }
    let text = format!(
        r#"{{"format": "actormap/1",
            "actors": [{{"id": "a", "name": "A", "kind": "public"}}, {{"id": "b", "name": "B", "kind": "user"}}],
            "links": [{links} {{"source": "a", "target": "b", "level": "information", "weight": -1}}]}}"#
    );
    problems.extend(actormap::io::load_json(&text, None).unwrap().check());

    // A map built in code, not validated: the view refuses it.
    let mut map = ActorMap::default();
    map.actors.push(Actor::new("a", "A", ActorKind::Public));
    map.actors.push(Actor::new("a", "B", ActorKind::Public));
    map.links.push(Link::new("a", "zz", Level::Information));
    let err = Network::new(&map, &View::default()).unwrap_err();
    problems.extend(err.problems().iter().cloned());
    problems
}

/// Every problem the corpus, the imports and the rule files give.
fn every_problem() -> Vec<Problem> {
    let mut problems = Vec::new();
    for dir in ["fixtures/bad", "fixtures/warn"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() || path.extension().is_some_and(|e| e == "json") {
                if let Ok(report) = actormap::check::check_path(&path, &ReadOptions::default()) {
                    problems.extend(report.problems);
                }
            }
        }
    }
    for entry in std::fs::read_dir("fixtures/bad-rules").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            if let Err(e) = RuleSet::read_path(&path) {
                problems.extend(e.problems().iter().cloned());
            }
        }
    }
    problems.extend(import_problems());
    problems.extend(map_problems());
    // CSV text the reader is given whole never fails to parse; its words are kept for a
    // reader that one day reads bytes.
    for shape in ["header", "row", "matrix-header", "matrix-row"] {
        problems.push(Problem::new(
            ProblemSeverity::Error,
            ProblemCode::BadCsv,
            Location::default(),
            Args::new()
                .select("shape", shape)
                .with("reason", "unexpected end"),
        ));
    }
    problems
}

#[test]
fn every_problem_code_has_its_message_in_every_language() {
    for code in ProblemCode::ALL {
        let id = format!("problem-{code}");
        for lang in Lang::ALL {
            assert!(words::has_message(lang, &id), "{lang}: no {id}");
        }
        assert_eq!(
            words::has_attribute(Lang::En, &id, "help"),
            words::has_attribute(Lang::Fr, &id, "help"),
            "{id}: help in one language only"
        );
    }
}

#[test]
fn every_problem_code_is_found_and_renders_in_both_languages() {
    let problems = every_problem();
    let found: BTreeSet<ProblemCode> = problems.iter().map(|p| p.code).collect();
    let missing: Vec<&ProblemCode> = ProblemCode::ALL
        .iter()
        .filter(|c| !found.contains(c))
        .collect();
    assert!(missing.is_empty(), "no input gives {missing:?}");
    let mut shapes = BTreeSet::new();
    for p in &problems {
        if let Some(words::Arg::Text(shape)) = p.args.get("shape") {
            shapes.insert(format!("problem-{}/{shape}", p.code));
        }
        for lang in Lang::ALL {
            let message = p.message(lang);
            let help = p.help(lang);
            for text in std::iter::once(&message).chain(help.as_ref()) {
                assert!(!text.trim().is_empty(), "{} in {lang}: empty", p.code);
                assert!(!text.contains("{$") && !text.contains("{ $"), "{text}");
                assert!(!text.contains('⟦') && !text.contains("problem-"), "{text}");
            }
            assert_eq!(
                help.is_some(),
                p.help(Lang::En).is_some(),
                "{}: help in one language only",
                p.code
            );
            assert!(!p.to_text(lang).is_empty());
        }
        // The pseudo-language proves the words are the catalog's.
        common::assert_from_catalogs(&p.to_text(Lang::Pseudo), &data_of(p));
    }
    let catalog = catalog_shapes();
    assert!(catalog.len() > 60, "{catalog:?}");
    let unseen: Vec<String> = catalog.difference(&shapes).cloned().collect();
    assert!(unseen.is_empty(), "no input gives the shapes {unseen:?}");
}

/// Every `$shape` a problem message chooses its words by, as `problem-<code>/<shape>`.
fn catalog_shapes() -> BTreeSet<String> {
    use fluent_syntax::ast;
    fn pattern(id: &str, p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { selector, variants },
            } = el
            {
                if let ast::InlineExpression::VariableReference { id: var } = selector {
                    if var.name == "shape" {
                        for v in variants {
                            if let ast::VariantKey::Identifier { name } = v.key {
                                if name != "other" {
                                    out.insert(format!("{id}/{name}"));
                                }
                            }
                        }
                    }
                }
                for v in variants {
                    pattern(id, &v.value, out);
                }
            }
        }
    }
    let (_, text) = words::catalog_sources(Lang::En)
        .iter()
        .find(|(area, _)| *area == "check")
        .unwrap();
    let resource = fluent_syntax::parser::parse(*text).unwrap();
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            if !m.id.name.starts_with("problem-") {
                continue;
            }
            if let Some(v) = &m.value {
                pattern(m.id.name, v, &mut out);
            }
            for a in &m.attributes {
                pattern(m.id.name, &a.value, &mut out);
            }
        }
    }
    out
}

/// The texts of a problem that are data: its location and the strings of its arguments.
fn data_of(p: &Problem) -> Vec<String> {
    let mut out = Vec::new();
    common::json_texts(&serde_json::to_value(&p.args).unwrap(), &mut out);
    common::json_texts(&serde_json::to_value(&p.location).unwrap(), &mut out);
    // Text as people see it: invisible characters escaped.
    common::with_shown_forms(out)
}

#[test]
fn problems_read_back_from_json() {
    let report = actormap::check::check_path(
        Path::new("fixtures/bad/several-problems.json"),
        &Default::default(),
    )
    .unwrap();
    let json = serde_json::to_string(&report.problems).unwrap();
    let back: Vec<Problem> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report.problems);
    assert_eq!(
        back[1].message(Lang::Fr),
        "type inconnu «\u{a0}municipal\u{a0}»"
    );
}
