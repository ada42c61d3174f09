//! At most `limit` attempts per key per window: credential attempts per email (bounds guessing),
//! requests per device (bounds a runaway client).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct Attempts {
    limit: u32,
    window: Duration,
    seen: Mutex<HashMap<String, (Instant, u32)>>,
}

impl Attempts {
    pub fn new(limit: u32, window: Duration) -> Attempts {
        Attempts { limit, window, seen: Mutex::new(HashMap::new()) }
    }

    /// Counts one attempt for `key`; false once the key has used up its window.
    pub fn allow(&self, key: &str) -> bool {
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        seen.retain(|_, (start, _)| now.duration_since(*start) < self.window);
        let (_, count) = seen.entry(key.to_owned()).or_insert((now, 0));
        *count += 1;
        *count <= self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_refused_past_its_limit_and_others_are_not() {
        let attempts = Attempts::new(3, Duration::from_secs(60));
        assert!((0..3).all(|_| attempts.allow("a@x.test")));
        assert!(!attempts.allow("a@x.test"));
        assert!(attempts.allow("b@x.test"));
    }

    #[test]
    fn the_window_ends() {
        let attempts = Attempts::new(1, Duration::from_millis(20));
        assert!(attempts.allow("a"));
        assert!(!attempts.allow("a"));
        std::thread::sleep(Duration::from_millis(30));
        assert!(attempts.allow("a"));
    }
}
