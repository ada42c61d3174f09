//! Tandem's desktop shell: the window, thin commands over `tandem-app`, the change events,
//! logging and the single-instance guard. Everything else lives below, free of Tauri.

mod campaign_commands;
mod catalog_commands;
mod commands;
mod dashboard_commands;
mod library_commands;
mod logging;
mod notifications;
mod quote_commands;
mod scoring_commands;
mod single_instance;
mod sync_commands;
mod tray;
mod window;

use std::sync::Arc;

use tandem_app::{App, DataPaths};
use tauri::{Emitter, Manager};

/// The event the UI listens to for "these records changed".
const CHANGED_EVENT: &str = "changed";
/// Carries a `SyncStatus` whenever the sync status changes.
const SYNC_STATUS_EVENT: &str = "sync-status";
/// The argument the login item starts Tandem with: straight to the tray, no window.
const HIDDEN_ARG: &str = "--hidden";

pub fn run() {
    let paths = DataPaths::from_env();
    let _log_guard = logging::init(&paths.log_dir);
    let listener = match single_instance::claim(&paths.data_dir) {
        single_instance::Claim::AlreadyRunning => {
            tracing::info!("Tandem is already running for this data folder; focused it");
            return;
        }
        single_instance::Claim::First(listener) => listener,
    };
    let app = App::open(paths);
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "Tandem starting");

    let result = tauri::Builder::default()
        .plugin(tauri_plugin_autostart::init(tauri_plugin_autostart::MacosLauncher::LaunchAgent, Some(vec![HIDDEN_ARG])))
        .manage(app.clone())
        .invoke_handler(commands::handler())
        .setup(move |tauri_app| {
            let handle = tauri_app.handle().clone();
            let feed_app = app.clone();
            window::show_workspace_name(&handle, &app);
            app.start_change_feed(move |batch| {
                if batch.tables.iter().any(|t| t == "workspace_settings") {
                    window::show_workspace_name(&handle, &feed_app);
                }
                if batch.tables.iter().any(|t| t.starts_with("task")) {
                    tray::refresh(&handle, &feed_app);
                    if let Err(err) = feed_app.refresh_calendar_file() {
                        tracing::warn!(%err, "could not update the calendar file");
                    }
                }
                if let Err(err) = handle.emit(CHANGED_EVENT, batch) {
                    tracing::warn!(%err, "could not send a change event");
                }
            });
            let handle = tauri_app.handle().clone();
            single_instance::serve(listener, move || window::bring_forward(&handle));
            // Without a tray icon, closing the window quits as usual: nothing would bring it back.
            let in_tray = tray::build(tauri_app.handle(), &app).inspect_err(|err| tracing::warn!(%err, "no tray icon")).is_ok();
            if let Some(main) = tauri_app.get_webview_window("main") {
                if in_tray {
                    window::keep_in_tray_on_close(&main, app.clone());
                    if std::env::args().any(|arg| arg == HIDDEN_ARG) {
                        let _ = main.hide();
                    }
                }
            }
            let library = app.clone();
            std::thread::spawn(move || {
                // Fonts parsed now, so the first proposal PDF is as quick as the next.
                library.warm_typesetter();
                match library.catch_up_content() {
                    Ok(0) => {}
                    Ok(read) => tracing::info!(read, "read the text of library files"),
                    Err(err) => tracing::warn!(%err, "could not catch up the content library"),
                }
            });
            let notifier = Arc::new(notifications::DesktopNotifier { handle: tauri_app.handle().clone(), app: app.clone() });
            tauri::async_runtime::spawn(app.clone().run_reminders(notifier, Arc::new(tandem_app::reminders::SystemClock)));
            let handle = tauri_app.handle().clone();
            tauri::async_runtime::spawn(app.clone().run_lead_scoring(
                Arc::new(tandem_app::reminders::SystemClock),
                Arc::new(move |batch| {
                    if let Err(err) = handle.emit(CHANGED_EVENT, batch) {
                        tracing::warn!(%err, "could not send the new lead scores");
                    }
                }),
            ));
            let handle = tauri_app.handle().clone();
            tauri::async_runtime::spawn(app.clone().run_sync(Arc::new(move |status| {
                if let Err(err) = handle.emit(SYNC_STATUS_EVENT, status) {
                    tracing::warn!(%err, "could not send the sync status");
                }
            })));
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = result {
        tracing::error!(%err, "Tandem stopped with an error");
        eprintln!("Tandem could not start: {err}");
        std::process::exit(1);
    }
}
