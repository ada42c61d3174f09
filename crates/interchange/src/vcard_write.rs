//! Writes contacts as vCard 4.0 (RFC 6350), the format phones and address books import.

use crate::record::ContactRecord;

/// Octets per physical line before folding, as RFC 6350 §3.2 asks.
const LINE_OCTETS: usize = 75;

/// One card per record, CRLF line ends, long lines folded. Fields vCard has no property for
/// (lifecycle stage, owner, …) travel as `X-TANDEM-*` so a Tandem-to-Tandem copy loses nothing.
pub fn write_vcards(records: &[ContactRecord]) -> String {
    let mut out = String::new();
    for r in records {
        let mut card = Card::default();
        card.line("BEGIN:VCARD");
        card.line("VERSION:4.0");
        card.property("FN", &escape(&display_name(r)));
        card.property("N", &format!("{};{};;;", escape(&r.last_name), escape(&r.first_name)));
        for (i, e) in r.emails.iter().enumerate() {
            card.property(if i == 0 { "EMAIL;PREF=1" } else { "EMAIL" }, &escape(e));
        }
        for (i, p) in r.phones.iter().enumerate() {
            card.property(if i == 0 { "TEL;PREF=1" } else { "TEL" }, &escape(p));
        }
        card.optional("TITLE", &r.title);
        card.optional("ORG", &r.company_name);
        if !r.city.is_empty() || !r.country.is_empty() {
            card.property("ADR", &format!(";;;{};;;{}", escape(&r.city), escape(&r.country)));
        }
        card.optional("NOTE", &r.notes);
        if !r.tags.is_empty() {
            card.property("CATEGORIES", &r.tags.iter().map(|t| escape(t)).collect::<Vec<_>>().join(","));
        }
        card.optional("X-TANDEM-COMPANY-DOMAIN", &r.company_domain);
        card.optional("X-TANDEM-LIFECYCLE-STAGE", &r.lifecycle_stage);
        card.optional("X-TANDEM-LEAD-STATUS", &r.lead_status);
        card.optional("X-TANDEM-LEAD-SOURCE", &r.lead_source);
        card.optional("X-TANDEM-OWNER-EMAIL", &r.owner_email);
        card.optional("X-TANDEM-CREATED-AT", r.created_at.as_deref().unwrap_or_default());
        card.line("END:VCARD");
        out.push_str(&card.text);
    }
    out
}

/// FN is required in 4.0; a contact known only by email or company is shown by that.
fn display_name(r: &ContactRecord) -> String {
    let name = format!("{} {}", r.first_name, r.last_name).trim().to_string();
    if !name.is_empty() {
        name
    } else if let Some(email) = r.emails.first() {
        email.clone()
    } else {
        r.company_name.clone()
    }
}

#[derive(Default)]
struct Card {
    text: String,
}

impl Card {
    fn optional(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.property(name, &escape(value));
        }
    }

    fn property(&mut self, name: &str, escaped_value: &str) {
        self.line(&format!("{name}:{escaped_value}"));
    }

    /// Folds at 75 octets without splitting a UTF-8 character; each continuation line starts
    /// with a space that counts toward its 75.
    fn line(&mut self, content: &str) {
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

/// RFC 6350 §3.4 text escaping: backslash, comma, semicolon and newline.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_as_rfc_6350_asks() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
        let mut card = Card::default();
        card.line(&format!("NOTE:{}", "é".repeat(60)));
        for line in card.text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= LINE_OCTETS, "{line:?} is {} octets", line.len());
        }
        assert_eq!(card.text.replace("\r\n ", ""), format!("NOTE:{}\r\n", "é".repeat(60)));
    }
}
