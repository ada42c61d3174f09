//! Search everywhere: the best contacts, companies and deals for what the user typed.

use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use tandem_domain::company::CompanyRow;
use tandem_domain::contact::ContactRow;
use tandem_domain::deal::DealRow;

use crate::contacts::Matches;
use crate::{companies, contacts, deals, like, StoreError};

/// When a query is broad enough to rank candidates only. FTS5's bm25 reads every match of each
/// word before it ranks, and then each match: "analytics" over 100,000 people ranks in 7 ms,
/// more than the whole search may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breadth {
    /// Up to this many matches of a kind are all ranked.
    pub rank_all_up_to: u64,
    /// How many name matches, in index order, a broader query ranks.
    pub candidates: u32,
}

impl Default for Breadth {
    fn default() -> Self {
        Breadth { rank_all_up_to: 1_000, candidates: 300 }
    }
}

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
    everything_within(conn, query, limit, now, Breadth::default())
}

/// `everything`, with broad queries told apart by `breadth`.
pub fn everything_within(
    conn: &Connection,
    query: &str,
    limit: u32,
    now: DateTime<Utc>,
    breadth: Breadth,
) -> Result<Everything, StoreError> {
    let contacts = match Matches::build(query) {
        None => Hits { total: 0, rows: Vec::new() },
        Some(m) => {
            let (total, ids) = Found { table: "contacts", sql: m.sql, params: m.params }.best(conn, query, limit, breadth)?;
            Hits { total, rows: contacts::rows_by_id(conn, &ids)? }
        }
    };
    let (total, ids) = matching("companies", &["name", "domain"], query).best(conn, query, limit, breadth)?;
    let companies = Hits { total, rows: companies::rows_by_id(conn, &ids)? };
    let (total, ids) = matching("deals", &["name"], query).best(conn, query, limit, breadth)?;
    let deals = Hits { total, rows: deals::rows_by_id(conn, &ids, now)? };
    Ok(Everything { contacts, companies, deals })
}

/// The live rows of `table` a query matches: `sql` yields each one's `rowid` and `rank` (lower
/// is better), index order first.
struct Found {
    table: &'static str,
    sql: String,
    params: Vec<Value>,
}

impl Found {
    /// How many match, and the ids of the best `limit`. A narrow query ranks every match. A broad
    /// one ranks the records whose name has a word starting with each word typed (the first
    /// `breadth.candidates` of them); if those do not fill the page, other matches follow in index order.
    fn best(&self, conn: &Connection, query: &str, limit: u32, breadth: Breadth) -> Result<(u64, Vec<String>), StoreError> {
        let Found { table, sql, params } = self;
        let total: i64 =
            conn.prepare_cached(&format!("SELECT count(*) FROM ({sql})"))?.query_row(params_from_iter(params), |r| r.get(0))?;
        let total = total as u64;
        if total <= breadth.rank_all_up_to {
            let all = format!("SELECT rowid, rank, 0 AS size FROM ({sql})");
            return Ok((total, ids(conn, &self.ranked(&all, limit), params)?));
        }
        let mut best = Vec::new();
        if let Some(names) = name_starts(query) {
            // Shortest name first: "Ana" before "Anabel" before "Ana María". Not bm25, which would
            // first read every record with a word starting so ("an": tens of thousands).
            let named = format!(
                "SELECT rowid, 0 AS rank, length(name) AS size FROM {table}_words WHERE {table}_words MATCH ?{} LIMIT {}",
                params.len() + 1,
                breadth.candidates
            );
            best = ids(conn, &self.ranked(&named, limit), &[params.as_slice(), &[Value::Text(names)]].concat())?;
        }
        if best.len() < limit as usize {
            // The rest in index order: ranking them would cost a full pass (bm25 counts every
            // match of each word first). Twice the page, so the named ones found again still
            // leave a page.
            let first = format!(
                "SELECT t.id FROM (SELECT rowid FROM ({sql}) LIMIT {}) m JOIN {table} t ON t.rowid = m.rowid ORDER BY m.rowid",
                2 * limit
            );
            let others: Vec<String> = ids(conn, &first, params)?.into_iter().filter(|id| !best.contains(id)).collect();
            best.extend(others.into_iter().take(limit as usize - best.len()));
        }
        Ok((total, best))
    }

    /// The ids of the best `take` of `candidates` (rowid, rank, size): ranked inside the index,
    /// so only one page of rows is read from the table.
    fn ranked(&self, candidates: &str, take: u32) -> String {
        let table = self.table;
        format!(
            "SELECT t.id FROM (SELECT rowid, rank, size FROM ({candidates}) ORDER BY rank, size, rowid LIMIT {take}) m
             JOIN {table} t ON t.rowid = m.rowid ORDER BY m.rank, m.size, m.rowid"
        )
    }
}

fn ids(conn: &Connection, sql: &str, params: &[Value]) -> Result<Vec<String>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let ids = stmt.query_map(params_from_iter(params), |r| r.get(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

/// A word-index query for names with a word starting with each word of `query`, when that alone
/// implies a match: every token letters or digits, and not a phone fragment.
fn name_starts(query: &str) -> Option<String> {
    let tokens: Vec<&str> = query.split_whitespace().collect();
    let wordy = |t: &&str| t.chars().all(char::is_alphanumeric) && !t.chars().all(|c| c.is_ascii_digit());
    (!tokens.is_empty() && tokens.iter().all(wordy))
        .then(|| tokens.iter().map(|t| format!("name : \"{}\"*", t.to_lowercase())).collect::<Vec<_>>().join(" AND "))
}

/// Live rows of `table` matching every token: substring matches through the trigram index
/// `{table}_fts` for tokens of 3+ characters, word starts through `{table}_words` for shorter
/// ones; punctuation-only tokens ("—", "&") must appear somewhere in `columns`, so a pasted name
/// such as "Acme — rollout (250 seats)" finds its record.
fn matching(table: &'static str, columns: &[&str], query: &str) -> Found {
    let tokens: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let (long, short): (Vec<&String>, Vec<&String>) = tokens.iter().partition(|t| t.chars().count() >= 3);
    let (words, symbols): (Vec<&String>, Vec<&String>) = short.into_iter().partition(|t| t.chars().any(char::is_alphanumeric));
    let quoted = |tokens: &[&String], suffix: &str| {
        tokens.iter().map(|t| format!("\"{}\"{suffix}", t.replace('"', "\"\""))).collect::<Vec<_>>().join(" AND ")
    };
    // The index that ranks: trigram when there is a long token, else the word index; with
    // punctuation alone, the name. The indexes hold live rows only.
    let mut params: Vec<Value> = Vec::new();
    let mut sql = if !long.is_empty() {
        params.push(quoted(&long, "").into());
        format!("SELECT rowid, rank FROM {table}_fts WHERE {table}_fts MATCH ?1")
    } else if !words.is_empty() {
        params.push(quoted(&words, "*").into());
        format!("SELECT rowid, rank FROM {table}_words WHERE {table}_words MATCH ?1")
    } else if !symbols.is_empty() {
        format!("SELECT rowid, lower(name) AS rank FROM {table} WHERE deleted = 0")
    } else {
        format!("SELECT rowid, 0 AS rank FROM {table} WHERE 0")
    };
    if !long.is_empty() && !words.is_empty() {
        params.push(quoted(&words, "*").into());
        sql.push_str(&format!(" AND rowid IN (SELECT rowid FROM {table}_words WHERE {table}_words MATCH ?{})", params.len()));
    }
    for token in symbols {
        params.push(format!("%{}%", like::escape(token)).into());
        let n = params.len();
        let any = columns.iter().map(|c| format!("t.{c} LIKE ?{n} ESCAPE '\\'")).collect::<Vec<_>>().join(" OR ");
        sql.push_str(&format!(" AND rowid IN (SELECT t.rowid FROM {table} t WHERE {any})"));
    }
    Found { table, sql, params }
}
