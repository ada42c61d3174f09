//! Search everywhere: the best contacts, companies and deals for what the user typed.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use tandem_domain::company::CompanyRow;
use tandem_domain::contact::{ContactRow, ContactSort};
use tandem_domain::deal::DealRow;

use crate::{companies, contacts, deals, like, StoreError};

/// Matches of one kind: the first few, best first, and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hits<T> {
    pub total: u64,
    pub rows: Vec<T>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Everything {
    pub contacts: Hits<ContactRow>,
    pub companies: Hits<CompanyRow>,
    pub deals: Hits<DealRow>,
}

/// Up to `limit` of each kind of record matching every word of `query`.
pub fn everything(conn: &Connection, query: &str, limit: u32, now: DateTime<Utc>) -> Result<Everything, StoreError> {
    let (total, rows) = contacts::page_sorted(conn, query, ContactSort::Relevance, 0, limit)?;
    let contacts = Hits { total, rows };
    let company_ids = matching(conn, "companies", &["name", "domain"], query, limit)?;
    let companies = Hits { total: company_ids.0, rows: companies::rows_by_id(conn, &company_ids.1)? };
    let deal_ids = matching(conn, "deals", &["name"], query, limit)?;
    let deals = Hits { total: deal_ids.0, rows: deals::rows_by_id(conn, &deal_ids.1, now)? };
    Ok(Everything { contacts, companies, deals })
}

/// Ids of live rows of `table` matching every token, best first: substring matches through the
/// trigram index `{table}_fts` for tokens of 3+ characters, word starts through `{table}_words`
/// for shorter ones; punctuation-only tokens ("—", "&") must appear somewhere in `columns`, so a
/// pasted name such as "Acme — rollout (250 seats)" finds its record.
fn matching(conn: &Connection, table: &str, columns: &[&str], query: &str, limit: u32) -> Result<(u64, Vec<String>), StoreError> {
    let tokens: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if tokens.is_empty() {
        return Ok((0, Vec::new()));
    }
    let (long, short): (Vec<&String>, Vec<&String>) = tokens.iter().partition(|t| t.chars().count() >= 3);
    let (words, symbols): (Vec<&String>, Vec<&String>) = short.into_iter().partition(|t| t.chars().any(char::is_alphanumeric));
    let quoted = |tokens: &[&String], suffix: &str| {
        tokens.iter().map(|t| format!("\"{}\"{suffix}", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" AND ")
    };
    let mut params: Vec<Value> = Vec::new();
    let mut conditions = vec!["t.deleted = 0".to_owned()];
    // The index that ranks: trigram when there is a long token, else the word index.
    let (from, order) = if !long.is_empty() {
        params.push(quoted(&long, "").into());
        (format!("{table}_fts f JOIN {table} t ON t.rowid = f.rowid AND {table}_fts MATCH ?1"), "f.rank".to_owned())
    } else if !words.is_empty() {
        params.push(quoted(&words, "*").into());
        (format!("{table}_words f JOIN {table} t ON t.rowid = f.rowid AND {table}_words MATCH ?1"), "f.rank".to_owned())
    } else {
        (format!("{table} t"), format!("t.{} COLLATE NOCASE", columns[0]))
    };
    if !long.is_empty() && !words.is_empty() {
        params.push(quoted(&words, "*").into());
        conditions.push(format!("t.rowid IN (SELECT rowid FROM {table}_words WHERE {table}_words MATCH ?{})", params.len()));
    }
    for token in symbols {
        params.push(format!("%{}%", like::escape(token)).into());
        let n = params.len();
        let any = columns.iter().map(|c| format!("t.{c} LIKE ?{n} ESCAPE '\\'")).collect::<Vec<_>>().join(" OR ");
        conditions.push(format!("({any})"));
    }
    let where_sql = conditions.join(" AND ");
    let total: i64 = conn
        .prepare_cached(&format!("SELECT count(*) FROM {from} WHERE {where_sql}"))?
        .query_row(params_from_iter(&params), |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(&format!("SELECT t.id FROM {from} WHERE {where_sql} ORDER BY {order}, t.id LIMIT {limit}"))?;
    let ids = stmt.query_map(params_from_iter(&params), |r| r.get(0))?;
    Ok((total as u64, ids.collect::<Result<_, _>>()?))
}
