//! The "how is this computed" record: each step of a line's arithmetic and every rounding
//! difference spread over lines, as data the UI renders (amounts are decimal text).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

crate::text_enum! {
    /// Which printed figure a rounding step is about.
    pub enum Figure {
        /// Quantity × unit price.
        Base => "base",
        /// The document discount before it is split over tax groups.
        Discount => "discount",
        /// The amount without tax.
        Net => "net",
        Tax => "tax",
        /// The amount with tax: what a tax-included price keeps.
        Total => "total",
    }
}

/// One step of a line's arithmetic, in the order it was done. Exact amounts keep every decimal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// `amount` = `quantity` × `unit_price`.
    Base { quantity: String, unit_price: String, amount: String },
    /// A discount of `percent` % of the base, or (no percent) a fixed `amount` off the line or quote.
    Discount { percent: Option<String>, amount: String },
    /// This part's share of `whole` (a bundle's price, the document discount), in proportion
    /// `weight` / `total_weight`, cut down to a minor unit; `leftover` is the units it received
    /// because its weight is among the largest.
    Share { whole: String, weight: String, total_weight: String, amount: String, leftover: String },
    /// A tax-included amount back to its net: `net` = `amount` × 100 / (100 + `rates`).
    NetFromIncluded { amount: String, rates: String, net: String },
    /// `amount` = `base` × `rate` / 100.
    Tax { name: String, rate: String, base: String, amount: String },
    /// The tax a tax-included amount holds is what is left after its net: `tax` = `amount` − `net`
    /// (shared over several rates in proportion to the rates, leftover units to the largest).
    TaxFromIncluded { amount: String, net: String, tax: String },
    /// An exact amount rounded to the currency's minor unit with the quote's method. `tax` names
    /// the tax when `figure` is a tax.
    Round { figure: Figure, tax: Option<String>, exact: String, rounded: String },
    /// `amount` (± one minor unit per pass) given to this line from its tax group's rounding
    /// difference; `rank` is the line's place when the group's lines are ordered largest first.
    Spread { figure: Figure, tax: Option<String>, group: u32, rank: u32, amount: String },
}

/// Which printed line an adjustment landed on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineRef {
    /// A product, free or bundle line, by its position among the draft's lines.
    Line { position: u32 },
    /// One part of the bundle at `position`.
    Part { position: u32, part: u32 },
    /// The document discount line of a tax group.
    DocumentDiscount { group: u32 },
}

/// Minor units one line received when a group's rounding difference was spread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Adjustment {
    pub line: LineRef,
    pub amount: String,
}

/// Why and where a tax group's rounding difference went (per-document rounding only): the
/// group's exact sum was rounded once (`rounded`), its lines rounded one by one added up to
/// `lines_sum`, and the `difference` went one minor unit per line, largest line first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoundingSpread {
    pub group: u32,
    pub figure: Figure,
    pub tax: Option<String>,
    pub exact: String,
    pub rounded: String,
    pub lines_sum: String,
    pub difference: String,
    pub adjustments: Vec<Adjustment>,
}
