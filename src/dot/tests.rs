use super::text::{MAX_DRAWN, MAX_LINE, MAX_STRETCH, display_text, quote, wrap_line};
use super::*;
use crate::error::ErrorKind;

/// A map as decoded, without validation: maps built in code can hold anything (control
/// characters in names included), and the diagram must still be safe.
fn map(json: &str) -> ActorMap {
    crate::io::json::load_json(json, None).expect("JSON").map
}

fn dot(map: &ActorMap, options: &DotOptions) -> String {
    to_dot(map, options).expect("a diagram").to_string()
}

/// Three actors of three kinds, one referral, one co-led project, one exchange of
/// information.
const THREE: &str = r#"{"format": "actormap/1", "name": "Table des aînés",
  "territory": "Sorel-Tracy", "as_of": "2025-11-20",
  "actors": [
    {"id": "sad", "name": "CISSS — Soutien à domicile", "kind": "public", "organization": "cisss"},
    {"id": "popote", "name": "Popote roulante", "kind": "community"},
    {"id": "denis", "name": "Denis B.", "kind": "user"}],
  "links": [
    {"source": "sad", "target": "popote", "level": "coordination", "directed": true},
    {"source": "popote", "target": "denis", "level": "collaboration"},
    {"source": "denis", "target": "sad", "level": "information"}]}"#;

#[test]
fn three_node_map_exact_dot() {
    let expected = r##"graph actormap {
  graph[label="Table des aînés\nSorel-Tracy · 2025-11-20" labelloc=t fontname="Helvetica,Arial,sans-serif" fontsize=20 newrank=true nodesep=0.3 ranksep=0.6 splines=true overlap=false outputorder=edgesfirst pad=0.3]
  node[style=filled fontname="Helvetica,Arial,sans-serif" fontsize=12 color="#333333" margin="0.12,0.06"]
  edge[color="#333333" fontname="Helvetica,Arial,sans-serif" fontsize=11]
  a0[label="CISSS — Soutien à\ndomicile" shape=box fillcolor="#77AADD"]
  a1[label="Popote roulante" shape=ellipse fillcolor="#44BB99"]
  a2[label="Denis B." shape=circle fillcolor="#FFAABB"]
  a0 -- a1 [style=dashed penwidth=1.2 dir=forward]
  a1 -- a2 [style=bold penwidth=3]
  a2 -- a0 [style=dotted penwidth=1.2]
  subgraph cluster_legend {
    label="Legend"
    style=rounded
    color="#888888"
    fontsize=14
    subgraph legend_row_0 {
      rank=same
      legend_public[label="Public" shape=box fillcolor="#77AADD"]
      legend_community[label="Community" shape=ellipse fillcolor="#44BB99"]
      legend_user[label="User" shape=circle fillcolor="#FFAABB"]
      legend_public -- legend_community [style=invis]
      legend_community -- legend_user [style=invis]
    }
    subgraph legend_row_1 {
      rank=same
      legend_lines[shape=plain style=solid label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="4"><TR><TD WIDTH="56" SIDES="B" BORDER="1" STYLE="dotted"> </TD><TD ALIGN="LEFT">information</TD></TR><TR><TD WIDTH="56" SIDES="B" BORDER="1" STYLE="dashed"> </TD><TD ALIGN="LEFT">coordination</TD></TR><TR><TD WIDTH="56" SIDES="B" BORDER="3"> </TD><TD ALIGN="LEFT">collaboration</TD></TR><TR><TD WIDTH="56"><FONT POINT-SIZE="20">→</FONT></TD><TD ALIGN="LEFT">one way (referral)</TD></TR></TABLE>>]
    }
    legend_public -- legend_lines [style=invis]
  }
}
"##;
    assert_eq!(dot(&map(THREE), &DotOptions::default()), expected);
}

#[test]
fn hostile_names_are_labels_and_nothing_else() {
    let hostile = map(
        r#"{"format": "actormap/1", "name": "Carte \"test\" \\ {x}", "as_of": "2025-01-01",
  "actors": [
    {"id": "q", "name": "Le \"Carrefour\" \\ aidants", "kind": "community"},
    {"id": "n", "name": "ligne 1\nligne 2\r\nligne 3", "kind": "public"},
    {"id": "x", "name": "a0 -- a1 [color=red]; } <b>&amp;</b> \\N \\G \\l {x}", "kind": "private"},
    {"id": "\"]; evil", "name": "\u0000\u0007\t\u007f", "kind": "user"}],
  "links": [{"source": "q", "target": "n", "level": "cooperation"},
            {"source": "x", "target": "q", "level": "information", "directed": true}]}"#,
    );
    let expected = r##"graph actormap {
  graph[label="Carte \"test\" \\ {x}\n2025-01-01" labelloc=t fontname="Helvetica,Arial,sans-serif" fontsize=20 newrank=true nodesep=0.3 ranksep=0.6 splines=true overlap=false outputorder=edgesfirst pad=0.3]
  node[style=filled fontname="Helvetica,Arial,sans-serif" fontsize=12 color="#333333" margin="0.12,0.06"]
  edge[color="#333333" fontname="Helvetica,Arial,sans-serif" fontsize=11]
  a0[label="Le \"Carrefour\" \\ aidants" shape=ellipse fillcolor="#44BB99"]
  a1[label="ligne 1\nligne 2\nligne 3" shape=box fillcolor="#77AADD"]
  a2[label="a0 -- a1 [color=red]; } <b>&amp;amp;</b> \\N \\G \\l {x}" shape=hexagon fillcolor="#EEDD88"]
  a3[label="␀␇	␡" shape=circle fillcolor="#FFAABB"]
  a0 -- a1 [style=solid penwidth=1.5]
  a2 -- a0 [style=dotted penwidth=1.2 dir=forward]
}
"##;
    let options = DotOptions::default().with_legend(false).with_wrap(None);
    assert_eq!(dot(&hostile, &options), expected);
    // Wrapping only turns spaces into line breaks.
    let wrapped = dot(&hostile, &DotOptions::default().with_legend(false));
    assert!(wrapped.contains(r#"a0[label="Le \"Carrefour\" \\\naidants""#));
}

#[test]
fn quoting_follows_graphviz_escapes() {
    assert_eq!(quote("plain"), r#""plain""#);
    assert_eq!(quote(r#"a"b"#), r#""a\"b""#);
    assert_eq!(quote(r"C:\New"), r#""C:\\New""#);
    assert_eq!(quote("ends with \\"), r#""ends with \\""#);
    assert_eq!(quote("two\nlines"), r#""two\nlines""#);
    assert_eq!(quote("AT&T &eacute;"), r#""AT&amp;T &amp;eacute;""#);
    assert_eq!(quote("{<}>;[]=,#/*"), r#""{<}>;[]=,#/*""#);
}

#[test]
fn display_text_keeps_text_and_marks_controls() {
    assert_eq!(display_text("a\r\nb\rc\nd", None), "a\nb\nc\nd");
    assert_eq!(display_text("\0x\x1b\x7f\t", None), "␀x␛␡\t");
    assert_eq!(display_text("  ", Some(1)), "  ");
    assert_eq!(
        display_text("Centre d'action bénévole\nPierre-De Saurel", Some(12)),
        "Centre\nd'action\nbénévole\nPierre-De\nSaurel"
    );
}

#[test]
fn wrapping_turns_only_spaces_into_breaks() {
    assert_eq!(
        wrap_line("Popote roulante Sorel-Tracy", 22),
        "Popote roulante\nSorel-Tracy"
    );
    assert_eq!(
        wrap_line("Anticonstitutionnellement dit", 10),
        "Anticonstitutionnellement\ndit"
    );
    assert_eq!(wrap_line("a  b", 2), "a \nb");
    assert_eq!(
        wrap_line("exactly twenty-two ch", 22),
        "exactly twenty-two ch"
    );
    assert_eq!(wrap_line("", 5), "");
    for (line, width) in [("un deux  trois   quatre", 3), (" avant et après ", 6)] {
        let wrapped = wrap_line(line, width);
        assert_eq!(wrapped.replace('\n', " "), line);
    }
}

#[test]
fn one_edge_per_pair_at_the_highest_level_with_honest_arrows() {
    let m = map(r#"{"format": "actormap/1",
      "actors": [{"id": "a", "name": "A", "kind": "public"}, {"id": "b", "name": "B", "kind": "public"},
                 {"id": "c", "name": "C", "kind": "public"}, {"id": "d", "name": "D", "kind": "public"}],
      "links": [
        {"source": "a", "target": "b", "level": "information"},
        {"source": "b", "target": "a", "level": "cooperation", "directed": true},
        {"source": "a", "target": "c", "level": "coordination", "directed": true},
        {"source": "c", "target": "a", "level": "coordination", "directed": true},
        {"source": "a", "target": "d", "level": "coordination", "directed": true},
        {"source": "a", "target": "d", "level": "coordination"},
        {"source": "b", "target": "c", "level": "information", "directed": true},
        {"source": "b", "target": "c", "level": "cooperation"}]}"#);
    let text = dot(&m, &DotOptions::default().with_legend(false));
    let edges: Vec<&str> = text.lines().filter(|l| l.contains(" -- ")).collect();
    assert_eq!(
        edges,
        [
            // The cooperation referral from b wins over the information exchange: the
            // edge goes from b, with its arrow.
            "  a1 -- a0 [style=solid penwidth=1.5 dir=forward]",
            "  a0 -- a2 [style=dashed penwidth=1.2 dir=both]",
            // A mutual link at the same level: no arrow.
            "  a0 -- a3 [style=dashed penwidth=1.2]",
            // The referral is weaker than the mutual tie: no arrow.
            "  a1 -- a2 [style=solid penwidth=1.5]",
        ]
    );
}

/// A map for clusters: an establishment with directions, a forum each, territories.
const CLUSTERS: &str = r#"{"format": "actormap/1",
  "actors": [
    {"id": "sad", "name": "CISSS de la Montérégie-Est — Soutien à domicile", "kind": "public",
     "organization": "cisssme", "territory": "Sorel"},
    {"id": "sapa", "name": "CISSS de la Montérégie-Est — SAPA", "kind": "public",
     "organization": "cisssme", "territory": "Sorel"},
    {"id": "cab", "name": "Centre d'action bénévole", "kind": "community",
     "organization": "cab"},
    {"id": "itmav", "name": "Travail de milieu (ITMAV)", "kind": "community",
     "organization": "cab", "territory": "Saint-Ours"},
    {"id": "a", "name": "Organisme A", "kind": "community", "organization": "org-x"},
    {"id": "b", "name": "Organisme B", "kind": "private", "organization": "org-x"},
    {"id": "lone", "name": "Sans organisation", "kind": "user"}],
  "forums": [
    {"id": "table", "name": "Table des aînés", "members": [{"actor": "cab"}, {"actor": "sad"}]},
    {"id": "comite", "name": "Comité", "members": [{"actor": "sad"}, {"actor": "a"}]}]}"#;

/// The clusters of a diagram (but the legend): label and the node ids in it, in order.
fn clusters(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    // Depth of braces, and the depth at which the current cluster opened.
    let (mut depth, mut cluster) = (0, None);
    for line in text.lines().map(str::trim) {
        if line.ends_with('{') {
            depth += 1;
            if line.starts_with("subgraph cluster_") && !line.contains("legend") {
                cluster = Some(depth);
                out.push((String::new(), Vec::new()));
            }
        } else if line == "}" {
            if cluster == Some(depth) {
                cluster = None;
            }
            depth -= 1;
        } else if cluster == Some(depth) && line.starts_with("label=") {
            out.last_mut().unwrap().0 = line["label=".len()..].trim_matches('"').to_owned();
        } else if cluster.is_some() && line.starts_with('a') && line.contains("[label=") {
            out.last_mut()
                .unwrap()
                .1
                .push(line[..line.find('[').unwrap()].to_owned());
        }
    }
    out
}

#[test]
fn clusters_group_actors_and_name_the_group() {
    let m = map(CLUSTERS);
    let by = |c: ClusterBy, lang: Lang| {
        let options = DotOptions::default()
            .with_cluster_by(Some(c))
            .with_lang(lang)
            .with_legend(false);
        clusters(&dot(&m, &options))
    };
    let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        by(ClusterBy::Organization, Lang::En),
        [
            // No actor has the id "cisssme": the name part every member shares.
            (
                "CISSS de la Montérégie-Est".to_owned(),
                names(&["a0", "a1"])
            ),
            // An actor has the id "cab": its name.
            ("Centre d'action bénévole".to_owned(), names(&["a2", "a3"])),
            // Neither: the organisation id.
            ("org-x".to_owned(), names(&["a4", "a5"])),
        ]
    );
    // An actor in several forums is drawn once, in the first forum of the map.
    assert_eq!(
        by(ClusterBy::Forum, Lang::En),
        [
            ("Table des aînés".to_owned(), names(&["a0", "a2"])),
            ("Comité".to_owned(), names(&["a4"])),
        ]
    );
    assert_eq!(
        by(ClusterBy::Territory, Lang::En),
        [
            ("Sorel".to_owned(), names(&["a0", "a1"])),
            ("Saint-Ours".to_owned(), names(&["a3"])),
        ]
    );
    assert_eq!(
        by(ClusterBy::Kind, Lang::Fr),
        [
            ("Organismes publics".to_owned(), names(&["a0", "a1"])),
            (
                "Organismes communautaires".to_owned(),
                names(&["a2", "a3", "a4"])
            ),
            ("Entreprises privées".to_owned(), names(&["a5"])),
            ("Usagers".to_owned(), names(&["a6"])),
        ]
    );
    // Actors without the attribute are drawn outside every cluster.
    let text = dot(
        &m,
        &DotOptions::default()
            .with_cluster_by(Some(ClusterBy::Territory))
            .with_legend(false),
    );
    assert!(text.contains("\n  a6[label="), "{text}");
}

#[test]
fn large_clusters_are_drawn_in_rows() {
    let mut m = ActorMap::default();
    for i in 0..10 {
        let mut a = crate::model::Actor::new(format!("p{i}"), format!("P{i}"), ActorKind::Public);
        a.organization = Some("org".into());
        m.actors.push(a);
    }
    let text = dot(
        &m,
        &DotOptions::default()
            .with_cluster_by(Some(ClusterBy::Organization))
            .with_legend(false),
    );
    assert!(text.contains("subgraph row_0_0 {\n      rank=same\n      a0["));
    assert!(text.contains("subgraph row_0_1 {\n      rank=same\n      a5["));
    assert!(text.contains("    a0 -- a5 [style=invis]\n"));
    assert!(!text.contains("row_0_2"));
}

/// A chain a - b - c - d, an isolated e, and a forum of b, c and e.
const CHAIN: &str = r#"{"format": "actormap/1",
  "actors": [{"id": "a", "name": "A", "kind": "public"}, {"id": "b", "name": "B", "kind": "community"},
             {"id": "c", "name": "C", "kind": "private"}, {"id": "d", "name": "D", "kind": "user"},
             {"id": "e", "name": "E", "kind": "community"}],
  "links": [{"source": "a", "target": "b", "level": "collaboration"},
            {"source": "b", "target": "c", "level": "information"},
            {"source": "c", "target": "d", "level": "cooperation"}],
  "forums": [{"id": "table", "name": "Table", "members": [{"actor": "b"}, {"actor": "c"}, {"actor": "e"}]}]}"#;

/// The actor nodes a diagram draws.
fn drawn(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('a') && l.contains("[label="))
        .map(|l| l[..l.find('[').unwrap()].to_owned())
        .collect()
}

#[test]
fn focus_forum_level_and_kinds_choose_what_is_drawn() {
    let m = map(CHAIN);
    let shown = |options: DotOptions| drawn(&dot(&m, &options.with_legend(false)));
    assert_eq!(shown(DotOptions::default()), ["a0", "a1", "a2", "a3", "a4"]);
    assert_eq!(
        shown(DotOptions::default().with_forum(Some("table".into()))),
        ["a1", "a2", "a4"]
    );
    assert_eq!(
        shown(DotOptions::default().with_focus(Some("b".into()), 1)),
        ["a0", "a1", "a2"]
    );
    assert_eq!(
        shown(DotOptions::default().with_focus(Some("a".into()), 2)),
        ["a0", "a1", "a2"]
    );
    assert_eq!(
        shown(DotOptions::default().with_focus(Some("a".into()), 0)),
        ["a0"]
    );
    // The focus walks only the ties the other filters keep.
    assert_eq!(
        shown(
            DotOptions::default()
                .with_focus(Some("d".into()), 3)
                .with_min_level(Some(Level::Coordination))
        ),
        ["a2", "a3"]
    );
    assert_eq!(
        shown(
            DotOptions::default().with_kinds(Some(vec![ActorKind::Community, ActorKind::Private]))
        ),
        ["a1", "a2", "a4"]
    );
    let text = dot(
        &m,
        &DotOptions::default()
            .with_min_level(Some(Level::Cooperation))
            .with_legend(false),
    );
    assert!(!text.contains("a1 -- a2"), "{text}");
    assert!(text.contains("a0 -- a1") && text.contains("a2 -- a3"));
}

#[test]
fn unknown_or_excluded_ids_are_clear_errors() {
    let m = map(CHAIN);
    let err = to_dot(&m, &DotOptions::default().with_forum(Some("tables".into()))).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"no forum with id "tables" in the map; did you mean "table"?"#
    );
    let err = to_dot(&m, &DotOptions::default().with_focus(Some("zz".into()), 1)).unwrap_err();
    assert!(matches!(
        err.kind(),
        ErrorKind::NotFound { what: "actor", .. }
    ));
    let err = to_dot(
        &m,
        &DotOptions::default()
            .with_focus(Some("a".into()), 1)
            .with_forum(Some("table".into())),
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"actor "a" does not sit in forum "table""#)
    );
    let err = to_dot(
        &m,
        &DotOptions::default()
            .with_focus(Some("d".into()), 1)
            .with_kinds(Some(vec![ActorKind::Public])),
    )
    .unwrap_err();
    assert!(err.to_string().contains(r#"actor "d" is a user actor"#));
}

#[test]
fn isolation_highlights_are_drawn_and_explained() {
    let m = map(CHAIN);
    let highlights = Highlights::default()
        .with_isolated(["e"])
        .with_pendants(["a", "d", "not-drawn"])
        .with_articulation_points(["b", "c"])
        .with_bridges([("b", "a"), ("c", "d")]);
    let text = dot(&m, &DotOptions::default().with_highlights(highlights));
    for line in [
        r##"  a0[label="A" shape=box fillcolor="#77AADD" color="#D55E00" penwidth=2.5 style="filled,dashed"]"##,
        r##"  a1[label="B" shape=ellipse fillcolor="#44BB99" peripheries=2]"##,
        r##"  a4[label="E" shape=ellipse fillcolor="#44BB99" color="#D55E00" penwidth=4]"##,
        r##"  a0 -- a1 [style=bold penwidth=7 color="#D55E00"]"##,
        r##"  a1 -- a2 [style=dotted penwidth=1.2]"##,
        r##"  a2 -- a3 [style=solid penwidth=4 color="#D55E00"]"##,
        r##"      legend_articulation[label="Holds parts together" shape=box fillcolor="#FFFFFF" peripheries=2]"##,
        r##"      legend_pendant[label="One tie only" shape=box fillcolor="#FFFFFF" color="#D55E00" penwidth=2.5 style="filled,dashed"]"##,
        r##"      legend_isolated[label="No tie" shape=box fillcolor="#FFFFFF" color="#D55E00" penwidth=4]"##,
    ] {
        assert!(
            text.contains(&format!("{line}\n")),
            "missing {line} in\n{text}"
        );
    }
    assert!(
        text.contains(r##"COLOR="#D55E00"> </TD><TD ALIGN="LEFT">only tie between two parts"##)
    );
    // A highlight with nothing drawn has no legend entry.
    let text = dot(
        &m,
        &DotOptions::default()
            .with_highlights(Highlights::default().with_isolated(["e"]))
            .with_forum(Some("table".into()))
            .with_focus(Some("b".into()), 1),
    );
    assert!(!text.contains("legend_isolated"), "{text}");
}

#[test]
fn gaps_highlights_mark_members_and_candidates() {
    let m = map(CHAIN);
    let highlights = Highlights::default()
        .with_members(["b", "c", "e"])
        .with_candidates(["a", "d"]);
    let text = dot(
        &m,
        &DotOptions::default()
            .with_highlights(highlights)
            .with_lang(Lang::Fr),
    );
    for line in [
        r##"  a0[label="A" shape=box fillcolor="#77AADD" color="#0072B2" penwidth=2.5 style="filled,dashed"]"##,
        r##"  a1[label="B" shape=ellipse fillcolor="#44BB99" color="#000000" penwidth=3]"##,
        r##"      legend_member[label="Membre du forum" shape=box fillcolor="#FFFFFF" color="#000000" penwidth=3]"##,
        r##"      legend_candidate[label="À inviter" shape=box fillcolor="#FFFFFF" color="#0072B2" penwidth=2.5 style="filled,dashed"]"##,
    ] {
        assert!(
            text.contains(&format!("{line}\n")),
            "missing {line} in\n{text}"
        );
    }
}

#[test]
fn node_sizes_follow_the_square_root_of_the_values() {
    let m = map(CHAIN);
    let sizes = NodeSizes::new(
        SizeBy::Degree,
        [("a", 1.0), ("b", 4.0), ("c", f64::NAN), ("d", -1.0)],
    );
    let text = dot(&m, &DotOptions::default().with_sizes(Some(sizes)));
    for line in [
        r##"  a0[label="A" shape=box fillcolor="#77AADD" fontsize=17 width=1.38 height=0.9]"##,
        r##"  a1[label="B" shape=ellipse fillcolor="#44BB99" fontsize=22 width=2 height=1.3]"##,
        r##"  a2[label="C" shape=hexagon fillcolor="#EEDD88" fontsize=12 width=0.75 height=0.5]"##,
        r##"  a3[label="D" shape=circle fillcolor="#FFAABB" fontsize=12 width=0.75 height=0.5]"##,
        r##"  a4[label="E" shape=ellipse fillcolor="#44BB99" fontsize=12 width=0.75 height=0.5]"##,
        r##"      legend_size[label="Size: number of ties" shape=plaintext style=solid]"##,
    ] {
        assert!(
            text.contains(&format!("{line}\n")),
            "missing {line} in\n{text}"
        );
    }
}

#[test]
fn users_can_be_drawn_under_pseudonyms() {
    let m = map(THREE);
    let options = DotOptions::default()
        .with_anonymize_users(true)
        .with_lang(Lang::Fr)
        .with_focus(Some("denis".into()), 1);
    let text = dot(&m, &options);
    assert!(
        text.contains(r#"a2[label="Usager 1" shape=circle"#),
        "{text}"
    );
    assert!(!text.contains("Denis"), "{text}");
}

#[test]
fn french_words_in_legend_and_title() {
    let text = dot(&map(THREE), &DotOptions::default().with_lang(Lang::Fr));
    for words in [
        r#"label="Légende""#,
        r#"label="Communautaire""#,
        r#"label="Usager""#,
        // The link kind directed links usually have, in the words of every output.
        ">à sens unique (référencement)<",
    ] {
        assert!(text.contains(words), "missing {words} in\n{text}");
    }
    let sized = DotOptions::default()
        .with_lang(Lang::Fr)
        .with_sizes(Some(NodeSizes::new(SizeBy::Degree, [("sad", 1.0)])));
    let text = dot(&map(THREE), &sized);
    assert!(
        text.contains("label=\"Taille\u{a0}: nombre de liens\""),
        "{text}"
    );
}

/// Four kinds, four levels, a referral, a bridge, and every highlight.
const EVERYTHING: &str = r#"{"format": "actormap/1",
  "actors": [{"id": "a", "name": "A", "kind": "public"}, {"id": "b", "name": "B", "kind": "community"},
             {"id": "c", "name": "C", "kind": "private"}, {"id": "d", "name": "D", "kind": "user"},
             {"id": "e", "name": "E", "kind": "community"}, {"id": "f", "name": "F", "kind": "public"}],
  "links": [{"source": "a", "target": "b", "level": "information"},
            {"source": "b", "target": "c", "level": "coordination", "directed": true},
            {"source": "c", "target": "a", "level": "cooperation"},
            {"source": "c", "target": "d", "level": "collaboration"}]}"#;

/// The texts of a legend: its title, the label of each entry and each line's name.
fn legend_texts(text: &str) -> Vec<String> {
    let legend = &text[text.find("subgraph cluster_legend {").expect("a legend")..];
    let mut out = Vec::new();
    for line in legend.lines() {
        if let Some(at) = line.find("label=\"") {
            let rest = &line[at + "label=\"".len()..];
            out.push(rest[..rest.find('"').unwrap()].to_owned());
        }
        for cell in line.split("<TD ALIGN=\"LEFT\">").skip(1) {
            out.push(cell[..cell.find("</TD>").unwrap()].to_owned());
        }
    }
    out
}

#[test]
fn every_legend_entry_renders_in_both_languages() {
    let m = map(EVERYTHING);
    let highlights = Highlights::default()
        .with_members(["a"])
        .with_candidates(["b"])
        .with_articulation_points(["c"])
        .with_pendants(["d"])
        .with_isolated(["e"])
        .with_bridges([("c", "d")]);
    let mut seen: Vec<Vec<String>> = Vec::new();
    for lang in Lang::ALL {
        for by in SizeBy::ALL {
            let options = DotOptions::default()
                .with_lang(lang)
                .with_highlights(highlights.clone())
                .with_sizes(Some(NodeSizes::new(by, [("a", 1.0)])));
            let texts = legend_texts(&dot(&m, &options));
            // The title, 4 kinds, 5 highlights, 4 levels, the arrow, the bridge, the size.
            assert_eq!(texts.len(), 1 + 4 + 5 + 4 + 2 + 1, "{lang}: {texts:?}");
            for t in &texts {
                assert!(
                    !t.trim().is_empty() && !t.contains(['{', '}', '⟦', '⟧', '$']),
                    "{lang}: {t:?}"
                );
            }
            seen.push(texts);
        }
        let clusters = clusters(&dot(
            &m,
            &DotOptions::default()
                .with_lang(lang)
                .with_cluster_by(Some(ClusterBy::Kind))
                .with_legend(false),
        ));
        assert_eq!(clusters.len(), 4, "{lang}");
        for (label, _) in &clusters {
            assert!(
                label.starts_with(char::is_uppercase) && !label.contains(['{', '⟦']),
                "{lang}: {label:?}"
            );
        }
    }
    // The two sizes say different things; English and French differ (the words of a
    // kind or a level may be the same in both).
    assert_ne!(seen[0], seen[1]);
    assert_ne!(seen[0], seen[2]);
    assert_ne!(seen[0][0], seen[2][0], "the legend's title");
}

#[test]
fn output_is_deterministic_and_empty_maps_are_fine() {
    let m = crate::io::read_path("fixtures/pierre-de-saurel-aines.json").unwrap();
    let options = DotOptions::default()
        .with_cluster_by(Some(ClusterBy::Forum))
        .with_highlights(Highlights::default().with_isolated(["horizon-domicile"]));
    let first = dot(&m, &options);
    assert_eq!(first, dot(&m, &options));
    let mut bytes = Vec::new();
    to_dot(&m, &options).unwrap().write_to(&mut bytes).unwrap();
    assert_eq!(bytes, first.as_bytes());

    let empty = dot(&ActorMap::default(), &DotOptions::default());
    assert!(!empty.contains("legend"), "{empty}");
    assert!(!empty.contains("label="), "{empty}");
}

#[test]
fn names_of_closed_sets_parse() {
    assert_eq!("forum".parse::<ClusterBy>(), Ok(ClusterBy::Forum));
    assert_eq!("betweenness".parse::<SizeBy>(), Ok(SizeBy::Betweenness));
    assert!(
        "org"
            .parse::<ClusterBy>()
            .unwrap_err()
            .to_string()
            .contains("organization, territory, forum, kind")
    );
    assert_eq!(kind_style(ActorKind::User).shape, "circle");
    assert_eq!(level_style(Level::Collaboration).style, "bold");
}

#[test]
fn circles_wrap_narrower_to_stay_small() {
    let m = map(r#"{"format": "actormap/1", "actors": [
        {"id": "d", "name": "Denis B., usager partenaire", "kind": "user"},
        {"id": "c", "name": "Denis B., usager partenaire", "kind": "community"}]}"#);
    let text = dot(&m, &DotOptions::default().with_legend(false));
    assert!(
        text.contains(r#"a0[label="Denis B.,\nusager\npartenaire" shape=circle"#),
        "{text}"
    );
    assert!(
        text.contains(r#"a1[label="Denis B., usager\npartenaire" shape=ellipse"#),
        "{text}"
    );
}

#[test]
fn long_stretches_are_cut_by_line_continuations() {
    let text = "é".repeat(15_000) + "\"a\\b&c";
    let quoted = quote(&text);
    for stretch in quoted.split('\\') {
        assert!(stretch.len() <= MAX_STRETCH + 1, "{}", stretch.len());
    }
    assert!(quoted.matches("\\\n").count() >= 7);
    assert_eq!(
        quoted.replace("\\\n", ""),
        format!("\"{}\\\"a\\\\b&amp;c\"", "é".repeat(15_000))
    );
}

#[test]
fn long_names_are_cut_into_lines_and_capped() {
    let word = "x".repeat(2_500);
    let lines: Vec<String> = display_text(&word, None)
        .split('\n')
        .map(str::to_owned)
        .collect();
    assert_eq!(
        lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
        [MAX_LINE, MAX_LINE, 500]
    );
    let wrapped = display_text(&format!("Centre {word}"), Some(22));
    assert!(
        wrapped.starts_with("Centre\nxxxxxxxxxxxxxxxxxxxxxx\nx"),
        "{}",
        &wrapped[..40]
    );
    assert!(wrapped.split('\n').all(|l| l.chars().count() <= 22));
    // Lines up to the longest are never cut.
    let words = "mot ".repeat(250);
    assert_eq!(display_text(&words, None), words);
    let huge = display_text(&"y".repeat(MAX_DRAWN * 2), Some(40));
    assert_eq!(huge.chars().filter(|&c| c == 'y').count(), MAX_DRAWN);
    assert!(huge.ends_with('…'));
}
