//! Quotas: how much each owner should win in a period, in the workspace's base currency.

use rusqlite::{Connection, OptionalExtension};
use tandem_domain::campaign::{CleanQuota, Quota};

use crate::tables::QUOTAS;
use crate::{StoreError, Writer};

/// Live quotas whose period ends on or after `from` (YYYY-MM-DD; empty for all), by period then owner.
pub fn list(conn: &Connection, from: &str) -> Result<Vec<Quota>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.id, q.owner_id, coalesce(m.name, ''), q.starts_on, q.ends_on, q.amount
         FROM quotas q LEFT JOIN members m ON m.id = q.owner_id
         WHERE q.deleted = 0 AND q.ends_on >= ?1 ORDER BY q.starts_on DESC, m.name COLLATE NOCASE, q.id",
    )?;
    let rows = stmt.query_map([from], |r| {
        Ok(Quota { id: r.get(0)?, owner_id: r.get(1)?, owner_name: r.get(2)?, starts_on: r.get(3)?, ends_on: r.get(4)?, amount: r.get(5)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Sets an owner's quota for a period: one quota per owner and period, so setting it again
/// changes the amount instead of adding a second row.
pub fn set(w: &mut Writer, quota: &CleanQuota) -> Result<String, StoreError> {
    let existing: Option<String> = w
        .conn()
        .prepare_cached(
            "SELECT id FROM quotas WHERE owner_id = ?1 AND starts_on = ?2 AND ends_on = ?3 AND deleted = 0 ORDER BY id LIMIT 1",
        )?
        .query_row([&quota.owner_id, &quota.starts_on, &quota.ends_on], |r| r.get(0))
        .optional()?;
    match existing {
        Some(id) => {
            let amount: String = w.conn().query_row("SELECT amount FROM quotas WHERE id = ?1", [&id], |r| r.get(0))?;
            if amount != quota.amount {
                w.set(&QUOTAS, &id, &[("amount", quota.amount.clone().into())])?;
            }
            Ok(id)
        }
        None => w.save(
            &QUOTAS,
            None,
            &[
                ("owner_id", quota.owner_id.clone().into()),
                ("starts_on", quota.starts_on.clone().into()),
                ("ends_on", quota.ends_on.clone().into()),
                ("amount", quota.amount.clone().into()),
            ],
        ),
    }
}

pub fn delete(w: &mut Writer, id: &str) -> Result<(), StoreError> {
    w.soft_delete(&QUOTAS, id)
}
