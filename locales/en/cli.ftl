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
