//! Quote numbers that never collide across devices and teammates, even when assigned offline in
//! the customer's meeting.
//!
//! A number is `Q-<device code>-<sequence>`, e.g. `Q-7K3FD-0042`, with revisions as `…-0042 v2`.
//! Why it cannot collide:
//! - the device code comes from the device's id (a UUIDv7 made on that device: 74 random bits),
//!   of which it keeps 25 bits in Crockford base32, so two devices share a code with probability
//!   n²/2²⁶ — for a team of 50 devices about 1 in 27,000; the store also refuses to hand out a
//!   number already present, and a device whose code is taken by another device's numbers takes
//!   the next 25 bits instead (`device_code` with a higher `round`);
//! - the sequence is kept per device and advanced in the same transaction that writes the
//!   number, so one device never hands the same sequence out twice, with or without a network;
//! - a draft has no number: numbers are final only once a quote is sent or accepted, so the
//!   sequences have no gaps made by abandoned drafts.

use std::fmt;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a device code.
const CODE_LEN: usize = 5;

/// A device's code: 25 bits of its id's random part as Crockford base32 (no I, L, O, U, so a
/// number read over the phone is not mistyped). `round` picks the next 25 bits when a code turned
/// out to be taken.
pub fn device_code(device_id: &str, round: u32) -> Option<String> {
    let hex: String = device_id.chars().filter(|c| *c != '-').collect();
    let value = u128::from_str_radix(&hex, 16).ok()?;
    // A UUIDv7's last 62 bits are random (its first 48 are a timestamp, shared by devices set up
    // the same millisecond); rounds walk down those bits, then wrap into the other random ones.
    let shift = (round as usize * 25) % 100;
    let bits = (value >> shift) & ((1 << 25) - 1);
    Some((0..CODE_LEN).rev().map(|i| CROCKFORD[((bits >> (i * 5)) & 31) as usize] as char).collect())
}

/// A final quote number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct QuoteNumber {
    pub device_code: String,
    pub sequence: u32,
}

impl fmt::Display for QuoteNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q-{}-{:04}", self.device_code, self.sequence)
    }
}

impl QuoteNumber {
    /// Reads "Q-7K3FD-0042" (any case), as printed or typed back by a customer.
    pub fn parse(text: &str) -> Option<QuoteNumber> {
        let upper = text.trim().to_ascii_uppercase();
        let rest = upper.strip_prefix("Q-")?;
        let (code, sequence) = rest.split_once('-')?;
        let valid_code = code.len() == CODE_LEN && code.bytes().all(|b| CROCKFORD.contains(&b));
        let sequence: u32 = sequence.parse().ok().filter(|s| *s > 0)?;
        valid_code.then(|| QuoteNumber { device_code: code.to_owned(), sequence })
    }

    /// How the number prints on a revision: the first stays bare, later ones say "v2", "v3"….
    pub fn with_revision(&self, revision: u32) -> String {
        if revision <= 1 {
            self.to_string()
        } else {
            format!("{self} v{revision}")
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn numbers_print_and_read_back() {
        let number = QuoteNumber { device_code: "7K3FD".into(), sequence: 42 };
        assert_eq!(number.to_string(), "Q-7K3FD-0042");
        assert_eq!(QuoteNumber::parse(" q-7k3fd-0042 "), Some(number.clone()));
        assert_eq!(number.with_revision(1), "Q-7K3FD-0042");
        assert_eq!(number.with_revision(3), "Q-7K3FD-0042 v3");
        assert_eq!(QuoteNumber { device_code: "7K3FD".into(), sequence: 12_345 }.to_string(), "Q-7K3FD-12345");
        for bad in ["Q-7K3F-0042", "Q-7K3FI-0042", "Q-7K3FD-0000", "X-7K3FD-1", "Q-7K3FD"] {
            assert_eq!(QuoteNumber::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_device_code_comes_from_the_random_bits_of_its_id() {
        let a = device_code("01937a4e-1f2b-7c3d-8e4f-5a6b7c8d9e0f", 0).unwrap();
        let same_millisecond = device_code("01937a4e-1f2b-7111-9222-333344445555", 0).unwrap();
        assert_eq!(a.len(), 5);
        assert_ne!(a, same_millisecond, "ids made in the same millisecond still get different codes");
        assert_ne!(device_code("01937a4e-1f2b-7c3d-8e4f-5a6b7c8d9e0f", 1).unwrap(), a, "another round, other bits");
        assert!(a.bytes().all(|b| CROCKFORD.contains(&b)));
        assert_eq!(device_code("not a uuid", 0), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Different (device, sequence) pairs never print the same number.
        #[test]
        fn distinct_pairs_print_distinct_numbers(pairs in proptest::collection::hash_set((0u32..(1 << 25), 1u32..100_000), 1..200)) {
            let mut printed = HashSet::new();
            for (bits, sequence) in &pairs {
                let code: String = (0..CODE_LEN).rev().map(|i| CROCKFORD[((bits >> (i * 5)) & 31) as usize] as char).collect();
                let number = QuoteNumber { device_code: code, sequence: *sequence };
                prop_assert_eq!(QuoteNumber::parse(&number.to_string()), Some(number.clone()));
                prop_assert!(printed.insert(number.to_string()));
            }
        }
    }
}
