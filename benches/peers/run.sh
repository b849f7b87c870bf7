#!/usr/bin/env bash
# The peer comparison: actormap against NetworkX, python-igraph and rustworkx on the same
# generated maps. Installs the peers (pinned in requirements.txt) into a virtual
# environment under the target folder, builds actormap in release, and prints a Markdown
# table of median times, ratios and agreement (see BENCHMARKS.md).
#
#   benches/peers/run.sh                  # the committed table (NetworkX at 10,000 actors: minutes)
#   benches/peers/run.sh --quick          # smaller graphs, for a try
#   benches/peers/run.sh --help           # every option
#
# Needs python3 (with venv) and cargo; the first run downloads the peers from PyPI.
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${CARGO_TARGET_DIR:-target}"
venv="$target/peers-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r benches/peers/requirements.txt
cargo build --release --quiet --bin actormap --example peer-timings
exec "$venv/bin/python" benches/peers/run.py --target "$target" "$@"
