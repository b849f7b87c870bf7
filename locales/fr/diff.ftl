# L'évolution dans le temps : deux instantanés d'une carte comparés (`actormap diff`), ou
# plusieurs en série chronologique.

## Ce qui a changé (constats)

# $before, $after : les deux identifiants, entre guillemets ; $name : le nom de l'acteur.
finding-likely-rename = L'identifiant { $before } a disparu et { $after } est apparu avec le même nom ({ $name }) : probablement le même acteur sous un nouvel identifiant ; il est comparé comme un seul.
# $actors : une liste de diff-actor-with-kind.
finding-actors-joined = { $count ->
    [one] { $count } acteur s'est ajouté à la carte : { $actors }.
   *[other] { $count } acteurs se sont ajoutés à la carte : { $actors }.
}
# Un acteur et son type : « Denis B. (usager) ».
diff-actor-with-kind = { $name } ({ $kind })
finding-actors-left = { $count ->
    [one] { $count } acteur ne figure plus sur la carte : { $actors }.
   *[other] { $count } acteurs ne figurent plus sur la carte : { $actors }.
}
# Les liens des acteurs d'un type ($kind) avec un établissement ($group : organization,
# son nom $organization) ou avec les acteurs d'un autre type ($group : kind, $other).
# $count : les liens maintenant, $before : avant ; $change : none (aucun avant), up, down.
finding-ties-between-changed = { $group ->
    [organization] Les { $kind-plural } ont maintenant { $count ->
        [one] { $count } lien
       *[other] { $count } liens
    } avec { $organization }, { $change ->
        [none] { $kind-gender ->
            [feminine] alors qu'elles n'en avaient aucun
           *[other] alors qu'ils n'en avaient aucun
        }
       *[other] contre { $before } auparavant
    }.
   *[kind] Les { $kind-plural } et les { $other-plural } ont maintenant { $count ->
        [one] { $count } lien
       *[other] { $count } liens
    } entre eux, { $change ->
        [none] alors qu'ils n'en avaient aucun
       *[other] contre { $before } auparavant
    }.
}
# $links : une liste de diff-level-move.
finding-ties-strengthened = { $count ->
    [one] { $count } lien a progressé sur le continuum de collaboration : { $links }.
   *[other] { $count } liens ont progressé sur le continuum de collaboration : { $links }.
}
finding-ties-weakened = { $count ->
    [one] { $count } lien a reculé sur le continuum de collaboration : { $links }.
   *[other] { $count } liens ont reculé sur le continuum de collaboration : { $links }.
}
# Un lien dont le niveau a changé : « Carrefour ↔ Popote (coopération → coordination) ».
diff-level-move = { $source } ↔ { $target } ({ $before } → { $after })
finding-no-longer-isolated = { $actors-count ->
    [one] { $actors } n'est plus isolé : il est maintenant lié au réseau.
   *[other] { $actors } ne sont plus isolés : ils sont maintenant liés au réseau.
}
finding-newly-isolated = { $actors } { $actors-count ->
    [one] n'a
   *[other] n'ont
} plus aucun lien avec les autres acteurs de la carte.
finding-no-longer-articulation-point = { $name } n'est plus le seul lien qui rattache une partie du réseau au reste.
finding-new-articulation-point = { $name } est devenu le seul lien entre une partie du réseau et le reste (point d'articulation).
# $change : first (personne ne répondait au besoin avant), more. $count : les répondants
# maintenant, $before : avant.
finding-need-coverage-improved = { $change ->
    [first] { $count ->
        [one] Le besoin { $need } a maintenant un répondant : { $providers }.
       *[other] Le besoin { $need } a maintenant { $count } répondants : { $providers }.
    }
   *[more] Le besoin { $need } compte maintenant { $count } répondants, contre { $before } auparavant : { $providers }.
}
# $change : none (plus personne n'y répond), fewer.
finding-need-coverage-worsened = { $change ->
    [none] Plus aucun acteur ne répond au besoin { $need } ({ $before ->
        [one] il y en avait { $before }
       *[other] ils étaient { $before }
    }).
   *[fewer] Le besoin { $need } ne compte plus que { $count ->
        [one] { $count } répondant
       *[other] { $count } répondants
    }, contre { $before } auparavant : { $providers }.
}
finding-forum-added = { $forum } est une nouvelle instance, avec { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}.
finding-forum-removed = { $forum } ne figure plus sur la carte.
# $changes : diff-forum-joined, diff-forum-left et diff-forum-roles, en série ; $gained :
# une liste de diff-a-kind (les types que l'instance compte maintenant), $lost : de
# diff-no-kind.
finding-forum-membership-changed = { $changes }{ $gained-count ->
    [0] {""}
   *[other] {"\u00A0"}: l'instance compte maintenant { $gained }
}{ $lost-count ->
    [0] {""}
   *[other] {"\u202F"}; elle ne compte plus { $lost }
}.
diff-forum-joined = { $actors } { $actors-count ->
    [one] s'est joint à
   *[other] se sont joints à
} { $forum }
diff-forum-left = { $actors } { $actors-count ->
    [one] a quitté
   *[other] ont quitté
} { $forum }
# $position : first quand la phrase commence par là ; $moves : une liste de
# diff-role-move.
diff-forum-roles = { $position ->
    [first] Dans { $forum }, { $moves }
   *[other] dans { $forum }, { $moves }
}
# $before, $after : des rôles. Le premier changement d'une liste dit « est passé ».
diff-role-move = { $position ->
    [first] { $name } est passé de { $before } à { $after }
   *[other] { $name } de { $before } à { $after }
}
diff-a-kind = { $kind-gender ->
    [feminine] une { $kind }
   *[other] un { $kind }
}
diff-no-kind = { $kind-gender ->
    [feminine] aucune { $kind }
   *[other] aucun { $kind }
}

## La comparaison en texte

diff-title = Changements — { $name }
diff-indicators = Indicateurs
# La colonne de l'écart entre le premier instantané et le dernier.
diff-change = écart
# L'écart d'une proportion, en points de pourcentage : « +3 pts ».
diff-points = { $count ->
    [one] { $count } pt
   *[other] { $count } pts
}
diff-what-changed = Ce qui a changé
diff-links = Liens : { $added ->
    [one] { $added } ajouté
   *[other] { $added } ajoutés
}, { $removed ->
    [one] { $removed } retiré
   *[other] { $removed } retirés
}, { $up } en hausse, { $down } en baisse
# Un lien ajouté ou retiré ; $shape : kind (le lien a un type, $kind) ou plain.
diff-link = { $source } ↔ { $target } ({ $shape ->
    [kind] { $kind }, { $level }
   *[plain] { $level }
})
# Sous une liste écourtée.
diff-more = et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
diff-forum-composition = Composition des instances
# La taille d'une instance avant et après, et ses membres par type maintenant.
diff-forum-size = { $forum } : { $before } → { $after } ({ $kinds })
# Un instantané sans date, par son rang dans l'ordre donné.
diff-snapshot = instantané { $number }

## Série chronologique

diff-series-title = Indicateurs dans le temps — { $name }

## Indicateurs

diff-indicator-actors = Acteurs
diff-indicator-ties = Liens
diff-indicator-density = Densité
diff-indicator-components = Composantes
diff-indicator-largest-component-share = Plus grande composante
diff-indicator-isolates = Acteurs isolés
diff-indicator-articulation-points = Points d'articulation
diff-indicator-cross-kind-share = Liens entre types
diff-indicator-ei-index = Indice E-I
diff-indicator-inter-organisational-share = Interorganisationnels
diff-indicator-inter-directional-share = Interdirectionnels
diff-indicator-intersectoral-share = Intersectoriels
diff-indicator-needs-unserved = Besoins sans répondant
diff-indicator-needs-single-provider = Besoins à un seul répondant
