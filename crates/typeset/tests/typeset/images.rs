//! Pictures for logos and signatures, drawn here so the tests need no binary fixtures but one
//! JPEG (`tests/fixtures/logo.jpg`, a blue bar with an orange dot).

/// An RGBA PNG: `paint(x, y)` gives each pixel.
pub fn png(width: u32, height: u32, paint: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
    let mut pixels = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            pixels.extend_from_slice(&paint(x, y));
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    out
}

/// A wordmark-like logo: a navy bar with an orange square, 4:1.
pub fn logo_png() -> Vec<u8> {
    png(320, 80, |x, y| if (12..68).contains(&x) && (12..68).contains(&y) { [0xD9, 0x82, 0x2B, 255] } else { [0x1F, 0x4E, 0x79, 255] })
}

/// A signature: a dark wave on a transparent background.
pub fn signature_png() -> Vec<u8> {
    png(300, 90, |x, y| {
        let wave = 45.0 + 25.0 * (x as f32 / 22.0).sin() * (1.0 - x as f32 / 400.0);
        if (y as f32 - wave).abs() < 2.5 {
            [0x10, 0x20, 0x60, 255]
        } else {
            [0, 0, 0, 0]
        }
    })
}

pub const LOGO_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60">
  <rect x="0" y="0" width="60" height="60" rx="12" fill="#1F4E79"/>
  <circle cx="30" cy="30" r="14" fill="#D9822B"/>
  <text x="72" y="42" font-family="DejaVu Sans" font-size="30" font-weight="bold" fill="#1F4E79">Initech</text>
</svg>"##;

pub const LOGO_JPEG: &[u8] = include_bytes!("../fixtures/logo.jpg");
