//! The logo and the signature, decoded before typesetting so that a broken picture is named in
//! the error ("The logo could not be read…") instead of surfacing as a template error. Typst
//! memoizes the decoding, so the template's own decoding of the same bytes costs nothing more.

use typst::diag::LoadedWithin;
use typst::foundations::Bytes;
use typst::loading::{LoadSource, Loaded};
use typst::syntax::Spanned;
use typst::visualize::{ExchangeFormat, RasterImage, SvgImage};

use crate::model::LogoFormat;

/// Why the picture cannot be printed, in Typst's words ("failed to decode image (…)").
pub fn check(bytes: &Bytes, format: LogoFormat) -> Result<(), String> {
    let raster = |format: ExchangeFormat| RasterImage::plain(bytes.clone(), format).map(drop).map_err(|e| e.to_string());
    match format {
        LogoFormat::Png => raster(ExchangeFormat::Png),
        LogoFormat::Jpeg => raster(ExchangeFormat::Jpg),
        LogoFormat::Svg => SvgImage::new(bytes.clone())
            .map(drop)
            .map_err(|e| e.within(&Loaded::new(Spanned::detached(LoadSource::Bytes), bytes.clone())).message.to_string()),
    }
}
