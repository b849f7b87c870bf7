//! Composition rules: what a forum of a given kind should include.
//!
//! A rule set is a JSON document (format `actormap-rules/1`). Each rule selects forums
//! (by kind or id) and states requirements; every requirement a forum does not meet is a
//! finding. Two rule sets drawn from the seed documents are built in:
//! `strategic-community` and `proximity-services` (see [`RuleSet::builtin`]).
//!
//! ```json
//! {
//!   "format": "actormap-rules/1",
//!   "name": "my-table",
//!   "roles": ["co-porteur"],
//!   "rules": [
//!     {"id": "table-size", "forums": {"kind": "table"}, "size": {"min": 8, "max": 20}},
//!     {"id": "every-kind", "forums": {"kind": "table"},
//!      "kinds": [{"kinds": ["public"], "min": 1}, {"kinds": ["community", "private"], "min": 2}]},
//!     {"id": "co-leads", "forums": {"kind": "initiative"},
//!      "roles": [{"role": "co-lead", "exactly": 2}],
//!      "distinct": [{"role": "co-lead", "by": "organization"}],
//!      "needs": "declared"}
//!   ]
//! }
//! ```
//!
//! | requirement | meaning |
//! |---|---|
//! | `required: true` | the map has at least one forum the rule selects |
//! | `size: {min, max}` | number of members |
//! | `kinds: [{kinds, min}]` | at least `min` members whose kind is one of `kinds` |
//! | `roles: [{role, min, max, exactly}]` | how many members hold a role |
//! | `distinct: [{role, by}]` | the members in `role` come from different organisations (`by: "organization"`) or kinds (`by: "kind"`) |
//! | `needs: "declared"` or `[ids]` | each need (the forum's own, or those listed) is served by a member |
//! | `sectors: [..]` | a member works in each of these sectors |
//! | `represent: {forum_kind, role}` | every organisation with a member in the forums of `forum_kind` has a member in `role` here |
//!
//! Roles are checked against the well-known roles (`member`, `co-lead`, `facilitator`,
//! `animator`, `delegated-manager`, `director`, `user-partner`) and those the rule set
//! lists under `roles`, so a misspelt role is an error rather than a rule that can never
//! be met.

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::error::{ErrorKind, IoAction, Location, Result};
use crate::model::ActorKind;
use crate::problem::{Problem, ProblemCode};
use crate::text::{self, LineIndex};
use crate::words::Args;

/// The format tag of rule sets.
pub const RULES_FORMAT: &str = "actormap-rules/1";

/// Roles the practice uses and the tool knows (the model's list).
pub use crate::model::WELL_KNOWN_ROLES;

/// A set of composition rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Always [`RULES_FORMAT`].
    #[serde(default = "rules_format")]
    pub format: String,
    /// Name of the set, e.g. `proximity-services`.
    pub name: String,
    /// What the set asks for, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the rules come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Roles the rules use besides the well-known ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// The rules.
    pub rules: Vec<Rule>,
}

fn rules_format() -> String {
    RULES_FORMAT.to_owned()
}

/// One rule: which forums it applies to, and what they should include.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Identifier, named in findings.
    pub id: String,
    /// What the rule asks, in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The forums the rule applies to.
    #[serde(default)]
    pub forums: Selector,
    /// Whether the map must have at least one forum the rule selects.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// Number of members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<Range>,
    /// Members of given kinds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<KindCount>,
    /// Members in given roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleCount>,
    /// Members of a role who must differ in organisation or kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distinct: Vec<Distinct>,
    /// Needs a member must serve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<NeedsRule>,
    /// Sectors a member must work in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    /// Organisations of another forum that must be represented here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub represent: Option<Represent>,
}

/// Which forums a rule applies to: by kind, by id, or (both absent) every forum.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selector {
    /// Forums of this kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The forum with this id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Selector {
    /// Whether a forum is selected. Kinds are compared by their key (case, spaces and
    /// Unicode composition aside).
    pub fn selects(&self, forum: &crate::model::Forum) -> bool {
        self.kind.as_deref().is_none_or(|k| {
            forum
                .kind
                .as_deref()
                .is_some_and(|f| text::key(f) == text::key(k))
        }) && self.id.as_ref().is_none_or(|id| &forum.id == id)
    }
}

/// A number within bounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    /// At least this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// At most this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl Range {
    /// Whether `n` is within the bounds.
    pub fn contains(&self, n: usize) -> bool {
        self.min.is_none_or(|m| n >= m as usize) && self.max.is_none_or(|m| n <= m as usize)
    }
}

/// At least `min` members whose kind is one of `kinds`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindCount {
    /// The kinds that count.
    pub kinds: Vec<ActorKind>,
    /// How many members of those kinds at least.
    pub min: u32,
}

/// How many members hold a role: `exactly`, or between `min` and `max`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleCount {
    /// The role.
    pub role: String,
    /// Exactly this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exactly: Option<u32>,
    /// At least this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// At most this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl RoleCount {
    /// The bounds as a range.
    pub fn range(&self) -> Range {
        match self.exactly {
            Some(n) => Range {
                min: Some(n),
                max: Some(n),
            },
            None => Range {
                min: self.min,
                max: self.max,
            },
        }
    }
}

/// The members in `role` must come from different organisations or kinds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Distinct {
    /// The role.
    pub role: String,
    /// What must differ.
    pub by: DistinctBy,
}

/// What members must differ in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DistinctBy {
    /// Their organisation (an actor without one is its own organisation).
    Organization,
    /// Their kind.
    Kind,
}

/// Needs that a member must serve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum NeedsRule {
    /// `"declared"`: the needs the forum itself declares.
    Declared(DeclaredNeeds),
    /// These need ids.
    Listed(Vec<String>),
}

/// The word `declared`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeclaredNeeds {
    /// The forum's own needs.
    Declared,
}

/// Every organisation with a member in the forums of `forum_kind` must have a member in
/// `role` in the forum the rule selects (e.g. each organisation of the action group has
/// its director in the management group).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Represent {
    /// The kind of the forums whose organisations must be represented.
    pub forum_kind: String,
    /// The role their representative holds.
    pub role: String,
}

/// The names of the built-in rule sets.
pub const BUILTIN_RULE_SETS: [&str; 2] = ["strategic-community", "proximity-services"];

const STRATEGIC_COMMUNITY: &str = include_str!("rules/strategic-community.json");
const PROXIMITY_SERVICES: &str = include_str!("rules/proximity-services.json");

impl RuleSet {
    /// A built-in rule set by name (see [`BUILTIN_RULE_SETS`]), as JSON text: the
    /// starting point for a rule file of one's own.
    pub fn builtin_text(name: &str) -> Option<&'static str> {
        match name {
            "strategic-community" => Some(STRATEGIC_COMMUNITY),
            "proximity-services" => Some(PROXIMITY_SERVICES),
            _ => None,
        }
    }

    /// A built-in rule set by name.
    ///
    /// # Example
    /// ```
    /// let rules = actormap::gaps::RuleSet::builtin("proximity-services").unwrap();
    /// assert!(rules.rules.iter().any(|r| r.id == "initiative-two-co-leads"));
    /// ```
    pub fn builtin(name: &str) -> Option<RuleSet> {
        let text = Self::builtin_text(name)?;
        // The built-in texts are tested to parse.
        Some(Self::from_json_str(text, None).expect("built-in rule sets are valid"))
    }

    /// Read a rule set from JSON text, reporting every problem with its line: syntax,
    /// unknown fields, unknown kinds, unknown roles, bad numbers.
    pub fn from_json_str(text: &str, path: Option<&Path>) -> Result<RuleSet> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lines = LineIndex::new(text);
        let located = |line: usize, json_path: String, id: Option<&str>| Location {
            file: path.map(Path::to_path_buf),
            line: Some(line),
            path: Some(json_path),
            id: id.map(str::to_owned),
        };
        let mut problems = Vec::new();
        let mut error = |location: Location, code: ProblemCode, args: Args| {
            problems.push(Problem::error(code, location, args))
        };

        #[derive(Deserialize)]
        struct Raw<'a> {
            #[serde(default)]
            format: Option<String>,
            name: String,
            #[serde(default)]
            description: Option<String>,
            #[serde(default)]
            source: Option<String>,
            #[serde(default)]
            roles: Vec<String>,
            #[serde(borrow)]
            rules: Vec<&'a RawValue>,
        }
        let raw: Raw =
            serde_json::from_str(text).map_err(|e| crate::error::Error::json(path, &e))?;
        let top = located(1, String::new(), None);
        match raw.format.as_deref() {
            Some(RULES_FORMAT) => {}
            None => {}
            Some(other) => error(
                top.clone(),
                ProblemCode::UnsupportedFormat,
                Args::new()
                    .select("shape", "rules")
                    .quoted("value", other)
                    .with("format", RULES_FORMAT),
            ),
        }
        let mut roles: Vec<&str> = WELL_KNOWN_ROLES.to_vec();
        roles.extend(raw.roles.iter().map(String::as_str));

        let mut rules = Vec::with_capacity(raw.rules.len());
        let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
        for (i, raw_rule) in raw.rules.iter().enumerate() {
            let offset = raw_rule.get().as_ptr() as usize - text.as_ptr() as usize;
            let line = lines.line(offset);
            let rule: Rule = match serde_json::from_str(raw_rule.get()) {
                Ok(r) => r,
                Err(e) => {
                    let reason = crate::error::json_message(&e);
                    error(
                        located(
                            line + e.line().saturating_sub(1),
                            format!("rules[{i}]"),
                            None,
                        ),
                        ProblemCode::BadRule,
                        Args::new().select("shape", "json").with("reason", reason),
                    );
                    continue;
                }
            };
            let at = |field: &str| located(line, format!("rules[{i}]{field}"), Some(&rule.id));
            if rule.id.trim().is_empty() {
                error(
                    at(".id"),
                    ProblemCode::EmptyId,
                    Args::new().select("shape", "rule"),
                );
            } else if ids.contains(&rule.id) {
                error(
                    at(".id"),
                    ProblemCode::DuplicateId,
                    Args::new()
                        .select("shape", "rule")
                        .quoted("id", rule.id.as_str()),
                );
            }
            ids.insert(rule.id.clone());
            if let Some(size) = rule.size {
                if let (Some(min), Some(max)) = (size.min, size.max) {
                    if min > max {
                        error(
                            at(".size"),
                            ProblemCode::BadNumber,
                            Args::new()
                                .select("shape", "size-range")
                                .with("min", min.to_string())
                                .with("max", max.to_string()),
                        );
                    }
                }
                if size.min.is_none() && size.max.is_none() {
                    error(
                        at(".size"),
                        ProblemCode::BadNumber,
                        Args::new().select("shape", "size-empty"),
                    );
                }
            }
            for (k, kinds) in rule.kinds.iter().enumerate() {
                if kinds.kinds.is_empty() {
                    error(
                        at(&format!(".kinds[{k}]")),
                        ProblemCode::BadRule,
                        Args::new()
                            .select("shape", "no-kinds")
                            .with("accepted", ActorKind::ALL.map(ActorKind::as_str).join(", ")),
                    );
                }
                if kinds.min == 0 {
                    error(
                        at(&format!(".kinds[{k}]")),
                        ProblemCode::BadNumber,
                        Args::new().select("shape", "min-zero"),
                    );
                }
            }
            let check_role =
                |role: &str, field: String, error: &mut dyn FnMut(Location, ProblemCode, Args)| {
                    if !roles.contains(&role) {
                        let args = Args::new().quoted("role", role);
                        let args = match text::closest(role, roles.iter().copied()) {
                            Some(near) => args.select("hint", "closest").quoted("suggestion", near),
                            None => args.select("hint", "none").with("roles", roles.join(", ")),
                        };
                        error(at(&field), ProblemCode::UnknownRole, args);
                    }
                };
            for (r, count) in rule.roles.iter().enumerate() {
                check_role(&count.role, format!(".roles[{r}]"), &mut error);
                let field = at(&format!(".roles[{r}]"));
                match (count.exactly, count.min, count.max) {
                    (Some(_), Some(_), _) | (Some(_), _, Some(_)) => error(
                        field,
                        ProblemCode::BadNumber,
                        Args::new().select("shape", "exactly-and-range"),
                    ),
                    (None, None, None) => error(
                        field,
                        ProblemCode::BadNumber,
                        Args::new()
                            .select("shape", "no-count")
                            .quoted("role", count.role.as_str()),
                    ),
                    (None, Some(min), Some(max)) if min > max => error(
                        field,
                        ProblemCode::BadNumber,
                        Args::new()
                            .select("shape", "range")
                            .with("min", min.to_string())
                            .with("max", max.to_string()),
                    ),
                    _ => {}
                }
            }
            for (d, distinct) in rule.distinct.iter().enumerate() {
                check_role(&distinct.role, format!(".distinct[{d}]"), &mut error);
            }
            if let Some(represent) = &rule.represent {
                check_role(&represent.role, ".represent".to_owned(), &mut error);
            }
            rules.push(rule);
        }
        if !problems.is_empty() {
            return Err(ErrorKind::Invalid { problems }.into());
        }
        Ok(RuleSet {
            format: RULES_FORMAT.to_owned(),
            name: raw.name,
            description: raw.description,
            source: raw.source,
            roles: raw.roles,
            rules,
        })
    }

    /// Read a rule set from a file.
    pub fn read_path(path: impl AsRef<Path>) -> Result<RuleSet> {
        let path = path.as_ref();
        let file = std::fs::File::open(path)
            .map_err(|e| crate::error::Error::io(Some(path), IoAction::Read, e))?;
        let text = crate::io::read_limited(file, Some(path), crate::io::DEFAULT_MAX_INPUT_BYTES)?;
        Self::from_json_str(&text, Some(path))
    }

    /// The forum kinds the set's rules select.
    pub fn forum_kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = Vec::new();
        for rule in &self.rules {
            if let Some(k) = rule.forums.kind.as_deref() {
                if !kinds.contains(&k) {
                    kinds.push(k);
                }
            }
        }
        kinds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_sets_parse() {
        for name in BUILTIN_RULE_SETS {
            let set = RuleSet::builtin(name).unwrap();
            assert_eq!(set.name, name);
            assert!(!set.rules.is_empty());
        }
        assert!(RuleSet::builtin("nope").is_none());
    }

    #[test]
    fn every_problem_of_a_rule_file_is_located() {
        let text = r#"{
  "name": "bad",
  "rules": [
    {"id": "a", "forums": {"kind": "table"}, "kinds": [{"kinds": ["publique"], "min": 1}]},
    {"id": "b", "forums": {"kind": "table"}, "roles": [{"role": "co-leads", "exactly": 2}]},
    {"id": "c", "size": {"min": 12, "max": 8}},
    {"id": "d", "roles": [{"role": "animator", "exactly": 1, "min": 1}]},
    {"id": "e", "sise": {"min": 1}}
  ]
}"#;
        let err = RuleSet::from_json_str(text, Some(Path::new("rules.json"))).unwrap_err();
        let found: Vec<(usize, &str)> = err
            .problems()
            .iter()
            .map(|p| (p.location.line.unwrap(), p.code.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (4, "bad-rule"),
                (5, "unknown-role"),
                (6, "bad-number"),
                (7, "bad-number"),
                (8, "bad-rule")
            ]
        );
        let messages: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
        assert!(
            messages[0].contains("unknown variant `publique`"),
            "{}",
            messages[0]
        );
        assert!(
            messages[1].contains("did you mean \"co-lead\"?"),
            "{}",
            messages[1]
        );
        assert!(
            messages[4].contains("unknown field `sise`"),
            "{}",
            messages[4]
        );
    }

    #[test]
    fn roles_the_set_declares_are_accepted() {
        let text = r#"{"name": "x", "roles": ["co-porteur"], "rules": [{"id": "a", "roles": [{"role": "co-porteur", "min": 2}]}]}"#;
        assert!(RuleSet::from_json_str(text, None).is_ok());
    }
}
