//! Tag suggestions: the tags already in use on contacts, companies or deals.

use tandem_store::{tables, tags};

use crate::dto::TagCount;
use crate::{App, AppError};

impl App {
    pub fn tags_in_use(&self, table: &str) -> Result<Vec<TagCount>, AppError> {
        let table = tables::find(table).ok_or_else(|| tandem_store::StoreError::UnknownTable(table.into()))?;
        let counts = self.db()?.read(|conn| tags::in_use(conn, table))?;
        Ok(counts.into_iter().map(|(name, count)| TagCount { name, count }).collect())
    }
}
