//! Each metric family at 100, 1,000, 10,000 and 100,000 actors (generated territory maps,
//! about five links per actor), and the whole report.
//!
//! The all-pairs metrics (betweenness, closeness, harmonic centrality, eccentricity) are
//! measured exact up to 10,000 actors, and sampled from 256 sources at 100,000; the exact
//! betweenness of the peer comparison's Barabási–Albert graph is `paths/exact-ba`. The
//! linear-time families report their throughput in links per second, so the time per link
//! can be read off directly (see BENCHMARKS.md).

mod common;

use std::hint::black_box;
use std::time::Duration;

use actormap::metrics::{self, Sampling};
use actormap::{Lang, Network, View, metrics::MetricsOptions, metrics::MetricsReport};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use common::{SIZES, samples, scale_free_map, territory_map};

fn paths(c: &mut Criterion) {
    let mut group = c.benchmark_group("paths");
    for &n in &SIZES {
        let map = territory_map(n);
        let net = Network::new(&map, &View::default()).unwrap();
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        if n <= 10_000 {
            group.bench_with_input(BenchmarkId::new("exact", n), &net, |b, net| {
                b.iter(|| metrics::path_metrics(black_box(net)))
            });
        }
        if n >= 10_000 {
            group.bench_with_input(BenchmarkId::new("sampled-256", n), &net, |b, net| {
                b.iter(|| metrics::path_metrics_sampled(black_box(net), 256, 1))
            });
        }
    }
    let map = scale_free_map(10_000);
    let net = Network::new(&map, &View::default()).unwrap();
    group.sample_size(10);
    group.throughput(Throughput::Elements(10_000));
    group.bench_with_input(BenchmarkId::new("exact-ba", 10_000), &net, |b, net| {
        b.iter(|| metrics::path_metrics(black_box(net)))
    });
    group.finish();
}

fn structure(c: &mut Criterion) {
    let mut group = c.benchmark_group("structure");
    for &n in &SIZES {
        let map = territory_map(n);
        let net = Network::new(&map, &View::default()).unwrap();
        group.sample_size(samples(n).max(20));
        group.throughput(Throughput::Elements(net.edge_count() as u64));
        group.bench_with_input(BenchmarkId::new("components", n), &net, |b, net| {
            b.iter(|| metrics::components(black_box(net)))
        });
        group.bench_with_input(BenchmarkId::new("cut-points", n), &net, |b, net| {
            b.iter(|| metrics::cut_points(black_box(net)))
        });
        group.bench_with_input(BenchmarkId::new("k-core", n), &net, |b, net| {
            b.iter(|| metrics::core_numbers(black_box(net)))
        });
        group.bench_with_input(BenchmarkId::new("clustering", n), &net, |b, net| {
            b.iter(|| metrics::clustering(black_box(net)))
        });
        group.bench_with_input(BenchmarkId::new("constraint", n), &net, |b, net| {
            b.iter(|| metrics::constraint(black_box(net)))
        });
    }
    group.finish();
}

fn coverage_and_forums(c: &mut Criterion) {
    let mut group = c.benchmark_group("coverage");
    for &n in &SIZES {
        let map = territory_map(n);
        let net = Network::new(&map, &View::default()).unwrap();
        group.sample_size(samples(n).max(20));
        group.throughput(Throughput::Elements(net.edge_count() as u64));
        group.bench_with_input(BenchmarkId::new("coverage", n), &net, |b, net| {
            b.iter(|| metrics::coverage(black_box(net)))
        });
        group.bench_with_input(BenchmarkId::new("forums", n), &net, |b, net| {
            b.iter(|| metrics::forums(black_box(net)))
        });
    }
    group.finish();
}

fn report(c: &mut Criterion) {
    let mut group = c.benchmark_group("report");
    for &n in &SIZES {
        let map = territory_map(n);
        let net = Network::new(&map, &View::default()).unwrap();
        // Exact up to 10,000 actors, sampled from 256 sources above 20,000: the default.
        let options = MetricsOptions::default().with_sampling(Sampling::Auto);
        group.sample_size(samples(n));
        if n >= 10_000 {
            group.measurement_time(Duration::from_secs(20));
        }
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("compute", n), &net, |b, net| {
            b.iter(|| MetricsReport::compute(black_box(net), &options))
        });
        let computed = MetricsReport::compute(&net, &options);
        group.bench_with_input(BenchmarkId::new("to-json", n), &computed, |b, r| {
            b.iter(|| black_box(r).to_json(Lang::En))
        });
    }
    group.finish();
}

criterion_group!(benches, paths, structure, coverage_and_forums, report);
criterion_main!(benches);
