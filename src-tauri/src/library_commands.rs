//! The content library's commands. Files travel as raw bodies (no JSON encoding of bytes).

use tandem_app::dto::{AddedFiles, ContentDetail, LibraryPermissions, ShareInput, Shared, TagCount};
use tandem_app::{App, AppError, ErrorCode};
use tandem_domain::content::{
    ContentFacet, ContentForm, ContentInput, ContentItem, ContentQuery, ContentResults, ContentStatus, ContentVersion,
};
use tandem_domain::content_use::{
    Collection, CollectionInput, ContentFeedback, ContentRequest, FeedbackInput, RequestInput, RequestStatus,
};
use tandem_domain::merge_fields::Filled;
use tauri::State;

use crate::commands::{off_ui, percent_decode, Reply};

/// The raw body of a request and one URI-encoded header of it.
pub(crate) fn raw_body(request: &tauri::ipc::Request<'_>) -> Result<Vec<u8>, AppError> {
    match request.body() {
        tauri::ipc::InvokeBody::Raw(bytes) => Ok(bytes.clone()),
        _ => Err(AppError::new(ErrorCode::Validation, "The file did not arrive; choose it again.")),
    }
}

fn header(request: &tauri::ipc::Request<'_>, name: &str) -> String {
    percent_decode(request.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or(""))
}

#[tauri::command]
pub async fn search_content(app: State<'_, App>, query: ContentQuery) -> Reply<ContentResults> {
    off_ui(&app, move |a| a.search_content(query)).await
}
#[tauri::command]
pub async fn library_permissions(app: State<'_, App>) -> Reply<LibraryPermissions> {
    off_ui(&app, |a| a.library_permissions()).await
}
#[tauri::command]
pub async fn get_content(app: State<'_, App>, id: String) -> Reply<ContentDetail> {
    off_ui(&app, move |a| a.get_content(&id)).await
}
#[tauri::command]
pub async fn content_versions(app: State<'_, App>, id: String) -> Reply<Vec<ContentVersion>> {
    off_ui(&app, move |a| a.content_versions(&id)).await
}
#[tauri::command]
pub async fn create_content(app: State<'_, App>, form: ContentForm, input: ContentInput) -> Reply<ContentItem> {
    off_ui(&app, move |a| a.create_content(form, input)).await
}
#[tauri::command]
pub async fn update_content(app: State<'_, App>, id: String, input: ContentInput) -> Reply<ContentItem> {
    off_ui(&app, move |a| a.update_content(&id, input)).await
}
#[tauri::command]
pub async fn set_content_status(app: State<'_, App>, id: String, status: ContentStatus) -> Reply<ContentItem> {
    off_ui(&app, move |a| a.set_content_status(&id, status)).await
}
#[tauri::command]
pub async fn delete_content(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_content(&id)).await
}
/// The in-window file picker: the file's bytes as the body, its name in `x-file-name`.
#[tauri::command]
pub async fn add_content_bytes(app: State<'_, App>, request: tauri::ipc::Request<'_>) -> Reply<ContentItem> {
    let bytes = raw_body(&request)?;
    let name = header(&request, "x-file-name");
    off_ui(&app, move |a| a.add_content_bytes(&name, &bytes)).await
}
/// Files dropped on the window, by path; each is added or reported on its own.
#[tauri::command]
pub async fn add_content_files(app: State<'_, App>, paths: Vec<String>) -> Reply<AddedFiles> {
    off_ui(&app, move |a| Ok(a.add_content_files(&paths))).await
}
#[tauri::command]
pub async fn add_content_version(app: State<'_, App>, request: tauri::ipc::Request<'_>) -> Reply<ContentItem> {
    let bytes = raw_body(&request)?;
    let (name, item, note) = (header(&request, "x-file-name"), header(&request, "x-item-id"), header(&request, "x-note"));
    off_ui(&app, move |a| a.add_content_version(&item, &name, &bytes, &note)).await
}
#[tauri::command]
pub async fn restore_content_version(app: State<'_, App>, item_id: String, version_id: String) -> Reply<ContentItem> {
    off_ui(&app, move |a| a.restore_content_version(&item_id, &version_id)).await
}
/// A version's bytes for the preview, as a raw (binary) response.
#[tauri::command]
pub async fn content_bytes(app: State<'_, App>, version_id: String) -> Result<tauri::ipc::Response, AppError> {
    let file = off_ui(&app, move |a| a.content_bytes(&version_id)).await?;
    Ok(tauri::ipc::Response::new(file.bytes))
}
/// Opens a version in the OS's default app for its kind, from a copy under its own name.
#[tauri::command]
pub async fn open_content(app: State<'_, App>, version_id: String) -> Reply<()> {
    let path = off_ui(&app, move |a| a.content_file_copy(&version_id)).await?;
    open::that_detached(&path).map_err(|e| AppError::new(ErrorCode::Io, format!("No app opened {}: {e}.", path.display())))
}
/// Opens a web, e-mail or phone link with the OS's handler: the webview itself opens no new
/// windows, and nothing else (file:, javascript:) is ever handed on.
#[tauri::command]
pub async fn open_link(url: String) -> Reply<()> {
    let lower = url.trim().to_ascii_lowercase();
    if !["https://", "http://", "mailto:", "tel:"].iter().any(|scheme| lower.starts_with(scheme)) {
        return Err(AppError::new(ErrorCode::Validation, format!("'{url}' is not a web, e-mail or phone link.")));
    }
    open::that_detached(url.trim()).map_err(|e| AppError::new(ErrorCode::Io, format!("No app opened {url}: {e}.")))
}
/// Shows a shared file's copy in the file manager, ready to attach.
#[tauri::command]
pub async fn show_file(path: String) -> Reply<()> {
    let folder = std::path::Path::new(&path).parent().map(|p| p.to_owned()).unwrap_or_default();
    open::that_detached(&folder).map_err(|e| AppError::new(ErrorCode::Io, format!("The file manager did not open: {e}.")))
}
#[tauri::command]
pub async fn fill_content(app: State<'_, App>, item_id: String, contact_id: Option<String>, deal_id: Option<String>) -> Reply<Filled> {
    off_ui(&app, move |a| a.fill_content(&item_id, contact_id.as_deref(), deal_id.as_deref())).await
}
#[tauri::command]
pub async fn share_content(app: State<'_, App>, input: ShareInput) -> Reply<Shared> {
    off_ui(&app, move |a| a.share_content(input)).await
}
#[tauri::command]
pub async fn content_terms(app: State<'_, App>, facet: ContentFacet) -> Reply<Vec<TagCount>> {
    off_ui(&app, move |a| a.content_terms(facet)).await
}
#[tauri::command]
pub async fn merge_fields() -> Reply<Vec<tandem_app::dto::MergeField>> {
    Ok(tandem_app::dto::MergeField::all())
}
#[tauri::command]
pub async fn add_content_feedback(app: State<'_, App>, input: FeedbackInput) -> Reply<Vec<ContentFeedback>> {
    off_ui(&app, move |a| a.add_content_feedback(input)).await
}
#[tauri::command]
pub async fn feedback_queue(app: State<'_, App>) -> Reply<Vec<ContentFeedback>> {
    off_ui(&app, |a| a.feedback_queue()).await
}
#[tauri::command]
pub async fn resolve_content_feedback(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.resolve_content_feedback(&id)).await
}
#[tauri::command]
pub async fn add_content_request(app: State<'_, App>, input: RequestInput) -> Reply<Vec<ContentRequest>> {
    off_ui(&app, move |a| a.add_content_request(input)).await
}
#[tauri::command]
pub async fn content_requests(app: State<'_, App>) -> Reply<Vec<ContentRequest>> {
    off_ui(&app, |a| a.content_requests()).await
}
#[tauri::command]
pub async fn answer_content_request(
    app: State<'_, App>,
    id: String,
    status: RequestStatus,
    item_id: Option<String>,
    response: String,
) -> Reply<Vec<ContentRequest>> {
    off_ui(&app, move |a| a.answer_content_request(&id, status, item_id, response)).await
}
#[tauri::command]
pub async fn list_collections(app: State<'_, App>) -> Reply<Vec<Collection>> {
    off_ui(&app, |a| a.list_collections()).await
}
#[tauri::command]
pub async fn save_collection(app: State<'_, App>, id: Option<String>, input: CollectionInput) -> Reply<Collection> {
    off_ui(&app, move |a| a.save_collection(id, input)).await
}
#[tauri::command]
pub async fn delete_collection(app: State<'_, App>, id: String) -> Reply<()> {
    off_ui(&app, move |a| a.delete_collection(&id)).await
}
/// The collections whose files this device keeps ("available offline").
#[tauri::command]
pub async fn offline_collections(app: State<'_, App>) -> Reply<Vec<String>> {
    off_ui(&app, |a| a.offline_collections()).await
}
#[tauri::command]
pub async fn set_collection_offline(app: State<'_, App>, collection_id: String, offline: bool) -> Reply<Vec<String>> {
    off_ui(&app, move |a| a.set_collection_offline(&collection_id, offline)).await
}
/// Whether each file's bytes are on this device, downloading, or only on the team's server.
#[tauri::command]
pub async fn library_file_availability(app: State<'_, App>, hashes: Vec<String>) -> Reply<Vec<tandem_app::dto::FileAvailability>> {
    off_ui(&app, move |a| a.library_file_availability(hashes)).await
}
