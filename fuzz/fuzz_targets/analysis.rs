//! Validation, metrics, gaps, the comparison and the report on any map that loads:
//! never panics, and the same map gives the same report twice.
#![no_main]

use actormap::{diff::DiffOptions, gaps::GapsOptions, gaps::GapsReport, Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, report::ReportOptions, View};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(map) = actormap::io::from_json_str(text) else {
        return;
    };
    let _ = actormap::validate::validate(&map);
    for view in [View::default(), View::default().with_forum_ties(true)] {
        let Ok(network) = Network::new(&map, &view) else {
            continue;
        };
        let report = MetricsReport::compute(&network, &MetricsOptions::default());
        let _ = report.to_text(Lang::Fr);
        let _ = report.to_csv();
        assert_eq!(report.to_json(Lang::Fr), MetricsReport::compute(&network, &MetricsOptions::default()).to_json(Lang::Fr));
        let sets = actormap::gaps::default_rule_sets(&map);
        let gaps = GapsReport::compute(&network, &sets, &GapsOptions::default()).expect("every forum exists");
        let _ = gaps.to_text(&map, Lang::Fr);
        let _ = gaps.to_json(Lang::Fr);
    }
    let diff = actormap::diff::diff(&map, &map, &DiffOptions::default()).expect("a map compares with itself");
    assert!(diff.links_added.is_empty() && diff.links_removed.is_empty());
    let _ = diff.to_text(Lang::Fr);
    let _ = actormap::report::html_report(&map, &ReportOptions::new(Lang::En));
    let _ = actormap::privacy::anonymize_users(&map, Lang::En);
});
