//! The language of sentences meant for people: findings, legends, reports. The
//! practice is francophone; English is the default so that codes and logs stay plain.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::model::{ActorKind, Level};

/// The language of words and sentences meant for people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French (Quebec usage).
    Fr,
}

impl Lang {
    /// Pick the English or French text.
    pub fn pick<'a>(self, en: &'a str, fr: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The code: `en` or `fr`.
    pub fn as_str(self) -> &'static str {
        self.pick("en", "fr")
    }

    /// The name of a kind of actor, singular ("community organisation",
    /// "organisme communautaire").
    pub fn kind(self, kind: ActorKind) -> &'static str {
        match (self, kind) {
            (Lang::En, ActorKind::Public) => "public body",
            (Lang::En, ActorKind::Community) => "community organisation",
            (Lang::En, ActorKind::Private) => "private company",
            (Lang::En, ActorKind::User) => "service user",
            (Lang::Fr, ActorKind::Public) => "organisme public",
            (Lang::Fr, ActorKind::Community) => "organisme communautaire",
            (Lang::Fr, ActorKind::Private) => "entreprise privée",
            (Lang::Fr, ActorKind::User) => "usager",
        }
    }

    /// The name of a kind of actor, plural ("community organisations",
    /// "organismes communautaires").
    pub fn kinds(self, kind: ActorKind) -> &'static str {
        match (self, kind) {
            (Lang::En, ActorKind::Public) => "public bodies",
            (Lang::En, ActorKind::Community) => "community organisations",
            (Lang::En, ActorKind::Private) => "private companies",
            (Lang::En, ActorKind::User) => "service users",
            (Lang::Fr, ActorKind::Public) => "organismes publics",
            (Lang::Fr, ActorKind::Community) => "organismes communautaires",
            (Lang::Fr, ActorKind::Private) => "entreprises privées",
            (Lang::Fr, ActorKind::User) => "usagers",
        }
    }

    /// A short label for a kind, as on a legend ("Public", "Communautaire").
    pub fn kind_label(self, kind: ActorKind) -> &'static str {
        match (self, kind) {
            (Lang::En, ActorKind::Public) => "Public",
            (Lang::En, ActorKind::Community) => "Community",
            (Lang::En, ActorKind::Private) => "Private",
            (Lang::En, ActorKind::User) => "User",
            (Lang::Fr, ActorKind::Public) => "Public",
            (Lang::Fr, ActorKind::Community) => "Communautaire",
            (Lang::Fr, ActorKind::Private) => "Privé",
            (Lang::Fr, ActorKind::User) => "Usager",
        }
    }

    /// The name of a collaboration level.
    pub fn level(self, level: Level) -> &'static str {
        match (self, level) {
            (_, Level::Information) => "information",
            (_, Level::Coordination) => "coordination",
            (Lang::En, Level::Cooperation) => "cooperation",
            (Lang::Fr, Level::Cooperation) => "coopération",
            (_, Level::Collaboration) => "collaboration",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Lang {
    type Err = crate::model::UnknownValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            _ => Err(crate::model::UnknownValue {
                value: s.to_owned(),
                accepted: vec!["en", "fr"],
            }),
        }
    }
}
