//! The readers of other tools' formats (GraphML, GEXF, Kumu JSON, adjacency matrices)
//! on any text: never panic; a map read from GraphML writes back to GraphML and reads
//! back equal.
#![no_main]

use actormap::{interop::GraphmlOptions, interop::ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let options = ImportOptions::default();
    let loaded = match selector % 4 {
        0 => actormap::interop::load_graphml(text, None, &options),
        1 => actormap::interop::load_gexf(text, None, &options),
        2 => actormap::interop::load_kumu_json(text, None, &options),
        _ => actormap::interop::load_matrix(text, None, &options),
    };
    let Ok(loaded) = loaded else {
        return;
    };
    // Every problem has its words in both languages (a missing argument fails a debug
    // assertion).
    for problem in loaded.check() {
        for lang in actormap::Lang::ALL {
            let _ = problem.to_text(lang);
        }
    }
    if selector % 4 == 0 {
        if let Ok(map) = loaded.into_map() {
            if let Ok(xml) = actormap::interop::to_graphml(&map, &GraphmlOptions::default()) {
                let back = actormap::interop::load_graphml(&xml, None, &options)
                    .expect("GraphML we wrote parses")
                    .into_map()
                    .expect("and is valid");
                assert_eq!(back, map);
            }
        }
    }
});
