//! The workspace as a whole: startup, setup, the sample, settings, members, rates, backups,
//! export and the change feed.

use std::collections::BTreeSet;
use std::io::Read;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use tandem_app::dto::{ChangeBatch, ContactQuery, SetupInput, StartupState, WorkspaceChoice};
use tandem_app::{App, DataPaths, ErrorCode};
use tandem_domain::exchange_rate::ExchangeRateInput;
use tandem_domain::member::{MemberInput, Role};
use tandem_domain::workspace::WorkspaceSettings;

use crate::support::*;

fn count(app: &App, sql: &str) -> i64 {
    app.db().unwrap().read(|c| Ok(c.query_row(sql, [], |r| r.get(0))?)).unwrap()
}

fn changes(app: &App) -> i64 {
    count(app, "SELECT count(*) FROM changes")
}

fn fields(err: &tandem_app::AppError) -> Vec<&str> {
    err.fields.iter().map(|f| f.field.as_str()).collect()
}

#[test]
fn startup_needs_setup_until_the_workspace_is_set_up_then_is_ready() {
    let dir = tempfile::tempdir().unwrap();
    let paths = DataPaths::at(dir.path(), dir.path().join("exports"));
    let app = App::open(paths.clone());
    assert_eq!(app.startup_state(), StartupState::NeedsSetup);

    let err =
        app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile: MemberInput { name: " ".into(), ..me() } }).unwrap_err();
    assert_eq!((err.code, fields(&err)), (ErrorCode::Validation, vec!["name"]));
    assert_eq!(app.startup_state(), StartupState::NeedsSetup, "a refused setup leaves the workspace unset");

    app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile: me() }).unwrap();
    assert_eq!(app.startup_state(), StartupState::Ready);
    assert_eq!(app.get_settings().unwrap(), WorkspaceSettings::default());
    let err = app.setup_workspace(SetupInput { choice: WorkspaceChoice::Empty, profile: me() }).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);

    assert_eq!(App::open(paths).startup_state(), StartupState::Ready, "setup is remembered across restarts");
}

#[test]
fn a_damaged_database_is_reported_at_startup_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let paths = DataPaths::at(dir.path(), dir.path().join("exports"));
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8).collect();
    std::fs::write(paths.database(), &garbage).unwrap();

    let app = App::open(paths.clone());
    match app.startup_state() {
        StartupState::Error { error, database_path } => {
            assert_eq!(error.code, ErrorCode::DatabaseCorrupt);
            assert!(error.message.contains("damaged") && error.message.contains("Restore a backup"), "{}", error.message);
            assert_eq!(database_path, paths.database().display().to_string());
        }
        other => panic!("expected an error state, got {other:?}"),
    }
    assert_eq!(
        app.list_contacts(ContactQuery {
            filter: Default::default(),
            search: String::new(),
            sort: Default::default(),
            offset: 0,
            limit: 10
        })
        .unwrap_err()
        .code,
        ErrorCode::DatabaseCorrupt
    );
    assert!(std::fs::read(paths.database()).unwrap() == garbage, "the damaged file must not be changed");
}

#[test]
fn the_sample_workspace_has_2000_contacts_at_300_companies_and_is_searchable() {
    let ws = workspace(WorkspaceChoice::Sample);
    let app = &ws.app;
    assert_eq!(count(app, "SELECT count(*) FROM contacts WHERE deleted = 0"), 2_000);
    assert_eq!(count(app, "SELECT count(*) FROM companies WHERE deleted = 0"), 300);
    assert_eq!(count(app, "SELECT count(*) FROM contacts WHERE company_id IS NULL OR company_id NOT IN (SELECT id FROM companies)"), 0);
    assert_eq!(app.list_members().unwrap().len(), 5, "you and four teammates");
    assert_eq!(app.list_exchange_rates().unwrap().len(), 4);
    assert_eq!(app.get_settings().unwrap().name, "Northwind sample workspace");
    assert!(app.undo().unwrap().is_none(), "the sample is not on the undo stack");
    assert_eq!(count(app, "SELECT count(*) FROM deals WHERE deleted = 0"), 400);
    assert_eq!(count(app, "SELECT count(*) FROM deals WHERE primary_contact_id NOT IN (SELECT id FROM contacts)"), 0);
    // A deal's people work at its company, and each has a role on it.
    let elsewhere = "SELECT count(*) FROM deals d JOIN contacts c ON c.id = d.primary_contact_id WHERE c.company_id <> d.company_id";
    assert_eq!(count(app, elsewhere), 0, "a deal's primary contact works at its company");
    let on_deals = "FROM deal_contacts dc JOIN deals d ON d.id = dc.deal_id JOIN contacts c ON c.id = dc.contact_id";
    assert_eq!(count(app, &format!("SELECT count(*) {on_deals} WHERE c.company_id <> d.company_id OR dc.role = ''")), 0);
    assert!(count(app, &format!("SELECT count(*) {on_deals}")) > 600, "deals have their primary contact and often colleagues");
    assert!(count(app, "SELECT count(*) FROM activities") >= 400, "every sample deal has activities");
    assert!(count(app, "SELECT count(DISTINCT substr(updated_at, 1, 10)) FROM deals") > 100, "deals were last changed on many days");
    // A kept-up pipeline: a few open deals' close days have passed (the board marks them), not a
    // column top of them.
    let open_deals = "FROM deals JOIN pipeline_stages s ON s.id = deals.stage_id WHERE s.kind = 'open'";
    let overdue = count(app, &format!("SELECT count(*) {open_deals} AND expected_close < date('now')"));
    let open = count(app, &format!("SELECT count(*) {open_deals}"));
    assert!(overdue > 0 && overdue * 20 < open, "{overdue} of {open} open deals are past their close day");
    // Made a moment ago, the sample still reads as months of work: few records changed in its last hour.
    let hour_ago = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for table in ["contacts", "companies", "deals", "campaigns"] {
        let recent = count(app, &format!("SELECT count(*) FROM {table} WHERE updated_at >= '{hour_ago}'"));
        let all = count(app, &format!("SELECT count(*) FROM {table}"));
        assert!(recent * 20 < all, "{recent} of {all} {table} changed in the last hour");
    }
    assert_eq!(count(app, "SELECT count(*) FROM contacts WHERE owner_id IS NULL"), 0, "every sample contact has an owner");
    assert_eq!(count(app, "SELECT count(*) FROM companies WHERE owner_id IS NULL"), 0, "every sample account has an owner");
    assert_eq!(count(app, "SELECT count(DISTINCT owner_id) FROM companies"), 3, "the sales manager's and the two sellers'");
    // Follow-ups: some overdue, some today, a repeating review and an outreach sequence.
    let today = app.today().unwrap();
    assert!(!today.overdue.is_empty() && !today.upcoming.is_empty(), "the Today view has work in it");
    // Every one-off sample task is about someone, except the user's own private to-do.
    let one_offs: Vec<_> = today.overdue.iter().chain(&today.today).chain(&today.upcoming).filter(|t| t.series_id.is_none()).collect();
    assert!(one_offs.iter().filter(|t| !t.private).all(|t| !t.links.is_empty()));
    assert_eq!(one_offs.iter().filter(|t| t.private).count(), 1, "the sample has one private task");
    assert_eq!(count(app, "SELECT count(*) FROM task_series WHERE recurrence = 'FREQ=WEEKLY;BYDAY=MO'"), 1);
    assert!(!app.list_nudges().unwrap().is_empty(), "idle sample deals are suggested for a follow-up");
    let outreach = app.list_sequences().unwrap();
    assert_eq!((outreach.len(), outreach[0].active), (1, 2));
    // The library: files with their text searchable, shares on closed deals, a review nudge.
    let found = app.search_content(tandem_domain::content::ContentQuery { text: "churn fell".into(), ..Default::default() }).unwrap();
    assert_eq!(found.hits.iter().map(|h| h.title.as_str()).collect::<Vec<_>>(), ["Globex case study — zero-trust onboarding"]);
    let case_study = app.get_content(&found.hits[0].id).unwrap();
    assert!(case_study.win_rates.with_item.closed > 0, "the case study was used on closed deals");
    assert!(app.list_nudges().unwrap().iter().any(|n| n.record_table == "content_items"), "the battlecard's review is due soon");
    // The catalog quotes start from, with a bundle.
    let products = app.list_products("").unwrap();
    assert_eq!(products.len(), 7);
    let pack = products.iter().find(|p| p.sku == "PACK-START").unwrap();
    assert_eq!(pack.parts.iter().map(|p| p.sku.as_str()).collect::<Vec<_>>(), ["ONB-DAY", "TRN-HOUR"]);
    assert_eq!(app.list_tax_rates().unwrap().len(), 3);

    let all = app
        .list_contacts(ContactQuery {
            filter: Default::default(),
            search: String::new(),
            sort: Default::default(),
            offset: 0,
            limit: 100_000,
        })
        .unwrap();
    assert_eq!((all.total, all.rows.len()), (2_000, 500), "one page holds at most 500 rows");
    let someone = all.rows[137].clone();
    let by_name = app
        .list_contacts(ContactQuery {
            filter: Default::default(),
            search: someone.name.clone(),
            sort: Default::default(),
            offset: 0,
            limit: 500,
        })
        .unwrap();
    assert!(by_name.total >= 1 && by_name.rows.iter().any(|r| r.id == someone.id), "{} not found by name", someone.name);
    assert_eq!(by_name.rows[0].name, someone.name, "a match in the name ranks first");

    let company = someone.company_name.clone();
    let at_company = app
        .list_contacts(ContactQuery {
            filter: Default::default(),
            search: company.clone(),
            sort: Default::default(),
            offset: 0,
            limit: 500,
        })
        .unwrap();
    assert!(at_company.rows.iter().any(|r| r.id == someone.id));
    assert!(at_company.total < 2_000);
    let domain = someone.email.split('@').nth(1).unwrap().to_owned();
    let by_domain = app
        .list_contacts(ContactQuery { filter: Default::default(), search: domain.clone(), sort: Default::default(), offset: 0, limit: 500 })
        .unwrap();
    assert!(by_domain.rows.iter().all(|r| r.email.ends_with(&domain)) && by_domain.total >= 1, "{domain}");
}

#[test]
fn workspace_settings_round_trip_and_invalid_settings_are_refused() {
    let ws = workspace(WorkspaceChoice::Empty);
    let wanted = WorkspaceSettings {
        name: " Acme Sales ".into(),
        locale: "es-ES".into(),
        time_zone: "Europe/Madrid".into(),
        base_currency: "eur".into(),
        fiscal_year_start_month: 4,
        workday_start: "08:30".into(),
    };
    let saved = ws.app.update_settings(wanted).unwrap();
    assert_eq!((saved.name.as_str(), saved.base_currency.as_str()), ("Acme Sales", "EUR"));
    assert_eq!(ws.app.get_settings().unwrap(), saved);

    let before = changes(&ws.app);
    ws.app.update_settings(saved.clone()).unwrap();
    assert_eq!(changes(&ws.app), before, "saving unchanged settings writes nothing");

    let bad = WorkspaceSettings { name: String::new(), time_zone: "Mars/Olympus".into(), fiscal_year_start_month: 0, ..saved.clone() };
    let err = ws.app.update_settings(bad).unwrap_err();
    assert_eq!((err.code, fields(&err)), (ErrorCode::Validation, vec!["name", "time_zone", "fiscal_year_start_month"]));
    assert_eq!(ws.app.get_settings().unwrap(), saved);
    assert_eq!(changes(&ws.app), before);

    assert_eq!(ws.app.undo().unwrap().unwrap().description, "Workspace settings change");
    assert_eq!(ws.app.get_settings().unwrap(), WorkspaceSettings::default());
}

#[test]
fn members_can_be_added_edited_and_removed_but_not_yourself() {
    let ws = workspace(WorkspaceChoice::Empty);
    let me = ws.app.get_profile().unwrap().expect("setup made a profile");
    let dana = ws
        .app
        .save_member(MemberInput { id: None, name: "Dana Whitfield".into(), email: "Dana@Acme.com".into(), role: Role::SalesManager })
        .unwrap();
    assert_eq!((dana.email.as_str(), dana.role, dana.is_me), ("dana@acme.com", Role::SalesManager, false));
    let names: Vec<String> = ws.app.list_members().unwrap().into_iter().map(|m| m.name).collect();
    assert_eq!(names, ["Ana García", "Dana Whitfield"]);

    let promoted = ws
        .app
        .save_member(MemberInput { id: Some(dana.id.clone()), role: Role::Admin, name: dana.name.clone(), email: dana.email.clone() })
        .unwrap();
    assert_eq!((promoted.id.as_str(), promoted.role), (dana.id.as_str(), Role::Admin));

    let before = changes(&ws.app);
    let err = ws.app.save_member(MemberInput { id: None, name: String::new(), email: "nope".into(), role: Role::Seller }).unwrap_err();
    assert_eq!((err.code, fields(&err)), (ErrorCode::Validation, vec!["name", "email"]));
    let err = ws.app.save_member(MemberInput { id: Some("no-such-id".into()), ..me_input() }).unwrap_err();
    assert_eq!(err.code, ErrorCode::NotFound);
    let err = ws.app.delete_member(&me.id).unwrap_err();
    assert_eq!(err.code, ErrorCode::Conflict);
    assert!(err.message.contains("edit your profile"), "{}", err.message);
    assert_eq!(changes(&ws.app), before, "refused member changes write nothing");

    ws.app.delete_member(&dana.id).unwrap();
    let left: Vec<String> = ws.app.list_members().unwrap().into_iter().map(|m| m.id).collect();
    assert_eq!(left, [me.id.as_str()]);
    let trash = ws.app.list_trash().unwrap();
    assert_eq!(trash.iter().map(|t| (t.kind_label.as_str(), t.title.as_str())).collect::<Vec<_>>(), [("Member", "Dana Whitfield")]);
}

fn me_input() -> MemberInput {
    me()
}

#[test]
fn the_profile_is_the_member_who_set_up_the_workspace_and_can_be_edited() {
    let ws = workspace(WorkspaceChoice::Empty);
    let profile = ws.app.get_profile().unwrap().unwrap();
    assert_eq!((profile.name.as_str(), profile.email.as_str(), profile.is_me), ("Ana García", "ana@acme.com", true));

    let updated = ws
        .app
        .update_profile(MemberInput { id: None, name: "Ana G. Ruiz".into(), email: "ana@globex.io".into(), role: Role::Marketer })
        .unwrap();
    assert_eq!(updated.id, profile.id, "the profile stays the same member");
    assert_eq!((updated.name.as_str(), updated.role, updated.is_me), ("Ana G. Ruiz", Role::Marketer, true));
    assert_eq!(ws.app.list_members().unwrap(), std::slice::from_ref(&updated));

    let err = ws.app.update_profile(MemberInput { email: "ana@nowhere".into(), ..me() }).unwrap_err();
    assert_eq!((err.code, fields(&err)), (ErrorCode::Validation, vec!["email"]));
    assert_eq!(ws.app.get_profile().unwrap().unwrap(), updated);
}

#[test]
fn exchange_rates_round_trip_and_the_base_currency_has_none() {
    let ws = workspace(WorkspaceChoice::Empty);
    let eur = ws
        .app
        .save_exchange_rate(ExchangeRateInput { id: None, currency: "eur".into(), rate: "1.0800".into(), valid_from: "2026-01-01".into() })
        .unwrap();
    assert_eq!((eur.currency.as_str(), eur.rate.as_str(), eur.valid_from.as_str()), ("EUR", "1.08", "2026-01-01"));
    let later = ws
        .app
        .save_exchange_rate(ExchangeRateInput { id: None, currency: "EUR".into(), rate: "1.1".into(), valid_from: "2026-07-01".into() })
        .unwrap();
    let edited = ws
        .app
        .save_exchange_rate(ExchangeRateInput {
            id: Some(eur.id.clone()),
            currency: "EUR".into(),
            rate: "1.09".into(),
            valid_from: "2026-01-01".into(),
        })
        .unwrap();
    assert_eq!((edited.id.as_str(), edited.rate.as_str()), (eur.id.as_str(), "1.09"));
    assert_eq!(ws.app.list_exchange_rates().unwrap(), [later.clone(), edited.clone()], "newest first within a currency");

    let before = changes(&ws.app);
    for (input, field) in [
        (ExchangeRateInput { id: None, currency: "USD".into(), rate: "1".into(), valid_from: "2026-01-01".into() }, "currency"),
        (ExchangeRateInput { id: None, currency: "GBP".into(), rate: "-2".into(), valid_from: "2026-01-01".into() }, "rate"),
        (ExchangeRateInput { id: None, currency: "GBP".into(), rate: "1,27".into(), valid_from: "2026-01-01".into() }, "rate"),
        (ExchangeRateInput { id: None, currency: "GBP".into(), rate: "1.27".into(), valid_from: "2026-02-30".into() }, "valid_from"),
    ] {
        let err = ws.app.save_exchange_rate(input).unwrap_err();
        assert_eq!((err.code, fields(&err)), (ErrorCode::Validation, vec![field]));
    }
    assert_eq!(changes(&ws.app), before);

    ws.app.delete_exchange_rate(&later.id).unwrap();
    assert_eq!(ws.app.list_exchange_rates().unwrap(), [edited]);
    assert_eq!(ws.app.delete_exchange_rate(&later.id).unwrap_err().code, ErrorCode::NotFound);
}

#[test]
fn an_export_is_a_zip_with_a_manifest_and_a_database_that_opens() {
    let ws = workspace(WorkspaceChoice::Empty);
    let ana = ws.app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    ws.app.create_contact(person("Bob", "Stone", "bob@globex.io", "Globex")).unwrap();
    let deck = ws.app.add_content_bytes("deck.md", b"# Q3 deck").unwrap().file.unwrap();

    let exported = ws.app.export_workspace().unwrap();
    let archive_path = std::path::PathBuf::from(&exported.path);
    assert!(archive_path.starts_with(ws.dir.path().join("exports")), "{}", exported.path);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&archive_path).unwrap()).unwrap();
    let names: BTreeSet<String> = archive.file_names().map(str::to_owned).collect();
    let library_file = format!("content/{}", deck.blob_hash);
    assert_eq!(names, BTreeSet::from(["manifest.json".to_owned(), "workspace.db".to_owned(), library_file.clone()]));
    let mut bytes = Vec::new();
    archive.by_name(&library_file).unwrap().read_to_end(&mut bytes).unwrap();
    assert_eq!(bytes, b"# Q3 deck");

    let mut manifest = String::new();
    archive.by_name("manifest.json").unwrap().read_to_string(&mut manifest).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["format"], "tandem-workspace");
    assert_eq!(manifest["format_version"], 1);
    assert_eq!(manifest["device_id"], ws.app.about().unwrap().device_id.as_str());

    let unpacked = tempfile::tempdir().unwrap();
    let db_path = unpacked.path().join("workspace.db");
    std::io::copy(&mut archive.by_name("workspace.db").unwrap(), &mut std::fs::File::create(&db_path).unwrap()).unwrap();
    let conn = rusqlite::Connection::open(&db_path).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let names: Vec<String> = conn
        .prepare("SELECT first_name FROM contacts ORDER BY first_name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(names, ["Ana", "Bob"]);
    let email: String = conn.query_row("SELECT email FROM contacts WHERE id = ?1", [&ana.id], |r| r.get(0)).unwrap();
    assert_eq!(email, "ana@acme.com");

    let leftovers: Vec<String> = std::fs::read_dir(ws.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("export-"))
        .collect();
    assert!(leftovers.is_empty(), "the staging copy is removed: {leftovers:?}");
}

#[test]
fn a_backup_can_be_restored_and_the_undo_history_no_longer_applies() {
    let ws = workspace(WorkspaceChoice::Empty);
    let kept = ws.app.create_contact(person("Ana", "García", "", "")).unwrap();
    let backup = ws.app.backup_now().unwrap();
    assert_eq!(backup.reason, "manual");
    let later = ws.app.create_contact(person("Bob", "Stone", "", "")).unwrap();

    ws.app.restore_backup(&backup.name).unwrap();
    assert_eq!(ws.app.get_contact(&kept.id).unwrap(), kept);
    assert_eq!(ws.app.get_contact(&later.id).unwrap_err().code, ErrorCode::NotFound);
    assert!(ws.app.undo().unwrap().is_none());
    let reasons: BTreeSet<String> = ws.app.list_backups().unwrap().into_iter().map(|b| b.reason).collect();
    assert!(reasons.contains("manual") && reasons.contains("pre-restore"), "{reasons:?}");
    assert_eq!(ws.app.restore_backup("tandem-20000101T000000000Z-manual.db").unwrap_err().code, ErrorCode::NotFound);
}

/// Waits (at most 5 s) for a batch that satisfies `wanted`.
fn wait_for(rx: &mpsc::Receiver<ChangeBatch>, wanted: impl Fn(&ChangeBatch) -> bool) -> ChangeBatch {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut seen = Vec::new();
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(batch) if wanted(&batch) => return batch,
            Ok(other) => seen.push(other),
            Err(_) => break,
        }
    }
    panic!("no matching change batch arrived; saw {seen:?}");
}

#[test]
fn the_change_feed_reports_each_local_commit_with_its_tables_and_ids() {
    let ws = workspace(WorkspaceChoice::Empty);
    let (tx, rx) = mpsc::channel();
    ws.app.start_change_feed(move |batch| {
        let _ = tx.send(batch);
    });
    let ana = ws.app.create_contact(person("Ana", "García", "", "Acme")).unwrap();
    let batch = wait_for(&rx, |b| b.ids.contains(&ana.id));
    assert_eq!(batch.tables, ["companies", "contacts", "stage_history"], "the new company, contact and its first stage commit together");
    assert!(batch.ids.contains(ana.company_id.as_ref().unwrap()));

    ws.app.delete_contact(&ana.id).unwrap();
    let batch = wait_for(&rx, |_| true);
    assert_eq!((batch.tables, batch.ids), (vec!["contacts".to_owned()], vec![ana.id.clone()]), "one batch per transaction");
    ws.app.stop_change_feed();
}

#[test]
fn the_change_feed_reports_commits_made_by_another_process() {
    let ws = workspace(WorkspaceChoice::Empty);
    let (tx, rx) = mpsc::channel();
    ws.app.start_change_feed(move |batch| {
        let _ = tx.send(batch);
    });
    // A second App on the same folder stands in for another process, such as the CLI.
    let other = App::open(ws.app.paths().clone());
    assert_eq!(other.startup_state(), StartupState::Ready);
    let bob = other.create_contact(person("Bob", "Stone", "bob@globex.io", "")).unwrap();

    let batch = wait_for(&rx, |b| b.ids.contains(&bob.id));
    assert_eq!(batch.tables, ["contacts", "stage_history"]);
    assert_eq!(ws.app.get_contact(&bob.id).unwrap(), bob, "and this process reads what the other wrote");
    ws.app.stop_change_feed();
}

#[test]
fn a_damaged_workspace_is_recovered_from_a_backup_and_the_damaged_file_is_kept() {
    let ws = workspace(WorkspaceChoice::Empty);
    ws.app.create_contact(person("Grace", "Hopper", "grace@navy.example", "Navy")).unwrap();
    let backup = ws.app.backup_now().unwrap();
    drop(ws.app);
    let db = ws.dir.path().join("tandem.db");
    for side in ["tandem.db-wal", "tandem.db-shm"] {
        let _ = std::fs::remove_file(ws.dir.path().join(side));
    }
    std::fs::write(&db, b"overwritten by a failing disk").unwrap();

    let app = App::open(DataPaths::at(ws.dir.path(), ws.dir.path().join("exports")));
    assert!(matches!(app.startup_state(), StartupState::Error { ref error, .. } if error.code == ErrorCode::DatabaseCorrupt));
    let offered = app.list_backups().unwrap();
    // The first daily backup runs in the background after setup and may land just after this one.
    assert!(offered.iter().take(2).any(|b| b.name == backup.name), "{offered:?}");
    app.restore_backup(&backup.name).unwrap();

    assert_eq!(app.startup_state(), StartupState::Ready);
    let page = app
        .list_contacts(ContactQuery { filter: Default::default(), search: "hopper".into(), sort: Default::default(), offset: 0, limit: 10 })
        .unwrap();
    assert_eq!(page.total, 1);
    let kept: Vec<_> = std::fs::read_dir(ws.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("tandem.db.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged file is moved aside, not deleted");
    assert_eq!(std::fs::read(kept[0].path()).unwrap(), b"overwritten by a failing disk");
}
