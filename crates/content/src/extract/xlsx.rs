//! Text of an Excel workbook: each sheet's name, then its rows, cells separated by tabs.
//!
//! Cells are read as stored: shared and inline strings, numbers as written in the file (a date is
//! its serial number), booleans as TRUE/FALSE. Formulas are not evaluated, only their cached values.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::package::Package;
use super::xml_text::{attribute, relationship_id, resolve_reference};
use super::ExtractError;

const WORKBOOK: &str = "xl/workbook.xml";

pub(super) fn text_of(package: &mut Package<'_>) -> Result<String, ExtractError> {
    let format = package.format();
    if !package.has_part(WORKBOOK) {
        return Err(ExtractError::Damaged { format, detail: format!("it has no {WORKBOOK}") });
    }
    let relationships = package.relationships_of(WORKBOOK)?;
    let shared_strings = match relationships.iter().find(|r| r.kind.ends_with("/sharedStrings")) {
        Some(r) => r.part.clone(),
        None => "xl/sharedStrings.xml".to_owned(),
    };
    let shared_strings = match package.read_part(&shared_strings)? {
        Some(xml) => strings_of(&xml).map_err(|e| package.malformed(&shared_strings, e))?,
        None => Vec::new(),
    };
    let mut sheets = Vec::new();
    for (name, id) in sheet_list(package)? {
        if let Some(target) = relationships.iter().find(|r| Some(&r.id) == id.as_ref()) {
            sheets.push((name, target.part.clone()));
        }
    }
    if sheets.is_empty() {
        sheets = package.numbered_parts("xl/worksheets/sheet").into_iter().map(|part| (String::new(), part)).collect();
    }
    let mut text = String::new();
    for (name, part) in sheets {
        let Some(xml) = package.read_part(&part)? else { continue };
        if !name.is_empty() {
            text.push_str(&name);
            text.push('\n');
        }
        append_rows(&xml, &shared_strings, &mut text).map_err(|e| package.malformed(&part, e))?;
        text.push('\n');
    }
    Ok(text)
}

/// `(sheet name, r:id)` in workbook order.
fn sheet_list(package: &mut Package<'_>) -> Result<Vec<(String, Option<String>)>, ExtractError> {
    let Some(xml) = package.read_part(WORKBOOK)? else { return Ok(Vec::new()) };
    let mut sheets = Vec::new();
    let mut reader = Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sheet" => {
                sheets.push((attribute(&e, "name").unwrap_or_default(), relationship_id(&e)));
            }
            Ok(Event::Eof) => return Ok(sheets),
            Err(e) => return Err(package.malformed(WORKBOOK, e)),
            Ok(_) => {}
        }
    }
}

/// The shared string table: one entry per `<si>`, its runs joined, phonetic guides (`rPh`) left out.
fn strings_of(xml: &str) -> Result<Vec<String>, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let (mut strings, mut current) = (Vec::new(), String::new());
    let (mut in_text, mut in_phonetic) = (false, false);
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "si" => current.clear(),
                "t" => in_text = true,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "si" => strings.push(std::mem::take(&mut current)),
                "t" => in_text = false,
                "rPh" => in_phonetic = false,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == "si" => strings.push(String::new()),
            Event::Text(e) if in_text && !in_phonetic => current.push_str(&e.xml10_content()),
            Event::CData(e) if in_text && !in_phonetic => current.push_str(&e.xml10_content()),
            Event::GeneralRef(e) if in_text && !in_phonetic => current.extend(resolve_reference(&e)),
            Event::Eof => return Ok(strings),
            _ => {}
        }
    }
}

/// What kind of value a cell holds (its `t` attribute).
#[derive(Clone, Copy, PartialEq)]
enum CellKind {
    SharedString,
    Boolean,
    Other,
}

fn append_rows(xml: &str, shared_strings: &[String], out: &mut String) -> Result<(), quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut row: Vec<String> = Vec::new();
    let (mut kind, mut value) = (CellKind::Other, String::new());
    // Inside <v> (the stored value) or <is><t> (an inline string).
    let mut in_value = false;
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "row" => row.clear(),
                "c" => {
                    kind = match attribute(&e, "t").as_deref() {
                        Some("s") => CellKind::SharedString,
                        Some("b") => CellKind::Boolean,
                        _ => CellKind::Other,
                    };
                    value.clear();
                }
                "v" | "t" => in_value = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "v" | "t" => in_value = false,
                "c" => {
                    let shown = match kind {
                        CellKind::SharedString => {
                            value.trim().parse::<usize>().ok().and_then(|i| shared_strings.get(i)).cloned().unwrap_or_default()
                        }
                        CellKind::Boolean => match value.trim() {
                            "1" => "TRUE".to_owned(),
                            "0" => "FALSE".to_owned(),
                            _ => String::new(),
                        },
                        CellKind::Other => std::mem::take(&mut value),
                    };
                    if !shown.is_empty() {
                        row.push(shown);
                    }
                }
                "row" if !row.is_empty() => {
                    out.push_str(&row.join("\t"));
                    out.push('\n');
                    row.clear();
                }
                _ => {}
            },
            Event::Text(e) if in_value => value.push_str(&e.xml10_content()),
            Event::CData(e) if in_value => value.push_str(&e.xml10_content()),
            Event::GeneralRef(e) if in_value => value.extend(resolve_reference(&e)),
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}
