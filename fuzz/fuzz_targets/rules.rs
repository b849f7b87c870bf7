//! Rule files on any bytes: never panics; a rule set that loads checks a map.
#![no_main]

use actormap::{gaps::GapsOptions, gaps::GapsReport, Network, gaps::RuleSet, View};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let rules = match RuleSet::from_json_str(text, None) {
        Ok(rules) => rules,
        Err(e) => {
            // Every error and problem has its words in both languages.
            for lang in actormap::Lang::ALL {
                let _ = e.message(lang);
                for problem in e.problems() {
                    let _ = problem.to_text(lang);
                }
            }
            return;
        }
    };
    let map = actormap::read_path("../fixtures/pierre-de-saurel-aines.json")
        .or_else(|_| actormap::read_path("fixtures/pierre-de-saurel-aines.json"))
        .expect("the bundled map");
    let network = Network::new(&map, &View::default()).expect("a valid map");
    let _ = GapsReport::compute(&network, &[rules], &GapsOptions::default()).expect("no forum chosen");
});
