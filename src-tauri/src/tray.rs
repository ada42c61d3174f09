//! The tray icon: how many tasks are due, and a menu to open Tandem, see today's tasks or quit.

use tandem_app::App;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::notifications::OPEN_TODAY_EVENT;
use crate::window;

const TRAY_ID: &str = "tandem";
const TODAY_ITEM: &str = "today";

/// What the tray says for `due` open tasks (overdue or due today).
pub fn due_label(due: u32) -> String {
    match due {
        0 => "Today's tasks — nothing due".into(),
        1 => "Today's tasks — 1 due".into(),
        n => format!("Today's tasks — {n} due"),
    }
}

pub fn build(handle: &AppHandle, app: &App) -> tauri::Result<()> {
    let open = MenuItem::with_id(handle, "open", "Open Tandem", true, None::<&str>)?;
    let today = MenuItem::with_id(handle, TODAY_ITEM, due_label(app.due_count().unwrap_or(0)), true, None::<&str>)?;
    let quit = MenuItem::with_id(handle, "quit", "Quit Tandem", true, None::<&str>)?;
    let menu = Menu::with_items(handle, &[&open, &today, &PredefinedMenuItem::separator(handle)?, &quit])?;
    let mut tray = TrayIconBuilder::with_id(TRAY_ID).menu(&menu).tooltip("Tandem").on_menu_event(|handle, event| match event.id.as_ref() {
        "open" => window::bring_forward(handle),
        TODAY_ITEM => {
            window::bring_forward(handle);
            let _ = handle.emit(OPEN_TODAY_EVENT, ());
        }
        "quit" => handle.exit(0),
        _ => {}
    });
    if let Some(icon) = handle.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(handle)?;
    handle.manage(TodayItem(today));
    refresh(handle, app);
    Ok(())
}

struct TodayItem(MenuItem<Wry>);

/// Shows the current count in the tray's title, tooltip and menu.
pub fn refresh(handle: &AppHandle, app: &App) {
    let (Some(tray), Some(item)) = (handle.tray_by_id(TRAY_ID), handle.try_state::<TodayItem>()) else { return };
    let due = app.due_count().unwrap_or(0);
    let _ = tray.set_title((due > 0).then(|| due.to_string()));
    let _ = tray.set_tooltip(Some(format!("Tandem — {}", due_label(due).trim_start_matches("Today's tasks — "))));
    let _ = item.0.set_text(due_label(due));
}

#[cfg(test)]
mod tests {
    use super::due_label;

    #[test]
    fn the_tray_says_how_many_tasks_are_due() {
        assert_eq!(due_label(0), "Today's tasks — nothing due");
        assert_eq!(due_label(1), "Today's tasks — 1 due");
        assert_eq!(due_label(12), "Today's tasks — 12 due");
    }
}
