//! Sums of money across currencies, converted into the workspace's base currency with the
//! exchange rate valid on a given day. Exact decimals only.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::exchange_rate::ExchangeRate;

/// `amount` in `currency` expressed in `base`, using the newest rate valid on `on`
/// (or the oldest rate when `on` precedes them all); None when there is no rate at all.
pub fn to_base(amount: Decimal, currency: &str, base: &str, rates: &[ExchangeRate], on: NaiveDate) -> Option<Decimal> {
    if currency == base {
        return Some(amount);
    }
    let day = on.format("%Y-%m-%d").to_string();
    let mut candidates: Vec<&ExchangeRate> = rates.iter().filter(|r| r.currency == currency).collect();
    candidates.sort_by(|a, b| a.valid_from.cmp(&b.valid_from));
    let rate = candidates.iter().rev().find(|r| r.valid_from <= day).or(candidates.first())?;
    Some(amount * rate.rate.parse::<Decimal>().ok()?)
}

/// A running total in the base currency, remembering which currencies could not be converted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseTotal {
    pub amount: Decimal,
    pub weighted: Decimal,
    pub count: u32,
    pub unconverted: Vec<String>,
}

impl BaseTotal {
    /// Adds one deal's `amount` (decimal text) at `probability` percent.
    pub fn add(&mut self, amount: &str, currency: &str, probability: u8, base: &str, rates: &[ExchangeRate], on: NaiveDate) {
        self.count += 1;
        let value = amount.parse::<Decimal>().unwrap_or_default();
        match to_base(value, currency, base, rates, on) {
            Some(converted) => {
                self.amount += converted;
                self.weighted += converted * Decimal::from(probability) / Decimal::from(100);
            }
            None if !self.unconverted.iter().any(|c| c == currency) => self.unconverted.push(currency.to_owned()),
            None => {}
        }
    }
}

/// A decimal rounded half away from zero to cents, as text ("1234.50").
pub fn cents(value: Decimal) -> String {
    format!("{:.2}", value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(currency: &str, rate: &str, from: &str) -> ExchangeRate {
        ExchangeRate { id: String::new(), currency: currency.into(), rate: rate.into(), valid_from: from.into() }
    }

    #[test]
    fn converts_with_the_rate_valid_that_day() {
        let rates = [rate("EUR", "1.10", "2026-01-01"), rate("EUR", "1.20", "2026-06-01")];
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let hundred = Decimal::from(100);
        assert_eq!(to_base(hundred, "EUR", "USD", &rates, day("2026-03-01")), Some(Decimal::from(110)));
        assert_eq!(to_base(hundred, "EUR", "USD", &rates, day("2026-07-01")), Some(Decimal::from(120)));
        assert_eq!(to_base(hundred, "EUR", "USD", &rates, day("2025-01-01")), Some(Decimal::from(110)));
        assert_eq!(to_base(hundred, "GBP", "USD", &rates, day("2026-03-01")), None);
        assert_eq!(to_base(hundred, "USD", "USD", &rates, day("2026-03-01")), Some(hundred));
    }

    #[test]
    fn totals_weigh_by_probability_and_name_what_they_could_not_convert() {
        let rates = [rate("EUR", "1.10", "2026-01-01")];
        let on = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut total = BaseTotal::default();
        total.add("1000.00", "USD", 50, "USD", &rates, on);
        total.add("0.10", "EUR", 10, "USD", &rates, on);
        total.add("500", "CHF", 10, "USD", &rates, on);
        assert_eq!(cents(total.amount), "1000.11");
        assert_eq!(cents(total.weighted), "500.01");
        assert_eq!(total.count, 3);
        assert_eq!(total.unconverted, ["CHF"]);
        assert_eq!(cents(Decimal::ZERO), "0.00");
        assert_eq!(cents("2.345".parse().unwrap()), "2.35");
    }
}
