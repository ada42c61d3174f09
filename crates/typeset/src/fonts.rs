//! The fonts a proposal may use, all embedded in the binary: DejaVu Sans (bundled here, with its
//! licence in `fonts/LICENSE`), and Libertinus Serif and DejaVu Sans Mono from `typst-assets`.
//! No system font is ever read, so a proposal prints the same on every machine.

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};

const DEJAVU_SANS: [&[u8]; 4] = [
    include_bytes!("../fonts/DejaVuSans.ttf"),
    include_bytes!("../fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../fonts/DejaVuSans-Oblique.ttf"),
    include_bytes!("../fonts/DejaVuSans-BoldOblique.ttf"),
];

/// Families taken from `typst-assets`; its math and Computer Modern fonts are left out because
/// a proposal never sets math, and fewer fonts make glyph fallback cheaper.
const ASSET_FAMILIES: [&str; 2] = ["Libertinus Serif", "DejaVu Sans Mono"];

/// Parsed once, shared by every render.
pub struct FontSet {
    pub fonts: Vec<Font>,
    pub book: FontBook,
}

impl FontSet {
    pub fn embedded() -> FontSet {
        let bundled = DEJAVU_SANS.into_iter().flat_map(|data| Font::iter(Bytes::new(data)));
        let assets = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .filter(|font| ASSET_FAMILIES.contains(&font.info().family.as_str()));
        let fonts: Vec<Font> = bundled.chain(assets).collect();
        let book = FontBook::from_fonts(&fonts);
        FontSet { fonts, book }
    }
}
