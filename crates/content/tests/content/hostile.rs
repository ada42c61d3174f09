//! Files made to hurt the reader: each is refused with a clear message, quickly, without a panic.

use std::time::{Duration, Instant};

use tandem_content::{extract, extract_guarded, ExtractError, FileFormat, Limits};

use crate::fixtures::{self, PdfBuilder};

const MIB: u64 = 1024 * 1024;

fn small_limits() -> Limits {
    Limits { max_unzipped_bytes: MIB, ..Limits::default() }
}

#[test]
fn a_zip_bomb_docx_stops_at_the_unzipped_limit() {
    let bomb = fixtures::zip_bomb("word/document.xml", 200 * MIB, 200 * MIB as u32);
    assert!(bomb.len() < 300 * 1024, "the bomb itself is small: {} bytes", bomb.len());

    let started = Instant::now();
    let error = extract(&bomb, FileFormat::Docx, &small_limits()).expect_err("bomb");

    assert_eq!(error, ExtractError::ZipBomb { format: FileFormat::Docx, limit: MIB });
    assert_eq!(error.to_string(), "This DOCX expands to more than 1 MB (a zip bomb?); its text was not indexed.");
    assert!(started.elapsed() < Duration::from_secs(5), "stopped early: {:?}", started.elapsed());
}

#[test]
fn a_zip_bomb_that_lies_about_its_size_is_stopped_too() {
    let bomb = fixtures::zip_bomb("word/document.xml", 50 * MIB, 1000);
    let error = extract(&bomb, FileFormat::Docx, &small_limits()).expect_err("bomb");
    assert!(matches!(error, ExtractError::ZipBomb { .. } | ExtractError::Damaged { .. }), "{error:?}");
}

#[test]
fn an_office_file_naming_a_path_outside_itself_is_refused() {
    for (format, evil) in
        [(FileFormat::Docx, "../evil.xml"), (FileFormat::Pptx, "ppt/../../evil"), (FileFormat::Xlsx, "C:/Windows/evil.xml")]
    {
        let zip = fixtures::zip_of(&[("word/document.xml", "<w:document/>"), ("xl/workbook.xml", "<workbook/>"), (evil, "<x/>")]);
        let error = extract(&zip, format, &Limits::default()).expect_err(evil);
        assert_eq!(error, ExtractError::UnsafeArchive { format, entry: evil.into() });
    }
    let zip = fixtures::zip_of(&[("word/document.xml", "<w:document/>"), ("../evil.xml", "<x/>")]);
    assert_eq!(
        extract(&zip, FileFormat::Docx, &Limits::default()).expect_err("unsafe").to_string(),
        "This DOCX names a path outside the document: ../evil.xml; its text was not indexed."
    );
}

#[test]
fn an_office_file_with_too_many_parts_is_refused() {
    let names: Vec<String> = (0..50).map(|i| format!("word/media/image{i}.png")).collect();
    let mut entries: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "")).collect();
    entries.push(("word/document.xml", "<w:document/>"));
    let limits = Limits { max_zip_entries: 20, ..Limits::default() };
    assert_eq!(
        extract(&fixtures::zip_of(&entries), FileFormat::Docx, &limits),
        Err(ExtractError::TooManyParts { format: FileFormat::Docx, limit: 20 })
    );
}

#[test]
fn a_truncated_pdf_is_damaged_not_a_panic() {
    let pdf = fixtures::pdf(&["zero-trust onboarding", "quarterly churn fell 18%"]);
    for cut in [pdf.len() / 2, pdf.len() / 4, 20] {
        let error = extract(&pdf[..cut], FileFormat::Pdf, &Limits::default()).expect_err("cut short");
        assert!(matches!(error, ExtractError::Damaged { format: FileFormat::Pdf, .. }), "{cut}: {error:?}");
        assert!(error.to_string().starts_with("The PDF is damaged or cut short: "), "{error}");
    }
}

#[test]
fn garbage_labelled_as_a_document_is_damaged() {
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    for (name, format) in [
        ("proposal.docx", FileFormat::Docx),
        ("deck.pptx", FileFormat::Pptx),
        ("model.xlsx", FileFormat::Xlsx),
        ("brief.pdf", FileFormat::Pdf),
    ] {
        assert_eq!(FileFormat::detect(name, &garbage), format, "no signature: the name decides");
        let error = extract(&garbage, format, &Limits::default()).expect_err(name);
        assert!(matches!(error, ExtractError::Damaged { .. }), "{name}: {error:?}");
    }
    let error = extract(b"PK\x03\x04 not really a zip", FileFormat::Docx, &Limits::default()).expect_err("zip head only");
    assert!(error.to_string().starts_with("The DOCX is damaged or is not really a DOCX: "), "{error}");
    let not_a_word_file = fixtures::zip_of(&[("readme.txt", "hello")]);
    assert_eq!(
        extract(&not_a_word_file, FileFormat::Docx, &Limits::default()).expect_err("no body").to_string(),
        "The DOCX is damaged or is not really a DOCX: it has no word/document.xml."
    );
}

#[test]
fn a_hostile_file_name_is_just_a_name() {
    let name = "<img src=x onerror=alert(1)>.pdf";
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    assert_eq!(FileFormat::detect(name, png), FileFormat::Image);
    assert_eq!(tandem_content::detect_mime(name, png), "image/png");
    let pdf = fixtures::pdf(&["zero-trust onboarding"]);
    assert_eq!(FileFormat::detect("<script>alert(1)</script>.png", &pdf), FileFormat::Pdf);
}

#[test]
fn input_over_the_size_limit_is_refused_before_parsing() {
    let limits = Limits { max_input_bytes: 1024, ..Limits::default() };
    let pdf = fixtures::pdf(&["zero-trust onboarding"; 40]);
    let error = extract(&pdf, FileFormat::Pdf, &limits).expect_err("too large");
    assert_eq!(error, ExtractError::TooLarge { format: FileFormat::Pdf, limit: 1024 });
    assert_eq!(
        error.to_string(),
        "This PDF is larger than the 1 KB limit for reading text; the file is kept but its text was not indexed."
    );
    assert_eq!(extract_guarded(pdf, FileFormat::Pdf, limits.clone()), Err(error));
}

#[test]
fn a_drawing_that_draws_itself_does_not_overflow_the_stack() {
    let mut builder = PdfBuilder::new("");
    // Object 5: a form that invokes itself through its own resources.
    builder.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X1 5 0 R >> >>", "/X1 Do");
    builder.text_page(&["zero-trust onboarding"], "/XObject << /X1 5 0 R >>", "/X1 Do\n");
    let error = extract(&builder.build(), FileFormat::Pdf, &Limits::default()).expect_err("loop");
    assert_eq!(error.to_string(), "The PDF is damaged or cut short: a drawing in it refers to itself.");
}

#[test]
fn a_page_tree_that_loops_does_not_overflow_the_stack() {
    let mut builder = PdfBuilder::new("");
    // A page without MediaBox or Resources whose parent chain loops: pdf-extract would climb it forever.
    builder.object("<< /Type /Pages /Parent 6 0 R /Kids [] /Count 0 >>");
    builder.object("<< /Type /Pages /Parent 5 0 R /Kids [] /Count 0 >>");
    let contents = builder.stream("", "BT /F1 12 Tf (x) Tj ET");
    builder.object(format!("<< /Type /Page /Parent 5 0 R /Contents {contents} 0 R >>"));
    let error = extract(&builder.build(), FileFormat::Pdf, &Limits::default()).expect_err("loop");
    assert!(matches!(error, ExtractError::Damaged { .. }), "{error:?}");
}

#[test]
fn guarded_extraction_reports_what_plain_extraction_reports() {
    let pdf = fixtures::pdf(&["zero-trust onboarding"]);
    assert_eq!(
        extract_guarded(pdf[..pdf.len() / 2].to_vec(), FileFormat::Pdf, Limits::default()),
        extract(&pdf[..pdf.len() / 2], FileFormat::Pdf, &Limits::default())
    );
}
