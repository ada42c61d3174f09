//! What a seller puts on a quote: lines as typed, with every price already frozen on the line.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::text_enum! {
    /// Where amounts are rounded to the currency's minor unit.
    pub enum RoundingMode {
        /// Each line's net and taxes are rounded on their own; the totals are sums of lines.
        PerLine => "per_line",
        /// Each tax group is rounded once as a whole; the difference from the rounded lines is
        /// spread over the group's lines, one minor unit each, largest line first (Odoo's
        /// "round globally").
        PerDocument => "per_document",
    }
}

crate::text_enum! {
    /// How an amount between two minor units is rounded. `Up` and `Down` act on the size of the
    /// amount (away from / toward zero), so a discount line rounds like the lines it mirrors.
    pub enum RoundingMethod {
        /// 0.125 → 0.13, 0.135 → 0.14 (away from zero at the midpoint).
        HalfUp => "half_up",
        /// 0.125 → 0.12, 0.135 → 0.14 (banker's rounding).
        HalfEven => "half_even",
        /// 0.121 → 0.13.
        Up => "up",
        /// 0.129 → 0.12.
        Down => "down",
    }
}

crate::text_enum! {
    /// Whether the quote's unit prices include tax. Chosen per quote, not per line: one quote
    /// printing some prices with tax and some without is a quote nobody can check.
    pub enum PriceMode {
        TaxExcluded => "tax_excluded",
        TaxIncluded => "tax_included",
    }
}

crate::text_enum! {
    /// How often a line is charged.
    pub enum Billing {
        OneTime => "one_time",
        Monthly => "monthly",
        Yearly => "yearly",
    }
}

crate::text_enum! {
    pub enum DiscountKind {
        /// Percent of the amount it applies to, 0 to 100.
        Percent => "percent",
        /// A fixed amount off the whole line (not per unit), or off the whole quote.
        Amount => "amount",
    }
}

/// A discount as typed: "10" percent or "25.00" off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Discount {
    pub kind: DiscountKind,
    /// Decimal text.
    pub value: String,
}

/// One named percent tax on a line, e.g. "VAT" at "20". Taxes on one line all apply to the same
/// net (no tax on tax: compound taxes are out of scope).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TaxRate {
    pub name: String,
    /// Percent as decimal text, 0 to 100 ("20", "5.5").
    pub rate: String,
}

/// What is sold on a product, service or free line, and how it is charged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Sale {
    /// The line's own id, kept across revisions so they can be compared line by line.
    #[serde(default)]
    pub id: String,
    pub name: String,
    /// What prints under the name; the engine ignores it.
    #[serde(default)]
    pub description: String,
    /// The catalog product the line was added from, if any (its price is frozen here).
    #[serde(default)]
    pub product_id: Option<String>,
    #[serde(default)]
    pub sku: String,
    /// What one unit is ("seat", "hour"), as it prints.
    #[serde(default)]
    pub unit: String,
    /// Decimal text, may be fractional ("1.5" hours); never negative.
    pub quantity: String,
    /// Decimal text in the quote's currency, frozen when the line was added: the engine never
    /// looks the catalog up again. Tax-included when the quote's prices are.
    pub unit_price: String,
    pub discount: Option<Discount>,
    pub billing: Billing,
    /// Months the line is billed for; needed for recurring lines, ignored for one-time lines.
    pub term_months: u32,
    /// An option the customer may choose: left out of every total unless `selected`.
    pub optional: bool,
    pub selected: bool,
}

impl Sale {
    /// A one-time sale of `quantity` × `unit_price` with nothing else set: a free line as it is
    /// first typed, and the start of every worked example.
    pub fn one_time(name: &str, quantity: &str, unit_price: &str) -> Sale {
        Sale {
            id: String::new(),
            name: name.into(),
            description: String::new(),
            product_id: None,
            sku: String::new(),
            unit: String::new(),
            quantity: quantity.into(),
            unit_price: unit_price.into(),
            discount: None,
            billing: Billing::OneTime,
            term_months: 0,
            optional: false,
            selected: false,
        }
    }
}

/// A product or free line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ItemLine {
    pub sale: Sale,
    pub taxes: Vec<TaxRate>,
    /// Cost per unit for the margin, seller-only; empty when unknown.
    pub unit_cost: String,
}

/// One part of a bundle; its share of the bundle's price follows its list price.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundlePart {
    pub name: String,
    /// Units of this part in one bundle.
    pub quantity: String,
    /// Decimal text: the part's own price, used only to weigh its share.
    pub list_price: String,
    pub taxes: Vec<TaxRate>,
    /// Cost per unit of the part, seller-only; empty when unknown.
    pub unit_cost: String,
}

/// A bundle sold at one price, split over its parts so each part is taxed at its own rates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleLine {
    pub sale: Sale,
    pub parts: Vec<BundlePart>,
}

/// A heading that starts a section of the quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SectionLine {
    #[serde(default)]
    pub id: String,
    pub title: String,
    pub show_subtotal: bool,
}

/// One line of a quote, in the order it prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum QuoteLine {
    Section(SectionLine),
    Item(ItemLine),
    Bundle(BundleLine),
}

/// Everything the quote engine needs: the currency, the workspace's rounding rules and the lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteDraft {
    /// ISO 4217 code; its minor unit sets the precision (JPY 0 decimals, EUR 2, KWD 3).
    pub currency: String,
    pub rounding: RoundingMode,
    pub method: RoundingMethod,
    pub prices: PriceMode,
    pub lines: Vec<QuoteLine>,
    /// Applied to the selected lines as its own lines, one per tax group.
    pub document_discount: Option<Discount>,
}
