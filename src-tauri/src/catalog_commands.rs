//! The catalog's commands: tax rates, products, and the catalog as CSV.

use tandem_app::dto::{CatalogImport, ExportResult};
use tandem_app::App;
use tandem_domain::catalog::{Product, ProductInput, WorkspaceTaxRate, WorkspaceTaxRateInput};
use tauri::State;

use crate::commands::{off_ui, Reply};
use crate::library_commands::raw_body;

#[tauri::command]
pub async fn list_tax_rates(app: State<'_, App>) -> Reply<Vec<WorkspaceTaxRate>> {
    off_ui(&app, |a| a.list_tax_rates()).await
}
#[tauri::command]
pub async fn save_tax_rate(app: State<'_, App>, id: Option<String>, input: WorkspaceTaxRateInput) -> Reply<Vec<WorkspaceTaxRate>> {
    off_ui(&app, move |a| a.save_tax_rate(id, input)).await
}
#[tauri::command]
pub async fn delete_tax_rate(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_tax_rate(&id)).await
}
#[tauri::command]
pub async fn list_products(app: State<'_, App>, search: String) -> Reply<Vec<Product>> {
    off_ui(&app, move |a| a.list_products(&search)).await
}
#[tauri::command]
pub async fn get_product(app: State<'_, App>, id: String) -> Reply<Product> {
    off_ui(&app, move |a| a.get_product(&id)).await
}
#[tauri::command]
pub async fn save_product(app: State<'_, App>, id: Option<String>, input: ProductInput) -> Reply<Product> {
    off_ui(&app, move |a| a.save_product(id, input)).await
}
#[tauri::command]
pub async fn delete_product(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_product(&id)).await
}
#[tauri::command]
pub async fn export_catalog(app: State<'_, App>) -> Reply<ExportResult> {
    off_ui(&app, |a| a.export_catalog()).await
}
/// The file's bytes as the raw body.
#[tauri::command]
pub async fn import_catalog(app: State<'_, App>, request: tauri::ipc::Request<'_>) -> Reply<CatalogImport> {
    let bytes = raw_body(&request)?;
    off_ui(&app, move |a| a.import_catalog(&bytes)).await
}
