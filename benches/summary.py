#!/usr/bin/env python3
"""Markdown tables of the criterion benches' medians, for BENCHMARKS.md.

    cargo bench --bench metrics --bench pipeline
    python3 benches/summary.py [CRITERION_FOLDER]     # default: target/criterion

For each benchmark group, one row per function, one column per size (actors): the median
time, and for the groups measured per link (structure, coverage) the median time per link
in nanoseconds with the ratio of the largest size's to the smallest's from 1,000 actors up.
"""

import json
import os
import sys


def load(folder):
    found = {}
    for root, _dirs, files in os.walk(folder):
        if "benchmark.json" in files and os.path.basename(root) == "new":
            with open(os.path.join(root, "benchmark.json")) as f:
                bench = json.load(f)
            with open(os.path.join(root, "estimates.json")) as f:
                median = json.load(f)["median"]["point_estimate"]
            group, function = bench["group_id"], bench["function_id"]
            size = int(bench["value_str"])
            elements = (bench.get("throughput") or {}).get("Elements")
            found.setdefault(group, {}).setdefault(function, {})[size] = (median, elements)
    return found


def duration(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join("target", "criterion")
    results = load(folder)
    per_link = {"structure", "coverage"}
    for group in sorted(results):
        functions = results[group]
        sizes = sorted({s for runs in functions.values() for s in runs})
        print(f"### {group}\n")
        header = "| | " + " | ".join(f"{s:,} actors" for s in sizes) + " |"
        print(header)
        print("|---|" + "---:|" * len(sizes))
        for function in sorted(functions):
            runs = functions[function]
            cells = [duration(runs[s][0]) if s in runs else "—" for s in sizes]
            print(f"| {function} | " + " | ".join(cells) + " |")
        if group in per_link:
            print(f"\nPer link (ns), and the ratio of 100,000 actors' to 1,000's:\n")
            print("| | " + " | ".join(f"{s:,}" for s in sizes) + " | ratio |")
            print("|---|" + "---:|" * (len(sizes) + 1))
            for function in sorted(functions):
                runs = functions[function]
                ns = {s: runs[s][0] / runs[s][1] for s in sizes if s in runs and runs[s][1]}
                cells = [f"{ns[s]:.1f}" if s in ns else "—" for s in sizes]
                ratio = ns[max(ns)] / ns[1000] if 1000 in ns else float("nan")
                print(f"| {function} | " + " | ".join(cells) + f" | {ratio:.2f} |")
        print()


if __name__ == "__main__":
    main()
