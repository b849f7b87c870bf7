# check: the problems of a map (`problem-<code>`, with `.help`), the errors of the
# library (`error-…`) and how a check prints them (`check-…`).

## How problems are printed

check-severity = { $severity ->
    [error] error
   *[warning] warning
}
check-problem = { $severity }: { $location }: { $message }
check-problem-nowhere = { $severity }: { $message }
check-problem-repeated = { $severity }: { $file }: { $message } on { $count } lines: { $lines }{ $more ->
    [yes] , …
   *[no] {""}
}
check-problem-repeated-nowhere = { $severity }: { $message } on { $count } lines: { $lines }{ $more ->
    [yes] , …
   *[no] {""}
}
check-json-too-deep = lists and objects are nested more than { $limit } levels deep; if the file is genuine, raise the nesting limit (up to { $max })
check-help = help: { $help }
# A problem on one line, as an error quotes it.
check-problem-inline = { $location }: { $problem }
check-problem-with-help = { $message } ({ $help })
check-location-line = line { $line }
check-location-line-path = line { $line }: { $path }
check-location-id = (id { $id })
check-summary = { $map }: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
check-summary-clean = { $map }: no problems found
check-reason-too-deep = lists and objects nested more than { $limit } levels deep
check-reason-huge-number = { $value } is too large a number (at most ±1.8e308)
check-reason-duplicate-key = key { $key } is written twice in the same object; keep one of them

## Problems, by code

problem-assumed-kind = { $source ->
    [matrix] an adjacency matrix
    [graphml] the GraphML file
    [gexf] the GEXF file
    [kumu] the Kumu blueprint
   *[kumu-sheets] the Kumu sheets
} does not say the kind of actor { $id }; taken as { $kind-code }
    .help = set its kind (public, community, private or user) in the map, or import again with another default kind; accepted words: { $words } (or { $also })
problem-assumed-level = { $source ->
    [matrix] an adjacency matrix
    [graphml] the GraphML file
    [gexf] the GEXF file
    [kumu] the Kumu blueprint
   *[kumu-sheets] the Kumu sheets
} does not say the level of a tie of { $id }; taken as { $level-code }
    .help = set its level (information, coordination, cooperation or collaboration) in the map, or import again with another default level
problem-bad-cell = row { $row }, column { $column }: { $value } is not a tie
    .help = leave the cell empty or write 0 for no tie; 1 or x for a tie; a level: { $levels }; or a level's rank from 1 to 4
problem-bad-csv = { $shape ->
    [header] the header line cannot be read: { $reason }
    [matrix-header] the first row cannot be read: { $reason }
   *[row] the row cannot be read: { $reason }
}
    .help = { $shape ->
        [matrix-header] check the quotes in the first row
        [matrix-row] check the quotes in the row
       *[other] {""}
    }
problem-bad-date = { $field } { $value } is not a date
    .help = write dates as YYYY-MM-DD (or YYYY-MM, YYYY)
problem-bad-json-cell = { $shape ->
    [field] field { $column } holds { $value }, which is not JSON: { $reason }
   *[column] column { $column } holds { $value }, which is not JSON: { $reason }
}
    .help = { $shape ->
        [field] write a JSON value, or drop the :json suffix to keep it as text
       *[column] write a JSON value (a number, true, "text" in quotes, [a, list]), or drop the :json suffix to keep the column as text
    }
problem-bad-map-data = { $shape ->
    [graph] the graph's { $what ->
        [needs] needs
       *[forums] forums
    } cannot be read: { $reason }
    [records] the map's own data (name, needs, forums) also holds { $count ->
        [one] { $count } actor or link, which is
       *[other] { $count } actors and links, which are
    } not read from there
   *[document] the map's own data (name, needs, forums) cannot be read: { $reason }
}
    .help = { $shape ->
        [records] actors and links are read from the elements and connections (or the nodes and edges) only; move them there
        [graph] it must be a JSON list of { $what ->
            [needs] needs
           *[forums] forums
        }, as actormap writes it; fix it or remove it
       *[document] it must be an { $format } JSON document; fix it or remove it
    }
problem-bad-number = { $shape ->
    [size-range] size min { $min } is more than max { $max }
    [size-empty] size gives neither min nor max
    [min-zero] min 0 asks for nothing
    [exactly-and-range] give either exactly, or min and max, not both
    [no-count] the rule does not say how many { $role }
   *[range] min { $min } is more than max { $max }
}
    .help = { $shape ->
        [size-empty] write {"{"}"min": 8, "max": 12{"}"}
        [min-zero] use a min of 1 or more
        [no-count] add "exactly", "min" or "max"
       *[other] {""}
    }
problem-bad-rule = { $shape ->
    [no-kinds] the list of kinds is empty
   *[json] { $reason }
}
    .help = { $shape ->
        [no-kinds] use some of: { $accepted }
       *[json] see the rule format of the built-in rule sets (proximity-services, strategic-community)
    }
problem-bad-value = { $shape ->
    [number] { $field } is { $value }, too large a number
   *[value] a value cannot be read: { $reason }
}
    .help = { $shape ->
        [number] write numbers within ±1.8e308
       *[value] write numbers within ±1.8e308 and plain JSON values
    }
problem-bad-weight = weight { $weight } is not a number of zero or more
    .help = write a weight of zero or more, or leave it out
problem-control-character = { $shape ->
    [attribute] free attribute { $attribute } holds a control character (U+{ $code })
    [field-no-breaks] { $field } { $value } holds a control character or a line break (U+{ $code })
   *[field] { $field } { $value } holds a control character (U+{ $code })
}
    .help = { $shape ->
        [attribute] remove it: it is kept as it is, and outputs meant for people show it
       *[other] remove it: a terminal or a spreadsheet could act on it, and no one can see it
    }
problem-duplicate-connection = { $directed ->
    [yes] { $what ->
        [edge] the edge
       *[connection] the connection
    } from { $source } to { $target }
   *[no] { $what ->
        [edge] the edge
       *[connection] the connection
    } between { $source } and { $target }
} ({ $shape ->
    [kind] { $level-code }, kind { $kind }
   *[plain] { $level-code }
}) repeats the one at { $first }; the two are merged into one
    .help = delete one of them, or give them different types if they are two ties
problem-duplicate-field = { $shape ->
    [attribute] attribute { $field } is given twice; the first is kept
    [map-field] field { $field } is given twice (first at line { $first })
   *[json] field { $field } is written twice in the same record
}
    .help = { $shape ->
        [attribute] keep one of them
       *[json] keep one of them; only the first is read
    }
problem-duplicate-header = column { $column } appears twice in the header line
    .help = keep one of them, or rename the other
problem-duplicate-id = { $shape ->
    [matrix] { $name } names two columns ({ $first } and { $second })
    [rule] rule id { $id } is used twice
    [unchecked] actor id { $id } is used twice
   *[record] { $what ->
        [need] need
        [forum] forum
       *[actor] actor
    } id { $id } is used twice (first at { $first })
}
    .help = { $shape ->
        [matrix] give each actor one column; if they are two actors, tell them apart
        [rule] {""}
        [unchecked] validate the map and fix its errors first
       *[record] give each its own id; if they are the same, merge them
    }
problem-duplicate-key = key { $key } is declared twice; the first is used
    .help = give each key its own id
problem-duplicate-link = { $shape ->
    [kind] the link of kind { $kind } between { $source } and { $target } is entered twice (first at { $first })
   *[plain] the link between { $source } and { $target } is entered twice (first at { $first })
}
    .help = keep one; analyses count the pair once, at its highest level
problem-duplicate-member = { $actor } is listed twice among the members of forum { $forum }
    .help = keep one entry; give it the most specific role
problem-duplicate-row = row { $name } repeats the one at line { $first }; its ties are merged into it
    .help = keep one row per actor
problem-dynamic-values = some attributes have several values over time; only the first of each is read
    .help = an actor map is one moment: export one snapshot per date from Gephi
problem-empty-file = { $shape ->
    [matrix] the matrix is empty
    [matrix-header] the first row names no actor
   *[sheet] the file is empty
}
    .help = { $shape ->
        [matrix] its first row names the actors: an empty cell, then one name per column
        [matrix-header] the first row names the actors: an empty cell, then one name per column, separated by { $delimiter }
       *[sheet] its first line must name the columns: { $columns }
    }
problem-empty-header = column { $column } has no name in the header line
    .help = name every column, or delete the empty column
problem-empty-id = { $shape ->
    [cell] the { $column } cell is empty
    [node] a node has no id
    [rule] the rule has an empty id
   *[record] { $what ->
        [need] need
        [forum] forum
       *[actor] actor
    } has an empty id
}
    .help = { $shape ->
        [cell] fill in the { $name } column
        [node] give every <node> an id
        [rule] give it a short id; findings name it
       *[record] give it a short unique id, e.g. from its name { $name }
    }
problem-empty-name = { $shape ->
    [cell] the { $column } cell is empty
    [matrix] column { $column } has no name in the first row
    [element] an element has no label
    [label] the "Label" cell is empty
   *[record] { $what ->
        [need] need
        [forum] forum
       *[actor] actor
    } { $id } has an empty name
}
    .help = { $shape ->
        [cell] fill in the { $name } column
        [matrix] name every column, or delete the empty column
        [element] give every element a label
        [label] give every element a label
       *[record] write the name people know it by
    }
problem-confusable-id = { $what ->
    [need] need
    [forum] forum
   *[actor] actor
} id { $id } looks like { $other } on screen but is not the same id: it holds invisible characters or letters of another alphabet that look like Latin ones
    .help = if both are the same { $what ->
        [need] need
        [forum] forum
       *[actor] actor
    }, retype this id with plain letters; otherwise give them clearly different ids
problem-look-alike-id = { $what ->
    [need] need
    [forum] forum
   *[actor] actor
} id { $id } looks the same as { $other } but is written with different Unicode characters (accents composed differently)
    .help = retype one of them so both are written the same way, or give them clearly different ids
problem-missing-column = the header line has no column { $missing } (found: { $found }; delimiter { $delimiter })
    .help = the first line must name the columns, e.g. { $columns }
problem-missing-field = { $shape ->
    [cell] the { $column } cell is empty
    [edge] an edge has no source or no target
    [connection] a connection has no "from" or no "to"
   *[json] the { $what ->
        [need] need
        [actor] actor
        [link] link
        [forum] forum
       *[member] member
    } has no { $field }
}
    .help = { $shape ->
        [cell] fill in the { $name } column
        [edge] give every <edge> a source and a target node id
        [connection] give every connection the elements it joins: "from" and "to"
       *[json] add "{ $name }": "…"
    }
problem-missing-format = the map does not say its format
    .help = add "format": "{ $format }" at the top
problem-more-problems = … and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
} like the { $shown } above ({ $code })
    .help = fix those first; the rest are probably the same mistake
problem-no-graph = { $format ->
    [gexf] the GEXF file
   *[graphml] the GraphML file
} holds no <graph>
    .help = export the graph again from { $format ->
        [gexf] Gephi
       *[graphml] the tool
    }
problem-not-gexf = the document is <{ $root }>, not GEXF (<gexf>)
    .help = export the graph as GEXF from Gephi, or choose the format that matches the file
problem-not-graphml = the document is <{ $root }>, not GraphML (<graphml>)
    .help = export the graph as GraphML from the tool, or choose the format that matches the file
problem-not-json = { $error }
problem-not-kumu = { $shape ->
    [no-elements] the blueprint has no "elements"
   *[not-object] a Kumu blueprint is an object: {"{"}"elements": [...], "connections": [...]{"}"}
}
    .help = { $shape ->
        [no-elements] a Kumu blueprint is an object: {"{"}"elements": [...], "connections": [...]{"}"}
       *[not-object] export the project from Kumu as JSON, or choose the format that matches the file
    }
problem-not-utf8 = { $error }
problem-not-xml = not well-formed XML: { $shape ->
        [dtd] the file has a document type declaration (DTD), which { $format } does not use and which is not read
        [unclosed] the element { $element } is not closed before the end of the file
        [entity] the entity { $entity } is none of the five XML defines (amp, lt, gt, quot, apos) nor a character reference
        [outside-root] there is text or an element outside the root element
        [no-root] the file has no root element
        [name] { $name } is not an XML name (a letter, an underscore or a colon first, then letters, digits, dots, hyphens, underscores or colons)
        [less-than] an attribute value holds <, which XML allows there only escaped, as the entity lt
       *[reader] { $reason }
    }
    .help = the file must be { $format } as written by a graph tool; a text editor or `xmllint --noout FILE` shows the exact spot (line { $line }, column { $column })
problem-reordering-character = { $field } { $value } holds a character that reorders how text is shown (U+{ $code })
    .help = remove it unless the name needs it: the text may read differently from what it holds
problem-self-loop = { $shape ->
    [matrix] { $actor } has a tie with itself; it is skipped
   *[link] link from { $actor } to itself
}
    .help = { $shape ->
        [matrix] leave the diagonal empty
       *[link] remove it, or set the target to the partner meant
    }
problem-similar-names = { $name } looks like the same organisation as { $other } (id { $other-id })
    .help = if they are one organisation, merge them into one actor; if not, make the names tell them apart
problem-spelling-variants = { $what ->
    [sector] sector
    [organization] organisation
    [territory] territory
    [link-kind] link kind
    [forum-kind] forum kind
    [role] role
   *[need] need
} { $value } differs from { $other } (first at { $first }) only in case, spaces or how its accents are encoded: the two are counted as one
    .help = write it the same way everywhere
problem-skipped-graph = { $shape ->
    [several] the file holds more than one graph; only the first is read
    [nested] node { $id } holds a nested graph, which is not read
   *[hierarchy] node { $id } holds nodes of its own (a hierarchy), which are not read
}
    .help = { $shape ->
        [several] export each graph to its own file
        [nested] flatten the graph in the tool before exporting
       *[hierarchy] flatten the hierarchy in Gephi before exporting
    }
problem-skipped-hyperedge = hyperedges (ties among more than two nodes) are not read
    .help = a tie among several actors is a forum in an actor map; add it as one
problem-too-deep = { $error }
problem-unknown-actor = { $shape ->
    [matrix-unnamed] the row has no name in its first cell
    [matrix-row] row { $reference } is not one of the columns
    [unchecked] { $reference } is not the id of any actor
   *[reference] { $field } { $reference } is not the id of any actor
}
    .help = { $shape ->
        [unchecked] validate the map and fix its errors first
       *[other] { $hint ->
            [closest] did you mean { $suggestion }?
            [name] did you mean { $suggestion } (the id of { $name })?
           *[none] { $shape ->
                [reference] add the actor, or correct the id
               *[other] write the row's name as it is in the first row, or add a column for it
            }
        }
    }
problem-unknown-column = column { $column } is not one the format knows; it is kept as a free attribute
    .help = did you mean { $suggestion }?
problem-unknown-element = the connection's { $end ->
    [from] start (from)
   *[to] end (to)
} { $name } is not an element of the map
    .help = { $hint ->
        [closest] did you mean { $suggestion }?
       *[none] add the element, or correct the name (an element's id or label)
    }
problem-unknown-forum = forum { $forum } is not in forums.csv
    .help = { $hint ->
        [closest] did you mean { $suggestion }?
       *[none] add the forum to forums.csv, or correct the id
    }
problem-unknown-key = data refers to key { $key }, which is not declared; it is skipped
    .help = declare the key with <key id=… attr.name=…> at the top of the file
problem-unknown-kind = { $shape ->
    [kumu] type { $value } is not a kind of actor
   *[other] unknown kind { $value }
}
    .help = { $hint ->
        [closest] did you mean { $suggestion }? Otherwise use one of: { $accepted } (or the same words in French)
       *[none] { $shape ->
            [code] use one of: { $accepted } (or the same words in French)
           *[other] use one of: { $accepted } (or { $also })
        }
    }
problem-unknown-level = { $shape ->
    [kumu] type { $value } is not a level of collaboration
   *[other] unknown level { $value }
}
    .help = { $hint ->
        [closest] did you mean { $suggestion }? Otherwise use one of: { $accepted } (or the same words in French)
       *[none] { $shape ->
            [rank] use one of: { $accepted }; or a rank from 1 to 4
           *[other] use one of: { $accepted } (or the same words in French)
        }
    }
problem-unknown-need = need { $need } is not declared in the map's needs
    .help = { $hint ->
        [closest] did you mean { $suggestion }?
       *[none] declare it under "needs", or correct the id
    }
problem-unknown-role = unknown role { $role }
    .help = { $hint ->
        [closest] did you mean { $suggestion }? (roles the practice invents can be listed under "roles" at the top of the rule set)
       *[none] use one of: { $roles }; or list it under "roles" at the top of the rule set
    }
problem-unsupported-format = { $shape ->
    [rules] unsupported rule format { $value }
   *[other] unsupported format { $value }
}
    .help = { $shape ->
        [newer] this version of actormap reads "{ $format }"; upgrade actormap
        [sheet] this version of actormap reads "{ $format }"
        [rules] a rule set says "format": "{ $format }"
       *[other] an actor map says "format": "{ $format }"
    }
problem-unused-file = { $shape ->
    [read-instead] file { $file } is not read; the map is read from { $suggestion }
   *[unknown] file { $file } is not read; a spreadsheet folder is read from { $files } only
}
    .help = { $shape ->
        [read-instead] if it holds part of the map, move that part into { $suggestion }; then move the file out of the folder
       *[unknown] if it is { $suggestion }, rename it; otherwise move it out of the folder
    }
problem-wrong-cell-count = the row has { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
} but { $shape ->
    [matrix] the first row names { $columns ->
        [one] 1 actor
       *[other] { $columns } actors
    }
   *[sheet] the header line has { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    }
}
    .help = { $shape ->
        [matrix] give every row one cell per column (check for a stray delimiter)
       *[sheet] give every row one cell per column (check for a stray delimiter or a missing quote)
    }
problem-wrong-type = { $shape ->
    [record] { $what ->
        [map] the map
        [need] a need
        [actor] an actor
        [link] a link
        [forum] a forum
       *[member] a member
    } must be an object {"{"}…{"}"}, found { $found ->
        [text] text
        [object] an object
        [list] a list
        [boolean] true/false
        [null] null
       *[number] a number
    }
    [field] { $field } must be { $expected ->
        [text] text
        [texts] a list of texts ["…", "…"]
        [list] a list [...]
        [boolean] true or false
       *[number] a number
    }, found { $found ->
        [text] text
        [object] an object
        [list] a list
        [boolean] true/false
        [null] null
       *[number] a number
    }
    [sheet-directed] directed { $value } is not yes or no
    [sheet-weight] weight { $value } is not a number
    [attribute] attribute { $attribute } holds { $value }, which is not { $expected ->
        [boolean] true or false
        [whole] a whole number
        [number] a number
       *[json] JSON ({ $reason })
    }
    [weight] weight { $value } is not a number
    [directed] directed { $value } is not true or false
    [kumu-text] { $field } must be text, found { $value }
    [direction] direction { $value } is not directed, undirected or mutual
    [kumu-list] { $field } must be a list [...]
   *[kumu-record] { $what ->
        [element] an element
       *[connection] a connection
    } must be an object {"{"}…{"}"}
}
    .help = { $shape ->
        [record] { $what ->
            [map] an actor map is an object: {"{"}"format": "{ $format }", "actors": [...], "links": [...]{"}"}
           *[other] {""}
        }
        [sheet-directed] write true or false (yes/no, oui/non, 1/0), or leave it empty for no
        [sheet-weight] write a number such as 2 or 1.5, or leave the cell empty
        [attribute] { $format ->
            [gexf] fix the value, or declare the attribute with another type
           *[graphml] fix the value, or declare the key with another attr.type
        }
        [weight] write a number such as 2 or 1.5
        [directed] write true or false
        [kumu-text] write the { $name } as text
        [direction] write directed, undirected or mutual
        [kumu-list] write the { $what ->
            [elements] elements
           *[connections] connections
        } as a list of objects
        [kumu-record] write the { $what ->
            [element] element
           *[connection] connection
        } as {"{"}"label": "…", …{"}"}
       *[field] {""}
    }

## Errors of the library

error-unknown-value = unknown value { $value }; use one of: { $accepted }
error-standard-input = standard input
error-io = could not { $action ->
    [read] read
    [read-folder] read the folder
    [write] write
    [create-folder] create the folder
    [create-temporary] create a temporary file beside
   *[write-output] write to standard output
} { $path }: { $reason }
error-io-stream = could not { $action ->
    [read] read
    [read-folder] read the folder
    [write] write
    [create-folder] create the folder
    [create-temporary] create a temporary file
   *[write-output] write to standard output
}: { $reason }
error-json = { $path }:{ $line }:{ $column }: not valid JSON: { $reason }; fix the file (a JSON validator or editor shows the exact spot) and run again
error-not-utf8 = { $path }:{ $line }: the text is not UTF-8; save the spreadsheet or file as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8) or re-encode it as UTF-8
error-too-deep = { $path }:{ $line }: lists and objects are nested more than { $limit } levels deep; if the file is genuine, raise the nesting limit (up to { $max })
error-too-large = { $path } is larger than the limit of { $limit } bytes; if the file is genuine, raise the input size limit
error-too-many-records = { $path }{ $line }: the input holds more than { $limit } records (actors, links, forums, members, needs, or rows, nodes and edges); if the file is genuine, raise the record limit
error-invalid = { $errors ->
    [one] the map has 1 error
   *[other] the map has { $errors } errors, every one listed in the error
}
error-invalid-first = { $errors ->
    [one] the map has 1 error: { $first }
   *[other] the map has { $errors } errors, every one listed in the error; the first: { $first }
}
error-not-found = no { $what ->
    [forum] forum
    [need] need
   *[actor] actor
} with id { $id } in the map
error-not-found-suggestion = no { $what ->
    [forum] forum
    [need] need
   *[actor] actor
} with id { $id } in the map; did you mean { $suggestion }?
error-overwrites-input = refusing to write { $path } over its own input; choose another output file
error-cannot-write-over = cannot write { $path }: { $found ->
    [file] it is a file, and a folder of files is written here; name a new folder, or a folder that holds a map
    [folder] it is a folder; name a file
    [fifo] it is a FIFO, and a folder of files is written here; name a new folder
    [char-device] it is a device, and a folder of files is written here; name a new folder
    [block-device] it is a block device (a disk), not a file; name a file
    [socket] it is a socket, not a file; name a file
    [symlink-loop] its symbolic links lead back to themselves; fix the links, or name another file
   *[other] it is neither a file nor a folder; name a file
}
error-folder-holds-other = cannot replace the folder { $folder }: it holds { $entry }, which is not part of the map written there; write to a new or empty folder, or move { $entry } elsewhere
error-no-such-folder = cannot write { $path }: the folder { $folder } does not exist; create it first
error-not-a-folder = { $layout ->
    [kumu] { $path } is not a folder; Kumu spreadsheets are read from a folder holding elements.csv (and connections.csv)
   *[actormap] { $path } is not a folder; a spreadsheet map is a folder holding actors.csv (and links.csv, members.csv, …)
}
error-not-a-file = { $path } is { $found ->
    [folder] a folder
    [pipe] a named pipe
    [device] a device
    [socket] a socket
    [broken-link] a link to nothing
    [link-loop] a link that leads back to itself
   *[other] something other
}, not a file; a spreadsheet map keeps { $name } as a CSV file
error-unwritable-item = { $file } cannot hold { $item } in the { $column } of { $id }: a list cell separates items with | and trims them, so the item would not be read back as it is; rename it without | and without spaces at its ends, or keep the map as JSON
error-no-actors-sheet = { $folder } has no actors.csv; a spreadsheet map is a folder holding actors.csv (id,name,kind,…) and optionally links.csv, members.csv, forums.csv, needs.csv, map.csv
error-no-elements-sheet = { $actors ->
    [yes] { $folder } has no elements.csv; save Kumu's element sheet as elements.csv (columns Label, Type, …) and its connection sheet as connections.csv (From, To, Type, …); it holds actors.csv, so it is actormap's own spreadsheet form, which is read as a map as it is, not imported
   *[no] { $folder } has no elements.csv; save Kumu's element sheet as elements.csv (columns Label, Type, …) and its connection sheet as connections.csv (From, To, Type, …)
}
error-csv = could not write CSV: { $reason }
error-too-many-forum-ties = counting sitting in the same forum as a tie would add up to { $ties } ties (forum { $forum } alone has { $members } members), more than the { $limit } this view allows; leave co-membership out of the view, or split the forum
error-focus-outside-forum = actor { $actor } does not sit in forum { $forum }; focus on one of its members, or do not limit the diagram to the forum
error-focus-kind-left-out = actor { $actor } is a { $kind-code } actor, a kind the diagram leaves out; add it to the kinds shown
error-highlight-needs-forum = marking whom to invite needs a forum: limit the diagram to the forum they would join
error-attribute-values = the added attribute { $name } has { $values ->
    [one] 1 value
   *[other] { $values } values
} but the map has { $actors ->
    [one] 1 actor
   *[other] { $actors } actors
}; give one value (or none) per actor, in map order
error-attribute-name = the added attribute { $name } has the name of another attribute of the actors (or no name); give it another name
error-not-xml-character = { $record }: { $field ->
    [name] its name
    [id] its id
    [territory] its territory
    [as_of] its date
    [description] its description
    [organization] its organization
    [sector] its sector
    [services] its services
    [source] its source
    [target] its target
    [kind] its kind
    [notes] its notes
    [since] its start date
    [until] its end date
    [needs] its needs
    [member] a member's id
    [role] a member's role
    [attribute-name] the name of attribute { $attribute }
    [attribute] attribute { $attribute }
   *[value] a value
} holds the control character U+{ $code }, which XML cannot carry; remove it from the map and export again (Kumu JSON can carry it)
error-record = { $record ->
    [map] the map
    [need] need { $id }
    [actor] actor { $id }
    [forum] forum { $id }
    [added-attribute] the added attribute { $id }
   *[link] link { $number } (from { $source } to { $target })
}
error-empty-graphml-id = actor { $name } has an empty id, which GraphML cannot write; give it an id
error-not-pseudonyms = { $path } is not a file of pseudonyms ({ $reason }); give a file this tool wrote, or the name of a new one, which is then created
error-too-few-snapshots = a time series needs two snapshots or more
error-too-big-to-generate = { $what ->
    [actors] cannot generate { $actors } actors: the most is { $max-actors }
   *[links] cannot generate { $actors } actors with { $per } links each: the most is { $max-links } links in all (actors × links per actor)
}
error-unknown-image-format = cannot tell the image format of { $path }: name the file with one of the extensions svg, png, pdf (or write DOT text, which needs no Graphviz)
error-graphviz-missing = Graphviz is not installed (the `dot` program was not found). Install it (Debian/Ubuntu: `apt-get install graphviz`; macOS: `brew install graphviz`; Windows: `winget install graphviz`) — DOT text needs no Graphviz.
error-graphviz = Graphviz could not draw the diagram
error-graphviz-said = Graphviz could not draw the diagram: { $reason }
error-graphviz-timed-out = Graphviz was still drawing the diagram after { $seconds } s and was stopped: the map is too large or too dense to draw whole. Draw a part of it (one forum, some kinds of actors), or allow more time with the environment variable ACTORMAP_GRAPHVIZ_SECONDS.
error-graphviz-out-of-memory = Graphviz needed more than the { $megabytes } MiB of memory it may use and was stopped: the map is too large or too dense to draw whole. Draw a part of it (one forum, some kinds of actors), or allow more memory with the environment variable ACTORMAP_GRAPHVIZ_MEMORY_MB.
