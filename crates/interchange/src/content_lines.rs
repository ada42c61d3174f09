//! Content lines as vCard (RFC 6350 §3.2) and iCalendar (RFC 5545 §3.1) both write them:
//! `NAME:value`, CRLF ends, folded at 75 octets, and TEXT values escaped the same way.

/// Octets per physical line before folding.
pub(crate) const LINE_OCTETS: usize = 75;

#[derive(Default)]
pub(crate) struct ContentLines {
    pub text: String,
}

impl ContentLines {
    pub fn property(&mut self, name: &str, escaped_value: &str) {
        self.line(&format!("{name}:{escaped_value}"));
    }

    /// Folds at 75 octets without splitting a UTF-8 character; each continuation line starts
    /// with a space that counts toward its 75.
    pub fn line(&mut self, content: &str) {
        let mut used = 0;
        for c in content.chars() {
            if used + c.len_utf8() > LINE_OCTETS {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(c);
            used += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

/// TEXT escaping (RFC 6350 §3.4, RFC 5545 §3.3.11): backslash, semicolon and comma are escaped,
/// any line break becomes `\n`, and other control characters, which TEXT cannot hold, are dropped.
pub(crate) fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_as_both_rfcs_ask() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf\rg\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf\\ng");
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
        let mut lines = ContentLines::default();
        lines.line(&format!("NOTE:{}", "é".repeat(60)));
        for line in lines.text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= LINE_OCTETS, "{line:?} is {} octets", line.len());
        }
        assert_eq!(lines.text.replace("\r\n ", ""), format!("NOTE:{}\r\n", "é".repeat(60)));
    }
}
