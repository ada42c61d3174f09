//! Saved view commands: the named filters of the contact and deal lists.

use tandem_domain::view::{SavedView, SavedViewInput};
use tandem_store::{saved_views, tables, WriteSource};

use crate::{App, AppError};

impl App {
    /// The saved views of "contacts" or "deals".
    pub fn list_saved_views(&self, record_table: &str) -> Result<Vec<SavedView>, AppError> {
        Ok(self.db()?.read(|conn| saved_views::list(conn, record_table))?)
    }

    pub fn save_saved_view(&self, id: Option<String>, input: SavedViewInput) -> Result<Vec<SavedView>, AppError> {
        let clean = input.validate()?;
        self.write(WriteSource::User, &format!("View {}", clean.name), |w| Ok(saved_views::save(w, id.as_deref(), &clean)?))?;
        self.list_saved_views(&clean.record_table)
    }

    pub fn delete_saved_view(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Delete of a saved view", |w| Ok(w.soft_delete(&tables::SAVED_VIEWS, id)?))
    }
}
