//! Contacts through the façade: the paths a user takes in the contact list and form.

use tandem_app::dto::{ContactQuery, RecordRef, WorkspaceChoice};
use tandem_app::{App, ErrorCode};
use tandem_domain::contact::ContactInput;

use crate::support::*;

fn search(app: &App, text: &str) -> Vec<String> {
    app.list_contacts(ContactQuery { filter: Default::default(), search: text.into(), sort: Default::default(), offset: 0, limit: 100 })
        .unwrap()
        .rows
        .into_iter()
        .map(|r| r.id)
        .collect()
}

fn change_count(app: &App) -> i64 {
    app.db().unwrap().read(|c| Ok(c.query_row("SELECT count(*) FROM changes", [], |r| r.get(0))?)).unwrap()
}

#[test]
fn a_new_contact_is_stored_clean_and_found_by_name_email_and_company() {
    let ws = workspace(WorkspaceChoice::Empty);
    let mut input = person("  Ana ", "García", "ANA@Acme.com ", "Acme Corp");
    input.phone = "+34 600 000 000".into();
    let created = ws.app.create_contact(input).unwrap();
    assert_eq!((created.first_name.as_str(), created.email.as_str(), created.company_name.as_str()), ("Ana", "ana@acme.com", "Acme Corp"));
    assert!(created.company_id.is_some());
    assert!(!created.created_at.is_empty() && created.created_at == created.updated_at);
    assert_eq!(ws.app.get_contact(&created.id).unwrap(), created);
    for q in ["ana", "garcia", "acme.com", "corp", "an"] {
        assert_eq!(search(&ws.app, q), [created.id.as_str()], "{q}");
    }
    let row = ws
        .app
        .list_contacts(ContactQuery { filter: Default::default(), search: "garc".into(), sort: Default::default(), offset: 0, limit: 10 })
        .unwrap();
    assert_eq!(row.total, 1);
    assert_eq!(row.rows[0].name, "Ana García");
}

#[test]
fn contacts_at_the_same_company_share_it_whatever_the_case() {
    let ws = workspace(WorkspaceChoice::Empty);
    let a = ws.app.create_contact(person("Ana", "García", "", "Acme Corp")).unwrap();
    let b = ws.app.create_contact(person("Bob", "Stone", "", "ACME CORP")).unwrap();
    assert_eq!(a.company_id, b.company_id);
    assert_eq!(b.company_name, "Acme Corp", "the existing company keeps its spelling");
    let none = ws.app.create_contact(person("Carla", "", "", "")).unwrap();
    assert_eq!((none.company_id, none.company_name.as_str()), (None, ""));
}

#[test]
fn editing_a_contact_changes_what_was_edited_and_undo_takes_it_back() {
    let ws = workspace(WorkspaceChoice::Empty);
    let original = ws.app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    let mut edit = person("Ana", "García", "ana@globex.io", "Globex");
    edit.title = "CTO".into();
    let edited = ws.app.update_contact(&original.id, edit).unwrap();
    assert_eq!((edited.email.as_str(), edited.company_name.as_str(), edited.title.as_str()), ("ana@globex.io", "Globex", "CTO"));
    assert_eq!(edited.created_at, original.created_at);
    assert_eq!(search(&ws.app, "globex"), [original.id.as_str()]);
    assert!(search(&ws.app, "acme").is_empty());

    let outcome = ws.app.undo().unwrap().expect("there is an edit to undo");
    assert_eq!(outcome.description, "Edit of Ana García");
    assert_eq!(ws.app.get_contact(&original.id).unwrap(), original);
    assert_eq!(search(&ws.app, "acme"), [original.id.as_str()]);
}

#[test]
fn saving_a_contact_unchanged_writes_nothing() {
    let ws = workspace(WorkspaceChoice::Empty);
    let c = ws.app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    let before = change_count(&ws.app);
    ws.app.update_contact(&c.id, person("Ana", "García", "ana@acme.com", "acme")).unwrap();
    assert_eq!(change_count(&ws.app), before);
}

#[test]
fn a_deleted_contact_goes_to_the_trash_and_undo_brings_it_back() {
    let ws = workspace(WorkspaceChoice::Empty);
    let c = ws.app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    ws.app.delete_contact(&c.id).unwrap();
    assert_eq!(ws.app.get_contact(&c.id).unwrap_err().code, ErrorCode::NotFound);
    assert!(search(&ws.app, "garcia").is_empty());
    let trash = ws.app.list_trash().unwrap();
    assert_eq!(
        trash.iter().map(|t| (t.table.as_str(), t.id.as_str(), t.title.as_str())).collect::<Vec<_>>(),
        [("contacts", c.id.as_str(), "Ana García")]
    );

    assert_eq!(ws.app.undo().unwrap().unwrap().description, "Delete of Ana García");
    assert_eq!(ws.app.get_contact(&c.id).unwrap(), c);
    assert_eq!(search(&ws.app, "garcia"), [c.id.as_str()]);
    assert!(ws.app.list_trash().unwrap().is_empty());

    assert_eq!(ws.app.undo().unwrap().unwrap().description, "New contact Ana García");
    assert!(search(&ws.app, "garcia").is_empty(), "undoing the create moves the contact to the Trash");
    let mut trashed: Vec<(String, String)> = ws.app.list_trash().unwrap().into_iter().map(|t| (t.kind_label, t.title)).collect();
    trashed.sort();
    let expected = [("Company", "Acme"), ("Contact", "Ana García")].map(|(k, t)| (k.to_owned(), t.to_owned()));
    assert_eq!(trashed, expected, "the company that came with the contact goes too");
    assert!(ws.app.undo().unwrap().is_none(), "nothing left to undo");
}

#[test]
fn a_trashed_contact_can_be_restored_or_purged_for_good() {
    let ws = workspace(WorkspaceChoice::Empty);
    let back = ws.app.create_contact(person("Ana", "García", "", "")).unwrap();
    let gone = ws.app.create_contact(person("Bob", "Stone", "", "")).unwrap();
    ws.app.delete_contact(&back.id).unwrap();
    ws.app.delete_contact(&gone.id).unwrap();

    ws.app.restore_record(RecordRef { table: "contacts".into(), id: back.id.clone() }).unwrap();
    assert_eq!(ws.app.get_contact(&back.id).unwrap().first_name, "Ana");

    ws.app.purge_record(RecordRef { table: "contacts".into(), id: gone.id.clone() }).unwrap();
    assert!(ws.app.list_trash().unwrap().is_empty());
    assert_eq!(ws.app.get_contact(&gone.id).unwrap_err().code, ErrorCode::NotFound);
    assert!(ws.app.undo().unwrap().is_none(), "a purge clears the undo history");
    let err = ws.app.restore_record(RecordRef { table: "contacts".into(), id: gone.id.clone() }).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    assert!(
        ws.app.restore_record(RecordRef { table: "workspace_settings".into(), id: "workspace".into() }).is_err(),
        "settings are never in the Trash"
    );
}

#[test]
fn invalid_input_is_refused_field_by_field_and_nothing_is_written() {
    let ws = workspace(WorkspaceChoice::Empty);
    let existing = ws.app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    let before = change_count(&ws.app);
    let bad = ContactInput {
        first_name: " ".into(),
        email: "ana@".into(),
        phone: "call me".into(),
        notes: "x".repeat(10_001),
        ..Default::default()
    };

    let err = ws.app.create_contact(bad.clone()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    let mut fields: Vec<&str> = err.fields.iter().map(|f| f.field.as_str()).collect();
    fields.sort();
    assert_eq!(fields, ["email", "first_name", "notes", "phone"]);
    assert!(err.fields.iter().all(|f| !f.message.is_empty()));
    assert_eq!(err.message, "4 fields need attention.");

    let err = ws.app.update_contact(&existing.id, bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    let err = ws.app.create_contact(person("Ana", "", "", "Bad\u{7}Co")).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "company_name"));
    assert!(err.message.contains("U+0007"), "{}", err.message);

    assert_eq!(change_count(&ws.app), before, "a refused input writes nothing");
    assert_eq!(ws.app.get_contact(&existing.id).unwrap(), existing);
    assert_eq!(
        ws.app
            .list_contacts(ContactQuery {
                filter: Default::default(),
                search: String::new(),
                sort: Default::default(),
                offset: 0,
                limit: 10
            })
            .unwrap()
            .total,
        1
    );
}

#[test]
fn editing_or_deleting_a_missing_contact_is_not_found() {
    let ws = workspace(WorkspaceChoice::Empty);
    assert_eq!(ws.app.update_contact("no-such-id", person("Ana", "", "", "")).unwrap_err().code, ErrorCode::NotFound);
    assert_eq!(ws.app.delete_contact("no-such-id").unwrap_err().code, ErrorCode::NotFound);
    let count: i64 = ws.app.db().unwrap().read(|c| Ok(c.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?)).unwrap();
    assert_eq!(count, 0, "a failed edit creates no contact");
}

#[test]
fn company_suggestions_match_the_start_of_names_in_any_case() {
    let ws = workspace(WorkspaceChoice::Empty);
    for company in ["Acme Corp", "acme labs", "Globex", "Acorn_Ltd", "Ac%Me"] {
        ws.app.create_contact(person("X", "", "", company)).unwrap();
    }
    assert_eq!(ws.app.company_names("ac").unwrap(), ["Ac%Me", "Acme Corp", "acme labs", "Acorn_Ltd"]);
    assert_eq!(ws.app.company_names(" ACME ").unwrap(), ["Acme Corp", "acme labs"]);
    assert_eq!(ws.app.company_names("ac%").unwrap(), ["Ac%Me"], "% is a literal character");
    assert_eq!(ws.app.company_names("acorn_").unwrap(), ["Acorn_Ltd"]);
    assert!(ws.app.company_names("zzz").unwrap().is_empty());
    assert_eq!(ws.app.company_names("").unwrap().len(), 5);
}
