//! Missing partners: which kinds of actors are missing around a forum, which rules of
//! composition it does not meet, and which organisations already tied to its members
//! could be invited.
//!
//! Three parts, gathered in a [`GapsReport`]:
//!
//! - **Composition rules** ([`RuleSet`]): each requirement a forum does not meet is a
//!   finding that names the forum, the rule and what is missing.
//! - **Candidates to invite**: for each forum, the actors outside it ranked by how tied
//!   they already are to its members, boosted when they bring a kind, a sector or a need
//!   the forum lacks, each with its reasons (see [`Candidate`] for the score).
//! - **Structural gaps** of the whole map: kinds never tied to each other, sectors and
//!   needs whose actors never work across kinds, actors of a forum's sector tied to nobody
//!   in it.

mod candidates;
mod rules;
mod structural;
mod words;

use std::collections::HashMap;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::finding::{Finding, FindingText};
use crate::model::KindCounts;
use crate::model::{Actor, ActorKind, ActorMap, Forum};
use crate::network::Network;
use crate::words::{Lang, Phrase};

pub use candidates::Candidate;
pub use rules::{
    BUILTIN_RULE_SETS, DeclaredNeeds, Distinct, DistinctBy, KindCount, NeedsRule, RULES_FORMAT,
    Range, Represent, RoleCount, Rule, RuleSet, Selector, WELL_KNOWN_ROLES,
};
pub use structural::StructuralGaps;

/// How to look for missing partners.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct GapsOptions {
    /// Only this forum (its rules and its candidates); none: every forum.
    pub forum: Option<String>,
    /// How many candidates to keep per forum.
    pub top: usize,
}

impl Default for GapsOptions {
    fn default() -> Self {
        GapsOptions {
            forum: None,
            top: 5,
        }
    }
}

impl GapsOptions {
    /// Options for one forum.
    pub fn with_forum(mut self, forum: Option<String>) -> Self {
        self.forum = forum;
        self
    }

    /// Options keeping `top` candidates per forum.
    pub fn with_top(mut self, top: usize) -> Self {
        self.top = top;
        self
    }
}

/// What one forum looks like, what it misses and whom it could invite.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ForumGaps {
    /// Id of the forum.
    pub id: String,
    /// Name of the forum.
    pub name: String,
    /// Kind of the forum, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Number of distinct members.
    pub size: usize,
    /// Members per kind.
    pub members_by_kind: KindCounts,
    /// Kinds with no member.
    pub kinds_absent: Vec<ActorKind>,
    /// How many rules apply to it.
    pub rules_checked: usize,
    /// The composition rules it does not meet.
    pub findings: Vec<Finding>,
    /// Actors to invite, best first.
    pub candidates: Vec<Candidate>,
}

/// Everything actormap finds about missing partners in a map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapsReport {
    /// Names of the rule sets applied.
    pub rule_sets: Vec<String>,
    /// One entry per forum examined, in map order.
    pub forums: Vec<ForumGaps>,
    /// Rules about the map as a whole (a required forum that does not exist).
    pub map_findings: Vec<Finding>,
    /// Gaps of the whole network.
    pub structural: StructuralGaps,
}

/// The rule sets that fit a map when none is chosen: every built-in set one of whose
/// forum kinds appears in the map.
///
/// # Example
/// ```
/// let map = actormap::read_path("fixtures/itss-action-group.json")?;
/// let sets = actormap::gaps::default_rule_sets(&map);
/// assert_eq!(sets[0].name, "strategic-community");
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn default_rule_sets(map: &ActorMap) -> Vec<RuleSet> {
    BUILTIN_RULE_SETS
        .iter()
        .filter_map(|name| RuleSet::builtin(name))
        .filter(|set| {
            set.forum_kinds().iter().any(|k| {
                let k = crate::text::key(k);
                map.forums
                    .iter()
                    .any(|f| f.kind.as_deref().is_some_and(|f| crate::text::key(f) == k))
            })
        })
        .collect()
}

/// The rule sets asked for by name: each a built-in set ([`BUILTIN_RULE_SETS`]) or the
/// path of a rule file; none named, the built-in sets that fit the map
/// ([`default_rule_sets`]).
///
/// # Example
/// ```
/// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
/// let sets = actormap::gaps::rule_sets(&map, &["proximity-services"])?;
/// assert_eq!(sets[0].name, "proximity-services");
/// assert_eq!(actormap::gaps::rule_sets(&map, &[] as &[&str])?, actormap::gaps::default_rule_sets(&map));
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn rule_sets(map: &ActorMap, names: &[impl AsRef<std::path::Path>]) -> Result<Vec<RuleSet>> {
    if names.is_empty() {
        return Ok(default_rule_sets(map));
    }
    names
        .iter()
        .map(|name| {
            let name = name.as_ref();
            match name.to_str().and_then(RuleSet::builtin) {
                Some(set) => Ok(set),
                None => RuleSet::read_path(name),
            }
        })
        .collect()
}

/// Facts about the map that every part of the analysis needs.
pub(crate) struct Context<'m> {
    pub(crate) map: &'m ActorMap,
    index: HashMap<&'m str, usize>,
}

impl<'m> Context<'m> {
    pub(crate) fn new(map: &'m ActorMap) -> Self {
        let index = map
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        Context { map, index }
    }

    pub(crate) fn actor(&self, id: &str) -> Option<&'m Actor> {
        self.index.get(id).map(|&i| &self.map.actors[i])
    }

    /// The distinct member actors of a forum, in order.
    pub(crate) fn members(&self, forum: &'m Forum) -> Vec<&'m Actor> {
        let mut seen = std::collections::HashSet::new();
        forum
            .members
            .iter()
            .filter(|m| seen.insert(m.actor.as_str()))
            .filter_map(|m| self.actor(&m.actor))
            .collect()
    }

    /// The organisation an actor belongs to, as a key: its `organization`, or itself
    /// (see [`crate::metrics::Integration`]).
    pub(crate) fn organization<'a>(&self, actor: &'a Actor) -> std::borrow::Cow<'a, str> {
        crate::metrics::organisation_key(actor)
    }

    /// A name for the organisation an actor belongs to (see
    /// [`ActorMap::organization_name`]).
    pub(crate) fn organization_name(&self, actor: &Actor) -> String {
        let org = actor
            .organization
            .as_deref()
            .filter(|o| !o.trim().is_empty())
            .unwrap_or(&actor.id);
        self.map.organization_name(org.trim())
    }
}

impl GapsReport {
    /// Check `rule_sets` on the map's forums, rank candidates to invite and find the
    /// structural gaps of the network (its view decides which ties count).
    ///
    /// # Errors
    /// [`ErrorKind::NotFound`](crate::ErrorKind::NotFound) when `options.forum` names no
    /// forum.
    ///
    /// # Complexity
    /// For each forum, O(Σ degree² of its members) for the candidates; O(actors + ties)
    /// for the rest.
    ///
    /// # Example
    /// ```
    /// use actormap::{gaps::GapsOptions, gaps::GapsReport, Network, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let network = Network::new(&map, &View::default())?;
    /// let rules = actormap::gaps::default_rule_sets(&map);
    /// let options = GapsOptions::default().with_forum(Some("table-aines".into()));
    /// let report = GapsReport::compute(&network, &rules, &options)?;
    /// let table = &report.forums[0];
    /// assert!(table.kinds_absent.contains(&actormap::ActorKind::Private));
    /// println!("invite first: {}", table.candidates[0].name);
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn compute(
        network: &Network,
        rule_sets: &[RuleSet],
        options: &GapsOptions,
    ) -> Result<GapsReport> {
        let map = network.map();
        let cx = Context::new(map);
        let selected: Vec<&Forum> = match &options.forum {
            Some(id) => vec![map.forum(id).ok_or_else(|| {
                Error::not_found("forum", id, map.forums.iter().map(|f| f.id.as_str()))
            })?],
            None => map.forums.iter().collect(),
        };
        let mut map_findings = Vec::new();
        let mut per_forum: Vec<Vec<Finding>> = vec![Vec::new(); selected.len()];
        let mut checked = vec![0usize; selected.len()];
        for set in rule_sets {
            for rule in &set.rules {
                if rule.required
                    && options.forum.is_none()
                    && !map.forums.iter().any(|f| rule.forums.selects(f))
                {
                    map_findings.push(words::required_missing(rule));
                }
                for (i, forum) in selected.iter().enumerate() {
                    if rule.forums.selects(forum) {
                        checked[i] += 1;
                        per_forum[i].extend(rules_check::check(&cx, rule, forum));
                    }
                }
            }
        }
        let mut pool = candidates::Pool::new(network);
        let forums = selected
            .iter()
            .zip(per_forum)
            .zip(checked)
            .map(|((forum, findings), rules_checked)| {
                let members = cx.members(forum);
                let mut members_by_kind = KindCounts::default();
                for m in &members {
                    members_by_kind.add(m.kind);
                }
                let kinds_absent = ActorKind::ALL
                    .into_iter()
                    .filter(|&k| members_by_kind.get(k) == 0)
                    .collect();
                ForumGaps {
                    id: forum.id.clone(),
                    name: forum.name.clone(),
                    kind: forum.kind.clone(),
                    size: members.len(),
                    members_by_kind,
                    kinds_absent,
                    rules_checked,
                    findings,
                    candidates: candidates::rank(&cx, network, &mut pool, forum, options.top),
                }
            })
            .collect();
        Ok(GapsReport {
            rule_sets: rule_sets.iter().map(|s| s.name.clone()).collect(),
            forums,
            map_findings,
            structural: structural::find(&cx, network, &selected),
        })
    }

    /// Every finding, in the order of the text report: the map's, each forum's, the
    /// structural gaps.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.map_findings
            .iter()
            .chain(self.forums.iter().flat_map(|f| f.findings.iter()))
            .chain(self.structural.findings.iter())
    }

    /// The report as pretty JSON, with a final newline: the report's data, its language
    /// (`lang`), every finding with its `sentence` and every reason of a candidate with
    /// its `text`, in that language.
    ///
    /// # Example
    /// ```
    /// use actormap::{gaps::GapsOptions, gaps::GapsReport, Lang, Network, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let network = Network::new(&map, &View::default())?;
    /// let report = GapsReport::compute(&network, &actormap::gaps::default_rule_sets(&map), &GapsOptions::default())?;
    /// let json: serde_json::Value = serde_json::from_str(&report.to_json(Lang::Fr)).unwrap();
    /// let reason = &json["forums"][0]["candidates"][0]["reasons"][0];
    /// assert_eq!(reason["message"], "gaps-reason-tied");
    /// assert!(reason["text"].as_str().unwrap().starts_with("lié à"));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn to_json(&self, lang: Lang) -> String {
        let mut doc = serde_json::to_value(self).expect("plain data serialises");
        let in_words = |findings: &[Finding]| {
            let texts: Vec<FindingText> = findings.iter().map(|f| f.in_words(lang)).collect();
            serde_json::to_value(texts).expect("plain data serialises")
        };
        if let Some(top) = doc.as_object_mut() {
            top.shift_insert(1, "lang".to_owned(), lang.as_str().into());
        }
        for (i, forum) in self.forums.iter().enumerate() {
            let entry = &mut doc["forums"][i];
            entry["findings"] = in_words(&forum.findings);
            for (j, candidate) in forum.candidates.iter().enumerate() {
                let reasons: Vec<ReasonText> = candidate
                    .reasons
                    .iter()
                    .map(|phrase| ReasonText {
                        phrase,
                        text: phrase.render(lang),
                    })
                    .collect();
                entry["candidates"][j]["reasons"] =
                    serde_json::to_value(reasons).expect("plain data serialises");
            }
        }
        doc["map_findings"] = in_words(&self.map_findings);
        doc["structural"]["findings"] = in_words(&self.structural.findings);
        crate::text::json_pretty(&doc)
    }

    /// The report as text a facilitator can read aloud, in a language.
    pub fn to_text(&self, map: &ActorMap, lang: Lang) -> String {
        words::render_text(self, map, lang)
    }
}

mod rules_check;

/// A reason beside its text, as JSON outputs write it.
#[derive(Serialize)]
struct ReasonText<'a> {
    #[serde(flatten)]
    phrase: &'a Phrase,
    text: String,
}
