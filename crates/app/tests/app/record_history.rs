//! A record's history field by field: who wrote each value and when, a same-field conflict's
//! loser kept and restorable, and who deleted a record.

use tandem_app::dto::{RecordRef, WorkspaceChoice};
use tandem_domain::hlc::Hlc;
use tandem_store::{RemoteChange, Value};

use crate::support::{person, workspace};

const SAM_DEVICE: &str = "0194d5a0-sam-device";

fn from_sam(wall_ms: i64, table: &str, row_id: &str, column: &str, value: Value) -> RemoteChange {
    RemoteChange {
        hlc: Hlc { wall_ms: wall_ms as u64, counter: 0 }.to_string(),
        device: SAM_DEVICE.into(),
        table: table.into(),
        row_id: row_id.into(),
        column: column.into(),
        value,
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

#[test]
fn the_value_that_lost_a_same_field_conflict_is_in_the_history_with_its_author_and_can_be_restored() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut input = person("Grace", "Hopper", "grace@navy.test", "");
    let contact = app.create_contact(input.clone()).unwrap();
    input.title = "Rear Admiral".into();
    app.update_contact(&contact.id, input).unwrap();
    // Sam's device introduced itself when it signed in, then changed the title later than we did.
    let later = chrono::Utc::now().timestamp_millis() + 1_000;
    let db = app.db().unwrap();
    db.apply_remote(&[
        from_sam(later - 5_000, "team_devices", SAM_DEVICE, "display_name", text("Sam Lee")),
        from_sam(later - 5_000, "team_devices", SAM_DEVICE, "device_name", text("Sam's laptop")),
        from_sam(later, "contacts", &contact.id, "title", text("Commodore")),
    ])
    .unwrap();
    assert_eq!(app.get_contact(&contact.id).unwrap().title, "Commodore");

    let titles: Vec<_> = app.record_history("contacts", &contact.id).unwrap().into_iter().filter(|c| c.field == "title").collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert_eq!((titles[0].value.as_str(), titles[0].author.as_str(), titles[0].current), ("Commodore", "Sam Lee · Sam's laptop", true));
    assert_eq!((titles[1].value.as_str(), titles[1].author.as_str(), titles[1].current), ("Rear Admiral", "You", false));
    assert!(titles[1].restorable && !titles[0].restorable);

    let ours = &titles[1];
    app.restore_field_value("contacts", &contact.id, "title", &ours.hlc, &ours.device).unwrap();
    assert_eq!(app.get_contact(&contact.id).unwrap().title, "Rear Admiral");
    // Restoring is an edit like any other: undo takes it back.
    app.undo().unwrap();
    assert_eq!(app.get_contact(&contact.id).unwrap().title, "Commodore");
}

#[test]
fn history_refuses_fields_with_consequences_and_tables_without_a_page() {
    let ws = workspace(WorkspaceChoice::Empty);
    let contact = ws.app.create_contact(person("Ada", "Lovelace", "ada@example.test", "")).unwrap();
    let refused = ws.app.restore_field_value("contacts", &contact.id, "lifecycle_stage", "000000000000001-000000", "x").unwrap_err();
    assert_eq!(refused.fields[0].field, "field");
    assert!(ws.app.record_history("task_links", "x").is_err());
}

#[test]
fn the_trash_says_who_deleted_a_record() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mine = app.create_contact(person("Ada", "Lovelace", "ada@example.test", "")).unwrap();
    let theirs = app.create_contact(person("Bo", "Diddley", "bo@example.test", "")).unwrap();
    app.delete_contact(&mine.id).unwrap();
    let later = chrono::Utc::now().timestamp_millis() + 1_000;
    app.db()
        .unwrap()
        .apply_remote(&[
            from_sam(later - 10, "team_devices", SAM_DEVICE, "display_name", text("Sam Lee")),
            from_sam(later - 10, "team_devices", SAM_DEVICE, "device_name", text("Sam's laptop")),
            from_sam(later, "contacts", &theirs.id, "deleted", Value::Integer(1)),
            from_sam(later, "contacts", &theirs.id, "deleted_at", text("2026-11-30T00:00:00Z")),
        ])
        .unwrap();
    let trash = app.list_trash().unwrap();
    let by = |id: &str| trash.iter().find(|t| t.id == id).map(|t| t.deleted_by.clone()).unwrap();
    assert_eq!(by(&mine.id), "You");
    assert_eq!(by(&theirs.id), "Sam Lee · Sam's laptop");
    app.restore_record(RecordRef { table: "contacts".into(), id: theirs.id.clone() }).unwrap();
    assert!(app.list_trash().unwrap().iter().all(|t| t.id != theirs.id));
}
