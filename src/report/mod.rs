//! The report to hand out after each stage of a change process: one self-contained HTML
//! file (or Markdown) with the map's diagram, the headline indicators, the findings, the
//! forums with their composition, unmet rules and whom to invite, every actor's metrics,
//! and, given an earlier snapshot, what changed since.
//!
//! The report gathers what the library computes elsewhere ([`Report`], [`GapsReport`],
//! [`diff`](crate::diff())); it adds no analysis of its own. The diagram is passed in
//! as SVG text (see [`crate::render`]), so the report can be built without Graphviz.

mod html;
mod markdown;

use crate::diff::{Diff, DiffOptions};
use crate::error::Result;
use crate::finding::{Finding, FindingCode, FindingSeverity};
use crate::gaps::{GapsOptions, GapsReport, RuleSet, default_rule_sets};
use crate::lang::Lang;
use crate::metrics::{MetricsOptions, Report};
use crate::model::ActorMap;
use crate::network::{Network, View};
use crate::words::legacy::{decimal, kinds_breakdown, role};

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

/// What goes in a report.
#[derive(Clone, Debug, Default)]
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

impl<'a> ReportOptions<'a> {
    /// Options in a language, with three candidates per forum.
    pub fn new(lang: Lang) -> Self {
        ReportOptions {
            lang,
            top: 3,
            ..ReportOptions::default()
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
    pub(crate) metrics: Report,
    pub(crate) gaps: GapsReport,
    pub(crate) diff: Option<Diff>,
    pub(crate) diagram: Option<String>,
}

impl<'m> Content<'m> {
    fn gather(map: &'m ActorMap, options: &ReportOptions) -> Result<Self> {
        let lang = options.lang;
        let network = Network::new(map, &options.view)?;
        let metrics = Report::compute(&network, &MetricsOptions::default());
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
    pub(crate) fn heading(&self, section: Section) -> &'static str {
        let lang = self.lang;
        match section {
            Section::Map => lang.pick("The map", "La carte"),
            Section::Indicators => lang.pick("Headline indicators", "Indicateurs clés"),
            Section::Change => lang.pick("What changed", "Ce qui a changé"),
            Section::Findings => lang.pick("Findings", "Constats"),
            Section::Forums => lang.pick(
                "Forums: composition, gaps, whom to invite",
                "Instances : composition, écarts, qui inviter",
            ),
            Section::Actors => lang.pick("Every actor", "Tous les acteurs"),
            Section::About => lang.pick("About this report", "À propos de ce rapport"),
        }
    }

    /// The finding groups, most serious first, with their titles.
    pub(crate) fn finding_groups(&self) -> Vec<(&'static str, Vec<&Finding>)> {
        let lang = self.lang;
        let mut groups = Vec::new();
        for (severity, label) in [
            (FindingSeverity::Warning, lang.pick("To act on", "Alertes")),
            (
                FindingSeverity::Notice,
                lang.pick("To discuss", "À discuter"),
            ),
            (
                FindingSeverity::Info,
                lang.pick("For information", "Pour information"),
            ),
        ] {
            let group: Vec<&Finding> = self
                .metrics
                .findings
                .iter()
                .filter(|f| f.severity == severity)
                .collect();
            if !group.is_empty() {
                groups.push((label, group));
            }
        }
        let structural: Vec<&Finding> = self.structural_gaps().collect();
        if !structural.is_empty() {
            groups.push((
                lang.pick("Gaps of the whole map", "Lacunes de l'ensemble de la carte"),
                structural,
            ));
        }
        groups
    }

    /// A forum's composition in one line: size, kinds, roles, density of ties.
    pub(crate) fn composition(&self, forum: &crate::gaps::ForumGaps) -> String {
        let lang = self.lang;
        let members = if forum.size == 1 {
            lang.pick("member", "membre")
        } else {
            lang.pick("members", "membres")
        };
        let mut line = format!(
            "{} {members} — {}",
            forum.size,
            kinds_breakdown(lang, &forum.members_by_kind)
        );
        let sep = lang.pick("; ", " ; ");
        if let Some(m) = self.metrics.forums.iter().find(|m| m.id == forum.id) {
            let roles: Vec<String> = m
                .roles
                .iter()
                .filter(|(r, _)| r.as_str() != "member")
                .map(|(r, n)| format!("{n} {}", role(lang, r, *n > 1)))
                .collect();
            if !roles.is_empty() {
                line.push_str(sep);
                line.push_str(&roles.join(", "));
            }
            if let Some(d) = m.density {
                line.push_str(sep);
                line.push_str(&format!(
                    "{} {}",
                    lang.pick(
                        "density of ties among members",
                        "densité des liens entre membres"
                    ),
                    decimal(lang, d, 2)
                ));
            }
        }
        line
    }

    /// The titles of the actor table's columns, and whether each holds numbers.
    pub(crate) fn actor_columns(&self) -> Vec<(&'static str, bool)> {
        let lang = self.lang;
        [
            ("Actor", "Acteur", false),
            ("Kind", "Type", false),
            ("Ties", "Liens", true),
            ("Strength", "Intensité", true),
            ("Betweenness", "Intermédiarité", true),
            ("Closeness", "Proximité", true),
            ("Core", "Noyau", true),
            ("Clustering", "Agrégation", true),
            ("Constraint", "Contrainte", true),
            ("Kinds reached", "Types rejoints", true),
            ("Position", "Position", false),
        ]
        .into_iter()
        .map(|(en, fr, num)| (lang.pick(en, fr), num))
        .collect()
    }

    /// One actor's row: (text shown, value to sort by) per column.
    pub(crate) fn actor_row(&self, a: &crate::metrics::ActorMetrics) -> Vec<(String, String)> {
        let lang = self.lang;
        let num = |x: f64, digits: usize| (decimal(lang, x, digits), x.to_string());
        let int = |x: u64| (x.to_string(), x.to_string());
        let mut position: Vec<&str> = Vec::new();
        if a.isolated {
            position.push(lang.pick("isolated", "isolé"));
        }
        if a.pendant {
            position.push(lang.pick("one tie", "un seul lien"));
        }
        if a.articulation_point {
            position.push(lang.pick("articulation point", "point d'articulation"));
        }
        let position = position.join(", ");
        vec![
            (a.name.clone(), a.name.clone()),
            (
                lang.kind_label(a.kind).to_owned(),
                a.kind.index().to_string(),
            ),
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
        let lang = self.lang;
        let view = &self.metrics.view;
        let level = |l: crate::model::Level| {
            format!(
                "{} {}",
                lang.pick("links at level", "liens de niveau"),
                lang.level(l)
            )
        };
        let ties = match (view.min_level, view.forum_ties) {
            (None, false) => lang
                .pick("every link counts as a tie", "chaque lien compte")
                .to_owned(),
            (Some(l), false) => format!("{} {}", level(l), lang.pick("or above", "ou plus")),
            (None, true) => lang
                .pick(
                    "every link, and sitting in the same forum, count as ties",
                    "chaque lien, et le fait de siéger à la même instance, comptent",
                )
                .to_owned(),
            (Some(l), true) => format!(
                "{} {}, {}",
                level(l),
                lang.pick("or above", "ou plus"),
                lang.pick("and co-membership", "et la co-appartenance")
            ),
        };
        let rules = if self.gaps.rule_sets.is_empty() {
            lang.pick("none", "aucune").to_owned()
        } else {
            self.gaps.rule_sets.join(", ")
        };
        format!(
            "{} {ties}. {} {rules}. {}",
            lang.pick("Ties:", "Liens :"),
            lang.pick("Composition rules:", "Règles de composition :"),
            lang.pick(
                "Metrics follow NetworkX's definitions on the undirected graph of ties; every sentence is computed from the map. Produced by actormap.",
                "Les mesures suivent les définitions de NetworkX sur le graphe non orienté des liens ; chaque phrase est calculée à partir de la carte. Produit par actormap."
            )
        )
    }

    /// Actors per kind, for the whole map.
    pub(crate) fn actors_by_kind(&self) -> String {
        let mut counts = crate::model::KindCounts::default();
        for a in &self.map.actors {
            counts.add(a.kind);
        }
        kinds_breakdown(self.lang, &counts)
    }

    pub(crate) fn title(&self) -> String {
        self.map.name.clone().unwrap_or_else(|| {
            self.lang
                .pick("Actor map", "Cartographie des acteurs")
                .to_owned()
        })
    }
}

/// The `<svg …>…</svg>` element of Graphviz's SVG output, without the XML declaration,
/// doctype and comments that come before it.
fn svg_element(svg: &str) -> String {
    match svg.find("<svg") {
        Some(i) => svg[i..].trim_end().to_owned(),
        None => String::new(),
    }
}

/// The report as one self-contained HTML document: inline CSS, the SVG diagram embedded,
/// a table of actors that sorts by any column with a small inline script (and reads in
/// map order without it), print styles for A4 and Letter. Every name is escaped.
///
/// # Example
/// ```
/// use actormap::{Lang, ReportOptions};
///
/// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json".as_ref())?;
/// let html = actormap::html_report(&map, &ReportOptions::new(Lang::Fr))?;
/// assert!(html.starts_with("<!DOCTYPE html>"));
/// assert!(html.contains("Carrefour des proches aidants"));
/// # Ok::<(), actormap::Error>(())
/// ```
///
/// # Errors
/// When a map has errors that keep its network view from being built.
pub fn html_report(map: &ActorMap, options: &ReportOptions) -> Result<String> {
    Ok(html::render(&Content::gather(map, options)?))
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
    Ok(markdown::render(
        &Content::gather(map, options)?,
        diagram_file,
    ))
}
