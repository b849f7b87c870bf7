//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test file uses its own subset

use std::path::PathBuf;

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

/// The DOM a real browser builds from an HTML file: headless Chromium's `--dump-dom`.
/// Fails, saying what to install, when Chromium is not there.
pub fn chromium_dom(html: &std::path::Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}", std::fs::canonicalize(html).unwrap().display());
    let output = std::process::Command::new("chromium")
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
        .unwrap_or_else(|e| {
            panic!("chromium could not be run ({e}): install it (Debian: apt-get install chromium; .ci/run does)")
        });
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
