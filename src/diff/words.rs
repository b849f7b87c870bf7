//! The words of the comparison, in English and French.

use std::collections::HashSet;
use std::fmt::Write;

use super::{Diff, Indicator, TiesBetween, TimeSeries};
use crate::finding::{Finding, FindingCode};
use crate::lang::Lang;
use crate::metrics::Report;
use crate::model::{ActorKind, ActorMap};
use crate::words::legacy::{LIST_LIMIT, a_kind, count, decimal, list, percent, quote, role};

/// How many items a text section lists before "and N more".
const SHOWN: usize = 15;

pub(crate) fn indicator_label(lang: Lang, key: &str) -> &'static str {
    match key {
        "actors" => lang.pick("Actors", "Acteurs"),
        "ties" => lang.pick("Ties", "Liens"),
        "density" => lang.pick("Density", "Densité"),
        "components" => lang.pick("Components", "Composantes"),
        "largest_component_share" => lang.pick("Largest component", "Plus grande composante"),
        "isolates" => lang.pick("Isolated actors", "Acteurs isolés"),
        "articulation_points" => lang.pick("Articulation points", "Points d'articulation"),
        "cross_kind_share" => lang.pick("Ties across kinds", "Liens entre types"),
        "ei_index" => lang.pick("E-I index", "Indice E-I"),
        "inter_organisational_share" => lang.pick("Inter-organisational", "Interorganisationnels"),
        "inter_directional_share" => lang.pick("Inter-directional", "Interdirectionnels"),
        "intersectoral_share" => lang.pick("Intersectoral", "Intersectoriels"),
        "needs_unserved" => lang.pick("Needs served by no one", "Besoins sans répondant"),
        "needs_single_provider" => {
            lang.pick("Needs served by one actor", "Besoins à un seul répondant")
        }
        _ => "",
    }
}

/// An indicator's value as people read it.
pub(crate) fn value(lang: Lang, key: &str, x: Option<f64>) -> String {
    let Some(x) = x else { return "—".to_owned() };
    match key {
        "density" => decimal(lang, x, 3),
        "ei_index" => decimal(lang, x, 2),
        k if k.ends_with("_share") => percent(lang, x),
        _ => format!("{}", x.round() as i64),
    }
}

/// A change as people read it: "+3", "−0.012", "+5 pts"; "=" when nothing shows. Shares
/// change by the difference of their rounded percentages, so the change agrees with the
/// values beside it.
pub(crate) fn change(lang: Lang, key: &str, first: Option<f64>, last: Option<f64>) -> String {
    let (Some(a), Some(b)) = (first, last) else {
        return String::new();
    };
    let (d, body): (f64, Box<dyn Fn(f64) -> String>) = match key {
        "density" => (b - a, Box::new(move |m| decimal(lang, m, 3))),
        "ei_index" => (b - a, Box::new(move |m| decimal(lang, m, 2))),
        k if k.ends_with("_share") => (
            (b * 100.0).round() - (a * 100.0).round(),
            Box::new(move |m| format!("{m} {}", if m == 1.0 { "pt" } else { "pts" })),
        ),
        _ => (b - a, Box::new(|m: f64| format!("{}", m.round() as i64))),
    };
    let text = body(d.abs());
    if !text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        return "=".to_owned();
    }
    let sign = if d > 0.0 { "+" } else { "−" };
    format!("{sign}{text}")
}

fn snapshot_label(lang: Lang, m: &crate::metrics::MapSummary, i: usize) -> String {
    m.as_of
        .clone()
        .unwrap_or_else(|| format!("{} {}", lang.pick("snapshot", "instantané"), i + 1))
}

fn indicator_table(
    out: &mut String,
    lang: Lang,
    heads: &[String],
    rows: &[Indicator],
    with_change: bool,
) {
    let width = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0)
        .max(10);
    let col = heads
        .iter()
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    let _ = write!(out, "  {:width$}", "");
    for h in heads {
        let _ = write!(out, "  {h:>col$}");
    }
    if with_change {
        let _ = write!(out, "  {:>9}", lang.pick("change", "écart"));
    }
    out.push('\n');
    for r in rows {
        let _ = write!(out, "  {:width$}", r.label);
        for v in &r.values {
            let _ = write!(out, "  {:>col$}", value(lang, r.key, *v));
        }
        if with_change {
            let first = r.values.first().copied().flatten();
            let last = r.values.last().copied().flatten();
            let _ = write!(out, "  {:>9}", change(lang, r.key, first, last));
        }
        out.push('\n');
    }
}

fn name_of(map: &ActorMap, id: &str) -> String {
    map.actor(id)
        .map_or_else(|| id.to_owned(), |a| a.name.clone())
}

fn finding(code: FindingCode, actors: Vec<String>, sentence: String) -> Finding {
    Finding::legacy(code, actors, sentence)
}

/// The group on the other side of a [`TiesBetween`]: "CISSS de la Montérégie-Est", "the
/// public bodies".
fn other_group(lang: Lang, t: &TiesBetween, after: &ActorMap, before: &ActorMap) -> String {
    match (&t.organization, t.other_kind) {
        (Some(org), _) => {
            let name = after.organization_name(org);
            if name == *org {
                before.organization_name(org)
            } else {
                name
            }
        }
        (None, Some(k)) => format!("{} {}", lang.pick("the", "les"), lang.kinds(k)),
        (None, None) => String::new(),
    }
}

pub(crate) fn findings(
    diff: &Diff,
    before: &ActorMap,
    after: &ActorMap,
    reports: &[Report; 2],
) -> Vec<Finding> {
    let lang = diff.lang;
    let mut out = Vec::new();
    let names = |refs: Vec<String>| list(lang, &refs, LIST_LIMIT);

    for r in &diff.renamed {
        out.push(finding(
            FindingCode::LikelyRename,
            vec![r.after.clone()],
            match lang {
                Lang::En | Lang::Pseudo => format!(
                    "The id \"{}\" is gone and \"{}\" appeared with the same name ({}): probably the same actor under a new id; it is compared as one.",
                    r.before, r.after, r.name
                ),
                Lang::Fr => format!(
                    "L'identifiant « {} » a disparu et « {} » est apparu avec le même nom ({}) : probablement le même acteur sous un nouvel identifiant ; il est comparé comme un seul.",
                    r.before, r.after, r.name
                ),
            },
        ));
    }
    if !diff.actors_added.is_empty() {
        let n = diff.actors_added.len();
        let who: Vec<String> = diff
            .actors_added
            .iter()
            .map(|a| format!("{} ({})", a.name, lang.kind(a.kind)))
            .collect();
        out.push(finding(
            FindingCode::ActorsJoined,
            diff.actors_added.iter().map(|a| a.id.clone()).collect(),
            match (lang, n) {
                (Lang::En | Lang::Pseudo, 1) => format!("1 actor joined the map: {}.", names(who)),
                (Lang::En | Lang::Pseudo, n) => {
                    format!("{n} actors joined the map: {}.", names(who))
                }
                (Lang::Fr, 1) => format!("1 acteur s'est ajouté à la carte : {}.", names(who)),
                (Lang::Fr, n) => {
                    format!("{n} acteurs se sont ajoutés à la carte : {}.", names(who))
                }
            },
        ));
    }
    if !diff.actors_removed.is_empty() {
        let n = diff.actors_removed.len();
        let who: Vec<String> = diff.actors_removed.iter().map(|a| a.name.clone()).collect();
        out.push(finding(
            FindingCode::ActorsLeft,
            diff.actors_removed.iter().map(|a| a.id.clone()).collect(),
            match (lang, n) {
                (Lang::En | Lang::Pseudo, 1) => {
                    format!("1 actor is no longer on the map: {}.", names(who))
                }
                (Lang::En | Lang::Pseudo, n) => {
                    format!("{n} actors are no longer on the map: {}.", names(who))
                }
                (Lang::Fr, 1) => format!("1 acteur ne figure plus sur la carte : {}.", names(who)),
                (Lang::Fr, n) => format!(
                    "{n} acteurs ne figurent plus sur la carte : {}.",
                    names(who)
                ),
            },
        ));
    }

    for t in &diff.ties_between {
        let group = other_group(lang, t, after, before);
        let ties = count(
            t.after,
            lang.pick("tie", "lien"),
            lang.pick("ties", "liens"),
        );
        let sentence = match (lang, &t.organization) {
            (Lang::En | Lang::Pseudo, Some(_)) => format!(
                "The {} now have {ties} to {group}, {}.",
                lang.kinds(t.kind),
                from_en(t.before, t.after)
            ),
            (Lang::Fr, Some(_)) => format!(
                "Les {} ont maintenant {ties} avec {group}, {}.",
                lang.kinds(t.kind),
                from_fr(t.before)
            ),
            (Lang::En | Lang::Pseudo, None) => format!(
                "The {} and {group} now have {ties} between them, {}.",
                lang.kinds(t.kind),
                from_en(t.before, t.after)
            ),
            (Lang::Fr, None) => format!(
                "Les {} et {group} ont maintenant {ties} entre eux, {}.",
                lang.kinds(t.kind),
                from_fr(t.before)
            ),
        };
        let mut f = finding(FindingCode::TiesBetweenChanged, Vec::new(), sentence);
        f.kinds = std::iter::once(t.kind).chain(t.other_kind).collect();
        out.push(f);
    }

    for (up, changes) in [(true, &diff.links_up), (false, &diff.links_down)] {
        if changes.is_empty() {
            continue;
        }
        let shown: Vec<String> = changes
            .iter()
            .map(|c| {
                format!(
                    "{} ↔ {} ({} → {})",
                    c.source_name,
                    c.target_name,
                    lang.level(c.before),
                    lang.level(c.after)
                )
            })
            .collect();
        let n = changes.len();
        let shown = list(lang, &shown, 3);
        let sentence = match (lang, up, n) {
            (Lang::En | Lang::Pseudo, true, 1) => {
                format!("1 link moved up the collaboration continuum: {shown}.")
            }
            (Lang::En | Lang::Pseudo, true, n) => {
                format!("{n} links moved up the collaboration continuum: {shown}.")
            }
            (Lang::En | Lang::Pseudo, false, 1) => {
                format!("1 link moved down the collaboration continuum: {shown}.")
            }
            (Lang::En | Lang::Pseudo, false, n) => {
                format!("{n} links moved down the collaboration continuum: {shown}.")
            }
            (Lang::Fr, true, 1) => {
                format!("1 lien a progressé sur le continuum de collaboration : {shown}.")
            }
            (Lang::Fr, true, n) => {
                format!("{n} liens ont progressé sur le continuum de collaboration : {shown}.")
            }
            (Lang::Fr, false, 1) => {
                format!("1 lien a reculé sur le continuum de collaboration : {shown}.")
            }
            (Lang::Fr, false, n) => {
                format!("{n} liens ont reculé sur le continuum de collaboration : {shown}.")
            }
        };
        let code = if up {
            FindingCode::TiesStrengthened
        } else {
            FindingCode::TiesWeakened
        };
        let actors = changes
            .iter()
            .flat_map(|c| [c.source.clone(), c.target.clone()])
            .collect::<Vec<_>>();
        out.push(finding(code, dedup(actors), sentence));
    }

    // Isolation and articulation points, by id as the later snapshot writes it.
    let renamed = |id: &str| {
        diff.renamed
            .iter()
            .find(|r| r.before == id)
            .map_or(id.to_owned(), |r| r.after.clone())
    };
    let ids = |report: &Report,
               pick: &dyn Fn(&crate::metrics::ActorMetrics) -> bool,
               rename: bool|
     -> Vec<String> {
        report
            .actors
            .iter()
            .filter(|a| pick(a))
            .map(|a| if rename { renamed(&a.id) } else { a.id.clone() })
            .collect()
    };
    let isolated_before = ids(&reports[0], &|a| a.isolated, true);
    let isolated_after = ids(&reports[1], &|a| a.isolated, false);
    let in_after: HashSet<&str> = after.actors.iter().map(|a| a.id.as_str()).collect();
    let no_longer: Vec<String> = isolated_before
        .iter()
        .filter(|id| in_after.contains(id.as_str()) && !isolated_after.contains(id))
        .cloned()
        .collect();
    let newly: Vec<String> = isolated_after
        .iter()
        .filter(|id| {
            !isolated_before.contains(id) && !diff.actors_added.iter().any(|a| &a.id == *id)
        })
        .cloned()
        .collect();
    if !no_longer.is_empty() {
        let who = names(no_longer.iter().map(|id| name_of(after, id)).collect());
        let one = no_longer.len() == 1;
        out.push(finding(
            FindingCode::NoLongerIsolated,
            no_longer,
            match lang {
                Lang::En | Lang::Pseudo => format!(
                    "{who} {} no longer isolated: {} tied to the network now.",
                    if one { "is" } else { "are" },
                    if one { "it is" } else { "they are" }
                ),
                Lang::Fr => format!(
                    "{who} {} : {} au réseau.",
                    if one {
                        "n'est plus isolé"
                    } else {
                        "ne sont plus isolés"
                    },
                    if one {
                        "il est maintenant lié"
                    } else {
                        "ils sont maintenant liés"
                    }
                ),
            },
        ));
    }
    if !newly.is_empty() {
        let who = names(newly.iter().map(|id| name_of(after, id)).collect());
        let one = newly.len() == 1;
        out.push(finding(
            FindingCode::NewlyIsolated,
            newly,
            match lang {
                Lang::En | Lang::Pseudo => format!(
                    "{who} now {} no tie to anyone on the map.",
                    if one { "has" } else { "have" }
                ),
                Lang::Fr => format!(
                    "{who} {} plus aucun lien avec les autres acteurs de la carte.",
                    if one { "n'a" } else { "n'ont" }
                ),
            },
        ));
    }
    let points_before = ids(&reports[0], &|a| a.articulation_point, true);
    let points_after = ids(&reports[1], &|a| a.articulation_point, false);
    for id in points_before
        .iter()
        .filter(|id| in_after.contains(id.as_str()) && !points_after.contains(id))
    {
        let name = name_of(after, id);
        out.push(finding(
            FindingCode::NoLongerArticulationPoint,
            vec![id.clone()],
            match lang {
                Lang::En | Lang::Pseudo => format!(
                    "{name} is no longer the only link holding part of the network to the rest."
                ),
                Lang::Fr => format!(
                    "{name} n'est plus le seul lien qui rattache une partie du réseau au reste."
                ),
            },
        ));
    }
    for id in points_after.iter().filter(|id| !points_before.contains(id)) {
        let name = name_of(after, id);
        out.push(finding(FindingCode::NewArticulationPoint, vec![id.clone()], match lang {
            Lang::En | Lang::Pseudo => format!("{name} has become the only link between part of the network and the rest (articulation point)."),
            Lang::Fr => format!("{name} est devenu le seul lien entre une partie du réseau et le reste (point d'articulation)."),
        }));
    }

    // Needs: providers before and after.
    for need in &reports[1].coverage.needs.needs {
        let before_count = reports[0]
            .coverage
            .needs
            .needs
            .iter()
            .find(|n| n.id == need.id)
            .map_or(0, |n| n.count);
        let (b, a) = (before_count, need.count);
        if a == b {
            continue;
        }
        let name = quote(lang, &need.name);
        let providers = names(need.providers.iter().map(|id| name_of(after, id)).collect());
        let (code, sentence) = match (lang, b, a) {
            (Lang::En | Lang::Pseudo, 0, _) => (
                FindingCode::NeedCoverageImproved,
                format!("The need {name} is now served, by {providers}."),
            ),
            (Lang::Fr, 0, _) => (
                FindingCode::NeedCoverageImproved,
                format!("Le besoin {name} a maintenant un répondant : {providers}."),
            ),
            (Lang::En | Lang::Pseudo, _, 0) => (
                FindingCode::NeedCoverageWorsened,
                format!("No actor serves the need {name} any more (there were {b})."),
            ),
            (Lang::Fr, _, 0) => (
                FindingCode::NeedCoverageWorsened,
                format!("Plus aucun acteur ne répond au besoin {name} (ils étaient {b})."),
            ),
            (Lang::En | Lang::Pseudo, _, _) if a > b => (
                FindingCode::NeedCoverageImproved,
                format!("The need {name} now has {a} providers, up from {b}: {providers}."),
            ),
            (Lang::Fr, _, _) if a > b => (
                FindingCode::NeedCoverageImproved,
                format!(
                    "Le besoin {name} compte maintenant {a} répondants, contre {b} auparavant : {providers}."
                ),
            ),
            (Lang::En | Lang::Pseudo, _, _) => (
                FindingCode::NeedCoverageWorsened,
                format!(
                    "The need {name} now has {}, down from {b}: {providers}.",
                    count(a, "provider", "providers")
                ),
            ),
            (Lang::Fr, _, _) => (
                FindingCode::NeedCoverageWorsened,
                format!(
                    "Le besoin {name} ne compte plus que {}, contre {b} auparavant : {providers}.",
                    count(a, "répondant", "répondants")
                ),
            ),
        };
        let mut f = finding(code, need.providers.clone(), sentence);
        f.needs = vec![need.id.clone()];
        out.push(f);
    }

    // Forums.
    for forum in &diff.forums {
        let name = quote(lang, &forum.name);
        let mut f = match (forum.before_exists, forum.after_exists) {
            (true, false) => finding(
                FindingCode::ForumRemoved,
                Vec::new(),
                match lang {
                    Lang::En | Lang::Pseudo => format!("{name} is no longer on the map."),
                    Lang::Fr => format!("{name} ne figure plus sur la carte."),
                },
            ),
            (false, true) => {
                let n = forum.after.total();
                finding(
                    FindingCode::ForumAdded,
                    forum.joined.iter().map(|s| s.actor.clone()).collect(),
                    match lang {
                        Lang::En | Lang::Pseudo => {
                            format!("{name} is new, with {}.", count(n, "member", "members"))
                        }
                        Lang::Fr => format!(
                            "{name} est une nouvelle instance, avec {}.",
                            count(n, "membre", "membres")
                        ),
                    },
                )
            }
            _ => {
                if forum.joined.is_empty() && forum.left.is_empty() && forum.roles.is_empty() {
                    continue;
                }
                let mut parts: Vec<String> = Vec::new();
                if !forum.joined.is_empty() {
                    let who = names(forum.joined.iter().map(|s| s.name.clone()).collect());
                    parts.push(match lang {
                        Lang::En | Lang::Pseudo => format!("{who} joined {name}"),
                        Lang::Fr => format!(
                            "{who} {} {name}",
                            if forum.joined.len() == 1 {
                                "s'est joint à"
                            } else {
                                "se sont joints à"
                            }
                        ),
                    });
                }
                if !forum.left.is_empty() {
                    let who = names(forum.left.iter().map(|s| s.name.clone()).collect());
                    parts.push(match lang {
                        Lang::En | Lang::Pseudo => format!("{who} left {name}"),
                        Lang::Fr => format!(
                            "{who} {} {name}",
                            if forum.left.len() == 1 {
                                "a quitté"
                            } else {
                                "ont quitté"
                            }
                        ),
                    });
                }
                if !forum.roles.is_empty() {
                    let moves: Vec<String> = forum
                        .roles
                        .iter()
                        .enumerate()
                        .map(|(i, r)| {
                            let (from, to) =
                                (role(lang, &r.before, false), role(lang, &r.after, false));
                            match (lang, i) {
                                (Lang::En | Lang::Pseudo, 0) => {
                                    format!("{} went from {from} to {to}", r.name)
                                }
                                (Lang::En | Lang::Pseudo, _) => {
                                    format!("{} from {from} to {to}", r.name)
                                }
                                (Lang::Fr, 0) => format!("{} est passé de {from} à {to}", r.name),
                                (Lang::Fr, _) => format!("{} de {from} à {to}", r.name),
                            }
                        })
                        .collect();
                    parts.push(match lang {
                        Lang::En | Lang::Pseudo => {
                            format!("in {name}, {}", list(lang, &moves, LIST_LIMIT))
                        }
                        Lang::Fr => format!("dans {name}, {}", list(lang, &moves, LIST_LIMIT)),
                    });
                }
                let mut sentence = capitalised(&parts.join(lang.pick("; ", " ; ")));
                let gained: Vec<ActorKind> = ActorKind::ALL
                    .into_iter()
                    .filter(|&k| forum.before.get(k) == 0 && forum.after.get(k) > 0)
                    .collect();
                let lost: Vec<ActorKind> = ActorKind::ALL
                    .into_iter()
                    .filter(|&k| forum.before.get(k) > 0 && forum.after.get(k) == 0)
                    .collect();
                if !gained.is_empty() {
                    let kinds: Vec<String> = gained.iter().map(|&k| a_kind(lang, k)).collect();
                    let _ = write!(
                        sentence,
                        "{}",
                        match lang {
                            Lang::En | Lang::Pseudo =>
                                format!(": it now includes {}", list(lang, &kinds, LIST_LIMIT)),
                            Lang::Fr => format!(
                                " : l'instance compte maintenant {}",
                                list(lang, &kinds, LIST_LIMIT)
                            ),
                        }
                    );
                }
                if !lost.is_empty() {
                    let kinds: Vec<String> = lost
                        .iter()
                        .map(|&k| crate::words::legacy::no_kind_lower(lang, k))
                        .collect();
                    let _ = write!(
                        sentence,
                        "{}",
                        match lang {
                            Lang::En | Lang::Pseudo =>
                                format!("; it now has {}", list(lang, &kinds, LIST_LIMIT)),
                            Lang::Fr =>
                                format!(" ; elle ne compte plus {}", list(lang, &kinds, LIST_LIMIT)),
                        }
                    );
                }
                sentence.push('.');
                let actors = forum
                    .joined
                    .iter()
                    .chain(&forum.left)
                    .map(|s| s.actor.clone())
                    .chain(forum.roles.iter().map(|r| r.actor.clone()))
                    .collect();
                finding(FindingCode::ForumMembershipChanged, dedup(actors), sentence)
            }
        };
        f.forums = vec![forum.id.clone()];
        out.push(f);
    }
    // Most serious first; the order within a severity is the order above.
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

fn from_en(before: usize, after: usize) -> String {
    match before {
        0 => "where they had none".to_owned(),
        b if after > b => format!("up from {b}"),
        b => format!("down from {b}"),
    }
}

fn from_fr(before: usize) -> String {
    match before {
        0 => "alors qu'ils n'en avaient aucun".to_owned(),
        b => format!("contre {b} auparavant"),
    }
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

fn capitalised(s: &str) -> String {
    crate::words::legacy::capitalise(s)
}

fn section(out: &mut String, title: &str) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{title}");
}

/// "and 3 more" / "et 3 autres" under a capped list.
fn more(out: &mut String, lang: Lang, hidden: usize) {
    if hidden > 0 {
        let _ = writeln!(
            out,
            "  … {}",
            lang.pick(
                &format!("and {hidden} more"),
                &format!("et {hidden} autres")
            )
        );
    }
}

pub(crate) fn diff_text(diff: &Diff) -> String {
    let lang = diff.lang;
    let mut out = String::new();
    let title = diff
        .after
        .name
        .as_deref()
        .or(diff.before.name.as_deref())
        .unwrap_or("");
    let _ = writeln!(out, "{} — {title}", lang.pick("Changes", "Changements"));
    let heads = [
        snapshot_label(lang, &diff.before, 0),
        snapshot_label(lang, &diff.after, 1),
    ];
    let _ = writeln!(out, "{} → {}", heads[0], heads[1]);

    section(&mut out, lang.pick("Indicators", "Indicateurs"));
    indicator_table(&mut out, lang, &heads, &diff.indicators, true);

    if !diff.findings.is_empty() {
        section(&mut out, lang.pick("What changed", "Ce qui a changé"));
        for f in &diff.findings {
            let _ = writeln!(out, "  - {}", f.sentence(lang));
        }
    }

    let added = diff.links_added.len();
    let removed = diff.links_removed.len();
    section(
        &mut out,
        &match lang {
            Lang::En | Lang::Pseudo => format!(
                "Links: {added} added, {removed} removed, {} up, {} down",
                diff.links_up.len(),
                diff.links_down.len()
            ),
            Lang::Fr => format!(
                "Liens : {added} ajoutés, {removed} retirés, {} en hausse, {} en baisse",
                diff.links_up.len(),
                diff.links_down.len()
            ),
        },
    );
    // Names come from the map of each snapshot: the diff keeps ids; a compact list.
    let link_line = |sign: &str, l: &super::LinkRef| {
        let kind = l
            .kind
            .as_deref()
            .map_or(String::new(), |k| format!("{k}, "));
        format!(
            "  {sign} {} ↔ {} ({kind}{})",
            l.source_name,
            l.target_name,
            lang.level(l.level)
        )
    };
    for l in diff.links_added.iter().take(SHOWN) {
        let _ = writeln!(out, "{}", link_line("+", l));
    }
    more(&mut out, lang, added.saturating_sub(SHOWN));
    for l in diff.links_removed.iter().take(SHOWN) {
        let _ = writeln!(out, "{}", link_line("-", l));
    }
    more(&mut out, lang, removed.saturating_sub(SHOWN));

    let forums: Vec<&super::ForumChange> = diff
        .forums
        .iter()
        .filter(|f| f.before_exists && f.after_exists)
        .collect();
    if !forums.is_empty() {
        section(
            &mut out,
            lang.pick("Forum composition", "Composition des instances"),
        );
        for f in forums {
            let (b, a) = (f.before.total(), f.after.total());
            let kinds = crate::words::legacy::kinds_breakdown(lang, &f.after);
            let _ = writeln!(out, "  {}: {b} → {a} ({kinds})", f.name);
        }
    }
    out
}

pub(crate) fn series_text(series: &TimeSeries) -> String {
    let lang = series.lang;
    let mut out = String::new();
    let title = series
        .snapshots
        .last()
        .and_then(|m| m.name.as_deref())
        .unwrap_or("");
    let _ = writeln!(
        out,
        "{} — {title}",
        lang.pick("Indicators over time", "Indicateurs dans le temps")
    );
    let heads: Vec<String> = series
        .snapshots
        .iter()
        .enumerate()
        .map(|(i, m)| snapshot_label(lang, m, i))
        .collect();
    out.push('\n');
    indicator_table(&mut out, lang, &heads, &series.indicators, true);
    out
}

pub(crate) fn series_csv(series: &TimeSeries) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut header = vec!["as_of".to_owned(), "name".to_owned()];
    header.extend(series.indicators.iter().map(|i| i.key.to_owned()));
    writer.write_record(&header).expect("writing to memory");
    for (s, snapshot) in series.snapshots.iter().enumerate() {
        let mut row = vec![
            snapshot.as_of.clone().unwrap_or_default(),
            crate::words::legacy::spreadsheet_text(snapshot.name.as_deref().unwrap_or_default()),
        ];
        row.extend(
            series
                .indicators
                .iter()
                .map(|i| i.values[s].map_or(String::new(), |v| v.to_string())),
        );
        writer.write_record(&row).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("UTF-8 in, UTF-8 out")
}
