//! Campaign commands: campaigns, their leads and deals, bulk attribution; sales teams and quotas.

use tandem_app::dto::{CampaignRecords, QuotaBoard, SetCampaignResult, SetContactsCampaign, SetDealsCampaign};
use tandem_app::App;
use tandem_domain::campaign::{Campaign, CampaignInput, CampaignListRow, QuotaInput, SalesTeam};
use tauri::State;

use crate::commands::{off_ui, Reply};

#[tauri::command]
pub async fn list_campaigns(app: State<'_, App>) -> Reply<Vec<CampaignListRow>> {
    off_ui(&app, |a| a.list_campaigns()).await
}
#[tauri::command]
pub async fn get_campaign(app: State<'_, App>, id: String) -> Reply<Campaign> {
    off_ui(&app, move |a| a.get_campaign(&id)).await
}
#[tauri::command]
pub async fn create_campaign(app: State<'_, App>, input: CampaignInput) -> Reply<Campaign> {
    off_ui(&app, move |a| a.create_campaign(input)).await
}
#[tauri::command]
pub async fn update_campaign(app: State<'_, App>, id: String, input: CampaignInput) -> Reply<Campaign> {
    off_ui(&app, move |a| a.update_campaign(&id, input)).await
}
#[tauri::command]
pub async fn delete_campaign(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_campaign(&id)).await
}
#[tauri::command]
pub async fn campaign_records(app: State<'_, App>, id: String) -> Reply<CampaignRecords> {
    off_ui(&app, move |a| a.campaign_records(&id)).await
}
#[tauri::command]
pub async fn set_contacts_campaign(app: State<'_, App>, input: SetContactsCampaign) -> Reply<SetCampaignResult> {
    off_ui(&app, move |a| a.set_contacts_campaign(input)).await
}
#[tauri::command]
pub async fn set_deals_campaign(app: State<'_, App>, input: SetDealsCampaign) -> Reply<SetCampaignResult> {
    off_ui(&app, move |a| a.set_deals_campaign(input)).await
}
#[tauri::command]
pub async fn list_sales_teams(app: State<'_, App>) -> Reply<Vec<SalesTeam>> {
    off_ui(&app, |a| a.list_sales_teams()).await
}
#[tauri::command]
pub async fn save_sales_team(app: State<'_, App>, id: Option<String>, name: String) -> Reply<Vec<SalesTeam>> {
    off_ui(&app, move |a| a.save_sales_team(id, &name)).await
}
#[tauri::command]
pub async fn delete_sales_team(app: State<'_, App>, id: String) -> Reply<Vec<SalesTeam>> {
    off_ui(&app, move |a| a.delete_sales_team(&id)).await
}
#[tauri::command]
pub async fn add_sales_team_member(app: State<'_, App>, team_id: String, member_id: String) -> Reply<Vec<SalesTeam>> {
    off_ui(&app, move |a| a.add_sales_team_member(&team_id, &member_id)).await
}
#[tauri::command]
pub async fn remove_sales_team_member(app: State<'_, App>, membership_id: String) -> Reply<Vec<SalesTeam>> {
    off_ui(&app, move |a| a.remove_sales_team_member(&membership_id)).await
}
#[tauri::command]
pub async fn quota_board(app: State<'_, App>) -> Reply<QuotaBoard> {
    off_ui(&app, |a| a.quota_board()).await
}
#[tauri::command]
pub async fn set_quota(app: State<'_, App>, input: QuotaInput) -> Reply<QuotaBoard> {
    off_ui(&app, move |a| a.set_quota(input)).await
}
#[tauri::command]
pub async fn delete_quota(app: State<'_, App>, id: String) -> Reply<QuotaBoard> {
    off_ui(&app, move |a| a.delete_quota(&id)).await
}
