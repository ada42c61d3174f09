//! The workspace's settings row.

use rusqlite::{Connection, OptionalExtension};
use tandem_domain::workspace::WorkspaceSettings;

use crate::tables::WORKSPACE_SETTINGS;
use crate::{StoreError, Writer};

/// The one settings row's id: fixed, so every device of a workspace writes the same record.
pub const ROW_ID: &str = "workspace";

pub fn get(conn: &Connection) -> Result<WorkspaceSettings, StoreError> {
    let stored = conn
        .query_row(
            "SELECT name, locale, time_zone, base_currency, fiscal_year_start_month, workday_start FROM workspace_settings WHERE id = ?1",
            [ROW_ID],
            |r| {
                Ok(WorkspaceSettings {
                    name: r.get(0)?,
                    locale: r.get(1)?,
                    time_zone: r.get(2)?,
                    base_currency: r.get(3)?,
                    fiscal_year_start_month: r.get(4)?,
                    workday_start: r.get(5)?,
                })
            },
        )
        .optional()?;
    Ok(stored.unwrap_or_default())
}

/// Saves validated settings, logging only the fields that changed.
pub fn save(w: &mut Writer, settings: &WorkspaceSettings) -> Result<(), StoreError> {
    let exists: bool = w.conn().query_row("SELECT EXISTS (SELECT 1 FROM workspace_settings WHERE id = ?1)", [ROW_ID], |r| r.get(0))?;
    let current = get(w.conn())?;
    let all = [
        ("name", settings.name.clone().into(), current.name != settings.name),
        ("locale", settings.locale.clone().into(), current.locale != settings.locale),
        ("time_zone", settings.time_zone.clone().into(), current.time_zone != settings.time_zone),
        ("base_currency", settings.base_currency.clone().into(), current.base_currency != settings.base_currency),
        (
            "fiscal_year_start_month",
            i64::from(settings.fiscal_year_start_month).into(),
            current.fiscal_year_start_month != settings.fiscal_year_start_month,
        ),
        ("workday_start", settings.workday_start.clone().into(), current.workday_start != settings.workday_start),
    ];
    let fields: Vec<(&str, rusqlite::types::Value)> =
        all.into_iter().filter(|(_, _, changed)| !exists || *changed).map(|(c, v, _)| (c, v)).collect();
    if !exists {
        w.create(&WORKSPACE_SETTINGS, ROW_ID, &fields)
    } else if !fields.is_empty() {
        w.set(&WORKSPACE_SETTINGS, ROW_ID, &fields)
    } else {
        Ok(())
    }
}
