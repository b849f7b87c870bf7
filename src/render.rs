//! Drawing a diagram as an image (SVG, PNG, PDF) with Graphviz.
//!
//! The `dot` program is started directly (no shell) with the layout engine as `-K` and
//! the format as `-T`; the DOT text goes to its standard input and the image comes back
//! on its standard output. Nothing is written to a temporary file, so a render that is
//! stopped at any point leaves nothing behind. The output file is then written by the
//! caller, so its name may hold spaces or anything else.

use std::io::{self, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::dot::Dot;
use crate::error::{Error, ErrorKind, Result};

/// Resolution of PNG images, in dots per inch: sharp on a projector, and a 36-actor map
/// stays well under a megabyte and a half.
pub const PNG_DPI: u32 = 110;

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
    let mut args = vec![format!("-K{}", layout.as_str())];
    args.extend(format.args());
    run_graphviz(&dot.to_string(), &args)
}

/// Run `dot` with `args` on `text` through pipes: the image, or what Graphviz said.
fn run_graphviz(text: &str, args: &[String]) -> Result<Vec<u8>> {
    let mut child = Command::new("dot")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| graphviz_error(&e))?;
    let mut stdin = child.stdin.take().expect("a piped standard input");
    // The text is fed from another thread while the image is read, so that neither
    // pipe fills up and blocks the other.
    let (fed, output) = std::thread::scope(|s| {
        let feeder = s.spawn(move || stdin.write_all(text.as_bytes()));
        let output = child.wait_with_output();
        (feeder.join(), output)
    });
    let output = output.map_err(|e| graphviz_error(&e))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(graphviz_error(&io::Error::other(said.into_owned())));
    }
    match fed {
        Ok(Ok(())) => Ok(output.stdout),
        // Graphviz succeeded without reading all of the text: it did not draw it.
        Ok(Err(e)) => Err(graphviz_error(&e)),
        Err(_) => Err(graphviz_error(&io::Error::other(""))),
    }
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
