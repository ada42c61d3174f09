//! Tandem's desktop shell: the window, thin commands over `tandem-app`, the change events,
//! logging and the single-instance guard. Everything else lives below, free of Tauri.

mod commands;
mod logging;
mod single_instance;

use tandem_app::{App, DataPaths};
use tauri::{Emitter, Manager};

/// The event the UI listens to for "these records changed".
const CHANGED_EVENT: &str = "changed";

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
        .manage(app.clone())
        .invoke_handler(commands::handler())
        .setup(move |tauri_app| {
            let handle = tauri_app.handle().clone();
            app.start_change_feed(move |batch| {
                if let Err(err) = handle.emit(CHANGED_EVENT, batch) {
                    tracing::warn!(%err, "could not send a change event");
                }
            });
            let handle = tauri_app.handle().clone();
            single_instance::serve(listener, move || {
                if let Some(window) = handle.get_webview_window("main") {
                    let _ = window.unminimize();
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            });
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = result {
        tracing::error!(%err, "Tandem stopped with an error");
        eprintln!("Tandem could not start: {err}");
        std::process::exit(1);
    }
}
