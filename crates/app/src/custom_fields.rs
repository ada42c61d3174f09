//! Custom field commands: the fields of contacts, companies or deals, and editing them.

use tandem_domain::custom_field::{CustomField, CustomFieldInput};
use tandem_store::{custom_fields, tables, WriteSource};

use crate::{App, AppError};

impl App {
    /// The custom fields of "contacts", "companies" or "deals", in form order.
    pub fn list_custom_fields(&self, record_table: &str) -> Result<Vec<CustomField>, AppError> {
        Ok(self.db()?.read(|conn| custom_fields::list(conn, record_table))?)
    }

    pub fn save_custom_field(&self, id: Option<String>, input: CustomFieldInput) -> Result<Vec<CustomField>, AppError> {
        let clean = input.validate()?;
        self.write(WriteSource::User, &format!("Custom field {}", clean.label), |w| Ok(custom_fields::save(w, id.as_deref(), &clean)?))?;
        self.list_custom_fields(&clean.record_table)
    }

    /// Moves a field to the Trash; its values stay, so restoring it brings them back.
    pub fn delete_custom_field(&self, id: &str) -> Result<(), AppError> {
        self.write(WriteSource::User, "Delete of a custom field", |w| Ok(w.soft_delete(&tables::CUSTOM_FIELDS, id)?))
    }
}
