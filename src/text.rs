//! Small text tools shared by validation, the outputs and the CLI: edit distance for "did
//! you mean", the folding that tells when two names are the same organisation written
//! twice, and spreadsheet cells that stay plain text.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Levenshtein distance between two strings, counted in characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitution.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate closest to `word` by edit distance (case folded), if it is close enough
/// to be a likely typo. Ties go to the first candidate, so the answer is deterministic.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let len = lower.chars().count();
    // A third of the word, at least one edit: "cisss-sad" finds "cisssme-sad".
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        // Length alone rules most candidates out cheaply.
        let clen = candidate.chars().count();
        if clen.abs_diff(len) > limit {
            continue;
        }
        let d = edit_distance(&lower, &candidate.to_lowercase());
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Words that carry no meaning in an organisation's name (French and English).
const STOP_WORDS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au", "aux", "the", "of",
    "and", "inc", "enr",
];

/// Common abbreviations, folded to one spelling.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("st", "saint"),
    ("ste", "sainte"),
    ("assoc", "association"),
    ("asso", "association"),
    ("org", "organisme"),
    ("cie", "compagnie"),
    ("ctr", "centre"),
    ("serv", "services"),
    ("service", "services"),
    ("dir", "direction"),
    ("mun", "municipalite"),
];

/// Long forms of the network's acronyms, folded to the acronym (after stop words are
/// dropped and accents removed).
const ACRONYMS: &[(&[&str], &str)] = &[
    (
        &[
            "centre",
            "integre",
            "universitaire",
            "sante",
            "services",
            "sociaux",
        ],
        "ciusss",
    ),
    (
        &["centre", "integre", "sante", "services", "sociaux"],
        "cisss",
    ),
    (&["centre", "sante", "services", "sociaux"], "csss"),
    (&["centre", "local", "services", "communautaires"], "clsc"),
    (
        &["centre", "hebergement", "soins", "longue", "duree"],
        "chsld",
    ),
    (&["reseau", "local", "services"], "rls"),
    (&["office", "municipal", "habitation"], "omh"),
    (&["centre", "readaptation", "dependance"], "crd"),
    (&["groupe", "medecine", "famille"], "gmf"),
    (&["centre", "action", "benevole"], "cab"),
    (&["municipalite", "regionale", "comte"], "mrc"),
];

/// Fold a name so that two spellings of the same organisation compare equal: case,
/// accents, punctuation, stop words, common abbreviations and the network's acronyms.
///
/// "CISSS de la Montérégie-Est" and "CISSS Montérégie Est" both fold to
/// "cisss monteregie est".
pub(crate) fn fold_name(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    for c in name
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        match c {
            'œ' => plain.push_str("oe"),
            'æ' => plain.push_str("ae"),
            c if c.is_alphanumeric() => plain.push(c),
            _ => plain.push(' '),
        }
    }
    // Runs of single letters are a dotted acronym: "C.A.B." is "cab".
    let mut joined: Vec<String> = Vec::new();
    let mut run = String::new();
    for word in plain.split_whitespace() {
        if word.chars().count() == 1 {
            run.push_str(word);
            continue;
        }
        if !run.is_empty() {
            joined.push(std::mem::take(&mut run));
        }
        joined.push(word.to_owned());
    }
    if !run.is_empty() {
        joined.push(run);
    }
    let words: Vec<&str> = joined
        .iter()
        .map(String::as_str)
        .filter(|w| !STOP_WORDS.contains(w))
        .map(|w| {
            ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == w)
                .map_or(w, |(_, long)| long)
        })
        .collect();
    let mut folded = Vec::with_capacity(words.len());
    let mut i = 0;
    'words: while i < words.len() {
        for (long, acronym) in ACRONYMS {
            if words[i..].starts_with(long) {
                folded.push(*acronym);
                i += long.len();
                continue 'words;
            }
        }
        folded.push(words[i]);
        i += 1;
    }
    folded.join(" ")
}

/// The Unicode NFC form of a string, used to tell ids that look the same apart from ids
/// that are the same.
pub(crate) fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Byte offsets of line starts, to turn a position in a text into a 1-based line.
pub(crate) struct LineIndex(Vec<usize>);

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex(starts)
    }

    /// The 1-based line holding byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }

    /// The line a csv record starts on. The csv reader's own line numbers are one short
    /// after a CRLF line end (Excel's): its byte offset points at the line end before the
    /// record, so the line is found past it.
    pub(crate) fn csv_line(&self, text: &str, position: Option<&csv::Position>) -> usize {
        let mut at = position.map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.line(at)
    }
}

/// A text cell for a spreadsheet: a cell a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is made plain text with a leading
/// `'`; so is a cell that starts with `'`, which keeps the rule reversible (the
/// spreadsheet reader removes one leading `'` before those characters).
pub(crate) fn spreadsheet_text(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A character a terminal may act on or that reorders the text around it: C0 controls,
/// DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
fn hidden_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text as a terminal may show it: every [hidden control](hidden_control) but the tab
/// and the line feed is written as an escape (`\u{1b}`, `\u{202e}`), so no escape
/// sequence, carriage return or reordering reaches the screen.
pub(crate) fn neutralised(text: &str) -> Cow<'_, str> {
    let escape = |c: char| hidden_control(c) && c != '\n' && c != '\t';
    if !text.chars().any(escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value as the JSON outputs write it: two-space indentation, a final newline, and
/// the characters a terminal acts on escaped (see [`json_text`]).
pub(crate) fn json_pretty(value: &impl serde::Serialize) -> String {
    // Plain data with string keys always serialises.
    let mut text = serde_json::to_string_pretty(value).expect("plain data serialises");
    text.push('\n');
    json_text(text)
}

/// JSON text with DEL, the C1 controls, the bidirectional controls and the line and
/// paragraph separators written as `\uXXXX` escapes, as JSON writers already write the
/// C0 controls: the same values, and nothing a terminal acts on. Those characters can
/// only stand inside strings, where the escape means the same character.
pub(crate) fn json_text(text: String) -> String {
    let escape =
        |c: char| hidden_control(c) && c as u32 >= 0x7F || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.chars().any(escape) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if escape(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_controls_are_written_as_escapes() {
        assert_eq!(
            neutralised("a\u{1b}]0;x\u{7}\r\u{85}\u{9b}2J\u{7f}\u{202e}b\tc\nd"),
            "a\\u{1b}]0;x\\u{7}\\u{d}\\u{85}\\u{9b}2J\\u{7f}\\u{202e}b\tc\nd"
        );
        assert!(matches!(neutralised("Café « x »"), Cow::Borrowed(_)));
        let json = json_text(serde_json::to_string("\u{85}\u{1b}\u{202e}\u{2028}é").unwrap());
        assert_eq!(json, "\"\\u0085\\u001b\\u202e\\u2028é\"");
        assert_eq!(
            serde_json::from_str::<String>(&json).unwrap(),
            "\u{85}\u{1b}\u{202e}\u{2028}é"
        );
    }

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("été", "ete"), 2);
        assert_eq!(edit_distance("abc", ""), 3);
    }

    #[test]
    fn closest_finds_typos_only() {
        let ids = ["cisssme-sad", "carrefour-aidants", "popote"];
        assert_eq!(closest("cisssme-sda", ids), Some("cisssme-sad"));
        assert_eq!(closest("cisss-sad", ids), Some("cisssme-sad"));
        assert_eq!(closest("Popote", ids), Some("popote"));
        assert_eq!(closest("ville", ids), None);
    }

    #[test]
    fn same_organisation_written_twice_folds_equal() {
        assert_eq!(
            fold_name("CISSS de la Montérégie-Est"),
            "cisss monteregie est"
        );
        assert_eq!(fold_name("CISSS Montérégie Est"), "cisss monteregie est");
        assert_eq!(
            fold_name("Centre intégré de santé et de services sociaux de la Montérégie-Est"),
            "cisss monteregie est"
        );
        assert_eq!(
            fold_name("Ste-Anne-des-Monts"),
            fold_name("Sainte Anne des Monts")
        );
        assert_eq!(fold_name("Œuvres de l'Est"), "oeuvres est");
        assert_eq!(
            fold_name("C.A.B. Pierre-De-Saurel"),
            fold_name("Centre d'action bénévole Pierre-De Saurel")
        );
        assert_ne!(
            fold_name("CISSSME — Soutien à domicile"),
            fold_name("CISSSME — Santé publique")
        );
    }

    #[test]
    fn line_index_maps_offsets() {
        let lines = LineIndex::new("ab\ncd\n\nef");
        assert_eq!(lines.line(0), 1);
        assert_eq!(lines.line(3), 2);
        assert_eq!(lines.line(6), 3);
        assert_eq!(lines.line(7), 4);
    }

    #[test]
    fn nfc_joins_decomposed_accents() {
        assert_eq!(nfc("e\u{301}te\u{301}"), "été");
    }
}
