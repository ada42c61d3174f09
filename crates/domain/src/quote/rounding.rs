//! Rounding to a currency's minor unit, and sharing whole minor units out so parts add up.

use rust_decimal::{Decimal, RoundingStrategy};

use super::draft::RoundingMethod;

/// A currency's minor unit and the workspace's way of rounding to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Precision {
    pub decimals: u32,
    pub method: RoundingMethod,
}

impl Precision {
    /// One minor unit: 0.01 for EUR, 1 for JPY, 0.001 for KWD.
    pub fn unit(self) -> Decimal {
        Decimal::new(1, self.decimals)
    }

    pub fn round(self, value: Decimal) -> Decimal {
        let strategy = match self.method {
            RoundingMethod::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMethod::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMethod::Up => RoundingStrategy::AwayFromZero,
            RoundingMethod::Down => RoundingStrategy::ToZero,
        };
        value.round_dp_with_strategy(self.decimals, strategy)
    }

    /// An amount already in minor units as text with exactly the currency's decimals ("1234.50", JPY "1235").
    pub fn text(self, value: Decimal) -> String {
        let mut value = value;
        value.rescale(self.decimals);
        fixed_text(value)
    }
}

/// An exact amount as text with no trailing zeros ("20.825", "0.3333333333333333333333333333").
pub fn exact_text(value: Decimal) -> String {
    fixed_text(value.normalize())
}

/// `value` with exactly its own scale's decimals, written from its integer mantissa: a quote
/// prints thousands of figures, and `Decimal`'s `Display` was most of the engine's time.
/// Zero never prints as "-0".
fn fixed_text(value: Decimal) -> String {
    let places = value.scale() as usize;
    let Ok(mut digits) = u64::try_from(value.mantissa().unsigned_abs()) else {
        return value.to_string();
    };
    let mut buffer = [0u8; 48];
    let mut at = buffer.len();
    let mut written = 0;
    while digits > 0 || written <= places {
        if written == places && places > 0 {
            at -= 1;
            buffer[at] = b'.';
        }
        at -= 1;
        buffer[at] = b'0' + (digits % 10) as u8;
        digits /= 10;
        written += 1;
    }
    let mut text = String::with_capacity(buffer.len() - at + 1);
    if value.is_sign_negative() && !value.is_zero() {
        text.push('-');
    }
    text.extend(buffer[at..].iter().map(|&b| b as char));
    text
}

/// Adds `difference` (a whole number of `unit`s, either sign) to `amounts` one unit at a time,
/// visiting `order` from the start and wrapping around. Returns what each amount received.
pub fn spread(difference: Decimal, unit: Decimal, order: &[usize], len: usize) -> Vec<Decimal> {
    let mut received = vec![Decimal::ZERO; len];
    if order.is_empty() {
        return received;
    }
    let step = if difference.is_sign_negative() { -unit } else { unit };
    let units = (difference / unit).abs().trunc();
    let mut given = Decimal::ZERO;
    let mut at = 0;
    while given < units {
        received[order[at % order.len()]] += step;
        given += Decimal::ONE;
        at += 1;
    }
    received
}

/// Indices of `sizes` from the largest magnitude to the smallest; ties keep their order.
pub fn largest_first(sizes: &[Decimal]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by(|&a, &b| sizes[b].abs().cmp(&sizes[a].abs()).then(a.cmp(&b)));
    order
}

/// One part of a split: its amount, of which `leftover` came from the units left over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub amount: Decimal,
    pub leftover: Decimal,
}

/// Splits `whole` (a whole number of `unit`s) in proportion to `weights`: each share is cut down
/// to a whole unit, and the units left over go one each to the largest weights. All weights zero
/// splits evenly. The shares always add up to `whole` exactly.
pub fn split(whole: Decimal, weights: &[Decimal], unit: Decimal) -> Vec<Share> {
    let total_weight: Decimal = weights.iter().copied().sum();
    let even = vec![Decimal::ONE; weights.len()];
    let (weights, total_weight) = if total_weight.is_zero() { (&even[..], Decimal::from(weights.len())) } else { (weights, total_weight) };
    if weights.is_empty() {
        return Vec::new();
    }
    let units = whole / unit;
    // units × weight first keeps whole shares exact (300 × 1 / 3 = 100, where 300 × (1 / 3) would
    // truncate to 99); past 28 digits the ratio goes first, and the leftover pass still adds up.
    let share = |w: Decimal| units.checked_mul(w).map_or_else(|| units * (w / total_weight), |scaled| scaled / total_weight);
    let cut: Vec<Decimal> = weights.iter().map(|w| share(*w).trunc() * unit).collect();
    let left = whole - cut.iter().copied().sum::<Decimal>();
    let leftovers = spread(left, unit, &largest_first(weights), weights.len());
    cut.into_iter().zip(leftovers).map(|(amount, leftover)| Share { amount: amount + leftover, leftover }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn cents(method: RoundingMethod) -> Precision {
        Precision { decimals: 2, method }
    }

    #[test]
    fn each_method_rounds_as_named() {
        use RoundingMethod::*;
        // value, half-up, half-even, up, down
        let table = [
            ("0.125", "0.13", "0.12", "0.13", "0.12"),
            ("0.135", "0.14", "0.14", "0.14", "0.13"),
            ("0.121", "0.12", "0.12", "0.13", "0.12"),
            ("-0.125", "-0.13", "-0.12", "-0.13", "-0.12"),
            ("2.5", "2.50", "2.50", "2.50", "2.50"),
        ];
        for (value, half_up, half_even, up, down) in table {
            for (method, expected) in [(HalfUp, half_up), (HalfEven, half_even), (Up, up), (Down, down)] {
                assert_eq!(cents(method).text(cents(method).round(d(value))), expected, "{value} {method:?}");
            }
        }
        let yen = Precision { decimals: 0, method: HalfUp };
        assert_eq!(yen.text(yen.round(d("1234.5"))), "1235");
        assert_eq!(yen.unit(), Decimal::ONE);
        assert_eq!(cents(HalfUp).text(d("-0") * d("3")), "0.00");
    }

    #[test]
    fn amounts_print_as_decimal_would() {
        for (value, places) in
            [("0", 2), ("0.05", 2), ("-0.05", 2), ("1234.5", 2), ("7", 0), ("-12", 3), ("0.001", 3), ("123456789012.34", 2)]
        {
            let precision = Precision { decimals: places, method: RoundingMethod::HalfUp };
            assert_eq!(precision.text(d(value)), format!("{:.*}", places as usize, d(value)), "{value}");
        }
        for value in ["20.825", "0", "-3.10", "100", "0.3333333333333333333333333333", "-79228162514264337593543950335"] {
            assert_eq!(exact_text(d(value)), d(value).normalize().to_string(), "{value}");
        }
        assert_eq!(exact_text(d("-0.00")), "0");
    }

    fn amounts(shares: Vec<Share>) -> Vec<Decimal> {
        shares.into_iter().map(|s| s.amount).collect()
    }

    #[test]
    fn splits_add_up_and_leftovers_go_to_the_largest() {
        let unit = d("0.01");
        let shares = split(d("100"), &[d("1"), d("1"), d("1")], unit);
        assert_eq!(shares[0], Share { amount: d("33.34"), leftover: d("0.01") });
        // 100.00 over 1:1:1 → 33.33 each, the cent left over to the first of the equal weights.
        assert_eq!(amounts(split(d("100"), &[d("1"), d("1"), d("1")], unit)), [d("33.34"), d("33.33"), d("33.33")]);
        // 10.00 over 50:30:20 → exact.
        assert_eq!(amounts(split(d("10"), &[d("50"), d("30"), d("20")], unit)), [d("5"), d("3"), d("2")]);
        // 0.05 over 1:2:2 → 0.01, 0.02, 0.02 exactly.
        assert_eq!(amounts(split(d("0.05"), &[d("1"), d("2"), d("2")], unit)), [d("0.01"), d("0.02"), d("0.02")]);
        // 0.10 over 1:1:1:7 → 0.01,0.01,0.01,0.07 = 0.10.
        assert_eq!(amounts(split(d("0.1"), &[d("1"), d("1"), d("1"), d("7")], unit)), [d("0.01"), d("0.01"), d("0.01"), d("0.07")]);
        // 1 yen over 1:3 → all to the larger.
        assert_eq!(amounts(split(d("1"), &[d("1"), d("3")], Decimal::ONE)), [d("0"), d("1")]);
        // Nothing to weigh by: even split.
        assert_eq!(amounts(split(d("0.05"), &[d("0"), d("0")], unit)), [d("0.03"), d("0.02")]);
        assert!(split(d("1"), &[], unit).is_empty());
        // Huge figures take the ratio first instead of overflowing, and still add up.
        let huge = amounts(split(d("200000000000000000"), &[d("100000000000000000"), d("100000000000000000"), d("1")], d("0.001")));
        assert_eq!(huge.iter().copied().sum::<Decimal>(), d("200000000000000000"));
    }

    #[test]
    fn spreading_gives_one_unit_at_a_time_in_order() {
        let unit = d("0.01");
        assert_eq!(spread(d("-0.02"), unit, &[2, 0, 1], 3), [d("-0.01"), d("0"), d("-0.01")]);
        assert_eq!(spread(d("0.04"), unit, &[1, 0], 2), [d("0.02"), d("0.02")]);
        assert_eq!(largest_first(&[d("1"), d("-5"), d("3"), d("5")]), [1, 3, 2, 0]);
    }
}
