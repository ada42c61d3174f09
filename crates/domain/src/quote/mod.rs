//! The quote engine: from a draft's lines, discounts, taxes, currency and rounding rules to
//! every printed figure, explained. Exact decimals only (`rust_decimal`), no IO, no clock.
//!
//! The rules, after Odoo's (`account.tax`):
//! - Discount before tax: a line's taxes apply to quantity × unit price − its discount.
//! - Per-line rounding rounds each line's net and taxes; per-document rounding rounds each tax
//!   group (lines with the same billing, term and taxes) once, then spreads the difference from
//!   its rounded lines one minor unit per line, largest line first. Either way every total is a
//!   sum of printed line figures.
//! - Tax-included prices keep the typed price as the line total: the net is rounded and the tax
//!   is what remains (24.99 incl. 20% is 20.83 + 4.16, never 25.00).
//! - The document discount is its own line per tax group, split in proportion to each group's
//!   amount, leftover minor units to the largest groups; it is taxed at the group's rates.
//! - A bundle's price (after its discount) is split over its parts in proportion to their list
//!   prices, leftover units to the largest parts; each part is taxed at its own rates.
//! - Prices are frozen on the line: the engine reads only the draft, never a catalog.

mod check;
mod explain;
mod group_rounding;
mod pieces;
mod rounding;
mod summary;
mod tax;

pub mod draft;
pub mod number;
pub mod totals;

pub use draft::{
    Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, PriceMode, QuoteDraft, QuoteLine, RoundingMethod, RoundingMode,
    Sale, SectionLine, TaxRate,
};
pub use explain::{Adjustment, Figure, LineRef, RoundingSpread, Step};
pub use number::{device_code, QuoteNumber};
pub use totals::{
    Amounts, DiscountLine, GroupTax, LineTax, LineTotals, Margin, PartTotals, QuoteTotals, SectionTotals, TaxGroup, TaxTotal, Taxed,
};

use crate::text::Invalid;

/// Checks `draft` and computes its totals. Refused: an unknown currency or one without a minor
/// unit, negative quantities or prices (a quote holds no credits: take money off with a
/// discount), discounts above 100% or above what they apply to, tax rates above 100%, one tax
/// name with two rates, recurring lines without a term.
pub fn compute(draft: &QuoteDraft) -> Result<QuoteTotals, Invalid> {
    let quote = check::check(draft)?;
    let mut priced = pieces::price_lines(&quote);
    if let Some(cut) = quote.document_discount {
        pieces::add_document_discount(&mut priced, cut, quote.precision)?;
    }
    for piece in &mut priced.pieces {
        piece.tax_exactly(quote.prices);
    }
    let spreads = match quote.rounding {
        RoundingMode::PerLine => Vec::new(),
        RoundingMode::PerDocument => group_rounding::round_groups(&mut priced.pieces, priced.groups.len(), quote.precision, quote.prices),
    };
    for piece in priced.pieces.iter_mut().filter(|p| quote.rounding == RoundingMode::PerLine || p.group.is_none()) {
        piece.round_alone(quote.precision, quote.prices);
    }
    Ok(summary::summarize(&quote, priced, spreads))
}

#[cfg(test)]
mod tests {
    /// Every source file of the engine: the float check below reads them all.
    const SOURCES: [(&str, &str); 10] = [
        ("check.rs", include_str!("check.rs")),
        ("draft.rs", include_str!("draft.rs")),
        ("explain.rs", include_str!("explain.rs")),
        ("group_rounding.rs", include_str!("group_rounding.rs")),
        ("mod.rs", include_str!("mod.rs")),
        ("pieces.rs", include_str!("pieces.rs")),
        ("rounding.rs", include_str!("rounding.rs")),
        ("summary.rs", include_str!("summary.rs")),
        ("tax.rs", include_str!("tax.rs")),
        ("totals.rs", include_str!("totals.rs")),
    ];

    #[test]
    fn no_float_on_the_path() {
        // Built from pieces so this test does not find itself.
        for (file, source) in SOURCES {
            for float in [concat!("f", "32"), concat!("f", "64")] {
                assert!(!source.contains(float), "{file} mentions {float}");
            }
        }
    }
}
