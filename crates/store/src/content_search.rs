//! Finding library items: one full-text search over titles, descriptions and the text inside
//! files, narrowed by facets, with the counts each facet value would give.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use tandem_domain::content::{ContentForm, ContentHit, ContentKind, ContentQuery, ContentResults, ContentStatus, FacetCount, FunnelStage};

use crate::StoreError;

/// Turns what a user typed into an FTS5 query that cannot be a syntax error: every word is
/// quoted and matches as a prefix; "quoted text" stays a phrase. None when nothing is searchable.
pub fn fts_query(text: &str) -> Option<String> {
    let mut parts = Vec::new();
    for (i, chunk) in text.split('"').enumerate() {
        let words: Vec<&str> = chunk.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            parts.push(format!("\"{}\"", words.join(" ")));
        } else {
            parts.extend(words.iter().map(|w| format!("\"{w}\"*")));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[derive(Clone, Copy, PartialEq)]
enum Facet {
    Kind,
    Stage,
    Status,
    Term(&'static str),
}

const FACETS: [(Facet, &str); 6] = [
    (Facet::Kind, "kind"),
    (Facet::Stage, "stage"),
    (Facet::Status, "status"),
    (Facet::Term("persona"), "persona"),
    (Facet::Term("industry"), "industry"),
    (Facet::Term("product"), "product"),
];

/// SQL conditions on `i` (content_items) for every facet but `except`, with their parameters.
fn conditions(query: &ContentQuery, except: Option<Facet>, params: &mut Vec<Value>) -> String {
    let mut sql = String::from("i.deleted = 0");
    let mut any_of = |facet: Facet, values: Vec<String>, params: &mut Vec<Value>| {
        if values.is_empty() || Some(facet) == except {
            return;
        }
        let marks = vec!["?"; values.len()].join(", ");
        match facet {
            Facet::Kind => sql.push_str(&format!(" AND i.kind IN ({marks})")),
            Facet::Stage => sql.push_str(&format!(" AND i.stage IN ({marks})")),
            Facet::Status => sql.push_str(&format!(" AND i.status IN ({marks})")),
            Facet::Term(name) => sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM content_terms t WHERE t.item_id = i.id AND t.deleted = 0 AND t.facet = '{name}'
                   AND lower(t.value) IN ({marks}))"
            )),
        }
        let lower = matches!(facet, Facet::Term(_));
        params.extend(values.into_iter().map(|v| Value::Text(if lower { v.to_lowercase() } else { v })));
    };
    any_of(Facet::Kind, query.kinds.iter().map(|k| k.as_str().to_owned()).collect(), params);
    any_of(Facet::Stage, query.stages.iter().map(|k| k.as_str().to_owned()).collect(), params);
    any_of(Facet::Status, query.statuses.iter().map(|k| k.as_str().to_owned()).collect(), params);
    any_of(Facet::Term("persona"), query.personas.clone(), params);
    any_of(Facet::Term("industry"), query.industries.clone(), params);
    any_of(Facet::Term("product"), query.products.clone(), params);
    if let Some(collection) = &query.collection_id {
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM content_collection_items ci WHERE ci.item_id = i.id AND ci.deleted = 0 AND ci.collection_id = ?)",
        );
        params.push(Value::Text(collection.clone()));
    }
    sql
}

pub fn search(conn: &Connection, query: &ContentQuery) -> Result<ContentResults, StoreError> {
    let fts = fts_query(&query.text);
    // The matching rows once, as a JSON array the other queries join to.
    let matched: Option<String> = match &fts {
        Some(fts) => Some(conn.query_row("SELECT json_group_array(rowid) FROM content_fts WHERE content_fts MATCH ?1", [fts], |r| r.get(0))?),
        None => None,
    };
    let source = if matched.is_some() { "content_items i JOIN json_each(?) m ON m.value = i.rowid" } else { "content_items i" };
    let lead = |params: &mut Vec<Value>| {
        if let Some(m) = &matched {
            params.push(Value::Text(m.clone()));
        }
    };

    let mut params = Vec::new();
    lead(&mut params);
    let all = conditions(query, None, &mut params);
    let total: u32 = conn.query_row(&format!("SELECT count(*) FROM {source} WHERE {all}"), params_from_iter(&params), |r| r.get(0))?;

    let hits = hits(conn, query, fts.as_deref())?;

    let mut facets = Vec::new();
    for (facet, name) in FACETS {
        let mut params = Vec::new();
        lead(&mut params);
        let cond = conditions(query, Some(facet), &mut params);
        let sql = match facet {
            Facet::Term(term) => format!(
                "SELECT min(t.value), count(DISTINCT i.id) FROM {source} JOIN content_terms t ON t.item_id = i.id AND t.deleted = 0 AND t.facet = '{term}'
                 WHERE {cond} GROUP BY lower(t.value) ORDER BY count(DISTINCT i.id) DESC, min(t.value) LIMIT 30"
            ),
            _ => format!("SELECT i.{name}, count(*) FROM {source} WHERE {cond} AND i.{name} <> '' GROUP BY i.{name} ORDER BY count(*) DESC"),
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(&params), |r| {
            Ok(FacetCount { facet: name.to_owned(), value: r.get(0)?, count: r.get(1)? })
        })?;
        for row in rows {
            facets.push(row?);
        }
    }
    Ok(ContentResults { hits, total, facets })
}

/// The best `limit` matches (by rank), or the most recently changed items without words.
fn hits(conn: &Connection, query: &ContentQuery, fts: Option<&str>) -> Result<Vec<ContentHit>, StoreError> {
    let mut params = Vec::new();
    let limit = query.limit.clamp(1, 500);
    let sql = match fts {
        Some(fts) => {
            params.push(Value::Text(fts.to_owned()));
            let cond = conditions(query, None, &mut params);
            format!(
                "SELECT i.id, i.title, i.form, i.kind, i.stage, i.status, i.expires_on, i.review_by, i.updated_at,
                        snippet(content_fts, -1, '', '', '…', 16)
                 FROM content_fts f JOIN content_items i ON i.rowid = f.rowid
                 WHERE content_fts MATCH ? AND {cond} ORDER BY f.rank LIMIT {limit}"
            )
        }
        None => {
            let cond = conditions(query, None, &mut params);
            format!(
                "SELECT i.id, i.title, i.form, i.kind, i.stage, i.status, i.expires_on, i.review_by, i.updated_at,
                        substr(CASE WHEN i.description <> '' THEN i.description ELSE i.body END, 1, 160)
                 FROM content_items i WHERE {cond} ORDER BY i.updated_at DESC, i.id LIMIT {limit}"
            )
        }
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(&params), |r| {
        Ok(ContentHit {
            id: r.get(0)?,
            title: r.get(1)?,
            form: ContentForm::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
            kind: ContentKind::parse(&r.get::<_, String>(3)?).unwrap_or_default(),
            stage: FunnelStage::parse(&r.get::<_, String>(4)?),
            status: ContentStatus::parse(&r.get::<_, String>(5)?).unwrap_or_default(),
            file_name: String::new(),
            mime: String::new(),
            expires_on: r.get(6)?,
            review_by: r.get(7)?,
            updated_at: r.get(8)?,
            excerpt: r.get::<_, String>(9)?.replace(['\n', '\r', '\t'], " "),
        })
    })?;
    let mut hits: Vec<ContentHit> = rows.collect::<Result<_, _>>()?;
    let mut file = conn.prepare_cached(
        "SELECT file_name, mime FROM content_versions WHERE item_id = ?1 AND deleted = 0 ORDER BY created_at DESC, number DESC LIMIT 1",
    )?;
    for hit in &mut hits {
        if let Some((name, mime)) = file.query_row([&hit.id], |r| Ok((r.get(0)?, r.get(1)?))).ok() {
            hit.file_name = name;
            hit.mime = mime;
        }
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("zero trust").as_deref(), Some("\"zero\"* \"trust\"*"));
        assert_eq!(fts_query("\"zero trust\" kit").as_deref(), Some("\"zero trust\" \"kit\"*"));
        assert_eq!(fts_query("AND OR NOT ( ) * ^").as_deref(), Some("\"AND\"* \"OR\"* \"NOT\"*"));
        assert_eq!(fts_query("  -- "), None);
        assert_eq!(fts_query("\"unclosed phrase").as_deref(), Some("\"unclosed phrase\""));
    }
}
