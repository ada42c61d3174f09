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
