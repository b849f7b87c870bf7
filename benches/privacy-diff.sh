#!/usr/bin/env bash
# `diff` and `--anonymize users` on generated maps of 10,000 and 100,000 actors (10×):
# time and peak memory from GNU time, median of three runs. `diff` compares a map with
# itself and with a perturbed copy (a tenth of a percent of the actors renamed, one link in
# a hundred removed, one in two hundred moved up a level, a new user, the services of
# one actor in a hundred in another order). Anonymisation is measured as the difference
# between `convert -o map.json` with and without `--anonymize users`. Prints Markdown
# tables for BENCHMARKS.md.
#
#   benches/privacy-diff.sh
#
# Needs GNU time (Debian: apt-get install time) and Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet --bin actormap
bin="$target/release/actormap"
work="$target/privacy-diff"
mkdir -p "$work"

for n in 10000 100000; do
    [ -f "$work/sbm-$n.json" ] || "$bin" generate --actors "$n" --seed 1 --quiet -o "$work/sbm-$n.json"
    [ -f "$work/sbm-$n-after.json" ] || python3 - "$work/sbm-$n.json" "$work/sbm-$n-after.json" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
renamed = {a["id"]: a["id"] + "-r" for a in m["actors"][::1000]}
for a in m["actors"]:
    a["id"] = renamed.get(a["id"], a["id"])
    if a.get("organization") in renamed:
        a["organization"] = renamed[a["organization"]]
for a in m["actors"][::100]:
    a["services"] = list(reversed(a.get("services", [])))
levels = ["information", "coordination", "cooperation", "collaboration"]
links = []
for i, l in enumerate(m["links"]):
    if i % 100 == 0:
        continue
    l["source"] = renamed.get(l["source"], l["source"])
    l["target"] = renamed.get(l["target"], l["target"])
    if i % 200 == 1 and l["level"] != "collaboration":
        l["level"] = levels[levels.index(l["level"]) + 1]
    links.append(l)
m["links"] = links
for f in m["forums"]:
    for s in f["members"]:
        s["actor"] = renamed.get(s["actor"], s["actor"])
m["actors"].insert(0, {"id": "new-user", "name": "Usager ajouté", "kind": "user"})
m["as_of"] = "2026-01-01"
json.dump(m, open(sys.argv[2], "w"), ensure_ascii=False)
EOF
done

measure() { # the median of three runs: "seconds s, peak MB"
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > /dev/null
        cat "$work/time.txt"
    done | sort -n | sed -n 2p | awk '{printf "%.2f s, %d MB", $1, $2 / 1024}'
}
seconds() { # the median of three runs, in seconds
    for _ in 1 2 3; do
        /usr/bin/time -f '%e' -o "$work/time.txt" "$@" > /dev/null
        cat "$work/time.txt"
    done | sort -n | sed -n 2p
}

echo "| command | sbm-10000 | sbm-100000 |"
echo "|---|---:|---:|"
row="| \`diff MAP MAP\` |"
for n in 10000 100000; do
    row="$row $(measure "$bin" diff -q "$work/sbm-$n.json" "$work/sbm-$n.json" -o "$work/out.txt") |"
done
echo "$row"
row="| \`diff MAP PERTURBED --format json\` |"
for n in 10000 100000; do
    row="$row $(measure "$bin" diff -q --format json "$work/sbm-$n.json" "$work/sbm-$n-after.json" -o "$work/out.json") |"
done
echo "$row"
row="| \`diff MAP PERTURBED --anonymize users\` |"
for n in 10000 100000; do
    row="$row $(measure "$bin" diff -q --anonymize users "$work/sbm-$n.json" "$work/sbm-$n-after.json" -o "$work/out.txt") |"
done
echo "$row"
row="| \`check MAP\` (reading alone) |"
for n in 10000 100000; do
    row="$row $(measure "$bin" check -q "$work/sbm-$n.json") |"
done
echo "$row"

echo
echo "| \`convert MAP -o out.json\` | sbm-10000 | sbm-100000 |"
echo "|---|---:|---:|"
plain=()
anonymous=()
for n in 10000 100000; do
    plain+=("$(seconds "$bin" convert -q "$work/sbm-$n.json" -o "$work/plain.json")")
    anonymous+=("$(seconds "$bin" convert -q --anonymize users "$work/sbm-$n.json" -o "$work/anonymous.json")")
done
echo "| as it is | ${plain[0]} s | ${plain[1]} s |"
echo "| \`--anonymize users\` | ${anonymous[0]} s | ${anonymous[1]} s |"
echo "| added by anonymisation | $(echo "${anonymous[0]} - ${plain[0]}" | bc) s | $(echo "${anonymous[1]} - ${plain[1]}" | bc) s |"
