//! Test documents built in code, so the repository holds no binary fixtures for them.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

/// A zip of `(entry name, contents)`, deflated like a real Office file.
pub fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, contents) in entries {
        writer.start_file(*name, options).expect("start entry");
        writer.write_all(contents.as_bytes()).expect("write entry");
    }
    writer.finish().expect("finish zip").into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
const R: &str = r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn relationships(targets: &[(&str, &str, &str)]) -> String {
    let items: String =
        targets.iter().map(|(id, kind, target)| format!(r#"<Relationship Id="{id}" Type="{REL}/{kind}" Target="{target}"/>"#)).collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>"#
    )
}

fn word_paragraphs(paragraphs: &[&str]) -> String {
    paragraphs.iter().map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>")).collect()
}

/// A Word document whose body holds `paragraphs`, with a header and a footnote.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let body = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{}</w:body></w:document>"#,
        word_paragraphs(paragraphs)
    );
    let header = format!(r#"<w:hdr {W}>{}</w:hdr>"#, word_paragraphs(&["Confidential: Acme &amp; Co"]));
    let footnotes =
        format!(r#"<w:footnotes {W}><w:footnote w:id="1">{}</w:footnote></w:footnotes>"#, word_paragraphs(&["Source: Q3 board deck"]));
    zip_of(&[
        ("[Content_Types].xml", r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
        ("_rels/.rels", &relationships(&[("rId1", "officeDocument", "word/document.xml")])),
        ("word/document.xml", &body),
        ("word/_rels/document.xml.rels", &relationships(&[("rId1", "header", "header1.xml"), ("rId2", "footnotes", "footnotes.xml")])),
        ("word/header1.xml", &header),
        ("word/footnotes.xml", &footnotes),
    ])
}

fn slide(text: &str) -> String {
    format!(
        r#"<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#
    )
}

/// A deck whose presentation order (second file first) differs from its file numbering, with notes on slide 1.
pub fn pptx(first_shown: &str, second_shown: &str, notes: &str) -> Vec<u8> {
    let presentation = format!(
        r#"<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" {R}><p:sldIdLst><p:sldId id="257" r:id="rId3"/><p:sldId id="256" r:id="rId2"/></p:sldIdLst></p:presentation>"#
    );
    let notes_xml = format!(r#"<p:notes xmlns:a="a" xmlns:p="p"><p:cSld><a:p><a:r><a:t>{notes}</a:t></a:r></a:p></p:cSld></p:notes>"#);
    zip_of(&[
        ("[Content_Types].xml", "<Types/>"),
        ("ppt/presentation.xml", &presentation),
        (
            "ppt/_rels/presentation.xml.rels",
            &relationships(&[("rId2", "slide", "slides/slide1.xml"), ("rId3", "slide", "slides/slide2.xml")]),
        ),
        ("ppt/slides/slide1.xml", &slide(second_shown)),
        ("ppt/slides/slide2.xml", &slide(first_shown)),
        ("ppt/slides/_rels/slide1.xml.rels", &relationships(&[("rId1", "notesSlide", "../notesSlides/notesSlide1.xml")])),
        ("ppt/notesSlides/notesSlide1.xml", &notes_xml),
    ])
}

/// A workbook with two sheets: shared strings, an inline string, numbers and a boolean.
pub fn xlsx() -> Vec<u8> {
    let workbook = format!(
        r#"<workbook xmlns="x" {R}><sheets><sheet name="Pipeline" sheetId="1" r:id="rId1"/><sheet name="Churn" sheetId="2" r:id="rId2"/></sheets></workbook>"#
    );
    let shared = r#"<sst xmlns="x" count="3"><si><t>Region</t></si><si><r><t>quarterly churn </t></r><r><t>fell 18%</t></r><rPh><t>PHONETIC</t></rPh></si><si><t>EMEA</t></si></sst>"#;
    let pipeline = r#"<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>125000.5</v></c><c r="C2" t="b"><v>1</v></c></row></sheetData></worksheet>"#;
    let churn = r#"<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData></worksheet>"#;
    zip_of(&[
        ("[Content_Types].xml", "<Types/>"),
        ("xl/workbook.xml", &workbook),
        (
            "xl/_rels/workbook.xml.rels",
            &relationships(&[
                ("rId1", "worksheet", "worksheets/sheet1.xml"),
                ("rId2", "worksheet", "worksheets/sheet2.xml"),
                ("rId3", "sharedStrings", "sharedStrings.xml"),
            ]),
        ),
        ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", pipeline),
        ("xl/worksheets/sheet2.xml", churn),
    ])
}

/// A PDF built object by object, with a correct cross-reference table.
pub struct PdfBuilder {
    objects: Vec<String>,
}

impl PdfBuilder {
    /// Objects 1 (catalog, with `catalog_extra` entries), 2 (pages) and 4 (Helvetica) are fixed;
    /// pages are added after them.
    pub fn new(catalog_extra: &str) -> PdfBuilder {
        PdfBuilder {
            objects: vec![
                format!("<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>"),
                String::new(), // the page tree, written in `build` once the pages are known
                String::new(), // unused slot, so the font stays object 4 in every document
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
            ],
        }
    }

    /// Adds an object; returns its number.
    pub fn object(&mut self, body: impl Into<String>) -> usize {
        self.objects.push(body.into());
        self.objects.len()
    }

    pub fn stream(&mut self, dict_extra: &str, content: &str) -> usize {
        self.object(format!("<< /Length {} {dict_extra} >>\nstream\n{content}\nendstream", content.len()))
    }

    /// A page showing `lines` in 12 pt Helvetica; `resources_extra` is added to its resources.
    pub fn text_page(&mut self, lines: &[&str], resources_extra: &str, content_extra: &str) -> usize {
        let mut content = String::from("BT /F1 12 Tf 72 720 Td 14 TL\n");
        for line in lines {
            content.push_str(&format!("({}) Tj T*\n", line.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)")));
        }
        content.push_str("ET\n");
        content.push_str(content_extra);
        let contents = self.stream("", &content);
        self.object(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> {resources_extra} >> /Contents {contents} 0 R >>"
        ))
    }

    pub fn build(mut self) -> Vec<u8> {
        let pages: Vec<usize> = (1..=self.objects.len()).filter(|&n| self.objects[n - 1].starts_with("<< /Type /Page ")).collect();
        let kids: String = pages.iter().map(|n| format!("{n} 0 R ")).collect();
        self.objects[1] = format!("<< /Type /Pages /Kids [{kids}] /Count {} >>", pages.len());
        self.objects[2] = "<< >>".into();
        let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (index, body) in self.objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", index + 1).as_bytes());
        }
        let xref = pdf.len();
        pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes());
        for offset in offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R /ID [<8f3c2a41d2e94b0c9a7e55d1c0b6f3a2> <8f3c2a41d2e94b0c9a7e55d1c0b6f3a2>] >>\nstartxref\n{xref}\n%%EOF\n", self.objects.len() + 1).as_bytes());
        pdf
    }
}

/// A one-page PDF showing `lines`.
pub fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut builder = PdfBuilder::new("");
    builder.text_page(lines, "", "");
    builder.build()
}

/// `pdf` encrypted (RC4, 128-bit) by lopdf with this user password and the owner password "owner".
/// An empty user password makes a PDF anyone may open but not edit.
pub fn encrypted(pdf: &[u8], user_password: &str) -> Vec<u8> {
    use pdf_extract::{Document, EncryptionState, EncryptionVersion, Permissions};
    let mut document = Document::load_mem(pdf).expect("load");
    let version = EncryptionVersion::V2 {
        document: &document,
        owner_password: "owner",
        user_password,
        key_length: 128,
        permissions: Permissions::default(),
    };
    let state = EncryptionState::try_from(version).expect("encryption state");
    document.encrypt(&state).expect("encrypt");
    let mut out = Vec::new();
    document.save_to(&mut out).expect("save");
    out
}

/// A zip holding one entry, `name`, that inflates to `inflated_bytes` of spaces while the zip stays
/// tiny. Written by hand (the zip crate would have to compress it all, slowly in a debug build):
/// one deflate block for 1 MiB of spaces, flushed to a byte boundary, repeated.
/// `declared_size` is what the headers claim the entry inflates to.
pub fn zip_bomb(name: &str, inflated_bytes: u64, declared_size: u32) -> Vec<u8> {
    const MIB: usize = 1024 * 1024;
    let mut compressor = flate2::Compress::new(flate2::Compression::best(), false);
    let mut block = Vec::with_capacity(64 * 1024);
    compressor.compress_vec(&vec![b' '; MIB], &mut block, flate2::FlushCompress::Sync).expect("deflate");
    assert_eq!(compressor.total_in(), MIB as u64, "the block holds the whole MiB");
    let mut data = Vec::new();
    for _ in 0..inflated_bytes / MIB as u64 {
        data.extend_from_slice(&block);
    }
    data.extend_from_slice(&[0x03, 0x00]); // a final, empty fixed-Huffman block

    let name = name.as_bytes();
    let le16 = |v: usize| (v as u16).to_le_bytes();
    let le32 = |v: u32| v.to_le_bytes();
    let mut zip = Vec::new();
    // Local file header: version 20, no flags, deflate, no time, CRC left 0 (never reached).
    zip.extend_from_slice(b"PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0");
    zip.extend_from_slice(&le32(0));
    zip.extend_from_slice(&le32(data.len() as u32));
    zip.extend_from_slice(&le32(declared_size));
    zip.extend_from_slice(&le16(name.len()));
    zip.extend_from_slice(&le16(0));
    zip.extend_from_slice(name);
    zip.extend_from_slice(&data);
    let directory = zip.len();
    zip.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\x08\0\0\0\0\0");
    zip.extend_from_slice(&le32(0));
    zip.extend_from_slice(&le32(data.len() as u32));
    zip.extend_from_slice(&le32(declared_size));
    zip.extend_from_slice(&le16(name.len()));
    zip.extend_from_slice(&[0; 12]); // extra, comment, disk, internal and external attributes
    zip.extend_from_slice(&le32(0)); // offset of the local header
    zip.extend_from_slice(name);
    let directory_len = zip.len() - directory;
    zip.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
    zip.extend_from_slice(&le32(directory_len as u32));
    zip.extend_from_slice(&le32(directory as u32));
    zip.extend_from_slice(&le16(0));
    zip
}
