//! User-defined fields on contacts, companies and deals: text, number, date or a choice.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::text::{Checker, Invalid};

crate::text_enum! {
    pub enum CustomFieldKind {
        Text => "text",
        Number => "number",
        Date => "date",
        Choice => "choice",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomField {
    pub id: String,
    /// "contacts", "companies" or "deals".
    pub record_table: String,
    pub label: String,
    pub kind: CustomFieldKind,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChoiceOptionInput {
    /// None for a new choice.
    pub id: Option<String>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomFieldInput {
    pub record_table: String,
    pub label: String,
    pub kind: CustomFieldKind,
    pub options: Vec<ChoiceOptionInput>,
}

pub const FIELD_TABLES: [&str; 3] = ["contacts", "companies", "deals"];

impl CustomFieldInput {
    pub fn validate(&self) -> Result<CustomFieldInput, Invalid> {
        let mut c = Checker::default();
        let label = c.text("label", "Field name", &self.label, 60, false);
        if label.is_empty() {
            c.fail("label", "Name the field, e.g. 'Renewal date' or 'Seats'.");
        }
        if !FIELD_TABLES.contains(&self.record_table.as_str()) {
            c.fail("record_table", "Custom fields belong to contacts, companies or deals.");
        }
        let mut options: Vec<ChoiceOptionInput> = Vec::new();
        for option in &self.options {
            let text = c.text("options", "A choice", &option.label, 80, false);
            if !text.is_empty() && !options.iter().any(|o| o.label.to_lowercase() == text.to_lowercase()) {
                options.push(ChoiceOptionInput { id: option.id.clone(), label: text });
            }
        }
        if self.kind == CustomFieldKind::Choice && options.is_empty() {
            c.fail("options", "A choice field needs at least one choice.");
        }
        if self.kind != CustomFieldKind::Choice {
            options.clear();
        }
        c.finish(CustomFieldInput { record_table: self.record_table.clone(), label, kind: self.kind, options })
    }
}

/// A record's value for one field, as text: decimal text, "YYYY-MM-DD", or the choice's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CustomValue {
    pub field_id: String,
    pub value: String,
}

/// Checks `values` against the `fields` of the record's table; empty values mean "not set".
/// Errors name the field as `custom.<field id>`.
pub fn check_values(c: &mut Checker, fields: &[CustomField], values: &[CustomValue]) -> Vec<CustomValue> {
    let mut out = Vec::new();
    for value in values {
        let Some(field) = fields.iter().find(|f| f.id == value.field_id) else {
            c.fail("custom", "A custom field was removed while you edited; reload and try again.");
            continue;
        };
        let key = format!("custom.{}", field.id);
        let text = c.text(&key, &field.label, &value.value, 2_000, field.kind == CustomFieldKind::Text);
        let clean = match field.kind {
            _ if text.is_empty() => text,
            CustomFieldKind::Text => text,
            CustomFieldKind::Number => match text.replace([' ', '_'], "").parse::<Decimal>() {
                Ok(number) => number.normalize().to_string(),
                Err(_) => {
                    c.fail(&key, format!("{}: '{text}' is not a number.", field.label));
                    text
                }
            },
            CustomFieldKind::Date => {
                if chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d").is_err() {
                    c.fail(&key, format!("{}: '{text}' is not a date (YYYY-MM-DD).", field.label));
                }
                text
            }
            CustomFieldKind::Choice => {
                if !field.options.iter().any(|o| o.id == text) {
                    c.fail(&key, format!("{}: pick one of its choices.", field.label));
                }
                text
            }
        };
        out.push(CustomValue { field_id: field.id.clone(), value: clean });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(kind: CustomFieldKind) -> CustomField {
        CustomField {
            id: "f1".into(),
            record_table: "deals".into(),
            label: "Seats".into(),
            kind,
            options: vec![ChoiceOption { id: "o1".into(), label: "Gold".into() }],
        }
    }

    #[test]
    fn values_are_checked_by_kind() {
        let cases = [
            (CustomFieldKind::Number, "1 200.50", Ok("1200.5")),
            (CustomFieldKind::Number, "12,5O", Err("Seats: '12,5O' is not a number.")),
            (CustomFieldKind::Date, "2026-02-30", Err("Seats: '2026-02-30' is not a date (YYYY-MM-DD).")),
            (CustomFieldKind::Date, "2026-02-28", Ok("2026-02-28")),
            (CustomFieldKind::Choice, "o1", Ok("o1")),
            (CustomFieldKind::Choice, "o9", Err("Seats: pick one of its choices.")),
            (CustomFieldKind::Text, "  any words ", Ok("any words")),
            (CustomFieldKind::Number, "", Ok("")),
        ];
        for (kind, raw, expected) in cases {
            let mut c = Checker::default();
            let out = check_values(&mut c, &[field(kind)], &[CustomValue { field_id: "f1".into(), value: raw.into() }]);
            match (c.finish(()), expected) {
                (Ok(()), Ok(value)) => assert_eq!(out[0].value, value, "{raw}"),
                (Err(err), Err(message)) => assert_eq!(err.0[0].message, message, "{raw}"),
                (got, want) => panic!("{raw}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn a_choice_field_needs_choices() {
        let input =
            CustomFieldInput { record_table: "contacts".into(), label: "Tier".into(), kind: CustomFieldKind::Choice, options: vec![] };
        assert_eq!(input.validate().unwrap_err().0[0].field, "options");
    }
}
