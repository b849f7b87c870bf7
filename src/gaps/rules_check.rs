//! Checking one rule on one forum.

use super::words::{self, finding, rule_args};
use super::{Context, DistinctBy, NeedsRule, Rule};
use crate::finding::{Finding, FindingCode};
use std::borrow::Cow;

use crate::model::{Actor, Forum};
use crate::text;
use crate::words::Arg;

/// Every requirement of `rule` that `forum` does not meet.
pub(crate) fn check(cx: &Context, rule: &Rule, forum: &Forum) -> Vec<Finding> {
    let members = cx.members(forum);
    let mut found = Vec::new();
    let ids = |actors: &[&Actor]| actors.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let names = |actors: &[&Actor]| actors.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    let forums = || vec![forum.id.clone()];

    if let Some(size) = &rule.size {
        if !size.contains(members.len()) {
            let args = rule_args(&forum.name, rule)
                .count("count", members.len())
                .with("range", words::range(size));
            found.push(finding(
                FindingCode::RuleSize,
                Some(rule),
                forums(),
                vec![],
                args,
            ));
        }
    }

    for need in &rule.kinds {
        let have = members
            .iter()
            .filter(|a| need.kinds.contains(&a.kind))
            .count();
        if have < need.min as usize {
            let shape = if need.kinds.len() == 1 {
                "one-kind"
            } else {
                "any-of"
            };
            let args = rule_args(&forum.name, rule)
                .count("count", have)
                .with("kinds", words::kinds_or(&need.kinds))
                .select("shape", shape)
                .count("min", need.min as usize);
            found.push(finding(
                FindingCode::RuleKinds,
                Some(rule),
                forums(),
                vec![],
                args,
            ));
        }
    }

    for count in &rule.roles {
        let holders = holders(cx, forum, &count.role);
        let range = count.range();
        if !range.contains(holders.len()) {
            let args = rule_args(&forum.name, rule)
                .count("count", holders.len())
                .with("role", Arg::Role(count.role.clone()))
                .with("holders", Arg::list(names(&holders)))
                .with("range", words::range(&range));
            found.push(finding(
                FindingCode::RuleRoles,
                Some(rule),
                forums(),
                ids(&holders),
                args,
            ));
        }
    }

    for distinct in &rule.distinct {
        let holders = holders(cx, forum, &distinct.role);
        // Group the holders; any group of two or more breaks the rule.
        let mut groups: Vec<(Cow<'_, str>, Vec<&Actor>)> = Vec::new();
        for actor in holders {
            let key = match distinct.by {
                DistinctBy::Organization => cx.organization(actor),
                DistinctBy::Kind => Cow::Borrowed(actor.kind.as_str()),
            };
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, g)) => g.push(actor),
                None => groups.push((key, vec![actor])),
            }
        }
        for (_, group) in groups.into_iter().filter(|(_, g)| g.len() > 1) {
            let args = rule_args(&forum.name, rule)
                .with("names", Arg::list(names(&group)))
                .with("role", Arg::Role(distinct.role.clone()));
            let args = match distinct.by {
                DistinctBy::Organization => args
                    .select("by", "organization")
                    .with("organisation", cx.organization_name(group[0])),
                DistinctBy::Kind => args.select("by", "kind").with("kind", group[0].kind),
            };
            found.push(finding(
                FindingCode::RuleDistinct,
                Some(rule),
                forums(),
                ids(&group),
                args,
            ));
        }
    }

    if let Some(needs) = &rule.needs {
        let wanted: &[String] = match needs {
            NeedsRule::Declared(_) => &forum.needs,
            NeedsRule::Listed(ids) => ids,
        };
        for need in wanted {
            let wanted = text::key(need);
            if !members
                .iter()
                .any(|a| a.services.iter().any(|s| text::key(s) == wanted))
            {
                let name = cx
                    .map
                    .needs
                    .iter()
                    .find(|n| text::key(&n.id) == wanted)
                    .map_or(need.as_str(), |n| n.name.as_str());
                let args = rule_args(&forum.name, rule).quoted("need", name);
                found.push(finding(
                    FindingCode::RuleNeeds,
                    Some(rule),
                    forums(),
                    vec![],
                    args,
                ));
            }
        }
    }

    for sector in &rule.sectors {
        let wanted = text::key(sector);
        if !members
            .iter()
            .any(|a| crate::metrics::sector_key(a).is_some_and(|s| s == wanted))
        {
            let args = rule_args(&forum.name, rule).quoted("sector", sector.as_str());
            found.push(finding(
                FindingCode::RuleSectors,
                Some(rule),
                forums(),
                vec![],
                args,
            ));
        }
    }

    if let Some(represent) = &rule.represent {
        let here: Vec<Cow<'_, str>> = holders(cx, forum, &represent.role)
            .into_iter()
            .map(|a| cx.organization(a))
            .collect();
        let kind = text::key(&represent.forum_kind);
        // Organisations of the other forums, in order of first appearance.
        let mut missing: Vec<(Cow<'_, str>, Vec<&Actor>, Vec<String>)> = Vec::new();
        for other in
            cx.map.forums.iter().filter(|f| {
                f.id != forum.id && f.kind.as_deref().is_some_and(|k| text::key(k) == kind)
            })
        {
            for actor in cx.members(other) {
                let org = cx.organization(actor);
                if here.contains(&org) {
                    continue;
                }
                match missing.iter_mut().find(|(o, _, _)| *o == org) {
                    Some((_, actors, places)) => {
                        if !actors.iter().any(|a| a.id == actor.id) {
                            actors.push(actor);
                        }
                        if !places.contains(&other.name) {
                            places.push(other.name.clone());
                        }
                    }
                    None => missing.push((org, vec![actor], vec![other.name.clone()])),
                }
            }
        }
        for (_, actors, places) in missing {
            let args = rule_args(&forum.name, rule)
                .with("organisation", cx.organization_name(actors[0]))
                .with("forums", Arg::quoted_list(places.iter().cloned()))
                .with("role", Arg::Role(represent.role.clone()));
            let mut involved = forums();
            involved.extend(
                cx.map
                    .forums
                    .iter()
                    .filter(|f| places.contains(&f.name))
                    .map(|f| f.id.clone()),
            );
            found.push(finding(
                FindingCode::RuleRepresent,
                Some(rule),
                involved,
                ids(&actors),
                args,
            ));
        }
    }

    found
}

/// The distinct members of `forum` holding `role` (compared by key), in order.
fn holders<'m>(cx: &Context<'m>, forum: &'m Forum, role: &str) -> Vec<&'m Actor> {
    let mut seen = Vec::new();
    let role = text::key(role);
    forum
        .members
        .iter()
        .filter(|m| text::key(m.role()) == role)
        .filter_map(|m| cx.actor(&m.actor))
        .filter(|a| {
            if seen.contains(&a.id.as_str()) {
                false
            } else {
                seen.push(a.id.as_str());
                true
            }
        })
        .collect()
}
