//! Collections (playbooks): curated, ordered sets of library items.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use tandem_domain::content::ContentKind;
use tandem_domain::content_use::{Collection, CollectionEntry, CollectionInput};

use crate::child_rows::set_children;
use crate::tables::{CONTENT_COLLECTIONS, CONTENT_COLLECTION_ITEMS};
use crate::{StoreError, Writer};

/// Saves a collection (new when `id` is None) holding exactly `input.item_ids` in that order.
/// An entry's id is '<collection>/<item>', so the same item added on two devices is one entry.
pub fn save(w: &mut Writer, id: Option<&str>, input: &CollectionInput) -> Result<String, StoreError> {
    let id = w.save(
        &CONTENT_COLLECTIONS,
        id,
        &[("name", Value::Text(input.name.clone())), ("description", Value::Text(input.description.clone()))],
    )?;
    let entries = input
        .item_ids
        .iter()
        .enumerate()
        .map(|(position, item_id)| {
            let fields = vec![
                ("collection_id", Value::Text(id.clone())),
                ("item_id", Value::Text(item_id.clone())),
                ("position", Value::Real(position as f64)),
            ];
            (format!("{id}/{item_id}"), fields)
        })
        .collect();
    set_children(w, &CONTENT_COLLECTION_ITEMS, "collection_id", &id, entries)?;
    Ok(id)
}

/// Every live collection by name, each with its live items in order.
pub fn list(conn: &Connection) -> Result<Vec<Collection>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, description FROM content_collections WHERE deleted = 0 ORDER BY name COLLATE NOCASE")?;
    let rows = stmt.query_map([], |r| Ok(Collection { id: r.get(0)?, name: r.get(1)?, description: r.get(2)?, items: Vec::new() }))?;
    let mut collections: Vec<Collection> = rows.collect::<Result<_, _>>()?;
    for collection in &mut collections {
        collection.items = entries(conn, &collection.id)?;
    }
    Ok(collections)
}

pub fn get(conn: &Connection, id: &str) -> Result<Collection, StoreError> {
    let found = conn
        .query_row("SELECT id, name, description FROM content_collections WHERE id = ?1 AND deleted = 0", [id], |r| {
            Ok(Collection { id: r.get(0)?, name: r.get(1)?, description: r.get(2)?, items: Vec::new() })
        })
        .optional()?;
    let mut collection = found.ok_or_else(|| StoreError::NotFound { what: "Collection".into() })?;
    collection.items = entries(conn, id)?;
    Ok(collection)
}

fn entries(conn: &Connection, collection_id: &str) -> Result<Vec<CollectionEntry>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.title, i.kind FROM content_collection_items e JOIN content_items i ON i.id = e.item_id AND i.deleted = 0
         WHERE e.collection_id = ?1 AND e.deleted = 0 ORDER BY e.position, e.id",
    )?;
    let rows = stmt.query_map([collection_id], |r| {
        Ok(CollectionEntry { item_id: r.get(0)?, title: r.get(1)?, kind: ContentKind::parse(&r.get::<_, String>(2)?).unwrap_or_default() })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Collections an item is in, by id.
pub fn of_item(conn: &Connection, item_id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.collection_id FROM content_collection_items e JOIN content_collections c ON c.id = e.collection_id AND c.deleted = 0
         WHERE e.item_id = ?1 AND e.deleted = 0",
    )?;
    let rows = stmt.query_map([item_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
