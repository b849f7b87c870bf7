# Partenaires manquants : les constats des règles de composition et des lacunes
# structurelles, les raisons d'inviter un candidat, le rapport texte et les problèmes des
# fichiers de règles.

## Constats des règles de composition. Chacun nomme sa règle : `$rule` (entre guillemets).

# `$selects` : ce que la règle cherche, une instance d'un type connu (`kind`), d'un type
# propre à la pratique (`other-kind`) ou d'un identifiant (`id`) ; `$why` : si la règle a
# une description (`$description`).
finding-rule-required = La carte ne compte { $selects ->
        [id] aucune instance d'identifiant « { $id } »
        [kind] { $kind-gender ->
            [feminine] aucune
           *[other] aucun
        } { $kind }
       *[other-kind] aucune instance de type « { $kind } »
    } (règle { $rule }{ $why ->
        [yes] {" :"} { $description }
       *[no] {""}
    }).
finding-rule-size = { $forum } compte { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    } ; la règle { $rule } en demande { $range }.
# `$count` membres sont des types `$kinds` (un type, ou « a, b ou c ») ; la règle en
# demande `$min` ; `$shape` : `one-kind` ou `any-of`.
finding-rule-kinds = { $count ->
        [0] { $forum } n'a { $shape ->
            [one-kind] { $kinds-gender ->
                [feminine] aucune
               *[other] aucun
            }
           *[any-of] aucun
        } { $kinds } parmi ses membres (règle { $rule }).
       *[other] { $forum } compte { $count ->
            [one] { $count } membre
           *[other] { $count } membres
        } de type { $kinds } ; la règle { $rule } en demande au moins { $min }.
    }
# `$count` membres tiennent le rôle ; `$holders` : leurs noms.
finding-rule-roles = { $count ->
        [0] { $forum } n'a { $role-gender ->
            [feminine] aucune
           *[other] aucun
        } { $role } (la règle { $rule } en demande { $range }).
       *[other] { $forum } compte { $count } { $count ->
            [one] { $role }
           *[other] { $role-plural }
        } ({ $holders }) ; la règle { $rule } en demande { $range }.
    }
# `$by` : ce que partagent les membres qui tiennent le rôle, leur organisation
# (`organization`) ou leur type (`kind`).
finding-rule-distinct = { $by ->
        [kind] { $names }, { $role-plural } de { $forum }, sont tous des { $kind-plural } ; la règle { $rule } demande des { $role-plural } de types différents.
       *[organization] { $names }, { $role-plural } de { $forum }, relèvent de la même organisation ({ $organisation }) ; la règle { $rule } demande des { $role-plural } d'organisations différentes.
    }
finding-rule-needs = Aucun membre de { $forum } ne répond au besoin { $need } (règle { $rule }).
finding-rule-sectors = Aucun membre de { $forum } ne travaille dans le secteur { $sector } (règle { $rule }).
# `$forums` : les instances auxquelles l'organisation participe.
finding-rule-represent = { $organisation } participe à { $forums } mais n'a { $role-gender ->
        [feminine] aucune
       *[other] aucun
    } { $role } au sein de { $forum } (règle { $rule }).

## Lacunes structurelles de l'ensemble de la carte

# `$kinds` : combien d'acteurs de chaque type.
finding-sector-without-cross-kind-tie = Dans le secteur { $sector }, les acteurs ({ $kinds }) n'ont aucun lien entre types différents.
finding-need-without-cross-kind-tie = Les acteurs qui répondent au besoin { $need } ({ $kinds }) n'ont aucun lien entre types différents.
finding-sector-actors-outside-forum = { $names } { $names-count ->
        [one] travaille
       *[other] travaillent
    } dans le secteur { $sector } de { $forum }, mais { $names-count ->
        [one] n'est lié
       *[other] ne sont liés
    } à aucun de ses membres.

## Morceaux de phrases

# Ce que demande une règle : `$bounds` vaut `exactly`, `between`, `at-least` ou `at-most`.
gaps-range = { $bounds ->
        [exactly] exactement { $min }
        [between] entre { $min } et { $max }
        [at-least] au moins { $min }
        [at-most] au plus { $max }
       *[none] {""}
    }
# Des types dont un seul suffit, en chaîne : « organisme communautaire, entreprise privée
# ou usager ». `$more` : `last` avant le dernier type, `some` avant les autres.
gaps-kinds-or = { $more ->
        [last] { $kind } ou { $rest }
       *[some] { $kind }, { $rest }
    }
# Des éléments séparés par des virgules, en chaîne : « 4 organismes publics, 10 organismes
# communautaires ».
gaps-joined = { $more ->
        [yes] { $item }, { $rest }
       *[no] { $item }
    }
gaps-no-kind = { $kind-gender ->
        [feminine] aucune
       *[other] aucun
    } { $kind }
# Le dernier de quelques noms : « A, B, C, D et 3 autres ».
gaps-names-more = { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }

## Pourquoi inviter un candidat

# `$at-level` : combien de ces liens sont au niveau coopération ou plus, `none`, `only`
# (l'unique lien), `all` ou `some` (`$strong` d'entre eux).
gaps-reason-tied = lié à { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    } ({ $names }){ $at-level ->
        [none] {""}
        [only] , au niveau coopération ou plus
        [all] , tous au niveau coopération ou plus
       *[some] , dont { $strong } au niveau coopération ou plus
    }
gaps-reason-shared = travaille avec des partenaires des membres : { $names } (Adamic–Adar { NUMBER($index, minimumFractionDigits: 2, maximumFractionDigits: 2) })
gaps-reason-kind = { $kind-gender ->
        [feminine] une
       *[other] un
    } { $kind } : un type d'acteur absent de { $forum }
gaps-reason-sector = travaille dans le secteur { $sector }, absent de { $forum }
gaps-reason-need = répond au besoin { $need }, auquel aucun membre ne répond

## Le rapport texte

gaps-title = Partenaires manquants — { $map }
gaps-rule-sets = Règles de composition : { $count ->
        [0] aucune
       *[other] { $sets }
    }
# Une instance : son nom, son type si elle en a un (`$has-kind`), sa taille, puis les
# types de ses membres (`$present`) et les types absents (`$absent`) ; `$shape` dit
# lesquels il y a : `both`, `present` ou `absent`.
gaps-forum = { $forum }{ $has-kind ->
        [yes] {" "}({ $kind })
       *[no] {""}
    } : { $count ->
        [one] { $count } membre
       *[other] { $count } membres
    } — { $shape ->
        [absent] { $absent }
        [present] { $present }
       *[both] { $present } ; { $absent }
    }
gaps-rules-not-met = Règles non respectées :
gaps-rules-met = { $count ->
        [one] La règle de composition qui s'applique est respectée.
       *[other] Les { $count } règles de composition qui s'appliquent sont respectées.
    }
gaps-no-candidates = Personne à suggérer : aucun acteur extérieur n'est lié à ses membres ni n'apporte ce qui lui manque.
gaps-candidates = Qui inviter, en ordre de priorité :
gaps-candidate = { $rank }. { $name } ({ $kind }) — pointage { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
gaps-structural = Lacunes de l'ensemble de la carte :

