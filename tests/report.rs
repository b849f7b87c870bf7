//! The report to hand out: opened in a real headless browser (Chromium), in both
//! languages, with and without an earlier snapshot; safe against hostile names; private
//! when asked.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

fn report(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let output = actormap()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

/// A finding's sentence as the browser's DOM serialises it.
fn in_dom(sentence: &str) -> String {
    // The DOM serializer writes a no-break space as an entity.
    sentence
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

/// Chromium and Graphviz (the diagram), or `None` when one is missing.
fn browser_and_diagram(test: &str) -> Option<PathBuf> {
    common::tool(common::Tool::Graphviz, test)?;
    common::tool(common::Tool::Chromium, test)
}

#[test]
fn every_seed_report_opens_in_a_browser_with_its_title_diagram_and_findings() {
    let Some(chromium) = browser_and_diagram(
        "report::every_seed_report_opens_in_a_browser_with_its_title_diagram_and_findings",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (fixture, lang) in [
        ("pierre-de-saurel-aines", "en"),
        ("itss-action-group", "fr"),
        ("crd-csss-partnership", "en"),
    ] {
        let map_path = format!("fixtures/{fixture}.json");
        let html = report(
            dir.path(),
            &format!("{fixture}.html"),
            &[&map_path, "--lang", lang],
        );
        let dom = common::chromium_dom(&chromium, &html);
        let map = actormap::read_path(map_path).unwrap();
        let title = map.name.clone().unwrap();
        assert!(
            dom.contains(&format!("<title>{} — ", in_dom(&title))),
            "{fixture}: title"
        );
        assert!(dom.contains("<svg"), "{fixture}: the diagram is embedded");
        // Every metrics finding is in the page, word for word.
        let lang = if lang == "fr" {
            actormap::Lang::Fr
        } else {
            actormap::Lang::En
        };
        let network = actormap::Network::new(&map, &actormap::View::default()).unwrap();
        let metrics = actormap::metrics::MetricsReport::compute(
            &network,
            &actormap::metrics::MetricsOptions::default(),
        );
        assert!(!metrics.findings.is_empty());
        for f in &metrics.findings {
            assert!(
                dom.contains(&in_dom(&f.sentence(lang))),
                "{fixture}: missing {}",
                f.sentence(lang)
            );
        }
        // Every actor has its row; the only script is the table sorter.
        assert_eq!(
            dom.matches("<tr><td").count(),
            map.actors.len(),
            "{fixture}"
        );
        assert_eq!(dom.matches("<script>").count(), 1, "{fixture}");
    }
}

#[test]
fn the_french_report_with_an_earlier_snapshot_says_what_changed() {
    let Some(chromium) =
        browser_and_diagram("report::the_french_report_with_an_earlier_snapshot_says_what_changed")
    else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = report(
        dir.path(),
        "rapport.html",
        &[
            "fixtures/pierre-de-saurel-aines-2026.json",
            "--before",
            "fixtures/pierre-de-saurel-aines.json",
            "--lang",
            "fr",
        ],
    );
    let dom = common::chromium_dom(&chromium, &html);
    assert!(dom.contains("<html lang=\"fr\">"));
    assert!(dom.contains("Ce qui a changé depuis le 2025-11-20"));
    assert!(dom.contains("Les organismes communautaires ont maintenant 18 liens avec CISSS de la Montérégie-Est, contre 14 auparavant."));
    assert!(dom.contains("Qui inviter"));
    assert!(dom.contains("<svg"));
}

#[test]
fn hostile_names_cannot_inject_markup() {
    let Some(chromium) = browser_and_diagram("report::hostile_names_cannot_inject_markup") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("hostile.json");
    std::fs::write(
        &map,
        r#"{"format": "actormap/1", "name": "<script>alert('title')</script>",
            "actors": [
              {"id": "a", "name": "<img src=x onerror=alert(1)>", "kind": "public"},
              {"id": "b", "name": "\"><script>alert(2)</script>", "kind": "community"},
              {"id": "c", "name": "Tom & Jerry </td></tr></table>", "kind": "user"}
            ],
            "links": [{"source": "a", "target": "b", "level": "coordination"}],
            "forums": [{"id": "f", "name": "<b>Table</b>", "kind": "table", "members": [{"actor": "a"}]}]}"#,
    )
    .unwrap();
    let map = map.to_str().unwrap();
    let html = report(dir.path(), "hostile.html", &[map]);
    let dom = common::chromium_dom(&chromium, &html);
    assert_eq!(dom.matches("<script>").count(), 1, "only the sorter");
    assert!(!dom.contains("<img"), "no element from a name");
    assert!(!dom.contains("<b>Table"), "no element from a forum name");
    assert!(
        dom.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the name is shown as text"
    );
    assert_eq!(dom.matches("<tr><td").count(), 3, "the table holds");
    // Markdown: no raw HTML, no broken table row.
    let md = report(dir.path(), "hostile.md", &[map, "--no-diagram"]);
    let text = std::fs::read_to_string(md).unwrap();
    assert!(!text.contains("<script") && !text.contains("<img") && !text.contains("</td>"));
    assert!(text.contains("Tom &amp; Jerry &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"));
}

#[test]
fn anonymized_reports_name_no_user() {
    if common::tool(
        common::Tool::Graphviz,
        "report::anonymized_reports_name_no_user",
    )
    .is_none()
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let map = actormap::read_path("fixtures/pierre-de-saurel-aines-2026.json").unwrap();
    let users: Vec<&str> = map
        .actors
        .iter()
        .filter(|a| a.kind == actormap::ActorKind::User)
        .flat_map(|a| [a.name.as_str(), a.id.as_str()])
        .collect();
    assert!(users.len() >= 6);
    for out in ["anonyme.html", "anonyme.md"] {
        let path = report(
            dir.path(),
            out,
            &[
                "fixtures/pierre-de-saurel-aines-2026.json",
                "--before",
                "fixtures/pierre-de-saurel-aines.json",
                "--anonymize",
                "users",
                "--lang",
                "fr",
            ],
        );
        let mut text = std::fs::read_to_string(&path).unwrap();
        if out.ends_with(".md") {
            text.push_str(&std::fs::read_to_string(path.with_extension("svg")).unwrap());
        }
        for user in &users {
            assert!(!text.contains(user), "{out} names {user}");
        }
        for first in ["Denis", "Réjean", "Lucie"] {
            assert!(!text.contains(first), "{out} names {first}");
        }
        assert!(text.contains("Usager 1"));
    }
}

#[test]
fn markdown_reports_write_the_diagram_beside_them() {
    if common::tool(
        common::Tool::Graphviz,
        "report::markdown_reports_write_the_diagram_beside_them",
    )
    .is_none()
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let md = report(
        dir.path(),
        "rapport de la table.md",
        &["fixtures/crd-csss-partnership.json", "--lang", "fr"],
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Partenariat CRD Le Virage"));
    assert!(text.contains("![La carte](rapport%20de%20la%20table.svg)"));
    assert!(
        std::fs::read_to_string(md.with_extension("svg"))
            .unwrap()
            .contains("<svg")
    );
    assert!(text.contains("## Tous les acteurs"));
}

#[test]
fn reports_are_deterministic() {
    if common::tool(common::Tool::Graphviz, "report::reports_are_deterministic").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let a = report(dir.path(), "a.html", &["fixtures/itss-action-group.json"]);
    let b = report(dir.path(), "b.html", &["fixtures/itss-action-group.json"]);
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn reports_refuse_bad_outputs() {
    let dir = tempfile::tempdir().unwrap();
    actormap()
        .args(["report", "fixtures/itss-action-group.json", "-o"])
        .arg(dir.path().join("report.pdf"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "a report is written as .html or .md",
        ));
    // The folder is checked when the report is written, after the diagram is drawn.
    actormap()
        .args([
            "report",
            "fixtures/itss-action-group.json",
            "--no-diagram",
            "-o",
        ])
        .arg(dir.path().join("missing").join("report.html"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("does not exist; create it first"));
}

/// The text a reader of the HTML report sees: without the style sheet, the script and
/// the tags, with the entities the report writes decoded.
fn visible_text(html: &str) -> String {
    let mut rest = html.to_owned();
    for element in ["style", "script"] {
        while let Some(start) = rest.find(&format!("<{element}>")) {
            let close = format!("</{element}>");
            let end = rest[start..].find(&close).expect("a closed element") + start;
            rest.replace_range(start..end + close.len(), " ");
        }
    }
    let mut text = String::with_capacity(rest.len());
    let mut in_tag = false;
    for c in rest.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of the Markdown report, its escapes taken out.
fn markdown_text(md: &str) -> String {
    let mut text = String::with_capacity(md.len());
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => text.extend(chars.next()),
            c => text.push(c),
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every fixture alone, and the later snapshot of a map with its earlier one.
fn report_cases() -> Vec<(actormap::ActorMap, Option<actormap::ActorMap>)> {
    let mut cases: Vec<_> = common::good_fixtures()
        .iter()
        .map(|path| (actormap::read_path(path).unwrap(), None))
        .collect();
    let earlier = actormap::read_path("fixtures/pierre-de-saurel-aines.json").unwrap();
    let later = actormap::read_path("fixtures/pierre-de-saurel-aines-2026.json").unwrap();
    cases.push((later, Some(earlier)));
    cases
}

/// The map's own text (its description too, which the report shows), and the earlier
/// snapshot's.
fn texts_of(map: &actormap::ActorMap, before: Option<&actormap::ActorMap>) -> Vec<String> {
    let mut data = common::map_texts(map);
    data.extend(before.map(common::map_texts).unwrap_or_default());
    data.extend(map.description.clone());
    data.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    data.dedup();
    data
}

#[test]
fn every_word_of_the_html_report_comes_from_the_catalogs() {
    for (map, before) in report_cases() {
        let options = actormap::report::ReportOptions::new(actormap::Lang::Pseudo)
            .with_before(before.as_ref())
            // The diagram's words are the DOT's (tests/dot.rs); its caption is the report's.
            .with_diagram(Some("<svg></svg>".to_owned()));
        let html = actormap::report::html_report(&map, &options).unwrap();
        assert!(html.contains("<figcaption>⟦"), "the diagram's caption");
        if before.is_some() {
            assert!(html.contains("<section id=\"change\">"));
        }
        let text = visible_text(&html);
        common::assert_from_catalogs(&text, &texts_of(&map, before.as_ref()));
    }
}

#[test]
fn every_word_of_the_markdown_report_comes_from_the_catalogs() {
    for (map, before) in report_cases() {
        let options = actormap::report::ReportOptions::new(actormap::Lang::Pseudo)
            .with_before(before.as_ref());
        let md = actormap::report::markdown_report(&map, &options, Some("map.svg")).unwrap();
        let mut data = texts_of(&map, before.as_ref());
        data.insert(0, "map.svg".to_owned());
        common::assert_from_catalogs(&markdown_text(&md), &data);
    }
}

#[test]
fn french_reports_have_french_typography_and_words() {
    let map = actormap::read_path("fixtures/itss-action-group.json").unwrap();
    let options = actormap::report::ReportOptions::new(actormap::Lang::Fr);
    let html = actormap::report::html_report(&map, &options).unwrap();
    let md = actormap::report::markdown_report(&map, &options, None).unwrap();
    for text in [visible_text(&html), markdown_text(&md)] {
        for words in [
            "Instances\u{a0}: composition, écarts, qui inviter",
            "Acteurs par type\u{a0}: 21 organismes publics",
            "1 entreprise privée\u{202f}; 1 animateur, 1 conseiller-facilitateur\u{202f}; \
             densité des liens entre membres 0,27",
            "Liens\u{a0}: chaque lien compte. Règles de composition\u{a0}:",
            "groupe d'action",
            "pointage ",
        ] {
            assert!(text.contains(words), "missing {words:?} in\n{text}");
        }
        // The map's description is the map's own text, typography included.
        let words = text.replace(map.description.as_deref().unwrap(), "");
        assert!(!words.contains(" :") && !words.contains(" ;"), "{words}");
    }
}

/// A writer that takes `room` bytes, then fails as a full disk does.
struct Full {
    room: usize,
    taken: Vec<u8>,
}

impl std::io::Write for Full {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.taken.len() + buf.len() > self.room {
            return Err(std::io::Error::from(std::io::ErrorKind::StorageFull));
        }
        self.taken.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_report_written_as_it_is_made_is_the_report_and_says_when_the_writer_fails() {
    use actormap::report::{Report, ReportOptions, html_report, markdown_report};
    // Large enough that the report is passed on in several pieces.
    let map = actormap::generate::generate(
        &actormap::generate::GenerateOptions::default()
            .with_actors(1500)
            .with_seed(2),
    );
    let options = ReportOptions::new(actormap::Lang::Fr);
    let report = Report::new(&map, &options).unwrap();
    let html = html_report(&map, &options).unwrap();
    assert!(html.len() > 4 * (1 << 16), "{}", html.len());
    let mut written = Vec::new();
    report.write_html(&mut written).unwrap();
    assert_eq!(written, html.as_bytes());
    let mut written = Vec::new();
    report
        .write_markdown(&mut written, Some("carte.svg"))
        .unwrap();
    assert_eq!(
        written,
        markdown_report(&map, &options, Some("carte.svg"))
            .unwrap()
            .as_bytes()
    );
    // A writer that fails midway: the error comes back, what was written is a prefix.
    let mut full = Full {
        room: html.len() / 2,
        taken: Vec::new(),
    };
    let err = report.write_html(&mut full).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::StorageFull);
    assert!(!full.taken.is_empty() && html.as_bytes().starts_with(&full.taken));
}
