//! Findings on forums: kinds absent from several forums, members who work with no other
//! member.

use super::{Context, Finding, FindingCode};
use crate::metrics::ForumMetrics;
use crate::model::ActorKind;
use crate::words::{Arg, Args};

/// Findings about forums: kinds absent from several forums, members who work with no
/// other member.
pub(super) fn findings(cx: &Context, out: &mut Vec<Finding>) {
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
        let args = Args::new().with("kind", kind).with(
            "forums",
            Arg::quoted_list(without.iter().map(|f| f.name.as_str())),
        );
        let mut f = Finding::new(FindingCode::ForumMissingKind, Vec::new(), args);
        f.kinds = vec![kind];
        f.forums = without.iter().map(|f| f.id.clone()).collect();
        out.push(f);
    }
    for forum in report.forums.iter().filter(|f| f.size >= 3) {
        if forum.without_tie.is_empty() {
            continue;
        }
        let members = forum.without_tie.iter().map(|id| cx.name_of_id(id));
        let args = Args::new()
            .quoted("forum", forum.name.as_str())
            .with("members", Arg::list(members));
        let mut f = Finding::new(
            FindingCode::ForumMemberWithoutTie,
            forum.without_tie.clone(),
            args,
        );
        f.forums = vec![forum.id.clone()];
        out.push(f);
    }
}
