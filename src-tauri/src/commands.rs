//! The Tauri commands: each one runs the matching `tandem-app` call off the UI thread.

use tandem_app::dto::*;
use tandem_app::{App, AppError, ErrorCode};
use tandem_domain::activity::{ActivityInput, TimelineEntry};
use tandem_domain::company::{Company, CompanyInput};
use tandem_domain::contact::{Contact, ContactInput};
use tandem_domain::custom_field::{CustomField, CustomFieldInput};
use tandem_domain::deal::{Deal, DealInput};
use tandem_domain::duplicate::MergeInput;
use tandem_domain::exchange_rate::{ExchangeRate, ExchangeRateInput};
use tandem_domain::member::{Member, MemberInput};
use tandem_domain::nudge::{Nudge, NudgeRuleSetting};
use tandem_domain::pipeline::{Pipeline, PipelineInput};
use tandem_domain::sequence::{Enrollment, EnrollmentStatus, Sequence, SequenceInput};
use tandem_domain::task::{EditScope, Task, TaskInput};
use tandem_domain::view::{SavedView, SavedViewInput};
use tandem_domain::workspace::WorkspaceSettings;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_autostart::ManagerExt;

pub(crate) type Reply<T> = Result<T, AppError>;

/// Runs a blocking app call on the blocking pool, so SQLite never stalls the window.
pub(crate) async fn off_ui<T: Send + 'static>(app: &App, call: impl FnOnce(&App) -> Reply<T> + Send + 'static) -> Reply<T> {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || call(&app))
        .await
        .map_err(|err| AppError::new(ErrorCode::Internal, format!("The command stopped unexpectedly: {err}")))?
}

#[tauri::command]
async fn startup_state(app: State<'_, App>) -> Reply<StartupState> {
    off_ui(&app, |a| Ok(a.startup_state())).await
}
#[tauri::command]
async fn setup_workspace(app: State<'_, App>, input: SetupInput) -> Reply<()> {
    off_ui(&app, move |a| a.setup_workspace(input)).await
}
#[tauri::command]
async fn list_contacts(app: State<'_, App>, query: ContactQuery) -> Reply<ContactPage> {
    off_ui(&app, move |a| a.list_contacts(query)).await
}
#[tauri::command]
async fn get_contact(app: State<'_, App>, id: String) -> Reply<Contact> {
    off_ui(&app, move |a| a.get_contact(&id)).await
}
#[tauri::command]
async fn create_contact(app: State<'_, App>, input: ContactInput) -> Reply<Contact> {
    off_ui(&app, move |a| a.create_contact(input)).await
}
#[tauri::command]
async fn update_contact(app: State<'_, App>, id: String, input: ContactInput) -> Reply<Contact> {
    off_ui(&app, move |a| a.update_contact(&id, input)).await
}
#[tauri::command]
async fn delete_contact(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_contact(&id)).await
}
#[tauri::command]
async fn company_names(app: State<'_, App>, prefix: String) -> Reply<Vec<String>> {
    off_ui(&app, move |a| a.company_names(&prefix)).await
}
#[tauri::command]
async fn list_trash(app: State<'_, App>) -> Reply<Vec<TrashItem>> {
    off_ui(&app, |a| a.list_trash()).await
}
#[tauri::command]
async fn restore_record(app: State<'_, App>, record: RecordRef) -> Reply<()> {
    off_ui(&app, move |a| a.restore_record(record)).await
}
#[tauri::command]
async fn purge_record(app: State<'_, App>, record: RecordRef) -> Reply<()> {
    off_ui(&app, move |a| a.purge_record(record)).await
}
#[tauri::command]
async fn undo(app: State<'_, App>) -> Reply<Option<UndoOutcome>> {
    off_ui(&app, |a| a.undo()).await
}
#[tauri::command]
async fn get_settings(app: State<'_, App>) -> Reply<WorkspaceSettings> {
    off_ui(&app, |a| a.get_settings()).await
}
#[tauri::command]
async fn update_settings(app: State<'_, App>, settings: WorkspaceSettings) -> Reply<WorkspaceSettings> {
    off_ui(&app, move |a| a.update_settings(settings)).await
}
#[tauri::command]
async fn list_members(app: State<'_, App>) -> Reply<Vec<Member>> {
    off_ui(&app, |a| a.list_members()).await
}
#[tauri::command]
async fn save_member(app: State<'_, App>, input: MemberInput) -> Reply<Member> {
    off_ui(&app, move |a| a.save_member(input)).await
}
#[tauri::command]
async fn delete_member(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_member(&id)).await
}
#[tauri::command]
async fn get_profile(app: State<'_, App>) -> Reply<Option<Member>> {
    off_ui(&app, |a| a.get_profile()).await
}
#[tauri::command]
async fn update_profile(app: State<'_, App>, input: MemberInput) -> Reply<Member> {
    off_ui(&app, move |a| a.update_profile(input)).await
}
/// Hands this device to another team member (e.g. a manager approving in the meeting).
#[tauri::command]
async fn switch_profile(app: State<'_, App>, member_id: String) -> Reply<Member> {
    off_ui(&app, move |a| a.switch_profile(&member_id)).await
}
#[tauri::command]
async fn list_exchange_rates(app: State<'_, App>) -> Reply<Vec<ExchangeRate>> {
    off_ui(&app, |a| a.list_exchange_rates()).await
}
#[tauri::command]
async fn save_exchange_rate(app: State<'_, App>, input: ExchangeRateInput) -> Reply<ExchangeRate> {
    off_ui(&app, move |a| a.save_exchange_rate(input)).await
}
#[tauri::command]
async fn delete_exchange_rate(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_exchange_rate(&id)).await
}
#[tauri::command]
async fn about(app: State<'_, App>) -> Reply<AboutInfo> {
    off_ui(&app, |a| a.about()).await
}
#[tauri::command]
async fn list_backups(app: State<'_, App>) -> Reply<Vec<Backup>> {
    off_ui(&app, |a| a.list_backups()).await
}
#[tauri::command]
async fn backup_now(app: State<'_, App>) -> Reply<Backup> {
    off_ui(&app, |a| a.backup_now()).await
}
#[tauri::command]
async fn restore_backup(app: State<'_, App>, name: String) -> Reply<()> {
    off_ui(&app, move |a| a.restore_backup(&name)).await
}
#[tauri::command]
async fn export_workspace(app: State<'_, App>) -> Reply<ExportResult> {
    off_ui(&app, |a| a.export_workspace()).await
}

#[tauri::command]
async fn duplicate_groups(app: State<'_, App>) -> Reply<DuplicateScan> {
    off_ui(&app, |a| a.duplicate_groups()).await
}
#[tauri::command]
async fn merge_contacts(app: State<'_, App>, input: MergeInput) -> Reply<Contact> {
    off_ui(&app, move |a| a.merge_contacts(input)).await
}
#[tauri::command]
async fn dismiss_duplicate(app: State<'_, App>, contact_a: String, contact_b: String) -> Reply<()> {
    off_ui(&app, move |a| a.dismiss_duplicate(&contact_a, &contact_b)).await
}
#[tauri::command]
async fn list_custom_fields(app: State<'_, App>, record_table: String) -> Reply<Vec<CustomField>> {
    off_ui(&app, move |a| a.list_custom_fields(&record_table)).await
}
#[tauri::command]
async fn save_custom_field(app: State<'_, App>, id: Option<String>, input: CustomFieldInput) -> Reply<Vec<CustomField>> {
    off_ui(&app, move |a| a.save_custom_field(id, input)).await
}
#[tauri::command]
async fn delete_custom_field(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_custom_field(&id)).await
}
#[tauri::command]
async fn list_saved_views(app: State<'_, App>, record_table: String) -> Reply<Vec<SavedView>> {
    off_ui(&app, move |a| a.list_saved_views(&record_table)).await
}
#[tauri::command]
async fn save_saved_view(app: State<'_, App>, id: Option<String>, input: SavedViewInput) -> Reply<Vec<SavedView>> {
    off_ui(&app, move |a| a.save_saved_view(id, input)).await
}
#[tauri::command]
async fn delete_saved_view(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_saved_view(&id)).await
}
#[tauri::command]
async fn stage_import(app: State<'_, App>, request: tauri::ipc::Request<'_>) -> Reply<StagedFile> {
    // The UI sends the file's bytes as the raw body and its name, URI-encoded, in a header.
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(AppError::new(ErrorCode::Validation, "The file did not arrive; choose it again."));
    };
    let name = request.headers().get("x-file-name").and_then(|v| v.to_str().ok()).unwrap_or("import");
    let name = percent_decode(name);
    let bytes = bytes.clone();
    off_ui(&app, move |a| a.stage_import(&name, &bytes)).await
}
#[tauri::command]
async fn preview_import(app: State<'_, App>, request: ImportRequest) -> Reply<ImportPlan> {
    off_ui(&app, move |a| a.preview_import(&request)).await
}
#[tauri::command]
async fn run_import(app: State<'_, App>, window: tauri::WebviewWindow, request: ImportRequest) -> Reply<ImportRecord> {
    off_ui(&app, move |a| a.run_import(&request, |progress| drop(window.emit("import-progress", progress)))).await
}
#[tauri::command]
async fn cancel_import(app: State<'_, App>, file_id: String) -> Reply<()> {
    off_ui(&app, move |a| a.cancel_import(&file_id)).await
}
#[tauri::command]
async fn list_imports(app: State<'_, App>) -> Reply<Vec<ImportRecord>> {
    off_ui(&app, |a| a.list_imports()).await
}
#[tauri::command]
async fn undo_import(app: State<'_, App>, id: String) -> Reply<ImportUndoReport> {
    off_ui(&app, move |a| a.undo_import(&id)).await
}
#[tauri::command]
async fn export_contacts(app: State<'_, App>, request: ExportRequest) -> Reply<ExportResult> {
    off_ui(&app, move |a| a.export_contacts(request)).await
}

/// `%XX` escapes back to bytes (file names travel URI-encoded in a header).
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
#[tauri::command]
async fn search_everything(app: State<'_, App>, query: String) -> Reply<SearchResults> {
    off_ui(&app, move |a| a.search_everything(&query)).await
}
#[tauri::command]
async fn list_companies(app: State<'_, App>, query: CompanyQuery) -> Reply<CompanyPage> {
    off_ui(&app, move |a| a.list_companies(query)).await
}
#[tauri::command]
async fn get_company(app: State<'_, App>, id: String) -> Reply<Company> {
    off_ui(&app, move |a| a.get_company(&id)).await
}
#[tauri::command]
async fn create_company(app: State<'_, App>, input: CompanyInput) -> Reply<Company> {
    off_ui(&app, move |a| a.create_company(input)).await
}
#[tauri::command]
async fn update_company(app: State<'_, App>, id: String, input: CompanyInput) -> Reply<Company> {
    off_ui(&app, move |a| a.update_company(&id, input)).await
}
#[tauri::command]
async fn delete_company(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_company(&id)).await
}
#[tauri::command]
async fn list_pipelines(app: State<'_, App>) -> Reply<Vec<Pipeline>> {
    off_ui(&app, |a| a.list_pipelines()).await
}
#[tauri::command]
async fn save_pipeline(app: State<'_, App>, id: Option<String>, input: PipelineInput) -> Reply<Pipeline> {
    off_ui(&app, move |a| a.save_pipeline(id, input)).await
}
#[tauri::command]
async fn deal_board(app: State<'_, App>, pipeline_id: String) -> Reply<DealBoard> {
    off_ui(&app, move |a| a.deal_board(&pipeline_id)).await
}
#[tauri::command]
async fn deal_forecast(app: State<'_, App>, pipeline_id: String) -> Reply<Forecast> {
    off_ui(&app, move |a| a.deal_forecast(&pipeline_id)).await
}
#[tauri::command]
async fn list_deals(app: State<'_, App>, query: DealQuery) -> Reply<DealPage> {
    off_ui(&app, move |a| a.list_deals(query)).await
}
#[tauri::command]
async fn get_deal(app: State<'_, App>, id: String) -> Reply<Deal> {
    off_ui(&app, move |a| a.get_deal(&id)).await
}
#[tauri::command]
async fn create_deal(app: State<'_, App>, input: DealInput) -> Reply<Deal> {
    off_ui(&app, move |a| a.create_deal(input)).await
}
#[tauri::command]
async fn update_deal(app: State<'_, App>, id: String, input: DealInput) -> Reply<Deal> {
    off_ui(&app, move |a| a.update_deal(&id, input)).await
}
#[tauri::command]
async fn move_deal(app: State<'_, App>, id: String, stage_id: String, loss_reason: String) -> Reply<Deal> {
    off_ui(&app, move |a| a.move_deal(&id, &stage_id, &loss_reason)).await
}
#[tauri::command]
async fn delete_deal(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_deal(&id)).await
}
#[tauri::command]
async fn add_deal_contact(app: State<'_, App>, input: DealContactInput) -> Reply<Deal> {
    off_ui(&app, move |a| a.add_deal_contact(input)).await
}
#[tauri::command]
async fn remove_deal_contact(app: State<'_, App>, deal_id: String, deal_contact_id: String) -> Reply<Deal> {
    off_ui(&app, move |a| a.remove_deal_contact(&deal_id, &deal_contact_id)).await
}
#[tauri::command]
async fn log_activity(app: State<'_, App>, input: ActivityInput) -> Reply<String> {
    off_ui(&app, move |a| a.log_activity(input)).await
}
#[tauri::command]
async fn update_activity(app: State<'_, App>, id: String, input: ActivityInput) -> Reply<()> {
    off_ui(&app, move |a| a.update_activity(&id, input)).await
}
#[tauri::command]
async fn delete_activity(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_activity(&id)).await
}
#[tauri::command]
async fn timeline(app: State<'_, App>, table: String, id: String) -> Reply<Vec<TimelineEntry>> {
    off_ui(&app, move |a| a.timeline(&table, &id)).await
}
#[tauri::command]
async fn record_history(app: State<'_, App>, table: String, id: String) -> Reply<Vec<FieldChange>> {
    off_ui(&app, move |a| a.record_history(&table, &id)).await
}
#[tauri::command]
async fn restore_field_value(app: State<'_, App>, table: String, id: String, field: String, hlc: String, device: String) -> Reply<()> {
    off_ui(&app, move |a| a.restore_field_value(&table, &id, &field, &hlc, &device)).await
}
#[tauri::command]
async fn get_task(app: State<'_, App>, id: String) -> Reply<Task> {
    off_ui(&app, move |a| a.get_task(&id)).await
}
#[tauri::command]
async fn create_task(app: State<'_, App>, input: TaskInput) -> Reply<Task> {
    off_ui(&app, move |a| a.create_task(input)).await
}
#[tauri::command]
async fn update_task(app: State<'_, App>, id: String, input: TaskInput, scope: EditScope) -> Reply<Task> {
    off_ui(&app, move |a| a.update_task(&id, input, scope)).await
}
#[tauri::command]
async fn complete_task(app: State<'_, App>, id: String) -> Reply<Option<Task>> {
    off_ui(&app, move |a| a.complete_task(&id)).await
}
#[tauri::command]
async fn cancel_task(app: State<'_, App>, id: String) -> Reply<Option<Task>> {
    off_ui(&app, move |a| a.cancel_task(&id)).await
}
#[tauri::command]
async fn reopen_task(app: State<'_, App>, id: String) -> Reply<Task> {
    off_ui(&app, move |a| a.reopen_task(&id)).await
}
#[tauri::command]
async fn delete_task(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_task(&id)).await
}
#[tauri::command]
async fn snooze_task(app: State<'_, App>, id: String, until: SnoozeUntil) -> Reply<Task> {
    off_ui(&app, move |a| a.snooze_task(&id, until)).await
}
#[tauri::command]
async fn reschedule_task(app: State<'_, App>, id: String, due_date: String, due_time: String) -> Reply<Task> {
    off_ui(&app, move |a| a.reschedule_task(&id, &due_date, &due_time)).await
}
#[tauri::command]
async fn today_tasks(app: State<'_, App>) -> Reply<TodayView> {
    off_ui(&app, move |a| a.today()).await
}
#[tauri::command]
async fn record_tasks(app: State<'_, App>, record_id: String) -> Reply<Vec<Task>> {
    off_ui(&app, move |a| a.record_tasks(&record_id)).await
}
#[tauri::command]
async fn missed_reminders(app: State<'_, App>) -> Reply<Vec<MissedReminder>> {
    off_ui(&app, move |a| a.missed_reminders()).await
}
#[tauri::command]
async fn acknowledge_reminder(app: State<'_, App>, delivery_id: String) -> Reply<()> {
    off_ui(&app, move |a| a.acknowledge_reminder(&delivery_id)).await
}
#[tauri::command]
async fn parse_when(app: State<'_, App>, text: String) -> Reply<WhenPreview> {
    off_ui(&app, move |a| a.parse_when(&text)).await
}
#[tauri::command]
async fn desktop_preferences(app: State<'_, App>, handle: AppHandle) -> Reply<DesktopPreferences> {
    let start_at_login = handle.autolaunch().is_enabled().unwrap_or(false);
    off_ui(&app, move |a| {
        Ok(DesktopPreferences { start_at_login, keep_running_in_tray: a.keep_running_in_tray(), calendar_file: a.calendar_file() })
    })
    .await
}
#[tauri::command]
async fn set_start_at_login(handle: AppHandle, enabled: bool) -> Reply<()> {
    let launcher = handle.autolaunch();
    let result = if enabled { launcher.enable() } else { launcher.disable() };
    result.map_err(|err| AppError::new(ErrorCode::Io, format!("Could not change starting Tandem at login: {err}")))
}
#[tauri::command]
async fn set_keep_running_in_tray(app: State<'_, App>, keep: bool) -> Reply<()> {
    off_ui(&app, move |a| a.set_keep_running_in_tray(keep)).await
}
#[tauri::command]
async fn export_tasks(app: State<'_, App>, scope: TaskExport) -> Reply<ExportResult> {
    off_ui(&app, move |a| a.export_tasks(scope)).await
}
#[tauri::command]
async fn set_calendar_file(app: State<'_, App>, on: bool) -> Reply<Option<String>> {
    off_ui(&app, move |a| a.set_calendar_file(on)).await
}
#[tauri::command]
async fn list_nudges(app: State<'_, App>) -> Reply<Vec<Nudge>> {
    off_ui(&app, move |a| a.list_nudges()).await
}
#[tauri::command]
async fn accept_nudge(app: State<'_, App>, id: String) -> Reply<Task> {
    off_ui(&app, move |a| a.accept_nudge(&id)).await
}
#[tauri::command]
async fn dismiss_nudge(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.dismiss_nudge(&id)).await
}
#[tauri::command]
async fn nudge_rules(app: State<'_, App>) -> Reply<Vec<NudgeRuleSetting>> {
    off_ui(&app, move |a| a.nudge_rules()).await
}
#[tauri::command]
async fn save_nudge_rules(app: State<'_, App>, rules: Vec<NudgeRuleSetting>) -> Reply<Vec<NudgeRuleSetting>> {
    off_ui(&app, move |a| a.save_nudge_rules(rules)).await
}
#[tauri::command]
async fn list_sequences(app: State<'_, App>) -> Reply<Vec<Sequence>> {
    off_ui(&app, move |a| a.list_sequences()).await
}
#[tauri::command]
async fn save_sequence(app: State<'_, App>, id: Option<String>, input: SequenceInput) -> Reply<Sequence> {
    off_ui(&app, move |a| a.save_sequence(id, input)).await
}
#[tauri::command]
async fn delete_sequence(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_sequence(&id)).await
}
#[tauri::command]
async fn enroll_contact(app: State<'_, App>, sequence_id: String, contact_id: String, start_date: String) -> Reply<Enrollment> {
    off_ui(&app, move |a| a.enroll_contact(&sequence_id, &contact_id, &start_date)).await
}
#[tauri::command]
async fn contact_enrollments(app: State<'_, App>, contact_id: String) -> Reply<Vec<Enrollment>> {
    off_ui(&app, move |a| a.contact_enrollments(&contact_id)).await
}
#[tauri::command]
async fn end_enrollment(app: State<'_, App>, id: String, status: EnrollmentStatus) -> Reply<Enrollment> {
    off_ui(&app, move |a| a.end_enrollment(&id, status)).await
}
#[tauri::command]
async fn tags_in_use(app: State<'_, App>, table: String) -> Reply<Vec<TagCount>> {
    off_ui(&app, move |a| a.tags_in_use(&table)).await
}
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        startup_state,
        setup_workspace,
        list_contacts,
        get_contact,
        create_contact,
        update_contact,
        delete_contact,
        company_names,
        list_trash,
        restore_record,
        purge_record,
        undo,
        get_settings,
        update_settings,
        list_members,
        save_member,
        delete_member,
        get_profile,
        update_profile,
        switch_profile,
        list_exchange_rates,
        save_exchange_rate,
        delete_exchange_rate,
        about,
        list_backups,
        backup_now,
        restore_backup,
        export_workspace,
        search_everything,
        stage_import,
        preview_import,
        run_import,
        cancel_import,
        list_imports,
        undo_import,
        export_contacts,
        list_custom_fields,
        save_custom_field,
        delete_custom_field,
        list_saved_views,
        save_saved_view,
        delete_saved_view,
        duplicate_groups,
        merge_contacts,
        dismiss_duplicate,
        list_companies,
        get_company,
        create_company,
        update_company,
        delete_company,
        list_pipelines,
        save_pipeline,
        deal_board,
        deal_forecast,
        list_deals,
        get_deal,
        create_deal,
        update_deal,
        move_deal,
        delete_deal,
        add_deal_contact,
        remove_deal_contact,
        log_activity,
        update_activity,
        delete_activity,
        timeline,
        record_history,
        restore_field_value,
        tags_in_use,
        get_task,
        create_task,
        update_task,
        complete_task,
        cancel_task,
        reopen_task,
        delete_task,
        snooze_task,
        reschedule_task,
        today_tasks,
        record_tasks,
        missed_reminders,
        acknowledge_reminder,
        parse_when,
        desktop_preferences,
        set_start_at_login,
        set_keep_running_in_tray,
        export_tasks,
        set_calendar_file,
        list_nudges,
        accept_nudge,
        dismiss_nudge,
        nudge_rules,
        save_nudge_rules,
        list_sequences,
        save_sequence,
        delete_sequence,
        enroll_contact,
        contact_enrollments,
        end_enrollment,
        crate::library_commands::search_content,
        crate::library_commands::get_content,
        crate::library_commands::library_permissions,
        crate::library_commands::content_versions,
        crate::library_commands::create_content,
        crate::library_commands::update_content,
        crate::library_commands::set_content_status,
        crate::library_commands::delete_content,
        crate::library_commands::add_content_bytes,
        crate::library_commands::add_content_files,
        crate::library_commands::add_content_version,
        crate::library_commands::restore_content_version,
        crate::library_commands::content_bytes,
        crate::library_commands::open_content,
        crate::library_commands::show_file,
        crate::library_commands::open_link,
        crate::library_commands::fill_content,
        crate::library_commands::share_content,
        crate::library_commands::content_terms,
        crate::library_commands::merge_fields,
        crate::library_commands::add_content_feedback,
        crate::library_commands::feedback_queue,
        crate::library_commands::resolve_content_feedback,
        crate::library_commands::add_content_request,
        crate::library_commands::content_requests,
        crate::library_commands::answer_content_request,
        crate::library_commands::list_collections,
        crate::library_commands::save_collection,
        crate::library_commands::delete_collection,
        crate::library_commands::offline_collections,
        crate::library_commands::set_collection_offline,
        crate::library_commands::library_file_availability,
        crate::catalog_commands::list_tax_rates,
        crate::catalog_commands::save_tax_rate,
        crate::catalog_commands::delete_tax_rate,
        crate::catalog_commands::list_products,
        crate::catalog_commands::get_product,
        crate::catalog_commands::save_product,
        crate::catalog_commands::delete_product,
        crate::catalog_commands::export_catalog,
        crate::catalog_commands::import_catalog,
        crate::dashboard_commands::dashboard,
        crate::dashboard_commands::dashboard_records,
        crate::dashboard_commands::dashboard_options,
        crate::dashboard_commands::export_dashboard_table,
        crate::dashboard_commands::export_dashboard_report,
        crate::campaign_commands::list_campaigns,
        crate::campaign_commands::get_campaign,
        crate::campaign_commands::create_campaign,
        crate::campaign_commands::update_campaign,
        crate::campaign_commands::delete_campaign,
        crate::campaign_commands::campaign_records,
        crate::campaign_commands::set_contacts_campaign,
        crate::campaign_commands::set_deals_campaign,
        crate::campaign_commands::list_sales_teams,
        crate::campaign_commands::save_sales_team,
        crate::campaign_commands::delete_sales_team,
        crate::campaign_commands::add_sales_team_member,
        crate::campaign_commands::remove_sales_team_member,
        crate::campaign_commands::quota_board,
        crate::campaign_commands::set_quota,
        crate::campaign_commands::delete_quota,
        crate::scoring_commands::lead_scoring,
        crate::scoring_commands::save_lead_scoring,
        crate::scoring_commands::preview_lead_scoring,
        crate::scoring_commands::save_scoring_rule,
        crate::scoring_commands::delete_scoring_rule,
        crate::scoring_commands::reorder_scoring_rules,
        crate::scoring_commands::contact_score,
        crate::scoring_commands::leads_to_qualify,
        crate::scoring_commands::save_contact_bant,
        crate::sync_commands::sync_status,
        crate::sync_commands::sync_create_team,
        crate::sync_commands::sync_sign_in,
        crate::sync_commands::sync_join_team,
        crate::sync_commands::sync_sign_out,
        crate::sync_commands::sync_now,
        crate::sync_commands::sync_members,
        crate::sync_commands::sync_set_role,
        crate::sync_commands::sync_devices,
        crate::sync_commands::sync_invite,
        crate::sync_commands::sync_invites,
        crate::sync_commands::sync_cancel_invite,
        crate::sync_commands::kept_aside_workspaces,
        crate::sync_commands::open_kept_aside_workspace,
        crate::sync_commands::remove_kept_aside_workspace,
        crate::sync_commands::sync_revoke_device,
        crate::quote_commands::quote_settings,
        crate::quote_commands::save_quote_settings,
        crate::quote_commands::set_brand_logo,
        crate::quote_commands::clear_brand_logo,
        crate::quote_commands::brand_logo,
        crate::quote_commands::quotes_of_deal,
        crate::quote_commands::create_quote,
        crate::quote_commands::get_quote,
        crate::quote_commands::save_quote,
        crate::quote_commands::quote_totals,
        crate::quote_commands::quote_line_for_product,
        crate::quote_commands::request_quote_approval,
        crate::quote_commands::decide_quote_approval,
        crate::quote_commands::mark_quote_sent,
        crate::quote_commands::accept_quote,
        crate::quote_commands::decline_quote,
        crate::quote_commands::revise_quote,
        crate::quote_commands::quote_changes,
        crate::quote_commands::proposal_templates,
        crate::quote_commands::save_proposal,
        crate::quote_commands::apply_proposal_template,
        crate::quote_commands::library_block,
        crate::quote_commands::proposal_pdf,
        crate::quote_commands::export_proposal_pdf,
    ]
}
