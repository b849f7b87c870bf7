//! The Fluent catalogs, embedded in the crate and parsed once per language on first use.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::args::{Arg, Args};
use super::{Lang, number};

/// The catalog files of a language, one per area, in `locales/<tag>/`. A new area is a
/// new name here; a new language is a new folder and a line in [`sources`].
macro_rules! catalog {
    ($tag:literal) => {
        catalog!($tag; "common", "check", "metrics", "gaps", "diff", "legend", "report", "cli",
            "aliases")
    };
    ($tag:literal; $($area:literal),*) => {
        &[$(($area, include_str!(concat!("../../locales/", $tag, "/", $area, ".ftl")))),*]
    };
}

/// The catalog files of each language: `(area, text)`.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En | Lang::Pseudo => catalog!("en"),
        Lang::Fr => catalog!("fr"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Pseudo => 2,
    };
    BUNDLES[slot].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = match lang {
        Lang::Fr => "fr-CA",
        Lang::En | Lang::Pseudo => "en-CA",
    }
    .parse()
    .expect("a valid language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068, U+2069) around every placeable would reach terminals,
    // CSV cells and DOT labels as invisible characters.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Fr => format_fr,
        Lang::En | Lang::Pseudo => format_en,
    }));
    bundle.add_builtins().expect("NUMBER is registered once");
    for (area, text) in sources(lang) {
        // The catalogs are part of the crate and tested whole (tests/catalogs.rs); a
        // faulty entry is skipped rather than taking the rest of the area with it.
        let resource = match FluentResource::try_new((*text).to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                debug_assert!(false, "locales/{lang}/{area}.ftl: {errors:?}");
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(false, "locales/{lang}/{area}.ftl: {errors:?}");
        }
    }
    bundle
}

fn format_en(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    format_number(Lang::En, value)
}

fn format_fr(
    value: &FluentValue,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    format_number(Lang::Fr, value)
}

/// Every number a catalog shows goes through [`number`]: `NUMBER($x,
/// maximumFractionDigits: 2)` gives two decimals, `style: "percent"` a percentage, and a
/// bare `{ $x }` the shortest form with at most three decimals.
fn format_number(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    let digits = options
        .maximum_fraction_digits
        .or(options.minimum_fraction_digits);
    Some(match options.style {
        FluentNumberStyle::Percent => number::percent(lang, *value, digits.unwrap_or(0)),
        _ => match digits {
            Some(d) => number::decimal(lang, *value, d),
            None => number::shortest(lang, *value, 3),
        },
    })
}

/// Whether a language's catalog has the message.
pub(super) fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Whether a language's catalog has the message with that attribute.
pub(super) fn has_attribute(lang: Lang, id: &str, attribute: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.get_attribute(attribute).is_some())
}

/// A message (or one of its attributes) in words; the id itself when the catalog lacks
/// it, which the catalog tests rule out.
pub(super) fn format(lang: Lang, id: &str, attribute: Option<&str>, args: &Args) -> String {
    let bundle = bundle(lang);
    let Some(message) = bundle.get_message(id) else {
        debug_assert!(false, "no message {id:?} in the {lang} catalog");
        return id.to_owned();
    };
    let pattern = match attribute {
        Some(a) => message.get_attribute(a).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else {
        debug_assert!(
            false,
            "message {id:?} has no {attribute:?} in the {lang} catalog"
        );
        return id.to_owned();
    };
    let fluent = fluent_args(lang, args);
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    debug_assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
    // Data in the arguments (a file name, a header, an id) may hold what a terminal
    // acts on; no message does.
    let text = crate::text::neutralised(&text).into_owned();
    match lang {
        // Every piece of text the catalog made is marked, so that a test can tell it from
        // text made anywhere else.
        Lang::Pseudo => format!("⟦{text}⟧"),
        _ => text,
    }
}

/// The arguments as Fluent sees them. Values with words are put into words here, each in
/// the forms messages choose from: `$kind` (singular), `$kind-plural`, `$kind-gender`
/// and `$kind-code` for a kind named `kind`; lists are joined, phrases rendered.
fn fluent_args(lang: Lang, args: &Args) -> FluentArgs<'static> {
    let mut out = FluentArgs::with_capacity(args.iter().count());
    for (name, arg) in args.iter() {
        let mut forms = |family: &'static str, code: &str, suffixes: &[&'static str]| {
            let code_args = Args::new().select("code", code);
            for suffix in suffixes {
                let id = format!("{family}{suffix}");
                out.set(
                    format!("{name}{suffix}"),
                    format(lang, &id, None, &code_args),
                );
            }
            out.set(format!("{name}-code"), code.to_owned());
        };
        match arg {
            Arg::Kind(k) => forms("kind", k.as_str(), &["", "-plural", "-gender"]),
            Arg::Level(l) => forms("level", l.as_str(), &[""]),
            Arg::Role(r) => forms("role", r, &["", "-plural", "-gender"]),
            Arg::LinkKind(k) => forms("link-kind", k, &["", "-plural"]),
            Arg::ForumKind(k) => forms("forum-kind", k, &["", "-gender"]),
            Arg::List { .. } | Arg::Series(_) => {
                out.set(name.to_owned(), render(lang, arg));
                out.set(format!("{name}-count"), arg.item_count() as f64);
            }
            Arg::Count(n) => out.set(name.to_owned(), *n as f64),
            Arg::Number(x) => out.set(name.to_owned(), *x),
            _ => out.set(name.to_owned(), render(lang, arg)),
        }
    }
    out
}

/// One argument in words, as it stands alone (a kind by its singular name).
pub(super) fn render(lang: Lang, arg: &Arg) -> String {
    let code = |family: &str, code: &str| {
        let id = family.to_owned();
        format(lang, &id, None, &Args::new().select("code", code))
    };
    match arg {
        Arg::Count(n) => number::integer(lang, *n),
        Arg::Number(x) => number::shortest(lang, *x, 3),
        Arg::Text(t) => crate::text::neutralised(t).into_owned(),
        Arg::Quoted(t) => {
            let contains = if t.contains('«') {
                "guillemet"
            } else if t.contains('"') {
                "quote"
            } else {
                "none"
            };
            format(
                lang,
                "quoted",
                None,
                &Args::new()
                    .with("text", t.as_str())
                    .select("contains", contains),
            )
        }
        Arg::Kind(k) => code("kind", k.as_str()),
        Arg::Level(l) => code("level", l.as_str()),
        Arg::Role(r) => code("role", r),
        Arg::LinkKind(k) => code("link-kind", k),
        Arg::ForumKind(k) => code("forum-kind", k),
        Arg::List { items, limit, more } => list(lang, items, *limit, *more),
        Arg::Series(items) => {
            let sep = format(lang, "series-separator", None, &Args::new());
            items
                .iter()
                .map(|i| render(lang, i))
                .collect::<Vec<_>>()
                .join(&sep)
        }
        Arg::Phrase(p) => format(lang, &p.id, None, &p.args),
    }
}

/// "A", "A and B", "A, B and C", "A, B, C and 4 others". Items that hold a comma are
/// separated by semicolons, so the list stays readable.
fn list(lang: Lang, items: &[Arg], limit: usize, more: usize) -> String {
    let shown: Vec<String> = items.iter().take(limit).map(|i| render(lang, i)).collect();
    let commas = shown.iter().any(|s| s.contains(','))
        || items[shown.len()..].iter().any(|i| match i {
            Arg::Text(t) | Arg::Quoted(t) => t.contains(','),
            _ => false,
        });
    let sep = format(
        lang,
        if commas {
            "list-separator-long"
        } else {
            "list-separator"
        },
        None,
        &Args::new(),
    );
    if items.len() + more > shown.len() {
        let rest = items.len() + more - shown.len();
        let args = Args::new()
            .with("init", shown.join(&sep))
            .count("rest", rest);
        return format(lang, "list-and-others", None, &args);
    }
    match shown.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let args = Args::new()
                .with("init", init.join(&sep))
                .with("last", last.as_str());
            format(lang, "list-and", None, &args)
        }
    }
}
