//! When each contact entered and left each lifecycle stage, and each deal each pipeline stage.

use rusqlite::{Connection, OptionalExtension};

use crate::tables::{Table, STAGE_HISTORY};
use crate::{new_id, StoreError, Writer};

/// One stay in a stage; `left_at` is empty while the record is still there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageStay {
    pub stage: String,
    pub entered_at: String,
    pub left_at: String,
}

/// Records that the record entered `stage` at `at` (RFC 3339), closing its current stay.
/// Entering the stage it is already in changes nothing.
pub fn enter(w: &mut Writer, table: &Table, record_id: &str, stage: &str, at: &str) -> Result<(), StoreError> {
    let open: Option<(String, String)> = w
        .conn()
        .prepare_cached(
            "SELECT id, stage FROM stage_history WHERE record_id = ?1 AND left_at = '' AND deleted = 0 ORDER BY entered_at DESC, id DESC LIMIT 1",
        )?
        .query_row([record_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((id, current)) = &open {
        if current == stage {
            return Ok(());
        }
        w.set(&STAGE_HISTORY, id, &[("left_at", at.to_owned().into())])?;
    }
    start(w, table, record_id, stage, at)
}

/// Records the first stage of a record just created (it has no stay to close).
pub fn start(w: &mut Writer, table: &Table, record_id: &str, stage: &str, at: &str) -> Result<(), StoreError> {
    w.create(
        &STAGE_HISTORY,
        &new_id(),
        &[
            ("record_table", table.name.to_owned().into()),
            ("record_id", record_id.to_owned().into()),
            ("stage", stage.to_owned().into()),
            ("entered_at", at.to_owned().into()),
        ],
    )
}

/// Gives a record just created (its one stay opened by `start`) the stays it had before, for
/// data that arrives with its past (the sample): `history` is every (stage, entered_at) oldest
/// first, the last being the stage it is in now.
pub fn backfill(w: &mut Writer, table: &Table, record_id: &str, history: &[(&str, String)]) -> Result<(), StoreError> {
    let Some(((_, current_since), earlier)) = history.split_last() else { return Ok(()) };
    if earlier.is_empty() {
        return Ok(());
    }
    let open: Option<String> = w
        .conn()
        .prepare_cached("SELECT id FROM stage_history WHERE record_id = ?1 AND left_at = '' AND deleted = 0 LIMIT 1")?
        .query_row([record_id], |r| r.get(0))
        .optional()?;
    if let Some(id) = open {
        w.write_fields(&STAGE_HISTORY, &id, &[("entered_at", current_since.clone().into())])?;
    }
    for (i, (stage, entered_at)) in earlier.iter().enumerate() {
        w.create(
            &STAGE_HISTORY,
            &new_id(),
            &[
                ("record_table", table.name.to_owned().into()),
                ("record_id", record_id.to_owned().into()),
                ("stage", (*stage).to_owned().into()),
                ("entered_at", entered_at.clone().into()),
                ("left_at", history[i + 1].1.clone().into()),
            ],
        )?;
    }
    Ok(())
}

/// Every stay of the record, oldest first.
pub fn of_record(conn: &Connection, record_id: &str) -> Result<Vec<StageStay>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT stage, entered_at, left_at FROM stage_history WHERE record_id = ?1 AND deleted = 0 ORDER BY entered_at, id",
    )?;
    let rows = stmt.query_map([record_id], |r| Ok(StageStay { stage: r.get(0)?, entered_at: r.get(1)?, left_at: r.get(2)? }))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
