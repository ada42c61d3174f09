//! Library items: their descriptions, personas/industries/products, tags, file versions and the
//! text extracted from each stored file.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row};
use tandem_domain::content::{
    field_label, ContentFacet, ContentFile, ContentForm, ContentInput, ContentItem, ContentKind, ContentStatus, ContentVersion,
    FunnelStage, MetadataChange, TextExtraction, TextStatus,
};

use crate::child_rows::set_children;
use crate::tables::{CONTENT_ITEMS, CONTENT_TERMS, CONTENT_VERSIONS};
use crate::{new_id, tags, StoreError, Writer};

/// A stored file becoming an item's newest version.
pub struct NewVersion<'a> {
    pub blob_hash: &'a str,
    pub file_name: &'a str,
    pub mime: &'a str,
    pub size: u64,
    pub note: &'a str,
    pub author_id: Option<&'a str>,
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn fields(input: &ContentInput) -> Vec<(&'static str, Value)> {
    vec![
        ("title", text(&input.title)),
        ("description", text(&input.description)),
        ("kind", text(input.kind.as_str())),
        ("stage", text(input.stage.map_or("", FunnelStage::as_str))),
        ("language", text(&input.language)),
        ("owner_id", input.owner_id.clone().map_or(Value::Null, Value::Text)),
        ("review_by", text(&input.review_by)),
        ("expires_on", text(&input.expires_on)),
        ("url", text(&input.url)),
        ("body", text(&input.body)),
    ]
}

/// Creates an item (a draft) from a validated input; returns its id.
pub fn create(w: &mut Writer, form: ContentForm, input: &ContentInput) -> Result<String, StoreError> {
    let id = new_id();
    let mut all = fields(input);
    all.push(("form", text(form.as_str())));
    w.create(&CONTENT_ITEMS, &id, &all)?;
    set_terms(w, &id, input)?;
    tags::add(w, &CONTENT_ITEMS, &id, &input.tags)?;
    Ok(id)
}

/// Saves a validated input over a live item.
pub fn update(w: &mut Writer, id: &str, input: &ContentInput) -> Result<(), StoreError> {
    let current = get(w.conn(), id)?;
    // Only what changed is written, so the version history names real edits.
    let wanted = fields(input);
    let before = fields(&current.to_input());
    let changed: Vec<(&str, Value)> = wanted.into_iter().zip(before).filter(|(new, old)| new.1 != old.1).map(|(new, _)| new).collect();
    if !changed.is_empty() {
        w.set(&CONTENT_ITEMS, id, &changed)?;
    }
    set_terms(w, id, input)?;
    tags::set(w, &CONTENT_ITEMS, id, &input.tags)
}

pub fn set_status(w: &mut Writer, id: &str, status: ContentStatus) -> Result<(), StoreError> {
    w.save(&CONTENT_ITEMS, Some(id), &[("status", text(status.as_str()))]).map(drop)
}

/// Makes the item's personas, industries and products exactly the input's. A term's id is
/// derived from item, facet and value, so adding it on two devices writes one row.
fn set_terms(w: &mut Writer, item_id: &str, input: &ContentInput) -> Result<(), StoreError> {
    let wanted: Vec<(ContentFacet, &String)> =
        [(ContentFacet::Persona, &input.personas), (ContentFacet::Industry, &input.industries), (ContentFacet::Product, &input.products)]
            .into_iter()
            .flat_map(|(facet, values)| values.iter().map(move |v| (facet, v)))
            .collect();
    let terms = wanted
        .into_iter()
        .map(|(facet, value)| {
            let fields = vec![("item_id", text(item_id)), ("facet", text(facet.as_str())), ("value", text(value))];
            (term_id(item_id, facet, value), fields)
        })
        .collect();
    set_children(w, &CONTENT_TERMS, "item_id", item_id, terms)
}

fn term_id(item_id: &str, facet: ContentFacet, value: &str) -> String {
    format!("{item_id}/{}/{}", facet.as_str(), value.to_lowercase())
}

/// Adds a file version to an item; it becomes the current one. Returns the version id.
pub fn add_version(w: &mut Writer, item_id: &str, version: &NewVersion) -> Result<String, StoreError> {
    let number: i64 = w.conn().query_row(
        "SELECT coalesce(max(number), 0) + 1 FROM content_versions WHERE item_id = ?1 AND deleted = 0",
        [item_id],
        |r| r.get(0),
    )?;
    let id = new_id();
    w.create(
        &CONTENT_VERSIONS,
        &id,
        &[
            ("item_id", text(item_id)),
            ("number", Value::Integer(number)),
            ("blob_hash", text(version.blob_hash)),
            ("file_name", text(version.file_name)),
            ("mime", text(version.mime)),
            ("size", Value::Integer(version.size as i64)),
            ("note", text(version.note)),
            ("author_id", version.author_id.map_or(Value::Null, text)),
        ],
    )?;
    // The item changed too: lists sort by it and other devices see it moved.
    w.set(&CONTENT_ITEMS, item_id, &[])?;
    Ok(id)
}

const ITEM_SQL: &str = "SELECT i.id, i.form, i.title, i.description, i.kind, i.stage, i.language, i.owner_id, coalesce(m.name, ''),
        i.status, i.review_by, i.expires_on, i.url, i.body, i.created_at, i.updated_at
     FROM content_items i LEFT JOIN members m ON m.id = i.owner_id AND m.deleted = 0
     WHERE i.id = ?1 AND i.deleted = 0";

pub fn get(conn: &Connection, id: &str) -> Result<ContentItem, StoreError> {
    let mut item =
        conn.query_row(ITEM_SQL, [id], item_from_row).optional()?.ok_or_else(|| StoreError::NotFound { what: "Library item".into() })?;
    let mut stmt =
        conn.prepare_cached("SELECT facet, value FROM content_terms WHERE item_id = ?1 AND deleted = 0 ORDER BY created_at, id")?;
    for row in stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (facet, value) = row?;
        match ContentFacet::parse(&facet) {
            Some(ContentFacet::Persona) => item.personas.push(value),
            Some(ContentFacet::Industry) => item.industries.push(value),
            Some(ContentFacet::Product) => item.products.push(value),
            None => {}
        }
    }
    item.tags = tags::of_record(conn, id)?;
    item.file = current_file(conn, id)?;
    item.text = match &item.file {
        Some(file) => Some(text_of(conn, &file.blob_hash)?),
        None => None,
    };
    Ok(item)
}

fn item_from_row(r: &Row) -> rusqlite::Result<ContentItem> {
    Ok(ContentItem {
        id: r.get(0)?,
        form: ContentForm::parse(&r.get::<_, String>(1)?).unwrap_or_default(),
        title: r.get(2)?,
        description: r.get(3)?,
        kind: ContentKind::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
        stage: FunnelStage::parse(&r.get::<_, String>(5)?),
        personas: Vec::new(),
        industries: Vec::new(),
        products: Vec::new(),
        tags: Vec::new(),
        language: r.get(6)?,
        owner_id: r.get(7)?,
        owner_name: r.get(8)?,
        status: ContentStatus::parse(&r.get::<_, String>(9)?).unwrap_or_default(),
        review_by: r.get(10)?,
        expires_on: r.get(11)?,
        url: r.get(12)?,
        body: r.get(13)?,
        file: None,
        text: None,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

/// The columns `file_from_row` reads, in its order.
const FILE_COLUMNS: &str = "id, number, file_name, mime, size, blob_hash, created_at";

fn file_from_row(r: &Row, first: usize) -> rusqlite::Result<ContentFile> {
    Ok(ContentFile {
        version_id: r.get(first)?,
        number: r.get(first + 1)?,
        file_name: r.get(first + 2)?,
        mime: r.get(first + 3)?,
        size: r.get::<_, i64>(first + 4)? as u64,
        blob_hash: r.get(first + 5)?,
        created_at: r.get(first + 6)?,
    })
}

/// The item's newest live version.
pub fn current_file(conn: &Connection, item_id: &str) -> Result<Option<ContentFile>, StoreError> {
    let sql = format!(
        "SELECT {FILE_COLUMNS} FROM content_versions WHERE item_id = ?1 AND deleted = 0 ORDER BY created_at DESC, number DESC LIMIT 1"
    );
    Ok(conn.query_row(&sql, [item_id], |r| file_from_row(r, 0)).optional()?)
}

/// Every version of an item, newest first, each with the description edits made while it was current.
pub fn versions(conn: &Connection, item_id: &str) -> Result<Vec<ContentVersion>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT v.id, v.number, v.file_name, v.mime, v.size, v.blob_hash, v.note, coalesce(m.name, ''), v.created_at,
                (SELECT min(hlc) FROM changes WHERE tbl = 'content_versions' AND row_id = v.id)
         FROM content_versions v LEFT JOIN members m ON m.id = v.author_id
         WHERE v.item_id = ?1 AND v.deleted = 0 ORDER BY v.created_at DESC, v.number DESC",
    )?;
    let rows = stmt.query_map([item_id], |r| {
        let version = ContentVersion {
            id: r.get(0)?,
            number: r.get(1)?,
            file_name: r.get(2)?,
            mime: r.get(3)?,
            size: r.get::<_, i64>(4)? as u64,
            blob_hash: r.get(5)?,
            note: r.get(6)?,
            author_name: r.get(7)?,
            created_at: r.get(8)?,
            changes: Vec::new(),
        };
        Ok((version, r.get::<_, Option<String>>(9)?))
    })?;
    let mut out: Vec<(ContentVersion, Option<String>)> = rows.collect::<Result<_, _>>()?;
    let edits = description_edits(conn, item_id)?;
    // Newest first: each version owns the edits from its own start to the next version's start.
    let mut until: Option<String> = None;
    for (version, since) in &mut out {
        let since = since.clone().unwrap_or_default();
        version.changes = edits
            .iter()
            .filter(|e| e.hlc > since && until.as_ref().is_none_or(|u| &e.hlc < u))
            .map(|e| MetadataChange { field: e.label.to_owned(), from: e.from.clone(), to: e.to.clone() })
            .collect();
        until = Some(since);
    }
    Ok(out.into_iter().map(|(v, _)| v).collect())
}

struct Edit {
    hlc: String,
    label: &'static str,
    from: String,
    to: String,
}

/// Every logged change of an item's described fields after it was created, oldest first, with
/// the value it replaced. Owners are shown by name.
fn description_edits(conn: &Connection, item_id: &str) -> Result<Vec<Edit>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.hlc, c.col, coalesce(m.name, c.value) FROM changes c
         LEFT JOIN members m ON c.col = 'owner_id' AND m.id = c.value
         WHERE c.tbl = 'content_items' AND c.row_id = ?1 ORDER BY c.seq",
    )?;
    let rows = stmt.query_map([item_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))?;
    let mut last: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut created: Option<String> = None;
    let mut out = Vec::new();
    for row in rows {
        let (hlc, col, value) = row?;
        let value = value.unwrap_or_default();
        if col == "created_at" {
            created = Some(hlc.clone());
        }
        // A field never written since creation still holds its column default.
        let from = match last.insert(col.clone(), value.clone()) {
            Some(from) => from,
            None => match crate::defaults::of(conn, &CONTENT_ITEMS, &col)? {
                Value::Text(text) => text,
                _ => String::new(),
            },
        };
        if created.as_ref() == Some(&hlc) {
            continue;
        }
        if let Some(label) = field_label(&col) {
            if from != value {
                out.push(Edit { hlc, label, from, to: value });
            }
        }
    }
    Ok(out)
}

/// A version's file, for reading its bytes, with the item it belongs to.
pub fn version_file(conn: &Connection, version_id: &str) -> Result<(String, ContentFile), StoreError> {
    let sql = format!("SELECT item_id, {FILE_COLUMNS} FROM content_versions WHERE id = ?1 AND deleted = 0");
    conn.query_row(&sql, [version_id], |r| Ok((r.get(0)?, file_from_row(r, 1)?)))
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "File version".into() })
}

/// The text extracted from a stored file, when extraction found some.
pub fn extracted_text(conn: &Connection, blob_hash: &str) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT text FROM content_text WHERE blob_hash = ?1 AND status = 'indexed'", [blob_hash], |r| r.get(0)).optional()?)
}

/// What extraction made of a stored file; `Pending` when it has not run on this device.
pub fn text_of(conn: &Connection, blob_hash: &str) -> Result<TextExtraction, StoreError> {
    let found = conn
        .query_row("SELECT status, message, length(text) FROM content_text WHERE blob_hash = ?1", [blob_hash], |r| {
            Ok(TextExtraction {
                status: TextStatus::parse(&r.get::<_, String>(0)?).unwrap_or(TextStatus::Failed),
                message: r.get(1)?,
                chars: r.get(2)?,
            })
        })
        .optional()?;
    Ok(found.unwrap_or(TextExtraction { status: TextStatus::Pending, message: String::new(), chars: 0 }))
}

/// Records the text of a stored file (local to this device; search re-indexes the items that hold it).
pub fn record_text(conn: &Connection, blob_hash: &str, status: TextStatus, message: &str, text: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT OR REPLACE INTO content_text (blob_hash, status, message, text) VALUES (?1, ?2, ?3, ?4)",
        [blob_hash, status.as_str(), message, text],
    )?;
    Ok(())
}

/// The hash of every file a live version holds, for a workspace export.
pub fn stored_files(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT blob_hash FROM content_versions WHERE deleted = 0 ORDER BY blob_hash")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Current files whose text this device has not extracted (they arrived by sync, or Tandem
/// stopped between storing a file and reading it).
pub fn files_without_text(conn: &Connection) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT v.blob_hash, v.file_name FROM content_versions v
         WHERE v.deleted = 0 AND NOT EXISTS (SELECT 1 FROM content_text x WHERE x.blob_hash = v.blob_hash)",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Every file the library's live versions name, with its size: what sync uploads.
pub fn version_files(conn: &Connection) -> Result<Vec<(String, i64)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT blob_hash, max(size) FROM content_versions WHERE deleted = 0 AND blob_hash <> '' GROUP BY blob_hash ORDER BY blob_hash",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The current file of each live item in the live collection `collection_id`: what "available
/// offline" keeps on a device.
pub fn collection_files(conn: &Connection, collection_id: &str) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT v.blob_hash FROM content_collection_items e
         JOIN content_collections c ON c.id = e.collection_id AND c.deleted = 0
         JOIN content_items i ON i.id = e.item_id AND i.deleted = 0
         JOIN content_versions v ON v.id = (SELECT id FROM content_versions WHERE item_id = i.id AND deleted = 0
                                            ORDER BY created_at DESC, number DESC LIMIT 1)
         WHERE e.collection_id = ?1 AND e.deleted = 0 AND v.blob_hash <> ''",
    )?;
    let rows = stmt.query_map([collection_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Values in use for a facet, most used first: the suggestions a form offers.
pub fn terms_in_use(conn: &Connection, facet: ContentFacet) -> Result<Vec<(String, u32)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT min(t.value), count(*) FROM content_terms t JOIN content_items i ON i.id = t.item_id AND i.deleted = 0
         WHERE t.facet = ?1 AND t.deleted = 0 GROUP BY lower(t.value) ORDER BY count(*) DESC, min(t.value) LIMIT 200",
    )?;
    let rows = stmt.query_map([facet.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Live items due for review on or before `day` ("YYYY-MM-DD"), with their review date and owner.
pub fn review_due(conn: &Connection, day: &str) -> Result<Vec<(String, String)>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, review_by FROM content_items WHERE deleted = 0 AND status <> 'archived' AND review_by <> '' AND review_by <= ?1",
    )?;
    let rows = stmt.query_map([day], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
