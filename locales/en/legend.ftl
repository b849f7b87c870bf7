# legend: the words of diagrams (`actormap dot`, `actormap render`, the report's map):
# the legend's title and entries, and the titles of clusters that have words.
# Kinds and levels in the legend use `kind-label` and `level`.

legend-title = Legend

## Highlighted actors

legend-member = Member of the forum
legend-candidate = To invite
legend-articulation-point = Holds parts together
legend-pendant = One tie only
legend-isolated = No tie

## Lines

# An arrowhead; $kind is the link kind directed links usually have (`referral`).
legend-one-way = one way ({ $kind })
legend-bridge = only tie between two parts

## Node sizes

legend-size-degree = Size: number of ties
legend-size-betweenness = Size: betweenness (go-between role)

## Clusters

# A cluster of the actors of one kind, titled by the kind in the plural.
legend-cluster-kind = { $kind-code ->
    [public] Public bodies
    [community] Community organisations
    [private] Private companies
   *[user] Service users
}
