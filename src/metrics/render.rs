//! The report as text a facilitator can read aloud, and as a spreadsheet of the actors'
//! metrics.

use std::io::{self, Write};

use super::{ActorMetrics, FindingSeverity, KindCounts, Report};
use crate::model::ActorKind;
use crate::words::legacy::{count, decimal, kinds_breakdown, percent, spreadsheet_text};

/// Width the text report wraps its sentences at.
const WIDTH: usize = 88;

/// How many brokers the text report lists.
const BROKERS: usize = 5;

/// The columns of the CSV, in order: the actor, then every per-actor metric. A report whose
/// all-pairs metrics are sampled ([`Report::sampling`]) adds a last column, `estimated`,
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

impl Report {
    /// The report as text, in the report's language: the headline figures, the findings
    /// (warnings, then what to discuss, then information) and the main brokers.
    ///
    /// # Example
    /// ```
    /// use actormap::{MetricsOptions, Network, Report, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json".as_ref())?;
    /// let net = Network::new(&map, &View::default())?;
    /// let text = Report::compute(&net, &MetricsOptions::default()).to_text();
    /// assert!(text.contains("Carrefour des proches aidants de Pierre-De Saurel is the only"));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = Vec::new();
        self.write_text(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("the report is UTF-8")
    }

    /// Write the text report (see [`Report::to_text`]).
    pub fn write_text(&self, mut w: impl Write) -> io::Result<()> {
        let lang = self.lang;
        let t = |en: &'static str, fr: &'static str| lang.pick(en, fr);
        if let Some(name) = &self.map.name {
            writeln!(w, "{name}")?;
        }
        let place: Vec<String> = [
            self.map.territory.clone(),
            self.map
                .as_of
                .as_ref()
                .map(|d| format!("{} {d}", t("as of", "en date du"))),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !place.is_empty() {
            writeln!(w, "{}", place.join(", "))?;
        }
        if self.map.name.is_some() || !place.is_empty() {
            writeln!(w)?;
        }

        writeln!(w, "{}", t("Headline", "En bref"))?;
        let rows = self.headline();
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
            (FindingSeverity::Warning, t("Warnings", "Alertes")),
            (FindingSeverity::Notice, t("To discuss", "À discuter")),
            (
                FindingSeverity::Info,
                t("For information", "Pour information"),
            ),
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
            let title = t(
                "Main brokers: who lies on the shortest paths between the others (betweenness)",
                "Principaux intermédiaires (intermédiarité) : par qui passent les plus courts \
                 chemins",
            );
            writeln!(w, "{title}")?;
            let ties: Vec<String> = brokers
                .iter()
                .map(|a| count(a.degree, t("tie", "lien"), t("ties", "liens")))
                .collect();
            let width = ties.iter().map(|s| s.chars().count()).max().unwrap_or(0);
            for (a, ties) in brokers.iter().zip(&ties) {
                let pad = width - ties.chars().count();
                writeln!(
                    w,
                    "  {}  {ties}{}  {}",
                    decimal(lang, a.betweenness, 3),
                    " ".repeat(pad),
                    a.name
                )?;
            }
        }
        Ok(())
    }

    /// The headline rows: label and value.
    fn headline(&self) -> Vec<(String, String)> {
        let lang = self.lang;
        let t = |en: &str, fr: &str| lang.pick(en, fr).to_owned();
        let net = &self.network;
        let mut rows = Vec::new();
        let mut kinds = KindCounts::default();
        for a in &self.actors {
            kinds.add(a.kind);
        }
        let actors = if net.actors == 0 {
            "0".to_owned()
        } else {
            format!(
                "{}{} {}",
                net.actors,
                t(":", " :"),
                kinds_breakdown(lang, &kinds)
            )
        };
        rows.push((t("Actors", "Acteurs"), actors));
        let mut ties = format!(
            "{}, {} {}",
            net.links,
            t("density", "densité"),
            decimal(lang, net.density, 3)
        );
        if let Some(avg) = net.average_degree {
            ties += ", ";
            ties += &lang
                .pick("{} per actor on average", "{} par acteur en moyenne")
                .replace("{}", &decimal(lang, avg, 2));
        }
        rows.push((t("Ties", "Liens"), ties));
        if net.actors > 0 {
            let largest = net.components[0];
            let share = percent(lang, net.largest_component_share.unwrap_or(0.0));
            let mut parts = if net.components.len() == 1 {
                t(
                    "1: every actor can reach every other",
                    "1 : chaque acteur peut joindre tous les autres",
                )
            } else {
                lang.pick(
                    "{n}, the largest with {l} actors ({s})",
                    "{n}, la plus grande compte {l} acteurs ({s})",
                )
                .replace("{n}", &net.components.len().to_string())
                .replace("{l}", &largest.to_string())
                .replace("{s}", &share)
            };
            parts += &lang
                .pick(
                    "; {i} isolated, {p} held by a single tie",
                    " ; {i} isolés, {p} tenus par un seul lien",
                )
                .replace("{i}", &net.isolates.to_string())
                .replace("{p}", &net.pendants.to_string());
            rows.push((t("Components", "Composantes"), parts));
        }
        let mixing = &self.coverage.kind_mixing;
        if let (Some(share), Some(ei)) = (mixing.cross_kind_share, mixing.ei_index) {
            rows.push((
                t("Across kinds", "Entre types"),
                lang.pick(
                    "{p} of ties join two kinds of actors (E-I index {e})",
                    "{p} des liens relient deux types d'acteurs (indice E-I {e})",
                )
                .replace("{p}", &percent(lang, share))
                .replace("{e}", &decimal(lang, ei, 2)),
            ));
        }
        let i = &self.coverage.integration;
        if let (Some(org), Some(dir), Some(sect)) = (
            i.inter_organisational_share,
            i.inter_directional_share,
            i.intersectoral_share,
        ) {
            rows.push((
                t("Integration", "Intégration"),
                lang.pick(
                    "{o} inter-organisational, {d} inter-directional, {s} intersectoral",
                    "{o} interorganisationnels, {d} interdirectionnels, {s} intersectoriels",
                )
                .replace("{o}", &percent(lang, org))
                .replace("{d}", &percent(lang, dir))
                .replace("{s}", &percent(lang, sect)),
            ));
        }
        let needs = &self.coverage.needs;
        if !needs.needs.is_empty() {
            rows.push((
                t("Needs", "Besoins"),
                lang.pick(
                    "{n} declared: {u} served by no actor, {s} by a single actor",
                    "{n} déclarés : {u} sans aucun acteur, {s} avec un seul acteur",
                )
                .replace("{n}", &needs.needs.len().to_string())
                .replace("{u}", &needs.unserved.len().to_string())
                .replace("{s}", &needs.single_provider.len().to_string()),
            ));
        }
        rows.push((t("View", "Vue"), self.view_words()));
        if let Some(estimated) = self.sampling_words() {
            rows.push((t("Estimated", "Estimé"), estimated));
        }
        rows
    }

    /// What the sampling estimated, in words (none when every value is exact): the
    /// metrics' text report and the HTML report both say it.
    pub(crate) fn sampling_words(&self) -> Option<String> {
        let lang = self.lang;
        let sample = self.sampling.as_ref()?;
        Some(
            lang.pick(
                "betweenness, closeness, harmonic centrality and path lengths are \
                 estimated from {k} sources (seed {s}) for {e} of the {n} actors; \
                 betweenness to ±{b} at best (its standard error)",
                "l'intermédiarité, la proximité, la centralité harmonique et les \
                 longueurs de chemin sont estimées à partir de {k} sources (graine {s}) \
                 pour {e} des {n} acteurs ; intermédiarité à ±{b} près au mieux (son \
                 écart-type)",
            )
            .replace("{k}", &sample.sources.to_string())
            .replace("{s}", &sample.seed.to_string())
            .replace("{e}", &sample.estimated_actors.to_string())
            .replace("{n}", &self.network.actors.to_string())
            .replace("{b}", &{
                // Two significant digits.
                let b = sample.betweenness_standard_error;
                let digits = if b > 0.0 {
                    (1.0 - b.log10().floor()).clamp(0.0, 12.0) as usize
                } else {
                    0
                };
                decimal(lang, b, digits)
            }),
        )
    }

    fn view_words(&self) -> String {
        let lang = self.lang;
        let mut parts = vec![match self.view.min_level {
            None => lang.pick("every link", "tous les liens").to_owned(),
            Some(l) => lang
                .pick(
                    "links at the {} level or above",
                    "liens de niveau {} ou plus",
                )
                .replace("{}", &lang.level(l)),
        }];
        if let Some(kinds) = &self.view.kinds {
            let names: Vec<String> = ActorKind::ALL
                .into_iter()
                .filter(|k| kinds.contains(k))
                .map(|k| lang.kinds(k))
                .collect();
            parts.push(format!(
                "{} {}",
                lang.pick("only", "seulement"),
                names.join(", ")
            ));
        }
        parts.push(
            if self.view.forum_ties {
                lang.pick(
                    "sitting in the same forum counts as a tie",
                    "siéger dans la même instance compte comme un lien",
                )
            } else {
                lang.pick(
                    "sitting in the same forum is not a tie",
                    "siéger dans la même instance ne compte pas comme un lien",
                )
            }
            .to_owned(),
        );
        parts.join(lang.pick("; ", " ; "))
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
    /// use actormap::{MetricsOptions, Network, Report, View};
    ///
    /// let map = actormap::read_path("fixtures/reference/florentine.json".as_ref())?;
    /// let net = Network::new(&map, &View::default())?;
    /// let csv = Report::compute(&net, &MetricsOptions::default()).to_csv();
    /// assert!(csv.starts_with("id,name,kind,degree,"));
    /// assert_eq!(csv.lines().count(), 1 + 16);
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_csv(&self) -> String {
        let mut out = Vec::new();
        self.write_csv(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("the CSV is UTF-8")
    }

    /// Write the per-actor CSV (see [`Report::to_csv`]).
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
