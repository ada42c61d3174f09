//! Custom field definitions, their choices, and the values records hold for them.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::custom_field::{ChoiceOption, CustomField, CustomFieldInput, CustomFieldKind, CustomValue};

use crate::tables::{CUSTOM_FIELDS, CUSTOM_FIELD_OPTIONS, CUSTOM_VALUES};
use crate::{new_id, StoreError, Writer};

/// The live fields of `record_table` in form order, each with its choices.
pub fn list(conn: &Connection, record_table: &str) -> Result<Vec<CustomField>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, label, kind FROM custom_fields WHERE record_table = ?1 AND deleted = 0 ORDER BY position, id")?;
    let heads: Vec<(String, String, String)> =
        stmt.query_map([record_table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
    heads
        .into_iter()
        .map(|(id, label, kind)| {
            Ok(CustomField {
                options: options(conn, &id)?,
                id,
                record_table: record_table.to_owned(),
                label,
                kind: CustomFieldKind::parse(&kind).unwrap_or(CustomFieldKind::Text),
            })
        })
        .collect()
}

fn options(conn: &Connection, field_id: &str) -> Result<Vec<ChoiceOption>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, label FROM custom_field_options WHERE field_id = ?1 AND deleted = 0 ORDER BY position, id")?;
    let rows = stmt.query_map([field_id], |r| Ok(ChoiceOption { id: r.get(0)?, label: r.get(1)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Writes a validated field definition (new when `id` is None); choices left out are removed.
pub fn save(w: &mut Writer, id: Option<&str>, input: &CustomFieldInput) -> Result<String, StoreError> {
    let id = match id {
        Some(id) => {
            let kind: Option<String> =
                w.conn().query_row("SELECT kind FROM custom_fields WHERE id = ?1 AND deleted = 0", [id], |r| r.get(0)).optional()?;
            match kind {
                None => return Err(StoreError::NotFound { what: "Custom field".into() }),
                Some(kind) if kind != input.kind.as_str() => {
                    return Err(StoreError::Refused("A field's type cannot change once it holds values; add a new field instead.".into()))
                }
                Some(_) => w.set(&CUSTOM_FIELDS, id, &[("label", input.label.clone().into())])?,
            }
            id.to_owned()
        }
        None => {
            let position: f64 = w.conn().query_row(
                "SELECT coalesce(max(position), 0) + 1 FROM custom_fields WHERE record_table = ?1",
                [&input.record_table],
                |r| r.get(0),
            )?;
            w.save(
                &CUSTOM_FIELDS,
                None,
                &[
                    ("record_table", input.record_table.clone().into()),
                    ("label", input.label.clone().into()),
                    ("kind", input.kind.as_str().to_owned().into()),
                    ("position", Value::Real(position)),
                ],
            )?
        }
    };
    let current = options(w.conn(), &id)?;
    for gone in current.iter().filter(|o| !input.options.iter().any(|i| i.id.as_deref() == Some(o.id.as_str()))) {
        w.soft_delete(&CUSTOM_FIELD_OPTIONS, &gone.id)?;
    }
    for (index, option) in input.options.iter().enumerate() {
        let fields =
            [("field_id", Value::Text(id.clone())), ("label", option.label.clone().into()), ("position", Value::Real(index as f64 + 1.0))];
        match option.id.as_deref().filter(|o| current.iter().any(|c| c.id == *o)) {
            Some(existing) => w.set(&CUSTOM_FIELD_OPTIONS, existing, &fields)?,
            None => w.create(&CUSTOM_FIELD_OPTIONS, &new_id(), &fields)?,
        }
    }
    Ok(id)
}

/// The record's values, in no particular order; unset fields have no value.
pub fn values_of(conn: &Connection, record_id: &str) -> Result<Vec<CustomValue>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT field_id, value FROM custom_values WHERE record_id = ?1 AND deleted = 0 ORDER BY field_id")?;
    let rows = stmt.query_map([record_id], |r| Ok(CustomValue { field_id: r.get(0)?, value: r.get(1)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Sets the record's values: an empty value clears the field; fields not named are left alone.
pub fn set_values(w: &mut Writer, record_id: &str, values: &[CustomValue]) -> Result<(), StoreError> {
    for value in values {
        let id = format!("{record_id}/{}", value.field_id);
        let stored: Option<(String, bool)> = w
            .conn()
            .query_row("SELECT value, deleted FROM custom_values WHERE id = ?1", [&id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match (stored, value.value.is_empty()) {
            (None, true) => {}
            (Some((_, true)), true) => {}
            (Some((_, false)), true) => w.soft_delete(&CUSTOM_VALUES, &id)?,
            (Some((old, false)), false) if old == value.value => {}
            (Some((_, deleted)), false) => {
                let mut fields = vec![("value", Value::Text(value.value.clone()))];
                if deleted {
                    fields.push(("deleted", Value::Integer(0)));
                    fields.push(("deleted_at", Value::Null));
                }
                w.set(&CUSTOM_VALUES, &id, &fields)?
            }
            (None, false) => w.create(
                &CUSTOM_VALUES,
                &id,
                &[
                    ("record_id", record_id.to_owned().into()),
                    ("field_id", value.field_id.clone().into()),
                    ("value", value.value.clone().into()),
                ],
            )?,
        }
    }
    Ok(())
}
