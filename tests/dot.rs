//! Diagrams against the real Graphviz: every label survives whatever the names hold, the
//! fixtures render, and the `dot` and `render` commands behave; the legend's words come
//! from the catalogs.
//!
//! The tests that run Graphviz skip, with one line saying so, when it is not installed
//! (`apt-get install graphviz`); `ACTORMAP_REQUIRE_TOOLS=1` makes them fail instead.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use actormap::{
    Actor, ActorKind, ActorMap, Forum, Lang, Level, Link, dot::ClusterBy, dot::DotOptions,
    model::Member, render::ImageFormat, render::Layout,
};
use assert_cmd::Command as Cmd;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde_json::Value;

/// Graphviz's `dot`, or `None` (and one line saying `test` was skipped) without it.
fn graphviz(test: &str) -> Option<PathBuf> {
    common::tool(common::Tool::Graphviz, &format!("dot::{test}"))
}

/// Run `dot -Tjson` on DOT text: the parsed layout, or Graphviz's complaint.
fn graphviz_json(graphviz: &Path, dot: &str) -> Result<Value, String> {
    let mut child = Command::new(graphviz)
        .arg("-Tjson")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot runs");
    let mut stdin = child.stdin.take().unwrap();
    let text = dot.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child.wait_with_output().expect("dot finishes");
    writer.join().unwrap().expect("dot reads its input");
    if !output.status.success() {
        return Err(format!(
            "dot rejected the diagram: {}\n{dot}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("dot wrote JSON that does not parse ({e}) for\n{dot}"))
}

/// What a label attribute holds after Graphviz read it (`-Tjson` shows attributes as
/// read), turned back into the text drawn: Graphviz's label escapes `\\` and `\n`, and
/// the entity `&amp;`. Written here from Graphviz's rules, not from the crate's code; any
/// other backslash or entity would be read by Graphviz, so it is an error.
fn drawn_text(label: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = label;
    while let Some(c) = rest.chars().next() {
        if let Some(tail) = rest.strip_prefix("\\\\") {
            out.push('\\');
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("\\n") {
            out.push('\n');
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("&amp;") {
            out.push('&');
            rest = tail;
        } else if c == '\\' || c == '&' {
            return Err(format!(
                "label {label:?} holds {rest:?}, which Graphviz may read as an escape or an entity"
            ));
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(out)
}

/// The text a name should be drawn as: line breaks as `\n`, control characters other
/// than tab as their Unicode control pictures.
fn expected_text(name: &str) -> String {
    let name = name.replace("\r\n", "\n").replace('\r', "\n");
    name.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).unwrap(),
            '\x7f' => '\u{2421}',
            c => c,
        })
        .collect()
}

/// The lines Graphviz drew for an object (its `_ldraw_` text operations).
fn drawn_lines(object: &Value) -> Vec<String> {
    object["_ldraw_"]
        .as_array()
        .map(|ops| {
            ops.iter()
                .filter(|op| op["op"] == "T")
                .map(|op| op["text"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Check one label: Graphviz read `label`, and drew it, as `want` (up to wrapping when
/// `wrapped`: then only spaces may have become line breaks).
fn check_label(what: &str, object: &Value, want: &str, wrapped: bool) -> Result<(), String> {
    let label = object["label"]
        .as_str()
        .ok_or_else(|| format!("{what}: no label in {object}"))?;
    let got = drawn_text(label).map_err(|e| format!("{what}: {e}"))?;
    let same = if wrapped {
        got.chars().count() == want.chars().count()
            && got
                .chars()
                .zip(want.chars())
                .all(|(g, w)| g == w || (g == '\n' && w == ' '))
    } else {
        got == want
    };
    if !same {
        return Err(format!("{what}: drawn as {got:?}, named {want:?}"));
    }
    // What Graphviz actually drew: the non-empty lines of the text.
    let lines: Vec<&str> = got.split('\n').filter(|l| !l.is_empty()).collect();
    let drawn = drawn_lines(object);
    if drawn != lines {
        return Err(format!("{what}: Graphviz drew {drawn:?} for {got:?}"));
    }
    Ok(())
}

/// Characters that have broken DOT writers: quotes, backslashes and what follows them
/// in Graphviz escapes, line breaks, braces, brackets, entities, controls.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            '"', '\\', '\n', '\r', '{', '}', '<', '>', '&', ';', '[', ']', '=', ',', '#', '/',
            '*', ' ', ' ', ' ', '\t', '\0', '\x07', '\x7f', 'N', 'G', 'l', 'r', 'n', 'T', 'E',
            'H', 'L', '-', '>', 'a', '0', '\u{a0}', '\u{2028}', '\u{feff}', '\u{200d}',
            '\u{301}', '\u{85}',
        ]),
        2 => prop::sample::select(vec!['é', 'à', 'ç', 'Œ', '—', '«', '»', '’', '·', 'É']),
        3 => any::<char>(),
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(hostile_char(), 0..24).prop_map(|c| c.into_iter().collect()),
        1 => prop::sample::select(vec![
            "\\N", "\\G", "\\l", "\\\"", "&amp;", "&#65;", "&eacute;", "a0 -- a1", "\"]; x [",
            "<b>html</b>", "}", "{", "\\", "\"", "", " ", "\n", "\r\n", "Ligne 1\nLigne 2",
        ])
        .prop_map(str::to_owned),
    ]
}

#[derive(Debug, Clone)]
struct Case {
    map: ActorMap,
    cluster_by: Option<ClusterBy>,
    legend: bool,
    lang: Lang,
}

fn case() -> impl Strategy<Value = Case> {
    let actors = prop::collection::vec((name(), 0..4usize, prop::option::of(name())), 1..7);
    let links = prop::collection::vec((0..7usize, 0..7usize, 0..4usize, any::<bool>()), 0..8);
    let forums = prop::collection::vec((name(), prop::collection::vec(0..7usize, 0..4)), 0..3);
    let title = (
        prop::option::of(name()),
        prop::option::of(name()),
        prop::option::of(name()),
    );
    let cluster = prop::option::of(prop::sample::select(vec![
        ClusterBy::Territory,
        ClusterBy::Forum,
        ClusterBy::Kind,
    ]));
    (
        actors,
        links,
        forums,
        title,
        cluster,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(actors, links, forums, (name, territory, as_of), cluster_by, legend, french)| {
                let n = actors.len();
                let mut map = ActorMap {
                    name,
                    territory,
                    as_of,
                    ..ActorMap::default()
                };
                for (i, (name, kind, territory)) in actors.into_iter().enumerate() {
                    let mut actor = Actor::new(format!("actor-{i}"), name, ActorKind::ALL[kind]);
                    actor.territory = territory;
                    map.actors.push(actor);
                }
                for (s, t, level, directed) in links {
                    let mut link = Link::new(
                        format!("actor-{}", s % n),
                        format!("actor-{}", t % n),
                        Level::ALL[level],
                    );
                    link.directed = directed;
                    map.links.push(link);
                }
                for (f, (name, members)) in forums.into_iter().enumerate() {
                    map.forums.push(Forum {
                        id: format!("forum-{f}"),
                        name,
                        kind: None,
                        sector: None,
                        needs: Vec::new(),
                        members: members
                            .into_iter()
                            .map(|m| Member {
                                actor: format!("actor-{}", m % n),
                                role: None,
                                extra: Default::default(),
                            })
                            .collect(),
                        extra: Default::default(),
                    });
                }
                Case {
                    map,
                    cluster_by,
                    legend,
                    lang: if french { Lang::Fr } else { Lang::En },
                }
            },
        )
}

/// Draw a case with Graphviz and check every label it holds: actors, clusters, title.
fn check_case(graphviz: &Path, case: &Case, wrap: Option<usize>) -> Result<(), String> {
    let options = DotOptions::default()
        .with_cluster_by(case.cluster_by)
        .with_legend(case.legend)
        .with_lang(case.lang)
        .with_wrap(wrap);
    let dot = actormap::dot::to_dot(&case.map, &options)
        .map_err(|e| e.to_string())?
        .to_string();
    let layout = graphviz_json(graphviz, &dot)?;
    let wrapped = wrap.is_some_and(|w| w > 0);
    let mut seen = 0;
    for object in layout["objects"].as_array().into_iter().flatten() {
        let name = object["name"].as_str().unwrap_or_default();
        if let Some(index) = name.strip_prefix('a').and_then(|i| i.parse::<usize>().ok()) {
            let want = expected_text(&case.map.actors[index].name);
            check_label(&format!("actor {index}"), object, &want, wrapped)?;
            seen += 1;
        } else if name.starts_with("cluster_") && name != "cluster_legend" {
            let key = drawn_text(object["label"].as_str().unwrap_or_default())?;
            let want = match case.cluster_by {
                Some(ClusterBy::Forum) => case
                    .map
                    .forums
                    .iter()
                    .map(|f| expected_text(&f.name))
                    .find(|n| *n == key),
                Some(ClusterBy::Territory) => case
                    .map
                    .actors
                    .iter()
                    .filter_map(|a| a.territory.as_deref())
                    .map(expected_text)
                    .find(|t| *t == key),
                _ => Some(key.clone()),
            };
            let want = want.ok_or_else(|| format!("cluster label {key:?} names nothing"))?;
            check_label(name, object, &want, false)?;
        }
    }
    if seen != case.map.actors.len() {
        return Err(format!("{seen} actors drawn of {}", case.map.actors.len()));
    }
    let map = &case.map;
    let mut title = map.name.clone().unwrap_or_default();
    let place: Vec<&str> = [map.territory.as_deref(), map.as_of.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        if !title.is_empty() {
            title.push('\n');
        }
        title.push_str(&place.join(" · "));
    }
    if !title.is_empty() {
        check_label("title", &layout, &expected_text(&title), false)?;
    }
    Ok(())
}

/// Run a property over `cases` random values, each checked against the real Graphviz;
/// without Graphviz, nothing runs (and no failure is recorded in
/// `tests/dot.proptest-regressions`, which the runner reads and writes as `proptest!`
/// does).
fn graphviz_property<S: Strategy>(
    test: &'static str,
    cases: u32,
    strategy: S,
    check: impl Fn(&Path, S::Value) -> Result<(), String>,
) {
    let Some(graphviz) = graphviz(test) else {
        return;
    };
    let config = ProptestConfig {
        cases,
        source_file: Some(file!()),
        test_name: Some(test),
        ..ProptestConfig::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        check(&graphviz, value).map_err(TestCaseError::fail)
    });
    if let Err(e) = result {
        panic!("{e}\n{runner}");
    }
}

// Every case is one run of the real `dot`, with up to six actors, three forums and a
// title, all named at random.
#[test]
fn every_label_survives_graphviz_exactly() {
    graphviz_property(
        "every_label_survives_graphviz_exactly",
        1000,
        case(),
        |graphviz, case| check_case(graphviz, &case, None),
    );
}

#[test]
fn wrapped_labels_only_break_at_spaces() {
    graphviz_property(
        "wrapped_labels_only_break_at_spaces",
        300,
        (case(), 1..30usize),
        |graphviz, (case, wrap)| check_case(graphviz, &case, Some(wrap)),
    );
}

const FIXTURES: [&str; 3] = [
    "fixtures/pierre-de-saurel-aines.json",
    "fixtures/itss-action-group.json",
    "fixtures/crd-csss-partnership.json",
];

#[test]
fn every_fixture_renders_to_svg_and_png() {
    if graphviz("every_fixture_renders_to_svg_and_png").is_none() {
        return;
    }
    for path in FIXTURES {
        let map = actormap::read_path(path).unwrap();
        let options = DotOptions::default()
            .with_cluster_by(Some(ClusterBy::Organization))
            .with_lang(Lang::Fr);
        let dot = actormap::dot::to_dot(&map, &options).unwrap();
        let svg = actormap::render::render(&dot, Layout::Dot, ImageFormat::Svg).unwrap();
        let svg = String::from_utf8(svg).unwrap();
        assert!(
            svg.contains("<svg") && svg.trim_end().ends_with("</svg>"),
            "{path}"
        );
        assert!(svg.contains("Légende"), "{path}");
        let png = actormap::render::render(&dot, Layout::Dot, ImageFormat::Png).unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{path}");
        assert!(png.len() > 10_000, "{path}: {} bytes", png.len());
    }
    let map = actormap::read_path(FIXTURES[2]).unwrap();
    let dot = actormap::dot::to_dot(&map, &DotOptions::default()).unwrap();
    for layout in Layout::ALL {
        let pdf = actormap::render::render(&dot, layout, ImageFormat::Pdf).unwrap();
        assert!(pdf.starts_with(b"%PDF"), "{layout}");
    }
}

fn actormap() -> Cmd {
    Cmd::cargo_bin("actormap").unwrap()
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn dot_command_writes_to_stdout_or_a_file() {
    let out = actormap()
        .args(["dot", FIXTURES[0], "--cluster-by", "organization"])
        .args(["--highlight", "isolation", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("graph actormap {\n"));
    assert!(text.contains(r#"label="CISSS de la Montérégie-Est""#));
    assert!(text.contains(r#"label="Aucun lien""#));
    assert!(text.contains("peripheries=2"));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("carte des acteurs.dot");
    let out = actormap()
        .args(["dot", FIXTURES[1], "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    let map = actormap::read_path(FIXTURES[1]).unwrap();
    let expected = actormap::dot::to_dot(&map, &DotOptions::default()).unwrap();
    assert_eq!(written, expected.to_string());
}

#[test]
fn dot_command_focus_forum_and_anonymize() {
    let out = actormap()
        .args(["dot", FIXTURES[0], "--forum", "table-aines", "--no-legend"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let nodes = stdout(&out)
        .lines()
        .filter(|l| l.trim_start().starts_with('a') && l.contains("[label="))
        .count();
    assert_eq!(nodes, 14);

    let out = actormap()
        .args(["dot", FIXTURES[0], "--focus", "lucie-m", "--depth", "1"])
        .args(["--anonymize", "users", "--lang", "fr"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(r#"label="Usager 3""#), "{text}");
    for name in ["Lucie", "Denis", "Réjean"] {
        assert!(!text.contains(name), "{name} in {text}");
    }

    let out = actormap()
        .args(["dot", FIXTURES[0], "--min-level", "collaboration"])
        .args(["--kinds", "public,community"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("shape=circle"), "{text}");
    assert!(!text.contains("style=dotted"), "{text}");
}

#[test]
fn unknown_forum_or_actor_is_a_clear_error() {
    let out = actormap()
        .args(["dot", FIXTURES[0], "--forum", "table-aine"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "actormap: error: no forum with id \"table-aine\" in the map; did you mean \"table-aines\"?\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let never = dir.path().join("never.svg");
    let out = actormap()
        .args(["render", FIXTURES[0], "--focus", "nobody", "-o"])
        .arg(&never)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no actor with id \"nobody\""));
    assert!(!never.exists());
}

#[test]
fn render_command_draws_images_with_any_file_name() {
    if graphviz("render_command_draws_images_with_any_file_name").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("carte des acteurs (aînés).svg");
    let out = actormap()
        .args(["render", FIXTURES[0], "--cluster-by", "organization"])
        .args(["--highlight", "isolation", "-o"])
        .arg(&svg)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Legend"));

    let png = dir.path().join("map.PNG");
    let out = actormap()
        .args([
            "render",
            FIXTURES[2],
            "--layout",
            "fdp",
            "--lang",
            "fr",
            "-o",
        ])
        .arg(&png)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn render_refuses_unknown_formats_and_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let jpg = dir.path().join("map.jpg");
    let out = actormap()
        .args(["render", FIXTURES[0], "-o"])
        .arg(&jpg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("extensions svg, png, pdf"),
        "{}",
        stderr(&out)
    );

    let input = dir.path().join("map.svg");
    std::fs::copy(FIXTURES[2], &input).unwrap();
    let out = actormap()
        .arg("render")
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("over its own input"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&input).unwrap(),
        std::fs::read(FIXTURES[2]).unwrap()
    );
    let out = actormap()
        .arg("dot")
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = actormap()
        .env("PATH", empty.path())
        .args(["render", FIXTURES[2], "-o"])
        .arg(dir.path().join("map.svg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(
        message.contains("Graphviz is not installed (the `dot` program was not found)"),
        "{message}"
    );
    assert!(message.contains("apt-get install graphviz"), "{message}");
    assert!(message.contains("`actormap dot` writes the DOT text without it"));
    assert!(!dir.path().join("map.svg").exists());
    // The DOT text needs nothing.
    let out = actormap()
        .env("PATH", empty.path())
        .args(["dot", FIXTURES[2]])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn render_needs_no_temporary_folder() {
    if graphviz("render_needs_no_temporary_folder").is_none() {
        return;
    }
    // Graphviz reads the diagram from a pipe: no temporary file, so no temporary folder.
    let dir = tempfile::tempdir().unwrap();
    let out = actormap()
        .env("TMPDIR", dir.path().join("gone"))
        .args(["render", FIXTURES[2], "-o"])
        .arg(dir.path().join("map.svg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("map.svg")).unwrap();
    assert!(svg.contains("<svg"), "{svg}");
}

/// The line of the node whose label starts with `name`.
fn node_line<'a>(dot: &'a str, name: &str) -> Option<&'a str> {
    dot.lines()
        .find(|l| l.contains(&format!("[label=\"{name}")))
}

#[test]
fn highlights_and_sizes_come_from_the_metrics_and_gaps() {
    let map = "fixtures/pierre-de-saurel-aines.json";
    // Gaps: the table's members, and the two best candidates drawn dashed beside them.
    let out = actormap()
        .args([
            "dot",
            map,
            "--forum",
            "table-aines",
            "--highlight",
            "gaps",
            "--top",
            "2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let dot = stdout(&out);
    for candidate in [
        "CISSS de la\\nMontérégie-Est —\\nSoutien",
        "CISSS de la\\nMontérégie-Est —\\nConseiller",
    ] {
        let line = node_line(&dot, candidate).unwrap_or_else(|| panic!("{candidate} drawn"));
        assert!(line.contains("dashed"), "{line}");
    }
    let member = node_line(&dot, "Popote roulante").unwrap();
    assert!(
        !member.contains("dashed") && member.contains("penwidth=3"),
        "{member}"
    );
    // A third-best candidate is not drawn: only members and the top two.
    let members = actormap::read_path(map)
        .unwrap()
        .forum("table-aines")
        .unwrap()
        .members
        .len();
    assert_eq!(
        dot.lines()
            .filter(|l| l.trim_start().starts_with("a") && l.contains("[label="))
            .count(),
        members + 2
    );

    // Isolation: the Carrefour holds the caregivers' groups to the rest (double border).
    let out = actormap()
        .args(["dot", map, "--highlight", "isolation"])
        .output()
        .unwrap();
    let dot = stdout(&out);
    assert!(
        node_line(&dot, "Carrefour des")
            .unwrap()
            .contains("peripheries=2")
    );

    // Sizes by betweenness: the Carrefour, the main broker, is drawn largest.
    let out = actormap()
        .args(["dot", map, "--size-by", "betweenness", "--no-legend"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let dot = stdout(&out);
    let font = |name: &str| -> f64 {
        let line = node_line(&dot, name).unwrap();
        let at = line.find("fontsize=").expect("sized") + "fontsize=".len();
        line[at..]
            .split([' ', ']'])
            .next()
            .unwrap()
            .trim_matches('"')
            .parse()
            .unwrap()
    };
    assert!(font("Carrefour des") > font("Popote roulante"));

    // Gaps without a forum is refused.
    let out = actormap()
        .args(["dot", map, "--highlight", "gaps"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--highlight gaps needs --forum"));
}

/// A DOT double-quoted string's text, its escapes read back.
fn unquoted(quoted: &str) -> String {
    let mut out = String::new();
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some('n')) => {
                out.push('\n');
                chars.next();
            }
            ('\\', Some(next)) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out.replace("&amp;", "&")
}

/// The words of a diagram that are not actors' names: the title, the clusters' titles,
/// the legend's title and entries, the names of its lines. One per line.
fn diagram_words(dot: &str) -> String {
    let mut out = Vec::new();
    let legend = dot.find("subgraph cluster_legend {").unwrap_or(dot.len());
    for (at, line) in dot.lines().scan(0, |at, line| {
        let here = *at;
        *at += line.len() + 1;
        Some((here, line))
    }) {
        let trimmed = line.trim_start();
        let labelled = trimmed.starts_with("graph[label=")
            || trimmed.starts_with("label=")
            || (at > legend && trimmed.starts_with("legend_"));
        if let Some(start) = line.find("label=\"").filter(|_| labelled) {
            let rest = &line[start + "label=\"".len()..];
            let mut end = 0;
            let mut escaped = false;
            for (i, c) in rest.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = i;
                        break;
                    }
                    _ => escaped = false,
                }
            }
            out.push(unquoted(&rest[..end]));
        }
        for cell in line.split("<TD ALIGN=\"LEFT\">").skip(1) {
            let cell = &cell[..cell.find("</TD>").unwrap()];
            out.push(
                cell.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&"),
            );
        }
    }
    out.join("\n")
}

#[test]
fn every_word_of_the_legend_and_titles_comes_from_the_catalogs() {
    for path in common::good_fixtures() {
        let map = actormap::read_path(&path).unwrap();
        let network = actormap::Network::new(&map, &actormap::View::default()).unwrap();
        let mut highlights = actormap::dot::Highlights::isolation(&network);
        let rule_sets = actormap::gaps::default_rule_sets(&map);
        let gaps =
            actormap::gaps::GapsReport::compute(&network, &rule_sets, &Default::default()).unwrap();
        if let Some(forum) = gaps.forums.first() {
            let of_forum = actormap::dot::Highlights::gaps(&map, forum);
            highlights.members = of_forum.members;
            highlights.candidates = of_forum.candidates;
        }
        for (cluster_by, sizes) in [
            (
                Some(ClusterBy::Kind),
                actormap::dot::NodeSizes::betweenness(&network),
            ),
            (None, actormap::dot::NodeSizes::degree(&network)),
        ] {
            let options = DotOptions::default()
                .with_lang(Lang::Pseudo)
                .with_cluster_by(cluster_by)
                .with_sizes(Some(sizes))
                .with_highlights(highlights.clone());
            let dot = actormap::dot::to_dot(&map, &options).unwrap().to_string();
            let words = diagram_words(&dot);
            assert!(words.contains("⟦Legend⟧"), "{}: {words}", path.display());
            common::assert_from_catalogs(&words, &common::map_texts(&map));
        }
    }
}

/// A map where every actor works with every other: too dense for the `dot` layout to
/// finish in seconds (120 actors keep it busy for minutes).
fn everyone_linked(n: usize) -> ActorMap {
    let mut map = ActorMap::default();
    for i in 0..n {
        map.actors.push(Actor::new(
            format!("a{i}"),
            format!("Acteur {i}"),
            ActorKind::Community,
        ));
    }
    for i in 0..n {
        for j in i + 1..n {
            map.links.push(Link::new(
                format!("a{i}"),
                format!("a{j}"),
                Level::Collaboration,
            ));
        }
    }
    map
}

#[test]
fn graphviz_past_its_time_is_stopped_with_a_clear_error() {
    if graphviz("graphviz_past_its_time_is_stopped_with_a_clear_error").is_none() {
        return;
    }
    let dot = actormap::dot::to_dot(&everyone_linked(120), &DotOptions::default()).unwrap();
    let limits = actormap::render::GraphvizLimits {
        time: std::time::Duration::from_secs(1),
        ..Default::default()
    };
    let err =
        actormap::render::render_with(&dot, Layout::Dot, ImageFormat::Svg, &limits).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            actormap::ErrorKind::GraphvizTimedOut { seconds: 1 }
        ),
        "{err:?}"
    );
    assert!(
        err.message(Lang::Fr)
            .starts_with("Graphviz dessinait encore le diagramme après 1 s et a été arrêté"),
        "{}",
        err.message(Lang::Fr)
    );
    // The same map drawn within the default limits by the fast layout.
    let svg = actormap::render::render(
        &actormap::dot::to_dot(&everyone_linked(20), &DotOptions::default()).unwrap(),
        Layout::Sfdp,
        ImageFormat::Svg,
    )
    .unwrap();
    assert!(svg.starts_with(b"<?xml"));
}

#[cfg(target_os = "linux")]
#[test]
fn graphviz_past_its_memory_is_stopped_with_a_clear_error() {
    if graphviz("graphviz_past_its_memory_is_stopped_with_a_clear_error").is_none() {
        return;
    }
    let dot = actormap::dot::to_dot(&everyone_linked(120), &DotOptions::default()).unwrap();
    let limits = actormap::render::GraphvizLimits {
        memory_bytes: 40 << 20,
        ..Default::default()
    };
    let err =
        actormap::render::render_with(&dot, Layout::Dot, ImageFormat::Svg, &limits).unwrap_err();
    assert!(
        matches!(
            err.kind(),
            actormap::ErrorKind::GraphvizOutOfMemory { megabytes: 40 }
        ),
        "{err:?}"
    );
    assert!(
        err.message(Lang::En)
            .contains("ACTORMAP_GRAPHVIZ_MEMORY_MB")
    );
}

#[test]
fn the_render_command_takes_graphviz_limits_from_the_environment() {
    if graphviz("the_render_command_takes_graphviz_limits_from_the_environment").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("dense.json");
    actormap::write_path(&everyone_linked(120), &map).unwrap();
    let out = dir.path().join("dense.svg");
    Cmd::cargo_bin("actormap")
        .unwrap()
        .args(["render", "--layout", "dot", "--lang", "fr"])
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .env("ACTORMAP_GRAPHVIZ_SECONDS", "1")
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "Graphviz dessinait encore le diagramme après 1 s",
        ));
    assert!(!out.exists());
}
