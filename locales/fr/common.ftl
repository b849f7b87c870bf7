# Les mots que tous les domaines partagent : types d'acteurs, niveaux, rôles, types de
# liens et d'instances, guillemets, listes et nombres. Les codes (`$code`) sont les
# valeurs écrites dans les cartes.

## Types d'acteurs

kind = { $code ->
    [public] organisme public
    [community] organisme communautaire
    [private] entreprise privée
   *[user] usager
}
kind-plural = { $code ->
    [public] organismes publics
    [community] organismes communautaires
    [private] entreprises privées
   *[user] usagers
}
# Le genre du nom : les messages en tirent l'article (« un », « une », « aucun »…).
kind-gender = { $code ->
    [private] feminine
   *[other] masculine
}
kind-label = { $code ->
    [public] Public
    [community] Communautaire
    [private] Privé
   *[user] Usager
}

## Niveaux de collaboration (continuum de Himmelman)

level = { $code ->
    [information] information
    [coordination] coordination
    [cooperation] coopération
   *[collaboration] collaboration
}

## Rôles dans une instance ; un rôle propre à la pratique est écrit tel quel

role = { $code ->
    [member] membre
    [co-lead] co-porteur
    [facilitator] conseiller-facilitateur
    [animator] animateur
    [delegated-manager] gestionnaire délégué
    [director] directeur
    [user-partner] usager partenaire
   *[other] { $code }
}
role-plural = { $code ->
    [member] membres
    [co-lead] co-porteurs
    [facilitator] conseillers-facilitateurs
    [animator] animateurs
    [delegated-manager] gestionnaires délégués
    [director] directeurs
    [user-partner] usagers partenaires
   *[other] { $code }
}
role-gender = { $code ->
   *[other] masculine
}

## Types de liens ; un type propre à la pratique est écrit tel quel

link-kind = { $code ->
    [referral] référencement
    [agreement] entente
    [co-leadership] co-portage
    [information] information
    [shared-staff] personnel partagé
   *[other] { $code }
}
link-kind-plural = { $code ->
    [referral] référencements
    [agreement] ententes
    [co-leadership] co-portages
    [information] informations
    [shared-staff] personnel partagé
   *[other] { $code }
}

## Types d'instances ; un type propre à la pratique est écrit tel quel

forum-kind = { $code ->
    [table] table de concertation
    [action-group] groupe d'action
    [management-group] groupe de gestion
    [committee] comité
    [initiative] chantier
    [workshop] atelier
   *[other] { $code }
}
forum-kind-gender = { $code ->
    [table] feminine
   *[other] masculine
}

## Guillemets et listes

# Un nom entre guillemets ; un nom qui contient lui-même des guillemets français reçoit
# des guillemets anglais.
quoted = { $contains ->
    [guillemet] “{ $text }”
   *[other] « { $text } »
}
list-separator = {", "}
# Entre des éléments qui contiennent eux-mêmes des virgules.
list-separator-long = {" ; "}
list-and = { $init } et { $last }
list-and-others = { $init } et { $rest ->
    [one] 1 autre
   *[other] { $rest } autres
}
series-separator = {" ; "}

## Nombres

count-actors = { $count ->
    [one] { $count } acteur
   *[other] { $count } acteurs
}
count-ties = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}
# « 3 organismes communautaires », « 1 organisme public ».
count-kind = { $count ->
    [one] { $count } { $kind }
   *[other] { $count } { $kind-plural }
}

## Pseudonyms

# The name given to a service user when users are anonymised.
pseudonym-user = Usager { $number }
# The values only service users hold, when users are anonymised.
pseudonym-organization = Organisation d'usager { $number }
pseudonym-sector = Secteur d'usager { $number }
pseudonym-territory = Territoire d'usager { $number }
pseudonym-need = Besoin d'usager { $number }
