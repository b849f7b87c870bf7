//! Findings on the shape of the network: isolated actors, separate parts, articulation
//! points, bridges, actors held by a single tie.

use petgraph::graph::NodeIndex;

use super::{Context, Finding, FindingCode};
use crate::words::legacy::{LIST_LIMIT, count, list};

/// At most this many articulation points and bridges get a finding of their own.
const ONE_BY_ONE: usize = 10;

pub(super) fn isolated(cx: &Context, out: &mut Vec<Finding>) {
    let nodes: Vec<usize> = (0..cx.network.node_count())
        .filter(|&v| cx.degree(v) == 0)
        .collect();
    if nodes.is_empty() {
        return;
    }
    let lang = cx.lang;
    let level = match cx.report.view.min_level {
        Some(l) => cx.pick(
            format!(" at the {} level or above", lang.level(l)),
            format!(" au niveau {} ou plus", lang.level(l)),
        ),
        None => String::new(),
    };
    let names = list(lang, &cx.names(&nodes), usize::MAX);
    let sentence = if nodes.len() == 1 {
        cx.pick(
            format!(
                "{names} has no tie to any other actor{level}: it is on the map but works with \
                 no one in it. Invite it to a table or a project, or add the ties the map is \
                 missing."
            ),
            format!(
                "{names} n'a aucun lien avec un autre acteur{level}. Un acteur sans lien figure \
                 sur la carte sans travailler avec personne : invitez-le à une table ou à un \
                 projet, ou ajoutez les liens qui manquent à la carte."
            ),
        )
    } else {
        cx.pick(
            format!(
                "{} actors have no tie to any other actor{level}: {names}. They are on the map \
                 but work with no one in it: invite them to a table or a project, or add the \
                 ties the map is missing.",
                nodes.len()
            ),
            format!(
                "{} acteurs n'ont aucun lien avec un autre acteur{level} : {names}. Ils figurent \
                 sur la carte sans travailler avec personne : invitez-les à une table ou à un \
                 projet, ou ajoutez les liens qui manquent à la carte.",
                nodes.len()
            ),
        )
    };
    out.push(Finding::legacy(
        FindingCode::IsolatedActors,
        cx.ids(&nodes),
        sentence,
    ));
}

pub(super) fn disconnected(cx: &Context, out: &mut Vec<Finding>) {
    let sizes = &cx.components.sizes;
    let parts = sizes.iter().filter(|&&s| s > 1).count();
    if parts < 2 {
        return;
    }
    let lang = cx.lang;
    // Components are largest first, so the parts of two actors or more come first.
    let mut others: Vec<Vec<usize>> = vec![Vec::new(); parts - 1];
    for (v, &c) in cx.components.of.iter().enumerate() {
        if (1..parts).contains(&c) {
            others[c - 1].push(v);
        }
    }
    let described: Vec<String> = others
        .iter()
        .take(LIST_LIMIT)
        .map(|nodes| list(lang, &cx.names(nodes), 4))
        .collect();
    let mut described = described.join(lang.pick("; ", " ; "));
    if others.len() > LIST_LIMIT {
        described += &cx.pick(
            format!("; and {} more", others.len() - LIST_LIMIT),
            format!(" ; et {} autres", others.len() - LIST_LIMIT),
        );
    }
    let apart = if cx.report.network.isolates > 0 {
        cx.pick(
            "Apart from isolated actors, the".to_owned(),
            "Hormis les acteurs isolés, le".to_owned(),
        )
    } else {
        cx.pick("The".to_owned(), "Le".to_owned())
    };
    let sentence = cx.pick(
        format!(
            "{apart} network is in {parts} parts that do not reach each other: the largest has \
             {} actors; the others: {described}. No path of ties joins them: a tie between \
             the parts would let information and referrals flow.",
            sizes[0]
        ),
        format!(
            "{apart} réseau est formé de {parts} parties qui ne se rejoignent pas : la plus \
             grande compte {} acteurs ; les autres : {described}. Aucun chemin de liens ne les \
             relie : un lien entre les parties permettrait à l'information et aux références de \
             circuler.",
            sizes[0]
        ),
    );
    let actors: Vec<usize> = others.into_iter().flatten().collect();
    let mut sorted = actors;
    sorted.sort_unstable();
    out.push(Finding::legacy(
        FindingCode::Disconnected,
        cx.ids(&sorted),
        sentence,
    ));
}

/// Findings on articulation points; returns the groups they were told to cut off, so
/// that a bridge to the same group is not told twice.
pub(super) fn articulation_points(cx: &Context, out: &mut Vec<Finding>) -> Vec<Vec<usize>> {
    let mut told = Vec::new();
    let lang = cx.lang;
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
        let point = cx.name(v);
        let one_main_part = cut.len() <= pieces[0].len();
        let sentence = if one_main_part {
            // One main part, and what hangs on it through this actor.
            let rest = &pieces[0];
            let rest_words = if rest.len() <= 3 {
                list(lang, &cx.names(rest), 3)
            } else {
                cx.pick(
                    format!("{} actors", rest.len()),
                    format!("{} acteurs", rest.len()),
                )
            };
            let group = cx.group(&cut, 5, 3);
            cx.pick(
                format!(
                    "{point} is the only link between the rest of the network ({rest_words}) \
                     and {group}. If it stepped back, they would be cut off; ties between them \
                     and other partners would make the network less fragile."
                ),
                format!(
                    "{point} est le seul lien entre le reste du réseau ({rest_words}) et \
                     {group}. Si cet acteur se retirait, ils en seraient coupés ; des liens \
                     entre eux et d'autres partenaires rendraient le réseau moins fragile."
                ),
            )
        } else {
            // No part dominates: the actor holds several comparable groups together.
            const SHOWN: usize = 4;
            let mut groups: Vec<String> = pieces
                .iter()
                .take(SHOWN)
                .map(|p| cx.group(p, 4, 2))
                .collect();
            if pieces.len() > SHOWN {
                let more = pieces.len() - SHOWN;
                groups.push(cx.pick(
                    count(more, "more group", "more groups"),
                    count(more, "autre groupe", "autres groupes"),
                ));
            }
            let groups = groups.join(lang.pick("; ", " ; "));
            let k = pieces.len();
            cx.pick(
                format!(
                    "{point} holds together {k} groups that would be cut off from each other \
                     without it: {groups}. Ties between these groups would make the network \
                     less fragile."
                ),
                format!(
                    "{point} relie {k} groupes qui, sans cet acteur, seraient coupés les uns des \
                     autres : {groups}. Des liens entre ces groupes rendraient le réseau moins \
                     fragile."
                ),
            )
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
        out.push(Finding::legacy(
            FindingCode::ArticulationPoint,
            actors,
            sentence,
        ));
    }
    if points.len() > ONE_BY_ONE {
        let mut more: Vec<usize> = points[ONE_BY_ONE..].iter().map(|&(v, _)| v).collect();
        more.sort_unstable();
        let names = list(lang, &cx.names(&more), LIST_LIMIT);
        let sentence = cx.pick(
            format!(
                "{} other actors also hold groups of two actors or more to the network: {names}.",
                more.len()
            ),
            format!(
                "{} autres acteurs retiennent aussi au réseau des groupes de deux acteurs ou \
                 plus : {names}.",
                more.len()
            ),
        );
        out.push(Finding::legacy(
            FindingCode::ArticulationPoint,
            cx.ids(&more),
            sentence,
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
        let group = cx.group(&small, 5, 3);
        let (na, nb) = (cx.name(a), cx.name(b));
        let sentence = cx.pick(
            format!(
                "The tie between {na} and {nb} is the only one joining the rest of the \
                 network to {group}. If it lapsed, the network would split in two."
            ),
            format!(
                "Le lien entre {na} et {nb} est le seul qui relie le reste du réseau à {group}. \
                 S'il disparaissait, le réseau se scinderait en deux."
            ),
        );
        out.push(Finding::legacy(
            FindingCode::Bridge,
            vec![cx.id(a), cx.id(b)],
            sentence,
        ));
    }
    let rest = inner.len() - examined;
    if rest > 0 {
        out.push(Finding::legacy(
            FindingCode::Bridge,
            Vec::new(),
            match rest {
                1 => cx.pick(
                    "1 other tie is the only one between two groups of actors.".to_owned(),
                    "1 autre lien est le seul entre deux groupes d'acteurs.".to_owned(),
                ),
                _ => cx.pick(
                    format!("{rest} other ties are each the only one between two groups."),
                    format!("{rest} autres liens sont chacun le seul entre deux groupes."),
                ),
            },
        ));
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
    let lang = cx.lang;
    let adjacency = cx.network.adjacency();
    // A pair tied only to each other is told by the finding on separate parts.
    let nodes: Vec<usize> = (0..cx.network.node_count())
        .filter(|&v| cx.degree(v) == 1 && cx.components.sizes[cx.components.of[v]] > 2)
        .collect();
    if nodes.is_empty() {
        return;
    }
    let partner = |v: usize| adjacency.neighbors(v)[0] as usize;
    let sentence = if let [v] = nodes[..] {
        let (name, other) = (cx.name(v), cx.name(partner(v)));
        cx.pick(
            format!(
                "{name} is held in the network by a single tie, with {other}: if that tie \
                 lapses, {name} has no tie left."
            ),
            format!(
                "{name} ne tient au réseau que par un seul lien, avec {other} : si ce lien se \
                 rompt, {name} n'a plus aucun lien."
            ),
        )
    } else {
        let items: Vec<String> = nodes
            .iter()
            .map(|&v| {
                let with = lang.pick("with", "avec");
                format!("{} ({with} {})", cx.name(v), cx.name(partner(v)))
            })
            .collect();
        let items = list(lang, &items, LIST_LIMIT);
        cx.pick(
            format!(
                "{} actors are held in the network by a single tie: {items}. If that tie \
                 lapses, they have no tie left.",
                nodes.len()
            ),
            format!(
                "{} acteurs ne tiennent au réseau que par un seul lien : {items}. Si ce lien se \
                 rompt, ils n'ont plus aucun lien.",
                nodes.len()
            ),
        )
    };
    out.push(Finding::legacy(
        FindingCode::PendantActors,
        cx.ids(&nodes),
        sentence,
    ));
}
