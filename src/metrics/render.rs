//! The report as text a facilitator can read aloud, and as a spreadsheet of the actors'
//! metrics.

use std::io::{self, Write};

use super::findings::{kind_counts, slots};
use super::{ActorMetrics, FindingSeverity, KindCounts, MetricsReport};
use crate::model::ActorKind;
use crate::text::spreadsheet_text;
use crate::words::{self, Arg, Args, Lang, Phrase};

/// Width the text report wraps its sentences at.
const WIDTH: usize = 88;

/// How many brokers the text report lists.
const BROKERS: usize = 5;

/// The columns of the CSV, in order: the actor, then every per-actor metric. A report whose
/// all-pairs metrics are sampled ([`MetricsReport::sampling`]) adds a last column, `estimated`,
/// true on the rows whose betweenness, closeness and harmonic centrality are estimates.
pub const CSV_COLUMNS: [&str; 20] = [
    "id",
    "name",
    "kind",
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "betweenness",
    "closeness",
    "harmonic",
    "core",
    "clustering",
    "constraint",
    "effective_size",
    "component",
    "articulation_point",
    "isolated",
    "pendant",
    "cross_kind_ties",
    "kinds_reached",
];

impl MetricsReport {
    /// The report as text, in a language: the headline figures, the findings (warnings,
    /// then what to discuss, then information) and the main brokers.
    ///
    /// # Example
    /// ```
    /// use actormap::{Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let net = Network::new(&map, &View::default())?;
    /// let report = MetricsReport::compute(&net, &MetricsOptions::default());
    /// let text = report.to_text(Lang::En);
    /// assert!(text.contains("Carrefour des proches aidants de Pierre-De Saurel is the only"));
    /// assert!(report.to_text(Lang::Fr).starts_with("RLS Pierre-De Saurel"));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = Vec::new();
        self.write_text(&mut out, lang).expect("writing to memory");
        String::from_utf8(out).expect("the report is UTF-8")
    }

    /// Write the text report in a language (see [`MetricsReport::to_text`]).
    pub fn write_text(&self, mut w: impl Write, lang: Lang) -> io::Result<()> {
        if let Some(name) = &self.map.name {
            writeln!(w, "{name}")?;
        }
        let place = match (&self.map.territory, &self.map.as_of) {
            (Some(territory), Some(date)) => {
                let args = Args::new()
                    .with("territory", territory.as_str())
                    .with("date", date.as_str());
                Some(words::message(lang, "metrics-territory-as-of", &args))
            }
            (None, Some(date)) => {
                let args = Args::new().with("date", date.as_str());
                Some(words::message(lang, "metrics-as-of", &args))
            }
            (Some(territory), None) => Some(territory.clone()),
            (None, None) => None,
        };
        if let Some(place) = &place {
            writeln!(w, "{place}")?;
        }
        if self.map.name.is_some() || place.is_some() {
            writeln!(w)?;
        }

        writeln!(w, "{}", lang.text("metrics-headline"))?;
        let rows = self.headline(lang);
        let width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in &rows {
            let pad = width - label.chars().count();
            let first = format!("  {label}{}  ", " ".repeat(pad));
            for line in wrap(value, &first, &" ".repeat(width + 4)) {
                writeln!(w, "{line}")?;
            }
        }

        for (severity, title) in [
            (FindingSeverity::Warning, lang.text("metrics-warnings")),
            (FindingSeverity::Notice, lang.text("metrics-to-discuss")),
            (FindingSeverity::Info, lang.text("metrics-for-information")),
        ] {
            let mut findings = self
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .peekable();
            if findings.peek().is_none() {
                continue;
            }
            writeln!(w)?;
            writeln!(w, "{title}")?;
            for f in findings {
                for line in wrap(&f.sentence(lang), "  - ", "    ") {
                    writeln!(w, "{line}")?;
                }
            }
        }

        let brokers = self.brokers();
        if !brokers.is_empty() {
            writeln!(w)?;
            writeln!(w, "{}", lang.text("metrics-brokers"))?;
            let ties: Vec<String> = brokers
                .iter()
                .map(|a| words::message(lang, "count-ties", &Args::new().count("count", a.degree)))
                .collect();
            let width = ties.iter().map(|s| s.chars().count()).max().unwrap_or(0);
            for (a, ties) in brokers.iter().zip(&ties) {
                let pad = width - ties.chars().count();
                writeln!(
                    w,
                    "  {}  {ties}{}  {}",
                    words::decimal(lang, a.betweenness, 3),
                    " ".repeat(pad),
                    a.name
                )?;
            }
        }
        Ok(())
    }

    /// The headline rows: label and value.
    fn headline(&self, lang: Lang) -> Vec<(String, String)> {
        let net = &self.network;
        let mut rows = Vec::new();
        let mut row = |label: &'static str, value: &'static str, args: Args| {
            rows.push((lang.text(label), words::message(lang, value, &args)));
        };
        let mut kinds = KindCounts::default();
        for a in &self.actors {
            kinds.add(a.kind);
        }
        row(
            "metrics-label-actors",
            "metrics-headline-actors",
            Args::new()
                .count("count", net.actors)
                .with("kinds", kind_counts(&kinds)),
        );
        let ties = Args::new()
            .count("count", net.links)
            .number("density", net.density);
        let ties = match net.average_degree {
            Some(average) => ties.select("shape", "average").number("average", average),
            None => ties.select("shape", "no-average"),
        };
        row("metrics-label-ties", "metrics-headline-ties", ties);
        if net.actors > 0 {
            row(
                "metrics-label-components",
                "metrics-headline-components",
                Args::new()
                    .count("count", net.components.len())
                    .count("largest", net.components[0])
                    .number("share", net.largest_component_share.unwrap_or(0.0))
                    .count("isolated", net.isolates)
                    .count("pendants", net.pendants),
            );
        }
        let mixing = &self.coverage.kind_mixing;
        if let (Some(share), Some(ei)) = (mixing.cross_kind_share, mixing.ei_index) {
            row(
                "metrics-label-across-kinds",
                "metrics-headline-across-kinds",
                Args::new().number("share", share).number("ei", ei),
            );
        }
        let i = &self.coverage.integration;
        if let (Some(org), Some(dir), Some(sect)) = (
            i.inter_organisational_share,
            i.inter_directional_share,
            i.intersectoral_share,
        ) {
            row(
                "metrics-label-integration",
                "metrics-headline-integration",
                Args::new()
                    .number("organisations", org)
                    .number("directions", dir)
                    .number("sectors", sect),
            );
        }
        let needs = &self.coverage.needs;
        if !needs.needs.is_empty() {
            row(
                "metrics-label-needs",
                "metrics-headline-needs",
                Args::new()
                    .count("count", needs.needs.len())
                    .count("unserved", needs.unserved.len())
                    .count("single", needs.single_provider.len()),
            );
        }
        rows.push((lang.text("metrics-label-view"), self.view_words(lang)));
        if let Some(estimated) = self.sampling_words(lang) {
            rows.push((lang.text("metrics-label-estimated"), estimated));
        }
        rows
    }

    /// What the sampling estimated, in words (none when every value is exact): the
    /// metrics' text report and the HTML report both say it.
    pub(crate) fn sampling_words(&self, lang: Lang) -> Option<String> {
        let sample = self.sampling.as_ref()?;
        // Two significant digits.
        let b = sample.betweenness_standard_error;
        let digits = if b > 0.0 {
            (1.0 - b.log10().floor()).clamp(0.0, 12.0) as usize
        } else {
            0
        };
        let args = Args::new()
            .count("sources", sample.sources)
            // A seed is a name for a draw, not a quantity: written as it is.
            .with("seed", sample.seed.to_string())
            .count("estimated", sample.estimated_actors)
            .count("actors", self.network.actors)
            .with("error", words::decimal(lang, b, digits));
        Some(words::message(lang, "metrics-estimated", &args))
    }

    /// The view in words: which links count, which kinds, whether forums make ties.
    fn view_words(&self, lang: Lang) -> String {
        let mut parts: Vec<Arg> = vec![match self.view.min_level {
            None => Phrase::plain("metrics-view-every-link").into(),
            Some(l) => Phrase::new("metrics-view-min-level", Args::new().with("level", l)).into(),
        }];
        if let Some(kinds) = &self.view.kinds {
            let kept = ActorKind::ALL
                .into_iter()
                .filter(|k| kinds.contains(k))
                .map(Arg::Kind);
            parts.push(Phrase::new("metrics-view-only", slots(kept)).into());
        }
        parts.push(
            if self.view.forum_ties {
                Phrase::plain("metrics-view-forum-ties")
            } else {
                Phrase::plain("metrics-view-no-forum-ties")
            }
            .into(),
        );
        words::render(lang, &Arg::Series(parts))
    }

    /// The actors with the highest betweenness (above 0), ties broken by map order.
    fn brokers(&self) -> Vec<&ActorMetrics> {
        let mut brokers: Vec<&ActorMetrics> =
            self.actors.iter().filter(|a| a.betweenness > 0.0).collect();
        // Stable: equal values keep map order.
        brokers.sort_by(|a, b| b.betweenness.total_cmp(&a.betweenness));
        brokers.truncate(BROKERS);
        brokers
    }

    /// One row per actor with every per-actor metric, after a header row (see
    /// [`CSV_COLUMNS`]). Numbers are written in full precision with a decimal point;
    /// undefined values are empty cells. Ids and names that a spreadsheet would read as
    /// a formula (starting with `=`, `+`, `-`, `@`) are prefixed with `'`.
    ///
    /// # Example
    /// ```
    /// use actormap::{metrics::MetricsOptions, Network, metrics::MetricsReport, View};
    ///
    /// let map = actormap::read_path("fixtures/reference/florentine.json")?;
    /// let net = Network::new(&map, &View::default())?;
    /// let csv = MetricsReport::compute(&net, &MetricsOptions::default()).to_csv();
    /// assert!(csv.starts_with("id,name,kind,degree,"));
    /// assert_eq!(csv.lines().count(), 1 + 16);
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = Vec::new();
        self.write_csv(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("the CSV is UTF-8")
    }

    /// Write the per-actor CSV (see [`MetricsReport::to_csv`]).
    pub fn write_csv(&self, w: impl Write) -> io::Result<()> {
        let mut csv = csv::Writer::from_writer(w);
        // A sampled report says, in a last column, which rows hold estimates.
        let sampled = self.sampling.is_some();
        let mut header = CSV_COLUMNS.to_vec();
        if sampled {
            header.push("estimated");
        }
        csv.write_record(header)?;
        let float = |x: f64| x.to_string();
        let optional = |x: Option<f64>| x.map(float).unwrap_or_default();
        for a in &self.actors {
            csv.write_record(
                [
                    spreadsheet_text(&a.id),
                    spreadsheet_text(&a.name),
                    a.kind.as_str().to_owned(),
                    a.degree.to_string(),
                    a.in_degree.to_string(),
                    a.out_degree.to_string(),
                    a.strength.to_string(),
                    float(a.betweenness),
                    float(a.closeness),
                    float(a.harmonic),
                    a.core.to_string(),
                    float(a.clustering),
                    optional(a.constraint),
                    optional(a.effective_size),
                    a.component.to_string(),
                    a.articulation_point.to_string(),
                    a.isolated.to_string(),
                    a.pendant.to_string(),
                    a.cross_kind_ties.to_string(),
                    a.kinds_reached.to_string(),
                ]
                .into_iter()
                .chain(sampled.then(|| a.estimated.to_string())),
            )?;
        }
        csv.flush()
    }
}

/// Greedy word wrap: the first line starts with `first`, the others with `rest`. French
/// punctuation that stands after a space (`:`, `;`, `»`, `?`, `!`) stays with the word
/// before it; `«` and a bare number stay with the word after them.
fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let glue = glue_next || [":", ";", "»", "?", "!"].contains(&word);
        match words.last_mut() {
            Some(last) if glue => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        // A count stays with what it counts ("3 service users").
        glue_next = word == "«" || word.chars().all(|c| c.is_ascii_digit());
    }
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut len = first.chars().count();
    let mut empty = true;
    for word in &words {
        let wlen = word.chars().count();
        if !empty && len + 1 + wlen > WIDTH {
            lines.push(std::mem::replace(&mut line, rest.to_owned()));
            len = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += wlen;
        empty = false;
    }
    lines.push(line);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::MetricsOptions;
    use crate::metrics::testing::map_of;
    use crate::model::{ActorKind::*, Level::*};
    use crate::network::{Network, View};

    fn headline(map: &crate::model::ActorMap, lang: Lang) -> Vec<(String, String)> {
        let net = Network::new(map, &View::default()).unwrap();
        MetricsReport::compute(&net, &MetricsOptions::default()).headline(lang)
    }

    fn row<'a>(rows: &'a [(String, String)], label: &str) -> &'a str {
        &rows.iter().find(|(l, _)| l == label).unwrap().1
    }

    #[test]
    fn headline_counts_agree_with_their_nouns() {
        // Three actors on their own: the largest part has one actor.
        let alone = map_of(
            &[("a", "A", Public), ("b", "B", User), ("c", "C", User)],
            &[],
        );
        let en = headline(&alone, Lang::En);
        assert_eq!(
            row(&en, "Components"),
            "3, the largest with 1 actor (33%); 3 isolated, 0 held by a single tie"
        );
        assert_eq!(row(&en, "Actors"), "3: 1 public body, 2 service users");
        let fr = headline(&alone, Lang::Fr);
        assert_eq!(
            row(&fr, "Composantes"),
            "3, la plus grande compte 1 acteur (33\u{202f}%)\u{202f}; 3 isolés, 0 tenu par un \
             seul lien"
        );
        // One actor alone beside a pair: « 1 isolé ».
        let pair = map_of(
            &[
                ("a", "A", Public),
                ("b", "B", Community),
                ("c", "C", Private),
            ],
            &[("a", "b", Cooperation)],
        );
        let fr = headline(&pair, Lang::Fr);
        assert_eq!(
            row(&fr, "Composantes"),
            "2, la plus grande compte 2 acteurs (67\u{202f}%)\u{202f}; 1 isolé, 2 tenus par un \
             seul lien"
        );
        assert_eq!(
            row(&fr, "Liens"),
            "1, densité 0,333, 0,67 par acteur en moyenne"
        );
        assert_eq!(
            row(&fr, "Vue"),
            "tous les liens\u{202f}; siéger dans la même instance ne compte pas comme un lien"
        );
    }

    #[test]
    fn an_empty_map_has_a_short_headline() {
        let rows = headline(&map_of(&[], &[]), Lang::En);
        assert_eq!(row(&rows, "Actors"), "0");
        assert_eq!(row(&rows, "Ties"), "0, density 0.000");
        assert!(rows.iter().all(|(l, _)| l != "Components"));
    }

    #[test]
    fn the_view_says_which_kinds_it_keeps() {
        let map = map_of(&[("a", "A", Public), ("b", "B", User)], &[]);
        let view = View::default()
            .with_kinds(Some(vec![User, Public]))
            .with_min_level(Some(Cooperation))
            .with_forum_ties(true);
        let net = Network::new(&map, &view).unwrap();
        let report = MetricsReport::compute(&net, &MetricsOptions::default());
        assert_eq!(
            report.view_words(Lang::En),
            "links at the cooperation level or above; only public bodies, service users; \
             sitting in the same forum counts as a tie"
        );
        assert_eq!(
            report.view_words(Lang::Fr),
            "liens de niveau coopération ou plus\u{202f}; seulement organismes publics, \
             usagers\u{202f}; siéger dans la même instance compte comme un lien"
        );
    }

    #[test]
    fn wraps_at_the_width() {
        let text = "word ".repeat(40);
        let lines = wrap(text.trim(), "  - ", "    ");
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
        assert!(lines[0].starts_with("  - word"));
        assert!(lines[1].starts_with("    word"));
        assert_eq!(lines.concat().matches("word").count(), 40);
    }

    #[test]
    fn french_punctuation_is_not_wrapped_alone() {
        let text = format!("{} « Adaptation du domicile » : fin", "mot ".repeat(19));
        for line in wrap(&text, "  - ", "    ") {
            let body = line.trim_start_matches([' ', '-']);
            assert!(!body.starts_with([':', '»']), "{line}");
            assert!(!line.ends_with('«'), "{line}");
        }
    }
}
