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
