//! User partners and caregivers are people: outputs meant to be passed around can replace
//! them with stable pseudonyms.

use indexmap::IndexMap;

use crate::model::{ActorKind, ActorMap};
use crate::words::Lang;

/// Who is replaced by a pseudonym in every output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Anonymize {
    /// Service users ([`anonymize_users`]).
    Users,
}

impl Anonymize {
    /// Every choice, as named on the command line.
    pub const ALL: [Anonymize; 1] = [Anonymize::Users];

    /// The name: `users`.
    pub fn as_str(self) -> &'static str {
        match self {
            Anonymize::Users => "users",
        }
    }

    /// The map with the chosen actors under pseudonyms.
    pub fn apply(self, map: &ActorMap, lang: Lang) -> ActorMap {
        match self {
            Anonymize::Users => anonymize_users(map, lang),
        }
    }
}

crate::model::codes!(Anonymize);

/// A copy of `map` in which every user actor (kind `user`) is replaced by a pseudonym,
/// numbered in map order: name "User 1" (French: "Usager 1"), id `user-1`.
///
/// So that nothing personal travels with the pseudonym, the copy also drops the map's
/// description, the users' free attributes, the notes and free attributes of links that
/// touch a user, and the free attributes of users' forum seats; and any other text that
/// contains a user's name or id verbatim has it replaced by the pseudonym. Links and
/// memberships follow the new ids, so every metric is unchanged.
///
/// # Example
/// ```
/// use actormap::{Actor, ActorKind, ActorMap, Lang};
///
/// let mut map = ActorMap::default();
/// map.actors.push(Actor::new("denis-b", "Denis B., usager partenaire", ActorKind::User));
/// let anonymous = actormap::privacy::anonymize_users(&map, Lang::En);
/// assert_eq!(anonymous.actors[0].name, "User 1");
/// assert_eq!(anonymous.actors[0].id, "user-1");
/// ```
pub fn anonymize_users(map: &ActorMap, lang: Lang) -> ActorMap {
    let mut out = map.clone();
    // Old id → (new id, old name, new name).
    let mut renamed: IndexMap<String, (String, String, String)> = IndexMap::new();
    // A pseudonym never takes the id of an actor who is not a user.
    let taken: std::collections::HashSet<&str> = map
        .actors
        .iter()
        .filter(|a| a.kind != ActorKind::User)
        .map(|a| a.id.as_str())
        .collect();
    let mut next = 0;
    for actor in out.actors.iter_mut().filter(|a| a.kind == ActorKind::User) {
        next += 1;
        while taken.contains(format!("user-{next}").as_str()) {
            next += 1;
        }
        let id = format!("user-{next}");
        let name = crate::words::message(
            lang,
            "pseudonym-user",
            &crate::words::Args::new().with("number", next.to_string()),
        );
        renamed.insert(
            actor.id.clone(),
            (id.clone(), actor.name.clone(), name.clone()),
        );
        actor.id = id;
        actor.name = name;
        actor.extra.clear();
    }
    if renamed.is_empty() {
        return out;
    }
    out.description = None;
    for link in &mut out.links {
        let mut touches_user = false;
        for end in [&mut link.source, &mut link.target] {
            if let Some((id, _, _)) = renamed.get(end.as_str()) {
                *end = id.clone();
                touches_user = true;
            }
        }
        if touches_user {
            link.notes = None;
            link.extra.clear();
        }
    }
    for forum in &mut out.forums {
        for member in &mut forum.members {
            if let Some((id, _, _)) = renamed.get(member.actor.as_str()) {
                member.actor = id.clone();
                member.extra.clear();
            }
        }
    }
    scrub(&mut out, &renamed);
    out
}

/// Replace users' names and ids written verbatim in any remaining text.
fn scrub(map: &mut ActorMap, renamed: &IndexMap<String, (String, String, String)>) {
    // Longest first, so that "Denis B., usager partenaire" goes before "Denis B.".
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for (old_id, (new_id, old_name, new_name)) in renamed {
        if !old_name.trim().is_empty() {
            pairs.push((old_name, new_name));
        }
        pairs.push((old_id, new_id));
    }
    pairs.sort_by_key(|(old, _)| std::cmp::Reverse(old.len()));
    let fix = |s: &mut String| {
        for (old, new) in &pairs {
            if s.contains(old) {
                *s = s.replace(old, new);
            }
        }
    };
    let fix_value = |v: &mut serde_json::Value| scrub_value(v, &fix);
    for s in [&mut map.name, &mut map.territory].into_iter().flatten() {
        fix(s);
    }
    map.extra.values_mut().for_each(fix_value);
    for actor in map.actors.iter_mut().filter(|a| a.kind != ActorKind::User) {
        fix(&mut actor.name);
        actor.extra.values_mut().for_each(fix_value);
    }
    for link in &mut map.links {
        if let Some(n) = &mut link.notes {
            fix(n);
        }
        link.extra.values_mut().for_each(fix_value);
    }
    for forum in &mut map.forums {
        fix(&mut forum.name);
        forum.extra.values_mut().for_each(fix_value);
        for member in &mut forum.members {
            member.extra.values_mut().for_each(fix_value);
        }
    }
    for need in &mut map.needs {
        fix(&mut need.name);
        need.extra.values_mut().for_each(fix_value);
    }
}

fn scrub_value(v: &mut serde_json::Value, fix: &impl Fn(&mut String)) {
    match v {
        serde_json::Value::String(s) => fix(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|i| scrub_value(i, fix)),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(|i| scrub_value(i, fix)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Forum, Level, Link, Member};

    #[test]
    fn users_become_numbered_pseudonyms_everywhere() {
        let mut map = ActorMap {
            description: Some("Validée par Denis B.".into()),
            ..ActorMap::default()
        };
        map.actors.push(Actor::new("sad", "SAD", ActorKind::Public));
        let mut denis = Actor::new("denis-b", "Denis B.", ActorKind::User);
        denis
            .extra
            .insert("email".into(), "denis@example.org".into());
        map.actors.push(denis);
        map.actors
            .push(Actor::new("lucie-m", "Lucie M.", ActorKind::User));
        let mut link = Link::new("denis-b", "sad", Level::Coordination);
        link.notes = Some("Denis appelle le SAD".into());
        map.links.push(link);
        let mut other = Link::new("sad", "sad", Level::Information);
        other.notes = Some("voir lucie-m et Lucie M.".into());
        map.links.push(other);
        map.forums.push(Forum {
            id: "t".into(),
            name: "Comité de Lucie M.".into(),
            kind: None,
            sector: None,
            needs: vec![],
            members: vec![Member {
                actor: "lucie-m".into(),
                role: Some("user-partner".into()),
                extra: Default::default(),
            }],
            extra: Default::default(),
        });

        let out = anonymize_users(&map, Lang::Fr);
        let names: Vec<(&str, &str)> = out
            .actors
            .iter()
            .map(|a| (a.id.as_str(), a.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("sad", "SAD"),
                ("user-1", "Usager 1"),
                ("user-2", "Usager 2")
            ]
        );
        assert_eq!(
            (out.links[0].source.as_str(), out.links[0].notes.as_deref()),
            ("user-1", None)
        );
        assert_eq!(
            out.links[1].notes.as_deref(),
            Some("voir user-2 et Usager 2")
        );
        assert_eq!(out.forums[0].members[0].actor, "user-2");
        assert_eq!(out.forums[0].name, "Comité de Usager 2");
        let text = crate::io::json::to_json_string(&out);
        for secret in ["Denis", "denis", "Lucie", "lucie"] {
            assert!(!text.contains(secret), "{secret} leaks in {text}");
        }
    }
}
