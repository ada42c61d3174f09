//! Reads .vcf files from Apple Contacts, Google, Outlook and Android (vCard 2.1, 3.0 and 4.0).
//! calcard parses each card (folding, escapes, QUOTED-PRINTABLE with its CHARSET); this module
//! finds the cards and their line numbers first, so one broken card is reported and skipped
//! while the others import.

use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardParameterValue, VCardProperty, VCardValue};
use calcard::{Entry, Parser};

use crate::csv_import::ContactDraft;
use crate::encoding::{check_size, decode, reject_binary};
use crate::error::{thousands, ReadError};
use crate::mapping::ContactField;
use crate::record::{Limits, RowOutcome};

pub fn contacts_from_vcards(bytes: &[u8], limits: &Limits, default_region: &str) -> Result<Vec<RowOutcome>, ReadError> {
    check_size(bytes, limits.max_bytes)?;
    let decoded = decode(bytes);
    if decoded.text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    reject_binary(&decoded.text)?;
    let cards = split_cards(&decoded.text);
    if cards.is_empty() {
        return Err(ReadError::NotVCard);
    }
    if let Some(card) = cards.get(limits.max_rows) {
        return Err(ReadError::TooManyRows { line: card.line, max: limits.max_rows });
    }
    Ok(cards.into_iter().map(|card| read_card(card, limits, default_region)).collect())
}

/// The text of one card and the line of its BEGIN:VCARD.
struct RawCard {
    line: u64,
    text: String,
    ended: bool,
}

fn split_cards(text: &str) -> Vec<RawCard> {
    let mut cards: Vec<RawCard> = Vec::new();
    let mut open = false;
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let keyword = line.trim().trim_start_matches('\u{feff}');
        if keyword.eq_ignore_ascii_case("BEGIN:VCARD") {
            // A BEGIN inside an open card means the previous card never ended; it keeps what
            // it had and is reported as unfinished.
            cards.push(RawCard { line: i as u64 + 1, text: String::new(), ended: false });
            open = true;
        }
        if open {
            if let Some(card) = cards.last_mut() {
                card.text.push_str(line);
                card.text.push_str("\r\n");
                if keyword.eq_ignore_ascii_case("END:VCARD") {
                    card.ended = true;
                    open = false;
                }
            }
        }
    }
    cards
}

fn read_card(card: RawCard, limits: &Limits, default_region: &str) -> RowOutcome {
    let line = card.line;
    let problem = |p: String| RowOutcome { line, result: Err(vec![p]) };
    if !card.ended {
        return problem(format!(
            "Line {line}: this card has no END:VCARD, so it may be cut short; export the contacts again or add END:VCARD where the card ends."
        ));
    }
    let vcard = match Parser::new(&card.text).entry() {
        Entry::VCard(vcard) => vcard,
        _ => return problem(format!("Line {line}: this card could not be read as a vCard; check the lines up to its END:VCARD.")),
    };
    RowOutcome { line, result: contact(&vcard, line, limits, default_region) }
}

fn contact(vcard: &VCard, line: u64, limits: &Limits, default_region: &str) -> Result<crate::ContactRecord, Vec<String>> {
    let mut draft = ContactDraft { line, ..ContactDraft::default() };
    let mut has_n = false;
    let mut pref_emails = Vec::new();
    let mut pref_phones = Vec::new();
    for entry in &vcard.entries {
        let property = property_name(entry);
        let values: Vec<String> = entry.values.iter().map(value_text).collect();
        if let Some(long) = values.iter().find(|v| v.chars().count() > limits.max_field_chars) {
            draft.problems.push(format!(
                "Line {line}: {property} has {} characters; the most is {}.",
                thousands(long.chars().count() as u64),
                thousands(limits.max_field_chars as u64)
            ));
            continue;
        }
        let component = |i: usize| values.get(i).map_or("", String::as_str);
        let whole = values.join(",");
        match property.as_str() {
            "N" => {
                has_n = true;
                draft.take(ContactField::LastName, &property, component(0), default_region);
                draft.take(ContactField::FirstName, &property, component(1), default_region);
                draft.take(ContactField::FirstName, &property, component(2), default_region);
            }
            "FN" => draft.full_name = whole.trim().to_string(),
            // Preferred emails and numbers go first: the first one is the primary.
            "EMAIL" if is_preferred(entry) => pref_emails.push(whole),
            "TEL" if is_preferred(entry) => pref_phones.push(whole),
            "EMAIL" => draft.take(ContactField::Email, &property, &whole, default_region),
            "TEL" => draft.take(ContactField::Phone, &property, &whole, default_region),
            "ORG" => draft.take(ContactField::Company, &property, component(0), default_region),
            "TITLE" => draft.take(ContactField::Title, &property, &whole, default_region),
            "ADR" if draft.record.city.is_empty() && draft.record.country.is_empty() => {
                draft.take(ContactField::City, &property, component(3), default_region);
                draft.take(ContactField::Country, &property, component(6), default_region);
            }
            "NOTE" => draft.take(ContactField::Notes, &property, &whole, default_region),
            "CATEGORIES" => {
                for tag in &values {
                    draft.take(ContactField::Tags, &property, tag, default_region);
                }
            }
            "X-TANDEM-COMPANY-DOMAIN" => draft.take(ContactField::CompanyDomain, &property, &whole, default_region),
            "X-TANDEM-LIFECYCLE-STAGE" => draft.take(ContactField::LifecycleStage, &property, &whole, default_region),
            "X-TANDEM-LEAD-STATUS" => draft.take(ContactField::LeadStatus, &property, &whole, default_region),
            "X-TANDEM-LEAD-SOURCE" => draft.take(ContactField::LeadSource, &property, &whole, default_region),
            "X-TANDEM-OWNER-EMAIL" => draft.take(ContactField::OwnerEmail, &property, &whole, default_region),
            "X-TANDEM-CREATED-AT" => draft.take(ContactField::CreatedAt, &property, &whole, default_region),
            _ => {}
        }
    }
    let (emails, phones) = (std::mem::take(&mut draft.record.emails), std::mem::take(&mut draft.record.phones));
    for e in &pref_emails {
        draft.take(ContactField::Email, "EMAIL", e, default_region);
    }
    for p in &pref_phones {
        draft.take(ContactField::Phone, "TEL", p, default_region);
    }
    for e in emails {
        crate::normalize::push_unique(&mut draft.record.emails, e);
    }
    for p in phones {
        crate::normalize::push_unique(&mut draft.record.phones, p);
    }
    // A card with N uses it even when it is empty: FN is then a display label (an email or a
    // company), not a name to split.
    if has_n {
        draft.full_name.clear();
    }
    draft.finish()
}

fn property_name(entry: &VCardEntry) -> String {
    match &entry.name {
        VCardProperty::Other(name) => name.to_ascii_uppercase(),
        VCardProperty::N => "N".to_string(),
        VCardProperty::Fn => "FN".to_string(),
        VCardProperty::Email => "EMAIL".to_string(),
        VCardProperty::Tel => "TEL".to_string(),
        VCardProperty::Org => "ORG".to_string(),
        VCardProperty::Title => "TITLE".to_string(),
        VCardProperty::Adr => "ADR".to_string(),
        VCardProperty::Note => "NOTE".to_string(),
        VCardProperty::Categories => "CATEGORIES".to_string(),
        _ => String::new(),
    }
}

fn value_text(value: &VCardValue) -> String {
    match value {
        VCardValue::Text(s) => s.clone(),
        VCardValue::Component(parts) => parts.join(","),
        VCardValue::Integer(i) => i.to_string(),
        VCardValue::Float(f) => f.to_string(),
        VCardValue::Boolean(b) => b.to_string(),
        _ => String::new(),
    }
}

/// `TYPE=pref` (3.0), a bare `PREF` (2.1) or `PREF=1` (4.0).
fn is_preferred(entry: &VCardEntry) -> bool {
    entry.params.iter().any(|p| match (&p.name, &p.value) {
        (VCardParameterName::Pref, VCardParameterValue::Integer(n)) => *n == 1,
        (VCardParameterName::Pref, _) => true,
        (_, VCardParameterValue::Text(t)) => t.eq_ignore_ascii_case("pref"),
        _ => false,
    })
}
