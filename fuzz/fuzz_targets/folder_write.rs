//! The spreadsheet writer and reader on maps with hostile names: a map is written as a
//! spreadsheet folder, then written again over it, and each time the folder reads back
//! to the map written.
//!
//! The first byte chooses where the map comes from: 0, the JSON reader on the rest of
//! the input; anything else, a map built in code from the rest of the bytes, whose ids,
//! names, texts and free attributes are drawn from formula starters, the `'` guard, the
//! `extra:` prefix, the `:json` suffix, every column name of every file (in other cases
//! and misspelt), line breaks, delimiters, quotes and `|`, or are any text.
//!
//! What reading gives back is the map as the JSON document holds it (`doc` below: the
//! built map saved as JSON and read again): optional texts that are empty are absent,
//! and a free attribute named like a field of its record (`kind` on an actor, `source`
//! on a link) takes the prefix `extra:`, again until the name is free. Free attributes
//! are compared as sets (`Extra`'s equality ignores order), as a sheet gives them in its
//! column order. Writing the built map directly must come back as that same map.
#![no_main]

use actormap::model::{Extra, Member, Need};
use actormap::{Actor, ActorKind, ActorMap, ErrorKind, Forum, Level, Link};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::path::Path;

/// Pieces of hostile text.
const WORDS: &[&str] = &[
    // Formula starters and the guard.
    "=SUM(A1)",
    "+1",
    "-x",
    "@a",
    "=",
    "'",
    "''",
    "'=cmd",
    "'0123",
    "\tx",
    "\rx",
    // White space and line breaks.
    " ",
    " lead",
    "trail ",
    "a\nb",
    "a\r\nb",
    "a\rb",
    "\n",
    "\r\n",
    // The prefix and the suffix.
    "extra:",
    "extra:kind",
    "extra:extra:kind",
    "extra:Name",
    "extra: id",
    ":json",
    "x:json",
    "x:json:json",
    "extra:x:json",
    // Every column of every file, and the JSON document's fields.
    "id",
    "name",
    "kind",
    "organization",
    "sector",
    "territory",
    "services",
    "source",
    "target",
    "level",
    "directed",
    "weight",
    "notes",
    "since",
    "until",
    "forum",
    "actor",
    "role",
    "needs",
    "members",
    "field",
    "value",
    "format",
    "actors",
    "links",
    "forums",
    "description",
    "as_of",
    // The same in other cases, padded, misspelt.
    "ID",
    "Name",
    " KIND ",
    "Source ",
    "nme",
    "sourc",
    "organisation",
    // Delimiters, quotes, the list separator.
    ",",
    ";",
    "\"",
    "a,b",
    "a;b",
    "\"q\"",
    "a|b",
    "|",
    // Other text.
    "",
    "a",
    "é",
    "\u{feff}id",
    "😀",
    "\u{a0}",
    "\u{2028}",
];

const DATES: &[&str] = &[
    "2024",
    "2024-05",
    "2024-05-01",
    "1999-12-31",
    " 2024",
    "2024-13-01",
    "'2024",
];

fn word(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=7)? {
        0 => u.arbitrary::<String>()?.chars().take(12).collect(),
        1 => {
            let n = u.int_in_range(2..=3)?;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(u.choose(WORDS)?);
            }
            s
        }
        _ => (*u.choose(WORDS)?).to_owned(),
    })
}

fn maybe(u: &mut Unstructured) -> Result<Option<String>> {
    Ok(if u.arbitrary()? { Some(word(u)?) } else { None })
}

fn date(u: &mut Unstructured) -> Result<Option<String>> {
    Ok(if u.arbitrary()? {
        Some((*u.choose(DATES)?).to_owned())
    } else {
        None
    })
}

fn value(u: &mut Unstructured, depth: u8) -> Result<Value> {
    Ok(match u.int_in_range(0..=if depth > 1 { 4 } else { 7 })? {
        0 | 1 => Value::String(word(u)?),
        2 => Value::from(u.arbitrary::<i64>()?),
        3 => serde_json::Number::from_f64(u.arbitrary()?).map_or(Value::Null, Value::Number),
        4 => Value::Bool(u.arbitrary()?),
        5 => Value::Null,
        6 => {
            let n = u.int_in_range(0..=3)?;
            Value::Array((0..n).map(|_| value(u, depth + 1)).collect::<Result<_>>()?)
        }
        _ => {
            let mut object = serde_json::Map::new();
            for _ in 0..u.int_in_range(0..=3)? {
                object.insert(word(u)?, value(u, depth + 1)?);
            }
            Value::Object(object)
        }
    })
}

fn extra(u: &mut Unstructured) -> Result<Extra> {
    let mut extra = Extra::new();
    for _ in 0..u.int_in_range(0..=3)? {
        extra.insert(word(u)?, value(u, 0)?);
    }
    Ok(extra)
}

/// An id: hostile text, made unique in its list by its position unless the input asks
/// for a repeat (which validation refuses).
fn id(u: &mut Unstructured, i: usize) -> Result<String> {
    let w = word(u)?;
    Ok(if u.ratio(1, 8)? { w } else { format!("{w}{i}") })
}

fn pick<'a>(u: &mut Unstructured, ids: &'a [String]) -> Result<Option<&'a String>> {
    if ids.is_empty() {
        return Ok(None);
    }
    Ok(Some(&ids[u.choose_index(ids.len())?]))
}

fn some_of(u: &mut Unstructured, ids: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for id in ids {
        if u.ratio(1, 3)? && !out.contains(id) {
            out.push(id.clone());
        }
    }
    Ok(out)
}

fn build(u: &mut Unstructured) -> Result<ActorMap> {
    let mut map = ActorMap {
        name: maybe(u)?,
        territory: maybe(u)?,
        as_of: date(u)?,
        description: maybe(u)?,
        extra: extra(u)?,
        ..ActorMap::default()
    };
    for i in 0..u.int_in_range(0..=3)? {
        map.needs.push(Need {
            id: id(u, i)?,
            name: word(u)?,
            extra: extra(u)?,
        });
    }
    let need_ids: Vec<String> = map.needs.iter().map(|n| n.id.clone()).collect();
    for i in 0..u.int_in_range(1..=6)? {
        let mut actor = Actor::new(id(u, i)?, word(u)?, *u.choose(&ActorKind::ALL)?);
        actor.organization = maybe(u)?;
        actor.sector = maybe(u)?;
        actor.territory = maybe(u)?;
        actor.services = some_of(u, &need_ids)?;
        actor.extra = extra(u)?;
        map.actors.push(actor);
    }
    let actor_ids: Vec<String> = map.actors.iter().map(|a| a.id.clone()).collect();
    for _ in 0..u.int_in_range(0..=6)? {
        let (Some(source), Some(target)) = (pick(u, &actor_ids)?, pick(u, &actor_ids)?) else {
            break;
        };
        let mut link = Link::new(source.clone(), target.clone(), *u.choose(&Level::ALL)?);
        link.kind = maybe(u)?;
        link.directed = u.arbitrary()?;
        link.weight = if u.arbitrary()? {
            Some(f64::from(u.int_in_range(0..=1000u16)?) / 8.0)
        } else {
            None
        };
        link.notes = maybe(u)?;
        link.since = date(u)?;
        link.until = date(u)?;
        link.extra = extra(u)?;
        map.links.push(link);
    }
    for i in 0..u.int_in_range(0..=2)? {
        let mut members = Vec::new();
        for _ in 0..u.int_in_range(0..=3)? {
            let Some(actor) = pick(u, &actor_ids)? else {
                break;
            };
            members.push(Member {
                actor: actor.clone(),
                role: maybe(u)?,
                extra: extra(u)?,
            });
        }
        map.forums.push(Forum {
            id: id(u, i)?,
            name: word(u)?,
            kind: maybe(u)?,
            sector: maybe(u)?,
            needs: some_of(u, &need_ids)?,
            members,
            extra: extra(u)?,
        });
    }
    Ok(map)
}

/// Every file of a folder, by name, with its bytes.
fn files(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .expect("the written folder lists")
        .map(|e| {
            let e = e.expect("an entry");
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("a written file reads"),
            )
        })
        .collect();
    files.sort();
    files
}

/// Write `map` as a spreadsheet folder at `folder`: `Some(files)` when written, `None`
/// when refused for a list item the sheets cannot hold (`|` in a need id, which a
/// `services` or `needs` cell would split), the one reason a valid map is not written.
fn write(map: &ActorMap, folder: &Path) -> Option<Vec<(String, Vec<u8>)>> {
    let before = folder.exists().then(|| files(folder));
    match actormap::write_path(map, folder) {
        Ok(()) => Some(files(folder)),
        Err(e) => {
            assert!(
                matches!(e.kind(), ErrorKind::UnwritableItem { .. }),
                "a valid map does not write: {e:?}"
            );
            // Refused before anything is touched: the folder is as it was.
            assert_eq!(
                folder.exists().then(|| files(folder)),
                before,
                "a refused write changed the folder"
            );
            None
        }
    }
}

fn read_back(folder: &Path, doc: &ActorMap, what: &str) {
    let loaded = actormap::load_path(folder, &actormap::io::ReadOptions::default())
        .expect("a written folder reads");
    let problems: Vec<String> = loaded.check().iter().map(|p| p.to_string()).collect();
    let back = loaded
        .into_map()
        .unwrap_or_else(|_| panic!("{what} reads back valid: {problems:?}"));
    assert_eq!(&back, doc, "{what} reads back changed");
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let built = if selector == 0 {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        let Ok(map) = actormap::io::from_json_str(text) else {
            return;
        };
        map
    } else {
        let Ok(map) = build(&mut Unstructured::new(rest)) else {
            return;
        };
        map
    };
    let out = tempfile::tempdir().expect("a temporary folder");
    let folder = out.path().join("map");
    let Ok(doc) = actormap::io::from_json_str(&actormap::io::to_json_string(&built)) else {
        // Not a valid map: writing it may fail, but never panics, and what it writes
        // reads without panicking.
        if actormap::write_path(&built, &folder).is_ok() {
            let _ = actormap::load_path(&folder, &actormap::io::ReadOptions::default());
        }
        return;
    };
    // First the map as built, then the map as the document holds it, over it.
    let first = write(&built, &folder);
    if first.is_some() {
        read_back(&folder, &doc, "the map as built");
    }
    let Some(second) = write(&doc, &folder) else {
        return;
    };
    read_back(&folder, &doc, "the map written over the first");
    if built == doc {
        if let Some(first) = first {
            assert_eq!(first, second, "the same map writes the same files");
        }
    }
    // The folder was replaced whole: nothing else is left beside it.
    let beside: Vec<_> = std::fs::read_dir(out.path())
        .expect("the temporary folder lists")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(beside, ["map"], "the write left files beside the folder");
});
