# legend : les mots des diagrammes (`actormap dot`, `actormap render`, la carte du
# rapport) : le titre et les entrées de la légende, et les titres des regroupements qui
# ont des mots. Les types et niveaux de la légende viennent de `kind-label` et `level`.

legend-title = Légende

## Acteurs mis en évidence

legend-member = Membre du forum
legend-candidate = À inviter
legend-articulation-point = Relie des parties
legend-pendant = Un seul lien
legend-isolated = Aucun lien

## Traits

# Une pointe de flèche ; $kind est le type de lien qu'ont d'ordinaire les liens orientés (`referral`).
legend-one-way = à sens unique ({ $kind })
legend-bridge = seul lien entre deux parties

## Taille des nœuds

legend-size-degree = Taille : nombre de liens
legend-size-betweenness = Taille : intermédiarité (rôle de passeur)

## Regroupements

# Un regroupement des acteurs d'un type, titré par le type au pluriel.
legend-cluster-kind = { $kind-code ->
    [public] Organismes publics
    [community] Organismes communautaires
    [private] Entreprises privées
   *[user] Usagers
}
