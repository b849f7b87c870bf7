//! Where outputs go and what they never replace: special files (FIFOs, devices, links to
//! standard output, sockets, loops of links), outputs over inputs however they are
//! spelt, folders written whole even when two writers race or a writer is killed, a
//! closed standard output, and the smaller cases (a generator asked for too much, a
//! 15,000-character name, exports nested deeper than the default limit, no temporary
//! file left by Graphviz).
//!
//! Special files are only ever made here, in temporary folders: FIFOs with `mkfifo`,
//! links, and (as root) device nodes with `mknod`; the machine's own `/dev` is never
//! written to.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use actormap::generate::GenerateOptions;
use actormap::io::{Input, OutputForm};
use actormap::{ActorMap, ErrorKind};
use assert_cmd::Command;

const MAP: &str = "fixtures/crd-csss-partnership.json";

fn actormap() -> Command {
    Command::cargo_bin("actormap").unwrap()
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("actormap")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The `metrics` text of the fixture, as written to standard output.
fn metrics_text() -> Vec<u8> {
    actormap().args(["metrics", MAP]).output().unwrap().stdout
}

/// Hidden temporary files or folders left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".actormap-"))
        .collect()
}

fn file_type(path: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

/// Make a device node in a temporary folder (`c 1 3`, `c 1 7`…), or `None` (and one
/// line saying `test` was skipped) when that is not allowed here (not root, no `mknod`).
fn device(dir: &Path, name: &str, spec: &[&str], test: &str) -> Option<PathBuf> {
    let path = dir.join(name);
    let made = Process::new("mknod")
        .arg(&path)
        .args(spec)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped {test}: mknod is not allowed here (it needs root)");
    }
    made.then_some(path)
}

fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let made = Process::new("mkfifo").arg(&path).status().unwrap();
    assert!(made.success());
    path
}

fn write_map(path: &Path, map: &ActorMap) {
    std::fs::write(path, actormap::io::to_json_string(map)).unwrap();
}

fn generated(actors: usize, seed: u64) -> ActorMap {
    actormap::generate::generate(
        &GenerateOptions::default()
            .with_actors(actors)
            .with_seed(seed),
    )
}

// Item: special files as outputs.

#[test]
fn a_fifo_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "report.fifo");
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || {
            let mut text = Vec::new();
            std::fs::File::open(pipe)
                .unwrap()
                .read_to_end(&mut text)
                .unwrap();
            text
        })
    };
    let out = actormap()
        .args(["metrics", MAP, "-o"])
        .arg(&pipe)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(reader.join().unwrap(), metrics_text());
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&file_type(&pipe)));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn a_link_to_standard_output_writes_to_the_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("stdout");
    std::os::unix::fs::symlink("/proc/self/fd/1", &link).unwrap();
    // assert_cmd reads standard output through a pipe.
    let out = actormap()
        .args(["metrics", MAP, "-o"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, metrics_text());
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("/proc/self/fd/1")
    );
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn a_link_to_a_file_replaces_the_file_and_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("kept")).unwrap();
    let real = dir.path().join("kept/report.txt");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("report.txt");
    std::os::unix::fs::symlink("kept/report.txt", &link).unwrap();
    let out = actormap()
        .args(["metrics", MAP, "-o"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(file_type(&link).is_symlink());
    assert_eq!(std::fs::read(&real).unwrap(), metrics_text());
    assert!(leftovers(dir.path()).is_empty());
    assert!(leftovers(&dir.path().join("kept")).is_empty());
    // A link to a file not there yet creates it where the link points.
    let ahead = dir.path().join("ahead.txt");
    std::os::unix::fs::symlink("kept/new.txt", &ahead).unwrap();
    actormap()
        .args(["metrics", MAP, "-o"])
        .arg(&ahead)
        .assert()
        .code(0);
    assert!(file_type(&ahead).is_symlink());
    assert_eq!(
        std::fs::read(dir.path().join("kept/new.txt")).unwrap(),
        metrics_text()
    );
}

#[test]
fn a_null_device_made_here_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let Some(null) = device(
        dir.path(),
        "null",
        &["c", "1", "3"],
        "a_null_device_made_here_is_written_through",
    ) else {
        return;
    };
    let out = actormap()
        .args(["metrics", MAP, "-o"])
        .arg(&null)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(&file_type(
        &null
    )));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn a_full_device_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let Some(full) = device(
        dir.path(),
        "full",
        &["c", "1", "7"],
        "a_full_device_is_an_error",
    ) else {
        return;
    };
    for command in ["metrics", "dot"] {
        let out = actormap()
            .args([command, MAP, "-o"])
            .arg(&full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("No space left on device"), "{err}");
        assert!(std::os::unix::fs::FileTypeExt::is_char_device(&file_type(
            &full
        )));
    }
    // A JSON map through a link to the device.
    let link = dir.path().join("map.json");
    std::os::unix::fs::symlink("full", &link).unwrap();
    let out = actormap()
        .args(["convert", MAP, "-o"])
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("No space left on device"));
    assert!(file_type(&link).is_symlink());
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn what_cannot_be_written_is_refused_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("folder")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(d.join("socket")).unwrap();
    std::os::unix::fs::symlink("loop", d.join("loop")).unwrap();
    std::os::unix::fs::symlink("missing/out.txt", d.join("nowhere")).unwrap();
    let mut cases = vec![
        ("folder", "it is a folder; name a file"),
        ("socket", "it is a socket, not a file"),
        ("loop", "its symbolic links lead back to themselves"),
        ("nowhere", "missing does not exist; create it first"),
    ];
    // A block device that no driver serves (major 240 is for local, experimental use):
    // nothing is ever opened, the path is refused from what it is.
    if device(
        d,
        "disk",
        &["b", "240", "0"],
        "what_cannot_be_written_is_refused_before_any_work (block device)",
    )
    .is_some()
    {
        cases.push(("disk", "it is a block device (a disk), not a file"));
    }
    let before: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    for (name, says) in cases {
        // The map does not exist: the output is refused before it is read.
        let out = actormap()
            .args(["metrics", "no-such-map.json", "-o"])
            .arg(d.join(name))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{name}: {err}");
    }
    // A folder of files where a file, a FIFO or a device is.
    std::fs::write(d.join("plain"), "mine").unwrap();
    let pipe = fifo(d, "pipe");
    for (name, says) in [
        (
            "plain",
            "it is a file, and a folder of files is written here",
        ),
        (
            "pipe",
            "it is a FIFO, and a folder of files is written here",
        ),
    ] {
        let out = actormap()
            .args(["convert", MAP, "-o"])
            .arg(d.join(name))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(stderr(&out).contains(says), "{name}: {}", stderr(&out));
    }
    assert_eq!(std::fs::read(d.join("plain")).unwrap(), b"mine");
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&file_type(&pipe)));
    let after: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != "plain" && n != "pipe")
        .collect();
    assert_eq!(before, after);
}

// Item: outputs over inputs, by identity.

#[test]
fn outputs_over_any_input_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let sheet = d.join("sheet");
    actormap()
        .args(["convert", MAP, "-o"])
        .arg(&sheet)
        .assert()
        .code(0);
    let rules = d.join("rules.json");
    std::fs::write(
        &rules,
        actormap()
            .args(["gaps", "--print-rules", "proximity-services"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    std::fs::hard_link(&rules, d.join("rules-alias.json")).unwrap();
    std::os::unix::fs::symlink("rules.json", d.join("rules-link.json")).unwrap();
    let json = d.join("map.json");
    std::fs::copy(MAP, &json).unwrap();
    // An earlier snapshot and a rule file whatever their names.
    std::fs::copy(MAP, d.join("snap.html")).unwrap();
    std::fs::copy(&rules, d.join("rules.md")).unwrap();
    std::fs::hard_link(&json, d.join("alias.json")).unwrap();
    let matrix = d.join("matrix");
    std::fs::create_dir(&matrix).unwrap();
    std::fs::write(matrix.join("actors.csv"), ",a,b\na,0,1\nb,1,0\n").unwrap();
    let snapshot = |n: &str| d.join(n).display().to_string();
    let sheet_s = sheet.display().to_string();
    let cases: Vec<Vec<String>> = vec![
        vec![
            "metrics".into(),
            sheet_s.clone(),
            "--format".into(),
            "csv".into(),
            "-o".into(),
            format!("{sheet_s}/actors.csv"),
        ],
        // A sheet the folder would read next time, not there yet.
        vec![
            "metrics".into(),
            sheet_s.clone(),
            "--format".into(),
            "csv".into(),
            "-o".into(),
            format!("{sheet_s}/Links.csv"),
        ],
        vec![
            "metrics".into(),
            format!("{sheet_s}/actors.csv"),
            "-o".into(),
            format!("{sheet_s}/forums.csv"),
        ],
        vec![
            "convert".into(),
            format!("{sheet_s}/actors.csv"),
            "-o".into(),
            sheet_s.clone(),
        ],
        vec![
            "convert".into(),
            sheet_s.clone(),
            "-o".into(),
            d.display().to_string(),
        ],
        vec![
            "import".into(),
            matrix.join("actors.csv").display().to_string(),
            "--from".into(),
            "matrix".into(),
            "-o".into(),
            matrix.display().to_string(),
        ],
        vec![
            "gaps".into(),
            MAP.into(),
            "--rules".into(),
            snapshot("rules.json"),
            "-o".into(),
            snapshot("rules.json"),
        ],
        vec![
            "gaps".into(),
            MAP.into(),
            "--rules".into(),
            snapshot("rules.json"),
            "-o".into(),
            snapshot("rules-alias.json"),
        ],
        vec![
            "gaps".into(),
            MAP.into(),
            "--rules".into(),
            snapshot("rules-link.json"),
            "-o".into(),
            snapshot("rules.json"),
        ],
        vec![
            "metrics".into(),
            snapshot("map.json"),
            "-o".into(),
            snapshot("alias.json"),
        ],
        vec![
            "diff".into(),
            MAP.into(),
            snapshot("map.json"),
            "-o".into(),
            snapshot("alias.json"),
        ],
        vec![
            "report".into(),
            MAP.into(),
            "--before".into(),
            snapshot("snap.html"),
            "--no-diagram".into(),
            "-o".into(),
            snapshot("snap.html"),
        ],
        vec![
            "report".into(),
            MAP.into(),
            "--rules".into(),
            snapshot("rules.md"),
            "-o".into(),
            snapshot("rules.md"),
        ],
        vec![
            "export".into(),
            snapshot("map.json"),
            "--to".into(),
            "gexf".into(),
            "-o".into(),
            snapshot("alias.json"),
        ],
    ];
    let state = |d: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        for dir in [d.to_path_buf(), d.join("sheet"), d.join("matrix")] {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_file() {
                    files.push((p.clone(), std::fs::read(&p).unwrap()));
                }
            }
        }
        files.sort();
        files
    };
    let before = state(d);
    for args in &cases {
        let out = actormap().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("over its own input"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(before, state(d));
    // An output beside an imported matrix is not an input.
    std::fs::write(matrix.join("map.json"), "{}").unwrap();
    actormap()
        .arg("import")
        .arg(matrix.join("actors.csv"))
        .args(["--from", "matrix", "-o"])
        .arg(matrix.join("map.json"))
        .assert()
        .code(0);
}

#[test]
fn the_library_compares_inputs_by_identity() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("map.json");
    std::fs::copy(MAP, &map).unwrap();
    let alias = dir.path().join("alias.json");
    std::fs::hard_link(&map, &alias).unwrap();
    let file = OutputForm::File;
    let err = actormap::io::check_output(&[Input::Map(&map)], &alias, file).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::OverwritesInput { .. }),
        "{err:?}"
    );
    let other = dir.path().join("other.json");
    actormap::io::check_output(&[Input::Map(&map)], &other, file).unwrap();
    // A built-in rule set's name is no file.
    actormap::io::check_output(
        &[Input::File(Path::new("proximity-services"))],
        &other,
        file,
    )
    .unwrap();
    // A folder output over the folder the map is in.
    let err = actormap::io::check_output(&[Input::Map(&map)], dir.path(), OutputForm::MapFolder)
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::OverwritesInput { .. }),
        "{err:?}"
    );
}

// Item: folders written whole.

#[test]
fn a_folder_output_is_replaced_whole_and_keeps_what_is_not_a_map() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sheet");
    let (a, b) = (generated(30, 1), generated(20, 2));
    actormap::write_path(&a, &out).unwrap();
    actormap::write_path(&b, &out).unwrap();
    assert_eq!(actormap::read_path(&out).unwrap(), b);
    assert!(leftovers(dir.path()).is_empty());
    assert!(leftovers(&out).is_empty());
    // Something that is not a sheet: the folder is left as it is.
    std::fs::write(out.join("notes.docx"), "mine").unwrap();
    let err = actormap::write_path(&a, &out).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::FolderHoldsOther { entry, .. } if entry == "notes.docx"),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("move \"notes.docx\" elsewhere"),
        "{err}"
    );
    assert_eq!(actormap::read_path(&out).unwrap(), b);
    assert!(leftovers(dir.path()).is_empty());
    // Kumu's sheets the same way.
    let kumu = dir.path().join("kumu");
    let format = actormap::interop::ExportFormat::KumuCsv;
    actormap::interop::export_path(&a, format, &kumu, &[]).unwrap();
    actormap::interop::export_path(&b, format, &kumu, &[]).unwrap();
    let back = actormap::interop::import_path(
        &kumu,
        actormap::interop::ImportFormat::KumuCsv,
        &Default::default(),
    )
    .unwrap()
    .into_map()
    .unwrap();
    assert_eq!(back.actors.len(), b.actors.len());
    let err = actormap::interop::export_path(&a, format, &out, &[]).unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::FolderHoldsOther { .. }),
        "{err:?}"
    );
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn two_writers_to_one_folder_each_leave_a_whole_map() {
    let dir = tempfile::tempdir().unwrap();
    let maps = [generated(300, 1), generated(200, 2)];
    let inputs = [dir.path().join("a.json"), dir.path().join("b.json")];
    for (map, path) in maps.iter().zip(&inputs) {
        write_map(path, map);
    }
    let out = dir.path().join("sheet");
    for round in 0..40 {
        // Every other round starts with no folder at all.
        if round % 2 == 0 {
            let _ = std::fs::remove_dir_all(&out);
        }
        let writers: Vec<_> = inputs
            .iter()
            .map(|input| {
                Process::new(bin())
                    .arg("convert")
                    .arg(input)
                    .arg("-o")
                    .arg(&out)
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for writer in writers {
            let done = writer.wait_with_output().unwrap();
            assert_eq!(
                done.status.code(),
                Some(0),
                "round {round}: {}",
                stderr(&done)
            );
        }
        let now = actormap::read_path(&out).unwrap();
        assert!(
            now == maps[0] || now == maps[1],
            "round {round}: the folder holds neither map"
        );
        assert!(leftovers(dir.path()).is_empty(), "round {round}");
    }
}

#[test]
fn a_folder_write_killed_at_any_point_leaves_a_whole_folder() {
    let dir = tempfile::tempdir().unwrap();
    let old = generated(500, 3);
    let new = generated(30_000, 4);
    let input = dir.path().join("new.json");
    write_map(&input, &new);
    let out = dir.path().join("sheet");
    let staging = |dir: &Path| !leftovers(dir).is_empty();
    // Pauses after the temporary folder appears, in microseconds: a fixed sequence that
    // lands kills while files are written, between the exchange and the removal of the
    // old folder, and after.
    let pauses = [
        0u64, 0, 50, 200, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000,
    ];
    let mut interrupted = 0;
    for (round, pause) in pauses.iter().enumerate() {
        let _ = std::fs::remove_dir_all(&out);
        actormap::write_path(&old, &out).unwrap();
        let mut child = Process::new(bin())
            .arg("convert")
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .args(["--max-records", "1000000"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if round > 0 {
            while !staging(dir.path()) && child.try_wait().unwrap().is_none() {
                std::thread::sleep(std::time::Duration::from_micros(100));
            }
            std::thread::sleep(std::time::Duration::from_micros(*pause));
        }
        let killed = child.try_wait().unwrap().is_none();
        let _ = child.kill();
        let _ = child.wait();
        interrupted += usize::from(killed);
        // About 150,000 records: past the default limit.
        let options = actormap::io::ReadOptions::default().with_max_records(1_000_000);
        let now = actormap::io::load_path(&out, &options)
            .unwrap()
            .into_map()
            .unwrap();
        assert!(
            now == old || now == new,
            "round {round}: the folder is neither the old map nor the new one"
        );
        // A killed run can leave its hidden temporary folder beside the output (nothing
        // runs after SIGKILL); it is never the output.
        for name in leftovers(dir.path()) {
            std::fs::remove_dir_all(dir.path().join(name)).unwrap();
        }
    }
    assert!(
        interrupted >= 3,
        "the runs ended before they could be interrupted"
    );
}

// Item: smaller cases.

#[test]
fn a_closed_standard_output_is_an_error() {
    for command in [
        &["metrics", MAP][..],
        &["check", MAP],
        &["convert", MAP, "-o", "-"],
        &["metrics", MAP, "-o", "/dev/stdout"],
    ] {
        let out = Process::new("sh")
            .arg("-c")
            .arg("exec \"$@\" >&-")
            .arg("sh")
            .arg(bin())
            .args(command)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("standard output is closed"), "{err}");
    }
    // Sent to a null device on purpose (one made here), it is not an error.
    let dir = tempfile::tempdir().unwrap();
    let Some(null) = device(
        dir.path(),
        "null",
        &["c", "1", "3"],
        "a_closed_standard_output_is_an_error (a null device on purpose)",
    ) else {
        return;
    };
    let out = Process::new("sh")
        .arg("-c")
        .arg("null=$1; shift; exec \"$@\" > \"$null\"")
        .arg("sh")
        .arg(&null)
        .arg(bin())
        .args(["metrics", MAP])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("big.json");
    write_map(&map, &generated(3000, 1));
    let mut child = Process::new(bin())
        .args(["convert", "-o", "-"])
        .arg(&map)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // The pipe is closed here, long before the map is all written.
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(0));
    assert_eq!(stderr(&done), "");
}

#[test]
fn a_generator_asked_for_too_much_says_so() {
    for args in [
        &["--actors", "18446744073709551615"][..],
        &["--actors", "1000001"],
        &[
            "--actors",
            "1000",
            "--links-per-actor",
            "18446744073709551615",
        ],
    ] {
        let out = actormap().arg("generate").args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("cannot generate"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(
        GenerateOptions::default()
            .with_actors(actormap::generate::MAX_ACTORS)
            .check()
            .is_ok()
    );
}

/// A map whose first actor has a 15,000-character name, in two-byte letters and with no
/// space to wrap at.
fn long_name_map() -> (ActorMap, String) {
    let mut map = generated(5, 1);
    let name = "é".repeat(14_999) + "z";
    map.actors[0].name = name.clone();
    (map, name)
}

#[test]
fn a_fifteen_thousand_character_name_is_drawn_whole() {
    if common::tool(
        common::Tool::Graphviz,
        "output::a_fifteen_thousand_character_name_is_drawn_whole",
    )
    .is_none()
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (map, name) = long_name_map();
    let input = dir.path().join("long.json");
    write_map(&input, &map);
    let svg = dir.path().join("long.svg");
    actormap()
        .arg("render")
        .arg(&input)
        .args(["--wrap", "0", "-o"])
        .arg(&svg)
        .assert()
        .code(0);
    // Drawn whole, in lines of 1,000 letters.
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(
        drawn.matches(&"é".repeat(1_000)).count() >= 14,
        "{}",
        drawn.len()
    );
    assert!(drawn.contains(&format!("{}z<", "é".repeat(999))));
    assert!(name.ends_with('z'));
    let html = dir.path().join("long.html");
    actormap()
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&html)
        .assert()
        .code(0);
    assert!(std::fs::read_to_string(&html).unwrap().contains("<svg"));
}

#[test]
fn long_names_are_cut_into_lines_graphviz_lays_out() {
    let (map, name) = long_name_map();
    for wrap in [None, Some(22)] {
        let options = actormap::dot::DotOptions::default().with_wrap(wrap);
        let dot = actormap::dot::to_dot(&map, &options).unwrap().to_string();
        let start = dot.find("éééé").unwrap();
        let label = &dot[start..start + dot[start..].find('"').unwrap()];
        // Lines of at most 1,000 characters (Graphviz lays out at most 65,535 points),
        // each well within what its lexer reads in one stretch (16,384 bytes).
        let lines: Vec<&str> = label.split("\\n").collect();
        assert!(lines.len() >= 15, "{wrap:?}: {} lines", lines.len());
        for line in &lines {
            assert!(
                line.chars().count() <= 1_000,
                "{wrap:?}: {}",
                line.chars().count()
            );
            assert!(line.len() <= 16_384);
        }
        // The name is all there, only cut into lines.
        assert_eq!(lines.concat().replace("\\\n", ""), name, "{wrap:?}");
        graphviz_rust::parse(&dot).unwrap();
    }
}

#[test]
fn exports_deeper_than_the_default_limit_read_back_with_the_same_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut map = generated(4, 1);
    let mut deep = serde_json::json!(0);
    for _ in 0..200 {
        deep = serde_json::json!([deep]);
    }
    map.actors[0].extra.insert("deep".into(), deep.clone());
    map.extra.insert("deep".into(), deep.clone());
    let input = dir.path().join("deep.json");
    write_map(&input, &map);
    let back_path = dir.path().join("back.json");
    let read_back = |from: &Path, format: Option<&str>| -> ActorMap {
        let mut cmd = actormap();
        match format {
            Some(f) => cmd.arg("import").arg(from).args(["--from", f]),
            None => cmd.arg("convert").arg(from),
        };
        let out = cmd
            .args(["--max-depth", "300", "-o"])
            .arg(&back_path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{from:?}: {}", stderr(&out));
        actormap::io::load_path(
            &back_path,
            &actormap::io::ReadOptions::default().with_max_depth(300),
        )
        .unwrap()
        .into_map()
        .unwrap()
    };
    // The spreadsheet form.
    let sheet = dir.path().join("sheet");
    actormap()
        .arg("convert")
        .arg(&input)
        .args(["--max-depth", "300", "-o"])
        .arg(&sheet)
        .assert()
        .code(0);
    assert_eq!(read_back(&sheet, None), map);
    // Other tools' formats.
    for (to, name, from) in [
        ("graphml", "deep.graphml", "graphml"),
        ("gexf", "deep.gexf", "gexf"),
        ("kumu", "deep.kumu.json", "kumu"),
        ("kumu-csv", "kumu", "kumu-csv"),
    ] {
        let out = dir.path().join(name);
        actormap()
            .arg("export")
            .arg(&input)
            .args(["--max-depth", "300", "--to", to, "-o"])
            .arg(&out)
            .assert()
            .code(0);
        let back = read_back(&out, Some(from));
        assert_eq!(back.actors[0].extra["deep"], deep, "{to}");
        assert_eq!(back.extra["deep"], deep, "{to}");
    }
    // With a lower limit the cell is refused, and the words say how to raise it.
    let out = actormap()
        .arg("check")
        .arg(&sheet)
        .args(["--max-depth", "150"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("nested more than 150 levels deep"), "{text}");
}

#[test]
fn a_killed_render_leaves_no_temporary_file() {
    if common::tool(
        common::Tool::Graphviz,
        "output::a_killed_render_leaves_no_temporary_file",
    )
    .is_none()
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let input = dir.path().join("map.json");
    write_map(&input, &generated(60, 1));
    let svg = dir.path().join("map.svg");
    // Kill points, in milliseconds after the start: while the map is read, while the
    // DOT text goes to Graphviz, while Graphviz draws; the last run is let finish.
    for pause in [0u64, 20, 100, 300, 1_000, u64::MAX] {
        let mut child = Process::new(bin())
            .env("TMPDIR", &tmp)
            .arg("render")
            .arg(&input)
            .arg("-o")
            .arg(&svg)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if pause == u64::MAX {
            assert!(child.wait().unwrap().success());
        } else {
            std::thread::sleep(std::time::Duration::from_millis(pause));
            let _ = child.kill();
            let _ = child.wait();
        }
        let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().collect();
        assert!(left.is_empty(), "after {pause} ms: {left:?}");
    }
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
}
