//! The JSON reader on any bytes: never panics; a map it accepts saves and reads back
//! equal, and saves to the same bytes twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = actormap::io::load_json(text, None) else {
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
        let saved = actormap::io::to_json_string(&map);
        let again = actormap::io::from_json_str(&saved).expect("a saved map reads back");
        assert_eq!(again, map);
        assert_eq!(actormap::io::to_json_string(&again), saved);
    }
});
