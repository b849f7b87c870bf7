//! Human text in the diagram: what is drawn for a name, and how it is quoted so that
//! Graphviz draws exactly that.

/// Longest line drawn, in characters. Graphviz lays nothing out past 65,535 points
/// ("Edge length … larger than maximum 65535 allowed"), and a line of 15,000 letters is
/// about 80,000 points wide: a word longer than this is cut every `wrap` characters (or
/// every this many without wrapping), the one place a line breaks where there was no
/// space.
pub(super) const MAX_LINE: usize = 1_000;

/// Most characters drawn for one name: 20,000 characters wrapped at the default width
/// are a node about 16,000 points high, within Graphviz's reach. A longer name is drawn
/// up to there and ends with "…".
pub(super) const MAX_DRAWN: usize = 20_000;

/// The text drawn for a name: line breaks (`\r\n`, `\r`, `\n`) become `\n`; other
/// control characters, which no font draws, become their Unicode control pictures
/// (U+2400–U+241F, U+2421 for DEL; a tab stays a tab); the result is wrapped at `wrap`
/// characters by turning some spaces into line breaks, and kept within what Graphviz
/// can lay out ([`MAX_LINE`], [`MAX_DRAWN`]).
pub(super) fn display_text(name: &str, wrap: Option<usize>) -> String {
    let text = drawn_text(name, wrap);
    let cut = wrap.filter(|&w| w > 0).unwrap_or(MAX_LINE).min(MAX_LINE);
    if text.len() <= MAX_LINE {
        return text;
    }
    let mut out = String::with_capacity(text.len().min(4 * MAX_DRAWN));
    let mut drawn = 0;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let long = line.chars().nth(MAX_LINE).is_some();
        for (column, c) in line.chars().enumerate() {
            if drawn == MAX_DRAWN {
                out.push('…');
                return out;
            }
            if long && column > 0 && column % cut == 0 {
                out.push('\n');
            }
            out.push(c);
            drawn += 1;
        }
    }
    out
}

/// [`display_text`] before its lengths are kept within reach.
fn drawn_text(name: &str, wrap: Option<usize>) -> String {
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

/// Longest stretch of a quoted string written without a backslash. Graphviz's lexer
/// refuses a stretch of more than 16,384 bytes ("longer than 16384?"), so longer text
/// is cut by line continuations (a backslash before a line break), which the lexer
/// removes: a name of any length is drawn whole.
pub(super) const MAX_STRETCH: usize = 4096;

/// Text as a DOT double-quoted string that Graphviz draws exactly as the text (see
/// DEVELOPERS.md): `"` is written `\"`; `\` is written `\\`, which Graphviz's label
/// escapes read back as one backslash (so `\N`, `\G`, `\l` in a name are not expanded);
/// a line break is written `\n`; `&` is written `&amp;`, since Graphviz reads HTML
/// entities (`&eacute;`, `&#65;`) in labels. Everything else, any Unicode, braces,
/// angle brackets, `;`, `]`, `=`, stays as it is: inside quotes it is only text. A
/// stretch of more than [`MAX_STRETCH`] bytes without a backslash is cut by a line
/// continuation.
pub(super) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2 + text.len() / MAX_STRETCH * 2);
    out.push('"');
    // Bytes written since the last backslash.
    let mut stretch = 0;
    let mut buf = [0; 4];
    for c in text.chars() {
        let piece = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '&' => "&amp;",
            _ => c.encode_utf8(&mut buf),
        };
        if piece.starts_with('\\') {
            stretch = piece.len() - 1;
        } else {
            if stretch + piece.len() > MAX_STRETCH {
                out.push_str("\\\n");
                stretch = 0;
            }
            stretch += piece.len();
        }
        out.push_str(piece);
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
