//! Company lookups the contact form needs: find by name, suggest names.

use rusqlite::{Connection, OptionalExtension};

use crate::tables::COMPANIES;
use crate::{new_id, StoreError, Writer};

/// The fields of a new company.
pub struct NewCompany<'a> {
    pub name: &'a str,
    pub domain: &'a str,
    pub industry: &'a str,
    pub country: &'a str,
}

pub fn create(w: &mut Writer, company: &NewCompany) -> Result<String, StoreError> {
    let id = new_id();
    w.create(
        &COMPANIES,
        &id,
        &[
            ("name", company.name.to_owned().into()),
            ("domain", company.domain.to_owned().into()),
            ("industry", company.industry.to_owned().into()),
            ("country", company.country.to_owned().into()),
        ],
    )?;
    Ok(id)
}

pub fn find_by_name(conn: &Connection, name: &str) -> Result<Option<String>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM companies WHERE deleted = 0 AND name = ?1 COLLATE NOCASE ORDER BY id LIMIT 1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// The company called `name` (any case), created if there is none; None for an empty name.
pub fn find_or_create(w: &mut Writer, name: &str) -> Result<Option<String>, StoreError> {
    if name.is_empty() {
        return Ok(None);
    }
    if let Some(id) = find_by_name(w.conn(), name)? {
        return Ok(Some(id));
    }
    create(w, &NewCompany { name, domain: "", industry: "", country: "" }).map(Some)
}

/// Names of live companies starting with `prefix` (any case), alphabetically.
pub fn names_with_prefix(conn: &Connection, prefix: &str, limit: u32) -> Result<Vec<String>, StoreError> {
    let pattern = format!("{}%", prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let mut stmt = conn.prepare_cached(
        "SELECT name FROM companies WHERE deleted = 0 AND name LIKE ?1 ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?2",
    )?;
    let names = stmt.query_map(rusqlite::params![pattern, limit], |r| r.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}
