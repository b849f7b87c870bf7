//! The pipeline outside the metrics at 100, 1,000, 10,000 and 100,000 actors (generated
//! territory maps, about five links per actor): reading JSON, validating, building the
//! analysis view, emitting DOT, and generating a map.

mod common;

use std::hint::black_box;

use actormap::{Network, View, dot::DotOptions, generate::GenerateOptions};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use common::{SIZES, samples, territory_map};

fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline");
    for &n in &SIZES {
        let map = territory_map(n);
        let json = actormap::io::to_json_string(&map);
        group.sample_size(samples(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("load-json", n), &json, |b, json| {
            b.iter(|| actormap::io::load_json(black_box(json), None).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("validate", n), &map, |b, map| {
            b.iter(|| actormap::validate::validate(black_box(map)))
        });
        group.bench_with_input(BenchmarkId::new("network", n), &map, |b, map| {
            b.iter(|| Network::new(black_box(map), &View::default()).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("dot", n), &map, |b, map| {
            b.iter(|| {
                actormap::dot::to_dot(black_box(map), &DotOptions::default())
                    .unwrap()
                    .to_string()
            })
        });
        group.bench_with_input(BenchmarkId::new("save-json", n), &map, |b, map| {
            b.iter(|| actormap::io::to_json_string(black_box(map)))
        });
        group.bench_with_input(BenchmarkId::new("generate", n), &n, |b, &n| {
            b.iter(|| {
                actormap::generate::generate(&GenerateOptions::default().with_actors(black_box(n)))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
