//! What imports share: problems located in the file, the words for kinds and levels in
//! English and French, ids made from names, the merging of connections entered twice,
//! and the part of a map other tools have no place for.

use std::collections::HashMap;
use std::path::Path;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::io::{Loaded, Origin, Origins, Record};
use crate::model::{ActorKind, ActorMap, FORMAT, Level, Link};
use crate::problem::{Location, Problem, ProblemCode, ProblemList, ProblemSeverity, SourceFile};
use crate::words::{Arg, Args};

pub(crate) use crate::text::LineIndex;

/// The problems found while reading one file, each located in it.
pub(crate) struct Notes {
    pub(crate) file: Option<SourceFile>,
    /// Held within a bound (the first of each code), so that a file with a problem
    /// on every row costs the memory of a few hundred.
    pub(crate) problems: ProblemList,
    /// Deepest nesting of the JSON values the file holds (attributes, the rest of the
    /// map): the limit the file is read with.
    pub(crate) max_depth: usize,
    /// The records (nodes, edges, elements, names, ties) read so far, within the
    /// record limit.
    pub(crate) records: crate::io::Tally,
}

impl Notes {
    pub(crate) fn new(file: Option<SourceFile>) -> Self {
        Notes {
            file,
            problems: ProblemList::new(),
            max_depth: crate::io::DEFAULT_MAX_DEPTH,
            records: crate::io::Tally::new(crate::io::DEFAULT_MAX_RECORDS),
        }
    }

    /// The same, for a file read with `options`.
    pub(crate) fn reading(mut self, options: &crate::io::ReadOptions) -> Self {
        self.max_depth = options.max_depth;
        self.records = crate::io::Tally::new(options.max_records);
        self
    }

    /// One more record of the file, at `line`: an error past the record limit.
    pub(crate) fn take_record(&mut self, line: Option<usize>) -> crate::error::Result<()> {
        self.records.take(self.file.as_deref(), line)
    }

    pub(crate) fn location(&self, line: Option<usize>, id: Option<&str>) -> Location {
        Location {
            file: self.file.as_deref().map(Path::to_path_buf),
            line,
            path: None,
            id: id.map(str::to_owned),
        }
    }

    pub(crate) fn origin(&self, line: usize) -> Origin {
        Origin::new(self.file.clone(), Some(line), None)
    }

    pub(crate) fn error(
        &mut self,
        code: ProblemCode,
        line: Option<usize>,
        id: Option<&str>,
        args: Args,
    ) {
        let location = self.location(line, id);
        self.problems.push(Problem::error(code, location, args));
    }

    pub(crate) fn warning(
        &mut self,
        code: ProblemCode,
        line: Option<usize>,
        id: Option<&str>,
        args: Args,
    ) {
        let location = self.location(line, id);
        self.problems.push(Problem::warning(code, location, args));
    }

    /// A problem at a record's origin (which may be in another file than this one's).
    pub(crate) fn push_at(
        &mut self,
        severity: ProblemSeverity,
        code: ProblemCode,
        origin: &Origin,
        id: Option<&str>,
        args: Args,
    ) {
        let location = Location {
            file: origin.file.as_deref().map(Path::to_path_buf),
            line: origin.line(),
            path: None,
            id: id.map(str::to_owned),
        };
        self.problems
            .push(Problem::new(severity, code, location, args));
    }

    /// The origins of a map read from this file, before its records are read: the map
    /// starts on line 1.
    pub(crate) fn origins(&self) -> Origins {
        Origins {
            map: self.origin(1),
            ..Origins::default()
        }
    }

    /// What was read, with these problems.
    pub(crate) fn loaded(self, mut map: ActorMap, origins: Origins) -> Loaded {
        crate::words::canonical_words(&mut map);
        Loaded {
            map,
            origins,
            problems: self.problems.into_vec(),
        }
    }

    /// Note that an actor's kind was not given and `kind` was assumed. `source` is
    /// what was read: `matrix`, `graphml`, `gexf`, `kumu`, `kumu-sheets`.
    pub(crate) fn assumed_kind(
        &mut self,
        at: &Origin,
        id: &str,
        kind: ActorKind,
        source: &'static str,
    ) {
        let args = Args::new()
            .select("source", source)
            .quoted("id", id)
            .with("kind", kind)
            .with("words", KIND_WORDS)
            .with("also", KIND_WORDS_FR);
        self.push_at(
            ProblemSeverity::Warning,
            ProblemCode::AssumedKind,
            at,
            Some(id),
            args,
        );
    }

    /// Note that a tie's level was not given and `level` was assumed.
    pub(crate) fn assumed_level(
        &mut self,
        at: &Origin,
        id: &str,
        level: Level,
        source: &'static str,
    ) {
        let args = Args::new()
            .select("source", source)
            .quoted("id", id)
            .with("level", level);
        self.push_at(
            ProblemSeverity::Warning,
            ProblemCode::AssumedLevel,
            at,
            Some(id),
            args,
        );
    }
}

/// The words accepted for kinds, for messages: the other tools' labels…
pub(crate) const KIND_WORDS: &str = "Public, Community, Private, User";

/// … and their French labels, accepted too.
pub(crate) const KIND_WORDS_FR: &str = "Publique, Communautaire, Privé, Usager";

/// The words accepted for levels, for messages.
pub(crate) const LEVEL_WORDS: &str =
    "information, coordination, cooperation (coopération), collaboration";

/// The items of a list written with `|` between them (a tool's list of services, of
/// targets), trimmed; empty items are dropped.
pub(crate) fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Lowercase, without accents or surrounding space: how labels are compared.
pub(crate) fn fold(s: &str) -> String {
    s.trim()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A kind of actor from the word a tool or a person uses for it, in English or French,
/// in any case: `public`/`publique`, `community`/`communautaire`, `private`/`privé`,
/// `user`/`usager`.
pub(crate) fn parse_kind(word: &str) -> Option<ActorKind> {
    crate::words::read_closed(word).or_else(|| match fold(word).as_str() {
        // Plurals, as other tools' columns of types often are.
        "usagers" | "users" => Some(ActorKind::User),
        _ => None,
    })
}

/// The label of a kind in other tools: `Public`, `Community`, `Private`, `User`.
pub(crate) fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Public => "Public",
        ActorKind::Community => "Community",
        ActorKind::Private => "Private",
        ActorKind::User => "User",
    }
}

/// A level from its word, in English or French, in any case.
pub(crate) fn parse_level(word: &str) -> Option<Level> {
    crate::words::read_closed(word).or_else(|| match fold(word).as_str() {
        "co-operation" => Some(Level::Cooperation),
        _ => None,
    })
}

/// The label of a level in other tools: `Information`, `Coordination`, `Cooperation`,
/// `Collaboration`.
pub(crate) fn level_label(level: Level) -> &'static str {
    match level {
        Level::Information => "Information",
        Level::Coordination => "Coordination",
        Level::Cooperation => "Cooperation",
        Level::Collaboration => "Collaboration",
    }
}

/// A level from its word or its rank (1 = information … 4 = collaboration).
pub(crate) fn parse_level_or_rank(text: &str) -> Option<Level> {
    parse_level(text).or_else(|| match text.trim() {
        "1" => Some(Level::Information),
        "2" => Some(Level::Coordination),
        "3" => Some(Level::Cooperation),
        "4" => Some(Level::Collaboration),
        _ => None,
    })
}

/// An id made from a name: lowercase ASCII letters and digits, accents folded, other
/// characters as `-` (never two in a row, none at the ends). "CISSS de la Montérégie-Est"
/// gives `cisss-de-la-monteregie-est`; a name with no such letter gives `actor`.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        let piece: &str = match c {
            'œ' | 'Œ' => "oe",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            _ => "",
        };
        if !piece.is_empty() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(piece);
        } else if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push_str("actor");
    }
    out
}

/// Gives out ids made from names, each unique: the second "Popote roulante" is
/// `popote-roulante-2`.
#[derive(Default)]
pub(crate) struct Ids {
    taken: std::collections::HashSet<String>,
    /// For each id made from names more than once, the last number it took: the numbers
    /// below are taken, so the next name that gives it starts there (n names that give
    /// the same id cost n tries, not n²/2).
    last: HashMap<String, usize>,
}

impl Ids {
    /// Room for `n` ids.
    pub(crate) fn with_capacity(n: usize) -> Self {
        Ids {
            taken: std::collections::HashSet::with_capacity(n),
            last: HashMap::new(),
        }
    }

    /// Reserve an id given as such (kept as written), so that made ids avoid it. Returns
    /// false if it was taken already.
    pub(crate) fn reserve(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_owned())
    }

    /// A new id made from `name`.
    pub(crate) fn make(&mut self, name: &str) -> String {
        let base = slug(name);
        let mut id = base.clone();
        let mut n = self.last.get(&base).copied().unwrap_or(1);
        if n > 1 {
            id = format!("{base}-{n}");
        }
        while self.taken.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.taken.insert(id.clone());
        if n > 1 {
            self.last.insert(base, n);
        }
        id
    }
}

/// Merge connections entered twice: links with the same ends (in the same direction,
/// for directed ones), the same kind and the same level are one connection. The first
/// is kept; the fields and free attributes it lacks are taken from the later ones, and
/// each later one is reported as a warning where it was written.
pub(crate) fn merge_duplicate_links(
    map: &mut ActorMap,
    origins: &mut Origins,
    problems: &mut impl Extend<Problem>,
    what: &'static str,
) {
    type Key = (bool, String, String, Option<String>, Level);
    let key = |l: &Link| -> Key {
        let (a, b) = if l.directed || l.source <= l.target {
            (l.source.clone(), l.target.clone())
        } else {
            (l.target.clone(), l.source.clone())
        };
        (l.directed, a, b, l.kind.clone(), l.level)
    };
    let mut first: HashMap<Key, usize> = HashMap::new();
    let mut keep = vec![true; map.links.len()];
    for (i, kept_here) in keep.iter_mut().enumerate() {
        let k = key(&map.links[i]);
        let Some(&j) = first.get(&k) else {
            first.insert(k, i);
            continue;
        };
        *kept_here = false;
        let later = map.links[i].clone();
        let kept = &mut map.links[j];
        kept.weight = kept.weight.or(later.weight);
        kept.notes = kept.notes.take().or(later.notes);
        kept.since = kept.since.take().or(later.since);
        kept.until = kept.until.take().or(later.until);
        for (name, value) in later.extra {
            kept.extra.entry(name).or_insert(value);
        }
        let at = origins.locate(Record::Link(i), Some(&later.source));
        let then = origins.locate(Record::Link(j), None);
        let args = Args::new()
            .select("what", what)
            .select("directed", if later.directed { "yes" } else { "no" })
            .quoted("source", later.source.as_str())
            .quoted("target", later.target.as_str())
            .with("level", later.level)
            .with("first", then.to_arg());
        let args = match later.kind.as_deref() {
            Some(k) => args.select("shape", "kind").quoted("kind", k),
            None => args.select("shape", "plain"),
        };
        problems.extend([Problem::warning(ProblemCode::DuplicateConnection, at, args)]);
    }
    let mut flags = keep.iter();
    map.links.retain(|_| flags.next().copied().unwrap_or(true));
    if origins.links.len() == keep.len() {
        let mut flags = keep.iter();
        origins
            .links
            .retain(|_| flags.next().copied().unwrap_or(true));
    }
}

/// The part of a map other tools have no place for (its name, territory, date, free
/// fields, needs and forums), as an `actormap/1` JSON document without actors or links.
/// Exports carry it so that importing the file again gives the whole map back.
pub(crate) fn rest_document(map: &ActorMap, with_description: bool) -> String {
    let rest = ActorMap {
        name: map.name.clone(),
        territory: map.territory.clone(),
        as_of: map.as_of.clone(),
        description: if with_description {
            map.description.clone()
        } else {
            None
        },
        needs: map.needs.clone(),
        actors: Vec::new(),
        links: Vec::new(),
        forums: map.forums.clone(),
        extra: map.extra.clone(),
    };
    crate::io::json::to_string(&rest)
}

/// Read a document written by [`rest_document`] that starts on line `first_line` of
/// the file, into `map` (actors and links in it are not read, with a warning). Its
/// problems are located in the file.
pub(crate) fn read_rest(
    text: &str,
    first_line: usize,
    map: &mut ActorMap,
    origins: &mut Origins,
    notes: &mut Notes,
) {
    let loaded = match crate::io::json::decode(text, None, notes.max_depth, notes.records.clone()) {
        Ok(loaded) => loaded,
        Err(e) => {
            let line = match e.kind() {
                crate::error::ErrorKind::Json { line, .. } => first_line + line.saturating_sub(1),
                _ => first_line,
            };
            let args = Args::new()
                .select("shape", "document")
                .with("reason", Arg::Phrase(e.phrase()))
                .with("format", FORMAT);
            notes.error(ProblemCode::BadMapData, Some(line), None, args);
            return;
        }
    };
    let records = loaded.map.actors.len() + loaded.map.links.len();
    if records > 0 {
        let args = Args::new()
            .select("shape", "records")
            .count("count", records);
        notes.warning(ProblemCode::BadMapData, Some(first_line), None, args);
    }
    let shift = |origin: Origin| {
        let line = origin.line().map(|l| first_line + l - 1);
        Origin::new(notes.file.clone(), line, origin.path.map(String::from))
    };
    for mut problem in loaded.problems {
        problem.location.file = notes.file.as_deref().map(Path::to_path_buf);
        problem.location.line = problem.location.line.map(|l| first_line + l - 1);
        notes.problems.push(problem);
    }
    let rest = loaded.map;
    map.name = map.name.take().or(rest.name);
    map.territory = map.territory.take().or(rest.territory);
    map.as_of = map.as_of.take().or(rest.as_of);
    map.description = map.description.take().or(rest.description);
    map.needs = rest.needs;
    map.forums = rest.forums;
    for (k, v) in rest.extra {
        map.extra.entry(k).or_insert(v);
    }
    origins.map = shift(loaded.origins.map);
    origins.needs = loaded.origins.needs.into_iter().map(shift).collect();
    origins.forums = loaded.origins.forums.into_iter().map(shift).collect();
    origins.members = loaded
        .origins
        .members
        .into_iter()
        .map(|m| m.into_iter().map(shift).collect())
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        assert_eq!(
            slug("CISSS de la Montérégie-Est"),
            "cisss-de-la-monteregie-est"
        );
        assert_eq!(slug("  Œuvres  d'entraide!  "), "oeuvres-d-entraide");
        assert_eq!(slug("Société Alzheimer"), "societe-alzheimer");
        assert_eq!(slug("——"), "actor");
        let mut ids = Ids::default();
        assert_eq!(ids.make("Popote"), "popote");
        assert_eq!(ids.make("popote"), "popote-2");
        assert!(ids.reserve("popote-3"));
        assert_eq!(ids.make("Popote!"), "popote-4");
    }

    #[test]
    fn kinds_and_levels_are_read_in_english_and_french() {
        assert_eq!(parse_kind("Communautaire"), Some(ActorKind::Community));
        assert_eq!(parse_kind("PRIVÉ"), Some(ActorKind::Private));
        assert_eq!(parse_kind(" Usager "), Some(ActorKind::User));
        assert_eq!(parse_kind("Person"), None);
        assert_eq!(parse_level("Coopération"), Some(Level::Cooperation));
        for kind in ActorKind::ALL {
            assert_eq!(parse_kind(kind_label(kind)), Some(kind));
        }
        for level in Level::ALL {
            assert_eq!(parse_level(level_label(level)), Some(level));
        }
    }
}
