//! Findings on coverage: needs, kinds and how they mix, users, territories.

use super::{Context, Finding, FindingCode};
use crate::model::ActorKind;
use crate::words::legacy::{
    LIST_LIMIT, a_kind, capitalise, count, decimal, feminine, list, no_kind, no_kind_lower,
    percent, quote,
};

pub(super) fn needs(cx: &Context, out: &mut Vec<Finding>) {
    let lang = cx.lang;
    let map = cx.network.map();
    for need in &cx.report.coverage.needs.needs {
        let name = quote(lang, &need.name);
        let working: Vec<&crate::Forum> = map
            .forums
            .iter()
            .filter(|f| f.needs.contains(&need.id))
            .collect();
        let forum_names: Vec<String> = working.iter().map(|f| quote(lang, &f.name)).collect();
        let (code, sentence, actors) = match need.count {
            0 => {
                let forums = list(lang, &forum_names, LIST_LIMIT);
                let en_forums = match working.len() {
                    0 => String::new(),
                    1 => format!(", although the forum {forums} works on it"),
                    _ => format!(", although the forums {forums} work on it"),
                };
                let fr_forums = match working.len() {
                    0 => String::new(),
                    1 => format!(", un besoin sur lequel travaille l'instance {forums}"),
                    _ => format!(", un besoin sur lequel travaillent les instances {forums}"),
                };
                (
                    FindingCode::NeedUnserved,
                    cx.pick(
                        format!(
                            "No actor on the map serves the need {name}{en_forums}. Find who \
                             could offer it, or add to the map the actors who already do."
                        ),
                        format!(
                            "Aucun acteur de la carte ne répond au besoin {name}{fr_forums}. \
                             Cherchez qui pourrait y répondre, ou ajoutez à la carte les \
                             acteurs qui le font déjà."
                        ),
                    ),
                    Vec::new(),
                )
            }
            1 => {
                let provider = cx.name_of_id(&need.providers[0]);
                (
                    FindingCode::NeedSingleProvider,
                    cx.pick(
                        format!(
                            "One actor only serves the need {name}: {provider}. If it cannot, \
                             no other actor on the map can take over."
                        ),
                        format!(
                            "Un seul acteur répond au besoin {name} : {provider}. Si cet acteur \
                             n'y parvient pas, aucun autre acteur de la carte ne peut prendre \
                             le relais."
                        ),
                    ),
                    need.providers.clone(),
                )
            }
            n if need.kinds.len() == 1 => {
                let kind = need.kinds[0];
                let providers: Vec<String> =
                    need.providers.iter().map(|p| cx.name_of_id(p)).collect();
                let providers = list(lang, &providers, LIST_LIMIT);
                let mut f = Finding::legacy(
                    FindingCode::NeedSingleKind,
                    need.providers.clone(),
                    cx.pick(
                        format!(
                            "The need {name} is served by {n} actors, {} {}: {providers}. \
                             Other kinds of actors could share it.",
                            if n == 2 { "both" } else { "all" },
                            lang.kinds(kind)
                        ),
                        format!(
                            "Le besoin {name} est couvert par {n} acteurs, {} des {} : \
                             {providers}. D'autres types d'acteurs pourraient y contribuer.",
                            if n == 2 { "tous deux" } else { "tous" },
                            lang.kinds(kind)
                        ),
                    ),
                );
                f.kinds = vec![kind];
                f.needs = vec![need.id.clone()];
                out.push(f);
                continue;
            }
            _ => continue,
        };
        let mut f = Finding::legacy(code, actors, sentence);
        f.needs = vec![need.id.clone()];
        f.forums = working.iter().map(|f| f.id.clone()).collect();
        out.push(f);
    }
}

pub(super) fn kinds(cx: &Context, out: &mut Vec<Finding>) {
    let lang = cx.lang;
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
        let mut f = Finding::legacy(
            FindingCode::KindAbsent,
            Vec::new(),
            cx.pick(
                format!("The map has {}.", no_kind_lower(lang, kind)),
                format!("La carte ne compte {}.", no_kind_lower(lang, kind)),
            ),
        );
        f.kinds = vec![kind];
        out.push(f);
    }
    for [k1, k2] in coverage.kind_pairs_without_tie() {
        let mut f = Finding::legacy(
            FindingCode::KindPairWithoutTie,
            Vec::new(),
            cx.pick(
                format!(
                    "{} has a tie to {} in this map.",
                    no_kind(lang, k1),
                    a_kind(lang, k2)
                ),
                format!(
                    "{} n'a de lien avec {} dans cette carte.",
                    no_kind(lang, k1),
                    a_kind(lang, k2)
                ),
            ),
        );
        f.kinds = vec![k1, k2];
        out.push(f);
    }
    let mixing = &coverage.kind_mixing;
    let present = ActorKind::ALL.len() - coverage.kinds.absent.len();
    if let (Some(ei), Some(cross)) = (mixing.ei_index, mixing.cross_kind_share) {
        if ei < 0.0 && present > 1 {
            out.push(Finding::legacy(
                FindingCode::LowCrossKind,
                Vec::new(),
                cx.pick(
                    format!(
                        "Most ties join actors of the same kind: only {} cross kinds (E-I index \
                         {}).",
                        percent(lang, cross),
                        decimal(lang, ei, 2)
                    ),
                    format!(
                        "La plupart des liens unissent des acteurs du même type : seulement {} \
                         relient deux types différents (indice E-I {}).",
                        percent(lang, cross),
                        decimal(lang, ei, 2)
                    ),
                ),
            ));
        }
    }
    for row in &mixing.by_kind {
        let actors = coverage.kinds.by_kind[row.kind.index()].actors;
        let Some(ei) = row.ei_index else { continue };
        if ei >= 0.0 || actors < 2 || present < 2 {
            continue;
        }
        let kind = row.kind;
        let total = row.internal + row.external;
        let them = if feminine(kind) { "elles" } else { "eux" };
        let mut f = Finding::legacy(
            FindingCode::LowCrossKind,
            Vec::new(),
            cx.pick(
                format!(
                    "{} keep mostly to themselves: {} of their {total} ties join them to other \
                     kinds (E-I index {}).",
                    capitalise(&lang.kinds(kind)),
                    row.external,
                    decimal(lang, ei, 2)
                ),
                format!(
                    "Les {} restent surtout entre {them} : {} de leurs {total} liens les relient \
                     à d'autres types d'acteurs (indice E-I {}).",
                    lang.kinds(kind),
                    row.external,
                    decimal(lang, ei, 2)
                ),
            ),
        );
        f.kinds = vec![kind];
        out.push(f);
    }
}

pub(super) fn users(cx: &Context, out: &mut Vec<Finding>) {
    let lang = cx.lang;
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
        let name = cx.name(u);
        let sentence = if public.is_empty() {
            cx.pick(
                format!("{name} has no tie to a public body, even two steps away."),
                format!(
                    "{name} n'a aucun lien avec un organisme public, même à deux liens de \
                     distance."
                ),
            )
        } else {
            let via = list(lang, &cx.names(&through), LIST_LIMIT);
            let n = public.len();
            cx.pick(
                format!(
                    "{name} has no direct tie to a public body: {} two steps away, through {via}.",
                    if n == 1 {
                        "1 public body is".to_owned()
                    } else {
                        format!("{n} public bodies are")
                    }
                ),
                format!(
                    "{name} n'a aucun lien direct avec un organisme public : {} à deux liens de \
                     distance, par {via}.",
                    if n == 1 {
                        "1 organisme public est".to_owned()
                    } else {
                        format!("{n} organismes publics sont")
                    }
                ),
            )
        };
        let mut actors = vec![id.clone()];
        actors.extend(cx.ids(&through));
        out.push(Finding::legacy(
            FindingCode::UserWithoutPublicTie,
            actors,
            sentence,
        ));
    }
}

pub(super) fn territories(cx: &Context, out: &mut Vec<Finding>) {
    let lang = cx.lang;
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
        let places = list(lang, without, LIST_LIMIT);
        let sentence = if without.len() == 1 {
            cx.pick(
                format!(
                    "The map has {} in the territory {places}.",
                    no_kind_lower(lang, kind)
                ),
                format!(
                    "La carte ne compte {} sur le territoire {places}.",
                    no_kind_lower(lang, kind)
                ),
            )
        } else {
            cx.pick(
                format!(
                    "The map has {} in {}: {places}.",
                    no_kind_lower(lang, kind),
                    count(without.len(), "territory", "territories")
                ),
                format!(
                    "La carte ne compte {} sur {} : {places}.",
                    no_kind_lower(lang, kind),
                    count(without.len(), "territoire", "territoires")
                ),
            )
        };
        let mut f = Finding::legacy(FindingCode::TerritoryMissingKind, Vec::new(), sentence);
        f.kinds = vec![kind];
        f.territories = without.clone();
        out.push(f);
    }
}
