//! Findings: what the analyses say about a map, each a stable code, a severity, the
//! actors, forums and needs involved and the typed arguments of its sentence. The
//! metrics, the gaps and the comparison of snapshots all speak through this type; the
//! sentence a facilitator reads aloud is made by [`Finding::sentence`] from the
//! catalog of the language asked for (message `finding-<code>`).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::ActorKind;
use crate::words::{self, Args, Lang};

/// How much a finding calls for attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingSeverity {
    /// Context worth knowing; nothing to act on by itself.
    Info,
    /// A pattern worth discussing at the table: missing kinds, ties that stay within a
    /// kind, members who do not work together.
    Notice,
    /// A fragility or a gap to act on: actors with no tie, one actor holding the network
    /// together, a need served by no one or by one actor only.
    Warning,
}

impl FindingSeverity {
    /// `info`, `notice` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingSeverity::Info => "info",
            FindingSeverity::Notice => "notice",
            FindingSeverity::Warning => "warning",
        }
    }
}

impl fmt::Display for FindingSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a finding is about; a stable code for tools, written in kebab-case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingCode {
    /// Actors with no tie (warning).
    IsolatedActors,
    /// The network is in several parts of two actors or more (warning).
    Disconnected,
    /// One actor is the only link between a group and the rest (warning).
    ArticulationPoint,
    /// A declared need no actor serves (warning).
    NeedUnserved,
    /// A declared need one actor only serves (warning).
    NeedSingleProvider,
    /// One tie is the only one joining two groups of actors (notice).
    Bridge,
    /// Actors held in the network by a single tie (notice).
    PendantActors,
    /// A kind of actor absent from the map (notice).
    KindAbsent,
    /// Two kinds of actors, both on the map, with no tie between them (notice).
    KindPairWithoutTie,
    /// Ties that stay within a kind more than they cross kinds (notice).
    LowCrossKind,
    /// A need served by several actors, all of one kind (notice).
    NeedSingleKind,
    /// A service user with no tie to a public body (notice).
    UserWithoutPublicTie,
    /// A kind of actor that sits in none of several forums (notice).
    ForumMissingKind,
    /// Forum members with no link to any other member (notice).
    ForumMemberWithoutTie,
    /// Territories with no public body or no community organisation (info).
    TerritoryMissingKind,
    /// The map has no forum a composition rule requires (warning).
    RuleRequired,
    /// A forum's size is outside a rule's bounds (warning).
    RuleSize,
    /// A forum has too few members of some kinds (warning).
    RuleKinds,
    /// A forum has too few or too many members in a role (warning).
    RuleRoles,
    /// Members in a role come from one organisation, or are of one kind (warning).
    RuleDistinct,
    /// No member of a forum serves a need it must cover (warning).
    RuleNeeds,
    /// No member of a forum works in a sector it must cover (warning).
    RuleSectors,
    /// An organisation of one forum has no representative in another (warning).
    RuleRepresent,
    /// Actors of a sector, of several kinds, never tied across kinds (notice).
    SectorWithoutCrossKindTie,
    /// Actors serving a need, of several kinds, never tied across kinds (notice).
    NeedWithoutCrossKindTie,
    /// Actors of a forum's sector tied to none of its members (notice).
    SectorActorsOutsideForum,
    /// Actors on the later snapshot only (notice).
    ActorsJoined,
    /// Actors on the earlier snapshot only (notice).
    ActorsLeft,
    /// An id gone while an actor of the same name appeared (info).
    LikelyRename,
    /// More or fewer ties between two groups of actors (notice).
    TiesBetweenChanged,
    /// Links that moved up the collaboration continuum (notice).
    TiesStrengthened,
    /// Links that moved down the collaboration continuum (warning).
    TiesWeakened,
    /// Actors who had no tie and now have one (notice).
    NoLongerIsolated,
    /// Actors who had ties and now have none (warning).
    NewlyIsolated,
    /// Actors who no longer hold part of the network alone (notice).
    NoLongerArticulationPoint,
    /// Actors who now hold part of the network alone (warning).
    NewArticulationPoint,
    /// A need served by more actors than before (notice).
    NeedCoverageImproved,
    /// A need served by fewer actors than before, one or none (warning).
    NeedCoverageWorsened,
    /// A forum that is new (notice).
    ForumAdded,
    /// A forum that is gone (notice).
    ForumRemoved,
    /// Members who joined or left a forum, or changed role (notice).
    ForumMembershipChanged,
}

impl FindingCode {
    /// Every code.
    pub const ALL: &'static [FindingCode] = &[
        FindingCode::IsolatedActors,
        FindingCode::Disconnected,
        FindingCode::ArticulationPoint,
        FindingCode::NeedUnserved,
        FindingCode::NeedSingleProvider,
        FindingCode::Bridge,
        FindingCode::PendantActors,
        FindingCode::KindAbsent,
        FindingCode::KindPairWithoutTie,
        FindingCode::LowCrossKind,
        FindingCode::NeedSingleKind,
        FindingCode::UserWithoutPublicTie,
        FindingCode::ForumMissingKind,
        FindingCode::ForumMemberWithoutTie,
        FindingCode::TerritoryMissingKind,
        FindingCode::RuleRequired,
        FindingCode::RuleSize,
        FindingCode::RuleKinds,
        FindingCode::RuleRoles,
        FindingCode::RuleDistinct,
        FindingCode::RuleNeeds,
        FindingCode::RuleSectors,
        FindingCode::RuleRepresent,
        FindingCode::SectorWithoutCrossKindTie,
        FindingCode::NeedWithoutCrossKindTie,
        FindingCode::SectorActorsOutsideForum,
        FindingCode::ActorsJoined,
        FindingCode::ActorsLeft,
        FindingCode::LikelyRename,
        FindingCode::TiesBetweenChanged,
        FindingCode::TiesStrengthened,
        FindingCode::TiesWeakened,
        FindingCode::NoLongerIsolated,
        FindingCode::NewlyIsolated,
        FindingCode::NoLongerArticulationPoint,
        FindingCode::NewArticulationPoint,
        FindingCode::NeedCoverageImproved,
        FindingCode::NeedCoverageWorsened,
        FindingCode::ForumAdded,
        FindingCode::ForumRemoved,
        FindingCode::ForumMembershipChanged,
    ];

    /// The code as written in JSON: `isolated-actors`, `articulation-point`, …
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::IsolatedActors => "isolated-actors",
            FindingCode::Disconnected => "disconnected",
            FindingCode::ArticulationPoint => "articulation-point",
            FindingCode::NeedUnserved => "need-unserved",
            FindingCode::NeedSingleProvider => "need-single-provider",
            FindingCode::Bridge => "bridge",
            FindingCode::PendantActors => "pendant-actors",
            FindingCode::KindAbsent => "kind-absent",
            FindingCode::KindPairWithoutTie => "kind-pair-without-tie",
            FindingCode::LowCrossKind => "low-cross-kind",
            FindingCode::NeedSingleKind => "need-single-kind",
            FindingCode::UserWithoutPublicTie => "user-without-public-tie",
            FindingCode::ForumMissingKind => "forum-missing-kind",
            FindingCode::ForumMemberWithoutTie => "forum-member-without-tie",
            FindingCode::TerritoryMissingKind => "territory-missing-kind",
            FindingCode::RuleRequired => "rule-required",
            FindingCode::RuleSize => "rule-size",
            FindingCode::RuleKinds => "rule-kinds",
            FindingCode::RuleRoles => "rule-roles",
            FindingCode::RuleDistinct => "rule-distinct",
            FindingCode::RuleNeeds => "rule-needs",
            FindingCode::RuleSectors => "rule-sectors",
            FindingCode::RuleRepresent => "rule-represent",
            FindingCode::SectorWithoutCrossKindTie => "sector-without-cross-kind-tie",
            FindingCode::NeedWithoutCrossKindTie => "need-without-cross-kind-tie",
            FindingCode::SectorActorsOutsideForum => "sector-actors-outside-forum",
            FindingCode::ActorsJoined => "actors-joined",
            FindingCode::ActorsLeft => "actors-left",
            FindingCode::LikelyRename => "likely-rename",
            FindingCode::TiesBetweenChanged => "ties-between-changed",
            FindingCode::TiesStrengthened => "ties-strengthened",
            FindingCode::TiesWeakened => "ties-weakened",
            FindingCode::NoLongerIsolated => "no-longer-isolated",
            FindingCode::NewlyIsolated => "newly-isolated",
            FindingCode::NoLongerArticulationPoint => "no-longer-articulation-point",
            FindingCode::NewArticulationPoint => "new-articulation-point",
            FindingCode::NeedCoverageImproved => "need-coverage-improved",
            FindingCode::NeedCoverageWorsened => "need-coverage-worsened",
            FindingCode::ForumAdded => "forum-added",
            FindingCode::ForumRemoved => "forum-removed",
            FindingCode::ForumMembershipChanged => "forum-membership-changed",
        }
    }

    /// How much findings of this code call for attention.
    pub fn severity(self) -> FindingSeverity {
        use FindingCode::*;
        match self {
            IsolatedActors | Disconnected | ArticulationPoint | NeedUnserved
            | NeedSingleProvider | RuleRequired | RuleSize | RuleKinds | RuleRoles
            | RuleDistinct | RuleNeeds | RuleSectors | RuleRepresent | TiesWeakened
            | NewlyIsolated | NewArticulationPoint | NeedCoverageWorsened => {
                FindingSeverity::Warning
            }
            TerritoryMissingKind | LikelyRename => FindingSeverity::Info,
            _ => FindingSeverity::Notice,
        }
    }
}

impl fmt::Display for FindingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing an analysis says about the map: what it is about, and the arguments of the
/// sentence that says it ([`Finding::sentence`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// What the finding is about.
    pub code: FindingCode,
    /// How much it calls for attention.
    pub severity: FindingSeverity,
    /// Ids of the actors involved, in map order (the actor the finding is about first,
    /// when there is one): the first hundred.
    pub actors: Vec<String>,
    /// How many more actors are involved than [`Finding::actors`] lists.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more_actors: usize,
    /// Kinds involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<ActorKind>,
    /// Ids of the forums involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forums: Vec<String>,
    /// Ids of the needs involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Territories involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub territories: Vec<String>,
    /// The composition rule the finding comes from, for rule findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The arguments of its sentence: counts, names, kinds, levels… (in JSON, see
    /// [`words::Arg`]).
    #[serde(default, skip_serializing_if = "Args::is_empty")]
    pub args: Args,
}

/// Most actor ids a finding lists; the others are counted ([`Finding::more_actors`]).
pub const MAX_FINDING_ACTORS: usize = 100;

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Finding {
    /// A finding about `actors`: the first hundred (`MAX_FINDING_ACTORS`) are listed, the others
    /// counted.
    pub(crate) fn new(
        code: FindingCode,
        actors: impl IntoIterator<Item = String>,
        args: Args,
    ) -> Self {
        let mut actors = actors.into_iter();
        let listed: Vec<String> = actors.by_ref().take(MAX_FINDING_ACTORS).collect();
        Finding {
            code,
            severity: code.severity(),
            more_actors: actors.count(),
            actors: listed,
            kinds: Vec::new(),
            forums: Vec::new(),
            needs: Vec::new(),
            territories: Vec::new(),
            rule: None,
            args,
        }
    }

    /// The id of this finding's sentence in the catalogs: `finding-<code>`.
    pub fn message_id(&self) -> String {
        format!("finding-{}", self.code.as_str())
    }

    /// The finding in plain words, in a language.
    ///
    /// # Example
    /// ```
    /// use actormap::{Lang, metrics::MetricsOptions, Network, metrics::MetricsReport, View};
    ///
    /// let map = actormap::read_path("fixtures/pierre-de-saurel-aines.json")?;
    /// let report = MetricsReport::compute(&Network::new(&map, &View::default())?, &MetricsOptions::default());
    /// let first = &report.findings[0];
    /// assert!(first.sentence(Lang::Fr).starts_with("2 acteurs n'ont aucun lien"));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn sentence(&self, lang: Lang) -> String {
        tidy(&words::message(lang, &self.message_id(), &self.args))
    }

    /// The finding with its sentence, as JSON outputs write it.
    pub fn in_words(&self, lang: Lang) -> FindingText<'_> {
        FindingText {
            finding: self,
            sentence: self.sentence(lang),
        }
    }
}

/// A finding beside its sentence in one language: what JSON outputs write, so that a tool
/// can show the sentence or make its own from the code and arguments.
#[derive(Clone, Debug, Serialize)]
pub struct FindingText<'a> {
    /// The finding.
    #[serde(flatten)]
    pub finding: &'a Finding,
    /// Its sentence.
    pub sentence: String,
}

/// A name that ends with a period ("Horizon inc.") closes a sentence with one period, not
/// two; longer runs of dots (an ellipsis) are kept.
fn tidy(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut chars = sentence.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '.' {
            continue;
        }
        let mut run = 1;
        while chars.peek() == Some(&'.') {
            chars.next();
            run += 1;
        }
        if run != 2 {
            for _ in 1..run {
                out.push('.');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_period_after_a_name_that_ends_with_one() {
        assert_eq!(tidy("Horizon inc.. They"), "Horizon inc. They");
        assert_eq!(tidy("Wait... then."), "Wait... then.");
        assert_eq!(tidy("A. B."), "A. B.");
    }
}
