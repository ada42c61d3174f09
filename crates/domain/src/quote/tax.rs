//! Taxing one piece of a quote: its exact net and taxes, and rounding it on its own (per line).

use rust_decimal::Decimal;

use super::check::Rate;
use super::draft::PriceMode;
use super::explain::{Figure, LineRef, Step};
use super::rounding::{exact_text, split, Precision};

/// One taxable amount: a product line, a bundle part or a tax group's document discount.
#[derive(Debug, Clone)]
pub struct Piece<'a> {
    pub line: LineRef,
    /// Its tax group; None for an optional line left out of the totals.
    pub group: Option<usize>,
    pub rates: &'a [Rate],
    /// After discounts, in the quote's price mode: the net, or the total when prices include
    /// tax. Exact until rounded; tax-included amounts are always rounded (the typed price is kept).
    pub amount: Decimal,
    pub steps: Vec<Step>,
    pub net_exact: Decimal,
    pub taxes_exact: Vec<Decimal>,
    pub net: Decimal,
    pub net_adjustment: Decimal,
    pub taxes: Vec<Decimal>,
    pub tax_adjustments: Vec<Decimal>,
}

impl<'a> Piece<'a> {
    pub fn new(line: LineRef, group: Option<usize>, rates: &'a [Rate], amount: Decimal, steps: Vec<Step>) -> Self {
        let zeros = vec![Decimal::ZERO; rates.len()];
        Piece {
            line,
            group,
            rates,
            amount,
            steps,
            net_exact: Decimal::ZERO,
            taxes_exact: zeros.clone(),
            net: Decimal::ZERO,
            net_adjustment: Decimal::ZERO,
            taxes: zeros.clone(),
            tax_adjustments: zeros,
        }
    }

    pub fn total(&self) -> Decimal {
        self.net + self.taxes.iter().copied().sum::<Decimal>()
    }

    /// The exact net and taxes, discount already applied (discount before tax).
    pub fn tax_exactly(&mut self, prices: PriceMode) {
        (self.net_exact, self.taxes_exact) = exact_taxes(self.amount, self.rates, prices);
        match prices {
            PriceMode::TaxIncluded if self.net_exact != self.amount => {
                let rates: Decimal = self.rates.iter().map(|r| r.percent).sum();
                let (amount, rates, net) = (exact_text(self.amount), exact_text(rates), exact_text(self.net_exact));
                self.steps.push(Step::NetFromIncluded { amount, rates, net });
            }
            PriceMode::TaxIncluded => {}
            PriceMode::TaxExcluded => {
                for (exact, rate) in self.taxes_exact.iter().zip(self.rates) {
                    let (name, rate_text, base) = (rate.name.clone(), exact_text(rate.percent), exact_text(self.net_exact));
                    self.steps.push(Step::Tax { name, rate: rate_text, base, amount: exact_text(*exact) });
                }
            }
        }
    }

    /// Rounds the net, recording the step when rounding changed it.
    pub fn round_net(&mut self, precision: Precision) {
        self.net = precision.round(self.net_exact);
        if self.net != self.net_exact {
            let step = Step::Round { figure: Figure::Net, tax: None, exact: exact_text(self.net_exact), rounded: precision.text(self.net) };
            self.steps.push(step);
        }
    }

    /// Rounds each tax on its own, recording the steps that changed something.
    pub fn round_taxes(&mut self, precision: Precision) {
        for ((tax, exact), rate) in self.taxes.iter_mut().zip(&self.taxes_exact).zip(self.rates) {
            *tax = precision.round(*exact);
            if tax != exact {
                let (name, exact, rounded) = (Some(rate.name.clone()), exact_text(*exact), precision.text(*tax));
                self.steps.push(Step::Round { figure: Figure::Tax, tax: name, exact, rounded });
            }
        }
    }

    /// A tax-included amount keeps its total: the tax is what is left after the rounded net,
    /// shared over the rates in proportion, leftover units to the largest rate.
    pub fn taxes_from_included(&mut self, precision: Precision) {
        if self.rates.is_empty() {
            return;
        }
        let tax = self.amount - self.net;
        let weights: Vec<Decimal> = self.rates.iter().map(|r| r.percent).collect();
        for (mine, share) in self.taxes.iter_mut().zip(split(tax, &weights, precision.unit())) {
            *mine = share.amount;
        }
        let (amount, net, tax) = (precision.text(self.amount), precision.text(self.net), precision.text(tax));
        self.steps.push(Step::TaxFromIncluded { amount, net, tax });
    }

    /// Rounds this piece on its own: the per-line rule, and the rule for optional lines left out.
    pub fn round_alone(&mut self, precision: Precision, prices: PriceMode) {
        self.round_net(precision);
        match prices {
            PriceMode::TaxExcluded => self.round_taxes(precision),
            PriceMode::TaxIncluded => self.taxes_from_included(precision),
        }
    }
}

/// The exact net and taxes of `amount` (in the quote's price mode) at `rates`. A tax group is
/// taxed the same way, as one sum: a tax-included net is a division that rarely terminates, and
/// adding up the lines' 28-digit quotients would leave noise (5.000…002 for six 1.00 lines at
/// 20%) that rounding up or down would turn into a whole minor unit.
pub fn exact_taxes(amount: Decimal, rates: &[Rate], prices: PriceMode) -> (Decimal, Vec<Decimal>) {
    let rates_total: Decimal = rates.iter().map(|r| r.percent).sum();
    let net = match prices {
        PriceMode::TaxIncluded if !rates_total.is_zero() => amount * Decimal::ONE_HUNDRED / (Decimal::ONE_HUNDRED + rates_total),
        _ => amount,
    };
    (net, rates.iter().map(|rate| net * rate.percent / Decimal::ONE_HUNDRED).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::draft::RoundingMethod;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn rates(list: &[(&str, &str)]) -> Vec<Rate> {
        list.iter().map(|(name, percent)| Rate { name: (*name).into(), percent: d(percent) }).collect()
    }

    fn priced<'a>(amount: &str, rates: &'a [Rate], prices: PriceMode) -> Piece<'a> {
        let mut piece = Piece::new(LineRef::Line { position: 0 }, Some(0), rates, d(amount), Vec::new());
        piece.tax_exactly(prices);
        piece.round_alone(Precision { decimals: 2, method: RoundingMethod::HalfUp }, prices);
        piece
    }

    #[test]
    fn a_tax_included_price_keeps_its_total_over_several_rates() {
        // 11.00 incl. 5% + 5%: net = 11 × 100 / 110 = 10.00, each tax 0.50.
        let two = rates(&[("A", "5"), ("B", "5")]);
        let piece = priced("11", &two, PriceMode::TaxIncluded);
        assert_eq!((piece.net, piece.taxes.clone(), piece.total()), (d("10"), vec![d("0.5"), d("0.5")], d("11")));
        // 10.01 incl. 5% + 5%: net = 10.01 / 1.1 = 9.10, tax 0.91: 45 cents each, the leftover cent to the first of the equal rates.
        let piece = priced("10.01", &two, PriceMode::TaxIncluded);
        assert_eq!((piece.net, piece.taxes.clone(), piece.total()), (d("9.1"), vec![d("0.46"), d("0.45")], d("10.01")));
    }

    #[test]
    fn tax_excluded_taxes_round_one_by_one() {
        // 1.99 × 19% = 0.3781 → 0.38; × 7% = 0.1393 → 0.14.
        let two = rates(&[("GST", "7"), ("VAT", "19")]);
        let piece = priced("1.99", &two, PriceMode::TaxExcluded);
        assert_eq!((piece.taxes.clone(), piece.total()), (vec![d("0.14"), d("0.38")], d("2.51")));
    }
}
