//! Reminders as native notifications. notify-rust talks to the desktop's notification server
//! directly because it has what tauri-plugin-notification lacks on the desktop: actions
//! (snooze, done) and the click that opens the task.

use notify_rust::Notification;
use tandem_app::reminders::{ReminderNotice, ReminderSink};
use tandem_app::App;
use tauri::{AppHandle, Emitter};

use crate::{tray, window};

/// The event that asks the UI to open a task (a notification was clicked).
pub const OPEN_TASK_EVENT: &str = "open-task";
/// The event that asks the UI to show the Today view (missed reminders, the tray).
pub const OPEN_TODAY_EVENT: &str = "open-today";

pub struct DesktopNotifier {
    pub handle: AppHandle,
    pub app: App,
}

impl DesktopNotifier {
    fn show(&self, notification: Notification, on_action: impl FnOnce(&str) + Send + 'static) {
        // Waiting for the user's answer blocks, so each notification gets its own thread.
        std::thread::spawn(move || match notification.show() {
            Ok(shown) => wait(shown, on_action),
            Err(err) => tracing::warn!(%err, "could not show a notification; the reminder stays listed in Tandem"),
        });
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
fn wait(shown: notify_rust::NotificationHandle, on_action: impl FnOnce(&str)) {
    shown.wait_for_action(on_action);
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn wait<T>(_shown: T, _on_action: impl FnOnce(&str)) {}

impl ReminderSink for DesktopNotifier {
    fn remind(&self, notice: ReminderNotice) {
        let mut notification = Notification::new();
        notification
            .appname("Tandem")
            .summary(&notice.title)
            .body(&notice.body)
            .icon("appointment-soon")
            .action("default", "Open")
            .action("snooze", "Snooze 15 min")
            .action("done", "Mark done");
        let (handle, app, task_id) = (self.handle.clone(), self.app.clone(), notice.task_id);
        self.show(notification, move |action| match action {
            "default" => {
                window::bring_forward(&handle);
                let _ = handle.emit(OPEN_TASK_EVENT, task_id);
            }
            "snooze" => log_failure(app.snooze_task_briefly(&task_id).map(drop)),
            "done" => log_failure(app.complete_task(&task_id).map(drop)),
            _ => {}
        });
    }

    fn missed(&self, notices: Vec<ReminderNotice>) {
        let titles: Vec<&str> = notices.iter().map(|n| n.title.as_str()).take(5).collect();
        let more = notices.len().saturating_sub(titles.len());
        let body = if more > 0 { format!("{} and {more} more", titles.join(", ")) } else { titles.join(", ") };
        let summary = match notices.len() {
            1 => "1 missed reminder".to_owned(),
            n => format!("{n} missed reminders"),
        };
        let mut notification = Notification::new();
        notification.appname("Tandem").summary(&summary).body(&body).icon("appointment-missed").action("default", "Show");
        let handle = self.handle.clone();
        self.show(notification, move |action| {
            if action == "default" {
                window::bring_forward(&handle);
                let _ = handle.emit(OPEN_TODAY_EVENT, ());
            }
        });
    }

    fn passed(&self) {
        tray::refresh(&self.handle, &self.app);
    }
}

fn log_failure(result: Result<(), tandem_app::AppError>) {
    if let Err(err) = result {
        tracing::warn!(%err, "a notification action failed");
    }
}
