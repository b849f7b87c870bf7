# Change over time: two snapshots of a map compared (`actormap diff`), or several as a
# time series.

## What changed (findings)

# $before, $after: the two ids, quoted; $name: the actor's name.
finding-likely-rename = The id { $before } is gone and { $after } appeared with the same name ({ $name }): probably the same actor under a new id; it is compared as one.
# $actors: a list of diff-actor-with-kind.
finding-actors-joined = { $count ->
    [one] { $count } actor joined the map: { $actors }.
   *[other] { $count } actors joined the map: { $actors }.
}
# An actor with its kind: "Denis B. (service user)".
diff-actor-with-kind = { $name } ({ $kind })
finding-actors-left = { $count ->
    [one] { $count } actor is no longer on the map: { $actors }.
   *[other] { $count } actors are no longer on the map: { $actors }.
}
# The ties of the actors of a kind ($kind) with an establishment ($group: organization,
# its name $organization) or with the actors of another kind ($group: kind, $other).
# $count: ties now, $before: ties before; $change: none (there were none before), up, down.
finding-ties-between-changed = { $group ->
    [organization] The { $kind-plural } now have { $count ->
        [one] { $count } tie
       *[other] { $count } ties
    } to { $organization }, { $change ->
        [none] where they had none
        [up] up from { $before }
       *[down] down from { $before }
    }.
   *[kind] The { $kind-plural } and the { $other-plural } now have { $count ->
        [one] { $count } tie
       *[other] { $count } ties
    } between them, { $change ->
        [none] where they had none
        [up] up from { $before }
       *[down] down from { $before }
    }.
}
# $links: a list of diff-level-move.
finding-ties-strengthened = { $count ->
    [one] { $count } link moved up the collaboration continuum: { $links }.
   *[other] { $count } links moved up the collaboration continuum: { $links }.
}
finding-ties-weakened = { $count ->
    [one] { $count } link moved down the collaboration continuum: { $links }.
   *[other] { $count } links moved down the collaboration continuum: { $links }.
}
# A link whose level changed: "Carrefour ↔ Popote (cooperation → coordination)".
diff-level-move = { $source } ↔ { $target } ({ $before } → { $after })
finding-no-longer-isolated = { $actors-count ->
    [one] { $actors } is no longer isolated: it is tied to the network now.
   *[other] { $actors } are no longer isolated: they are tied to the network now.
}
finding-newly-isolated = { $actors } now { $actors-count ->
    [one] has
   *[other] have
} no tie to anyone on the map.
finding-no-longer-articulation-point = { $name } is no longer the only link holding part of the network to the rest.
finding-new-articulation-point = { $name } has become the only link between part of the network and the rest (articulation point).
# $change: first (no one served the need before), more. $count: providers now, $before:
# providers before.
finding-need-coverage-improved = { $change ->
    [first] The need { $need } is now served, by { $providers }.
   *[more] The need { $need } now has { $count } providers, up from { $before }: { $providers }.
}
# $change: none (no one serves it now), fewer.
finding-need-coverage-worsened = { $change ->
    [none] No actor serves the need { $need } any more ({ $before ->
        [one] there was { $before }
       *[other] there were { $before }
    }).
   *[fewer] The need { $need } now has { $count ->
        [one] { $count } provider
       *[other] { $count } providers
    }, down from { $before }: { $providers }.
}
finding-forum-added = { $forum } is new, with { $count ->
    [one] { $count } member
   *[other] { $count } members
}.
finding-forum-removed = { $forum } is no longer on the map.
# $changes: diff-forum-joined, diff-forum-left and diff-forum-roles, as a series; $gained:
# a list of diff-a-kind (kinds the forum now has), $lost: of diff-no-kind.
finding-forum-membership-changed = { $changes }{ $gained-count ->
    [0] {""}
   *[other] : it now includes { $gained }
}{ $lost-count ->
    [0] {""}
   *[other] ; it now has { $lost }
}.
diff-forum-joined = { $actors } joined { $forum }
diff-forum-left = { $actors } left { $forum }
# $position: first when the sentence opens with it; $moves: a list of diff-role-move.
diff-forum-roles = { $position ->
    [first] In { $forum }, { $moves }
   *[other] in { $forum }, { $moves }
}
# $before, $after: roles. The first move of a list says "went".
diff-role-move = { $position ->
    [first] { $name } went from { $before } to { $after }
   *[other] { $name } from { $before } to { $after }
}
diff-a-kind = a { $kind }
diff-no-kind = no { $kind }

## The comparison as text

diff-title = Changes — { $name }
diff-indicators = Indicators
# The column of the change from the first snapshot to the last.
diff-change = change
# A change of a share, in percentage points: "+3 pts".
diff-points = { $count ->
    [one] { $count } pt
   *[other] { $count } pts
}
diff-what-changed = What changed
diff-links = Links: { $added } added, { $removed } removed, { $up } up, { $down } down
# A link added or removed; $shape: kind (the link has a kind, $kind) or plain.
diff-link = { $source } ↔ { $target } ({ $shape ->
    [kind] { $kind }, { $level }
   *[plain] { $level }
})
# Under a list cut short.
diff-more = and { $count } more
diff-forum-composition = Forum composition
# A forum's size before and after, and its members by kind now.
diff-forum-size = { $forum }: { $before } → { $after } ({ $kinds })
# A snapshot without a date, by its place in the order given.
diff-snapshot = snapshot { $number }

## Time series

diff-series-title = Indicators over time — { $name }

## Indicators

diff-indicator-actors = Actors
diff-indicator-ties = Ties
diff-indicator-density = Density
diff-indicator-components = Components
diff-indicator-largest-component-share = Largest component
diff-indicator-isolates = Isolated actors
diff-indicator-articulation-points = Articulation points
diff-indicator-cross-kind-share = Ties across kinds
diff-indicator-ei-index = E-I index
diff-indicator-inter-organisational-share = Inter-organisational
diff-indicator-inter-directional-share = Inter-directional
diff-indicator-intersectoral-share = Intersectoral
diff-indicator-needs-unserved = Needs served by no one
diff-indicator-needs-single-provider = Needs served by one actor
