//! The visible text of a WordprocessingML or DrawingML part: text runs, with paragraph breaks.
//!
//! Only the text elements are kept, so field codes, deleted revisions and markup never reach the
//! index. Entities are resolved but never expanded from a DTD: quick-xml does not read DTDs, so a
//! "billion laughs" part has nothing to expand.

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// Which elements (by local name, any namespace prefix) mean what in one XML dialect.
pub(super) struct Vocabulary {
    /// Elements whose character content is the document's text (`w:t`, `a:t`).
    pub text: &'static [&'static str],
    /// Elements that end a paragraph: a newline after each.
    pub paragraphs: &'static [&'static str],
    /// Empty elements that stand for a line break.
    pub breaks: &'static [&'static str],
    /// Empty elements that stand for a tab.
    pub tabs: &'static [&'static str],
}

pub(super) const WORDPROCESSING: Vocabulary = Vocabulary { text: &["t"], paragraphs: &["p"], breaks: &["br", "cr"], tabs: &["tab"] };
pub(super) const DRAWING: Vocabulary = Vocabulary { text: &["t"], paragraphs: &["p"], breaks: &["br"], tabs: &["tab"] };

/// Appends the text of `xml` to `out`.
pub(super) fn append_text(xml: &str, vocabulary: &Vocabulary, out: &mut String) -> Result<(), quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    // Real files have mismatched end tags now and then; the text is still worth having.
    reader.config_mut().check_end_names = false;
    let mut text_depth = 0usize;
    loop {
        match reader.read_event()? {
            Event::Start(e) => {
                let name = e.local_name();
                if vocabulary.text.contains(&name.as_ref()) {
                    text_depth += 1;
                }
            }
            Event::Empty(e) => {
                let name = e.local_name();
                if vocabulary.breaks.contains(&name.as_ref()) {
                    out.push('\n');
                } else if vocabulary.tabs.contains(&name.as_ref()) {
                    out.push('\t');
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                if vocabulary.text.contains(&name.as_ref()) {
                    text_depth = text_depth.saturating_sub(1);
                } else if vocabulary.paragraphs.contains(&name.as_ref()) {
                    out.push('\n');
                }
            }
            Event::Text(e) if text_depth > 0 => out.push_str(&e.xml10_content()),
            Event::CData(e) if text_depth > 0 => out.push_str(&e.xml10_content()),
            Event::GeneralRef(e) if text_depth > 0 => out.extend(resolve_reference(&e)),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// `&amp;` and friends, and `&#233;`; unknown entities resolve to nothing.
pub(super) fn resolve_reference(reference: &BytesRef<'_>) -> Option<char> {
    if reference.is_char_ref() {
        return reference.resolve_char_ref().ok().flatten();
    }
    match &**reference {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

/// The unescaped value of the attribute with this local name (`r:id` is found as `id`).
pub(super) fn attribute(element: &BytesStart<'_>, local_name: &str) -> Option<String> {
    element.attributes().flatten().find(|a| a.key.local_name().as_ref() == local_name).and_then(|a| value_of(&a))
}

/// An attribute's value with entities resolved; `None` if it is malformed.
pub(super) fn value_of(attribute: &Attribute<'_>) -> Option<String> {
    attribute.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned())
}

/// The `r:id` of an element: the prefixed `id`, which points into the part's relationships.
/// (`<p:sldId id="256" r:id="rId2"/>` has both; the unprefixed one is something else.)
pub(super) fn relationship_id(element: &BytesStart<'_>) -> Option<String> {
    element.attributes().flatten().find(|a| a.key.as_ref().ends_with(":id")).and_then(|a| value_of(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(xml: &str) -> String {
        let mut out = String::new();
        append_text(xml, &WORDPROCESSING, &mut out).expect("well-formed");
        out
    }

    #[test]
    fn keeps_runs_and_breaks_but_not_field_codes_or_deletions() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Zero-trust</w:t></w:r><w:r><w:t xml:space="preserve"> onboarding</w:t></w:r></w:p>
            <w:p><w:r><w:instrText>HYPERLINK "x"</w:instrText><w:delText>old</w:delText><w:t>A&amp;B&#233;</w:t><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t></w:r></w:p>
        </w:body></w:document>"#;
        assert_eq!(text_of(xml), "Zero-trust onboarding\nA&B\u{e9}\tC\nD\n");
    }

    #[test]
    fn a_dtd_entity_is_not_expanded() {
        let xml = r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "lollollol">]><w:p xmlns:w="x"><w:t>&lol;</w:t></w:p>"#;
        assert_eq!(text_of(xml), "\n");
    }
}
