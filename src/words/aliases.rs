//! Values as people type them: a closed value (a kind, a level, a yes or no) or a
//! well-known word (a role, a link kind, a forum kind) written in any language the
//! catalogs know, in any case, with or without accents, is read as its code.
//!
//! The words come from the catalogs: each code's words in every language (`kind`,
//! `kind-plural`, `role`…) and the other ways people write it, `alias-<family>-<code>`
//! in `locales/<lang>/aliases.ftl` (alternatives separated by `|`). Text is compared
//! folded: lower case, accents removed, runs of spaces, hyphens, underscores,
//! apostrophes and dots made one space, parentheses dropped.

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{Args, Lang, catalog};
use crate::model::{
    ActorKind, ActorMap, Code, Level, WELL_KNOWN_FORUM_KINDS, WELL_KNOWN_LINK_KINDS,
    WELL_KNOWN_ROLES,
};

/// The families of values the catalogs know words for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Kinds of actors (closed).
    Kind,
    /// Collaboration levels (closed).
    Level,
    /// Yes or no (closed): `true`/`false`, `yes`/`no`, `oui`/`non`, `vrai`/`faux`, `1`/`0`.
    Boolean,
    /// Roles of forum members (open: others are kept as written).
    Role,
    /// Kinds of links (open).
    LinkKind,
    /// Kinds of forums (open).
    ForumKind,
}

impl Family {
    /// Every family.
    pub const ALL: [Family; 6] = [
        Family::Kind,
        Family::Level,
        Family::Boolean,
        Family::Role,
        Family::LinkKind,
        Family::ForumKind,
    ];

    /// The family's name in message ids: `kind`, `level`, `boolean`, `role`,
    /// `link-kind`, `forum-kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Kind => "kind",
            Family::Level => "level",
            Family::Boolean => "boolean",
            Family::Role => "role",
            Family::LinkKind => "link-kind",
            Family::ForumKind => "forum-kind",
        }
    }

    /// The family's codes, in canonical order.
    pub fn codes(self) -> Vec<&'static str> {
        match self {
            Family::Kind => ActorKind::codes(),
            Family::Level => Level::codes(),
            Family::Boolean => vec!["true", "false"],
            Family::Role => WELL_KNOWN_ROLES.to_vec(),
            Family::LinkKind => WELL_KNOWN_LINK_KINDS.to_vec(),
            Family::ForumKind => WELL_KNOWN_FORUM_KINDS.to_vec(),
        }
    }

    /// The catalog messages that name a code of this family, besides its aliases.
    fn word_messages(self) -> &'static [&'static str] {
        match self {
            Family::Kind => &["kind", "kind-plural", "kind-label"],
            Family::Level => &["level"],
            Family::Boolean => &[],
            Family::Role => &["role", "role-plural"],
            Family::LinkKind => &["link-kind", "link-kind-plural"],
            Family::ForumKind => &["forum-kind"],
        }
    }
}

/// Text folded for comparison: "Organisme  Communautaire", "organisme-communautaire"
/// and "ORGANISME COMMUNAUTAIRE" all fold to "organisme communautaire".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            '(' | ')' => {}
            'œ' => {
                out.push_str("oe");
                space = false;
            }
            c if c.is_whitespace() || matches!(c, '-' | '_' | '\'' | '’' | '.' | '/') => {
                space = true
            }
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// What people may write for each code: folded text → (family, code), and for each
/// family its words with the code they stand for, for "did you mean".
struct Table {
    by_text: HashMap<(Family, String), &'static str>,
    words: HashMap<Family, Vec<(String, &'static str)>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_text = HashMap::new();
        let mut words: HashMap<Family, Vec<(String, &'static str)>> = HashMap::new();
        for family in Family::ALL {
            for code in family.codes() {
                // The code, the catalogs' words, the aliases, then the short labels: the
                // first spelling of a folded text is the one suggestions show.
                let args = Args::new().select("code", code);
                let mut texts = vec![code.to_owned()];
                let (labels, names): (Vec<&str>, Vec<&str>) = family
                    .word_messages()
                    .iter()
                    .partition(|id| id.ends_with("-label"));
                for lang in Lang::ALL {
                    for id in &names {
                        texts.push(catalog::format(lang, id, None, &args));
                    }
                }
                for lang in Lang::ALL {
                    let alias = format!("alias-{}-{code}", family.as_str());
                    if catalog::has(lang, &alias) {
                        let list = catalog::format(lang, &alias, None, &Args::new());
                        texts.extend(list.split('|').map(|t| t.trim().to_owned()));
                    }
                }
                for lang in Lang::ALL {
                    for id in &labels {
                        texts.push(catalog::format(lang, id, None, &args));
                    }
                }
                for text in texts {
                    let folded = fold(&text);
                    if folded.is_empty() || by_text.contains_key(&(family, folded.clone())) {
                        continue;
                    }
                    by_text.insert((family, folded), code);
                    words.entry(family).or_default().push((text, code));
                }
            }
        }
        Table { by_text, words }
    })
}

/// The code `text` stands for in `family`, in any language the catalogs know; `None`
/// when it is none of the family's words.
///
/// # Example
/// ```
/// use actormap::words::{Family, read_code};
///
/// assert_eq!(read_code(Family::Kind, "Organisme communautaire"), Some("community"));
/// assert_eq!(read_code(Family::Kind, "privée"), Some("private"));
/// assert_eq!(read_code(Family::Level, "COOPÉRATION"), Some("cooperation"));
/// assert_eq!(read_code(Family::Role, "co-porteuse"), Some("co-lead"));
/// assert_eq!(read_code(Family::Boolean, "oui"), Some("true"));
/// assert_eq!(read_code(Family::Role, "porte-parole"), None);
/// ```
pub fn read_code(family: Family, text: &str) -> Option<&'static str> {
    table().by_text.get(&(family, fold(text))).copied()
}

/// A kind of actor written in any language the catalogs know.
pub fn read_kind(text: &str) -> Option<ActorKind> {
    read_code(Family::Kind, text).and_then(ActorKind::from_code)
}

/// A collaboration level written in any language the catalogs know.
pub fn read_level(text: &str) -> Option<Level> {
    read_code(Family::Level, text).and_then(Level::from_code)
}

/// Yes or no written in any language the catalogs know (`oui`, `vrai`, `1`…).
pub fn read_boolean(text: &str) -> Option<bool> {
    read_code(Family::Boolean, text).map(|c| c == "true")
}

/// A closed value that people may type in either language: its family of words.
pub trait Aliased: crate::model::Code {
    /// The family of words the catalogs give for its values.
    const FAMILY: Family;
}

impl Aliased for ActorKind {
    const FAMILY: Family = Family::Kind;
}

impl Aliased for Level {
    const FAMILY: Family = Family::Level;
}

/// A closed value as people type it: its code, or a word the catalogs give for it in any
/// language, compared folded (`Coopération`, `organisme communautaire`, `privée`).
pub fn read_closed<T: Aliased>(text: &str) -> Option<T> {
    T::from_code(text.trim()).or_else(|| read_code(T::FAMILY, text).and_then(T::from_code))
}

/// A value of an open family (roles, link kinds, forum kinds) in its canonical form: the
/// code of a well-known value written in any language (`co-porteuse` gives `co-lead`),
/// else the text as written.
pub fn canonical_open(family: Family, text: &str) -> Option<&'static str> {
    read_code(family, text).filter(|code| *code != text)
}

/// Every well-known role, link kind and forum kind of `map` written in its canonical form
/// (`co-porteuse` becomes `co-lead`, `table de concertation` `concertation-table`), as the
/// readers leave a map: analyses and outputs then see one value for one meaning.
pub fn canonical_words(map: &mut ActorMap) {
    let fix = |family: Family, value: &mut Option<String>| {
        if let Some(code) = value.as_deref().and_then(|v| canonical_open(family, v)) {
            *value = Some(code.to_owned());
        }
    };
    for link in &mut map.links {
        fix(Family::LinkKind, &mut link.kind);
    }
    for forum in &mut map.forums {
        fix(Family::ForumKind, &mut forum.kind);
        for member in &mut forum.members {
            fix(Family::Role, &mut member.role);
        }
    }
}

/// "Did you mean" for a value of `family`, as a message shows it: the code, with the
/// word typed closest when it is not the code (`community (communautaire)`).
pub fn suggestion(family: Family, text: &str) -> Option<String> {
    closest_code(family, text).map(|(code, word)| {
        if super::aliases::fold(&word) == super::aliases::fold(code) {
            code.to_owned()
        } else {
            format!("{code} ({word})")
        }
    })
}

/// The closest word of `family` to `text`, if it is close enough to be a typo: the code
/// and the word as the catalog writes it (`("community", "communautaire")`). Words are
/// compared folded, so a missing accent is no distance at all.
pub fn closest_code(family: Family, text: &str) -> Option<(&'static str, String)> {
    let folded = fold(text);
    let len = folded.chars().count();
    // Edit distances cost the product of the lengths: past this, no suggestion.
    if len == 0 || len > 64 {
        return None;
    }
    // A third of the word, at least one edit: "coperation" finds "cooperation".
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &(String, &'static str))> = None;
    for entry in table().words.get(&family)? {
        let word = fold(&entry.0);
        if word.chars().count().abs_diff(len) > limit {
            continue;
        }
        let Some(d) = crate::text::distance_within(&folded, &word, limit) else {
            continue;
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, entry));
        }
    }
    best.map(|(_, (word, code))| (*code, word.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_accents_and_separators() {
        assert_eq!(
            fold("  Organisme   Communautaire "),
            "organisme communautaire"
        );
        assert_eq!(fold("co-porteur"), fold("Co porteur"));
        assert_eq!(fold("Coopération"), "cooperation");
        assert_eq!(fold("gestionnaire délégué(e)"), "gestionnaire deleguee");
        assert_eq!(fold("groupe d’action"), fold("Groupe d'action"));
    }

    #[test]
    fn french_and_english_words_read_as_codes() {
        let kind = |t| read_kind(t);
        for (text, code) in [
            ("public", ActorKind::Public),
            ("Publique", ActorKind::Public),
            ("organisme public", ActorKind::Public),
            ("secteur public", ActorKind::Public),
            ("communautaire", ActorKind::Community),
            ("organisme communautaire", ActorKind::Community),
            ("privé", ActorKind::Private),
            ("privée", ActorKind::Private),
            ("entreprise privée", ActorKind::Private),
            ("usager", ActorKind::User),
            ("usagère", ActorKind::User),
            ("usager partenaire", ActorKind::User),
            ("proche aidant", ActorKind::User),
            ("proche aidante", ActorKind::User),
            ("community organisation", ActorKind::Community),
            ("Service user", ActorKind::User),
        ] {
            assert_eq!(kind(text), Some(code), "{text}");
        }
        assert_eq!(read_level("coopération"), Some(Level::Cooperation));
        assert_eq!(read_level("Collaboration"), Some(Level::Collaboration));
        for (text, value) in [
            ("oui", true),
            ("Non", false),
            ("vrai", true),
            ("faux", false),
            ("yes", true),
            ("1", true),
            ("0", false),
        ] {
            assert_eq!(read_boolean(text), Some(value), "{text}");
        }
        for (text, role) in [
            ("membre", "member"),
            ("co-porteur", "co-lead"),
            ("co-porteuse", "co-lead"),
            ("conseillère-facilitatrice", "facilitator"),
            ("animatrice", "animator"),
            ("gestionnaire délégué(e)", "delegated-manager"),
            ("gestionnaire déléguée", "delegated-manager"),
            ("directrice", "director"),
            ("usager partenaire", "user-partner"),
        ] {
            assert_eq!(read_code(Family::Role, text), Some(role), "{text}");
        }
        for (text, kind) in [
            ("référencement", "referral"),
            ("entente", "agreement"),
            ("co-portage", "co-leadership"),
            ("personnel partagé", "shared-staff"),
        ] {
            assert_eq!(read_code(Family::LinkKind, text), Some(kind), "{text}");
        }
        for (text, kind) in [
            ("table de concertation", "table"),
            ("groupe d'action", "action-group"),
            ("groupe de gestion", "management-group"),
            ("comité", "committee"),
            ("chantier", "initiative"),
            ("atelier", "workshop"),
        ] {
            assert_eq!(read_code(Family::ForumKind, text), Some(kind), "{text}");
        }
    }

    #[test]
    fn typos_find_the_closest_word_in_either_language() {
        assert_eq!(
            closest_code(Family::Level, "coperation").map(|(c, _)| c),
            Some("cooperation")
        );
        assert_eq!(
            closest_code(Family::Kind, "comunautaire"),
            Some(("community", "communautaire".to_owned()))
        );
        assert_eq!(closest_code(Family::Kind, "xyz"), None);
        assert_eq!(closest_code(Family::Kind, &"a".repeat(100_000)), None);
    }
}
