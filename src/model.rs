//! The actor map document: actors, their links, the forums they sit in, the needs they
//! serve.
//!
//! These are plain data types. They derive serde so an embedding tool can nest them in
//! its own documents, but the checked way to read a map is [`crate::io::read_json`] (or the
//! spreadsheet reader), which reports every problem with its location instead of stopping
//! at the first.

use std::str::FromStr;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The format tag written at the top of every map document.
pub const FORMAT: &str = "actormap/1";

/// Fields of a record that the format does not know, kept in their original order and
/// written back unchanged.
///
/// It reads as an [`IndexMap`] of field names to JSON values (through `Deref` and
/// `DerefMut`), and takes one pointer in a record that has none: most records of a large
/// map have no free attribute, and an empty map would cost each of them 72 bytes.
#[derive(Clone, Default)]
pub struct Extra(Option<Box<IndexMap<String, Value>>>);

/// The map an empty [`Extra`] reads as.
static NO_FIELDS: std::sync::LazyLock<IndexMap<String, Value>> =
    std::sync::LazyLock::new(IndexMap::new);

impl Extra {
    /// No fields.
    pub const fn new() -> Self {
        Extra(None)
    }

    /// No fields, with room for `n` (nothing is allocated for none).
    pub fn with_capacity(n: usize) -> Self {
        Extra((n > 0).then(|| Box::new(IndexMap::with_capacity(n))))
    }

    /// The fields as a map.
    pub fn into_map(self) -> IndexMap<String, Value> {
        self.0.map(|m| *m).unwrap_or_default()
    }
}

impl std::ops::Deref for Extra {
    type Target = IndexMap<String, Value>;
    fn deref(&self) -> &Self::Target {
        match &self.0 {
            Some(map) => map,
            None => &NO_FIELDS,
        }
    }
}

impl std::ops::DerefMut for Extra {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.0.get_or_insert_with(Box::default)
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Extra {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl From<IndexMap<String, Value>> for Extra {
    fn from(map: IndexMap<String, Value>) -> Self {
        Extra((!map.is_empty()).then(|| Box::new(map)))
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Extra::from(iter.into_iter().collect::<IndexMap<_, _>>())
    }
}

impl Extend<(String, Value)> for Extra {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, iter: I) {
        let mut iter = iter.into_iter().peekable();
        if iter.peek().is_some() {
            (**self).extend(iter);
        }
    }
}

impl IntoIterator for Extra {
    type Item = (String, Value);
    type IntoIter = indexmap::map::IntoIter<String, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.into_map().into_iter()
    }
}

impl<'a> IntoIterator for &'a Extra {
    type Item = (&'a String, &'a Value);
    type IntoIter = indexmap::map::Iter<'a, String, Value>;
    fn into_iter(self) -> Self::IntoIter {
        (**self).iter()
    }
}

impl<'a> IntoIterator for &'a mut Extra {
    type Item = (&'a String, &'a mut Value);
    type IntoIter = indexmap::map::IterMut<'a, String, Value>;
    fn into_iter(self) -> Self::IntoIter {
        (**self).iter_mut()
    }
}

impl Serialize for Extra {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        IndexMap::deserialize(deserializer).map(Extra::from)
    }
}

/// An actor map: the actors of a territory, their collaborations, the forums they meet
/// in and the needs they serve.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorMap {
    /// Name of the map, e.g. "RLS Pierre-De Saurel — aînés".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Territory the map covers (a RLS, a MRC, a city).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Date of the snapshot, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Free description: sources, what is illustrative, who drew the map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Needs (besoins, services de proximité, trajectoires) the actors serve.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// The actors, in the order the map gives them. Every output follows this order.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Collaborations between actors.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Tables, groups, committees and initiatives, with their members.
    #[serde(default)]
    pub forums: Vec<Forum>,
    /// Fields the format does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ActorMap {
    /// The actor with this id, if any (a linear search; see [`crate::Network`] for an
    /// index).
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The forum with this id, if any.
    pub fn forum(&self, id: &str) -> Option<&Forum> {
        self.forums.iter().find(|f| f.id == id)
    }

    /// The need with this id, if any.
    pub fn need(&self, id: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }

    /// A name for an organisation id (an actor's `organization`, or an actor's own id):
    /// the name of the actor whose id it is; otherwise what the names of its actors share
    /// before a dash ("CISSS de la Montérégie-Est — SAD" and "CISSS de la Montérégie-Est
    /// — SAPA" give "CISSS de la Montérégie-Est"); otherwise the id itself.
    ///
    /// # Example
    /// ```
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// assert_eq!(map.organization_name("cisssme"), "CISSS de la Montérégie-Est");
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn organization_name(&self, org: &str) -> String {
        if let Some(actor) = self.actor(org) {
            return actor.name.clone();
        }
        let mut heads = self
            .actors
            .iter()
            .filter(|a| a.organization.as_deref() == Some(org))
            .map(|a| name_head(&a.name));
        match heads.next() {
            Some(first) if !first.is_empty() && heads.all(|h| h == first) => first,
            _ => org.to_owned(),
        }
    }
}

/// What a name says before its first dash or colon ("CISSS de la Montérégie-Est" for
/// "CISSS de la Montérégie-Est — SAD"): the organisation, when its directions are named
/// after it.
pub(crate) fn name_head(name: &str) -> String {
    ["—", "–", " - ", ":"]
        .iter()
        .filter_map(|sep| name.find(sep))
        .min()
        .map_or(name, |i| name[..i].trim())
        .to_owned()
}

/// Someone who acts on the territory: a public body or one of its directions, a
/// community organisation, a private company, a service user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable identifier, unique in the map; links and forums refer to it.
    pub id: String,
    /// Name as people write it.
    pub name: String,
    /// Public, community, private or user.
    pub kind: ActorKind,
    /// The establishment the actor belongs to, when it is one direction or team of a
    /// larger organisation (all directions of a CISSS share one value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Sector of activity (health, social, municipal, education, housing…), free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Territory or locality the actor serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Ids of the needs the actor serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Free attributes: any other field, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Actor {
    /// A new actor with only its id, name and kind set.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: ActorKind) -> Self {
        Actor {
            id: id.into(),
            name: name.into(),
            kind,
            organization: None,
            sector: None,
            territory: None,
            services: Vec::new(),
            extra: Extra::new(),
        }
    }
}

/// The four kinds of actors of a territory. The set is closed: rules, styles and
/// coverage metrics rely on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// Public sector: health and social-service establishments and their directions,
    /// municipalities, schools.
    Public,
    /// Community organisations (organismes communautaires).
    Community,
    /// Private companies (e.g. home-support agencies, pharmacies, clinics).
    Private,
    /// Service users, user partners, caregivers: people.
    User,
}

impl ActorKind {
    /// Every kind, in the canonical order used by every output.
    pub const ALL: [ActorKind; 4] = [
        ActorKind::Public,
        ActorKind::Community,
        ActorKind::Private,
        ActorKind::User,
    ];

    /// The name used in documents: `public`, `community`, `private`, `user`.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Public => "public",
            ActorKind::Community => "community",
            ActorKind::Private => "private",
            ActorKind::User => "user",
        }
    }

    /// Position in [`ActorKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

codes!(ActorKind, display);

impl FromStr for ActorKind {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ActorKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownValue::of::<ActorKind>(s))
    }
}

/// How closely two actors work together, after Himmelman's continuum. Ordered:
/// `Information < Coordination < Cooperation < Collaboration`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Exchanging information for mutual benefit.
    Information,
    /// Information plus altering activities for a common purpose (e.g. referrals).
    Coordination,
    /// Coordination plus sharing resources (staff, premises, money).
    Cooperation,
    /// Cooperation plus enhancing each other's capacity: shared leadership, co-led
    /// projects.
    Collaboration,
}

impl Level {
    /// Every level, lowest first.
    pub const ALL: [Level; 4] = [
        Level::Information,
        Level::Coordination,
        Level::Cooperation,
        Level::Collaboration,
    ];

    /// The name used in documents.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Information => "information",
            Level::Coordination => "coordination",
            Level::Cooperation => "cooperation",
            Level::Collaboration => "collaboration",
        }
    }

    /// The level as a number, information = 1 … collaboration = 4 (used for strength).
    pub fn rank(self) -> u32 {
        self as u32 + 1
    }
}

codes!(Level, display);

impl FromStr for Level {
    type Err = UnknownValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| UnknownValue::of::<Level>(s))
    }
}

/// Roles of forum members the tool knows: rules and styles key on them, and they have
/// words in every language. A practice's own roles are kept as written.
pub const WELL_KNOWN_ROLES: [&str; 7] = [
    "member",
    "co-lead",
    "facilitator",
    "animator",
    "delegated-manager",
    "director",
    "user-partner",
];

/// Kinds of links the tool knows (with words in every language); others are kept as
/// written.
pub const WELL_KNOWN_LINK_KINDS: [&str; 5] = [
    "referral",
    "agreement",
    "co-leadership",
    "information",
    "shared-staff",
];

/// Kinds of forums the tool knows (with words in every language); others are kept as
/// written.
pub const WELL_KNOWN_FORUM_KINDS: [&str; 6] = [
    "table",
    "action-group",
    "management-group",
    "committee",
    "initiative",
    "workshop",
];

/// A closed set of values, each written as a stable code in documents, in JSON and on the
/// command line (`public`, `cooperation`, `organization`…).
pub trait Code: Copy + Eq + 'static {
    /// Every value, in canonical order.
    fn all() -> &'static [Self];

    /// The value's code.
    fn code(self) -> &'static str;

    /// The value whose code is exactly `code`.
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }

    /// Every code, in canonical order.
    fn codes() -> Vec<&'static str> {
        Self::all().iter().map(|v| v.code()).collect()
    }
}

/// [`Code`], `Display` (the code) and, unless `display` only is asked, `FromStr` (the
/// exact code, or [`UnknownValue`] listing the codes) for a type with an inherent `ALL`
/// array and `as_str`.
macro_rules! codes {
    ($t:ty) => {
        $crate::model::codes!($t, display);

        impl ::std::str::FromStr for $t {
            type Err = $crate::model::UnknownValue;

            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                <$t as $crate::model::Code>::from_code(s)
                    .ok_or_else(|| $crate::model::UnknownValue::of::<$t>(s))
            }
        }
    };
    ($t:ty, display) => {
        impl $crate::model::Code for $t {
            fn all() -> &'static [Self] {
                &<$t>::ALL
            }

            fn code(self) -> &'static str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use codes;

/// A value outside a closed set (an actor kind, a level), with the accepted values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownValue {
    /// The value as written.
    pub value: String,
    /// The values that are accepted.
    pub accepted: Vec<&'static str>,
}

impl UnknownValue {
    /// `value`, which is none of `T`'s codes.
    pub fn of<T: Code>(value: &str) -> Self {
        UnknownValue {
            value: value.to_owned(),
            accepted: T::codes(),
        }
    }
}

impl std::error::Error for UnknownValue {}

/// A collaboration between two actors.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Id of the first actor (the one who refers, for a directed link).
    pub source: String,
    /// Id of the second actor.
    pub target: String,
    /// What the tie is: `referral`, `agreement`, `co-leadership`, `information`,
    /// `shared-staff`, or any word the practice uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// How closely the two work together.
    pub level: Level,
    /// Whether the tie goes one way only (a referral), from `source` to `target`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub directed: bool,
    /// Optional weight (e.g. referrals a month).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Date the tie began, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Date the tie ended, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// Fields the format does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Link {
    /// A new undirected link with no kind.
    pub fn new(source: impl Into<String>, target: impl Into<String>, level: Level) -> Self {
        Link {
            source: source.into(),
            target: target.into(),
            kind: None,
            level,
            directed: false,
            weight: None,
            notes: None,
            since: None,
            until: None,
            extra: Extra::new(),
        }
    }
}

/// A place where actors meet: a concertation table, an action or management group, a
/// committee, an initiative (chantier).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Forum {
    /// Stable identifier, unique among forums.
    pub id: String,
    /// Name as people write it.
    pub name: String,
    /// `table`, `action-group`, `management-group`, `committee`, `initiative`, or any
    /// word the practice uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Sector the forum works on (e.g. "aînés").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// Ids of the needs the forum works on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Who sits in it, and in what role.
    #[serde(default)]
    pub members: Vec<Member>,
    /// Fields the format does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// An actor's seat in a forum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Id of the actor.
    pub actor: String,
    /// `member`, `co-lead`, `facilitator`, `animator`, `delegated-manager`, `director`,
    /// `user-partner`, or any word the practice uses. Absent means `member`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Fields the format does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Member {
    /// The role, `member` when none is written.
    pub fn role(&self) -> &str {
        self.role.as_deref().unwrap_or("member")
    }
}

/// A need of the population the actors serve (besoin, service de proximité, trajectoire).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Need {
    /// Stable identifier, unique among needs; actors' `services` refer to it.
    pub id: String,
    /// Name as people write it.
    pub name: String,
    /// Fields the format does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_and_ranked() {
        assert!(Level::Information < Level::Coordination);
        assert!(Level::Coordination < Level::Cooperation);
        assert!(Level::Cooperation < Level::Collaboration);
        let ranks: Vec<u32> = Level::ALL.iter().map(|l| l.rank()).collect();
        assert_eq!(ranks, [1, 2, 3, 4]);
    }

    #[test]
    fn closed_sets_parse_and_list_accepted_values() {
        assert_eq!("user".parse::<ActorKind>(), Ok(ActorKind::User));
        assert_eq!("cooperation".parse::<Level>(), Ok(Level::Cooperation));
        let err = "publique".parse::<ActorKind>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown value \"publique\"; use one of: public, community, private, user"
        );
    }

    #[test]
    fn member_without_role_is_a_member() {
        let m: Member = serde_json::from_str(r#"{"actor":"a"}"#).unwrap();
        assert_eq!(m.role(), "member");
    }
}

/// A count for each kind of actor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    /// Public bodies.
    pub public: usize,
    /// Community organisations.
    pub community: usize,
    /// Private companies.
    pub private: usize,
    /// Service users.
    pub user: usize,
}

impl KindCounts {
    /// The count for one kind.
    pub fn get(&self, kind: ActorKind) -> usize {
        match kind {
            ActorKind::Public => self.public,
            ActorKind::Community => self.community,
            ActorKind::Private => self.private,
            ActorKind::User => self.user,
        }
    }

    /// Add one to a kind's count.
    pub fn add(&mut self, kind: ActorKind) {
        *self.get_mut(kind) += 1;
    }

    /// Take one from a kind's count (none below 0).
    pub(crate) fn remove(&mut self, kind: ActorKind) {
        let n = self.get_mut(kind);
        *n = n.saturating_sub(1);
    }

    fn get_mut(&mut self, kind: ActorKind) -> &mut usize {
        match kind {
            ActorKind::Public => &mut self.public,
            ActorKind::Community => &mut self.community,
            ActorKind::Private => &mut self.private,
            ActorKind::User => &mut self.user,
        }
    }

    /// The sum over kinds.
    pub fn total(&self) -> usize {
        self.public + self.community + self.private + self.user
    }

    /// The kinds with a count of 0, in canonical order.
    pub fn absent(&self) -> Vec<ActorKind> {
        ActorKind::ALL
            .into_iter()
            .filter(|&k| self.get(k) == 0)
            .collect()
    }
}
