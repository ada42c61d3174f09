// The one typed doorway to the Rust commands; nothing else in the UI calls `invoke`.
import { invoke } from "@tauri-apps/api/core";
import type {
  Bant,
  LeadQuery,
  LeadScore,
  LeadScoring,
  LeadToQualify,
  Rescored,
  ScoringPreview,
  ScoringRule,
  ScoringSettings,
} from "./bindings";
import type {
  FieldChange,
  AcceptanceInput,
  ProposalSection,
  ProposalTemplate,
  QuoteChange,
  QuoteDetail,
  QuoteDraft,
  QuoteInput,
  QuoteLine,
  QuoteSettings,
  QuoteSummary,
  QuoteTotals,
  AboutInfo,
  CatalogImport,
  Product,
  ProductInput,
  WorkspaceTaxRate,
  WorkspaceTaxRateInput,
  AddedFiles,
  FileAvailability,
  Collection,
  CollectionInput,
  ContentDetail,
  ContentFacet,
  ContentFeedback,
  ContentForm,
  ContentInput,
  ContentItem,
  ContentQuery,
  ContentRequest,
  ContentResults,
  ContentStatus,
  ContentVersion,
  FeedbackInput,
  LibraryPermissions,
  Filled,
  MergeField,
  RequestInput,
  RequestStatus,
  ShareInput,
  Shared,
  DesktopPreferences,
  Enrollment,
  EnrollmentStatus,
  Nudge,
  NudgeRuleSetting,
  Sequence,
  SequenceInput,
  EditScope,
  TaskExport,
  MissedReminder,
  SnoozeUntil,
  Task,
  TaskInput,
  TodayView,
  WhenPreview,
  ActivityInput,
  Backup,
  Company,
  CompanyInput,
  CompanyPage,
  CompanyQuery,
  Deal,
  DealBoard,
  DealContactInput,
  DealInput,
  DealPage,
  DealQuery,
  Forecast,
  Pipeline,
  PipelineInput,
  CustomField,
  CustomFieldInput,
  DuplicateScan,
  ExportRequest,
  ImportPlan,
  ImportRecord,
  ImportRequest,
  ImportUndoReport,
  StagedFile,
  MergeInput,
  SavedView,
  SavedViewInput,
  SearchResults,
  TagCount,
  TimelineEntry,
  Contact,
  ContactInput,
  ContactPage,
  ContactQuery,
  ExchangeRate,
  ExchangeRateInput,
  ExportResult,
  Member,
  MemberInput,
  RecordRef,
  SetupInput,
  StartupState,
  TrashItem,
  UndoOutcome,
  WorkspaceSettings,
  CreateTeamInput,
  Invite,
  InviteInput,
  PendingInvite,
  KeptAsideWorkspace,
  JoinTeamInput,
  SignInInput,
  SyncRole,
  SyncStatus,
  TeamDevice,
  TeamMember,
} from "./bindings";
import type {
  Campaign,
  CampaignInput,
  CampaignRecords,
  CampaignListRow,
  QuotaBoard,
  QuotaInput,
  SalesTeam,
  SetCampaignResult,
  SetContactsCampaign,
  SetDealsCampaign,
} from "./bindings";
import type { Dashboard, DashboardFilter, DashboardOptions, DashboardRecords, DashboardTable } from "./bindings";

export const backend = {
  startupState: () => invoke<StartupState>("startup_state"),
  setupWorkspace: (input: SetupInput) => invoke<null>("setup_workspace", { input }),

  listContacts: (query: ContactQuery) => invoke<ContactPage>("list_contacts", { query }),
  getContact: (id: string) => invoke<Contact>("get_contact", { id }),
  createContact: (input: ContactInput) => invoke<Contact>("create_contact", { input }),
  updateContact: (id: string, input: ContactInput) =>
    invoke<Contact>("update_contact", { id, input }),
  deleteContact: (id: string) => invoke<null>("delete_contact", { id }),
  companyNames: (prefix: string) => invoke<string[]>("company_names", { prefix }),

  searchEverything: (query: string) => invoke<SearchResults>("search_everything", { query }),

  duplicateGroups: () => invoke<DuplicateScan>("duplicate_groups"),
  mergeContacts: (input: MergeInput) => invoke<Contact>("merge_contacts", { input }),
  dismissDuplicate: (contactA: string, contactB: string) =>
    invoke<null>("dismiss_duplicate", { contactA, contactB }),

  /** `recordTable` is "contacts", "companies" or "deals". */
  listCustomFields: (recordTable: string) =>
    invoke<CustomField[]>("list_custom_fields", { recordTable }),
  saveCustomField: (id: string | null, input: CustomFieldInput) =>
    invoke<CustomField[]>("save_custom_field", { id, input }),
  deleteCustomField: (id: string) => invoke<null>("delete_custom_field", { id }),
  /** `recordTable` is "contacts" or "deals". */
  listSavedViews: (recordTable: string) => invoke<SavedView[]>("list_saved_views", { recordTable }),
  saveSavedView: (id: string | null, input: SavedViewInput) =>
    invoke<SavedView[]>("save_saved_view", { id, input }),
  deleteSavedView: (id: string) => invoke<null>("delete_saved_view", { id }),

  /** Sends the file's bytes as the raw body (no JSON encoding) and its name in a header. */
  stageImport: (fileName: string, bytes: Uint8Array) =>
    invoke<StagedFile>("stage_import", bytes, { headers: { "x-file-name": encodeURIComponent(fileName) } }),
  previewImport: (request: ImportRequest) => invoke<ImportPlan>("preview_import", { request }),
  /** Resolves when the import is done; progress arrives through `onImportProgress`. */
  runImport: (request: ImportRequest) => invoke<ImportRecord>("run_import", { request }),
  cancelImport: (fileId: string) => invoke<null>("cancel_import", { fileId }),
  listImports: () => invoke<ImportRecord[]>("list_imports"),
  undoImport: (id: string) => invoke<ImportUndoReport>("undo_import", { id }),
  exportContacts: (request: ExportRequest) => invoke<ExportResult>("export_contacts", { request }),

  listCompanies: (query: CompanyQuery) => invoke<CompanyPage>("list_companies", { query }),
  getCompany: (id: string) => invoke<Company>("get_company", { id }),
  createCompany: (input: CompanyInput) => invoke<Company>("create_company", { input }),
  updateCompany: (id: string, input: CompanyInput) =>
    invoke<Company>("update_company", { id, input }),
  deleteCompany: (id: string) => invoke<null>("delete_company", { id }),

  listCampaigns: () => invoke<CampaignListRow[]>("list_campaigns"),
  getCampaign: (id: string) => invoke<Campaign>("get_campaign", { id }),
  createCampaign: (input: CampaignInput) => invoke<Campaign>("create_campaign", { input }),
  updateCampaign: (id: string, input: CampaignInput) => invoke<Campaign>("update_campaign", { id, input }),
  deleteCampaign: (id: string) => invoke<null>("delete_campaign", { id }),
  /** The contacts and deals attributed to a campaign (first or last touch). */
  campaignRecords: (id: string) => invoke<CampaignRecords>("campaign_records", { id }),
  /** Sets a campaign as first or last touch on every contact the list shows, as one undoable change. */
  setContactsCampaign: (input: SetContactsCampaign) => invoke<SetCampaignResult>("set_contacts_campaign", { input }),
  setDealsCampaign: (input: SetDealsCampaign) => invoke<SetCampaignResult>("set_deals_campaign", { input }),
  listSalesTeams: () => invoke<SalesTeam[]>("list_sales_teams"),
  /** Creates a team (`id` null) or renames one; returns every team. */
  saveSalesTeam: (id: string | null, name: string) => invoke<SalesTeam[]>("save_sales_team", { id, name }),
  deleteSalesTeam: (id: string) => invoke<SalesTeam[]>("delete_sales_team", { id }),
  addSalesTeamMember: (teamId: string, memberId: string) =>
    invoke<SalesTeam[]>("add_sales_team_member", { teamId, memberId }),
  removeSalesTeamMember: (membershipId: string) => invoke<SalesTeam[]>("remove_sales_team_member", { membershipId }),
  quotaBoard: () => invoke<QuotaBoard>("quota_board"),
  setQuota: (input: QuotaInput) => invoke<QuotaBoard>("set_quota", { input }),
  deleteQuota: (id: string) => invoke<QuotaBoard>("delete_quota", { id }),

  listPipelines: () => invoke<Pipeline[]>("list_pipelines"),
  savePipeline: (id: string | null, input: PipelineInput) =>
    invoke<Pipeline>("save_pipeline", { id, input }),
  dealBoard: (pipelineId: string) => invoke<DealBoard>("deal_board", { pipelineId }),
  dealForecast: (pipelineId: string) => invoke<Forecast>("deal_forecast", { pipelineId }),
  listDeals: (query: DealQuery) => invoke<DealPage>("list_deals", { query }),
  getDeal: (id: string) => invoke<Deal>("get_deal", { id }),
  createDeal: (input: DealInput) => invoke<Deal>("create_deal", { input }),
  updateDeal: (id: string, input: DealInput) => invoke<Deal>("update_deal", { id, input }),
  /** A lost stage needs `lossReason`; the backend answers a validation error naming `loss_reason` otherwise. */
  moveDeal: (id: string, stageId: string, lossReason = "") =>
    invoke<Deal>("move_deal", { id, stageId, lossReason }),
  deleteDeal: (id: string) => invoke<null>("delete_deal", { id }),
  addDealContact: (input: DealContactInput) => invoke<Deal>("add_deal_contact", { input }),
  removeDealContact: (dealId: string, dealContactId: string) =>
    invoke<Deal>("remove_deal_contact", { dealId, dealContactId }),

  logActivity: (input: ActivityInput) => invoke<string>("log_activity", { input }),
  updateActivity: (id: string, input: ActivityInput) =>
    invoke<null>("update_activity", { id, input }),
  deleteActivity: (id: string) => invoke<null>("delete_activity", { id }),
  /** `table` is "contacts", "companies" or "deals". */
  timeline: (table: string, id: string) => invoke<TimelineEntry[]>("timeline", { table, id }),
  /** Every value each field of the record has held, newest first. */
  recordHistory: (table: string, id: string) => invoke<FieldChange[]>("record_history", { table, id }),
  /** Writes an earlier value of a field again (an ordinary edit: it syncs, and undo takes it back). */
  restoreFieldValue: (table: string, id: string, field: string, hlc: string, device: string) =>
    invoke<void>("restore_field_value", { table, id, field, hlc, device }),
  tagsInUse: (table: string) => invoke<TagCount[]>("tags_in_use", { table }),

  getTask: (id: string) => invoke<Task>("get_task", { id }),
  createTask: (input: TaskInput) => invoke<Task>("create_task", { input }),
  updateTask: (id: string, input: TaskInput, scope: EditScope) =>
    invoke<Task>("update_task", { id, input, scope }),
  /** Returns the next occurrence when the task repeats. */
  completeTask: (id: string) => invoke<Task | null>("complete_task", { id }),
  cancelTask: (id: string) => invoke<Task | null>("cancel_task", { id }),
  reopenTask: (id: string) => invoke<Task>("reopen_task", { id }),
  deleteTask: (id: string) => invoke<null>("delete_task", { id }),
  snoozeTask: (id: string, until: SnoozeUntil) => invoke<Task>("snooze_task", { id, until }),
  rescheduleTask: (id: string, dueDate: string, dueTime: string) =>
    invoke<Task>("reschedule_task", { id, dueDate, dueTime }),
  todayTasks: () => invoke<TodayView>("today_tasks"),
  recordTasks: (recordId: string) => invoke<Task[]>("record_tasks", { recordId }),
  missedReminders: () => invoke<MissedReminder[]>("missed_reminders"),
  acknowledgeReminder: (deliveryId: string) =>
    invoke<null>("acknowledge_reminder", { deliveryId }),
  parseWhen: (text: string) => invoke<WhenPreview>("parse_when", { text }),
  exportTasks: (scope: TaskExport) => invoke<ExportResult>("export_tasks", { scope }),
  desktopPreferences: () => invoke<DesktopPreferences>("desktop_preferences"),
  setStartAtLogin: (enabled: boolean) => invoke<null>("set_start_at_login", { enabled }),
  setKeepRunningInTray: (keep: boolean) => invoke<null>("set_keep_running_in_tray", { keep }),
  /** Turns the kept-up-to-date calendar file on or off; returns its path while on. */
  setCalendarFile: (on: boolean) => invoke<string | null>("set_calendar_file", { on }),

  listNudges: () => invoke<Nudge[]>("list_nudges"),
  /** Turns a nudge into a task due today; returns the task. */
  acceptNudge: (id: string) => invoke<Task>("accept_nudge", { id }),
  dismissNudge: (id: string) => invoke<null>("dismiss_nudge", { id }),
  nudgeRules: () => invoke<NudgeRuleSetting[]>("nudge_rules"),
  saveNudgeRules: (rules: NudgeRuleSetting[]) => invoke<NudgeRuleSetting[]>("save_nudge_rules", { rules }),
  /** The lead-scoring rules and thresholds, and whether this user may change them. */
  leadScoring: () => invoke<LeadScoring>("lead_scoring"),
  /** Saves the whole rule set as edited and rescores every contact; says what moved. */
  saveLeadScoring: (rules: ScoringRule[], settings: ScoringSettings) =>
    invoke<Rescored>("save_lead_scoring", { rules, settings }),
  /** What saving this draft would do, computed without saving. */
  previewLeadScoring: (rules: ScoringRule[], settings: ScoringSettings) =>
    invoke<ScoringPreview>("preview_lead_scoring", { rules, settings }),
  saveScoringRule: (rule: ScoringRule) => invoke<ScoringRule[]>("save_scoring_rule", { rule }),
  deleteScoringRule: (id: string) => invoke<ScoringRule[]>("delete_scoring_rule", { id }),
  reorderScoringRules: (ids: string[]) => invoke<ScoringRule[]>("reorder_scoring_rules", { ids }),
  /** A contact's score now, with its reasons. */
  contactScore: (contactId: string) => invoke<LeadScore>("contact_score", { contactId }),
  /** Leads (lead, MQL, SQL) with their BANT answers, best scored first. */
  leadsToQualify: (query: LeadQuery) => invoke<LeadToQualify[]>("leads_to_qualify", { query }),
  saveContactBant: (contactId: string, bant: Bant) => invoke<LeadToQualify>("save_contact_bant", { contactId, bant }),
  listSequences: () => invoke<Sequence[]>("list_sequences"),
  saveSequence: (id: string | null, input: SequenceInput) => invoke<Sequence>("save_sequence", { id, input }),
  deleteSequence: (id: string) => invoke<null>("delete_sequence", { id }),
  enrollContact: (sequenceId: string, contactId: string, startDate: string) =>
    invoke<Enrollment>("enroll_contact", { sequenceId, contactId, startDate }),
  contactEnrollments: (contactId: string) => invoke<Enrollment[]>("contact_enrollments", { contactId }),
  endEnrollment: (id: string, status: EnrollmentStatus) => invoke<Enrollment>("end_enrollment", { id, status }),

  searchContent: (query: ContentQuery) => invoke<ContentResults>("search_content", { query }),
  libraryPermissions: () => invoke<LibraryPermissions>("library_permissions"),
  getContent: (id: string) => invoke<ContentDetail>("get_content", { id }),
  contentVersions: (id: string) => invoke<ContentVersion[]>("content_versions", { id }),
  /** Links and text items; files arrive through `addContentBytes` or `addContentFiles`. */
  createContent: (form: ContentForm, input: ContentInput) => invoke<ContentItem>("create_content", { form, input }),
  updateContent: (id: string, input: ContentInput) => invoke<ContentItem>("update_content", { id, input }),
  setContentStatus: (id: string, status: ContentStatus) => invoke<ContentItem>("set_content_status", { id, status }),
  deleteContent: (id: string) => invoke<null>("delete_content", { id }),
  /** A file the window read (the in-window picker): raw bytes, its name in a header. */
  addContentBytes: (fileName: string, bytes: Uint8Array) =>
    invoke<ContentItem>("add_content_bytes", bytes, { headers: { "x-file-name": encodeURIComponent(fileName) } }),
  /** Files dropped on the window, by path. */
  addContentFiles: (paths: string[]) => invoke<AddedFiles>("add_content_files", { paths }),
  addContentVersion: (itemId: string, fileName: string, bytes: Uint8Array, note: string) =>
    invoke<ContentItem>("add_content_version", bytes, {
      headers: {
        "x-file-name": encodeURIComponent(fileName),
        "x-item-id": encodeURIComponent(itemId),
        "x-note": encodeURIComponent(note),
      },
    }),
  restoreContentVersion: (itemId: string, versionId: string) =>
    invoke<ContentItem>("restore_content_version", { itemId, versionId }),
  /** A version's bytes for the preview (a raw binary response). */
  contentBytes: (versionId: string) => invoke<ArrayBuffer>("content_bytes", { versionId }),
  /** Opens a version in the OS's default app. */
  openContent: (versionId: string) => invoke<null>("open_content", { versionId }),
  /** Opens a web, e-mail or phone link in the OS's app for it (the webview opens no windows). */
  openLink: (url: string) => invoke<null>("open_link", { url }),
  /** Opens the folder holding a file (a shared file's copy, ready to attach). */
  showFile: (path: string) => invoke<null>("show_file", { path }),
  fillContent: (itemId: string, contactId: string | null, dealId: string | null) =>
    invoke<Filled>("fill_content", { itemId, contactId, dealId }),
  shareContent: (input: ShareInput) => invoke<Shared>("share_content", { input }),
  contentTerms: (facet: ContentFacet) => invoke<TagCount[]>("content_terms", { facet }),
  mergeFields: () => invoke<MergeField[]>("merge_fields"),
  addContentFeedback: (input: FeedbackInput) => invoke<ContentFeedback[]>("add_content_feedback", { input }),
  feedbackQueue: () => invoke<ContentFeedback[]>("feedback_queue"),
  resolveContentFeedback: (id: string) => invoke<null>("resolve_content_feedback", { id }),
  addContentRequest: (input: RequestInput) => invoke<ContentRequest[]>("add_content_request", { input }),
  contentRequests: () => invoke<ContentRequest[]>("content_requests"),
  answerContentRequest: (id: string, status: RequestStatus, itemId: string | null, response: string) =>
    invoke<ContentRequest[]>("answer_content_request", { id, status, itemId, response }),
  listCollections: () => invoke<Collection[]>("list_collections"),
  saveCollection: (id: string | null, input: CollectionInput) => invoke<Collection>("save_collection", { id, input }),
  deleteCollection: (id: string) => invoke<null>("delete_collection", { id }),
  offlineCollections: () => invoke<string[]>("offline_collections"),
  setCollectionOffline: (collectionId: string, offline: boolean) =>
    invoke<string[]>("set_collection_offline", { collectionId, offline }),
  libraryFileAvailability: (hashes: string[]) => invoke<FileAvailability[]>("library_file_availability", { hashes }),

  listTaxRates: () => invoke<WorkspaceTaxRate[]>("list_tax_rates"),
  saveTaxRate: (id: string | null, input: WorkspaceTaxRateInput) => invoke<WorkspaceTaxRate[]>("save_tax_rate", { id, input }),
  deleteTaxRate: (id: string) => invoke<null>("delete_tax_rate", { id }),
  /** Products whose SKU or name contains `search` (all when empty), active first. */
  listProducts: (search: string) => invoke<Product[]>("list_products", { search }),
  getProduct: (id: string) => invoke<Product>("get_product", { id }),
  saveProduct: (id: string | null, input: ProductInput) => invoke<Product>("save_product", { id, input }),
  deleteProduct: (id: string) => invoke<null>("delete_product", { id }),
  exportCatalog: () => invoke<ExportResult>("export_catalog"),

  /** Every figure of the dashboard for a period and filter; each carries the drill key of its records. */
  dashboard: (filter: DashboardFilter) => invoke<Dashboard>("dashboard", { filter }),
  dashboardRecords: (filter: DashboardFilter, drill: string) => invoke<DashboardRecords>("dashboard_records", { filter, drill }),
  dashboardOptions: () => invoke<DashboardOptions>("dashboard_options"),
  /** One dashboard table as a CSV file in the export folder. */
  exportDashboardTable: (filter: DashboardFilter, table: DashboardTable) =>
    invoke<ExportResult>("export_dashboard_table", { filter, table }),
  /** The dashboard for this filter as a typeset PDF report, written to the export folder. */
  exportDashboardReport: (filter: DashboardFilter) => invoke<ExportResult>("export_dashboard_report", { filter }),
  /** The CSV's bytes as the raw body; all or nothing, problems named by line in the error's fields. */
  importCatalog: (bytes: Uint8Array) => invoke<CatalogImport>("import_catalog", bytes),

  quoteSettings: () => invoke<QuoteSettings>("quote_settings"),
  saveQuoteSettings: (input: QuoteSettings) => invoke<QuoteSettings>("save_quote_settings", { input }),
  /** A PNG, JPEG or SVG logo's bytes as the raw body. */
  setBrandLogo: (bytes: Uint8Array) => invoke<QuoteSettings>("set_brand_logo", bytes),
  clearBrandLogo: () => invoke<QuoteSettings>("clear_brand_logo"),
  brandLogo: () => invoke<ArrayBuffer>("brand_logo"),
  quotesOfDeal: (dealId: string) => invoke<QuoteSummary[]>("quotes_of_deal", { dealId }),
  createQuote: (dealId: string) => invoke<QuoteDetail>("create_quote", { dealId }),
  getQuote: (id: string) => invoke<QuoteDetail>("get_quote", { id }),
  saveQuote: (id: string, input: QuoteInput) => invoke<QuoteDetail>("save_quote", { id, input }),
  /** The figures for lines as typed, before saving; a validation error names the line's field. */
  quoteTotals: (draft: QuoteDraft) => invoke<QuoteTotals>("quote_totals", { draft }),
  /** A line for a catalog product with its price in `currency` frozen on it. */
  quoteLineForProduct: (productId: string, currency: string) =>
    invoke<QuoteLine>("quote_line_for_product", { productId, currency }),
  requestQuoteApproval: (id: string) => invoke<QuoteDetail>("request_quote_approval", { id }),
  decideQuoteApproval: (id: string, approve: boolean, comment: string) =>
    invoke<QuoteDetail>("decide_quote_approval", { id, approve, comment }),
  markQuoteSent: (id: string) => invoke<QuoteDetail>("mark_quote_sent", { id }),
  acceptQuote: (id: string, input: AcceptanceInput) => invoke<QuoteDetail>("accept_quote", { id, input }),
  declineQuote: (id: string, reason: string) => invoke<QuoteDetail>("decline_quote", { id, reason }),
  reviseQuote: (id: string) => invoke<QuoteDetail>("revise_quote", { id }),
  /** What changed from the previous revision. */
  quoteChanges: (id: string) => invoke<QuoteChange[]>("quote_changes", { id }),
  proposalTemplates: () => invoke<ProposalTemplate[]>("proposal_templates"),
  saveProposal: (id: string, sections: ProposalSection[]) => invoke<QuoteDetail>("save_proposal", { id, sections }),
  applyProposalTemplate: (id: string, key: string) => invoke<QuoteDetail>("apply_proposal_template", { id, key }),
  /** A section holding a library item's text (not saved yet); an expired item needs `confirmExpired`. */
  libraryBlock: (itemId: string, confirmExpired: boolean) =>
    invoke<ProposalSection>("library_block", { itemId, confirmExpired }),
  /** The proposal PDF's bytes: as sent or accepted once it is, else printed now. */
  proposalPdf: (id: string) => invoke<ArrayBuffer>("proposal_pdf", { id }),
  exportProposalPdf: (id: string) => invoke<ExportResult>("export_proposal_pdf", { id }),

  listTrash: () => invoke<TrashItem[]>("list_trash"),
  restoreRecord: (record: RecordRef) => invoke<null>("restore_record", { record }),
  purgeRecord: (record: RecordRef) => invoke<null>("purge_record", { record }),
  undo: () => invoke<UndoOutcome | null>("undo"),

  getSettings: () => invoke<WorkspaceSettings>("get_settings"),
  updateSettings: (settings: WorkspaceSettings) =>
    invoke<WorkspaceSettings>("update_settings", { settings }),

  listMembers: () => invoke<Member[]>("list_members"),
  saveMember: (input: MemberInput) => invoke<Member>("save_member", { input }),
  deleteMember: (id: string) => invoke<null>("delete_member", { id }),
  getProfile: () => invoke<Member | null>("get_profile"),
  updateProfile: (input: MemberInput) => invoke<Member>("update_profile", { input }),
  /** Makes another team member this device's user. */
  switchProfile: (memberId: string) => invoke<Member>("switch_profile", { memberId }),

  listExchangeRates: () => invoke<ExchangeRate[]>("list_exchange_rates"),
  saveExchangeRate: (input: ExchangeRateInput) =>
    invoke<ExchangeRate>("save_exchange_rate", { input }),
  deleteExchangeRate: (id: string) => invoke<null>("delete_exchange_rate", { id }),

  about: () => invoke<AboutInfo>("about"),
  listBackups: () => invoke<Backup[]>("list_backups"),
  backupNow: () => invoke<Backup>("backup_now"),
  restoreBackup: (name: string) => invoke<null>("restore_backup", { name }),
  exportWorkspace: () => invoke<ExportResult>("export_workspace"),

  /** Changes arrive through `onSyncStatus` as well. */
  syncStatus: () => invoke<SyncStatus>("sync_status"),
  /** A new team on the server, this user its admin; uploads this device's whole workspace. */
  syncCreateTeam: (input: CreateTeamInput) => invoke<SyncStatus>("sync_create_team", { input }),
  /** Signs in to an existing team; this device's records are merged into the team's workspace. */
  syncSignIn: (input: SignInInput) => invoke<SyncStatus>("sync_sign_in", { input }),
  /** Accepts an invite (e-mail and the one-time code from an admin); sets the password the first time. */
  syncJoinTeam: (input: JoinTeamInput) => invoke<SyncStatus>("sync_join_team", { input }),
  /** Forgets and revokes this device's sign-in; the local data stays. */
  syncSignOut: () => invoke<SyncStatus>("sync_sign_out"),
  syncNow: () => invoke<SyncStatus>("sync_now"),
  syncMembers: () => invoke<TeamMember[]>("sync_members"),
  /** An admin gives a teammate another role on the server; returns the members as `syncMembers` does. */
  syncSetRole: (userId: string, role: SyncRole) => invoke<TeamMember[]>("sync_set_role", { userId, role }),
  /** An admin gets every device of the team; anyone else their own. */
  syncDevices: () => invoke<TeamDevice[]>("sync_devices"),
  /** Admins only. */
  syncInvite: (input: InviteInput) => invoke<Invite>("sync_invite", { input }),
  /** Admins only: the invites nobody has used yet (never their codes). */
  syncInvites: () => invoke<PendingInvite[]>("sync_invites"),
  /** Admins only: withdraws an invite before it is used; returns the invites as `syncInvites` does. */
  syncCancelInvite: (id: string) => invoke<PendingInvite[]>("sync_cancel_invite", { id }),
  /** An admin may revoke any device, anyone else their own; returns the devices as `syncDevices` does. */
  syncRevokeDevice: (deviceId: string) => invoke<TeamDevice[]>("sync_revoke_device", { deviceId }),
  /** Workspaces moved aside when this device joined a team, newest first. */
  keptAsideWorkspaces: () => invoke<KeptAsideWorkspace[]>("kept_aside_workspaces"),
  /** Opens one in a window of its own (a second Tandem on its folder). */
  openKeptAsideWorkspace: (id: string) => invoke<void>("open_kept_aside_workspace", { id }),
  /** Deletes one for good (refused while a window has it open); returns the rest. */
  removeKeptAsideWorkspace: (id: string) => invoke<KeptAsideWorkspace[]>("remove_kept_aside_workspace", { id }),
};

export type Backend = typeof backend;
