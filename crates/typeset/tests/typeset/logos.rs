//! Logos in PNG, JPEG and SVG print on the cover; bytes that are not a picture are an error the
//! user can read, never a panic.

use tandem_typeset::{Logo, LogoFormat, RenderError};

use crate::images::{logo_png, LOGO_JPEG, LOGO_SVG};
use crate::sample;
use crate::{pdf, TYPESETTER};

fn with_logo(bytes: Vec<u8>, format: LogoFormat) -> Result<Vec<u8>, RenderError> {
    let mut proposal = sample::globex(2);
    proposal.brand.logo = Some(Logo { bytes, format });
    TYPESETTER.render(&proposal)
}

#[test]
fn png_and_jpeg_logos_are_embedded_as_images() {
    for (bytes, format) in [(logo_png(), LogoFormat::Png), (LOGO_JPEG.to_vec(), LogoFormat::Jpeg)] {
        let pdf = with_logo(bytes, format).unwrap_or_else(|e| panic!("{format:?}: {e}"));
        assert_eq!(pdf::image_count(&pdf), 1, "{format:?}");
        // The logo stands in for the company's name at the top of the cover.
        assert!(!pdf::pages(&pdf)[0].trim_start().starts_with("Initech"), "{format:?}");
    }
}

#[test]
fn an_svg_logo_is_drawn_as_vectors() {
    let pdf = with_logo(LOGO_SVG.as_bytes().to_vec(), LogoFormat::Svg).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pdf::image_count(&pdf), 0, "no bitmap");
    assert!(pdf::qpdf_check(&pdf).is_ok());
}

#[test]
fn broken_logo_bytes_are_an_error_the_user_can_read() {
    for format in [LogoFormat::Png, LogoFormat::Jpeg, LogoFormat::Svg] {
        let error = with_logo(b"<html>not a logo</html>".to_vec(), format).unwrap_err();
        assert!(matches!(error, RenderError::Logo { .. }), "{format:?}: {error:?}");
        assert!(error.to_string().starts_with("The logo could not be read"), "{format:?}: {error}");
    }
    let truncated = logo_png()[..200].to_vec();
    assert!(with_logo(truncated, LogoFormat::Png).is_err());
}
