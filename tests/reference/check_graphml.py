#!/usr/bin/env python3
"""NetworkX reads actormap's GraphML back: same nodes, edges and attributes.

Exports every fixture with the built `actormap` binary, reads the file with
`networkx.read_graphml`, and compares each node, edge and graph attribute with the
map it came from. Exits 1 at the first difference, naming it.

Usage (from the repository root):

    cargo build
    python3 -m venv .venv && .venv/bin/pip install networkx==3.6.1
    .venv/bin/python tests/reference/check_graphml.py target/debug/actormap [MAP.json ...]

Without maps, every `fixtures/*.json`, `fixtures/reference/*.json` and
`fixtures/interop/map-*.json` is checked. Ids and attribute names are compared as
GraphML carries them (`_xHHHH_` for characters a name token cannot hold, `extra:`
before a free attribute named like one of the format's own).
"""

import json
import pathlib
import subprocess
import sys
import tempfile

import networkx as nx

JSON_SUFFIX = ":json"


def fail(message):
    print(f"check_graphml: {message}", file=sys.stderr)
    sys.exit(1)


ACTOR_FIELDS = {"id", "name", "kind", "organization", "sector", "territory", "services"}
LINK_FIELDS = {"source", "target", "kind", "level", "directed", "weight", "notes", "since",
               "until"}
# GraphML attribute names of each record; a free attribute named like one is written
# with the prefix "extra:".
GRAPH_KEYS = {"name", "territory", "as_of", "description", "needs", "forums"}
NODE_KEYS = {"name", "label", "kind", "organization", "sector", "territory", "services"}
EDGE_KEYS = {"kind", "level", "directed", "weight", "notes", "since", "until"}


def is_name_char(c):
    """Whether actormap writes c as it is in a GraphML id or attribute name: ASCII
    letters, digits, ".", "-", "_", ":", and the Latin letters of Latin-1 and Latin
    Extended-A (see is_name_char in src/io/xml.rs)."""
    o = ord(c)
    return (c in ".-_:" or "A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9"
            or 0xC0 <= o <= 0xD6 or 0xD8 <= o <= 0xF6 or 0xF8 <= o <= 0x131
            or 0x134 <= o <= 0x13E or 0x141 <= o <= 0x148 or 0x14A <= o <= 0x17E)


def encode_name(name):
    """A GraphML id or attribute name as actormap writes it: _xHHHH_ escapes."""
    out = []
    for i, c in enumerate(name):
        if not is_name_char(c) or (c == "_" and name[i + 1:i + 2] == "x"):
            out.append(f"_x{ord(c):04X}_")
        else:
            out.append(c)
    return "".join(out)


def column_types(records, known=frozenset()):
    """The GraphML type actormap gives each free attribute (see src/io/graphml.rs)."""
    types = {}
    for record in records:
        for key, value in record.items():
            if key in known:
                continue
            if isinstance(value, bool):
                t = "boolean"
            elif isinstance(value, int):
                t = "long"
            elif isinstance(value, float):
                t = "double"
            elif isinstance(value, str):
                t = "string"
            else:
                t = "json"
            if key.endswith(JSON_SUFFIX):
                t = "json"
            if types.setdefault(key, t) != t:
                types[key] = "json"
    return types


def expect_extras(record, types, expected, reserved):
    for key, value in record.items():
        if key not in types:
            continue
        name = "extra:" + key if key in reserved or key.startswith("extra:") else key
        if types[key] == "json":
            expected[encode_name(name + JSON_SUFFIX)] = ("json", value)
        else:
            expected[encode_name(name)] = (types[key], value)


def compare(where, got, expected):
    """`got`: attributes NetworkX read; `expected`: name -> value or (type, value)."""
    if set(got) != set(expected):
        fail(f"{where}: attributes {sorted(got)} != expected {sorted(expected)}")
    for key, want in expected.items():
        value = got[key]
        if isinstance(want, tuple):
            t, want = want
            if t == "json":
                value = json.loads(value)
            elif t == "boolean" and not isinstance(value, bool):
                fail(f"{where}: {key} = {value!r} is not a boolean")
            elif t == "long" and (isinstance(value, bool) or not isinstance(value, int)):
                fail(f"{where}: {key} = {value!r} is not an integer")
            elif t == "double" and not isinstance(value, float):
                fail(f"{where}: {key} = {value!r} is not a float")
        if value != want:
            fail(f"{where}: {key} = {value!r}, expected {want!r}")
    return len(expected)


def check(binary, fixture, workdir):
    doc = json.loads(fixture.read_text(encoding="utf-8"))
    out = pathlib.Path(workdir) / (fixture.stem + ".graphml")
    subprocess.run([binary, "export", str(fixture), "-o", str(out)], check=True)
    graph = nx.read_graphml(out, force_multigraph=True)
    actors, links = doc.get("actors", []), doc.get("links", [])
    directed = bool(links) and all(link.get("directed", False) for link in links)
    if graph.is_directed() != directed:
        fail(f"{fixture}: read as directed={graph.is_directed()}, expected {directed}")
    checked = 0

    expected = {}
    for field in ("name", "territory", "as_of", "description"):
        if field in doc:
            expected[field] = doc[field]
    for field in ("needs", "forums"):
        if doc.get(field):
            expected[field] = ("json", doc[field])
    map_extras = {k: v for k, v in doc.items()
                  if k not in ("format", "name", "territory", "as_of", "description",
                               "needs", "actors", "links", "forums")}
    expect_extras(map_extras, column_types([map_extras]), expected, GRAPH_KEYS)
    # NetworkX adds the keys' defaults (none here) to the graph's attributes.
    got = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    checked += compare(f"{fixture}: graph", got, expected)

    if sorted(graph.nodes) != sorted(encode_name(a["id"]) for a in actors):
        fail(f"{fixture}: nodes {sorted(graph.nodes)} != actors")
    types = column_types(actors, ACTOR_FIELDS)
    for actor in actors:
        expected = {"name": actor["name"], "label": actor["name"], "kind": actor["kind"]}
        for field in ("organization", "sector", "territory"):
            if actor.get(field):
                expected[field] = actor[field]
        if actor.get("services"):
            expected["services"] = "|".join(actor["services"])
        expect_extras(actor, types, expected, NODE_KEYS)
        node = graph.nodes[encode_name(actor["id"])]
        checked += compare(f"{fixture}: node {actor['id']}", node, expected)

    if graph.number_of_edges() != len(links):
        fail(f"{fixture}: {graph.number_of_edges()} edges, expected {len(links)}")
    types = column_types(links, LINK_FIELDS)
    for i, link in enumerate(links):
        key = f"e{i}"
        ends = encode_name(link["source"]), encode_name(link["target"])
        if not graph.has_edge(*ends, key):
            fail(f"{fixture}: edge {key} {link['source']} -> {link['target']} is missing")
        expected = {"level": link["level"], "directed": ("boolean", link.get("directed", False))}
        for field in ("kind", "notes", "since", "until"):
            if link.get(field):
                expected[field] = link[field]
        if "weight" in link:
            expected["weight"] = ("double", float(link["weight"]))
        expect_extras(link, types, expected, EDGE_KEYS)
        got = graph.edges[*ends, key]
        checked += compare(f"{fixture}: edge {key}", got, expected)

    print(f"{fixture}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
          f"{checked} attributes read back by NetworkX {nx.__version__}")


def main():
    if len(sys.argv) < 2:
        fail("usage: check_graphml.py ACTORMAP_BINARY [MAP.json ...]")
    binary = sys.argv[1]
    fixtures = [pathlib.Path(p) for p in sys.argv[2:]] or sorted(
        list(pathlib.Path("fixtures").glob("*.json"))
        + list(pathlib.Path("fixtures/reference").glob("*.json"))
        + list(pathlib.Path("fixtures/interop").glob("map-*.json")))
    if not fixtures:
        fail("no fixtures found; run from the repository root")
    with tempfile.TemporaryDirectory() as workdir:
        for fixture in fixtures:
            check(binary, fixture, workdir)


if __name__ == "__main__":
    main()
