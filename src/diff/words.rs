//! What the comparison says: its findings (codes with arguments, worded by the catalogs'
//! `finding-<code>` messages) and its text and CSV outputs, in a language chosen when
//! they are rendered (`locales/<lang>/diff.ftl`).

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use super::{
    Diff, Establishments, ForumChange, Index, Indicator, LinkRef, TiesBetween, TimeSeries,
};
use crate::finding::{Finding, FindingCode};
use crate::metrics::{MapSummary, MetricsReport};
use crate::model::ActorKind;
use crate::model::KindCounts;
use crate::words::{self, Arg, Args, Lang, Phrase};

/// How many items a text section lists before "and N more".
const SHOWN: usize = 15;

/// How many links a sentence about levels that changed names.
const LINKS_NAMED: usize = 3;

/// An indicator's label (catalog message `diff-indicator-<key>`); an unknown key is shown
/// as it is.
pub(crate) fn indicator_label(lang: Lang, key: &str) -> String {
    let id = match key {
        "actors" => "diff-indicator-actors",
        "ties" => "diff-indicator-ties",
        "density" => "diff-indicator-density",
        "components" => "diff-indicator-components",
        "largest_component_share" => "diff-indicator-largest-component-share",
        "isolates" => "diff-indicator-isolates",
        "articulation_points" => "diff-indicator-articulation-points",
        "cross_kind_share" => "diff-indicator-cross-kind-share",
        "ei_index" => "diff-indicator-ei-index",
        "inter_organisational_share" => "diff-indicator-inter-organisational-share",
        "inter_directional_share" => "diff-indicator-inter-directional-share",
        "intersectoral_share" => "diff-indicator-intersectoral-share",
        "needs_unserved" => "diff-indicator-needs-unserved",
        "needs_single_provider" => "diff-indicator-needs-single-provider",
        other => return other.to_owned(),
    };
    lang.text(id)
}

/// An indicator's value as people read it.
pub(crate) fn value(lang: Lang, key: &str, x: Option<f64>) -> String {
    let Some(x) = x else { return "—".to_owned() };
    match key {
        "density" => words::decimal(lang, x, 3),
        "ei_index" => words::decimal(lang, x, 2),
        k if k.ends_with("_share") => words::percent(lang, x, 0),
        _ => words::decimal(lang, x, 0),
    }
}

/// A share as a whole percentage, rounded as [`words::percent`] shows it.
fn whole_percent(share: f64) -> f64 {
    (share * 100.0).round()
}

/// A change as people read it: "+3", "−0.012", "+5 pts"; "=" when nothing shows. Shares
/// change by the difference of their rounded percentages, so the change agrees with the
/// values beside it.
pub(crate) fn change(lang: Lang, key: &str, first: Option<f64>, last: Option<f64>) -> String {
    let (Some(a), Some(b)) = (first, last) else {
        return String::new();
    };
    let (d, text) = match key {
        "density" => (b - a, words::decimal(lang, (b - a).abs(), 3)),
        "ei_index" => (b - a, words::decimal(lang, (b - a).abs(), 2)),
        k if k.ends_with("_share") => {
            let d = whole_percent(b) - whole_percent(a);
            let points = Args::new().count("count", d.abs() as usize);
            (d, words::message(lang, "diff-points", &points))
        }
        _ => (b - a, words::decimal(lang, (b - a).abs(), 0)),
    };
    if !text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        return "=".to_owned();
    }
    let sign = if d > 0.0 { "+" } else { "−" };
    format!("{sign}{text}")
}

/// A snapshot's column head: its date, or its place in the order given.
fn snapshot_label(lang: Lang, m: &MapSummary, i: usize) -> String {
    m.as_of.clone().unwrap_or_else(|| {
        words::message(lang, "diff-snapshot", &Args::new().count("number", i + 1))
    })
}

fn indicator_table(
    out: &mut String,
    lang: Lang,
    heads: &[String],
    rows: &[Indicator],
    with_change: bool,
) {
    let labels: Vec<String> = rows.iter().map(|r| r.label(lang)).collect();
    let width = labels
        .iter()
        .map(|l| l.chars().count())
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
        let _ = write!(out, "  {:>9}", lang.text("diff-change"));
    }
    out.push('\n');
    for (r, label) in rows.iter().zip(&labels) {
        let _ = write!(out, "  {label:width$}");
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

/// `none` when there was nothing before, else `up` or `down`.
fn direction(before: usize, after: usize) -> &'static str {
    match before {
        0 => "none",
        b if after > b => "up",
        _ => "down",
    }
}

pub(crate) fn findings(
    diff: &Diff,
    after: &Index<'_>,
    establishments: &Establishments,
    reports: &[MetricsReport; 2],
) -> Vec<Finding> {
    let mut out = Vec::new();

    for r in &diff.renamed {
        let args = Args::new()
            .quoted("before", &r.before)
            .quoted("after", &r.after)
            .with("name", &r.name);
        out.push(Finding::new(
            FindingCode::LikelyRename,
            vec![r.after.clone()],
            args,
        ));
    }
    if !diff.actors_added.is_empty() {
        let who = diff.actors_added.iter().map(|a| {
            let args = Args::new().with("name", &a.name).with("kind", a.kind);
            Phrase::new("diff-actor-with-kind", args)
        });
        let args = Args::new()
            .count("count", diff.actors_added.len())
            .with("actors", Arg::list(who));
        out.push(Finding::new(
            FindingCode::ActorsJoined,
            diff.actors_added.iter().map(|a| a.id.clone()),
            args,
        ));
    }
    if !diff.actors_removed.is_empty() {
        let args = Args::new().count("count", diff.actors_removed.len()).with(
            "actors",
            Arg::list(diff.actors_removed.iter().map(|a| a.name.clone())),
        );
        out.push(Finding::new(
            FindingCode::ActorsLeft,
            diff.actors_removed.iter().map(|a| a.id.clone()),
            args,
        ));
    }

    for t in &diff.ties_between {
        out.push(ties_between(t, establishments));
    }

    for (code, changes) in [
        (FindingCode::TiesStrengthened, &diff.links_up),
        (FindingCode::TiesWeakened, &diff.links_down),
    ] {
        if changes.is_empty() {
            continue;
        }
        let moves = changes.iter().map(|c| {
            let args = Args::new()
                .with("source", &c.source_name)
                .with("target", &c.target_name)
                .with("before", c.before)
                .with("after", c.after);
            Phrase::new("diff-level-move", args)
        });
        let args = Args::new()
            .count("count", changes.len())
            .with("links", Arg::list_of(moves, LINKS_NAMED));
        let actors = changes
            .iter()
            .flat_map(|c| [c.source.clone(), c.target.clone()])
            .collect::<Vec<_>>();
        out.push(Finding::new(code, dedup(actors), args));
    }

    // Isolation and articulation points, by id as the later snapshot writes it.
    let renames: HashMap<&str, &str> = diff
        .renamed
        .iter()
        .map(|r| (r.before.as_str(), r.after.as_str()))
        .collect();
    let renamed = |id: &str| renames.get(id).copied().unwrap_or(id).to_owned();
    let ids = |report: &MetricsReport,
               keep: &dyn Fn(&crate::metrics::ActorMetrics) -> bool,
               rename: bool|
     -> Vec<String> {
        report
            .actors
            .iter()
            .filter(|a| keep(a))
            .map(|a| if rename { renamed(&a.id) } else { a.id.clone() })
            .collect()
    };
    let isolated_before = ids(&reports[0], &|a| a.isolated, true);
    let isolated_after = ids(&reports[1], &|a| a.isolated, false);
    let set = |ids: &[String]| -> HashSet<String> { ids.iter().cloned().collect() };
    let (was_isolated, is_isolated) = (set(&isolated_before), set(&isolated_after));
    let added: HashSet<&str> = diff.actors_added.iter().map(|a| a.id.as_str()).collect();
    let in_after = |id: &str| after.actors.contains_key(id);
    let no_longer: Vec<String> = isolated_before
        .iter()
        .filter(|id| in_after(id) && !is_isolated.contains(*id))
        .cloned()
        .collect();
    let newly: Vec<String> = isolated_after
        .iter()
        .filter(|id| !was_isolated.contains(*id) && !added.contains(id.as_str()))
        .cloned()
        .collect();
    for (code, who) in [
        (FindingCode::NoLongerIsolated, no_longer),
        (FindingCode::NewlyIsolated, newly),
    ] {
        if who.is_empty() {
            continue;
        }
        let args = Args::new().with("actors", Arg::list(who.iter().map(|id| after.name(id))));
        out.push(Finding::new(code, who, args));
    }
    let points_before = ids(&reports[0], &|a| a.articulation_point, true);
    let points_after = ids(&reports[1], &|a| a.articulation_point, false);
    let (was_point, is_point) = (set(&points_before), set(&points_after));
    for id in points_before
        .iter()
        .filter(|id| in_after(id) && !is_point.contains(*id))
    {
        out.push(Finding::new(
            FindingCode::NoLongerArticulationPoint,
            vec![id.clone()],
            Args::new().with("name", after.name(id)),
        ));
    }
    for id in points_after.iter().filter(|id| !was_point.contains(*id)) {
        out.push(Finding::new(
            FindingCode::NewArticulationPoint,
            vec![id.clone()],
            Args::new().with("name", after.name(id)),
        ));
    }

    // Needs: providers before and after.
    let mut providers_before: HashMap<&str, usize> = HashMap::new();
    for n in &reports[0].coverage.needs.needs {
        providers_before.entry(n.id.as_str()).or_insert(n.count);
    }
    for need in &reports[1].coverage.needs.needs {
        let before_count = providers_before.get(need.id.as_str()).copied().unwrap_or(0);
        let (b, a) = (before_count, need.count);
        if a == b {
            continue;
        }
        let (code, change) = match (b, a) {
            (0, _) => (FindingCode::NeedCoverageImproved, "first"),
            (_, 0) => (FindingCode::NeedCoverageWorsened, "none"),
            _ if a > b => (FindingCode::NeedCoverageImproved, "more"),
            _ => (FindingCode::NeedCoverageWorsened, "fewer"),
        };
        let args = Args::new()
            .quoted("need", &need.name)
            .select("change", change)
            .count("count", a)
            .count("before", b)
            .with(
                "providers",
                Arg::list(need.providers.iter().map(|id| after.name(id))),
            );
        let mut f = Finding::new(code, need.providers.clone(), args);
        f.needs = vec![need.id.clone()];
        out.push(f);
    }

    // Forums.
    for forum in &diff.forums {
        let Some(mut f) = forum_finding(forum) else {
            continue;
        };
        f.forums = vec![forum.id.clone()];
        out.push(f);
    }
    // Most serious first; the order within a severity is the order above.
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

/// More or fewer ties between a kind and an establishment, or between two kinds.
fn ties_between(t: &TiesBetween, establishments: &Establishments) -> Finding {
    let mut args = Args::new()
        .with("kind", t.kind)
        .count("count", t.after)
        .count("before", t.before)
        .select("change", direction(t.before, t.after));
    args = match (&t.organization, t.other_kind) {
        (Some(org), _) => args
            .select("group", "organization")
            .with("organization", establishments.name(org)),
        // A comparison always names the other group; ties within one kind are not counted.
        (None, other) => args
            .select("group", "kind")
            .with("other", other.unwrap_or(t.kind)),
    };
    let mut f = Finding::new(FindingCode::TiesBetweenChanged, Vec::new(), args);
    f.kinds = std::iter::once(t.kind).chain(t.other_kind).collect();
    f
}

/// What happened to a forum: added, removed, or who joined, left or changed role.
fn forum_finding(forum: &ForumChange) -> Option<Finding> {
    let name = Arg::Quoted(forum.name.clone());
    match (forum.before_exists, forum.after_exists) {
        (true, false) => Some(Finding::new(
            FindingCode::ForumRemoved,
            Vec::new(),
            Args::new().with("forum", name),
        )),
        (false, true) => Some(Finding::new(
            FindingCode::ForumAdded,
            forum.joined.iter().map(|s| s.actor.clone()),
            Args::new()
                .with("forum", name)
                .count("count", forum.after.total()),
        )),
        _ if forum.joined.is_empty() && forum.left.is_empty() && forum.roles.is_empty() => None,
        _ => {
            let mut parts: Vec<Arg> = Vec::new();
            if !forum.joined.is_empty() {
                let who = Arg::list(forum.joined.iter().map(|s| s.name.clone()));
                let args = Args::new().with("actors", who).with("forum", name.clone());
                parts.push(Phrase::new("diff-forum-joined", args).into());
            }
            if !forum.left.is_empty() {
                let who = Arg::list(forum.left.iter().map(|s| s.name.clone()));
                let args = Args::new().with("actors", who).with("forum", name.clone());
                parts.push(Phrase::new("diff-forum-left", args).into());
            }
            if !forum.roles.is_empty() {
                let moves = forum.roles.iter().enumerate().map(|(i, r)| {
                    let args = Args::new()
                        .select("position", if i == 0 { "first" } else { "other" })
                        .with("name", &r.name)
                        .with("before", Arg::Role(r.before.clone()))
                        .with("after", Arg::Role(r.after.clone()));
                    Phrase::new("diff-role-move", args)
                });
                let args = Args::new()
                    .select("position", if parts.is_empty() { "first" } else { "other" })
                    .with("forum", name)
                    .with("moves", Arg::list(moves));
                parts.push(Phrase::new("diff-forum-roles", args).into());
            }
            let kinds = |keep: &dyn Fn(usize, usize) -> bool, id: &'static str| {
                Arg::list(
                    ActorKind::ALL
                        .into_iter()
                        .filter(|&k| keep(forum.before.get(k), forum.after.get(k)))
                        .map(|k| Phrase::new(id, Args::new().with("kind", k))),
                )
            };
            let args = Args::new()
                .with("changes", Arg::Series(parts))
                .with("gained", kinds(&|b, a| b == 0 && a > 0, "diff-a-kind"))
                .with("lost", kinds(&|b, a| b > 0 && a == 0, "diff-no-kind"));
            let actors = forum
                .joined
                .iter()
                .chain(&forum.left)
                .map(|s| s.actor.clone())
                .chain(forum.roles.iter().map(|r| r.actor.clone()))
                .collect();
            Some(Finding::new(
                FindingCode::ForumMembershipChanged,
                dedup(actors),
                args,
            ))
        }
    }
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    ids.into_iter()
        .filter(|id| seen.insert(id.clone()))
        .collect()
}

fn section(out: &mut String, title: &str) {
    let _ = writeln!(out);
    let _ = writeln!(out, "{title}");
}

/// "… and 3 more" under a capped list.
fn more(out: &mut String, lang: Lang, hidden: usize) {
    if hidden > 0 {
        let args = Args::new().count("count", hidden);
        let _ = writeln!(out, "  … {}", words::message(lang, "diff-more", &args));
    }
}

/// The members of a forum by kind: "4 public bodies, 1 private company".
fn kinds_breakdown(lang: Lang, counts: &KindCounts) -> String {
    ActorKind::ALL
        .into_iter()
        .filter(|&k| counts.get(k) > 0)
        .map(|k| {
            let args = Args::new().count("count", counts.get(k)).with("kind", k);
            words::message(lang, "count-kind", &args)
        })
        .collect::<Vec<_>>()
        .join(&lang.text("list-separator"))
}

fn link_line(lang: Lang, sign: &str, l: &LinkRef) -> String {
    let mut args = Args::new()
        .with("source", &l.source_name)
        .with("target", &l.target_name)
        .with("level", l.level);
    args = match &l.kind {
        Some(k) => args
            .select("shape", "kind")
            .with("kind", Arg::LinkKind(k.clone())),
        None => args.select("shape", "plain"),
    };
    format!("  {sign} {}", words::message(lang, "diff-link", &args))
}

pub(crate) fn diff_text(diff: &Diff, lang: Lang) -> String {
    let mut out = String::new();
    let title = diff
        .after
        .name
        .as_deref()
        .or(diff.before.name.as_deref())
        .unwrap_or("");
    let _ = writeln!(
        out,
        "{}",
        words::message(lang, "diff-title", &Args::new().with("name", title))
    );
    let heads = [
        snapshot_label(lang, &diff.before, 0),
        snapshot_label(lang, &diff.after, 1),
    ];
    let _ = writeln!(out, "{} → {}", heads[0], heads[1]);

    section(&mut out, &lang.text("diff-indicators"));
    indicator_table(&mut out, lang, &heads, &diff.indicators, true);

    if !diff.findings.is_empty() {
        section(&mut out, &lang.text("diff-what-changed"));
        for f in &diff.findings {
            let _ = writeln!(out, "  - {}", f.sentence(lang));
        }
    }

    let added = diff.links_added.len();
    let removed = diff.links_removed.len();
    let args = Args::new()
        .count("added", added)
        .count("removed", removed)
        .count("up", diff.links_up.len())
        .count("down", diff.links_down.len());
    section(&mut out, &words::message(lang, "diff-links", &args));
    for l in diff.links_added.iter().take(SHOWN) {
        let _ = writeln!(out, "{}", link_line(lang, "+", l));
    }
    more(&mut out, lang, added.saturating_sub(SHOWN));
    for l in diff.links_removed.iter().take(SHOWN) {
        let _ = writeln!(out, "{}", link_line(lang, "-", l));
    }
    more(&mut out, lang, removed.saturating_sub(SHOWN));

    let forums: Vec<&ForumChange> = diff
        .forums
        .iter()
        .filter(|f| f.before_exists && f.after_exists)
        .collect();
    if !forums.is_empty() {
        section(&mut out, &lang.text("diff-forum-composition"));
        for f in forums {
            let args = Args::new()
                .with("forum", &f.name)
                .count("before", f.before.total())
                .count("after", f.after.total())
                .with("kinds", kinds_breakdown(lang, &f.after));
            let _ = writeln!(out, "  {}", words::message(lang, "diff-forum-size", &args));
        }
    }
    out
}

pub(crate) fn series_text(series: &TimeSeries, lang: Lang) -> String {
    let mut out = String::new();
    let title = series
        .snapshots
        .last()
        .and_then(|m| m.name.as_deref())
        .unwrap_or("");
    let _ = writeln!(
        out,
        "{}",
        words::message(lang, "diff-series-title", &Args::new().with("name", title))
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

/// The series as CSV: codes and plain numbers, no words, so it reads the same in every
/// language.
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
            crate::io::csv::guard(snapshot.name.as_deref().unwrap_or_default()).into_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_agree_with_the_values_beside_them() {
        // 12.5% is shown as 13% (halves away from zero), so 12.5% → 13.4% is no change.
        assert_eq!(value(Lang::En, "cross_kind_share", Some(0.125)), "13%");
        assert_eq!(
            change(Lang::En, "cross_kind_share", Some(0.125), Some(0.134)),
            "="
        );
        assert_eq!(
            change(Lang::En, "cross_kind_share", Some(0.125), Some(0.144)),
            "+1 pt"
        );
        assert_eq!(
            change(Lang::Fr, "largest_component_share", Some(0.94), Some(0.97)),
            "+3 pts"
        );
        assert_eq!(
            change(Lang::Fr, "density", Some(0.127), Some(0.135)),
            "+0,008"
        );
        assert_eq!(change(Lang::En, "actors", Some(36.0), Some(36.0)), "=");
        assert_eq!(change(Lang::En, "components", Some(3.0), Some(2.0)), "−1");
        assert_eq!(value(Lang::Fr, "ties", Some(12500.0)), "12\u{202F}500");
        assert_eq!(value(Lang::Fr, "ei_index", None), "—");
    }

    #[test]
    fn every_indicator_has_a_label() {
        let map = crate::io::json::from_json_str(
            r#"{"format": "actormap/1", "actors": [{"id": "a", "name": "A", "kind": "public"}]}"#,
        )
        .unwrap();
        let network = crate::network::Network::new(&map, &Default::default()).unwrap();
        let report = MetricsReport::compute(&network, &Default::default());
        for row in super::super::indicator_rows(&[report]) {
            for lang in Lang::ALL {
                let label = row.label(lang);
                assert!(!label.is_empty() && label != row.key, "{lang} {}", row.key);
            }
        }
    }
}
