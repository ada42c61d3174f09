//! Hybrid logical clock: orders every change across devices even when wall clocks drift.
//!
//! A timestamp is (wall milliseconds, counter). It never goes backwards, and it is encoded as a
//! fixed-width string so that text order is time order in SQLite and on the wire.

use std::fmt;

/// How far a remote clock may run ahead of ours before its changes are refused.
pub const MAX_DRIFT_MS: u64 = 5 * 60 * 1000;
const MAX_COUNTER: u32 = 999_999;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc {
    pub wall_ms: u64,
    pub counter: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    #[error("a change is stamped {ahead_ms} ms ahead of this device's clock (at most {MAX_DRIFT_MS} ms allowed); check the date and time settings of the device that made it")]
    TooFarAhead { ahead_ms: u64 },
    #[error("'{0}' is not a clock timestamp")]
    Malformed(String),
}

impl Hlc {
    /// The next timestamp for a local event at wall time `now_ms`.
    pub fn tick(self, now_ms: u64) -> Hlc {
        if now_ms > self.wall_ms {
            Hlc { wall_ms: now_ms, counter: 0 }
        } else {
            Hlc { wall_ms: self.wall_ms, counter: self.counter + 1 }.carried()
        }
    }

    /// Keeps the counter within its six digits: past them, the clock steps one millisecond
    /// ahead instead (only after a million events within one millisecond, or a clock once set ahead).
    fn carried(self) -> Hlc {
        if self.counter > MAX_COUNTER {
            Hlc { wall_ms: self.wall_ms + 1, counter: 0 }
        } else {
            self
        }
    }

    /// Merges a timestamp received from elsewhere, refusing one too far in the future.
    pub fn observe(self, remote: Hlc, now_ms: u64) -> Result<Hlc, ClockError> {
        if remote.wall_ms > now_ms + MAX_DRIFT_MS {
            return Err(ClockError::TooFarAhead { ahead_ms: remote.wall_ms - now_ms });
        }
        let wall_ms = self.wall_ms.max(remote.wall_ms).max(now_ms);
        let counter = match (wall_ms == self.wall_ms, wall_ms == remote.wall_ms) {
            (true, true) => self.counter.max(remote.counter) + 1,
            (true, false) => self.counter + 1,
            (false, true) => remote.counter + 1,
            (false, false) => 0,
        };
        Ok(Hlc { wall_ms, counter }.carried())
    }

    pub fn parse(text: &str) -> Result<Hlc, ClockError> {
        let malformed = || ClockError::Malformed(text.to_owned());
        let (wall, counter) = text.split_once('-').ok_or_else(malformed)?;
        let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if wall.len() != 15 || counter.len() != 6 || !digits(wall) || !digits(counter) {
            return Err(malformed());
        }
        Ok(Hlc { wall_ms: wall.parse().map_err(|_| malformed())?, counter: counter.parse().map_err(|_| malformed())? })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:015}-{:06}", self.wall_ms, self.counter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tick_follows_the_wall_clock_and_never_goes_back() {
        let t = Hlc::default().tick(1000);
        assert_eq!(t, Hlc { wall_ms: 1000, counter: 0 });
        assert_eq!(t.tick(900), Hlc { wall_ms: 1000, counter: 1 });
        assert_eq!(t.tick(2000), Hlc { wall_ms: 2000, counter: 0 });
    }

    #[test]
    fn the_counter_never_outgrows_its_six_digits() {
        let stuck = Hlc { wall_ms: 5_000, counter: 999_999 };
        assert_eq!(stuck.tick(1_000), Hlc { wall_ms: 5_001, counter: 0 });
        assert_eq!(Hlc::parse(&stuck.tick(1_000).to_string()).unwrap(), Hlc { wall_ms: 5_001, counter: 0 });
        assert!(Hlc::parse("+00000000000001-000000").is_err());
        assert!(Hlc::parse("000000000000001-00000+").is_err());
    }

    #[test]
    fn far_future_remote_is_refused() {
        let remote = Hlc { wall_ms: 1_000 + MAX_DRIFT_MS + 1, counter: 0 };
        assert!(matches!(Hlc::default().observe(remote, 1_000), Err(ClockError::TooFarAhead { .. })));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn text_order_is_clock_order(a in (0u64..10u64.pow(14), 0u32..999_999), b in (0u64..10u64.pow(14), 0u32..999_999)) {
            let (a, b) = (Hlc { wall_ms: a.0, counter: a.1 }, Hlc { wall_ms: b.0, counter: b.1 });
            prop_assert_eq!(a.cmp(&b), a.to_string().cmp(&b.to_string()));
            prop_assert_eq!(Hlc::parse(&a.to_string()).unwrap(), a);
        }

        #[test]
        fn observe_is_after_both(local in (0u64..10u64.pow(12), 0u32..1000), remote in (0u64..10u64.pow(12), 0u32..1000), now in 0u64..10u64.pow(12)) {
            let (l, r) = (Hlc { wall_ms: local.0, counter: local.1 }, Hlc { wall_ms: remote.0.min(now + MAX_DRIFT_MS), counter: remote.1 });
            let merged = l.observe(r, now).unwrap();
            prop_assert!(merged > l && merged > r);
        }
    }
}
