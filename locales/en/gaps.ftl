# Missing partners: the findings of composition rules and structural gaps, the reasons to
# invite a candidate, the text report and the problems of rule files.

## Findings of composition rules. Every one names its rule: `$rule` (in quotes).

# `$selects`: what the rule looks for, a forum of a well-known kind (`kind`), of a kind
# the practice invented (`other-kind`) or with an id (`id`); `$why`: whether the rule has
# a `$description`.
finding-rule-required = The map has { $selects ->
        [id] no forum with id “{ $id }”
        [kind] no { $kind }
       *[other-kind] no forum of kind “{ $kind }”
    } (rule { $rule }{ $why ->
        [yes] : { $description }
       *[no] {""}
    }).
finding-rule-size = { $forum } has { $count ->
        [one] { $count } member
       *[other] { $count } members
    }; rule { $rule } asks for { $range }.
# `$count` members are of the `$kinds` (one kind, or "a, b or c"), the rule asks for
# `$min`; `$shape`: `one-kind` or `any-of`.
finding-rule-kinds = { $count ->
        [0] { $forum } has { $shape ->
            [one-kind] no { $kinds }
           *[any-of] no { $kinds }
        } among its members (rule { $rule }).
       *[other] { $forum } has { $count ->
            [one] { $count } member who is a
           *[other] { $count } members who are a
        } { $kinds }; rule { $rule } asks for at least { $min }.
    }
# `$count` members hold the role, `$holders` are their names.
finding-rule-roles = { $count ->
        [0] { $forum } has no { $role } (rule { $rule } asks for { $range }).
       *[other] { $forum } has { $count } { $count ->
            [one] { $role }
           *[other] { $role-plural }
        } ({ $holders }); rule { $rule } asks for { $range }.
    }
# `$by`: what the members in the role share, their `organization` or their `kind`.
finding-rule-distinct = { $by ->
        [kind] { $names }, { $role-plural } of { $forum }, are all { $kind-plural }; rule { $rule } asks for { $role-plural } of different kinds.
       *[organization] { $names }, { $role-plural } of { $forum }, belong to the same organisation ({ $organisation }); rule { $rule } asks for { $role-plural } from different organisations.
    }
finding-rule-needs = No member of { $forum } serves the need { $need } (rule { $rule }).
finding-rule-sectors = No member of { $forum } works in the sector { $sector } (rule { $rule }).
# `$forums`: the forums the organisation takes part in.
finding-rule-represent = { $organisation } takes part in { $forums } but has no { $role } in { $forum } (rule { $rule }).

## Structural gaps of the whole map

# `$kinds`: how many actors of each kind.
finding-sector-without-cross-kind-tie = In the sector { $sector }, the actors ({ $kinds }) have no tie across kinds.
finding-need-without-cross-kind-tie = The actors serving the need { $need } ({ $kinds }) have no tie across kinds.
finding-sector-actors-outside-forum = { $names } { $names-count ->
        [one] works
       *[other] work
    } in the sector { $sector } of { $forum } but { $names-count ->
        [one] is
       *[other] are
    } tied to none of its members.

## Parts of sentences

# What a rule asks for: `$bounds` is `exactly`, `between`, `at-least` or `at-most`.
gaps-range = { $bounds ->
        [exactly] exactly { $min }
        [between] between { $min } and { $max }
        [at-least] at least { $min }
        [at-most] at most { $max }
       *[none] {""}
    }
# Kinds one of which will do, a chain: "community organisation, private company or
# service user". `$more`: `last` before the last kind, `some` before others.
gaps-kinds-or = { $more ->
        [last] { $kind } or { $rest }
       *[some] { $kind }, { $rest }
    }
# Items joined by commas, a chain: "4 public bodies, 10 community organisations".
gaps-joined = { $more ->
        [yes] { $item }, { $rest }
       *[no] { $item }
    }
gaps-no-kind = no { $kind }
# The last of a few names: "A, B, C, D and 3 more".
gaps-names-more = { $count } more

## Why a candidate is worth inviting

# `$at-level`: how many of those ties are at cooperation level or above, `none`, `only`
# (the one tie), `all` or `some` (`$strong` of them).
gaps-reason-tied = tied to { $count ->
        [one] { $count } member
       *[other] { $count } members
    } ({ $names }){ $at-level ->
        [none] {""}
        [only] , at cooperation level or above
        [all] , all at cooperation level or above
       *[some] , { $strong } at cooperation level or above
    }
gaps-reason-shared = works with partners of the members: { $names } (Adamic–Adar { NUMBER($index, minimumFractionDigits: 2, maximumFractionDigits: 2) })
gaps-reason-kind = a { $kind }: a kind absent from { $forum }
gaps-reason-sector = works in the sector { $sector }, absent from { $forum }
gaps-reason-need = serves the need { $need }, which no member serves

## The text report

gaps-title = Missing partners — { $map }
gaps-rule-sets = Composition rules: { $count ->
        [0] none
       *[other] { $sets }
    }
# A forum: its name, its kind when it has one (`$has-kind`), its size, then the kinds of
# its members (`$present`) and the kinds absent (`$absent`); `$shape` says which of those
# two there are: `both`, `present` or `absent`.
gaps-forum = { $forum }{ $has-kind ->
        [yes] {" "}({ $kind })
       *[no] {""}
    }: { $count ->
        [one] { $count } member
       *[other] { $count } members
    } — { $shape ->
        [absent] { $absent }
        [present] { $present }
       *[both] { $present }; { $absent }
    }
gaps-rules-not-met = Rules not met:
gaps-rules-met = { $count ->
        [one] The composition rule that applies is met.
       *[other] The { $count } composition rules that apply are met.
    }
gaps-no-candidates = No one to suggest: no actor outside it is tied to its members or brings what it lacks.
gaps-candidates = Whom to invite, best first:
gaps-candidate = { $rank }. { $name } ({ $kind }) — score { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
gaps-structural = Gaps of the whole map:

