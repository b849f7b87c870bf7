//! The actormap side of the peer comparison (`benches/peers/run.sh`): time the metrics the
//! peers also compute on one map, and write their values for the agreement check.
//!
//! ```sh
//! cargo run --release --example peer-timings -- MAP.json [--repeat N] [--threads T] [--values OUT.json]
//! ```
//!
//! Prints one JSON object: the map's size, the thread count, and the time in seconds of
//! each run of each metric. Every node's values (map order) go to `--values`.

use std::time::Instant;

use actormap::metrics;
use actormap::{Network, View};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: peer-timings MAP.json [--repeat N] [--threads T] [--values OUT.json]");
    let (mut repeat, mut threads, mut values) = (3usize, 0usize, None::<String>);
    while let Some(flag) = args.next() {
        let value = args.next().expect("a value after the flag");
        match flag.as_str() {
            "--repeat" => repeat = value.parse().expect("a number of runs"),
            "--threads" => threads = value.parse().expect("a number of threads"),
            "--values" => values = Some(value),
            other => panic!("unknown flag {other}"),
        }
    }
    let map = actormap::read_path(path).expect("a valid map");
    let network = Network::new(&map, &View::default()).expect("a valid map");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    pool.install(|| {
        let time = |f: &dyn Fn()| -> Vec<f64> {
            (0..repeat)
                .map(|_| {
                    let start = Instant::now();
                    f();
                    start.elapsed().as_secs_f64()
                })
                .collect()
        };
        let betweenness = time(&|| {
            std::hint::black_box(metrics::path_metrics(&network));
        });
        let core = time(&|| {
            std::hint::black_box(metrics::core_numbers(&network));
        });
        let clustering = time(&|| {
            std::hint::black_box(metrics::clustering(&network));
        });
        println!(
            "{}",
            serde_json::json!({
                "actors": network.node_count(),
                "links": network.edge_count(),
                "threads": rayon::current_num_threads(),
                "times": {
                    "betweenness": betweenness,
                    "k-core": core,
                    "clustering": clustering,
                },
            })
        );
        if let Some(out) = values {
            let paths = metrics::path_metrics(&network);
            let json = serde_json::json!({
                "betweenness": paths.betweenness,
                "closeness": paths.closeness,
                "harmonic": paths.harmonic,
                "k-core": metrics::core_numbers(&network),
                "clustering": metrics::clustering(&network),
            });
            std::fs::write(out, json.to_string()).expect("the values file is writable");
        }
    });
}
