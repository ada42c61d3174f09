//! Phone numbers: one stored form (E.164), one display form, and the digits a search index needs.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use phonenumber::{country, Mode, PhoneNumber};

/// Why a typed phone number could not be read. `Display` is a sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    UnknownRegion(String),
    NotANumber { raw: String, region: String },
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhoneError::Empty => write!(f, "The phone number is empty; type the number with its country code, e.g. +44 20 7946 0958"),
            PhoneError::UnknownRegion(region) => {
                write!(f, "'{region}' is not a country; use a two-letter country code such as US, GB or DE")
            }
            PhoneError::NotANumber { raw, region } if region.is_empty() => {
                write!(f, "'{raw}' is not a phone number; include the country code, e.g. +44 20 7946 0958")
            }
            PhoneError::NotANumber { raw, region } => {
                write!(f, "'{raw}' is not a phone number in {region}; include the country code, e.g. +44 20 7946 0958")
            }
        }
    }
}

impl std::error::Error for PhoneError {}

/// The E.164 form of `raw` (`+442079460958`), read as a number of `default_region` (ISO 3166
/// alpha-2, or "" when unknown) unless it starts with `+` or `00`. An extension is kept after the
/// number as ` ext. ` (`+12025550123 ext. 42`) because E.164 itself has no place for it; the
/// separator has no `;` or `,` so a list of numbers can still be split on those.
pub fn normalize(raw: &str, default_region: &str) -> Result<String, PhoneError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(PhoneError::Empty);
    }
    let region = default_region.trim().to_ascii_uppercase();
    let id = if region.is_empty() {
        None
    } else {
        Some(region.parse::<country::Id>().map_err(|_| PhoneError::UnknownRegion(default_region.trim().to_string()))?)
    };
    if READ_IN_BULK.with(|read| read.borrow().as_ref().is_some_and(|numbers| numbers.contains(trimmed))) {
        return Ok(trimmed.to_string());
    }
    let not_a_number = || PhoneError::NotANumber { raw: trimmed.to_string(), region: region.clone() };
    // The parser is built for phone-like text; words ("call me") and huge inputs are refused
    // before it sees them, so its error is never the only thing between junk and the database.
    if trimmed.chars().count() > 64 || !trimmed.chars().any(|c| c.is_ascii_digit()) {
        return Err(not_a_number());
    }
    // A number with its country code must not be read with the default region: the parser would
    // strip that region's national prefix ("1" for US) from numbers such as +33 1… or +55 11….
    let international = trimmed.starts_with('+');
    let number = phonenumber::parse(if international { None } else { id }, trimmed).map_err(|_| not_a_number())?;
    if !number.is_valid() {
        return Err(not_a_number());
    }
    let e164 = e164_with_extension(&number);
    READ_IN_BULK.with(|read| {
        if let Some(numbers) = read.borrow_mut().as_mut() {
            numbers.insert(e164.clone());
        }
    });
    Ok(e164)
}

thread_local! {
    /// The E.164 numbers `normalize` returned inside `in_bulk` on this thread.
    static READ_IN_BULK: RefCell<Option<HashSet<String>>> = const { RefCell::new(None) };
}

/// Runs `f`, remembering every number `normalize` returns meanwhile on this thread: an import
/// reads each phone number from its file, then checks it again in E.164, and the parser (its
/// regular expressions) was a sixth of the wait. An E.164 number `normalize` returned reads back
/// as itself in any region (tested), so the second reading is a lookup. Forgotten when `f` ends.
pub fn in_bulk<T>(f: impl FnOnce() -> T) -> T {
    /// Forgets on the way out, panics included; an outer `in_bulk` keeps its numbers.
    struct Forget(bool);
    impl Drop for Forget {
        fn drop(&mut self) {
            if self.0 {
                READ_IN_BULK.with(|read| *read.borrow_mut() = None);
            }
        }
    }
    let outermost = READ_IN_BULK.with(|read| {
        let mut read = read.borrow_mut();
        let outermost = read.is_none();
        read.get_or_insert_with(HashSet::new);
        outermost
    });
    let _forget = Forget(outermost);
    f()
}

fn e164_with_extension(number: &PhoneNumber) -> String {
    let e164 = number.format().mode(Mode::E164).to_string();
    match number.extension() {
        Some(ext) if !ext.is_empty() => format!("{e164} ext. {}", &**ext),
        _ => e164,
    }
}

/// A readable form for display: `+44 20 7946 0958`, `+1 202-555-0123 ext. 42`. Text that is not
/// E.164 (a number kept as typed on import) is shown as it is.
pub fn format_local(e164: &str) -> String {
    let (number, ext) = match e164.split_once(" ext. ") {
        Some((number, ext)) => (number, Some(ext)),
        None => (e164, None),
    };
    if !number.starts_with('+') {
        return e164.to_string();
    }
    match phonenumber::parse(None, number) {
        Ok(parsed) => {
            let shown = parsed.format().mode(Mode::International).to_string();
            match ext {
                Some(ext) => format!("{shown} ext. {ext}"),
                None => shown,
            }
        }
        Err(_) => e164.to_string(),
    }
}

/// Only the ASCII digits of `s`, so "+1 (202) 555-0123" and "2025550123" match in a search.
pub fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_with_its_country_code_ignores_the_default_region() {
        for (raw, e164) in
            [("+33 1 41 55 25 14", "+33141552514"), ("+55 11 94740-8778", "+5511947408778"), ("+1 202 555 0123", "+12025550123")]
        {
            assert_eq!(normalize(raw, "US").as_deref(), Ok(e164), "{raw}");
            assert_eq!(normalize(e164, "US").as_deref(), Ok(e164), "{raw} again");
        }
    }

    #[test]
    fn phone_numbers_from_six_countries_become_e164() {
        let cases = [
            ("(202) 555-0123", "US", "+12025550123"),
            ("+1 202 555 0123", "", "+12025550123"),
            ("020 7946 0958", "GB", "+442079460958"),
            ("07911 123456", "gb", "+447911123456"),
            ("030 901820", "DE", "+4930901820"),
            ("+49 30 901820", "US", "+4930901820"),
            ("912 34 56 78", "ES", "+34912345678"),
            ("0034 612 34 56 78", "ES", "+34612345678"),
            ("03-1234-5678", "JP", "+81312345678"),
            ("01 42 68 53 00", "FR", "+33142685300"),
            ("+33 6 12 34 56 78", "", "+33612345678"),
        ];
        for (raw, region, expected) in cases {
            assert_eq!(normalize(raw, region).as_deref(), Ok(expected), "{raw} in {region}");
        }
    }

    /// `in_bulk` answers a number's E.164 form from memory, which holds only if every E.164
    /// number `normalize` returns reads back as itself, whatever the default region.
    #[test]
    fn every_number_normalize_returns_reads_back_as_itself_in_any_region() {
        let read = [
            ("(202) 555-0123", "US"),
            ("020 7946 0958", "GB"),
            ("07911 123456", "GB"),
            ("030 901820", "DE"),
            ("912 34 56 78", "ES"),
            ("03-1234-5678", "JP"),
            ("01 42 68 53 00", "FR"),
            ("+55 11 94740-8778", "US"),
            ("+1 202 555 0123 ext. 42", ""),
        ];
        for (raw, region) in read {
            let e164 = normalize(raw, region).unwrap();
            for again in ["", "US", "GB", "DE", "JP", "BR"] {
                assert_eq!(normalize(&e164, again).as_deref(), Ok(e164.as_str()), "{raw} read in {region}, then in {again}");
            }
        }
    }

    #[test]
    fn in_bulk_remembers_what_it_read_and_forgets_it_after() {
        let remembered = || READ_IN_BULK.with(|read| read.borrow().as_ref().map(HashSet::len));
        let e164 = in_bulk(|| {
            let e164 = normalize("(202) 555-0123", "US").unwrap();
            assert_eq!(remembered(), Some(1));
            assert_eq!(normalize(&e164, "GB").as_deref(), Ok("+12025550123"), "read again from memory");
            // Refusals are not remembered, and a wrong region is still refused first.
            assert!(normalize("call me", "US").is_err());
            assert_eq!(normalize(&e164, "XX"), Err(PhoneError::UnknownRegion("XX".into())));
            in_bulk(|| assert_eq!(remembered(), Some(1), "an inner bulk read shares the outer memory"));
            assert_eq!(remembered(), Some(1));
            e164
        });
        assert_eq!(remembered(), None);
        assert_eq!(normalize(&e164, "US").as_deref(), Ok("+12025550123"));
        let unwound = std::panic::catch_unwind(|| in_bulk(|| panic!("a failed import")));
        assert!(unwound.is_err());
        assert_eq!(remembered(), None, "forgotten after a panic too");
    }

    #[test]
    fn an_extension_is_kept_after_the_number() {
        assert_eq!(normalize("+1 202 555 0123 ext. 42", "").as_deref(), Ok("+12025550123 ext. 42"));
        assert_eq!(normalize("+12025550123 ext. 42", "GB").as_deref(), Ok("+12025550123 ext. 42"), "normalizing twice changes nothing");
        assert_eq!(format_local("+12025550123 ext. 42"), "+1 202-555-0123 ext. 42");
    }

    #[test]
    fn what_is_not_a_phone_number_is_refused_with_a_sentence() {
        let cases = [
            ("call me", "US", "'call me' is not a phone number in US; include the country code, e.g. +44 20 7946 0958"),
            ("12", "US", "'12' is not a phone number in US; include the country code, e.g. +44 20 7946 0958"),
            ("2025550123", "", "'2025550123' is not a phone number; include the country code, e.g. +44 20 7946 0958"),
            ("   ", "US", "The phone number is empty; type the number with its country code, e.g. +44 20 7946 0958"),
            ("020 7946 0958", "XX", "'XX' is not a country; use a two-letter country code such as US, GB or DE"),
        ];
        for (raw, region, message) in cases {
            assert_eq!(normalize(raw, region).map_err(|e| e.to_string()), Err(message.to_string()), "{raw}");
        }
    }

    #[test]
    fn numbers_are_displayed_in_international_format() {
        let cases = [
            ("+442079460958", "+44 20 7946 0958"),
            ("+12025550123", "+1 202-555-0123"),
            ("+4930901820", "+49 30 901820"),
            ("+81312345678", "+81 3-1234-5678"),
            ("+33142685300", "+33 1 42 68 53 00"),
            ("555 0123 (as typed)", "555 0123 (as typed)"),
        ];
        for (e164, shown) in cases {
            assert_eq!(format_local(e164), shown);
        }
    }

    #[test]
    fn digits_drop_everything_but_digits() {
        assert_eq!(digits("+1 (202) 555-0123"), "12025550123");
        assert_eq!(digits("call me"), "");
    }
}
