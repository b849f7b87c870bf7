//! Where an output really goes, and what a command reads.
//!
//! An output path is followed through its symbolic links to what it names: a regular
//! file (or nothing yet) is replaced whole, through a temporary file beside the real
//! file; a FIFO or a character device (a terminal, `/dev/null`, `/dev/stdout` on a pipe)
//! is written through, as a shell's `>` would; anything else is refused before a byte
//! is written. Inputs are compared with the output by identity (device and inode) as
//! well as by path, so that no hard link, symbolic link or second spelling of an input
//! lets a command write over it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, IoAction, PathKind, Result};

/// Most symbolic links followed from an output path to what it names (Linux's own
/// limit is 40).
const MAX_LINKS: usize = 40;

/// What an output is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// One file.
    File,
    /// A folder of files.
    Folder,
}

/// What an output path names, once its symbolic links are followed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    /// A regular file, or nothing yet in an existing folder: replaced (or created) whole
    /// at this path, which holds no symbolic link in its last part.
    Replace(PathBuf),
    /// A FIFO or a character device: written through, in place.
    Through(PathBuf),
    /// An existing folder (canonical path), to be replaced whole.
    Folder(PathBuf),
    /// Nothing yet, to be created as a folder at this path.
    NewFolder(PathBuf),
}

/// Follow `path` to what it names and decide how to write it as `form`.
pub(crate) fn resolve(path: &Path, form: Form) -> Result<Target> {
    let refuse = |found: PathKind| -> Error {
        ErrorKind::CannotWriteOver {
            path: path.to_path_buf(),
            folder: form == Form::Folder,
            found,
        }
        .into()
    };
    let mut at = path.to_path_buf();
    for _ in 0..=MAX_LINKS {
        let meta = match fs::symlink_metadata(&at) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return absent(path, &at, form),
            Err(e) if is_not_a_directory(&e) => {
                return Err(ErrorKind::NoSuchFolder {
                    path: path.to_path_buf(),
                    folder: folder_of(&at).to_path_buf(),
                }
                .into());
            }
            Err(e) => return Err(Error::io(Some(path), IoAction::Write, e)),
        };
        if meta.file_type().is_symlink() {
            match fs::metadata(&at) {
                // Links such as `/proc/self/fd/1` name a pipe that has no path: what
                // they lead to is written through them.
                Ok(end) if is_through(&end) => {
                    return match form {
                        Form::File => Ok(Target::Through(at)),
                        Form::Folder => Err(refuse(kind_of(&end))),
                    };
                }
                Ok(_) => {
                    at = fs::canonicalize(&at)
                        .map_err(|e| Error::io(Some(path), IoAction::Write, e))?;
                    continue;
                }
                Err(e) if is_loop(&e) => return Err(refuse(PathKind::SymlinkLoop)),
                Err(e) if e.kind() == io::ErrorKind::NotFound || is_not_a_directory(&e) => {
                    // A link to nothing yet: follow it one step and write what it names.
                    let link = fs::read_link(&at)
                        .map_err(|e| Error::io(Some(path), IoAction::Write, e))?;
                    at = folder_of(&at).join(link);
                    continue;
                }
                Err(e) => return Err(Error::io(Some(path), IoAction::Write, e)),
            }
        }
        let kind = kind_of(&meta);
        return match (form, kind) {
            (Form::File, PathKind::File) => Ok(Target::Replace(at)),
            (Form::File, PathKind::Fifo | PathKind::CharDevice) => Ok(Target::Through(at)),
            (Form::Folder, PathKind::Folder) => match fs::canonicalize(&at) {
                Ok(real) if real.parent().is_some() => Ok(Target::Folder(real)),
                Ok(_) => Err(refuse(PathKind::Folder)),
                Err(e) => Err(Error::io(Some(path), IoAction::Write, e)),
            },
            (_, found) => Err(refuse(found)),
        };
    }
    Err(refuse(PathKind::SymlinkLoop))
}

/// Nothing at `at` (which `path` leads to): a file or a folder can be created there if
/// its folder exists (a folder output also creates the folders above it, unless the
/// path came through a symbolic link).
fn absent(path: &Path, at: &Path, form: Form) -> Result<Target> {
    let folder = folder_of(at);
    if at.file_name().is_none() {
        return Err(ErrorKind::NoSuchFolder {
            path: path.to_path_buf(),
            folder: folder.to_path_buf(),
        }
        .into());
    }
    let through_link = at != path;
    match fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => {}
        Err(e) if form == Form::Folder && !through_link && e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir_all(folder)
                .map_err(|e| Error::io(Some(folder), IoAction::CreateFolder, e))?;
        }
        _ => {
            return Err(ErrorKind::NoSuchFolder {
                path: path.to_path_buf(),
                folder: folder.to_path_buf(),
            }
            .into());
        }
    }
    Ok(match form {
        Form::File => Target::Replace(at.to_path_buf()),
        Form::Folder => Target::NewFolder(at.to_path_buf()),
    })
}

/// The folder a path is in (`.` for a bare name).
pub(crate) fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn is_through(meta: &fs::Metadata) -> bool {
    matches!(kind_of(meta), PathKind::Fifo | PathKind::CharDevice)
}

fn kind_of(meta: &fs::Metadata) -> PathKind {
    let t = meta.file_type();
    if t.is_file() {
        return PathKind::File;
    }
    if t.is_dir() {
        return PathKind::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return PathKind::Fifo;
        }
        if t.is_char_device() {
            return PathKind::CharDevice;
        }
        if t.is_block_device() {
            return PathKind::BlockDevice;
        }
        if t.is_socket() {
            return PathKind::Socket;
        }
    }
    PathKind::Other
}

fn is_loop(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        // ELOOP is 40 on Linux, 62 on the BSDs and macOS.
        let eloop = if cfg!(any(target_os = "linux", target_os = "android")) {
            40
        } else {
            62
        };
        e.raw_os_error() == Some(eloop)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

fn is_not_a_directory(e: &io::Error) -> bool {
    // ENOTDIR: a part of the path is a file.
    cfg!(unix) && e.raw_os_error() == Some(20)
}

/// Something a command reads, for [`check_output`]: an output is refused when it would
/// replace any file the input stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Input<'a> {
    /// A map as [`crate::io::load_path`] reads it: a JSON file, or a spreadsheet folder
    /// (the folder, or one of its `.csv` files), with every file in it and every sheet
    /// it would read if it were there (`links.csv` in a folder that has none yet).
    /// `-` (standard input) stands for no file.
    Map(&'a Path),
    /// One file read as it is: a rule file, an earlier snapshot in JSON, an imported
    /// GraphML, GEXF, Kumu JSON or matrix file. A path that does not exist (a built-in
    /// rule set's name) stands for no file.
    File(&'a Path),
    /// A folder read with every file in it (Kumu spreadsheets); a file stands for the
    /// folder it is in.
    Folder(&'a Path),
}

/// The sheets of a spreadsheet map, in English and in French, which a map folder's reader
/// reads whenever they are there.
pub(crate) const MAP_SHEETS: &[&str] = &[
    "actors.csv",
    "links.csv",
    "members.csv",
    "forums.csv",
    "needs.csv",
    "map.csv",
    "acteurs.csv",
    "liens.csv",
    "membres.csv",
    "instances.csv",
    "besoins.csv",
    "carte.csv",
];

/// The files of a folder of Kumu spreadsheets, as written and read.
pub(crate) const KUMU_SHEETS: &[&str] = &["elements.csv", "connections.csv", "actormap.json"];

/// What an output is written as, for [`check_output`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OutputForm {
    /// One file: a report, a diagram, a JSON map, an export.
    File,
    /// A folder of a map's spreadsheets (`actors.csv`, `links.csv`, …).
    MapFolder,
    /// A folder of Kumu's spreadsheets (`elements.csv`, `connections.csv`).
    KumuFolder,
}

impl OutputForm {
    /// How [`crate::write_path`] writes a map to `path`: one JSON file for `.json` (and
    /// `-`), a folder of spreadsheets otherwise.
    pub fn of_map(path: impl AsRef<Path>) -> OutputForm {
        match super::MapFormat::of_output(path) {
            super::MapFormat::Json => OutputForm::File,
            super::MapFormat::Spreadsheet => OutputForm::MapFolder,
        }
    }

    fn form(self) -> Form {
        match self {
            OutputForm::File => Form::File,
            OutputForm::MapFolder | OutputForm::KumuFolder => Form::Folder,
        }
    }

    /// The files a folder of this form holds.
    fn sheets(self) -> &'static [&'static str] {
        match self {
            OutputForm::File => &[],
            OutputForm::MapFolder => MAP_SHEETS,
            OutputForm::KumuFolder => KUMU_SHEETS,
        }
    }
}

/// Refuse to replace a folder that holds anything but the files of its form (`sheets`,
/// in any case) and temporary files of an earlier write.
pub(crate) fn only_sheets(shown: &Path, folder: &Path, sheets: &[&str]) -> Result<()> {
    let entries =
        fs::read_dir(folder).map_err(|e| Error::io(Some(shown), IoAction::ReadFolder, e))?;
    let mut others: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(Some(shown), IoAction::ReadFolder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_folder = entry.file_type().is_ok_and(|t| t.is_dir());
        let known = sheets.iter().any(|s| s.eq_ignore_ascii_case(&name))
            || (name.starts_with(".actormap-") && name.ends_with(".tmp"));
        if is_folder || !known {
            others.push(name);
        }
    }
    others.sort();
    match others.into_iter().next() {
        None => Ok(()),
        Some(entry) => Err(ErrorKind::FolderHoldsOther {
            folder: shown.to_path_buf(),
            entry,
        }
        .into()),
    }
}

/// Refuse, before any work is done, an output that would replace one of the inputs, or
/// that cannot be written as `form`.
///
/// The output is refused when, its symbolic links followed, it is the same file as an
/// input (same device and inode, so a hard link or another spelling of the path is seen
/// through), when it is a folder that holds an input, or when it is a sheet that a map
/// folder read as input would read (`-o SHEET/links.csv`): [`ErrorKind::OverwritesInput`].
/// It is also refused when it cannot be written as `form`
/// ([`ErrorKind::CannotWriteOver`]: a folder where a file goes, a file or a device where
/// a folder goes, a socket, a block device, a loop of symbolic links), when it is a link
/// into a folder that does not exist or a file in one ([`ErrorKind::NoSuchFolder`]), and
/// when it is a folder holding anything but the files of `form`
/// ([`ErrorKind::FolderHoldsOther`]). `-` (standard output) is never refused.
///
/// # Example
/// ```
/// use actormap::io::{check_output, Input, OutputForm};
/// use std::path::Path;
///
/// let map = Path::new("fixtures/pierre-de-saurel-aines");
/// let err = check_output(&[Input::Map(map)], &map.join("actors.csv"), OutputForm::File).unwrap_err();
/// assert!(matches!(err.kind(), actormap::ErrorKind::OverwritesInput { .. }));
/// check_output(&[Input::Map(map)], Path::new("-"), OutputForm::File)?;
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn check_output(inputs: &[Input<'_>], output: &Path, form: OutputForm) -> Result<()> {
    if output == Path::new("-") {
        return Ok(());
    }
    let overwrites = || -> Error {
        ErrorKind::OverwritesInput {
            output: output.to_path_buf(),
        }
        .into()
    };
    let (target, replaced_folder) = match resolve(output, form.form()) {
        Ok(Target::Replace(p) | Target::Through(p) | Target::NewFolder(p)) => (p, false),
        Ok(Target::Folder(p)) => (p, true),
        Err(e) => match e.kind() {
            // A folder output creates the folders above it, and none of them can hold
            // an input; a link into a missing folder is refused.
            ErrorKind::NoSuchFolder { .. } if form != OutputForm::File && !is_link(output) => {
                return Ok(());
            }
            _ => return Err(e),
        },
    };
    let out = Identity::of(&target);
    let out_path = absolute(&target);
    for input in inputs {
        let read = ReadSet::of(*input);
        for file in &read.files {
            let same = match (&out, &file.identity) {
                (Some(a), Some(b)) => a == b,
                _ => out_path.is_some() && out_path == file.path,
            };
            if same {
                return Err(overwrites());
            }
            // A folder output replaces everything in it.
            if let (Some(out), Some(path)) = (&out, &file.path) {
                if out.folder
                    && path
                        .ancestors()
                        .skip(1)
                        .any(|a| Identity::of(a).as_ref() == Some(out))
                {
                    return Err(overwrites());
                }
            }
        }
        // A sheet the map folder would read, written there, becomes part of the map.
        for folder in &read.sheet_folders {
            let Some(name) = target.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let here = Identity::of(folder_of(&target));
            if here.is_some()
                && here == Identity::of(folder)
                && MAP_SHEETS.iter().any(|s| s.eq_ignore_ascii_case(name))
            {
                return Err(overwrites());
            }
        }
    }
    if replaced_folder {
        only_sheets(output, &target, form.sheets())?;
    }
    Ok(())
}

/// A file's identity: its device and inode (on Unix), and whether it is a folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Identity {
    device: u64,
    inode: u64,
    folder: bool,
}

impl Identity {
    #[cfg(unix)]
    fn of(path: &Path) -> Option<Identity> {
        use std::os::unix::fs::MetadataExt;
        let meta = fs::metadata(path).ok()?;
        Some(Identity {
            device: meta.dev(),
            inode: meta.ino(),
            folder: meta.is_dir(),
        })
    }

    #[cfg(not(unix))]
    fn of(_: &Path) -> Option<Identity> {
        None
    }
}

/// One file an input stands for.
struct ReadFile {
    identity: Option<Identity>,
    /// Its absolute, resolved path.
    path: Option<PathBuf>,
}

impl ReadFile {
    fn of(path: &Path) -> Option<ReadFile> {
        let real = fs::canonicalize(path).ok()?;
        Some(ReadFile {
            identity: Identity::of(&real),
            path: Some(real),
        })
    }
}

/// Every file an input stands for, and the map folders whose sheets it would read.
#[derive(Default)]
struct ReadSet {
    files: Vec<ReadFile>,
    sheet_folders: Vec<PathBuf>,
}

impl ReadSet {
    fn of(input: Input<'_>) -> ReadSet {
        let mut set = ReadSet::default();
        match input {
            Input::Map(path) if path == Path::new("-") => {}
            Input::Map(path) => match super::MapFormat::of_input(path) {
                super::MapFormat::Spreadsheet => {
                    let folder = if path.is_dir() { path } else { folder_of(path) };
                    set.folder(folder);
                    set.sheet_folders.push(folder.to_path_buf());
                }
                super::MapFormat::Json => set.files.extend(ReadFile::of(path)),
            },
            Input::File(path) => set.files.extend(ReadFile::of(path)),
            Input::Folder(path) => set.folder(if path.is_dir() { path } else { folder_of(path) }),
        }
        set
    }

    /// A folder and every entry in it.
    fn folder(&mut self, folder: &Path) {
        self.files.extend(ReadFile::of(folder));
        if let Ok(entries) = fs::read_dir(folder) {
            for entry in entries.flatten() {
                self.files.extend(ReadFile::of(&entry.path()));
            }
        }
    }
}

/// The absolute, resolved form of a path that may not exist yet (its folder must).
fn absolute(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    fs::canonicalize(folder_of(path)).ok().map(|p| p.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_over_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("map.json");
        fs::write(&map, "{}").unwrap();
        let same = dir.path().join(".").join("map.json");
        let file = OutputForm::File;
        assert!(check_output(&[Input::Map(&map)], &same, file).is_err());
        assert!(check_output(&[Input::Map(&map)], &dir.path().join("other.json"), file).is_ok());
        let err = check_output(&[], dir.path(), file).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ErrorKind::CannotWriteOver {
                    found: PathKind::Folder,
                    ..
                }
            ),
            "{err:?}"
        );
        // A folder that holds a file no map folder holds is not replaced.
        let err = check_output(&[], dir.path(), OutputForm::MapFolder).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::FolderHoldsOther { entry, .. } if entry == "map.json"),
            "{err:?}"
        );
        let err = check_output(&[], &map, OutputForm::MapFolder).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ErrorKind::CannotWriteOver {
                    found: PathKind::File,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_to_what_they_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("real.txt");
        fs::write(&file, "x").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        let real = fs::canonicalize(&file).unwrap();
        assert_eq!(resolve(&link, Form::File).unwrap(), Target::Replace(real));
        let to_new = dir.path().join("new-link.txt");
        std::os::unix::fs::symlink("new.txt", &to_new).unwrap();
        assert_eq!(
            resolve(&to_new, Form::File).unwrap(),
            Target::Replace(dir.path().join("new.txt"))
        );
        let looping = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &looping).unwrap();
        let err = resolve(&looping, Form::File).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ErrorKind::CannotWriteOver {
                    found: PathKind::SymlinkLoop,
                    ..
                }
            ),
            "{err:?}"
        );
        let nowhere = dir.path().join("nowhere");
        std::os::unix::fs::symlink("missing/out.txt", &nowhere).unwrap();
        let err = resolve(&nowhere, Form::File).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::NoSuchFolder { .. }),
            "{err:?}"
        );
    }
}
