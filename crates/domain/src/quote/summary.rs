//! Adds the rounded pieces up into the printed quote: lines, sections, tax groups, tax totals,
//! billing subtotals, contract value and margin. Only sums of printed figures, so they add up.

use rust_decimal::{Decimal, RoundingStrategy};

use super::check::{CheckedLine, CheckedQuote};
use super::draft::Billing;
use super::explain::{LineRef, RoundingSpread, Step};
use super::pieces::{Priced, PricedLine};
use super::rounding::{exact_text, Precision};
use super::tax::{exact_taxes, Piece};
use super::totals::{
    Amounts, DiscountLine, GroupTax, LineTax, LineTotals, Margin, PartTotals, QuoteTotals, SectionTotals, TaxGroup, TaxTotal, Taxed,
};

/// A running net and tax.
#[derive(Debug, Clone, Copy, Default)]
struct Sum {
    net: Decimal,
    tax: Decimal,
}

impl Sum {
    fn add(&mut self, net: Decimal, tax: Decimal) {
        self.net += net;
        self.tax += tax;
    }

    fn times(self, factor: u32) -> Sum {
        Sum { net: self.net * Decimal::from(factor), tax: self.tax * Decimal::from(factor) }
    }

    fn amounts(self, precision: Precision) -> Amounts {
        Amounts { net: precision.text(self.net), tax: precision.text(self.tax), total: precision.text(self.net + self.tax) }
    }
}

/// One tax group's amounts before tax (exact) and its rounded net and taxes.
struct GroupSum {
    amount: Decimal,
    net: Decimal,
    taxes: Vec<Decimal>,
}

pub fn summarize(quote: &CheckedQuote, priced: Priced<'_>, spreads: Vec<RoundingSpread>) -> QuoteTotals {
    let precision = quote.precision;
    let Priced { lines, mut pieces, groups } = priced;
    let mut sums: Vec<GroupSum> =
        groups.iter().map(|g| GroupSum { amount: Decimal::ZERO, net: Decimal::ZERO, taxes: vec![Decimal::ZERO; g.rates.len()] }).collect();
    for piece in &pieces {
        if let Some(group) = piece.group {
            let sum = &mut sums[group];
            sum.amount += piece.amount;
            sum.net += piece.net;
            sum.taxes.iter_mut().zip(&piece.taxes).for_each(|(total, tax)| *total += *tax);
        }
    }

    let mut billed = [Sum::default(); 3];
    let mut contract = Sum::default();
    let mut taxes: Vec<TaxTotal> = Vec::new();
    let mut tax_sums: Vec<Sum> = Vec::new();
    for (key, sum) in groups.iter().zip(&sums) {
        let group = Sum { net: sum.net, tax: sum.taxes.iter().copied().sum() };
        let (slot, periods) = match key.billing {
            Billing::OneTime => (0, 1),
            Billing::Monthly => (1, key.term_months),
            Billing::Yearly => (2, key.term_months.div_ceil(12)),
        };
        billed[slot].add(group.net, group.tax);
        let whole_term = group.times(periods);
        contract.add(whole_term.net, whole_term.tax);
        for (rate, tax) in key.rates.iter().zip(&sum.taxes) {
            let at = taxes.iter().position(|t| t.name == rate.name).unwrap_or_else(|| {
                let rate_text = exact_text(rate.percent);
                taxes.push(TaxTotal { name: rate.name.clone(), rate: rate_text, base: String::new(), amount: String::new() });
                tax_sums.push(Sum::default());
                taxes.len() - 1
            });
            tax_sums[at].add(sum.net, *tax);
        }
    }
    for (total, sum) in taxes.iter_mut().zip(&tax_sums) {
        total.base = precision.text(sum.net);
        total.amount = precision.text(sum.tax);
    }
    let mut grand = Sum::default();
    billed.iter().for_each(|b| grand.add(b.net, b.tax));

    let sections = sections(quote, &lines, &pieces);
    let margin = margin(&lines, grand.net, precision);
    let line_totals = lines.iter().map(|line| line_totals(line, &mut pieces, precision)).collect();
    let document_discount = pieces
        .iter_mut()
        .filter_map(|piece| match piece.line {
            LineRef::DocumentDiscount { group } => Some(DiscountLine { group, amount: taxed(piece, precision) }),
            _ => None,
        })
        .collect();
    let groups = groups
        .iter()
        .zip(&sums)
        .map(|(key, sum)| {
            let (net_exact, taxes_exact) = exact_taxes(sum.amount, key.rates, quote.prices);
            TaxGroup {
                billing: key.billing,
                term_months: key.term_months,
                net: precision.text(sum.net),
                net_exact: exact_text(net_exact),
                taxes: key
                    .rates
                    .iter()
                    .zip(sum.taxes.iter().zip(taxes_exact))
                    .map(|(rate, (amount, exact))| GroupTax {
                        name: rate.name.clone(),
                        rate: exact_text(rate.percent),
                        amount: precision.text(*amount),
                        exact: exact_text(exact),
                    })
                    .collect(),
                total: precision.text(sum.net + sum.taxes.iter().copied().sum::<Decimal>()),
            }
        })
        .collect();

    QuoteTotals {
        currency: quote.currency.clone(),
        decimals: precision.decimals,
        rounding: quote.rounding,
        method: precision.method,
        prices: quote.prices,
        lines: line_totals,
        sections,
        groups,
        document_discount,
        taxes,
        grand: grand.amounts(precision),
        one_time: billed[0].amounts(precision),
        monthly: billed[1].amounts(precision),
        yearly: billed[2].amounts(precision),
        contract_value: contract.amounts(precision),
        margin,
        spreads,
    }
}

/// A piece's printed figures, taking its steps.
fn taxed(piece: &mut Piece<'_>, precision: Precision) -> Taxed {
    let taxes = piece
        .rates
        .iter()
        .zip(piece.taxes.iter().zip(&piece.tax_adjustments))
        .map(|(rate, (amount, adjustment))| LineTax {
            name: rate.name.clone(),
            rate: exact_text(rate.percent),
            amount: precision.text(*amount),
            adjustment: precision.text(*adjustment),
        })
        .collect();
    Taxed {
        net: precision.text(piece.net),
        taxes,
        total: precision.text(piece.total()),
        adjustment: precision.text(piece.net_adjustment),
        steps: std::mem::take(&mut piece.steps),
    }
}

fn line_totals(line: &PricedLine<'_>, pieces: &mut [Piece<'_>], precision: Precision) -> LineTotals {
    let (amount, parts) = if line.parts.is_empty() {
        (taxed(&mut pieces[line.pieces.start], precision), Vec::new())
    } else {
        let amount = bundle_amount(&pieces[line.pieces.clone()], line.steps.clone(), precision);
        let parts = line
            .parts
            .iter()
            .zip(&mut pieces[line.pieces.clone()])
            .zip(&line.costs)
            .map(|((part, piece), cost)| PartTotals {
                name: part.name.clone(),
                amount: taxed(piece, precision),
                cost: cost.map(|c| precision.text(c)),
            })
            .collect();
        (amount, parts)
    };
    let cost = line.costs.iter().copied().sum::<Option<Decimal>>().map(|c| precision.text(c));
    LineTotals {
        position: line.position as u32,
        name: line.sale.name.clone(),
        included: line.sale.included,
        billing: line.sale.billing,
        term_months: line.sale.term_months,
        base: precision.text(line.base),
        discount: precision.text(line.base - line.amount),
        amount,
        cost,
        parts,
    }
}

/// A bundle as one line: its parts' figures added up, taxes merged by name.
fn bundle_amount(parts: &[Piece<'_>], steps: Vec<Step>, precision: Precision) -> Taxed {
    let mut taxes: Vec<(LineTax, Decimal, Decimal)> = Vec::new();
    for piece in parts {
        for (rate, (amount, adjustment)) in piece.rates.iter().zip(piece.taxes.iter().zip(&piece.tax_adjustments)) {
            match taxes.iter_mut().find(|(t, _, _)| t.name == rate.name) {
                Some((_, total, adjusted)) => {
                    *total += *amount;
                    *adjusted += *adjustment;
                }
                None => {
                    let tax = LineTax {
                        name: rate.name.clone(),
                        rate: exact_text(rate.percent),
                        amount: String::new(),
                        adjustment: String::new(),
                    };
                    taxes.push((tax, *amount, *adjustment));
                }
            }
        }
    }
    let taxes = taxes
        .into_iter()
        .map(|(tax, amount, adjustment)| LineTax { amount: precision.text(amount), adjustment: precision.text(adjustment), ..tax })
        .collect();
    Taxed {
        net: precision.text(parts.iter().map(|p| p.net).sum()),
        taxes,
        total: precision.text(parts.iter().map(Piece::total).sum()),
        adjustment: precision.text(parts.iter().map(|p| p.net_adjustment).sum()),
        steps,
    }
}

/// Each heading's subtotal: the selected lines after it, up to the next heading.
fn sections(quote: &CheckedQuote, lines: &[PricedLine<'_>], pieces: &[Piece<'_>]) -> Vec<SectionTotals> {
    let mut sections: Vec<(SectionTotals, Sum)> = Vec::new();
    let mut priced = lines.iter();
    for (position, line) in quote.lines.iter().enumerate() {
        if let CheckedLine::Section { title, show_subtotal } = line {
            let amounts = Sum::default().amounts(quote.precision);
            let section = SectionTotals { position: position as u32, title: title.clone(), show_subtotal: *show_subtotal, amounts };
            sections.push((section, Sum::default()));
            continue;
        }
        let Some(line) = priced.next() else { break };
        if let (true, Some((_, sum))) = (line.sale.included, sections.last_mut()) {
            for piece in &pieces[line.pieces.clone()] {
                sum.add(piece.net, piece.taxes.iter().copied().sum());
            }
        }
    }
    sections.into_iter().map(|(section, sum)| SectionTotals { amounts: sum.amounts(quote.precision), ..section }).collect()
}

/// Net after every discount − the selected lines' cost; lines with no cost count as zero.
fn margin(lines: &[PricedLine<'_>], net: Decimal, precision: Precision) -> Margin {
    let included = lines.iter().filter(|l| l.sale.included);
    let cost: Decimal = included.clone().flat_map(|l| l.costs.iter().flatten()).sum();
    let lines_without_cost = included.filter(|l| l.costs.iter().any(Option::is_none)).count() as u32;
    let margin = net - cost;
    let percent = (!net.is_zero()).then(|| {
        let percent = (margin * Decimal::ONE_HUNDRED / net).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        format!("{percent:.2}")
    });
    Margin { cost: precision.text(cost), margin: precision.text(margin), percent, lines_without_cost }
}
