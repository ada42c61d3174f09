//! From checked lines to taxable pieces: each line's base and discount, a bundle's price split
//! over its parts, and the document discount split over the tax groups.

use std::ops::Range;

use rust_decimal::Decimal;

use super::check::{CheckedLine, CheckedPart, CheckedQuote, CheckedSale, Cut, Rate};
use super::draft::{Billing, PriceMode, RoundingMode};
use super::explain::{Figure, LineRef, Step};
use super::rounding::{exact_text, split, Precision};
use super::tax::Piece;
use crate::text::{FieldError, Invalid};

/// Lines charged alike (billing and term) and taxed alike (the same set of rates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupKey<'a> {
    pub billing: Billing,
    pub term_months: u32,
    pub rates: &'a [Rate],
}

/// A product, free or bundle line with what it printed before tax.
#[derive(Debug, Clone)]
pub struct PricedLine<'a> {
    pub position: usize,
    pub sale: &'a CheckedSale,
    /// The bundle's parts; empty for a product or free line.
    pub parts: &'a [CheckedPart],
    /// Quantity × unit price, rounded.
    pub base: Decimal,
    /// After the line discount, rounded, in the quote's price mode.
    pub amount: Decimal,
    /// A bundle's own steps (base, discount); a product line's steps live on its piece.
    pub steps: Vec<Step>,
    pub pieces: Range<usize>,
    /// Per piece: quantity × unit cost, rounded; None when unknown.
    pub costs: Vec<Option<Decimal>>,
}

/// A quote cut into taxable pieces, before any tax.
#[derive(Debug, Clone, Default)]
pub struct Priced<'a> {
    pub lines: Vec<PricedLine<'a>>,
    pub pieces: Vec<Piece<'a>>,
    pub groups: Vec<GroupKey<'a>>,
}

impl<'a> Priced<'a> {
    fn group(&mut self, sale: &CheckedSale, rates: &'a [Rate]) -> Option<usize> {
        if !sale.included {
            return None;
        }
        let key = GroupKey { billing: sale.billing, term_months: sale.term_months, rates };
        Some(self.groups.iter().position(|g| *g == key).unwrap_or_else(|| {
            self.groups.push(key);
            self.groups.len() - 1
        }))
    }
}

/// Prices every product, free and bundle line of `quote` (sections carry no amount).
pub fn price_lines(quote: &CheckedQuote) -> Priced<'_> {
    let mut priced = Priced::default();
    for (position, line) in quote.lines.iter().enumerate() {
        match line {
            CheckedLine::Section { .. } => {}
            CheckedLine::Item { sale, taxes, unit_cost } => {
                // Per-document rounding keeps a tax-excluded line exact until its group is rounded;
                // a bundle is split, and a tax-included price kept, in whole minor units.
                let exact = quote.rounding == RoundingMode::PerDocument && quote.prices == PriceMode::TaxExcluded && sale.included;
                let (base, amount, steps) = discounted(sale, quote, exact);
                let group = priced.group(sale, taxes);
                let start = priced.pieces.len();
                priced.pieces.push(Piece::new(LineRef::Line { position: position as u32 }, group, taxes, amount, steps));
                let cost = unit_cost.map(|cost| quote.precision.round(cost * sale.quantity));
                let line = PricedLine {
                    position,
                    sale,
                    parts: &[],
                    base: quote.precision.round(base),
                    amount: quote.precision.round(amount),
                    steps: Vec::new(),
                    pieces: start..start + 1,
                    costs: vec![cost],
                };
                priced.lines.push(line);
            }
            CheckedLine::Bundle { sale, parts } => {
                let (base, amount, steps) = discounted(sale, quote, false);
                let weights: Vec<Decimal> = parts.iter().map(|p| p.quantity * p.list_price).collect();
                let total_weight: Decimal = weights.iter().copied().sum();
                let start = priced.pieces.len();
                for (p, (part, share)) in parts.iter().zip(split(amount, &weights, quote.precision.unit())).enumerate() {
                    let step = Step::Share {
                        whole: quote.precision.text(amount),
                        weight: exact_text(weights[p]),
                        total_weight: exact_text(total_weight),
                        amount: quote.precision.text(share.amount),
                        leftover: quote.precision.text(share.leftover),
                    };
                    let group = priced.group(sale, &part.taxes);
                    let line = LineRef::Part { position: position as u32, part: p as u32 };
                    priced.pieces.push(Piece::new(line, group, &part.taxes, share.amount, vec![step]));
                }
                let costs =
                    parts.iter().map(|p| p.unit_cost.map(|cost| quote.precision.round(cost * p.quantity * sale.quantity))).collect();
                let pieces = start..priced.pieces.len();
                let line = PricedLine { position, sale, parts, base: quote.precision.round(base), amount, steps, pieces, costs };
                priced.lines.push(line);
            }
        }
    }
    priced
}

/// The exact base, the amount after the line discount (rounded unless `exact`) and their steps.
fn discounted(sale: &CheckedSale, quote: &CheckedQuote, exact: bool) -> (Decimal, Decimal, Vec<Step>) {
    let base = sale.quantity * sale.unit_price;
    let mut steps =
        vec![Step::Base { quantity: exact_text(sale.quantity), unit_price: exact_text(sale.unit_price), amount: exact_text(base) }];
    let off = sale.discount.map_or(Decimal::ZERO, |cut| cut.of(base));
    if let Some(cut) = sale.discount {
        steps.push(Step::Discount { percent: cut.percent().map(exact_text), amount: exact_text(off) });
    }
    let after = base - off;
    if exact {
        return (base, after, steps);
    }
    let rounded = quote.precision.round(after);
    if rounded != after {
        let figure = if quote.prices == PriceMode::TaxIncluded { Figure::Total } else { Figure::Net };
        steps.push(Step::Round { figure, tax: None, exact: exact_text(after), rounded: quote.precision.text(rounded) });
    }
    (base, rounded, steps)
}

/// Adds the document discount as one negative piece per tax group, split in proportion to what
/// each group adds up to before it (leftover units to the largest groups). An amount larger
/// than the quote is refused.
pub fn add_document_discount(priced: &mut Priced<'_>, cut: Cut, precision: Precision) -> Result<(), Invalid> {
    let mut bases = vec![Decimal::ZERO; priced.groups.len()];
    for piece in &priced.pieces {
        if let Some(group) = piece.group {
            bases[group] += piece.amount;
        }
    }
    let basis: Decimal = bases.iter().copied().sum();
    let mut steps = Vec::new();
    let whole = match cut {
        Cut::Percent(percent) => {
            let exact = cut.of(basis);
            let rounded = precision.round(exact);
            steps.push(Step::Discount { percent: Some(exact_text(percent)), amount: exact_text(exact) });
            if rounded != exact {
                steps.push(Step::Round { figure: Figure::Discount, tax: None, exact: exact_text(exact), rounded: precision.text(rounded) });
            }
            rounded
        }
        Cut::Amount(off) if off > basis => {
            let message =
                format!("The document discount {off} is more than the quote's {}; lower it.", precision.text(precision.round(basis)));
            return Err(Invalid(vec![FieldError { field: "document_discount".into(), message }]));
        }
        Cut::Amount(off) => {
            steps.push(Step::Discount { percent: None, amount: exact_text(off) });
            off
        }
    };
    for (group, share) in split(whole, &bases, precision.unit()).into_iter().enumerate() {
        if share.amount.is_zero() {
            continue;
        }
        let mut steps = steps.clone();
        steps.push(Step::Share {
            whole: precision.text(-whole),
            weight: exact_text(bases[group]),
            total_weight: exact_text(basis),
            amount: precision.text(-share.amount),
            leftover: precision.text(-share.leftover),
        });
        let rates = priced.groups[group].rates;
        priced.pieces.push(Piece::new(LineRef::DocumentDiscount { group: group as u32 }, Some(group), rates, -share.amount, steps));
    }
    Ok(())
}
