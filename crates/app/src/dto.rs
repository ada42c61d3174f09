//! Types that cross to the UI and exist only at the boundary; record types live in the domain.

use serde::{Deserialize, Serialize};
use tandem_domain::company::CompanyRow;
use tandem_domain::contact::{ContactRow, ContactSort};
use tandem_domain::deal::DealRow;
use tandem_domain::member::MemberInput;
use tandem_domain::pipeline::{Pipeline, Stage};
use tandem_domain::view::RecordFilter;
use tandem_domain::FieldError;
use ts_rs::TS;

use crate::AppError;

mod sync;
pub use sync::*;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum StartupState {
    Ready,
    NeedsSetup,
    Error { error: AppError, database_path: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceChoice {
    Empty,
    Sample,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetupInput {
    pub choice: WorkspaceChoice,
    pub profile: MemberInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactQuery {
    pub search: String,
    pub filter: RecordFilter,
    pub sort: ContactSort,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContactPage {
    pub total: u32,
    pub rows: Vec<ContactRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecordRef {
    pub table: String,
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TrashItem {
    pub table: String,
    pub id: String,
    pub kind_label: String,
    pub title: String,
    pub deleted_at: String,
    /// "You", "Sam Lee · Sam's laptop", or "Another device".
    pub deleted_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UndoOutcome {
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AboutInfo {
    pub version: String,
    pub data_dir: String,
    pub database_path: String,
    pub log_dir: String,
    pub backup_dir: String,
    pub device_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Backup {
    pub name: String,
    pub created_at: String,
    pub reason: String,
    pub size_bytes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportResult {
    pub path: String,
}

/// "These records changed": one per committed transaction, sent to the UI to invalidate queries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangeBatch {
    pub tables: Vec<String>,
    pub ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CompanyQuery {
    pub search: String,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CompanyPage {
    pub total: u32,
    pub rows: Vec<CompanyRow>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DealSort {
    Name,
    ExpectedClose,
    RecentlyUpdated,
    Amount,
    Company,
    Stage,
    Owner,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealQuery {
    /// Empty for every pipeline.
    pub pipeline_id: String,
    pub search: String,
    /// Deals this person is on (primary contact or with a role); stage, owner and company are in `filter`.
    pub contact_id: Option<String>,
    pub filter: RecordFilter,
    pub sort: DealSort,
    pub offset: u32,
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealPage {
    pub total: u32,
    pub rows: Vec<DealRow>,
}

/// A sum of deals in the workspace's base currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MoneyTotal {
    pub count: u32,
    /// Decimal text in the base currency, to the cent.
    pub amount: String,
    /// The amount weighted by each deal's stage probability.
    pub weighted: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BoardColumn {
    pub stage: Stage,
    /// The first deals of the stage (all of them unless `total.count` is larger).
    pub deals: Vec<DealRow>,
    pub total: MoneyTotal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealBoard {
    pub pipeline: Pipeline,
    pub base_currency: String,
    pub columns: Vec<BoardColumn>,
    /// Won and lost columns show deals closed on or after this day (YYYY-MM-DD).
    pub closed_since: String,
    /// Currencies of deals left out of the totals for want of an exchange rate.
    pub unconverted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ForecastMonth {
    /// "YYYY-MM", or "" for open deals without an expected close date.
    pub month: String,
    pub total: MoneyTotal,
}

/// Open deals by month of expected close, in the base currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Forecast {
    pub base_currency: String,
    pub months: Vec<ForecastMonth>,
    pub total: MoneyTotal,
    pub unconverted: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DealContactInput {
    pub deal_id: String,
    pub contact_id: String,
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TagCount {
    pub name: String,
    pub count: u32,
}

/// What search everywhere found: the best few of each kind and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SearchResults {
    pub contacts: ContactPage,
    pub companies: CompanyPage,
    pub deals: DealPage,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DuplicateScan {
    /// Groups found in all; `groups` holds the first of them.
    pub total: u32,
    pub groups: Vec<tandem_domain::duplicate::DuplicateGroup>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    Csv,
    VCard,
}

/// A file read and held for the import wizard, with the column mapping Tandem suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StagedFile {
    pub file_id: String,
    pub file_name: String,
    pub format: ImportFormat,
    /// "UTF-8", "UTF-8 with BOM", "Windows-1252"… (CSV only).
    pub encoding: String,
    /// "," ";" or a tab (CSV only).
    pub delimiter: String,
    pub headers: Vec<String>,
    /// The first rows as read, to show next to the mapping.
    pub sample_rows: Vec<Vec<String>>,
    pub record_count: u32,
    pub mapping: tandem_interchange::Mapping,
}

/// What to do with an imported contact that matches one already in the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicatePolicy {
    Skip,
    Update,
    Create,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRequest {
    pub file_id: String,
    /// The column mapping for a CSV file; ignored for vCard.
    pub mapping: tandem_interchange::Mapping,
    pub duplicates: DuplicatePolicy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Email,
    Phone,
    NameAndCompany,
}

/// One line of the file and what will happen to it or what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportLine {
    pub line: u32,
    pub message: String,
}

/// A line that matches a contact already in the workspace (or an earlier line of the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportMatch {
    pub line: u32,
    pub name: String,
    pub matched_by: MatchedBy,
    /// The matching contact's name ("an earlier line" when it is in the same file).
    pub existing: String,
}

/// The dry run: what an import would do, before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportPlan {
    pub create: u32,
    pub update: u32,
    pub skip: u32,
    /// Lines that cannot be imported, each with why (the first 500).
    pub problems: Vec<ImportLine>,
    pub problem_count: u32,
    /// Lines imported with a value kept aside (e.g. a phone moved to the notes), the first 500.
    pub warnings: Vec<ImportLine>,
    pub warning_count: u32,
    /// Lines matching existing contacts, the first 500.
    pub matches: Vec<ImportMatch>,
    pub match_count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportProgress {
    pub file_id: String,
    pub done: u32,
    pub total: u32,
}

/// One import in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRecord {
    pub id: String,
    pub file_name: String,
    pub created_at: String,
    pub created: u32,
    pub updated: u32,
    pub skipped: u32,
    /// Empty unless the import was undone.
    pub undone_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportUndoReport {
    /// Records put back as they were before the import (created ones go to the Trash).
    pub reverted: u32,
    /// Records changed since the import whose newer values were kept.
    pub kept_newer: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    VCard,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// Which contacts: the list's search and filter (a saved view's, or the current one).
    pub search: String,
    pub filter: RecordFilter,
}

/// When a snooze ends: one of the usual choices, or a moment the user picked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SnoozeUntil {
    Choice {
        choice: tandem_domain::reminder::Snooze,
    },
    /// RFC 3339.
    At {
        at: String,
    },
}

/// A reminder that came due while Tandem was closed or the laptop slept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MissedReminder {
    pub delivery_id: String,
    /// RFC 3339: when it should have fired.
    pub due_at: String,
    pub task: tandem_domain::task::Task,
}

/// The app's home: open tasks up to a week ahead, grouped by when they are due.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayView {
    pub missed: Vec<MissedReminder>,
    pub overdue: Vec<tandem_domain::task::Task>,
    pub today: Vec<tandem_domain::task::Task>,
    pub upcoming: Vec<tandem_domain::task::Task>,
    /// Snoozed tasks, until their snooze ends.
    pub snoozed: Vec<tandem_domain::task::Task>,
    /// Open tasks due within the week in all; more than `listed` when the groups were cut short.
    pub total: u32,
    pub listed: u32,
}

/// What a typed date means, shown before it is applied; `error` says what to type instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WhenPreview {
    /// "YYYY-MM-DD", or "" when the text could not be read.
    pub due_date: String,
    /// "HH:MM", or "" for a whole day.
    pub due_time: String,
    pub error: String,
}

/// This device's desktop preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DesktopPreferences {
    pub start_at_login: bool,
    pub keep_running_in_tray: bool,
    /// The calendar file kept up to date with the open tasks, when turned on.
    pub calendar_file: Option<String>,
}

/// Which tasks a calendar export holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TaskExport {
    All,
    Open,
    /// The tasks linked to one contact, company or deal.
    Record {
        id: String,
    },
    Task {
        id: String,
    },
}

/// A library item's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentDetail {
    pub item: tandem_domain::content::ContentItem,
    /// Past its expiry date: sharing or inserting it needs a confirmation.
    pub expired: bool,
    pub review_due: bool,
    /// Whether this user may change the description, file and versions.
    pub may_edit: bool,
    /// Whether this user may approve, archive and curate (marketers and admins).
    pub may_curate: bool,
    pub uses: Vec<tandem_domain::content_use::ContentUse>,
    /// Closed deals where the item was used against those where it was not.
    pub win_rates: tandem_domain::win_rate::WinRates,
    pub feedback: Vec<tandem_domain::content_use::ContentFeedback>,
    pub collection_ids: Vec<String>,
}

/// What this user may do in the library as a whole (each item's page says it for that item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LibraryPermissions {
    /// Approve, archive, curate collections, answer requests, see the feedback queue.
    pub may_curate: bool,
}

/// A stored file's bytes for the preview. Sent as a raw body, not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentBytes {
    pub bytes: Vec<u8>,
    pub mime: String,
    pub file_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ShareInput {
    pub item_id: String,
    pub contact_id: String,
    pub deal_id: Option<String>,
    pub note: String,
    /// The user saw that the item expired and shares it anyway.
    pub confirm_expired: bool,
}

/// What to put in the e-mail after sharing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Shared {
    /// The filled text of a text item, or a link's address.
    pub text: Option<String>,
    /// A copy of the file under its own name, ready to attach.
    pub file_path: Option<String>,
    /// The contact's e-mail address.
    pub email: String,
}

/// Files dropped on the window: each is added or refused on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AddedFiles {
    pub added: Vec<tandem_domain::content::ContentItem>,
    pub failed: Vec<FileFailure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileFailure {
    pub file_name: String,
    pub message: String,
}

/// A merge field a template may use, for the editor's picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeField {
    /// As written in a template, without braces: "contact.first_name".
    pub name: String,
    pub label: String,
}

impl MergeField {
    pub fn all() -> Vec<MergeField> {
        tandem_domain::merge_fields::FIELDS
            .iter()
            .map(|(name, label)| MergeField { name: (*name).into(), label: (*label).into() })
            .collect()
    }
}

/// What a catalog import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CatalogImport {
    pub created: u32,
    pub updated: u32,
}

/// A quote revision as the builder shows it: the stored quote, its computed figures and what
/// may be done with it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteDetail {
    pub quote: tandem_domain::quote_record::Quote,
    /// "Q-7K3FD-0042 v2", or "Draft".
    pub display_number: String,
    /// None while a line is invalid; `problems` says which.
    pub totals: Option<tandem_domain::quote::QuoteTotals>,
    pub problems: Vec<FieldError>,
    pub state: tandem_domain::quote_flow::QuoteState,
    pub approval_reasons: Vec<String>,
    pub revisions: Vec<QuoteSummary>,
    pub sections: Vec<tandem_domain::proposal::ProposalSection>,
    pub deal_name: String,
    pub company_name: String,
    pub contact_name: String,
    /// Names of members, for the approval and history lines.
    pub requested_by_name: String,
    pub decided_by_name: String,
    /// Margin and costs are for sellers and managers, never printed.
    pub show_margin: bool,
}

/// One quote revision in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteSummary {
    pub id: String,
    pub series_id: String,
    pub revision: u32,
    pub title: String,
    pub display_number: String,
    pub status: tandem_domain::quote_flow::QuoteStatus,
    /// The printed total ("" when a line is invalid).
    pub total: String,
    pub currency: String,
    pub valid_until: String,
    /// False for a revision a later one replaced.
    pub current: bool,
}

/// The customer's acceptance, captured in the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AcceptanceInput {
    pub name: String,
    pub title: String,
    /// YYYY-MM-DD.
    pub signed_on: String,
    /// The drawn signature as a PNG, base64 (the canvas's data URL without its prefix).
    pub signature_png: String,
    /// Also move the deal to its pipeline's won stage.
    pub mark_deal_won: bool,
    /// Also make the deal's amount the quote's contract value before tax, in the quote's
    /// currency: revenue reports then count what the customer signed for.
    pub set_deal_amount: bool,
}

/// One value a record's field held: who wrote it, when, and whether it is the value now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    /// The column, e.g. `amount` or `company_id`.
    pub field: String,
    /// As a person reads it (references by name, "—" for nothing).
    pub value: String,
    /// RFC 3339.
    pub at: String,
    /// "You", "Sam Lee · Sam's laptop", or "Another device".
    pub author: String,
    pub current: bool,
    pub restorable: bool,
    /// Names the change, to restore it.
    pub hlc: String,
    pub device: String,
}

/// Where a library file's bytes are, for the badge on a file not on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FilePlace {
    OnDevice,
    /// Coming from the team's server now.
    Downloading,
    /// Only the team's server has it: it downloads when opened, or with its offline collection.
    OnServer,
    /// Not on this device, which syncs with no team.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FileAvailability {
    pub hash: String,
    pub place: FilePlace,
}

/// The contacts and deals attributed to one campaign (first or last touch).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CampaignRecords {
    pub leads: Vec<tandem_domain::campaign::CampaignLead>,
    pub deals: Vec<tandem_domain::campaign::CampaignDeal>,
    /// True when there are more than the lists hold.
    pub truncated: bool,
}

/// "Set campaign…" on the contact list: every contact the list shows (its search and filter)
/// gets `campaign_id` (None clears it) as its first or last touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetContactsCampaign {
    pub search: String,
    pub filter: RecordFilter,
    pub touch: tandem_domain::campaign::Touch,
    pub campaign_id: Option<String>,
}

/// "Set campaign…" on the deal table: every deal it shows (its pipeline, search and filter) gets
/// `campaign_id` (None clears it) as its first or last touch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetDealsCampaign {
    /// Empty for every pipeline.
    pub pipeline_id: String,
    pub search: String,
    pub filter: RecordFilter,
    pub touch: tandem_domain::campaign::Touch,
    pub campaign_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SetCampaignResult {
    /// Records in the list.
    pub matched: u32,
    /// Records whose campaign changed (the others had it already).
    pub changed: u32,
}

/// A fiscal quarter the quota picker offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuarterChoice {
    pub fiscal_year: i32,
    pub quarter: u8,
    /// "Q2 FY2026"
    pub label: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// Settings → Quotas: the quarters to pick from (last year to next year, current one marked)
/// and the quotas set for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuotaBoard {
    pub base_currency: String,
    pub fiscal_year_start_month: u8,
    pub quarters: Vec<QuarterChoice>,
    /// Index into `quarters` of the quarter today falls in.
    pub current: u32,
    pub quotas: Vec<tandem_domain::campaign::Quota>,
}
