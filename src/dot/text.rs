//! Human text in the diagram: what is drawn for a name, and how it is quoted so that
//! Graphviz draws exactly that.

/// The text drawn for a name: line breaks (`\r\n`, `\r`, `\n`) become `\n`; other
/// control characters, which no font draws, become their Unicode control pictures
/// (U+2400–U+241F, U+2421 for DEL; a tab stays a tab); the result is wrapped at `wrap`
/// characters by turning some spaces into line breaks.
pub(super) fn display_text(name: &str, wrap: Option<usize>) -> String {
    let mut text = String::with_capacity(name.len());
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                text.push('\n');
            }
            '\n' | '\t' => text.push(c),
            '\0'..='\x1f' => {
                text.push(char::from_u32(0x2400 + c as u32).expect("a control picture"))
            }
            '\x7f' => text.push('\u{2421}'),
            _ => text.push(c),
        }
    }
    match wrap {
        Some(width) if width > 0 => text
            .split('\n')
            .map(|line| wrap_line(line, width))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => text,
    }
}

/// Greedy wrapping at spaces: each space either stays or becomes a line break, so the
/// line reads back as written once breaks are turned back into spaces. A word longer
/// than `width` stays whole.
pub(super) fn wrap_line(line: &str, width: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut len = 0;
    for (i, word) in line.split(' ').enumerate() {
        let w = word.chars().count();
        if i > 0 {
            if len > 0 && w > 0 && len + 1 + w > width {
                out.push('\n');
                len = 0;
            } else {
                out.push(' ');
                len += 1;
            }
        }
        out.push_str(word);
        len += w;
    }
    out
}

/// Text as a DOT double-quoted string that Graphviz draws exactly as the text (see
/// DEVELOPERS.md): `"` is written `\"`; `\` is written `\\`, which Graphviz's label
/// escapes read back as one backslash (so `\N`, `\G`, `\l` in a name are not expanded);
/// a line break is written `\n`; `&` is written `&amp;`, since Graphviz reads HTML
/// entities (`&eacute;`, `&#65;`) in labels. Everything else, any Unicode, braces,
/// angle brackets, `;`, `]`, `=`, stays as it is: inside quotes it is only text.
pub(super) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The part before a separator (" — ", " – ", " - ") that every name starts with, if
/// any: "CISSS de la Montérégie-Est — Soutien à domicile" and "CISSS de la
/// Montérégie-Est — Hébergement" share "CISSS de la Montérégie-Est".
pub(super) fn shared_prefix(names: &[&str]) -> Option<String> {
    let first = names.first()?;
    for sep in [" — ", " – ", " - "] {
        let Some((head, _)) = first.split_once(sep) else {
            continue;
        };
        let prefix = format!("{head}{sep}");
        if !head.trim().is_empty() && names.iter().all(|n| n.starts_with(&prefix)) {
            return Some(head.to_owned());
        }
    }
    None
}

/// Text for an HTML-like label (only the legend's own words go there).
pub(super) fn html_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
