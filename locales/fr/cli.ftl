# cli : ce que la commande `actormap` dit elle-même : ses erreurs, et les options à
# utiliser là où les mots de la bibliothèque disent quoi faire.

cli-error = actormap : erreur : { $message }
cli-errors-above = { $count ->
    [one] actormap : { $count } erreur ci-dessus ; corrigez-la et recommencez
   *[other] actormap : { $count } erreurs ci-dessus ; corrigez-les et recommencez
}

## Indices : l'option ou la commande qui fait ce que demandent les mots de la bibliothèque

cli-hint-max-depth = la limite d'imbrication se règle avec --max-depth NIVEAUX
cli-hint-max-input-bytes = la limite de taille se règle avec --max-input-bytes OCTETS
cli-hint-default-kind = le type pris par défaut se choisit avec --default-kind TYPE
cli-hint-level = le niveau pris par défaut se choisit avec --level NIVEAU
cli-hint-print-rules = `actormap gaps --print-rules proximity-services` écrit un ensemble de règles dont partir
cli-hint-forum-ties = la co-participation est comptée à cause de --with-forum-ties ; retirez cette option
cli-hint-focus-forum = le diagramme est limité à l'instance par --forum ; retirez cette option pour en montrer plus
cli-hint-focus-kinds = les types montrés se choisissent avec --kinds
cli-hint-image-format = `actormap dot` écrit du texte DOT
cli-hint-graphviz = `actormap dot` écrit le texte DOT sans Graphviz
cli-hint-actormap-sheets = toutes les commandes le lisent tel quel (par exemple `actormap convert DOSSIER -o carte.json`)
cli-hint-no-diagram = pour écrire le rapport sans le diagramme, ajoutez --no-diagram

## Ce que la ligne de commande demande et qui ne peut pas se faire

cli-error-import-format = dites dans quel format est { $input } avec --from graphml, gexf, kumu, kumu-csv ou matrix
cli-error-export-format = dites dans quel format écrire avec --to graphml, gexf, kumu ou kumu-csv (la sortie { $output } ne finit pas par .graphml ni .gexf)
cli-error-kumu-csv-output = kumu-csv écrit un dossier (elements.csv, connections.csv) : donnez-le avec -o DOSSIER
cli-error-metrics-for-kumu = --with-metrics ajoute des attributs aux nœuds GraphML et GEXF ; pour Kumu, calculez-les dans Kumu, ou joignez la sortie de `actormap metrics --format csv`
cli-error-gaps-needs-forum = --highlight gaps demande --forum ID : l'instance dont dessiner les membres et les candidats
cli-error-report-format = { $output } : un rapport s'écrit en .html ou en .md
