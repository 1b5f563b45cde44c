//! Wiring of the stages for whole inputs: read, segment, extract — one document per
//! rayon task, results in input order.

use rayon::prelude::*;

use crate::error::InputError;
use crate::extract::{Claim, extract_with_people};
use crate::ingest::{
    Document, IngestOptions, InputFormat, JsonlStream, RawRecord, open_lines, read_all,
};
use crate::segment::{Segmentation, segment};

/// A document with its segmentation and claims.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The parsed input.
    pub doc: Document,
    /// Its paragraphs, sentences and quotations.
    pub seg: Segmentation,
    /// Its claims in order.
    pub claims: Vec<Claim>,
    /// The people and organisations it names with a role, speaking or not.
    pub people: Vec<crate::resolve::Person>,
}

impl Extracted {
    /// Free what only the HTML report and the claims records read: the blocks, the
    /// paragraphs and the quotations. The text, the sentences (a comparison quotes the
    /// sentence of a place outside every claim), the claims and the people stay; a
    /// sentence's `para` then indexes nothing. `compare` does this for every format but
    /// HTML: at 1,000 reports the three held 5.9 of the 85 MB at the peak.
    pub fn drop_layout(&mut self) {
        self.doc.blocks = Vec::new();
        self.seg.paragraphs = Vec::new();
        self.seg.quotes = Vec::new();
    }

    /// [`Extracted::drop_layout`], the header's fields as written
    /// ([`Document::meta`]), and the sentences that hold no role the document gives a
    /// person ([`crate::resolve::Person::roles`]). A comparison reads the outlet, date,
    /// URL and title parsed from the fields, never the fields themselves (`--group-by`
    /// reads them to group, before its groups are compared): at 1,000 reports they were
    /// 0.78 MB of the peak. It quotes a sentence only where it cites a person's role
    /// outside every claim: the sentences were 1.19 MB of the peak, and those that hold a
    /// role are a few of each document's.
    pub fn drop_unread_by_compare(&mut self) {
        self.drop_layout();
        self.doc.meta = Default::default();
        let mut roles: Vec<usize> = self
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(|m| m.start))
            .collect();
        roles.sort_unstable();
        self.seg.sentences.retain(|s| {
            let first = roles.partition_point(|&r| r < s.span.start);
            roles.get(first).is_some_and(|&r| r < s.span.end)
        });
        self.seg.sentences.shrink_to_fit();
    }
}

/// Segment and extract one parsed document.
pub fn extract_document(doc: Document) -> Extracted {
    let seg = segment(&doc);
    let (claims, people) = extract_with_people(&doc, &seg);
    Extracted {
        doc,
        seg,
        claims,
        people,
    }
}

/// Read and extract every path in parallel; results come back in input order, an error in
/// place of each input (or JSON record) that could not be read. A JSON or JSON Lines file
/// gives one result per record.
pub fn extract_paths(paths: &[String], opts: &IngestOptions) -> Vec<Result<Extracted, InputError>> {
    extract_paths_with(paths, opts, &|_| {})
}

/// [`extract_paths`], calling `done` (from any worker thread) as each input finishes,
/// with its extraction when it was read: `done` may free what the caller will not read
/// ([`Extracted::drop_layout`]) while the other inputs are still being extracted, so
/// their extraction reuses the memory.
pub fn extract_paths_with(
    paths: &[String],
    opts: &IngestOptions,
    done: &(dyn Fn(Option<&mut Extracted>) + Sync),
) -> Vec<Result<Extracted, InputError>> {
    map_in_order(read_numbered(paths, opts), |r| {
        let mut r = r.map(extract_document);
        done(r.as_mut().ok());
        r
    })
}

/// `f` over `items`, results in input order: on rayon's workers for two or more items,
/// on this thread for one — starting the workers costs more than one article (2 of the
/// 10 ms of `claimdiff extract` on one file).
fn map_in_order<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync + Send) -> Vec<U> {
    if items.len() <= 1 {
        items.into_iter().map(f).collect()
    } else {
        items.into_par_iter().map(f).collect()
    }
}

/// How many documents [`extract_stream`] extracts at a time: enough to keep every core
/// busy, few enough that memory holds a batch and not the corpus.
pub const STREAM_BATCH: usize = 256;

// A unit of streamed work: an input read and parsed by a worker, or a line already read
// from a JSON Lines stream, parsed by a worker.
enum Unit {
    Path(String),
    Record(Result<RawRecord, InputError>),
}

/// Read and extract inputs as a stream, for inputs too large to hold: each input in
/// turn, JSON Lines inputs (files or `-`) a record at a time, extracted in parallel
/// batches of [`STREAM_BATCH`] and handed to `sink` in input order, each document with
/// what `render` made of it, or the error in place of each input or record that could
/// not be read. Memory holds one batch. `render` runs on the workers once a document has
/// its number, so that writing a batch out is all that is left to the calling thread
/// (rendered there, the output was the serial part of a streamed run); pass `&|_| ()`
/// to keep the documents alone. `done` is called (from any worker thread) as each input
/// or record finishes. Stops at the first error `sink` returns (a closed pipe).
pub fn extract_stream<T: Send>(
    paths: &[String],
    opts: &IngestOptions,
    done: &(dyn Fn() + Sync),
    render: &(dyn Fn(&Extracted) -> T + Sync),
    sink: &mut dyn FnMut(Result<(Extracted, T), InputError>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut units = paths
        .iter()
        .flat_map(|p| -> Box<dyn Iterator<Item = Unit>> {
            if opts.format_of(p) != InputFormat::Jsonl {
                return Box::new(std::iter::once(Unit::Path(p.clone())));
            }
            match open_lines(p) {
                Ok(reader) => {
                    // Read here, in order; parsed by the worker that extracts it.
                    let mut stream = JsonlStream::new(p, reader, opts);
                    Box::new(std::iter::from_fn(move || stream.next_raw()).map(Unit::Record))
                }
                Err(e) => Box::new(std::iter::once(Unit::Record(Err(e)))),
            }
        });
    let mut next_id = 0;
    loop {
        let batch: Vec<Unit> = units.by_ref().take(STREAM_BATCH).collect();
        if batch.is_empty() {
            return Ok(());
        }
        let work = |u: Unit| -> Vec<Result<Extracted, InputError>> {
            let docs = match u {
                Unit::Path(p) => read_all(&p, opts),
                Unit::Record(r) => vec![r.and_then(RawRecord::parse)],
            };
            let out = docs.into_iter().map(|d| d.map(extract_document)).collect();
            done();
            out
        };
        let mut results: Vec<Result<Extracted, InputError>> =
            map_in_order(batch, work).into_iter().flatten().collect();
        for r in &mut results {
            if let Ok(e) = r {
                e.doc.id = next_id;
            }
            next_id += 1;
        }
        let rendered = map_in_order(results, |r| {
            r.map(|e| {
                let out = render(&e);
                (e, out)
            })
        });
        for r in rendered {
            sink(r)?;
        }
    }
}

/// Read every path in parallel (each file is read by one worker) and number the
/// documents in input order, records of a file in file order.
pub fn read_numbered(paths: &[String], opts: &IngestOptions) -> Vec<Result<Document, InputError>> {
    let mut docs: Vec<Result<Document, InputError>> =
        map_in_order(paths.iter().collect(), |p| read_all(p, opts))
            .into_iter()
            .flatten()
            .collect();
    for (i, d) in docs.iter_mut().enumerate() {
        if let Ok(d) = d {
            d.id = i;
        }
    }
    docs
}

/// A quantity found in a document, with its position.
#[derive(Debug, Clone)]
pub struct Found {
    /// The quantity (offsets into the document text).
    pub quantity: crate::quantities::Quantity,
    /// Where it is.
    pub span: crate::span::Span,
}

/// Every quantity of a document's text: headline, headings and body (bylines, credits,
/// timestamps and trailers are skipped). Relative dates resolve against `date` if given,
/// else the document's own date.
pub fn document_quantities(
    doc: &Document,
    seg: &Segmentation,
    date: Option<chrono::NaiveDate>,
) -> Vec<Found> {
    use crate::segment::ParaRole;
    let ctx = crate::quantities::ScanContext::for_document(date.or(doc.date), doc.view());
    let view = doc.view();
    let mut out = Vec::new();
    for s in &seg.sentences {
        let role = seg.paragraphs[s.para].role;
        if !matches!(
            role,
            ParaRole::Body | ParaRole::Headline | ParaRole::Subheading
        ) {
            continue;
        }
        for mut q in crate::quantities::scan(&view[s.span.clone()], &ctx) {
            q.shift(s.span.start);
            let span = doc.span(q.start, q.end);
            out.push(Found { quantity: q, span });
        }
    }
    out
}

/// Read every path in parallel and list its quantities; input order is kept.
pub fn quantities_paths(
    paths: &[String],
    opts: &IngestOptions,
    date: Option<chrono::NaiveDate>,
) -> Vec<Result<(Document, Vec<Found>), InputError>> {
    read_numbered(paths, opts)
        .into_par_iter()
        .map(|r| {
            r.map(|mut doc| {
                // The date the relative dates were resolved against is the one reported.
                if date.is_some() {
                    doc.date = date;
                }
                let seg = segment(&doc);
                let found = document_quantities(&doc, &seg, None);
                (doc, found)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a comparison reads stays: the text, the parsed header, the sentences that
    /// hold a person's role, the claims and the people; the layout, the header's fields
    /// as written and the other sentences go.
    #[test]
    fn a_comparison_keeps_what_it_reads() {
        let text = "outlet: The Courier\ndate: 2025-03-02\nevent: flood\n\nRiver rises\n\n\
                    Mayor Jon Dahl said the river would crest on Monday.\n";
        let doc = Document::from_text("c.txt", 0, text.to_string(), InputFormat::Text);
        let mut e = extract_document(doc);
        assert_eq!(e.doc.meta.get("event").map(String::as_str), Some("flood"));
        // The sentence of the mayor's role stays; the headline's goes.
        let (claims, people, sentences) = (
            e.claims.clone(),
            e.people.clone(),
            e.seg
                .sentences
                .iter()
                .map(|s| s.span.clone())
                .filter(|s| text[s.clone()].starts_with("Mayor"))
                .collect::<Vec<_>>(),
        );
        assert_eq!((e.seg.sentences.len(), sentences.len()), (2, 1));
        e.drop_unread_by_compare();
        assert!(e.doc.meta.is_empty() && e.doc.blocks.is_empty());
        assert!(e.seg.paragraphs.is_empty() && e.seg.quotes.is_empty());
        assert_eq!(e.doc.outlet, "The Courier");
        assert_eq!(
            e.doc.date.map(|d| d.to_string()).as_deref(),
            Some("2025-03-02")
        );
        assert_eq!(&*e.doc.text, text);
        assert_eq!(
            (
                e.claims,
                e.people,
                e.seg
                    .sentences
                    .into_iter()
                    .map(|s| s.span)
                    .collect::<Vec<_>>()
            ),
            (claims, people, sentences)
        );
    }
}
