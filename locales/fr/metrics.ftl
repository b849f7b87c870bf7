# metrics : les constats d'`actormap metrics` et son rapport texte.
# Une phrase tient sur une ligne : le rapport texte la coupe lui-même, et un saut de ligne
# dans un motif passerait dans la sortie.

## Morceaux de phrases

# Combien d'acteurs de chaque type : « 14 organismes publics, 3 usagers » ($first… sont
# des phrases `count-kind`, dans l'ordre public, communautaire, privé, usager).
metrics-kinds = { $shape ->
    [none] {""}
    [one] { $first }
    [two] { $first }, { $second }
    [three] { $first }, { $second }, { $third }
   *[four] { $first }, { $second }, { $third }, { $fourth }
}
# Un groupe d'acteurs, nommés en entier.
metrics-group-named = { $count ->
    [one] { $count } acteur
   *[other] { $count } acteurs
} ({ $kinds }) : { $names }
# Un grand groupe d'acteurs, par ses acteurs les mieux reliés.
metrics-group-among = { $count ->
    [one] { $count } acteur
   *[other] { $count } acteurs
} ({ $kinds }), dont { $names }
# Le dernier des groupes qu'un acteur relie.
metrics-more-groups = { $count ->
    [one] { $count } autre groupe
   *[other] { $count } autres groupes
}
# Un acteur tenu par un seul lien, et l'acteur à l'autre bout.
metrics-pendant = { $name } (avec { $partner })

## Constats

finding-isolated-actors = { $count ->
    [one] { $names } n'a aucun lien avec un autre acteur{ $view ->
        [min-level] {" "}au niveau { $level } ou plus
       *[every-link] {""}
    }. Un acteur sans lien figure sur la carte sans travailler avec personne : invitez-le à une table ou à un projet, ou ajoutez les liens qui manquent à la carte.
   *[other] { $count } acteurs n'ont aucun lien avec un autre acteur{ $view ->
        [min-level] {" "}au niveau { $level } ou plus
       *[every-link] {""}
    } : { $names }. Ils figurent sur la carte sans travailler avec personne : invitez-les à une table ou à un projet, ou ajoutez les liens qui manquent à la carte.
}
finding-disconnected = { $apart ->
    [isolated-actors] Hormis les acteurs isolés, le
   *[none] Le
} réseau est formé de { $count } parties qui ne se rejoignent pas : la plus grande compte { $largest ->
    [one] { $largest } acteur
   *[other] { $largest } acteurs
} ; les autres : { $others }{ $more ->
    [0] {""}
    [one] ; et { $more } autre
   *[other] ; et { $more } autres
}. Aucun chemin de liens ne les relie : un lien entre les parties permettrait à l'information et aux références de circuler.
finding-articulation-point = { $shape ->
    [groups] { $point } relie { $count } groupes qui, sans cet acteur, seraient coupés les uns des autres : { $groups }. Des liens entre ces groupes rendraient le réseau moins fragile.
    [others] { $count ->
        [one] { $count } autre acteur retient aussi au réseau des groupes de deux acteurs ou plus : { $names }.
       *[other] { $count } autres acteurs retiennent aussi au réseau des groupes de deux acteurs ou plus : { $names }.
    }
   *[one-main-part] { $point } est le seul lien entre le reste du réseau ({ $rest }) et { $group }. Si cet acteur se retirait, ils en seraient coupés ; des liens entre eux et d'autres partenaires rendraient le réseau moins fragile.
}
finding-bridge = { $shape ->
    [others] { $count ->
        [one] { $count } autre lien est le seul entre deux groupes d'acteurs.
       *[other] { $count } autres liens sont chacun le seul entre deux groupes.
    }
   *[tie] Le lien entre { $first } et { $second } est le seul qui relie le reste du réseau à { $group }. S'il disparaissait, le réseau se scinderait en deux.
}
finding-pendant-actors = { $count ->
    [one] { $name } ne tient au réseau que par un seul lien, avec { $partner } : si ce lien se rompt, { $name } n'a plus aucun lien.
   *[other] { $count } acteurs ne tiennent au réseau que par un seul lien : { $actors }. Si ce lien se rompt, ils n'ont plus aucun lien.
}
finding-need-unserved = Aucun acteur de la carte ne répond au besoin { $need }{ $forums-count ->
    [0] {""}
    [one] , un besoin sur lequel travaille l'instance { $forums }
   *[other] , un besoin sur lequel travaillent les instances { $forums }
}. Cherchez qui pourrait y répondre, ou ajoutez à la carte les acteurs qui le font déjà.
finding-need-single-provider = Un seul acteur répond au besoin { $need } : { $provider }. Si cet acteur n'y parvient pas, aucun autre acteur de la carte ne peut prendre le relais.
finding-need-single-kind = Le besoin { $need } est couvert par { $count } acteurs, { $count ->
    [2] tous deux
   *[other] tous
} des { $kind-plural } : { $providers }. D'autres types d'acteurs pourraient y contribuer.
finding-kind-absent = La carte ne compte { $kind-gender ->
    [feminine] aucune
   *[other] aucun
} { $kind }.
# In the metrics (`map`), or among the structural gaps (`gap`).
finding-kind-pair-without-tie = { $shape ->
    [gap] Aucun lien ne relie les { $kind-plural } et les { $other-plural } : { $kind-gender ->
            [feminine] aucune
           *[other] aucun
        } { $kind } ne travaille avec { $other-gender ->
            [feminine] une
           *[other] un
        } { $other } sur cette carte.
   *[map] { $kind-gender ->
            [feminine] Aucune
           *[other] Aucun
        } { $kind } n'a de lien avec { $other-gender ->
            [feminine] une
           *[other] un
        } { $other } dans cette carte.
}
finding-low-cross-kind = { $shape ->
    [kind] Les { $kind-plural } restent surtout entre { $kind-gender ->
        [feminine] elles
       *[other] eux
    } : { $external } { $total ->
        [one] de leur { $total } lien
       *[other] de leurs { $total } liens
    } les relient à d'autres types d'acteurs (indice E-I { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
   *[network] La plupart des liens unissent des acteurs du même type : seulement { NUMBER($share, style: "percent") } relient deux types différents (indice E-I { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) }).
}
finding-user-without-public-tie = { $public ->
    [0] { $name } n'a aucun lien avec un organisme public, même à deux liens de distance.
    [one] { $name } n'a aucun lien direct avec un organisme public : { $public } organisme public est à deux liens de distance, par { $via }.
   *[other] { $name } n'a aucun lien direct avec un organisme public : { $public } organismes publics sont à deux liens de distance, par { $via }.
}
finding-territory-missing-kind = { $territories-count ->
    [one] La carte ne compte { $kind-gender ->
        [feminine] aucune
       *[other] aucun
    } { $kind } sur le territoire { $territories }.
   *[other] La carte ne compte { $kind-gender ->
        [feminine] aucune
       *[other] aucun
    } { $kind } sur { $territories-count } territoires : { $territories }.
}
finding-forum-missing-kind = { $forums-count ->
    [one] L'instance { $forums } ne compte { $kind-gender ->
        [feminine] aucune
       *[other] aucun
    } { $kind } parmi ses membres.
   *[other] { $forums-count } instances ne comptent { $kind-gender ->
        [feminine] aucune
       *[other] aucun
    } { $kind } parmi leurs membres : { $forums }.
}
finding-forum-member-without-tie = { $members-count ->
    [one] { $members }, membre de l'instance { $forum }, n'a de lien avec aucun autre membre : siéger à la même table n'est pas encore travailler ensemble.
   *[other] { $members-count } membres de l'instance { $forum } n'ont de lien avec aucun autre membre : { $members }. Siéger à la même table n'est pas encore travailler ensemble.
}

## Le rapport texte

metrics-as-of = en date du { $date }
metrics-territory-as-of = { $territory }, en date du { $date }
metrics-headline = En bref
metrics-warnings = Alertes
metrics-to-discuss = À discuter
metrics-for-information = Pour information
metrics-brokers = Principaux intermédiaires (intermédiarité) : par qui passent les plus courts chemins

# Les lignes d'en-tête : une étiquette, puis ses chiffres.
metrics-label-actors = Acteurs
metrics-headline-actors = { $count ->
    [0] { $count }
   *[other] { $count } : { $kinds }
}
metrics-label-ties = Liens
metrics-headline-ties = { $shape ->
    [average] { $count }, densité { NUMBER($density, minimumFractionDigits: 3, maximumFractionDigits: 3) }, { NUMBER($average, minimumFractionDigits: 2, maximumFractionDigits: 2) } par acteur en moyenne
   *[no-average] { $count }, densité { NUMBER($density, minimumFractionDigits: 3, maximumFractionDigits: 3) }
}
metrics-label-components = Composantes
metrics-headline-components = { $count ->
    [1] 1 : chaque acteur peut joindre tous les autres
   *[other] { $count }, la plus grande compte { $largest ->
        [one] { $largest } acteur
       *[other] { $largest } acteurs
    } ({ NUMBER($share, style: "percent") })
} ; { $isolated ->
    [one] { $isolated } isolé
   *[other] { $isolated } isolés
}, { $pendants ->
    [one] { $pendants } tenu
   *[other] { $pendants } tenus
} par un seul lien
metrics-label-across-kinds = Entre types
metrics-headline-across-kinds = { NUMBER($share, style: "percent") } des liens relient deux types d'acteurs (indice E-I { NUMBER($ei, minimumFractionDigits: 2, maximumFractionDigits: 2) })
metrics-label-integration = Intégration
metrics-headline-integration = { NUMBER($organisations, style: "percent") } interorganisationnels, { NUMBER($directions, style: "percent") } interdirectionnels, { NUMBER($sectors, style: "percent") } intersectoriels
metrics-label-needs = Besoins
metrics-headline-needs = { $count ->
    [one] { $count } déclaré
   *[other] { $count } déclarés
} : { $unserved } sans aucun acteur, { $single } avec un seul acteur
metrics-label-view = Vue
metrics-label-estimated = Estimé

# La vue, en parties séparées par des points-virgules.
metrics-view-every-link = tous les liens
metrics-view-min-level = liens de niveau { $level } ou plus
# Les types d'acteurs qu'une vue garde ($first… sont des types, dans l'ordre habituel).
metrics-view-only = { $shape ->
    [none] seulement
    [one] seulement { $first-plural }
    [two] seulement { $first-plural }, { $second-plural }
    [three] seulement { $first-plural }, { $second-plural }, { $third-plural }
   *[four] seulement { $first-plural }, { $second-plural }, { $third-plural }, { $fourth-plural }
}
metrics-view-forum-ties = siéger dans la même instance compte comme un lien
metrics-view-no-forum-ties = siéger dans la même instance ne compte pas comme un lien

# Ce qu'un rapport échantillonné estime ; $error est le plus grand écart-type d'une
# estimation d'intermédiarité, écrit avec deux chiffres significatifs.
metrics-estimated = l'intermédiarité, la proximité, la centralité harmonique et les longueurs de chemin sont estimées à partir de { $sources ->
    [one] { $sources } source
   *[other] { $sources } sources
} (graine { $seed }) pour { $estimated } des { $actors } acteurs ; intermédiarité à ±{ $error } près (le plus grand écart-type des estimations des acteurs)
