# metrics: the findings of `actormap metrics` and its text report.
# A sentence stays on one line: the text report wraps it, and a line break in a pattern
# would reach the output.

## Parts of sentences

# How many actors of each kind: "14 public bodies, 3 service users" ($first… are
# `count-kind` phrases, in the order public, community, private, user).
metrics-kinds = { $shape ->
    [none] {""}
    [one] { $first }
    [two] { $first }, { $second }
    [three] { $first }, { $second }, { $third }
   *[four] { $first }, { $second }, { $third }, { $fourth }
}
# A group of actors, named in full.
metrics-group-named = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
} ({ $kinds }): { $names }
# A large group of actors, by its best-connected actors.
metrics-group-among = { $count ->
    [one] { $count } actor
   *[other] { $count } actors
} ({ $kinds }), among them { $names }
# The last of the groups an actor holds together.
metrics-more-groups = { $count ->
    [one] { $count } more group
   *[other] { $count } more groups
}
# An actor held by a single tie, and the actor at its other end.
metrics-pendant = { $name } (with { $partner })

## Findings

finding-isolated-actors = { $count ->
    [one] { $names } has no tie to any other actor{ $view ->
        [min-level] {" "}at the { $level } level or above
       *[every-link] {""}
    }: it is on the map but works with no one in it. Invite it to a table or a project, or add the ties the map is missing.
   *[other] { $count } actors have no tie to any other actor{ $view ->
        [min-level] {" "}at the { $level } level or above
       *[every-link] {""}
    }: { $names }. They are on the map but work with no one in it: invite them to a table or a project, or add the ties the map is missing.
}
finding-disconnected = { $apart ->
    [isolated-actors] Apart from isolated actors, the
   *[none] The
} network is in { $count } parts that do not reach each other: the largest has { $largest ->
    [one] { $largest } actor
   *[other] { $largest } actors
}; the others: { $others }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}. No path of ties joins them: a tie between the parts would let information and referrals flow.
finding-articulation-point = { $shape ->
    [groups] { $point } holds together { $count } groups that would be cut off from each other without it: { $groups }. Ties between these groups would make the network less fragile.
    [others] { $count ->
        [one] { $count } other actor also holds groups of two actors or more to the network: { $names }.
       *[other] { $count } other actors also hold groups of two actors or more to the network: { $names }.
    }
   *[one-main-part] { $point } is the only link between the rest of the network ({ $rest }) and { $group }. If it stepped back, they would be cut off; ties between them and other partners would make the network less fragile.
}
finding-bridge = { $shape ->
    [others] { $count ->
        [one] { $count } other tie is the only one between two groups of actors.
       *[other] { $count } other ties are each the only one between two groups.
    }
   *[tie] The tie between { $first } and { $second } is the only one joining the rest of the network to { $group }. If it lapsed, the network would split in two.
}
finding-pendant-actors = { $count ->
    [one] { $name } is held in the network by a single tie, with { $partner }: if that tie lapses, { $name } has no tie left.
   *[other] { $count } actors are held in the network by a single tie: { $actors }. If that tie lapses, they have no tie left.
}
finding-need-unserved = No actor on the map serves the need { $need }{ $forums-count ->
    [0] {""}
    [one] , although the forum { $forums } works on it
   *[other] , although the forums { $forums } work on it
}. Find who could offer it, or add to the map the actors who already do.
finding-need-single-provider = One actor only serves the need { $need }: { $provider }. If it cannot, no other actor on the map can take over.
finding-need-single-kind = The need { $need } is served by { $count } actors, { $count ->
    [2] both
   *[other] all
} { $kind-plural }: { $providers }. Other kinds of actors could share it.
finding-kind-absent = The map has no { $kind }.
# In the metrics (`map`), or among the structural gaps (`gap`).
finding-kind-pair-without-tie = { $shape ->
    [gap] No tie joins the { $kind-plural } and the { $other-plural }: no { $kind } works with a { $other } on this map.
   *[map] No { $kind } has a tie to a { $other } in this map.
}
finding-low-cross-kind = { $shape ->
    [kind] { $kind-code ->
        [public] Public bodies
        [community] Community organisations
        [private] Private companies
       *[user] Service users
    } keep mostly to themselves: { $external } of their { $total ->
        [one] { $total } tie
       *[other] { $total } ties
    } join them to other kinds (E-I index { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
   *[network] Most ties join actors of the same kind: only { NUMBER($share, style: "percent") } cross kinds (E-I index { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
}
finding-user-without-public-tie = { $public ->
    [0] { $name } has no tie to a public body, even two steps away.
    [one] { $name } has no direct tie to a public body: { $public } public body is two steps away, through { $via }.
   *[other] { $name } has no direct tie to a public body: { $public } public bodies are two steps away, through { $via }.
}
finding-territory-missing-kind = { $territories-count ->
    [one] The map has no { $kind } in the territory { $territories }.
   *[other] The map has no { $kind } in { $territories-count } territories: { $territories }.
}
finding-forum-missing-kind = { $forums-count ->
    [one] The forum { $forums } has no { $kind } among its members.
   *[other] { $forums-count } forums have no { $kind } among their members: { $forums }.
}
finding-forum-member-without-tie = { $members-count ->
    [one] { $members }, member of { $forum }, has no link with any other member: sitting at the same table is not yet working together.
   *[other] { $members-count } members of { $forum } have no link with any other member: { $members }. Sitting at the same table is not yet working together.
}

## The text report

metrics-as-of = as of { $date }
metrics-territory-as-of = { $territory }, as of { $date }
metrics-headline = Headline
metrics-warnings = Warnings
metrics-to-discuss = To discuss
metrics-for-information = For information
metrics-brokers = Main brokers: who lies on the shortest paths between the others (betweenness)

# The headline rows: a label, then its figures.
metrics-label-actors = Actors
metrics-headline-actors = { $count ->
    [0] { $count }
   *[other] { $count }: { $kinds }
}
metrics-label-ties = Ties
metrics-headline-ties = { $shape ->
    [average] { $count }, density { NUMBER($density, minimumFractionDigits: 3, maximumFractionDigits: 3) }, { NUMBER($average, minimumFractionDigits: 2, maximumFractionDigits: 2) } per actor on average
   *[no-average] { $count }, density { NUMBER($density, minimumFractionDigits: 3, maximumFractionDigits: 3) }
}
metrics-label-components = Components
metrics-headline-components = { $count ->
    [1] 1: every actor can reach every other
   *[other] { $count }, the largest with { $largest ->
        [one] { $largest } actor
       *[other] { $largest } actors
    } ({ NUMBER($share, style: "percent") })
}; { $isolated } isolated, { $pendants } held by a single tie
metrics-label-across-kinds = Across kinds
metrics-headline-across-kinds = { NUMBER($share, style: "percent") } of ties join two kinds of actors (E-I index { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) })
metrics-label-integration = Integration
metrics-headline-integration = { NUMBER($organisations, style: "percent") } inter-organisational, { NUMBER($directions, style: "percent") } inter-directional, { NUMBER($sectors, style: "percent") } intersectoral
metrics-label-needs = Needs
metrics-headline-needs = { $count } declared: { $unserved } served by no actor, { $single } by a single actor
metrics-label-view = View
metrics-label-estimated = Estimated

# The view, in parts joined by semicolons.
metrics-view-every-link = every link
metrics-view-min-level = links at the { $level } level or above
# The kinds a view keeps ($first… are kinds, in canonical order).
metrics-view-only = { $shape ->
    [none] only
    [one] only { $first-plural }
    [two] only { $first-plural }, { $second-plural }
    [three] only { $first-plural }, { $second-plural }, { $third-plural }
   *[four] only { $first-plural }, { $second-plural }, { $third-plural }, { $fourth-plural }
}
metrics-view-forum-ties = sitting in the same forum counts as a tie
metrics-view-no-forum-ties = sitting in the same forum is not a tie

# What a sampled report estimated; $error is the largest standard error of an actor's
# betweenness estimate, written with two significant digits.
metrics-estimated = betweenness, closeness, harmonic centrality and path lengths are estimated from { $sources ->
    [one] { $sources } source
   *[other] { $sources } sources
} (seed { $seed }) for { $estimated } of the { $actors } actors; betweenness within ±{ $error } (the largest standard error of an actor's estimate)
