//! Drawing a diagram as an image (SVG, PNG, PDF) with Graphviz.
//!
//! The `dot` program is started directly (no shell) with the layout engine as `-K` and
//! the format as `-T`; the DOT text goes to its standard input and the image comes back
//! on its standard output. Nothing is written to a temporary file, so a render that is
//! stopped at any point leaves nothing behind. The output file is then written by the
//! caller, so its name may hold spaces or anything else.
//!
//! Graphviz runs within limits ([`GraphvizLimits`]): past its time it is stopped, and on
//! Linux the memory it may use is capped, so that a map too large or too dense to draw
//! gets a clear error ([`crate::ErrorKind::GraphvizTimedOut`],
//! [`crate::ErrorKind::GraphvizOutOfMemory`]) rather than an exhausted machine.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::dot::Dot;
use crate::error::{Error, ErrorKind, Result};

/// Resolution of PNG images, in dots per inch: sharp on a projector, and a 36-actor map
/// stays well under a megabyte and a half.
pub const PNG_DPI: u32 = 110;

/// How long Graphviz may draw and how much memory it may use.
///
/// The defaults, 120 seconds and 4 GiB, draw every map the report draws (up to
/// [`crate::report::DIAGRAM_MAX_ACTORS`] actors) on a laptop. [`GraphvizLimits::from_env`]
/// reads other limits from the environment: `ACTORMAP_GRAPHVIZ_SECONDS` and
/// `ACTORMAP_GRAPHVIZ_MEMORY_MB` (mebibytes). The memory limit is the address space of
/// the `dot` process, set on Linux only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GraphvizLimits {
    /// The longest Graphviz may draw.
    pub time: Duration,
    /// The most memory Graphviz may use, in bytes.
    pub memory_bytes: u64,
}

impl Default for GraphvizLimits {
    fn default() -> Self {
        GraphvizLimits {
            time: Duration::from_secs(120),
            memory_bytes: 4 << 30,
        }
    }
}

impl GraphvizLimits {
    /// The limits set in the environment (`ACTORMAP_GRAPHVIZ_SECONDS`,
    /// `ACTORMAP_GRAPHVIZ_MEMORY_MB`), each a whole number above zero; the default for
    /// one that is not set or not such a number.
    pub fn from_env() -> Self {
        let read = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
                .filter(|&n| n > 0)
        };
        let default = GraphvizLimits::default();
        GraphvizLimits {
            time: read("ACTORMAP_GRAPHVIZ_SECONDS").map_or(default.time, Duration::from_secs),
            memory_bytes: read("ACTORMAP_GRAPHVIZ_MEMORY_MB")
                .map_or(default.memory_bytes, |mb| mb.saturating_mul(1 << 20)),
        }
    }
}

/// The Graphviz layout engine.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Layered (`dot`): follows the direction of links; draws clusters. The default.
    #[default]
    Dot,
    /// Spring model (`neato`): a network without hierarchy; no clusters.
    Neato,
    /// Force-directed (`fdp`): like neato, and draws clusters.
    Fdp,
    /// Scalable force-directed (`sfdp`): for large maps.
    Sfdp,
    /// Circular (`circo`): actors on circles.
    Circo,
}

impl Layout {
    /// Every layout, as accepted on the command line.
    pub const ALL: [Layout; 5] = [
        Layout::Dot,
        Layout::Neato,
        Layout::Fdp,
        Layout::Sfdp,
        Layout::Circo,
    ];

    /// The engine's name: `dot`, `neato`, `fdp`, `sfdp`, `circo`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }
}

crate::model::codes!(Layout);

/// The image format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// Scalable vector graphics, for the web and for slides.
    Svg,
    /// A bitmap at [`PNG_DPI`] dots per inch.
    Png,
    /// A document, for print.
    Pdf,
}

impl ImageFormat {
    /// Every format, as file extensions.
    pub const ALL: [ImageFormat; 3] = [ImageFormat::Svg, ImageFormat::Png, ImageFormat::Pdf];

    /// The file extension: `svg`, `png`, `pdf`.
    pub fn as_str(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
            ImageFormat::Pdf => "pdf",
        }
    }

    /// The format named by a file's extension (in any case).
    ///
    /// # Example
    /// ```
    /// use actormap::render::ImageFormat;
    ///
    /// assert_eq!(ImageFormat::from_path("carte des acteurs.PNG")?, ImageFormat::Png);
    /// let err = ImageFormat::from_path("map.jpg").unwrap_err();
    /// assert!(err.to_string().contains("svg, png, pdf"));
    /// # Ok::<(), actormap::Error>(())
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Result<ImageFormat> {
        let path = path.as_ref();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        ImageFormat::ALL
            .into_iter()
            .find(|f| f.as_str() == ext)
            .ok_or_else(|| {
                ErrorKind::UnknownImageFormat {
                    path: path.to_path_buf(),
                }
                .into()
            })
    }

    fn args(self) -> Vec<String> {
        match self {
            ImageFormat::Svg => vec!["-Tsvg".into()],
            ImageFormat::Png => vec!["-Tpng".into(), format!("-Gdpi={PNG_DPI}")],
            ImageFormat::Pdf => vec!["-Tpdf".into()],
        }
    }
}

crate::model::codes!(ImageFormat);

/// Draw a diagram with Graphviz and return the image's bytes.
///
/// Needs Graphviz installed (its `dot` program on the `PATH`); without it the error
/// ([`crate::ErrorKind::GraphvizMissing`]) says how to install it. When Graphviz rejects
/// the diagram, its own message is in the error ([`crate::ErrorKind::Graphviz`]).
/// Graphviz runs within the limits of the environment ([`GraphvizLimits::from_env`]);
/// [`render_with`] takes others.
///
/// # Example
/// ```no_run
/// use actormap::{dot::DotOptions, render::ImageFormat, render::Layout};
///
/// let map = actormap::read_path("fixtures/crd-csss-partnership.json")?;
/// let dot = actormap::dot::to_dot(&map, &DotOptions::default())?;
/// let svg = actormap::render::render(&dot, Layout::Dot, ImageFormat::Svg)?;
/// actormap::io::write_file("partenariat.svg", &svg)?;
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn render(dot: &Dot, layout: Layout, format: ImageFormat) -> Result<Vec<u8>> {
    render_with(dot, layout, format, &GraphvizLimits::from_env())
}

/// Draw a diagram as [`render`] does, with Graphviz within `limits`.
///
/// # Example
/// ```no_run
/// use std::time::Duration;
/// use actormap::render::{GraphvizLimits, ImageFormat, Layout};
///
/// let map = actormap::read_path("fixtures/crd-csss-partnership.json")?;
/// let dot = actormap::dot::to_dot(&map, &Default::default())?;
/// let limits = GraphvizLimits { time: Duration::from_secs(10), ..GraphvizLimits::default() };
/// let svg = actormap::render::render_with(&dot, Layout::Sfdp, ImageFormat::Svg, &limits)?;
/// # Ok::<(), actormap::Error>(())
/// ```
pub fn render_with(
    dot: &Dot,
    layout: Layout,
    format: ImageFormat,
    limits: &GraphvizLimits,
) -> Result<Vec<u8>> {
    let mut args = vec![format!("-K{}", layout.as_str())];
    args.extend(format.args());
    run_graphviz(&dot.to_string(), &args, limits)
}

/// How often a running Graphviz is looked at.
const POLL: Duration = Duration::from_millis(20);

/// Run `dot` with `args` on `text` through pipes, within `limits`: the image, or what
/// Graphviz said.
fn run_graphviz(text: &str, args: &[String], limits: &GraphvizLimits) -> Result<Vec<u8>> {
    let mut child = Command::new("dot")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| graphviz_error(&e))?;
    // Set before any text is fed: until then `dot` only loads its plugins.
    let capped = cap_memory(&child, limits.memory_bytes);
    let mut stdin = child.stdin.take().expect("a piped standard input");
    let mut stdout = child.stdout.take().expect("a piped standard output");
    let mut stderr = child.stderr.take().expect("a piped standard error");
    let started = Instant::now();
    // The text is fed and the image and messages read from other threads, so that no
    // pipe fills up and blocks another while the time is watched here.
    let (fed, image, said, status) = std::thread::scope(|s| {
        let feeder = s.spawn(move || stdin.write_all(text.as_bytes()));
        let image = s.spawn(move || {
            let mut out = Vec::new();
            stdout.read_to_end(&mut out).map(|_| out)
        });
        let said = s.spawn(move || {
            let mut out = Vec::new();
            // What Graphviz says is kept short: a message, not a flood.
            (&mut stderr)
                .take(64 * 1024)
                .read_to_end(&mut out)
                .map(|_| out)
        });
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Ok(Some(status)),
                Ok(None) if started.elapsed() >= limits.time => {
                    // Stopped: its pipes close, and the threads end.
                    let _ = child.kill();
                    let _ = child.wait();
                    break Ok(None);
                }
                Ok(None) => std::thread::sleep(POLL),
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break Err(e);
                }
            }
        };
        (feeder.join(), image.join(), said.join(), status)
    });
    let Some(status) = status.map_err(|e| graphviz_error(&e))? else {
        return Err(ErrorKind::GraphvizTimedOut {
            seconds: limits.time.as_secs().max(1),
        }
        .into());
    };
    let said = match said {
        Ok(Ok(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        _ => String::new(),
    };
    if !status.success() {
        if capped && out_of_memory(&status, &said) {
            return Err(ErrorKind::GraphvizOutOfMemory {
                megabytes: limits.memory_bytes >> 20,
            }
            .into());
        }
        return Err(graphviz_error(&io::Error::other(said)));
    }
    let image = match image {
        Ok(Ok(image)) => image,
        Ok(Err(e)) => return Err(graphviz_error(&e)),
        Err(_) => return Err(graphviz_error(&io::Error::other(""))),
    };
    match fed {
        Ok(Ok(())) => Ok(image),
        // Graphviz succeeded without reading all of the text: it did not draw it.
        Ok(Err(e)) => Err(graphviz_error(&e)),
        Err(_) => Err(graphviz_error(&io::Error::other(""))),
    }
}

/// Cap the address space of the running `dot` at `bytes`; whether it was.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn cap_memory(child: &std::process::Child, bytes: u64) -> bool {
    use rustix::process::{Pid, Resource, Rlimit, prlimit};
    let limit = Rlimit {
        current: Some(bytes),
        maximum: Some(bytes),
    };
    prlimit(Some(Pid::from_child(child)), Resource::As, limit).is_ok()
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn cap_memory(_: &std::process::Child, _: u64) -> bool {
    false
}

/// Whether a failed `dot` ran out of memory: it says so, or it was killed by a signal
/// (an allocation that fails inside a library aborts or faults).
fn out_of_memory(status: &std::process::ExitStatus, said: &str) -> bool {
    let said = said.to_lowercase();
    status.code().is_none()
        || said.contains("out of memory")
        || said.contains("memory allocation")
        || said.contains("cannot allocate")
        || said.contains("bad_alloc")
}

fn graphviz_error(e: &io::Error) -> Error {
    if e.kind() == io::ErrorKind::NotFound {
        return ErrorKind::GraphvizMissing.into();
    }
    let message = e.to_string();
    let message = message.trim();
    ErrorKind::Graphviz {
        message: (!message.is_empty()).then(|| message.to_owned()),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphviz_failures_say_what_to_do() {
        let missing = graphviz_error(&io::Error::from(io::ErrorKind::NotFound));
        assert!(matches!(missing.kind(), ErrorKind::GraphvizMissing));
        assert!(missing.to_string().starts_with(
            "Graphviz is not installed (the `dot` program was not found). Install it"
        ));
        let rejected = graphviz_error(&io::Error::other(
            "Error: <stdin>: syntax error in line 3\n",
        ));
        assert_eq!(
            rejected.to_string(),
            "Graphviz could not draw the diagram: Error: <stdin>: syntax error in line 3"
        );
        let silent = graphviz_error(&io::Error::other(""));
        assert_eq!(silent.to_string(), "Graphviz could not draw the diagram");
    }

    #[test]
    fn formats_and_layouts_by_name() {
        assert_eq!(
            ImageFormat::from_path("a b/carte.Svg").unwrap(),
            ImageFormat::Svg
        );
        assert!(ImageFormat::from_path("carte").is_err());
        assert_eq!("sfdp".parse::<Layout>(), Ok(Layout::Sfdp));
        assert!("twopi".parse::<Layout>().is_err());
    }
}
