//! The dashboard's commands: the figures for a filter, the records behind one, the filter's
//! choices, a table as a CSV file and the whole dashboard as a PDF report.

use tandem_app::dashboard::{Dashboard, DashboardFilter, DashboardOptions, DashboardRecords, DashboardTable};
use tandem_app::dto::ExportResult;
use tandem_app::App;
use tauri::State;

use crate::commands::{off_ui, Reply};

#[tauri::command]
pub async fn dashboard(app: State<'_, App>, filter: DashboardFilter) -> Reply<Dashboard> {
    off_ui(&app, move |a| a.dashboard(&filter)).await
}
#[tauri::command]
pub async fn dashboard_records(app: State<'_, App>, filter: DashboardFilter, drill: String) -> Reply<DashboardRecords> {
    off_ui(&app, move |a| a.dashboard_records(&filter, &drill)).await
}
#[tauri::command]
pub async fn dashboard_options(app: State<'_, App>) -> Reply<DashboardOptions> {
    off_ui(&app, |a| a.dashboard_options()).await
}
#[tauri::command]
pub async fn export_dashboard_table(app: State<'_, App>, filter: DashboardFilter, table: DashboardTable) -> Reply<ExportResult> {
    off_ui(&app, move |a| a.export_dashboard_table(&filter, table)).await
}
#[tauri::command]
pub async fn export_dashboard_report(app: State<'_, App>, filter: DashboardFilter) -> Reply<ExportResult> {
    off_ui(&app, move |a| a.export_dashboard_report(&filter)).await
}
