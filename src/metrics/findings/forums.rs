//! Findings on forums: kinds absent from several forums, members who work with no other
//! member, co-leads who all belong to one organisation.

use super::{Context, Finding, FindingCode};
use crate::metrics::ForumMetrics;
use crate::model::ActorKind;
use crate::words::legacy::{LIST_LIMIT, list, no_kind_lower, quote};

/// Findings about forums: kinds absent from several forums, members who work with no
/// other member, co-leads who all belong to one organisation.
pub(super) fn findings(cx: &Context, out: &mut Vec<Finding>) {
    let lang = cx.lang;
    let report = cx.report;
    // Kinds missing around the tables, for forums of three members or more.
    for kind in ActorKind::ALL {
        if report.coverage.kinds.absent.contains(&kind) {
            continue;
        }
        let without: Vec<&ForumMetrics> = report
            .forums
            .iter()
            .filter(|f| f.size >= 3 && f.members_by_kind.get(kind) == 0)
            .collect();
        if without.is_empty() {
            continue;
        }
        let names: Vec<String> = without.iter().map(|f| quote(lang, &f.name)).collect();
        let names = list(lang, &names, LIST_LIMIT);
        let none = no_kind_lower(lang, kind);
        let sentence = if without.len() == 1 {
            cx.pick(
                format!("The forum {names} has {none} among its members."),
                format!("L'instance {names} ne compte {none} parmi ses membres."),
            )
        } else {
            let n = without.len();
            cx.pick(
                format!("{n} forums have {none} among their members: {names}."),
                format!("{n} instances ne comptent {none} parmi leurs membres : {names}."),
            )
        };
        let mut f = Finding::legacy(FindingCode::ForumMissingKind, Vec::new(), sentence);
        f.kinds = vec![kind];
        f.forums = without.iter().map(|f| f.id.clone()).collect();
        out.push(f);
    }
    for forum in report.forums.iter().filter(|f| f.size >= 3) {
        if forum.without_tie.is_empty() {
            continue;
        }
        let name = quote(lang, &forum.name);
        let members: Vec<String> = forum
            .without_tie
            .iter()
            .map(|id| cx.name_of_id(id))
            .collect();
        let members = list(lang, &members, LIST_LIMIT);
        let sentence = if forum.without_tie.len() == 1 {
            cx.pick(
                format!(
                    "{members}, member of {name}, has no link with any other member: sitting \
                     at the same table is not yet working together."
                ),
                format!(
                    "{members}, membre de l'instance {name}, n'a de lien avec aucun autre \
                     membre : siéger à la même table n'est pas encore travailler ensemble."
                ),
            )
        } else {
            cx.pick(
                format!(
                    "{} members of {name} have no link with any other member: {members}. \
                     Sitting at the same table is not yet working together.",
                    forum.without_tie.len()
                ),
                format!(
                    "{} membres de l'instance {name} n'ont de lien avec aucun autre membre : \
                     {members}. Siéger à la même table n'est pas encore travailler ensemble.",
                    forum.without_tie.len()
                ),
            )
        };
        let mut f = Finding::legacy(
            FindingCode::ForumMemberWithoutTie,
            forum.without_tie.clone(),
            sentence,
        );
        f.forums = vec![forum.id.clone()];
        out.push(f);
    }
}
