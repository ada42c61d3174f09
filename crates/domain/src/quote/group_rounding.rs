//! Per-document rounding: each tax group's net and taxes are rounded once as a whole, and the
//! difference from its rounded lines is spread over the lines one minor unit each, largest line
//! first, so the lines still add up to the printed group totals.

use rust_decimal::Decimal;

use super::draft::PriceMode;
use super::explain::{Adjustment, Figure, RoundingSpread, Step};
use super::rounding::{exact_text, largest_first, spread, Precision};
use super::tax::{exact_taxes, Piece};

/// Which figure of a piece is being settled: its net, or its tax at this index.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Net,
    Tax(usize),
}

impl Piece<'_> {
    fn rounded(&self, slot: Slot) -> Decimal {
        match slot {
            Slot::Net => self.net,
            Slot::Tax(i) => self.taxes[i],
        }
    }

    fn adjust(&mut self, slot: Slot, amount: Decimal) {
        let (value, adjustment) = match slot {
            Slot::Net => (&mut self.net, &mut self.net_adjustment),
            Slot::Tax(i) => (&mut self.taxes[i], &mut self.tax_adjustments[i]),
        };
        *value += amount;
        *adjustment += amount;
    }
}

/// Rounds every piece of the `groups` tax groups as a group and returns where each difference went.
pub fn round_groups(pieces: &mut [Piece<'_>], groups: usize, precision: Precision, prices: PriceMode) -> Vec<RoundingSpread> {
    let mut spreads = Vec::new();
    for group in 0..groups {
        let members: Vec<usize> = (0..pieces.len()).filter(|&i| pieces[i].group == Some(group)).collect();
        let Some(&first) = members.first() else { continue };
        let rates = pieces[first].rates;
        let (net_exact, taxes_exact) = exact_taxes(members.iter().map(|&m| pieces[m].amount).sum(), rates, prices);
        for &m in &members {
            pieces[m].round_net(precision);
            if prices == PriceMode::TaxExcluded {
                pieces[m].round_taxes(precision);
            }
        }
        spreads.extend(settle(pieces, &members, group, Slot::Net, net_exact, precision));
        match prices {
            PriceMode::TaxExcluded => {
                let settled = taxes_exact
                    .iter()
                    .enumerate()
                    .filter_map(|(i, exact)| settle(pieces, &members, group, Slot::Tax(i), *exact, precision));
                spreads.extend(settled);
            }
            // The typed total is kept, so the taxes follow the settled nets.
            PriceMode::TaxIncluded => members.iter().for_each(|&m| pieces[m].taxes_from_included(precision)),
        }
    }
    spreads
}

/// Rounds the group's `exact` figure once and spreads its difference from the rounded members.
fn settle(
    pieces: &mut [Piece<'_>],
    members: &[usize],
    group: usize,
    slot: Slot,
    exact: Decimal,
    precision: Precision,
) -> Option<RoundingSpread> {
    let rounded = precision.round(exact);
    let lines_sum: Decimal = members.iter().map(|&m| pieces[m].rounded(slot)).sum();
    let difference = rounded - lines_sum;
    if difference.is_zero() {
        return None;
    }
    let (figure, tax) = match slot {
        Slot::Net => (Figure::Net, None),
        Slot::Tax(i) => (Figure::Tax, Some(pieces[members[0]].rates[i].name.clone())),
    };
    let sizes: Vec<Decimal> = members.iter().map(|&m| pieces[m].net_exact).collect();
    let order = largest_first(&sizes);
    let received = spread(difference, precision.unit(), &order, members.len());
    let mut adjustments = Vec::new();
    for (rank, &k) in order.iter().enumerate() {
        if received[k].is_zero() {
            continue;
        }
        let piece = &mut pieces[members[k]];
        piece.adjust(slot, received[k]);
        let amount = precision.text(received[k]);
        let (group, rank) = (group as u32, rank as u32 + 1);
        piece.steps.push(Step::Spread { figure, tax: tax.clone(), group, rank, amount: amount.clone() });
        adjustments.push(Adjustment { line: piece.line.clone(), amount });
    }
    Some(RoundingSpread {
        group: group as u32,
        figure,
        tax,
        exact: exact_text(exact),
        rounded: precision.text(rounded),
        lines_sum: precision.text(lines_sum),
        difference: precision.text(difference),
        adjustments,
    })
}
