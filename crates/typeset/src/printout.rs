//! The proposal as the template reads it: one JSON value with every string already formatted
//! (amounts, dates) and the images named by their virtual paths. The template only lays it out.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tandem_domain::rich_text::RichNode;

use crate::model::{Acceptance, BrandFont, Fact, LogoFormat, Proposal, Section};
use crate::pricing::{print_quote, Mismatch, PrintedQuote};

/// Where the template finds the images (see `world.rs`).
pub const SIGNATURE_PATH: &str = "/signature.png";

pub fn logo_path(format: LogoFormat) -> &'static str {
    match format {
        LogoFormat::Png => "/logo.png",
        LogoFormat::Jpeg => "/logo.jpg",
        LogoFormat::Svg => "/logo.svg",
    }
}

#[derive(Debug, Serialize)]
pub struct Printout<'a> {
    pub brand: PrintedBrand<'a>,
    pub title: &'a str,
    pub subtitle: &'a str,
    pub issued: PrintedDate,
    pub facts: &'a [Fact],
    pub sections: Vec<PrintedSection<'a>>,
    pub footer: &'a str,
    pub acceptance: Option<PrintedAcceptance<'a>>,
    /// The stamp goes after the last section when no section is an acceptance section.
    pub stamp_at_end: bool,
}

#[derive(Debug, Serialize)]
pub struct PrintedBrand<'a> {
    pub company: &'a str,
    pub primary: &'a str,
    pub accent: &'a str,
    /// White or ink, whichever reads better on the primary colour (the table header).
    pub on_primary: &'static str,
    pub serif: bool,
    pub logo: Option<PrintedImage>,
}

#[derive(Debug, Serialize)]
pub struct PrintedImage {
    pub path: &'static str,
    /// Typst's name for the format, so it never has to guess from the bytes.
    pub format: &'static str,
}

#[derive(Debug, Serialize)]
pub struct PrintedDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
    /// "5 June 2025".
    pub text: String,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PrintedSection<'a> {
    Text { title: &'a str, body: &'a RichNode },
    Pricing { title: &'a str, intro: &'a RichNode, quote: PrintedQuote },
    Content { title: &'a str, source: &'a str, body: &'a RichNode },
    Acceptance { title: &'a str, body: &'a RichNode, stamp: bool },
}

#[derive(Debug, Serialize)]
pub struct PrintedAcceptance<'a> {
    pub name: &'a str,
    pub title: &'a str,
    pub signed_on: String,
    pub signature: &'static str,
    pub sha256: &'a str,
}

pub fn print(proposal: &Proposal) -> Result<Printout<'_>, Mismatch> {
    // The stamp goes on the last acceptance section, where the signature lines would be.
    let stamped_section =
        proposal.acceptance.as_ref().and_then(|_| proposal.sections.iter().rposition(|s| matches!(s, Section::Acceptance { .. })));
    let sections = proposal
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            Ok(match section {
                Section::Text { title, body } => PrintedSection::Text { title, body: &body.0 },
                Section::Pricing { title, intro, quote } => PrintedSection::Pricing { title, intro: &intro.0, quote: print_quote(quote)? },
                Section::Content { title, source, body } => PrintedSection::Content { title, source, body: &body.0 },
                Section::Acceptance { title, body } => {
                    PrintedSection::Acceptance { title, body: &body.0, stamp: stamped_section == Some(index) }
                }
            })
        })
        .collect::<Result<Vec<_>, Mismatch>>()?;
    let brand = &proposal.brand;
    Ok(Printout {
        brand: PrintedBrand {
            company: &brand.company,
            primary: &brand.primary,
            accent: &brand.accent,
            on_primary: text_colour_on(&brand.primary),
            serif: brand.font == BrandFont::Serif,
            logo: brand.logo.as_ref().map(|logo| PrintedImage {
                path: logo_path(logo.format),
                format: match logo.format {
                    LogoFormat::Png => "png",
                    LogoFormat::Jpeg => "jpg",
                    LogoFormat::Svg => "svg",
                },
            }),
        },
        title: &proposal.title,
        subtitle: &proposal.subtitle,
        issued: PrintedDate {
            year: proposal.issued_on.year(),
            month: proposal.issued_on.month(),
            day: proposal.issued_on.day(),
            text: long_date(proposal.issued_on),
        },
        facts: &proposal.facts,
        sections,
        footer: &proposal.footer,
        acceptance: proposal.acceptance.as_ref().map(|a: &Acceptance| PrintedAcceptance {
            name: &a.name,
            title: &a.title,
            signed_on: long_date(a.signed_on),
            signature: SIGNATURE_PATH,
            sha256: &a.document_sha256,
        }),
        stamp_at_end: proposal.acceptance.is_some() && stamped_section.is_none(),
    })
}

/// "5 June 2025": unambiguous in every English-speaking country.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// The ink of the template (`#1d2430`).
const INK: &str = "#1d2430";

/// White or ink on `background` ("#RRGGBB"), by WCAG contrast.
fn text_colour_on(background: &str) -> &'static str {
    let channel = |at: usize| {
        let value = background.get(at..at + 2).and_then(|hex| u8::from_str_radix(hex, 16).ok()).unwrap_or(0);
        let c = f64::from(value) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Ink's own luminance is about 0.017.
    let on_white = 1.05 / (luminance + 0.05);
    let on_ink = (luminance + 0.05) / 0.067;
    if on_white >= on_ink {
        "#ffffff"
    } else {
        INK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_text_is_white_on_dark_brands_and_ink_on_light_ones() {
        for (background, text) in [("#1F4E79", "#ffffff"), ("#000000", "#ffffff"), ("#D9822B", INK), ("#FFD400", INK), ("#FFFFFF", INK)] {
            assert_eq!(text_colour_on(background), text, "{background}");
        }
    }

    #[test]
    fn dates_print_in_words() {
        assert_eq!(long_date(NaiveDate::from_ymd_opt(2025, 6, 5).unwrap()), "5 June 2025");
    }
}
