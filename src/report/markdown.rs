//! The report as Markdown (GitHub-flavoured tables).

use std::fmt::Write;

use super::{Content, Section};
use crate::diff::{indicator_change, indicator_rows, indicator_value};
use crate::finding::Finding;
use crate::text::{CHUNK, spill};
use crate::words::{self, Arg, Args, Lang};

/// Text made literal in Markdown: no emphasis, link, heading, table cell break or raw
/// HTML can come from a name.
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '~' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            // A line break inside a name would end the list item or table row.
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn findings(out: &mut String, findings: &[&Finding], lang: Lang) {
    for f in findings {
        let _ = writeln!(out, "- {}", md(&f.sentence(lang)));
    }
    if !findings.is_empty() {
        out.push('\n');
    }
}

/// Write the report to `w` as it is made: a report of a large map is never held whole.
pub(crate) fn render(
    c: &Content,
    diagram_file: Option<&str>,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let lang = c.lang;
    let mut out = String::with_capacity(2 * CHUNK);
    let _ = writeln!(out, "# {}\n", md(&c.title()));
    let meta: Vec<String> = [c.map.territory.as_deref(), c.map.as_of.as_deref()]
        .into_iter()
        .flatten()
        .map(md)
        .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "{}\n", meta.join(" · "));
    }

    if let Some(file) = diagram_file {
        let _ = writeln!(out, "## {}\n", md(&c.heading(Section::Map)));
        // The file name is the caller's; percent-encode what would break the link.
        let target = file
            .replace('%', "%25")
            .replace(' ', "%20")
            .replace('(', "%28")
            .replace(')', "%29");
        let _ = writeln!(out, "![{}]({target})\n", md(&c.heading(Section::Map)));
    }

    let _ = writeln!(out, "## {}\n", md(&c.heading(Section::Indicators)));
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---:|",
        md(&lang.text("report-column-indicator")),
        md(&lang.text("report-column-value"))
    );
    for row in indicator_rows(std::slice::from_ref(&c.metrics)) {
        let _ = writeln!(
            out,
            "| {} | {} |",
            md(&row.label(lang)),
            md(&indicator_value(lang, row.key, row.values[0]))
        );
    }
    if let Some(estimated) = c.metrics.sampling_words(c.lang) {
        let _ = writeln!(out, "\n{}", md(&estimated));
    }
    let _ = writeln!(out, "\n{}\n", md(&c.actors_by_kind()));

    if let Some(diff) = &c.diff {
        let (a, b) = (
            diff.before.as_of.clone().unwrap_or_default(),
            diff.after.as_of.clone().unwrap_or_default(),
        );
        let _ = writeln!(out, "## {}\n", md(&c.change_heading(diff)));
        let _ = writeln!(
            out,
            "| | {} | {} | {} |\n|---|---:|---:|---:|",
            md(&a),
            md(&b),
            md(&lang.text("report-column-change"))
        );
        for row in &diff.indicators {
            let (x, y) = (row.values[0], row.values[1]);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(&row.label(lang)),
                md(&indicator_value(lang, row.key, x)),
                md(&indicator_value(lang, row.key, y)),
                md(&indicator_change(lang, row.key, x, y))
            );
        }
        out.push('\n');
        let list: Vec<&Finding> = diff.findings.iter().collect();
        findings(&mut out, &list, lang);
    }

    let _ = writeln!(out, "## {}\n", md(&c.heading(Section::Findings)));
    for (label, group) in c.finding_groups() {
        let _ = writeln!(out, "### {}\n", md(&label));
        findings(&mut out, &group, lang);
    }

    let _ = writeln!(out, "## {}\n", md(&c.heading(Section::Forums)));
    let map_findings: Vec<&Finding> = c.gaps.map_findings.iter().collect();
    findings(&mut out, &map_findings, lang);
    for forum in &c.gaps.forums {
        let kind = forum.kind.as_deref().map_or(String::new(), |k| {
            let kind = words::render(lang, &Arg::ForumKind(k.to_owned()));
            format!(" ({})", md(&kind))
        });
        let _ = writeln!(out, "### {}{kind}\n", md(&forum.name));
        let _ = writeln!(out, "{}\n", md(&c.composition(forum)));
        if !forum.findings.is_empty() {
            let _ = writeln!(out, "**{}**\n", md(&lang.text("report-rules-not-met")));
            let list: Vec<&Finding> = forum.findings.iter().collect();
            findings(&mut out, &list, lang);
        }
        if !forum.candidates.is_empty() {
            let _ = writeln!(out, "**{}**\n", md(&lang.text("report-whom-to-invite")));
            for (i, cand) in forum.candidates.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{}. **{}** ({}) — {}",
                    i + 1,
                    md(&cand.name),
                    md(&lang.kind(cand.kind)),
                    md(&words::message(
                        lang,
                        "report-score",
                        &Args::new().number("score", cand.score)
                    ))
                );
                for reason in &cand.reasons {
                    let _ = writeln!(out, "   - {}", md(&reason.render(lang)));
                }
            }
            out.push('\n');
        }
        spill(w, &mut out)?;
    }

    let _ = writeln!(out, "## {}\n", md(&c.heading(Section::Actors)));
    let columns = c.actor_columns();
    let titles: Vec<String> = columns.iter().map(|(t, _)| md(t)).collect();
    let rule: Vec<&str> = columns
        .iter()
        .map(|(_, num)| if *num { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "| {} |\n|{}|", titles.join(" | "), rule.join("|"));
    for a in &c.metrics.actors {
        let cells: Vec<String> = c
            .actor_row(a)
            .into_iter()
            .map(|(shown, _)| md(&shown))
            .collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        spill(w, &mut out)?;
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", md(&c.heading(Section::About)));
    if let Some(description) = &c.map.description {
        let _ = writeln!(out, "{}\n", md(description));
    }
    let _ = writeln!(out, "{}", md(&c.method()));
    w.write_all(out.as_bytes())
}
