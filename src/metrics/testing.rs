//! Small graphs and helpers shared by the metrics' unit tests.

use crate::model::{Actor, ActorKind, ActorMap, Level, Link};
use crate::network::Adjacency;

/// The compact adjacency of `n` nodes and these ties.
pub(crate) fn graph(n: usize, edges: &[(u32, u32)]) -> Adjacency {
    Adjacency::from_edges(n, edges)
}

/// Triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.
pub(crate) fn two_triangles() -> (usize, Vec<(u32, u32)>) {
    (
        6,
        vec![(0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5)],
    )
}

/// Equal to within 1e-12.
#[track_caller]
pub(crate) fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-12, "{a} != {b}");
}

/// A map with these actors (id, name, kind) and undirected links at `level`.
pub(crate) fn map_of(
    actors: &[(&str, &str, ActorKind)],
    links: &[(&str, &str, Level)],
) -> ActorMap {
    let mut map = ActorMap::default();
    for &(id, name, kind) in actors {
        map.actors.push(Actor::new(id, name, kind));
    }
    for &(a, b, level) in links {
        map.links.push(Link::new(a, b, level));
    }
    map
}
