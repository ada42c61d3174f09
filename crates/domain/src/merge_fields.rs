//! Merge fields: `{{contact.first_name}}` in snippets, e-mail templates and proposals, filled
//! from a record. A field Tandem does not know is left as written and named, so a typo shows
//! instead of silently vanishing.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Every field a template may use, with what it says to a user.
pub const FIELDS: &[(&str, &str)] = &[
    ("contact.first_name", "Contact's first name"),
    ("contact.last_name", "Contact's last name"),
    ("contact.full_name", "Contact's full name"),
    ("contact.email", "Contact's e-mail"),
    ("contact.title", "Contact's job title"),
    ("company.name", "Company name"),
    ("company.domain", "Company web domain"),
    ("deal.name", "Deal name"),
    ("deal.amount", "Deal amount"),
    ("deal.close_date", "Deal's expected close date"),
    ("quote.number", "Quote number"),
    ("quote.total", "Quote total"),
    ("quote.valid_until", "Quote valid until"),
    ("me.name", "Your name"),
    ("me.email", "Your e-mail"),
];

/// A template with its fields filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Filled {
    pub text: String,
    /// Known fields that had no value for this record (left empty in `text`).
    pub empty: Vec<String>,
    /// Names between braces that are not fields (left as written).
    pub unknown: Vec<String>,
}

/// Fills `{{ name }}` placeholders (spaces inside the braces allowed) with `value(name)`.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> Filled {
    let mut filled = Filled { text: String::with_capacity(template.len()), empty: Vec::new(), unknown: Vec::new() };
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else { break };
        filled.text.push_str(&rest[..start]);
        let raw = &rest[start..start + 2 + len + 2];
        let name = rest[start + 2..start + 2 + len].trim();
        if FIELDS.iter().any(|(field, _)| *field == name) {
            match value(name).filter(|v| !v.is_empty()) {
                Some(v) => filled.text.push_str(&v),
                None => note(&mut filled.empty, name),
            }
        } else {
            filled.text.push_str(raw);
            note(&mut filled.unknown, name);
        }
        rest = &rest[start + raw.len()..];
    }
    filled.text.push_str(rest);
    filled
}

fn note(list: &mut Vec<String>, name: &str) {
    if !list.iter().any(|n| n == name) {
        list.push(name.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ada(name: &str) -> Option<String> {
        match name {
            "contact.first_name" => Some("Ada".into()),
            "company.name" => Some("Analytical Engines".into()),
            "contact.title" => Some(String::new()),
            _ => None,
        }
    }

    #[test]
    fn fills_known_fields_and_names_the_rest() {
        let filled = fill("Hi {{contact.first_name}}, {{ company.name }} and {{contact.title}} {{contact.frist_name}} {{deal.name}}", ada);
        assert_eq!(filled.text, "Hi Ada, Analytical Engines and  {{contact.frist_name}} ");
        assert_eq!(filled.empty, ["contact.title", "deal.name"]);
        assert_eq!(filled.unknown, ["contact.frist_name"]);
    }

    #[test]
    fn unclosed_braces_and_plain_text_stay_as_written() {
        assert_eq!(fill("Price: {{ 100", ada).text, "Price: {{ 100");
        assert_eq!(fill("no fields", ada).text, "no fields");
        assert_eq!(fill("{{contact.first_name}}{{contact.first_name}}", ada).text, "AdaAda");
        assert_eq!(fill("émoji 🎉 {{contact.first_name}} ✓", ada).text, "émoji 🎉 Ada ✓");
    }
}
