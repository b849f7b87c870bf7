# report : le rapport à remettre (`actormap report`, en HTML ou en Markdown). Ses
# constats, raisons et indicateurs parlent avec les mots des mesures, des écarts et de la
# comparaison.

## Le document

# Le titre de la page dans l'onglet du navigateur : le nom de la carte, puis ce qu'est la page.
report-document-title = { $title } — Rapport de cartographie des acteurs
# Le titre quand la carte n'a pas de nom.
report-untitled = Cartographie des acteurs

## Sections

report-heading-map = La carte
report-heading-indicators = Indicateurs clés
report-heading-change = Ce qui a changé
# Le titre de la section des changements quand l'état antérieur a une date.
report-heading-change-since = Ce qui a changé depuis le { $date }
report-heading-findings = Constats
report-heading-forums = Instances : composition, écarts, qui inviter
report-heading-actors = Tous les acteurs
report-heading-about = À propos de ce rapport

## La carte

report-diagram-caption = Les formes et couleurs indiquent le type d'acteur, les traits le niveau de collaboration ; une double bordure marque les acteurs qui, seuls, retiennent une partie du réseau.

## Indicateurs

report-column-indicator = Indicateur
report-column-value = Valeur
# La colonne de l'écart entre les deux états.
report-column-change = écart
# $kinds : « 14 organismes publics, 3 usagers ».
report-actors-by-kind = Acteurs par type : { $kinds }

## Constats, les plus sérieux d'abord

report-group-warnings = Alertes
report-group-to-discuss = À discuter
report-group-for-information = Pour information
report-group-map-gaps = Lacunes de l'ensemble de la carte

## Instances

# La composition d'une instance, en parties jointes par `series-separator` : sa taille et
# ses types, ses rôles autres que membre, la densité des liens entre ses membres.
report-forum-size = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
} — { $kinds }
# Un rôle et combien de membres le tiennent : « 2 co-porteurs ».
report-forum-role = { $count ->
    [one] { $count } { $role }
   *[other] { $count } { $role-plural }
}
report-forum-density = densité des liens entre membres { NUMBER($density, minimumFractionDigits: 2, maximumFractionDigits: 2) }
# Suivi des types, chacun en pastille de couleur.
report-kinds-absent = Types absents :
report-rules-not-met = Règles non respectées
report-whom-to-invite = Qui inviter
# Le pointage d'un candidat, à côté de son nom.
report-score = pointage { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }

## Tous les acteurs

report-actors-note = Dans l'ordre de la carte ; cliquez sur le titre d'une colonne pour trier.
report-column-actor = Acteur
report-column-kind = Type
report-column-ties = Liens
report-column-strength = Intensité
report-column-betweenness = Intermédiarité
report-column-closeness = Proximité
report-column-core = Noyau
report-column-clustering = Agrégation
report-column-constraint = Contrainte
report-column-kinds-reached = Types rejoints
report-column-position = Position
# La position d'un acteur, dans la dernière colonne (plusieurs sont jointes par `list-separator`).
report-position-isolated = isolé
report-position-pendant = un seul lien
report-position-articulation-point = point d'articulation

## À propos de ce rapport

# $ties : ce qui compte comme lien ; $rules : `none`, ou `listed` avec les noms ($names)
# des ensembles de règles.
report-method = Liens : { $ties ->
    [min-level] liens de niveau { $level } ou plus
    [forum-ties] chaque lien, et le fait de siéger à la même instance, comptent
    [min-level-forum-ties] liens de niveau { $level } ou plus, et la co-appartenance
   *[every-link] chaque lien compte
}. Règles de composition : { $rules ->
    [listed] { $names }
   *[none] aucune
}. Les mesures suivent les définitions de NetworkX sur le graphe non orienté des liens ; chaque phrase est calculée à partir de la carte. Produit par actormap.
