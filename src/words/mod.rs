//! Words for people, from one Fluent catalog per language (`locales/<lang>/*.ftl`).
//!
//! Analyses return data: a [`Finding`](crate::metrics::Finding) or a [`Problem`](crate::validate::Problem)
//! is a code with typed [`Args`]. Sentences are made here, at the output edge, by the
//! catalog of the language asked for; plural forms, genders and French typography are
//! the catalog's business, and every number goes through one formatting function
//! ([`decimal`], [`percent`]).
//!
//! Adding a language is adding a folder of `.ftl` files beside `locales/en/` and one line
//! where the catalogs are registered; no analysis changes.
//!
//! # Example
//! ```
//! use actormap::words::{self, Args, Lang};
//!
//! let args = Args::new().count("count", 1);
//! assert_eq!(words::message(Lang::Fr, "count-actors", &args), "1 acteur");
//! assert_eq!(words::percent(Lang::Fr, 0.45, 0), "45\u{202F}%");
//! ```

mod aliases;
mod args;
mod catalog;
// No module calls these any more; they go with the file.
mod number;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::{ActorKind, Level};

pub use aliases::{
    Aliased, Family, canonical_open, canonical_words, closest_code, fold, read_boolean,
    read_closed, read_code, read_kind, read_level, suggestion,
};
pub use args::{Arg, Args, LIST_KEPT, LIST_LIMIT, Phrase};
pub use number::{decimal, integer, percent, shortest};

/// The language of words and sentences meant for people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French (Quebec usage).
    Fr,
    /// A test language: the English catalog with every piece of text it makes marked
    /// `⟦…⟧`, so that a test can prove no sentence is built outside the catalogs. Written
    /// `x-pseudo`.
    #[doc(hidden)]
    #[serde(rename = "x-pseudo")]
    Pseudo,
}

impl Lang {
    /// The languages people can choose.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code: `en` or `fr`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Pseudo => "x-pseudo",
        }
    }

    /// A message of the catalog with no arguments.
    pub fn text(self, id: &str) -> String {
        catalog::format(self, id, None, &Args::new())
    }

    /// The name of a kind of actor, singular ("community organisation",
    /// "organisme communautaire").
    pub fn kind(self, kind: ActorKind) -> String {
        catalog::render(self, &Arg::Kind(kind))
    }

    /// The name of a kind of actor, plural ("community organisations").
    pub fn kinds(self, kind: ActorKind) -> String {
        message(
            self,
            "kind-plural",
            &Args::new().select("code", kind.as_str()),
        )
    }

    /// A short label for a kind, as on a legend ("Public", "Communautaire").
    pub fn kind_label(self, kind: ActorKind) -> String {
        message(
            self,
            "kind-label",
            &Args::new().select("code", kind.as_str()),
        )
    }

    /// The name of a collaboration level.
    pub fn level(self, level: Level) -> String {
        catalog::render(self, &Arg::Level(level))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = crate::model::UnknownValue;

    /// `en`, `fr`, also with a region (`fr-CA`, `en_US`) and in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        match (primary, lower.as_str()) {
            (_, "x-pseudo") => Ok(Lang::Pseudo),
            ("en", _) => Ok(Lang::En),
            ("fr", _) => Ok(Lang::Fr),
            _ => Err(crate::model::UnknownValue {
                value: s.to_owned(),
                accepted: Lang::ALL.map(Lang::as_str).to_vec(),
            }),
        }
    }
}

/// In English, from the catalog: "unknown value "x"; use one of: a, b, c".
impl fmt::Display for crate::model::UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args = Args::new()
            .quoted("value", self.value.as_str())
            .with("accepted", self.accepted.join(", "));
        f.write_str(&message(Lang::En, "error-unknown-value", &args))
    }
}

/// A catalog message in words.
pub fn message(lang: Lang, id: &str, args: &Args) -> String {
    catalog::format(lang, id, None, args)
}

/// An attribute of a catalog message in words (`problem-unknown-kind.help`).
pub fn attribute(lang: Lang, id: &str, attribute: &str, args: &Args) -> String {
    catalog::format(lang, id, Some(attribute), args)
}

/// Whether the catalog of `lang` has a message.
pub fn has_message(lang: Lang, id: &str) -> bool {
    catalog::has(lang, id)
}

/// Whether the catalog of `lang` has a message with that attribute (`.help`).
pub fn has_attribute(lang: Lang, id: &str, attribute: &str) -> bool {
    catalog::has_attribute(lang, id, attribute)
}

/// One argument in words, as it stands alone.
pub fn render(lang: Lang, arg: &Arg) -> String {
    catalog::render(lang, arg)
}

/// Text as a terminal may show it: control characters (C0 but the tab and the line
/// feed, DEL, C1) and the characters that reorder text (bidirectional overrides and
/// isolates) are written as escapes (`\u{1b}`, `\u{202e}`). Every message made here
/// already is; a program that prints other text beside them (a name, a file's contents)
/// passes it through this.
///
/// # Example
/// ```
/// assert_eq!(actormap::words::neutralise("a\u{1b}[2J\tb"), "a\\u{1b}[2J\tb");
/// ```
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    crate::text::neutralised(text)
}

/// A writer that passes text on as [`neutralise`] makes it, as it is written (a
/// character cut between two writes waits for its last bytes). Call `flush` at the end.
///
/// # Example
/// ```
/// use std::io::Write;
/// let mut out = Vec::new();
/// let mut w = actormap::words::neutralising(&mut out);
/// w.write_all("a\u{1b}[2J".as_bytes())?;
/// w.flush()?;
/// drop(w);
/// assert_eq!(out, b"a\\u{1b}[2J");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn neutralising<W: std::io::Write>(w: W) -> impl std::io::Write {
    crate::text::Neutral::new(w, false)
}

/// The catalog files of a language, `(area, text)`, as embedded in the crate.
pub fn catalog_sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    catalog::sources(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &[&str]) -> Arg {
        Arg::list(s.iter().map(|s| s.to_string()))
    }

    #[test]
    fn lists_in_both_languages() {
        let r = |lang, arg: Arg| render(lang, &arg);
        assert_eq!(r(Lang::En, items(&["A"])), "A");
        assert_eq!(r(Lang::En, items(&["A", "B", "C"])), "A, B and C");
        assert_eq!(r(Lang::Fr, items(&["A", "B"])), "A et B");
        let four = Arg::list_of(["A", "B", "C", "D"], 2);
        assert_eq!(r(Lang::Fr, four), "A, B et 2 autres");
        let three = Arg::list_of(["A", "B", "C"], 2);
        assert_eq!(r(Lang::En, three), "A, B and 1 other");
        assert_eq!(
            r(Lang::En, items(&["Denis B., usager", "C"])),
            "Denis B., usager and C"
        );
        assert_eq!(
            r(Lang::En, items(&["Denis B., usager", "C", "D"])),
            "Denis B., usager; C and D"
        );
        assert_eq!(
            r(Lang::Fr, items(&["Denis B., usager", "C", "D"])),
            "Denis B., usager\u{202F}; C et D"
        );
    }

    #[test]
    fn quotes_do_not_nest() {
        let q = |lang, s: &str| render(lang, &Arg::Quoted(s.into()));
        assert_eq!(q(Lang::Fr, "Table"), "«\u{a0}Table\u{a0}»");
        assert_eq!(
            q(Lang::Fr, "Atelier « Se connaître »"),
            "“Atelier « Se connaître »”"
        );
        assert_eq!(q(Lang::En, "Table"), "\"Table\"");
        assert_eq!(q(Lang::En, "Le \"Carrefour\""), "“Le \"Carrefour\"”");
    }

    #[test]
    fn plurals_follow_cldr() {
        let n = |lang, k| message(lang, "count-actors", &Args::new().count("count", k));
        // In French, 0 and 1 are singular.
        assert_eq!(n(Lang::Fr, 0), "0 acteur");
        assert_eq!(n(Lang::Fr, 1), "1 acteur");
        assert_eq!(n(Lang::Fr, 2), "2 acteurs");
        assert_eq!(n(Lang::En, 0), "0 actors");
        assert_eq!(n(Lang::En, 1), "1 actor");
        let kinds = |lang, k| {
            let args = Args::new()
                .count("count", k)
                .with("kind", ActorKind::Private);
            message(lang, "count-kind", &args)
        };
        assert_eq!(kinds(Lang::Fr, 1), "1 entreprise privée");
        assert_eq!(kinds(Lang::Fr, 3), "3 entreprises privées");
        assert_eq!(kinds(Lang::En, 3), "3 private companies");
    }

    #[test]
    fn well_known_words_and_words_as_written() {
        let role = |lang, r: &str| render(lang, &Arg::Role(r.into()));
        assert_eq!(role(Lang::Fr, "co-lead"), "co-porteur");
        assert_eq!(role(Lang::Fr, "porte-parole"), "porte-parole");
        let link = |lang, k: &str| render(lang, &Arg::LinkKind(k.into()));
        assert_eq!(link(Lang::Fr, "referral"), "référencement");
        assert_eq!(link(Lang::En, "shared-staff"), "shared staff");
        let forum = |lang, k: &str| render(lang, &Arg::ForumKind(k.into()));
        assert_eq!(forum(Lang::Fr, "workshop"), "atelier");
        assert_eq!(forum(Lang::Fr, "cellule de crise"), "cellule de crise");
        assert_eq!(Lang::Fr.kind_label(ActorKind::Community), "Communautaire");
        assert_eq!(Lang::Fr.level(Level::Cooperation), "coopération");
    }

    #[test]
    fn languages_by_tag() {
        assert_eq!("fr-CA".parse::<Lang>().unwrap(), Lang::Fr);
        assert_eq!("EN".parse::<Lang>().unwrap(), Lang::En);
        assert!("de".parse::<Lang>().is_err());
    }

    #[test]
    fn the_pseudo_language_marks_catalog_text() {
        let args = Args::new().count("count", 2);
        assert_eq!(message(Lang::Pseudo, "count-actors", &args), "⟦2 actors⟧");
    }
}
