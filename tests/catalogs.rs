//! The catalogs stay whole: every language has every message with the same arguments,
//! French typography is right, and every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use actormap::words::{self, Lang};
use fluent_syntax::ast;
use fluent_syntax::parser;

/// A message (or `message.attribute`) and the base names of the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

/// Forms the words give every value with words (`$kind-plural`…): a translation may
/// use any of them, so variables are compared by their base name.
const DERIVED: [&str; 4] = ["-plural", "-gender", "-code", "-count"];

fn base(name: &str) -> String {
    DERIVED
        .iter()
        .find_map(|d| name.strip_suffix(d))
        .unwrap_or(name)
        .to_owned()
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(base(id.name));
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                inline_vars(p, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Every text a pattern shows: its text elements and string literals, each variant's.
fn pattern_texts<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { variants, .. } => {
                for v in variants {
                    pattern_texts(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                out.push(value)
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expr(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push(value),
            ast::PatternElement::Placeable { expression } => expr(expression, out),
        }
    }
}

/// The messages of one area file, with their variables; fails on any syntax error or
/// on an id defined twice.
fn messages(lang: Lang, area: &str, text: &'static str) -> Messages {
    let resource = parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{area}.ftl: {errors:?}"));
    let mut out = Messages::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                let fresh = out.insert(m.id.name.to_owned(), vars).is_none();
                assert!(fresh, "locales/{lang}/{area}.ftl: {} twice", m.id.name);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern_vars(&t.value, &mut vars);
                out.insert(format!("-{}", t.id.name), vars);
            }
            ast::Entry::Junk { content } => {
                panic!("locales/{lang}/{area}.ftl: cannot parse {content:?}")
            }
            _ => {}
        }
    }
    out
}

fn catalog(lang: Lang) -> BTreeMap<&'static str, Messages> {
    words::catalog_sources(lang)
        .iter()
        .map(|(area, text)| (*area, messages(lang, area, text)))
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let english = catalog(Lang::En);
    for lang in Lang::ALL {
        let other = catalog(lang);
        assert_eq!(
            english.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "areas of {lang}"
        );
        for (area, messages) in &english {
            let theirs = &other[area];
            let missing: Vec<_> = messages
                .keys()
                .filter(|k| !theirs.contains_key(*k))
                .collect();
            let extra: Vec<_> = theirs
                .keys()
                .filter(|k| !messages.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{lang}/{area}.ftl: missing {missing:?}, not in English {extra:?}"
            );
            for (id, vars) in messages {
                assert_eq!(
                    vars, &theirs[id],
                    "locales/{lang}/{area}.ftl: {id} uses other arguments than in English"
                );
            }
        }
    }
}

#[test]
fn no_message_is_defined_in_two_areas() {
    for lang in Lang::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (area, messages) in catalog(lang) {
            for id in messages.keys() {
                if let Some(first) = seen.insert(id.clone(), area) {
                    panic!("{lang}: {id} is in both {first}.ftl and {area}.ftl");
                }
            }
        }
    }
}

/// French typography is data: no-break spaces inside « » and before the high
/// punctuation, never an ordinary space that a line could break at.
#[test]
fn french_typography_is_in_the_catalog() {
    for (area, text) in words::catalog_sources(Lang::Fr) {
        let resource = parser::parse(*text).unwrap();
        let mut texts = Vec::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    pattern_texts(v, &mut texts);
                }
                for a in &m.attributes {
                    pattern_texts(&a.value, &mut texts);
                }
            }
            if let ast::Entry::Term(t) = entry {
                pattern_texts(&t.value, &mut texts);
            }
        }
        for t in texts {
            // String literals hold their no-break spaces as escapes.
            let t = t
                .replace("\\u00A0", "\u{a0}")
                .replace("\\u202F", "\u{202f}");
            let chars: Vec<char> = t.chars().collect();
            for (i, w) in chars.windows(2).enumerate() {
                let bad = (w[0] == ' ' && matches!(w[1], ':' | ';' | '!' | '?' | '»' | '%'))
                    || (w[0] == '«' && w[1] == ' ');
                assert!(
                    !bad,
                    "locales/fr/{area}.ftl: an ordinary space in {:?} at {i}: write U+00A0 or \
                     U+202F",
                    t
                );
            }
            // A high punctuation mark that follows a word needs its space too.
            for (i, w) in chars.windows(2).enumerate() {
                if matches!(w[1], ';' | '!' | '?' | '»') && w[0].is_alphanumeric() {
                    panic!(
                        "locales/fr/{area}.ftl: no space before {:?} in {t:?} at {i}",
                        w[1]
                    );
                }
            }
        }
    }
}

#[test]
fn the_pseudo_language_marks_every_piece_of_text() {
    let args = words::Args::new().count("count", 3);
    let text = words::message(Lang::Pseudo, "count-actors", &args);
    assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{text}");
}

/// The message ids the library names as string literals, in the calls the words offer
/// (`words::message(lang, "id", …)`, `lang.text("id")`, `Phrase::new("id", …)`…), with the
/// file they are in.
fn ids_named_in_code() -> BTreeMap<String, String> {
    let call = regex::Regex::new(
        r#"(?x)
        (?: \b(?:message|attribute|has_message|has_attribute)\s*\(\s*[^,()]+,\s*
          | \blang(?:\(\))?\.text\(\s*
          | \bPhrase::(?:new|plain)\(\s*
          | \bmsg\(\s*
        )
        "([a-z][a-z0-9-]*)"
        "#,
    )
    .unwrap();
    let mut out = BTreeMap::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for c in call.captures_iter(&text) {
                    out.entry(c[1].to_owned())
                        .or_insert_with(|| path.display().to_string());
                }
            }
        }
    }
    out
}

/// Ids made at run time from a code: a finding's sentence, a problem's.
fn ids_made_from_codes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for code in actormap::metrics::FindingCode::ALL {
        out.insert(format!("finding-{}", code.as_str()));
    }
    for code in actormap::validate::ProblemCode::ALL {
        out.insert(format!("problem-{}", code.as_str()));
    }
    for family in actormap::words::Family::ALL {
        for code in family.codes() {
            out.insert(format!("alias-{}-{code}", family.as_str()));
        }
    }
    out
}

#[test]
fn every_finding_and_problem_code_has_its_sentence_in_every_language() {
    for lang in Lang::ALL {
        for id in ids_made_from_codes() {
            assert!(words::has_message(lang, &id), "{lang}: no message {id}");
        }
    }
}

#[test]
fn every_message_the_code_names_exists_in_every_language() {
    let named = ids_named_in_code();
    assert!(named.len() > 100, "the scan found only {} ids", named.len());
    for lang in Lang::ALL {
        for (id, file) in &named {
            assert!(
                words::has_message(lang, id),
                "{file} names {id}, which the {lang} catalog lacks"
            );
        }
    }
}

/// Every message is used: named by the code, made from a code, or referred to by another
/// message. The words the help of the command line takes from the catalog by the
/// command's and argument's names (`cli-<command>-…`) are checked against the commands
/// by the command line's own test.
#[test]
fn no_message_is_an_orphan() {
    let mut used: BTreeSet<String> = ids_named_in_code().into_keys().collect();
    // Ids kept in tables (`"density" => "diff-indicator-density"`).
    let literal = regex::Regex::new(r#""([a-z]+(?:-[a-z0-9]+)+)""#).unwrap();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                used.extend(literal.captures_iter(&text).map(|c| c[1].to_owned()));
            }
        }
    }
    used.extend(ids_made_from_codes());
    // Families the words expand values into (`kind`, `kind-plural`…).
    for family in ["kind", "level", "role", "link-kind", "forum-kind"] {
        for suffix in ["", "-plural", "-gender", "-label"] {
            used.insert(format!("{family}{suffix}"));
        }
    }
    for id in [
        "quoted",
        "list-separator",
        "list-separator-long",
        "list-and",
        "list-and-others",
        "series-separator",
    ] {
        used.insert(id.to_owned());
    }
    // Messages other messages refer to.
    let reference = regex::Regex::new(r"\{\s*(-?[a-z][a-z0-9-]*)\s*[}(]").unwrap();
    for (_, text) in words::catalog_sources(Lang::En) {
        for c in reference.captures_iter(text) {
            used.insert(c[1].to_owned());
        }
    }
    let mut orphans = Vec::new();
    for (area, messages) in catalog(Lang::En) {
        for id in messages.keys() {
            let id = id.split('.').next().unwrap();
            if (area == "cli" && id.starts_with("cli-")) || used.contains(id) {
                continue;
            }
            orphans.push(format!("{area}.ftl: {id}"));
        }
    }
    assert!(orphans.is_empty(), "messages no code uses: {orphans:#?}");
}
