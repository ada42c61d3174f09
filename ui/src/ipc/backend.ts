// The one typed doorway to the Rust commands; nothing else in the UI calls `invoke`.
import { invoke } from "@tauri-apps/api/core";
import type {
  AboutInfo,
  Backup,
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
} from "./bindings";

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

  listExchangeRates: () => invoke<ExchangeRate[]>("list_exchange_rates"),
  saveExchangeRate: (input: ExchangeRateInput) =>
    invoke<ExchangeRate>("save_exchange_rate", { input }),
  deleteExchangeRate: (id: string) => invoke<null>("delete_exchange_rate", { id }),

  about: () => invoke<AboutInfo>("about"),
  listBackups: () => invoke<Backup[]>("list_backups"),
  backupNow: () => invoke<Backup>("backup_now"),
  restoreBackup: (name: string) => invoke<null>("restore_backup", { name }),
  exportWorkspace: () => invoke<ExportResult>("export_workspace"),
};

export type Backend = typeof backend;
