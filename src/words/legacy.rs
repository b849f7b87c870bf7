//! Words for sentences in English and French, shared by every report: lists, counts,
//! numbers, quotes, kinds with their articles.

use crate::model::ActorKind;
use crate::model::KindCounts;
use crate::words::Lang;

/// How many names a sentence lists before "and N others".
pub(crate) const LIST_LIMIT: usize = 8;

/// "A", "A and B", "A, B and C", "A, B, C and 4 others" (French: "et", "autres"). Items
/// that hold a comma are separated by semicolons, so the list stays readable.
pub(crate) fn list(lang: Lang, items: &[String], limit: usize) -> String {
    let limit = limit.max(1);
    let sep = match (items.iter().any(|i| i.contains(',')), lang) {
        (false, _) => ", ",
        (true, Lang::En | Lang::Pseudo) => "; ",
        (true, Lang::Fr) => " ; ",
    };
    let and = lang.pick(" and ", " et ");
    if items.len() > limit {
        let rest = items.len() - limit;
        let others = match (lang, rest) {
            (Lang::En | Lang::Pseudo, 1) => "1 other".to_owned(),
            (Lang::En | Lang::Pseudo, r) => format!("{r} others"),
            (Lang::Fr, 1) => "1 autre".to_owned(),
            (Lang::Fr, r) => format!("{r} autres"),
        };
        return format!("{}{and}{others}", items[..limit].join(sep));
    }
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(sep)),
    }
}

/// "1 actor", "3 actors".
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A name in quotes: "name" in English, « name » in French; a name that holds those
/// quotes itself gets “ ” instead, so the quotes do not nest.
pub(crate) fn quote(lang: Lang, s: &str) -> String {
    match lang {
        Lang::En | Lang::Pseudo if !s.contains('"') => format!("\"{s}\""),
        Lang::Fr if !s.contains('«') => format!("« {s} »"),
        _ => format!("“{s}”"),
    }
}

/// A number with `digits` decimals, with a decimal comma in French.
pub(crate) fn decimal(lang: Lang, x: f64, digits: usize) -> String {
    let s = format!("{x:.digits$}");
    // "-0.00" reads as a negative value that is not there.
    let s = if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_owned()
    } else {
        s
    };
    match lang {
        Lang::En | Lang::Pseudo => s,
        Lang::Fr => s.replace('.', ","),
    }
}

/// A share as a whole percentage: "45%" in English, "45 %" in French.
pub(crate) fn percent(lang: Lang, share: f64) -> String {
    let p = (share * 100.0).round();
    match lang {
        Lang::En | Lang::Pseudo => format!("{p}%"),
        Lang::Fr => format!("{p} %"),
    }
}

/// Whether the French name of a kind is feminine ("entreprise privée").
pub(crate) fn feminine(kind: ActorKind) -> bool {
    kind == ActorKind::Private
}

/// The kind with an indefinite article: "a public body", "une entreprise privée".
pub(crate) fn a_kind(lang: Lang, kind: ActorKind) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!("a {}", lang.kind(kind)),
        Lang::Fr if feminine(kind) => format!("une {}", lang.kind(kind)),
        Lang::Fr => format!("un {}", lang.kind(kind)),
    }
}

/// "No public body", "Aucune entreprise privée" (capitalised, to open a sentence).
pub(crate) fn no_kind(lang: Lang, kind: ActorKind) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!("No {}", lang.kind(kind)),
        Lang::Fr if feminine(kind) => format!("Aucune {}", lang.kind(kind)),
        Lang::Fr => format!("Aucun {}", lang.kind(kind)),
    }
}

/// "no public body", "aucune entreprise privée" (inside a sentence).
pub(crate) fn no_kind_lower(lang: Lang, kind: ActorKind) -> String {
    let s = no_kind(lang, kind);
    let mut chars = s.chars();
    let first = chars.next().map(|c| c.to_lowercase().to_string());
    first.unwrap_or_default() + chars.as_str()
}

/// "1 public body", "3 community organisations".
pub(crate) fn kind_count(lang: Lang, kind: ActorKind, n: usize) -> String {
    count(n, &lang.kind(kind), &lang.kinds(kind))
}

/// "3 community organisations, 1 service user": the kinds with a count, in canonical
/// order.
pub(crate) fn kinds_breakdown(lang: Lang, counts: &KindCounts) -> String {
    ActorKind::ALL
        .into_iter()
        .filter(|&k| counts.get(k) > 0)
        .map(|k| kind_count(lang, k, counts.get(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Capitalise the first letter.
pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

pub(crate) use crate::text::spreadsheet_text;

/// A forum role's name, singular or plural: "co-lead", "co-porteurs"; roles the practice
/// invents are written as they are.
pub(crate) fn role(lang: Lang, role: &str, plural: bool) -> String {
    let (en, en_pl, fr, fr_pl) = match role {
        "co-lead" => ("co-lead", "co-leads", "co-porteur", "co-porteurs"),
        "facilitator" => (
            "facilitator",
            "facilitators",
            "conseiller-facilitateur",
            "conseillers-facilitateurs",
        ),
        "animator" => ("animator", "animators", "animateur", "animateurs"),
        "delegated-manager" => (
            "delegated manager",
            "delegated managers",
            "gestionnaire délégué",
            "gestionnaires délégués",
        ),
        "director" => ("director", "directors", "directeur", "directeurs"),
        "user-partner" => (
            "user partner",
            "user partners",
            "usager partenaire",
            "usagers partenaires",
        ),
        "member" => ("member", "members", "membre", "membres"),
        other => return other.to_owned(),
    };
    match (lang, plural) {
        (Lang::En | Lang::Pseudo, false) => en,
        (Lang::En | Lang::Pseudo, true) => en_pl,
        (Lang::Fr, false) => fr,
        (Lang::Fr, true) => fr_pl,
    }
    .to_owned()
}

/// A well-known forum kind in words: English, French, and whether the French word is
/// feminine. `None` for a kind the practice invented.
pub(crate) fn forum_kind_words(kind: &str) -> Option<(&'static str, &'static str, bool)> {
    Some(match kind {
        "table" => ("concertation table", "table de concertation", true),
        "action-group" => ("action group", "groupe d'action", false),
        "management-group" => ("management group", "groupe de gestion", false),
        "committee" => ("committee", "comité", false),
        "initiative" => ("initiative", "chantier", false),
        "workshop" => ("workshop", "atelier", false),
        _ => return None,
    })
}

/// A forum kind in words: "concertation table", "table de concertation"; a kind the
/// practice invented as written.
pub(crate) fn forum_kind(lang: Lang, kind: &str) -> String {
    match forum_kind_words(kind) {
        Some((en, fr, _)) => lang.pick(en, fr).to_owned(),
        None => kind.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn lists_in_both_languages() {
        assert_eq!(list(Lang::En, &items(&["A"]), 8), "A");
        assert_eq!(list(Lang::En, &items(&["A", "B", "C"]), 8), "A, B and C");
        assert_eq!(list(Lang::Fr, &items(&["A", "B"]), 8), "A et B");
        assert_eq!(
            list(Lang::Fr, &items(&["A", "B", "C", "D"]), 2),
            "A, B et 2 autres"
        );
        assert_eq!(
            list(Lang::En, &items(&["Denis B., usager", "C"]), 8),
            "Denis B., usager and C"
        );
        assert_eq!(
            list(Lang::En, &items(&["Denis B., usager", "C", "D"]), 8),
            "Denis B., usager; C and D"
        );
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(spreadsheet_text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(spreadsheet_text("-x"), "'-x");
        assert_eq!(spreadsheet_text("@home"), "'@home");
        assert_eq!(spreadsheet_text("'quoted"), "''quoted");
        assert_eq!(spreadsheet_text("CISSS"), "CISSS");
        assert_eq!(role(Lang::Fr, "co-lead", true), "co-porteurs");
        assert_eq!(role(Lang::En, "co-porteur", false), "co-porteur");
    }

    #[test]
    fn numbers_and_kinds() {
        assert_eq!(decimal(Lang::Fr, 0.1234, 3), "0,123");
        assert_eq!(decimal(Lang::En, -0.0001, 2), "0.00");
        assert_eq!(decimal(Lang::En, -0.25, 2), "-0.25");
        assert_eq!(percent(Lang::Fr, 0.456), "46 %");
        assert_eq!(quote(Lang::Fr, "Table"), "« Table »");
        assert_eq!(
            quote(Lang::Fr, "Atelier « Se connaître »"),
            "“Atelier « Se connaître »”"
        );
        assert_eq!(quote(Lang::En, "Table"), "\"Table\"");
        assert_eq!(percent(Lang::En, 1.0), "100%");
        assert_eq!(
            no_kind(Lang::Fr, ActorKind::Private),
            "Aucune entreprise privée"
        );
        assert_eq!(no_kind_lower(Lang::Fr, ActorKind::User), "aucun usager");
        assert_eq!(a_kind(Lang::En, ActorKind::User), "a service user");
        let mut counts = KindCounts::default();
        counts.add(ActorKind::Community);
        counts.add(ActorKind::Community);
        counts.add(ActorKind::User);
        assert_eq!(
            kinds_breakdown(Lang::En, &counts),
            "2 community organisations, 1 service user"
        );
        assert_eq!(
            kinds_breakdown(Lang::Fr, &counts),
            "2 organismes communautaires, 1 usager"
        );
    }

    #[test]
    fn forum_kinds_in_words() {
        assert_eq!(forum_kind(Lang::Fr, "table"), "table de concertation");
        assert_eq!(forum_kind(Lang::Fr, "workshop"), "atelier");
        assert_eq!(forum_kind(Lang::En, "management-group"), "management group");
        // A kind the practice invented is shown as written.
        assert_eq!(forum_kind(Lang::Fr, "cellule de crise"), "cellule de crise");
    }
}
