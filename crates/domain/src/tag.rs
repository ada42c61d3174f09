//! Tags: short labels on contacts, companies and deals.

use crate::text::Checker;

const MAX_TAGS: usize = 50;

/// Trims the tags, drops empty ones and repeats (any case, the first spelling wins) and checks them.
pub fn clean_tags(c: &mut Checker, tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = c.text("tags", "A tag", tag, 50, false);
        if !tag.is_empty() && !out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            out.push(tag);
        }
    }
    if out.len() > MAX_TAGS {
        c.fail("tags", format!("{} tags is too many; keep at most {MAX_TAGS}.", out.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_and_unique_in_any_case() {
        let mut c = Checker::default();
        let tags = clean_tags(&mut c, &[" VIP ".into(), "vip".into(), "".into(), "Q4 push".into()]);
        assert_eq!(tags, vec!["VIP".to_owned(), "Q4 push".to_owned()]);
        assert!(c.finish(()).is_ok());
    }
}
