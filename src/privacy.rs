//! User partners and caregivers are people: outputs meant to be passed around replace
//! them, and everything that came from their records, with stable pseudonyms.
//!
//! # What is replaced
//!
//! For each service user (kind `user`):
//!
//! - the name becomes "User N" ("Usager N" in French) and the id `user-N`; N comes from
//!   a [`Pseudonyms`] table, so the same id gets the same pseudonym in every snapshot
//!   compared with one table (and in every run that reads the table from its file);
//! - the free attributes are left out, and so are the notes and free attributes of the
//!   links that touch the user and of the user's seats in forums;
//! - the organisation, sector, territory and services: a value that an actor who is not a
//!   user, a forum or the map's needs also hold is theirs and stays; a value only users
//!   hold becomes a label ("User territory 1", "User sector 2", …), the same for every
//!   user who holds it;
//! - anywhere else in the map (other actors' names, ids, organisations, sectors and
//!   territories, link kinds and notes, roles, forum and need ids, names and kinds,
//!   attribute keys and values, the map's name and territory), a user's name (whole, and
//!   the part before a comma, dash, colon or parenthesis: "Denis B." of "Denis B., usager
//!   partenaire") or id, or a value only users hold, written as whole words (letter case
//!   aside) is replaced by its pseudonym; the map's description is left out.
//!
//! Values that were one key stay one key and values that were two stay two (a value
//! that would become another's gets a suffix), and links and seats follow the new ids:
//! every metric is unchanged.
//!
//! # Why a table and not a hash
//!
//! A pseudonym is a number given in the order users are first met, kept in the table:
//! it says nothing about the person, and without the table (or the map) no one can tell
//! who it stands for. A hash of the id would be reversible by anyone who can guess ids
//! ("denis-b") unless keyed by a secret, which would have to be kept just like the table;
//! the table also keeps the pseudonyms short enough to read aloud. The table names the
//! real ids: keep its file with the map, not with the outputs.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, IoAction, Result};
use crate::model::{ActorKind, ActorMap, Extra};
use crate::problem::{Problem, visible};
use crate::text;
use crate::words::{self, Args, Lang};

/// The format tag of a file of pseudonyms.
pub const PSEUDONYMS_FORMAT: &str = "actormap-pseudonyms/1";

/// Who is replaced by a pseudonym in every output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Anonymize {
    /// Service users ([`anonymize_users`]).
    Users,
}

impl Anonymize {
    /// Every choice, as named on the command line.
    pub const ALL: [Anonymize; 1] = [Anonymize::Users];

    /// The name: `users`.
    pub fn as_str(self) -> &'static str {
        match self {
            Anonymize::Users => "users",
        }
    }

    /// The map with the chosen actors under pseudonyms, numbered in map order (a new
    /// [`Pseudonyms`] table; use [`Pseudonyms::anonymize`] to keep pseudonyms across
    /// snapshots).
    pub fn apply(self, map: &ActorMap, lang: Lang) -> ActorMap {
        match self {
            Anonymize::Users => anonymize_users(map, lang),
        }
    }
}

crate::model::codes!(Anonymize);

/// A copy of `map` with every user actor (kind `user`) and everything that came from
/// users' records under pseudonyms, numbered in map order: name "User 1" (French:
/// "Usager 1"), id `user-1`. See the [module](self) for what is replaced. To give the
/// same people the same pseudonyms in several snapshots, use one [`Pseudonyms`] table.
///
/// # Example
/// ```
/// use actormap::{Actor, ActorKind, ActorMap, Lang};
///
/// let mut map = ActorMap::default();
/// map.actors.push(Actor::new("denis-b", "Denis B., usager partenaire", ActorKind::User));
/// let anonymous = actormap::privacy::anonymize_users(&map, Lang::En);
/// assert_eq!(anonymous.actors[0].name, "User 1");
/// assert_eq!(anonymous.actors[0].id, "user-1");
/// ```
///
/// # Complexity
/// Linear in the size of the map and of its users' names (one multi-pattern search over
/// every text).
pub fn anonymize_users(map: &ActorMap, lang: Lang) -> ActorMap {
    Pseudonyms::new().anonymize(map, lang)
}

/// The pseudonyms of service users, and the labels of the values only users hold: a
/// number for each, given in the order they are first met and never changed. One table
/// used for several snapshots of a map (by [`Pseudonyms::anonymize`] on each) gives the
/// same person the same pseudonym in all of them, so that comparisons pair the same
/// people. Kept in a file ([`Pseudonyms::read_or_new`], [`Pseudonyms::write`]), it does
/// the same across runs.
///
/// # Example
/// ```
/// use actormap::{Actor, ActorKind, ActorMap, Lang, privacy::Pseudonyms};
///
/// let mut before = ActorMap::default();
/// before.actors.push(Actor::new("lucie-m", "Lucie M.", ActorKind::User));
/// let mut after = before.clone();
/// // A user met first in the later snapshot, written before Lucie.
/// after.actors.insert(0, Actor::new("denis-b", "Denis B.", ActorKind::User));
///
/// let mut pseudonyms = Pseudonyms::new();
/// let before = pseudonyms.anonymize(&before, Lang::En);
/// let after = pseudonyms.anonymize(&after, Lang::En);
/// assert_eq!(before.actors[0].name, "User 1");
/// assert_eq!(after.actors[1].name, "User 1"); // still Lucie
/// assert_eq!(after.actors[0].name, "User 2");
/// let text = pseudonyms.to_json();
/// assert_eq!(Pseudonyms::from_json_str(&text, None)?, pseudonyms);
/// # Ok::<(), actormap::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pseudonyms {
    users: IndexMap<String, u64>,
    organizations: IndexMap<String, u64>,
    sectors: IndexMap<String, u64>,
    territories: IndexMap<String, u64>,
    needs: IndexMap<String, u64>,
}

/// A file of pseudonyms, as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PseudonymsFile {
    format: String,
    #[serde(default)]
    users: IndexMap<String, u64>,
    #[serde(default)]
    organizations: IndexMap<String, u64>,
    #[serde(default)]
    sectors: IndexMap<String, u64>,
    #[serde(default)]
    territories: IndexMap<String, u64>,
    #[serde(default)]
    needs: IndexMap<String, u64>,
}

/// The classes of values that only users may hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Held {
    Organization,
    Sector,
    Territory,
    Need,
}

impl Pseudonyms {
    /// An empty table: the first user met is User 1.
    pub fn new() -> Self {
        Pseudonyms::default()
    }

    /// How many users the table holds.
    pub fn len(&self) -> usize {
        self.users.len()
    }

    /// Whether the table holds no user.
    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    /// The number of the user with this id, if the table has met it.
    pub fn user(&self, id: &str) -> Option<u64> {
        self.users.get(id).copied()
    }

    /// A table read from the JSON text of a file this type wrote ([`Pseudonyms::to_json`]).
    ///
    /// # Errors
    /// [`ErrorKind::NotPseudonyms`] when the text is not such a file (`path` names it in
    /// the message).
    pub fn from_json_str(text: &str, path: Option<&Path>) -> Result<Self> {
        let bad = |reason: String| -> crate::error::Error {
            ErrorKind::NotPseudonyms {
                path: path.map_or_else(|| "-".into(), Path::to_path_buf),
                reason,
            }
            .into()
        };
        let file: PseudonymsFile = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
        if file.format != PSEUDONYMS_FORMAT {
            return Err(bad(format!(
                "its format is {:?}, not {PSEUDONYMS_FORMAT:?}",
                file.format
            )));
        }
        let table = Pseudonyms {
            users: file.users,
            organizations: file.organizations,
            sectors: file.sectors,
            territories: file.territories,
            needs: file.needs,
        };
        for (name, numbers) in table.tables() {
            let mut seen = HashSet::with_capacity(numbers.len());
            if let Some(n) = numbers.values().find(|&&n| n == 0 || !seen.insert(n)) {
                return Err(bad(format!("number {n} of {name:?} is 0 or given twice")));
            }
        }
        Ok(table)
    }

    /// The table read from a file, or an empty one when the file does not exist yet.
    ///
    /// # Errors
    /// When the file exists and cannot be read, or is not a file of pseudonyms.
    pub fn read_or_new(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Pseudonyms::new()),
            Err(e) => return Err(crate::error::Error::io(Some(path), IoAction::Read, e)),
        };
        let text = crate::io::read_limited(file, Some(path), crate::io::DEFAULT_MAX_INPUT_BYTES)?;
        Self::from_json_str(&text, Some(path))
    }

    /// The table as the JSON text of its file, with a final newline: its format, then
    /// each user id and each value only users hold (by key) with its number.
    pub fn to_json(&self) -> String {
        let file = PseudonymsFile {
            format: PSEUDONYMS_FORMAT.to_owned(),
            users: self.users.clone(),
            organizations: self.organizations.clone(),
            sectors: self.sectors.clone(),
            territories: self.territories.clone(),
            needs: self.needs.clone(),
        };
        let mut text = serde_json::to_string_pretty(&file).expect("plain data serialises");
        text.push('\n');
        text
    }

    /// Write the table to a file, whole or not at all ([`crate::io::write_file`]).
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn write(&self, path: impl AsRef<Path>) -> Result<()> {
        crate::io::write_file(path, self.to_json().as_bytes())
    }

    fn tables(&self) -> [(&'static str, &IndexMap<String, u64>); 5] {
        [
            ("users", &self.users),
            ("organizations", &self.organizations),
            ("sectors", &self.sectors),
            ("territories", &self.territories),
            ("needs", &self.needs),
        ]
    }

    fn table(&mut self, held: Held) -> &mut IndexMap<String, u64> {
        match held {
            Held::Organization => &mut self.organizations,
            Held::Sector => &mut self.sectors,
            Held::Territory => &mut self.territories,
            Held::Need => &mut self.needs,
        }
    }

    /// The number of `key` in a table, given now if the table has not met it.
    fn number(table: &mut IndexMap<String, u64>, key: &str) -> u64 {
        if let Some(&n) = table.get(key) {
            return n;
        }
        let n = table.values().copied().max().unwrap_or(0) + 1;
        table.insert(key.to_owned(), n);
        n
    }

    /// A copy of `map` with its users under pseudonyms from this table (users it has
    /// not met get the next numbers, in map order). See the [module](self) for what is
    /// replaced.
    pub fn anonymize(&mut self, map: &ActorMap, lang: Lang) -> ActorMap {
        self.apply(map, lang).map
    }

    /// [`Pseudonyms::anonymize`], with what is needed to put any other text about the map
    /// under the same pseudonyms (its problems, an error message).
    pub fn apply(&mut self, map: &ActorMap, lang: Lang) -> Anonymous {
        Plan::new(self, map, lang).run(map)
    }
}

/// A map with its users under pseudonyms ([`Pseudonyms::apply`]), and the means to put
/// other texts about the same map under the same pseudonyms.
#[derive(Clone, Debug)]
pub struct Anonymous {
    /// The map, anonymised.
    pub map: ActorMap,
    scrubber: Scrubber,
    users: HashSet<String>,
}

impl Anonymous {
    /// What replaces the users' names, ids and the values only they hold in any text.
    pub fn scrubber(&self) -> &Scrubber {
        &self.scrubber
    }

    /// The problems of the original map as the anonymised one may show them: a problem
    /// about a user's own record is left out (its values came from that record), and
    /// every other has the users' names and ids replaced. The second value counts the
    /// problems left out.
    pub fn problems(&self, problems: &[Problem]) -> (Vec<Problem>, usize) {
        let mut shown = Vec::with_capacity(problems.len());
        let mut hidden = 0;
        for p in problems {
            if p.location
                .id
                .as_deref()
                .is_some_and(|id| self.users.contains(id))
            {
                hidden += 1;
                continue;
            }
            let mut p = p.clone();
            p.args = p.args.map_texts(&|s| self.scrubber.scrub(s).into_owned());
            p.location.id = p
                .location
                .id
                .as_deref()
                .map(|id| self.scrubber.scrub(id).into_owned());
            shown.push(p);
        }
        (shown, hidden)
    }
}

/// Replaces, in any text, the users' names and ids and the values only users hold, each
/// written as a whole word (ASCII letter case aside; also lower-cased, upper-cased, and
/// with invisible characters escaped as messages show them), by its pseudonym. The
/// longest match wins where two overlap.
#[derive(Clone, Debug, Default)]
pub struct Scrubber {
    automaton: Option<AhoCorasick>,
    /// For each pattern: its replacement, and whether it starts and ends with a letter
    /// or digit (then the text around it must not).
    patterns: Vec<(String, bool, bool)>,
}

impl Scrubber {
    fn new(pairs: Vec<(String, String)>) -> Self {
        let mut patterns = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for (old, new) in pairs {
            let escaped = visible(&old).into_owned();
            for variant in [old.clone(), old.to_lowercase(), old.to_uppercase(), escaped] {
                if variant.is_empty() || !seen.insert(variant.clone()) {
                    continue;
                }
                let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                patterns.push((
                    new.clone(),
                    alnum(variant.chars().next()),
                    alnum(variant.chars().next_back()),
                ));
                texts.push(variant);
            }
        }
        if texts.is_empty() {
            return Scrubber::default();
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("patterns of bounded size");
        Scrubber {
            automaton: Some(automaton),
            patterns,
        }
    }

    /// `text` with every pseudonymised word replaced.
    ///
    /// # Example
    /// ```
    /// use actormap::{Actor, ActorKind, ActorMap, Lang, privacy::Pseudonyms};
    ///
    /// let mut map = ActorMap::default();
    /// map.actors.push(Actor::new("denis-b", "Denis B.", ActorKind::User));
    /// let anonymous = Pseudonyms::new().apply(&map, Lang::En);
    /// let scrub = anonymous.scrubber();
    /// assert_eq!(scrub.scrub("Table de DENIS B. (denis-b)"), "Table de User 1 (user-1)");
    /// assert_eq!(scrub.scrub("Denise"), "Denise");
    /// ```
    pub fn scrub<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let Some(automaton) = &self.automaton else {
            return Cow::Borrowed(text);
        };
        let before = |at: usize| text[..at].chars().next_back();
        let after = |at: usize| text[at..].chars().next();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut found: Vec<(usize, usize, usize)> = automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .filter(|&(start, end, p)| {
                let (_, starts_alnum, ends_alnum) = &self.patterns[p];
                !(*starts_alnum && word(before(start)) || *ends_alnum && word(after(end)))
            })
            .collect();
        if found.is_empty() {
            return Cow::Borrowed(text);
        }
        // Leftmost first, then longest, then the first pattern.
        found.sort_unstable_by_key(|&(start, end, p)| (start, std::cmp::Reverse(end), p));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, p) in found {
            if start < at {
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str(&self.patterns[p].0);
            at = end;
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }

    /// A JSON value with every string and every key scrubbed.
    fn value(&self, v: &serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::String(s) => serde_json::Value::String(self.scrub(s).into_owned()),
            serde_json::Value::Array(items) => {
                serde_json::Value::Array(items.iter().map(|i| self.value(i)).collect())
            }
            serde_json::Value::Object(fields) => {
                let mut out = serde_json::Map::with_capacity(fields.len());
                for (k, v) in fields {
                    out.insert(free_key(&out, self.scrub(k)), self.value(v));
                }
                serde_json::Value::Object(out)
            }
            other => other.clone(),
        }
    }

    /// Free attributes with their keys and values scrubbed.
    fn extra(&self, extra: &Extra) -> Extra {
        if self.automaton.is_none() {
            return extra.clone();
        }
        let mut out = Extra::with_capacity(extra.len());
        for (k, v) in extra {
            let key = self.scrub(k);
            let key = if out.contains_key(key.as_ref()) {
                (2..)
                    .map(|n| format!("{key} ({n})"))
                    .find(|k| !out.contains_key(k))
                    .expect("a free key")
            } else {
                key.into_owned()
            };
            out.insert(key, self.value(v));
        }
        out
    }
}

/// A key not yet in `object`: `key`, or `key (2)`, `key (3)`…
fn free_key(object: &serde_json::Map<String, serde_json::Value>, key: Cow<'_, str>) -> String {
    if !object.contains_key(key.as_ref()) {
        return key.into_owned();
    }
    (2..)
        .map(|n| format!("{key} ({n})"))
        .find(|k| !object.contains_key(k))
        .expect("a free key")
}

/// How each value of one class (compared by key) is written in the anonymised map.
#[derive(Default)]
struct Renaming {
    /// Value as written → as shown.
    by_value: HashMap<String, String>,
}

impl Renaming {
    /// The renaming of a class's values (in map order), each value `wanted` as
    /// `want(value, key)`: values that were one key stay one key, values that were two
    /// stay two (a later value that would take another's key gets `sep` and a number).
    /// Values that do not change keep their key first.
    fn new<'v>(
        values: impl Iterator<Item = &'v str>,
        want: &dyn Fn(&str, &str) -> String,
        sep: &str,
    ) -> Self {
        let mut spellings: IndexMap<&str, ()> = IndexMap::new();
        for v in values {
            spellings.entry(v).or_default();
        }
        // The wanted text of each value, one per key (the first spelling's when they
        // disagree).
        let mut per_key: IndexMap<String, Vec<(&str, String)>> = IndexMap::new();
        for (&v, ()) in &spellings {
            let key = text::key(v).into_owned();
            let wanted = want(v, &key);
            per_key.entry(key).or_default().push((v, wanted));
        }
        let mut owner: HashMap<String, usize> = HashMap::with_capacity(per_key.len());
        let mut changed: Vec<usize> = Vec::new();
        for (i, (key, spelled)) in per_key.iter_mut().enumerate() {
            let first = text::key(&spelled[0].1).into_owned();
            if spelled.iter().any(|(_, w)| *text::key(w) != *first) {
                let one = spelled[0].1.clone();
                for (_, w) in spelled.iter_mut() {
                    *w = one.clone();
                }
            }
            if first == *key {
                owner.insert(first, i);
            } else {
                changed.push(i);
            }
        }
        for i in changed {
            let spelled = &mut per_key[i];
            let mut out_key = text::key(&spelled[0].1).into_owned();
            if owner.contains_key(&out_key) {
                let base = spelled[0].1.clone();
                let free = (2..)
                    .map(|n| format!("{base}{sep}{n}"))
                    .find(|w| !owner.contains_key(text::key(w).as_ref()))
                    .expect("a free name");
                out_key = text::key(&free).into_owned();
                for (_, w) in spelled.iter_mut() {
                    *w = free.clone();
                }
            }
            owner.insert(out_key, i);
        }
        let mut by_value = HashMap::with_capacity(spellings.len());
        for (_, spelled) in per_key {
            for (v, w) in spelled {
                by_value.insert(v.to_owned(), w);
            }
        }
        Renaming { by_value }
    }

    fn get(&self, value: &str) -> String {
        self.by_value
            .get(value)
            .cloned()
            .unwrap_or_else(|| value.to_owned())
    }

    fn option(&self, value: &Option<String>) -> Option<String> {
        value.as_deref().map(|v| self.get(v))
    }
}

/// What one map's anonymisation replaces.
struct Plan {
    scrubber: Scrubber,
    /// User id → (pseudonym id, pseudonym name).
    users: HashMap<String, (String, String)>,
    ids: Renaming,
    sectors: Renaming,
    territories: Renaming,
    needs: Renaming,
    link_kinds: Renaming,
    forum_kinds: Renaming,
    roles: Renaming,
    forum_ids: Renaming,
}

impl Plan {
    fn new(table: &mut Pseudonyms, map: &ActorMap, lang: Lang) -> Self {
        let is_user = |a: &crate::model::Actor| a.kind == ActorKind::User;
        let users: Vec<&crate::model::Actor> = map.actors.iter().filter(|a| is_user(a)).collect();
        // Keys that actors who are not users, forums and the map's needs hold.
        let mut public: [HashSet<Cow<'_, str>>; 4] = Default::default();
        let [orgs, sectors, territories, needs] = &mut public;
        for a in map.actors.iter().filter(|a| !is_user(a)) {
            orgs.insert(text::key(&a.id));
            if let Some(o) = &a.organization {
                orgs.insert(text::key(o));
            }
            if let Some(s) = &a.sector {
                sectors.insert(text::key(s));
            }
            if let Some(t) = &a.territory {
                territories.insert(text::key(t));
            }
            needs.extend(a.services.iter().map(|s| text::key(s)));
        }
        for f in &map.forums {
            if let Some(s) = &f.sector {
                sectors.insert(text::key(s));
            }
            needs.extend(f.needs.iter().map(|n| text::key(n)));
        }
        needs.extend(map.needs.iter().map(|n| text::key(&n.id)));

        // Pseudonyms of the users, and labels of the values only they hold.
        let mut pseudonym: HashMap<String, (String, String)> = HashMap::new();
        let mut user_keys: HashMap<String, String> = HashMap::new();
        let mut pairs: Vec<(String, String)> = Vec::new();
        for a in &users {
            let n = Pseudonyms::number(&mut table.users, &a.id);
            let id = format!("user-{n}");
            let name = words::message(
                lang,
                "pseudonym-user",
                &Args::new().with("number", n.to_string()),
            );
            let whole = a.name.trim();
            if !whole.is_empty() {
                pairs.push((whole.to_owned(), name.clone()));
            }
            // "Denis B." of "Denis B., usager partenaire" names the person too.
            let head = whole
                .split([',', '(', '—', '–', ':'])
                .next()
                .unwrap_or("")
                .split(" - ")
                .next()
                .unwrap_or("")
                .trim();
            if head.chars().count() > 1 && head != whole {
                pairs.push((head.to_owned(), name.clone()));
            }
            pairs.push((a.id.clone(), id.clone()));
            user_keys
                .entry(text::key(&a.id).into_owned())
                .or_insert(id.clone());
            pseudonym.entry(a.id.clone()).or_insert((id, name));
        }
        let mut labels: [HashMap<String, String>; 4] = Default::default();
        for a in &users {
            let held = [
                (
                    Held::Organization,
                    a.organization.iter().collect::<Vec<_>>(),
                ),
                (Held::Sector, a.sector.iter().collect()),
                (Held::Territory, a.territory.iter().collect()),
                (Held::Need, a.services.iter().collect()),
            ];
            for (i, (class, values)) in held.into_iter().enumerate() {
                for value in values {
                    let key = text::key(value);
                    if key.is_empty()
                        || public[i].contains(&key)
                        || (class == Held::Organization && user_keys.contains_key(key.as_ref()))
                    {
                        continue;
                    }
                    let n = Pseudonyms::number(table.table(class), &key);
                    let number = Args::new().with("number", n.to_string());
                    let label = match class {
                        Held::Organization => {
                            words::message(lang, "pseudonym-organization", &number)
                        }
                        Held::Sector => words::message(lang, "pseudonym-sector", &number),
                        Held::Territory => words::message(lang, "pseudonym-territory", &number),
                        Held::Need => words::message(lang, "pseudonym-need", &number),
                    };
                    pairs.push((value.trim().to_owned(), label.clone()));
                    labels[i].insert(key.into_owned(), label);
                }
            }
        }
        let scrubber = Scrubber::new(pairs);
        let scrub = |v: &str| -> String { scrubber.scrub(v).into_owned() };
        let [org_labels, sector_labels, territory_labels, need_labels] = &labels;
        let wanted = |labels: &HashMap<String, String>, v: &str, key: &str| -> String {
            labels.get(key).cloned().unwrap_or_else(|| scrub(v))
        };
        let actor_values = map
            .actors
            .iter()
            .flat_map(|a| std::iter::once(a.id.as_str()).chain(a.organization.as_deref()));
        let ids = Renaming::new(
            actor_values,
            &|v: &str, key: &str| match pseudonym.get(v) {
                Some((id, _)) => id.clone(),
                None => match user_keys.get(key).or(org_labels.get(key)) {
                    Some(id) => id.clone(),
                    None => scrub(v),
                },
            },
            "-",
        );
        let sectors = Renaming::new(
            map.actors
                .iter()
                .filter_map(|a| a.sector.as_deref())
                .chain(map.forums.iter().filter_map(|f| f.sector.as_deref())),
            &|v, k| wanted(sector_labels, v, k),
            " ",
        );
        let territories = Renaming::new(
            map.actors.iter().filter_map(|a| a.territory.as_deref()),
            &|v, k| wanted(territory_labels, v, k),
            " ",
        );
        let needs = Renaming::new(
            map.needs
                .iter()
                .map(|n| n.id.as_str())
                .chain(
                    map.actors
                        .iter()
                        .flat_map(|a| a.services.iter().map(String::as_str)),
                )
                .chain(
                    map.forums
                        .iter()
                        .flat_map(|f| f.needs.iter().map(String::as_str)),
                ),
            &|v, k| wanted(need_labels, v, k),
            "-",
        );
        let none = HashMap::new();
        let link_kinds = Renaming::new(
            map.links.iter().filter_map(|l| l.kind.as_deref()),
            &|v, k| wanted(&none, v, k),
            "-",
        );
        let forum_kinds = Renaming::new(
            map.forums.iter().filter_map(|f| f.kind.as_deref()),
            &|v, k| wanted(&none, v, k),
            "-",
        );
        let roles = Renaming::new(
            map.forums
                .iter()
                .flat_map(|f| f.members.iter().filter_map(|m| m.role.as_deref())),
            &|v, k| wanted(&none, v, k),
            "-",
        );
        let forum_ids = Renaming::new(
            map.forums.iter().map(|f| f.id.as_str()),
            &|v, k| wanted(&none, v, k),
            "-",
        );
        Plan {
            scrubber,
            users: pseudonym,
            ids,
            sectors,
            territories,
            needs,
            link_kinds,
            forum_kinds,
            roles,
            forum_ids,
        }
    }

    fn run(self, map: &ActorMap) -> Anonymous {
        if self.users.is_empty() {
            return Anonymous {
                map: map.clone(),
                scrubber: Scrubber::default(),
                users: HashSet::new(),
            };
        }
        let s = &self.scrubber;
        let scrub = |v: &Option<String>| v.as_deref().map(|v| s.scrub(v).into_owned());
        let services = |list: &[String]| list.iter().map(|x| self.needs.get(x)).collect();
        let mut out = ActorMap {
            name: scrub(&map.name),
            territory: scrub(&map.territory),
            as_of: map.as_of.clone(),
            description: None,
            needs: Vec::with_capacity(map.needs.len()),
            actors: Vec::with_capacity(map.actors.len()),
            links: Vec::with_capacity(map.links.len()),
            forums: Vec::with_capacity(map.forums.len()),
            extra: s.extra(&map.extra),
        };
        for need in &map.needs {
            out.needs.push(crate::model::Need {
                id: self.needs.get(&need.id),
                name: s.scrub(&need.name).into_owned(),
                extra: s.extra(&need.extra),
            });
        }
        for a in &map.actors {
            let (id, name, extra) =
                match self.users.get(&a.id).filter(|_| a.kind == ActorKind::User) {
                    Some((id, name)) => (id.clone(), name.clone(), Extra::new()),
                    None => (
                        self.ids.get(&a.id),
                        s.scrub(&a.name).into_owned(),
                        s.extra(&a.extra),
                    ),
                };
            out.actors.push(crate::model::Actor {
                id,
                name,
                kind: a.kind,
                organization: self.ids.option(&a.organization),
                sector: self.sectors.option(&a.sector),
                territory: self.territories.option(&a.territory),
                services: services(&a.services),
                extra,
            });
        }
        for l in &map.links {
            let touches_user =
                self.users.contains_key(&l.source) || self.users.contains_key(&l.target);
            out.links.push(crate::model::Link {
                source: self.ids.get(&l.source),
                target: self.ids.get(&l.target),
                kind: self.link_kinds.option(&l.kind),
                level: l.level,
                directed: l.directed,
                weight: l.weight,
                notes: if touches_user { None } else { scrub(&l.notes) },
                since: l.since.clone(),
                until: l.until.clone(),
                extra: if touches_user {
                    Extra::new()
                } else {
                    s.extra(&l.extra)
                },
            });
        }
        for f in &map.forums {
            out.forums.push(crate::model::Forum {
                id: self.forum_ids.get(&f.id),
                name: s.scrub(&f.name).into_owned(),
                kind: self.forum_kinds.option(&f.kind),
                sector: self.sectors.option(&f.sector),
                needs: services(&f.needs),
                members: f
                    .members
                    .iter()
                    .map(|m| crate::model::Member {
                        actor: self.ids.get(&m.actor),
                        role: self.roles.option(&m.role),
                        extra: if self.users.contains_key(&m.actor) {
                            Extra::new()
                        } else {
                            s.extra(&m.extra)
                        },
                    })
                    .collect(),
                extra: s.extra(&f.extra),
            });
        }
        Anonymous {
            map: out,
            scrubber: self.scrubber,
            users: self.users.into_keys().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Forum, Level, Link, Member};

    #[test]
    fn users_become_numbered_pseudonyms_everywhere() {
        let mut map = ActorMap {
            description: Some("Validée par Denis B.".into()),
            ..ActorMap::default()
        };
        map.actors.push(Actor::new("sad", "SAD", ActorKind::Public));
        let mut denis = Actor::new("denis-b", "Denis B.", ActorKind::User);
        denis
            .extra
            .insert("email".into(), "denis@example.org".into());
        map.actors.push(denis);
        map.actors
            .push(Actor::new("lucie-m", "Lucie M.", ActorKind::User));
        let mut link = Link::new("denis-b", "sad", Level::Coordination);
        link.notes = Some("Denis appelle le SAD".into());
        map.links.push(link);
        let mut other = Link::new("sad", "sad", Level::Information);
        other.notes = Some("voir lucie-m et Lucie M.".into());
        map.links.push(other);
        map.forums.push(Forum {
            id: "t".into(),
            name: "Comité de Lucie M.".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: vec![Member {
                actor: "lucie-m".into(),
                role: Some("user-partner".into()),
                extra: Default::default(),
            }],
            extra: Default::default(),
        });

        let out = anonymize_users(&map, Lang::Fr);
        let names: Vec<(&str, &str)> = out
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("sad", "SAD"),
                ("user-1", "Usager 1"),
                ("user-2", "Usager 2")
            ]
        );
        assert_eq!(
            (out.links[0].source.as_str(), out.links[0].notes.as_deref()),
            ("user-1", None)
        );
        assert_eq!(
            out.links[1].notes.as_deref(),
            Some("voir user-2 et Usager 2")
        );
        assert_eq!(out.forums[0].members[0].actor, "user-2");
        assert_eq!(out.forums[0].name, "Comité de Usager 2");
        let text = crate::io::json::to_json_string(&out);
        for secret in ["Denis", "denis", "Lucie", "lucie"] {
            assert!(!text.contains(secret), "{secret} leaks in {text}");
        }
    }

    #[test]
    fn words_are_replaced_whole_only() {
        let mut map = ActorMap::default();
        map.actors.push(Actor::new("a-l", "Ana", ActorKind::User));
        let anonymous = Pseudonyms::new().apply(&map, Lang::En);
        let s = anonymous.scrubber();
        assert_eq!(s.scrub("Banana"), "Banana");
        assert_eq!(s.scrub("A-L, ana; ANA-Rose"), "user-1, User 1; User 1-Rose");
        assert_eq!(s.scrub("Anabelle"), "Anabelle");
    }

    #[test]
    fn values_only_users_hold_get_labels_and_shared_ones_stay() {
        let mut map = ActorMap::default();
        let mut sad = Actor::new("sad", "SAD", ActorKind::Public);
        sad.territory = Some("Sorel".into());
        map.actors.push(sad);
        let mut denis = Actor::new("denis-b", "Denis B.", ActorKind::User);
        denis.territory = Some("Chez Denis".into());
        denis.sector = Some("aidance".into());
        let mut lucie = Actor::new("lucie-m", "Lucie M.", ActorKind::User);
        lucie.territory = Some("sorel ".into());
        lucie.sector = Some("Aidance".into());
        lucie.organization = Some("denis-b".into());
        map.actors.extend([denis, lucie]);
        let out = anonymize_users(&map, Lang::En);
        assert_eq!(out.actors[1].territory.as_deref(), Some("User territory 1"));
        assert_eq!(out.actors[2].territory.as_deref(), Some("sorel "));
        assert_eq!(out.actors[1].sector.as_deref(), Some("User sector 1"));
        assert_eq!(out.actors[2].sector.as_deref(), Some("User sector 1"));
        assert_eq!(out.actors[2].organization.as_deref(), Some("user-1"));
    }

    #[test]
    fn a_value_that_would_become_another_gets_a_suffix() {
        let mut map = ActorMap::default();
        let mut a = Actor::new("a", "Club Denis", ActorKind::Community);
        a.sector = Some("Denis".into());
        let mut b = Actor::new("b", "B", ActorKind::Community);
        b.sector = Some("User 1".into());
        map.actors
            .extend([a, b, Actor::new("d", "Denis", ActorKind::User)]);
        let out = anonymize_users(&map, Lang::En);
        assert_eq!(out.actors[1].sector.as_deref(), Some("User 1"));
        assert_eq!(out.actors[0].sector.as_deref(), Some("User 1 2"));
    }

    #[test]
    fn tables_read_back_and_refuse_other_files() {
        let mut table = Pseudonyms::new();
        let mut map = ActorMap::default();
        map.actors.push(Actor::new("d", "Denis", ActorKind::User));
        table.anonymize(&map, Lang::En);
        let text = table.to_json();
        assert!(text.starts_with("{\n  \"format\": \"actormap-pseudonyms/1\""));
        assert_eq!(Pseudonyms::from_json_str(&text, None).unwrap(), table);
        for bad in [
            "{}",
            r#"{"format": "actormap/1"}"#,
            r#"{"format": "actormap-pseudonyms/1", "users": {"a": 1, "b": 1}}"#,
            r#"{"format": "actormap-pseudonyms/1", "users": {"a": 0}}"#,
            "[1]",
        ] {
            let err = Pseudonyms::from_json_str(bad, Some(Path::new("p.json"))).unwrap_err();
            assert!(
                matches!(err.kind(), ErrorKind::NotPseudonyms { .. }),
                "{bad}"
            );
            assert!(
                err.to_string()
                    .starts_with("p.json is not a file of pseudonyms")
            );
        }
    }
}
