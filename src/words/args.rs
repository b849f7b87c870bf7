//! The typed arguments of a message: what an analysis hands to the words, in no language.

use std::borrow::Cow;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::model::{ActorKind, Level};

/// How many items a list shows before "and N others", unless it says otherwise.
pub const LIST_LIMIT: usize = 8;

/// Most items a list holds: past them, items are only counted (a list of a million
/// actors holds the first hundred names and the number of the others).
pub const LIST_KEPT: usize = 100;

/// One argument of a message.
///
/// Values that have words (kinds, levels, roles, link and forum kinds) are kept as codes
/// and put into words by the catalog of the language they are rendered in. In JSON a
/// count is an integer (`3`), a measure a decimal (`0.25`), text a string, a list an
/// array; the others say what they are: `{"quoted": "Table des aînés"}`,
/// `{"kind": "private"}`, `{"level": "cooperation"}`, `{"role": "co-lead"}`,
/// `{"link_kind": …}`, `{"forum_kind": …}`, `{"series": […]}`, a list showing other than
/// [`LIST_LIMIT`] items `{"list": […], "limit": 3}`, and a phrase
/// `{"message": id, "args": {…}}`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Arg {
    /// A count: selects plural forms.
    Count(u64),
    /// A measure; the message says how many decimals it shows, or that it is a percentage.
    Number(f64),
    /// Text from the map (a name, a territory), shown as written.
    Text(String),
    /// Text from the map shown in quotes: "name" in English, « name » in French.
    Quoted(String),
    /// A kind of actor.
    Kind(ActorKind),
    /// A collaboration level.
    Level(Level),
    /// A forum member's role: well-known roles have words, others are shown as written.
    Role(String),
    /// A link's kind: well-known kinds have words, others are shown as written.
    LinkKind(String),
    /// A forum's kind: well-known kinds have words, others are shown as written.
    ForumKind(String),
    /// Items joined as "A, B and C"; past `limit` items, "and N others".
    List {
        /// The items, the first hundred (only the first `limit` are shown).
        items: Vec<Arg>,
        /// How many are shown.
        limit: usize,
        /// How many more items the list has than it holds.
        more: usize,
    },
    /// Items joined with semicolons (each may hold lists of its own).
    Series(Vec<Arg>),
    /// A phrase of its own: a catalog message with its arguments.
    Phrase(Phrase),
}

impl Arg {
    /// A list of items showing at most [`LIST_LIMIT`].
    pub fn list(items: impl IntoIterator<Item = impl Into<Arg>>) -> Arg {
        Arg::list_of(items, LIST_LIMIT)
    }

    /// A list of items showing at most `limit` (at least one). Past a hundred items,
    /// the others are counted, not held.
    pub fn list_of(items: impl IntoIterator<Item = impl Into<Arg>>, limit: usize) -> Arg {
        let mut items = items.into_iter();
        let kept: Vec<Arg> = items.by_ref().take(LIST_KEPT).map(Into::into).collect();
        Arg::List {
            items: kept,
            limit: limit.max(1),
            more: items.count(),
        }
    }

    /// A list of [`LIST_LIMIT`] shown items out of `total`, of which `items` are the
    /// first (at most [`LIST_KEPT`] are held): for lists counted without being walked.
    pub(crate) fn list_counted(
        items: impl IntoIterator<Item = impl Into<Arg>>,
        total: usize,
    ) -> Arg {
        let items: Vec<Arg> = items.into_iter().take(LIST_KEPT).map(Into::into).collect();
        Arg::List {
            more: total.saturating_sub(items.len()),
            items,
            limit: LIST_LIMIT,
        }
    }

    /// The number of items of a list, held or counted (0 for other arguments).
    pub fn item_count(&self) -> usize {
        match self {
            Arg::List { items, more, .. } => items.len() + more,
            Arg::Series(items) => items.len(),
            _ => 0,
        }
    }

    /// A list of names shown in quotes.
    pub fn quoted_list(items: impl IntoIterator<Item = impl Into<String>>) -> Arg {
        Arg::list(items.into_iter().map(|s| Arg::Quoted(s.into())))
    }

    /// The same argument with every text from the map (names, codes shown as written)
    /// passed through `f`, in lists and phrases too.
    pub(crate) fn map_texts(&self, f: &dyn Fn(&str) -> String) -> Arg {
        match self {
            Arg::Text(t) => Arg::Text(f(t)),
            Arg::Quoted(t) => Arg::Quoted(f(t)),
            Arg::Role(t) => Arg::Role(f(t)),
            Arg::LinkKind(t) => Arg::LinkKind(f(t)),
            Arg::ForumKind(t) => Arg::ForumKind(f(t)),
            Arg::List { items, limit, more } => Arg::List {
                items: items.iter().map(|i| i.map_texts(f)).collect(),
                limit: *limit,
                more: *more,
            },
            Arg::Series(items) => Arg::Series(items.iter().map(|i| i.map_texts(f)).collect()),
            Arg::Phrase(p) => Arg::Phrase(Phrase {
                id: p.id.clone(),
                args: p.args.map_texts(f),
            }),
            other => other.clone(),
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<Phrase> for Arg {
    fn from(p: Phrase) -> Self {
        Arg::Phrase(p)
    }
}

impl From<ActorKind> for Arg {
    fn from(k: ActorKind) -> Self {
        Arg::Kind(k)
    }
}

impl From<Level> for Arg {
    fn from(l: Level) -> Self {
        Arg::Level(l)
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let tagged = |s: S, tag: &str, value: &str| {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry(tag, value)?;
            map.end()
        };
        match self {
            Arg::Count(n) => s.serialize_u64(*n),
            // A whole measure is still written with a decimal point ("2.0"), which is how a
            // reader tells it from a count.
            Arg::Number(x) => s.serialize_f64(*x),
            Arg::Text(t) => s.serialize_str(t),
            Arg::Quoted(t) => tagged(s, "quoted", t),
            Arg::Kind(k) => tagged(s, "kind", k.as_str()),
            Arg::Level(l) => tagged(s, "level", l.as_str()),
            Arg::Role(r) => tagged(s, "role", r),
            Arg::LinkKind(k) => tagged(s, "link_kind", k),
            Arg::ForumKind(k) => tagged(s, "forum_kind", k),
            Arg::List { items, limit, more } if *limit == LIST_LIMIT && *more == 0 => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Arg::List { items, limit, more } => {
                let mut map = s.serialize_map(Some(if *more == 0 { 2 } else { 3 }))?;
                map.serialize_entry("list", items)?;
                map.serialize_entry("limit", limit)?;
                if *more > 0 {
                    map.serialize_entry("more", more)?;
                }
                map.end()
            }
            Arg::Series(items) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("series", items)?;
                map.end()
            }
            Arg::Phrase(p) => p.serialize(s),
        }
    }
}

/// The keys an argument written as an object may have (see [`Arg`]).
const TAGS: &[&str] = &[
    "quoted",
    "kind",
    "level",
    "role",
    "link_kind",
    "forum_kind",
    "list",
    "limit",
    "more",
    "series",
    "message",
    "args",
];

impl Arg {
    /// An argument from its JSON shape: a count (a whole number without a decimal
    /// point), a measure, text, a list, or one of the tagged objects.
    ///
    /// Read from a [`serde_json::Value`] rather than through serde's untagged enums,
    /// which buffer numbers and lose them when numbers are kept as written.
    fn from_json(value: serde_json::Value) -> Result<Arg, String> {
        use serde_json::Value;
        let text = |v: Value| match v {
            Value::String(s) => Ok(s),
            other => Err(format!("expected text, found {other}")),
        };
        let items = |v: Value| match v {
            Value::Array(items) => items.into_iter().map(Arg::from_json).collect(),
            other => Err(format!("expected a list, found {other}")),
        };
        Ok(match value {
            Value::Number(n) => match n.as_u64() {
                Some(count) => Arg::Count(count),
                None => Arg::Number(n.as_f64().ok_or("a number out of range")?),
            },
            Value::String(s) => Arg::Text(s),
            Value::Array(_) => Arg::List {
                items: items(value)?,
                limit: LIST_LIMIT,
                more: 0,
            },
            Value::Object(mut fields) => {
                if let Some(key) = fields.keys().find(|k| !TAGS.contains(&k.as_str())) {
                    return Err(format!("an argument with an unknown field {key:?}"));
                }
                let mut take = |key: &str| fields.shift_remove(key).filter(|v| !v.is_null());
                if let Some(q) = take("quoted") {
                    Arg::Quoted(text(q)?)
                } else if let Some(k) = take("kind") {
                    Arg::Kind(text(k)?.parse().map_err(|e| format!("{e}"))?)
                } else if let Some(l) = take("level") {
                    Arg::Level(text(l)?.parse().map_err(|e| format!("{e}"))?)
                } else if let Some(r) = take("role") {
                    Arg::Role(text(r)?)
                } else if let Some(k) = take("link_kind") {
                    Arg::LinkKind(text(k)?)
                } else if let Some(k) = take("forum_kind") {
                    Arg::ForumKind(text(k)?)
                } else if let Some(list) = take("list") {
                    let limit = match take("limit") {
                        None => LIST_LIMIT,
                        Some(Value::Number(n)) => n
                            .as_u64()
                            .and_then(|n| usize::try_from(n).ok())
                            .ok_or("a list limit that is not a count")?,
                        Some(other) => return Err(format!("expected a count, found {other}")),
                    };
                    let more = match take("more") {
                        None => 0,
                        Some(Value::Number(n)) => n
                            .as_u64()
                            .and_then(|n| usize::try_from(n).ok())
                            .ok_or("a count of more items that is not a count")?,
                        Some(other) => return Err(format!("expected a count, found {other}")),
                    };
                    Arg::List {
                        items: items(list)?,
                        limit: limit.max(1),
                        more,
                    }
                } else if let Some(series) = take("series") {
                    Arg::Series(items(series)?)
                } else if let Some(id) = take("message") {
                    let args = match take("args") {
                        None => Args::new(),
                        Some(Value::Object(args)) => Args(
                            args.into_iter()
                                .map(|(n, a)| Ok((Cow::Owned(n), Arg::from_json(a)?)))
                                .collect::<Result<_, String>>()?,
                        ),
                        Some(other) => return Err(format!("expected arguments, found {other}")),
                    };
                    Arg::Phrase(Phrase {
                        id: Cow::Owned(text(id)?),
                        args,
                    })
                } else {
                    return Err("an argument of no known shape".to_owned());
                }
            }
            Value::Bool(_) | Value::Null => return Err("an argument of no known shape".to_owned()),
        })
    }
}

impl<'de> Deserialize<'de> for Arg {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Arg::from_json(serde_json::Value::deserialize(d)?).map_err(D::Error::custom)
    }
}

/// The named arguments of a message, in the order they were given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(Vec<(Cow<'static, str>, Arg)>);

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Args(Vec::new())
    }

    /// Add an argument (replacing one of the same name).
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.set(name, value);
        self
    }

    /// Add a count.
    pub fn count(self, name: &'static str, n: usize) -> Self {
        self.with(name, Arg::Count(n as u64))
    }

    /// Add a measure.
    pub fn number(self, name: &'static str, x: f64) -> Self {
        self.with(name, Arg::Number(x))
    }

    /// Add text shown in quotes.
    pub fn quoted(self, name: &'static str, text: impl Into<String>) -> Self {
        self.with(name, Arg::Quoted(text.into()))
    }

    /// Add a selector: a code the message chooses its wording by (`yes`, `groups`…).
    pub fn select(self, name: &'static str, code: &str) -> Self {
        self.with(name, Arg::Text(code.to_owned()))
    }

    /// Set an argument (replacing one of the same name).
    pub fn set(&mut self, name: &'static str, value: impl Into<Arg>) {
        let value = value.into();
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.0.push((Cow::Borrowed(name), value)),
        }
    }

    /// The argument of that name.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// The arguments, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg)> {
        self.0.iter().map(|(n, a)| (n.as_ref(), a))
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The same arguments with every text passed through `f` (see [`Arg::map_texts`]).
    pub(crate) fn map_texts(&self, f: &dyn Fn(&str) -> String) -> Args {
        Args(
            self.0
                .iter()
                .map(|(n, a)| (n.clone(), a.map_texts(f)))
                .collect(),
        )
    }
}

impl<'de> Deserialize<'de> for Args {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = indexmap::IndexMap::<String, Arg>::deserialize(d)?;
        Ok(Args(
            map.into_iter().map(|(n, a)| (Cow::Owned(n), a)).collect(),
        ))
    }
}

impl Serialize for Args {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, arg) in &self.0 {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}

/// A catalog message with its arguments: a sentence, or a part of one, in no language
/// until it is rendered.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// The message id in the catalogs (`locales/<lang>/*.ftl`).
    pub id: Cow<'static, str>,
    /// Its arguments.
    pub args: Args,
}

impl Phrase {
    /// A phrase.
    pub fn new(id: &'static str, args: Args) -> Self {
        Phrase {
            id: Cow::Borrowed(id),
            args,
        }
    }

    /// A phrase with no arguments.
    pub fn plain(id: &'static str) -> Self {
        Phrase::new(id, Args::new())
    }

    /// The phrase in words.
    pub fn render(&self, lang: super::Lang) -> String {
        super::message(lang, &self.id, &self.args)
    }
}

impl Serialize for Phrase {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("message", &self.id)?;
        map.serialize_entry("args", &self.args)?;
        map.end()
    }
}
