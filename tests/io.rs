//! Reading and writing keep every field, byte for byte: JSON → map → JSON, and
//! map → spreadsheet folder → map, on random maps and on the bundled fixtures.

mod common;

use actormap::{Actor, ActorMap, Forum, Level, Link, model::Extra, model::Member, model::Need};
use common::{kind, level, opt};
use proptest::prelude::*;

/// Text with the characters that break naive writers: quotes, delimiters, newlines,
/// accents, the list separator, formula starters, tabs.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Zé ]{1,12}",
        "\\PC{1,16}",
        "[=+@'\\-\"\\\\,;|\t\n\r ]{0,3}[a-zé\"\\\\,;\n]{1,6}",
    ]
}

fn word() -> impl Strategy<Value = String> {
    common::word(text())
}

/// Ids: no surrounding whitespace, no `|` (the spreadsheet list separator).
fn id() -> impl Strategy<Value = String> {
    common::id(text())
}

/// Free attributes whose names cannot be mistaken for the format's own fields.
fn extra() -> impl Strategy<Value = Extra> {
    let value = common::json_value(text(), 3, 16, 4, "[a-z]{1,5}");
    common::extra("x_[a-zA-Z0-9_ ]{0,6}[a-z]", value)
}

fn date() -> impl Strategy<Value = String> {
    (2000u32..2030, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

prop_compose! {
    fn actor_map()(
        ids in prop::collection::hash_set(id(), 1..8),
        need_ids in prop::collection::hash_set(id(), 0..3),
        names in prop::collection::vec(text().prop_filter("named", |s| !s.trim().is_empty()), 8),
        kinds in prop::collection::vec(kind(), 8),
        details in prop::collection::vec((opt(word()), opt(word()), opt(word()), extra()), 8),
        link_specs in prop::collection::vec(
            (0usize..8, 0usize..8, opt(word()), level(), any::<bool>(),
             prop::option::of(0.0f64..1e6), opt(text().prop_filter("some", |s| !s.trim().is_empty())), opt(date()), extra()),
            0..10),
        forum_specs in prop::collection::vec((id(), opt(word()), prop::collection::vec((0usize..8, opt(word()), extra()), 0..4), extra()), 0..3),
        meta in (opt(text().prop_filter("some", |s| !s.trim().is_empty())), opt(word()), opt(date()), extra()),
    ) -> ActorMap {
        let ids: Vec<String> = ids.into_iter().collect();
        let needs: Vec<Need> = need_ids
            .into_iter()
            .map(|id| Need { name: format!("Besoin {id}"), id, extra: Extra::new() })
            .collect();
        let actors: Vec<Actor> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let (organization, sector, territory, extra) = details[i].clone();
                Actor {
                    id: id.clone(),
                    name: names[i].clone(),
                    kind: kinds[i],
                    organization,
                    sector,
                    territory,
                    services: needs.iter().take(i % 3).map(|n| n.id.clone()).collect(),
                    extra,
                }
            })
            .collect();
        let n = actors.len();
        let links = link_specs
            .into_iter()
            .map(|(s, t, kind, level, directed, weight, notes, since, extra)| Link {
                source: ids[s % n].clone(),
                target: ids[t % n].clone(),
                kind,
                level,
                directed,
                weight,
                notes,
                since,
                until: None,
                extra,
            })
            .collect();
        let mut forums: Vec<Forum> = Vec::new();
        for (fid, kind, members, extra) in forum_specs {
            if forums.iter().any(|f| f.id == fid) {
                continue;
            }
            forums.push(Forum {
                name: format!("Forum {fid}"),
                id: fid,
                kind,
                sector: None,
                needs: needs.iter().take(1).map(|n| n.id.clone()).collect(),
                members: members
                    .into_iter()
                    .map(|(a, role, extra)| Member { actor: ids[a % n].clone(), role, extra })
                    .collect(),
                extra,
            });
        }
        let (name, territory, as_of, extra) = meta;
        ActorMap { name, territory, as_of, description: None, needs, actors, links, forums, extra }
    }
}

/// A map whose free attributes have hostile names and values (see
/// `common::hostile_extra`) on every record, and whose actor and forum ids start or end
/// with white space, a quote or a formula character.
fn hostile_map() -> impl Strategy<Value = ActorMap> {
    let extras = prop::collection::vec(common::hostile_extra(text().boxed()), 40);
    let decorations = prop::collection::vec(0u8..6, 16);
    (actor_map(), extras, decorations).prop_map(|(mut map, extras, decorations)| {
        let mut extras = extras.into_iter().cycle();
        let mut next = || extras.next().unwrap_or_default();
        let decorate = |id: &str, how: u8| match how {
            0 => format!(" {id}"),
            1 => format!("{id} "),
            2 => format!("'{id}"),
            3 => format!("={id}"),
            4 => format!("-{id}"),
            _ => id.to_owned(),
        };
        for (i, actor) in map.actors.iter_mut().enumerate() {
            let id = decorate(&actor.id, decorations[i]);
            for link in &mut map.links {
                for end in [&mut link.source, &mut link.target] {
                    if *end == actor.id {
                        *end = id.clone();
                    }
                }
            }
            for member in map.forums.iter_mut().flat_map(|f| f.members.iter_mut()) {
                if member.actor == actor.id {
                    member.actor = id.clone();
                }
            }
            actor.id = id;
        }
        for (i, forum) in map.forums.iter_mut().enumerate() {
            forum.id = decorate(&forum.id, decorations[8 + i]);
        }
        map.extra = next();
        for need in &mut map.needs {
            need.extra = next();
        }
        for actor in &mut map.actors {
            actor.extra = next();
        }
        for link in &mut map.links {
            link.extra = next();
        }
        for forum in &mut map.forums {
            forum.extra = next();
            for member in &mut forum.members {
                member.extra = next();
            }
        }
        common::drop_field_names(&mut map);
        map
    })
}

/// Read JSON text back, accepting warnings and errors alike: the round trip is about
/// keeping data, not about the map being sensible.
fn reread(text: &str) -> ActorMap {
    actormap::io::load_json(text, None)
        .expect("the written JSON parses")
        .map
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trip_keeps_everything(map in actor_map()) {
        let text = actormap::io::to_json_string(&map);
        let back = reread(&text);
        prop_assert_eq!(&back, &map);
        // Saving again gives the same bytes.
        prop_assert_eq!(actormap::io::to_json_string(&back), text);
    }

    #[test]
    fn json_round_trip_keeps_hostile_attributes(map in hostile_map()) {
        let text = actormap::io::to_json_string(&map);
        let back = actormap::io::load_json(&text, None).unwrap();
        let read_errors: Vec<_> = back.problems.iter().map(|p| p.to_string()).collect();
        prop_assert!(read_errors.is_empty(), "{:?}", read_errors);
        prop_assert_eq!(&back.map, &map);
        prop_assert_eq!(actormap::io::to_json_string(&back.map), text);
    }

    #[test]
    fn spreadsheet_round_trip_keeps_hostile_attributes(map in hostile_map()) {
        let dir = tempfile::tempdir().unwrap();
        actormap::write_path(&map, dir.path()).unwrap();
        let back = actormap::load_path(dir.path(), &Default::default()).unwrap();
        let read_errors: Vec<_> = back.problems.iter().map(|p| p.to_string()).collect();
        prop_assert!(read_errors.is_empty(), "{:?}", read_errors);
        prop_assert_eq!(&back.map, &map);
        // Writing the map read back gives the same files.
        let again = tempfile::tempdir().unwrap();
        actormap::write_path(&back.map, again.path()).unwrap();
        for name in ["map.csv", "needs.csv", "actors.csv", "links.csv", "forums.csv", "members.csv"] {
            let first = std::fs::read(dir.path().join(name)).unwrap();
            let second = std::fs::read(again.path().join(name)).unwrap();
            prop_assert_eq!(first, second, "{}", name);
        }
    }

    #[test]
    fn spreadsheet_round_trip_keeps_everything(map in actor_map()) {
        let dir = tempfile::tempdir().unwrap();
        actormap::write_path(&map, dir.path()).unwrap();
        let back = actormap::load_path(dir.path(), &Default::default()).unwrap();
        let read_errors: Vec<_> = back.problems.iter().map(|p| p.to_string()).collect();
        prop_assert!(read_errors.is_empty(), "{:?}", read_errors);
        prop_assert_eq!(&back.map, &map);
    }
}

#[test]
fn fixtures_round_trip_through_spreadsheets_byte_for_byte() {
    for fixture in common::good_fixtures() {
        let original = std::fs::read_to_string(&fixture).unwrap();
        let map = actormap::read_path(&fixture).unwrap();
        let dir = tempfile::tempdir().unwrap();
        actormap::write_path(&map, dir.path()).unwrap();
        let back = actormap::read_path(dir.path()).unwrap();
        assert_eq!(back, map, "{}", fixture.display());
        assert_eq!(
            actormap::io::to_json_string(&back),
            original,
            "{}",
            fixture.display()
        );
    }
}

#[test]
fn the_bundled_spreadsheet_form_is_the_json_fixture() {
    let json = actormap::read_path("fixtures/pierre-de-saurel-aines.json").unwrap();
    let sheets = actormap::read_path("fixtures/pierre-de-saurel-aines").unwrap();
    assert_eq!(sheets, json);
}

#[test]
fn excel_exports_with_semicolons_and_a_bom_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("actors.csv"),
        "\u{feff}id;name;kind;services\r\nsad;CISSSME — Soutien à domicile;public;caregivers|home\r\ncarrefour; Carrefour des proches aidants ;community;\r\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("links.csv"),
        "Source;Target;Level;Directed;Weight\r\nsad ;carrefour;Coordination;oui;1,5\r\n",
    )
    .unwrap();
    let map = actormap::read_path(dir.path()).unwrap();
    assert_eq!(map.actors[0].name, "CISSSME — Soutien à domicile");
    assert_eq!(map.actors[0].services, ["caregivers", "home"]);
    // Names are kept exactly; ids and levels are trimmed and case-folded.
    assert_eq!(map.actors[1].name, " Carrefour des proches aidants ");
    let link = &map.links[0];
    assert_eq!(
        (link.source.as_str(), link.level, link.directed, link.weight),
        ("sad", Level::Coordination, true, Some(1.5))
    );
}

#[test]
fn text_that_is_not_utf8_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"id,name,kind\nsad,Soutien a domicile,public\n".to_vec();
    bytes.extend_from_slice(b"mem,M\xe9moire vive,community\n"); // Latin-1 é
    std::fs::write(dir.path().join("actors.csv"), bytes).unwrap();
    let err = actormap::read_path(dir.path()).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("actors.csv:3:"), "{message}");
    assert!(message.contains("CSV UTF-8"), "{message}");
    // In French, Excel's menus have their French names.
    let french = err.message(actormap::Lang::Fr);
    assert!(
        french.contains("(Excel\u{a0}: «\u{a0}Fichier › Enregistrer sous › CSV UTF-8\u{a0}»)"),
        "{french}"
    );
    assert!(matches!(
        err.kind(),
        actormap::ErrorKind::NotUtf8 { line: 3, .. }
    ));
}

#[test]
fn free_attributes_keep_their_types_through_spreadsheets() {
    let map = actormap::io::from_json_str(
        r#"{"format": "actormap/1",
            "actors": [
              {"id": "a", "name": "A", "kind": "public", "Budget": 1200, "tags": ["x", "y"], "note": "=1+1"},
              {"id": "b", "name": "B", "kind": "user", "Budget": "n/a", "note": "", "memo:json": "plain text"}
            ],
            "source:json": "a plain note"}"#,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    actormap::write_path(&map, dir.path()).unwrap();
    let actors = std::fs::read_to_string(dir.path().join("actors.csv")).unwrap();
    let header = actors.lines().next().unwrap();
    assert_eq!(
        header,
        "id,name,kind,organization,sector,territory,services,Budget:json,tags:json,note:json,memo:json:json"
    );
    // A formula is neutralised for spreadsheets, and read back as written.
    assert!(
        actors.contains("'\"=1+1\"") || actors.contains("\"=1+1\""),
        "{actors}"
    );
    assert_eq!(actormap::read_path(dir.path()).unwrap(), map);
}

/// The cases of a spreadsheet round trip that once changed a valid map without a word,
/// each written out.
#[test]
fn attributes_named_like_the_format_and_numbers_as_written_survive_spreadsheets() {
    let text = r#"{
  "format": "actormap/1",
  "name": "Table des aînés",
  "Name": "autre nom",
  "": "sans nom",
  "=cmd": "formule",
  "big": 123456789012345678901234567890,
  "zero": -0,
  "hundred": 1e2,
  "actors": [
    {"id": " sad", "name": "CISSSME — SAD", "kind": "public", "Name": "n", "Level": "l",
     "": "vide", "=cmd": "x", " pad ": "y", "extra:kind": "z", "n": 1.50, "m": -0.0},
    {"id": "=b", "name": "B", "kind": "community", "territory": " Sorel "}
  ],
  "links": [
    {"source": " sad", "target": "=b", "level": "coordination", "Level": "haut", "SOURCE": "web",
     "x;y;z;w;v;u;t;s;r;q": "delimiters"}
  ]
}
"#;
    let map = actormap::io::from_json_str(text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    actormap::write_path(&map, dir.path()).unwrap();
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let actors = read("actors.csv");
    assert_eq!(
        actors.lines().next().unwrap(),
        "id,name,kind,organization,sector,territory,services,extra:Name,Level,extra:,'=cmd,' pad ,extra:extra:kind,n:json,m:json"
    );
    assert!(actors.contains("\n' sad,"), "{actors}");
    let map_csv = read("map.csv");
    assert!(map_csv.contains("\nextra:Name,autre nom\n"), "{map_csv}");
    assert!(
        map_csv.contains("\nbig:json,123456789012345678901234567890\n"),
        "{map_csv}"
    );
    assert!(map_csv.contains("\nzero:json,'-0\n"), "{map_csv}");
    let links = read("links.csv");
    assert!(links.starts_with("source,target,kind,level,directed,weight,notes,since,until,extra:Level,extra:SOURCE,\"x;y;z"), "{links}");

    let back = actormap::load_path(dir.path(), &Default::default()).unwrap();
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.map, map);
    assert_eq!(back.map.name.as_deref(), Some("Table des aînés"));
    assert!(back.check().is_empty(), "{:?}", back.check());
    // Every number comes back with its digits and sign; an exponent is written in
    // lower case with its sign.
    let json = actormap::io::to_json_string(&back.map);
    for number in [
        "\"big\": 123456789012345678901234567890",
        "\"zero\": -0",
        "\"hundred\": 1e+2",
        "\"n\": 1.50",
        "\"m\": -0.0",
    ] {
        assert!(json.contains(number), "{number} in {json}");
    }
}

#[test]
fn a_list_item_a_cell_cannot_hold_is_refused_before_anything_is_written() {
    let map = actormap::io::from_json_str(
        r#"{"format": "actormap/1",
            "needs": [{"id": "aide|répit", "name": "Aide et répit"}],
            "actors": [{"id": "sad", "name": "SAD", "kind": "public", "services": ["aide|répit"]}]}"#,
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sheets");
    let err = actormap::write_path(&map, &out).unwrap_err();
    assert_eq!(
        err.to_string(),
        "actors.csv cannot hold \"aide|répit\" in the services of \"sad\": a list cell separates items with | and trims them, so the item would not be read back as it is; rename it without | and without spaces at its ends, or keep the map as JSON"
    );
    assert!(!out.exists());
}

#[test]
fn map_fields_given_twice_are_reported_and_the_first_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("actors.csv"), "id,name,kind\na,A,public\n").unwrap();
    std::fs::write(
        dir.path().join("map.csv"),
        "field,value\nname,Première\nterritory,Sorel\nNAME,Seconde\nnote,a\nextra:note,b\n",
    )
    .unwrap();
    let loaded = actormap::load_path(dir.path(), &Default::default()).unwrap();
    assert_eq!(loaded.map.name.as_deref(), Some("Première"));
    let found: Vec<(usize, String)> = loaded
        .problems
        .iter()
        .map(|p| (p.location.line.unwrap(), p.message(actormap::Lang::En)))
        .collect();
    assert_eq!(
        found,
        [
            (
                4,
                "field \"NAME\" is given twice (first at line 2)".to_owned()
            ),
            (
                6,
                "field \"extra:note\" is given twice (first at line 5)".to_owned()
            ),
        ]
    );
}
