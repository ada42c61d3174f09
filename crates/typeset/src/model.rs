//! A proposal as the app hands it over: brand, cover, sections (text, pricing, library content,
//! acceptance) and, once the customer accepted, the acceptance stamp. Plain data: every figure of
//! the quote comes from the quote engine, and the crate only formats it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tandem_domain::quote::{QuoteDraft, QuoteTotals};
use tandem_domain::rich_text::RichText;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub brand: Brand,
    /// "Proposal for Globex".
    pub title: String,
    /// Usually the deal's name.
    pub subtitle: String,
    /// Printed on the cover and used as the PDF's creation date, so the same proposal always
    /// renders to the same bytes.
    pub issued_on: NaiveDate,
    /// Key/values on the cover: quote number, valid until, prepared for, prepared by…
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    /// Printed at the foot of every page, e.g. "Q-7K3FD-0042 v2 · Globex".
    pub footer: String,
    /// When present, a stamp on the acceptance section (or after the last section when there is
    /// none).
    pub acceptance: Option<Acceptance>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brand {
    pub company: String,
    pub logo: Option<Logo>,
    /// "#RRGGBB": headings, rules, the table header.
    pub primary: String,
    /// "#RRGGBB": highlights.
    pub accent: String,
    pub font: BrandFont,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub format: LogoFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogoFormat {
    Png,
    Jpeg,
    Svg,
}

impl LogoFormat {
    pub fn name(self) -> &'static str {
        match self {
            LogoFormat::Png => "PNG",
            LogoFormat::Jpeg => "JPEG",
            LogoFormat::Svg => "SVG",
        }
    }
}

/// The body typeface. Both are embedded: DejaVu Sans, or Libertinus Serif.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BrandFont {
    Sans,
    Serif,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Section {
    /// Cover letter, executive summary, challenges, solution, terms…
    Text { title: String, body: RichText },
    /// The quote: an introduction, then the table of lines and the totals. Boxed: a quote is
    /// many times larger than the other sections.
    Pricing { title: String, intro: RichText, quote: Box<PricingTable> },
    /// A block inserted from the content library. `source` is the library item's name; it
    /// prints small under the title as "From the library: <source>".
    Content { title: String, source: String, body: RichText },
    /// Where the signature lines go, or the stamp once the proposal is accepted.
    Acceptance { title: String, body: RichText },
}

/// A quote's lines as typed and the engine's figures for them (`quote::compute(&draft)`).
/// There is no margin here: a proposal goes to the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PricingTable {
    pub draft: QuoteDraft,
    pub totals: QuoteTotals,
}

/// Who accepted, when, and what exactly: the SHA-256 of the PDF they were shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acceptance {
    pub name: String,
    /// Their job title.
    pub title: String,
    pub signed_on: NaiveDate,
    pub signature_png: Vec<u8>,
    /// Hex.
    pub document_sha256: String,
}
