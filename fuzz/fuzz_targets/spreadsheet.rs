//! The spreadsheet reader on any files: the input is cut into actors.csv, links.csv,
//! members.csv, forums.csv, needs.csv and map.csv at 0xFF bytes. Never panics; a map it
//! accepts writes back and reads back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;

const FILES: [&str; 6] = ["actors.csv", "links.csv", "members.csv", "forums.csv", "needs.csv", "map.csv"];

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, part) in FILES.iter().zip(data.split(|&b| b == 0xFF)) {
        std::fs::write(dir.path().join(name), part).expect("written");
    }
    let Ok(loaded) = actormap::load_path(dir.path(), &actormap::io::ReadOptions::default()) else {
        return;
    };
    // Every problem has its words in both languages (a missing argument fails a debug
    // assertion).
    for problem in loaded.check() {
        for lang in actormap::Lang::ALL {
            let _ = problem.to_text(lang);
        }
    }
    if let Ok(map) = loaded.into_map() {
        let out = tempfile::tempdir().expect("a temporary folder");
        actormap::write_path(&map, out.path()).expect("a valid map writes");
        let back = actormap::read_path(out.path()).expect("a written map reads back");
        assert_eq!(back, map);
    }
});
