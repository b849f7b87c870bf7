//! A standard output closed by the caller (`>&-`).
//!
//! The Rust runtime opens the null device, for reading and writing, in place of any
//! standard stream that is closed when a program starts, so that no file the program
//! opens takes its number. Output meant for it would be lost without a word: when
//! standard output is the null device opened that way, writing to it is an error.
//! (A shell's `> /dev/null` opens the device for writing only, and stays a choice the
//! command respects.)

use std::path::Path;
use std::sync::OnceLock;

use crate::Failure;

/// Whether standard output was closed when the command started.
static STDOUT_CLOSED: OnceLock<bool> = OnceLock::new();

/// Whether standard output was closed when the command started.
fn stdout_closed() -> bool {
    *STDOUT_CLOSED.get_or_init(held_for_closed)
}

/// Whether standard output is what the runtime holds open for a closed one.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn held_for_closed() -> bool {
    use rustix::fs::OFlags;
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;
    let stdout = std::io::stdout();
    let Ok(mode) = rustix::fs::fcntl_getfl(stdout.as_fd()) else {
        return false;
    };
    if mode & OFlags::ACCMODE != OFlags::RDWR {
        return false;
    }
    // The very file the runtime opened as `/dev/null`, whatever that is on this system.
    let identity =
        |meta: std::io::Result<std::fs::Metadata>| meta.ok().map(|m| (m.dev(), m.ino(), m.rdev()));
    let held = stdout
        .as_fd()
        .try_clone_to_owned()
        .map(std::fs::File::from)
        .and_then(|f| f.metadata());
    let null = identity(std::fs::metadata("/dev/null"));
    null.is_some() && identity(held) == null
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn held_for_closed() -> bool {
    false
}

/// Refuse to write `path` (`-` for standard output) when it leads to standard output and
/// that was closed: the output would be lost.
pub(crate) fn refuse_closed_stdout(path: &Path) -> Result<(), Failure> {
    if (path == Path::new("-") || is_stdout(path)) && stdout_closed() {
        return Err(Failure::usage(
            crate::lang().text("cli-error-stdout-closed"),
        ));
    }
    Ok(())
}

/// Whether `path` leads to standard output: `/dev/stdout`, `/dev/fd/1`,
/// `/proc/self/fd/1`, or a symbolic link to one of them.
fn is_stdout(path: &Path) -> bool {
    let own = format!("/proc/{}/fd/1", std::process::id());
    let names = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1", own.as_str()];
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        if names.iter().any(|n| at == Path::new(n)) {
            return true;
        }
        let Ok(link) = std::fs::read_link(&at) else {
            return false;
        };
        at = match at.parent() {
            Some(folder) => folder.join(link),
            None => link,
        };
    }
    false
}
