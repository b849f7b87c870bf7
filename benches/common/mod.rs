//! Generated maps the benchmarks share: the same map for the same size, every run.

#![allow(dead_code)] // each bench uses part of it

use actormap::{ActorMap, generate::GenerateOptions, generate::GeneratorModel};

/// The sizes every family is measured at.
pub const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];

/// A territory map (stochastic block model, about 5 links per actor), seed 1.
pub fn territory_map(actors: usize) -> ActorMap {
    actormap::generate::generate(&GenerateOptions::default().with_actors(actors).with_seed(1))
}

/// A Barabási–Albert map (m = 5), seed 1: the graph of the peer comparison.
pub fn scale_free_map(actors: usize) -> ActorMap {
    actormap::generate::generate(
        &GenerateOptions::default()
            .with_actors(actors)
            .with_model(GeneratorModel::Ba)
            .with_seed(1),
    )
}

/// How many samples criterion takes at a size: fewer for the slow large maps, so that
/// `cargo bench` ends in minutes.
pub fn samples(actors: usize) -> usize {
    match actors {
        0..=1_000 => 50,
        1_001..=10_000 => 20,
        _ => 10,
    }
}
