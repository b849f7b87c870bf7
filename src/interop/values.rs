//! Free attributes in typed formats (GraphML, GEXF): each attribute gets the type that
//! carries all its values unchanged, and names that clash with a format's own fields
//! get a prefix.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::Extra;

/// Prefix of a free attribute's name that would otherwise be taken for one of the
/// format's own fields (an actor's free attribute `label`, say, in a format where
/// `label` is the actor's name). Names that start with the prefix get it too, so that
/// reading takes exactly one off.
pub(crate) const EXTRA_PREFIX: &str = crate::io::csv::EXTRA_PREFIX;

/// A free attribute's name as written: with [`EXTRA_PREFIX`] when it is one of
/// `reserved` (compared without case when `any_case`) or starts with the prefix.
pub(crate) fn escape_extra<'a>(name: &'a str, reserved: &[&str], any_case: bool) -> Cow<'a, str> {
    let clash = name.starts_with(EXTRA_PREFIX)
        || reserved.iter().any(|r| {
            if any_case {
                r.eq_ignore_ascii_case(name)
            } else {
                *r == name
            }
        });
    if clash {
        Cow::Owned(format!("{EXTRA_PREFIX}{name}"))
    } else {
        Cow::Borrowed(name)
    }
}

/// A free attribute's name as read: one [`EXTRA_PREFIX`] taken off.
pub(crate) fn unescape_extra(name: &str) -> &str {
    name.strip_prefix(EXTRA_PREFIX).unwrap_or(name)
}

/// How a free attribute's values are written in a typed format (GraphML, GEXF).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueType {
    Boolean,
    Long,
    Double,
    String,
    /// Any other value (lists, objects, null, mixed types): JSON text in a string, the
    /// attribute's name ending in `:json`.
    Json,
}

/// Suffix of an attribute name whose values are JSON text.
pub(crate) const JSON_SUFFIX: &str = crate::io::csv::JSON_SUFFIX;

/// The free attributes of a set of records, in first-seen order, each with the type
/// that carries all its values unchanged.
pub(crate) fn typed_columns<'a>(
    extras: impl Iterator<Item = &'a Extra>,
) -> Vec<(String, ValueType)> {
    use serde_json::Value;
    let mut columns: indexmap::IndexMap<&str, Option<ValueType>> = indexmap::IndexMap::new();
    for extra in extras {
        for (name, value) in extra {
            let this = match value {
                Value::Bool(_) => ValueType::Boolean,
                Value::Number(n) if n.is_i64() => ValueType::Long,
                Value::Number(n) if n.is_f64() => ValueType::Double,
                Value::String(_) => ValueType::String,
                _ => ValueType::Json,
            };
            let slot = columns.entry(name.as_str()).or_insert(Some(this));
            if *slot != Some(this) {
                *slot = Some(ValueType::Json);
            }
        }
    }
    columns
        .into_iter()
        .map(|(name, t)| {
            // A name that itself ends in the suffix is always JSON, so that reading it
            // back takes exactly one suffix off.
            let t = if name.ends_with(JSON_SUFFIX) {
                ValueType::Json
            } else {
                t.unwrap_or(ValueType::Json)
            };
            (name.to_owned(), t)
        })
        .collect()
}

/// The free attributes of a set of records, as typed columns.
pub(crate) struct Columns {
    /// Each attribute's name and type, in first-seen order.
    pub(crate) list: Vec<(String, ValueType)>,
    index: HashMap<String, usize>,
}

impl Columns {
    /// The columns of these records' free attributes (see [`typed_columns`]).
    pub(crate) fn of<'a>(extras: impl Iterator<Item = &'a Extra>) -> Self {
        let list = typed_columns(extras);
        let index = list
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (name.clone(), i))
            .collect();
        Columns { list, index }
    }

    /// A record's free attributes in its own order, each with its column's position and
    /// type, so that reading the file back gives them in the same order.
    pub(crate) fn values<'a>(
        &'a self,
        extra: &'a Extra,
    ) -> impl Iterator<Item = (usize, ValueType, &'a serde_json::Value)> + 'a {
        extra.iter().filter_map(|(name, value)| {
            let i = *self.index.get(name)?;
            Some((i, self.list[i].1, value))
        })
    }
}

/// A free attribute's value as text, in the way its column type says.
pub(crate) fn value_text(value: &serde_json::Value, t: ValueType) -> String {
    use serde_json::Value;
    match (t, value) {
        (ValueType::String, Value::String(s)) => s.clone(),
        (ValueType::Boolean, Value::Bool(b)) => b.to_string(),
        (ValueType::Long, Value::Number(n)) => n.to_string(),
        (ValueType::Double, Value::Number(n)) => {
            crate::interop::xml::double(n.as_f64().unwrap_or(f64::NAN))
        }
        (_, v) => v.to_string(),
    }
}

/// What a value that does not fit its declared type was expected to be.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expected {
    Boolean,
    Whole,
    Number,
    /// JSON text, with what went wrong.
    Json(crate::words::Arg),
}

/// A free attribute's value read back from text written by [`value_text`], or `Err`
/// with what was expected.
pub(crate) fn text_value(
    text: &str,
    t: ValueType,
    max_depth: usize,
) -> std::result::Result<serde_json::Value, Expected> {
    use serde_json::Value;
    match t {
        ValueType::String => Ok(Value::String(text.to_owned())),
        ValueType::Boolean => crate::interop::xml::parse_boolean(text)
            .map(Value::Bool)
            .ok_or(Expected::Boolean),
        ValueType::Long => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| Expected::Whole),
        // JSON has no infinities nor NaN: those become null.
        ValueType::Double => crate::interop::xml::parse_double(text)
            .map(Value::from)
            .ok_or(Expected::Number),
        ValueType::Json => crate::io::json::parse_nested::<Value>(text, max_depth)
            .map_err(|e| Expected::Json(e.reason())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_take_the_type_that_keeps_every_value() {
        let a: Extra = serde_json::from_str(
            r#"{"n": 1, "f": 1.5, "b": true, "s": "x", "l": [1], "mixed": 1, "x:json": "t"}"#,
        )
        .unwrap();
        let b: Extra = serde_json::from_str(r#"{"n": -4, "mixed": 2.5}"#).unwrap();
        let columns = typed_columns([&a, &b].into_iter());
        assert_eq!(
            columns,
            [
                ("n".to_owned(), ValueType::Long),
                ("f".to_owned(), ValueType::Double),
                ("b".to_owned(), ValueType::Boolean),
                ("s".to_owned(), ValueType::String),
                ("l".to_owned(), ValueType::Json),
                ("mixed".to_owned(), ValueType::Json),
                ("x:json".to_owned(), ValueType::Json),
            ]
        );
        for (name, t) in &columns {
            let value = &a[name.as_str()];
            assert_eq!(
                &text_value(&value_text(value, *t), *t, crate::io::DEFAULT_MAX_DEPTH).unwrap(),
                value
            );
        }
    }
}
