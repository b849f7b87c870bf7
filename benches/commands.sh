#!/usr/bin/env bash
# Whole commands, as a person runs them: `metrics --format json` on 1,000 actors (hyperfine),
# and `check`, `metrics --sample 256` and `dot` on 100,000 actors and 500,000 links (time and
# peak memory from GNU time, median of three runs). Prints Markdown tables for BENCHMARKS.md.
#
#   benches/commands.sh
#
# Needs hyperfine and GNU time (Debian: apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."

target="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet --bin actormap
bin="$target/release/actormap"
work="$target/commands"
mkdir -p "$work"

for spec in "sbm 1000" "ba 1000" "sbm 100000" "ba 100000"; do
    set -- $spec
    [ -f "$work/$1-$2.json" ] || "$bin" generate --actors "$2" --model "$1" --quiet -o "$work/$1-$2.json"
done

echo "| map | median | mean ± σ |"
echo "|---|---:|---:|"
for model in sbm ba; do
    hyperfine -N --warmup 3 --runs 30 --style none --export-json "$work/hyperfine.json" \
        "$bin metrics --format json $work/$model-1000.json -o $work/metrics.json" > /dev/null
    python3 - "$work/hyperfine.json" "$model-1000" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"| {sys.argv[2]} | {r['median'] * 1000:.1f} ms | {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f} ms |")
EOF
done

echo
echo "| command | sbm-100000 | ba-100000 |"
echo "|---|---:|---:|"
measure() { # the median of three runs: "seconds s, peak MB"
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" > /dev/null
        cat "$work/time.txt"
    done | sort -n | sed -n 2p | awk '{printf "%.2f s, %d MB", $1, $2 / 1024}'
}
for command in "check" "metrics --sample 256 --format json" "dot"; do
    row="| \`$command\` |"
    for model in sbm ba; do
        out="$work/out"
        case "$command" in
            # 600,000 records: past the default record limit, raised.
            check) row="$row $(measure "$bin" check "$work/$model-100000.json" --max-records 1000000) |" ;;
            *) row="$row $(measure "$bin" $command "$work/$model-100000.json" -o "$out" --max-records 1000000) |" ;;
        esac
    done
    echo "$row"
done
