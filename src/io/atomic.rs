//! Output files are written whole or not at all: the text goes to a temporary file in the
//! same folder, which then replaces the target in one rename. A failed or interrupted run
//! leaves the previous file as it was.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, ErrorKind, IoAction, Result};

/// A set of files to be written together: each is written to a temporary file first, and
/// only when every one is complete are they renamed into place.
pub(crate) struct Batch {
    staged: Vec<(NamedTempFile, PathBuf)>,
}

impl Batch {
    pub(crate) fn new() -> Self {
        Batch { staged: Vec::new() }
    }

    /// Stage `bytes` for `path`. Nothing is visible at `path` until [`Batch::commit`].
    pub(crate) fn stage(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.stage_with(path, |w| w.write_all(bytes))
    }

    /// Stage what `write` writes for `path`, through a buffer: a large output is never
    /// held whole in memory.
    pub(crate) fn stage_with(
        &mut self,
        path: &Path,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if !dir.is_dir() {
            return Err(ErrorKind::NoSuchFolder {
                path: path.to_path_buf(),
                folder: dir.to_path_buf(),
            }
            .into());
        }
        let mut tmp = tempfile::Builder::new()
            .prefix(".actormap-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::io(Some(path), IoAction::CreateTemporary, e))?;
        let mut buffered = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buffered)
            .and_then(|()| buffered.flush())
            .map_err(|e| Error::io(Some(path), IoAction::Write, e))?;
        drop(buffered);
        tmp.as_file()
            .sync_all()
            .map_err(|e| Error::io(Some(path), IoAction::Write, e))?;
        set_permissions(&tmp, path);
        self.staged.push((tmp, path.to_path_buf()));
        Ok(())
    }

    /// Rename every staged file into place.
    pub(crate) fn commit(self) -> Result<()> {
        for (tmp, path) in self.staged {
            tmp.persist(&path)
                .map_err(|e| Error::io(Some(&path), IoAction::Write, e.error))?;
        }
        Ok(())
    }
}

/// New files get the usual permissions of a document (the temporary file starts private);
/// a replaced file keeps its own.
fn set_permissions(tmp: &NamedTempFile, target: &Path) {
    let permissions = match fs::metadata(target) {
        Ok(meta) => meta.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            {
                return;
            }
        }
    };
    // Best effort: a file that keeps the temporary file's permissions is still correct.
    let _ = tmp.as_file().set_permissions(permissions);
}

/// Write `bytes` to `path` whole or not at all: they go to a temporary file in the same
/// folder, which then replaces `path` in one rename. A failed or interrupted write leaves
/// the previous file as it was.
pub fn write_file(path: impl AsRef<Path>, bytes: &[u8]) -> Result<()> {
    let path = path.as_ref();
    let mut batch = Batch::new();
    batch.stage(path, bytes)?;
    batch.commit()
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
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let path = path.as_ref();
    let mut batch = Batch::new();
    batch.stage_with(path, write)?;
    batch.commit()
}

/// Write several files together: each is written to a temporary file beside it first,
/// and only when all are complete are they renamed into place (a report and its diagram,
/// a folder of spreadsheets).
pub fn write_files(files: &[(&Path, &[u8])]) -> Result<()> {
    let mut batch = Batch::new();
    for (path, bytes) in files {
        batch.stage(path, bytes)?;
    }
    batch.commit()
}

/// Refuse to write `output` when it is one of the inputs (or, for a folder output, when
/// an input lies in it and would be replaced).
pub fn ensure_not_input(inputs: &[&Path], output: &Path) -> Result<()> {
    let Some(out) = absolute(output) else {
        return Ok(());
    };
    for input in inputs {
        if *input == Path::new("-") {
            continue;
        }
        let Some(inp) = absolute(input) else { continue };
        if inp == out {
            return Err(ErrorKind::OverwritesInput {
                output: output.to_path_buf(),
            }
            .into());
        }
    }
    Ok(())
}

/// The absolute, resolved form of a path that may not exist yet (its folder must).
fn absolute(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = fs::canonicalize(path) {
        return Some(p);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::canonicalize(parent).ok().map(|p| p.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".actormap-"))
            .collect();
        assert!(leftovers.is_empty());
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
    fn output_over_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("map.json");
        fs::write(&map, "{}").unwrap();
        let same = dir.path().join(".").join("map.json");
        assert!(ensure_not_input(&[&map], &same).is_err());
        assert!(ensure_not_input(&[&map], &dir.path().join("other.json")).is_ok());
    }
}
