//! Does a piece of content help win? The win rate of closed deals where it was used, against
//! the closed deals where it was not.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A deal that reached won or lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedDeal {
    pub id: String,
    pub won: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WinRate {
    pub won: u32,
    pub closed: u32,
}

impl WinRate {
    /// Whole percent, or None with no closed deal to judge by.
    pub fn percent(self) -> Option<u32> {
        (self.closed > 0).then(|| ((u64::from(self.won) * 100 + u64::from(self.closed) / 2) / u64::from(self.closed)) as u32)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WinRates {
    pub with_item: WinRate,
    pub without_item: WinRate,
}

/// Splits `deals` by whether their id is in `used`; each closed deal counts once, on one side.
pub fn compare(deals: &[ClosedDeal], used: &HashSet<String>) -> WinRates {
    let mut rates = WinRates::default();
    let mut seen = HashSet::new();
    for deal in deals.iter().filter(|d| seen.insert(d.id.as_str())) {
        let side = if used.contains(&deal.id) { &mut rates.with_item } else { &mut rates.without_item };
        side.closed += 1;
        side.won += u32::from(deal.won);
    }
    rates
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn percent_rounds_half_up_and_needs_a_closed_deal() {
        assert_eq!(WinRate { won: 1, closed: 3 }.percent(), Some(33));
        assert_eq!(WinRate { won: 2, closed: 3 }.percent(), Some(67));
        assert_eq!(WinRate { won: 0, closed: 0 }.percent(), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_closed_deal_counts_once_on_one_side(
            deals in proptest::collection::vec((0u8..40, any::<bool>()), 0..60),
            used in proptest::collection::hash_set(0u8..50, 0..20),
        ) {
            let deals: Vec<ClosedDeal> = deals.into_iter().map(|(id, won)| ClosedDeal { id: format!("d{id}"), won }).collect();
            let used: HashSet<String> = used.into_iter().map(|id| format!("d{id}")).collect();
            let rates = compare(&deals, &used);
            let mut distinct: Vec<&ClosedDeal> = Vec::new();
            for d in &deals {
                if !distinct.iter().any(|x| x.id == d.id) { distinct.push(d); }
            }
            let expect_with: Vec<_> = distinct.iter().filter(|d| used.contains(&d.id)).collect();
            prop_assert_eq!(rates.with_item.closed as usize, expect_with.len());
            prop_assert_eq!(rates.with_item.won as usize, expect_with.iter().filter(|d| d.won).count());
            prop_assert_eq!((rates.with_item.closed + rates.without_item.closed) as usize, distinct.len());
            prop_assert_eq!((rates.with_item.won + rates.without_item.won) as usize, distinct.iter().filter(|d| d.won).count());
            prop_assert!(rates.with_item.won <= rates.with_item.closed && rates.without_item.won <= rates.without_item.closed);
        }
    }
}
