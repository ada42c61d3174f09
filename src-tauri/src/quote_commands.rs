//! Quotes and proposals: the builder, approval, revisions, the proposal's sections and its PDF,
//! sending and acceptance, and the workspace's quote settings and brand.

use tandem_app::dto::{AcceptanceInput, ExportResult, QuoteDetail, QuoteSummary};
use tandem_app::{App, AppError};
use tandem_domain::proposal::{ProposalSection, ProposalTemplate};
use tandem_domain::quote::{QuoteDraft, QuoteLine, QuoteTotals};
use tandem_domain::quote_diff::QuoteChange;
use tandem_domain::quote_record::{QuoteInput, QuoteSettings};
use tauri::State;

use crate::commands::{off_ui, Reply};
use crate::library_commands::raw_body;

#[tauri::command]
pub async fn quote_settings(app: State<'_, App>) -> Reply<QuoteSettings> {
    off_ui(&app, |a| a.quote_settings()).await
}
#[tauri::command]
pub async fn save_quote_settings(app: State<'_, App>, input: QuoteSettings) -> Reply<QuoteSettings> {
    off_ui(&app, move |a| a.save_quote_settings(input)).await
}
/// The logo file's bytes as the body.
#[tauri::command]
pub async fn set_brand_logo(app: State<'_, App>, request: tauri::ipc::Request<'_>) -> Reply<QuoteSettings> {
    let bytes = raw_body(&request)?;
    off_ui(&app, move |a| a.set_brand_logo(Some(&bytes))).await
}
#[tauri::command]
pub async fn clear_brand_logo(app: State<'_, App>) -> Reply<QuoteSettings> {
    off_ui(&app, |a| a.set_brand_logo(None)).await
}
#[tauri::command]
pub async fn brand_logo(app: State<'_, App>) -> Result<tauri::ipc::Response, AppError> {
    Ok(tauri::ipc::Response::new(off_ui(&app, |a| a.brand_logo()).await?))
}
#[tauri::command]
pub async fn quotes_of_deal(app: State<'_, App>, deal_id: String) -> Reply<Vec<QuoteSummary>> {
    off_ui(&app, move |a| a.quotes_of_deal(&deal_id)).await
}
#[tauri::command]
pub async fn create_quote(app: State<'_, App>, deal_id: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.create_quote(&deal_id)).await
}
#[tauri::command]
pub async fn get_quote(app: State<'_, App>, id: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.get_quote(&id)).await
}
#[tauri::command]
pub async fn save_quote(app: State<'_, App>, id: String, input: QuoteInput) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.save_quote(&id, input)).await
}
#[tauri::command]
pub async fn quote_totals(app: State<'_, App>, draft: QuoteDraft) -> Reply<QuoteTotals> {
    off_ui(&app, move |a| a.quote_totals(draft)).await
}
#[tauri::command]
pub async fn quote_line_for_product(app: State<'_, App>, product_id: String, currency: String) -> Reply<QuoteLine> {
    off_ui(&app, move |a| a.quote_line_for_product(&product_id, &currency)).await
}
#[tauri::command]
pub async fn request_quote_approval(app: State<'_, App>, id: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.request_quote_approval(&id)).await
}
#[tauri::command]
pub async fn decide_quote_approval(app: State<'_, App>, id: String, approve: bool, comment: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.decide_quote_approval(&id, approve, &comment)).await
}
#[tauri::command]
pub async fn mark_quote_sent(app: State<'_, App>, id: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.mark_quote_sent(&id)).await
}
#[tauri::command]
pub async fn accept_quote(app: State<'_, App>, id: String, input: AcceptanceInput) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.accept_quote(&id, input)).await
}
#[tauri::command]
pub async fn decline_quote(app: State<'_, App>, id: String, reason: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.decline_quote(&id, &reason)).await
}
#[tauri::command]
pub async fn revise_quote(app: State<'_, App>, id: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.revise_quote(&id)).await
}
#[tauri::command]
pub async fn quote_changes(app: State<'_, App>, id: String) -> Reply<Vec<QuoteChange>> {
    off_ui(&app, move |a| a.quote_changes(&id)).await
}
#[tauri::command]
pub async fn proposal_templates(app: State<'_, App>) -> Reply<Vec<ProposalTemplate>> {
    off_ui(&app, |_| Ok(tandem_domain::proposal::templates())).await
}
#[tauri::command]
pub async fn save_proposal(app: State<'_, App>, id: String, sections: Vec<ProposalSection>) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.save_proposal(&id, sections)).await
}
#[tauri::command]
pub async fn apply_proposal_template(app: State<'_, App>, id: String, key: String) -> Reply<QuoteDetail> {
    off_ui(&app, move |a| a.apply_proposal_template(&id, &key)).await
}
#[tauri::command]
pub async fn library_block(app: State<'_, App>, item_id: String, confirm_expired: bool) -> Reply<ProposalSection> {
    off_ui(&app, move |a| a.library_block(&item_id, confirm_expired)).await
}
/// The proposal as PDF bytes (a raw response) for the in-app preview: as sent or accepted once
/// it is, else printed now from the draft.
#[tauri::command]
pub async fn proposal_pdf(app: State<'_, App>, id: String) -> Result<tauri::ipc::Response, AppError> {
    Ok(tauri::ipc::Response::new(off_ui(&app, move |a| a.proposal_pdf(&id)).await?))
}
#[tauri::command]
pub async fn export_proposal_pdf(app: State<'_, App>, id: String) -> Reply<ExportResult> {
    off_ui(&app, move |a| a.export_proposal_pdf(&id)).await
}
