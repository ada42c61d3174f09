//! Money and quantities as they print: digits grouped by thousands, the currency's sign in front
//! when it has a common one, its code after otherwise. Only formatting: the digits and decimals
//! are printed exactly as the quote engine (or the seller) wrote them.

/// Signs readers know at a glance and our fonts can draw. A symbol is used in front of the
/// amount only when it contains one of these; others (`kr`, `zł`, `د.ك`, the unused `₣`) read
/// better as the code after the amount.
const PREFIX_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₪', '₺', '₽', '₱', '₫', '₦', '₴', '₲', '₡', '₸', '₭', '₮', '₨', '฿', '₵'];

/// The typographic minus: the hyphen is shorter than the digits and reads as a dash.
const MINUS: char = '\u{2212}';

/// `"EUR", "1234.5"` → `"€1,234.5"`, `"JPY", "-1235"` → `"−¥1,235"`, `"KWD", "1234.500"` →
/// `"1,234.500 KWD"`. Text that is not a plain decimal is printed as given, with the code;
/// blank text prints as nothing.
pub fn format_amount(currency: &str, amount: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    if amount.trim().is_empty() {
        return String::new();
    }
    let Some((negative, digits)) = group_digits(amount) else {
        return format!("{} {code}", amount.trim());
    };
    let sign = if negative { MINUS.to_string() } else { String::new() };
    match prefix_symbol(&code) {
        Some(symbol) => format!("{sign}{symbol}{digits}"),
        None => format!("{sign}{digits} {code}"),
    }
}

/// `"1500"` → `"1,500"`, `"1.25"` → `"1.25"`; text that is not a plain decimal is returned as
/// given.
pub fn format_number(number: &str) -> String {
    match group_digits(number) {
        Some((true, digits)) => format!("{MINUS}{digits}"),
        Some((false, digits)) => digits,
        None => number.trim().to_owned(),
    }
}

fn prefix_symbol(code: &str) -> Option<String> {
    let symbol = iso_currency::Currency::from_code(code)?.symbol().symbol;
    symbol.contains(PREFIX_SIGNS).then_some(symbol)
}

/// Splits off the sign and groups the whole part by thousands; None unless the text is
/// `[-]digits[.digits]`.
fn group_digits(number: &str) -> Option<(bool, String)> {
    let number = number.trim();
    let (negative, unsigned) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3 + 8);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(fraction) = fraction {
        grouped.push('.');
        grouped.push_str(fraction);
    }
    // "-0.00" is what a zero discount can look like; it prints as zero.
    let zero = whole.bytes().chain(fraction.unwrap_or("").bytes()).all(|b| b == b'0');
    Some((negative && !zero, grouped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_print_with_their_sign_and_the_decimals_given() {
        let cases = [
            ("EUR", "1234.5", "€1,234.5"),
            ("EUR", "1234.50", "€1,234.50"),
            ("eur", "0.00", "€0.00"),
            ("USD", "1234567.89", "$1,234,567.89"),
            ("USD", "-25.00", "−$25.00"),
            ("EUR", "-0.00", "€0.00"),
            ("JPY", "1235", "¥1,235"),
            ("GBP", "100", "£100"),
            ("BRL", "999.99", "R$999.99"),
            ("KWD", "1234.500", "1,234.500 KWD"),
            ("SEK", "12000.00", "12,000.00 SEK"),
            ("CHF", "1500.00", "1,500.00 CHF"),
            ("XYZ", "10.00", "10.00 XYZ"),
            ("EUR", "12,5O", "12,5O EUR"),
            ("EUR", " ", ""),
        ];
        for (currency, amount, printed) in cases {
            assert_eq!(format_amount(currency, amount), printed, "{currency} {amount}");
        }
    }

    #[test]
    fn numbers_group_their_whole_part_only() {
        let cases =
            [("1", "1"), ("999", "999"), ("1000", "1,000"), ("1500.125", "1,500.125"), ("0.5", "0.5"), ("1e3", "1e3"), (".5", ".5")];
        for (number, printed) in cases {
            assert_eq!(format_number(number), printed, "{number}");
        }
    }
}
