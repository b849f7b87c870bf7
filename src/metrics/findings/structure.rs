//! Findings on the shape of the network: isolated actors, separate parts, articulation
//! points, bridges, actors held by a single tie.

use petgraph::graph::NodeIndex;

use super::{Context, Finding, FindingCode};
use crate::words::{Arg, Args, LIST_LIMIT, Phrase};

/// At most this many articulation points and bridges get a finding of their own.
const ONE_BY_ONE: usize = 10;

pub(super) fn isolated(cx: &Context, out: &mut Vec<Finding>) {
    let nodes: Vec<usize> = (0..cx.network.node_count())
        .filter(|&v| cx.degree(v) == 0)
        .collect();
    if nodes.is_empty() {
        return;
    }
    // Every isolated actor is named.
    let args = Args::new()
        .count("count", nodes.len())
        .with("names", Arg::list_of(cx.names(&nodes), nodes.len()));
    let args = match cx.report.view.min_level {
        Some(level) => args.select("view", "min-level").with("level", level),
        None => args.select("view", "every-link"),
    };
    out.push(Finding::new(
        FindingCode::IsolatedActors,
        cx.ids(&nodes),
        args,
    ));
}

pub(super) fn disconnected(cx: &Context, out: &mut Vec<Finding>) {
    let sizes = &cx.components.sizes;
    let parts = sizes.iter().filter(|&&s| s > 1).count();
    if parts < 2 {
        return;
    }
    // Components are largest first, so the parts of two actors or more come first.
    let mut others: Vec<Vec<usize>> = vec![Vec::new(); parts - 1];
    for (v, &c) in cx.components.of.iter().enumerate() {
        if (1..parts).contains(&c) {
            others[c - 1].push(v);
        }
    }
    let described: Vec<Arg> = others
        .iter()
        .take(LIST_LIMIT)
        .map(|nodes| Arg::list_of(cx.names(nodes), 4))
        .collect();
    let apart = if cx.report.network.isolates > 0 {
        "isolated-actors"
    } else {
        "none"
    };
    let args = Args::new()
        .select("apart", apart)
        .count("count", parts)
        .count("largest", sizes[0])
        .with("others", Arg::Series(described))
        .count("more", others.len().saturating_sub(LIST_LIMIT));
    let actors: Vec<usize> = others.into_iter().flatten().collect();
    let mut sorted = actors;
    sorted.sort_unstable();
    out.push(Finding::new(
        FindingCode::Disconnected,
        cx.ids(&sorted),
        args,
    ));
}

/// Findings on articulation points; returns the groups they were told to cut off, so
/// that a bridge to the same group is not told twice.
pub(super) fn articulation_points(cx: &Context, out: &mut Vec<Finding>) -> Vec<Vec<usize>> {
    let mut told = Vec::new();
    // Points that cut off two actors or more; a point that only holds single actors
    // hanging on it is told by the pendant finding.
    let mut points: Vec<(usize, usize)> = cx
        .cuts
        .points()
        .filter_map(|v| {
            let sizes = cut_off_size(cx, v.index());
            (sizes >= 2).then_some((v.index(), sizes))
        })
        .collect();
    points.sort_by_key(|&(v, cut)| (std::cmp::Reverse(cut), v));
    for &(v, _) in points.iter().take(ONE_BY_ONE) {
        let pieces: Vec<Vec<usize>> = cx
            .cuts
            .pieces(NodeIndex::new(v))
            .into_iter()
            .map(|p| p.into_iter().map(|n| n.index()).collect())
            .collect();
        let mut cut: Vec<usize> = pieces[1..].iter().flatten().copied().collect();
        cut.sort_unstable();
        let one_main_part = cut.len() <= pieces[0].len();
        let args = if one_main_part {
            // One main part, and what hangs on it through this actor.
            let rest = &pieces[0];
            let rest: Arg = if rest.len() <= 3 {
                Arg::list_of(cx.names(rest), 3)
            } else {
                Phrase::new("count-actors", Args::new().count("count", rest.len())).into()
            };
            Args::new()
                .select("shape", "one-main-part")
                .with("point", cx.name(v))
                .with("rest", rest)
                .with("group", cx.group(&cut, 5, 3))
        } else {
            // No part dominates: the actor holds several comparable groups together.
            const SHOWN: usize = 4;
            let mut groups: Vec<Arg> = pieces
                .iter()
                .take(SHOWN)
                .map(|p| cx.group(p, 4, 2).into())
                .collect();
            if pieces.len() > SHOWN {
                let more = Args::new().count("count", pieces.len() - SHOWN);
                groups.push(Phrase::new("metrics-more-groups", more).into());
            }
            Args::new()
                .select("shape", "groups")
                .with("point", cx.name(v))
                .count("count", pieces.len())
                .with("groups", Arg::Series(groups))
        };
        if one_main_part {
            told.push(cut.clone());
        }
        // The actor, then those it would cut off: every group when none dominates.
        let mut involved = cut;
        if !one_main_part {
            involved.extend(&pieces[0]);
            involved.sort_unstable();
        }
        let mut actors = vec![cx.id(v)];
        actors.extend(cx.ids(&involved));
        out.push(Finding::new(FindingCode::ArticulationPoint, actors, args));
    }
    if points.len() > ONE_BY_ONE {
        let mut more: Vec<usize> = points[ONE_BY_ONE..].iter().map(|&(v, _)| v).collect();
        more.sort_unstable();
        let args = Args::new()
            .select("shape", "others")
            .count("count", more.len())
            .with("names", Arg::list(cx.names(&more)));
        out.push(Finding::new(
            FindingCode::ArticulationPoint,
            cx.ids(&more),
            args,
        ));
    }
    told
}

/// Number of actors cut off from the largest remaining group when `v` leaves.
fn cut_off_size(cx: &Context, v: usize) -> usize {
    let component = cx.components.sizes[cx.components.of[v]];
    let sizes = cx.cuts.piece_sizes(NodeIndex::new(v));
    sizes.first().map_or(0, |largest| component - 1 - largest)
}

/// Findings on bridges between two groups of two actors or more, but not those whose
/// group an articulation-point finding already told (`told`).
pub(super) fn bridges(cx: &Context, told: &[Vec<usize>], out: &mut Vec<Finding>) {
    // A tie to an actor with no other tie is told by the pendant finding.
    let inner: Vec<(usize, usize)> = cx
        .cuts
        .bridges
        .iter()
        .map(|&(a, b)| (a.index(), b.index()))
        .filter(|&(a, b)| cx.degree(a) > 1 && cx.degree(b) > 1)
        .collect();
    let (mut examined, mut emitted) = (0, 0);
    for &(a, b) in &inner {
        if emitted == ONE_BY_ONE {
            break;
        }
        examined += 1;
        let b_side = side(cx, a, b);
        let component = cx.components.sizes[cx.components.of[a]];
        // Describe the smaller side; the larger is "the rest of the network".
        let small = if b_side.len() * 2 <= component {
            b_side
        } else {
            side(cx, b, a)
        };
        if told.contains(&small) {
            continue;
        }
        emitted += 1;
        let args = Args::new()
            .select("shape", "tie")
            .with("first", cx.name(a))
            .with("second", cx.name(b))
            .with("group", cx.group(&small, 5, 3));
        out.push(Finding::new(
            FindingCode::Bridge,
            vec![cx.id(a), cx.id(b)],
            args,
        ));
    }
    let rest = inner.len() - examined;
    if rest > 0 {
        let args = Args::new().select("shape", "others").count("count", rest);
        out.push(Finding::new(FindingCode::Bridge, Vec::new(), args));
    }
}

/// The nodes on `b`'s side of the bridge `a`–`b`, sorted.
fn side(cx: &Context, a: usize, b: usize) -> Vec<usize> {
    let adjacency = cx.network.adjacency();
    let mut seen = vec![false; adjacency.node_count()];
    seen[a] = true;
    seen[b] = true;
    let mut queue = vec![b];
    let mut head = 0;
    while head < queue.len() {
        let v = queue[head];
        head += 1;
        for &w in adjacency.neighbors(v) {
            if !seen[w as usize] {
                seen[w as usize] = true;
                queue.push(w as usize);
            }
        }
    }
    queue.sort_unstable();
    queue
}

pub(super) fn pendants(cx: &Context, out: &mut Vec<Finding>) {
    let adjacency = cx.network.adjacency();
    // A pair tied only to each other is told by the finding on separate parts.
    let nodes: Vec<usize> = (0..cx.network.node_count())
        .filter(|&v| cx.degree(v) == 1 && cx.components.sizes[cx.components.of[v]] > 2)
        .collect();
    if nodes.is_empty() {
        return;
    }
    let partner = |v: usize| adjacency.neighbors(v)[0] as usize;
    let args = Args::new().count("count", nodes.len());
    let args = if let [v] = nodes[..] {
        args.with("name", cx.name(v))
            .with("partner", cx.name(partner(v)))
    } else {
        let items = nodes.iter().map(|&v| {
            let pair = Args::new()
                .with("name", cx.name(v))
                .with("partner", cx.name(partner(v)));
            Phrase::new("metrics-pendant", pair)
        });
        args.with("actors", Arg::list(items))
    };
    out.push(Finding::new(
        FindingCode::PendantActors,
        cx.ids(&nodes),
        args,
    ));
}
