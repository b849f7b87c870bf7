#!/usr/bin/env python3
# Reference data generator for actormap.
#
# Generated with NetworkX 3.6.1 on Python 3.11.7.
#
# Builds three public networks with NetworkX, writes them as actor map JSON
# fixtures under fixtures/reference/, and writes the values NetworkX computes
# on them to tests/reference/<name>.networkx.json.
#
# Regenerate (from the repository root):
#   python3 -m venv .venv && .venv/bin/pip install networkx==3.6.1 \
#     && .venv/bin/python tests/reference/make_reference.py
#
# The output is deterministic: running the script twice produces
# byte-identical files (given the same NetworkX and Python versions; the
# versions are recorded in the output).

import json
import math
import platform
from pathlib import Path

import networkx as nx

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES_DIR = REPO_ROOT / "fixtures" / "reference"
REFERENCE_DIR = REPO_ROOT / "tests" / "reference"

LEVEL = "coordination"


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------


def sorted_links(edges, index):
    """Links as dicts, (source index, target index) with source < target, sorted."""
    pairs = set()
    for a, b in edges:
        ia, ib = index[a], index[b]
        if ia == ib:
            raise ValueError(f"self-loop on {a}")
        pairs.add((min(ia, ib), max(ia, ib)))
    return sorted(pairs)


def karate_map():
    K = nx.karate_club_graph()
    nodes = list(K.nodes())
    assert nodes == list(range(34)), nodes
    assert K.number_of_edges() == 78
    actors = [
        {
            "id": f"n{v}",
            "name": f"Member {v + 1}",
            "kind": "community",
            "club": K.nodes[v]["club"],
        }
        for v in nodes
    ]
    index = {v: i for i, v in enumerate(nodes)}
    links = [
        {"source": actors[i]["id"], "target": actors[j]["id"], "level": LEVEL}
        for i, j in sorted_links(K.edges(), index)
    ]
    return {
        "format": "actormap/1",
        "name": "Zachary's karate club",
        "description": (
            "Zachary's karate club: friendships between 34 members of a "
            "university karate club, with the faction each member joined "
            "after the split (\"club\": \"Mr. Hi\" or \"Officer\"). Source: "
            f"networkx.karate_club_graph() (NetworkX {nx.__version__}), "
            "edge weights ignored. Original publication: W. W. Zachary, "
            "\"An information flow model for conflict and fission in small "
            "groups\", Journal of Anthropological Research 33(4):452-473, 1977."
        ),
        "needs": [],
        "actors": actors,
        "links": links,
        "forums": [],
    }


def ascii_id(name):
    s = name.lower()
    assert s.isascii() and s.isalpha(), s
    return s


def florentine_map():
    F = nx.florentine_families_graph()
    nodes = list(F.nodes())
    assert len(nodes) == 15 and F.number_of_edges() == 20
    assert "Pucci" not in nodes
    # Padgett's data has 16 families; Pucci has no marriage tie and is
    # dropped by NetworkX. Add it back as an isolated actor.
    nodes = nodes + ["Pucci"]
    actors = [{"id": ascii_id(v), "name": v, "kind": "private"} for v in nodes]
    ids = [a["id"] for a in actors]
    assert len(set(ids)) == len(ids)
    index = {v: i for i, v in enumerate(nodes)}
    links = [
        {"source": actors[i]["id"], "target": actors[j]["id"], "level": LEVEL}
        for i, j in sorted_links(F.edges(), index)
    ]
    return {
        "format": "actormap/1",
        "name": "Florentine families",
        "description": (
            "Padgett's Florentine families: marriage ties between 16 "
            "families of Renaissance Florence (about 1430). Source: "
            f"networkx.florentine_families_graph() (NetworkX {nx.__version__}, "
            "15 families, 20 ties), plus the Pucci family as an isolated "
            "actor: it belongs to Padgett's 16 families but has no marriage "
            "tie, so NetworkX omits it. Original publications: J. F. Padgett "
            "and C. K. Ansell, \"Robust action and the rise of the Medici, "
            "1400-1434\", American Journal of Sociology 98(6):1259-1319, 1993; "
            "R. L. Breiger and P. E. Pattison, \"Cumulated social roles: the "
            "duality of persons and their algebras\", Social Networks "
            "8(3):215-256, 1986."
        ),
        "needs": [],
        "actors": actors,
        "links": links,
        "forums": [],
    }


def davis_bipartite():
    B = nx.davis_southern_women_graph()
    women = [v for v, d in B.nodes(data=True) if d["bipartite"] == 0]
    events = [v for v, d in B.nodes(data=True) if d["bipartite"] == 1]
    assert women == list(B.graph["top"]), (women, B.graph["top"])
    assert events == list(B.graph["bottom"]), (events, B.graph["bottom"])
    assert len(women) == 18 and len(events) == 14
    return B, women, events


def davis_map():
    B, women, events = davis_bipartite()
    woman_id = {w: f"w{i + 1}" for i, w in enumerate(women)}
    woman_pos = {w: i for i, w in enumerate(women)}
    actors = [{"id": woman_id[w], "name": w, "kind": "user"} for w in women]
    forums = []
    for i, e in enumerate(events):
        attendees = sorted(B.neighbors(e), key=lambda w: woman_pos[w])
        forums.append(
            {
                "id": f"e{i + 1}",
                "name": e,
                "kind": "committee",
                "members": [
                    {"actor": woman_id[w], "role": "member"} for w in attendees
                ],
            }
        )
    return {
        "format": "actormap/1",
        "name": "Davis Southern Women",
        "description": (
            "Davis Southern Women: attendance of 18 women at 14 social "
            "events in a Southern US town in the 1930s. Women are actors "
            "(no direct links); events are forums whose members are the "
            "women who attended. Source: "
            f"networkx.davis_southern_women_graph() (NetworkX {nx.__version__}). "
            "Original publication: A. Davis, B. B. Gardner and M. R. Gardner, "
            "Deep South: A Social Anthropological Study of Caste and Class, "
            "University of Chicago Press, 1941."
        ),
        "needs": [],
        "actors": actors,
        "links": [],
        "forums": forums,
    }


# --------------------------------------------------------------------------
# Graphs the values are computed on
# --------------------------------------------------------------------------


def links_graph(amap):
    """Undirected simple graph of the links; every actor is a node."""
    G = nx.Graph()
    G.add_nodes_from(a["id"] for a in amap["actors"])
    G.add_edges_from((l["source"], l["target"]) for l in amap["links"])
    return G


def davis_projection(amap):
    """Co-membership view: women tied when they attended a common event."""
    B, women, _ = davis_bipartite()
    P = nx.bipartite.projected_graph(B, women)
    mapping = {w: f"w{i + 1}" for i, w in enumerate(women)}
    P = nx.relabel_nodes(P, mapping, copy=True)
    # Rebuild with nodes in actor order (and edges in a canonical order) so
    # that iteration order is well defined.
    order = [a["id"] for a in amap["actors"]]
    pos = {v: i for i, v in enumerate(order)}
    G = nx.Graph()
    G.add_nodes_from(order)
    G.add_edges_from(
        sorted(
            (tuple(sorted((a, b), key=pos.get)) for a, b in P.edges()),
            key=lambda e: (pos[e[0]], pos[e[1]]),
        )
    )
    # Cross-check against the forums of the fixture itself.
    H = nx.Graph()
    H.add_nodes_from(order)
    for f in amap["forums"]:
        members = [m["actor"] for m in f["members"]]
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                H.add_edge(a, b)
    assert list(G.nodes()) == list(H.nodes())
    assert {frozenset(e) for e in G.edges()} == {frozenset(e) for e in H.edges()}
    return G


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


def clean(x):
    """As a float (NetworkX sometimes returns int 0, e.g. clustering of a
    node of degree < 2); nan -> None (JSON null)."""
    x = float(x)
    if math.isnan(x):
        return None
    return x


def compute(G_ids, order, graph_name, forum_ties):
    assert list(G_ids.nodes()) == order
    # Compute on integer node labels (the actor index). Several NetworkX
    # algorithms iterate over sets of nodes; with string labels that order
    # depends on Python's per-process hash randomization, which changes the
    # last bits of some floats from run to run. Integers hash to themselves,
    # so the iteration order (and the output) is reproducible.
    pos = {v: i for i, v in enumerate(order)}
    G = nx.Graph()
    G.add_nodes_from(range(len(order)))
    G.add_edges_from(
        sorted(tuple(sorted((pos[a], pos[b]))) for a, b in G_ids.edges())
    )
    n = G.number_of_nodes()
    m = G.number_of_edges()

    deg = dict(G.degree())
    betweenness = nx.betweenness_centrality(G)
    closeness = nx.closeness_centrality(G)
    harmonic = nx.harmonic_centrality(G)
    core = nx.core_number(G)
    clustering = nx.clustering(G)
    constraint = nx.constraint(G)
    effective_size = nx.effective_size(G)
    aps = set(nx.articulation_points(G))

    actors = {}
    for v in range(n):
        actors[order[v]] = {
            "degree": deg[v],
            "betweenness": clean(betweenness[v]),
            "closeness": clean(closeness[v]),
            "harmonic": clean(harmonic[v] / (n - 1) if n > 1 else 0.0),
            "core": core[v],
            "clustering": clean(clustering[v]),
            "constraint": clean(constraint[v]),
            "effective_size": clean(effective_size[v]),
            "articulation_point": v in aps,
        }

    comps = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
    # Largest component; ties broken by smallest actor index.
    largest = min(nx.connected_components(G), key=lambda c: (-len(c), min(c)))
    C = G.subgraph(largest).copy()

    if n > 2:
        max_deg = max(deg.values())
        degree_centralization = sum(max_deg - d for d in deg.values()) / (
            (n - 1) * (n - 2)
        )
    else:
        degree_centralization = None

    bridges = sorted(sorted((order[a], order[b])) for a, b in nx.bridges(G))

    network = {
        "actors": n,
        "links": m,
        "density": float(nx.density(G)),
        "average_degree": 2 * m / n,
        "components": comps,
        "largest_component_share": comps[0] / n,
        "isolates": sum(1 for v in range(n) if deg[v] == 0),
        "pendants": sum(1 for v in range(n) if deg[v] == 1),
        "articulation_points": sorted(order[v] for v in aps),
        "bridges": [list(e) for e in bridges],
        "average_clustering": float(nx.average_clustering(G)),
        "transitivity": float(nx.transitivity(G)),
        "degree_centralization": degree_centralization,
        "diameter": nx.diameter(C),
        "average_path_length": float(nx.average_shortest_path_length(C)),
    }

    return {
        "graph": graph_name,
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "view": {"forum_ties": forum_ties},
        "actors": actors,
        "network": network,
    }


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def write_json(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {path.relative_to(REPO_ROOT)}")


def main():
    datasets = [
        ("karate", karate_map(), links_graph, False),
        ("florentine", florentine_map(), links_graph, False),
        ("davis", davis_map(), davis_projection, True),
    ]
    for name, amap, build, forum_ties in datasets:
        write_json(FIXTURES_DIR / f"{name}.json", amap)
        G = build(amap)
        order = [a["id"] for a in amap["actors"]]
        values = compute(G, order, name, forum_ties)
        write_json(REFERENCE_DIR / f"{name}.networkx.json", values)


if __name__ == "__main__":
    main()
