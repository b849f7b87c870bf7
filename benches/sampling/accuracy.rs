//! How far the sampled all-pairs metrics are from the exact ones, on a generated map: one
//! exact run (minutes at 100,000 actors), then three seeds of `k` sources. Prints one
//! Markdown row per seed (the table of BENCHMARKS.md's "Sampling").
//!
//! ```sh
//! cargo run --release --example sampling-accuracy -- 100000 sbm 256
//! ```

use std::collections::HashSet;
use std::time::Instant;

use actormap::metrics::{path_metrics, path_metrics_sampled};
use actormap::{Network, View, generate::GenerateOptions, generate::GeneratorModel};

/// The value at quantile `p` (0 to 1).
fn quantile(mut values: Vec<f64>, p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * p) as usize]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: sampling-accuracy ACTORS sbm|ba SOURCES";
    let n: usize = args.get(1).expect(usage).parse().expect(usage);
    let model: GeneratorModel = args.get(2).expect(usage).parse().expect(usage);
    let k: usize = args.get(3).expect(usage).parse().expect(usage);
    let map =
        actormap::generate::generate(&GenerateOptions::default().with_actors(n).with_model(model));
    let net = Network::new(&map, &View::default()).unwrap();
    let start = Instant::now();
    let exact = path_metrics(&net);
    eprintln!("exact: {:.1} s", start.elapsed().as_secs_f64());
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| exact.betweenness[b].total_cmp(&exact.betweenness[a]));
    let top = (n / 100).max(1);
    let relative = |x: f64, y: f64| (x - y).abs() / y;
    for seed in 1..=3 {
        let start = Instant::now();
        let s = path_metrics_sampled(&net, k, seed);
        let took = start.elapsed().as_secs_f64();
        let error = &s.sample.as_ref().unwrap().betweenness_error;
        let b_top: Vec<f64> = order[..top]
            .iter()
            .map(|&v| relative(s.betweenness[v], exact.betweenness[v]))
            .collect();
        let in_errors: Vec<f64> = (0..n)
            .filter(|&v| error[v] > 0.0)
            .map(|v| (s.betweenness[v] - exact.betweenness[v]).abs() / error[v])
            .collect();
        let close: Vec<f64> = (0..n)
            .filter(|&v| exact.closeness[v] > 0.0)
            .map(|v| relative(s.closeness[v], exact.closeness[v]))
            .collect();
        let harmonic: Vec<f64> = (0..n)
            .filter(|&v| exact.harmonic[v] > 0.0)
            .map(|v| relative(s.harmonic[v], exact.harmonic[v]))
            .collect();
        let mut ranked: Vec<usize> = (0..n).collect();
        ranked.sort_by(|&a, &b| s.betweenness[b].total_cmp(&s.betweenness[a]));
        let found = |count: usize| {
            let truth: HashSet<usize> = order[..count].iter().copied().collect();
            ranked[..count].iter().filter(|v| truth.contains(v)).count()
        };
        let diameter = |e: &[u32]| e.iter().copied().max().unwrap_or(0);
        println!(
            "| {model}-{n} | {seed} | {took:.2} s | {:.1} % | {:.1} % | {:.2} | {}/{top} | {}/10 | {:.2} % | {:.1} % | {:.2} % | {:.1} % | {} vs {} |",
            100.0 * quantile(b_top.clone(), 0.5),
            100.0 * quantile(b_top, 0.9),
            quantile(in_errors, 0.5),
            found(top),
            found(10.min(n)),
            100.0 * quantile(close.clone(), 0.5),
            100.0 * quantile(close, 1.0),
            100.0 * quantile(harmonic.clone(), 0.5),
            100.0 * quantile(harmonic, 1.0),
            diameter(&s.eccentricity),
            diameter(&exact.eccentricity),
        );
    }
}
