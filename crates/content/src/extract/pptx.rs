//! Text of a PowerPoint deck: each slide in presentation order, followed by its speaker notes.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::package::Package;
use super::xml_text::{append_text, relationship_id, DRAWING};
use super::ExtractError;

const PRESENTATION: &str = "ppt/presentation.xml";

pub(super) fn text_of(package: &mut Package<'_>) -> Result<String, ExtractError> {
    let mut text = String::new();
    for slide in slides_in_order(package)? {
        let Some(xml) = package.read_part(&slide)? else { continue };
        append_text(&xml, &DRAWING, &mut text).map_err(|e| package.malformed(&slide, e))?;
        let notes: Vec<String> =
            package.relationships_of(&slide)?.into_iter().filter(|r| r.kind.ends_with("/notesSlide")).map(|r| r.part).collect();
        for part in notes {
            if let Some(xml) = package.read_part(&part)? {
                append_text(&xml, &DRAWING, &mut text).map_err(|e| package.malformed(&part, e))?;
            }
        }
        text.push('\n');
    }
    Ok(text)
}

/// The slide list of presentation.xml is the real order; slide file numbers are only a fallback,
/// because reordering slides in PowerPoint does not rename their files.
fn slides_in_order(package: &mut Package<'_>) -> Result<Vec<String>, ExtractError> {
    let fallback = package.numbered_parts("ppt/slides/slide");
    let Some(xml) = package.read_part(PRESENTATION)? else { return Ok(fallback) };
    let targets = package.relationships_of(PRESENTATION)?;
    let mut slides = Vec::new();
    let mut reader = Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sldId" => {
                if let Some(target) = relationship_id(&e).and_then(|id| targets.iter().find(|r| r.id == id)) {
                    slides.push(target.part.clone());
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(package.malformed(PRESENTATION, e)),
            Ok(_) => {}
        }
    }
    Ok(if slides.is_empty() { fallback } else { slides })
}
