//! What the quote engine returns: every printed figure as decimal text in the currency's minor
//! unit ("1234.50", JPY "1235"), so the UI and the PDF show the backend's numbers, never their own.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::draft::{Billing, PriceMode, RoundingMethod, RoundingMode};
use super::explain::{RoundingSpread, Step};

/// Net, tax and their sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Amounts {
    pub net: String,
    pub tax: String,
    pub total: String,
}

/// One tax on one printed line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LineTax {
    pub name: String,
    /// Percent, as typed ("20", "5.5").
    pub rate: String,
    pub amount: String,
    /// Minor units this tax received from its group's rounding difference ("0.00" when none).
    pub adjustment: String,
}

/// A taxed amount as it prints: `net` + the `taxes` = `total`, always.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Taxed {
    pub net: String,
    pub taxes: Vec<LineTax>,
    pub total: String,
    /// Minor units the net received from its group's rounding difference ("0.00" when none).
    pub adjustment: String,
    /// How these figures were reached.
    pub steps: Vec<Step>,
}

/// One part of a bundle line, taxed at its own rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PartTotals {
    pub name: String,
    pub amount: Taxed,
    pub cost: Option<String>,
}

/// A product, free or bundle line. `base` and `discount` are in the quote's price mode, so
/// with tax-excluded prices `base` − `discount` + `amount.adjustment` = `amount.net`, and with
/// tax-included prices `base` − `discount` = `amount.total` (the typed price is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LineTotals {
    /// The line's position among the draft's lines.
    pub position: u32,
    pub name: String,
    /// False for an optional line the customer has not chosen: priced, but in no total.
    pub included: bool,
    pub billing: Billing,
    /// 0 for one-time lines.
    pub term_months: u32,
    pub base: String,
    pub discount: String,
    /// For a bundle, the sum of its parts.
    pub amount: Taxed,
    /// Quantity × unit cost; None when the cost is unknown (for a bundle, when any part's is).
    pub cost: Option<String>,
    pub parts: Vec<PartTotals>,
}

/// A section heading and what its lines add up to (selected lines up to the next heading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SectionTotals {
    pub position: u32,
    pub title: String,
    pub show_subtotal: bool,
    pub amounts: Amounts,
}

/// One tax rate of a tax group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupTax {
    pub name: String,
    pub rate: String,
    pub amount: String,
    /// The exact sum before rounding, every decimal kept.
    pub exact: String,
}

/// Lines charged alike and taxed alike (same billing, term and set of taxes). The document
/// discount is split over groups, and per-document rounding rounds each group once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaxGroup {
    pub billing: Billing,
    pub term_months: u32,
    pub net: String,
    /// The exact sum of the lines' nets before rounding.
    pub net_exact: String,
    pub taxes: Vec<GroupTax>,
    pub total: String,
}

/// The document discount's line for one tax group: negative amounts, taxed at the group's rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiscountLine {
    pub group: u32,
    pub amount: Taxed,
}

/// One tax rate over the whole quote: the net it applies to and the tax.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaxTotal {
    pub name: String,
    pub rate: String,
    pub base: String,
    pub amount: String,
}

/// What the seller keeps: net after every discount − cost. Seller-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Margin {
    pub cost: String,
    pub margin: String,
    /// Margin / net × 100, two decimals; None when the net is zero.
    pub percent: Option<String>,
    /// Selected lines with no known cost, counted at zero cost (so the margin is overstated).
    pub lines_without_cost: u32,
}

/// A quote's computed, explained figures. Every total is a sum of printed line figures, so the
/// lines always add up to it to the last minor unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteTotals {
    pub currency: String,
    /// The currency's minor unit: every amount has exactly this many decimals.
    pub decimals: u32,
    pub rounding: RoundingMode,
    pub method: RoundingMethod,
    pub prices: PriceMode,
    pub lines: Vec<LineTotals>,
    pub sections: Vec<SectionTotals>,
    pub groups: Vec<TaxGroup>,
    pub document_discount: Vec<DiscountLine>,
    pub taxes: Vec<TaxTotal>,
    /// What the quote prints as its total: each selected line once — one-time lines, the first
    /// month of monthly lines and the first year of yearly lines — after the document discount.
    pub grand: Amounts,
    pub one_time: Amounts,
    /// Charged every month, per month.
    pub monthly: Amounts,
    /// Charged every year, per year.
    pub yearly: Amounts,
    /// Total contract value: one-time + each monthly group × its term in months + each yearly
    /// group × the years its term starts (⌈term / 12⌉: an 18-month term bills a yearly line at
    /// month 0 and month 12, so twice). Sums of printed figures, so exact.
    pub contract_value: Amounts,
    pub margin: Margin,
    /// Per-document rounding only: each group difference and the lines that absorbed it.
    pub spreads: Vec<RoundingSpread>,
}
