//! Text of a Word document: the body, then headers, footers, footnotes and endnotes.

use super::package::Package;
use super::xml_text::{append_text, WORDPROCESSING};
use super::ExtractError;

const BODY: &str = "word/document.xml";
/// Relationship types (by their last path segment) whose parts hold more of the document's text.
const SIDE_PARTS: [&str; 4] = ["header", "footer", "footnotes", "endnotes"];

pub(super) fn text_of(package: &mut Package<'_>) -> Result<String, ExtractError> {
    let format = package.format();
    let body = package.read_part(BODY)?.ok_or_else(|| ExtractError::Damaged { format, detail: format!("it has no {BODY}") })?;
    let mut text = String::new();
    append_text(&body, &WORDPROCESSING, &mut text).map_err(|e| package.malformed(BODY, e))?;
    for kind in SIDE_PARTS {
        let parts: Vec<String> =
            package.relationships_of(BODY)?.into_iter().filter(|r| r.kind.rsplit('/').next() == Some(kind)).map(|r| r.part).collect();
        for part in parts {
            if let Some(xml) = package.read_part(&part)? {
                append_text(&xml, &WORDPROCESSING, &mut text).map_err(|e| package.malformed(&part, e))?;
            }
        }
    }
    Ok(text)
}
