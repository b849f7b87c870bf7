# cli: what the `actormap` command says itself: its errors, and the options to use
# where the library's words say what to do.

cli-error = actormap: error: { $message }
cli-errors-above = { $count ->
    [one] actormap: 1 error above; fix it and run again
   *[other] actormap: { $count } errors above; fix them and run again
}

## Hints: the option or command that does what the library's words ask

cli-hint-max-depth = the nesting limit is set with --max-depth LEVELS
cli-hint-max-input-bytes = the size limit is set with --max-input-bytes BYTES
cli-hint-max-records = the record limit is set with --max-records N
cli-hint-default-kind = the kind taken is set with --default-kind KIND
cli-hint-level = the level taken is set with --level LEVEL
cli-hint-print-rules = `actormap gaps --print-rules proximity-services` prints a rule set to start from
cli-hint-forum-ties = co-membership is counted because of --with-forum-ties; leave it out
cli-hint-focus-forum = the diagram is limited to the forum by --forum; leave it out to draw more
cli-hint-focus-kinds = the kinds shown are set with --kinds
cli-hint-image-format = `actormap dot` writes DOT text
cli-hint-graphviz = `actormap dot` writes the DOT text without it
cli-hint-actormap-sheets = every command reads it as it is (e.g. `actormap convert FOLDER -o map.json`)
cli-hint-no-diagram = to write the report without the diagram, add --no-diagram

## What the command line asks that cannot be done

cli-error-import-format = say which format { $input } is in with --from graphml, gexf, kumu, kumu-csv or matrix
cli-error-export-format = say which format to write with --to graphml, gexf, kumu or kumu-csv (the output { $output } does not end in .graphml or .gexf)
cli-error-kumu-csv-output = kumu-csv writes a folder (elements.csv, connections.csv): give it with -o FOLDER
cli-error-metrics-for-kumu = --with-metrics adds attributes to GraphML and GEXF nodes; for Kumu, compute them in Kumu, or join the output of `actormap metrics --format csv`
cli-error-gaps-needs-forum = --highlight gaps needs --forum ID: the forum whose members and candidates to draw
cli-error-report-format = { $output }: a report is written as .html or .md
cli-error-max-depth = write a number from 1 to { $max }
cli-error-sample = write a number of sources of 1 or more (--exact gives every value exactly)
cli-error-lang = unknown language { $value }; use one of: { $accepted }
cli-error-stdout-closed = standard output is closed, so the output would be lost; write it to a file with -o FILE, or leave standard output open

## What the command says of itself

cli-report-too-many-actors = actormap: the map has { $count } actors, too many to draw legibly in a report; the report leaves the diagram out (draw parts of it with actormap render --forum or --focus)

## Progress bars, on standard error: what is being done, then how far it has gone

cli-progress-reading-map = reading the map
cli-progress-reading-maps = reading the snapshots
cli-progress-reading-input = reading the file
cli-progress-checking-map = checking the map
cli-progress-writing-map = writing the map
cli-progress-generating = drawing the map
cli-progress-building-diagram = building the diagram
cli-progress-writing-dot = writing DOT
cli-progress-drawing = drawing with Graphviz
cli-progress-shortest-paths = shortest paths
cli-progress-metrics = computing the metrics
cli-progress-gaps = looking for missing partners
cli-progress-comparing = comparing the snapshots
cli-progress-writing-report = writing the report
# `$share` done so far, `$elapsed` and `$eta` (time left) as short durations ("3s").
cli-progress = { NUMBER($share, style: "percent") } { $elapsed } (about { $eta } left)

## Help (`--help`). For a command <cmd> (`actormap` is the command itself):
## cli-<cmd>-about, cli-<cmd>-examples (one a line, never past 78 characters; a long one
## goes on with `\` and an indented line), cli-<cmd>-notes (paragraphs, one line each,
## which the help wraps), cli-<cmd>-exit-codes (else cli-exit-codes), and the help of each
## argument: cli-<cmd>-arg-<arg>, else cli-diagram-arg-<arg> for dot and render, else
## cli-arg-<arg>. Value names are cli-value-<name>.

cli-examples-heading = Examples:
cli-exit-codes = Exit codes: 0 fine, 2 the command failed.

cli-actormap-about = Map the partners and stakeholders of a territory.
cli-actormap-examples =
    actormap check map.json
    actormap convert map.json -o my-map/
    actormap metrics map.json --lang fr
    actormap render map.json -o map.svg --cluster-by organization
cli-actormap-notes =
    Every command's --help shows examples and its exit codes. The help is in the language given by --lang anywhere on the command line, else by the ACTORMAP_LANG environment variable (en or fr), else in English; clap's own headings (Usage, Options) stay in English.
cli-actormap-exit-codes = Exit codes: 0 fine, 1 the check found problems, 2 the command failed.
cli-help-about = Print this message or the help of the given subcommand(s)

## Arguments that mean the same in every command

cli-arg-map = The map: a JSON file, a spreadsheet folder (or one of its CSV files), or - for JSON on standard input.
cli-arg-max-input-bytes = Largest input accepted, in bytes.
cli-arg-max-records = Most records accepted in one input: actors, links, forums, members and needs together, or rows, nodes and edges.
cli-arg-max-depth = Deepest nesting of lists and objects accepted in JSON (at most 1000).
cli-arg-output = Write to this file instead of standard output (written whole or not at all, never over an input).
cli-arg-quiet = Show no progress bar. Without it, work that lasts more than a second shows one on standard error, when standard error is a terminal.
cli-arg-format = Output format.
cli-arg-min-level = Only links at this level or above count as ties.
cli-arg-with-forum-ties = Count sitting in the same forum as a tie.
cli-arg-anonymize = Replace user actors by pseudonyms (User 1, User 2, …) in the output.
cli-arg-pseudonyms = With --anonymize: the file that keeps each user's pseudonym from one run to the next (created when missing, read and updated when present), so that snapshots compared in different runs pair the same people. It names the users: keep it with the map, not with the outputs.
cli-anonymized-problems = { $count ->
    [one] { $count } problem about a service user's own record in { $map } is not shown; run actormap check on the map to see it
   *[other] { $count } problems about service users' own records in { $map } are not shown; run actormap check on the map to see them
}
cli-arg-rules = Composition rules: a built-in rule set's name or a rule file (repeatable).
cli-arg-help = Print help
    .more = Print help (see more with '--help')
    .summary = Print help (see a summary with '-h')
cli-arg-version = Print version

## Value names

cli-value-actor = ACTOR
cli-value-by = BY
cli-value-bytes = BYTES
cli-value-chars = CHARS
cli-value-earlier = EARLIER
cli-value-file = FILE
cli-value-format = FORMAT
cli-value-forum = FORUM
cli-value-id = ID
cli-value-input = INPUT
cli-value-k = K
cli-value-kind = KIND
cli-value-kinds = KINDS
cli-value-lang = LANG
cli-value-layout = LAYOUT
cli-value-level = LEVEL
cli-value-levels = LEVELS
cli-value-m = M
cli-value-map = MAP
cli-value-metric = METRIC
cli-value-model = MODEL
cli-value-n = N
cli-value-name = NAME
cli-value-name-file = NAME|FILE
cli-value-out = OUT
cli-value-s = S
cli-value-what = WHAT
cli-value-who = WHO

## actormap check

cli-check-about = Check a map and list every problem, errors and warnings, with where each is.
cli-check-arg-strict = Treat warnings as problems too (exit 1 when there are any).
cli-check-arg-lang = Language of the problems and the summary: en or fr.
cli-check-examples =
    actormap check map.json
    actormap check saurel/                    (a spreadsheet folder)
    cat map.json | actormap check -
    actormap check map.json --format json
    actormap check map.json --lang fr         (problems in French)
cli-check-exit-codes = Exit codes: 0 no error (warnings may be listed), 1 errors found (or warnings, with --strict), 2 the map could not be read at all (missing file, bad option).

## actormap convert

cli-convert-about = Convert a map between JSON and a spreadsheet folder (chosen by the output name).
cli-convert-arg-output = Where to write: a .json file, - for standard output, or a folder for spreadsheets.
cli-convert-arg-anonymize = Replace user actors by pseudonyms (User 1, User 2, …) in the copy.
cli-convert-arg-lang = Language of the messages and of the pseudonyms given by --anonymize: en or fr.
cli-convert-examples =
    actormap convert map.json -o saurel/        (JSON to spreadsheets)
    actormap convert saurel/ -o saurel.json     (spreadsheets to JSON)
    actormap convert saurel/actors.csv -o -     (JSON on standard output)
cli-convert-notes =
    An output ending in .json (or -) is JSON; any other output is a folder of CSV files (actors.csv, links.csv, members.csv, forums.csv, needs.csv, map.csv). Files are written whole or not at all, and never over the input.

## actormap dot and actormap render: what to draw, and how

cli-diagram-arg-lang = Language of the legend and titles: en or fr.
cli-diagram-arg-cluster-by = Group actors into boxes (an actor in several forums goes in the first).
cli-diagram-arg-size-by = Size actors by a metric.
cli-diagram-arg-forum = Only this forum's members and the ties among them (a forum id).
cli-diagram-arg-focus = Only this actor and its neighbourhood (an actor id); see --depth.
cli-diagram-arg-depth = With --focus: how many ties away to go.
cli-diagram-arg-min-level = Only links at this level or above.
cli-diagram-arg-kinds = Only actors of these kinds (comma-separated).
cli-diagram-arg-highlight = Mark actors and ties: isolation = actors with no tie or one tie, articulation points (double border) and bridges (heavier lines), found in the whole map as --min-level and --kinds show it (not only in what --forum or --focus keep); gaps = with --forum, its members and the actors to invite (dashed), who are then drawn too.
cli-diagram-arg-top = With --highlight gaps: how many candidates to draw.
cli-diagram-arg-no-legend = Leave out the legend.
cli-diagram-arg-wrap = Wrap names at this many characters (0: never).
cli-diagram-arg-anonymize = Replace user actors' names with "User 1", "User 2"… in map order.

cli-dot-about = Write the map as a Graphviz DOT diagram (no Graphviz needed).
cli-dot-examples =
    actormap dot map.json -o map.dot
    actormap dot map.json --cluster-by organization --highlight isolation
    actormap dot map.json --forum table-aines       (a forum and its ties)
    actormap dot map.json --focus carrefour-aidants --depth 2
    actormap dot map.json --min-level cooperation --kinds public,community
    actormap dot map.json --anonymize users | dot -Tsvg > map.svg
cli-dot-notes =
    Writes Graphviz DOT text; Graphviz is not needed. Names are written exactly as in the map, as labels only. --focus draws an actor's neighbourhood, --depth ties away. To draw an image directly, use `actormap render`.

cli-render-about = Draw the map as an SVG, PNG or PDF image with Graphviz.
cli-render-arg-output = The image to write: .svg, .png or .pdf (written whole or not at all, never over the input).
cli-render-arg-layout = Graphviz layout engine.
cli-render-examples =
    actormap render map.json -o map.svg --cluster-by organization \
        --highlight isolation
    actormap render map.json -o "carte des acteurs.png" --lang fr
    actormap render map.json -o map.pdf --layout fdp --cluster-by forum
cli-render-notes =
    The format follows the output's extension: .svg, .png or .pdf. Needs Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz); `actormap dot` does not.

## actormap metrics

cli-metrics-about = Coverage and isolation metrics, with findings a facilitator can read aloud.
cli-metrics-arg-format = Output format: a text report, every metric as JSON, or one CSV row per actor.
cli-metrics-arg-min-level = Only links at this level or above count: information, coordination, cooperation or collaboration.
cli-metrics-arg-with-forum-ties = Two actors who sit in the same forum are tied (co-membership).
cli-metrics-arg-lang = Language of the findings and of the text report: en or fr.
cli-metrics-arg-anonymize = Replace user actors' names and ids with "User 1", "User 2"… in map order.
cli-metrics-arg-sample = Estimate the all-pairs metrics from K sources drawn with --seed (exact when K is at least the number of actors).
cli-metrics-arg-exact = Search from every actor, however large the map (no automatic sampling above 20,000 actors).
cli-metrics-arg-seed = Seed the sources are drawn with, when sampled: the same seed, the same report.
cli-metrics-examples =
    actormap metrics map.json
    actormap metrics map.json --lang fr                  (findings in French)
    actormap metrics map.json --format json -o m.json    (every metric)
    actormap metrics map.json --format csv -o actors.csv (one row per actor)
    actormap metrics map.json --min-level cooperation    (closer ties only)
    actormap metrics map.json --with-forum-ties          (forums make ties)
    actormap metrics map.json --anonymize users          (User 1, User 2…)
    actormap metrics big.json --sample 512 --seed 7      (512 sources)
cli-metrics-notes =
    Betweenness, closeness, harmonic centrality, diameter and average path length take one search from every actor. Above 20,000 actors they are estimated from 256 sources drawn with --seed, unless --exact is given; --sample K asks for K sources on any map. The report says so (a headline line in text, "sampling" in JSON, an "estimated" column in CSV); every other metric stays exact.

    The text report gives the headline figures, then the findings (warnings, what to discuss, for information), then the main brokers. Metrics run on the undirected simple graph of the ties; see the README for what each one tells a facilitator.
cli-metrics-exit-codes = Exit codes: 0 the report was written, 2 the command failed.

## actormap report

cli-report-about = The report to hand out: diagram, indicators, findings, forums, whom to invite.
cli-report-arg-before = An earlier snapshot of the same map: the report says what changed since.
cli-report-arg-output = The report to write: .html (one self-contained file) or .md (with the diagram as an .svg beside it). Written whole or not at all, never over an input.
cli-report-arg-lang = Language of the report: en or fr.
cli-report-arg-anonymize = Replace user actors by pseudonyms (User 1, User 2, …) everywhere in the report.
cli-report-arg-no-diagram = Leave the diagram out (no Graphviz needed).
cli-report-arg-top = How many candidates to invite to list per forum.
cli-report-examples =
    actormap report map.json -o report.html
    actormap report map.json --before 2025.json -o report.html --lang fr
    actormap report map.json -o report.md      (and report.svg beside it)
    actormap report map.json -o report.html --anonymize users --no-diagram
cli-report-notes =
    One self-contained HTML file: open it in any browser, without network access; it prints on A4 or Letter. The diagram needs Graphviz; --no-diagram leaves it out (and a map of more than 400 actors is not drawn: render parts of it with --forum or --focus).

## actormap diff

cli-diff-about = Compare snapshots of a map: what changed, and the indicators side by side.
cli-diff-arg-maps = The snapshots, earliest first: JSON files or spreadsheet folders.
cli-diff-arg-format = Output format (csv gives the indicators, one row per snapshot).
cli-diff-arg-lang = Language of the sentences and labels: en or fr.
cli-diff-arg-min-level = Only links at this level or above count as ties, for the indicators.
cli-diff-arg-with-forum-ties = Count sitting in the same forum as a tie, for the indicators.
cli-diff-examples =
    actormap diff before.json after.json
    actormap diff before.json after.json --lang fr --format json -o diff.json
    actormap diff 2025.json 2026-05.json 2026-11.json       (a time series)
    actormap diff 2025.json 2026-05.json 2026-11.json --format csv \
        -o indicators.csv
cli-diff-notes =
    Actors are matched by id; an id that disappears while an actor with the same name appears is reported as a likely rename and compared as one actor. With more than two snapshots, the indicators are given side by side (text table, CSV or JSON).

## actormap gaps

cli-gaps-about = Missing partners: composition rules a forum does not meet, whom to invite, gaps.
cli-gaps-arg-forum = Only this forum: its rules and whom to invite to it.
cli-gaps-arg-print-rules = Print a built-in rule set (a starting point for your own) and stop.
cli-gaps-arg-top = How many candidates to list per forum.
cli-gaps-arg-lang = Language of the sentences: en or fr.
cli-gaps-examples =
    actormap gaps map.json --forum table-aines
    actormap gaps map.json --forum table-aines --lang fr --top 8
    actormap gaps map.json --rules strategic-community --format json
    actormap gaps --print-rules proximity-services > my-rules.json
    actormap gaps map.json --rules my-rules.json
cli-gaps-notes =
    Without --rules, the built-in rule sets whose forum kinds appear in the map are applied (strategic-community: action-group, management-group; proximity-services: table, initiative). --rules takes a built-in name or a rule file.

## actormap export

cli-export-about = Write the map for another tool: GraphML, GEXF (Gephi) or Kumu.
cli-export-arg-to = The format to write; by default the output's extension decides (.graphml, .gexf).
    .graphml = GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    .gexf = GEXF 1.3 (Gephi), with the kinds' colours.
    .kumu = Kumu's JSON blueprint.
    .kumu-csv = Kumu's spreadsheet layout: a folder with elements.csv and connections.csv.
cli-export-arg-output = Where to write: a file, - for standard output, or a folder for kumu-csv.
cli-export-arg-with-metrics = Add each actor's metrics (degree, betweenness, closeness…, as `actormap metrics` computes them on every tie) as attributes of the nodes (GraphML and GEXF).
cli-export-arg-anonymize = Replace user actors' names and ids with "User 1", "User 2"… in map order.
cli-export-arg-lang = Language of the messages and of the pseudonyms given by --anonymize: en or fr.
cli-export-examples =
    actormap export map.json -o map.graphml     (Gephi, yEd, Cytoscape, igraph…)
    actormap export map.json -o map.gexf --with-metrics
    actormap export map.json --to kumu -o kumu.json      (drop it on a Kumu map)
    actormap export map.json --to kumu-csv -o kumu/
    actormap export map.json --to graphml --anonymize users > map.graphml
cli-export-notes =
    The format is --to, or the output's extension (.graphml, .gexf). Every actor, link, kind and level is kept, and importing the file again gives the map back (see `actormap import`). Files are written whole or not at all, never over the input.

## actormap import

cli-import-about = Read a map from another tool: GraphML, GEXF, Kumu or an adjacency matrix.
cli-import-arg-input = The file to read (a folder for kumu-csv), or - for standard input.
cli-import-arg-from = Its format; by default its name decides (see below).
    .graphml = GraphML (Gephi, yEd, Cytoscape, NetworkX, igraph).
    .gexf = GEXF 1.1 to 1.3 (Gephi).
    .kumu = Kumu's JSON blueprint or project export.
    .kumu-csv = Kumu's spreadsheet layout: a folder with elements.csv and connections.csv.
    .matrix = A square table of names with a tie in each cell.
cli-import-arg-output = Where to write the map: a .json file, - for standard output, or a folder for spreadsheets.
cli-import-arg-default-kind = The kind of actors whose kind the input does not say (every actor of a matrix).
cli-import-arg-level = The level of ties whose level the input does not say (a 1 or an x in a matrix, a connection without a type).
cli-import-arg-lang = Language of the warnings and errors: en or fr.
cli-import-examples =
    actormap import saurel.graphml -o saurel.json
    actormap import reseau.gexf -o reseau.json
    actormap import kumu-project.json --from kumu -o map.json
    actormap import kumu/ --from kumu-csv -o map.json       (Kumu's spreadsheets)
    actormap import table.csv --from matrix -o table.json \
        --default-kind community --level coordination
cli-import-notes =
    The format is --from, or the input's name: .graphml, .gexf, .json (Kumu), a folder or elements.csv (Kumu spreadsheets), any other .csv (an adjacency matrix). Warnings (kinds or levels assumed, connections entered twice and merged) are printed on standard error; review them with `actormap check`. An input with errors (a cell, row or element that cannot be read, each with its line) writes nothing.

    An output ending in .json (or -) is JSON; any other output is a spreadsheet folder. Files are written whole or not at all, never over the input.
cli-import-exit-codes = Exit codes: 0 the map was written (perhaps with warnings), 2 it was not.

## actormap generate

cli-generate-about = Generate a synthetic map of any size: for trying the tool, and for benchmarks.
cli-generate-arg-actors = Number of actors.
cli-generate-arg-seed = Seed of the pseudo-random sequence: the same seed gives the same map.
cli-generate-arg-model = How the links are drawn: sbm, a stochastic block model with the territories as communities (dense within, sparse across); ba, Barabási–Albert preferential attachment (a few very connected hubs).
cli-generate-arg-links-per-actor = Links per actor (the Barabási–Albert model's m): about N × M links in all.
cli-generate-arg-output = Where to write: a .json file, - for standard output, or a folder for spreadsheets.
cli-generate-arg-lang = Language of the messages: en or fr.
cli-generate-examples =
    actormap generate --actors 1000 -o map.json      (territories as communities)
    actormap generate --actors 10000 --model ba --seed 7 -o ba.json
    actormap generate --actors 300 -o map/           (as a spreadsheet folder)
    actormap generate --actors 50 | actormap metrics -
cli-generate-notes =
    Every actor, link and forum is invented: about 40% public bodies (directions of a few establishments sharing an organization), 35% community organisations, 15% private companies and 10% users; territories, sectors, needs, links mostly at coordination and cooperation level (some directed referrals), tables, action groups and initiatives with two co-leads. The same options give the same map, byte for byte. An output ending in .json (or -, the default) is JSON; any other output is a folder of CSV files.
cli-generate-exit-codes = Exit codes: 0 the map was written, 2 the command failed.
cli-error-out-of-memory = the machine has no more memory to give: nothing was written. Close other programs, or work on a smaller map (one territory, or --min-level to keep the closer ties)
