//! The README's library quick start, `examples/quickstart.rs` and the crate
//! documentation's example are one program; and the examples run.

use std::process::Command;

fn quickstart() -> String {
    std::fs::read_to_string("examples/quickstart.rs").unwrap()
}

/// The first ```rust block after `heading` in the README.
fn readme_block(heading: &str) -> String {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = &readme[readme.find(heading).expect("section present")..];
    let start = section.find("```rust\n").expect("a rust block") + "```rust\n".len();
    let end = section[start..].find("```\n").unwrap() + start;
    section[start..end].to_owned()
}

/// The crate doc's first example, hidden lines dropped, `//! ` removed.
fn crate_doc_example() -> String {
    let lib = std::fs::read_to_string("src/lib.rs").unwrap();
    let lines: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    let start = lines.iter().position(|l| *l == "```").unwrap() + 1;
    let end = start + lines[start..].iter().position(|l| *l == "```").unwrap();
    lines[start..end]
        .iter()
        .filter(|l| !l.starts_with("# "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// The example's program as a doc test writes it: the same lines, without `fn main`
/// and its `Ok(())`, one level less indented.
fn as_doc_test(program: &str) -> String {
    let mut out = String::new();
    for line in program.lines() {
        if line.starts_with("fn main") || line == "    Ok(())" || line == "}" {
            continue;
        }
        let line = line.strip_prefix("    ").unwrap_or(line);
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[test]
fn readme_example_and_crate_doc_are_the_same_program() {
    assert_eq!(readme_block("## Library quick start"), quickstart());
    assert_eq!(crate_doc_example(), as_doc_test(&quickstart()));
}

#[test]
fn examples_run() {
    // `cargo test` builds the examples next to the test binaries; a filtered run may
    // not have, so build them (quick when they are up to date).
    let mut build = Command::new(env!("CARGO"));
    build.args(["build", "--quiet", "--examples"]);
    if !cfg!(debug_assertions) {
        build.arg("--release");
    }
    let status = build.status().unwrap();
    assert!(status.success());
    let deps = std::env::current_exe().unwrap();
    let examples = deps.parent().unwrap().parent().unwrap().join("examples");
    let output = Command::new(examples.join("quickstart")).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with("36 actors; main broker: Carrefour des proches aidants"),
        "{stdout}"
    );
    assert!(stdout.contains("graph actormap {"), "{stdout}");
}
