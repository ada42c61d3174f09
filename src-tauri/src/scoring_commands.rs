//! Lead-scoring commands: the rules editor and its preview, a contact's score, the BANT view.

use tandem_app::lead_scoring::{LeadQuery, LeadScoring, Rescored, ScoringPreview};
use tandem_app::App;
use tandem_domain::lead_score::{LeadScore, LeadToQualify, ScoringRule, ScoringSettings};
use tandem_domain::lifecycle::Bant;
use tauri::State;

use crate::commands::{off_ui, Reply};

#[tauri::command]
pub async fn lead_scoring(app: State<'_, App>) -> Reply<LeadScoring> {
    off_ui(&app, |a| a.lead_scoring()).await
}
#[tauri::command]
pub async fn save_lead_scoring(app: State<'_, App>, rules: Vec<ScoringRule>, settings: ScoringSettings) -> Reply<Rescored> {
    off_ui(&app, move |a| a.save_lead_scoring(rules, settings)).await
}
#[tauri::command]
pub async fn preview_lead_scoring(app: State<'_, App>, rules: Vec<ScoringRule>, settings: ScoringSettings) -> Reply<ScoringPreview> {
    off_ui(&app, move |a| a.preview_lead_scoring(rules, settings)).await
}
#[tauri::command]
pub async fn save_scoring_rule(app: State<'_, App>, rule: ScoringRule) -> Reply<Vec<ScoringRule>> {
    off_ui(&app, move |a| a.save_scoring_rule(rule)).await
}
#[tauri::command]
pub async fn delete_scoring_rule(app: State<'_, App>, id: String) -> Reply<Vec<ScoringRule>> {
    off_ui(&app, move |a| a.delete_scoring_rule(&id)).await
}
#[tauri::command]
pub async fn reorder_scoring_rules(app: State<'_, App>, ids: Vec<String>) -> Reply<Vec<ScoringRule>> {
    off_ui(&app, move |a| a.reorder_scoring_rules(ids)).await
}
#[tauri::command]
pub async fn contact_score(app: State<'_, App>, contact_id: String) -> Reply<LeadScore> {
    off_ui(&app, move |a| a.contact_score(&contact_id)).await
}
#[tauri::command]
pub async fn leads_to_qualify(app: State<'_, App>, query: LeadQuery) -> Reply<Vec<LeadToQualify>> {
    off_ui(&app, move |a| a.leads_to_qualify(query)).await
}
#[tauri::command]
pub async fn save_contact_bant(app: State<'_, App>, contact_id: String, bant: Bant) -> Reply<LeadToQualify> {
    off_ui(&app, move |a| a.save_contact_bant(&contact_id, bant)).await
}
