//! DOT emission on any map that decodes (validation skipped: maps built in code can hold
//! anything): the DOT always parses with graphviz-rust's parser.
#![no_main]

use actormap::{dot::ClusterBy, dot::DotOptions, dot::Highlights, Lang, Network, View};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = actormap::io::load_json(text, None) else {
        return;
    };
    let map = loaded.map;
    let highlights = Network::new(&map, &View::default())
        .map(|n| Highlights::isolation(&n))
        .unwrap_or_default();
    for cluster in [None, Some(ClusterBy::Organization), Some(ClusterBy::Forum)] {
        let options = DotOptions::default()
            .with_lang(Lang::Fr)
            .with_cluster_by(cluster)
            .with_highlights(highlights.clone());
        let Ok(dot) = actormap::dot::to_dot(&map, &options) else {
            continue;
        };
        let text = dot.to_string();
        if let Err(e) = graphviz_rust::parse(&text) {
            panic!("emitted DOT does not parse: {e}\n{text}");
        }
    }
});
