//! Company commands: list and search, read, create, edit, delete.

use tandem_domain::company::{Company, CompanyInput};
use tandem_store::{companies, custom_fields, tables, WriteSource};

use crate::dto::{CompanyPage, CompanyQuery};
use crate::{App, AppError, ErrorCode};

const MAX_PAGE: u32 = 500;

impl App {
    pub fn list_companies(&self, query: CompanyQuery) -> Result<CompanyPage, AppError> {
        let search: String = query.search.chars().take(200).collect();
        let (total, rows) = self.db()?.read(|conn| companies::page(conn, &search, query.offset, query.limit.min(MAX_PAGE)))?;
        Ok(CompanyPage { total: total as u32, rows })
    }

    pub fn get_company(&self, id: &str) -> Result<Company, AppError> {
        Ok(self.db()?.read(|conn| companies::get(conn, id))?)
    }

    pub fn create_company(&self, input: CompanyInput) -> Result<Company, AppError> {
        self.save_company(None, input)
    }

    pub fn update_company(&self, id: &str, input: CompanyInput) -> Result<Company, AppError> {
        self.save_company(Some(id), input)
    }

    fn save_company(&self, id: Option<&str>, input: CompanyInput) -> Result<Company, AppError> {
        let fields = self.db()?.read(|conn| custom_fields::list(conn, tables::COMPANIES.name))?;
        let clean = input.validate_with(&fields)?;
        let verb = if id.is_some() { "Edit of" } else { "New company" };
        let saved = self.write(WriteSource::User, &format!("{verb} {}", clean.name), |w| {
            if companies::name_taken(w.conn(), &clean.name, id)? {
                let mut err = AppError::new(ErrorCode::Validation, format!("A company called '{}' already exists.", clean.name));
                err.fields.push(tandem_domain::FieldError { field: "name".into(), message: err.message.clone() });
                return Err(err);
            }
            Ok(companies::save(w, id, &clean)?)
        })?;
        self.get_company(&saved)
    }

    pub fn delete_company(&self, id: &str) -> Result<(), AppError> {
        let company = self.get_company(id)?;
        self.write(WriteSource::User, &format!("Delete of {}", company.name), |w| Ok(w.soft_delete(&tables::COMPANIES, id)?))
    }
}
