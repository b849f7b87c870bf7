//! The words of the gaps report, in English and French.

use std::fmt::Write;

use super::{Context, GapsReport, Rule};
use crate::finding::{Finding, FindingCode};
use crate::lang::Lang;
use crate::model::{ActorKind, ActorMap};
use crate::words::legacy::{
    LIST_LIMIT, decimal, forum_kind, forum_kind_words, kinds_breakdown, list, no_kind_lower, quote,
    role,
};

/// "1 member" / "3 members"; French likewise.
fn count(lang: Lang, n: usize, en: (&str, &str), fr: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::En | Lang::Pseudo => en,
        Lang::Fr => fr,
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

fn members(lang: Lang, n: usize) -> String {
    count(lang, n, ("member", "members"), ("membre", "membres"))
}

/// A forum kind in words, with "no" in front: "no management group", "aucune table de
/// concertation".
fn no_forum_kind(lang: Lang, kind: &str) -> String {
    match (forum_kind_words(kind), lang) {
        (Some((en, _, _)), Lang::En | Lang::Pseudo) => format!("no {en}"),
        (Some((_, fr, true)), Lang::Fr) => format!("aucune {fr}"),
        (Some((_, fr, false)), Lang::Fr) => format!("aucun {fr}"),
        (None, Lang::En | Lang::Pseudo) => format!("no forum of kind “{kind}”"),
        (None, Lang::Fr) => format!("aucune instance de type « {kind} »"),
    }
}

/// "community organisation, private company or service user".
fn kinds_or(lang: Lang, kinds: &[ActorKind]) -> String {
    let words: Vec<String> = kinds.iter().map(|k| lang.kind(*k)).collect();
    match words.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("or", "ou")),
    }
}

/// "exactly 2", "between 8 and 12", "at least 1", "at most 3".
fn range(lang: Lang, r: &super::Range) -> String {
    match (r.min, r.max, lang) {
        (Some(a), Some(b), Lang::En | Lang::Pseudo) if a == b => format!("exactly {a}"),
        (Some(a), Some(b), Lang::Fr) if a == b => format!("exactement {a}"),
        (Some(a), Some(b), Lang::En | Lang::Pseudo) => format!("between {a} and {b}"),
        (Some(a), Some(b), Lang::Fr) => format!("entre {a} et {b}"),
        (Some(a), None, Lang::En | Lang::Pseudo) => format!("at least {a}"),
        (Some(a), None, Lang::Fr) => format!("au moins {a}"),
        (None, Some(b), Lang::En | Lang::Pseudo) => format!("at most {b}"),
        (None, Some(b), Lang::Fr) => format!("au plus {b}"),
        (None, None, _) => String::new(),
    }
}

fn rule_ref(lang: Lang, rule: &Rule) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!("rule {}", quote(lang, &rule.id)),
        Lang::Fr => format!("règle {}", quote(lang, &rule.id)),
    }
}

pub(crate) fn finding(
    code: FindingCode,
    rule: Option<&Rule>,
    forums: Vec<String>,
    actors: Vec<String>,
    sentence: String,
) -> Finding {
    let mut f = Finding::legacy(code, actors, sentence);
    f.rule = rule.map(|r| r.id.clone());
    f.forums = forums;
    f
}

pub(crate) fn required_missing(cx: &Context, rule: &Rule) -> Finding {
    let lang = cx.lang;
    let kind = rule.forums.kind.as_deref().unwrap_or("");
    let what = match (&rule.forums.id, lang) {
        (Some(id), Lang::En | Lang::Pseudo) => format!("no forum with id “{id}”"),
        (Some(id), Lang::Fr) => format!("aucune instance d'identifiant « {id} »"),
        (None, _) => no_forum_kind(lang, kind),
    };
    let why = rule
        .description
        .as_deref()
        .map_or(String::new(), |d| format!(": {d}"));
    let sentence = match lang {
        Lang::En | Lang::Pseudo => format!("The map has {what} ({}{why}).", rule_ref(lang, rule)),
        Lang::Fr => format!("La carte ne compte {what} ({}{why}).", rule_ref(lang, rule)),
    };
    finding(
        FindingCode::RuleRequired,
        Some(rule),
        vec![],
        vec![],
        sentence,
    )
}

pub(crate) fn size(lang: Lang, forum: &str, n: usize, r: &super::Range, rule: &Rule) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "{} has {}; {} asks for {}.",
            quote(lang, forum),
            members(lang, n),
            rule_ref(lang, rule),
            range(lang, r)
        ),
        Lang::Fr => format!(
            "{} compte {} ; la {} en demande {}.",
            quote(lang, forum),
            members(lang, n),
            rule_ref(lang, rule),
            range(lang, r)
        ),
    }
}

pub(crate) fn kinds(
    lang: Lang,
    forum: &str,
    kinds: &[ActorKind],
    have: usize,
    min: u32,
    rule: &Rule,
) -> String {
    if have == 0 {
        let none = match kinds {
            [one] => no_kind_lower(lang, *one),
            many => match lang {
                Lang::En | Lang::Pseudo => format!("no {}", kinds_or(lang, many)),
                Lang::Fr => format!("aucun {}", kinds_or(lang, many)),
            },
        };
        match lang {
            Lang::En | Lang::Pseudo => format!(
                "{} has {none} among its members ({}).",
                quote(lang, forum),
                rule_ref(lang, rule)
            ),
            Lang::Fr => format!(
                "{} n'a {none} parmi ses membres ({}).",
                quote(lang, forum),
                rule_ref(lang, rule)
            ),
        }
    } else {
        let what = kinds_or(lang, kinds);
        match lang {
            Lang::En | Lang::Pseudo => format!(
                "{} has {have} member{} who {} {what}; {} asks for at least {min}.",
                quote(lang, forum),
                if have == 1 { "" } else { "s" },
                if have == 1 { "is a" } else { "are a" },
                rule_ref(lang, rule)
            ),
            Lang::Fr => format!(
                "{} compte {} de type {what} ; la {} en demande au moins {min}.",
                quote(lang, forum),
                members(lang, have),
                rule_ref(lang, rule)
            ),
        }
    }
}

pub(crate) fn roles(
    lang: Lang,
    forum: &str,
    role_name: &str,
    holders: &[String],
    r: &super::Range,
    rule: &Rule,
) -> String {
    let n = holders.len();
    if n == 0 {
        let no = match lang {
            Lang::En | Lang::Pseudo => format!("no {}", role(lang, role_name, false)),
            Lang::Fr => format!("aucun {}", role(lang, role_name, false)),
        };
        match lang {
            Lang::En | Lang::Pseudo => format!(
                "{} has {no} ({} asks for {}).",
                quote(lang, forum),
                rule_ref(lang, rule),
                range(lang, r)
            ),
            Lang::Fr => format!(
                "{} n'a {no} (la {} en demande {}).",
                quote(lang, forum),
                rule_ref(lang, rule),
                range(lang, r)
            ),
        }
    } else {
        let who = role(lang, role_name, n > 1);
        match lang {
            Lang::En | Lang::Pseudo => format!(
                "{} has {n} {who} ({}); {} asks for {}.",
                quote(lang, forum),
                list(lang, holders, LIST_LIMIT),
                rule_ref(lang, rule),
                range(lang, r)
            ),
            Lang::Fr => format!(
                "{} compte {n} {who} ({}) ; la {} en demande {}.",
                quote(lang, forum),
                list(lang, holders, LIST_LIMIT),
                rule_ref(lang, rule),
                range(lang, r)
            ),
        }
    }
}

pub(crate) fn same_organisation(
    lang: Lang,
    forum: &str,
    role_name: &str,
    names: &[String],
    organisation: &str,
    rule: &Rule,
) -> String {
    let who = role(lang, role_name, true);
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "{}, {who} of {}, belong to the same organisation ({organisation}); {} asks for {who} from different organisations.",
            list(lang, names, LIST_LIMIT),
            quote(lang, forum),
            rule_ref(lang, rule)
        ),
        Lang::Fr => format!(
            "{}, {who} de {}, relèvent de la même organisation ({organisation}) ; la {} demande des {who} d'organisations différentes.",
            list(lang, names, LIST_LIMIT),
            quote(lang, forum),
            rule_ref(lang, rule)
        ),
    }
}

pub(crate) fn same_kind(
    lang: Lang,
    forum: &str,
    role_name: &str,
    names: &[String],
    kind: ActorKind,
    rule: &Rule,
) -> String {
    let who = role(lang, role_name, true);
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "{}, {who} of {}, are all {}; {} asks for {who} of different kinds.",
            list(lang, names, LIST_LIMIT),
            quote(lang, forum),
            lang.kinds(kind),
            rule_ref(lang, rule)
        ),
        Lang::Fr => format!(
            "{}, {who} de {}, sont tous des {} ; la {} demande des {who} de types différents.",
            list(lang, names, LIST_LIMIT),
            quote(lang, forum),
            lang.kinds(kind),
            rule_ref(lang, rule)
        ),
    }
}

pub(crate) fn need_unserved(lang: Lang, forum: &str, need: &str, rule: &Rule) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "No member of {} serves the need {} ({}).",
            quote(lang, forum),
            quote(lang, need),
            rule_ref(lang, rule)
        ),
        Lang::Fr => format!(
            "Aucun membre de {} ne répond au besoin {} ({}).",
            quote(lang, forum),
            quote(lang, need),
            rule_ref(lang, rule)
        ),
    }
}

pub(crate) fn sector_absent(lang: Lang, forum: &str, sector: &str, rule: &Rule) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "No member of {} works in the sector {} ({}).",
            quote(lang, forum),
            quote(lang, sector),
            rule_ref(lang, rule)
        ),
        Lang::Fr => format!(
            "Aucun membre de {} ne travaille dans le secteur {} ({}).",
            quote(lang, forum),
            quote(lang, sector),
            rule_ref(lang, rule)
        ),
    }
}

pub(crate) fn not_represented(
    lang: Lang,
    forum: &str,
    organisation: &str,
    elsewhere: &[String],
    role_name: &str,
    rule: &Rule,
) -> String {
    let places: Vec<String> = elsewhere.iter().map(|f| quote(lang, f)).collect();
    match lang {
        Lang::En | Lang::Pseudo => format!(
            "{organisation} takes part in {} but has no {} in {} ({}).",
            list(lang, &places, LIST_LIMIT),
            role(lang, role_name, false),
            quote(lang, forum),
            rule_ref(lang, rule)
        ),
        Lang::Fr => format!(
            "{organisation} participe à {} mais n'a aucun {} au sein de {} ({}).",
            list(lang, &places, LIST_LIMIT),
            role(lang, role_name, false),
            quote(lang, forum),
            rule_ref(lang, rule)
        ),
    }
}

/// The whole report as text.
pub(crate) fn render_text(report: &GapsReport, map: &ActorMap) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let title = map.name.as_deref().unwrap_or("");
    let _ = writeln!(
        out,
        "{} — {title}",
        lang.pick("Missing partners", "Partenaires manquants")
    );
    let sets = if report.rule_sets.is_empty() {
        lang.pick("none", "aucune").to_owned()
    } else {
        report.rule_sets.join(", ")
    };
    let _ = writeln!(
        out,
        "{} {sets}",
        lang.pick("Composition rules:", "Règles de composition :")
    );
    for f in &report.map_findings {
        let _ = writeln!(out, "- {}", f.sentence(lang));
    }
    for forum in &report.forums {
        let _ = writeln!(out);
        let kind = forum
            .kind
            .as_deref()
            .map_or(String::new(), |k| format!(" ({})", forum_kind(lang, k)));
        let mut composition = kinds_breakdown(lang, &forum.members_by_kind);
        if !forum.kinds_absent.is_empty() {
            let absent: Vec<String> = forum
                .kinds_absent
                .iter()
                .map(|k| no_kind_lower(lang, *k))
                .collect();
            if !composition.is_empty() {
                composition.push_str(lang.pick("; ", " ; "));
            }
            composition.push_str(&absent.join(", "));
        }
        let colon = lang.pick(":", " :");
        let _ = writeln!(
            out,
            "{}{kind}{colon} {} — {composition}",
            quote(lang, &forum.name),
            members(lang, forum.size)
        );
        if !forum.findings.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                lang.pick("Rules not met:", "Règles non respectées :")
            );
            for f in &forum.findings {
                let _ = writeln!(out, "  - {}", f.sentence(lang));
            }
        } else if forum.rules_checked > 0 {
            let met = match (lang, forum.rules_checked) {
                (Lang::En | Lang::Pseudo, 1) => {
                    "The composition rule that applies is met.".to_owned()
                }
                (Lang::En | Lang::Pseudo, n) => {
                    format!("The {n} composition rules that apply are met.")
                }
                (Lang::Fr, 1) => "La règle de composition qui s'applique est respectée.".to_owned(),
                (Lang::Fr, n) => {
                    format!("Les {n} règles de composition qui s'appliquent sont respectées.")
                }
            };
            let _ = writeln!(out, "  {met}");
        }
        if forum.candidates.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                lang.pick(
                    "No one to suggest: no actor outside it is tied to its members or brings what it lacks.",
                    "Personne à suggérer : aucun acteur extérieur n'est lié à ses membres ni n'apporte ce qui lui manque."
                )
            );
        } else {
            let _ = writeln!(
                out,
                "  {}",
                lang.pick(
                    "Whom to invite, best first:",
                    "Qui inviter, en ordre de priorité :"
                )
            );
            for (i, c) in forum.candidates.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "  {}. {} ({}) — {} {}",
                    i + 1,
                    c.name,
                    lang.kind(c.kind),
                    lang.pick("score", "pointage"),
                    decimal(lang, c.score, 2)
                );
                for reason in &c.reasons {
                    let _ = writeln!(out, "     · {reason}");
                }
            }
        }
    }
    if !report.structural.findings.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            lang.pick(
                "Gaps of the whole map:",
                "Lacunes de l'ensemble de la carte :"
            )
        );
        for f in &report.structural.findings {
            let _ = writeln!(out, "- {}", f.sentence(lang));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_forum_kind_agrees_in_gender() {
        assert_eq!(
            no_forum_kind(Lang::Fr, "table"),
            "aucune table de concertation"
        );
        assert_eq!(no_forum_kind(Lang::Fr, "committee"), "aucun comité");
        assert_eq!(no_forum_kind(Lang::Fr, "workshop"), "aucun atelier");
        assert_eq!(no_forum_kind(Lang::En, "action-group"), "no action group");
        assert_eq!(
            no_forum_kind(Lang::Fr, "cellule"),
            "aucune instance de type « cellule »"
        );
        assert_eq!(
            no_forum_kind(Lang::En, "cellule"),
            "no forum of kind “cellule”"
        );
    }
}
