//! Checks a quote draft and reads its decimal text, with messages a sales user can act on.

use rust_decimal::Decimal;

use super::draft::{
    Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, PriceMode, QuoteDraft, QuoteLine, RoundingMode, Sale, TaxRate,
};
use super::rounding::Precision;
use crate::text::{Checker, Invalid};
use crate::workspace::check_currency;

const MAX_LINES: usize = 2_000;
const MAX_PARTS: usize = 100;
const MAX_TAXES: usize = 5;
/// Bounds that keep every product and sum far inside `Decimal`'s 28 digits (an overflow panics):
/// a figure, and what a line or a bundle part comes to (quantity × price, quantity × cost).
const MAX_QUANTITY: i64 = 1_000_000_000;
const MAX_PRICE: i64 = 1_000_000_000_000;
const MAX_LINE_AMOUNT: i64 = 1_000_000_000_000;
const MAX_TERM_MONTHS: u32 = 600;
/// Unit prices and quantities may be finer than the currency ("0.0125" per message, "0.25" h).
const FINE_DECIMALS: u32 = 6;
const PERCENT_DECIMALS: u32 = 4;

/// A discount read from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    Percent(Decimal),
    Amount(Decimal),
}

impl Cut {
    /// What this discount takes off `amount`, exactly.
    pub fn of(self, amount: Decimal) -> Decimal {
        match self {
            Cut::Percent(percent) => amount * percent / Decimal::ONE_HUNDRED,
            Cut::Amount(off) => off,
        }
    }

    pub fn percent(self) -> Option<Decimal> {
        match self {
            Cut::Percent(percent) => Some(percent),
            Cut::Amount(_) => None,
        }
    }
}

/// A named percent tax, read. Within a line, taxes are sorted by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    pub name: String,
    pub percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedSale {
    pub name: String,
    pub quantity: Decimal,
    pub unit_price: Decimal,
    pub discount: Option<Cut>,
    pub billing: Billing,
    /// 0 for one-time lines.
    pub term_months: u32,
    /// In the totals: not optional, or optional and selected.
    pub included: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPart {
    pub name: String,
    pub quantity: Decimal,
    pub list_price: Decimal,
    pub taxes: Vec<Rate>,
    pub unit_cost: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckedLine {
    Section { title: String, show_subtotal: bool },
    Item { sale: CheckedSale, taxes: Vec<Rate>, unit_cost: Option<Decimal> },
    Bundle { sale: CheckedSale, parts: Vec<CheckedPart> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedQuote {
    pub currency: String,
    pub precision: Precision,
    pub rounding: RoundingMode,
    pub prices: PriceMode,
    pub lines: Vec<CheckedLine>,
    pub document_discount: Option<Cut>,
}

/// Reads and checks every field of `draft`, reporting all problems at once.
pub fn check(draft: &QuoteDraft) -> Result<CheckedQuote, Invalid> {
    let mut c = Checker::default();
    let currency = c.text("currency", "Currency", &draft.currency, 3, false).to_uppercase();
    check_currency(&mut c, "currency", &currency);
    let decimals = iso_currency::Currency::from_code(&currency).and_then(|code| code.exponent());
    if iso_currency::Currency::from_code(&currency).is_some() && decimals.is_none() {
        c.fail("currency", format!("{currency} has no minor unit, so it can't price a quote; pick a currency such as EUR or JPY."));
    }
    let precision = Precision { decimals: decimals.unwrap_or(2).into(), method: draft.method };
    if draft.lines.len() > MAX_LINES {
        c.fail("lines", format!("A quote holds at most {MAX_LINES} lines ({} given); split it into several quotes.", draft.lines.len()));
    }
    let mut reader = Reader { c, precision, rates_seen: Vec::new() };
    let lines = draft.lines.iter().enumerate().map(|(i, line)| reader.line(i, line)).collect();
    let document_discount = draft.document_discount.as_ref().and_then(|d| reader.cut(Place::QUOTE, "document_discount", d));
    reader.c.finish(CheckedQuote { currency, precision, rounding: draft.rounding, prices: draft.prices, lines, document_discount })
}

/// Where a field sits in the draft. Its path ("lines[3].taxes[0].rate") and the words its
/// messages start with ("Line 4") are spelled out only when a message is written: building
/// them for every field of every line was most of the time a quote took to check.
#[derive(Debug, Clone, Copy)]
struct Place {
    line: Option<usize>,
    part: Option<usize>,
    tax: Option<usize>,
}

impl Place {
    const QUOTE: Place = Place { line: None, part: None, tax: None };

    fn line(i: usize) -> Place {
        Place { line: Some(i), ..Place::QUOTE }
    }

    fn part(self, p: usize) -> Place {
        Place { part: Some(p), ..self }
    }

    fn tax(self, t: usize) -> Place {
        Place { tax: Some(t), ..self }
    }

    fn path(self, name: &str) -> String {
        let mut path = String::new();
        for (list, index) in [("lines", self.line), ("parts", self.part), ("taxes", self.tax)] {
            if let Some(index) = index {
                path += &format!("{list}[{index}].");
            }
        }
        path + name
    }

    fn at(self) -> String {
        match (self.line, self.part) {
            (None, _) => "The quote".into(),
            (Some(i), None) => format!("Line {}", i + 1),
            (Some(i), Some(p)) => format!("Line {}, part {}", i + 1, p + 1),
        }
    }
}

/// The checker plus what a field's check needs from the rest of the quote.
struct Reader {
    c: Checker,
    precision: Precision,
    /// Each tax name's rate and the line that first used it: one name, one rate per quote.
    rates_seen: Vec<(String, Decimal, usize)>,
}

impl Reader {
    fn fail(&mut self, place: Place, name: &str, message: impl std::fmt::Display) {
        self.c.fail(&place.path(name), format!("{}: {message}", place.at()));
    }

    /// Trimmed text, checked by the shared `Checker` rules whenever they could refuse it.
    fn text(&mut self, place: Place, name: &str, label: &str, raw: &str, max: usize, multiline: bool) -> String {
        // Short enough in bytes and free of control characters passes every rule; only other
        // text pays for the path and label the checker's messages need.
        if raw.len() <= max && !raw.chars().any(char::is_control) {
            return raw.trim().to_owned();
        }
        self.c.text(&place.path(name), &format!("{}: {label}", place.at()), raw, max, multiline)
    }

    fn line(&mut self, i: usize, line: &QuoteLine) -> CheckedLine {
        let place = Place::line(i);
        match line {
            QuoteLine::Section(section) => {
                let title = self.text(place, "title", "the section title", &section.title, 200, false);
                if title.is_empty() {
                    self.fail(place, "title", "give the section a title, e.g. 'Implementation'.");
                }
                CheckedLine::Section { title, show_subtotal: section.show_subtotal }
            }
            QuoteLine::Item(ItemLine { sale, taxes, unit_cost }) => {
                let sale = self.sale(place, sale);
                let unit_cost = self.cost(place, unit_cost, sale.quantity);
                CheckedLine::Item { taxes: self.taxes(place, taxes), sale, unit_cost }
            }
            QuoteLine::Bundle(BundleLine { sale, parts }) => {
                let sale = self.sale(place, sale);
                if parts.is_empty() || parts.len() > MAX_PARTS {
                    self.fail(place, "parts", format!("a bundle needs 1 to {MAX_PARTS} parts ({} given).", parts.len()));
                }
                let parts = parts.iter().enumerate().map(|(p, part)| self.part(place.part(p), part, sale.quantity)).collect();
                CheckedLine::Bundle { parts, sale }
            }
        }
    }

    fn sale(&mut self, place: Place, sale: &Sale) -> CheckedSale {
        let name = self.name(place, "sale.name", &sale.name);
        let quantity = self.number(place, "sale.quantity", "quantity", &sale.quantity, FINE_DECIMALS, MAX_QUANTITY);
        let unit_price = self.number(place, "sale.unit_price", "unit price", &sale.unit_price, FINE_DECIMALS, MAX_PRICE);
        if let (Some(quantity), Some(unit_price)) = (quantity, unit_price) {
            self.within(place, "sale.unit_price", "quantity × unit price", &[quantity, unit_price]);
        }
        let discount = sale.discount.as_ref().and_then(|d| self.cut(place, "sale.discount", d));
        if let (Some(Cut::Amount(off)), Some(quantity), Some(unit_price)) = (discount, quantity, unit_price) {
            let base = quantity * unit_price;
            if off > base {
                let shown = self.precision.text(self.precision.round(base));
                self.fail(
                    place,
                    "sale.discount",
                    format!("the discount {off} is more than the line's {shown}; lower it or use a percent."),
                );
            }
        }
        let term_months = if sale.billing == Billing::OneTime { 0 } else { sale.term_months };
        if sale.billing != Billing::OneTime && !(1..=MAX_TERM_MONTHS).contains(&term_months) {
            self.fail(
                place,
                "sale.term_months",
                format!("say for how many months this recurring line is billed (1 to {MAX_TERM_MONTHS})."),
            );
        }
        // A figure that failed is already reported; zero keeps the rest of the check going.
        CheckedSale {
            name,
            quantity: quantity.unwrap_or_default(),
            unit_price: unit_price.unwrap_or_default(),
            discount,
            billing: sale.billing,
            term_months,
            included: !sale.optional || sale.selected,
        }
    }

    /// One part of a bundle sold `bundles` times.
    fn part(&mut self, place: Place, part: &BundlePart, bundles: Decimal) -> CheckedPart {
        let name = self.name(place, "name", &part.name);
        let quantity = self.number(place, "quantity", "quantity", &part.quantity, FINE_DECIMALS, MAX_QUANTITY).unwrap_or_default();
        let list_price = self.number(place, "list_price", "list price", &part.list_price, FINE_DECIMALS, MAX_PRICE).unwrap_or_default();
        self.within(place, "list_price", "quantity × list price", &[quantity, list_price]);
        CheckedPart {
            name,
            quantity,
            list_price,
            taxes: self.taxes(place, &part.taxes),
            unit_cost: self.cost(place, &part.unit_cost, quantity * bundles),
        }
    }

    /// Checks that the product of `factors` stays within what one line may come to.
    fn within(&mut self, place: Place, name: &str, what: &str, factors: &[Decimal]) {
        let product = factors.iter().try_fold(Decimal::ONE, |product, factor| product.checked_mul(*factor));
        if product.is_none_or(|product| product > Decimal::from(MAX_LINE_AMOUNT)) {
            self.fail(place, name, format!("{what} comes to more than {MAX_LINE_AMOUNT}; split the line."));
        }
    }

    fn name(&mut self, place: Place, name: &str, raw: &str) -> String {
        let text = self.text(place, name, "the description", raw, 500, true);
        if text.is_empty() {
            self.fail(place, name, "describe what is sold, e.g. 'Onboarding workshop'.");
        }
        text
    }

    /// A unit cost, bought `quantity` times.
    fn cost(&mut self, place: Place, raw: &str, quantity: Decimal) -> Option<Decimal> {
        if raw.trim().is_empty() {
            return None;
        }
        let cost = self.number(place, "unit_cost", "unit cost", raw, FINE_DECIMALS, MAX_PRICE)?;
        self.within(place, "unit_cost", "quantity × unit cost", &[quantity, cost]);
        Some(cost)
    }

    fn taxes(&mut self, place: Place, taxes: &[TaxRate]) -> Vec<Rate> {
        if taxes.len() > MAX_TAXES {
            self.fail(place, "taxes", format!("at most {MAX_TAXES} taxes on one line."));
        }
        let mut rates: Vec<Rate> = Vec::new();
        for (t, tax) in taxes.iter().enumerate() {
            let place = place.tax(t);
            let name = self.text(place, "name", "the tax name", &tax.name, 60, false);
            let Some(percent) = self.percent(place, "rate", "tax rate", &tax.rate) else { continue };
            if name.is_empty() {
                self.fail(place, "name", format!("name the {percent}% tax, e.g. 'VAT'."));
            } else if rates.iter().any(|r| r.name == name) {
                self.fail(place, "name", format!("the tax '{name}' is on this line twice."));
            } else if let Some((_, other, first)) = self.rates_seen.iter().find(|(seen, rate, _)| *seen == name && *rate != percent) {
                let message = format!("'{name}' is {percent}% here but {other}% on line {}; give each rate its own name.", first + 1);
                self.fail(place, "rate", message);
            } else {
                if !self.rates_seen.iter().any(|(seen, _, _)| *seen == name) {
                    self.rates_seen.push((name.clone(), percent, place.line.unwrap_or_default()));
                }
                rates.push(Rate { name, percent });
            }
        }
        rates.sort_by(|a, b| a.name.cmp(&b.name));
        rates
    }

    fn cut(&mut self, place: Place, name: &str, discount: &Discount) -> Option<Cut> {
        match discount.kind {
            DiscountKind::Percent => self.percent(place, name, "discount", &discount.value).map(Cut::Percent),
            DiscountKind::Amount => {
                let decimals = self.precision.decimals;
                self.number(place, name, "discount", &discount.value, decimals, MAX_PRICE).map(Cut::Amount)
            }
        }
    }

    fn percent(&mut self, place: Place, name: &str, label: &str, raw: &str) -> Option<Decimal> {
        let percent = self.number(place, name, label, raw, PERCENT_DECIMALS, 1_000)?;
        if percent > Decimal::ONE_HUNDRED {
            self.fail(place, name, format!("a {label} of {percent}% is more than 100%."));
            return None;
        }
        Some(percent)
    }

    /// Reads non-negative decimal text of at most `decimals` decimals and at most `max`.
    fn number(&mut self, place: Place, name: &str, label: &str, raw: &str, decimals: u32, max: i64) -> Option<Decimal> {
        let trimmed = raw.trim();
        // Digit groups may be typed with spaces or underscores ("1 000"); copy only then.
        let text: std::borrow::Cow<str> =
            if trimmed.contains([' ', '_']) { trimmed.replace([' ', '_'], "").into() } else { trimmed.into() };
        if text.is_empty() {
            self.fail(place, name, format!("enter the {label}."));
            return None;
        }
        let Ok(value) = text.parse::<Decimal>() else {
            self.fail(place, name, format!("the {label} '{text}' is not a number; use digits and a dot for decimals, e.g. 12.50."));
            return None;
        };
        let problem = if value.is_sign_negative() && !value.is_zero() {
            format!("the {label} can't be negative; to take money off, use a discount.")
        } else if value.normalize().scale() > decimals {
            match decimals {
                0 => format!("the {label} '{text}' can't have decimals here."),
                _ => format!("the {label} '{text}' has more than {decimals} decimals."),
            }
        } else if value > Decimal::from(max) {
            format!("the {label} {text} is too large (at most {max}).")
        } else {
            return Some(value.normalize().abs());
        };
        self.fail(place, name, problem);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::draft::{RoundingMethod, SectionLine};

    fn sale(quantity: &str, unit_price: &str) -> Sale {
        Sale::one_time("Seats", quantity, unit_price)
    }

    fn item(sale: Sale, taxes: &[(&str, &str)]) -> QuoteLine {
        let taxes = taxes.iter().map(|(name, rate)| TaxRate { name: (*name).into(), rate: (*rate).into() }).collect();
        QuoteLine::Item(ItemLine { sale, taxes, unit_cost: String::new() })
    }

    fn draft(currency: &str, lines: Vec<QuoteLine>) -> QuoteDraft {
        QuoteDraft {
            currency: currency.into(),
            rounding: RoundingMode::PerLine,
            method: RoundingMethod::HalfUp,
            prices: PriceMode::TaxExcluded,
            lines,
            document_discount: None,
        }
    }

    fn errors(draft: &QuoteDraft) -> Vec<(String, String)> {
        check(draft).unwrap_err().0.into_iter().map(|e| (e.field, e.message)).collect()
    }

    #[test]
    fn reads_a_good_quote() {
        let checked = check(&draft(" jpy ", vec![item(sale("1.5", "1 000"), &[("VAT", "10")])])).unwrap();
        assert_eq!(checked.currency, "JPY");
        assert_eq!(checked.precision.decimals, 0);
        let CheckedLine::Item { sale, taxes, unit_cost } = &checked.lines[0] else { panic!("an item") };
        assert_eq!((sale.quantity, sale.unit_price, unit_cost), (Decimal::new(15, 1), Decimal::from(1000), &None));
        assert_eq!(taxes[0], Rate { name: "VAT".into(), percent: Decimal::from(10) });
        assert_eq!(check(&draft("KWD", vec![])).unwrap().precision.decimals, 3);
    }

    #[test]
    fn refuses_what_a_quote_cannot_hold() {
        let mut over = sale("2", "50");
        over.discount = Some(Discount { kind: DiscountKind::Amount, value: "150".into() });
        let mut too_much = sale("1", "10");
        too_much.discount = Some(Discount { kind: DiscountKind::Percent, value: "120".into() });
        let mut monthly = sale("1", "10");
        monthly.billing = Billing::Monthly;
        let lines = vec![
            item(sale("-2", "10"), &[]),
            item(sale("1", "12,5O"), &[]),
            item(over, &[]),
            item(too_much, &[("VAT", "20")]),
            item(sale("1", "10"), &[("VAT", "19")]),
            item(monthly, &[]),
            QuoteLine::Section(SectionLine { id: String::new(), title: " ".into(), show_subtotal: true }),
            item(sale("1", "0.0000001"), &[("VAT", "20"), ("VAT", "20")]),
        ];
        let found = errors(&draft("XXY", lines));
        let expected = [
            ("currency", "'XXY' is not an ISO 4217 currency code such as USD or EUR."),
            ("lines[0].sale.quantity", "Line 1: the quantity can't be negative; to take money off, use a discount."),
            ("lines[1].sale.unit_price", "Line 2: the unit price '12,5O' is not a number; use digits and a dot for decimals, e.g. 12.50."),
            ("lines[2].sale.discount", "Line 3: the discount 150 is more than the line's 100.00; lower it or use a percent."),
            ("lines[3].sale.discount", "Line 4: a discount of 120% is more than 100%."),
            ("lines[4].taxes[0].rate", "Line 5: 'VAT' is 19% here but 20% on line 4; give each rate its own name."),
            ("lines[5].sale.term_months", "Line 6: say for how many months this recurring line is billed (1 to 600)."),
            ("lines[6].title", "Line 7: give the section a title, e.g. 'Implementation'."),
            ("lines[7].sale.unit_price", "Line 8: the unit price '0.0000001' has more than 6 decimals."),
            ("lines[7].taxes[1].name", "Line 8: the tax 'VAT' is on this line twice."),
        ];
        let expected: Vec<(String, String)> = expected.iter().map(|(f, m)| ((*f).into(), (*m).into())).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn what_a_line_comes_to_is_bounded() {
        // Each figure is in range, but their products would overflow a decimal's 28 digits.
        let part = BundlePart {
            name: "Licence".into(),
            quantity: "1000000000".into(),
            list_price: "1000000000000".into(),
            taxes: Vec::new(),
            unit_cost: "1000000000000".into(),
        };
        let bundle = QuoteLine::Bundle(BundleLine { sale: sale("1000000000", "1"), parts: vec![part] });
        let found = errors(&draft("EUR", vec![item(sale("1000000000", "1000000000000"), &[]), bundle]));
        let fields: Vec<&str> = found.iter().map(|(field, _)| field.as_str()).collect();
        assert_eq!(fields, ["lines[0].sale.unit_price", "lines[1].parts[0].list_price", "lines[1].parts[0].unit_cost"]);
        assert_eq!(found[0].1, "Line 1: quantity × unit price comes to more than 1000000000000; split the line.");
    }

    #[test]
    fn odd_text_still_gets_the_checkers_messages() {
        let lines = vec![
            QuoteLine::Section(SectionLine { id: String::new(), title: "Licences\nand more".into(), show_subtotal: false }),
            item(Sale { name: "Seats\u{7}".into(), ..sale("1", "1") }, &[("V\nAT", "20")]),
            item(Sale { name: "x".repeat(501), ..sale("1", "1") }, &[]),
        ];
        let found = errors(&draft("EUR", lines));
        let expected = [
            ("lines[0].title", "Line 1: the section title contains an invisible control character (U+000A); remove it."),
            ("lines[1].sale.name", "Line 2: the description contains an invisible control character (U+0007); remove it."),
            ("lines[1].taxes[0].name", "Line 2: the tax name contains an invisible control character (U+000A); remove it."),
            ("lines[2].sale.name", "Line 3: the description is too long (501 characters; at most 500)."),
        ];
        let expected: Vec<(String, String)> = expected.iter().map(|(f, m)| ((*f).into(), (*m).into())).collect();
        assert_eq!(found, expected);
        // A description may run over several lines.
        assert!(check(&draft("EUR", vec![item(Sale { name: "Seats\nannual".into(), ..sale("1", "1") }, &[])])).is_ok());
    }

    #[test]
    fn money_amounts_follow_the_currency() {
        let mut yen = sale("1", "1000");
        yen.discount = Some(Discount { kind: DiscountKind::Amount, value: "10.5".into() });
        assert_eq!(errors(&draft("JPY", vec![item(yen, &[])]))[0].1, "Line 1: the discount '10.5' can't have decimals here.");
        assert_eq!(
            errors(&draft("XAU", vec![]))[0].1,
            "XAU has no minor unit, so it can't price a quote; pick a currency such as EUR or JPY."
        );
    }
}
