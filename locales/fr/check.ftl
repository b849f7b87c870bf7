# check : les problèmes d'une carte (`problem-<code>`, avec `.help`), les erreurs de la
# bibliothèque (`error-…`) et la façon dont une vérification les écrit (`check-…`).

## Comment les problèmes sont écrits

check-severity = { $severity ->
    [error] erreur
   *[warning] avertissement
}
check-problem = { $severity } : { $location } : { $message }
check-problem-nowhere = { $severity } : { $message }
check-problem-repeated = { $severity } : { $file } : { $message } sur { $count } lignes : { $lines }{ $more ->
    [yes] , …
   *[no] {""}
}
check-problem-repeated-nowhere = { $severity } : { $message } sur { $count } lignes : { $lines }{ $more ->
    [yes] , …
   *[no] {""}
}
check-json-too-deep = les listes et les objets sont imbriqués sur plus de { $limit } niveaux ; si le fichier est authentique, relevez la limite d'imbrication (jusqu'à { $max })
check-help = aide : { $help }
# Un problème sur une ligne, tel qu'une erreur le cite.
check-problem-inline = { $location } : { $problem }
check-problem-with-help = { $message } ({ $help })
check-location-line = ligne { $line }
check-location-line-path = ligne { $line }: { $path }
check-location-id = (id { $id })
check-summary = { $map } : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
check-summary-clean = { $map } : aucun problème trouvé
check-reason-too-deep = listes et objets imbriqués sur plus de { $limit } niveaux
check-reason-huge-number = { $value } est un nombre trop grand (au plus ±1,8e308)
check-reason-duplicate-key = la clé { $key } est écrite deux fois dans le même objet ; gardez-en une seule

## Les problèmes, par code

problem-assumed-kind = { $source ->
    [matrix] la matrice d'adjacence ne dit
    [graphml] le fichier GraphML ne dit
    [gexf] le fichier GEXF ne dit
    [kumu] le blueprint Kumu ne dit
   *[kumu-sheets] les feuilles Kumu ne disent
} pas le type de l'acteur { $id } ; il est considéré comme { $kind }
    .help = indiquez son type (public, community, private ou user) dans la carte, ou importez de nouveau avec un autre type par défaut ; mots acceptés : { $words } (ou { $also })
problem-assumed-level = { $source ->
    [matrix] la matrice d'adjacence ne dit
    [graphml] le fichier GraphML ne dit
    [gexf] le fichier GEXF ne dit
    [kumu] le blueprint Kumu ne dit
   *[kumu-sheets] les feuilles Kumu ne disent
} pas le niveau d'un lien de { $id } ; il est considéré comme { $level }
    .help = indiquez son niveau (information, coordination, cooperation ou collaboration) dans la carte, ou importez de nouveau avec un autre niveau par défaut
problem-bad-cell = ligne { $row }, colonne { $column } : { $value } n'est pas un lien
    .help = laissez la cellule vide ou écrivez 0 pour aucun lien ; 1 ou x pour un lien ; un niveau : { $levels } ; ou le rang d'un niveau, de 1 à 4
problem-bad-csv = { $shape ->
    [header] la ligne d'en-tête est illisible : { $reason }
    [matrix-header] la première ligne est illisible : { $reason }
   *[row] la ligne est illisible : { $reason }
}
    .help = { $shape ->
        [matrix-header] vérifiez les guillemets de la première ligne
        [matrix-row] vérifiez les guillemets de la ligne
       *[other] {""}
    }
problem-bad-date = { $field } { $value } n'est pas une date
    .help = écrivez les dates AAAA-MM-JJ (ou AAAA-MM, AAAA)
problem-bad-json-cell = { $shape ->
    [field] le champ { $column } contient { $value }, qui n'est pas du JSON : { $reason }
   *[column] la colonne { $column } contient { $value }, qui n'est pas du JSON : { $reason }
}
    .help = { $shape ->
        [field] écrivez une valeur JSON, ou retirez le suffixe `:json` pour la garder comme texte
       *[column] écrivez une valeur JSON (un nombre, true, "texte" entre guillemets, [une, liste]), ou retirez le suffixe `:json` pour garder la colonne comme texte
    }
problem-bad-map-data = { $shape ->
    [graph] la liste des { $what ->
        [needs] besoins
       *[forums] instances
    } du graphe est illisible : { $reason }
    [records] les données propres de la carte (nom, besoins, instances) contiennent aussi { $count ->
        [one] { $count } acteur ou lien, qui n'est
       *[other] { $count } acteurs et liens, qui ne sont
    } pas lus à cet endroit
   *[document] les données propres de la carte (nom, besoins, instances) sont illisibles : { $reason }
}
    .help = { $shape ->
        [graph] ce doit être une liste JSON de { $what ->
            [needs] besoins
           *[forums] instances
        }, comme actormap l'écrit ; corrigez-la ou retirez-la
        [records] les acteurs et les liens ne se lisent que dans les éléments et les connexions (ou les nœuds et les arêtes) ; déplacez-les là
       *[document] ce doit être un document JSON { $format } ; corrigez-le ou retirez-le
    }
problem-bad-number = { $shape ->
    [size-range] la taille min { $min } dépasse le max { $max }
    [size-empty] la taille ne donne ni min ni max
    [min-zero] un min de 0 ne demande rien
    [exactly-and-range] donnez soit exactly, soit min et max, pas les deux
    [no-count] la règle ne dit pas combien de { $role }
   *[range] le min { $min } dépasse le max { $max }
}
    .help = { $shape ->
        [size-empty] écrivez {"{"}"min": 8, "max": 12{"}"}
        [min-zero] utilisez un min de 1 ou plus
        [no-count] ajoutez "exactly", "min" ou "max"
       *[other] {""}
    }
problem-bad-rule = { $shape ->
    [no-kinds] la liste des types est vide
   *[json] { $reason }
}
    .help = { $shape ->
        [no-kinds] utilisez-en parmi : { $accepted }
       *[json] voyez le format des ensembles de règles intégrés (proximity-services, strategic-community)
    }
problem-bad-value = { $shape ->
    [number] { $field } vaut { $value }, un nombre trop grand
   *[value] une valeur est illisible : { $reason }
}
    .help = { $shape ->
        [number] écrivez des nombres compris dans ±1.8e308
       *[value] écrivez des nombres compris dans ±1.8e308 et des valeurs JSON simples
    }
problem-bad-weight = le poids { $weight } n'est pas un nombre positif ou nul
    .help = écrivez un poids positif ou nul, ou omettez-le
problem-control-character = { $shape ->
    [attribute] l'attribut libre { $attribute } contient un caractère de contrôle (U+{ $code })
    [field-no-breaks] { $field } { $value } contient un caractère de contrôle ou un saut de ligne (U+{ $code })
   *[field] { $field } { $value } contient un caractère de contrôle (U+{ $code })
}
    .help = { $shape ->
        [attribute] retirez-le : il est gardé tel quel, et les sorties destinées aux gens le montrent
       *[other] retirez-le : un terminal ou un tableur pourrait y réagir, et personne ne le voit
    }
problem-duplicate-connection = { $directed ->
    [yes] { $what ->
        [edge] l'arête
       *[connection] la connexion
    } de { $source } vers { $target }
   *[no] { $what ->
        [edge] l'arête
       *[connection] la connexion
    } entre { $source } et { $target }
} ({ $shape ->
    [kind] { $level }, type { $kind }
   *[plain] { $level }
}) répète celle de { $first } ; les deux sont fusionnées en une seule
    .help = supprimez l'une d'elles, ou donnez-leur des types différents s'il s'agit de deux liens
problem-duplicate-field = { $shape ->
    [attribute] l'attribut { $field } est donné deux fois ; le premier est gardé
    [map-field] le champ { $field } est donné deux fois (d'abord à la ligne { $first })
   *[json] le champ { $field } est écrit deux fois dans le même enregistrement
}
    .help = { $shape ->
        [attribute] gardez-en un seul
       *[json] gardez-en un seul ; seul le premier est lu
    }
problem-duplicate-header = la colonne { $column } apparaît deux fois dans la ligne d'en-tête
    .help = gardez-en une seule, ou renommez l'autre
problem-duplicate-id = { $shape ->
    [matrix] { $name } nomme deux colonnes ({ $first } et { $second })
    [rule] l'identifiant de règle { $id } est utilisé deux fois
    [unchecked] l'identifiant d'acteur { $id } est utilisé deux fois
   *[record] l'identifiant { $what ->
        [need] de besoin
        [forum] d'instance
       *[actor] d'acteur
    } { $id } est utilisé deux fois (la première fois à { $first })
}
    .help = { $shape ->
        [matrix] donnez une colonne à chaque acteur ; s'il s'agit de deux acteurs, distinguez-les
        [rule] {""}
        [unchecked] validez la carte et corrigez d'abord ses erreurs
       *[record] donnez à chacun son propre identifiant ; s'il s'agit du même, fusionnez-les
    }
problem-duplicate-key = la clé { $key } est déclarée deux fois ; la première est utilisée
    .help = donnez à chaque clé son propre id
problem-duplicate-link = { $shape ->
    [kind] le lien de type { $kind } entre { $source } et { $target } est saisi deux fois (la première fois à { $first })
   *[plain] le lien entre { $source } et { $target } est saisi deux fois (la première fois à { $first })
}
    .help = gardez-en un seul ; les analyses comptent la paire une seule fois, à son plus haut niveau
problem-duplicate-member = { $actor } figure deux fois parmi les membres de l'instance { $forum }
    .help = gardez une seule entrée ; donnez-lui le rôle le plus précis
problem-duplicate-row = la ligne { $name } répète celle de la ligne { $first } ; ses liens y sont fusionnés
    .help = gardez une ligne par acteur
problem-dynamic-values = certains attributs ont plusieurs valeurs dans le temps ; seule la première de chacun est lue
    .help = une carte des acteurs est un instantané : exportez depuis Gephi un instantané par date
problem-empty-file = { $shape ->
    [matrix] la matrice est vide
    [matrix-header] la première ligne ne nomme aucun acteur
   *[sheet] le fichier est vide
}
    .help = { $shape ->
        [matrix] sa première ligne nomme les acteurs : une cellule vide, puis un nom par colonne
        [matrix-header] la première ligne nomme les acteurs : une cellule vide, puis un nom par colonne, séparés par { $delimiter }
       *[sheet] sa première ligne doit nommer les colonnes : { $columns }
    }
problem-empty-header = la colonne { $column } n'a pas de nom dans la ligne d'en-tête
    .help = nommez chaque colonne, ou supprimez la colonne vide
problem-empty-id = { $shape ->
    [cell] la cellule { $column } est vide
    [node] un nœud n'a pas d'id
    [rule] la règle a un identifiant vide
   *[record] { $what ->
        [need] le besoin
        [forum] l'instance
       *[actor] l'acteur
    } a un identifiant vide
}
    .help = { $shape ->
        [cell] remplissez la colonne { $name }
        [node] donnez un id à chaque <node>
        [rule] donnez-lui un identifiant court ; les constats le nomment
       *[record] donnez-lui un identifiant court et unique, par exemple tiré de son nom { $name }
    }
problem-empty-name = { $shape ->
    [cell] la cellule { $column } est vide
    [matrix] la colonne { $column } n'a pas de nom dans la première ligne
    [element] un élément n'a pas d'étiquette
    [label] la cellule « Label » est vide
   *[record] { $what ->
        [need] le besoin
        [forum] l'instance
       *[actor] l'acteur
    } { $id } a un nom vide
}
    .help = { $shape ->
        [cell] remplissez la colonne { $name }
        [matrix] nommez chaque colonne, ou supprimez la colonne vide
        [element] donnez une étiquette à chaque élément
        [label] donnez une étiquette à chaque élément
       *[record] écrivez le nom que les gens connaissent
    }
problem-confusable-id = l'identifiant { $what ->
    [need] de besoin
    [forum] d'instance
   *[actor] d'acteur
} { $id } ressemble à l'écran à { $other } mais ce n'est pas le même identifiant : il contient des caractères invisibles ou des lettres d'un autre alphabet qui ressemblent aux lettres latines
    .help = s'il s'agit { $what ->
        [need] du même besoin
        [forum] de la même instance
       *[actor] du même acteur
    }, retapez cet identifiant en lettres ordinaires ; sinon, donnez-leur des identifiants bien distincts
problem-look-alike-id = l'identifiant { $what ->
    [need] de besoin
    [forum] d'instance
   *[actor] d'acteur
} { $id } ressemble à { $other } mais il est écrit avec d'autres caractères Unicode (accents composés autrement)
    .help = retapez l'un des deux pour qu'ils soient écrits de la même façon, ou donnez-leur des identifiants bien distincts
problem-missing-column = la ligne d'en-tête n'a pas de colonne { $missing } (trouvées : { $found } ; délimiteur { $delimiter })
    .help = la première ligne doit nommer les colonnes, par exemple { $columns }
problem-missing-field = { $shape ->
    [cell] la cellule { $column } est vide
    [edge] une arête n'a pas de source ou pas de cible
    [connection] une connexion n'a pas de "from" ou pas de "to"
   *[json] { $what ->
        [need] le besoin
        [actor] l'acteur
        [link] le lien
        [forum] l'instance
       *[member] le membre
    } n'a pas de { $field }
}
    .help = { $shape ->
        [cell] remplissez la colonne { $name }
        [edge] donnez à chaque <edge> l'id d'un nœud source et d'un nœud cible
        [connection] donnez à chaque connexion les éléments qu'elle relie : "from" et "to"
       *[json] ajoutez "{ $name }": "…"
    }
problem-missing-format = la carte ne dit pas son format
    .help = ajoutez "format": "{ $format }" au début
problem-more-problems = … et { $count ->
    [one] { $count } autre problème
   *[other] { $count } autres problèmes
} comme les { $shown } ci-dessus ({ $code })
    .help = corrigez d'abord ceux-là ; les autres sont probablement la même erreur
problem-no-graph = { $format ->
    [gexf] le fichier GEXF
   *[graphml] le fichier GraphML
} ne contient aucun <graph>
    .help = exportez de nouveau le graphe depuis { $format ->
        [gexf] Gephi
       *[graphml] l'outil
    }
problem-not-gexf = le document est <{ $root }>, pas du GEXF (<gexf>)
    .help = exportez le graphe en GEXF depuis Gephi, ou choisissez le format qui correspond au fichier
problem-not-graphml = le document est <{ $root }>, pas du GraphML (<graphml>)
    .help = exportez le graphe en GraphML depuis l'outil, ou choisissez le format qui correspond au fichier
problem-not-json = { $error }
problem-not-kumu = { $shape ->
    [no-elements] le blueprint n'a pas de "elements"
   *[not-object] un blueprint Kumu est un objet : {"{"}"elements": [...], "connections": [...]{"}"}
}
    .help = { $shape ->
        [no-elements] un blueprint Kumu est un objet : {"{"}"elements": [...], "connections": [...]{"}"}
       *[not-object] exportez le projet depuis Kumu en JSON, ou choisissez le format qui correspond au fichier
    }
problem-not-utf8 = { $error }
problem-not-xml = XML mal formé : { $shape ->
        [dtd] le fichier a une déclaration de type de document (DTD), que { $format } n'utilise pas et qui n'est pas lue
        [unclosed] l'élément { $element } n'est pas fermé avant la fin du fichier
        [entity] l'entité { $entity } n'est aucune des cinq que le XML définit (amp, lt, gt, quot, apos) ni une référence de caractère
        [outside-root] du texte ou un élément se trouve hors de l'élément racine
        [no-root] le fichier n'a pas d'élément racine
        [name] { $name } n'est pas un nom XML (une lettre, un tiret bas ou un deux-points d'abord, puis des lettres, des chiffres, des points, des traits d'union, des tirets bas ou des deux-points)
        [less-than] la valeur d'un attribut contient <, que le XML n'y admet qu'échappé, comme l'entité lt
       *[reader] { $reason }
    }
    .help = le fichier doit être du { $format } tel qu'un outil de graphes l'écrit ; un éditeur de texte ou `xmllint --noout FICHIER` montre l'endroit exact (ligne { $line }, colonne { $column })
problem-reordering-character = { $field } { $value } contient un caractère qui change l'ordre d'affichage du texte (U+{ $code })
    .help = retirez-le, sauf si le nom en a besoin : le texte peut se lire autrement que ce qu'il contient
problem-self-loop = { $shape ->
    [matrix] { $actor } a un lien avec lui-même ; il est ignoré
   *[link] lien de { $actor } vers lui-même
}
    .help = { $shape ->
        [matrix] laissez la diagonale vide
       *[link] retirez-le, ou donnez comme cible le partenaire voulu
    }
problem-similar-names = { $name } semble être la même organisation que { $other } (id { $other-id })
    .help = s'il s'agit d'une seule organisation, fusionnez-les en un seul acteur ; sinon, faites en sorte que les noms les distinguent
problem-spelling-variants = { $what ->
    [sector] le secteur
    [organization] l'organisation
    [territory] le territoire
    [link-kind] le type de lien
    [forum-kind] le type d'instance
    [role] le rôle
   *[need] le besoin
} { $value } ne diffère de { $other } (la première fois à { $first }) que par la casse, les espaces ou le codage de ses accents : les deux comptent pour un seul
    .help = écrivez-le de la même façon partout
problem-skipped-graph = { $shape ->
    [several] le fichier contient plus d'un graphe ; seul le premier est lu
    [nested] le nœud { $id } contient un graphe imbriqué, qui n'est pas lu
   *[hierarchy] le nœud { $id } contient ses propres nœuds (une hiérarchie), qui ne sont pas lus
}
    .help = { $shape ->
        [several] exportez chaque graphe dans son propre fichier
        [nested] aplatissez le graphe dans l'outil avant l'export
       *[hierarchy] aplatissez la hiérarchie dans Gephi avant l'export
    }
problem-skipped-hyperedge = les hyperarêtes (liens entre plus de deux nœuds) ne sont pas lues
    .help = un lien entre plusieurs acteurs est une instance dans une carte des acteurs ; ajoutez-le comme telle
problem-too-deep = { $error }
problem-unknown-actor = { $shape ->
    [matrix-unnamed] la ligne n'a pas de nom dans sa première cellule
    [matrix-row] la ligne { $reference } n'est pas l'une des colonnes
    [unchecked] { $reference } n'est l'identifiant d'aucun acteur
   *[reference] { $field } { $reference } n'est l'identifiant d'aucun acteur
}
    .help = { $shape ->
        [unchecked] validez la carte et corrigez d'abord ses erreurs
       *[other] { $hint ->
            [closest] vouliez-vous dire { $suggestion } ?
            [name] vouliez-vous dire { $suggestion } (l'identifiant de { $name }) ?
           *[none] { $shape ->
                [reference] ajoutez l'acteur, ou corrigez l'identifiant
               *[other] écrivez le nom de la ligne tel qu'il est dans la première ligne, ou ajoutez-lui une colonne
            }
        }
    }
problem-unknown-column = la colonne { $column } n'est pas une colonne que le format connaît ; elle est gardée comme attribut libre
    .help = vouliez-vous dire { $suggestion } ?
problem-unknown-element = { $end ->
    [from] le début (from)
   *[to] la fin (to)
} de la connexion, { $name }, n'est pas un élément de la carte
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ?
       *[none] ajoutez l'élément, ou corrigez le nom (l'id ou l'étiquette d'un élément)
    }
problem-unknown-forum = l'instance { $forum } n'est pas dans forums.csv
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ?
       *[none] ajoutez l'instance à forums.csv, ou corrigez l'identifiant
    }
problem-unknown-key = les données renvoient à la clé { $key }, qui n'est pas déclarée ; elles sont ignorées
    .help = déclarez la clé avec <key id=… attr.name=…> au début du fichier
problem-unknown-kind = { $shape ->
    [kumu] le type { $value } n'est pas un type d'acteur
   *[other] type inconnu { $value }
}
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ? Sinon, utilisez l'une de ces valeurs : { $accepted } (ou leurs équivalents français : public, communautaire, privé, usager)
       *[none] { $shape ->
            [code] utilisez l'une de ces valeurs : { $accepted } (ou leurs équivalents français : public, communautaire, privé, usager)
           *[other] utilisez l'une de ces valeurs : { $accepted } (ou { $also })
        }
    }
problem-unknown-level = { $shape ->
    [kumu] le type { $value } n'est pas un niveau de collaboration
   *[other] niveau inconnu { $value }
}
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ? Sinon, utilisez l'une de ces valeurs : { $accepted } (ou leurs équivalents français)
       *[none] { $shape ->
            [rank] utilisez l'une de ces valeurs : { $accepted } ; ou un rang de 1 à 4
           *[other] utilisez l'une de ces valeurs : { $accepted } (ou leurs équivalents français)
        }
    }
problem-unknown-need = le besoin { $need } n'est pas déclaré dans les besoins de la carte
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ?
       *[none] déclarez-le sous "needs", ou corrigez l'identifiant
    }
problem-unknown-role = rôle inconnu { $role }
    .help = { $hint ->
        [closest] vouliez-vous dire { $suggestion } ? (les rôles propres à la pratique peuvent être listés sous "roles" au début de l'ensemble de règles)
       *[none] utilisez l'une de ces valeurs : { $roles } ; ou listez-le sous "roles" au début de l'ensemble de règles
    }
problem-unsupported-format = { $shape ->
    [rules] format de règles non pris en charge { $value }
   *[other] format non pris en charge { $value }
}
    .help = { $shape ->
        [newer] cette version d'actormap lit "{ $format }" ; mettez actormap à jour
        [sheet] cette version d'actormap lit "{ $format }"
        [rules] un ensemble de règles dit "format": "{ $format }"
       *[other] une carte des acteurs dit "format": "{ $format }"
    }
problem-unused-file = { $shape ->
    [read-instead] le fichier { $file } n'est pas lu ; la carte est lue dans { $suggestion }
   *[unknown] le fichier { $file } n'est pas lu ; un dossier de tableur n'est lu que dans { $files }
}
    .help = { $shape ->
        [read-instead] s'il contient une partie de la carte, déplacez-la dans { $suggestion } ; puis sortez le fichier du dossier
       *[unknown] s'il s'agit de { $suggestion }, renommez-le ; sinon, sortez-le du dossier
    }
problem-wrong-cell-count = la ligne a { $cells ->
    [one] { $cells } cellule
   *[other] { $cells } cellules
} mais { $shape ->
    [matrix] la première ligne nomme { $columns ->
        [one] { $columns } acteur
       *[other] { $columns } acteurs
    }
   *[sheet] la ligne d'en-tête a { $columns ->
        [one] { $columns } colonne
       *[other] { $columns } colonnes
    }
}
    .help = { $shape ->
        [matrix] donnez à chaque ligne une cellule par colonne (vérifiez s'il y a un délimiteur de trop)
       *[sheet] donnez à chaque ligne une cellule par colonne (vérifiez s'il y a un délimiteur de trop ou un guillemet manquant)
    }
problem-wrong-type = { $shape ->
    [record] { $what ->
        [map] la carte
        [need] un besoin
        [actor] un acteur
        [link] un lien
        [forum] une instance
       *[member] un membre
    } doit être un objet {"{"}…{"}"}, trouvé : { $found ->
        [text] du texte
        [object] un objet
        [list] une liste
        [boolean] vrai/faux
        [null] null
       *[number] un nombre
    }
    [field] { $field } doit être { $expected ->
        [text] du texte
        [texts] une liste de textes ["…", "…"]
        [list] une liste [...]
        [boolean] true ou false
       *[number] un nombre
    }, trouvé : { $found ->
        [text] du texte
        [object] un objet
        [list] une liste
        [boolean] vrai/faux
        [null] null
       *[number] un nombre
    }
    [sheet-directed] directed { $value } n'est ni oui ni non
    [sheet-weight] le poids { $value } n'est pas un nombre
    [attribute] l'attribut { $attribute } contient { $value }, qui n'est pas { $expected ->
        [boolean] true ou false
        [whole] un nombre entier
        [number] un nombre
       *[json] du JSON ({ $reason })
    }
    [weight] le poids { $value } n'est pas un nombre
    [directed] directed { $value } n'est ni true ni false
    [kumu-text] { $field } doit être du texte, trouvé : { $value }
    [direction] la direction { $value } n'est ni directed, ni undirected, ni mutual
    [kumu-list] { $field } doit être une liste [...]
   *[kumu-record] { $what ->
        [element] un élément
       *[connection] une connexion
    } doit être un objet {"{"}…{"}"}
}
    .help = { $shape ->
        [record] { $what ->
            [map] une carte des acteurs est un objet : {"{"}"format": "{ $format }", "actors": [...], "links": [...]{"}"}
           *[other] {""}
        }
        [sheet-directed] écrivez true ou false (yes/no, oui/non, 1/0), ou laissez la cellule vide pour non
        [sheet-weight] écrivez un nombre comme 2 ou 1,5, ou laissez la cellule vide
        [attribute] { $format ->
            [gexf] corrigez la valeur, ou déclarez l'attribut avec un autre type
           *[graphml] corrigez la valeur, ou déclarez la clé avec un autre attr.type
        }
        [weight] écrivez un nombre comme 2 ou 1.5
        [directed] écrivez true ou false
        [kumu-text] écrivez le champ { $name } sous forme de texte
        [direction] écrivez directed, undirected ou mutual
        [kumu-list] écrivez les { $what ->
            [elements] éléments
           *[connections] connexions
        } sous forme de liste d'objets
        [kumu-record] écrivez { $what ->
            [element] l'élément
           *[connection] la connexion
        } sous la forme {"{"}"label": "…", …{"}"}
       *[field] {""}
    }

## Les erreurs de la bibliothèque

error-unknown-value = valeur inconnue { $value } ; utilisez l'une de : { $accepted }
error-standard-input = entrée standard
error-io = impossible de { $action ->
    [read] lire
    [read-folder] lire le dossier
    [write] écrire
    [create-folder] créer le dossier
    [create-temporary] créer un fichier temporaire à côté de
   *[write-output] écrire sur la sortie standard
} { $path } : { $reason }
error-io-stream = impossible de { $action ->
    [read] lire
    [read-folder] lire le dossier
    [write] écrire
    [create-folder] créer le dossier
    [create-temporary] créer un fichier temporaire
   *[write-output] écrire sur la sortie standard
} : { $reason }
error-json = { $path }:{ $line }:{ $column } : JSON non valide : { $reason } ; corrigez le fichier (un validateur JSON ou un éditeur montre l'endroit exact) et recommencez
error-not-utf8 = { $path }:{ $line } : le texte n'est pas en UTF-8 ; enregistrez le classeur ou le fichier en « CSV UTF-8 » (Excel : « Fichier › Enregistrer sous › CSV UTF-8 ») ou réencodez-le en UTF-8
error-too-deep = { $path }:{ $line } : les listes et les objets sont imbriqués sur plus de { $limit } niveaux ; si le fichier est authentique, relevez la limite d'imbrication (jusqu'à { $max })
error-too-large = { $path } dépasse la limite de { $limit } octets ; si le fichier est authentique, relevez la limite de taille
error-too-many-records = { $path }{ $line } : l'entrée compte plus de { $limit } enregistrements (acteurs, liens, instances, membres, besoins, ou lignes, nœuds et arêtes) ; si le fichier est authentique, relevez la limite d'enregistrements
error-invalid = { $errors ->
    [one] la carte a { $errors } erreur
   *[other] la carte a { $errors } erreurs, toutes énumérées dans l'erreur
}
error-invalid-first = { $errors ->
    [one] la carte a { $errors } erreur : { $first }
   *[other] la carte a { $errors } erreurs, toutes énumérées dans l'erreur ; la première : { $first }
}
error-not-found = { $what ->
    [forum] aucune instance
    [need] aucun besoin
   *[actor] aucun acteur
} avec l'identifiant { $id } dans la carte
error-not-found-suggestion = { $what ->
    [forum] aucune instance
    [need] aucun besoin
   *[actor] aucun acteur
} avec l'identifiant { $id } dans la carte ; vouliez-vous dire { $suggestion } ?
error-overwrites-input = refus d'écrire { $path } par-dessus sa propre entrée ; choisissez un autre fichier de sortie
error-cannot-write-over = impossible d'écrire { $path } : { $found ->
    [file] c'est un fichier, et c'est un dossier de fichiers qui s'écrit ici ; indiquez un nouveau dossier, ou un dossier qui contient une carte
    [folder] c'est un dossier ; indiquez un fichier
    [fifo] c'est un tube nommé (FIFO), et c'est un dossier de fichiers qui s'écrit ici ; indiquez un nouveau dossier
    [char-device] c'est un périphérique, et c'est un dossier de fichiers qui s'écrit ici ; indiquez un nouveau dossier
    [block-device] c'est un périphérique de blocs (un disque), pas un fichier ; indiquez un fichier
    [socket] c'est un socket, pas un fichier ; indiquez un fichier
    [symlink-loop] ses liens symboliques reviennent sur eux-mêmes ; corrigez les liens, ou indiquez un autre fichier
   *[other] ce n'est ni un fichier ni un dossier ; indiquez un fichier
}
error-folder-holds-other = impossible de remplacer le dossier { $folder } : il contient { $entry }, qui ne fait pas partie de la carte écrite ici ; écrivez dans un dossier nouveau ou vide, ou déplacez { $entry } ailleurs
error-no-such-folder = impossible d'écrire { $path } : le dossier { $folder } n'existe pas ; créez-le d'abord
error-not-a-folder = { $layout ->
    [kumu] { $path } n'est pas un dossier ; les feuilles Kumu se lisent dans un dossier contenant elements.csv (et connections.csv)
   *[actormap] { $path } n'est pas un dossier ; une carte en tableur est un dossier contenant actors.csv (et links.csv, members.csv, …)
}
error-not-a-file = { $path } est { $found ->
    [folder] un dossier
    [pipe] un tube nommé
    [device] un périphérique
    [socket] un socket
    [broken-link] un lien vers rien
    [link-loop] un lien qui revient sur lui-même
   *[other] autre chose
}, pas un fichier ; une carte en tableur garde { $name } dans un fichier CSV
error-unwritable-item = { $file } ne peut pas contenir { $item } dans la colonne { $column } de { $id } : une cellule de liste sépare les éléments par | et les élague, l'élément ne serait donc pas relu tel quel ; renommez-le sans | et sans espace à ses bouts, ou gardez la carte en JSON
error-no-actors-sheet = { $folder } n'a pas de actors.csv ; une carte en tableur est un dossier contenant actors.csv (id,name,kind,…) et, au besoin, links.csv, members.csv, forums.csv, needs.csv, map.csv
error-no-elements-sheet = { $actors ->
    [yes] { $folder } n'a pas de elements.csv ; enregistrez la feuille des éléments de Kumu sous elements.csv (colonnes Label, Type, …) et sa feuille des connexions sous connections.csv (From, To, Type, …) ; il contient actors.csv : c'est donc la forme tableur propre à actormap, qui se lit telle quelle comme une carte, sans import
   *[no] { $folder } n'a pas de elements.csv ; enregistrez la feuille des éléments de Kumu sous elements.csv (colonnes Label, Type, …) et sa feuille des connexions sous connections.csv (From, To, Type, …)
}
error-csv = impossible d'écrire le CSV : { $reason }
error-too-many-forum-ties = compter comme un lien le fait de siéger à la même instance donnerait { $ties } liens (l'instance { $forum } compte à elle seule { $members } membres), plus que les { $limit } que cette vue permet ; laissez la co-participation hors de la vue, ou scindez l'instance
error-focus-outside-forum = l'acteur { $actor } ne siège pas à l'instance { $forum } ; centrez le diagramme sur l'un de ses membres, ou ne le limitez pas à l'instance
error-focus-kind-left-out = l'acteur { $actor } est de type { $kind }, un type que le diagramme laisse de côté ; ajoutez-le aux types montrés
error-highlight-needs-forum = marquer qui inviter demande une instance : limitez le diagramme à l'instance qu'ils rejoindraient
error-attribute-values = l'attribut ajouté { $name } a { $values ->
    [one] { $values } valeur
   *[other] { $values } valeurs
} mais la carte a { $actors ->
    [one] { $actors } acteur
   *[other] { $actors } acteurs
} ; donnez une valeur (ou aucune) par acteur, dans l'ordre de la carte
error-attribute-name = l'attribut ajouté { $name } porte le nom d'un autre attribut des acteurs (ou n'a pas de nom) ; donnez-lui un autre nom
error-not-xml-character = { $record } : le caractère de contrôle U+{ $code }, que le XML ne peut pas porter, se trouve dans { $field ->
    [name] son nom
    [id] son identifiant
    [territory] son territoire
    [as_of] sa date
    [description] sa description
    [organization] son organisation
    [sector] son secteur
    [services] ses services
    [source] sa source
    [target] sa cible
    [kind] son type
    [notes] ses notes
    [since] sa date de début
    [until] sa date de fin
    [needs] ses besoins
    [member] l'identifiant d'un membre
    [role] le rôle d'un membre
    [attribute-name] le nom de l'attribut { $attribute }
    [attribute] l'attribut { $attribute }
   *[value] une valeur
} ; retirez-le de la carte et exportez de nouveau (le JSON de Kumu peut le porter)
error-record = { $record ->
    [map] la carte
    [need] le besoin { $id }
    [actor] l'acteur { $id }
    [forum] l'instance { $id }
    [added-attribute] l'attribut ajouté { $id }
   *[link] le lien { $number } (de { $source } vers { $target })
}
error-empty-graphml-id = l'acteur { $name } a un identifiant vide, que GraphML ne peut pas écrire ; donnez-lui un identifiant
error-not-pseudonyms = { $path } n'est pas un fichier de pseudonymes ({ $reason }) ; donnez un fichier écrit par cet outil, ou le nom d'un nouveau fichier, qui est alors créé
error-too-few-snapshots = une série chronologique demande au moins deux instantanés
error-too-big-to-generate = { $what ->
    [actors] impossible de générer { $actors } acteurs : le maximum est de { $max-actors }
   *[links] impossible de générer { $actors } acteurs avec { $per } liens chacun : le maximum est de { $max-links } liens en tout (acteurs × liens par acteur)
}
error-unknown-image-format = impossible de déduire le format d'image de { $path } : nommez le fichier avec l'une des extensions svg, png, pdf (ou écrivez du texte DOT, qui n'exige pas Graphviz)
error-graphviz-missing = Graphviz n'est pas installé (le programme `dot` est introuvable). Installez-le (Debian/Ubuntu : `apt-get install graphviz` ; macOS : `brew install graphviz` ; Windows : `winget install graphviz`) — le texte DOT n'exige pas Graphviz.
error-graphviz = Graphviz n'a pas pu dessiner le diagramme
error-graphviz-said = Graphviz n'a pas pu dessiner le diagramme : { $reason }
error-graphviz-timed-out = Graphviz dessinait encore le diagramme après { $seconds } s et a été arrêté : la carte est trop grande ou trop dense pour être dessinée entière. Dessinez-en une partie (une instance, certains types d'acteurs), ou accordez plus de temps avec la variable d'environnement ACTORMAP_GRAPHVIZ_SECONDS.
error-graphviz-out-of-memory = Graphviz avait besoin de plus que les { $megabytes } Mio de mémoire permis et a été arrêté : la carte est trop grande ou trop dense pour être dessinée entière. Dessinez-en une partie (une instance, certains types d'acteurs), ou accordez plus de mémoire avec la variable d'environnement ACTORMAP_GRAPHVIZ_MEMORY_MB.
