#!/usr/bin/env bash
# Hostile inputs and inputs at the size limit, whole commands, time and peak memory from
# GNU time. Prints the Markdown tables of BENCHMARKS.md:
#
# A. Each input that once made a command quadratic, at its size and at ten times that
#    size: wall seconds and peak RSS (`/usr/bin/time -f '%e %M'`, the median of three
#    runs; one run when it takes more than a minute) and time(10×) / time(1×). When a run
#    is stopped, the same input is also measured at a tenth of its size, so that every
#    case has a ratio for one step of 10×.
# B. Every command on maps near the 256 MiB input limit (a JSON file and a spreadsheet
#    folder made by `actormap generate`) and every import on files of that size: peak RSS
#    from `/usr/bin/time -v` ("Maximum resident set size", one run) against the target of
#    at most 8 × the input size + 200 MB. Both parts raise the record limit (100,000).
# C. The same commands and imports on inputs at the record limit whose records are as
#    short as the format allows, against the same target.
#
# A run is stopped after 300 s (HOSTILE_TIMEOUT) and when its resident memory passes the
# target (8 × its inputs + 200 MB); the tables say so.
#
#   benches/hostile.sh                  # builds the working tree, runs A, B and C
#   benches/hostile.sh --commit HEAD    # builds that commit alone (target/hostile/src)
#   benches/hostile.sh --part a         # or b, or c: one of the three
#   benches/hostile.sh --cases "7 8"    # only these cases of A (numbers as in the table)
#
# Case 9 (gaps on generated maps, one forum per 25 actors) comes after case 8 in the
# table's numbering but is measured before it.
#   benches/hostile.sh --quick          # every size divided by 100 (trying the script)
#
# Inputs are generated once into target/hostile/ and kept there. Needs GNU time
# (Debian: apt-get install time), Python 3 and about 3 GB of free disk.
set -euo pipefail
cd "$(dirname "$0")/.."

part=all
cases=
commit=
quick=
while [ $# -gt 0 ]; do
    case "$1" in
        --part) part="$2"; shift 2 ;;
        --commit) commit="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        --cases) cases="$2"; shift 2 ;;
        *) echo "usage: benches/hostile.sh [--commit REV] [--part a|b|c] [--cases LIST] [--quick]" >&2; exit 2 ;;
    esac
done

target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$PWD/$target" ;; esac # the build runs elsewhere
limit="${HOSTILE_TIMEOUT:-300}"
if [ -n "$commit" ]; then
    rev=$(git rev-parse --short "$commit")
    src="$target/hostile/src"
    rm -rf "$src" && mkdir -p "$src"
    git archive "$rev" | tar -x -C "$src"
    (cd "$src" && CARGO_TARGET_DIR="$target/hostile/build" cargo build --release --quiet --bin actormap)
    bin="$target/hostile/build/release/actormap"
    built="commit $rev"
else
    cargo build --release --quiet --bin actormap
    bin="$target/release/actormap"
    built="the working tree at $(git rev-parse --short HEAD)"
    git diff --quiet HEAD 2>/dev/null || built="$built, with uncommitted changes"
fi
work="$target/hostile"
scale=1
if [ -n "$quick" ]; then
    scale=100
    limit="${HOSTILE_TIMEOUT:-20}"
    work="$target/hostile/quick"
fi
inputs="$work/inputs"
out="$work/out"
mkdir -p "$inputs" "$out"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

echo "actormap built from $built; $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM;" \
    "$(date -u +%Y-%m-%d); runs stopped after $limit s"

# ---------------------------------------------------------------------------------------
# Running one command.

num() { printf "%d" "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; } # 1,000,000
bytes() { du -sb "$@" | awk '{n += $1} END {print n}'; }
mb() { awk -v b="$1" 'BEGIN {m = b / 1e6; printf (m >= 10 ? "%.0f MB" : (m >= 1 ? "%.1f MB" : "%.2f MB")), m}'; }
mib() { echo "$(($1 / 1048576)) MiB"; }
cap_kb() { awk -v b="$1" 'BEGIN {printf "%d", (8 * b + 200e6) / 1024}'; } # the target

watchdog() { # stop the command under time and timeout when its resident memory passes $2 KiB
    set +e +o pipefail
    local timed=$1 cap=$2 pid= rss
    while kill -0 "$timed" 2> /dev/null; do
        if [ -z "$pid" ]; then
            pid=$(pgrep -P "$(pgrep -P "$timed" | head -n 1)" 2> /dev/null | head -n 1)
        fi
        if [ -n "$pid" ]; then
            rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2> /dev/null)
            if [ "${rss:-0}" -gt "$cap" ]; then
                touch "$work/killed"
                kill -KILL "$pid"
                return
            fi
        fi
        sleep 0.2
    done
}

# run CAP_KB VERBOSE COMMAND…: one run; sets seconds, kb and status (ok, time, memory or
# "exit N" for a command that failed).
run() {
    local cap=$1 verbose=$2 timed code
    shift 2
    rm -f "$work/killed" "$work/time.txt"
    if [ "$verbose" = yes ]; then
        /usr/bin/time -v -o "$work/time.txt" timeout "$limit" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" &
    else
        /usr/bin/time -f '%e %M %x' -o "$work/time.txt" timeout "$limit" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" &
    fi
    timed=$!
    watchdog "$timed" "$cap" &
    local dog=$!
    wait "$timed" || true
    wait "$dog" || true
    if [ "$verbose" = yes ]; then
        seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
        code=$(awk -F': ' '/Exit status/ {print $2}' "$work/time.txt")
    else
        read -r seconds kb code < <(tail -n 1 "$work/time.txt")
    fi
    if [ -e "$work/killed" ]; then
        status=memory
    elif [ "$code" = 124 ]; then
        status=time
    elif [ "$code" = 0 ] || [ "$code" = 1 ]; then # 1: `check` found problems
        status=ok
    else
        status="exit $code"
        echo "warning: $* exited with $code: $(head -c 300 "$work/stderr.txt")" >&2
    fi
}

# measure CAP_KB COMMAND…: the median of three runs, or the first alone when it takes more
# than a minute or is stopped; sets seconds, kb, status and runs.
measure() {
    local cap=$1
    shift
    run "$cap" no "$@"
    runs=1
    if [ "$status" = ok ] && awk -v s="$seconds" 'BEGIN {exit !(s <= 60)}'; then
        local all="$seconds $kb"
        run "$cap" no "$@"
        all="$all"$'\n'"$seconds $kb"
        run "$cap" no "$@"
        all="$all"$'\n'"$seconds $kb"
        read -r seconds kb < <(echo "$all" | sort -n | sed -n 2p)
        runs=3
    fi
}

shown() { # the figures of the last measurement, for a table cell
    case "$status" in
        ok) awk -v s="$seconds" -v k="$kb" -v r="${runs:-1}" \
            'BEGIN {printf "%.2f s, %d MiB%s", s, k / 1024, (r == 1 ? " (one run)" : "")}' ;;
        time) echo "**stopped at $limit s**" ;;
        memory) echo "**stopped past the target, 8× + 200 MB**" ;;
        *) echo "**failed ($status)**" ;;
    esac
}

# ---------------------------------------------------------------------------------------
# A. Hostile inputs.

# hostile CASE N FILE: write the input of a case at size N.
hostile() {
    python3 - "$@" <<'EOF'
import json, os, sys
case, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if case == "fields":  # one actor with N distinct extra fields
    with open(path, "w") as f:
        f.write('{"format": "actormap/1", "name": "Fields", "actors": [{"id": "a", "name": "A", "kind": "community"')
        for i in range(n):
            f.write(',"x%07d":1' % i)
        f.write("}], \"links\": []}\n")
elif case == "long-ids":  # an actor id of N characters, a link naming it with its last one changed
    stem = "x" * (n - 1)
    json.dump({"format": "actormap/1", "name": "Long ids",
               "actors": [{"id": stem + "a", "name": "A", "kind": "community"},
                          {"id": "b", "name": "B", "kind": "community"}],
               "links": [{"source": stem + "b", "target": "b", "level": "information"}]},
              open(path, "w"))
elif case == "services":  # N actors, each with its own undeclared 1,000-character service
    needs = [{"id": "n" * 990 + "%010d" % i, "name": "Need %d" % i} for i in range(5)]
    actors = [{"id": "a%07d" % i, "name": "Organisme %d" % i, "kind": "community",
               "services": ["s" * 990 + "%010d" % i]} for i in range(n)]
    json.dump({"format": "actormap/1", "name": "Services", "needs": needs, "actors": actors,
               "links": []}, open(path, "w"))
elif case == "columns":  # a folder whose actors.csv has N extra columns
    os.makedirs(path, exist_ok=True)
    open(os.path.join(path, "map.csv"), "w").write("field,value\nformat,actormap/1\nname,Columns\n")
    with open(os.path.join(path, "actors.csv"), "w") as f:
        f.write("id,name,kind," + ",".join("x%07d" % i for i in range(n)) + "\n")
        f.write("a,A,community" + "," * n + "\n")
elif case in ("matrix", "matrix-one-id"):  # a matrix header of N names, one row
    if case == "matrix":  # names that make N different ids
        names = ["Organisme %d" % i for i in range(n)]
    else:  # names without a Latin letter or digit: every id made from them is `actor`
        cjk = [chr(0x4E00 + i) for i in range(1000)]
        names = [cjk[i // 1000] + cjk[i % 1000] for i in range(n)]
    with open(path, "w") as f:
        f.write(";" + ";".join(names) + "\n")
        f.write(names[0] + ";;1\n")
elif case == "rules":  # a rule file of N rules, each applying to every table
    json.dump({"format": "actormap-rules/1", "name": "many",
               "rules": [{"id": "r%07d" % i, "forums": {"kind": "table"},
                          "roles": [{"role": "facilitator", "min": 1}]} for i in range(n)]},
              open(path, "w"))
EOF
}

input_of() { # CASE N: the path of the input of a case at size N, generated if missing
    local case=$1 n=$2 path
    case "$case" in
        columns) path="$inputs/$case-$n" ;;
        matrix*) path="$inputs/$case-$n.csv" ;;
        generated|forums) path="$inputs/sbm-$n.json" ;;
        *) path="$inputs/$case-$n.json" ;;
    esac
    if [ ! -e "$path" ]; then
        case "$case" in
            generated|forums) "$bin" generate --actors "$n" --seed 1 --quiet -o "$path" ;;
            *) hostile "$case" "$n" "$path" ;;
        esac
    fi
    echo "$path"
}

# Parts A and B measure maps past the default record limit (100,000), which they raise.
big=(--max-records 100000000)

command_of() { # CASE INPUT: the command measured on it (in the array cmd)
    case "$1" in
        matrix*) cmd=("$bin" import -q "$2" --from matrix -o "$out/matrix.json") ;;
        rules) cmd=("$bin" gaps -q "$(input_of generated 300)" --rules "$2" --forum table-1 -o "$out/gaps.txt") ;;
        generated) cmd=("$bin" diff -q "$2" "$2" -o "$out/diff.txt") ;;
        forums) cmd=("$bin" gaps -q "$2" -o "$out/gaps.txt") ;;
        *) cmd=("$bin" check -q "$2") ;;
    esac
    cmd+=("${big[@]}")
}

cap_of() { # the memory target of a command on INPUT
    case "$1" in
        generated) cap_kb $((2 * $(bytes "$2"))) ;; # diff reads it twice
        rules) cap_kb $(($(bytes "$2") + $(bytes "$(input_of generated 300)"))) ;;
        *) cap_kb "$(bytes "$2")" ;;
    esac
}

# point CASE N: measure a case at size N; sets cell, seconds, status
point() {
    local path
    path=$(input_of "$1" "$2")
    command_of "$1" "$path"
    measure "$(cap_of "$1" "$path")" "${cmd[@]}"
    rm -rf "${out:?}"/*
    cell="$(num "$2") ($(mb "$(bytes "$path")")) | $(shown)"
}

verdict() { # ratio and verdict cells from the two measurements
    local s1=$1 st1=$2 s10=$3 st10=$4
    if [ "$st1" = ok ] && [ "$st10" = ok ]; then
        awk -v a="$s1" -v b="$s10" 'BEGIN {
            if (b < 0.1) { print "— | yes (10× under 0.1 s)"; exit }
            if (a < 0.01) a = 0.01; r = b / a;
            printf "%.1f | %s", r, (r <= 12 ? "yes" : "**no**") }'
    elif [ "$st1" = ok ] && [ "$st10" = memory ]; then
        echo "— | **no**: memory past the target"
    elif [ "$st1" = ok ]; then
        awk -v a="$s1" -v l="$limit" 'BEGIN {
            if (a < 0.01) a = 0.01; printf "> %.0f | %s", l / a, (l / a > 12 ? "**no**" : "unknown (stopped)") }'
    elif [ "$st1" = memory ]; then
        echo "— | **no**: memory past the target at 1×"
    else
        echo "— | **no** (stopped at 1×)"
    fi
}

# row LABEL COMMAND-SHOWN CASE N: a row at N and 10 × N, and one at N / 10 and N when a
# run was stopped
row() {
    local label=$1 shown_command=$2 case=$3 n=$4 c1 s1 st1 c10 s10 st10
    wanted "${label%%[a-z.]*}" || return 0
    n=$((n / scale))
    point "$case" "$n"
    c1=$cell s1=$seconds st1=$status
    if [ "$st1" = ok ]; then
        point "$case" $((n * 10))
        c10=$cell s10=$seconds st10=$status
    else
        c10="$(num $((n * 10))) | not run"
        s10=0 st10=skipped
    fi
    echo "| $label | $shown_command | $c1 | $c10 | $(verdict "$s1" "$st1" "$s10" "$st10") |"
    if [ "$st1" != ok ] || [ "$st10" != ok ]; then
        point "$case" $((n / 10))
        echo "| $label, at a tenth | $shown_command | $cell | $c1 | $(verdict "$seconds" "$status" "$s1" "$st1") |"
    fi
}

load() { echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"; }

wanted() { [ -z "$cases" ] || [[ " $cases " == *" $1 "* ]]; } # case $1 is to be run

part_a() {
    echo
    load
    echo
    echo "| case | command | 1× size (input) | 1×: time, peak RSS | 10× size (input) | 10×: time, peak RSS | time(10×) / time(1×) | near-linear (≤ 12)? |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    row "1. one actor, N distinct extra fields" "\`check\`" fields 200000
    row "2. an id of N characters, a link to it with one character changed (did you mean)" "\`check\`" long-ids 150000
    row "3. N actors, each with an undeclared 1,000-character service (5 declared needs)" "\`check\`" services 20000
    row "4. actors.csv with a header of N columns" "\`check FOLDER\`" columns 200000
    row "5a. matrix header of N names" "\`import --from matrix\`" matrix 60000
    row "5b. matrix header of N names that all make the id \`actor\`" "\`import --from matrix\`" matrix-one-id 60000
    row "6. rule file of N rules (300-actor map)" "\`gaps --rules R --forum table-1\`" rules 200000
    row "7. a generated map of N actors with itself" "\`diff MAP MAP\`" generated 20000
    row "7. (the sizes of privacy-diff.sh)" "\`diff MAP MAP\`" generated 10000
    row "9. the candidates of every forum, a generated map of N actors" "\`gaps\`" forums 10000

    # 8. What --anonymize users adds to `convert MAP -o map.json`.
    wanted 8 || return 0
    local n1=$((10000 / scale)) n10=$((100000 / scale)) n p a cells=() extra=() st=ok
    for n in "$n1" "$n10"; do
        local path
        path=$(input_of generated "$n")
        measure "$(cap_kb "$(bytes "$path")")" "$bin" convert -q "$path" -o "$out/plain.json"
        p=$seconds
        [ "$status" = ok ] || st=$status
        measure "$(cap_kb "$(bytes "$path")")" "$bin" convert -q --anonymize users "$path" -o "$out/anonymous.json"
        a=$seconds
        [ "$status" = ok ] || st=$status
        rm -rf "${out:?}"/*
        extra+=("$(awk -v a="$a" -v p="$p" 'BEGIN {printf "%.2f", a - p}')")
        cells+=("$(num "$n") ($(mb "$(bytes "$path")")) | $(printf "%+.2f" "${extra[-1]}") s ($a s against $p s), $((kb / 1024)) MiB")
    done
    echo "| 8. what \`--anonymize users\` adds, N actors | \`convert MAP -o out.json\` | ${cells[0]} | ${cells[1]} | $(verdict "${extra[0]}" "$st" "${extra[1]}" "$st") |"
}

# ---------------------------------------------------------------------------------------
# B. At the input limit.

b_cell() { # the figures of the last run against CAP_KB, for two table cells
    local cap=$1
    case "$status" in
        ok) awk -v s="$seconds" -v k="$kb" -v c="$cap" \
            'BEGIN {printf "%.1f s, %d MiB | %s", s, k / 1024, (k <= c ? "within" : "**over**")}' ;;
        time) echo "**stopped at $limit s** | —" ;;
        memory) echo "**stopped past $((cap / 1024)) MiB** | **over**" ;;
        *) echo "**failed ($status)** | —" ;;
    esac
}

part_b() {
    local json folder n_json=$((260000 / scale)) n_folder=$((1000000 / scale))
    json="$inputs/limit-$n_json.json"
    folder="$inputs/limit-$n_folder"
    [ -e "$json" ] || "$bin" generate --actors "$n_json" --seed 1 --quiet -o "$json"
    [ -e "$folder" ] || "$bin" generate --actors "$n_folder" --links-per-actor 3 --seed 1 --quiet -o "$folder/"
    local jb fb
    jb=$(bytes "$json")
    fb=$(bytes "$folder")
    echo
    load
    echo
    echo "JSON: \`generate --actors $n_json\` ($(num "$n_json") actors, about $(num $((5 * n_json))) links), $(mb "$jb"), target $(mib $((8 * jb + 200000000)));" \
        "folder: \`generate --actors $n_folder --links-per-actor 3 -o DIR/\` ($(num "$n_folder") actors, about $(num $((3 * n_folder))) links), $(mb "$fb"), target $(mib $((8 * fb + 200000000)))."
    echo
    echo "| command | JSON: time, peak RSS | within 8× + 200 MB? | folder: time, peak RSS | within 8× + 200 MB? |"
    echo "|---|---:|---|---:|---|"
    local label args suffix cells m size
    while IFS='|' read -r label args suffix; do
        cells=()
        for m in "$json" "$folder"; do
            size=$(bytes "$m")
            # shellcheck disable=SC2086 # the arguments are words
            set -- $args
            case "$1" in
                check) run "$(cap_kb "$size")" yes "$bin" check -q "$m" "${big[@]}" ;;
                diff) # reads the map twice
                    size=$((2 * size))
                    run "$(cap_kb "$size")" yes "$bin" diff -q "$m" "$m" -o "$out/out$suffix" "${big[@]}" ;;
                *) run "$(cap_kb "$size")" yes "$bin" "$@" -q "$m" -o "$out/out$suffix" "${big[@]}" ;;
            esac
            rm -rf "${out:?}"/*
            cells+=("$(b_cell "$(cap_kb "$size")")")
        done
        echo "| \`$label\` | ${cells[0]} | ${cells[1]} |"
    done <<'EOF'
check|check|
metrics --format text|metrics --format text|.txt
metrics --format json|metrics --format json|.json
metrics --format csv|metrics --format csv|.csv
gaps|gaps|.txt
diff MAP MAP|diff|.txt
convert -o out.json|convert|.json
convert -o folder/|convert|/
export --to graphml|export --to graphml|.graphml
export --to gexf|export --to gexf|.gexf
export --to kumu|export --to kumu|.json
export --to kumu-csv|export --to kumu-csv|/
dot|dot|.dot
report -o report.html (no diagram past 400 actors)|report|.html
EOF
    echo "| \`render\` | not run: $(num "$n_json") actors, above the 400 actors \`report\` draws | — | not run: $(num "$n_folder") actors | — |"

    # Imports: files of each format near the limit, exported from generated maps.
    echo
    echo "| import | input | time, peak RSS | target | within 8× + 200 MB? |"
    echo "|---|---|---:|---:|---|"
    local format n path
    for spec in "graphml 175000" "gexf 145000" "kumu 235000" "matrix 15000"; do
        set -- $spec
        format=$1
        n=$(($2 / scale))
        path="$inputs/import-$n.$format"
        if [ ! -e "$path" ]; then
            if [ "$format" = matrix ]; then
                python3 - "$n" "$path" <<'EOF'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(1)
names = ["Organisme %d" % i for i in range(n)]
with open(path, "w") as f:
    f.write(";" + ";".join(names) + "\n")
    for i, name in enumerate(names):
        row = list(";" * n)
        for j in rng.sample(range(n), 5):  # five ties a row
            if j != i:
                row[j] = ";1"
        f.write(name + "".join(row) + "\n")
EOF
            else
                "$bin" generate --actors "$n" --seed 1 --quiet -o "$out/source.json"
                "$bin" export -q "$out/source.json" --to "$format" -o "$path"
                rm -f "$out/source.json"
            fi
        fi
        size=$(bytes "$path")
        run "$(cap_kb "$size")" yes "$bin" import -q "$path" --from "$format" -o "$out/imported.json" "${big[@]}"
        rm -rf "${out:?}"/*
        local what="$(num "$n") actors"
        [ "$format" = matrix ] && what="$(num "$n") × $(num "$n"), five ties a row"
        echo "| \`--from $format\` | $what, $(mb "$size") | $(b_cell "$(cap_kb "$size")" | sed "s/ | / | $(mib $((8 * size + 200000000))) | /") |"
    done
}

# ---------------------------------------------------------------------------------------
# C. Inputs at the record limit (100,000, the default) whose records are as short as each
#    format allows: a few bytes of input become a record of a few hundred bytes, so these
#    are the inputs furthest above their size in memory.

# short FORM N M PATH: N actors and M links (or nodes and edges, elements and
# connections; for a matrix, N names and M ties in one row), each as short as FORM allows
short() {
    python3 - "$@" <<'EOF'
import os, random, sys
form, n, m, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def ident(i, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    s = ""
    while True:
        s = digits[i % 36] + s
        i //= 36
        if i == 0:
            return s
rng = random.Random(1)
def pairs():
    seen = set()
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            yield ident(a), ident(b)
if form == "folder":
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "actors.csv"), "w") as f:
        f.write("id,name,kind\n")
        f.writelines("%s,a,user\n" % ident(i) for i in range(n))
    with open(os.path.join(path, "links.csv"), "w") as f:
        f.write("source,target,level\n")
        f.writelines("%s,%s,information\n" % p for p in pairs())
elif form == "json":
    with open(path, "w") as f:
        f.write('{"format":"actormap/1","actors":[')
        f.write(",".join('{"id":"%s","name":"a","kind":"user"}' % ident(i) for i in range(n)))
        f.write('],"links":[')
        f.write(",".join('{"source":"%s","target":"%s","level":"information"}' % p for p in pairs()))
        f.write("]}")
elif form == "graphml":
    with open(path, "w") as f:
        f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">')
        f.writelines('<node id="%s"/>' % ident(i) for i in range(n))
        f.writelines('<edge source="%s" target="%s"/>' % p for p in pairs())
        f.write("</graph></graphml>")
elif form == "gexf":
    with open(path, "w") as f:
        f.write('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>')
        f.writelines('<node id="%s"/>' % ident(i) for i in range(n))
        f.write("</nodes><edges>")
        f.writelines('<edge source="%s" target="%s"/>' % p for p in pairs())
        f.write("</edges></graph></gexf>")
elif form == "kumu":
    with open(path, "w") as f:
        f.write('{"elements":[')
        f.write(",".join('{"label":"%s"}' % ident(i) for i in range(n)))
        f.write('],"connections":[')
        f.write(",".join('{"from":"%s","to":"%s"}' % p for p in pairs()))
        f.write("]}")
elif form == "matrix":
    with open(path, "w") as f:
        f.write(";" + ";".join(ident(i) for i in range(n)) + "\n")
        f.write(ident(0) + ";" + ";1" * m + "\n")
EOF
}

c_cell() { # the figures of the last run against CAP_KB, for one table cell
    local cap=$1
    case "$status" in
        ok) awk -v s="$seconds" -v k="$kb" -v c="$cap" \
            'BEGIN {printf "%.1f s, %d / %d MiB%s", s, k / 1024, c / 1024, (k <= c ? "" : " **over**")}' ;;
        time) echo "**stopped at $limit s**" ;;
        memory) echo "**stopped past $((cap / 1024)) MiB**" ;;
        *) echo "**failed ($status)**" ;;
    esac
}

part_c() {
    local n=$((${HOSTILE_RECORDS:-100000} / scale))
    local few=$((n / 5)) many=$((n * 4 / 5))
    local lim=(--max-records "$n") # the default but in --quick
    echo
    load
    echo
    echo "Inputs of $(num "$n") records as short as the format allows: A, $(num "$n") actors (\`0,a,user\`);" \
        "L, $(num "$few") actors and $(num "$many") links (\`0,1,information\`). Each cell: time, peak RSS / target."
    echo
    echo "| command | folder A | folder L | JSON A | JSON L |"
    echo "|---|---:|---:|---:|---:|"
    local maps=() form shape path
    for form in folder json; do
        for shape in A L; do
            path="$inputs/short-$shape-$n.$form"
            [ "$form" = folder ] && path="$inputs/short-$shape-$n"
            if [ ! -e "$path" ]; then
                if [ "$shape" = A ]; then short "$form" "$n" 0 "$path"; else short "$form" "$few" "$many" "$path"; fi
            fi
            maps+=("$path")
        done
    done
    local label args suffix cells m size
    while IFS='|' read -r label args suffix; do
        cells=()
        for m in "${maps[@]}"; do
            size=$(bytes "$m")
            # shellcheck disable=SC2086 # the arguments are words
            set -- $args
            case "$1" in
                check) run "$(cap_kb "$size")" yes "$bin" check -q "$m" "${lim[@]}" ;;
                diff) # reads the map twice
                    size=$((2 * size))
                    run "$(cap_kb "$size")" yes "$bin" diff -q "$m" "$m" -o "$out/out$suffix" "${lim[@]}" ;;
                *) run "$(cap_kb "$size")" yes "$bin" "$@" -q "$m" -o "$out/out$suffix" "${lim[@]}" ;;
            esac
            rm -rf "${out:?}"/*
            cells+=("$(c_cell "$(cap_kb "$size")")")
        done
        echo "| \`$label\` | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${cells[3]} |"
    done <<'EOF'
check|check|
metrics --format text|metrics --format text|.txt
metrics --format json|metrics --format json|.json
metrics --format csv|metrics --format csv|.csv
gaps|gaps|.txt
diff MAP MAP|diff|.txt
convert -o out.json|convert|.json
convert -o folder/|convert|/
export --to graphml|export --to graphml|.graphml
export --to gexf|export --to gexf|.gexf
export --to kumu|export --to kumu|.json
export --to kumu-csv|export --to kumu-csv|/
dot|dot|.dot
report -o report.html|report|.html
EOF
    echo
    echo "| import | input | time, peak RSS | target | within 8× + 200 MB? |"
    echo "|---|---|---:|---:|---|"
    local spec
    for spec in "graphml $n 0" "graphml $few $many" "gexf $n 0" "gexf $few $many" \
        "kumu $n 0" "kumu $few $many" "matrix $((n / 2)) $((n / 2 - 1))"; do
        set -- $spec
        path="$inputs/short-$2-$3.$1"
        [ -e "$path" ] || short "$1" "$2" "$3" "$path"
        size=$(bytes "$path")
        run "$(cap_kb "$size")" yes "$bin" import -q "$path" --from "$1" -o "$out/imported.json" "${lim[@]}"
        rm -rf "${out:?}"/*
        echo "| \`--from $1\` | $(num "$2") $( [ "$1" = matrix ] && echo names || echo actors), $(num "$3") ties, $(mb "$size") | $(b_cell "$(cap_kb "$size")" | sed "s/ | / | $(mib $((8 * size + 200000000))) | /") |"
    done
    # One record past the limit: refused as soon as it is read.
    path="$inputs/short-A-$((n + 1))"
    [ -e "$path" ] || short folder "$((n + 1))" 0 "$path"
    run "$(cap_kb "$(bytes "$path")")" yes "$bin" check -q "$path" "${lim[@]}"
    echo
    echo "One record past the limit (\`check\` on $(num "$((n + 1))") such actors): $(awk -v s="$seconds" -v k="$kb" 'BEGIN {printf "%.2f s, %d MiB", s, k / 1024}'), $(head -n 1 "$work/stderr.txt")"
}

case "$part" in
    a) part_a ;;
    b) part_b ;;
    c) part_c ;;
    all) part_a; part_b; part_c ;;
    *) echo "--part is a, b or c" >&2; exit 2 ;;
esac
