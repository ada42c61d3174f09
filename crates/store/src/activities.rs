//! Logged calls, e-mails, meetings and notes.

use rusqlite::types::Value;
use tandem_domain::activity::ActivityInput;

use crate::tables::ACTIVITIES;
use crate::{StoreError, Writer};

/// Writes a validated activity (new when `id` is None) by `author_id`; returns its id.
pub fn save(w: &mut Writer, id: Option<&str>, input: &ActivityInput, author_id: Option<&str>) -> Result<String, StoreError> {
    let optional = |id: &Option<String>| id.clone().map_or(Value::Null, Value::Text);
    let mut fields: Vec<(&str, Value)> = vec![
        ("kind", input.kind.as_str().to_owned().into()),
        ("subject", input.subject.clone().into()),
        ("body", input.body.clone().into()),
        ("direction", input.direction.as_str().to_owned().into()),
        ("occurred_at", input.occurred_at.clone().into()),
        ("duration_minutes", Value::Integer(input.duration_minutes.into())),
        ("contact_id", optional(&input.contact_id)),
        ("company_id", optional(&input.company_id)),
        ("deal_id", optional(&input.deal_id)),
    ];
    if id.is_none() {
        fields.push(("author_id", author_id.map_or(Value::Null, |a| Value::Text(a.to_owned()))));
    }
    w.save(&ACTIVITIES, id, &fields)
}
