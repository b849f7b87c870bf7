//! Findings on coverage: needs, kinds and how they mix, users, territories.

use super::{Context, Finding, FindingCode};
use crate::model::ActorKind;
use crate::words::{Arg, Args};

pub(super) fn needs(cx: &Context, out: &mut Vec<Finding>) {
    let map = cx.network.map();
    for need in &cx.report.coverage.needs.needs {
        let args = Args::new().quoted("need", need.name.as_str());
        let working: Vec<&crate::model::Forum> = map
            .forums
            .iter()
            .filter(|f| f.needs.contains(&need.id))
            .collect();
        let (code, args, actors) = match need.count {
            0 => {
                let forums = Arg::quoted_list(working.iter().map(|f| f.name.as_str()));
                (
                    FindingCode::NeedUnserved,
                    args.with("forums", forums),
                    Vec::new(),
                )
            }
            1 => (
                FindingCode::NeedSingleProvider,
                args.with("provider", cx.name_of_id(&need.providers[0])),
                need.providers.clone(),
            ),
            n if need.kinds.len() == 1 => {
                let kind = need.kinds[0];
                let providers: Vec<String> =
                    need.providers.iter().map(|p| cx.name_of_id(p)).collect();
                let args = args
                    .count("count", n)
                    .with("kind", kind)
                    .with("providers", Arg::list(providers));
                let mut f = Finding::new(FindingCode::NeedSingleKind, need.providers.clone(), args);
                f.kinds = vec![kind];
                f.needs = vec![need.id.clone()];
                out.push(f);
                continue;
            }
            _ => continue,
        };
        let mut f = Finding::new(code, actors, args);
        f.needs = vec![need.id.clone()];
        f.forums = working.iter().map(|f| f.id.clone()).collect();
        out.push(f);
    }
}

pub(super) fn kinds(cx: &Context, out: &mut Vec<Finding>) {
    let coverage = &cx.report.coverage;
    let in_view = |k: ActorKind| {
        cx.report
            .view
            .kinds
            .as_ref()
            .is_none_or(|ks| ks.contains(&k))
    };
    for &kind in &coverage.kinds.absent {
        if !in_view(kind) || cx.network.node_count() == 0 {
            continue;
        }
        let args = Args::new().with("kind", kind);
        let mut f = Finding::new(FindingCode::KindAbsent, Vec::new(), args);
        f.kinds = vec![kind];
        out.push(f);
    }
    for [k1, k2] in coverage.kind_pairs_without_tie() {
        let args = Args::new()
            .with("kind", k1)
            .with("other", k2)
            .select("shape", "map");
        let mut f = Finding::new(FindingCode::KindPairWithoutTie, Vec::new(), args);
        f.kinds = vec![k1, k2];
        out.push(f);
    }
    let mixing = &coverage.kind_mixing;
    let present = ActorKind::ALL.len() - coverage.kinds.absent.len();
    if let (Some(ei), Some(cross)) = (mixing.ei_index, mixing.cross_kind_share) {
        if ei < 0.0 && present > 1 {
            let args = Args::new()
                .select("shape", "network")
                .number("share", cross)
                .number("ei", ei);
            out.push(Finding::new(FindingCode::LowCrossKind, Vec::new(), args));
        }
    }
    for row in &mixing.by_kind {
        let actors = coverage.kinds.by_kind[row.kind.index()].actors;
        let Some(ei) = row.ei_index else { continue };
        if ei >= 0.0 || actors < 2 || present < 2 {
            continue;
        }
        let kind = row.kind;
        let args = Args::new()
            .select("shape", "kind")
            .with("kind", kind)
            .count("external", row.external)
            .count("total", row.internal + row.external)
            .number("ei", ei);
        let mut f = Finding::new(FindingCode::LowCrossKind, Vec::new(), args);
        f.kinds = vec![kind];
        out.push(f);
    }
}

pub(super) fn users(cx: &Context, out: &mut Vec<Finding>) {
    let adjacency = cx.network.adjacency();
    for id in &cx.report.coverage.users.without_public_tie {
        let Some(u) = cx.network.node(id).map(|n| n.index()) else {
            continue;
        };
        // An isolated user is told by the finding on isolated actors.
        if cx.degree(u) == 0 {
            continue;
        }
        let is_public = |w: u32| cx.kind(w as usize) == ActorKind::Public;
        let through: Vec<usize> = adjacency
            .neighbors(u)
            .iter()
            .filter(|&&w| {
                adjacency
                    .neighbors(w as usize)
                    .iter()
                    .any(|&x| is_public(x))
            })
            .map(|&w| w as usize)
            .collect();
        let mut public: Vec<u32> = through
            .iter()
            .flat_map(|&w| adjacency.neighbors(w).iter().copied())
            .filter(|&x| is_public(x))
            .collect();
        public.sort_unstable();
        public.dedup();
        let args = Args::new()
            .with("name", cx.name(u))
            .count("public", public.len())
            .with("via", Arg::list(cx.names(&through)));
        let mut actors = vec![id.clone()];
        actors.extend(cx.ids(&through));
        out.push(Finding::new(
            FindingCode::UserWithoutPublicTie,
            actors,
            args,
        ));
    }
}

pub(super) fn territories(cx: &Context, out: &mut Vec<Finding>) {
    let t = &cx.report.coverage.territories;
    if t.territories.len() < 2 {
        return;
    }
    for (kind, without) in [
        (ActorKind::Public, &t.without_public),
        (ActorKind::Community, &t.without_community),
    ] {
        if without.is_empty() || cx.report.coverage.kinds.absent.contains(&kind) {
            continue;
        }
        let args = Args::new()
            .with("kind", kind)
            .with("territories", Arg::list(without));
        let mut f = Finding::new(FindingCode::TerritoryMissingKind, Vec::new(), args);
        f.kinds = vec![kind];
        f.territories = without.clone();
        out.push(f);
    }
}
