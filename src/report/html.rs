//! The report as one self-contained HTML document.

use std::fmt::Write;
use std::io;

use crate::text::{CHUNK, spill};

use super::{Content, Section};
use crate::diff::{indicator_change, indicator_rows, indicator_value};
use crate::finding::Finding;
use crate::model::ActorKind;
use crate::words::{self, Arg, Args, Lang};

/// Text made safe for HTML: in element content and in double-quoted attributes.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #1d2330; --muted: #5b6472; --line: #d5d9e0; --warn: #b3261e; --notice: #8a5a00; --info: #2f5d8a; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px 32px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { font-size: 1.3em; border-bottom: 2px solid var(--ink); padding-bottom: 3px; margin: 28px 0 10px; }
h3 { font-size: 1.08em; margin: 18px 0 6px; }
h4 { font-size: 0.95em; margin: 10px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.meta, .note { color: var(--muted); }
nav ol { columns: 2; margin: 6px 0; }
figure { margin: 0; text-align: center; }
figure svg { max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: 0.9em; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 0.92em; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f1f3f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.indicators { width: auto; min-width: 55%; }
ul.findings { list-style: none; padding-left: 0; }
ul.findings li { border-left: 4px solid var(--line); padding: 3px 10px; margin: 6px 0; }
li.warning { border-color: var(--warn) !important; }
li.notice { border-color: var(--notice) !important; }
li.info { border-color: var(--info) !important; }
.kind { display: inline-block; border-radius: 3px; padding: 0 5px; font-size: 0.85em; border: 1px solid #7a8291; white-space: nowrap; }
.forum { border: 1px solid var(--line); border-radius: 4px; padding: 4px 14px 10px; margin: 12px 0; break-inside: avoid; }
ol.candidates > li { margin: 6px 0; }
ol.candidates ul { margin: 2px 0; color: var(--muted); font-size: 0.92em; }
table.sortable th { cursor: pointer; }
table.sortable th[aria-sort]::after { content: " ▾"; }
@page { margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  tr, li, figure { break-inside: avoid; }
  table.actors { font-size: 8pt; }
  figure svg { border: none; max-height: 24cm; }
}
"#;

/// Sorts a table by the column whose header is clicked (numbers by value, text
/// alphabetically); without the script, the table reads in map order.
const SCRIPT: &str = r#"
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var down = th.getAttribute("aria-sort") !== "descending";
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return down ? -c : c;
      });
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", down ? "descending" : "ascending");
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"#;

fn kind_badge(lang: Lang, kind: ActorKind) -> String {
    let style = crate::dot::kind_style(kind);
    format!(
        "<span class=\"kind\" style=\"background:{}\">{}</span>",
        esc(style.fill),
        esc(&lang.kind_label(kind))
    )
}

fn findings_list(out: &mut String, findings: &[&Finding], lang: Lang) {
    if findings.is_empty() {
        return;
    }
    out.push_str("<ul class=\"findings\">\n");
    for f in findings {
        let _ = writeln!(
            out,
            "<li class=\"{}\" data-code=\"{}\">{}</li>",
            f.severity,
            f.code,
            esc(&f.sentence(lang))
        );
    }
    out.push_str("</ul>\n");
}

/// Write the report to `w` as it is made: a report of a large map is never held whole.
pub(crate) fn render(c: &Content, w: &mut dyn io::Write) -> io::Result<()> {
    let lang = c.lang;
    let mut out = String::with_capacity(2 * CHUNK);
    let title = c.title();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.as_str(),
        esc(&words::message(
            lang,
            "report-document-title",
            &Args::new().with("title", title.as_str())
        ))
    );

    // Header.
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&title));
    let meta: Vec<String> = [c.map.territory.as_deref(), c.map.as_of.as_deref()]
        .into_iter()
        .flatten()
        .map(esc)
        .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    out.push_str("</header>\n");

    // Contents.
    let mut toc: Vec<(&str, Section)> = Vec::new();
    if c.diagram.is_some() {
        toc.push(("map", Section::Map));
    }
    toc.push(("indicators", Section::Indicators));
    if c.diff.is_some() {
        toc.push(("change", Section::Change));
    }
    toc.push(("findings", Section::Findings));
    toc.push(("forums", Section::Forums));
    toc.push(("actors", Section::Actors));
    toc.push(("about", Section::About));
    out.push_str("<nav><ol>\n");
    for (id, section) in &toc {
        let _ = writeln!(
            out,
            "<li><a href=\"#{id}\">{}</a></li>",
            esc(&c.heading(*section))
        );
    }
    out.push_str("</ol></nav>\n");

    // The diagram.
    if let Some(svg) = &c.diagram {
        let _ = writeln!(
            out,
            "<section id=\"map\">\n<h2>{}</h2>\n<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n</section>",
            esc(&c.heading(Section::Map)),
            esc(&lang.text("report-diagram-caption"))
        );
    }

    // Headline indicators.
    let _ = writeln!(
        out,
        "<section id=\"indicators\">\n<h2>{}</h2>",
        esc(&c.heading(Section::Indicators))
    );
    let rows = indicator_rows(std::slice::from_ref(&c.metrics));
    out.push_str("<table class=\"indicators\">\n<tbody>\n");
    for row in &rows {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td class=\"num\">{}</td></tr>",
            esc(&row.label(lang)),
            esc(&indicator_value(lang, row.key, row.values[0]))
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if let Some(estimated) = c.metrics.sampling_words(c.lang) {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&estimated));
    }
    let _ = writeln!(out, "<p>{}</p>\n</section>", esc(&c.actors_by_kind()));

    // What changed.
    if let Some(diff) = &c.diff {
        let _ = writeln!(
            out,
            "<section id=\"change\">\n<h2>{}</h2>",
            esc(&c.change_heading(diff))
        );
        let heads = [
            diff.before.as_of.clone().unwrap_or_default(),
            diff.after.as_of.clone().unwrap_or_default(),
        ];
        let _ = writeln!(
            out,
            "<table class=\"indicators\">\n<thead><tr><th></th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
            esc(&heads[0]),
            esc(&heads[1]),
            esc(&lang.text("report-column-change"))
        );
        for row in &diff.indicators {
            let (a, b) = (row.values[0], row.values[1]);
            let _ = writeln!(
                out,
                "<tr><th>{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&row.label(lang)),
                esc(&indicator_value(lang, row.key, a)),
                esc(&indicator_value(lang, row.key, b)),
                esc(&indicator_change(lang, row.key, a, b))
            );
        }
        out.push_str("</tbody>\n</table>\n");
        let findings: Vec<&Finding> = diff.findings.iter().collect();
        findings_list(&mut out, &findings, lang);
        out.push_str("</section>\n");
    }

    // Findings, most serious first.
    let _ = writeln!(
        out,
        "<section id=\"findings\">\n<h2>{}</h2>",
        esc(&c.heading(Section::Findings))
    );
    for (label, group) in c.finding_groups() {
        let _ = writeln!(out, "<h3>{}</h3>", esc(&label));
        findings_list(&mut out, &group, lang);
    }
    out.push_str("</section>\n");
    spill(w, &mut out)?;

    forums(&mut out, c, w)?;
    actors(&mut out, c, w)?;
    about(&mut out, c);

    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    w.write_all(out.as_bytes())
}

fn forums(out: &mut String, c: &Content, w: &mut dyn io::Write) -> io::Result<()> {
    let lang = c.lang;
    let _ = writeln!(
        out,
        "<section id=\"forums\">\n<h2>{}</h2>",
        esc(&c.heading(Section::Forums))
    );
    let map_findings: Vec<&Finding> = c.gaps.map_findings.iter().collect();
    findings_list(out, &map_findings, lang);
    for forum in &c.gaps.forums {
        let kind = forum.kind.as_deref().map_or(String::new(), |k| {
            format!(
                " <span class=\"note\">({})</span>",
                esc(&words::render(lang, &Arg::ForumKind(k.to_owned())))
            )
        });
        let _ = writeln!(
            out,
            "<article class=\"forum\">\n<h3>{}{kind}</h3>",
            esc(&forum.name)
        );
        let composition = c.composition(forum);
        let _ = writeln!(out, "<p>{}</p>", esc(&composition));
        if !forum.kinds_absent.is_empty() {
            let absent: Vec<String> = forum
                .kinds_absent
                .iter()
                .map(|k| kind_badge(lang, *k))
                .collect();
            let _ = writeln!(
                out,
                "<p>{} {}</p>",
                esc(&lang.text("report-kinds-absent")),
                absent.join(" ")
            );
        }
        if !forum.findings.is_empty() {
            let _ = writeln!(out, "<h4>{}</h4>", esc(&lang.text("report-rules-not-met")));
            let findings: Vec<&Finding> = forum.findings.iter().collect();
            findings_list(out, &findings, lang);
        }
        if !forum.candidates.is_empty() {
            let _ = writeln!(
                out,
                "<h4>{}</h4>\n<ol class=\"candidates\">",
                esc(&lang.text("report-whom-to-invite"))
            );
            for cand in &forum.candidates {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> {} <span class=\"note\">{}</span>\n<ul>",
                    esc(&cand.name),
                    kind_badge(lang, cand.kind),
                    esc(&words::message(
                        lang,
                        "report-score",
                        &Args::new().number("score", cand.score)
                    ))
                );
                for reason in &cand.reasons {
                    let _ = writeln!(out, "<li>{}</li>", esc(&reason.render(lang)));
                }
                out.push_str("</ul></li>\n");
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</article>\n");
        spill(w, out)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn actors(out: &mut String, c: &Content, w: &mut dyn io::Write) -> io::Result<()> {
    let lang = c.lang;
    let _ = writeln!(
        out,
        "<section id=\"actors\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>",
        esc(&c.heading(Section::Actors)),
        esc(&lang.text("report-actors-note"))
    );
    out.push_str("<table class=\"sortable actors\">\n<thead><tr>");
    let columns = c.actor_columns();
    for (title, num) in &columns {
        let _ = write!(
            out,
            "<th{}>{}</th>",
            if *num { " class=\"num\"" } else { "" },
            esc(title)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for a in &c.metrics.actors {
        out.push_str("<tr>");
        for (i, ((shown, sort), (_, num))) in c.actor_row(a).iter().zip(&columns).enumerate() {
            // The kind column shows its colour.
            let shown = if i == 1 {
                kind_badge(lang, a.kind)
            } else {
                esc(shown)
            };
            let _ = write!(
                out,
                "<td{} data-sort=\"{}\">{shown}</td>",
                if *num { " class=\"num\"" } else { "" },
                esc(sort)
            );
        }
        out.push_str("</tr>\n");
        spill(w, out)?;
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn about(out: &mut String, c: &Content) {
    let _ = writeln!(
        out,
        "<section id=\"about\">\n<h2>{}</h2>",
        esc(&c.heading(Section::About))
    );
    if let Some(description) = &c.map.description {
        let _ = writeln!(out, "<p>{}</p>", esc(description));
    }
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>\n</section>",
        esc(&c.method())
    );
}
