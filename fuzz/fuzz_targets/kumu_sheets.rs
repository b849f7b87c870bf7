//! The reader of Kumu's spreadsheet layout on any files: the input is cut into
//! elements.csv, connections.csv and actormap.json at 0xFF bytes. Never panics; a map it
//! accepts writes back in the same layout and reads back equal.
#![no_main]

use actormap::interop::{ExportFormat, ImportOptions};
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 3] = ["elements.csv", "connections.csv", "actormap.json"];

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, part) in FILES.iter().zip(data.split(|&b| b == 0xFF)) {
        std::fs::write(dir.path().join(name), part).expect("written");
    }
    let options = ImportOptions::default();
    let Ok(loaded) = actormap::interop::load_kumu_sheets(dir.path(), &options) else {
        return;
    };
    // Every problem has its words in both languages (a missing argument fails a debug
    // assertion).
    for problem in loaded.check() {
        for lang in actormap::Lang::ALL {
            let _ = problem.to_text(lang);
        }
    }
    let Ok(map) = loaded.into_map() else {
        return;
    };
    let out = tempfile::tempdir().expect("a temporary folder");
    let folder = out.path().join("kumu");
    if let Err(e) = actormap::interop::export_path(&map, ExportFormat::KumuCsv, &folder, &[]) {
        // A list item the layout cannot hold (`|` in a service id) is refused, not
        // written changed; nothing else stops a valid map from being written.
        assert!(
            matches!(e.kind(), actormap::ErrorKind::UnwritableItem { .. }),
            "a valid map read from Kumu sheets does not write back: {e:?}"
        );
        assert!(!folder.exists(), "a refused write leaves no folder");
        return;
    }
    let back = actormap::interop::load_kumu_sheets(&folder, &options)
        .expect("Kumu sheets we wrote read")
        .into_map()
        .expect("and are valid");
    assert_eq!(back, map);
});
