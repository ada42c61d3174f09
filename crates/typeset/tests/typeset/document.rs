//! The PDF as a file: valid for qpdf, identical bytes for the same proposal, and a cover that
//! looks like its golden image.

use std::path::PathBuf;

use tandem_typeset::{Logo, LogoFormat, Proposal, Typesetter};

use crate::images::{logo_png, signature_png};
use crate::sample::{self, acceptance};
use crate::{pdf, TYPESETTER};

/// Everything at once: logo, every section kind, the quote, the stamp.
fn full_proposal() -> Proposal {
    let mut proposal = sample::globex(10);
    proposal.brand.logo = Some(Logo { bytes: logo_png(), format: LogoFormat::Png });
    proposal.acceptance = Some(acceptance(signature_png()));
    proposal
}

#[test]
fn qpdf_finds_nothing_wrong() {
    let bytes = TYPESETTER.render(&full_proposal()).unwrap_or_else(|e| panic!("{e}"));
    let report = pdf::qpdf_check(&bytes).unwrap_or_else(|report| panic!("qpdf --check:\n{report}"));
    assert!(report.contains("No syntax or stream encoding errors found"), "{report}");
}

#[test]
fn the_same_proposal_renders_to_the_same_bytes() {
    let proposal = full_proposal();
    let first = TYPESETTER.render(&proposal).unwrap();
    let again = TYPESETTER.render(&proposal).unwrap();
    let fresh = Typesetter::new().render(&proposal).unwrap();
    assert!(first == again, "two renders differ");
    assert!(first == fresh, "a new typesetter renders differently");
    let info = pdf::info(&first);
    assert!(info.contains("Thu Jun  5 00:00:00 2025 UTC"), "the PDF is dated the day it was issued:\n{info}");
    assert!(info.contains("Title:           Proposal for Globex"), "{info}");
}

/// Allowed between the cover and its golden image: a mean absolute difference per channel
/// (0–255) that a rasteriser's anti-aliasing stays far below but a page moved by one pixel
/// exceeds (≈ 2.1), and a share of pixels changed by more than `STRONG` that catches a line of
/// small text going missing (0.09% of pixels), which the mean alone would not (≈ 0.16).
const MEAN_TOLERANCE: f64 = 0.5;
const STRONG: u8 = 96;
const STRONG_TOLERANCE: f64 = 0.000_5;

#[test]
fn the_cover_looks_like_its_golden_image() {
    let bytes = TYPESETTER.render(&full_proposal()).unwrap();
    let png = pdf::first_page_png(&bytes);
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/cover.png");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &png).unwrap();
        return;
    }
    let expected = std::fs::read(&golden).unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", golden.display()));
    let (width, height, actual) = decode(&png);
    let (golden_width, golden_height, expected) = decode(&expected);
    assert_eq!((width, height), (golden_width, golden_height), "the page size changed");
    let mean = actual.iter().zip(&expected).map(|(a, b)| f64::from(a.abs_diff(*b))).sum::<f64>() / actual.len() as f64;
    let pixels = actual.chunks(3).zip(expected.chunks(3));
    let strong = pixels.filter(|(a, b)| a.iter().zip(*b).any(|(a, b)| a.abs_diff(*b) > STRONG)).count() as f64 / f64::from(width * height);
    if mean >= MEAN_TOLERANCE || strong >= STRONG_TOLERANCE {
        let seen = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cover-actual.png");
        std::fs::write(&seen, &png).unwrap();
        panic!(
            "the cover differs from its golden image (mean {mean:.3}, {:.3}% of pixels changed strongly); see {} (UPDATE_GOLDEN=1 accepts it)",
            strong * 100.0,
            seen.display()
        );
    }
}

/// Width, height and RGB bytes of a PNG.
fn decode(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png)).read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    pixels.truncate(frame.buffer_size());
    let rgb = match frame.color_type {
        png::ColorType::Rgb => pixels,
        png::ColorType::Rgba => pixels.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect(),
        other => panic!("pdftoppm wrote {other:?}"),
    };
    (frame.width, frame.height, rgb)
}
