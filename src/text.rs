//! Small text tools shared by validation, the outputs and the CLI: edit distance for "did
//! you mean", the folding that tells when two names are the same organisation written
//! twice, and spreadsheet cells that stay plain text.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Levenshtein distance between two strings, counted in characters: O(product of the
/// lengths), for short texts only (file names).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let limit = a.len().max(b.len());
    bounded_distance(&a, &b, limit).unwrap_or(limit)
}

/// Levenshtein distance between two strings, in characters, if it is at most `limit`.
pub(crate) fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    bounded_distance(&a, &b, limit)
}

/// Levenshtein distance between two words, if it is at most `limit`. Only the band of
/// cells within `limit` of the diagonal is computed: O(len × limit) time.
fn bounded_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let far = limit + 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut cur = vec![far; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        let row = i + 1;
        let lo = row.saturating_sub(limit).max(1);
        let hi = (row + limit).min(b.len());
        cur.fill(far);
        cur[0] = row.min(far);
        let mut best = cur[0];
        for j in lo..=hi {
            let substitution = prev[j - 1] + usize::from(ca != b[j - 1]);
            let d = substitution.min(prev[j] + 1).min(cur[j - 1] + 1).min(far);
            cur[j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

/// Longest word, in characters, that "did you mean" looks for, and longest candidate
/// it compares: past it, a name is not a typo of an id.
pub(crate) const MAX_SUGGESTION_CHARS: usize = 64;

/// Most candidates whose edit distance one "did you mean" computes; the others of a
/// large map are passed over (the first ones, in the order given, are compared).
pub(crate) const MAX_SUGGESTION_CANDIDATES: usize = 1_000;

/// The candidate closest to `word` by edit distance (case folded), if it is close enough
/// to be a likely typo. Ties go to the first candidate, so the answer is deterministic.
///
/// The work is bounded: words and candidates longer than [`MAX_SUGGESTION_CHARS`] are
/// not compared, and at most [`MAX_SUGGESTION_CANDIDATES`] distances are computed.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if word.len() > 4 * MAX_SUGGESTION_CHARS {
        return None;
    }
    let lower: Vec<char> = word.to_lowercase().chars().collect();
    let len = lower.len();
    if len > MAX_SUGGESTION_CHARS {
        return None;
    }
    // A third of the word, at least one edit: "cisss-sad" finds "cisssme-sad".
    let limit = (len / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    let mut compared = 0;
    let mut other: Vec<char> = Vec::with_capacity(MAX_SUGGESTION_CHARS + limit);
    for candidate in candidates {
        // Length alone rules most candidates out cheaply: a character takes one to
        // four bytes.
        let bytes = candidate.len();
        if bytes + limit < len || bytes > 4 * (len + limit) {
            continue;
        }
        let clen = candidate.chars().count();
        if clen.abs_diff(len) > limit {
            continue;
        }
        if compared == MAX_SUGGESTION_CANDIDATES {
            break;
        }
        compared += 1;
        other.clear();
        other.extend(candidate.chars().flat_map(char::to_lowercase));
        let bound = best.map_or(limit, |(bd, _)| bd.saturating_sub(1));
        if let Some(d) = bounded_distance(&lower, &other, bound) {
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, candidate));
                if d == 0 {
                    break;
                }
            }
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

/// The key a free-text value is compared by, in every analysis: sectors, organisations
/// (and the actor ids they name), territories, link and forum kinds, roles and the needs
/// that services name. Unicode NFC, trimmed, every run of white space (no-break spaces
/// included) made one space, lower-cased: "Santé ", "santé" and "SANTE\u{301}" written
/// with a combining accent are one sector; "Santé mentale" and "Santé" are two.
///
/// Borrowed when the value is already its own key, which is what most maps hold.
pub(crate) fn key(value: &str) -> std::borrow::Cow<'_, str> {
    let plain = value.bytes().enumerate().all(|(i, b)| match b {
        b' ' => i > 0 && i + 1 < value.len() && value.as_bytes()[i + 1] != b' ',
        b => b.is_ascii() && !b.is_ascii_uppercase() && !b.is_ascii_whitespace(),
    });
    if plain || is_key(value) {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut spaced = String::with_capacity(value.len());
    for word in value.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !spaced.is_empty() {
            spaced.push(' ');
        }
        spaced.extend(word.chars().flat_map(char::to_lowercase));
    }
    std::borrow::Cow::Owned(spaced.nfc().collect())
}

/// Whether a value is its own key: single spaces between words only, nothing that
/// lower-casing changes, and NFC (as far as the quick check can tell).
fn is_key(value: &str) -> bool {
    let mut previous_space = true;
    for c in value.chars() {
        if c.is_whitespace() {
            if c != ' ' || previous_space {
                return false;
            }
            previous_space = true;
        } else {
            previous_space = false;
            let mut lower = c.to_lowercase();
            if lower.next() != Some(c) || lower.next().is_some() {
                return false;
            }
        }
    }
    !previous_space
        && unicode_normalization::is_nfc_quick(value.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// The Unicode NFC form of a string, used to tell ids that look the same apart from ids
/// that are the same.
pub(crate) fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Lines of a text, to turn a byte position into a 1-based line. It keeps the number of
/// lines before every 64 KiB of text (a few kilobytes for the largest input) and where
/// the last question was: the readers ask in text order, so each answer costs the
/// bytes since the previous one.
pub(crate) struct LineIndex<'t> {
    text: &'t [u8],
    /// Line breaks before the start of each block of [`LINE_BLOCK`] bytes.
    blocks: Vec<usize>,
    /// The last position asked for, and the line breaks before it.
    cursor: std::cell::Cell<(usize, usize)>,
}

/// The size of the blocks a [`LineIndex`] counts lines by.
const LINE_BLOCK: usize = 1 << 16;

fn line_breaks(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

impl<'t> LineIndex<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let text = text.as_bytes();
        let mut blocks = Vec::with_capacity(text.len() / LINE_BLOCK + 1);
        let mut breaks = 0;
        for block in text.chunks(LINE_BLOCK) {
            blocks.push(breaks);
            breaks += line_breaks(block);
        }
        LineIndex {
            text,
            blocks,
            cursor: std::cell::Cell::new((0, 0)),
        }
    }

    /// The 1-based line holding byte `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let (at, before) = self.cursor.get();
        let (start, mut breaks) = if offset >= at && offset - at <= LINE_BLOCK {
            (at, before)
        } else {
            let block = offset / LINE_BLOCK;
            match self.blocks.get(block) {
                Some(&b) => (block * LINE_BLOCK, b),
                None => (0, 0),
            }
        };
        breaks += line_breaks(&self.text[start..offset]);
        self.cursor.set((offset, breaks));
        breaks + 1
    }

    /// The line a csv record starts on. The csv reader's own line numbers are one short
    /// after a CRLF line end (Excel's): its byte offset points at the line end before the
    /// record, so the line is found past it.
    pub(crate) fn csv_line(&self, position: Option<&csv::Position>) -> usize {
        let mut at = position.map_or(0, |p| p.byte() as usize);
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
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

/// Whether a character is one Unicode says to ignore when it is not supported
/// (Default_Ignorable_Code_Point): zero-width spaces and joiners, the soft hyphen,
/// bidirectional marks, variation selectors, tags.
fn default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{34F}' | '\u{61C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// What a text looks like, for telling ids that pass for one another: invisible
/// characters taken out, then Unicode's confusable skeleton (UTS #39), in which letters
/// of other scripts that look like Latin ones become those (Cyrillic « а » is « a »).
/// Two texts with one skeleton look the same on screen.
pub(crate) fn skeleton(text: &str) -> String {
    let visible: String = text.chars().filter(|&c| !default_ignorable(c)).collect();
    unicode_security::skeleton(&visible).collect()
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

/// [`json_pretty`], written to `writer` as it is made: the same bytes, never held whole.
pub(crate) fn write_json_pretty(
    value: &impl serde::Serialize,
    writer: impl std::io::Write,
) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, Neutral::new(writer, true));
    serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
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

/// A writer that passes text on as [`neutralised`] (`json: false`) or as [`json_text`]
/// (`json: true`) makes it, as it is written: a character cut between two writes waits
/// for its last bytes. Bytes that are not UTF-8 pass unchanged.
pub(crate) struct Neutral<W: std::io::Write> {
    inner: W,
    json: bool,
    pending: Vec<u8>,
}

impl<W: std::io::Write> Neutral<W> {
    pub(crate) fn new(inner: W, json: bool) -> Self {
        Neutral {
            inner,
            json,
            pending: Vec::new(),
        }
    }

    fn pass(&mut self, text: &str) -> std::io::Result<()> {
        if self.json {
            self.inner.write_all(json_text(text.to_owned()).as_bytes())
        } else {
            self.inner.write_all(neutralised(text).as_bytes())
        }
    }
}

impl<W: std::io::Write> std::io::Write for Neutral<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut start = 0;
        loop {
            match std::str::from_utf8(&self.pending[start..]) {
                Ok(text) => {
                    let text = text.to_owned();
                    self.pass(&text)?;
                    self.pending.clear();
                    return Ok(buf.len());
                }
                Err(e) => {
                    let valid = start + e.valid_up_to();
                    let text = std::str::from_utf8(&self.pending[start..valid])
                        .expect("valid up to here")
                        .to_owned();
                    self.pass(&text)?;
                    match e.error_len() {
                        // Not UTF-8: passed on as it is.
                        Some(bad) => {
                            let bytes = self.pending[valid..valid + bad].to_vec();
                            self.inner.write_all(&bytes)?;
                            start = valid + bad;
                        }
                        // A character cut short: its first bytes wait.
                        None => {
                            self.pending.drain(..valid);
                            return Ok(buf.len());
                        }
                    }
                }
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        self.inner.write_all(&rest)?;
        self.inner.flush()
    }
}

/// How much text a writer holds before passing it on.
pub(crate) const CHUNK: usize = 1 << 16;

/// Pass the text made so far on to `w` once it is [`CHUNK`] long.
pub(crate) fn spill(
    w: &mut (impl std::io::Write + ?Sized),
    out: &mut String,
) -> std::io::Result<()> {
    if out.len() >= CHUNK {
        w.write_all(out.as_bytes())?;
        out.clear();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_see_through_invisible_characters_and_other_scripts() {
        // Cyrillic с and і, a zero-width space, a soft hyphen.
        assert_eq!(skeleton("\u{441}\u{456}sss"), skeleton("cisss"));
        assert_eq!(skeleton("cis\u{200b}ss"), skeleton("cisss"));
        assert_eq!(skeleton("ci\u{ad}sss"), skeleton("cisss"));
        assert_ne!(skeleton("cisss-sad"), skeleton("cisss-sapa"));
        assert_ne!(skeleton("popote"), skeleton("pupote"));
    }

    #[test]
    fn a_neutral_writer_escapes_characters_cut_between_writes() {
        use std::io::Write;
        for json in [false, true] {
            let mut out = Vec::new();
            let mut w = Neutral::new(&mut out, json);
            // U+009B (C2 9B) and U+202E (E2 80 AE) each cut in two.
            w.write_all(b"a\xc2").unwrap();
            w.write_all(b"\x9bb\xe2\x80").unwrap();
            w.write_all(b"\xae\xff").unwrap();
            w.flush().unwrap();
            let want: &[u8] = if json {
                b"a\\u009bb\\u202e\xff"
            } else {
                b"a\\u{9b}b\\u{202e}\xff"
            };
            assert_eq!(out, want, "json: {json}");
        }
    }

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
    fn bounded_distance_agrees_within_its_bound() {
        let words = [
            "",
            "a",
            "kitten",
            "sitting",
            "été",
            "ete",
            "cisssme-sad",
            "cisss-sad",
        ];
        for a in words {
            for b in words {
                let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let d = edit_distance(a, b);
                for limit in 0..12 {
                    let got = bounded_distance(&ca, &cb, limit);
                    assert_eq!(got, (d <= limit).then_some(d), "{a:?} {b:?} {limit}");
                }
            }
        }
    }

    #[test]
    fn closest_is_bounded() {
        let long = "a".repeat(150_000);
        let near = format!("{long}b");
        assert_eq!(closest(&long, [near.as_str()]), None);
        // Past the candidates it compares, a later match is not found.
        let far = vec!["qqqqqq"; 2 * MAX_SUGGESTION_CANDIDATES];
        let mut ids = far.clone();
        ids[10] = "target";
        assert_eq!(closest("targex", ids), Some("target"));
        let mut ids = far;
        ids[MAX_SUGGESTION_CANDIDATES + 10] = "target";
        assert_eq!(closest("targex", ids), None);
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
        // Backwards, and across blocks.
        assert_eq!(lines.line(2), 1);
        let long = "a\n".repeat(3 * LINE_BLOCK);
        let lines = LineIndex::new(&long);
        for offset in [
            5 * LINE_BLOCK + 1,
            10,
            2 * LINE_BLOCK,
            6 * LINE_BLOCK - 1,
            0,
        ] {
            assert_eq!(lines.line(offset), 1 + offset / 2, "{offset}");
        }
    }

    #[test]
    fn keys_fold_case_spaces_and_composition_only() {
        assert_eq!(key("Santé "), "santé");
        assert_eq!(key(" SANTE\u{301}\u{a0} mentale"), "santé mentale");
        assert_eq!(key("  Sante\u{301}\t"), key("santé"));
        assert_ne!(key("Santé"), key("Sante"));
        assert_ne!(key("santé mentale"), key("santé-mentale"));
        assert!(matches!(key("co-lead"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(key("two words"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(
            key("santé mentale"),
            std::borrow::Cow::Borrowed(_)
        ));
        for owned in [
            "Two", " a", "a ", "a  b", "a\tb", "Été", "e\u{301}", "a\u{a0}b",
        ] {
            assert!(
                matches!(key(owned), std::borrow::Cow::Owned(_)),
                "{owned:?}"
            );
        }
        assert_eq!(key("a  b"), "a b");
        assert_eq!(key(""), "");
        assert_eq!(key("   "), "");
    }

    #[test]
    fn nfc_joins_decomposed_accents() {
        assert_eq!(nfc("e\u{301}te\u{301}"), "été");
    }
}
