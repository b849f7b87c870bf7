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
cli-hint-max-records = la limite d'enregistrements se règle avec --max-records N
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
cli-error-max-depth = écrivez un nombre de 1 à { $max }
cli-error-sample = écrire un nombre de sources de 1 ou plus (--exact donne toutes les valeurs exactes)
cli-error-lang = langue inconnue { $value } ; utilisez l'une de : { $accepted }
cli-error-stdout-closed = la sortie standard est fermée : le résultat serait perdu ; écrivez-le dans un fichier avec -o FICHIER, ou laissez la sortie standard ouverte

## Ce que la commande dit d'elle-même

cli-report-too-many-actors = actormap : la carte compte { $count } acteurs, trop pour les dessiner lisiblement dans un rapport ; le rapport laisse le diagramme de côté (dessinez-en des parties avec actormap render --forum ou --focus)

## Barres de progression, sur la sortie d'erreur : ce qui se fait, puis où on en est

cli-progress-reading-map = lecture de la carte
cli-progress-reading-maps = lecture des instantanés
cli-progress-reading-input = lecture du fichier
cli-progress-checking-map = vérification de la carte
cli-progress-writing-map = écriture de la carte
cli-progress-generating = tirage de la carte
cli-progress-building-diagram = construction du diagramme
cli-progress-writing-dot = écriture du DOT
cli-progress-drawing = dessin avec Graphviz
cli-progress-shortest-paths = plus courts chemins
cli-progress-metrics = calcul des mesures
cli-progress-gaps = recherche des partenaires manquants
cli-progress-comparing = comparaison des instantanés
cli-progress-writing-report = rédaction du rapport
# `$share` fait jusqu'ici, `$elapsed` et `$eta` (temps restant) en durées courtes (« 3s »).
cli-progress = { NUMBER($share, style: "percent") } { $elapsed } (encore environ { $eta })

## Aide (`--help`). Pour une commande <cmd> (`actormap` est la commande elle-même) :
## cli-<cmd>-about, cli-<cmd>-examples (un par ligne, jamais plus de 78 caractères ; un
## exemple long continue avec `\` et une ligne en retrait), cli-<cmd>-notes (paragraphes,
## une ligne chacun, que l'aide coupe), cli-<cmd>-exit-codes (sinon cli-exit-codes), et
## l'aide de chaque argument : cli-<cmd>-arg-<arg>, sinon cli-diagram-arg-<arg> pour dot
## et render, sinon cli-arg-<arg>. Les noms de valeurs sont cli-value-<nom>.

cli-examples-heading = Exemples :
cli-exit-codes = Codes de sortie : 0 tout va bien, 2 la commande a échoué.

cli-actormap-about = Cartographier les partenaires et les acteurs d'un territoire.
cli-actormap-examples =
    actormap check map.json
    actormap convert map.json -o ma-carte/
    actormap metrics map.json --lang fr
    actormap render map.json -o map.svg --cluster-by organization
cli-actormap-notes =
    L'aide de chaque commande (--help) donne des exemples et ses codes de sortie. L'aide est dans la langue donnée par --lang n'importe où sur la ligne de commande, sinon par la variable d'environnement ACTORMAP_LANG (en ou fr), sinon en anglais ; les intitulés propres à clap (Usage, Options) restent en anglais.
cli-actormap-exit-codes = Codes de sortie : 0 tout va bien, 1 la vérification a trouvé des problèmes, 2 la commande a échoué.
cli-help-about = Afficher ce message ou l'aide des sous-commandes données

## Arguments qui veulent dire la même chose dans toutes les commandes

cli-arg-map = La carte : un fichier JSON, un dossier de tableurs (ou l'un de ses fichiers CSV), ou - pour du JSON sur l'entrée standard.
cli-arg-max-input-bytes = Taille maximale acceptée en entrée, en octets.
cli-arg-max-records = Nombre maximal d'enregistrements acceptés dans une entrée : acteurs, liens, instances, membres et besoins ensemble, ou lignes, nœuds et arêtes.
cli-arg-max-depth = Imbrication maximale des listes et des objets acceptée en JSON (au plus 1000).
cli-arg-output = Écrire dans ce fichier plutôt que sur la sortie standard (écrit en entier ou pas du tout, jamais par-dessus une entrée).
cli-arg-quiet = N'afficher aucune barre de progression. Sans cette option, un travail qui dure plus d'une seconde en affiche une sur la sortie d'erreur, quand c'est un terminal.
cli-arg-format = Format de sortie.
cli-arg-min-level = Seuls les liens de ce niveau ou au-dessus comptent comme liens.
cli-arg-with-forum-ties = Compter comme un lien le fait de siéger à la même instance.
cli-arg-anonymize = Remplacer les acteurs usagers par des pseudonymes (Usager 1, Usager 2, …) dans la sortie.
cli-arg-pseudonyms = Avec --anonymize : le fichier qui garde le pseudonyme de chaque usager d'une exécution à l'autre (créé s'il manque, lu et mis à jour s'il existe), pour que des instantanés comparés lors d'exécutions différentes apparient les mêmes personnes. Il nomme les usagers : gardez-le avec la carte, pas avec les sorties.
cli-anonymized-problems = { $count ->
    [one] { $count } problème concernant la fiche d'un usager dans { $map } n'est pas affiché ; lancez actormap check sur la carte pour le voir
   *[other] { $count } problèmes concernant les fiches d'usagers dans { $map } ne sont pas affichés ; lancez actormap check sur la carte pour les voir
}
cli-arg-rules = Règles de composition : le nom d'un ensemble de règles intégré ou un fichier de règles (répétable).
cli-arg-help = Afficher l'aide
    .more = Afficher l'aide (plus de détails avec « --help »)
    .summary = Afficher l'aide (un résumé avec « -h »)
cli-arg-version = Afficher la version

## Noms de valeurs

cli-value-actor = ACTEUR
cli-value-by = CRITÈRE
cli-value-bytes = OCTETS
cli-value-chars = CARACTÈRES
cli-value-earlier = AVANT
cli-value-file = FICHIER
cli-value-format = FORMAT
cli-value-forum = INSTANCE
cli-value-id = ID
cli-value-input = ENTRÉE
cli-value-k = K
cli-value-kind = TYPE
cli-value-kinds = TYPES
cli-value-lang = LANGUE
cli-value-layout = MOTEUR
cli-value-level = NIVEAU
cli-value-levels = NIVEAUX
cli-value-m = M
cli-value-map = CARTE
cli-value-metric = MESURE
cli-value-model = MODÈLE
cli-value-n = N
cli-value-name = NOM
cli-value-name-file = NOM|FICHIER
cli-value-out = SORTIE
cli-value-s = S
cli-value-what = QUOI
cli-value-who = QUI

## actormap check

cli-check-about = Vérifier une carte et lister chaque problème, erreurs et avertissements, avec l'endroit de chacun.
cli-check-arg-strict = Traiter aussi les avertissements comme des problèmes (code 1 s'il y en a).
cli-check-arg-lang = Langue des problèmes et du résumé : en ou fr.
cli-check-examples =
    actormap check map.json
    actormap check saurel/                    (un dossier de tableurs)
    cat map.json | actormap check -
    actormap check map.json --format json
    actormap check map.json --lang fr         (les problèmes en français)
cli-check-exit-codes = Codes de sortie : 0 aucune erreur (des avertissements peuvent être listés), 1 des erreurs trouvées (ou des avertissements, avec --strict), 2 la carte n'a pas pu être lue du tout (fichier absent, option invalide).

## actormap convert

cli-convert-about = Convertir une carte entre JSON et dossier de tableurs (selon le nom de la sortie).
cli-convert-arg-output = Où écrire : un fichier .json, - pour la sortie standard, ou un dossier pour des tableurs.
cli-convert-arg-anonymize = Remplacer les acteurs usagers par des pseudonymes (Usager 1, Usager 2, …) dans la copie.
cli-convert-arg-lang = Langue des messages et des pseudonymes donnés par --anonymize : en ou fr.
cli-convert-examples =
    actormap convert map.json -o saurel/        (du JSON aux tableurs)
    actormap convert saurel/ -o saurel.json     (des tableurs au JSON)
    actormap convert saurel/actors.csv -o -     (du JSON sur la sortie standard)
cli-convert-notes =
    Une sortie qui finit par .json (ou -) est du JSON ; toute autre sortie est un dossier de fichiers CSV (actors.csv, links.csv, members.csv, forums.csv, needs.csv, map.csv). Les fichiers sont écrits en entier ou pas du tout, et jamais par-dessus l'entrée.

## actormap dot et actormap render : quoi dessiner, et comment

cli-diagram-arg-lang = Langue de la légende et des titres : en ou fr.
cli-diagram-arg-cluster-by = Regrouper les acteurs dans des cadres (un acteur de plusieurs instances va dans la première).
cli-diagram-arg-size-by = Dimensionner les acteurs selon une mesure.
cli-diagram-arg-forum = Seulement les membres de cette instance et les liens entre eux (un identifiant d'instance).
cli-diagram-arg-focus = Seulement cet acteur et son voisinage (un identifiant d'acteur) ; voyez --depth.
cli-diagram-arg-depth = Avec --focus : à combien de liens aller.
cli-diagram-arg-min-level = Seulement les liens de ce niveau ou au-dessus.
cli-diagram-arg-kinds = Seulement les acteurs de ces types (séparés par des virgules).
cli-diagram-arg-highlight = Marquer des acteurs et des liens : isolation = les acteurs sans lien ou avec un seul lien, les points d'articulation (double bordure) et les ponts (traits plus épais), trouvés dans toute la carte telle que --min-level et --kinds la montrent (pas seulement dans ce que --forum ou --focus gardent) ; gaps = avec --forum, ses membres et les acteurs à inviter (en tirets), qui sont alors dessinés aussi.
cli-diagram-arg-top = Avec --highlight gaps : combien de candidats dessiner.
cli-diagram-arg-no-legend = Laisser la légende de côté.
cli-diagram-arg-wrap = Couper les noms à ce nombre de caractères (0 : jamais).
cli-diagram-arg-anonymize = Remplacer les noms des acteurs usagers par « Usager 1 », « Usager 2 »… dans l'ordre de la carte.

cli-dot-about = Écrire la carte comme diagramme DOT de Graphviz (sans besoin de Graphviz).
cli-dot-examples =
    actormap dot map.json -o map.dot
    actormap dot map.json --cluster-by organization --highlight isolation
    actormap dot map.json --forum table-aines       (une instance et ses liens)
    actormap dot map.json --focus carrefour-aidants --depth 2
    actormap dot map.json --min-level cooperation --kinds public,community
    actormap dot map.json --anonymize users | dot -Tsvg > map.svg
cli-dot-notes =
    Écrit du texte DOT de Graphviz ; Graphviz n'est pas nécessaire. Les noms sont écrits exactement comme dans la carte, seulement comme étiquettes. --focus dessine le voisinage d'un acteur, à --depth liens. Pour dessiner directement une image, utilisez `actormap render`.

cli-render-about = Dessiner la carte en image SVG, PNG ou PDF avec Graphviz.
cli-render-arg-output = L'image à écrire : .svg, .png ou .pdf (écrite en entier ou pas du tout, jamais par-dessus l'entrée).
cli-render-arg-layout = Moteur de disposition de Graphviz.
cli-render-examples =
    actormap render map.json -o map.svg --cluster-by organization \
        --highlight isolation
    actormap render map.json -o "carte des acteurs.png" --lang fr
    actormap render map.json -o map.pdf --layout fdp --cluster-by forum
cli-render-notes =
    Le format suit l'extension de la sortie : .svg, .png ou .pdf. Graphviz est nécessaire (Debian/Ubuntu : apt-get install graphviz ; macOS : brew install graphviz) ; `actormap dot` s'en passe.

## actormap metrics

cli-metrics-about = Mesures de couverture et d'isolement, avec des constats qu'un animateur peut lire à voix haute.
cli-metrics-arg-format = Format de sortie : un rapport texte, toutes les mesures en JSON, ou une ligne CSV par acteur.
cli-metrics-arg-min-level = Seuls les liens de ce niveau ou au-dessus comptent : information, coordination, cooperation ou collaboration.
cli-metrics-arg-with-forum-ties = Deux acteurs qui siègent à la même instance sont liés (co-participation).
cli-metrics-arg-lang = Langue des constats et du rapport texte : en ou fr.
cli-metrics-arg-anonymize = Remplacer les noms et identifiants des acteurs usagers par « Usager 1 », « Usager 2 »… dans l'ordre de la carte.
cli-metrics-arg-sample = Estimer les mesures sur toutes les paires à partir de K sources tirées avec --seed (exactes quand K atteint le nombre d'acteurs).
cli-metrics-arg-exact = Chercher à partir de chaque acteur, quelle que soit la taille de la carte (pas d'échantillonnage automatique au-delà de 20 000 acteurs).
cli-metrics-arg-seed = Graine du tirage des sources, quand elles sont échantillonnées : la même graine, le même rapport.
cli-metrics-examples =
    actormap metrics map.json
    actormap metrics map.json --lang fr                  (constats en français)
    actormap metrics map.json --format json -o m.json    (toutes les mesures)
    actormap metrics map.json --format csv -o actors.csv (une ligne par acteur)
    actormap metrics map.json --min-level cooperation    (liens étroits seulement)
    actormap metrics map.json --with-forum-ties          (les instances lient)
    actormap metrics map.json --anonymize users          (Usager 1, Usager 2…)
    actormap metrics big.json --sample 512 --seed 7      (512 sources)
cli-metrics-notes =
    L'intermédiarité, la proximité, la centralité harmonique, le diamètre et la longueur moyenne des chemins demandent une recherche à partir de chaque acteur. Au-delà de 20 000 acteurs, elles sont estimées à partir de 256 sources tirées avec --seed, sauf avec --exact ; --sample K demande K sources sur n'importe quelle carte. Le rapport le dit (une ligne en tête du texte, "sampling" en JSON, une colonne "estimated" en CSV) ; toutes les autres mesures restent exactes.

    Le rapport texte donne les chiffres clés, puis les constats (avertissements, à discuter, pour information), puis les principaux intermédiaires. Les mesures portent sur le graphe simple non orienté des liens ; le README dit ce que chacune apprend à un animateur.
cli-metrics-exit-codes = Codes de sortie : 0 le rapport a été écrit, 2 la commande a échoué.

## actormap report

cli-report-about = Le rapport à remettre : diagramme, indicateurs, constats, instances, qui inviter.
cli-report-arg-before = Un instantané antérieur de la même carte : le rapport dit ce qui a changé depuis.
cli-report-arg-output = Le rapport à écrire : .html (un seul fichier autonome) ou .md (avec le diagramme en .svg à côté). Écrit en entier ou pas du tout, jamais par-dessus une entrée.
cli-report-arg-lang = Langue du rapport : en ou fr.
cli-report-arg-anonymize = Remplacer les acteurs usagers par des pseudonymes (Usager 1, Usager 2, …) partout dans le rapport.
cli-report-arg-no-diagram = Laisser le diagramme de côté (sans besoin de Graphviz).
cli-report-arg-top = Combien de candidats à inviter lister par instance.
cli-report-examples =
    actormap report map.json -o report.html
    actormap report map.json --before 2025.json -o report.html --lang fr
    actormap report map.json -o report.md      (et report.svg à côté)
    actormap report map.json -o report.html --anonymize users --no-diagram
cli-report-notes =
    Un seul fichier HTML autonome : il s'ouvre dans n'importe quel navigateur, sans accès au réseau, et s'imprime en A4 ou en Lettre. Le diagramme demande Graphviz ; --no-diagram le laisse de côté (et une carte de plus de 400 acteurs n'est pas dessinée : dessinez-en des parties avec --forum ou --focus).

## actormap diff

cli-diff-about = Comparer des instantanés d'une carte : ce qui a changé, et les indicateurs côte à côte.
cli-diff-arg-maps = Les instantanés, du plus ancien au plus récent : fichiers JSON ou dossiers de tableurs.
cli-diff-arg-format = Format de sortie (csv donne les indicateurs, une ligne par instantané).
cli-diff-arg-lang = Langue des phrases et des libellés : en ou fr.
cli-diff-arg-min-level = Seuls les liens de ce niveau ou au-dessus comptent comme liens, pour les indicateurs.
cli-diff-arg-with-forum-ties = Compter comme un lien le fait de siéger à la même instance, pour les indicateurs.
cli-diff-examples =
    actormap diff before.json after.json
    actormap diff before.json after.json --lang fr --format json -o diff.json
    actormap diff 2025.json 2026-05.json 2026-11.json       (une série temporelle)
    actormap diff 2025.json 2026-05.json 2026-11.json --format csv \
        -o indicators.csv
cli-diff-notes =
    Les acteurs sont appariés par identifiant ; un identifiant qui disparaît quand un acteur du même nom apparaît est signalé comme un renommage probable et comparé comme un seul acteur. Avec plus de deux instantanés, les indicateurs sont donnés côte à côte (tableau texte, CSV ou JSON).

## actormap gaps

cli-gaps-about = Partenaires manquants : règles de composition qu'une instance ne respecte pas, qui inviter, lacunes.
cli-gaps-arg-forum = Seulement cette instance : ses règles et qui y inviter.
cli-gaps-arg-print-rules = Écrire un ensemble de règles intégré (un point de départ pour les vôtres) et s'arrêter.
cli-gaps-arg-top = Combien de candidats lister par instance.
cli-gaps-arg-lang = Langue des phrases : en ou fr.
cli-gaps-examples =
    actormap gaps map.json --forum table-aines
    actormap gaps map.json --forum table-aines --lang fr --top 8
    actormap gaps map.json --rules strategic-community --format json
    actormap gaps --print-rules proximity-services > my-rules.json
    actormap gaps map.json --rules my-rules.json
cli-gaps-notes =
    Sans --rules, les ensembles de règles intégrés dont les types d'instances figurent dans la carte s'appliquent (strategic-community : action-group, management-group ; proximity-services : table, initiative). --rules prend le nom d'un ensemble intégré ou un fichier de règles.

## actormap export

cli-export-about = Écrire la carte pour un autre outil : GraphML, GEXF (Gephi) ou Kumu.
cli-export-arg-to = Le format à écrire ; par défaut, l'extension de la sortie décide (.graphml, .gexf).
    .graphml = GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    .gexf = GEXF 1.3 (Gephi), avec les couleurs des types.
    .kumu = Le plan JSON (blueprint) de Kumu.
    .kumu-csv = La disposition en tableurs de Kumu : un dossier avec elements.csv et connections.csv.
cli-export-arg-output = Où écrire : un fichier, - pour la sortie standard, ou un dossier pour kumu-csv.
cli-export-arg-with-metrics = Ajouter les mesures de chaque acteur (degré, intermédiarité, proximité…, telles que `actormap metrics` les calcule sur tous les liens) comme attributs des nœuds (GraphML et GEXF).
cli-export-arg-anonymize = Remplacer les noms et identifiants des acteurs usagers par « Usager 1 », « Usager 2 »… dans l'ordre de la carte.
cli-export-arg-lang = Langue des messages et des pseudonymes donnés par --anonymize : en ou fr.
cli-export-examples =
    actormap export map.json -o map.graphml     (Gephi, yEd, Cytoscape, igraph…)
    actormap export map.json -o map.gexf --with-metrics
    actormap export map.json --to kumu -o kumu.json      (pour une carte Kumu)
    actormap export map.json --to kumu-csv -o kumu/
    actormap export map.json --to graphml --anonymize users > map.graphml
cli-export-notes =
    Le format est --to, ou l'extension de la sortie (.graphml, .gexf). Chaque acteur, lien, type et niveau est gardé, et importer le fichier de nouveau redonne la carte (voyez `actormap import`). Les fichiers sont écrits en entier ou pas du tout, jamais par-dessus l'entrée.

## actormap import

cli-import-about = Lire une carte venue d'un autre outil : GraphML, GEXF, Kumu ou matrice d'adjacence.
cli-import-arg-input = Le fichier à lire (un dossier pour kumu-csv), ou - pour l'entrée standard.
cli-import-arg-from = Son format ; par défaut, son nom décide (voyez plus bas).
    .graphml = GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    .gexf = GEXF 1.1 à 1.3 (Gephi).
    .kumu = Le plan JSON (blueprint) ou l'export de projet de Kumu.
    .kumu-csv = La disposition en tableurs de Kumu : un dossier avec elements.csv et connections.csv.
    .matrix = Un tableau carré de noms avec un lien dans chaque case.
cli-import-arg-output = Où écrire la carte : un fichier .json, - pour la sortie standard, ou un dossier pour des tableurs.
cli-import-arg-default-kind = Le type des acteurs dont l'entrée ne dit pas le type (chaque acteur d'une matrice).
cli-import-arg-level = Le niveau des liens dont l'entrée ne dit pas le niveau (un 1 ou un x dans une matrice, une connexion sans type).
cli-import-arg-lang = Langue des avertissements et des erreurs : en ou fr.
cli-import-examples =
    actormap import saurel.graphml -o saurel.json
    actormap import reseau.gexf -o reseau.json
    actormap import kumu-project.json --from kumu -o map.json
    actormap import kumu/ --from kumu-csv -o map.json       (tableurs de Kumu)
    actormap import table.csv --from matrix -o table.json \
        --default-kind community --level coordination
cli-import-notes =
    Le format est --from, ou le nom de l'entrée : .graphml, .gexf, .json (Kumu), un dossier ou elements.csv (tableurs de Kumu), tout autre .csv (une matrice d'adjacence). Les avertissements (types ou niveaux supposés, connexions saisies deux fois et fusionnées) sont écrits sur la sortie d'erreur ; revoyez-les avec `actormap check`. Une entrée avec des erreurs (une case, une ligne ou un élément illisible, chacun avec sa ligne) n'écrit rien.

    Une sortie qui finit par .json (ou -) est du JSON ; toute autre sortie est un dossier de tableurs. Les fichiers sont écrits en entier ou pas du tout, jamais par-dessus l'entrée.
cli-import-exit-codes = Codes de sortie : 0 la carte a été écrite (peut-être avec des avertissements), 2 elle ne l'a pas été.

## actormap generate

cli-generate-about = Générer une carte synthétique de n'importe quelle taille : pour essayer l'outil, et pour les bancs d'essai.
cli-generate-arg-actors = Nombre d'acteurs.
cli-generate-arg-seed = Graine de la suite pseudo-aléatoire : la même graine donne la même carte.
cli-generate-arg-model = Comment les liens sont tirés : sbm, un modèle à blocs stochastiques avec les territoires comme communautés (denses à l'intérieur, clairsemés entre eux) ; ba, l'attachement préférentiel de Barabási–Albert (quelques pôles très connectés).
cli-generate-arg-links-per-actor = Liens par acteur (le m du modèle de Barabási–Albert) : environ N × M liens en tout.
cli-generate-arg-output = Où écrire : un fichier .json, - pour la sortie standard, ou un dossier pour des tableurs.
cli-generate-arg-lang = Langue des messages : en ou fr.
cli-generate-examples =
    actormap generate --actors 1000 -o map.json      (territoires = communautés)
    actormap generate --actors 10000 --model ba --seed 7 -o ba.json
    actormap generate --actors 300 -o map/           (en dossier de tableurs)
    actormap generate --actors 50 | actormap metrics -
cli-generate-notes =
    Chaque acteur, lien et instance est inventé : environ 40 % d'organismes publics (des directions de quelques établissements d'une même organisation), 35 % d'organismes communautaires, 15 % d'entreprises privées et 10 % d'usagers ; des territoires, des secteurs, des besoins, des liens surtout de niveau coordination et coopération (quelques références orientées), des tables, des groupes d'action et des initiatives à deux coresponsables. Les mêmes options donnent la même carte, octet pour octet. Une sortie qui finit par .json (ou -, par défaut) est du JSON ; toute autre sortie est un dossier de fichiers CSV.
cli-generate-exit-codes = Codes de sortie : 0 la carte a été écrite, 2 la commande a échoué.
cli-error-out-of-memory = la machine n'a plus de mémoire à donner : rien n'a été écrit. Fermez d'autres programmes, ou travaillez sur une carte plus petite (un territoire, ou --min-level pour garder les liens plus étroits)
