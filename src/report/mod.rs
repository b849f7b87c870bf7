//! The report to hand out after each stage of a change process: one self-contained HTML
//! file (or Markdown) with the map's diagram, the headline indicators, the findings, the
//! forums with their composition, unmet rules and whom to invite, every actor's metrics,
//! and, given an earlier snapshot, what changed since.
//!
//! The report gathers what the library computes elsewhere ([`MetricsReport`], [`GapsReport`],
//! [`diff`](crate::diff::diff())); it adds no analysis of its own. The diagram is passed in
//! as SVG text (see [`crate::render`]), so the report can be built without Graphviz.

mod html;
mod markdown;

use crate::diff::{Diff, DiffOptions};
use crate::error::Result;
use crate::finding::{Finding, FindingCode, FindingSeverity};
use crate::gaps::{GapsOptions, GapsReport, RuleSet, default_rule_sets};
use crate::metrics::{MetricsOptions, MetricsReport};
use crate::model::{ActorKind, ActorMap};
use crate::network::{Network, View};
use crate::words::{self, Arg, Args, Lang, Phrase};

/// The sections of a report.
#[derive(Clone, Copy)]
pub(crate) enum Section {
    Map,
    Indicators,
    Change,
    Findings,
    Forums,
    Actors,
    About,
}

/// What goes in a report. `ReportOptions::default()` and `ReportOptions::new(Lang::En)`
/// are the same: English, five candidates per forum (as [`crate::gaps::GapsOptions`]),
/// every link a tie, the built-in rule sets that fit the map.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ReportOptions<'a> {
    /// Language of every word.
    pub lang: Lang,
    /// An earlier snapshot, to report what changed since.
    pub before: Option<&'a ActorMap>,
    /// The map's diagram as SVG text (Graphviz output), embedded as it is.
    pub diagram: Option<String>,
    /// Composition rules (none: the built-in sets that fit the map).
    pub rule_sets: Option<Vec<RuleSet>>,
    /// How many candidates to invite to list per forum.
    pub top: usize,
    /// Which ties count.
    pub view: View,
}

impl Default for ReportOptions<'_> {
    fn default() -> Self {
        ReportOptions::new(Lang::default())
    }
}

impl<'a> ReportOptions<'a> {
    /// Options in a language, with five candidates per forum.
    pub fn new(lang: Lang) -> Self {
        ReportOptions {
            lang,
            before: None,
            diagram: None,
            rule_sets: None,
            top: crate::gaps::GapsOptions::default().top,
            view: View::default(),
        }
    }

    /// Options with an earlier snapshot.
    pub fn with_before(mut self, before: Option<&'a ActorMap>) -> Self {
        self.before = before;
        self
    }

    /// Options with the diagram's SVG.
    pub fn with_diagram(mut self, svg: Option<String>) -> Self {
        self.diagram = svg;
        self
    }

    /// Options with composition rules.
    pub fn with_rule_sets(mut self, rule_sets: Option<Vec<RuleSet>>) -> Self {
        self.rule_sets = rule_sets;
        self
    }

    /// Options listing `top` candidates per forum.
    pub fn with_top(mut self, top: usize) -> Self {
        self.top = top;
        self
    }

    /// Options with a view.
    pub fn with_view(mut self, view: View) -> Self {
        self.view = view;
        self
    }
}

/// Everything a report shows, computed once for both renderers.
pub(crate) struct Content<'m> {
    pub(crate) lang: Lang,
    pub(crate) map: &'m ActorMap,
    pub(crate) metrics: MetricsReport,
    pub(crate) gaps: GapsReport,
    pub(crate) diff: Option<Diff>,
    pub(crate) diagram: Option<String>,
}

impl<'m> Content<'m> {
    fn gather(map: &'m ActorMap, options: &ReportOptions) -> Result<Self> {
        let lang = options.lang;
        let network = Network::new(map, &options.view)?;
        let metrics = MetricsReport::compute(&network, &MetricsOptions::default());
        let rule_sets = match &options.rule_sets {
            Some(sets) => sets.clone(),
            None => default_rule_sets(map),
        };
        let gaps_options = GapsOptions::default().with_top(options.top);
        let gaps = GapsReport::compute(&network, &rule_sets, &gaps_options)?;
        let diff = match options.before {
            Some(before) => Some(crate::diff::diff(
                before,
                map,
                &DiffOptions::default().with_view(options.view.clone()),
            )?),
            None => None,
        };
        Ok(Content {
            lang,
            map,
            metrics,
            gaps,
            diff,
            diagram: options.diagram.as_deref().map(svg_element),
        })
    }

    /// The gaps of the whole map the metrics do not already say (kind pairs without a tie
    /// are among the metrics' findings).
    pub(crate) fn structural_gaps(&self) -> impl Iterator<Item = &Finding> {
        self.gaps
            .structural
            .findings
            .iter()
            .filter(|f| f.code != FindingCode::KindPairWithoutTie)
    }

    /// A section's title.
    pub(crate) fn heading(&self, section: Section) -> String {
        self.lang.text(match section {
            Section::Map => "report-heading-map",
            Section::Indicators => "report-heading-indicators",
            Section::Change => "report-heading-change",
            Section::Findings => "report-heading-findings",
            Section::Forums => "report-heading-forums",
            Section::Actors => "report-heading-actors",
            Section::About => "report-heading-about",
        })
    }

    /// The title of the change section: since the earlier snapshot's date, if it has one.
    pub(crate) fn change_heading(&self, diff: &Diff) -> String {
        match &diff.before.as_of {
            Some(date) => words::message(
                self.lang,
                "report-heading-change-since",
                &Args::new().with("date", date.as_str()),
            ),
            None => self.heading(Section::Change),
        }
    }

    /// The finding groups, most serious first, with their titles.
    pub(crate) fn finding_groups(&self) -> Vec<(String, Vec<&Finding>)> {
        let lang = self.lang;
        let mut groups = Vec::new();
        for (severity, label) in [
            (FindingSeverity::Warning, "report-group-warnings"),
            (FindingSeverity::Notice, "report-group-to-discuss"),
            (FindingSeverity::Info, "report-group-for-information"),
        ] {
            let group: Vec<&Finding> = self
                .metrics
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if !group.is_empty() {
                groups.push((lang.text(label), group));
            }
        }
        let structural: Vec<&Finding> = self.structural_gaps().collect();
        if !structural.is_empty() {
            groups.push((lang.text("report-group-map-gaps"), structural));
        }
        groups
    }

    /// A forum's composition in one line: size, kinds, roles, density of ties.
    pub(crate) fn composition(&self, forum: &crate::gaps::ForumGaps) -> String {
        let lang = self.lang;
        let size = Args::new()
            .count("count", forum.size)
            .with("kinds", kinds_breakdown(lang, &forum.members_by_kind));
        let mut parts = vec![Arg::Phrase(Phrase::new("report-forum-size", size))];
        if let Some(m) = self.metrics.forums.iter().find(|m| m.id == forum.id) {
            let roles: Vec<String> = m
                .roles
                .iter()
                .filter(|(r, _)| r.as_str() != "member")
                .map(|(r, n)| {
                    let args = Args::new()
                        .count("count", *n)
                        .with("role", Arg::Role(r.clone()));
                    words::message(lang, "report-forum-role", &args)
                })
                .collect();
            if !roles.is_empty() {
                parts.push(Arg::Text(joined(lang, &roles)));
            }
            if let Some(d) = m.density {
                let density = Args::new().number("density", d);
                parts.push(Phrase::new("report-forum-density", density).into());
            }
        }
        words::render(lang, &Arg::Series(parts))
    }

    /// The titles of the actor table's columns, and whether each holds numbers.
    pub(crate) fn actor_columns(&self) -> Vec<(String, bool)> {
        [
            ("report-column-actor", false),
            ("report-column-kind", false),
            ("report-column-ties", true),
            ("report-column-strength", true),
            ("report-column-betweenness", true),
            ("report-column-closeness", true),
            ("report-column-core", true),
            ("report-column-clustering", true),
            ("report-column-constraint", true),
            ("report-column-kinds-reached", true),
            ("report-column-position", false),
        ]
        .into_iter()
        .map(|(id, num)| (self.lang.text(id), num))
        .collect()
    }

    /// One actor's row: (text shown, value to sort by) per column.
    pub(crate) fn actor_row(&self, a: &crate::metrics::ActorMetrics) -> Vec<(String, String)> {
        let lang = self.lang;
        let num = |x: f64, digits: usize| (words::decimal(lang, x, digits), x.to_string());
        let int = |x: u64| (words::integer(lang, x), x.to_string());
        let mut position: Vec<String> = Vec::new();
        if a.isolated {
            position.push(lang.text("report-position-isolated"));
        }
        if a.pendant {
            position.push(lang.text("report-position-pendant"));
        }
        if a.articulation_point {
            position.push(lang.text("report-position-articulation-point"));
        }
        let position = joined(lang, &position);
        vec![
            (a.name.clone(), a.name.clone()),
            (lang.kind_label(a.kind), a.kind.index().to_string()),
            int(a.degree as u64),
            int(a.strength),
            num(a.betweenness, 3),
            num(a.closeness, 3),
            int(u64::from(a.core)),
            num(a.clustering, 2),
            a.constraint
                .map_or(("—".to_owned(), String::new()), |x| num(x, 2)),
            int(a.kinds_reached as u64),
            (position.clone(), position),
        ]
    }

    /// What counts as a tie, which rules were applied, and the method, in one paragraph.
    pub(crate) fn method(&self) -> String {
        let view = &self.metrics.view;
        let ties = match (view.min_level, view.forum_ties) {
            (None, false) => "every-link",
            (Some(_), false) => "min-level",
            (None, true) => "forum-ties",
            (Some(_), true) => "min-level-forum-ties",
        };
        let mut args = Args::new().select("ties", ties);
        if let Some(level) = view.min_level {
            args.set("level", level);
        }
        let args = if self.gaps.rule_sets.is_empty() {
            args.select("rules", "none")
        } else {
            args.select("rules", "listed")
                .with("names", joined(self.lang, &self.gaps.rule_sets))
        };
        words::message(self.lang, "report-method", &args)
    }

    /// Actors per kind, for the whole map.
    pub(crate) fn actors_by_kind(&self) -> String {
        let mut counts = crate::model::KindCounts::default();
        for a in &self.map.actors {
            counts.add(a.kind);
        }
        let kinds = Args::new().with("kinds", kinds_breakdown(self.lang, &counts));
        words::message(self.lang, "report-actors-by-kind", &kinds)
    }

    pub(crate) fn title(&self) -> String {
        self.map
            .name
            .clone()
            .unwrap_or_else(|| self.lang.text("report-untitled"))
    }
}

/// Items joined by the language's list separator, without a last "and": the parts of
/// one table cell or one clause.
fn joined(lang: Lang, items: &[String]) -> String {
    items.join(&lang.text("list-separator"))
}

/// "3 community organisations, 1 service user": the kinds with a count, in canonical
/// order.
fn kinds_breakdown(lang: Lang, counts: &crate::metrics::KindCounts) -> String {
    let counted: Vec<String> = ActorKind::ALL
        .into_iter()
        .filter(|&k| counts.get(k) > 0)
        .map(|k| {
            let args = Args::new().count("count", counts.get(k)).with("kind", k);
            words::message(lang, "count-kind", &args)
        })
        .collect();
    joined(lang, &counted)
}

/// The `<svg …>…</svg>` element of Graphviz's SVG output, without the XML declaration,
/// doctype and comments that come before it.
fn svg_element(svg: &str) -> String {
    match svg.find("<svg") {
        Some(i) => svg[i..].trim_end().to_owned(),
        None => String::new(),
    }
}

/// Above this many actors, [`report_diagram`] leaves the diagram out: Graphviz would take
/// long to draw it, and no one could read it on a page.
pub const DIAGRAM_MAX_ACTORS: usize = 400;

/// The diagram a report embeds, or why it has none.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReportDiagram {
    /// The diagram, as SVG text drawn by Graphviz.
    Svg(String),
    /// The map has more actors than a diagram can show legibly.
    TooManyActors {
        /// The map's actors.
        actors: usize,
        /// [`DIAGRAM_MAX_ACTORS`].
        limit: usize,
    },
}

/// The diagram of a report: the map in the options' language and view, grouped by
/// organisation, with what isolates actors marked; drawn by Graphviz (which must be
/// installed). A map of more than [`DIAGRAM_MAX_ACTORS`] actors gets none.
pub fn report_diagram(map: &ActorMap, options: &ReportOptions) -> Result<ReportDiagram> {
    if map.actors.len() > DIAGRAM_MAX_ACTORS {
        return Ok(ReportDiagram::TooManyActors {
            actors: map.actors.len(),
            limit: DIAGRAM_MAX_ACTORS,
        });
    }
    let highlights = crate::dot::Highlights::isolation(&Network::new(map, &options.view)?);
    let dot_options = crate::dot::DotOptions::default()
        .with_lang(options.lang)
        .with_cluster_by(Some(crate::dot::ClusterBy::Organization))
        .with_min_level(options.view.min_level)
        .with_highlights(highlights);
    let dot = crate::dot::to_dot(map, &dot_options)?;
    let svg = crate::render::render(
        &dot,
        crate::render::Layout::Dot,
        crate::render::ImageFormat::Svg,
    )?;
    Ok(ReportDiagram::Svg(
        String::from_utf8_lossy(&svg).into_owned(),
    ))
}

/// The report as one self-contained HTML document: inline CSS, the SVG diagram embedded,
/// a table of actors that sorts by any column with a small inline script (and reads in
/// map order without it), print styles for A4 and Letter. Every name is escaped.
///
/// # Example
/// ```
/// use actormap::{Lang, report::ReportOptions};
///
/// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
/// let html = actormap::report::html_report(&map, &ReportOptions::new(Lang::Fr))?;
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("Carrefour des proches aidants"));
/// # Ok::<(), actormap::Error>(())
/// ```
///
/// # Errors
/// When a map has errors that keep its network view from being built.
pub fn html_report(map: &ActorMap, options: &ReportOptions) -> Result<String> {
    Ok(Report::new(map, options)?.html())
}

/// The report as Markdown. The diagram cannot be embedded in Markdown: give the name of
/// the SVG file written beside the report as `diagram_file`, and the report shows it.
///
/// # Errors
/// As [`html_report`].
pub fn markdown_report(
    map: &ActorMap,
    options: &ReportOptions,
    diagram_file: Option<&str>,
) -> Result<String> {
    Ok(Report::new(map, options)?.markdown(diagram_file))
}

/// A report gathered (metrics, gaps, changes) and ready to be written as HTML or
/// Markdown as it is made, so that the report of a large map is never held whole in
/// memory: [`html_report`] and [`markdown_report`] give the same bytes as text.
///
/// # Example
/// ```
/// use actormap::{Lang, report::Report, report::ReportOptions};
///
/// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
/// let report = Report::new(&map, &ReportOptions::new(Lang::Fr))?;
/// let mut html = Vec::new();
/// report.write_html(&mut html)?;
/// assert_eq!(html, actormap::report::html_report(&map, &ReportOptions::new(Lang::Fr))?.into_bytes());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Report<'m> {
    content: Content<'m>,
}

impl<'m> Report<'m> {
    /// Gather what the report shows: every error comes here, before anything is written.
    ///
    /// # Errors
    /// As [`html_report`].
    pub fn new(map: &'m ActorMap, options: &ReportOptions) -> Result<Self> {
        Ok(Report {
            content: Content::gather(map, options)?,
        })
    }

    /// The report as HTML text (see [`html_report`]).
    pub fn html(&self) -> String {
        in_memory(|out| self.write_html(out))
    }

    /// The report as Markdown text (see [`markdown_report`]).
    pub fn markdown(&self, diagram_file: Option<&str>) -> String {
        in_memory(|out| self.write_markdown(out, diagram_file))
    }

    /// Write the report as HTML (see [`html_report`]) to `out`.
    pub fn write_html(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        html::render(&self.content, &mut out)
    }

    /// Write the report as Markdown (see [`markdown_report`]) to `out`.
    pub fn write_markdown(
        &self,
        mut out: impl std::io::Write,
        diagram_file: Option<&str>,
    ) -> std::io::Result<()> {
        markdown::render(&self.content, diagram_file, &mut out)
    }
}

/// What a renderer writes, as text: writing into memory does not fail, and renderers
/// write only text.
fn in_memory(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut bytes = Vec::new();
    write(&mut bytes).expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("the report is UTF-8")
}
