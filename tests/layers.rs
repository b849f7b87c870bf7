//! The library's modules form a one-way stack (ARCHITECTURE.md): a module uses only
//! modules below it. This test reads every `crate::…` path in `src/` (the command-line
//! tool in `src/bin/` excepted) and fails on one that points up or sideways.

use std::collections::BTreeMap;
use std::path::Path;

/// The stack, bottom first. Modules on one line are independent of each other.
const LAYERS: &[&[&str]] = &[
    &["model", "text", "random", "progress"],
    &["words"],
    &["finding", "error"],
    &["validate"],
    &["io"],
    &["network"],
    &["generate", "privacy"],
    &["metrics"],
    &["gaps", "diff"],
    &["dot"],
    &["render"],
    &["report"],
    &["interop"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The top module a source file belongs to: `src/metrics/paths.rs` is `metrics`.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix("src").unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// Source text without comments and string literals, which may name modules freely.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == 'r' && matches!(next, Some('#' | '"')) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') && (i == 0 || !chars[i - 1].is_alphanumeric()) {
                j += 1;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                i = j;
                out.push_str("\"\"");
            } else {
                out.push(c);
                i += 1;
            }
        } else if c == '\'' && next.is_some() && chars.get(i + 2) == Some(&'\'') {
            // A character literal such as '"'.
            i += 3;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Every `crate::name` a file's code refers to, and `use crate::{a, b}` groups.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().last();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // The first name of each item at the group's top level.
            let mut depth = 0;
            let mut start = true;
            let mut name = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && (c.is_alphanumeric() || c == '_') => name.push(c),
                    _ if start && !name.is_empty() => {
                        out.push(std::mem::take(&mut name));
                        start = false;
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                out.push(name);
            }
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        out.push(name);
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path != Path::new("src/bin") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_uses_only_modules_below_it() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    let mut wrong: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        if module == "lib" {
            continue;
        }
        let Some(own) = layer_of(&module) else {
            panic!(
                "{}: module {module} has no place in the stack (tests/layers.rs, ARCHITECTURE.md)",
                file.display()
            );
        };
        let code = code_only(&std::fs::read_to_string(file).unwrap());
        for dep in crate_paths(&code) {
            if dep == module {
                continue;
            }
            let Some(theirs) = layer_of(&dep) else {
                wrong
                    .entry(file.display().to_string())
                    .or_default()
                    .push(format!(
                        "crate::{dep} is not a module: name the module the item lives in"
                    ));
                continue;
            };
            if theirs >= own {
                wrong
                    .entry(file.display().to_string())
                    .or_default()
                    .push(format!(
                        "{module} (layer {own}) uses {dep} (layer {theirs})"
                    ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "modules that point up or sideways:\n{}",
        wrong
            .iter()
            .map(|(f, v)| format!("  {f}: {}", v.join("; ")))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_reader_of_paths_sees_through_comments_and_strings() {
    let code =
        code_only("use crate::model; // crate::dot\nlet s = \"crate::report\"; /* crate::io */");
    assert_eq!(crate_paths(&code), ["model"]);
    assert_eq!(
        crate_paths("use crate::{error::Error, words::{self, Lang}};"),
        ["error", "words"]
    );
}
