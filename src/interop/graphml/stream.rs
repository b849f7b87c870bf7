//! GraphML as a stream of elements and text (quick-xml's pull reader), so that a large
//! file is read without building its tree: the reader holds the text, the map being made
//! and the names of the elements open around the one being read.
//!
//! What makes a document well-formed is checked as it is read: every element closed by
//! its own name, one root element with nothing but spaces, comments and processing
//! instructions around it, attributes given once, only the five predefined entities and
//! character references. A document type declaration (DTD) is refused: GraphML does not
//! use one, and it is how entity-expansion attacks come in. Attribute values are
//! normalised as XML says (a tab, a line break or a carriage return written as such reads
//! as a space; written as a character reference, it is kept), and line ends in text read
//! as `\n`.

use std::borrow::Cow;

use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesRef, BytesStart, Event};

use crate::interop::Notes;
use crate::problem::ProblemCode;
use crate::text::LineIndex;
use crate::words::Args;

/// What the document holds next.
pub(super) enum Item<'t> {
    /// An element starts (an empty element is followed by its [`Item::End`]).
    Start(Element<'t>),
    /// The innermost open element ends.
    End,
    /// Text inside the innermost open element (a piece of it: text, a character or
    /// entity reference, a CDATA section), as it reads.
    Text(Cow<'t, str>),
}

/// An element's start tag.
pub(super) struct Element<'t> {
    /// Its local name (without a namespace prefix: files from older tool versions use
    /// other namespaces).
    pub(super) name: &'t str,
    /// The 1-based line of its `<`.
    pub(super) line: usize,
    start: BytesStart<'t>,
}

/// Why the document is not well-formed, when quick-xml does not say it.
enum Fault {
    /// quick-xml's own reason.
    Reader(String),
    /// A document type declaration.
    Dtd,
    /// An element still open at the end of the text.
    Unclosed(String),
    /// An entity other than the five XML defines.
    Entity(String),
    /// Text or an element outside the root element.
    OutsideRoot,
    /// No root element at all.
    NoRoot,
    /// An element or attribute name that is not an XML name.
    Name(String),
    /// An attribute value holding `<`.
    LessThan,
}

/// The reader of one document.
pub(super) struct Stream<'t> {
    reader: quick_xml::Reader<&'t [u8]>,
    text: &'t str,
    lines: LineIndex<'t>,
    /// Local names of the open elements, outermost first.
    open: Vec<&'t str>,
    /// Whether the root element has been read whole.
    root_done: bool,
    /// Whether an empty element's end is still to be given.
    pending_end: bool,
    /// The byte offset the last item started at.
    offset: usize,
}

impl<'t> Stream<'t> {
    /// A reader of `text`, after its byte-order mark if it has one.
    pub(super) fn new(text: &'t str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = quick_xml::Reader::from_str(text);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.check_comments = true;
        config.expand_empty_elements = false;
        Stream {
            reader,
            text,
            lines: LineIndex::new(text),
            open: Vec::new(),
            root_done: false,
            pending_end: false,
            offset: 0,
        }
    }

    /// How many elements are open.
    pub(super) fn depth(&self) -> usize {
        self.open.len()
    }

    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.lines.line(offset)
    }

    /// The next item, `Ok(None)` at the end of a well-formed document, or `Err` with the
    /// document's fault noted (with its line and column).
    pub(super) fn next(&mut self, notes: &mut Notes, format: &str) -> Result<Option<Item<'t>>, ()> {
        self.step().map_err(|(fault, offset)| {
            self.note(fault, offset, notes, format);
        })
    }

    fn step(&mut self) -> Result<Option<Item<'t>>, (Fault, usize)> {
        if self.pending_end {
            self.pending_end = false;
            self.close();
            return Ok(Some(Item::End));
        }
        loop {
            let offset = self.reader.buffer_position() as usize;
            self.offset = offset;
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    let at = self.reader.error_position() as usize;
                    return Err((Fault::Reader(e.to_string()), at));
                }
            };
            let inside = !self.open.is_empty();
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(start) | Event::Empty(start) => {
                    if self.root_done {
                        return Err((Fault::OutsideRoot, offset));
                    }
                    let element = self.element(start, offset)?;
                    self.open.push(element.name);
                    self.pending_end = empty;
                    return Ok(Some(Item::Start(element)));
                }
                Event::End(_) => {
                    self.close();
                    return Ok(Some(Item::End));
                }
                Event::Text(text) => {
                    if !inside {
                        // Only spaces may stand outside the root: point at what else does.
                        if let Some(i) = text.iter().position(|&b| !is_xml_space(b)) {
                            return Err((Fault::OutsideRoot, offset + i));
                        }
                        continue;
                    }
                    let content = text
                        .xml10_content()
                        .map_err(|e| (Fault::Reader(e.to_string()), offset))?;
                    return Ok(Some(Item::Text(content)));
                }
                Event::CData(cdata) => {
                    if !inside {
                        return Err((Fault::OutsideRoot, offset));
                    }
                    let content = cdata
                        .xml10_content()
                        .map_err(|e| (Fault::Reader(e.to_string()), offset))?;
                    return Ok(Some(Item::Text(content)));
                }
                Event::GeneralRef(reference) => {
                    if !inside {
                        return Err((Fault::OutsideRoot, offset));
                    }
                    let c = resolve(&reference).map_err(|f| (f, offset))?;
                    return Ok(Some(Item::Text(Cow::Owned(c.to_string()))));
                }
                Event::DocType(_) => return Err((Fault::Dtd, offset)),
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
                Event::Eof => {
                    if let Some(name) = self.open.last() {
                        return Err((Fault::Unclosed((*name).to_owned()), self.text.len()));
                    }
                    if !self.root_done {
                        return Err((Fault::NoRoot, self.text.len()));
                    }
                    return Ok(None);
                }
            }
        }
    }

    /// An element's start, with every attribute read once to find a fault in any.
    fn element(&self, start: BytesStart<'t>, offset: usize) -> Result<Element<'t>, (Fault, usize)> {
        // The name as it stands in the text, just after `<`, so that it lives as long as
        // the text.
        let len = start.name().as_ref().len();
        let qualified = self.text.get(offset + 1..offset + 1 + len).unwrap_or("");
        let name = qualified.rsplit(':').next().unwrap_or(qualified);
        if !is_xml_name(qualified) {
            return Err((Fault::Name(qualified.to_owned()), offset + 1));
        }
        let element = Element {
            name,
            line: self.line(offset),
            start,
        };
        for value in element.values() {
            // Positions in quick-xml's reasons count from just after `<`.
            value.map_err(|(fault, at)| (fault, offset + 1 + at))?;
        }
        Ok(element)
    }

    fn close(&mut self) {
        self.open.pop();
        if self.open.is_empty() {
            self.root_done = true;
        }
    }

    fn note(&self, fault: Fault, offset: usize, notes: &mut Notes, format: &str) {
        let line = self.line(offset);
        let before = &self.text.as_bytes()[..offset.min(self.text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        let args = Args::new();
        let args = match fault {
            Fault::Reader(reason) => args.select("shape", "reader").with("reason", reason),
            Fault::Dtd => args.select("shape", "dtd"),
            Fault::Unclosed(element) => args.select("shape", "unclosed").quoted("element", element),
            Fault::Entity(entity) => args.select("shape", "entity").quoted("entity", entity),
            Fault::OutsideRoot => args.select("shape", "outside-root"),
            Fault::NoRoot => args.select("shape", "no-root"),
            Fault::Name(name) => args.select("shape", "name").quoted("name", name),
            Fault::LessThan => args.select("shape", "less-than"),
        };
        let args = args
            .with("format", format)
            .with("line", line.to_string())
            .with("column", column.to_string());
        notes.error(ProblemCode::NotXml, Some(line), None, args);
    }

    /// Skip what is left of the element just started (its children and its end).
    pub(super) fn skip(&mut self, notes: &mut Notes, format: &str) -> Result<(), ()> {
        let depth = self.depth();
        while self.depth() >= depth {
            if self.next(notes, format)?.is_none() {
                break;
            }
        }
        Ok(())
    }
}

impl<'t> Element<'t> {
    /// The value of the attribute with this name (without a namespace), as it reads;
    /// `Err` names the fault (a repeated attribute, a malformed or unknown reference).
    ///
    /// Every attribute was read once when the element was, so a document that reached
    /// here well-formed gives no `Err`.
    pub(super) fn attribute(&self, key: &str) -> Option<String> {
        self.values()
            .map_while(Result::ok)
            .find(|(k, _)| *k == key.as_bytes())
            .map(|(_, v)| v.into_owned())
    }

    /// Each attribute's name and value as it reads, or the fault of the first that is
    /// not well-formed with its position after the element's `<`.
    fn values(&self) -> impl Iterator<Item = Result<Attribute<'_>, (Fault, usize)>> + '_ {
        let name_len = self.start.name().as_ref().len();
        self.start.attributes().map(move |attribute| {
            let attribute = attribute.map_err(|e| {
                let at = match e {
                    AttrError::ExpectedEq(at)
                    | AttrError::ExpectedValue(at)
                    | AttrError::UnquotedValue(at)
                    | AttrError::ExpectedQuote(at, _)
                    | AttrError::Duplicated(at, _) => at,
                };
                let reason = e.to_string();
                // The reason without quick-xml's own count: the column says where.
                let reason = match reason.split_once(": ") {
                    Some((position, rest)) if position.starts_with("position ") => rest.to_owned(),
                    _ => reason,
                };
                (Fault::Reader(reason), at)
            })?;
            let key = attribute.key.into_inner();
            let at = name_len;
            let text = std::str::from_utf8(key).map_err(|e| (Fault::Reader(e.to_string()), at))?;
            if !is_xml_name(text) {
                return Err((Fault::Name(text.to_owned()), at));
            }
            let value = match attribute.value {
                Cow::Borrowed(raw) => value_of(raw),
                Cow::Owned(raw) => value_of(&raw).map(|v| Cow::Owned(v.into_owned())),
            }
            .map_err(|fault| (fault, at))?;
            Ok((key, value))
        })
    }
}

/// Whether `s` is an XML name: a letter, `_` or `:` first, then letters, digits, `.`,
/// `-`, `_` or `:` (any character past ASCII is taken as a letter).
fn is_xml_name(s: &str) -> bool {
    let mut chars = s.chars();
    let start = |c: char| c.is_ascii_alphabetic() || c == '_' || c == ':' || !c.is_ascii();
    chars.next().is_some_and(start)
        && chars.all(|c| start(c) || c.is_ascii_digit() || c == '.' || c == '-')
}

/// An attribute's value as it reads, from its bytes as written.
fn value_of(raw: &[u8]) -> Result<Cow<'_, str>, Fault> {
    let raw = std::str::from_utf8(raw).map_err(|e| Fault::Reader(e.to_string()))?;
    if raw.contains('<') {
        return Err(Fault::LessThan);
    }
    match normalise_attribute(raw) {
        Cow::Borrowed(raw) => unescape(raw),
        Cow::Owned(normalised) => unescape(&normalised).map(|v| Cow::Owned(v.into_owned())),
    }
}

/// An attribute value with its references replaced.
fn unescape(raw: &str) -> Result<Cow<'_, str>, Fault> {
    quick_xml::escape::unescape(raw).map_err(|e| match e {
        quick_xml::escape::EscapeError::UnrecognizedEntity(_, name) => Fault::Entity(name),
        e => Fault::Reader(e.to_string()),
    })
}

/// An attribute's name as written and its value as it reads.
type Attribute<'a> = (&'a [u8], Cow<'a, str>);

/// XML's white space: space, tab, line feed, carriage return.
fn is_xml_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Literal tabs and line ends of an attribute value read as spaces (a `\r\n` pair as
/// one), as XML's attribute-value normalisation says.
fn normalise_attribute(raw: &str) -> Cow<'_, str> {
    if !raw.contains(['\t', '\n', '\r']) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\t' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The character a reference in text stands for.
fn resolve(reference: &BytesRef) -> Result<char, Fault> {
    if reference.is_char_ref() {
        return match reference.resolve_char_ref() {
            Ok(Some(c)) => Ok(c),
            Ok(None) => Err(Fault::Entity(
                String::from_utf8_lossy(reference).into_owned(),
            )),
            Err(e) => Err(Fault::Reader(e.to_string())),
        };
    }
    match &**reference {
        b"amp" => Ok('&'),
        b"lt" => Ok('<'),
        b"gt" => Ok('>'),
        b"quot" => Ok('"'),
        b"apos" => Ok('\''),
        other => Err(Fault::Entity(String::from_utf8_lossy(other).into_owned())),
    }
}
