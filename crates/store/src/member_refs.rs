//! Every column that names a member of the workspace, for moving a person's records from one
//! member row to another (e.g. when their local profile becomes their team account).

use rusqlite::types::Value;

use crate::tables::{self, Table};
use crate::{StoreError, Writer};

/// (table, column) pairs holding a member id.
pub const MEMBER_REFERENCES: &[(&Table, &str)] = &[
    (&tables::CONTACTS, "owner_id"),
    (&tables::COMPANIES, "owner_id"),
    (&tables::DEALS, "owner_id"),
    (&tables::ACTIVITIES, "author_id"),
    (&tables::TASKS, "owner_id"),
    (&tables::TASK_SERIES, "owner_id"),
    (&tables::CONTENT_ITEMS, "owner_id"),
    (&tables::CONTENT_VERSIONS, "author_id"),
    (&tables::CONTENT_USES, "author_id"),
    (&tables::CONTENT_FEEDBACK, "author_id"),
    (&tables::CONTENT_REQUESTS, "requested_by"),
    (&tables::QUOTES, "owner_id"),
    (&tables::QUOTES, "approval_requested_by"),
    (&tables::QUOTES, "approval_decided_by"),
    (&tables::QUOTES, "sent_by"),
    (&tables::CAMPAIGNS, "owner_id"),
    (&tables::SALES_TEAM_MEMBERS, "member_id"),
    (&tables::QUOTAS, "owner_id"),
];

/// Points every reference to member `from` at member `to`, as logged edits (so they sync).
/// Returns how many fields moved.
pub fn move_references(w: &mut Writer, from: &str, to: &str) -> Result<usize, StoreError> {
    let mut moved = 0;
    for (table, column) in MEMBER_REFERENCES {
        let ids: Vec<String> = {
            let mut stmt = w.conn().prepare(&format!("SELECT id FROM {} WHERE {column} = ?1", table.name))?;
            let rows = stmt.query_map([from], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for id in ids {
            w.set(table, &id, &[(column, Value::Text(to.to_owned()))])?;
            moved += 1;
        }
    }
    Ok(moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns that look like member references but are not.
    const LOOKALIKES: [(&str, &str); 3] = [("quote_line_taxes", "owner_id"), ("quotes", "superseded_by"), ("content_items", "review_by")];

    #[test]
    fn every_column_that_names_a_member_is_listed() {
        let looks_like_member = |c: &str| c.ends_with("owner_id") || c.ends_with("author_id") || c.ends_with("_by") || c == "member_id";
        let mut found: Vec<(&str, &str)> = tables::SYNCED
            .iter()
            .flat_map(|t| t.columns.iter().filter(|c| looks_like_member(c)).map(move |c| (t.name, *c)))
            .filter(|pair| !LOOKALIKES.contains(pair))
            .collect();
        let mut listed: Vec<(&str, &str)> = MEMBER_REFERENCES.iter().map(|(t, c)| (t.name, *c)).collect();
        found.sort();
        listed.sort();
        assert_eq!(found, listed);
    }
}
