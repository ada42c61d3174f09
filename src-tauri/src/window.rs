//! The main window: brought forward by a second launch, the tray or a notification; hidden
//! instead of closed while Tandem keeps running in the tray.

use tandem_app::App;
use tauri::{AppHandle, Manager, WebviewWindow, WindowEvent};

pub fn bring_forward(handle: &AppHandle) {
    if let Some(window) = handle.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// "<workspace> — Tandem": with a workspace kept aside, two Tandem windows can be open at once.
pub fn show_workspace_name(handle: &AppHandle, app: &App) {
    let Some(window) = handle.get_webview_window("main") else { return };
    let name = app.get_settings().map(|s| s.name.trim().to_owned()).unwrap_or_default();
    let title = if name.is_empty() { "Tandem".to_owned() } else { format!("{name} — Tandem") };
    if let Err(err) = window.set_title(&title) {
        tracing::warn!(%err, "could not set the window title");
    }
}

/// Closing the window hides it while "keep running in the tray" is on, so reminders still fire.
pub fn keep_in_tray_on_close(window: &WebviewWindow, app: App) {
    let hidden = window.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event {
            if app.keep_running_in_tray() {
                api.prevent_close();
                let _ = hidden.hide();
            }
        }
    });
}
