//! Contact queries: the paged list, substring search, one contact, and writing one.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use tandem_domain::contact::{display_name, phone_display, Contact, ContactInput, ContactRow, ContactSort};
use tandem_domain::lifecycle::{Bant, BantAnswer, BantStatus, LifecycleStage};
use tandem_domain::metrics::funnel_rank;
use tandem_domain::view::RecordFilter;

use crate::filters::{FilterSql, FilterTarget};
use crate::tables::CONTACTS;
use crate::{contact_points, custom_fields, like, stage_history, tags, StoreError, Writer};

const ROW_COLUMNS: &str =
    "c.id, c.first_name, c.last_name, c.email, c.title, coalesce(co.name, ''), c.country, c.updated_at, c.lifecycle_stage,
     (SELECT ls.score FROM lead_scores ls WHERE ls.contact_id = c.id)";
const ORDER_BY_NAME: &str = "c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE, c.id";

/// One page of live contacts matching `search`, best matches first, and how many match in all.
pub fn page(conn: &Connection, search: &str, offset: u32, limit: u32) -> Result<(u64, Vec<ContactRow>), StoreError> {
    page_sorted(conn, search, ContactSort::Relevance, offset, limit)
}

/// Like `page`, in the order the user picked.
pub fn page_sorted(
    conn: &Connection,
    search: &str,
    sort: ContactSort,
    offset: u32,
    limit: u32,
) -> Result<(u64, Vec<ContactRow>), StoreError> {
    page_filtered(conn, search, &RecordFilter::default(), sort, offset, limit, "")
}

/// Like `page_sorted`, showing only contacts that pass `filter`; `activity_cutoff` (RFC 3339)
/// is when "no activity in N days" starts.
pub fn page_filtered(
    conn: &Connection,
    search: &str,
    filter: &RecordFilter,
    sort: ContactSort,
    offset: u32,
    limit: u32,
    activity_cutoff: &str,
) -> Result<(u64, Vec<ContactRow>), StoreError> {
    let joined = "contacts c LEFT JOIN companies co ON co.id = c.company_id";
    let order = match sort {
        ContactSort::Relevance | ContactSort::Name => ORDER_BY_NAME,
        ContactSort::RecentlyUpdated => "c.updated_at DESC, c.id DESC",
        ContactSort::RecentlyAdded => "c.created_at DESC, c.id DESC",
        // Scores are local (derived on this device), read by key for each contact.
        ContactSort::Score => "(SELECT ls.score FROM lead_scores ls WHERE ls.contact_id = c.id) DESC NULLS LAST, c.id",
    };
    let matches = Matches::build(search);
    if !filter.is_empty() {
        // Filters narrow the matches (or every live contact) through indexed lookups per row.
        let mut params = matches.as_ref().map(|m| m.params.clone()).unwrap_or_default();
        let extra = FilterSql::build(filter, FilterTarget::Contacts, params.len() + 1, activity_cutoff);
        params.extend(extra.params);
        let matched =
            |m: &Matches| format!("({}) m JOIN contacts c ON c.rowid = m.rowid LEFT JOIN companies co ON co.id = c.company_id", m.sql);
        let (from, order) = match &matches {
            Some(m) if sort == ContactSort::Relevance => (matched(m), "m.rank, m.rowid"),
            Some(m) => (matched(m), order),
            None => (joined.to_owned(), order),
        };
        let where_sql = std::iter::once("c.deleted = 0".to_owned()).chain(extra.conditions).collect::<Vec<_>>().join(" AND ");
        let total: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM {from} WHERE {where_sql}"))?
            .query_row(params_from_iter(&params), |r| r.get(0))?;
        let sql = format!("SELECT {ROW_COLUMNS} FROM {from} WHERE {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {offset}");
        return Ok((total as u64, rows(conn, &sql, &params)?));
    }
    let Some(matches) = matches else {
        let total = count_live(conn)?;
        let sql = format!("SELECT {ROW_COLUMNS} FROM {joined} WHERE c.deleted = 0 ORDER BY {order} LIMIT {limit} OFFSET {offset}");
        return Ok((total, rows(conn, &sql, &[])?));
    };
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM ({})", matches.sql))?
        .query_row(params_from_iter(&matches.params), |r| r.get(0))?;
    let sql = if !matches.ranked && matches!(sort, ContactSort::Relevance | ContactSort::Name) {
        // Word starts, listed by name. SQLite, left to itself, reads every match by rowid and sorts
        // them all (35 ms for the 36,000 people a one-letter search finds in 100,000). When matches
        // are dense, walking the name index and keeping the matching rows finds the page sooner:
        // it reads about (offset + limit) × contacts / matches entries. `+` keeps SQLite from
        // driving the query by rowid; few matches are still read by rowid and sorted.
        let contacts: i64 = conn.prepare_cached("SELECT coalesce(max(rowid), 0) FROM contacts")?.query_row([], |r| r.get(0))?;
        let walk_names = total.saturating_mul(total) >= (i64::from(offset) + i64::from(limit)).saturating_mul(contacts);
        let rowid = if walk_names { "+c.rowid" } else { "c.rowid" };
        format!(
            "SELECT {ROW_COLUMNS} FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
             WHERE c.deleted = 0 AND {rowid} IN (SELECT rowid FROM ({})) ORDER BY {ORDER_BY_NAME} LIMIT {limit} OFFSET {offset}",
            matches.sql
        )
    } else if sort == ContactSort::Relevance {
        // Rank and page inside the index first, so only one page of rows is joined.
        format!(
            "SELECT {ROW_COLUMNS} FROM ({} ORDER BY rank, rowid LIMIT {limit} OFFSET {offset}) m JOIN contacts c ON c.rowid = m.rowid LEFT JOIN companies co ON co.id = c.company_id ORDER BY m.rank, m.rowid",
            matches.sql
        )
    } else {
        format!("SELECT {ROW_COLUMNS} FROM ({}) m JOIN contacts c ON c.rowid = m.rowid LEFT JOIN companies co ON co.id = c.company_id ORDER BY {order} LIMIT {limit} OFFSET {offset}", matches.sql)
    };
    Ok((total as u64, rows(conn, &sql, &matches.params)?))
}

/// List rows of the contacts with these ids, in that order.
pub(crate) fn rows_by_id(conn: &Connection, ids: &[String]) -> Result<Vec<ContactRow>, StoreError> {
    let sql = format!("SELECT {ROW_COLUMNS} FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?1");
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        found.extend(rows(conn, &sql, &[Value::Text(id.clone())])?);
    }
    Ok(found)
}

fn rows(conn: &Connection, sql: &str, params: &[Value]) -> Result<Vec<ContactRow>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        let (first, last): (String, String) = (r.get(1)?, r.get(2)?);
        Ok(ContactRow {
            id: r.get(0)?,
            name: display_name(&first, &last),
            email: r.get(3)?,
            title: r.get(4)?,
            company_name: r.get(5)?,
            country: r.get(6)?,
            updated_at: r.get(7)?,
            lifecycle_stage: lifecycle(&r.get::<_, String>(8)?),
            score: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A search as a subquery yielding the `rowid` and `rank` of every live matching contact.
/// The full-text tables hold live contacts only, so neither counting nor ranking joins a table.
pub(crate) struct Matches {
    pub(crate) sql: String,
    pub(crate) params: Vec<Value>,
    /// False for one- and two-letter searches: word starts match thousands of people equally
    /// well, so they are listed by name (read in index order) instead of ranked one by one.
    pub(crate) ranked: bool,
}

impl Matches {
    pub(crate) fn build(search: &str) -> Option<Matches> {
        let tokens: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
        if tokens.is_empty() {
            return None;
        }
        let (long, short): (Vec<&String>, Vec<&String>) = tokens.iter().partition(|t| t.chars().count() >= 3);
        let mut params: Vec<Value> = Vec::new();
        if !long.is_empty() {
            // Each long token is a quoted trigram phrase: a substring match anywhere in a field;
            // a phone fragment ("555-0100", "(415) 555") matches the digits of the phones.
            let terms: Vec<String> = long.iter().map(|t| trigram_term(t)).collect();
            params.push(Value::Text(terms.join(" AND ")));
            let mut sql = "SELECT rowid, rank FROM contacts_fts WHERE contacts_fts MATCH ?1".to_owned();
            for token in &short {
                params.push(Value::Text(format!("%{}%", like::escape(token))));
                sql.push_str(&format!(" AND (name || ' ' || email || ' ' || company) LIKE ?{} ESCAPE '\\'", params.len()));
            }
            return Some(Matches { sql, params, ranked: true });
        }
        // Under three characters the trigram index cannot help: match word starts instead,
        // through the word index (accents folded); punctuation-only tokens fall back to LIKE.
        let (words, symbols): (Vec<&String>, Vec<&String>) = short.into_iter().partition(|t| t.chars().any(char::is_alphanumeric));
        let mut conditions = Vec::new();
        for token in symbols {
            params.push(Value::Text(format!("{}%", like::escape(token))));
            let p = params.len();
            conditions.push(format!(
                "(c.first_name LIKE ?{p} ESCAPE '\\' OR c.last_name LIKE ?{p} ESCAPE '\\' OR c.email LIKE ?{p} ESCAPE '\\' OR co.name LIKE ?{p} ESCAPE '\\')"
            ));
        }
        let sql = if words.is_empty() {
            format!("SELECT c.rowid AS rowid, 0 AS rank FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.deleted = 0 AND {}", conditions.join(" AND "))
        } else {
            params.push(Value::Text(phrase(&words, "*")));
            let mut sql = format!("SELECT rowid, rank FROM contacts_words WHERE contacts_words MATCH ?{}", params.len());
            if !conditions.is_empty() {
                sql.push_str(&format!(
                    " AND rowid IN (SELECT c.rowid FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE {})",
                    conditions.join(" AND ")
                ));
            }
            sql
        };
        Some(Matches { sql, params, ranked: false })
    }
}

/// One token as an FTS5 trigram term: quoted text anywhere, or phone digits in the phones column.
fn trigram_term(token: &str) -> String {
    let digits: String = token.chars().filter(char::is_ascii_digit).collect();
    let phone_like = digits.len() >= 3 && digits.len() < token.len() && token.chars().all(|c| c.is_ascii_digit() || "+-(). /".contains(c));
    if phone_like {
        format!("phones : \"{digits}\"")
    } else {
        format!("\"{}\"", token.replace('"', "\"\""))
    }
}

/// An FTS5 query requiring every token, each quoted (so any character is literal), with `suffix`.
fn phrase(tokens: &[&String], suffix: &str) -> String {
    tokens.iter().map(|t| format!("\"{}\"{suffix}", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" AND ")
}

pub fn get(conn: &Connection, id: &str) -> Result<Contact, StoreError> {
    let mut contact = conn
        .prepare_cached(
            "SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.title, c.company_id, coalesce(co.name, ''), c.country, c.notes,
                    c.created_at, c.updated_at, c.lifecycle_stage, c.lead_status, c.lead_source, c.owner_id, coalesce(m.name, ''),
                    c.do_not_contact, c.bant_budget, c.bant_budget_note, c.bant_authority, c.bant_authority_note, c.bant_need,
                    c.bant_need_note, c.bant_timeline, c.bant_timeline_note,
                    c.first_campaign_id, coalesce(fc.name, ''), c.last_campaign_id, coalesce(lc.name, '')
             FROM contacts c LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN members m ON m.id = c.owner_id
             LEFT JOIN campaigns fc ON fc.id = c.first_campaign_id AND fc.deleted = 0
             LEFT JOIN campaigns lc ON lc.id = c.last_campaign_id AND lc.deleted = 0
             WHERE c.id = ?1 AND c.deleted = 0",
        )?
        .query_row([id], |r| {
            let answer = |status: usize| -> rusqlite::Result<BantAnswer> {
                Ok(BantAnswer { status: BantStatus::parse(&r.get::<_, String>(status)?).unwrap_or_default(), note: r.get(status + 1)? })
            };
            Ok(Contact {
                id: r.get(0)?,
                first_name: r.get(1)?,
                last_name: r.get(2)?,
                email: r.get(3)?,
                phone: r.get(4)?,
                title: r.get(5)?,
                company_id: r.get(6)?,
                company_name: r.get(7)?,
                country: r.get(8)?,
                notes: r.get(9)?,
                created_at: r.get(10)?,
                updated_at: r.get(11)?,
                lifecycle_stage: lifecycle(&r.get::<_, String>(12)?),
                lead_status: r.get(13)?,
                lead_source: r.get(14)?,
                owner_id: r.get(15)?,
                owner_name: r.get(16)?,
                do_not_contact: r.get(17)?,
                bant: Bant { budget: answer(18)?, authority: answer(20)?, need: answer(22)?, timeline: answer(24)? },
                tags: Vec::new(),
                other_emails: Vec::new(),
                other_phones: Vec::new(),
                phone_display: String::new(),
                other_phones_display: Vec::new(),
                custom: Vec::new(),
                first_campaign_id: Some(r.get::<_, String>(26)?).filter(|id| !id.is_empty()),
                first_campaign_name: r.get(27)?,
                last_campaign_id: Some(r.get::<_, String>(28)?).filter(|id| !id.is_empty()),
                last_campaign_name: r.get(29)?,
            })
        })
        .optional()?
        .ok_or_else(|| StoreError::NotFound { what: "Contact".into() })?;
    contact.tags = tags::of_record(conn, id)?;
    contact.other_emails = contact_points::of_contact(conn, id, contact_points::EMAIL)?;
    contact.other_phones = contact_points::of_contact(conn, id, contact_points::PHONE)?;
    contact.custom = custom_fields::values_of(conn, id)?;
    contact.phone_display = phone_display(&contact.phone);
    contact.other_phones_display = contact.other_phones.iter().map(|p| phone_display(p)).collect();
    Ok(contact)
}

fn lifecycle(text: &str) -> LifecycleStage {
    LifecycleStage::parse(text).unwrap_or_default()
}

/// Writes a new validated contact that already has a history elsewhere (import, sample),
/// keeping its original created and updated times (RFC 3339).
pub fn create_dated(
    w: &mut Writer,
    id: &str,
    input: &ContactInput,
    company_id: Option<String>,
    created_at: &str,
    updated_at: &str,
) -> Result<(), StoreError> {
    let mut fields = contact_fields(input, company_id);
    fields.push(("created_at", created_at.to_owned().into()));
    fields.push(("updated_at", updated_at.to_owned().into()));
    w.write_fields(&CONTACTS, id, &fields)?;
    add_children(w, id, input)?;
    stage_history::start(w, &CONTACTS, id, input.lifecycle_stage.as_str(), created_at)
}

fn contact_fields(input: &ContactInput, company_id: Option<String>) -> Vec<(&'static str, Value)> {
    let mut fields = vec![
        ("first_name", input.first_name.clone().into()),
        ("last_name", input.last_name.clone().into()),
        ("email", input.email.clone().into()),
        ("phone", input.phone.clone().into()),
        ("title", input.title.clone().into()),
        ("company_id", company_id.map_or(Value::Null, Value::Text)),
        ("country", input.country.clone().into()),
        ("notes", input.notes.clone().into()),
        ("lifecycle_stage", input.lifecycle_stage.as_str().to_owned().into()),
        ("lead_status", input.lead_status.clone().into()),
        ("lead_source", input.lead_source.clone().into()),
        ("owner_id", input.owner_id.clone().map_or(Value::Null, Value::Text)),
        ("do_not_contact", Value::Integer(input.do_not_contact.into())),
        ("first_campaign_id", input.first_campaign_id.clone().unwrap_or_default().into()),
        ("last_campaign_id", input.last_campaign_id.clone().unwrap_or_default().into()),
    ];
    for (status_column, note_column, answer) in input.bant.answers() {
        fields.push((status_column, answer.status.as_str().to_owned().into()));
        fields.push((note_column, answer.note.clone().into()));
    }
    fields
}

/// Writes a validated contact; only fields that differ from the stored row are logged.
/// A new lifecycle stage is kept in the stage history.
pub fn save(w: &mut Writer, id: &str, input: &ContactInput, company_id: Option<String>, is_new: bool) -> Result<(), StoreError> {
    let fields = contact_fields(input, company_id);
    let now = w.now_text();
    if is_new {
        w.create(&CONTACTS, id, &fields)?;
        add_children(w, id, input)?;
        return stage_history::start(w, &CONTACTS, id, input.lifecycle_stage.as_str(), &now);
    }
    let current = get(w.conn(), id)?;
    let stored = contact_fields(&ContactInput::from(&current), current.company_id.clone());
    let changed: Vec<(&str, Value)> =
        fields.into_iter().zip(stored).filter(|((_, new), (_, old))| new != old).map(|(field, _)| field).collect();
    if !changed.is_empty() {
        w.set(&CONTACTS, id, &changed)?;
    }
    write_children(w, id, input)?;
    stage_history::enter(w, &CONTACTS, id, input.lifecycle_stage.as_str(), &now)
}

/// Moves a contact forward in the funnel to `stage` as of `at` (RFC 3339), keeping the stay in
/// the stage history. Never moves one back, one off the funnel ("other"), or one whose current
/// stage began after `at` (a backdated event must not rewrite a later history). Returns whether
/// it moved.
pub fn advance_lifecycle(w: &mut Writer, id: &str, stage: LifecycleStage, at: &str) -> Result<bool, StoreError> {
    let current: Option<(String, String)> = w
        .conn()
        .query_row(
            "SELECT c.lifecycle_stage, coalesce((SELECT max(h.entered_at) FROM stage_history h
                 WHERE h.record_id = c.id AND h.left_at = '' AND h.deleted = 0), '')
             FROM contacts c WHERE c.id = ?1 AND c.deleted = 0",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((current, since)) = current else { return Ok(false) };
    let earlier =
        matches!((LifecycleStage::parse(&current).and_then(funnel_rank), funnel_rank(stage)), (Some(now), Some(next)) if now < next);
    if !earlier || since.as_str() > at {
        return Ok(false);
    }
    w.set(&CONTACTS, id, &[("lifecycle_stage", stage.as_str().to_owned().into())])?;
    stage_history::enter(w, &CONTACTS, id, stage.as_str(), at)?;
    Ok(true)
}

/// A new contact's child rows: nothing to compare with, so nothing is read.
fn add_children(w: &mut Writer, id: &str, input: &ContactInput) -> Result<(), StoreError> {
    tags::add(w, &CONTACTS, id, &input.tags)?;
    contact_points::add(w, id, contact_points::EMAIL, &input.other_emails)?;
    contact_points::add(w, id, contact_points::PHONE, &input.other_phones)?;
    custom_fields::set_values(w, id, &input.custom)
}

/// The contact's child rows: tags, and e-mails and phones beyond the primary ones.
fn write_children(w: &mut Writer, id: &str, input: &ContactInput) -> Result<(), StoreError> {
    tags::set(w, &CONTACTS, id, &input.tags)?;
    contact_points::set(w, id, contact_points::EMAIL, &input.other_emails)?;
    contact_points::set(w, id, contact_points::PHONE, &input.other_phones)?;
    custom_fields::set_values(w, id, &input.custom)
}

pub fn count_live(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn.query_row("SELECT count(*) FROM contacts WHERE deleted = 0", [], |r| r.get::<_, i64>(0))? as u64)
}
