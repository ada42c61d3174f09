//! Trash and undo commands.

use tandem_store::{field_history, trash, undo, WriteSource};

use crate::dto::{RecordRef, TrashItem, UndoOutcome};
use crate::record_history::author_label;
use crate::{App, AppError, ErrorCode};

impl App {
    pub fn list_trash(&self) -> Result<Vec<TrashItem>, AppError> {
        Ok(self.db()?.read(|conn| {
            trash::list(conn, 1_000)?
                .into_iter()
                .map(|e| {
                    let by = field_history::deleted_by(conn, trash::table(&e.table)?, &e.id)?;
                    Ok(TrashItem {
                        table: e.table,
                        id: e.id,
                        kind_label: e.kind_label,
                        title: e.title,
                        deleted_at: e.deleted_at,
                        deleted_by: author_label(&by),
                    })
                })
                .collect::<Result<_, tandem_store::StoreError>>()
        })?)
    }

    pub fn restore_record(&self, record: RecordRef) -> Result<(), AppError> {
        let table = trash::table(&record.table)?;
        self.write(WriteSource::User, &format!("Restore of a {}", table.kind_label.to_lowercase()), |w| Ok(w.restore(table, &record.id)?))
    }

    /// Deletes a trashed record for good. This cannot be undone.
    pub fn purge_record(&self, record: RecordRef) -> Result<(), AppError> {
        let table = trash::table(&record.table)?;
        self.write(WriteSource::User, "Permanent delete", |w| Ok(w.purge(table, &record.id)?))
    }

    /// Takes back the most recent edit or delete made by the user; None when there is nothing to undo.
    pub fn undo(&self) -> Result<Option<UndoOutcome>, AppError> {
        let Some(entry) = self.inner.undo.lock().unwrap_or_else(|p| p.into_inner()).pop() else { return Ok(None) };
        if let Err(err) = self.write(WriteSource::Undo, "", |w| Ok(undo::revert(w, &entry.hlc, &entry.device)?)) {
            // Nothing was undone. A passing failure (the database was busy) leaves the edit on the
            // stack to try again; an edit that cannot be undone leaves it, so the next one can be.
            if !matches!(err.code, ErrorCode::NotFound | ErrorCode::Conflict | ErrorCode::Validation) {
                self.inner.undo.lock().unwrap_or_else(|p| p.into_inner()).push(entry);
            }
            return Err(err);
        }
        Ok(Some(UndoOutcome { description: entry.description }))
    }
}
