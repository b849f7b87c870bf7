//! Outputs are written whole or not at all.
//!
//! - A file goes to a temporary file in the same folder as the real file (symbolic links
//!   followed), which then replaces it in one rename.
//! - A FIFO or a character device (a terminal, `/dev/null`, a pipe behind `/dev/stdout`)
//!   is written through, with no temporary file and no rename.
//! - A folder of files is built whole in a temporary folder beside it, which then takes
//!   its place: on Linux in one atomic exchange (`renameat2` with `RENAME_EXCHANGE`), so
//!   that the folder is at every moment either the old one or the new one, whole; the
//!   old folder is removed only once the exchange is done.
//!
//! A failed or interrupted run leaves the previous output as it was; a run killed by the
//! system may leave a hidden `.actormap-…` file or folder beside the output, never a
//! partial output.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::{NamedTempFile, TempDir};

use super::target::{self, Form, Target, folder_of};
use crate::error::{Error, IoAction, Result};

/// Prefix of every temporary file and folder.
const TEMPORARY: &str = ".actormap-";

/// One file of a batch, ready to be put in place.
enum Staged {
    /// Written to a temporary file, renamed over `target` on commit.
    Temporary {
        file: NamedTempFile,
        target: PathBuf,
        shown: PathBuf,
    },
    /// Written through on commit.
    Through {
        target: PathBuf,
        shown: PathBuf,
        bytes: Vec<u8>,
    },
}

/// A set of files to be written together: each is written to a temporary file first, and
/// only when every one is complete are they put in place.
pub(crate) struct Batch {
    staged: Vec<Staged>,
}

impl Batch {
    pub(crate) fn new() -> Self {
        Batch { staged: Vec::new() }
    }

    /// Stage `bytes` for `path`. Nothing is visible at `path` until [`Batch::commit`].
    pub(crate) fn stage(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.stage_with(path, |w| w.write_all(bytes))
    }

    /// Stage what `write` writes for `path`: through a buffer into the temporary file, so
    /// that a large output is never held whole in memory (what goes through a FIFO or a
    /// device waits in memory for the commit).
    pub(crate) fn stage_with(
        &mut self,
        path: &Path,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<()> {
        let staged = match target::resolve(path, Form::File)? {
            Target::Replace(target) => Staged::Temporary {
                file: temporary_file(path, &target, write)?,
                target,
                shown: path.to_path_buf(),
            },
            Target::Through(target) => {
                let mut bytes = Vec::new();
                write(&mut bytes).map_err(|e| Error::io(Some(path), IoAction::Write, e))?;
                Staged::Through {
                    target,
                    shown: path.to_path_buf(),
                    bytes,
                }
            }
            Target::Folder(_) | Target::NewFolder(_) => unreachable!("a file was resolved"),
        };
        self.staged.push(staged);
        Ok(())
    }

    /// Put every staged file in place: first those written through (a full device fails
    /// the batch before any file is replaced), then the renames.
    pub(crate) fn commit(self) -> Result<()> {
        let (through, renamed): (Vec<_>, Vec<_>) = self
            .staged
            .into_iter()
            .partition(|s| matches!(s, Staged::Through { .. }));
        for staged in through.into_iter().chain(renamed) {
            match staged {
                Staged::Through {
                    target,
                    shown,
                    bytes,
                } => write_through(&shown, &target, &bytes)?,
                Staged::Temporary {
                    file,
                    target,
                    shown,
                } => {
                    file.persist(&target)
                        .map_err(|e| Error::io(Some(&shown), IoAction::Write, e.error))?;
                }
            }
        }
        Ok(())
    }
}

/// What `write` writes, in a complete, synced temporary file in the folder of `target`.
fn temporary_file(
    shown: &Path,
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<NamedTempFile> {
    let mut file = tempfile::Builder::new()
        .prefix(TEMPORARY)
        .suffix(".tmp")
        .tempfile_in(folder_of(target))
        .map_err(|e| Error::io(Some(shown), IoAction::CreateTemporary, e))?;
    let mut buffered = io::BufWriter::new(file.as_file_mut());
    write(&mut buffered)
        .and_then(|()| buffered.flush())
        .map_err(|e| Error::io(Some(shown), IoAction::Write, e))?;
    drop(buffered);
    file.as_file()
        .sync_all()
        .map_err(|e| Error::io(Some(shown), IoAction::Write, e))?;
    // Best effort: a file that keeps the temporary file's permissions is still correct.
    if let Some(p) = permissions(target, 0o644) {
        let _ = file.as_file().set_permissions(p);
    }
    Ok(file)
}

/// Write `bytes` to a FIFO or a device, in place.
fn write_through(shown: &Path, target: &Path, bytes: &[u8]) -> Result<()> {
    write_through_with(shown, target, |w| w.write_all(bytes))
}

/// Write what `write` writes to a FIFO or a device, in place, as it is made.
fn write_through_with(
    shown: &Path,
    target: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let file = fs::OpenOptions::new()
        .write(true)
        .open(target)
        .map_err(|e| Error::io(Some(shown), IoAction::Write, e))?;
    let mut buffered = io::BufWriter::new(file);
    write(&mut buffered)
        .and_then(|()| buffered.flush())
        .map_err(|e| Error::io(Some(shown), IoAction::Write, e))
}

/// The permissions a new file or folder gets: those of the one it replaces, else the
/// usual ones of a document (`mode`); temporary files and folders start private.
fn permissions(replaced: &Path, mode: u32) -> Option<fs::Permissions> {
    match fs::symlink_metadata(replaced) {
        Ok(meta) if !meta.file_type().is_symlink() => Some(meta.permissions()),
        _ => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                Some(fs::Permissions::from_mode(mode))
            }
            #[cfg(not(unix))]
            {
                let _ = mode;
                None
            }
        }
    }
}

/// Write `bytes` to `path` whole or not at all.
///
/// `path` is followed through its symbolic links: a regular file (or nothing yet) is
/// replaced through a temporary file in its own folder, renamed over it once complete,
/// so a failed or interrupted write leaves the previous file as it was; a FIFO or a
/// character device (a terminal, `/dev/null`, `/dev/stdout` on a pipe) is written
/// through. A folder, a socket, a block device or a loop of links is refused
/// ([`ErrorKind::CannotWriteOver`](crate::ErrorKind::CannotWriteOver)), and so is a path whose folder does not exist
/// ([`ErrorKind::NoSuchFolder`](crate::ErrorKind::NoSuchFolder)). A full disk or device is an error.
pub fn write_file(path: impl AsRef<Path>, bytes: &[u8]) -> Result<()> {
    let path = path.as_ref();
    match target::resolve(path, Form::File)? {
        Target::Through(target) => write_through(path, &target, bytes),
        _ => {
            let mut batch = Batch::new();
            batch.stage(path, bytes)?;
            batch.commit()
        }
    }
}

/// Write what `write` writes to `path`, whole or not at all, as [`write_file`] does, but
/// as it is made: the output is never held whole in memory.
///
/// # Example
/// ```
/// # let dir = tempfile::tempdir()?;
/// let path = dir.path().join("liste.txt");
/// actormap::io::write_file_with(&path, |w| writeln!(w, "Carrefour des proches aidants"))?;
/// assert_eq!(std::fs::read_to_string(&path)?, "Carrefour des proches aidants\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_file_with(
    path: impl AsRef<Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let path = path.as_ref();
    match target::resolve(path, Form::File)? {
        Target::Through(target) => write_through_with(path, &target, write),
        _ => {
            let mut batch = Batch::new();
            batch.stage_with(path, write)?;
            batch.commit()
        }
    }
}

/// Write several files that go together (a report and its diagram): each is completed in
/// a temporary file beside it first, and only when all are complete are they renamed into
/// place, as [`write_file`] does for one. A folder of files is written with
/// [`crate::write_path`] or [`crate::interop::export_path`], which replace the folder
/// whole.
pub fn write_files(files: &[(&Path, &[u8])]) -> Result<()> {
    let mut batch = Batch::new();
    for (path, bytes) in files {
        batch.stage(path, bytes)?;
    }
    batch.commit()
}

/// Write a folder holding exactly `files` (names and bytes) at `path`, whole or not at
/// all. An existing folder is replaced only if everything in it is one of `sheets` (the
/// names the map's form can hold, in any case) or a temporary file of an earlier write:
/// a folder holding anything else is refused ([`ErrorKind::FolderHoldsOther`](crate::ErrorKind::FolderHoldsOther)), so
/// nothing the user keeps there is lost.
pub(crate) fn write_folder(path: &Path, files: &[(&str, &[u8])], sheets: &[&str]) -> Result<()> {
    let (real, existing) = match target::resolve(path, Form::Folder)? {
        Target::Folder(real) => (real, true),
        Target::NewFolder(real) => (real, false),
        Target::Replace(_) | Target::Through(_) => unreachable!("a folder was resolved"),
    };
    if existing {
        target::only_sheets(path, &real, sheets)?;
    }
    let staging = tempfile::Builder::new()
        .prefix(TEMPORARY)
        .tempdir_in(folder_of(&real))
        .map_err(|e| Error::io(Some(path), IoAction::CreateTemporary, e))?;
    for (name, bytes) in files {
        let file = staging.path().join(name);
        let shown = path.join(name);
        let mut out = fs::File::create(&file)
            .map_err(|e| Error::io(Some(&shown), IoAction::CreateTemporary, e))?;
        out.write_all(bytes)
            .and_then(|()| out.sync_all())
            .map_err(|e| Error::io(Some(&shown), IoAction::Write, e))?;
        if let Some(p) = permissions(&real.join(name), 0o644) {
            let _ = out.set_permissions(p);
        }
    }
    if let Some(p) = permissions(&real, 0o755) {
        let _ = fs::set_permissions(staging.path(), p);
    }
    sync_folder(staging.path());
    swap_in(path, staging, &real)?;
    sync_folder(folder_of(&real));
    Ok(())
}

/// Put the complete folder `staging` at `real`.
fn swap_in(shown: &Path, staging: TempDir, real: &Path) -> Result<()> {
    let failed = |e: io::Error| Error::io(Some(shown), IoAction::Write, e);
    loop {
        if fs::symlink_metadata(real).is_err() {
            match fs::rename(staging.path(), real) {
                Ok(()) => {
                    // The folder is the output now: nothing to remove.
                    let _ = staging.keep();
                    return Ok(());
                }
                // Another writer put a folder there first: exchange with it.
                Err(e) if already_there(&e) => {}
                Err(e) => return Err(failed(e)),
            }
        }
        match exchange(staging.path(), real) {
            // The temporary folder holds the old one now; dropping it removes it.
            Ok(true) => return Ok(()),
            Ok(false) => return replace_in_two_steps(staging, real).map_err(failed),
            // The folder went away meanwhile: put the new one there.
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(failed(e)),
        }
    }
}

fn already_there(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::AlreadyExists | io::ErrorKind::DirectoryNotEmpty
    )
}

/// Exchange two paths atomically; `Ok(false)` where the system or the file system
/// cannot.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::OPNOTSUPP => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Where no atomic exchange exists: the old folder is moved aside, the new one put in
/// its place (the old one moved back if that fails), then the old one removed. Between
/// the two renames the folder is missing, never mixed.
fn replace_in_two_steps(staging: TempDir, real: &Path) -> io::Result<()> {
    let aside = tempfile::Builder::new()
        .prefix(TEMPORARY)
        .tempdir_in(folder_of(real))?;
    let old = aside.path().join("old");
    fs::rename(real, &old)?;
    if let Err(e) = fs::rename(staging.path(), real) {
        let _ = fs::rename(&old, real);
        return Err(e);
    }
    let _ = staging.keep();
    drop(aside);
    Ok(())
}

/// Make a folder's entries durable (best effort; not every system can sync a folder).
fn sync_folder(folder: &Path) {
    if let Ok(f) = fs::File::open(folder) {
        let _ = f.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(TEMPORARY))
            .collect()
    }

    #[test]
    fn batch_writes_nothing_until_commit() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        fs::write(&a, "old").unwrap();
        let mut batch = Batch::new();
        batch.stage(&a, b"new a").unwrap();
        batch.stage(&b, b"new b").unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "old");
        assert!(!b.exists());
        batch.commit().unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "new a");
        assert_eq!(fs::read_to_string(&b).unwrap(), "new b");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn dropped_batch_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let mut batch = Batch::new();
        batch.stage(&a, b"x").unwrap();
        drop(batch);
        assert!(!a.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_folder_is_replaced_whole() {
        use crate::error::ErrorKind;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("map");
        let sheets = ["a.csv", "b.csv"];
        write_folder(&out, &[("a.csv", b"1"), ("b.csv", b"2")], &sheets).unwrap();
        write_folder(&out, &[("a.csv", b"3")], &sheets).unwrap();
        let names: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.csv"]);
        assert_eq!(fs::read(out.join("a.csv")).unwrap(), b"3");
        assert!(leftovers(dir.path()).is_empty());
        fs::write(out.join("notes.txt"), "mine").unwrap();
        let err = write_folder(&out, &[("a.csv", b"4")], &sheets).unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::FolderHoldsOther { entry, .. } if entry == "notes.txt"),
            "{err:?}"
        );
        assert_eq!(fs::read(out.join("a.csv")).unwrap(), b"3");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn the_fallback_replaces_a_folder_whole() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("map");
        fs::create_dir(&real).unwrap();
        fs::write(real.join("a.csv"), "old").unwrap();
        let staging = tempfile::Builder::new()
            .prefix(TEMPORARY)
            .tempdir_in(dir.path())
            .unwrap();
        fs::write(staging.path().join("b.csv"), "new").unwrap();
        replace_in_two_steps(staging, &real).unwrap();
        assert!(!real.join("a.csv").exists());
        assert_eq!(fs::read(real.join("b.csv")).unwrap(), b"new");
        assert!(leftovers(dir.path()).is_empty());
    }
}
