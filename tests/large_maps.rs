//! What large maps need: generated maps, all-pairs metrics estimated from a sample of
//! sources (the same bits for any number of threads, exact when every actor is a source,
//! within their stated error otherwise), progress reports, and the command line's
//! `generate`, `--sample`, `--exact` and `--quiet`. No timings: those are in the benches.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use actormap::metrics::{self, Sampling};
use actormap::{
    ActorMap, Lang, Network, View, generate::GenerateOptions, generate::GeneratorModel,
    metrics::MetricsOptions, metrics::MetricsReport, metrics::Progress,
};
use assert_cmd::Command;

fn generated(actors: usize, model: GeneratorModel) -> ActorMap {
    actormap::generate::generate(
        &GenerateOptions::default()
            .with_actors(actors)
            .with_model(model)
            .with_seed(3),
    )
}

fn report(map: &ActorMap, options: &MetricsOptions) -> MetricsReport {
    MetricsReport::compute(&Network::new(map, &View::default()).unwrap(), options)
}

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

#[test]
fn sampling_every_actor_is_the_exact_report() {
    let map = generated(400, GeneratorModel::Ba);
    let exact = report(
        &map,
        &MetricsOptions::default().with_sampling(Sampling::Exact),
    );
    let all = report(
        &map,
        &MetricsOptions::default().with_sampling(Sampling::Sources(400)),
    );
    assert!(exact.sampling.is_none() && all.sampling.is_none());
    assert_eq!(all.to_json(Lang::En), exact.to_json(Lang::En));
    // Small maps are exact by default.
    assert_eq!(
        report(&map, &MetricsOptions::default()).to_json(Lang::En),
        exact.to_json(Lang::En)
    );
}

#[test]
fn sampled_reports_have_the_same_bits_for_any_number_of_threads_and_a_seed() {
    let map = generated(900, GeneratorModel::Sbm);
    let options = MetricsOptions::default()
        .with_sampling(Sampling::Sources(150))
        .with_seed(11);
    let runs: Vec<String> = [1, 2, 3]
        .into_iter()
        .map(|threads| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| report(&map, &options).to_json(Lang::En))
        })
        .collect();
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[0], runs[2]);
    let other_seed = report(&map, &options.clone().with_seed(12)).to_json(Lang::En);
    assert_ne!(runs[0], other_seed);
}

#[test]
fn sampled_estimates_are_within_their_stated_error() {
    let map = generated(3000, GeneratorModel::Sbm);
    let net = Network::new(&map, &View::default()).unwrap();
    let exact = metrics::path_metrics(&net);
    let sampled = metrics::path_metrics_sampled(&net, 300, 5);
    let sample = sampled.sample.as_ref().unwrap();
    assert_eq!(sample.drawn, 300);
    // Betweenness: unbiased, so the total is close; the largest values, those a
    // facilitator reads, are near; the typical error is about the standard error stated,
    // though errors beyond two or three of them are more common than for a normal law
    // (a few sources can weigh much in one actor's betweenness).
    let n = 3000;
    let total = |b: &[f64]| b.iter().sum::<f64>();
    let off = (total(&sampled.betweenness) - total(&exact.betweenness)).abs();
    assert!(off < 0.05 * total(&exact.betweenness), "total off by {off}");
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| exact.betweenness[b].total_cmp(&exact.betweenness[a]));
    for &v in &order[..10] {
        let (x, y) = (sampled.betweenness[v], exact.betweenness[v]);
        assert!((x - y).abs() < 0.35 * y, "{v}: {x} vs {y}");
    }
    let mut ratios: Vec<f64> = (0..n)
        .map(|v| {
            (sampled.betweenness[v] - exact.betweenness[v]).abs() / sample.betweenness_error[v]
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let median = ratios[n / 2];
    assert!(median < 1.0, "median error {median} standard errors");
    let beyond = ratios.iter().filter(|&&r| r > 3.0).count();
    assert!(beyond < n / 10, "{beyond} errors beyond 3 standard errors");
    // Closeness and harmonic: within the documented bound, √(ln n / k) (of the diameter
    // for the mean distance; of the value for harmonic), and in fact much closer.
    let bound = ((n as f64).ln() / 300.0).sqrt();
    for v in 0..n {
        let distance = |c: f64| 1.0 / c; // the mean distance, in a connected map
        let off = (distance(sampled.closeness[v]) - distance(exact.closeness[v])).abs();
        assert!(off <= bound * f64::from(exact.eccentricity.iter().copied().max().unwrap()));
        assert!(off <= 0.1 * distance(exact.closeness[v]), "{v}: {off}");
        let off = (sampled.harmonic[v] - exact.harmonic[v]).abs();
        assert!(off <= 0.1 * exact.harmonic[v], "{v}: {off}");
    }
    // The diameter from the sources is a lower bound.
    let diameter = |p: &metrics::PathMetrics| p.eccentricity.iter().copied().max().unwrap();
    assert!(diameter(&sampled) <= diameter(&exact));
    assert!(diameter(&sampled) + 1 >= diameter(&exact));
}

#[test]
fn the_report_says_what_is_estimated() {
    let map = generated(1000, GeneratorModel::Sbm);
    let r = report(
        &map,
        &MetricsOptions::default()
            .with_sampling(Sampling::Sources(100))
            .with_seed(7),
    );
    let sampling = r.sampling.as_ref().unwrap();
    assert_eq!(
        (sampling.sources, sampling.seed, sampling.automatic),
        (100, 7, false)
    );
    assert_eq!(
        sampling.estimated_actors,
        r.actors.iter().filter(|a| a.estimated).count()
    );
    assert!(sampling.betweenness_standard_error > 0.0);
    assert!(
        r.to_text(Lang::En)
            .contains("estimated from 100 sources (seed 7)")
    );
    let json: serde_json::Value = serde_json::from_str(&r.to_json(Lang::En)).unwrap();
    assert_eq!(json["sampling"]["sources"], 100);
    let csv = r.to_csv();
    assert!(csv.lines().next().unwrap().ends_with(",estimated"));
    // An exact report says nothing of the kind.
    let exact = report(&map, &MetricsOptions::default());
    assert!(!exact.to_json(Lang::En).contains("\"sampling\""));
    assert!(!exact.to_json(Lang::En).contains("\"estimated\""));
    assert!(!exact.to_csv().contains("estimated"));
}

#[test]
fn progress_is_reported_up_to_the_end() {
    let map = generated(300, GeneratorModel::Ba);
    let calls = Arc::new(AtomicUsize::new(0));
    let last = Arc::new(AtomicUsize::new(0));
    let (c, l) = (Arc::clone(&calls), Arc::clone(&last));
    let progress = Progress::new(move |done, total| {
        assert!(done <= total);
        assert_eq!(total, 300);
        c.fetch_add(1, Ordering::Relaxed);
        l.fetch_max(done, Ordering::Relaxed);
    });
    let with = report(
        &map,
        &MetricsOptions::default().with_progress(Some(progress)),
    );
    assert!(calls.load(Ordering::Relaxed) >= 300 / 64);
    assert_eq!(last.load(Ordering::Relaxed), 300);
    assert_eq!(with, report(&map, &MetricsOptions::default()));

    let drawn = Arc::new(AtomicUsize::new(0));
    let d = Arc::clone(&drawn);
    let options = GenerateOptions::default()
        .with_actors(20_000)
        .with_progress(Some(Progress::new(move |done, _| {
            d.fetch_max(done, Ordering::Relaxed);
        })));
    let big = actormap::generate::generate(&options);
    assert_eq!(drawn.load(Ordering::Relaxed), big.links.len());
}

#[test]
fn generate_writes_the_same_clean_map_for_a_seed() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name);
    for (name, model) in [("a.json", "sbm"), ("b.json", "sbm"), ("ba.json", "ba")] {
        actormap()
            .args([
                "generate", "--actors", "500", "--seed", "9", "--model", model, "-o",
            ])
            .arg(out(name))
            .assert()
            .success()
            .stdout("")
            .stderr("");
    }
    let read = |name: &str| std::fs::read(out(name)).unwrap();
    assert_eq!(read("a.json"), read("b.json"));
    assert_ne!(read("a.json"), read("ba.json"));
    let map = actormap::read_path(out("ba.json")).unwrap();
    assert_eq!(map.actors.len(), 500);
    assert_eq!(map.links.len(), 5 + (500 - 6) * 5);
    actormap()
        .arg("check")
        .arg(out("a.json"))
        .assert()
        .success()
        .stdout(format!("{}: no problems found\n", out("a.json").display()));
    // The library gives the same bytes.
    let same = actormap::generate::generate(
        &GenerateOptions::default()
            .with_actors(500)
            .with_seed(9)
            .with_model(GeneratorModel::Sbm),
    );
    assert_eq!(
        actormap::io::to_json_string(&same).as_bytes(),
        read("a.json")
    );
    // A spreadsheet folder too, and standard output by default.
    actormap()
        .args(["generate", "--actors", "50", "-o"])
        .arg(out("sheets"))
        .assert()
        .success();
    assert!(out("sheets").join("actors.csv").exists());
    let stdout = actormap()
        .args(["generate", "--actors", "50"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(stdout.starts_with(b"{\n  \"format\": \"actormap/1\""));
}

#[test]
fn metrics_sample_exact_and_quiet_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    actormap()
        .args(["generate", "--actors", "300", "-o"])
        .arg(&map)
        .assert()
        .success();
    let run = |extra: &[&str]| -> serde_json::Value {
        let out = actormap()
            .arg("metrics")
            .arg(&map)
            .args(["--format", "json", "--quiet"])
            .args(extra)
            .assert()
            .success()
            .stderr("")
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let sampled = run(&["--sample", "64", "--seed", "3"]);
    assert_eq!(sampled["sampling"]["sources"], 64);
    assert_eq!(sampled["sampling"]["seed"], 3);
    assert_eq!(sampled, run(&["--sample", "64", "--seed", "3"]));
    let exact = run(&["--exact"]);
    assert!(exact.get("sampling").is_none());
    assert_eq!(exact, run(&[]));
    assert_eq!(exact, run(&["--sample", "300"]));
    actormap()
        .arg("metrics")
        .arg(&map)
        .args(["--sample", "10", "--exact"])
        .assert()
        .code(2);
    let text = actormap()
        .arg("metrics")
        .arg(&map)
        .args(["--sample", "64"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(text)
            .unwrap()
            .contains("estimated from 64 sources (seed 1)")
    );
    for command in ["dot", "render"] {
        actormap()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicates::str::contains("--quiet"));
    }
}
