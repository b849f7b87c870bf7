//! Reading, checking and building the analysis view of the bundled maps.

use std::hint::black_box;
use std::path::Path;

use actormap::{Network, View, io::ReadOptions};
use criterion::{Criterion, criterion_group, criterion_main};

fn io(c: &mut Criterion) {
    let json = std::fs::read_to_string("fixtures/pierre-de-saurel-aines.json").unwrap();
    let map = actormap::io::from_json_str(&json).unwrap();

    c.bench_function("load_json/pierre-de-saurel", |b| {
        b.iter(|| actormap::io::load_json(black_box(&json), None).unwrap())
    });
    c.bench_function("load_spreadsheets/pierre-de-saurel", |b| {
        let folder = Path::new("fixtures/pierre-de-saurel-aines");
        b.iter(|| actormap::load_path(black_box(folder), &ReadOptions::default()).unwrap())
    });
    c.bench_function("validate/pierre-de-saurel", |b| {
        b.iter(|| actormap::validate::validate(black_box(&map)))
    });
    c.bench_function("save_json/pierre-de-saurel", |b| {
        b.iter(|| actormap::io::to_json_string(black_box(&map)))
    });
    c.bench_function("network/pierre-de-saurel", |b| {
        b.iter(|| {
            Network::new(black_box(&map), &View::default())
                .unwrap()
                .edge_count()
        })
    });
}

criterion_group!(benches, io);
criterion_main!(benches);
