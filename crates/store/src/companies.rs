//! Company queries: the list, one company, writing one, and lookups by name for forms and imports.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use tandem_domain::company::{Company, CompanyInput, CompanyRow, CompanySize};

use crate::tables::COMPANIES;
use crate::{custom_fields, like, new_id, tags, StoreError, Writer};

/// The fields of a new company made on the fly (from a contact form, an import or the sample).
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

/// `+?1`: see `imports::CONTACT_BY_EMAIL` (a bare `?1` would re-prepare on every call).
pub const BY_DOMAIN: &str = "SELECT id FROM companies WHERE deleted = 0 AND domain != '' AND domain = +?1 ORDER BY id LIMIT 1";

pub fn find_by_domain(conn: &Connection, domain: &str) -> Result<Option<String>, StoreError> {
    Ok(conn.prepare_cached(BY_DOMAIN)?.query_row([domain.to_lowercase()], |r| r.get(0)).optional()?)
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
    let mut stmt = conn.prepare_cached(
        "SELECT name FROM companies WHERE deleted = 0 AND name LIKE ?1 ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?2",
    )?;
    let names = stmt.query_map(rusqlite::params![format!("{}%", like::escape(prefix)), limit], |r| r.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

/// One page of live companies whose name, domain or industry contains `search`, alphabetically,
/// and the total.
pub fn page(conn: &Connection, search: &str, offset: u32, limit: u32) -> Result<(u64, Vec<CompanyRow>), StoreError> {
    let search = search.trim();
    let (filter, params): (&str, Vec<Value>) = if search.is_empty() {
        ("", Vec::new())
    } else {
        (
            "AND (co.name LIKE ?1 ESCAPE '\\' OR co.domain LIKE ?1 ESCAPE '\\' OR co.industry LIKE ?1 ESCAPE '\\')",
            vec![Value::Text(format!("%{}%", like::escape(search)))],
        )
    };
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM companies co WHERE co.deleted = 0 {filter}"))?
        .query_row(params_from_iter(&params), |r| r.get(0))?;
    // Page first, then count contacts and open deals for that page only.
    let sql = format!(
        "SELECT {ROW_COLUMNS} FROM (SELECT * FROM companies co WHERE co.deleted = 0 {filter} ORDER BY co.name COLLATE NOCASE, co.id LIMIT {limit} OFFSET {offset}) co
         ORDER BY co.name COLLATE NOCASE, co.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(&params), row)?;
    Ok((total as u64, rows.collect::<Result<_, _>>()?))
}

const ROW_COLUMNS: &str = "co.id, co.name, co.domain, co.industry, co.country, co.updated_at,
    (SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.deleted = 0),
    (SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.company_id = co.id AND d.deleted = 0 AND s.kind = 'open')";

fn row(r: &rusqlite::Row) -> rusqlite::Result<CompanyRow> {
    Ok(CompanyRow {
        id: r.get(0)?,
        name: r.get(1)?,
        domain: r.get(2)?,
        industry: r.get(3)?,
        country: r.get(4)?,
        updated_at: r.get(5)?,
        contact_count: r.get(6)?,
        open_deal_count: r.get(7)?,
    })
}

/// The list rows of the companies `ids`, in that order.
pub fn rows_by_id(conn: &Connection, ids: &[String]) -> Result<Vec<CompanyRow>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {ROW_COLUMNS} FROM companies co WHERE co.id = ?1"))?;
    ids.iter().map(|id| Ok(stmt.query_row([id], row)?)).collect()
}

pub fn get(conn: &Connection, id: &str) -> Result<Company, StoreError> {
    let mut company = conn
        .prepare_cached(
            "SELECT co.id, co.name, co.domain, co.industry, co.size, co.country, co.region, co.address, co.owner_id,
                    coalesce(m.name, ''), co.notes, co.created_at, co.updated_at
             FROM companies co LEFT JOIN members m ON m.id = co.owner_id WHERE co.id = ?1 AND co.deleted = 0",
        )?
        .query_row([id], |r| {
            Ok(Company {
                id: r.get(0)?,
                name: r.get(1)?,
                domain: r.get(2)?,
                industry: r.get(3)?,
                size: CompanySize::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                country: r.get(5)?,
                region: r.get(6)?,
                address: r.get(7)?,
                owner_id: r.get(8)?,
                owner_name: r.get(9)?,
                notes: r.get(10)?,
                created_at: r.get(11)?,
                updated_at: r.get(12)?,
                tags: Vec::new(),
                custom: Vec::new(),
            })
        })
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Company".into() })?;
    company.tags = tags::of_record(conn, id)?;
    company.custom = custom_fields::values_of(conn, id)?;
    Ok(company)
}

fn company_fields(input: &CompanyInput) -> Vec<(&'static str, Value)> {
    vec![
        ("name", input.name.clone().into()),
        ("domain", input.domain.clone().into()),
        ("industry", input.industry.clone().into()),
        ("size", input.size.as_str().to_owned().into()),
        ("country", input.country.clone().into()),
        ("region", input.region.clone().into()),
        ("address", input.address.clone().into()),
        ("owner_id", input.owner_id.clone().map_or(Value::Null, Value::Text)),
        ("notes", input.notes.clone().into()),
    ]
}

/// Writes a validated company (a new one when `id` is None); only changed fields are logged.
pub fn save(w: &mut Writer, id: Option<&str>, input: &CompanyInput) -> Result<String, StoreError> {
    let fields = company_fields(input);
    let id = match id {
        None => w.save(&COMPANIES, None, &fields)?,
        Some(id) => {
            let stored = company_fields(&CompanyInput::from(&get(w.conn(), id)?));
            let changed: Vec<(&str, Value)> =
                fields.into_iter().zip(stored).filter(|((_, new), (_, old))| new != old).map(|(field, _)| field).collect();
            if !changed.is_empty() {
                w.set(&COMPANIES, id, &changed)?;
            }
            id.to_owned()
        }
    };
    tags::set(w, &COMPANIES, &id, &input.tags)?;
    custom_fields::set_values(w, &id, &input.custom)?;
    Ok(id)
}

/// Another live company with the same name (any case), so the UI can refuse a duplicate.
pub fn name_taken(conn: &Connection, name: &str, except: Option<&str>) -> Result<bool, StoreError> {
    Ok(find_by_name(conn, name)?.is_some_and(|found| Some(found.as_str()) != except))
}
