//! What kind of file this is, told from its first bytes, with the file name only as a fallback.
//!
//! The name is never trusted over the content: `<img src=x onerror=alert(1)>.pdf` holding a PNG
//! is an image. Only when no signature matches does the extension decide.

use std::fmt;
use std::io::Cursor;

/// The kinds of file the content library tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileFormat {
    Pdf,
    Docx,
    Pptx,
    Xlsx,
    Markdown,
    Text,
    Image,
    Video,
    Other,
}

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PPTX_MIME: &str = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const OCTET_STREAM: &str = "application/octet-stream";

impl FileFormat {
    /// Detects the format from `bytes`: either the first few KB of the file or all of it. With all
    /// of it, an Office file is recognised from its zip directory; with only a head, from the names
    /// of the entries that start inside the head, then from the extension.
    pub fn detect(file_name: &str, bytes: &[u8]) -> FileFormat {
        sniff(file_name, bytes).0
    }

    /// Whether `extract` can find any text in files of this format.
    pub fn has_text(self) -> bool {
        matches!(self, FileFormat::Pdf | FileFormat::Docx | FileFormat::Pptx | FileFormat::Xlsx | FileFormat::Markdown | FileFormat::Text)
    }
}

/// The best MIME type for a file, from the same evidence as `FileFormat::detect`.
pub fn detect_mime(file_name: &str, bytes: &[u8]) -> &'static str {
    sniff(file_name, bytes).1
}

/// Names formats in messages: "This DOCX expands to…", "The PDF is damaged…".
impl fmt::Display for FileFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileFormat::Pdf => "PDF",
            FileFormat::Docx => "DOCX",
            FileFormat::Pptx => "PPTX",
            FileFormat::Xlsx => "XLSX",
            FileFormat::Markdown => "Markdown file",
            FileFormat::Text => "text file",
            FileFormat::Image => "image",
            FileFormat::Video => "video",
            FileFormat::Other => "file",
        })
    }
}

fn sniff(file_name: &str, bytes: &[u8]) -> (FileFormat, &'static str) {
    let extension = extension_of(file_name);
    if let Some(found) = by_signature(bytes) {
        return found;
    }
    if is_zip(bytes) {
        if let Some(found) = office_kind(bytes) {
            return found;
        }
    }
    by_extension(&extension, bytes)
}

fn extension_of(file_name: &str) -> String {
    // Both separators: a name from Windows may arrive with backslashes.
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

fn by_signature(bytes: &[u8]) -> Option<(FileFormat, &'static str)> {
    let head = &bytes[..bytes.len().min(1024)];
    // The PDF header may legally sit anywhere in the first 1024 bytes.
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some((FileFormat::Pdf, "application/pdf"));
    }
    let image = |mime| Some((FileFormat::Image, mime));
    let video = |mime| Some((FileFormat::Video, mime));
    match bytes {
        [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n', ..] => image("image/png"),
        [0xff, 0xd8, 0xff, ..] => image("image/jpeg"),
        [b'G', b'I', b'F', b'8', b'7' | b'9', b'a', ..] => image("image/gif"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => image("image/webp"),
        [_, _, _, _, b'f', b't', b'y', b'p', b'q', b't', b' ', b' ', ..] => video("video/quicktime"),
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => video("video/mp4"),
        [0x1a, 0x45, 0xdf, 0xa3, ..] if head.windows(4).any(|w| w == b"webm") => video("video/webm"),
        [0x1a, 0x45, 0xdf, 0xa3, ..] => video("video/x-matroska"),
        _ if is_svg(head) => image("image/svg+xml"),
        _ => None,
    }
}

fn is_svg(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with("<svg") || ((text.starts_with("<?xml") || text.starts_with("<!DOCTYPE svg")) && text.contains("<svg"))
}

fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Which Office document a zip is, from the folder its parts live in.
fn office_kind(bytes: &[u8]) -> Option<(FileFormat, &'static str)> {
    let by_folder = |name: &str| match name.split('/').next() {
        Some("word") => Some((FileFormat::Docx, DOCX_MIME)),
        Some("ppt") => Some((FileFormat::Pptx, PPTX_MIME)),
        Some("xl") => Some((FileFormat::Xlsx, XLSX_MIME)),
        _ => None,
    };
    match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive.file_names().find_map(by_folder),
        // Only a head of the file: walk the local headers that start inside it.
        Err(_) => local_entry_names(bytes).find_map(|name| by_folder(&name)),
    }
}

/// Entry names from the zip local file headers found in the first 64 KB of `bytes`.
fn local_entry_names(bytes: &[u8]) -> impl Iterator<Item = String> + '_ {
    const HEADER_LEN: usize = 30;
    let bytes = &bytes[..bytes.len().min(64 * 1024)];
    (0..bytes.len().saturating_sub(HEADER_LEN)).filter(|&at| bytes[at..].starts_with(b"PK\x03\x04")).filter_map(move |at| {
        let name_len = u16::from_le_bytes([bytes[at + 26], bytes[at + 27]]) as usize;
        let name = bytes.get(at + HEADER_LEN..at + HEADER_LEN + name_len)?;
        Some(String::from_utf8_lossy(name).into_owned())
    })
}

fn by_extension(extension: &str, bytes: &[u8]) -> (FileFormat, &'static str) {
    match extension {
        // No signature matched: the name is all there is, and extraction will say if it lied.
        "pdf" => (FileFormat::Pdf, "application/pdf"),
        "docx" => (FileFormat::Docx, DOCX_MIME),
        "pptx" => (FileFormat::Pptx, PPTX_MIME),
        "xlsx" => (FileFormat::Xlsx, XLSX_MIME),
        "md" | "markdown" if looks_like_utf8(bytes) => (FileFormat::Markdown, "text/markdown"),
        "txt" | "text" if looks_like_utf8(bytes) => (FileFormat::Text, "text/plain"),
        "csv" if looks_like_utf8(bytes) => (FileFormat::Text, "text/csv"),
        "tsv" if looks_like_utf8(bytes) => (FileFormat::Text, "text/tab-separated-values"),
        _ => (FileFormat::Other, OCTET_STREAM),
    }
}

/// Valid UTF-8 without NUL bytes; a multi-byte character cut off at the end of a head is fine.
fn looks_like_utf8(bytes: &[u8]) -> bool {
    let valid = match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    valid && !bytes.contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_and_the_extension_only_breaks_ties() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        let mp4 = b"\0\0\0\x18ftypisom\0\0\x02\0";
        let mov = b"\0\0\0\x14ftypqt  \0\0\x02\0";
        let webm = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm";
        let cases: &[(&str, &[u8], FileFormat, &str)] = &[
            ("<img src=x onerror=alert(1)>.pdf", png, FileFormat::Image, "image/png"),
            ("deck.pdf", b"%PDF-1.7\n%\xe2\xe3", FileFormat::Pdf, "application/pdf"),
            ("no-extension", b"\xef\xbb\xbf%PDF-1.4\n", FileFormat::Pdf, "application/pdf"),
            ("photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF", FileFormat::Image, "image/jpeg"),
            ("a.gif", b"GIF89a\x01\0", FileFormat::Image, "image/gif"),
            ("a.webp", b"RIFF\x24\0\0\0WEBPVP8 ", FileFormat::Image, "image/webp"),
            ("logo.svg", b"  <svg xmlns=\"http://www.w3.org/2000/svg\"/>", FileFormat::Image, "image/svg+xml"),
            ("logo", b"<?xml version=\"1.0\"?>\n<svg/>", FileFormat::Image, "image/svg+xml"),
            ("clip.mp4", mp4, FileFormat::Video, "video/mp4"),
            ("clip.mov", mov, FileFormat::Video, "video/quicktime"),
            ("clip.webm", webm, FileFormat::Video, "video/webm"),
            ("notes.md", b"# Pricing\n", FileFormat::Markdown, "text/markdown"),
            ("notes.MARKDOWN", b"# Pricing\n", FileFormat::Markdown, "text/markdown"),
            ("notes.txt", "caf\u{e9}".as_bytes(), FileFormat::Text, "text/plain"),
            ("cut.txt", &"caf\u{e9}".as_bytes()[..4], FileFormat::Text, "text/plain"),
            ("leads.csv", b"name,email\n", FileFormat::Text, "text/csv"),
            ("latin1.txt", b"caf\xe9 au lait", FileFormat::Other, OCTET_STREAM),
            ("binary.txt", b"a\0b", FileFormat::Other, OCTET_STREAM),
            ("garbage.docx", b"not a zip at all", FileFormat::Docx, DOCX_MIME),
            ("garbage.pdf", b"not a pdf at all", FileFormat::Pdf, "application/pdf"),
            (".md", b"# hidden file, no extension", FileFormat::Other, OCTET_STREAM),
            ("C:\\Users\\ana\\brief.md", b"# Brief", FileFormat::Markdown, "text/markdown"),
            ("archive.bin", b"\x00\x01\x02", FileFormat::Other, OCTET_STREAM),
        ];
        for (name, bytes, format, mime) in cases {
            assert_eq!(FileFormat::detect(name, bytes), *format, "{name}");
            assert_eq!(detect_mime(name, bytes), *mime, "{name}");
        }
    }

    #[test]
    fn a_zip_head_is_told_apart_by_its_entry_names() {
        let mut head = b"PK\x03\x04".to_vec();
        head.extend_from_slice(&[0; 22]);
        head.extend_from_slice(&(9u16).to_le_bytes());
        head.extend_from_slice(&[0, 0]);
        head.extend_from_slice(b"ppt/x.xml");
        assert_eq!(FileFormat::detect("renamed.zip", &head), FileFormat::Pptx);
        assert_eq!(FileFormat::detect("deck.pptx", b"PK\x03\x04"), FileFormat::Pptx);
        assert_eq!(FileFormat::detect("photos.zip", b"PK\x03\x04"), FileFormat::Other);
    }
}
