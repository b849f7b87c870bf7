//! Actors and links read from the attributes of typed formats (GraphML data keys, GEXF
//! attribute values): the fields these formats share are read, and their problems
//! reported, in one way.

use super::{
    Expected, ImportOptions, KIND_WORDS, KIND_WORDS_FR, LEVEL_WORDS, Notes, ValueType, parse_kind,
    parse_level_or_rank, text_value, unescape_extra,
};
use crate::interop::xml::XmlFormat;
use crate::model::{Actor, ActorKind, Extra, Level, Link};
use crate::problem::ProblemCode;
use crate::words::Args;

/// An attribute as a typed format declares it: a GraphML `<key>`, a GEXF `<attribute>`.
pub(crate) struct AttrDef {
    /// The attribute's name, without a `:json` suffix.
    pub(crate) name: String,
    pub(crate) t: ValueType,
    /// The value of the records that do not give one.
    pub(crate) default: Option<String>,
}

impl AttrDef {
    /// An attribute declared with `name` and the format's type word: JSON text when the
    /// name ends in `:json`; `boolean`, one of `longs` (whole numbers), one of `doubles`
    /// (numbers); text otherwise.
    pub(crate) fn declared(
        name: &str,
        type_word: Option<&str>,
        longs: &[&str],
        doubles: &[&str],
        default: Option<String>,
    ) -> Self {
        let (name, t) = match name.strip_suffix(super::JSON_SUFFIX) {
            Some(base) => (base, ValueType::Json),
            None => {
                let t = match type_word.unwrap_or("string") {
                    "boolean" => ValueType::Boolean,
                    w if longs.contains(&w) => ValueType::Long,
                    w if doubles.contains(&w) => ValueType::Double,
                    _ => ValueType::String,
                };
                (name, t)
            }
        };
        AttrDef {
            name: name.to_owned(),
            t,
            default,
        }
    }

    /// Whether the attribute may hold one of a record's own fields: those are text,
    /// never JSON.
    pub(crate) fn plain(&self) -> bool {
        self.t != ValueType::Json
    }
}

/// Text, or `None` when it is empty.
pub(crate) fn non_empty(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// A free attribute read into `extra` (unless it is there already), typed by its
/// declaration; a value that does not fit is reported.
pub(crate) fn free_attribute(
    extra: &mut Extra,
    def: &AttrDef,
    text: &str,
    line: usize,
    id: Option<&str>,
    format: &XmlFormat,
    notes: &mut Notes,
) {
    match text_value(text, def.t, notes.max_depth) {
        Ok(v) => {
            let name = unescape_extra(&def.name).to_owned();
            extra.entry(name).or_insert(v);
        }
        Err(expected) => {
            let args = Args::new()
                .select("shape", "attribute")
                .select("format", format.code)
                .quoted("attribute", def.name.as_str())
                .quoted("value", text);
            let args = match expected {
                Expected::Boolean => args.select("expected", "boolean"),
                Expected::Whole => args.select("expected", "whole"),
                Expected::Number => args.select("expected", "number"),
                Expected::Json(reason) => args.select("expected", "json").with("reason", reason),
            };
            notes.error(ProblemCode::WrongType, Some(line), id, args)
        }
    }
}

/// A link's weight from its text; text that is not a finite number is reported.
pub(crate) fn read_weight(link: &mut Link, text: &str, line: usize, notes: &mut Notes) {
    match crate::interop::xml::parse_double(text).filter(|w| w.is_finite()) {
        Some(w) => link.weight = Some(w),
        None => notes.error(
            ProblemCode::WrongType,
            Some(line),
            Some(&link.source),
            Args::new().select("shape", "weight").quoted("value", text),
        ),
    }
}

/// An actor being read, one attribute at a time.
pub(crate) struct ActorFields {
    pub(crate) actor: Actor,
    kind: Option<ActorKind>,
    kind_error: bool,
    default_kind: ActorKind,
}

impl ActorFields {
    /// An actor with the import's default kind until its attributes say another.
    pub(crate) fn new(id: String, name: String, options: &ImportOptions) -> Self {
        ActorFields {
            actor: Actor::new(id, name, options.default_kind),
            kind: None,
            kind_error: false,
            default_kind: options.default_kind,
        }
    }

    /// Read one attribute: `kind`, `organization`, `sector`, `territory` or `services`
    /// (need ids joined with `|`) when it is one of these and is not JSON, a free
    /// attribute otherwise. A word that is not a kind is reported.
    pub(crate) fn read(
        &mut self,
        def: &AttrDef,
        text: String,
        line: usize,
        format: &XmlFormat,
        notes: &mut Notes,
    ) {
        let actor = &mut self.actor;
        let plain = def.plain();
        match def.name.as_str() {
            "kind" if plain => match parse_kind(&text) {
                Some(k) => self.kind = Some(k),
                None => {
                    self.kind_error = true;
                    let args = Args::new()
                        .select("shape", "word")
                        .quoted("value", text.as_str())
                        .with("accepted", KIND_WORDS)
                        .with("also", KIND_WORDS_FR);
                    let args = crate::io::json::with_suggestion::<ActorKind>(args, &text);
                    notes.error(ProblemCode::UnknownKind, Some(line), Some(&actor.id), args);
                }
            },
            "organization" if plain => actor.organization = non_empty(text),
            "sector" if plain => actor.sector = non_empty(text),
            "territory" if plain => actor.territory = non_empty(text),
            "services" if plain => actor.services = super::split_list(&text),
            _ => free_attribute(
                &mut actor.extra,
                def,
                &text,
                line,
                Some(&actor.id),
                format,
                notes,
            ),
        }
    }

    /// The actor read. When its attributes do not say its kind, it keeps the default
    /// kind, with a warning at `line`; a kind that is not one is an error already, so it
    /// is not assumed as well.
    pub(crate) fn finish(self, line: usize, format: &XmlFormat, notes: &mut Notes) -> Actor {
        let mut actor = self.actor;
        match self.kind {
            Some(k) => actor.kind = k,
            None if !self.kind_error => {
                let at = notes.origin(line);
                notes.assumed_kind(&at, &actor.id, self.default_kind, format.code)
            }
            None => {}
        }
        actor
    }
}

/// A link being read, one attribute at a time.
pub(crate) struct LinkFields {
    pub(crate) link: Link,
    /// Whether an attribute gave the link's kind (even an empty one).
    pub(crate) kind_given: bool,
    level: Option<Level>,
    level_error: bool,
    default_level: Level,
}

impl LinkFields {
    /// A link with the import's default level until its attributes say another.
    pub(crate) fn new(source: String, target: String, options: &ImportOptions) -> Self {
        LinkFields {
            link: Link::new(source, target, options.default_level),
            kind_given: false,
            level: None,
            level_error: false,
            default_level: options.default_level,
        }
    }

    /// Read one attribute: `kind`, `level` (a word or a rank from 1 to 4), `notes`,
    /// `since` or `until` when it is one of these and is not JSON, a free attribute
    /// otherwise. A word that is not a level is reported.
    pub(crate) fn read(
        &mut self,
        def: &AttrDef,
        text: String,
        line: usize,
        format: &XmlFormat,
        notes: &mut Notes,
    ) {
        let link = &mut self.link;
        let plain = def.plain();
        match def.name.as_str() {
            "kind" if plain => {
                self.kind_given = true;
                link.kind = non_empty(text);
            }
            "level" if plain => match parse_level_or_rank(&text) {
                Some(l) => self.level = Some(l),
                None => {
                    self.level_error = true;
                    let args = Args::new()
                        .select("shape", "rank")
                        .quoted("value", text.as_str())
                        .with("accepted", LEVEL_WORDS);
                    let args = crate::io::json::with_suggestion::<Level>(args, &text);
                    notes.error(
                        ProblemCode::UnknownLevel,
                        Some(line),
                        Some(&link.source),
                        args,
                    );
                }
            },
            "notes" if plain => link.notes = non_empty(text),
            "since" if plain => link.since = non_empty(text),
            "until" if plain => link.until = non_empty(text),
            _ => free_attribute(
                &mut link.extra,
                def,
                &text,
                line,
                Some(&link.source),
                format,
                notes,
            ),
        }
    }

    /// The link read. When its attributes do not say its level, it keeps the default
    /// level, with a warning at `line`; a level that is not one is an error already.
    pub(crate) fn finish(self, line: usize, format: &XmlFormat, notes: &mut Notes) -> Link {
        let mut link = self.link;
        match self.level {
            Some(l) => link.level = l,
            None if !self.level_error => {
                let at = notes.origin(line);
                notes.assumed_level(&at, &link.source, self.default_level, format.code)
            }
            None => {}
        }
        link
    }
}
