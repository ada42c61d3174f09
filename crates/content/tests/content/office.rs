//! Text comes out of Word, PowerPoint and Excel files in reading order.

use tandem_content::{extract, FileFormat, Limits};

use crate::fixtures;

fn text_of(bytes: &[u8], format: FileFormat) -> String {
    let extracted = extract(bytes, format, &Limits::default()).unwrap_or_else(|e| panic!("{format}: {e}"));
    assert!(!extracted.truncated);
    extracted.text
}

#[test]
fn a_word_document_gives_its_body_header_and_footnotes() {
    let docx = fixtures::docx(&["Zero-trust onboarding for mid-market banks", "Pricing starts at \u{20ac}12 per seat"]);
    assert_eq!(FileFormat::detect("proposal.docx", &docx), FileFormat::Docx);
    assert_eq!(FileFormat::detect("renamed.bin", &docx), FileFormat::Docx, "told by its parts, not its name");

    assert_eq!(
        text_of(&docx, FileFormat::Docx),
        "Zero-trust onboarding for mid-market banks\nPricing starts at \u{20ac}12 per seat\nConfidential: Acme & Co\nSource: Q3 board deck\n"
    );
}

#[test]
fn a_deck_gives_its_slides_in_presentation_order_with_notes() {
    let pptx = fixtures::pptx("Why zero-trust onboarding", "Customer proof: quarterly churn fell 18%", "Mention the Acme pilot");
    assert_eq!(FileFormat::detect("deck.pptx", &pptx), FileFormat::Pptx);

    assert_eq!(
        text_of(&pptx, FileFormat::Pptx),
        "Why zero-trust onboarding\n\nCustomer proof: quarterly churn fell 18%\nMention the Acme pilot\n\n"
    );
}

#[test]
fn a_workbook_gives_sheet_names_and_rows() {
    let xlsx = fixtures::xlsx();
    assert_eq!(FileFormat::detect("numbers.xlsx", &xlsx), FileFormat::Xlsx);

    assert_eq!(text_of(&xlsx, FileFormat::Xlsx), "Pipeline\nRegion\tAmount\nEMEA\t125000.5\tTRUE\n\nChurn\nquarterly churn fell 18%\n\n");
}

#[test]
fn markdown_and_text_are_indexed_as_written() {
    let markdown = "# Battlecard\n\n**Zero-trust** onboarding\n";
    assert_eq!(text_of(markdown.as_bytes(), FileFormat::Markdown), markdown);
    assert_eq!(text_of(b"\xef\xbb\xbfcaf\xe9", FileFormat::Text), "caf\u{fffd}", "BOM dropped, invalid UTF-8 replaced");
    for format in [FileFormat::Image, FileFormat::Video, FileFormat::Other] {
        assert!(!format.has_text());
        assert_eq!(text_of(b"\x89PNG\r\n\x1a\n", format), "");
        let tiny = Limits { max_input_bytes: 4, ..Limits::default() };
        assert_eq!(extract(&[0; 64], format, &tiny).expect("no size limit without text").text, "", "{format}");
    }
}

#[test]
fn long_text_is_cut_at_the_limit() {
    let limits = Limits { max_text_chars: 10, ..Limits::default() };
    let extracted = extract("\u{e9}".repeat(25).as_bytes(), FileFormat::Text, &limits).expect("text");
    assert_eq!((extracted.text.chars().count(), extracted.truncated), (10, true));

    let docx = fixtures::docx(&["zero-trust onboarding", "quarterly churn fell 18%"]);
    let extracted = extract(&docx, FileFormat::Docx, &limits).expect("docx");
    assert_eq!(extracted.text, "zero-trust");
    assert!(extracted.truncated);
}
