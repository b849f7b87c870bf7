//! How the diagram looks: the one table of styles by kind and by level, and the marks
//! of highlighted actors.

use crate::model::{ActorKind, Level};
use crate::words::Lang;

use super::Highlights;

/// Font of every text in the diagram: Helvetica where it exists, else a font with the
/// same metrics (Arial, Liberation Sans), so that an SVG drawn on one machine fits its
/// labels on another.
pub(super) const FONT: &str = "Helvetica,Arial,sans-serif";
/// Okabe–Ito vermillion: isolation highlights.
pub(super) const ALERT: &str = "#D55E00";
/// Okabe–Ito blue: invitation candidates.
pub(super) const CANDIDATE: &str = "#0072B2";
/// Borders and lines.
pub(super) const INK: &str = "#333333";

/// How actors of one kind are drawn. One table for every output that shows kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct KindStyle {
    /// Graphviz node shape.
    pub shape: &'static str,
    /// Fill colour, `#RRGGBB`; light enough for black text.
    pub fill: &'static str,
}

/// The style of a kind of actor.
///
/// | kind | shape | fill |
/// |---|---|---|
/// | public | box | light blue `#77AADD` |
/// | community | ellipse | mint `#44BB99` |
/// | private | hexagon | light yellow `#EEDD88` |
/// | user | circle | pink `#FFAABB` |
///
/// The fills are Paul Tol's "light" scheme, made to stay distinct for colour-blind
/// readers and to carry black text. The shapes differ too, so that a greyscale print
/// still tells the kinds apart: institutions are boxes, people are circles.
pub fn kind_style(kind: ActorKind) -> KindStyle {
    match kind {
        ActorKind::Public => KindStyle {
            shape: "box",
            fill: "#77AADD",
        },
        ActorKind::Community => KindStyle {
            shape: "ellipse",
            fill: "#44BB99",
        },
        ActorKind::Private => KindStyle {
            shape: "hexagon",
            fill: "#EEDD88",
        },
        ActorKind::User => KindStyle {
            shape: "circle",
            fill: "#FFAABB",
        },
    }
}

/// How a tie at one collaboration level is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct LevelStyle {
    /// Graphviz edge style: `dotted`, `dashed`, `solid` or `bold`.
    pub style: &'static str,
    /// Line width, in points.
    pub penwidth: f64,
}

/// The line of a collaboration level: information dotted, coordination dashed,
/// cooperation solid, collaboration bold (and wider still), so that closer work reads
/// as a heavier line.
pub fn level_style(level: Level) -> LevelStyle {
    match level {
        Level::Information => LevelStyle {
            style: "dotted",
            penwidth: 1.2,
        },
        Level::Coordination => LevelStyle {
            style: "dashed",
            penwidth: 1.2,
        },
        Level::Cooperation => LevelStyle {
            style: "solid",
            penwidth: 1.5,
        },
        Level::Collaboration => LevelStyle {
            style: "bold",
            penwidth: 3.0,
        },
    }
}

/// How one node is marked.
#[derive(Default)]
pub(super) struct Mark {
    pub(super) border: Option<&'static str>,
    pub(super) penwidth: Option<&'static str>,
    pub(super) dashed: bool,
    pub(super) double: bool,
}

/// The node highlights, in the order they apply (a later border wins).
#[derive(Clone, Copy)]
pub(super) enum Marker {
    Member,
    Candidate,
    Articulation,
    Pendant,
    Isolated,
}

impl Marker {
    pub(super) const ALL: [Marker; 5] = [
        Marker::Member,
        Marker::Candidate,
        Marker::Articulation,
        Marker::Pendant,
        Marker::Isolated,
    ];

    pub(super) fn ids(self, h: &Highlights) -> &[String] {
        match self {
            Marker::Member => &h.members,
            Marker::Candidate => &h.candidates,
            Marker::Articulation => &h.articulation_points,
            Marker::Pendant => &h.pendants,
            Marker::Isolated => &h.isolated,
        }
    }

    pub(super) fn key(self) -> &'static str {
        match self {
            Marker::Member => "member",
            Marker::Candidate => "candidate",
            Marker::Articulation => "articulation",
            Marker::Pendant => "pendant",
            Marker::Isolated => "isolated",
        }
    }

    /// The highlight's entry in the legend.
    pub(super) fn legend(self, lang: Lang) -> String {
        lang.text(match self {
            Marker::Member => "legend-member",
            Marker::Candidate => "legend-candidate",
            Marker::Articulation => "legend-articulation-point",
            Marker::Pendant => "legend-pendant",
            Marker::Isolated => "legend-isolated",
        })
    }

    pub(super) fn apply(self, m: &mut Mark) {
        match self {
            Marker::Member => {
                m.border = Some("#000000");
                m.penwidth = Some("3");
            }
            Marker::Candidate => {
                m.border = Some(CANDIDATE);
                m.penwidth = Some("2.5");
                m.dashed = true;
            }
            Marker::Articulation => m.double = true,
            Marker::Pendant => {
                m.border = Some(ALERT);
                m.penwidth = Some("2.5");
                m.dashed = true;
            }
            Marker::Isolated => {
                m.border = Some(ALERT);
                m.penwidth = Some("4");
                m.dashed = false;
            }
        }
    }
}
