//! Saved web pages: the article body and its metadata.
//!
//! The body is chosen readability-style by `dom_smoothie` (a port of Mozilla's
//! readability.js). Its cleaned HTML is then walked into blocks — paragraphs, headings,
//! list items — with navigation, share bars, ads, related-story lists, comment threads,
//! captions and scripts dropped by tag and by class/id. When readability finds no article
//! (short pages, malformed markup) the whole `<body>` is walked with the same filters.
//! Headline, byline, date and publisher come from JSON-LD and meta tags, with the page's
//! own `<time>` element and visible date as fallbacks.

use std::collections::BTreeMap;

use dom_query::{Document as Dom, NodeRef};

use super::BlockKind;
use crate::segment::normalize_ws;

/// One block of extracted article text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextBlock {
    /// Plain text: entities decoded, tags removed, whitespace collapsed.
    pub text: String,
    /// What the markup says it is.
    pub kind: BlockKind,
}

/// What a page yields.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// `title`, `author`, `date`, `outlet`, `url`, `lang` where the page gives them.
    pub meta: BTreeMap<String, String>,
    /// Article blocks in reading order (the headline is not among them).
    pub blocks: Vec<TextBlock>,
}

// Pages nested deeper than this are walked by claimdiff's own iterative walker only:
// readability's recursion is not bounded, and no real article needs 256 levels.
const MAX_READABILITY_DEPTH: usize = 256;

// Readability output shorter than this (in characters) is not trusted over the
// whole-body walk: a page where readability grabbed a teaser box instead of the story.
const MIN_ARTICLE_CHARS: usize = 200;

// Pages whose tags nest deeper than this (by a scan of the raw markup) are flattened
// before parsing: html5ever checks the stack of open elements at every tag, so a page of
// 40,000 nested `<div>`s costs 40,000² steps (11 s) — a hostile page could stall a run.
const MAX_PARSE_DEPTH: usize = 512;

/// Extract the article of an HTML page. `Err` carries the reason no text was found.
pub(crate) fn extract(html: &str) -> Result<Page, String> {
    let flat;
    let html = if nesting_depth(html) > MAX_PARSE_DEPTH {
        flat = flatten(html);
        flat.as_str()
    } else {
        html
    };
    let dom = Dom::from(html);
    let depth = max_depth(&dom.root());
    let (mut meta, ld_body) = page_meta(&dom);
    // The headline as printed on the page is the one whose claims the reader sees; SEO
    // headlines in JSON-LD and `<title>` often differ ("TRUMP & VLAD'S SHOWDOWN" on the
    // page, "Trump and Putin to meet in Budapest" in the metadata).
    if let Some(h) = visible_headline(&dom) {
        meta.insert("title".to_string(), h);
    }
    if !meta.contains_key("date")
        && let Some(d) = visible_date(&dom)
    {
        meta.insert("date".to_string(), d);
    }
    let body_empty = dom.body().is_none_or(|b| b.text().trim().is_empty());
    // Furniture is removed before readability runs: readability strips class names from
    // what it returns, and a share bar or an ad slot inside the story container would
    // otherwise come through as paragraphs.
    remove_boilerplate(&dom);
    // The cleaned page goes to readability, which takes it over; the whole-body walk
    // below, needed only when readability finds too little, parses the page again rather
    // than every page being copied for it.
    let mut spare = Some(dom);
    let mut blocks = Vec::new();
    if depth <= MAX_READABILITY_DEPTH
        && let Some(dom) = spare.take()
    {
        let cfg = dom_smoothie::Config {
            max_elements_to_parse: 200_000,
            ..Default::default()
        };
        if let Ok(mut r) = dom_smoothie::Readability::with_document(dom, None, Some(cfg))
            && let Ok(article) = r.parse()
        {
            let content = Dom::fragment(article.content.to_string());
            let mut w = Walker::default();
            w.walk(&content.root(), false);
            blocks = w.finish();
            fill(&mut meta, "title", Some(article.title));
            fill(
                &mut meta,
                "author",
                article.byline.map(|b| clean_byline(&b)),
            );
            fill(&mut meta, "date", article.published_time);
            fill(&mut meta, "outlet", article.site_name);
            fill(&mut meta, "lang", article.lang);
            fill(&mut meta, "url", article.url);
        }
    }
    let chars_of = |bs: &[TextBlock]| bs.iter().map(|b| b.text.chars().count()).sum::<usize>();
    let chars = chars_of(&blocks);
    if chars < MIN_ARTICLE_CHARS {
        let dom = spare.unwrap_or_else(|| {
            let dom = Dom::from(html);
            remove_boilerplate(&dom);
            dom
        });
        let mut w = Walker::default();
        if let Some(body) = dom.body() {
            w.walk(&body, true);
        }
        let alt = w.finish();
        if chars_of(&alt) > chars {
            blocks = alt;
        }
    }
    // A page that renders its story with scripts (an empty `<div id="app">`) often
    // carries the text only in its JSON-LD `articleBody`.
    if chars_of(&blocks) < MIN_ARTICLE_CHARS
        && let Some(body) = ld_body
    {
        let ld = body_blocks(&body);
        if chars_of(&ld) > chars_of(&blocks) {
            blocks = ld;
        }
    }
    // Readability keeps the headline when it sits inside the article element; the
    // headline is metadata here and is put back in front by the caller.
    if let (Some(first), Some(title)) = (blocks.first(), meta.get("title"))
        && first.text == *title
    {
        blocks.remove(0);
    }
    if blocks.is_empty() {
        return Err(if body_empty {
            "the page body has no text".to_string()
        } else {
            "no paragraphs outside navigation, scripts and boilerplate".to_string()
        });
    }
    Ok(Page { meta, blocks })
}

// Detach every element that is furniture by its tag or its class/id (see
// `is_boilerplate`). Collected first, removed after, so the walk never sees a
// half-edited tree.
fn remove_boilerplate(dom: &Dom) {
    let mut doomed = Vec::new();
    let mut stack: Vec<NodeRef> = dom.root().children_it(false).collect();
    while let Some(n) = stack.pop() {
        if !n.is_element() {
            continue;
        }
        let name = tag_name(&n);
        let keep_for_meta = matches!(name.as_str(), "head" | "title" | "meta" | "link");
        if !keep_for_meta && is_furniture_element(&n, &name) {
            doomed.push(n);
            continue;
        }
        stack.extend(n.children_it(false));
    }
    for n in doomed {
        n.remove_from_parent();
    }
}

/// Blocks of an HTML fragment (a CMS export's `body` field), walked without readability.
pub(crate) fn fragment_blocks(html: &str) -> Vec<TextBlock> {
    let dom = Dom::fragment(html);
    let mut w = Walker::default();
    w.walk(&dom.root(), false);
    w.finish()
}

/// Whether a string looks like HTML markup rather than text that mentions a tag: CMS
/// exports put bodies as `<p>…</p><p>…</p>` or `text<br><br>text`; a plain body that
/// quotes "the <b> tag" has none of these.
pub(crate) fn looks_like_html(s: &str) -> bool {
    let head: String = s
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    ["<p>", "<p ", "<div", "<br", "<h2", "<li>", "</p>"]
        .iter()
        .any(|t| head.contains(t))
}

/// The charset a page declares in its first 2 KiB (`<meta charset=…>` or the
/// `http-equiv` form), if any.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = memchr::memmem::find(&lower, b"charset=")? + "charset=".len();
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    let label = std::str::from_utf8(&rest[..end]).ok()?;
    (!label.is_empty()).then(|| label.to_string())
}

fn fill(meta: &mut BTreeMap<String, String>, key: &str, value: Option<String>) {
    if let Some(v) = value {
        let v = normalize_ws(&v);
        if !v.is_empty() {
            meta.entry(key.to_string()).or_insert(v);
        }
    }
}

// Metadata readability does not report (or reports only when it finds an article):
// JSON-LD publisher and author, OpenGraph and article meta tags, `<time datetime>`.
// JSON-LD wins over meta tags, which win over readability's own guesses.
/// The page's metadata, and the JSON-LD article's `articleBody` if it has one.
fn page_meta(dom: &Dom) -> (BTreeMap<String, String>, Option<String>) {
    let mut meta = BTreeMap::new();
    let mut body = None;
    for script in dom.select("script[type='application/ld+json']").nodes() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(script.text().trim()) else {
            continue;
        };
        let ids = ld_ids(&v);
        if let Some(article) = find_article(&v) {
            let s = |k: &str| article.get(k).and_then(|v| name_of(v, &ids, 0));
            fill(&mut meta, "title", s("headline"));
            fill(&mut meta, "author", s("author"));
            fill(&mut meta, "date", s("datePublished"));
            fill(&mut meta, "outlet", s("publisher"));
            fill(&mut meta, "url", s("url"));
            fill(&mut meta, "lang", s("inLanguage"));
            if body.is_none()
                && let Some(serde_json::Value::String(b)) = article.get("articleBody")
            {
                body = Some(b.clone());
            }
        }
    }
    let attr = |sel: &str, a: &str| {
        dom.select(sel)
            .nodes()
            .iter()
            .find_map(|n| n.attr(a).map(|v| v.to_string()))
    };
    fill(
        &mut meta,
        "title",
        attr("meta[property='og:title']", "content"),
    );
    fill(
        &mut meta,
        "outlet",
        attr("meta[property='og:site_name']", "content"),
    );
    for sel in [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[name='publish-date']",
        "meta[name='dc.date']",
    ] {
        fill(&mut meta, "date", attr(sel, "content"));
    }
    fill(&mut meta, "date", attr("time[datetime]", "datetime"));
    fill(&mut meta, "author", attr("meta[name='author']", "content"));
    fill(&mut meta, "url", attr("link[rel='canonical']", "href"));
    fill(&mut meta, "url", attr("meta[property='og:url']", "content"));
    fill(&mut meta, "lang", attr("html[lang]", "lang"));
    if let Some(t) = dom.select("title").nodes().first() {
        let full = normalize_ws(&t.text());
        // "Headline - Agency" / "Headline | Outlet": the suffix names the outlet.
        for sep in [" | ", " - ", " – ", " — "] {
            if let Some((head, tail)) = full.rsplit_once(sep)
                && !tail.is_empty()
                && tail.split_whitespace().count() <= 6
            {
                fill(&mut meta, "outlet", Some(tail.to_string()));
                fill(&mut meta, "title", Some(head.to_string()));
                break;
            }
        }
        fill(&mut meta, "title", Some(full));
    }
    (meta, body)
}

/// Blocks of a JSON-LD `articleBody`: HTML when it is markup, else plain text with a
/// paragraph per line.
fn body_blocks(body: &str) -> Vec<TextBlock> {
    if looks_like_html(body) {
        return fragment_blocks(body);
    }
    body.lines()
        .map(normalize_ws)
        .filter(|p| !p.is_empty())
        .map(|text| TextBlock {
            text,
            kind: BlockKind::Paragraph,
        })
        .collect()
}

// The first JSON-LD object that is an article: a top-level object, an array of them, or
// the `@graph` list.
fn find_article(v: &serde_json::Value) -> Option<&serde_json::Map<String, serde_json::Value>> {
    let mut stack = vec![v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 1000 {
            return None;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            serde_json::Value::Object(o) => {
                let is_article = match o.get("@type") {
                    Some(serde_json::Value::String(t)) => t.ends_with("Article") || t == "Report",
                    Some(serde_json::Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| t.ends_with("Article"))),
                    _ => false,
                };
                if is_article {
                    return Some(o);
                }
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    None
}

pub(super) type LdIds<'a> = BTreeMap<&'a str, &'a serde_json::Map<String, serde_json::Value>>;

// Objects of a JSON-LD document by their `@id`, so that `"author": {"@id": "…#person"}`
// in a `@graph` can be followed to the Person's name.
fn ld_ids(v: &serde_json::Value) -> LdIds<'_> {
    let mut ids = BTreeMap::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        if ids.len() > 1000 {
            break;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter()),
            serde_json::Value::Object(o) => {
                if let Some(id) = o.get("@id").and_then(|i| i.as_str())
                    && o.len() > 1
                {
                    ids.insert(id, o);
                }
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    ids
}

// A JSON-LD value as a name: a string, `{"name": …}`, a reference to an object with a
// name, or a list of those joined.
pub(super) fn name_of(v: &serde_json::Value, ids: &LdIds, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Object(o) => match o.get("name") {
            Some(n) => name_of(n, ids, depth + 1),
            None => {
                let target = ids.get(o.get("@id")?.as_str()?)?;
                name_of(target.get("name")?, ids, depth + 1)
            }
        },
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items
                .iter()
                .filter_map(|i| name_of(i, ids, depth + 1))
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

// The story's `<h1>`: inside the article or main element if there is one there, else the
// first `<h1>` of three words or more (a one-word `<h1>` is usually the site's logo).
fn visible_headline(dom: &Dom) -> Option<String> {
    for sel in ["article h1", "main h1", "[itemprop='headline']", "h1"] {
        let found = dom.select(sel).nodes().iter().find_map(|n| {
            let t = normalize_ws(&n.text());
            (t.split_whitespace().count() >= 3).then_some(t)
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

fn clean_byline(b: &str) -> String {
    let b = normalize_ws(b);
    for p in ["By ", "by ", "BY "] {
        if let Some(rest) = b.strip_prefix(p) {
            return rest.to_string();
        }
    }
    b
}

// A date the page shows but does not declare (older CMSs print "2025-10-17 08:15:32"
// under the headline): the first ISO date in the visible text.
fn visible_date(dom: &Dom) -> Option<String> {
    let body = dom.body()?;
    let text = body.text();
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let shape = (0..4).all(|k| digit(i + k))
            && b[i + 4] == b'-'
            && digit(i + 5)
            && digit(i + 6)
            && b[i + 7] == b'-'
            && digit(i + 8)
            && digit(i + 9)
            && (i == 0 || !digit(i - 1))
            && !digit(i + 10);
        let s = text.get(i..i + 10)?;
        (shape && super::parse_date(s).is_some()).then(|| s.to_string())
    })
}

// Tags that never have an end tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

// Elements whose content is not markup: skipped whole when scanning raw HTML.
const RAW_TEXT_TAGS: &[&str] = &["script", "style", "textarea", "title", "xmp"];

// One tag of raw markup: its lower-case name, whether it closes, and where it ends.
struct RawTag {
    name: String,
    closing: bool,
    end: usize,
}

// The tag starting at `at` (a `<`), or `None` when `<` does not open a tag there.
fn raw_tag(html: &str, at: usize) -> Option<RawTag> {
    let b = html.as_bytes();
    let mut i = at + 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    if i == start {
        return None;
    }
    let name = html[start..i].to_ascii_lowercase();
    let end = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |p| i + p + 1);
    Some(RawTag { name, closing, end })
}

// How deep the raw markup nests (an upper bound: unclosed `<p>`s count too), scanning
// each byte once. Comments and raw-text elements are skipped.
fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut at = 0;
    while let Some(p) = memchr::memchr(b'<', &html.as_bytes()[at..]) {
        let lt = at + p;
        if html[lt..].starts_with("<!--") {
            at = memchr::memmem::find(&html.as_bytes()[lt..], b"-->")
                .map_or(html.len(), |e| lt + e + 3);
            continue;
        }
        let Some(tag) = raw_tag(html, lt) else {
            at = lt + 1;
            continue;
        };
        at = tag.end;
        let self_closing = html[..tag.end].ends_with("/>");
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else if !VOID_TAGS.contains(&tag.name.as_str()) && !self_closing {
            if RAW_TEXT_TAGS.contains(&tag.name.as_str()) {
                at = skip_raw_text(html, at, &tag.name);
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

fn skip_raw_text(html: &str, from: usize, name: &str) -> usize {
    let close = format!("</{name}");
    let lower = html.as_bytes()[from..].iter().map(u8::to_ascii_lowercase);
    // Find the closing tag case-insensitively without allocating the rest of the page.
    let close = close.as_bytes();
    let mut matched = 0;
    for (i, b) in lower.enumerate() {
        matched = if b == close[matched] {
            matched + 1
        } else if b == close[0] {
            1
        } else {
            0
        };
        if matched == close.len() {
            return from + i + 1;
        }
    }
    html.len()
}

// The page with its nesting taken out, for pages too deep to parse: block tags become
// `<p>`, `<br>` stays, every other tag goes, scripts, styles and comments go with their
// content, text stays as it is (entities are decoded by the parser afterwards).
fn flatten(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut at = 0;
    while let Some(p) = memchr::memchr(b'<', &html.as_bytes()[at..]) {
        let lt = at + p;
        out.push_str(&html[at..lt]);
        if html[lt..].starts_with("<!--") {
            at = memchr::memmem::find(&html.as_bytes()[lt..], b"-->")
                .map_or(html.len(), |e| lt + e + 3);
            continue;
        }
        let Some(tag) = raw_tag(html, lt) else {
            out.push_str("&lt;");
            at = lt + 1;
            continue;
        };
        at = tag.end;
        let name = tag.name.as_str();
        if !tag.closing && (RAW_TEXT_TAGS.contains(&name) || SKIP_TAGS.contains(&name)) {
            if RAW_TEXT_TAGS.contains(&name) {
                at = skip_raw_text(html, at, name);
                at =
                    memchr::memchr(b'>', &html.as_bytes()[at..]).map_or(html.len(), |e| at + e + 1);
            }
            continue;
        }
        if name == "br" {
            out.push_str("<br>");
        } else if BLOCK_TAGS.contains(&name) && !out.ends_with("\n<p>") {
            // One paragraph break for a run of block tags (`</div></div><div>`).
            out.push_str("\n<p>");
        }
    }
    out.push_str(&html[at.min(html.len())..]);
    out
}

fn max_depth(root: &NodeRef) -> usize {
    let mut max = 0;
    let mut stack = vec![(*root, 0usize)];
    while let Some((n, d)) = stack.pop() {
        max = max.max(d);
        if max > MAX_READABILITY_DEPTH {
            return max;
        }
        for c in n.children_it(false) {
            if c.is_element() {
                stack.push((c, d + 1));
            }
        }
    }
    max
}

// Elements whose text is never article copy.
const SKIP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "label",
    "figure",
    "figcaption",
    "picture",
    "img",
    "head",
    "title",
    "meta",
    "link",
    "dialog",
    "amp-ad",
    "amp-social-share",
    "amp-img",
    "amp-analytics",
    "amp-sidebar",
    "amp-carousel",
    "amp-video",
];

// Elements that end the running paragraph and start a new one.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "header",
    "address",
    "center",
    "tbody",
    "thead",
];

// Class and id words of page furniture, as news CMSs name it: `<div class="ad-slot">`,
// `<ul class="share-bar">`, `<section id="comments">`, `<span class="kicker">Analysis`,
// `<div class="story-head__date">Published: 06:00`, `<div class="story-tip">Got a story?`,
// `<div class="contact-reporter">Contact … at …`, `<div class="post-source">Source: …`.
// Whole words of the attribute (split on anything that is not a letter or digit), so
// `share-bar` and `comments` match and `shared-story`, `commentary` do not.
const BOILERPLATE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "promo",
    "promotion",
    "share",
    "sharing",
    "social",
    "sharebar",
    "related",
    "recommended",
    "recommendations",
    "comment",
    "comments",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "ticker",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "sidebar",
    "footer",
    "masthead",
    "trending",
    "popular",
    "mostread",
    "outbrain",
    "taboola",
    "byline",
    "caption",
    "credit",
    "credits",
    "tags",
    "tagcloud",
    "bio",
    "toolbar",
    "paywall",
    "modal",
    "popup",
    "widget",
    "carousel",
    "kicker",
    "dateline",
    "timestamp",
    "date",
    "meta",
    "author",
    "contact",
    "tip",
    "tips",
    "player",
    "disclaimer",
    "source",
];

// Class/id phrases of more than one word.
const BOILERPLATE_PHRASES: &[&str] = &[
    "read-more",
    "readmore",
    "more-stories",
    "most-read",
    "most_read",
    "also-like",
    "you-may-like",
    "author-box",
    "author-bio",
    "about-author",
    "story-tools",
    "article-tools",
    "sign-up",
    "skip-link",
];

fn tag_name(n: &NodeRef) -> String {
    n.node_name()
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default()
}

// Furniture by tag (`SKIP_TAGS`) or by role, visibility and class/id words.
fn is_furniture_element(n: &NodeRef, name: &str) -> bool {
    SKIP_TAGS.contains(&name) || is_boilerplate(n, name)
}

fn is_boilerplate(n: &NodeRef, name: &str) -> bool {
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    if n.has_attr("hidden") || n.attr("aria-hidden").is_some_and(|v| &*v == "true") {
        return true;
    }
    if let Some(role) = n.attr("role")
        && matches!(
            &*role.to_ascii_lowercase(),
            "navigation" | "banner" | "complementary" | "contentinfo" | "search" | "dialog"
        )
    {
        return true;
    }
    if n.attr("style").is_some_and(|s| {
        s.replace(' ', "")
            .to_ascii_lowercase()
            .contains("display:none")
    }) {
        return true;
    }
    let mut attrs = String::new();
    for a in ["class", "id"] {
        if let Some(v) = n.attr(a) {
            attrs.push_str(&v.to_ascii_lowercase());
            attrs.push(' ');
        }
    }
    if attrs.is_empty() {
        return false;
    }
    let flagged = BOILERPLATE_PHRASES.iter().any(|p| attrs.contains(p))
        || attrs
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| BOILERPLATE_WORDS.contains(&w));
    // A wrapper that holds the story itself is never dropped for its class names
    // (`<div class="page has-sidebar">` around everything).
    flagged
        && !n.descendants_it().any(|d| {
            d.is_element()
                && (d.node_name().is_some_and(|t| {
                    t.eq_ignore_ascii_case("h1") || t.eq_ignore_ascii_case("article")
                }) || d.attr("itemprop").is_some_and(|v| &*v == "articleBody"))
        })
}

// Iterative walk (pages can nest thousands of levels deep) that turns the DOM into
// paragraphs: block elements and `<br><br>` end a paragraph, inline elements and text
// nodes add to it.
#[derive(Default)]
struct Walker {
    blocks: Vec<TextBlock>,
    cur: String,
    kind: Option<BlockKind>,
    brs: usize,
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    // Restore the enclosing block kind; `true` when leaving an `<article>`.
    Leave(Option<BlockKind>, bool),
}

impl Walker {
    fn walk(&mut self, root: &NodeRef, whole_page: bool) {
        let mut stack: Vec<Step> = root.children_it(true).map(Step::Enter).collect();
        // `<header>` outside an article is the site's masthead; inside one, the story's.
        let in_article = !whole_page;
        let mut article_depth = 0usize;
        while let Some(step) = stack.pop() {
            let n = match step {
                Step::Leave(prev, article) => {
                    self.flush();
                    if article {
                        article_depth = article_depth.saturating_sub(1);
                    }
                    self.kind = prev;
                    continue;
                }
                Step::Enter(n) => n,
            };
            if n.is_text() {
                let t = n.text();
                if !t.trim().is_empty() {
                    self.brs = 0;
                }
                self.push_text(&t);
                continue;
            }
            if !n.is_element() {
                continue;
            }
            let name = tag_name(&n);
            if is_furniture_element(&n, &name)
                || (name == "header" && !in_article && article_depth == 0)
            {
                continue;
            }
            if name == "br" {
                self.brs += 1;
                if self.brs >= 2 {
                    self.flush();
                } else {
                    self.cur.push(' ');
                }
                continue;
            }
            if BLOCK_TAGS.contains(&name.as_str()) {
                self.flush();
                let prev = self.kind;
                let kind = match name.as_str() {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
                    "li" | "dt" | "dd" => BlockKind::ListItem,
                    "td" | "th" => BlockKind::Other,
                    // A paragraph inside a list item is the item's text.
                    _ if prev == Some(BlockKind::ListItem) => BlockKind::ListItem,
                    _ => BlockKind::Paragraph,
                };
                if name == "article" {
                    article_depth += 1;
                }
                self.kind = Some(kind);
                stack.push(Step::Leave(prev, name == "article"));
                stack.extend(n.children_it(true).map(Step::Enter));
            } else {
                stack.extend(n.children_it(true).map(Step::Enter));
            }
        }
        self.flush();
    }

    fn push_text(&mut self, t: &str) {
        let mut space = t.starts_with(char::is_whitespace);
        for w in t.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if space && !self.cur.is_empty() && !self.cur.ends_with(' ') {
                self.cur.push(' ');
            }
            self.cur.push_str(w);
            space = true;
        }
        if t.ends_with(char::is_whitespace) && !self.cur.is_empty() && !self.cur.ends_with(' ') {
            self.cur.push(' ');
        }
    }

    fn flush(&mut self) {
        let text = self.cur.trim();
        if !text.is_empty() && !crate::segment::is_furniture(text) {
            self.blocks.push(TextBlock {
                text: text.to_string(),
                kind: self.kind.unwrap_or(BlockKind::Paragraph),
            });
        }
        self.cur.clear();
        self.brs = 0;
    }

    fn finish(mut self) -> Vec<TextBlock> {
        self.flush();
        self.blocks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(blocks: &[TextBlock]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn fragment_blocks_split_on_blocks_and_double_breaks() {
        let b = fragment_blocks(
            "<p>One <em>two</em>\n three&nbsp;four.</p><div>Five<br>six<br><br>Seven</div>\
             <ul><li><p>Item</p></li></ul><h2>Head</h2><script>var x = \"no\";</script>",
        );
        assert_eq!(
            texts(&b),
            ["One two three four.", "Five six", "Seven", "Item", "Head"]
        );
        assert_eq!(b[3].kind, BlockKind::ListItem);
        assert_eq!(b[4].kind, BlockKind::Heading);
    }

    #[test]
    fn boilerplate_classes_are_dropped_but_story_wrappers_kept() {
        let b = fragment_blocks(
            "<div class='page has-sidebar'><h1>T</h1><p>Body text.</p>\
             <ul class='share-bar'><li>Share on X</li></ul>\
             <div class='commentary'><p>Kept.</p></div>\
             <section id='comments'><p>Reader: “lies”</p></section></div>",
        );
        assert_eq!(texts(&b), ["T", "Body text.", "Kept."]);
    }

    #[test]
    fn deep_nesting_is_flattened_not_parsed() {
        let html = format!(
            "<body>{}<p>Deep &amp; <b>bold</b></p><script>x = \"<div>\"</script>{}</body>",
            "<div>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        assert!(nesting_depth(&html) > MAX_PARSE_DEPTH);
        let page = extract(&html).unwrap();
        assert_eq!(texts(&page.blocks), ["Deep & bold"]);
        // Moderately deep pages are parsed (and walked without recursion).
        let html = format!("{}<p>deep</p>{}", "<div>".repeat(400), "</div>".repeat(400));
        assert_eq!(nesting_depth(&html), 401);
        assert_eq!(texts(&extract(&html).unwrap().blocks), ["deep"]);
    }

    #[test]
    fn depth_scan_skips_comments_void_tags_and_scripts() {
        assert_eq!(
            nesting_depth(
                "<p><br><img src=x><!-- <div><div> --><script>if (a<b) {}</script><i/>x</p>"
            ),
            1
        );
    }

    #[test]
    fn charset_declarations() {
        assert_eq!(
            declared_charset(b"<meta charset=\"windows-1252\">").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            declared_charset(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
            )
            .as_deref(),
            Some("ISO-8859-1")
        );
        assert_eq!(declared_charset(b"<p>no</p>"), None);
    }
}
