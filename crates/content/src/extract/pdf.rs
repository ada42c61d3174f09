//! Text of a PDF, read with pdf-extract (which stands on lopdf). Nothing in the file runs:
//! JavaScript, forms and links are objects we never look at.
//!
//! pdf-extract panics on many malformed inputs, so each page is read under `catch_unwind`, and a
//! page it cannot read falls back to lopdf's plainer text extraction. Two things cannot be caught
//! (stack overflows), so they are checked before reading: a page tree that loops through `/Parent`,
//! and drawings (form XObjects) that invoke themselves.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pdf_extract::content::Content;
use pdf_extract::{Dictionary, Document, MediaBox, Object, ObjectId, OutputDev, OutputError, PlainTextOutput, Transform};

use super::{ExtractError, FileFormat};

/// How deeply drawings may nest, and how many drawing invocations a document may make in all.
const MAX_FORM_DEPTH: usize = 32;
const MAX_FORM_VISITS: usize = 10_000;
/// Page-tree levels; real documents use a handful.
const MAX_PAGE_TREE_DEPTH: usize = 64;

/// The text of the PDF in `bytes`, up to a little more than `max_chars` characters, and whether it stopped there.
pub(super) fn text_of(bytes: &[u8], max_chars: usize) -> Result<(String, bool), ExtractError> {
    let damaged = |detail: String| ExtractError::Damaged { format: FileFormat::Pdf, detail };
    let mut document = match catch_unwind(|| Document::load_mem(bytes)) {
        Ok(Ok(document)) => document,
        Ok(Err(e)) => return Err(damaged(lowercase_first(&e.to_string()))),
        Err(_) => return Err(damaged("its structure could not be read".into())),
    };
    if document.is_encrypted() {
        // Many PDFs are "encrypted" only to restrict printing or copying, with an empty password
        // for reading; those open. A real password is needed for the rest.
        let opened = catch_unwind(AssertUnwindSafe(|| document.decrypt(""))).map(|r| r.is_ok()).unwrap_or(false);
        if !opened {
            return Err(ExtractError::Encrypted);
        }
    }
    empty_images(&mut document);
    check_structure(&document).map_err(|detail| damaged(detail.into()))?;

    let mut text = String::new();
    let mut chars = 0;
    let mut readable_pages = 0;
    let pages: Vec<u32> = document.get_pages().into_keys().collect();
    for &page in &pages {
        let page_start = text.len();
        let mut output = CappedText { inner: PlainTextOutput::new(&mut text), chars, max_chars, reached: false };
        let read = catch_unwind(AssertUnwindSafe(|| pdf_extract::output_doc_page(&document, &mut output, page)));
        let (reached, chars_now) = (output.reached, output.chars);
        chars = chars_now;
        // pdf-extract starts each page with line breaks (its first glyph is "below" the last one).
        let breaks = text[page_start..].len() - text[page_start..].trim_start_matches('\n').len();
        text.drain(page_start..page_start + breaks);
        match read {
            Ok(Ok(())) => readable_pages += 1,
            _ if reached => return Ok((text, true)),
            // pdf-extract gave up on this page: lopdf's simpler reader may still find its words.
            _ => {
                text.truncate(page_start);
                if let Ok(Ok(page_text)) = catch_unwind(AssertUnwindSafe(|| document.extract_text(&[page]))) {
                    chars += page_text.chars().count();
                    text.push_str(&page_text);
                    readable_pages += 1;
                }
            }
        }
        text.push('\n');
        if chars > max_chars {
            return Ok((text, true));
        }
    }
    if readable_pages == 0 && !pages.is_empty() {
        return Err(damaged("none of its pages could be read".into()));
    }
    Ok((text, false))
}

/// Image data is never text, but pdf-extract parses every invoked XObject as drawing instructions;
/// emptying images first saves that work and its failures.
fn empty_images(document: &mut Document) {
    for object in document.objects.values_mut() {
        if let Object::Stream(stream) = object {
            if stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Image") {
                stream.dict.remove(b"Filter");
                stream.dict.remove(b"DecodeParms");
                stream.set_content(Vec::new());
            }
        }
    }
}

/// Finds the loops that would make the reader recurse until the stack overflows.
fn check_structure(document: &Document) -> Result<(), &'static str> {
    let mut forms = FormWalk { document, visits: 0, explored: HashSet::new(), stack: Vec::new() };
    for page_id in document.page_iter() {
        let Ok(page) = document.get_dictionary(page_id) else { continue };
        let mut resources = None;
        let mut node = page;
        let mut seen = HashSet::from([page_id]);
        loop {
            if resources.is_none() {
                resources = node.get(b"Resources").ok().and_then(|r| document.dereference(r).ok()).and_then(|(_, r)| r.as_dict().ok());
            }
            let Ok(parent) = node.get(b"Parent").and_then(Object::as_reference) else { break };
            if !seen.insert(parent) || seen.len() > MAX_PAGE_TREE_DEPTH {
                return Err("its page tree loops back on itself");
            }
            let Ok(parent) = document.get_dictionary(parent) else { break };
            node = parent;
        }
        let content = document.get_page_content(page_id).unwrap_or_default();
        forms.walk(&content, resources)?;
    }
    Ok(())
}

/// A walk over the drawings (`Do` operators) reachable from page content, as pdf-extract will run them.
struct FormWalk<'a> {
    document: &'a Document,
    visits: usize,
    /// Forms with their own resources already walked without finding a loop: walking them again
    /// cannot find one either.
    explored: HashSet<ObjectId>,
    stack: Vec<ObjectId>,
}

impl<'a> FormWalk<'a> {
    fn walk(&mut self, content: &[u8], resources: Option<&'a Dictionary>) -> Result<(), &'static str> {
        let Ok(content) = Content::decode(content) else { return Ok(()) };
        let Some(xobjects) = resources.and_then(|r| self.dictionary(r.get(b"XObject").ok()?)) else { return Ok(()) };
        for operation in content.operations.iter().filter(|o| o.operator == "Do") {
            let Some(Ok(name)) = operation.operands.first().map(Object::as_name) else { continue };
            let Ok(Object::Reference(id)) = xobjects.get(name) else { continue };
            if self.stack.contains(id) {
                return Err("a drawing in it refers to itself");
            }
            if self.explored.contains(id) {
                continue;
            }
            self.visits += 1;
            if self.visits > MAX_FORM_VISITS || self.stack.len() >= MAX_FORM_DEPTH {
                return Err("its drawings are nested too deeply to read");
            }
            let Ok(Object::Stream(form)) = self.document.get_object(*id) else { continue };
            let own_resources = form.dict.get(b"Resources").ok().and_then(|r| self.dictionary(r));
            let inner = form.decompressed_content().unwrap_or_else(|_| form.content.clone());
            self.stack.push(*id);
            self.walk(&inner, own_resources.or(resources))?;
            self.stack.pop();
            if own_resources.is_some() {
                self.explored.insert(*id);
            }
        }
        Ok(())
    }

    fn dictionary(&self, object: &'a Object) -> Option<&'a Dictionary> {
        self.document.dereference(object).ok()?.1.as_dict().ok()
    }
}

/// pdf-extract's plain-text output, stopped once enough characters were written.
struct CappedText<'a> {
    inner: PlainTextOutput<&'a mut String>,
    chars: usize,
    max_chars: usize,
    reached: bool,
}

impl OutputDev for CappedText<'_> {
    fn begin_page(&mut self, page_num: u32, media_box: &MediaBox, art_box: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        self.inner.begin_page(page_num, media_box, art_box)
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        self.inner.end_page()
    }
    fn output_character(&mut self, trm: &Transform, width: f64, spacing: f64, font_size: f64, char: &str) -> Result<(), OutputError> {
        self.chars += char.chars().count();
        if self.chars > self.max_chars {
            self.reached = true;
            // An error is the only way to stop pdf-extract early.
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        self.inner.output_character(trm, width, spacing, font_size, char)
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.inner.begin_word()
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        self.inner.end_word()
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        self.inner.end_line()
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
