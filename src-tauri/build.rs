// Declares Tandem's commands so each gets a permission, and windows get only those granted.
const COMMANDS: &[&str] = &[
    "startup_state",
    "setup_workspace",
    "list_contacts",
    "get_contact",
    "create_contact",
    "update_contact",
    "delete_contact",
    "company_names",
    "list_trash",
    "restore_record",
    "purge_record",
    "undo",
    "get_settings",
    "update_settings",
    "list_members",
    "save_member",
    "delete_member",
    "get_profile",
    "update_profile",
    "list_exchange_rates",
    "save_exchange_rate",
    "delete_exchange_rate",
    "about",
    "list_backups",
    "backup_now",
    "restore_backup",
    "export_workspace",
];

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)))
        .expect("tauri build script");
}
