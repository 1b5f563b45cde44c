//! The self-contained HTML report for `claimdiff compare --format html`.
//!
//! One file with inline CSS and no script, that loads nothing from the network:
//!
//! ```text
//! header      documents, findings by severity and by rule, cluster counts
//! agreement   outlet × outlet: clusters shared / clusters in conflict
//! claims      cluster × outlet: who carries each claim, and whether it is in conflict
//! findings    errors, then warnings, then info; every location links into the articles
//! articles    one column per outlet, every claim and every finding span anchored
//! ```
//!
//! Anchors: `d{doc}` is an article, `d{doc}-{claim id}` a claim in it, `k{cluster}` a row
//! of the claims table, `f{n}` the n-th finding as listed (1-based), and `f{n}-p`,
//! `f{n}-r{k}`, `f{n}-s{k}` its primary, k-th related and k-th supporting span in the
//! articles.
//!
//! Like the other renderers this one holds no comparison logic: everything comes from the
//! [`Comparison`] and the extracted documents. Everything taken from the input is escaped
//! (`Esc`); spans that overlap or nest are written as properly nested elements
//! (`write_marked`). The output depends only on the input: no timestamps, no hash order.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::io::{self, Write};
use std::ops::Range;

use crate::compare::classify::{Finding, Location, Piece};
use crate::compare::rules::{ALL_RULES, Rule, Severity};
use crate::compare::{Comparison, Status};
use crate::extract::Claim;
use crate::ingest::BlockKind;
use crate::pipeline::Extracted;
use crate::segment::ParaRole;

/// Write the HTML report (one file, inline CSS, no network).
///
/// The page is written a part at a time: each section, each finding once the findings
/// written since the last part pass [`FLUSH_AT`] bytes, and each article. Built whole,
/// the page of one event of 1,000 generated reports (274 MB) peaked at 473 MB.
pub fn compare<W: Write + ?Sized>(w: &mut W, c: &Comparison, docs: &[Extracted]) -> io::Result<()> {
    let mut out = String::with_capacity(FLUSH_AT + 64 * 1024);
    let mut failed: Option<io::Error> = None;
    let written = {
        let mut flush = |o: &mut String| -> fmt::Result {
            if let Err(e) = w.write_all(o.as_bytes()) {
                failed = Some(e);
                return Err(fmt::Error);
            }
            o.clear();
            Ok(())
        };
        Page::new(c, docs).write(&mut out, &mut flush)
    };
    match failed {
        Some(e) => Err(e),
        None => written.map_err(io::Error::other),
    }
}

/// Bytes of findings the page holds before it writes them out.
const FLUSH_AT: usize = 1 << 20;

/// Writes out and empties a part of the page.
type Flush<'a> = dyn FnMut(&mut String) -> fmt::Result + 'a;

// ---------------------------------------------------------------------------------------
// Escaping

/// Text escaped for HTML element content and double- or single-quoted attribute values:
/// `& < > " '` become character references, everything else is written as is.
pub(crate) struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut last = 0;
        for (i, b) in s.bytes().enumerate() {
            let rep = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            // The five bytes are ASCII, so `i` is a character boundary.
            f.write_str(&s[last..i])?;
            f.write_str(rep)?;
            last = i + 1;
        }
        f.write_str(&s[last..])
    }
}

// ---------------------------------------------------------------------------------------
// Nesting spans

/// An element to wrap around a byte range of a text.
#[derive(Debug, Clone)]
pub(crate) struct Mark {
    /// Bytes of the text to wrap.
    pub range: Range<usize>,
    /// Which of two marks over the same range is outside: lower is outer.
    pub rank: u8,
    /// Element name.
    pub tag: &'static str,
    /// Attributes of the first element written for this mark (with its `id`), already
    /// escaped, each with a leading space.
    pub attrs: String,
    /// Attributes of the elements that continue the mark after it had to be closed (at a
    /// crossing mark or a paragraph break): no `id`, so ids stay unique.
    pub cont: String,
}

/// The largest character boundary at or before `i` (clamped to the text).
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest character boundary at or after `i` (clamped to the text).
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A range widened to character boundaries and clamped to the text.
fn fix_range(text: &str, r: &Range<usize>) -> Range<usize> {
    let start = floor_boundary(text, r.start);
    let end = ceil_boundary(text, r.end.max(r.start)).max(start);
    start..end
}

/// Write `text` as paragraphs (`<p{attrs}>` for each of `paras`, in order) with every mark
/// wrapped around its range, leaving out the bytes in `hidden` (sorted ranges).
///
/// Marks may overlap, cross and run across paragraphs, so each is written as one or more
/// elements: at every position where a mark starts or ends, the elements that must close
/// are closed and the rest reopened, outer first (earlier start, then longer, then lower
/// rank). The first element of a mark gets [`Mark::attrs`], the others [`Mark::cont`].
/// Offsets inside a UTF-8 character are widened to the whole character. A mark that covers
/// no paragraph text (empty, in a gap between paragraphs, past the end) is written as an
/// empty element at the nearest following position, so its id still exists. Text between
/// paragraphs is not written: the caller passes every piece worth showing.
pub(crate) fn write_marked(
    out: &mut String,
    text: &str,
    hidden: &[Range<usize>],
    paras: &[(Range<usize>, String)],
    marks: &[Mark],
) -> fmt::Result {
    // Paragraphs in order, on character boundaries, without overlap.
    let mut blocks: Vec<(Range<usize>, &str)> = Vec::with_capacity(paras.len());
    let mut sorted: Vec<&(Range<usize>, String)> = paras.iter().collect();
    sorted.sort_by_key(|(r, _)| (r.start, r.end));
    for (r, attrs) in sorted {
        let mut r = fix_range(text, r);
        if let Some((prev, _)) = blocks.last() {
            r.start = r.start.max(prev.end);
        }
        if r.start < r.end {
            blocks.push((r, attrs));
        }
    }

    // Marks with text to wrap, in nesting order; the others become empty elements.
    let ranges: Vec<Range<usize>> = marks.iter().map(|m| fix_range(text, &m.range)).collect();
    let covers_text = |r: &Range<usize>| {
        let i = blocks.partition_point(|(b, _)| b.end <= r.start);
        blocks.get(i).is_some_and(|(b, _)| b.start < r.end)
    };
    let mut order: Vec<usize> = Vec::new();
    let mut empty: Vec<(usize, usize)> = Vec::new();
    for (i, r) in ranges.iter().enumerate() {
        if r.start < r.end && covers_text(r) {
            order.push(i);
        } else {
            // The next paragraph position at or after the start (or the end of the last).
            let j = blocks.partition_point(|(b, _)| b.end < r.start);
            let at = match blocks.get(j) {
                Some((b, _)) => r.start.max(b.start),
                None => blocks.last().map_or(0, |(b, _)| b.end),
            };
            empty.push((at, i));
        }
    }
    order.sort_by_key(|&i| {
        (
            ranges[i].start,
            std::cmp::Reverse(ranges[i].end),
            marks[i].rank,
            i,
        )
    });
    empty.sort_unstable();

    // Every position where the set of open marks can change.
    let mut points: Vec<usize> = Vec::with_capacity(2 * (blocks.len() + marks.len()));
    for (b, _) in &blocks {
        points.push(b.start);
        points.push(b.end);
    }
    for &i in &order {
        points.push(ranges[i].start);
        points.push(ranges[i].end);
    }
    points.extend(empty.iter().map(|&(at, _)| at));
    points.sort_unstable();
    points.dedup();

    let mut opened = vec![false; marks.len()];
    let mut next = 0; // next mark in `order` to become active
    let mut active: BTreeSet<usize> = BTreeSet::new(); // positions in `order`
    let mut stack: Vec<usize> = Vec::new(); // positions in `order`, outermost first
    let mut next_empty = 0;
    let hidden: Vec<Range<usize>> = hidden.iter().map(|r| fix_range(text, r)).collect();
    let mut next_hidden = 0;

    let write_empty = |out: &mut String, at: usize, next_empty: &mut usize, opened: &mut [bool]| {
        while let Some(&(pos, i)) = empty.get(*next_empty) {
            if pos > at {
                break;
            }
            let m = &marks[i];
            write!(out, "<{}{}></{}>", m.tag, m.attrs, m.tag)?;
            opened[i] = true;
            *next_empty += 1;
        }
        Ok::<(), fmt::Error>(())
    };

    for (b, attrs) in &blocks {
        write!(out, "<p{attrs}>")?;
        let first = points.partition_point(|&p| p < b.start);
        let last = points.partition_point(|&p| p <= b.end);
        for w in points[first..last].windows(2) {
            let (a, z) = (w[0], w[1]);
            while let Some(&i) = order.get(next) {
                if ranges[i].start > a {
                    break;
                }
                active.insert(next);
                next += 1;
            }
            active.retain(|&p| ranges[order[p]].end > a);
            // Keep the open elements the segment still needs, close the rest.
            let keep = stack
                .iter()
                .zip(active.iter())
                .take_while(|(s, a)| s == a)
                .count();
            while stack.len() > keep {
                let p = stack.pop().expect("stack is longer than keep");
                write!(out, "</{}>", marks[order[p]].tag)?;
            }
            write_empty(out, a, &mut next_empty, &mut opened)?;
            for &p in active.iter().skip(keep) {
                let i = order[p];
                let m = &marks[i];
                let attrs = if opened[i] { &m.cont } else { &m.attrs };
                write!(out, "<{}{}>", m.tag, attrs)?;
                opened[i] = true;
                stack.push(p);
            }
            write_visible(out, text, a..z, &hidden, &mut next_hidden)?;
        }
        write_empty(out, b.end, &mut next_empty, &mut opened)?;
        while let Some(p) = stack.pop() {
            write!(out, "</{}>", marks[order[p]].tag)?;
        }
        out.push_str("</p>");
    }
    // Only when there is no paragraph at all: the ids must exist all the same.
    if opened.iter().any(|o| !o) {
        out.push_str("<p class=\"b-other\">");
        for (i, m) in marks.iter().enumerate() {
            if !opened[i] {
                write!(out, "<{}{}></{}>", m.tag, m.attrs, m.tag)?;
            }
        }
        out.push_str("</p>");
    }
    Ok(())
}

/// Write `text[r]` escaped, without the bytes in `hidden` (sorted ranges on character
/// boundaries). `next` is where to start looking in `hidden`; ranges are written in order.
fn write_visible(
    out: &mut String,
    text: &str,
    r: Range<usize>,
    hidden: &[Range<usize>],
    next: &mut usize,
) -> fmt::Result {
    while hidden.get(*next).is_some_and(|h| h.end <= r.start) {
        *next += 1;
    }
    let mut pos = r.start;
    for h in &hidden[*next..] {
        if h.start >= r.end {
            break;
        }
        if h.start > pos {
            write!(out, "{}", Esc(&text[pos..h.start]))?;
        }
        pos = pos.max(h.end);
        if pos >= r.end {
            return Ok(());
        }
    }
    write!(out, "{}", Esc(&text[pos..r.end]))
}

/// The bytes of a Markdown file that its view blanked (markup: `**`, `#`, link targets),
/// as ranges of the view: shown, they would only leave odd spaces. Plain text has none.
fn blanked(text: &str, view: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if std::ptr::eq(text, view) || text.len() != view.len() {
        return out;
    }
    for (i, (t, v)) in text.bytes().zip(view.bytes()).enumerate() {
        if v == b' ' && !t.is_ascii_whitespace() {
            match out.last_mut() {
                Some(last) if last.end == i => last.end = i + 1,
                _ => out.push(i..i + 1),
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// The page

const CSS: &str = include_str!("html.css");

fn sev_symbol(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "ℹ",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `<section>` with its `<h2>`; `title` is HTML.
fn open_section(o: &mut String, id: &str, title: &str) -> fmt::Result {
    writeln!(
        o,
        "<section id=\"{id}\" aria-labelledby=\"{id}-h\">\n<h2 id=\"{id}-h\">{title}</h2>"
    )
}

/// A horizontally scrollable table up to its header row; `class` and `caption` are HTML.
fn open_table(o: &mut String, class: &str, caption: &str) -> fmt::Result {
    write!(
        o,
        "<div class=\"scroll\"><table{class}>\n<caption>{caption}</caption>\n"
    )
}

/// A header row of column headers (HTML) and the start of the body.
fn column_heads(o: &mut String, cols: &[&str]) -> fmt::Result {
    o.push_str("<thead><tr>");
    for c in cols {
        write!(o, "<th scope=\"col\">{c}</th>")?;
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    Ok(())
}

const CLOSE_TABLE: &str = "</tbody>\n</table></div>\n";

/// A text symbol for colour-blind and plain-text readers, with words for screen readers.
fn symbol(o: &mut String, sym: &str, words: &str) -> fmt::Result {
    write!(
        o,
        "<span aria-hidden=\"true\">{sym}</span><span class=\"sr\">{}</span>",
        Esc(words)
    )
}

/// A whole page: the comparison, its documents and the order the findings are listed in.
struct Page<'a> {
    c: &'a Comparison,
    docs: &'a [Extracted],
    /// Finding indices as listed: errors, then warnings, then info, each in the
    /// comparison's order.
    order: Vec<usize>,
    /// The listed number (1-based) of each finding index.
    number: Vec<usize>,
    /// (document, claim id) of every claim written in the articles, for links.
    anchors: BTreeSet<(usize, &'a str)>,
}

impl<'a> Page<'a> {
    fn new(c: &'a Comparison, docs: &'a [Extracted]) -> Page<'a> {
        let mut order: Vec<usize> = (0..c.findings.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(c.findings[i].severity));
        let mut number = vec![0; c.findings.len()];
        for (n, &i) in order.iter().enumerate() {
            number[i] = n + 1;
        }
        let anchors = docs
            .iter()
            .enumerate()
            .flat_map(|(d, e)| e.claims.iter().map(move |cl| (d, &*cl.id)))
            .collect();
        Page {
            c,
            docs,
            order,
            number,
            anchors,
        }
    }

    fn count(&self, s: Severity) -> usize {
        self.c.findings.iter().filter(|f| f.severity == s).count()
    }

    fn singles(&self) -> usize {
        self.c
            .clusters
            .iter()
            .filter(|k| k.status == Status::Single)
            .count()
    }

    fn outlet(&self, d: usize) -> &str {
        self.c.documents.get(d).map_or("?", |x| x.outlet.as_str())
    }

    /// `#d{doc}-{claim}` if that claim is written in the articles.
    fn claim_href(&self, d: usize, claim: &str) -> Option<String> {
        self.anchors
            .contains(&(d, claim))
            .then(|| format!("#d{d}-{}", Esc(claim)))
    }

    fn write(&self, o: &mut String, flush: &mut Flush) -> fmt::Result {
        self.head(o)?;
        o.push_str("<body>\n");
        self.top(o)?;
        o.push_str("<main>\n");
        self.summary(o)?;
        self.agreement(o)?;
        flush(o)?;
        self.claims(o)?;
        flush(o)?;
        self.findings(o, flush)?;
        flush(o)?;
        self.articles(o, flush)?;
        o.push_str("</main>\n");
        writeln!(
            o,
            "<footer><p>Written by claimdiff {}. Spans are byte ranges of each file; line and \
             column count characters from 1.</p></footer>",
            env!("CARGO_PKG_VERSION")
        )?;
        o.push_str("</body>\n</html>\n");
        flush(o)
    }

    fn head(&self, o: &mut String) -> fmt::Result {
        o.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writeln!(
            o,
            "<meta name=\"generator\" content=\"claimdiff {}\">",
            env!("CARGO_PKG_VERSION")
        )?;
        writeln!(
            o,
            "<title>claimdiff: {} compared — {}, {}</title>",
            plural(self.c.documents.len(), "report", "reports"),
            plural(self.count(Severity::Error), "error", "errors"),
            plural(self.count(Severity::Warning), "warning", "warnings"),
        )?;
        writeln!(o, "<style>\n{CSS}</style>\n</head>")
    }

    fn top(&self, o: &mut String) -> fmt::Result {
        let c = self.c;
        o.push_str("<header class=\"top\">\n<h1>claimdiff: how the reports differ</h1>\n");
        writeln!(
            o,
            "<p class=\"lede\">{} of one event: {} in {} — {} agree, {} in conflict, {} carried \
             by one outlet. Findings: <a href=\"#sev-error\">{}</a>, \
             <a href=\"#sev-warning\">{}</a>, <a href=\"#sev-info\">{}</a>.</p>",
            plural(c.documents.len(), "report", "reports"),
            plural(c.stats.claims, "claim", "claims"),
            plural(c.stats.clusters, "cluster", "clusters"),
            c.stats.agreements,
            c.stats.conflicts,
            self.singles(),
            plural(self.count(Severity::Error), "error", "errors"),
            plural(self.count(Severity::Warning), "warning", "warnings"),
            plural(self.count(Severity::Info), "info", "info"),
        )?;
        o.push_str("<nav aria-label=\"Sections\"><ul>");
        for (id, title) in [
            ("summary", "Summary"),
            ("agreement", "Agreement between outlets"),
            ("claims", "Claims across outlets"),
            ("findings", "Findings"),
            ("articles", "Articles"),
        ] {
            write!(o, "<li><a href=\"#{id}\">{title}</a></li>")?;
        }
        o.push_str("</ul></nav>\n</header>\n");
        Ok(())
    }

    fn summary(&self, o: &mut String) -> fmt::Result {
        let c = self.c;
        open_section(o, "summary", "Summary")?;
        open_table(o, "", "Documents")?;
        column_heads(o, &["#", "outlet", "date", "title", "path", "claims"])?;
        for (i, d) in c.documents.iter().enumerate() {
            let title = self
                .docs
                .get(i)
                .and_then(|e| e.doc.title.as_deref())
                .unwrap_or("");
            writeln!(
                o,
                "<tr><td class=\"num\">{}</td><th scope=\"row\"><a href=\"#d{i}\">{}</a></th>\
                 <td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"num\">{}</td></tr>",
                i + 1,
                Esc(&d.outlet),
                Esc(d.date.as_deref().unwrap_or("unknown")),
                Esc(title),
                Esc(&d.path),
                d.claims
            )?;
        }
        o.push_str(CLOSE_TABLE);

        o.push_str("<div class=\"cols\">\n");
        open_table(o, "", "Clusters and findings")?;
        o.push_str("<tbody>\n");
        let rows = [
            ("claims", c.stats.claims, ""),
            ("clusters (groups of aligned claims)", c.stats.clusters, ""),
            (
                "carried by several outlets, in agreement",
                c.stats.agreements,
                " class=\"c-ok\"",
            ),
            ("in conflict", c.stats.conflicts, " class=\"c-error\""),
            ("carried by one outlet", self.singles(), ""),
        ];
        for (label, n, class) in rows {
            writeln!(
                o,
                "<tr><th scope=\"row\">{label}</th>\
                 <td class=\"num\"><span{class}>{n}</span></td></tr>"
            )?;
        }
        for s in [Severity::Error, Severity::Warning, Severity::Info] {
            writeln!(
                o,
                "<tr><th scope=\"row\"><a href=\"#sev-{0}\">{1} {0} findings</a></th>\
                 <td class=\"num\"><span class=\"c-{0}\">{2}</span></td></tr>",
                s.as_str(),
                sev_symbol(s),
                self.count(s)
            )?;
        }
        o.push_str(CLOSE_TABLE);

        open_table(o, "", "Findings by rule")?;
        column_heads(
            o,
            &["rule", "name", "severity", "findings", "what it means"],
        )?;
        for r in ALL_RULES {
            let n = c.stats.findings.get(r.id()).copied().unwrap_or(0);
            let Some(&first) = self.order.iter().find(|&&i| c.findings[i].rule == *r) else {
                continue;
            };
            let sev = c.findings[first].severity;
            writeln!(
                o,
                "<tr><th scope=\"row\"><a href=\"#f{first}\"><code>{id}</code></a></th>\
                 <td>{name}</td><td class=\"c-{sev}\">{sym} {sev}</td><td class=\"num\">{n}</td>\
                 <td>{what}</td></tr>",
                first = self.number[first],
                id = r.id(),
                name = r.name(),
                sev = sev.as_str(),
                sym = sev_symbol(sev),
                what = Esc(r.short())
            )?;
        }
        o.push_str(CLOSE_TABLE);
        o.push_str("</div>\n</section>\n");
        Ok(())
    }

    fn agreement(&self, o: &mut String) -> fmt::Result {
        let c = self.c;
        let m = super::compare::matrix(c);
        open_section(o, "agreement", "Agreement between outlets")?;
        o.push_str(
            "<p>Each cell counts the clusters both outlets carry, then how many of those the \
             two outlets report differently (warnings and errors; those counts are in \
             bold).</p>\n",
        );
        open_table(o, " class=\"matrix\"", "Clusters shared / in conflict")?;
        o.push_str("<thead><tr><td></td>");
        for (i, d) in c.documents.iter().enumerate() {
            write!(
                o,
                "<th scope=\"col\" title=\"{0}\">[{1}]<span class=\"sr\"> {0}</span></th>",
                Esc(&d.outlet),
                i + 1,
            )?;
        }
        o.push_str("</tr></thead>\n<tbody>\n");
        for (i, d) in c.documents.iter().enumerate() {
            write!(
                o,
                "<tr><th scope=\"row\"><a href=\"#d{i}\">[{}] {}</a></th>",
                i + 1,
                Esc(&d.outlet)
            )?;
            for (j, &(shared, conflict)) in m[i].iter().enumerate() {
                if i == j {
                    o.push_str("<td class=\"diag\">");
                    symbol(o, "·", "same outlet")?;
                    o.push_str("</td>");
                } else if conflict > 0 {
                    write!(
                        o,
                        "<td class=\"bad\">{shared} / <strong>{conflict}</strong></td>"
                    )?;
                } else {
                    write!(o, "<td>{shared} / 0</td>")?;
                }
            }
            o.push_str("</tr>\n");
        }
        o.push_str(CLOSE_TABLE);
        o.push_str("</section>\n");
        Ok(())
    }

    fn claims(&self, o: &mut String) -> fmt::Result {
        let c = self.c;
        // Per (cluster, document): the most severe warning or error naming the document,
        // and the numbers of those findings; per cluster: all its findings.
        let mut involved: BTreeMap<(usize, usize), (Severity, BTreeSet<usize>)> = BTreeMap::new();
        let mut by_cluster: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &self.order {
            let f = &c.findings[i];
            let Some(k) = f.cluster else { continue };
            by_cluster.entry(k).or_default().push(i);
            if f.rule == Rule::OnlyIn || f.severity < Severity::Warning {
                continue;
            }
            let locs = std::iter::once(&f.primary)
                .chain(f.related.iter())
                .chain(f.supporting.iter());
            for l in locs {
                let e = involved
                    .entry((k, l.document()))
                    .or_insert((f.severity, BTreeSet::new()));
                e.0 = e.0.max(f.severity);
                e.1.insert(self.number[i]);
            }
        }
        let finding_links = |o: &mut String, k: usize| -> fmt::Result {
            let list = by_cluster.get(&k).map(Vec::as_slice).unwrap_or(&[]);
            for (j, &i) in list.iter().enumerate() {
                let f = &c.findings[i];
                write!(
                    o,
                    "{sep}<a href=\"#f{n}\" class=\"c-{sev}\" title=\"{name}\">#{n} {id}</a>",
                    sep = if j > 0 { " " } else { "" },
                    n = self.number[i],
                    sev = f.severity.as_str(),
                    name = f.rule.name(),
                    id = f.rule.id()
                )?;
            }
            Ok(())
        };

        open_section(o, "claims", "Claims across outlets")?;
        o.push_str(
            "<p class=\"legend\">One row per cluster of aligned claims carried by two outlets \
             or more. <span class=\"key c-ok\">✓ carries it</span> \
             <span class=\"key c-warning\">! carries it, in a warning</span> \
             <span class=\"key c-error\">✗ carries it, in an error</span> \
             <span class=\"key c-none\">– does not carry it</span>. \
             Each mark links to the claim in that outlet’s article.</p>\n",
        );
        open_table(
            o,
            " class=\"claims\"",
            "Clusters carried by several outlets",
        )?;
        o.push_str("<thead><tr><th scope=\"col\">#</th><th scope=\"col\">claim</th>");
        for (i, d) in c.documents.iter().enumerate() {
            write!(
                o,
                "<th scope=\"col\" class=\"outlet\" title=\"{}\">\
                 <a href=\"#d{i}\">[{}] {}</a></th>",
                Esc(&d.outlet),
                i + 1,
                Esc(&super::short(&d.outlet, 14))
            )?;
        }
        o.push_str("<th scope=\"col\">status</th><th scope=\"col\">findings</th></tr></thead>\n");
        o.push_str("<tbody>\n");
        for k in c.clusters.iter().filter(|k| k.members.len() >= 2) {
            let status = match k.status {
                Status::Conflict => "conflict",
                Status::Agree => "agree",
                Status::Single => "single",
            };
            write!(
                o,
                "<tr id=\"k{0}\" class=\"st-{status}\"><td class=\"num\">{0}</td>\
                 <th scope=\"row\">{1}</th>",
                k.id,
                Esc(&k.label)
            )?;
            for d in 0..c.documents.len() {
                let Some(m) = k.members.iter().find(|m| m.document == d) else {
                    o.push_str("<td class=\"cell c-none\">");
                    symbol(o, "–", "not carried")?;
                    o.push_str("</td>");
                    continue;
                };
                let (class, sym, what, nums) = match involved.get(&(k.id, d)) {
                    Some((Severity::Error, n)) => ("c-error", "✗", "in an error", Some(n)),
                    Some((_, n)) => ("c-warning", "!", "in a warning", Some(n)),
                    None => ("c-ok", "✓", "carries it", None),
                };
                // The title names the outlet for hovering; the hidden words do not repeat
                // the column header to a screen reader.
                let mut words = format!("{}: {what}", m.claim);
                if let Some(nums) = nums {
                    let list: Vec<String> = nums.iter().map(|n| format!("#{n}")).collect();
                    words.push_str(&format!(" ({})", list.join(", ")));
                }
                let title = format!("{} {words}", self.outlet(d));
                write!(o, "<td class=\"cell {class}\">")?;
                match self.claim_href(d, &m.claim) {
                    Some(href) => {
                        write!(o, "<a href=\"{href}\" title=\"{}\">", Esc(&title))?;
                        symbol(o, sym, &words)?;
                        o.push_str("</a>");
                    }
                    None => symbol(o, sym, &title)?,
                }
                o.push_str("</td>");
            }
            write!(o, "<td class=\"st\">{status}</td><td class=\"fl\">")?;
            finding_links(o, k.id)?;
            o.push_str("</td></tr>\n");
        }
        o.push_str(CLOSE_TABLE);

        let singles: Vec<_> = c.clusters.iter().filter(|k| k.members.len() < 2).collect();
        writeln!(
            o,
            "<details class=\"singles\"><summary>{} carried by one outlet only</summary>",
            plural(singles.len(), "claim", "claims")
        )?;
        open_table(o, "", "Clusters carried by one outlet")?;
        column_heads(o, &["#", "claim", "outlet", "findings"])?;
        for k in singles {
            write!(
                o,
                "<tr id=\"k{0}\"><td class=\"num\">{0}</td><th scope=\"row\">",
                k.id
            )?;
            let first = k.members.first();
            match first.and_then(|m| self.claim_href(m.document, &m.claim)) {
                Some(href) => write!(o, "<a href=\"{href}\">{}</a>", Esc(&k.label))?,
                None => write!(o, "{}", Esc(&k.label))?,
            }
            write!(
                o,
                "</th><td>{}</td><td class=\"fl\">",
                Esc(first.map_or("?", |m| self.outlet(m.document)))
            )?;
            finding_links(o, k.id)?;
            o.push_str("</td></tr>\n");
        }
        o.push_str(CLOSE_TABLE);
        o.push_str("</details>\n</section>\n");
        Ok(())
    }

    fn findings(&self, o: &mut String, flush: &mut Flush) -> fmt::Result {
        open_section(o, "findings", "Findings")?;
        o.push_str(
            "<p>Errors first, then warnings, then info. The <em>primary</em> location is the \
             odd one out; <em>related</em> locations say otherwise; <em>supporting</em> ones \
             agree with the primary. Every location links to its words in the article.</p>\n",
        );
        for (s, title) in [
            (Severity::Error, "Errors"),
            (Severity::Warning, "Warnings"),
            (Severity::Info, "Info"),
        ] {
            let list: Vec<usize> = self
                .order
                .iter()
                .copied()
                .filter(|&i| self.c.findings[i].severity == s)
                .collect();
            writeln!(
                o,
                "<h3 id=\"sev-{0}\" class=\"c-{0}\">{1} {title} ({2})</h3>",
                s.as_str(),
                sev_symbol(s),
                list.len()
            )?;
            if list.is_empty() {
                o.push_str("<p>None.</p>\n");
                continue;
            }
            // Info findings (mostly coverage) are many and long: folded, still in the page.
            let fold = s == Severity::Info;
            if fold {
                writeln!(
                    o,
                    "<details><summary>Show the {}</summary>",
                    plural(list.len(), "info finding", "info findings")
                )?;
            }
            for i in list {
                self.finding(o, i)?;
                if o.len() >= FLUSH_AT {
                    flush(o)?;
                }
            }
            if fold {
                o.push_str("</details>\n");
            }
        }
        o.push_str("</section>\n");
        Ok(())
    }

    fn finding(&self, o: &mut String, i: usize) -> fmt::Result {
        let f = &self.c.findings[i];
        let n = self.number[i];
        let sev = f.severity.as_str();
        writeln!(
            o,
            "<article class=\"finding sev-{sev}\" id=\"f{n}\" aria-labelledby=\"f{n}-h\">\n\
             <h4 id=\"f{n}-h\"><span class=\"sev c-{sev}\">{} {sev}</span> <code>{}</code> {} \
             <a class=\"self\" href=\"#f{n}\">#{n}</a></h4>",
            sev_symbol(f.severity),
            f.rule.id(),
            f.name
        )?;
        writeln!(o, "<p class=\"msg\">{}</p>", Esc(&f.message))?;
        if let Some(k) = f.cluster
            && self.c.clusters.get(k).is_some_and(|x| x.id == k)
        {
            writeln!(
                o,
                "<p class=\"meta\">cluster <a href=\"#k{k}\">#{k}</a></p>"
            )?;
        }
        o.push_str("<ul class=\"locs\">\n");
        for (l, role, anchor) in locations(f, n) {
            self.location(o, l, &role, &anchor)?;
        }
        o.push_str("</ul>\n");
        if !f.diff.is_empty() {
            o.push_str("<p class=\"diff\"><span class=\"role\">word diff</span> ");
            for p in &f.diff {
                match p {
                    Piece::Equal(t) => write!(o, "{}", Esc(t))?,
                    Piece::Delete(t) => write!(o, "<del>{}</del>", Esc(t))?,
                    Piece::Insert(t) => write!(o, "<ins>{}</ins>", Esc(t))?,
                }
            }
            let other = f.related.first().map_or("", |r| r.outlet());
            writeln!(
                o,
                " <span class=\"ctx\">struck out: only in {}; underlined: only in {}</span></p>",
                Esc(f.primary.outlet()),
                Esc(other)
            )?;
        }
        o.push_str("</article>\n");
        Ok(())
    }

    fn location(&self, o: &mut String, l: &Location, role: &str, anchor: &str) -> fmt::Result {
        let role = role.split(' ').next().unwrap_or(role);
        write!(
            o,
            "<li class=\"loc-{role}\"><span class=\"role\">{role}</span> \
             <a href=\"#{anchor}\">{} <span class=\"pos\">{}:{}:{}</span></a> \
             <span class=\"excerpt\">{}</span>",
            Esc(l.outlet()),
            Esc(l.path()),
            l.span().line,
            l.span().column,
            Esc(l.text())
        )?;
        if let Some(id) = l.claim()
            && let Some(href) = self.claim_href(l.document(), id)
        {
            write!(
                o,
                " <a class=\"claimref\" href=\"{href}\">claim {}</a>",
                Esc(id)
            )?;
        }
        if l.claim_text() != l.text() && !l.claim_text().is_empty() {
            write!(o, "<span class=\"ctx\">{}</span>", Esc(l.claim_text()))?;
        }
        o.push_str("</li>\n");
        Ok(())
    }

    fn articles(&self, o: &mut String, flush: &mut Flush) -> fmt::Result {
        open_section(o, "articles", "Articles")?;
        o.push_str(
            "<p class=\"legend\"><span class=\"claim\" data-c=\"c1\">Claims</span> are shaded \
             and numbered (hover for speaker and cue); finding spans are marked \
             <mark class=\"hl hl-error\">✗ error: solid underline</mark>, \
             <mark class=\"hl hl-warning\">! warning: dashed</mark>, \
             <mark class=\"hl hl-info\">ℹ info: dotted</mark>.</p>\n<div class=\"articles\">\n",
        );
        // Every finding location, in the article it points into, as (finding, k-th
        // location); each article's marks are made as it is written. Errors nest
        // innermost so their colour shows when spans coincide.
        let mut places: Vec<Vec<(u32, u32)>> = vec![Vec::new(); self.docs.len()];
        for &i in &self.order {
            let f = &self.c.findings[i];
            for k in 0..place_count(f) {
                if let Some((l, _)) = place_at(f, k)
                    && let Some(list) = places.get_mut(l.document())
                {
                    list.push((i as u32, k as u32));
                }
            }
        }
        for (d, (e, places)) in self.docs.iter().zip(places).enumerate() {
            let findings = places
                .iter()
                .filter_map(|&(i, k)| self.finding_mark(i as usize, k as usize))
                .collect();
            self.article(o, d, e, findings)?;
            flush(o)?;
        }
        o.push_str("</div>\n</section>\n");
        Ok(())
    }

    /// The mark of finding `i`'s `k`-th location ([`location_at`]) in its article.
    fn finding_mark(&self, i: usize, k: usize) -> Option<Mark> {
        let f = &self.c.findings[i];
        let n = self.number[i];
        let (l, role, id) = location_at(f, n, k)?;
        let sev = f.severity.as_str();
        let rank = match f.severity {
            Severity::Info => 1,
            Severity::Warning => 2,
            Severity::Error => 3,
        };
        let title = Esc(&format!(
            "#{n} {} {sev} {} {}: {role}",
            sev_symbol(f.severity),
            f.rule.id(),
            f.name
        ))
        .to_string();
        let span = l.span();
        Some(Mark {
            range: span.start..span.end,
            rank,
            tag: "mark",
            attrs: format!(" class=\"hl hl-{sev}\" id=\"{id}\" title=\"{title}\""),
            cont: format!(" class=\"hl hl-{sev} cont\" title=\"{title}\""),
        })
    }

    fn article(&self, o: &mut String, d: usize, e: &Extracted, findings: Vec<Mark>) -> fmt::Result {
        let doc = &e.doc;
        writeln!(
            o,
            "<article class=\"doc\" id=\"d{d}\" aria-labelledby=\"d{d}-h\">\n\
             <header><h3 id=\"d{d}-h\">[{}] {}</h3>",
            d + 1,
            Esc(&doc.outlet)
        )?;
        let mut meta = vec![
            doc.date.map_or("date unknown".into(), |x| x.to_string()),
            plural(e.claims.len(), "claim", "claims"),
        ];
        if let Some(a) = &doc.author {
            meta.push(format!("by {a}"));
        }
        writeln!(
            o,
            "<p class=\"docmeta\"><code>{}</code> · {}</p>",
            Esc(&doc.path),
            Esc(&meta.join(" · "))
        )?;
        if let Some(url) = &doc.url {
            // As text, not a link: the report loads and links to nothing outside itself.
            writeln!(o, "<p class=\"docmeta url\">{}</p>", Esc(url))?;
        }
        o.push_str("</header>\n<div class=\"text\">");
        let mut marks: Vec<Mark> = e
            .claims
            .iter()
            .map(|cl| {
                let title = Esc(&claim_title(cl)).to_string();
                let id = Esc(&cl.id);
                Mark {
                    range: cl.range(),
                    rank: 0,
                    tag: "span",
                    attrs: format!(
                        " class=\"claim\" id=\"d{d}-{id}\" data-c=\"{id}\" title=\"{title}\""
                    ),
                    cont: format!(" class=\"claim cont\" data-c=\"{id}\" title=\"{title}\""),
                }
            })
            .collect();
        marks.extend(findings);
        let hidden = blanked(&doc.text, doc.view());
        write_marked(o, doc.view(), &hidden, &paragraphs(e), &marks)?;
        o.push_str("</div>\n</article>\n");
        Ok(())
    }
}

/// A finding's locations with their role ("primary", "related 2") and anchor (`f{n}-r2`).
fn locations(f: &Finding, n: usize) -> impl Iterator<Item = (&Location, String, String)> {
    (0..place_count(f)).filter_map(move |k| location_at(f, n, k))
}

/// The `k`-th of [`locations`].
fn location_at(f: &Finding, n: usize, k: usize) -> Option<(&Location, String, String)> {
    let (l, role) = place_at(f, k)?;
    Some(match role {
        Role::Primary => (l, "primary".to_string(), format!("f{n}-p")),
        Role::Related(r) => (l, format!("related {r}"), format!("f{n}-r{r}")),
        Role::Supporting(s) => (l, format!("supporting {s}"), format!("f{n}-s{s}")),
    })
}

/// A place's part in a finding, with its number among the places of that part (from 1).
enum Role {
    Primary,
    Related(usize),
    Supporting(usize),
}

/// How many places a finding has.
fn place_count(f: &Finding) -> usize {
    1 + f.related.len() + f.supporting.len()
}

/// The `k`-th place of a finding: the primary, then the related, then the supporting ones.
fn place_at(f: &Finding, k: usize) -> Option<(&Location, Role)> {
    let Some(r) = k.checked_sub(1) else {
        return Some((&f.primary, Role::Primary));
    };
    if let Some(l) = f.related.get(r) {
        return Some((l, Role::Related(r + 1)));
    }
    let s = r - f.related.len();
    Some((f.supporting.get(s)?, Role::Supporting(s + 1)))
}

/// The tooltip of a claim: id, kind, speaker (with role and the words used) and cue.
fn claim_title(c: &Claim) -> String {
    let mut t = format!("{} · {}", c.id, c.kind.as_str().replace('_', " "));
    if let Some(s) = &c.speaker {
        t.push_str(" · speaker: ");
        t.push_str(&s.name);
        if let Some(r) = &s.role {
            t.push_str(", ");
            t.push_str(r);
        }
        if s.surface != s.name {
            t.push_str(&format!(" (as “{}”)", s.surface));
        }
    }
    for v in c.via() {
        t.push_str(&format!(" · via {}", v.name));
    }
    if let Some(cue) = &c.cue {
        t.push_str(" · cue: ");
        t.push_str(&cue.text);
    }
    t
}

/// What a piece of an article is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// A block of the document (paragraph, heading, list item, table cell).
    Block(BlockKind),
    /// A plain-text list item with its own marker ("- ") put back in front.
    ItemWithMarker,
    /// Text between blocks that is not white space.
    Loose,
}

/// The pieces of an article to show, with their `<p>` attributes: the body blocks, and any
/// text between them that is not white space (so nothing of the body is lost).
fn paragraphs(e: &Extracted) -> Vec<(Range<usize>, String)> {
    let view = e.doc.view();
    let mut blocks: Vec<(Range<usize>, BlockKind)> = e
        .doc
        .blocks
        .iter()
        .map(|b| (fix_range(view, &b.span), b.kind))
        .collect();
    blocks.sort_by_key(|(r, _)| (r.start, r.end));
    let mut pieces: Vec<(Range<usize>, Shown)> = Vec::new();
    let gap = |pieces: &mut Vec<(Range<usize>, Shown)>, r: Range<usize>| {
        let s = view.get(r.clone()).unwrap_or("");
        let start = r.start + (s.len() - s.trim_start().len());
        let end = r.start + s.trim_end().len();
        if start < end {
            pieces.push((start..end, Shown::Loose));
        }
    };
    let mut pos = floor_boundary(view, e.doc.body_start);
    for (r, kind) in blocks {
        if r.start > pos {
            gap(&mut pieces, pos..r.start);
        }
        pos = pos.max(r.end);
        // A plain-text list item starts after its marker ("- ", "1. "), which is left in a
        // gap of its own: put it back in front of the item, on the same line.
        if kind == BlockKind::ListItem
            && let Some((g, Shown::Loose)) = pieces.last()
            && g.end <= r.start
            && !view[g.start..r.start].contains(['\n', '\r'])
            && !view[g.clone()].contains(char::is_whitespace)
        {
            let start = g.start;
            pieces.pop();
            pieces.push((start..r.end, Shown::ItemWithMarker));
        } else {
            pieces.push((r, Shown::Block(kind)));
        }
    }
    gap(&mut pieces, pos..view.len());

    let paras = &e.seg.paragraphs;
    pieces
        .into_iter()
        .map(|(r, shown)| {
            let mut classes: Vec<&str> = Vec::new();
            match shown {
                Shown::Block(BlockKind::Paragraph) => {}
                Shown::Block(BlockKind::Heading) => classes.push("b-heading"),
                Shown::Block(BlockKind::ListItem) => classes.push("b-li"),
                Shown::ItemWithMarker => classes.push("b-li own"),
                Shown::Block(BlockKind::Other) | Shown::Loose => classes.push("b-other"),
            }
            // What the segmenter made of the first paragraph in this piece.
            let j = paras.partition_point(|p| p.span.end <= r.start);
            if let Some(p) = paras.get(j).filter(|p| p.span.start < r.end) {
                match p.role {
                    ParaRole::Headline => classes.push("r-headline"),
                    ParaRole::Subheading => classes.push("r-sub"),
                    ParaRole::Byline
                    | ParaRole::Credit
                    | ParaRole::Timestamp
                    | ParaRole::Boilerplate => classes.push("r-meta"),
                    ParaRole::Body => {}
                }
            }
            let attrs = if classes.is_empty() {
                String::new()
            } else {
                format!(" class=\"{}\"", classes.join(" "))
            };
            (r, attrs)
        })
        .collect()
}

#[cfg(test)]
// Lists of one paragraph range are meant.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A writer that keeps what it is given, counts the writes, and fails past `limit`
    /// bytes.
    struct Parts {
        bytes: Vec<u8>,
        writes: usize,
        limit: usize,
    }

    impl Write for Parts {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            if self.bytes.len() + b.len() > self.limit {
                return Err(io::Error::other("disk full"));
            }
            self.bytes.extend_from_slice(b);
            self.writes += 1;
            Ok(b.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_page_is_written_in_parts_and_a_failed_write_stops_it() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/quake");
        let docs: Vec<Extracted> = ["wire.txt", "tabloid.txt", "local.txt"]
            .iter()
            .map(|f| {
                let text = std::fs::read_to_string(format!("{dir}/{f}")).unwrap();
                let doc = crate::ingest::Document::from_text(
                    f,
                    0,
                    text,
                    crate::ingest::InputFormat::Text,
                );
                crate::pipeline::extract_document(doc)
            })
            .collect();
        let c = crate::compare::compare(&docs, &crate::config::Config::default());
        assert!(!c.findings.is_empty());
        let mut whole = Parts {
            bytes: Vec::new(),
            writes: 0,
            limit: usize::MAX,
        };
        compare(&mut whole, &c, &docs).unwrap();
        let page = String::from_utf8(whole.bytes).unwrap();
        assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>\n"));
        // The sections before the findings, the findings, then each article on its own.
        assert!(whole.writes >= 3 + docs.len(), "{} writes", whole.writes);
        // Twice the same: the parts make the same page.
        let mut again = Vec::new();
        compare(&mut again, &c, &docs).unwrap();
        assert_eq!(String::from_utf8(again).unwrap(), page);
        // A write that fails is the error, at any place, and nothing after it is written.
        for limit in [0, 100, page.len() / 2, page.len() - 1] {
            let mut short = Parts {
                bytes: Vec::new(),
                writes: 0,
                limit,
            };
            let err = compare(&mut short, &c, &docs).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
            assert!(
                short.bytes.len() <= limit
                    && page.starts_with(std::str::from_utf8(&short.bytes).unwrap_or_default())
            );
        }
    }

    fn esc(s: &str) -> String {
        Esc(s).to_string()
    }

    fn mark(range: Range<usize>, rank: u8, id: &str) -> Mark {
        let tag = if rank == 0 { "span" } else { "mark" };
        Mark {
            range,
            rank,
            tag,
            attrs: format!(" id=\"{id}\""),
            cont: format!(" class=\"cont {id}\""),
        }
    }

    fn render(
        text: &str,
        paras: &[Range<usize>],
        hidden: &[Range<usize>],
        marks: &[Mark],
    ) -> String {
        let paras: Vec<(Range<usize>, String)> =
            paras.iter().map(|r| (r.clone(), String::new())).collect();
        let mut out = String::new();
        write_marked(&mut out, text, hidden, &paras, marks).expect("writes to a String");
        out
    }

    /// Tags in order as (closing, name); panics on a `<` that opens no tag.
    fn tags(html: &str) -> Vec<(bool, String)> {
        let mut out = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            let end = rest[i..].find('>').expect("tag closes") + i;
            let inner = &rest[i + 1..end];
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(!name.is_empty(), "not a tag: {inner:?}");
            out.push((closing, name));
            rest = &rest[end + 1..];
        }
        out
    }

    fn balanced(html: &str) -> bool {
        let mut stack = Vec::new();
        for (closing, name) in tags(html) {
            if closing {
                if stack.pop() != Some(name) {
                    return false;
                }
            } else {
                stack.push(name);
            }
        }
        stack.is_empty()
    }

    /// The text content: tags dropped, the five references decoded.
    fn text_of(html: &str) -> String {
        let mut s = String::new();
        let mut in_tag = false;
        for ch in html.chars() {
            match ch {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => s.push(ch),
                _ => {}
            }
        }
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn escapes_the_five_characters_and_nothing_else() {
        assert_eq!(
            esc(r#"<script>alert('x') && "y"</script>"#),
            "&lt;script&gt;alert(&#39;x&#39;) &amp;&amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(
            esc("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            esc("L’Observateur Européen «x» —"),
            "L’Observateur Européen «x» —"
        );
        assert_eq!(esc(""), "");
        assert_eq!(esc("&amp;"), "&amp;amp;");
    }

    #[test]
    fn nested_marks_nest() {
        let html = render(
            "abcdefghij",
            &[0..10],
            &[],
            &[mark(0..10, 0, "c"), mark(2..5, 1, "f")],
        );
        assert_eq!(
            html,
            "<p><span id=\"c\">ab<mark id=\"f\">cde</mark>fghij</span></p>"
        );
    }

    #[test]
    fn crossing_marks_are_split_and_the_id_stays_on_the_first_part() {
        let html = render(
            "abcdefghij",
            &[0..10],
            &[],
            &[mark(0..5, 0, "a"), mark(3..8, 1, "b")],
        );
        assert_eq!(
            html,
            "<p><span id=\"a\">abc<mark id=\"b\">de</mark></span>\
             <mark class=\"cont b\">fgh</mark>ij</p>"
        );
    }

    #[test]
    fn equal_spans_nest_by_rank_then_order() {
        let marks = [
            mark(2..4, 3, "err"),
            mark(2..4, 1, "info"),
            mark(2..4, 0, "claim"),
        ];
        let html = render("abcdef", &[0..6], &[], &marks);
        assert_eq!(
            html,
            "<p>ab<span id=\"claim\"><mark id=\"info\"><mark id=\"err\">cd</mark></mark></span>\
             ef</p>"
        );
    }

    #[test]
    fn a_mark_across_paragraphs_closes_and_reopens() {
        let html = render("abcd\n\nefgh", &[0..4, 6..10], &[], &[mark(2..8, 0, "q")]);
        assert_eq!(
            html,
            "<p>ab<span id=\"q\">cd</span></p><p><span class=\"cont q\">ef</span>gh</p>"
        );
    }

    #[test]
    fn offsets_inside_a_character_widen_to_the_character() {
        // "é" is bytes 1..3 and "ü" bytes 5..7: 2..6 starts and ends inside them.
        let text = "aé bü";
        let html = render(text, &[0..text.len()], &[], &[mark(2..6, 1, "m")]);
        assert_eq!(html, "<p>a<mark id=\"m\">é bü</mark></p>");
    }

    #[test]
    fn marks_without_text_still_get_their_anchor() {
        let marks = [
            mark(3..3, 1, "empty"),
            mark(5..6, 1, "gap"),
            mark(40..50, 1, "past"),
        ];
        let html = render("abcd\n\nefgh", &[0..4, 7..10], &[], &marks);
        assert_eq!(
            html,
            "<p>abc<mark id=\"empty\"></mark>d</p>\
             <p><mark id=\"gap\"></mark>fgh<mark id=\"past\"></mark></p>"
        );
        let none = render("   ", &[], &[], &[mark(0..1, 0, "x")]);
        assert_eq!(none, "<p class=\"b-other\"><span id=\"x\"></span></p>");
    }

    #[test]
    fn hidden_bytes_are_left_out_but_marks_around_them_hold() {
        let text = "a **bold** [link](http://x) z";
        let view = "a   bold    link            z";
        assert_eq!(text.len(), view.len());
        let hidden = blanked(text, view);
        assert_eq!(hidden, vec![2..4, 8..10, 11..12, 16..27]);
        let html = render(view, &[0..view.len()], &hidden, &[mark(2..17, 1, "m")]);
        assert_eq!(html, "<p>a <mark id=\"m\">bold link</mark> z</p>");
    }

    /// A text, paragraph ranges, and (range, rank) of marks; ranges may run past the text.
    type Case = (String, Vec<Range<usize>>, Vec<(Range<usize>, u8)>);

    fn arb_case() -> impl Strategy<Value = Case> {
        "[ab<&\"é\n]{0,40}".prop_flat_map(|text| {
            let n = text.len() + 3;
            (
                Just(text),
                proptest::collection::vec((0..n, 0..n), 0..4),
                proptest::collection::vec((0..n, 0..n, 0u8..4), 0..8),
            )
                .prop_map(|(text, paras, marks)| {
                    let paras = paras.into_iter().map(|(a, b)| a.min(b)..a.max(b)).collect();
                    let marks = marks
                        .into_iter()
                        .map(|(a, b, r)| (a.min(b)..a.max(b), r))
                        .collect();
                    (text, paras, marks)
                })
        })
    }

    proptest! {
        #[test]
        fn any_marks_give_balanced_html_with_each_id_once((text, paras, marks) in arb_case()) {
            let marks: Vec<Mark> = marks
                .into_iter()
                .enumerate()
                .map(|(i, (r, rank))| mark(r, rank, &format!("m{i}")))
                .collect();
            let html = render(&text, &paras, &[], &marks);
            prop_assert!(balanced(&html), "unbalanced: {html}");
            for i in 0..marks.len() {
                prop_assert_eq!(html.matches(&format!("id=\"m{i}\"")).count(), 1, "{}", html);
            }
            // The text of every paragraph comes out whole, in order (paragraphs as cleaned
            // up: on character boundaries, sorted, overlaps cut).
            let mut fixed: Vec<Range<usize>> = paras.iter().map(|r| fix_range(&text, r)).collect();
            fixed.sort_by_key(|r| (r.start, r.end));
            let mut expected = String::new();
            let mut end = 0;
            for r in fixed {
                let start = r.start.max(end);
                if start < r.end {
                    expected.push_str(&text[start..r.end]);
                    end = r.end;
                }
            }
            prop_assert_eq!(text_of(&html), expected);
        }
    }
}
