//! What GraphML and GEXF share: writing XML text safely, and reading it with every
//! fault located.
//!
//! Text is escaped for XML: `&`, `<` and `>` everywhere; in attribute values also `"`,
//! `'`, tab, line feed and carriage return, and in element text the carriage return, so
//! that a reader gives back exactly the characters written.
//!
//! XML 1.0 cannot carry control characters other than tab, line feed and carriage
//! return, not even as character references: a map that holds one is refused before
//! anything is written, with an error naming the record and the field, rather than
//! written as a file no XML reader accepts.

use std::borrow::Cow;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, ErrorKind, RecordName, Result};
use crate::interop::{LineIndex, Notes};
use crate::model::{ActorMap, Extra};
use crate::problem::{ProblemCode, SourceFile};
use crate::words::Args;

/// Whether XML 1.0 can carry `c` at all.
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// Append `s` as element text. Quotes need no escaping in element text and are left
/// as they are, so that texts (French ones are full of apostrophes) stay readable.
pub(crate) fn push_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A reader turns a raw carriage return into a line feed.
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
}

/// Append `s` as an attribute value (to go between double quotes).
pub(crate) fn push_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            // A reader turns raw white space in an attribute into spaces.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

/// Whether `c` is written as it is in an XML name token. XML 1.0's fifth edition
/// allows most letters of any script, but schema validators (libxml2's among them)
/// still check name tokens against the fourth edition's character tables, which leave
/// out, e.g., letters beyond the Basic Multilingual Plane. Only characters both editions
/// allow are kept: ASCII letters and digits, `.`, `-`, `_`, `:`, and the Latin letters
/// of Latin-1 and Latin Extended-A (French accents, `œ`); any other is escaped.
fn is_name_char(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z' | '0'..='9' | '.' | '-' | '_' | ':'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{131}'
        | '\u{134}'..='\u{13E}' | '\u{141}'..='\u{148}' | '\u{14A}'..='\u{17E}')
}

/// `s` as an XML name token (GraphML ids and attribute names must be `xs:NMTOKEN`s):
/// every character not kept as it is (see `is_name_char`), and `_` before `x`, is
/// written `_xHHHH_` with its code point in hexadecimal. Ids such as `cisssme-sad` and names such as
/// `réseau` are unchanged; `Favorite Dessert` becomes `Favorite_x0020_Dessert`.
/// [`decode_name`] gives the original back. The empty text has no name token.
pub(crate) fn encode_name(s: &str) -> Cow<'_, str> {
    let mut chars = s.chars().peekable();
    let needs = s.chars().any(|c| !is_name_char(c)) || s.contains("_x");
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    while let Some(c) = chars.next() {
        if !is_name_char(c) || (c == '_' && chars.peek() == Some(&'x')) {
            out.push_str(&format!("_x{:04X}_", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Undo [`encode_name`]: `_xHHHH_` (1 to 6 hexadecimal digits) is the character with
/// that code point. Names written by other tools are read as they are, unless they
/// happen to hold such a sequence.
pub(crate) fn decode_name(s: &str) -> Cow<'_, str> {
    if !s.contains("_x") {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let digits = after
            .bytes()
            .take(7)
            .take_while(u8::is_ascii_hexdigit)
            .count();
        let decoded = (1..=6)
            .contains(&digits)
            .then(|| after.as_bytes().get(digits) == Some(&b'_'))
            .filter(|closed| *closed)
            .and_then(|_| u32::from_str_radix(&after[..digits], 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[digits + 1..];
            }
            None => {
                out.push_str("_x");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The first character of `s` that XML cannot carry.
fn bad_char(s: &str) -> Option<char> {
    s.chars().find(|&c| !is_xml_char(c))
}

/// Where a text is: its record, its field, and the free attribute for `attribute-name`
/// and `attribute`.
struct Place<'a> {
    record: &'a RecordName,
    field: &'static str,
    attribute: Option<&'a str>,
}

fn field<'a>(record: &'a RecordName, field: &'static str) -> Place<'a> {
    Place {
        record,
        field,
        attribute: None,
    }
}

fn refuse(place: &Place, c: char) -> Error {
    ErrorKind::NotXmlCharacter {
        record: place.record.clone(),
        field: place.field,
        attribute: place.attribute.map(str::to_owned),
        character: c,
    }
    .into()
}

fn check_text(place: &Place, s: &str) -> Result<()> {
    match bad_char(s) {
        Some(c) => Err(refuse(place, c)),
        None => Ok(()),
    }
}

fn check_opt(place: &Place, s: &Option<String>) -> Result<()> {
    s.as_deref().map_or(Ok(()), |s| check_text(place, s))
}

fn check_value(place: &Place, value: &Value) -> Result<()> {
    // Iterative: a free attribute may nest deeply.
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => check_text(place, s)?,
            Value::Array(items) => stack.extend(items),
            Value::Object(fields) => {
                for (k, v) in fields {
                    check_text(place, k)?;
                    stack.push(v);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_extra(record: &RecordName, extra: &Extra) -> Result<()> {
    for (key, value) in extra {
        let name = Place {
            record,
            field: "attribute-name",
            attribute: Some(key),
        };
        check_text(&name, key)?;
        let place = Place {
            field: "attribute",
            ..name
        };
        check_value(&place, value)?;
    }
    Ok(())
}

/// Refuse a map holding a character XML cannot carry, naming where it is.
pub(crate) fn check_map(map: &ActorMap) -> Result<()> {
    let record = &RecordName::Map;
    check_opt(&field(record, "name"), &map.name)?;
    check_opt(&field(record, "territory"), &map.territory)?;
    check_opt(&field(record, "as_of"), &map.as_of)?;
    check_opt(&field(record, "description"), &map.description)?;
    check_extra(record, &map.extra)?;
    for need in &map.needs {
        let record = &RecordName::Need(need.id.clone());
        check_text(&field(record, "id"), &need.id)?;
        check_text(&field(record, "name"), &need.name)?;
        check_extra(record, &need.extra)?;
    }
    for actor in &map.actors {
        let record = &RecordName::Actor(actor.id.clone());
        check_text(&field(record, "id"), &actor.id)?;
        check_text(&field(record, "name"), &actor.name)?;
        check_opt(&field(record, "organization"), &actor.organization)?;
        check_opt(&field(record, "sector"), &actor.sector)?;
        check_opt(&field(record, "territory"), &actor.territory)?;
        for service in &actor.services {
            check_text(&field(record, "services"), service)?;
        }
        check_extra(record, &actor.extra)?;
    }
    for (i, link) in map.links.iter().enumerate() {
        let record = &RecordName::Link {
            number: i + 1,
            source: link.source.clone(),
            target: link.target.clone(),
        };
        check_text(&field(record, "source"), &link.source)?;
        check_text(&field(record, "target"), &link.target)?;
        check_opt(&field(record, "kind"), &link.kind)?;
        check_opt(&field(record, "notes"), &link.notes)?;
        check_opt(&field(record, "since"), &link.since)?;
        check_opt(&field(record, "until"), &link.until)?;
        check_extra(record, &link.extra)?;
    }
    for forum in &map.forums {
        let record = &RecordName::Forum(forum.id.clone());
        check_text(&field(record, "id"), &forum.id)?;
        check_text(&field(record, "name"), &forum.name)?;
        check_opt(&field(record, "kind"), &forum.kind)?;
        check_opt(&field(record, "sector"), &forum.sector)?;
        for need in &forum.needs {
            check_text(&field(record, "needs"), need)?;
        }
        check_extra(record, &forum.extra)?;
        for member in &forum.members {
            check_text(&field(record, "member"), &member.actor)?;
            check_opt(&field(record, "role"), &member.role)?;
            check_extra(record, &member.extra)?;
        }
    }
    Ok(())
}

/// Refuse an extra attribute name or text value XML cannot carry.
pub(crate) fn check_attribute(name: &str, values: impl IntoIterator<Item = String>) -> Result<()> {
    let record = &RecordName::AddedAttribute(name.to_owned());
    check_text(&field(record, "name"), name)?;
    for v in values {
        check_text(&field(record, "value"), &v)?;
    }
    Ok(())
}

/// A number as XML Schema writes a double: `INF`, `-INF` and `NaN` for the values that
/// are not finite, the shortest text that reads back as the same number otherwise.
pub(crate) fn double(f: f64) -> String {
    if f.is_nan() {
        "NaN".to_owned()
    } else if f.is_infinite() {
        if f > 0.0 { "INF" } else { "-INF" }.to_owned()
    } else {
        f.to_string()
    }
}

/// A double as XML Schema writes it (`INF`, `-INF`, `NaN` too) or as people write it.
pub(crate) fn parse_double(s: &str) -> Option<f64> {
    let s = s.trim();
    match s {
        "INF" | "+INF" => Some(f64::INFINITY),
        "-INF" => Some(f64::NEG_INFINITY),
        "NaN" => Some(f64::NAN),
        _ => s.parse::<f64>().ok(),
    }
}

/// A boolean as XML Schema writes it (`true`, `false`, `1`, `0`), in any case.
pub(crate) fn parse_boolean(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Parse XML text. A text that is not well-formed XML gives `Err` with the problem
/// already noted (with its line and column).
pub(crate) fn parse<'t>(
    text: &'t str,
    notes: &mut Notes,
    format: &str,
) -> std::result::Result<roxmltree::Document<'t>, ()> {
    // Documents with a DTD are refused: neither format uses one, and it is how entity
    // expansion attacks come in.
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        let args = Args::new()
            .select("shape", "reader")
            .with("reason", e.to_string())
            .with("format", format)
            .with("line", pos.row.to_string())
            .with("column", pos.col.to_string());
        notes.error(ProblemCode::NotXml, Some(pos.row as usize), None, args);
    })
}

/// One of the XML formats actormap reads (GraphML, GEXF), as its messages name it.
pub(crate) struct XmlFormat {
    /// Its name: `GEXF`.
    pub(crate) name: &'static str,
    /// The code messages choose their words by: `gexf`.
    pub(crate) code: &'static str,
    /// Its root element: `gexf`.
    pub(crate) root: &'static str,
    /// The code of the problem of a document with another root element.
    pub(crate) not_this: ProblemCode,
}

impl XmlFormat {
    /// Parse a document of this format (after its byte-order mark, if it has one). A
    /// text that is not well-formed XML, or whose root is another element, gives `None`
    /// with the problem noted.
    pub(crate) fn open<'t>(
        &self,
        text: &'t str,
        notes: &mut Notes,
    ) -> Option<(roxmltree::Document<'t>, Positions<'t>)> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc = parse(text, notes, self.name).ok()?;
        let pos = Positions::new(text);
        let root = doc.root_element();
        if root.tag_name().name() != self.root {
            let args = Args::new().with("root", root.tag_name().name());
            notes.error(self.not_this, Some(pos.line(root)), None, args);
            return None;
        }
        Some((doc, pos))
    }

    /// Note that the document holds no graph; `line` is its root element's.
    pub(crate) fn no_graph(&self, line: usize, notes: &mut Notes) {
        let args = Args::new().select("format", self.code);
        notes.error(ProblemCode::NoGraph, Some(line), None, args);
    }
}

/// A node's id, or `None` with the problem noted.
pub(crate) fn node_id<'a>(
    node: roxmltree::Node<'a, '_>,
    line: usize,
    notes: &mut Notes,
) -> Option<&'a str> {
    let id = node.attribute("id");
    if id.is_none() {
        let args = Args::new().select("shape", "node");
        notes.error(ProblemCode::EmptyId, Some(line), None, args);
    }
    id
}

/// An edge's source and target node ids, or `None` with the problem noted.
pub(crate) fn edge_ends<'a>(
    edge: roxmltree::Node<'a, '_>,
    line: usize,
    notes: &mut Notes,
) -> Option<(&'a str, &'a str)> {
    let ends = edge.attribute("source").zip(edge.attribute("target"));
    if ends.is_none() {
        let args = Args::new().select("shape", "edge");
        notes.error(ProblemCode::MissingField, Some(line), None, args);
    }
    ends
}

/// Line numbers of elements, from their byte offsets.
pub(crate) struct Positions<'t> {
    lines: LineIndex<'t>,
}

impl<'t> Positions<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Positions {
            lines: LineIndex::new(text),
        }
    }

    /// The 1-based line where `node` starts.
    pub(crate) fn line(&self, node: roxmltree::Node) -> usize {
        self.lines.line(node.range().start)
    }
}

/// The element children of `node` with this local name, in any namespace (files from
/// older tool versions use older namespaces).
pub(crate) fn children<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    name: &'static str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

/// The first element child of `node` with this local name.
pub(crate) fn child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    name: &'static str,
) -> Option<roxmltree::Node<'a, 'i>> {
    children(node, name).next()
}

/// All the text inside `node` (its text children joined), exactly as written.
pub(crate) fn text_of(node: roxmltree::Node) -> String {
    node.children()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The file of a document being read, shared by every location.
pub(crate) fn file(path: Option<&Path>) -> Option<SourceFile> {
    path.map(SourceFile::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_every_character() {
        let mut text = String::new();
        push_text(&mut text, "a & <b> \"c\" 'd'\r\n\te");
        assert_eq!(text, "a &amp; &lt;b&gt; \"c\" 'd'&#13;\n\te");
        let mut attr = String::new();
        push_attr(&mut attr, "x\ty\nz\r");
        assert_eq!(attr, "x&#9;y&#10;z&#13;");
    }

    #[test]
    fn names_are_encoded_as_name_tokens_and_back() {
        for name in [
            "cisssme-sad",
            "réseau",
            "Favorite Dessert",
            "a_x0020_b",
            "_x",
            "x_",
            "__x",
            "tags:json",
            "😀 <&>",
            "\"'",
            "a\u{301}",
            "_x1F600_",
        ] {
            let encoded = encode_name(name);
            assert!(encoded.chars().all(is_name_char), "{name:?} → {encoded:?}");
            assert_eq!(decode_name(&encoded), name, "{name:?} → {encoded:?}");
        }
        assert_eq!(encode_name("cisssme-sad"), "cisssme-sad");
        assert_eq!(encode_name("Favorite Dessert"), "Favorite_x0020_Dessert");
        // Sequences that are not escapes are read as written.
        assert_eq!(decode_name("a_xZZ_b"), "a_xZZ_b");
        assert_eq!(decode_name("a_x110000_"), "a_x110000_");
        assert_eq!(decode_name("_xD800_"), "_xD800_");
    }

    #[test]
    fn control_characters_are_refused_with_the_record() {
        let mut map = ActorMap::default();
        map.actors.push(crate::model::Actor::new(
            "a",
            "Bell\u{7}",
            crate::model::ActorKind::User,
        ));
        let message = check_map(&map).unwrap_err().to_string();
        assert!(message.starts_with("actor \"a\": its name"), "{message}");
        assert!(message.contains("U+0007"), "{message}");
    }

    #[test]
    fn doubles_use_xml_schema_words() {
        assert_eq!(double(f64::INFINITY), "INF");
        assert_eq!(double(f64::NEG_INFINITY), "-INF");
        assert_eq!(double(f64::NAN), "NaN");
        assert_eq!(double(0.1), "0.1");
        assert_eq!(parse_double("-INF"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_double("1e3"), Some(1000.0));
        assert_eq!(parse_boolean("True"), Some(true));
        assert_eq!(parse_boolean("oui"), None);
    }
}
