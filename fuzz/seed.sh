#!/usr/bin/env bash
# Build each fuzz target's seed corpus (fuzz/corpus/<target>/) from the project's fixtures.
# Run from the repository root or from fuzz/: fuzz/seed.sh [path/to/actormap]
set -euo pipefail
cd "$(dirname "$0")/.."
actormap="${1:-target/release/actormap}"
[ -x "$actormap" ] || cargo build --release --quiet
corpus=fuzz/corpus
rm -rf "$corpus"
mkdir -p "$corpus"/{json_loader,analysis,dot,rules,spreadsheet,interop,kumu_sheets,folder_write}

for f in fixtures/*.json fixtures/reference/*.json fixtures/bad/*.json fixtures/warn/*.json fixtures/interop/map-*.json; do
  name=$(basename "$f")
  cp "$f" "$corpus/json_loader/$name"
  cp "$f" "$corpus/analysis/$name"
  cp "$f" "$corpus/dot/$name"
  # A selector byte: 0 reads the rest as JSON, anything else builds a map from the bytes.
  { printf '\000'; cat "$f"; } > "$corpus/folder_write/$name"
  { printf '\001'; cat "$f"; } > "$corpus/folder_write/built-$name"
done
for f in src/gaps/rules/*.json fixtures/bad-rules/*.json; do
  cp "$f" "$corpus/rules/$(basename "$f")"
done
# Spreadsheet folders, their files joined with 0xFF in the order the target splits them.
for dir in fixtures/pierre-de-saurel-aines fixtures/bad/csv-* fixtures/warn/csv-*; do
  [ -d "$dir" ] || continue
  out="$corpus/spreadsheet/$(basename "$dir")"
  : > "$out"
  first=1
  for file in actors.csv links.csv members.csv forums.csv needs.csv map.csv; do
    [ $first -eq 1 ] || printf '\377' >> "$out"
    first=0
    [ -f "$dir/$file" ] && cat "$dir/$file" >> "$out"
  done
done
# Other tools' formats: a selector byte (0 GraphML, 1 GEXF, 2 Kumu, 3 matrix), then the text.
tmp=$(mktemp -d)
for f in fixtures/pierre-de-saurel-aines.json fixtures/crd-csss-partnership.json fixtures/reference/karate.json; do
  name=$(basename "$f" .json)
  "$actormap" export "$f" --to graphml -o "$tmp/$name.graphml"
  "$actormap" export "$f" --to gexf -o "$tmp/$name.gexf"
  "$actormap" export "$f" --to kumu -o "$tmp/$name.kumu.json"
  { printf '\000'; cat "$tmp/$name.graphml"; } > "$corpus/interop/$name-graphml"
  { printf '\001'; cat "$tmp/$name.gexf"; } > "$corpus/interop/$name-gexf"
  { printf '\002'; cat "$tmp/$name.kumu.json"; } > "$corpus/interop/$name-kumu"
done
for f in fixtures/interop/*.csv; do
  { printf '\003'; cat "$f"; } > "$corpus/interop/$(basename "$f")"
done
if [ -f fixtures/interop/kumu-blueprint.json ]; then
  { printf '\002'; cat fixtures/interop/kumu-blueprint.json; } > "$corpus/interop/kumu-blueprint"
fi
# Kumu spreadsheet folders written from the maps, their files joined with 0xFF in the
# order the target splits them; also without actormap.json, and the elements alone.
for f in fixtures/*.json fixtures/reference/*.json fixtures/interop/map-*.json; do
  name=$(basename "$f" .json)
  "$actormap" export "$f" --to kumu-csv -o "$tmp/$name.kumu"
  out="$corpus/kumu_sheets/$name"
  { cat "$tmp/$name.kumu/elements.csv"; printf '\377'; cat "$tmp/$name.kumu/connections.csv"
    printf '\377'; cat "$tmp/$name.kumu/actormap.json"; } > "$out"
  { cat "$tmp/$name.kumu/elements.csv"; printf '\377'; cat "$tmp/$name.kumu/connections.csv"; } > "$out-sheets"
  cat "$tmp/$name.kumu/elements.csv" > "$out-elements"
done
rm -rf "$tmp"
for t in "$corpus"/*; do echo "$(basename "$t"): $(ls "$t" | wc -l) seeds"; done
