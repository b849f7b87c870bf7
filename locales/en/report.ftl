# report: the report to hand out (`actormap report`, HTML or Markdown). Its findings,
# reasons and indicators speak with the words of the metrics, gaps and diff.

## The document

# The page's title in a browser tab: the map's name, then what the page is.
report-document-title = { $title } — Actor map report
# The title when the map has no name.
report-untitled = Actor map

## Sections

report-heading-map = The map
report-heading-indicators = Headline indicators
report-heading-change = What changed
# The title of the change section when the earlier snapshot has a date.
report-heading-change-since = What changed since { $date }
report-heading-findings = Findings
report-heading-forums = Forums: composition, gaps, whom to invite
report-heading-actors = Every actor
report-heading-about = About this report

## The map

report-diagram-caption = Shapes and colours show the kind of actor, lines the level of collaboration; double borders mark the actors who alone hold part of the network together.

## Indicators

report-column-indicator = Indicator
report-column-value = Value
# The column of the change between the two snapshots.
report-column-change = change
# $kinds: "14 public bodies, 3 service users".
report-actors-by-kind = Actors by kind: { $kinds }

## Findings, most serious first

report-group-warnings = To act on
report-group-to-discuss = To discuss
report-group-for-information = For information
report-group-map-gaps = Gaps of the whole map

## Forums

# A forum's composition, in parts joined by `series-separator`: its size and kinds,
# its roles other than member, the density of ties among its members.
report-forum-size = { $count ->
    [one] { $count } member
   *[other] { $count } members
} — { $kinds }
# One role and how many members hold it: "2 co-leads".
report-forum-role = { $count ->
    [one] { $count } { $role }
   *[other] { $count } { $role-plural }
}
report-forum-density = density of ties among members { NUMBER($density, minimumFractionDigits: 2, maximumFractionDigits: 2) }
# Followed by the kinds, each as a coloured badge.
report-kinds-absent = Kinds absent:
report-rules-not-met = Rules not met
report-whom-to-invite = Whom to invite
# A candidate's score, beside its name.
report-score = score { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }

## Every actor

report-actors-note = In map order; click a column's title to sort by it.
report-column-actor = Actor
report-column-kind = Kind
report-column-ties = Ties
report-column-strength = Strength
report-column-betweenness = Betweenness
report-column-closeness = Closeness
report-column-core = Core
report-column-clustering = Clustering
report-column-constraint = Constraint
report-column-kinds-reached = Kinds reached
report-column-position = Position
# An actor's position, in the last column (several are joined by `list-separator`).
report-position-isolated = isolated
report-position-pendant = one tie
report-position-articulation-point = articulation point

## About this report

# $ties: what counts as a tie; $rules: `none`, or `listed` with the rule sets' $names.
report-method = Ties: { $ties ->
    [min-level] links at level { $level } or above
    [forum-ties] every link, and sitting in the same forum, count as ties
    [min-level-forum-ties] links at level { $level } or above, and co-membership
   *[every-link] every link counts as a tie
}. Composition rules: { $rules ->
    [listed] { $names }
   *[none] none
}. Metrics follow NetworkX's definitions on the undirected graph of ties; every sentence is computed from the map. Produced by actormap.
