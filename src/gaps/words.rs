//! The words of the gaps report: the arguments of its findings and of the reasons to
//! invite a candidate, and the text report, all made by the catalogs
//! (`locales/<lang>/gaps.ftl`).

use std::fmt::Write;

use super::{GapsReport, Range, Rule};
use crate::finding::{Finding, FindingCode};
use crate::model::KindCounts;
use crate::model::{ActorKind, ActorMap};
use crate::words::{self, Arg, Args, Lang, Phrase};

/// The forum kinds the catalogs have words for; a rule that requires a forum of another
/// kind names the kind as written.
const NAMED_FORUM_KINDS: [&str; 6] = [
    "table",
    "action-group",
    "management-group",
    "committee",
    "initiative",
    "workshop",
];

/// A finding of the gaps, with the rule it comes from and the forums it is about.
pub(crate) fn finding(
    code: FindingCode,
    rule: Option<&Rule>,
    forums: Vec<String>,
    actors: impl IntoIterator<Item = String>,
    args: Args,
) -> Finding {
    let mut f = Finding::new(code, actors, args);
    f.rule = rule.map(|r| r.id.clone());
    f.forums = forums;
    f
}

/// The arguments every rule finding starts from: the forum and the rule, in quotes.
pub(crate) fn rule_args(forum: &str, rule: &Rule) -> Args {
    Args::new()
        .quoted("forum", forum)
        .quoted("rule", rule.id.as_str())
}

/// What a rule asks for: "exactly 2", "between 8 and 12", "at least 1", "at most 3".
pub(crate) fn range(r: &Range) -> Phrase {
    let bounds = match (r.min, r.max) {
        (Some(a), Some(b)) if a == b => "exactly",
        (Some(_), Some(_)) => "between",
        (Some(_), None) => "at-least",
        (None, Some(_)) => "at-most",
        (None, None) => "none",
    };
    let mut args = Args::new().select("bounds", bounds);
    if let Some(min) = r.min {
        args.set("min", Arg::Count(u64::from(min)));
    }
    if let Some(max) = r.max {
        args.set("max", Arg::Count(u64::from(max)));
    }
    Phrase::new("gaps-range", args)
}

/// Kinds one of which will do: a kind, or "community organisation, private company or
/// service user".
pub(crate) fn kinds_or(kinds: &[ActorKind]) -> Arg {
    match kinds {
        [] => Arg::Text(String::new()),
        [one] => Arg::Kind(*one),
        [first, rest @ ..] => {
            let more = if rest.len() == 1 { "last" } else { "some" };
            let args = Args::new()
                .with("kind", *first)
                .select("more", more)
                .with("rest", kinds_or(rest));
            Phrase::new("gaps-kinds-or", args).into()
        }
    }
}

/// Items joined by commas: "4 public bodies, 10 community organisations".
pub(crate) fn joined(mut items: Vec<Arg>) -> Arg {
    match items.len() {
        0 => Arg::Text(String::new()),
        1 => items.remove(0),
        _ => {
            let first = items.remove(0);
            let args = Args::new()
                .with("item", first)
                .select("more", "yes")
                .with("rest", joined(items));
            Phrase::new("gaps-joined", args).into()
        }
    }
}

/// "3 community organisations, 1 service user": the kinds with a count, in canonical
/// order.
pub(crate) fn kinds_breakdown(counts: &KindCounts) -> Arg {
    joined(
        ActorKind::ALL
            .into_iter()
            .filter(|&k| counts.get(k) > 0)
            .map(|k| {
                let args = Args::new().count("count", counts.get(k)).with("kind", k);
                Phrase::new("count-kind", args).into()
            })
            .collect(),
    )
}

pub(crate) fn required_missing(rule: &Rule) -> Finding {
    let kind = rule.forums.kind.as_deref().unwrap_or("");
    let mut args = Args::new();
    match &rule.forums.id {
        Some(id) => {
            args.set("selects", "id");
            args.set("id", id.as_str());
        }
        None => {
            let named = NAMED_FORUM_KINDS.contains(&kind);
            args.set("selects", if named { "kind" } else { "other-kind" });
            args.set("kind", Arg::ForumKind(kind.to_owned()));
        }
    }
    args.set("rule", Arg::Quoted(rule.id.clone()));
    match rule.description.as_deref() {
        Some(d) => {
            args.set("why", "yes");
            args.set("description", d);
        }
        None => args.set("why", "no"),
    }
    finding(FindingCode::RuleRequired, Some(rule), vec![], vec![], args)
}

/// The whole report as text, in a language.
pub(crate) fn render_text(report: &GapsReport, map: &ActorMap, lang: Lang) -> String {
    let mut out = String::new();
    let title = map.name.as_deref().unwrap_or("");
    let _ = writeln!(
        out,
        "{}",
        words::message(lang, "gaps-title", &Args::new().with("map", title))
    );
    let sets = joined(report.rule_sets.iter().map(Arg::from).collect());
    let args = Args::new()
        .count("count", report.rule_sets.len())
        .with("sets", sets);
    let _ = writeln!(out, "{}", words::message(lang, "gaps-rule-sets", &args));
    for f in &report.map_findings {
        let _ = writeln!(out, "- {}", f.sentence(lang));
    }
    for forum in &report.forums {
        let _ = writeln!(out);
        let present = kinds_breakdown(&forum.members_by_kind);
        let absent = joined(
            forum
                .kinds_absent
                .iter()
                .map(|&k| Phrase::new("gaps-no-kind", Args::new().with("kind", k)).into())
                .collect(),
        );
        let shape = match (forum.size > 0, forum.kinds_absent.is_empty()) {
            (true, true) => "present",
            (false, _) => "absent",
            (true, false) => "both",
        };
        let args = Args::new()
            .quoted("forum", forum.name.as_str())
            .select("has-kind", if forum.kind.is_some() { "yes" } else { "no" })
            .with(
                "kind",
                Arg::ForumKind(forum.kind.clone().unwrap_or_default()),
            )
            .count("count", forum.size)
            .with("present", present)
            .with("absent", absent)
            .select("shape", shape);
        let _ = writeln!(out, "{}", words::message(lang, "gaps-forum", &args));
        if !forum.findings.is_empty() {
            let _ = writeln!(out, "  {}", lang.text("gaps-rules-not-met"));
            for f in &forum.findings {
                let _ = writeln!(out, "  - {}", f.sentence(lang));
            }
        } else if forum.rules_checked > 0 {
            let args = Args::new().count("count", forum.rules_checked);
            let _ = writeln!(out, "  {}", words::message(lang, "gaps-rules-met", &args));
        }
        if forum.candidates.is_empty() {
            let _ = writeln!(out, "  {}", lang.text("gaps-no-candidates"));
        } else {
            let _ = writeln!(out, "  {}", lang.text("gaps-candidates"));
            for (i, c) in forum.candidates.iter().enumerate() {
                let args = Args::new()
                    .count("rank", i + 1)
                    .with("name", c.name.as_str())
                    .with("kind", c.kind)
                    .number("score", c.score);
                let _ = writeln!(out, "  {}", words::message(lang, "gaps-candidate", &args));
                for reason in &c.reasons {
                    let _ = writeln!(out, "     · {}", reason.render(lang));
                }
            }
        }
    }
    if !report.structural.findings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", lang.text("gaps-structural"));
        for f in &report.structural.findings {
            let _ = writeln!(out, "- {}", f.sentence(lang));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn required(kind: Option<&str>, id: Option<&str>) -> Finding {
        let rule = Rule {
            id: "r".into(),
            forums: super::super::Selector {
                kind: kind.map(str::to_owned),
                id: id.map(str::to_owned),
            },
            required: true,
            ..Rule::default()
        };
        required_missing(&rule)
    }

    #[test]
    fn a_missing_forum_kind_agrees_in_gender() {
        let fr = |kind| required(Some(kind), None).sentence(Lang::Fr);
        assert_eq!(
            fr("table"),
            "La carte ne compte aucune table de concertation (règle «\u{a0}r\u{a0}»)."
        );
        assert_eq!(
            fr("committee"),
            "La carte ne compte aucun comité (règle «\u{a0}r\u{a0}»)."
        );
        assert!(fr("workshop").contains("aucun atelier"));
        assert!(fr("cellule").contains("aucune instance de type «\u{a0}cellule\u{a0}»"));
        let en = |kind| required(Some(kind), None).sentence(Lang::En);
        assert_eq!(
            en("action-group"),
            "The map has no action group (rule \"r\")."
        );
        assert!(en("cellule").contains("no forum of kind “cellule”"));
        assert!(
            required(None, Some("t"))
                .sentence(Lang::Fr)
                .contains("aucune instance d'identifiant «\u{a0}t\u{a0}»")
        );
    }

    #[test]
    fn every_named_forum_kind_has_words() {
        for kind in NAMED_FORUM_KINDS {
            let fr = words::render(Lang::Fr, &Arg::ForumKind(kind.into()));
            assert_ne!(fr, kind, "no French word for the forum kind {kind}");
        }
    }

    #[test]
    fn ranges_and_lists_of_kinds() {
        let range = |min, max| range(&Range { min, max }).render(Lang::Fr);
        assert_eq!(range(Some(2), Some(2)), "exactement 2");
        assert_eq!(range(Some(8), Some(12)), "entre 8 et 12");
        assert_eq!(range(None, Some(3)), "au plus 3");
        let or = |kinds: &[ActorKind], lang| words::render(lang, &kinds_or(kinds));
        use ActorKind::*;
        assert_eq!(
            or(&[Community, Private, User], Lang::En),
            "community organisation, private company or service user"
        );
        assert_eq!(or(&[Public, User], Lang::Fr), "organisme public ou usager");
        assert_eq!(or(&[Private], Lang::Fr), "entreprise privée");
        let mut counts = KindCounts::default();
        counts.add(Community);
        counts.add(Community);
        counts.add(User);
        assert_eq!(
            words::render(Lang::En, &kinds_breakdown(&counts)),
            "2 community organisations, 1 service user"
        );
        assert_eq!(
            words::render(Lang::Fr, &kinds_breakdown(&counts)),
            "2 organismes communautaires, 1 usager"
        );
    }
}
