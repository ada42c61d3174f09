//! An Office file opened as what it is, a zip "package" of XML parts, read within limits.
//!
//! Every entry name is checked before anything is read, and decompressed bytes are counted as they
//! are read: the sizes a zip declares are never trusted.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use super::xml_text::value_of;
use super::{ExtractError, FileFormat, Limits};

pub(super) struct Package<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    format: FileFormat,
    unzipped_limit: u64,
    unzipped_so_far: u64,
}

/// One `<Relationship>` of a part: which other part it points at, and as what.
pub(super) struct Relationship {
    pub id: String,
    pub kind: String,
    /// The target resolved to an entry name inside the package.
    pub part: String,
}

impl<'a> Package<'a> {
    pub fn open(bytes: &'a [u8], format: FileFormat, limits: &Limits) -> Result<Package<'a>, ExtractError> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ExtractError::Damaged { format, detail: format!("it is not a readable zip archive ({e})") })?;
        if archive.len() > limits.max_zip_entries {
            return Err(ExtractError::TooManyParts { format, limit: limits.max_zip_entries });
        }
        if let Some(entry) = archive.file_names().find(|name| escapes_document(name)) {
            return Err(ExtractError::UnsafeArchive { format, entry: entry.chars().take(200).collect() });
        }
        Ok(Package { archive, format, unzipped_limit: limits.max_unzipped_bytes, unzipped_so_far: 0 })
    }

    pub fn format(&self) -> FileFormat {
        self.format
    }

    pub fn has_part(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Entry names that start with `prefix` and end with `.xml`, numbered parts in number order
    /// (`slide2.xml` before `slide10.xml`).
    pub fn numbered_parts(&self, prefix: &str) -> Vec<String> {
        let mut parts: Vec<(u64, String)> = self
            .archive
            .file_names()
            .filter_map(|name| {
                let number = name.strip_prefix(prefix)?.strip_suffix(".xml")?.parse().ok()?;
                Some((number, name.to_owned()))
            })
            .collect();
        parts.sort();
        parts.into_iter().map(|(_, name)| name).collect()
    }

    /// The text of a part, or `None` when the package has no such part.
    pub fn read_part(&mut self, name: &str) -> Result<Option<String>, ExtractError> {
        let format = self.format;
        let mut entry = match self.archive.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(ExtractError::Damaged { format, detail: format!("its part {name} cannot be opened ({e})") }),
        };
        let remaining = self.unzipped_limit.saturating_sub(self.unzipped_so_far);
        let mut bytes = Vec::new();
        // One byte past the budget is enough to know the budget is blown.
        entry
            .by_ref()
            .take(remaining.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| ExtractError::Damaged { format, detail: format!("its part {name} cannot be unpacked ({e})") })?;
        if bytes.len() as u64 > remaining {
            return Err(ExtractError::ZipBomb { format, limit: self.unzipped_limit });
        }
        self.unzipped_so_far += bytes.len() as u64;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Ok(Some(text))
    }

    /// The relationships of `part` (from `<folder>/_rels/<file>.rels`), targets resolved to entry names.
    pub fn relationships_of(&mut self, part: &str) -> Result<Vec<Relationship>, ExtractError> {
        let (folder, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels_name = if folder.is_empty() { format!("_rels/{file}.rels") } else { format!("{folder}/_rels/{file}.rels") };
        let Some(xml) = self.read_part(&rels_name)? else { return Ok(Vec::new()) };
        let mut relationships = Vec::new();
        let mut reader = Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                    let (mut id, mut kind, mut target, mut external) = (String::new(), String::new(), String::new(), false);
                    for attribute in e.attributes().flatten() {
                        let value = value_of(&attribute).unwrap_or_default();
                        match attribute.key.local_name().as_ref() {
                            "Id" => id = value,
                            "Type" => kind = value,
                            "Target" => target = value,
                            "TargetMode" => external = value == "External",
                            _ => {}
                        }
                    }
                    if let Some(part) = (!external).then(|| resolve_target(folder, &target)).flatten() {
                        relationships.push(Relationship { id, kind, part });
                    }
                }
                Ok(Event::Eof) => break,
                Err(e) => return Err(self.malformed(&rels_name, e)),
                Ok(_) => {}
            }
        }
        Ok(relationships)
    }

    pub fn malformed(&self, part: &str, error: quick_xml::Error) -> ExtractError {
        ExtractError::Damaged { format: self.format, detail: format!("its part {part} is not well-formed XML ({error})") }
    }
}

/// Entry names that could reach outside the document if anyone ever unpacked it to disk. Such a
/// file was made by hand to attack something, so the whole document is refused.
fn escapes_document(name: &str) -> bool {
    let has_drive = |component: &str| {
        let mut chars = component.chars();
        matches!((chars.next(), chars.next()), (Some(letter), Some(':')) if letter.is_ascii_alphabetic())
    };
    name.starts_with(['/', '\\']) || name.split(['/', '\\']).any(|component| component == ".." || has_drive(component))
}

/// Resolves a relationship target against the folder of its source part; `None` if it leaves the package.
fn resolve_target(folder: &str, target: &str) -> Option<String> {
    let (base, target) = match target.strip_prefix('/') {
        Some(absolute) => ("", absolute),
        None => (folder, target),
    };
    let mut components: Vec<&str> = base.split('/').filter(|c| !c.is_empty()).collect();
    for component in target.split('/') {
        match component {
            "" | "." => {}
            ".." => {
                components.pop()?;
            }
            other => components.push(other),
        }
    }
    Some(components.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_leave_the_document_are_caught() {
        for name in ["../evil.xml", "word/../../evil", "/etc/passwd", "\\windows\\evil", "C:/evil.xml", "word/c:evil", "word\\..\\x"] {
            assert!(escapes_document(name), "{name}");
        }
        for name in ["word/document.xml", "word/a..b.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml"] {
            assert!(!escapes_document(name), "{name}");
        }
    }

    #[test]
    fn relationship_targets_resolve_against_their_folder() {
        assert_eq!(resolve_target("xl", "worksheets/sheet1.xml").as_deref(), Some("xl/worksheets/sheet1.xml"));
        assert_eq!(resolve_target("xl", "/xl/worksheets/sheet2.xml").as_deref(), Some("xl/worksheets/sheet2.xml"));
        assert_eq!(resolve_target("ppt/slides", "../notesSlides/notesSlide1.xml").as_deref(), Some("ppt/notesSlides/notesSlide1.xml"));
        assert_eq!(resolve_target("ppt", "../../outside.xml"), None);
    }
}
