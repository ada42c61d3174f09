//! A record's history field by field — every value, who wrote it, when — and restoring an
//! earlier value (e.g. the one that lost a same-field conflict with a teammate's edit).

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_domain::Invalid;
use tandem_store::field_history::{self, Author};
use tandem_store::tables::{self, Table};
use tandem_store::WriteSource;

use crate::dto::FieldChange;
use crate::{App, AppError, ErrorCode};

/// The records whose history a user reads on their page.
const WITH_HISTORY: [&str; 3] = ["contacts", "companies", "deals"];
/// Fields whose change has consequences beyond the field (stage history, forecasts, merges):
/// they change through their own actions, not by restoring a value.
const NOT_RESTORABLE: [&str; 5] = ["stage_id", "pipeline_id", "lifecycle_stage", "deleted", "stage_entered_at"];
/// References shown by the name of what they point to.
const REFERENCES: [(&str, &Table); 6] = [
    ("company_id", &tables::COMPANIES),
    ("first_campaign_id", &tables::CAMPAIGNS),
    ("last_campaign_id", &tables::CAMPAIGNS),
    ("owner_id", &tables::MEMBERS),
    ("primary_contact_id", &tables::CONTACTS),
    ("stage_id", &tables::PIPELINE_STAGES),
];

fn table_with_history(name: &str) -> Result<&'static Table, AppError> {
    tables::find(name)
        .filter(|t| WITH_HISTORY.contains(&t.name))
        .ok_or_else(|| AppError::new(ErrorCode::NotFound, format!("'{name}' records have no history to show.")))
}

pub(crate) fn author_label(author: &Author) -> String {
    match author {
        Author::ThisDevice => "You".into(),
        Author::Member { name, device_name } => format!("{name} · {device_name}"),
        Author::Unknown => "Another device".into(),
    }
}

impl App {
    pub fn record_history(&self, table: &str, id: &str) -> Result<Vec<FieldChange>, AppError> {
        let table = table_with_history(table)?;
        Ok(self.db()?.read(|conn| {
            let changes = field_history::of_record(conn, table, id, 500)?;
            changes
                .into_iter()
                .map(|c| {
                    Ok(FieldChange {
                        value: display(conn, &c.column, &c.value)?,
                        at: DateTime::<Utc>::from_timestamp_millis(c.at_ms as i64)
                            .unwrap_or_default()
                            .to_rfc3339_opts(SecondsFormat::Secs, true),
                        author: author_label(&c.author),
                        restorable: !c.current && !NOT_RESTORABLE.contains(&c.column.as_str()),
                        current: c.current,
                        field: c.column,
                        hlc: c.hlc,
                        device: c.device,
                    })
                })
                .collect()
        })?)
    }

    /// Writes an earlier value of a field again, as a new edit (so it syncs, and undo takes it back).
    pub fn restore_field_value(&self, table: &str, id: &str, field: &str, hlc: &str, device: &str) -> Result<(), AppError> {
        let table = table_with_history(table)?;
        if NOT_RESTORABLE.contains(&field) || !table.columns.contains(&field) {
            return Err(Invalid::new("field", format!("'{field}' cannot be restored to an earlier value; change it on the record.")).into());
        }
        let value = self
            .db()?
            .read(|conn| field_history::value_of(conn, table, id, field, hlc, device))?
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "That earlier value is not in this record's history."))?;
        let label = field.trim_end_matches("_id").replace('_', " ");
        self.write(WriteSource::User, &format!("Restore of the earlier {label}"), |w| Ok(w.set(table, id, &[(field, value)])?))
    }
}

/// A stored value as a person reads it: references by name, nothing as "—".
fn display(conn: &Connection, column: &str, value: &Value) -> Result<String, tandem_store::StoreError> {
    if let (Some((_, target)), Value::Text(id)) = (REFERENCES.iter().find(|(c, _)| *c == column), value) {
        let name: Option<String> =
            conn.query_row(&format!("SELECT {} FROM {} WHERE id = ?1", target.title_sql, target.name), [id], |r| r.get(0)).ok();
        return Ok(name.unwrap_or_else(|| format!("(removed {})", target.kind_label.to_lowercase())));
    }
    Ok(match value {
        Value::Null => "—".into(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Text(t) if t.is_empty() => "—".into(),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => format!("{} bytes", b.len()),
    })
}
