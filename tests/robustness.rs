//! Hostile input never crashes the tool, floods its output, injects into what it writes,
//! or loses a file: generated giant inputs, formula and control characters, interrupted
//! writes, and the privacy of user partners in every output.

mod common;

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

/// The record limit raised for maps made large on purpose.
const BIG: [&str; 2] = ["--max-records", "10000000"];

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_ten_megabyte_name_is_read_and_a_bigger_file_refused() {
    let dir = tempfile::tempdir().unwrap();
    let long = "é".repeat(5 * 1024 * 1024); // 10 MB of UTF-8
    let map = write(
        dir.path(),
        "long.json",
        &format!(
            r#"{{"format": "actormap/1", "actors": [{{"id": "a", "name": "{long}", "kind": "public"}}]}}"#
        ),
    );
    actormap().arg("check").arg(&map).assert().code(0);
    actormap()
        .arg("check")
        .arg(&map)
        .args(["--max-input-bytes", "1000000"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "is larger than the limit of 1,000,000 bytes",
        ))
        .stderr(predicates::str::contains("--max-input-bytes"));
}

#[test]
fn a_million_member_forum_and_a_million_faults_stay_readable() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(
        r#"{"format": "actormap/1", "actors": [{"id": "a", "name": "A", "kind": "public"}, {"id": "b", "name": "B", "kind": "user"}], "forums": [{"id": "table", "name": "Table", "members": ["#,
    );
    for i in 0..1_000_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(if i % 2 == 0 {
            r#"{"actor":"a"}"#
        } else {
            r#"{"actor":"b"}"#
        });
    }
    text.push_str("]}], \"links\": [");
    for i in 0..1_000_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            r#"{{"source":"a","target":"x{i}","level":"information"}}"#
        ));
    }
    text.push_str("]}");
    let map = write(dir.path(), "huge.json", &text);
    // Two million records: past the default limit, which the map's owner raises.
    let out = actormap()
        .arg("check")
        .arg(&map)
        .args(["--max-records", "3000000"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // 100 of each kind, then one line each saying how many more.
    let lines = stdout
        .lines()
        .filter(|l| l.starts_with("error:") || l.starts_with("warning:"))
        .count();
    assert_eq!(
        lines,
        2 * (actormap::io::MAX_PROBLEMS_PER_KIND + 1),
        "{}",
        &stdout[..500]
    );
    assert!(stdout.contains("… and 999,900 more problems like the 100 above (unknown-actor)"));
    assert!(stdout.contains("… and 999,898 more problems like the 100 above (duplicate-member)"));
}

/// One input of each form holding `count` records as short as it allows (`count` odd),
/// with the file and line of its last record.
fn short_records(
    dir: &Path,
    form: &str,
    count: usize,
) -> (std::path::PathBuf, &'static str, usize) {
    let ids = |n: usize| (0..n).map(|i| format!("a{i}")).collect::<Vec<_>>();
    match form {
        "folder" => {
            let folder = dir.join("folder");
            std::fs::create_dir(&folder).unwrap();
            let rows: String = ids(count)
                .iter()
                .map(|id| format!("{id},a,user\n"))
                .collect();
            write(&folder, "actors.csv", &format!("id,name,kind\n{rows}"));
            (folder, "actors.csv", count + 1)
        }
        "links" => {
            // Two actors, then links between them.
            let folder = dir.join("links");
            std::fs::create_dir(&folder).unwrap();
            write(&folder, "actors.csv", "id,name,kind\na,A,user\nb,B,user\n");
            let rows = "a,b,information\n".repeat(count - 2);
            write(
                &folder,
                "links.csv",
                &format!("source,target,level\n{rows}"),
            );
            (folder, "links.csv", count - 1)
        }
        "json" => {
            let actors: Vec<String> = ids(count)
                .iter()
                .map(|id| format!("{{\"id\":\"{id}\",\"name\":\"a\",\"kind\":\"user\"}}"))
                .collect();
            let text = format!(
                "{{\"format\":\"actormap/1\",\"actors\":[\n{}]}}",
                actors.join(",\n")
            );
            (write(dir, "map.json", &text), "map.json", count + 1)
        }
        "members" => {
            // An actor, a forum, and the forum's members, one a line from line 3.
            let members = vec!["{\"actor\":\"a\"}"; count - 2].join(",\n");
            let text = format!(
                "{{\"format\":\"actormap/1\",\"actors\":[{{\"id\":\"a\",\"name\":\"A\",\"kind\":\"user\"}}],\n\"forums\":[{{\"id\":\"t\",\"name\":\"T\",\"members\":[\n{members}]}}]}}"
            );
            (write(dir, "forum.json", &text), "forum.json", count)
        }
        "graphml" => {
            let nodes: String = ids(count)
                .iter()
                .map(|id| format!("<node id=\"{id}\"/>\n"))
                .collect();
            let text = format!(
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\">\n{nodes}</graph></graphml>"
            );
            (write(dir, "map.graphml", &text), "map.graphml", count + 2)
        }
        "gexf" => {
            let nodes: String = ids(count)
                .iter()
                .map(|id| format!("<node id=\"{id}\"/>\n"))
                .collect();
            let text = format!(
                "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes>\n{nodes}</nodes></graph></gexf>"
            );
            (write(dir, "map.gexf", &text), "map.gexf", count + 1)
        }
        "kumu" => {
            let elements: Vec<String> = ids(count)
                .iter()
                .map(|id| format!("{{\"label\":\"{id}\"}}"))
                .collect();
            let text = format!("{{\"elements\":[\n{}]}}", elements.join(",\n"));
            (write(dir, "kumu.json", &text), "kumu.json", count + 1)
        }
        "kumu-targets" => {
            // Elements on line 1, then one connection naming the others: each target
            // after its first is one more link.
            let e = count.div_ceil(2);
            let elements: Vec<String> = ids(e)
                .iter()
                .map(|id| format!("{{\"label\":\"{id}\"}}"))
                .collect();
            let targets = ids(e)[1..].join("|");
            let text = format!(
                "{{\"elements\":[{}],\n\"connections\":[{{\"from\":\"a0\",\"to\":\"{targets}\"}}]}}",
                elements.join(",")
            );
            (write(dir, "kumu.json", &text), "kumu.json", 2)
        }
        "matrix" => {
            // A header of names, then one row tied to every other name.
            let names = ids(count.div_ceil(2));
            let ties = ";1".repeat(names.len() - 1);
            let text = format!(";{}\n{};{ties}\n", names.join(";"), names[0]);
            (write(dir, "matrix.csv", &text), "matrix.csv", 2)
        }
        _ => unreachable!("{form}"),
    }
}

#[test]
fn records_past_the_limit_are_refused_where_they_start_and_the_limit_raised_reads_them() {
    let n = 2_000;
    for form in [
        "folder",
        "links",
        "json",
        "members",
        "graphml",
        "gexf",
        "kumu",
        "kumu-targets",
        "matrix",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (input, file, line) = short_records(dir.path(), form, n + 1);
        let run = |limit: usize| {
            let mut command = actormap();
            match form {
                "folder" | "links" | "json" | "members" => command.arg("check").arg(&input),
                "kumu-targets" => command
                    .args(["import", "--from", "kumu", "-o", "-"])
                    .arg(&input),
                _ => command
                    .args(["import", "--from", form, "-o", "-"])
                    .arg(&input),
            };
            let out = command
                .args(["--max-records", &limit.to_string()])
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            (out.status.code(), stderr)
        };
        let (code, stderr) = run(n);
        assert_eq!(code, Some(2), "{form}: {stderr}");
        let place = format!("{file}:{line}: the input holds more than 2000 records");
        assert!(stderr.contains(&place), "{form}: {stderr}");
        assert!(stderr.contains("--max-records N"), "{form}: {stderr}");
        // The same input, read with one record more allowed.
        let (code, stderr) = run(n + 1);
        assert!(!stderr.contains("records ("), "{form}: {stderr}");
        assert!(matches!(code, Some(0 | 1)), "{form}: {stderr}");
    }
    // In French, with the place.
    let dir = tempfile::tempdir().unwrap();
    let (input, _, _) = short_records(dir.path(), "folder", 11);
    actormap()
        .args(["check", "--lang", "fr", "--max-records", "10"])
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "actors.csv:12\u{a0}: l'entrée compte plus de 10 enregistrements",
        ))
        .stderr(predicates::str::contains("--max-records N"));
}

#[test]
fn csv_outputs_neutralise_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let map = write(
        dir.path(),
        "formulas.json",
        r#"{"format": "actormap/1", "as_of": "2025-01-01", "name": "=HYPERLINK(\"http://x\")",
            "actors": [{"id": "=cmd", "name": "=1+1", "kind": "public"},
                       {"id": "b", "name": "@SUM(A1)", "kind": "community", "note": "+33"}],
            "links": [{"source": "=cmd", "target": "b", "level": "coordination", "notes": "-2"}]}"#,
    );
    let metrics = actormap()
        .arg("metrics")
        .arg(&map)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let metrics = String::from_utf8(metrics.stdout).unwrap();
    assert!(
        metrics.contains("'=cmd,'=1+1,public") && metrics.contains("'@SUM(A1)"),
        "{metrics}"
    );

    let folder = dir.path().join("sheets");
    actormap()
        .arg("convert")
        .arg(&map)
        .arg("-o")
        .arg(&folder)
        .assert()
        .code(0);
    let actors = std::fs::read_to_string(folder.join("actors.csv")).unwrap();
    let links = std::fs::read_to_string(folder.join("links.csv")).unwrap();
    for line in actors.lines().chain(links.lines()) {
        for cell in line.split(',') {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "{cell:?} in {line:?}"
            );
        }
    }
    // And the spreadsheet reads back as it was written.
    let back = actormap::read_path(&folder).unwrap();
    assert_eq!(back, actormap::read_path(&map).unwrap());

    let series = actormap()
        .arg("diff")
        .arg(&map)
        .arg(&map)
        .args(["--format", "csv"])
        .output()
        .unwrap();
    let series = String::from_utf8(series.stdout).unwrap();
    assert!(series.contains("'=HYPERLINK"), "{series}");
}

#[test]
fn control_characters_never_reach_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let map = write(
        dir.path(),
        "escape.json",
        "{\"format\": \"actormap/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A\\u001b]0;pwned\\u0007\", \"kind\": \"public\"}]}",
    );
    for command in ["check", "metrics", "dot", "gaps"] {
        for lang in ["en", "fr"] {
            let out = actormap()
                .arg(command)
                .arg(&map)
                .args(["--lang", lang])
                .output()
                .unwrap();
            for stream in [&out.stdout, &out.stderr] {
                assert!(
                    !stream.contains(&0x1b) && !stream.contains(&0x07),
                    "{command} --lang {lang} wrote a control character"
                );
            }
            assert_ne!(out.status.code(), Some(0), "{command} accepted the map");
        }
    }
    // JSON keeps the text as it is, escaped the JSON way.
    let out = actormap()
        .args(["check", "--format", "json"])
        .arg(&map)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problem = &report["problems"][0];
    assert_eq!(problem["args"]["value"]["quoted"], "A\u{1b}]0;pwned\u{7}");
    assert_eq!(
        problem["message"],
        "name \"A\\u{1b}]0;pwned\\u{7}\" holds a control character (U+001B)"
    );
}

#[test]
fn an_interrupted_write_leaves_the_previous_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    // A map big enough that reading and writing it takes a while.
    let mut text = String::from(r#"{"format": "actormap/1", "actors": ["#);
    for i in 0..150_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!(
            r#"{{"id":"a{i}","name":"Organisme {i}","kind":"community","sector":"santé"}}"#
        ));
    }
    text.push_str("], \"links\": [");
    for i in 1..150_000 {
        if i > 1 {
            text.push(',');
        }
        text.push_str(&format!(
            r#"{{"source":"a{}","target":"a{i}","level":"coordination"}}"#,
            i / 2
        ));
    }
    text.push_str("]}");
    let map = write(dir.path(), "big.json", &text);
    let out = dir.path().join("out.json");
    let previous = "{\"previous\": true}\n";
    let complete = {
        let done = dir.path().join("complete.json");
        actormap()
            .arg("convert")
            .arg(&map)
            .arg("-o")
            .arg(&done)
            .args(BIG)
            .assert()
            .code(0);
        std::fs::read(done).unwrap()
    };
    let bin = assert_cmd::cargo::cargo_bin("actormap");
    let staging = |dir: &Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().starts_with(".actormap-"))
    };
    let mut interrupted = 0;
    for round in 0..5 {
        std::fs::write(&out, previous).unwrap();
        let mut child = std::process::Command::new(&bin)
            .arg("convert")
            .arg(&map)
            .arg("-o")
            .arg(&out)
            .args(BIG)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill it while it writes: as soon as its temporary file is there, or at once
        // on every other round (while it reads).
        if round % 2 == 0 {
            while !staging(dir.path()) && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_micros(200));
            }
        }
        let killed = child.try_wait().unwrap().is_none();
        let _ = child.kill();
        let _ = child.wait();
        interrupted += usize::from(killed);
        let now = std::fs::read(&out).unwrap();
        assert!(
            now == previous.as_bytes() || now == complete,
            "round {round}: the output is neither the previous file nor the new one ({} bytes)",
            now.len()
        );
        // A killed run can leave its temporary file behind (nothing runs after SIGKILL);
        // it is hidden and never the output.
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if name.starts_with(".actormap-") {
                std::fs::remove_file(dir.path().join(name)).unwrap();
            }
        }
    }
    assert!(
        interrupted >= 3,
        "the runs ended before they could be interrupted"
    );
}

#[test]
fn anonymized_outputs_name_no_user_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let after = "fixtures/pierre-de-saurel-aines-2026.json";
    let before = "fixtures/pierre-de-saurel-aines.json";
    let map = actormap::read_path(after).unwrap();
    let mut secrets: Vec<String> = Vec::new();
    for a in map
        .actors
        .iter()
        .filter(|a| a.kind == actormap::ActorKind::User)
    {
        secrets.push(a.name.clone());
        secrets.push(a.id.clone());
        secrets.push(a.name.split([' ', ',']).next().unwrap().to_owned());
    }
    let folder = dir.path().join("sheets");
    let runs: Vec<Vec<String>> = vec![
        vec!["metrics".into(), after.into()],
        vec![
            "metrics".into(),
            after.into(),
            "--format".into(),
            "json".into(),
        ],
        vec![
            "metrics".into(),
            after.into(),
            "--format".into(),
            "csv".into(),
        ],
        vec![
            "gaps".into(),
            after.into(),
            "--format".into(),
            "json".into(),
        ],
        vec!["diff".into(), before.into(), after.into()],
        vec![
            "diff".into(),
            before.into(),
            after.into(),
            "--format".into(),
            "json".into(),
        ],
        vec!["dot".into(), after.into()],
        vec![
            "export".into(),
            after.into(),
            "--to".into(),
            "graphml".into(),
            "-o".into(),
            "-".into(),
        ],
        vec![
            "export".into(),
            after.into(),
            "--to".into(),
            "gexf".into(),
            "-o".into(),
            "-".into(),
        ],
        vec![
            "export".into(),
            after.into(),
            "--to".into(),
            "kumu".into(),
            "-o".into(),
            "-".into(),
        ],
        vec!["convert".into(), after.into(), "-o".into(), "-".into()],
        vec![
            "convert".into(),
            after.into(),
            "-o".into(),
            folder.display().to_string(),
        ],
    ];
    for args in runs {
        let out = actormap()
            .args(&args)
            .args(["--anonymize", "users"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut text = String::from_utf8(out.stdout).unwrap();
        if args.last().is_some_and(|a| a.ends_with("sheets")) {
            for file in std::fs::read_dir(&folder).unwrap() {
                text.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap());
            }
        }
        assert!(!text.is_empty(), "{args:?}");
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{args:?} shows {secret:?}");
        }
    }
}

/// A folder with a good `actors.csv`, for cases that put something odd beside it.
fn sheet_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "actors.csv",
        "id,name,kind\nsad,CISSSME — SAD,public\ncarrefour,Carrefour,community\n",
    );
    dir
}

/// `check` on a folder: exit code, standard output, standard error.
fn check_folder(dir: &Path) -> (Option<i32>, String, String) {
    let out = actormap().arg("check").arg(dir).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[cfg(unix)]
#[test]
fn a_sheet_that_is_a_broken_link_a_loop_or_a_folder_is_an_error_naming_it() {
    use std::os::unix::fs::symlink;
    /// What stands in a sheet's place, made in a folder.
    type Make<'a> = &'a dyn Fn(&Path);
    let cases: [(&str, Make, &str); 4] = [
        (
            "links.csv",
            &|dir| symlink(dir.join("gone.csv"), dir.join("links.csv")).unwrap(),
            "a link to nothing",
        ),
        (
            "links.csv",
            &|dir| symlink(dir.join("links.csv"), dir.join("links.csv")).unwrap(),
            "a link that leads back to itself",
        ),
        (
            "members.csv",
            &|dir| {
                symlink(dir.join("b.csv"), dir.join("a.csv")).unwrap();
                symlink(dir.join("a.csv"), dir.join("b.csv")).unwrap();
                symlink(dir.join("a.csv"), dir.join("members.csv")).unwrap();
            },
            "a link that leads back to itself",
        ),
        // Found whatever its case, as files are.
        (
            "Links.CSV",
            &|dir| std::fs::create_dir(dir.join("Links.CSV")).unwrap(),
            "a folder",
        ),
    ];
    for (name, make, what) in cases {
        let dir = sheet_folder();
        make(dir.path());
        let (code, stdout, stderr) = check_folder(dir.path());
        let file = dir.path().join(name);
        let sheet = name.to_lowercase();
        assert_eq!(
            (code, stdout.as_str(), stderr),
            (
                Some(2),
                "",
                format!(
                    "actormap: error: {} is {what}, not a file; a spreadsheet map keeps {sheet} as a CSV file\n",
                    file.display()
                )
            ),
            "{name}: {what}"
        );
    }
    // A link to a regular file is read as the file.
    let dir = sheet_folder();
    write(
        dir.path(),
        "liens.txt",
        "source,target,level\nsad,carrefour,coordination\n",
    );
    symlink(dir.path().join("liens.txt"), dir.path().join("links.csv")).unwrap();
    let map = actormap::read_path(dir.path()).unwrap();
    assert_eq!(map.links.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_sheet_that_is_a_named_pipe_is_an_error_and_is_never_waited_on() {
    let dir = sheet_folder();
    let fifo = dir.path().join("links.csv");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Should the reader open the pipe, this writer lets it go on (to an empty file and
    // a different message) rather than wait for ever.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || drop(std::fs::OpenOptions::new().write(true).open(fifo)))
    };
    let (code, stdout, stderr) = check_folder(dir.path());
    // Opening the pipe for reading and writing does not wait, and frees the writer.
    drop(
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&fifo)
            .unwrap(),
    );
    writer.join().unwrap();
    assert_eq!(
        (code, stdout.as_str(), stderr),
        (
            Some(2),
            "",
            format!(
                "actormap: error: {} is a named pipe, not a file; a spreadsheet map keeps links.csv as a CSV file\n",
                fifo.display()
            )
        )
    );
}

#[test]
fn files_a_map_folder_does_not_read_are_named_with_the_file_meant() {
    let dir = sheet_folder();
    write(
        dir.path(),
        "lien.csv",
        "source,target,level\nsad,carrefour,coordination\n",
    );
    write(dir.path(), "Actors.CSV.bak", "id,name,kind\n");
    write(dir.path(), ".DS_Store", "");
    std::fs::create_dir(dir.path().join("old")).unwrap();
    write(dir.path(), "members.csv", "forum,actor\ntable,sad\n");
    let (code, stdout, stderr) = check_folder(dir.path());
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    let d = dir.path().display();
    assert_eq!(
        stdout,
        format!(
            "warning: {d}/Actors.CSV.bak: file \"Actors.CSV.bak\" is not read; the map is read from \"actors.csv\"\n  help: if it holds part of the map, move that part into \"actors.csv\"; then move the file out of the folder\nwarning: {d}/lien.csv: file \"lien.csv\" is not read; a spreadsheet folder is read from map.csv, needs.csv, actors.csv, links.csv, forums.csv, members.csv, carte.csv, besoins.csv, acteurs.csv, liens.csv, instances.csv, membres.csv only\n  help: if it is \"liens.csv\", rename it; otherwise move it out of the folder\n{d}: 0 errors, 2 warnings\n"
        )
    );
}

#[test]
fn empty_sheets_are_errors_naming_them() {
    for name in [
        "links.csv",
        "members.csv",
        "forums.csv",
        "needs.csv",
        "map.csv",
    ] {
        let dir = sheet_folder();
        write(dir.path(), name, "");
        let (code, stdout, _) = check_folder(dir.path());
        assert_eq!(code, Some(1), "{name}: {stdout}");
        let file = dir.path().join(name);
        assert!(
            stdout.starts_with(&format!("error: {}: the file is empty\n", file.display())),
            "{name}: {stdout}"
        );
    }
}

/// Bytes a terminal acts on or that reorder text: C0 controls but the tab and the line
/// feed, DEL, C1 controls (UTF-8 `C2 80`–`C2 9F`), bidirectional embeddings, overrides
/// and isolates.
fn terminal_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn assert_no_terminal_controls(out: &std::process::Output, what: &str) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let found = terminal_controls(bytes);
        assert!(
            found.is_empty(),
            "{what}: {stream} holds {found:?}: {}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn control_characters_from_headers_folders_rule_files_and_the_command_line_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // A header that sets the terminal's title and clears the screen.
    let sheets = dir.path().join("e");
    std::fs::create_dir(&sheets).unwrap();
    write(
        &sheets,
        "actors.csv",
        "id,\u{1b}]0;PWNED\u{7}\u{1b}[2J,kind\na,A,public\n",
    );
    let out = actormap().arg("check").arg(&sheets).output().unwrap();
    assert_no_terminal_controls(&out, "check of a header");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("(found: id, \\u{1b}]0;PWNED\\u{7}\\u{1b}[2J, kind;"),
        "{stdout}"
    );

    // A folder whose name holds an escape, a carriage return and a C1 control.
    let folder = dir.path().join("map\u{1b}[31m\r\u{9b}2J");
    std::fs::create_dir(&folder).unwrap();
    let out = actormap().arg("check").arg(&folder).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_no_terminal_controls(&out, "check of a folder");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("map\\u{1b}[31m\\u{d}\\u{9b}2J has no actors.csv"),
        "{stderr}"
    );

    // A rule file whose name, set name and rule ids hold controls, in text and JSON.
    let rules_dir = dir.path().join("r\u{1b}[31m");
    std::fs::create_dir(&rules_dir).unwrap();
    let rules = write(
        &rules_dir,
        "rules\u{85}.json",
        r#"{"format": "actormap-rules/1", "name": "n\u001b[2J\u0085\u202e",
            "rules": [{"id": "r\u001b]0;T\u0007\u009b", "description": "d\u0085",
                       "forums": {"kind": "action-group"}, "required": true}]}"#,
    );
    for format in ["text", "json"] {
        let out = actormap()
            .args(["gaps", "fixtures/pierre-de-saurel-aines.json", "--rules"])
            .arg(&rules)
            .args(["--format", format])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_no_terminal_controls(&out, format);
        let stdout = String::from_utf8(out.stdout).unwrap();
        let name = if format == "json" {
            "n\\u001b[2J\\u0085\\u202e"
        } else {
            "n\\u{1b}[2J\\u{85}\\u{202e}"
        };
        assert!(stdout.contains(name), "{format}: {stdout}");
    }
    // A rule file that cannot be read names itself with the escapes written out.
    let broken = write(&rules_dir, "broken\u{7}.json", "{");
    let out = actormap()
        .args(["gaps", "fixtures/pierre-de-saurel-aines.json", "--rules"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_no_terminal_controls(&out, "a broken rule file");

    // A value typed on the command line.
    let out = actormap()
        .args(["check", "--format", "\u{1b}]0;T\u{7}x"])
        .arg(&sheets)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_no_terminal_controls(&out, "a typed value");
}

#[test]
fn json_on_standard_output_escapes_c1_controls_and_reordering_characters() {
    let dir = tempfile::tempdir().unwrap();
    // Free attributes may hold anything (with a warning); names may hold a reordering
    // character (with a warning).
    let map = write(
        dir.path(),
        "c1.json",
        "{\"format\": \"actormap/1\", \"actors\": [{\"id\": \"a\", \"name\": \"A \u{202e}B\", \"kind\": \"public\", \"note\": \"x\\u0085\\u009b2J\\u007f\"}, {\"id\": \"b\", \"name\": \"B\", \"kind\": \"public\"}], \"links\": [{\"source\": \"a\", \"target\": \"b\", \"level\": \"information\"}]}",
    );
    let runs: [&[&str]; 6] = [
        &["check", "--format", "json"],
        &["convert", "-o", "-"],
        &["metrics", "--format", "json"],
        &["export", "--to", "kumu", "-o", "-"],
        &["metrics"],
        &["check"],
    ];
    for args in runs {
        let out = actormap()
            .args(&args[..1])
            .arg(&map)
            .args(&args[1..])
            .output()
            .unwrap();
        assert_no_terminal_controls(&out, &args.join(" "));
        let stdout = String::from_utf8(out.stdout).unwrap();
        if args.contains(&"json") || args.contains(&"-") {
            // The same text, escaped the JSON way.
            let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert!(value.is_object());
            assert!(stdout.contains("\\u202e"), "{args:?}: {stdout}");
        }
    }
    let out = actormap()
        .arg("convert")
        .arg(&map)
        .args(["-o", "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(r#""note": "x\u0085\u009b2J\u007f""#),
        "{text}"
    );
    let back = actormap::io::load_json(&text, None).unwrap().map;
    assert_eq!(back.actors[0].extra["note"], "x\u{85}\u{9b}2J\u{7f}");
    assert_eq!(back.actors[0].name, "A \u{202e}B");
}

/// Found by the `folder_write` fuzz target: a free attribute named like a field (`kind`)
/// beside one already prefixed (`extra:kind`) must not take its name when read back.
#[test]
fn an_attribute_named_like_a_field_beside_its_prefixed_form_is_kept() {
    let mut map = actormap::ActorMap::default();
    let mut actor = actormap::Actor::new("a", "A", actormap::ActorKind::Public);
    actor.extra.insert("kind".into(), "from kind".into());
    actor
        .extra
        .insert("extra:kind".into(), "from extra:kind".into());
    map.actors.push(actor);
    let through_json = actormap::io::from_json_str(&actormap::io::to_json_string(&map)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("carte");
    actormap::write_path(&map, &folder).unwrap();
    let loaded = actormap::load_path(&folder, &Default::default()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.map.actors[0].extra, through_json.actors[0].extra);
    assert_eq!(loaded.map.actors[0].extra.len(), 2);
    // Another actor's `extra:kind` column does not move this one's `kind`.
    let mut other = actormap::Actor::new("b", "B", actormap::ActorKind::Public);
    other.extra.insert("kind".into(), "only kind".into());
    map.actors.push(other);
    let through_json = actormap::io::from_json_str(&actormap::io::to_json_string(&map)).unwrap();
    actormap::write_path(&map, &folder).unwrap();
    let loaded = actormap::load_path(&folder, &Default::default()).unwrap();
    assert_eq!(loaded.map.actors[1].extra, through_json.actors[1].extra);
    let kumu = dir.path().join("kumu");
    actormap::interop::write_kumu_sheets(&map, &kumu).unwrap();
    let loaded = actormap::interop::load_kumu_sheets(&kumu, &Default::default()).unwrap();
    assert_eq!(loaded.map.actors[0].extra, through_json.actors[0].extra);
}

/// Memory running out ends the command with a sentence in the user's language and the
/// failure code, not Rust's "memory allocation of N bytes failed" and a core dump; the
/// output it would have replaced is left as it was. The address space is capped with
/// the shell's `ulimit -v` (setrlimit RLIMIT_AS), which every POSIX shell has.
#[test]
fn running_out_of_memory_ends_with_a_sentence_and_leaves_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let map = actormap::generate::generate(
        &actormap::generate::GenerateOptions::default().with_actors(20_000),
    );
    let path = dir.path().join("big.json");
    actormap::io::write_json(&map, std::fs::File::create(&path).unwrap()).unwrap();
    let out = write(dir.path(), "metrics.txt", "the report of last week\n");
    let bin = assert_cmd::cargo::cargo_bin("actormap");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 100000 && exec "$0" metrics "$1" -o "$2" --lang fr"#)
        .arg(&bin)
        .arg(&path)
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let sentence = actormap::words::message(
        actormap::words::Lang::Fr,
        "cli-error-out-of-memory",
        &actormap::words::Args::new(),
    );
    assert!(stderr.contains(&sentence), "{stderr}");
    assert!(!stderr.contains("memory allocation"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "the report of last week\n"
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["big.json", "metrics.txt"]);
}
