//! Writes contacts as vCard 4.0 (RFC 6350), the format phones and address books import.

use crate::content_lines::{escape_text as escape, ContentLines};
use crate::record::ContactRecord;

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
        out.push_str(&card.lines.text);
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
    lines: ContentLines,
}

impl Card {
    fn optional(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.property(name, &escape(value));
        }
    }

    fn property(&mut self, name: &str, escaped_value: &str) {
        self.lines.property(name, escaped_value);
    }

    fn line(&mut self, content: &str) {
        self.lines.line(content);
    }
}
