//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test file uses its own subset

use std::path::PathBuf;

use actormap::{ActorKind, Level, model::Extra};
use proptest::prelude::*;
use serde_json::Value;

/// The maps under `fixtures/` (and `fixtures/reference/`) that must load without error.
pub fn good_fixtures() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in ["fixtures", "fixtures/reference"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }
    found.sort();
    assert!(found.len() >= 6, "fixtures missing: {found:?}");
    found
}

/// Whether expected files should be rewritten instead of compared
/// (`ACTORMAP_BLESS=1 cargo test`).
pub fn bless() -> bool {
    std::env::var_os("ACTORMAP_BLESS").is_some()
}

/// An external program some tests need. Without it those tests print one line saying
/// what was skipped and how to install it, and pass; with `ACTORMAP_REQUIRE_TOOLS=1`
/// (which `.ci/run` sets) a missing tool fails them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// Graphviz's `dot`: images, layouts, the label round trips.
    Graphviz,
    /// Headless Chromium: the HTML report and view in a real browser.
    Chromium,
    /// libxml2's `xmllint`: schema checks of the XML exports.
    Xmllint,
    /// A Python with NetworkX: exports read back by NetworkX.
    Networkx,
}

impl Tool {
    fn name(self) -> &'static str {
        match self {
            Tool::Graphviz => "Graphviz (dot)",
            Tool::Chromium => "Chromium",
            Tool::Xmllint => "xmllint",
            Tool::Networkx => "NetworkX",
        }
    }

    fn install(self) -> &'static str {
        match self {
            Tool::Graphviz => "apt-get install graphviz (macOS: brew install graphviz)",
            Tool::Chromium => {
                "apt-get install chromium, or set ACTORMAP_CHROMIUM to a Chromium or Chrome"
            }
            Tool::Xmllint => "apt-get install libxml2-utils",
            Tool::Networkx => {
                "python3 -m venv .venv && .venv/bin/pip install networkx==3.6.1, or set \
                 ACTORMAP_NETWORKX_PYTHON to a Python that has it"
            }
        }
    }

    /// The program to run, if it is there.
    fn find(self) -> Option<PathBuf> {
        let works = |program: &std::path::Path, args: &[&str]| {
            std::process::Command::new(program)
                .args(args)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        let on_path = |names: &[&str], args: &[&str]| {
            names
                .iter()
                .map(PathBuf::from)
                .find(|name| works(name, args))
        };
        match self {
            Tool::Graphviz => on_path(&["dot"], &["-V"]),
            Tool::Xmllint => on_path(&["xmllint"], &["--version"]),
            Tool::Chromium => match std::env::var_os("ACTORMAP_CHROMIUM") {
                Some(p) => Some(PathBuf::from(p)),
                None => on_path(
                    &[
                        "chromium",
                        "chromium-browser",
                        "google-chrome",
                        "google-chrome-stable",
                    ],
                    &["--version"],
                ),
            },
            Tool::Networkx => {
                let python = std::env::var_os("ACTORMAP_NETWORKX_PYTHON")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| PathBuf::from(".venv/bin/python"));
                works(&python, &["-c", "import networkx"]).then_some(python)
            }
        }
    }
}

/// The tool `test` needs, or `None` when it is missing: then one line on standard error
/// (written past the test harness's capture, so it shows) names the tool, how to install
/// it and what was skipped. With `ACTORMAP_REQUIRE_TOOLS=1` a missing tool fails.
pub fn tool(tool: Tool, test: &str) -> Option<PathBuf> {
    use std::io::Write;
    use std::sync::OnceLock;
    static FOUND: [OnceLock<Option<PathBuf>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let found = FOUND[tool as usize].get_or_init(|| tool.find()).clone();
    if found.is_none() {
        let required = std::env::var_os("ACTORMAP_REQUIRE_TOOLS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "{} is needed by {test} and ACTORMAP_REQUIRE_TOOLS=1: {}",
            tool.name(),
            tool.install()
        );
        // One line per test, however often it asks.
        static TOLD: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
        let mut told = TOLD.lock().unwrap_or_else(|e| e.into_inner());
        if !told.iter().any(|t| t == test) {
            told.push(test.to_owned());
            let _ = writeln!(
                std::io::stderr(),
                "skipped {test}: {} is not installed ({})",
                tool.name(),
                tool.install()
            );
        }
    }
    found
}

/// The DOM a real browser builds from an HTML file: headless Chromium's `--dump-dom`.
pub fn chromium_dom(chromium: &std::path::Path, html: &std::path::Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", std::fs::canonicalize(html).unwrap().display());
    let output = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .output()
        .unwrap_or_else(|e| panic!("{} could not be run: {e}", chromium.display()));
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

// Strategies for property tests. Each test file has its own `text()`, the characters
// that break its formats; these build the rest from it.

/// Non-empty text from `text`, without leading or trailing whitespace.
pub fn word(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    text.prop_filter("trimmed, non-empty", |s| {
        !s.trim().is_empty() && s.trim() == s
    })
}

/// Ids: words from `text` without `|` (the list separator of spreadsheets and of
/// services).
pub fn id(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    word(text).prop_filter("no list separator", |s| !s.contains('|'))
}

/// Any JSON value, its strings from `text`: nested at most `depth` deep, about `size`
/// values in all, lists and objects of fewer than `branch` items, object keys matching
/// the regex `key`.
pub fn json_value(
    text: impl Strategy<Value = String> + 'static,
    depth: u32,
    size: u32,
    branch: u32,
    key: &'static str,
) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        text.prop_map(Value::from),
        Just(Value::String(String::new())),
    ];
    leaf.prop_recursive(depth, size, branch, move |inner| {
        let items = 0..branch as usize;
        prop_oneof![
            prop::collection::vec(inner.clone(), items.clone()).prop_map(Value::from),
            prop::collection::vec((key, inner), items)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Up to two free attributes, named by `name`, with values from `value`.
pub fn extra(
    name: impl Strategy<Value = String>,
    value: impl Strategy<Value = Value>,
) -> impl Strategy<Value = Extra> {
    prop::collection::vec((name, value), 0..3).prop_map(|kv| kv.into_iter().collect())
}

pub fn opt(s: impl Strategy<Value = String>) -> impl Strategy<Value = Option<String>> {
    prop::option::of(s)
}

pub fn kind() -> impl Strategy<Value = ActorKind> {
    prop::sample::select(ActorKind::ALL.to_vec())
}

pub fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

/// Text from the map itself: names, ids and free text a report may show as written.
pub fn map_texts(map: &actormap::ActorMap) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(map.name.clone());
    out.extend(map.territory.clone());
    out.extend(map.as_of.clone());
    for a in &map.actors {
        out.push(a.id.clone());
        out.push(a.name.clone());
        out.extend(a.organization.clone());
        out.extend(a.sector.clone());
        out.extend(a.territory.clone());
        out.extend(a.services.iter().cloned());
    }
    for l in &map.links {
        out.extend(l.kind.clone());
    }
    for f in &map.forums {
        out.push(f.id.clone());
        out.push(f.name.clone());
        out.extend(f.kind.clone());
        out.extend(f.sector.clone());
        for m in &f.members {
            out.extend(m.role.clone());
        }
    }
    for n in &map.needs {
        out.push(n.id.clone());
        out.push(n.name.clone());
    }
    out.retain(|s| s.chars().count() >= 3);
    // Longest first, so that a name is removed before a shorter name inside it.
    out.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    out.dedup();
    out
}

/// Proves that every word of `output`, made in the pseudo-language (`Lang::Pseudo`,
/// whose catalog marks each piece of text `⟦…⟧`), came from the catalogs: once the
/// marked text and the map's own text (`data`) are taken out, no word is left.
pub fn assert_from_catalogs(output: &str, data: &[String]) {
    let mut unmarked = String::with_capacity(output.len());
    let mut depth = 0usize;
    for c in output.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            c if depth == 0 => unmarked.push(c),
            _ => unmarked.push(' '),
        }
    }
    for text in data {
        unmarked = unmarked.replace(text.as_str(), " ");
    }
    for (n, line) in unmarked.lines().enumerate() {
        let mut run = String::new();
        for c in line.chars().chain([' ']) {
            if c.is_alphabetic() {
                run.push(c);
                continue;
            }
            assert!(
                run.chars().count() < 2,
                "line {}: {run:?} was not made by a catalog:\n{}",
                n + 1,
                output.lines().nth(n).unwrap_or_default()
            );
            run.clear();
        }
    }
}

/// Every string in a JSON value, except phrases' message ids: the data a problem or a
/// finding carries in its arguments and location.
pub fn json_texts(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| json_texts(i, out)),
        Value::Object(fields) => fields
            .iter()
            .filter(|(k, _)| *k != "message")
            .for_each(|(_, v)| json_texts(v, out)),
        _ => {}
    }
}

/// Data as messages show it too (invisible characters escaped), longest first, so that
/// [`assert_from_catalogs`] can take it out of the text.
pub fn with_shown_forms(mut data: Vec<String>) -> Vec<String> {
    let shown: Vec<String> = data
        .iter()
        .map(|s| {
            s.chars()
                .flat_map(|c| match c {
                    '"' | '\'' | '\\' => vec![c],
                    c => c.escape_debug().collect(),
                })
                .collect()
        })
        .collect();
    data.extend(shown);
    data.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    data.dedup();
    data
}

/// Names of free attributes that a spreadsheet or a Kumu sheet would read as something
/// else: the formats' own column and field names in any case and with spaces around,
/// the empty name, the `extra:` and `:json` affixes, formula starters, quotes,
/// delimiters, line breaks, or any text.
pub fn hostile_name() -> impl Strategy<Value = String> {
    let own = prop::sample::select(vec![
        "id",
        "name",
        "kind",
        "organization",
        "sector",
        "territory",
        "services",
        "source",
        "target",
        "level",
        "directed",
        "weight",
        "notes",
        "since",
        "until",
        "forum",
        "actor",
        "role",
        "needs",
        "field",
        "value",
        "format",
        "as_of",
        "description",
        "label",
        "type",
        "element type",
        "connection type",
        "from",
        "to",
        "direction",
        "_id",
        "attributes",
        "reversed",
        "delayed",
    ]);
    let cased = (own, any::<u8>()).prop_map(|(name, how)| match how % 4 {
        0 => name.to_owned(),
        1 => name.to_uppercase(),
        2 => format!(" {name}"),
        _ => {
            let mut c = name.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    });
    prop_oneof![
        cased,
        prop::sample::select(vec![
            "",
            " ",
            "extra:",
            "extra:name",
            "extra:extra:x",
            "x:json",
            "x:json:json",
            "=cmd",
            "+1",
            "-x",
            "@a",
            "'q",
            "''",
            "'",
            "\t",
            "x\ty",
            "a;b;c;d;e;f;g;h;i;j;k;l;m",
            "a\"b",
            "a,b",
            "a\nb",
            "\r",
            " pad ",
            "trail ",
            "é",
            "\u{feff}x",
            "Name:json",
        ])
        .prop_map(str::to_owned),
        "[a-z=+@' ;,\t-]{0,6}",
        "\\PC{0,8}",
    ]
}

/// Numbers as a person may write them, each parsed as JSON: integers of any length,
/// `-0`, decimals with trailing zeros, exponents.
pub fn written_number() -> impl Strategy<Value = Value> {
    prop_oneof![
        "-?[0-9]{1,40}",
        "-?0",
        "-?[0-9]{1,5}\\.[0-9]{1,6}0",
        "-?[1-9]\\.?[0-9]{0,3}[eE][+-]?[0-9]{1,3}",
    ]
    .prop_filter_map("a number of JSON within ±1.8e308", |text| {
        serde_json::from_str::<Value>(&text)
            .ok()
            .filter(|v| v.as_f64().is_some())
    })
}

/// Free attributes with hostile names (see [`hostile_name`]) and values: texts from
/// `text`, numbers as written, and any JSON.
pub fn hostile_extra(text: BoxedStrategy<String>) -> impl Strategy<Value = Extra> {
    let value = prop_oneof![
        text.clone().prop_map(Value::from),
        written_number(),
        json_value(text, 2, 8, 3, "[a-z]{1,4}"),
    ];
    prop::collection::vec((hostile_name(), value), 0..4).prop_map(|kv| kv.into_iter().collect())
}

/// Drop the free attributes named like a field of their record in the JSON document
/// (`kind` on an actor, `source` on a link): readers rename those (`extra:kind`), so a
/// map holding one cannot come back equal.
pub fn drop_field_names(map: &mut actormap::ActorMap) {
    let drop =
        |extra: &mut Extra, fields: &[&str]| extra.retain(|k, _| !fields.contains(&k.as_str()));
    drop(
        &mut map.extra,
        &[
            "format",
            "name",
            "territory",
            "as_of",
            "description",
            "needs",
            "actors",
            "links",
            "forums",
        ],
    );
    for n in &mut map.needs {
        drop(&mut n.extra, &["id", "name"]);
    }
    for a in &mut map.actors {
        drop(
            &mut a.extra,
            &[
                "id",
                "name",
                "kind",
                "organization",
                "sector",
                "territory",
                "services",
            ],
        );
    }
    for l in &mut map.links {
        drop(
            &mut l.extra,
            &[
                "source", "target", "kind", "level", "directed", "weight", "notes", "since",
                "until",
            ],
        );
    }
    for f in &mut map.forums {
        drop(
            &mut f.extra,
            &["id", "name", "kind", "sector", "needs", "members"],
        );
        for m in &mut f.members {
            drop(&mut m.extra, &["actor", "role"]);
        }
    }
}
