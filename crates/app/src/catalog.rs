//! The catalog through the façade: tax rates and products. Admins and sales managers keep it;
//! everyone reads it (quotes are built from it).

use tandem_domain::catalog::{Product, ProductInput, ProductPartInput, WorkspaceTaxRate, WorkspaceTaxRateInput};
use tandem_domain::member::Role;
use tandem_domain::{FieldError, Invalid};
use tandem_interchange::{read_catalog, write_catalog, CatalogProblem, CatalogRow};
use tandem_store::{catalog, tables, WriteSource};

use crate::dto::{CatalogImport, ExportResult};
use crate::{App, AppError, ErrorCode};

/// How many products a search answers with.
const PRODUCTS_SHOWN: u32 = 500;

impl App {
    pub(crate) fn require_catalog_keeper(&self) -> Result<(), AppError> {
        match self.me()?.1 {
            Role::Admin | Role::SalesManager => Ok(()),
            _ => Err(AppError::new(ErrorCode::Forbidden, "Only admins and sales managers change the catalog and its tax rates.")),
        }
    }

    pub fn list_tax_rates(&self) -> Result<Vec<WorkspaceTaxRate>, AppError> {
        Ok(self.db()?.read(catalog::tax_rates)?)
    }

    pub fn save_tax_rate(&self, id: Option<String>, input: WorkspaceTaxRateInput) -> Result<Vec<WorkspaceTaxRate>, AppError> {
        self.require_catalog_keeper()?;
        let clean = input.validate()?;
        self.write(WriteSource::User, &format!("Tax rate “{}” saved", clean.name), |w| {
            Ok(catalog::save_tax_rate(w, id.as_deref(), &clean)?)
        })?;
        self.list_tax_rates()
    }

    pub fn delete_tax_rate(&self, id: &str) -> Result<(), AppError> {
        self.require_catalog_keeper()?;
        self.write(WriteSource::User, "Tax rate deleted", |w| Ok(w.soft_delete(&tables::TAX_RATES, id)?))
    }

    /// Products whose SKU or name contains `search`.
    pub fn list_products(&self, search: &str) -> Result<Vec<Product>, AppError> {
        Ok(self.db()?.read(|conn| catalog::products(conn, search, PRODUCTS_SHOWN))?)
    }

    pub fn get_product(&self, id: &str) -> Result<Product, AppError> {
        Ok(self.db()?.read(|conn| catalog::get_product(conn, id))?)
    }

    pub fn save_product(&self, id: Option<String>, input: ProductInput) -> Result<Product, AppError> {
        self.require_catalog_keeper()?;
        let clean = input.validate()?;
        let db = self.db()?;
        if let Some(other) = db.read(|conn| catalog::find_by_sku(conn, &clean.sku))?.filter(|other| Some(other) != id.as_ref()) {
            let name = self.get_product(&other)?.name;
            return Err(Invalid(vec![FieldError {
                field: "sku".into(),
                message: format!("SKU {} is already used by “{name}”.", clean.sku),
            }])
            .into());
        }
        if let (Some(id), false) = (&id, clean.parts.is_empty()) {
            if let Some(bundle) = db.read(|conn| catalog::bundles_containing(conn, id))?.first() {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!("This product is a part of “{bundle}”, so it can't be a bundle itself."),
                ));
            }
        }
        let rates = db.read(catalog::tax_rates)?;
        if let Some(unknown) = clean.tax_rate_ids.iter().find(|id| !rates.iter().any(|r| &r.id == *id)) {
            return Err(AppError::new(
                ErrorCode::NotFound,
                format!("Tax rate {unknown} no longer exists; choose the product's taxes again."),
            ));
        }
        for part in &clean.parts {
            let product = db.read(|conn| catalog::get_product(conn, &part.product_id))?;
            if !product.parts.is_empty() {
                return Err(AppError::new(
                    ErrorCode::Validation,
                    format!("“{}” is a bundle itself; a bundle's parts are single products.", product.name),
                ));
            }
        }
        let id = self.write(WriteSource::User, &format!("Product “{}” saved", clean.name), |w| {
            Ok(catalog::save_product(w, id.as_deref(), &clean)?)
        })?;
        self.get_product(&id)
    }

    pub fn delete_product(&self, id: &str) -> Result<(), AppError> {
        self.require_catalog_keeper()?;
        let product = self.get_product(id)?;
        if let Some(bundle) = self.db()?.read(|conn| catalog::bundles_containing(conn, id))?.first() {
            return Err(AppError::new(
                ErrorCode::Conflict,
                format!("“{}” is a part of “{bundle}”; take it out of the bundle first.", product.name),
            ));
        }
        self.write(WriteSource::User, &format!("Product “{}” deleted", product.name), |w| Ok(w.soft_delete(&tables::PRODUCTS, id)?))
    }
}

impl App {
    /// The catalog as CSV in the export folder.
    pub fn export_catalog(&self) -> Result<ExportResult, AppError> {
        let products = self.list_products("")?;
        let path = self.paths().write_export("Tandem catalog", "csv", &write_catalog(&products))?;
        Ok(ExportResult { path: path.display().to_string() })
    }

    /// Imports a catalog file: a row whose SKU exists updates that product, others are added.
    /// All or nothing: any problem on any line (named with its line) imports nothing.
    pub fn import_catalog(&self, bytes: &[u8]) -> Result<CatalogImport, AppError> {
        self.require_catalog_keeper()?;
        let file = read_catalog(bytes).map_err(problems_error)?;
        // Rows the reader already found wrong are still checked for their taxes and parts, so the
        // user sees every problem in one go; they are not saved.
        let flawed: std::collections::HashSet<u64> = file.problems.iter().map(|p| p.line).collect();
        let rows = file.rows;
        let rates = self.list_tax_rates()?;
        let (created, updated) = self.write(WriteSource::User, "Catalog import", |w| {
            let mut problems = file.problems;
            let mut counts = (0u32, 0u32);
            // Parts may name products further down the file: single products go in first.
            let (bundles, singles): (Vec<&CatalogRow>, Vec<&CatalogRow>) = rows.iter().partition(|r| !r.parts.is_empty());
            for row in singles.into_iter().chain(bundles) {
                let mut tax_rate_ids = Vec::new();
                for name in &row.tax_names {
                    match rates.iter().find(|r| r.name.eq_ignore_ascii_case(name)) {
                        Some(rate) => tax_rate_ids.push(rate.id.clone()),
                        None => problems.push(CatalogProblem {
                            line: row.line,
                            message: format!("No tax rate is named “{name}”; add it in Settings → Catalog first."),
                        }),
                    }
                }
                let mut parts = Vec::new();
                for (sku, quantity) in &row.parts {
                    match catalog::find_by_sku(w.conn(), sku)? {
                        Some(product_id) => parts.push(ProductPartInput { product_id, quantity: quantity.clone() }),
                        None => problems.push(CatalogProblem {
                            line: row.line,
                            message: format!("Bundle part {sku} is not in the catalog or the file."),
                        }),
                    }
                }
                if flawed.contains(&row.line) {
                    continue;
                }
                // The CSV has no discount limit column: an update keeps the product's own.
                let max_discount = match catalog::find_by_sku(w.conn(), &row.sku)? {
                    Some(id) => catalog::get_product(w.conn(), &id)?.max_discount,
                    None => String::new(),
                };
                let input = ProductInput {
                    sku: row.sku.clone(),
                    name: row.name.clone(),
                    description: row.description.clone(),
                    unit: row.unit,
                    billing: row.billing,
                    tax_rate_ids,
                    cost: row.cost.clone(),
                    max_discount,
                    active: row.active,
                    prices: row.prices.clone(),
                    parts,
                };
                let clean = match input.validate() {
                    Ok(clean) => clean,
                    Err(invalid) => {
                        problems.extend(invalid.0.into_iter().map(|e| CatalogProblem { line: row.line, message: e.message }));
                        continue;
                    }
                };
                let existing = catalog::find_by_sku(w.conn(), &clean.sku)?;
                catalog::save_product(w, existing.as_deref(), &clean)?;
                if existing.is_some() {
                    counts.1 += 1;
                } else {
                    counts.0 += 1;
                }
            }
            if problems.is_empty() {
                Ok(counts)
            } else {
                problems.sort_by_key(|p| p.line);
                Err(problems_error(problems))
            }
        })?;
        Ok(CatalogImport { created, updated })
    }
}

/// Every problem of a catalog file as one validation error, each in `fields` named by its line.
fn problems_error(problems: Vec<CatalogProblem>) -> AppError {
    let plural = if problems.len() == 1 { "" } else { "s" };
    let message = format!("Nothing was imported: {} problem{plural} in the file, each listed by its line.", problems.len());
    let mut error = AppError::new(ErrorCode::Validation, message);
    error.fields = problems.into_iter().map(|p| FieldError { field: format!("line {}", p.line), message: p.message }).collect();
    error
}
