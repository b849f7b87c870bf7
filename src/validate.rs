//! Every problem of a map at once, each with where it is and what to do.
//!
//! Errors make a map unusable (an id used twice, a link to an actor that does not
//! exist); warnings point at what is probably a mistake but can be right (the same
//! organisation written twice under two spellings, a link entered twice).

use std::collections::{HashMap, HashSet};

use crate::model::ActorMap;
pub use crate::problem::{Location, Origins, Problem, ProblemCode, ProblemSeverity, ProblemText};
use crate::problem::{ProblemList, Record};
use crate::text;
use crate::words::Args;

/// Every problem validation finds in a map built in code or read without origins. The
/// locations are JSON paths (`links[4]`) and ids. To get file names and lines, read the
/// map with [`crate::load_path`] and call [`crate::io::Loaded::check`].
///
/// # Example
/// ```
/// use actormap::{Actor, ActorKind, ActorMap, Level, Link, validate::ProblemCode, validate::ProblemSeverity};
///
/// let mut map = ActorMap::default();
/// map.actors.push(Actor::new("sad", "CISSSME — SAD", ActorKind::Public));
/// map.links.push(Link::new("sad", "carrefour", Level::Coordination));
/// let problems = actormap::validate::validate(&map);
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].severity, ProblemSeverity::Error);
/// assert_eq!(problems[0].code, ProblemCode::UnknownActor);
/// ```
pub fn validate(map: &ActorMap) -> Vec<Problem> {
    let mut problems = ProblemList::new();
    validate_into(map, &Origins::default(), &mut problems);
    problems.into_vec()
}

/// Suggestions by edit distance cost a scan of every id; past this many unknown
/// references, the rest are reported without one.
const MAX_SUGGESTIONS: usize = 200;

struct Checker<'m, 'o> {
    map: &'m ActorMap,
    origins: &'o Origins,
    out: &'o mut ProblemList,
    suggestions_left: usize,
    /// The actors by name, made when a reference first needs it.
    names: Option<NameIndex>,
}

/// Names by a hash of their ASCII-folded form, to find the first actor whose name a
/// reference is, whatever its ASCII case, without a scan of every actor per reference.
struct NameIndex(HashMap<u64, u32>);

fn folded_hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for b in s.bytes() {
        b.to_ascii_lowercase().hash(&mut h);
    }
    h.finish()
}

impl NameIndex {
    fn new<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let mut index = HashMap::new();
        for (i, name) in names.enumerate() {
            index.entry(folded_hash(name)).or_insert(i as u32);
        }
        NameIndex(index)
    }

    /// The first actor whose name is `name` whatever its ASCII case.
    fn find<'a>(
        &self,
        name: &str,
        actors: &'a [crate::model::Actor],
    ) -> Option<&'a crate::model::Actor> {
        let &i = self.0.get(&folded_hash(name))?;
        let first = &actors[i as usize];
        if first.name.eq_ignore_ascii_case(name) {
            Some(first)
        } else {
            // Two names of one hash that differ: rare enough for a scan.
            actors.iter().find(|a| a.name.eq_ignore_ascii_case(name))
        }
    }
}

impl Checker<'_, '_> {
    fn push(
        &mut self,
        severity: ProblemSeverity,
        code: ProblemCode,
        record: Record,
        id: Option<&str>,
        args: Args,
    ) {
        let location = self.origins.locate(record, id);
        self.out.push(Problem::new(severity, code, location, args));
    }

    fn error(&mut self, code: ProblemCode, record: Record, id: Option<&str>, args: Args) {
        self.push(ProblemSeverity::Error, code, record, id, args);
    }

    fn warning(&mut self, code: ProblemCode, record: Record, id: Option<&str>, args: Args) {
        self.push(ProblemSeverity::Warning, code, record, id, args);
    }

    /// Ids: not empty, not used twice, not two spellings of the same characters. `what`
    /// is `need`, `actor` or `forum`; `record` gives the record of each position. The
    /// ids seen, each with the position of its first record.
    fn ids<'a>(
        &mut self,
        what: &'static str,
        record: fn(usize) -> Record,
        ids: impl ExactSizeIterator<Item = (&'a str, &'a str)>,
    ) -> HashMap<&'a str, u32> {
        let mut seen: HashMap<&str, u32> = HashMap::with_capacity(ids.len());
        // Ids not in Unicode's composed form (NFC), by their composed form: the few ids
        // two spellings can make look the same.
        let mut decomposed: HashMap<String, &str> = HashMap::new();
        // Whether an id goes past ASCII: only then can one pass for another.
        let mut unusual = false;
        for (i, (id, name)) in ids.enumerate() {
            let at = record(i);
            if id.trim().is_empty() {
                let args = Args::new()
                    .select("shape", "record")
                    .select("what", what)
                    .quoted("name", name);
                self.error(ProblemCode::EmptyId, at, None, args);
                seen.entry(id).or_insert(i as u32);
                continue;
            }
            if name.trim().is_empty() {
                let args = Args::new()
                    .select("shape", "record")
                    .select("what", what)
                    .quoted("id", id);
                self.error(ProblemCode::EmptyName, at, Some(id), args);
            }
            if let Some(&first) = seen.get(id) {
                let first = self.origins.locate(record(first as usize), None).to_arg();
                let args = Args::new()
                    .select("shape", "record")
                    .select("what", what)
                    .quoted("id", id)
                    .with("first", first);
                self.error(ProblemCode::DuplicateId, at, Some(id), args);
                continue;
            }
            seen.insert(id, i as u32);
            unusual |= !id.is_ascii();
            let other = if unicode_normalization::is_nfc(id) {
                decomposed.get(id).copied()
            } else {
                let nfc = text::nfc(id);
                let other = seen
                    .get_key_value(nfc.as_str())
                    .map(|(k, _)| *k)
                    .or_else(|| decomposed.get(&nfc).copied());
                decomposed.entry(nfc).or_insert(id);
                other
            };
            if let Some(other) = other {
                let args = Args::new()
                    .select("what", what)
                    .quoted("id", id)
                    .quoted("other", other);
                self.error(ProblemCode::LookAlikeId, at, Some(id), args);
            }
        }
        if unusual {
            self.confusable_ids(what, record, &seen);
        }
        seen
    }

    /// Ids that pass for another once invisible characters are taken out and letters of
    /// other scripts that look like Latin ones are read as those (the skeleton of Unicode's
    /// UTS #39: Cyrillic « с » for « c », a zero-width space): a warning at the later one.
    /// Only pairs where one id goes past ASCII are reported (a map whose ids are all ASCII
    /// is not looked at). The skeletons are held by hash, 16 bytes an id.
    fn confusable_ids(
        &mut self,
        what: &'static str,
        record: fn(usize) -> Record,
        seen: &HashMap<&str, u32>,
    ) {
        use std::hash::BuildHasher;
        let mut ids: Vec<(&str, u32)> = seen.iter().map(|(&id, &i)| (id, i)).collect();
        ids.sort_unstable_by_key(|&(_, i)| i);
        let hasher = std::collections::hash_map::RandomState::new();
        let mut first: HashMap<u64, &str> = HashMap::with_capacity(ids.len());
        for (id, i) in ids {
            let skeleton = text::skeleton(id);
            let other = match first.entry(hasher.hash_one(&skeleton)) {
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(id);
                    continue;
                }
                std::collections::hash_map::Entry::Occupied(slot) => *slot.get(),
            };
            // ASCII ids alone (« rn » and « m ») are left alone; two spellings of the same
            // accents are an error already.
            if id.is_ascii() && other.is_ascii()
                || text::nfc(other) == text::nfc(id)
                || text::skeleton(other) != skeleton
            {
                continue;
            }
            let args = Args::new()
                .select("what", what)
                .quoted("id", id)
                .quoted("other", other);
            self.warning(
                ProblemCode::ConfusableId,
                record(i as usize),
                Some(id),
                args,
            );
        }
    }

    fn dates(&mut self, record: Record, id: Option<&str>, fields: &[(&str, Option<&str>)]) {
        for &(field, value) in fields {
            if let Some(value) = value {
                if !is_date(value) {
                    let args = Args::new().with("field", field).quoted("value", value);
                    self.error(ProblemCode::BadDate, record, id, args);
                }
            }
        }
    }

    fn unknown_reference(
        &mut self,
        record: Record,
        id: Option<&str>,
        field: &str,
        reference: &str,
    ) {
        let code = ProblemCode::UnknownActor;
        let location = self.origins.locate(record, id);
        if !self.out.would_keep(code, &location) {
            self.out.count(code, ProblemSeverity::Error);
            return;
        }
        let args = Args::new()
            .select("shape", "reference")
            .with("field", field)
            .quoted("reference", reference);
        let args = self.suggest(args, reference);
        self.out
            .push(Problem::new(ProblemSeverity::Error, code, location, args));
    }

    /// The help of an unknown reference: the id of the actor named, the closest id, or
    /// none.
    fn suggest(&mut self, args: Args, reference: &str) -> Args {
        let plain = |args: Args| args.select("hint", "none");
        if self.suggestions_left == 0 {
            return plain(args);
        }
        self.suggestions_left -= 1;
        // The name written instead of the id is the commonest slip of all.
        let map = self.map;
        let names = self
            .names
            .get_or_insert_with(|| NameIndex::new(map.actors.iter().map(|a| a.name.as_str())));
        let by_name = names.find(reference, &map.actors);
        if let Some(actor) = by_name {
            return args
                .select("hint", "name")
                .quoted("suggestion", actor.id.as_str())
                .quoted("name", actor.name.as_str());
        }
        let ids = map.actors.iter().map(|a| a.id.as_str());
        match text::closest(reference, ids) {
            Some(id) => args.select("hint", "closest").quoted("suggestion", id),
            None => plain(args),
        }
    }
}

/// A date as the format writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month
/// and day.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let number = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let days_in = |year: u32, month: u32| match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match parts.as_slice() {
        [y] => number(y, 4).is_some(),
        [y, m] => number(y, 4).is_some() && number(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(y), Some(m), Some(d)) if (1..=12).contains(&m) => {
                (1..=days_in(y, m)).contains(&d)
            }
            _ => false,
        },
        _ => false,
    }
}

/// A character no text of a map may hold: C0 controls (tab, line feed and carriage
/// return excepted where `breaks` allows them), DEL and C1 controls. A terminal or a
/// spreadsheet can act on them, and no reader of the map can see them.
fn forbidden(c: char, breaks: bool) -> bool {
    match c {
        '\t' | '\n' | '\r' => !breaks,
        c => c.is_control(),
    }
}

/// Characters that reorder the display of text (bidirectional overrides and isolates):
/// a name can then read differently from what it holds.
fn reordering(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

impl Checker<'_, '_> {
    /// Refuse control characters in a field of the format; warn about reordering ones.
    fn text(&mut self, record: Record, id: Option<&str>, field: &str, value: &str, breaks: bool) {
        if let Some(c) = value.chars().find(|&c| forbidden(c, breaks)) {
            let args = Args::new()
                .select("shape", if breaks { "field" } else { "field-no-breaks" })
                .with("field", field)
                .quoted("value", value)
                .with("code", code_point(c));
            self.error(ProblemCode::ControlCharacter, record, id, args);
        } else if let Some(c) = value.chars().find(|&c| reordering(c)) {
            let args = Args::new()
                .with("field", field)
                .quoted("value", value)
                .with("code", code_point(c));
            self.warning(ProblemCode::ReorderingCharacter, record, id, args);
        }
    }

    /// Warn about control characters in free attributes (kept as they are).
    fn extra(&mut self, record: Record, id: Option<&str>, extra: &crate::model::Extra) {
        fn walk(v: &serde_json::Value) -> Option<char> {
            match v {
                serde_json::Value::String(s) => s.chars().find(|&c| forbidden(c, true)),
                serde_json::Value::Array(items) => items.iter().find_map(walk),
                serde_json::Value::Object(fields) => fields.iter().find_map(|(k, v)| {
                    k.chars().find(|&c| forbidden(c, false)).or_else(|| walk(v))
                }),
                _ => None,
            }
        }
        for (key, value) in extra {
            if let Some(c) = key
                .chars()
                .find(|&c| forbidden(c, false))
                .or_else(|| walk(value))
            {
                let args = Args::new()
                    .select("shape", "attribute")
                    .quoted("attribute", key.as_str())
                    .with("code", code_point(c));
                self.warning(ProblemCode::ControlCharacter, record, id, args);
            }
        }
    }
}

/// A character's code point as written after `U+`: `001B`.
fn code_point(c: char) -> String {
    format!("{:04X}", c as u32)
}

/// Every text field of the format is checked for characters no one can see.
fn texts(c: &mut Checker) {
    let map = c.map;
    for (field, value) in [
        ("name", &map.name),
        ("territory", &map.territory),
        ("as_of", &map.as_of),
        ("description", &map.description),
    ] {
        if let Some(v) = value {
            c.text(Record::Map, None, field, v, true);
        }
    }
    c.extra(Record::Map, None, &map.extra);
    for (i, n) in map.needs.iter().enumerate() {
        let r = Record::Need(i);
        c.text(r, Some(&n.id), "id", &n.id, false);
        c.text(r, Some(&n.id), "name", &n.name, true);
        c.extra(r, Some(&n.id), &n.extra);
    }
    for (i, a) in map.actors.iter().enumerate() {
        let r = Record::Actor(i);
        let id = Some(a.id.as_str());
        c.text(r, id, "id", &a.id, false);
        c.text(r, id, "name", &a.name, true);
        for (field, value) in [
            ("organization", &a.organization),
            ("sector", &a.sector),
            ("territory", &a.territory),
        ] {
            if let Some(v) = value {
                c.text(r, id, field, v, false);
            }
        }
        for s in &a.services {
            c.text(r, id, "service", s, false);
        }
        c.extra(r, id, &a.extra);
    }
    for (i, l) in map.links.iter().enumerate() {
        let r = Record::Link(i);
        // The ends are ids: an unknown one is reported already.
        for (field, value, breaks) in [
            ("kind", &l.kind, false),
            ("notes", &l.notes, true),
            ("since", &l.since, false),
            ("until", &l.until, false),
        ] {
            if let Some(v) = value {
                c.text(r, None, field, v, breaks);
            }
        }
        c.extra(r, None, &l.extra);
    }
    for (f, forum) in map.forums.iter().enumerate() {
        let r = Record::Forum(f);
        let id = Some(forum.id.as_str());
        c.text(r, id, "id", &forum.id, false);
        c.text(r, id, "name", &forum.name, true);
        for (field, value) in [("kind", &forum.kind), ("sector", &forum.sector)] {
            if let Some(v) = value {
                c.text(r, id, field, v, false);
            }
        }
        c.extra(r, id, &forum.extra);
        for (m, member) in forum.members.iter().enumerate() {
            if let Some(role) = &member.role {
                c.text(Record::Member(f, m), id, "role", role, false);
            }
            c.extra(Record::Member(f, m), id, &member.extra);
        }
    }
}

/// Validate `map`, locating problems with `origins`, appending them to `out`.
pub(crate) fn validate_into(map: &ActorMap, origins: &Origins, out: &mut ProblemList) {
    let mut c = Checker {
        map,
        origins,
        out,
        suggestions_left: MAX_SUGGESTIONS,
        names: None,
    };

    c.dates(Record::Map, None, &[("as_of", map.as_of.as_deref())]);
    texts(&mut c);

    let need_ids = c.ids(
        "need",
        Record::Need,
        map.needs.iter().map(|n| (n.id.as_str(), n.name.as_str())),
    );
    let actor_ids = c.ids(
        "actor",
        Record::Actor,
        map.actors.iter().map(|a| (a.id.as_str(), a.name.as_str())),
    );
    c.ids(
        "forum",
        Record::Forum,
        map.forums.iter().map(|f| (f.id.as_str(), f.name.as_str())),
    );

    // Services name declared needs (compared by key), when the map declares any;
    // otherwise they are free text.
    let need_keys: HashSet<std::borrow::Cow<'_, str>> =
        map.needs.iter().map(|n| text::key(&n.id)).collect();
    let check_need = |c: &mut Checker, record: Record, owner: &str, need: &str| {
        if !need_ids.is_empty() && !need_keys.contains(&text::key(need)) {
            let code = ProblemCode::UnknownNeed;
            if !c
                .out
                .would_keep(code, &c.origins.locate(record, Some(owner)))
            {
                c.out.count(code, ProblemSeverity::Warning);
                return;
            }
            let args = Args::new().quoted("need", need);
            let near = if c.suggestions_left > 0 {
                c.suggestions_left -= 1;
                text::closest(need, c.map.needs.iter().map(|n| n.id.as_str()))
            } else {
                None
            };
            let args = match near {
                Some(id) => args.select("hint", "closest").quoted("suggestion", id),
                None => args.select("hint", "none"),
            };
            c.warning(code, record, Some(owner), args);
        }
    };
    for (i, actor) in map.actors.iter().enumerate() {
        for need in &actor.services {
            check_need(&mut c, Record::Actor(i), &actor.id, need);
        }
    }

    similar_names(&mut c);
    spellings(&mut c);

    let duplicates = duplicate_links(map, &actor_ids);
    for (i, link) in map.links.iter().enumerate() {
        let record = Record::Link(i);
        // A link has no id of its own: its line or path says where it is.
        let id = None;
        for (field, end) in [("source", &link.source), ("target", &link.target)] {
            if !actor_ids.contains_key(end.as_str()) {
                c.unknown_reference(record, None, field, end);
            }
        }
        if link.source == link.target {
            let args = Args::new()
                .select("shape", "link")
                .quoted("actor", link.source.as_str());
            c.error(ProblemCode::SelfLoop, record, id, args);
            continue;
        }
        if let Some(w) = link.weight {
            if !(w.is_finite() && w >= 0.0) {
                let args = Args::new().with("weight", w.to_string());
                c.error(ProblemCode::BadWeight, record, id, args);
            }
        }
        c.dates(
            record,
            id,
            &[
                ("since", link.since.as_deref()),
                ("until", link.until.as_deref()),
            ],
        );
        if let Some(&first) = duplicates.get(&(i as u32)) {
            let first = c
                .origins
                .locate(Record::Link(first as usize), None)
                .to_arg();
            let args = Args::new()
                .quoted("source", link.source.as_str())
                .quoted("target", link.target.as_str())
                .with("first", first);
            let args = match link.kind.as_deref() {
                Some(k) => args.select("shape", "kind").quoted("kind", k),
                None => args.select("shape", "plain"),
            };
            c.warning(ProblemCode::DuplicateLink, record, id, args);
        }
    }

    for (f, forum) in map.forums.iter().enumerate() {
        for need in &forum.needs {
            check_need(&mut c, Record::Forum(f), &forum.id, need);
        }
        let mut members: HashSet<&str> = HashSet::new();
        for (m, member) in forum.members.iter().enumerate() {
            let record = Record::Member(f, m);
            if !actor_ids.contains_key(member.actor.as_str()) {
                c.unknown_reference(record, Some(&forum.id), "member", &member.actor);
            } else if !members.insert(member.actor.as_str()) {
                let args = Args::new()
                    .quoted("actor", member.actor.as_str())
                    .quoted("forum", forum.id.as_str());
                c.warning(ProblemCode::DuplicateMember, record, Some(&forum.id), args);
            }
        }
    }
}

/// Free-text values that are compared by key ([`text::key`]) and written in more than one
/// way: one warning for each spelling after the first of its key, at its first record.
/// Actor ids count as organisations (an actor is its own organisation); need ids, the
/// services and the forums' needs are one set.
fn spellings(c: &mut Checker) {
    /// A spelling found: what, the value, the first spelling, where each is, the owner.
    type Found<'m> = (
        &'static str,
        &'m str,
        &'m str,
        Record,
        Record,
        Option<&'m str>,
    );
    #[derive(Default)]
    struct Spellings<'m> {
        // (what, key) → the first spelling and where it is.
        first: HashMap<(&'static str, std::borrow::Cow<'m, str>), (&'m str, Record)>,
        reported: HashSet<(&'static str, &'m str)>,
        found: Vec<Found<'m>>,
    }
    impl<'m> Spellings<'m> {
        fn see(&mut self, what: &'static str, value: &'m str, record: Record, id: Option<&'m str>) {
            let key = text::key(value);
            if key.is_empty() {
                return;
            }
            match self.first.get(&(what, key.clone())) {
                None => {
                    self.first.insert((what, key), (value, record));
                }
                Some(&(other, at)) if other != value && self.reported.insert((what, value)) => {
                    self.found.push((what, value, other, record, at, id));
                }
                Some(_) => {}
            }
        }
    }
    let map = c.map;
    // An actor's id is seen as an organisation only when some actor's organisation has
    // its key: the other ids can spell no organisation, and a map of a million actors
    // then holds the keys of its organisations rather than of every id.
    let organizations: HashSet<std::borrow::Cow<'_, str>> = map
        .actors
        .iter()
        .filter_map(|a| a.organization.as_deref().map(text::key))
        .collect();
    let mut spellings = Spellings::default();
    let mut see = |what, value, record, id| spellings.see(what, value, record, id);
    for (i, n) in map.needs.iter().enumerate() {
        see("need", &n.id, Record::Need(i), Some(&n.id));
    }
    for (i, a) in map.actors.iter().enumerate() {
        let r = Record::Actor(i);
        let id = Some(a.id.as_str());
        if organizations.contains(&text::key(&a.id)) {
            see("organization", &a.id, r, id);
        }
        for (what, value) in [
            ("organization", &a.organization),
            ("sector", &a.sector),
            ("territory", &a.territory),
        ] {
            if let Some(v) = value {
                see(what, v, r, id);
            }
        }
        for s in &a.services {
            see("need", s, r, id);
        }
    }
    for (i, l) in map.links.iter().enumerate() {
        if let Some(k) = &l.kind {
            see("link-kind", k, Record::Link(i), None);
        }
    }
    for (f, forum) in map.forums.iter().enumerate() {
        let r = Record::Forum(f);
        let id = Some(forum.id.as_str());
        for (what, value) in [("forum-kind", &forum.kind), ("sector", &forum.sector)] {
            if let Some(v) = value {
                see(what, v, r, id);
            }
        }
        for need in &forum.needs {
            see("need", need, r, id);
        }
        for (m, member) in forum.members.iter().enumerate() {
            if let Some(role) = &member.role {
                see("role", role, Record::Member(f, m), id);
            }
        }
    }
    for (what, value, other, record, at, id) in spellings.found {
        // Actor ids that differ only in how their accents are encoded are an error already.
        if what == "organization" && text::nfc(value) == text::nfc(other) {
            continue;
        }
        let first = c.origins.locate(at, None).to_arg();
        let args = Args::new()
            .select("what", what)
            .quoted("value", value)
            .quoted("other", other)
            .with("first", first);
        c.warning(ProblemCode::SpellingVariants, record, id, args);
    }
}

/// Links that repeat an earlier one between two known actors (in either direction) with
/// the same kind, each with the first of them. Sorting 16 bytes per link, rather than a
/// table of their ids, keeps this within a small part of the map's own memory.
fn duplicate_links(map: &ActorMap, actor_ids: &HashMap<&str, u32>) -> HashMap<u32, u32> {
    // Kinds compared by key (`text::key`): « Référence » repeats « référence ».
    let mut kinds: HashMap<Option<std::borrow::Cow<'_, str>>, u32> = HashMap::new();
    let mut keys: Vec<(u32, u32, u32, u32)> = Vec::new();
    for (i, link) in map.links.iter().enumerate() {
        let (Some(&a), Some(&b)) = (
            actor_ids.get(link.source.as_str()),
            actor_ids.get(link.target.as_str()),
        ) else {
            continue;
        };
        if a == b {
            continue;
        }
        let next = kinds.len() as u32;
        let kind = *kinds
            .entry(link.kind.as_deref().map(text::key))
            .or_insert(next);
        keys.push((a.min(b), a.max(b), kind, i as u32));
    }
    keys.sort_unstable();
    let mut duplicates = HashMap::new();
    for group in keys.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1 && x.2 == y.2) {
        for later in &group[1..] {
            duplicates.insert(later.3, group[0].3);
        }
    }
    duplicates
}

/// Actors whose names fold to the same text: probably one organisation entered twice.
/// Each name is folded once; a table keeps the first actor of each folded name by its
/// hash (16 bytes an actor), and two names of one hash are compared as folded text.
fn similar_names(c: &mut Checker) {
    use std::hash::BuildHasher;
    let hasher = std::collections::hash_map::RandomState::new();
    let hash = |s: &str| hasher.hash_one(s);
    let actors = &c.map.actors;
    // First actor of each folded name, by hash; names of one hash that differ once
    // folded, by folded name.
    let mut first: HashMap<u64, u32> = HashMap::with_capacity(actors.len());
    let mut collided: HashMap<String, u32> = HashMap::new();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (i, actor) in actors.iter().enumerate() {
        let folded = text::fold_name(&actor.name);
        if folded.is_empty() {
            continue;
        }
        let i = i as u32;
        match first.entry(hash(&folded)) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(e) => {
                let f = *e.get();
                if text::fold_name(&actors[f as usize].name) == folded {
                    pairs.push((f, i));
                } else {
                    match collided.entry(folded) {
                        std::collections::hash_map::Entry::Vacant(e) => {
                            e.insert(i);
                        }
                        std::collections::hash_map::Entry::Occupied(e) => pairs.push((*e.get(), i)),
                    }
                }
            }
        }
    }
    drop(first);
    drop(collided);
    // Group by group (a group's first actor), in map order within each.
    pairs.sort_unstable();
    for (f, i) in pairs {
        let (first, actor) = (&actors[f as usize], &actors[i as usize]);
        if actor.id == first.id {
            continue; // already a duplicate id
        }
        let args = Args::new()
            .quoted("name", actor.name.as_str())
            .quoted("other", first.name.as_str())
            .quoted("other-id", first.id.as_str());
        c.warning(
            ProblemCode::SimilarNames,
            Record::Actor(i as usize),
            Some(&actor.id),
            args,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, ActorKind, Forum, Level, Link, Member};
    use crate::words::Lang;

    /// Past [`MAX_SUGGESTIONS`] unknown references, the rest are reported without a
    /// "did you mean". Links read in the reverse of their line order make every new
    /// problem one to keep (it comes first), so each is given a suggestion until the cap:
    /// of 300, the 100 kept are the last 100 made, after the cap; of 150, all have one.
    #[test]
    fn suggestions_stop_after_their_cap() {
        for (references, suggested) in [(150, 100), (300, 0)] {
            let mut map = ActorMap::default();
            map.actors
                .push(Actor::new("alpha", "Alpha", ActorKind::Public));
            map.actors
                .push(Actor::new("beta", "Beta", ActorKind::Public));
            let mut origins = Origins::default();
            for i in 0..references {
                map.links
                    .push(Link::new("beta", "alphx", Level::Information));
                origins
                    .links
                    .push(crate::problem::Origin::new(None, Some(1000 - i), None));
            }
            let mut list = ProblemList::new();
            validate_into(&map, &origins, &mut list);
            let problems = list.into_vec();
            let unknown: Vec<&Problem> = problems
                .iter()
                .filter(|p| p.code == ProblemCode::UnknownActor)
                .collect();
            assert_eq!(unknown.len(), 100);
            let with_suggestion = unknown
                .iter()
                .filter(|p| p.args.get("suggestion").is_some())
                .count();
            assert_eq!(with_suggestion, suggested, "{references} references");
        }
        assert_eq!(MAX_SUGGESTIONS, 200);
    }

    fn map() -> ActorMap {
        let mut map = ActorMap::default();
        map.actors.push(Actor::new(
            "sad",
            "CISSS de la Montérégie-Est",
            ActorKind::Public,
        ));
        map.actors.push(Actor::new(
            "carrefour",
            "Carrefour des proches aidants",
            ActorKind::Community,
        ));
        map.actors.push(Actor::new(
            "popote",
            "Popote roulante",
            ActorKind::Community,
        ));
        map.links
            .push(Link::new("sad", "carrefour", Level::Coordination));
        map
    }

    fn codes(problems: &[Problem]) -> Vec<(&'static str, ProblemSeverity)> {
        problems
            .iter()
            .map(|p| (p.code.as_str(), p.severity))
            .collect()
    }

    #[test]
    fn a_clean_map_has_no_problem() {
        assert_eq!(validate(&map()), []);
    }

    #[test]
    fn unknown_actor_suggests_the_closest_id() {
        let mut m = map();
        m.links.push(Link::new("popot", "sad", Level::Information));
        let p = validate(&m);
        assert_eq!(codes(&p), [("unknown-actor", ProblemSeverity::Error)]);
        assert_eq!(
            p[0].help(Lang::En).as_deref(),
            Some("did you mean \"popote\"?")
        );
        assert_eq!(
            p[0].help(Lang::Fr).as_deref(),
            Some("vouliez-vous dire «\u{a0}popote\u{a0}»\u{202f}?")
        );
        assert_eq!(p[0].location.path.as_deref(), Some("links[1]"));
    }

    #[test]
    fn unknown_actor_written_as_its_name_suggests_the_id() {
        let mut m = map();
        m.forums.push(Forum {
            id: "table".into(),
            name: "Table".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: vec![Member {
                actor: "Popote roulante".into(),
                role: None,
                extra: Default::default(),
            }],
            extra: Default::default(),
        });
        let p = validate(&m);
        assert_eq!(
            p[0].help(Lang::En).as_deref(),
            Some("did you mean \"popote\" (the id of \"Popote roulante\")?")
        );
        assert_eq!(p[0].location.path.as_deref(), Some("forums[0].members[0]"));
    }

    #[test]
    fn every_problem_at_once_with_severities() {
        let mut m = map();
        m.actors.push(Actor::new("sad", "Autre", ActorKind::Public));
        m.actors.push(Actor::new("x", "", ActorKind::User));
        m.actors.push(Actor::new(
            "cisss2",
            "CISSS Montérégie Est",
            ActorKind::Public,
        ));
        m.links
            .push(Link::new("popote", "popote", Level::Information));
        let mut dup = Link::new("carrefour", "sad", Level::Cooperation);
        dup.since = Some("2025-02-30".into());
        m.links.push(dup);
        let p = validate(&m);
        assert_eq!(
            codes(&p),
            [
                ("duplicate-id", ProblemSeverity::Error),
                ("empty-name", ProblemSeverity::Error),
                ("similar-names", ProblemSeverity::Warning),
                ("self-loop", ProblemSeverity::Error),
                ("bad-date", ProblemSeverity::Error),
                ("duplicate-link", ProblemSeverity::Warning),
            ]
        );
    }

    #[test]
    fn ids_differing_only_by_normalisation_are_an_error() {
        let mut m = map();
        m.actors
            .push(Actor::new("r\u{e9}seau", "Réseau A", ActorKind::Community));
        m.actors.push(Actor::new(
            "re\u{301}seau",
            "Réseau B",
            ActorKind::Community,
        ));
        assert_eq!(
            codes(&validate(&m)),
            [("look-alike-id", ProblemSeverity::Error)]
        );
    }

    #[test]
    fn control_characters_are_refused_and_reordering_ones_reported() {
        let mut m = map();
        m.actors[0].name = "CISSS\u{1b}[2J".into();
        m.actors[1].id = "carrefour\nbis".into();
        m.links[0].target = "carrefour\nbis".into();
        m.actors[2].name = "Popote\u{202e}etopoP".into();
        m.actors[2].extra.insert("note".into(), "\u{7}".into());
        // Line breaks are fine in a name.
        m.forums.push(Forum {
            id: "t".into(),
            name: "Table\ndes aînés".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: vec![],
            extra: Default::default(),
        });
        let p = validate(&m);
        assert_eq!(
            codes(&p),
            [
                ("control-character", ProblemSeverity::Error),
                ("control-character", ProblemSeverity::Error),
                ("reordering-character", ProblemSeverity::Warning),
                ("control-character", ProblemSeverity::Warning),
            ]
        );
        assert_eq!(
            p[0].message(Lang::En),
            "name \"CISSS\\u{1b}[2J\" holds a control character (U+001B)"
        );
        // The arguments keep the text as it is; only its words escape it.
        assert_eq!(
            p[0].args.get("value"),
            Some(&crate::words::Arg::Quoted("CISSS\u{1b}[2J".into()))
        );
    }

    #[test]
    fn dates() {
        for good in ["2025", "2025-11", "2025-11-20", "2024-02-29"] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "",
            "25-11-20",
            "2025-13",
            "2025-02-30",
            "2023-02-29",
            "2025/11/20",
            "novembre",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
