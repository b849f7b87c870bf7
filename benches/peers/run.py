#!/usr/bin/env python3
"""The peer comparison: actormap against NetworkX, python-igraph and rustworkx.

Run through benches/peers/run.sh, which installs the peers and builds actormap. For each
graph, `actormap generate` writes a map; this script turns it into the same undirected
simple graph for every tool (actors in map order, each linked pair once), times exact
betweenness (and k-core and local clustering) in each tool, checks that every tool gives
the same values as actormap, and prints Markdown tables of the median times and ratios,
with the machine and the versions.
"""

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib.metadata import version

# (model, actors): the Barabási–Albert graph of the target first.
GRAPHS = [("ba", 10_000), ("sbm", 10_000), ("ba", 1_000), ("sbm", 1_000)]
QUICK = [("ba", 2_000), ("sbm", 1_000)]

# Tolerance of the agreement check (absolute, on normalised values).
TOLERANCE = 1e-9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="target", help="cargo's target folder")
    parser.add_argument("--repeat", type=int, default=5, help="runs per tool (median)")
    parser.add_argument(
        "--networkx-repeat",
        type=int,
        default=1,
        help="runs of NetworkX's betweenness on graphs over 2,000 actors (minutes each)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated maps")
    parser.add_argument("--quick", action="store_true", help="smaller graphs, for a try")
    parser.add_argument(
        "--json", help="also write every measurement to this file (JSON)", default=None
    )
    args = parser.parse_args()

    actormap = os.path.join(args.target, "release", "actormap")
    timings = os.path.join(args.target, "release", "examples", "peer-timings")
    work = os.path.join(args.target, "peers")
    os.makedirs(work, exist_ok=True)

    print(machine())
    print()
    results = []
    failures = []
    for model, n in QUICK if args.quick else GRAPHS:
        name = f"{model}-{n}"
        path = os.path.join(work, f"{name}.json")
        subprocess.run(
            [actormap, "generate", "--actors", str(n), "--model", model,
             "--seed", str(args.seed), "--quiet", "-o", path],
            check=True,
        )
        n, edges = edge_list(path)
        log(f"{name}: {n} actors, {len(edges)} links")

        ours = {}
        for threads in (0, 1):
            values = os.path.join(work, f"{name}.values.json")
            out = subprocess.run(
                [timings, path, "--repeat", str(args.repeat), "--threads", str(threads),
                 "--values", values],
                check=True, capture_output=True, text=True,
            )
            run = json.loads(out.stdout)
            label = f"actormap ({run['threads']} thread{'s' if run['threads'] > 1 else ''})"
            ours[label] = run["times"]
            with open(values, encoding="utf-8") as f:
                reference = json.load(f)
            log(f"  {label}: betweenness {median(run['times']['betweenness']):.3f} s")

        row = {"graph": name, "actors": n, "links": len(edges), "tools": {}}
        for label, times in ours.items():
            row["tools"][label] = {"times": times, "agreement": {}}
        for tool, runner in (("python-igraph", igraph_run), ("rustworkx", rustworkx_run),
                             ("NetworkX", networkx_run)):
            repeat = args.repeat
            if tool == "NetworkX" and n > 2_000:
                repeat = args.networkx_repeat
            times, values = runner(n, edges, repeat)
            agreement = compare(reference, values)
            row["tools"][tool] = {"times": times, "agreement": agreement}
            log(f"  {tool}: betweenness {median(times['betweenness']):.3f} s, "
                f"largest difference {agreement}")
            for metric, difference in agreement.items():
                if not difference <= TOLERANCE:
                    failures.append(f"{name}: {tool} {metric} differs by {difference:.3g}")
        results.append(row)

    print(tables(results))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": machine(), "results": results}, f, indent=2)
    if failures:
        print("\nDISAGREEMENT:\n" + "\n".join(failures))
        sys.exit(1)
    print(f"\nEvery tool agrees with actormap on every graph (largest absolute difference "
          f"at most {TOLERANCE:g} on normalised values; k-cores equal).")


def log(message):
    print(message, file=sys.stderr, flush=True)


def median(xs):
    return statistics.median(xs)


def edge_list(path):
    """The map's undirected simple graph: actors in map order, each linked pair once."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    index = {a["id"]: i for i, a in enumerate(doc["actors"])}
    edges = set()
    for link in doc["links"]:
        a, b = index[link["source"]], index[link["target"]]
        if a != b:
            edges.add((min(a, b), max(a, b)))
    return len(index), sorted(edges)


def timed(f, repeat):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = f()
        times.append(time.perf_counter() - start)
    return times, value


def pair_scale(n):
    """NetworkX's normalisation of undirected betweenness: 2 / ((n-1)(n-2))."""
    return 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0


def igraph_run(n, edges, repeat):
    import igraph as ig

    g = ig.Graph(n=n, edges=edges)
    b_times, b = timed(lambda: g.betweenness(directed=False), repeat)
    c_times, core = timed(g.coreness, repeat)
    t_times, clustering = timed(lambda: g.transitivity_local_undirected(mode="zero"), repeat)
    # igraph's closeness counts the reachable actors only; Wasserman–Faust scales it by
    # the share of the others reached, as NetworkX and actormap do.
    sizes = g.connected_components().sizes()
    membership = g.connected_components().membership
    closeness = [
        0.0 if math.isnan(c) else c * (sizes[membership[v]] - 1) / (n - 1)
        for v, c in enumerate(g.closeness())
    ]
    values = {
        "betweenness": [x * pair_scale(n) for x in b],
        "closeness": closeness,
        "harmonic": g.harmonic_centrality(normalized=True),
        "k-core": core,
        "clustering": clustering,
    }
    return {"betweenness": b_times, "k-core": c_times, "clustering": t_times}, values


def rustworkx_run(n, edges, repeat):
    import rustworkx as rx

    g = rx.PyGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from_no_data(edges)
    b_times, b = timed(lambda: rx.betweenness_centrality(g, normalized=True), repeat)
    c_times, core = timed(lambda: rx.core_number(g), repeat)
    closeness = rx.closeness_centrality(g, wf_improved=True)
    values = {
        "betweenness": [b[v] for v in range(n)],
        "closeness": [closeness[v] for v in range(n)],
        "k-core": [core[v] for v in range(n)],
    }
    return {"betweenness": b_times, "k-core": c_times}, values


def networkx_run(n, edges, repeat):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    b_times, b = timed(lambda: nx.betweenness_centrality(g), repeat)
    c_times, core = timed(lambda: nx.core_number(g), max(repeat, 3))
    t_times, clustering = timed(lambda: nx.clustering(g), max(repeat, 3))
    values = {
        "betweenness": [b[v] for v in range(n)],
        "k-core": [core[v] for v in range(n)],
        "clustering": [clustering[v] for v in range(n)],
    }
    if n <= 2_000:
        # Each is another search from every actor in Python: only on the small graphs.
        closeness = nx.closeness_centrality(g)
        harmonic = nx.harmonic_centrality(g)
        values["closeness"] = [closeness[v] for v in range(n)]
        values["harmonic"] = [harmonic[v] / (n - 1) for v in range(n)]
    return {"betweenness": b_times, "k-core": c_times, "clustering": t_times}, values


def compare(reference, values):
    """Largest absolute difference, per metric the tool computed."""
    return {
        metric: max((abs(a - b) for a, b in zip(reference[metric], theirs)), default=0.0)
        for metric, theirs in values.items()
    }


def tables(results):
    out = ["### Exact betweenness", "",
           "Median seconds; ratio = the tool's median over actormap's (2 threads): how many "
           "times faster actormap is.", "",
           "| graph | actors | links | tool | runs | median (s) | ratio |",
           "|---|---:|---:|---|---:|---:|---:|"]
    for row in results:
        ours = median(next(iter(row["tools"].values()))["times"]["betweenness"])
        for tool, result in row["tools"].items():
            times = result["times"]["betweenness"]
            out.append(f"| {row['graph']} | {row['actors']:,} | {row['links']:,} | {tool} | "
                       f"{len(times)} | {median(times):.3f} | {median(times) / ours:.1f}× |")
    out += ["", "### Linear-time metrics", "",
            "Median milliseconds (k-core: coreness / core_number; clustering: local "
            "clustering of every actor).", "",
            "| graph | tool | k-core (ms) | clustering (ms) |", "|---|---|---:|---:|"]
    for row in results:
        for tool, result in row["tools"].items():
            cells = []
            for metric in ("k-core", "clustering"):
                times = result["times"].get(metric)
                cells.append(f"{median(times) * 1000:.2f}" if times else "—")
            out.append(f"| {row['graph']} | {tool} | {cells[0]} | {cells[1]} |")
    out += ["", "### Agreement with actormap", "",
            "Largest absolute difference over the actors (normalised values); — where the "
            "tool does not compute the metric here.", "",
            "| graph | tool | betweenness | closeness | harmonic | k-core | clustering |",
            "|---|---|---:|---:|---:|---:|---:|"]
    for row in results:
        for tool, result in row["tools"].items():
            a = result["agreement"]
            if not a:
                continue
            cells = [f"{a[m]:.1e}" if m in a else "—"
                     for m in ("betweenness", "closeness", "harmonic", "k-core", "clustering")]
            out.append(f"| {row['graph']} | {tool} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def machine():
    def first(command, prefix):
        try:
            text = subprocess.run(command, capture_output=True, text=True).stdout
        except OSError:
            return "unknown"
        for line in text.splitlines():
            if line.strip().startswith(prefix):
                return line.split(":", 1)[1].strip()
        return "unknown"

    memory = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kib = int(f.readline().split()[1])
            memory = f"{kib / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                             capture_output=True, text=True).stdout.strip()
    if commit and changed:
        commit += " with uncommitted changes"
    lines = [
        f"- Machine: {first(['lscpu'], 'GeneratorModel name')}, {os.cpu_count()} logical CPUs, "
        f"{memory} RAM; {platform.system()} {platform.release()}",
        f"- actormap {commit or '(no git)'} built with {rustc.strip()}, rayon on every CPU "
        f"(and on one thread for comparison)",
        f"- Python {platform.python_version()}: networkx {version('networkx')}, "
        f"python-igraph {version('python-igraph')} (igraph C core, one thread), "
        f"rustworkx {version('rustworkx')} (parallel above 50 nodes)",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
