//! The import wizard end to end through the app: dry run, duplicates, bad lines, cancel, undo,
//! and export → import giving back the same contacts.

use tandem_app::dto::{ContactQuery, DuplicatePolicy, ExportFormat, ExportRequest, ImportRequest, MatchedBy, WorkspaceChoice};
use tandem_app::{App, ErrorCode};
use tandem_domain::contact::{ContactInput, ContactSort};
use tandem_domain::lifecycle::LifecycleStage;

use crate::support::{person, workspace};

const CSV: &str = "First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,Job Title
Ana,García,ANA@acme.com,,Acme,marketingqualifiedlead,VP Sales
Bob,Stone,bob@globex.io,+44 20 7946 0958,Globex,lead,CTO
Carl,Berg,not-an-email,,Initech,,
Dana,Lee,dana@initech.com,(202) 555-0143,Initech,customer,CFO
Dana,Lee,dana@initech.com,,Initech,,Chief Financial Officer
";

fn request(app: &App, file: &str, body: &str, duplicates: DuplicatePolicy) -> ImportRequest {
    let staged = app.stage_import(file, body.as_bytes()).unwrap();
    ImportRequest { file_id: staged.file_id, mapping: staged.mapping, duplicates }
}

fn count(app: &App, search: &str) -> u32 {
    let query = ContactQuery { search: search.into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 1 };
    app.list_contacts(query).unwrap().total
}

#[test]
fn a_dry_run_lists_what_will_happen_and_the_import_does_exactly_that() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let existing = app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();

    let staged = app.stage_import("hubspot.csv", CSV.as_bytes()).unwrap();
    assert_eq!((staged.encoding.as_str(), staged.delimiter.as_str(), staged.record_count), ("UTF-8", ",", 5));
    let req = ImportRequest { file_id: staged.file_id.clone(), mapping: staged.mapping.clone(), duplicates: DuplicatePolicy::Skip };
    let plan = app.preview_import(&req).unwrap();
    assert_eq!((plan.create, plan.update, plan.skip, plan.problem_count), (2, 0, 3, 1));
    assert_eq!(plan.problems[0].line, 4);
    // The wizard shows each line under its number, so the message does not say it again.
    assert!(plan.problems[0].message.starts_with("Column 'Email' has 'not-an-email'"), "{}", plan.problems[0].message);
    let matched: Vec<(u32, MatchedBy, &str)> = plan.matches.iter().map(|m| (m.line, m.matched_by, m.existing.as_str())).collect();
    assert_eq!(matched, [(2, MatchedBy::Email, "Ana García"), (6, MatchedBy::Email, "an earlier line of this file")]);
    assert_eq!(count(app, ""), 1, "a dry run writes nothing");

    let done = app.run_import(&req, |_| {}).unwrap();
    assert_eq!((done.created, done.updated, done.skipped), (2, 0, 3));
    assert_eq!(count(app, ""), 3);
    assert_eq!(app.get_contact(&existing.id).unwrap().title, "", "skip leaves the existing contact alone");
    let bob = app
        .list_contacts(ContactQuery { search: "bob".into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 1 })
        .unwrap();
    let bob = app.get_contact(&bob.rows[0].id).unwrap();
    assert_eq!((bob.phone.as_str(), bob.company_name.as_str(), bob.lifecycle_stage), ("+442079460958", "Globex", LifecycleStage::Lead));
    assert_eq!(app.list_imports().unwrap().len(), 1);
    // The import indexed its contacts for search at its end, and search is back to row by row.
    assert_eq!((count(app, "7946 0958"), count(app, "globex"), count(app, "da")), (1, 1, 1));
    let deferred: i64 = app
        .db()
        .unwrap()
        .read(|c| Ok(c.query_row("SELECT count(*) FROM local_state WHERE key = 'defer_contact_index'", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(deferred, 0);
    let later = app.create_contact(person("Zoe", "Quill", "", "")).unwrap();
    assert_eq!(count(app, "quill"), 1, "{} is found right after it is saved", later.first_name);
}

/// The import reuses its dry run's plan only while nothing changed since: a contact added in
/// between is matched, not created twice.
#[test]
fn an_import_plans_again_when_the_workspace_changed_after_its_dry_run() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let csv = "First Name,Last Name,Email\nAna,García,ana@acme.com\nBob,Stone,bob@globex.io\n";
    let req = request(app, "people.csv", csv, DuplicatePolicy::Skip);
    let plan = app.preview_import(&req).unwrap();
    assert_eq!((plan.create, plan.skip), (2, 0));
    app.create_contact(person("Ana", "García", "ana@acme.com", "")).unwrap();
    let done = app.run_import(&req, |_| {}).unwrap();
    assert_eq!((done.created, done.skipped), (1, 1), "Ana, added after the dry run, is matched");
    assert_eq!(count(app, "ana@acme.com"), 1);

    // Unchanged since the dry run, the import does what the dry run said.
    let req = request(app, "more.csv", "First Name,Last Name,Email\nCy,Moss,cy@initech.com\n", DuplicatePolicy::Skip);
    assert_eq!(app.preview_import(&req).unwrap().create, 1);
    assert_eq!(app.run_import(&req, |_| {}).unwrap().created, 1);
    assert_eq!(count(app, "cy@initech.com"), 1);
}

/// An import remembers the companies it matched (most lines name one an earlier line named);
/// each line must still land where a fresh lookup would put it: by domain first, then by name in
/// any case, else a new company.
#[test]
fn each_line_finds_its_company_as_a_fresh_lookup_would() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let csv = "First Name,Last Name,Email,Company Name,Company domain
Ann,One,ann@x.test,Acme,
Ben,Two,ben@x.test,ACME,
Cat,Three,cat@x.test,Northwind,
Dan,Four,dan@x.test,Northwind,northwind.test
Eve,Five,eve@x.test,Other,northwind.test
Fay,Six,fay@x.test,Northwind,Northwind.TEST
";
    let done = app.run_import(&request(app, "companies.csv", csv, DuplicatePolicy::Skip), |_| {}).unwrap();
    assert_eq!(done.created, 6);
    let company_of = |email: &str| {
        let query = ContactQuery { search: email.into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 1 };
        app.get_contact(&app.list_contacts(query).unwrap().rows[0].id).unwrap().company_name
    };
    let companies: Vec<String> =
        ["ann", "ben", "cat", "dan", "eve", "fay"].iter().map(|name| company_of(&format!("{name}@x.test"))).collect();
    // Dan's domain was unknown, so his company is found by name; Eve's line then makes "Other"
    // with that domain, which Fay's line finds first although her company is named Northwind.
    assert_eq!(companies, ["Acme", "Acme", "Northwind", "Northwind", "Other", "Other"]);
    let all = app.list_companies(tandem_app::dto::CompanyQuery { search: String::new(), offset: 0, limit: 10 }).unwrap();
    assert_eq!(all.total, 3);
}

#[test]
fn update_fills_in_existing_contacts_and_undo_gives_back_what_the_import_overwrote() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut ana = person("Ana", "García", "ana@acme.com", "Acme");
    ana.title = "Sales lead".into();
    ana.tags = vec!["VIP".into()];
    let ana = app.create_contact(ana).unwrap();

    let done = app.run_import(&request(app, "hubspot.csv", CSV, DuplicatePolicy::Update), |_| {}).unwrap();
    assert_eq!((done.created, done.updated), (2, 2), "Ana is updated; the second Dana folds into the first");
    let updated = app.get_contact(&ana.id).unwrap();
    assert_eq!((updated.title.as_str(), updated.lifecycle_stage), ("VP Sales", LifecycleStage::MarketingQualified));
    assert_eq!(updated.tags, ["VIP"], "tags are kept");
    let dana = app
        .list_contacts(ContactQuery { search: "dana".into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 5 })
        .unwrap();
    assert_eq!(dana.total, 1);
    let dana_id = dana.rows[0].id.clone();
    assert_eq!(app.get_contact(&dana_id).unwrap().title, "Chief Financial Officer");

    // A teammate edits Bob after the import; undoing the import keeps that edit and says so.
    let bob_id = app
        .list_contacts(ContactQuery { search: "bob".into(), filter: Default::default(), sort: ContactSort::Name, offset: 0, limit: 1 })
        .unwrap()
        .rows[0]
        .id
        .clone();
    let mut edit = ContactInput::from(&app.get_contact(&bob_id).unwrap());
    edit.title = "Founder".into();
    app.update_contact(&bob_id, edit).unwrap();

    let report = app.undo_import(&done.id).unwrap();
    assert_eq!(report.kept_newer, ["Bob Stone"]);
    let ana_after = app.get_contact(&ana.id).unwrap();
    assert_eq!((ana_after.title.as_str(), ana_after.lifecycle_stage), ("Sales lead", LifecycleStage::Lead));
    assert!(app.get_contact(&dana_id).is_err(), "contacts the import created go to the Trash");
    assert_eq!(app.get_contact(&bob_id).unwrap().title, "Founder");
    assert!(!app.list_imports().unwrap()[0].undone_at.is_empty());
    assert_eq!(app.undo_import(&done.id).unwrap_err().code, ErrorCode::Conflict);
}

#[test]
fn cancelling_part_way_leaves_nothing_behind() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut body = String::from("First Name,Last Name,Email\n");
    for i in 0..2_000 {
        body.push_str(&format!("Person,{i},person{i}@example.com\n"));
    }
    let req = request(app, "big.csv", &body, DuplicatePolicy::Skip);
    let err = app
        .run_import(&req, |progress| {
            if progress.done >= 1_000 {
                app.cancel_import(&progress.file_id).unwrap();
            }
        })
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled);
    assert_eq!(count(app, ""), 0);
    assert!(app.list_imports().unwrap().is_empty());
    let companies: i64 =
        app.db().unwrap().read(|c| Ok(c.query_row("SELECT count(*) FROM changes WHERE source = 'import'", [], |r| r.get(0))?)).unwrap();
    assert_eq!(companies, 0, "not one change of the import was kept");
}

#[test]
fn a_file_that_is_not_contacts_is_refused_with_what_to_do() {
    let ws = workspace(WorkspaceChoice::Empty);
    let err = ws.app.stage_import("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert!(err.message.contains("binary"), "{}", err.message);
}

#[test]
fn export_then_import_gives_back_the_same_contacts_in_csv_and_vcard() {
    let ws = workspace(WorkspaceChoice::Sample);
    let source = &ws.app;
    for format in [ExportFormat::Csv, ExportFormat::VCard] {
        let request = ExportRequest { format, search: "a".into(), filter: Default::default() };
        let exported = source.export_contacts(request).unwrap();
        let bytes = std::fs::read(&exported.path).unwrap();
        let target = workspace(WorkspaceChoice::Empty);
        // Campaigns are matched by name, never created by an import: the target has the same ones.
        for campaign in source.list_campaigns().unwrap() {
            target.app.create_campaign(tandem_domain::campaign::CampaignInput::from(&source.get_campaign(&campaign.id).unwrap())).unwrap();
        }
        let name = std::path::Path::new(&exported.path).file_name().unwrap().to_string_lossy().to_string();
        let staged = target.app.stage_import(&name, &bytes).unwrap();
        let req = ImportRequest { file_id: staged.file_id, mapping: staged.mapping, duplicates: DuplicatePolicy::Create };
        let plan = target.app.preview_import(&req).unwrap();
        assert_eq!(plan.problem_count, 0, "{format:?}: {:?}", plan.problems);
        // Owners are teammates of the source workspace only, and the import says so.
        assert!(plan.warnings.iter().all(|w| w.message.contains("is not a member of this workspace")), "{:?}", plan.warnings);
        target.app.run_import(&req, |_| {}).unwrap();

        let again = target.app.export_contacts(ExportRequest { format, search: String::new(), filter: Default::default() }).unwrap();
        let round_trip = std::fs::read(&again.path).unwrap();
        assert_eq!(records(format, &round_trip), records(format, &bytes), "{format:?}");
    }
}

/// The contacts a file holds, sorted, without owners (teammates of the source workspace only).
fn records(format: ExportFormat, bytes: &[u8]) -> Vec<tandem_interchange::ContactRecord> {
    let limits = tandem_interchange::Limits::default();
    let outcomes = match format {
        ExportFormat::Csv => {
            let table = tandem_interchange::read_csv(bytes, &limits).unwrap();
            tandem_interchange::contacts_from_csv(&table, &tandem_interchange::suggest_mapping(&table.headers), "US")
        }
        ExportFormat::VCard => tandem_interchange::contacts_from_vcards(bytes, &limits, "US").unwrap(),
    };
    let mut records: Vec<_> =
        outcomes.into_iter().map(|o| tandem_interchange::ContactRecord { owner_email: String::new(), ..o.result.unwrap() }).collect();
    records.sort_by_key(|r| format!("{r:?}"));
    records
}
