//! How far a long computation has gone, told to whoever asked: the library never draws
//! anything itself; the command-line tool turns these calls into a progress bar.

use std::fmt;
use std::sync::Arc;

/// A callback told `(done, total)` as a long computation (generating a large map, the
/// all-pairs metrics of a large network) goes on. It may be called from several threads
/// at once, often (once per search source), and with `done` not always increasing when
/// threads race; `done == total` comes last.
///
/// # Example
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::sync::Arc;
/// use actormap::{generate::GenerateOptions, metrics::MetricsOptions, Network, metrics::Progress, metrics::MetricsReport, View};
///
/// let map = actormap::generate::generate(&GenerateOptions::default().with_actors(300));
/// let calls = Arc::new(AtomicUsize::new(0));
/// let counter = Arc::clone(&calls);
/// let progress = Progress::new(move |_done, _total| {
///     counter.fetch_add(1, Ordering::Relaxed);
/// });
/// let network = Network::new(&map, &View::default())?;
/// MetricsReport::compute(&network, &MetricsOptions::default().with_progress(Some(progress)));
/// assert!(calls.load(Ordering::Relaxed) > 0);
/// # Ok::<(), actormap::Error>(())
/// ```
#[derive(Clone)]
pub struct Progress(Arc<dyn Fn(usize, usize) + Send + Sync>);

impl Progress {
    /// A progress callback.
    pub fn new(callback: impl Fn(usize, usize) + Send + Sync + 'static) -> Self {
        Progress(Arc::new(callback))
    }

    /// Tell the callback that `done` of `total` steps are done.
    pub fn report(&self, done: usize, total: usize) {
        (self.0)(done, total);
    }
}

impl fmt::Debug for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Progress(..)")
    }
}

/// Two progress callbacks are equal when they are the same callback (clones of one
/// [`Progress`]).
impl PartialEq for Progress {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Progress {}
