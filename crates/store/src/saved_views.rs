//! Saved views: named filters and sorts of the contact and deal lists.

use rusqlite::types::Value;
use rusqlite::Connection;
use tandem_domain::view::{SavedView, SavedViewInput, ViewDefinition};

use crate::tables::SAVED_VIEWS;
use crate::{StoreError, Writer};

pub fn list(conn: &Connection, record_table: &str) -> Result<Vec<SavedView>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, definition FROM saved_views WHERE record_table = ?1 AND deleted = 0 ORDER BY position, name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([record_table], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut views = Vec::new();
    for row in rows {
        let (id, name, definition) = row?;
        // A definition this version cannot read (written by a newer one) shows as an empty view.
        let definition: ViewDefinition = serde_json::from_str(&definition).unwrap_or_default();
        views.push(SavedView { id, record_table: record_table.to_owned(), name, definition });
    }
    Ok(views)
}

pub fn save(w: &mut Writer, id: Option<&str>, input: &SavedViewInput) -> Result<String, StoreError> {
    let definition = serde_json::to_string(&input.definition).map_err(|e| StoreError::Refused(format!("The view cannot be saved: {e}")))?;
    let mut fields: Vec<(&str, Value)> = vec![("name", input.name.clone().into()), ("definition", definition.into())];
    if id.is_none() {
        fields.push(("record_table", input.record_table.clone().into()));
    }
    w.save(&SAVED_VIEWS, id, &fields)
}
