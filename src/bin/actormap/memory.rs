//! The command's allocator: mimalloc, and an end in the user's language when the machine
//! has no more memory to give, instead of Rust's abort.
//!
//! Rust ends a program whose allocation fails with "memory allocation of N bytes
//! failed" and a core dump. The allocator here stops the command itself: it writes the
//! sentence prepared when the command started (writing it allocates nothing) and exits
//! with the failure code, 2, leaving any output untouched (outputs are written beside
//! their target and renamed into place only when whole).

use std::alloc::{GlobalAlloc, Layout};
use std::io::Write;
use std::sync::OnceLock;

use mimalloc::MiMalloc;

/// The sentence to write when memory runs out, made in the command's language.
static OUT_OF_MEMORY: OnceLock<Box<str>> = OnceLock::new();

/// Prepare the sentence written if memory runs out, in the command's language (once:
/// before, the sentence is English).
pub(crate) fn prepare(message: String) {
    let _ = OUT_OF_MEMORY.set(message.into_boxed_str());
}

/// mimalloc, which ends the command with a sentence when it has no memory to give.
pub(crate) struct Allocator;

#[cold]
fn out_of_memory() -> ! {
    let message = OUT_OF_MEMORY
        .get()
        .map_or("actormap: error: out of memory", |m| m);
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(message.as_bytes());
    let _ = stderr.write_all(b"\n");
    std::process::exit(2)
}

// SAFETY: every call is passed on to mimalloc unchanged; only a null result is acted on,
// by ending the process.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is mimalloc's.
        let p = unsafe { MiMalloc.alloc(layout) };
        if p.is_null() {
            out_of_memory();
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { MiMalloc.alloc_zeroed(layout) };
        if p.is_null() {
            out_of_memory();
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        let p = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
        if p.is_null() {
            out_of_memory();
        }
        p
    }
}
