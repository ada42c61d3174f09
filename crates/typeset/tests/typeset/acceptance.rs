//! Once accepted, a proposal carries a stamp: who, when, their signature, and the SHA-256 of the
//! PDF they accepted.

use tandem_typeset::Section;

use crate::images::signature_png;
use crate::sample::{self, acceptance};
use crate::{pdf, TYPESETTER};

const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

#[test]
fn the_stamp_replaces_the_signature_lines_on_the_acceptance_page() {
    let mut proposal = sample::globex(2);
    let unsigned = pdf::pages(&TYPESETTER.render(&proposal).unwrap());
    assert!(unsigned.last().unwrap().contains("SIGNATURE"), "an unsigned proposal has lines to sign on");

    proposal.acceptance = Some(acceptance(signature_png()));
    let bytes = TYPESETTER.render(&proposal).unwrap_or_else(|e| panic!("{e}"));
    let pages = pdf::pages(&bytes);
    let last = pages.last().unwrap();
    assert!(last.contains("Acceptance") && last.contains("ACCEPTED"), "{last}");
    assert!(last.contains("Hank Scorpio") && last.contains("VP Sales, Globex") && last.contains("Signed on 12 June 2025"), "{last}");
    assert!(last.contains(&format!("Document SHA-256: {HASH}")), "{last}");
    assert!(!last.contains("SIGNATURE"), "no blank lines under a stamp");
    assert_eq!(pdf::image_count(&bytes), 1, "the signature is embedded");
}

#[test]
fn without_an_acceptance_section_the_stamp_closes_the_document() {
    let mut proposal = sample::globex(2);
    proposal.sections.retain(|s| !matches!(s, Section::Acceptance { .. }));
    proposal.acceptance = Some(acceptance(signature_png()));
    let pages = pdf::pages(&TYPESETTER.render(&proposal).unwrap_or_else(|e| panic!("{e}")));
    let last = pages.last().unwrap();
    assert!(last.contains("ACCEPTED") && last.contains(HASH), "{last}");
}

#[test]
fn a_broken_signature_is_an_error_not_a_panic() {
    let mut proposal = sample::globex(2);
    proposal.acceptance = Some(acceptance(b"not a png".to_vec()));
    let error = TYPESETTER.render(&proposal).unwrap_err().to_string();
    assert!(error.starts_with("The signature could not be read as PNG"), "{error}");
}
