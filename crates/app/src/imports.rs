//! The import wizard's commands: read a file, suggest a mapping, dry-run, import as one undoable
//! transaction with progress and cancel, and the import history.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tandem_domain::contact::{display_name, ContactInput};
use tandem_domain::phone;
use tandem_interchange::{contacts_from_csv, contacts_from_vcards, read_csv, suggest_mapping, CsvTable, Limits, Mapping, RowOutcome};
use tandem_store::{companies, contacts, imports, members, new_id, search_index, settings, undo, StoreError, WriteSource, Writer};

use crate::dto::{ImportFormat, ImportPlan, ImportProgress, ImportRecord, ImportRequest, ImportUndoReport, StagedFile};
use crate::import_plan::{plan, update_of, Action, Plan, Target};
use crate::{App, AppError, ErrorCode};

/// A file read for the wizard, held until it is imported or replaced.
pub(crate) struct Staged {
    file_name: String,
    content: Content,
    cancel: Arc<AtomicBool>,
    /// The last dry run's plan: the import that usually follows it at once does not plan again.
    dry_run: Option<DryRun>,
}

/// A plan and what it was made for. It still holds while the request and phone region are the
/// same and no change was logged since (`change_mark`): every table a plan reads is synced.
struct DryRun {
    request: ImportRequest,
    region: String,
    mark: i64,
    lines: u32,
    plan: Plan,
}

enum Content {
    Csv(CsvTable),
    VCard(Vec<RowOutcome>),
}

/// Progress is reported every this many lines.
const PROGRESS_EVERY: usize = 250;

impl App {
    /// Reads an import file (CSV or vCard, by content) and holds it for the wizard.
    pub fn stage_import(&self, file_name: &str, bytes: &[u8]) -> Result<StagedFile, AppError> {
        self.stage_import_within(file_name, bytes, &Limits::default())
    }

    /// Like `stage_import`, under explicit size limits.
    pub fn stage_import_within(&self, file_name: &str, bytes: &[u8], limits: &Limits) -> Result<StagedFile, AppError> {
        let is_vcard = file_name.to_lowercase().ends_with(".vcf")
            || String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_uppercase().contains("BEGIN:VCARD");
        let file_id = new_id();
        let region = self.phone_region()?;
        let unreadable = |err: tandem_interchange::ReadError| AppError::new(ErrorCode::Validation, err.to_string());
        let (staged, content) = if is_vcard {
            let outcomes = contacts_from_vcards(bytes, limits, &region).map_err(unreadable)?;
            let file = StagedFile {
                file_id: file_id.clone(),
                file_name: file_name.to_owned(),
                format: ImportFormat::VCard,
                encoding: "UTF-8".into(),
                delimiter: String::new(),
                headers: Vec::new(),
                sample_rows: Vec::new(),
                record_count: outcomes.len() as u32,
                mapping: Mapping::default(),
            };
            (file, Content::VCard(outcomes))
        } else {
            let table = read_csv(bytes, limits).map_err(unreadable)?;
            let file = StagedFile {
                file_id: file_id.clone(),
                file_name: file_name.to_owned(),
                format: ImportFormat::Csv,
                encoding: table.encoding.clone(),
                delimiter: table.delimiter.to_string(),
                headers: table.headers.clone(),
                sample_rows: table.rows.iter().take(5).map(|r| r.cells.clone()).collect(),
                record_count: table.rows.len() as u32,
                mapping: suggest_mapping(&table.headers),
            };
            (file, Content::Csv(table))
        };
        let mut held = self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner());
        // One wizard at a time: a new file replaces what was staged before.
        held.clear();
        held.insert(file_id, Staged { file_name: file_name.to_owned(), content, cancel: Arc::new(AtomicBool::new(false)), dry_run: None });
        Ok(staged)
    }

    /// The dry run: what `run_import` would do with this request, writing nothing.
    pub fn preview_import(&self, request: &ImportRequest) -> Result<ImportPlan, AppError> {
        let region = self.phone_region()?;
        // The file's phone numbers are read, then checked again in E.164: parsed once.
        let (outcomes, planned, mark) = phone::in_bulk(|| -> Result<_, AppError> {
            let outcomes = self.staged_outcomes(request, &region)?;
            let (planned, mark) = self.db()?.read(|conn| {
                // The mark first: a write landing while the plan is made leaves it too old to reuse.
                let mark = tandem_store::change_mark(conn)?;
                let members = members::list(conn)?;
                Ok((plan(conn, &outcomes, request.duplicates, &region, &members)?, mark))
            })?;
            Ok((outcomes, planned, mark))
        })?;
        let summary = planned.summary();
        if let Some(staged) = self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner()).get_mut(&request.file_id) {
            staged.dry_run = Some(DryRun { request: request.clone(), region, mark, lines: outcomes.len() as u32, plan: planned });
        }
        Ok(summary)
    }

    /// Imports the staged file in one transaction (so one undo takes it all back and a cancel or a
    /// crash leaves nothing behind); `progress` hears how far it got.
    pub fn run_import(&self, request: &ImportRequest, progress: impl Fn(ImportProgress)) -> Result<ImportRecord, AppError> {
        let (file_name, cancel, dry_run) = self.take_dry_run(request)?;
        cancel.store(false, Ordering::SeqCst);
        let region = self.phone_region()?;
        let import_id = new_id();
        let mut total = 0;
        self.write(WriteSource::Import, &format!("Import of {file_name}"), |w| {
            let mark = tandem_store::change_mark(w.conn())?;
            let planned = match dry_run.filter(|d| d.request == *request && d.region == region && d.mark == mark) {
                Some(dry_run) => {
                    total = dry_run.lines;
                    dry_run.plan
                }
                None => phone::in_bulk(|| -> Result<_, AppError> {
                    let outcomes = self.staged_outcomes(request, &region)?;
                    total = outcomes.len() as u32;
                    let members = members::list(w.conn())?;
                    Ok(plan(w.conn(), &outcomes, request.duplicates, &region, &members)?)
                })?,
            };
            let (mut created, mut updated) = (0u32, 0u32);
            // Index the imported contacts for search in one go at the end, not row by row.
            search_index::defer_contacts(w.conn())?;
            let mut touched: Vec<String> = Vec::with_capacity(planned.actions.len());
            let mut known = KnownCompanies::default();
            for (index, action) in planned.actions.iter().enumerate() {
                if index % PROGRESS_EVERY == 0 {
                    if cancel.load(Ordering::SeqCst) {
                        return Err(AppError::new(ErrorCode::Cancelled, "The import was cancelled; nothing was imported."));
                    }
                    progress(ImportProgress { file_id: request.file_id.clone(), done: index as u32, total });
                }
                match action {
                    Action::Create { input, company_domain, created_at } => {
                        created += 1;
                        touched.push(create(w, &mut known, input, company_domain, created_at.as_deref())?);
                    }
                    Action::Update { target: Target::Existing(id), input, company_domain } => {
                        updated += 1;
                        update(w, &mut known, id, input, company_domain)?;
                        touched.push(id.clone());
                    }
                    // Folded into the line that creates it, when the plan was made.
                    Action::Update { target: Target::Earlier(_), .. } => updated += 1,
                    Action::Skip => {}
                }
            }
            search_index::index_deferred_contacts(w.conn(), &touched)?;
            let skipped = total - created - updated;
            imports::record(w, &import_id, &file_name, created, updated, skipped)?;
            Ok(())
        })?;
        progress(ImportProgress { file_id: request.file_id.clone(), done: total, total });
        self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner()).remove(&request.file_id);
        self.import_record(&import_id)
    }

    /// Asks a running import to stop; it rolls back and reports `cancelled`.
    pub fn cancel_import(&self, file_id: &str) -> Result<(), AppError> {
        if let Some(staged) = self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner()).get(file_id) {
            staged.cancel.store(true, Ordering::SeqCst);
        }
        Ok(())
    }

    pub fn list_imports(&self) -> Result<Vec<ImportRecord>, AppError> {
        let entries = self.db()?.read(|conn| imports::list(conn, 100))?;
        Ok(entries.into_iter().map(record_of).collect())
    }

    fn import_record(&self, id: &str) -> Result<ImportRecord, AppError> {
        Ok(record_of(self.db()?.read(|conn| imports::get(conn, id))?))
    }

    /// Takes a whole import back: created contacts go to the Trash, updated ones get their old
    /// values back — except fields changed since, which keep the newer value and are named.
    pub fn undo_import(&self, id: &str) -> Result<ImportUndoReport, AppError> {
        let entry = self.db()?.read(|conn| imports::get(conn, id))?;
        if !entry.undone_at.is_empty() {
            return Err(AppError::new(ErrorCode::Conflict, format!("The import of {} was already undone.", entry.file_name)));
        }
        let report = self.write(WriteSource::User, &format!("Undo of the import of {}", entry.file_name), |w| {
            let reverted = match undo::revert_with_report(w, &entry.txn_hlc, &entry.txn_device) {
                Err(StoreError::NotFound { .. }) => {
                    return Err(AppError::new(
                        ErrorCode::NotFound,
                        format!(
                            "The changes the import of {} made are not in this workspace's history, so nothing was undone.",
                            entry.file_name
                        ),
                    ))
                }
                reverted => reverted?,
            };
            imports::mark_undone(w, id)?;
            let mut kept = Vec::new();
            for (_, row) in reverted.kept_newer.iter().filter(|(table, _)| table == "contacts") {
                if let Ok(contact) = contacts::get(w.conn(), row) {
                    kept.push(display_name(&contact.first_name, &contact.last_name));
                }
            }
            Ok(ImportUndoReport { reverted: reverted.rows as u32, kept_newer: kept })
        })?;
        Ok(report)
    }

    /// The staged file's name and cancel flag, and its dry run's plan (taken: an import uses it once).
    fn take_dry_run(&self, request: &ImportRequest) -> Result<(String, Arc<AtomicBool>, Option<DryRun>), AppError> {
        let mut held = self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner());
        let staged = held.get_mut(&request.file_id).ok_or_else(no_longer_open)?;
        Ok((staged.file_name.clone(), staged.cancel.clone(), staged.dry_run.take()))
    }

    /// The staged file's records as `request` maps them, phone numbers read in `region`.
    fn staged_outcomes(&self, request: &ImportRequest, region: &str) -> Result<Vec<RowOutcome>, AppError> {
        let held = self.inner.staged_imports.lock().unwrap_or_else(|p| p.into_inner());
        let staged = held.get(&request.file_id).ok_or_else(no_longer_open)?;
        let outcomes = match &staged.content {
            Content::Csv(table) => {
                if request.mapping.columns.len() != table.headers.len() {
                    return Err(AppError::new(
                        ErrorCode::Validation,
                        "The column mapping does not match the file's columns; choose the file again.",
                    ));
                }
                contacts_from_csv(table, &request.mapping, region)
            }
            Content::VCard(outcomes) => outcomes.clone(),
        };
        Ok(outcomes)
    }

    pub(crate) fn phone_region(&self) -> Result<String, AppError> {
        Ok(self.db()?.read(settings::get)?.phone_region())
    }
}

fn record_of(entry: imports::ImportEntry) -> ImportRecord {
    ImportRecord {
        id: entry.id,
        file_name: entry.file_name,
        created_at: entry.created_at,
        created: entry.created,
        updated: entry.updated,
        skipped: entry.skipped,
        undone_at: entry.undone_at,
    }
}

fn no_longer_open() -> AppError {
    AppError::new(ErrorCode::NotFound, "The file is no longer open for import; choose it again.")
}

/// Companies this import matched or made, by lower-case domain and ASCII-lower-case name (the
/// `NOCASE` the lookups use): most lines name a company an earlier line named. An answer is kept
/// only while no later line could change it: a name matched after its domain was not found is
/// asked again, since a later line may make a company with that domain.
#[derive(Default)]
struct KnownCompanies(HashMap<(String, String), String>);

/// The company an imported contact works at: matched by web domain, then by name, else created.
fn company_for(w: &mut Writer, known: &mut KnownCompanies, name: &str, domain: &str) -> Result<Option<String>, StoreError> {
    let key = (domain.to_lowercase(), name.to_ascii_lowercase());
    if let Some(id) = known.0.get(&key) {
        return Ok(Some(id.clone()));
    }
    let (id, lasting) = match find_company(w, name, domain)? {
        None => return Ok(None),
        Some(found) => found,
    };
    if lasting {
        known.0.insert(key, id.clone());
    }
    Ok(Some(id))
}

/// The company for a line, and whether the same question would always get the same answer.
fn find_company(w: &mut Writer, name: &str, domain: &str) -> Result<Option<(String, bool)>, StoreError> {
    if !domain.is_empty() {
        if let Some(id) = companies::find_by_domain(w.conn(), domain)? {
            return Ok(Some((id, true)));
        }
    }
    if name.is_empty() {
        return Ok(None);
    }
    if let Some(id) = companies::find_by_name(w.conn(), name)? {
        return Ok(Some((id, domain.is_empty())));
    }
    let domain = domain.to_lowercase();
    let id = companies::create(w, &companies::NewCompany { name, domain: &domain, industry: "", country: "" })?;
    Ok(Some((id, true)))
}

fn create(
    w: &mut Writer,
    known: &mut KnownCompanies,
    input: &ContactInput,
    company_domain: &str,
    created_at: Option<&str>,
) -> Result<String, StoreError> {
    let company_id = company_for(w, known, &input.company_name, company_domain)?;
    let id = new_id();
    match created_at {
        Some(at) => {
            let now = w.now_text();
            contacts::create_dated(w, &id, input, company_id, at, &now)?
        }
        None => contacts::save(w, &id, input, company_id, true)?,
    }
    Ok(id)
}

fn update(w: &mut Writer, known: &mut KnownCompanies, id: &str, imported: &ContactInput, company_domain: &str) -> Result<(), StoreError> {
    let existing = ContactInput::from(&contacts::get(w.conn(), id)?);
    let merged = update_of(&existing, imported);
    let company_id = company_for(w, known, &merged.company_name, company_domain)?;
    contacts::save(w, id, &merged, company_id, false)
}
