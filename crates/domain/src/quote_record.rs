//! A quote as a record: one revision of a deal's quote, its lines as the seller built them and
//! what happened to it. The figures are never stored: `quote::compute` derives them from the lines.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::quote::{Discount, PriceMode, QuoteDraft, QuoteLine, RoundingMethod, RoundingMode};
use crate::quote_flow::{Approval, QuoteRules, QuoteStatus};
use crate::text::{Checker, Invalid};

/// Lines on one quote: more would be a price list, not a quote.
pub const MAX_LINES: usize = 1_000;

/// What the builder saves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteInput {
    pub title: String,
    /// The person the quote is addressed to (a contact on the deal).
    pub contact_id: Option<String>,
    pub prices: PriceMode,
    pub lines: Vec<QuoteLine>,
    pub document_discount: Option<Discount>,
    /// YYYY-MM-DD: valid to the end of that day in the workspace's time zone.
    pub valid_until: String,
    /// Payment and other terms, plain text, printed with the pricing and compared between revisions.
    pub terms: String,
}

impl QuoteInput {
    pub fn validate(&self) -> Result<QuoteInput, Invalid> {
        let mut c = Checker::default();
        let title = c.text("title", "Title", &self.title, 200, false);
        if title.is_empty() {
            c.fail("title", "Give the quote a title the customer will read, e.g. “Globex — security rollout”.");
        }
        if NaiveDate::parse_from_str(self.valid_until.trim(), "%Y-%m-%d").is_err() {
            c.fail("valid_until", "Choose the last day this quote is valid.");
        }
        let terms = c.text("terms", "Terms", &self.terms, 10_000, true);
        if self.lines.len() > MAX_LINES {
            c.fail("lines", format!("A quote holds up to {MAX_LINES} lines; split it into several quotes."));
        }
        for (i, line) in self.lines.iter().enumerate() {
            let description = match line {
                QuoteLine::Item(item) => &item.sale.description,
                QuoteLine::Bundle(bundle) => &bundle.sale.description,
                QuoteLine::Section(_) => continue,
            };
            if description.chars().count() > 5_000 {
                c.fail(&format!("lines.{i}.sale.description"), "A line's description can be up to 5,000 characters.");
            }
        }
        c.finish(QuoteInput { title, terms, valid_until: self.valid_until.trim().to_owned(), ..self.clone() })
    }
}

/// One revision of a quote as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Quote {
    pub id: String,
    pub deal_id: String,
    /// Shared by every revision of this quote (the first revision's id).
    pub series_id: String,
    pub revision: u32,
    /// The next revision's id once one exists; this one is then read-only.
    pub superseded_by: String,
    pub title: String,
    pub owner_id: String,
    pub contact_id: Option<String>,
    pub draft: QuoteDraft,
    pub valid_until: String,
    pub terms: String,
    /// As stored (draft, sent, accepted, declined); whether it has expired is decided when read.
    pub status: QuoteStatus,
    /// "Q-7K3FD-0042" once sent or accepted, else empty.
    pub number: String,
    /// The approval asked for or decided; None when never asked.
    pub approval: Option<Approval>,
    pub approval_requested_by: String,
    pub approval_decided_by: String,
    pub approval_decided_at: String,
    pub approval_comment: String,
    /// The lines as approved (see `lines_fingerprint`); empty when never approved.
    pub approved_lines: String,
    pub sent_at: String,
    pub sent_pdf_sha256: String,
    pub accepted_at: String,
    pub signer_name: String,
    pub signer_title: String,
    pub signed_on: String,
    pub declined_at: String,
    pub declined_reason: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Quote {
    /// The printed number with its revision ("Q-7K3FD-0042 v2"), or "Draft" before it has one.
    pub fn display_number(&self) -> String {
        match crate::quote::QuoteNumber::parse(&self.number) {
            Some(number) => number.with_revision(self.revision),
            None if self.revision > 1 => format!("Draft v{}", self.revision),
            None => "Draft".to_owned(),
        }
    }
}

/// What an approval covers: the lines, the document discount and the price mode, as one text.
/// Approval holds while this text is unchanged.
pub fn lines_fingerprint(draft: &QuoteDraft) -> String {
    let covered = (&draft.lines, &draft.document_discount, draft.prices, &draft.currency);
    serde_json::to_string(&covered).unwrap_or_default()
}

/// The workspace's defaults for new quotes, its approval rules and its brand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteSettings {
    pub prices: PriceMode,
    pub rounding: RoundingMode,
    pub method: RoundingMethod,
    pub rules: QuoteRules,
    pub brand: Brand,
}

crate::text_enum! {
    pub enum BrandFont {
        Sans => "sans",
        Serif => "serif",
    }
}

/// How proposals look: the company name printed on them, two colours and a type family. The
/// logo is a file in the content store, set on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Brand {
    pub name: String,
    /// "#RRGGBB".
    pub primary: String,
    pub accent: String,
    pub font: BrandFont,
    pub has_logo: bool,
}

impl Default for QuoteSettings {
    fn default() -> Self {
        QuoteSettings {
            prices: PriceMode::TaxExcluded,
            rounding: RoundingMode::PerLine,
            method: RoundingMethod::HalfUp,
            rules: QuoteRules::default(),
            brand: Brand {
                name: String::new(),
                primary: "#1F4E79".into(),
                accent: "#E07A2E".into(),
                font: BrandFont::Sans,
                has_logo: false,
            },
        }
    }
}

impl QuoteSettings {
    pub fn validate(&self) -> Result<QuoteSettings, Invalid> {
        let rules = self.rules.validate();
        let mut c = Checker::default();
        let name = c.text("brand.name", "Company name", &self.brand.name, 200, true);
        let mut colour = |field: &str, value: &str| {
            let value = value.trim().to_ascii_uppercase();
            let hex = value.strip_prefix('#').unwrap_or("");
            if hex.len() != 6 || !hex.chars().all(|ch| ch.is_ascii_hexdigit()) {
                c.fail(field, format!("'{value}' is not a colour; use #RRGGBB, e.g. #1F4E79."));
            }
            value
        };
        let primary = colour("brand.primary", &self.brand.primary);
        let accent = colour("brand.accent", &self.brand.accent);
        let rules = match rules {
            Ok(rules) => rules,
            Err(invalid) => {
                for e in invalid.0 {
                    c.fail(&format!("rules.{}", e.field), e.message);
                }
                self.rules.clone()
            }
        };
        c.finish(QuoteSettings { rules, brand: Brand { name, primary, accent, ..self.brand.clone() }, ..self.clone() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_check_colours_and_rules() {
        let mut settings = QuoteSettings::default();
        settings.brand.primary = " #1f4e79 ".into();
        assert_eq!(settings.validate().unwrap().brand.primary, "#1F4E79");
        settings.brand.accent = "orange".into();
        settings.rules.validity_days = 0;
        let fields: Vec<String> = settings.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["brand.accent".to_owned(), "rules.validity_days".to_owned()]);
    }

    #[test]
    fn a_quote_needs_a_title_and_a_validity_day() {
        let input = QuoteInput {
            title: " ".into(),
            contact_id: None,
            prices: PriceMode::TaxExcluded,
            lines: vec![],
            document_discount: None,
            valid_until: "31/12/2027".into(),
            terms: String::new(),
        };
        let fields: Vec<String> = input.validate().unwrap_err().0.into_iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["title".to_owned(), "valid_until".to_owned()]);
    }
}
