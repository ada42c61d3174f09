//! Possible duplicates and merging them without losing anything.

use proptest::prelude::*;
use tandem_app::dto::{DealQuery, DealSort, WorkspaceChoice};
use tandem_app::App;
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction, TimelineEntry};
use tandem_domain::contact::ContactInput;
use tandem_domain::deal::DealInput;
use tandem_domain::duplicate::{DuplicateReason, MergeInput};

use crate::support::{person, workspace};

fn with_phone(mut input: ContactInput, phone: &str) -> ContactInput {
    input.phone = phone.into();
    input
}

fn reasons(app: &App) -> Vec<(DuplicateReason, String, Vec<String>)> {
    let scan = app.duplicate_groups().unwrap();
    assert_eq!(scan.total as usize, scan.groups.len());
    scan.groups
        .into_iter()
        .map(|g| {
            let mut names: Vec<String> = g.contacts.into_iter().map(|c| c.name).collect();
            names.sort();
            (g.reason, g.key, names)
        })
        .collect()
}

#[test]
fn the_scan_finds_shared_emails_and_phones_and_similar_names_at_one_company() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    app.create_contact(person("Ana", "García", "ana@acme.com", "Acme")).unwrap();
    app.create_contact(person("Ana", "Garcia", "ANA@acme.com ", "")).unwrap();
    app.create_contact(with_phone(person("Bob", "Stone", "", "Globex"), "+44 20 7946 0958")).unwrap();
    app.create_contact(with_phone(person("Robert", "Stone", "", ""), "+442079460958")).unwrap();
    app.create_contact(person("Jon", "Smith", "", "Initech")).unwrap();
    app.create_contact(person("John", "Smith", "", "Initech")).unwrap();
    app.create_contact(person("John", "Smith", "", "Hooli")).unwrap();
    app.create_contact(person("Jane", "Doe", "", "Initech")).unwrap();

    let s = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    assert_eq!(
        reasons(app),
        [
            (DuplicateReason::SameEmail, "ana@acme.com".to_owned(), s(&["Ana Garcia", "Ana García"])),
            (DuplicateReason::SamePhone, "+442079460958".to_owned(), s(&["Bob Stone", "Robert Stone"])),
            (DuplicateReason::SimilarName, "Initech".to_owned(), s(&["John Smith", "Jon Smith"])),
        ]
    );

    let scan = app.duplicate_groups().unwrap();
    let jon = &scan.groups[2].contacts;
    app.dismiss_duplicate(&jon[0].id, &jon[1].id).unwrap();
    assert_eq!(reasons(app).len(), 2, "a dismissed pair is not suggested again");
}

fn call(app: &App, contact: &str, subject: &str) {
    app.log_activity(ActivityInput {
        kind: ActivityKind::Call,
        subject: subject.into(),
        body: String::new(),
        direction: Direction::Outbound,
        occurred_at: chrono::Utc::now().to_rfc3339(),
        duration_minutes: 0,
        contact_id: Some(contact.into()),
        company_id: None,
        deal_id: None,
    })
    .unwrap();
}

fn deal_for(app: &App, contact: &str, name: &str) -> String {
    let p = app.list_pipelines().unwrap().remove(0);
    app.create_deal(DealInput {
        name: name.into(),
        pipeline_id: p.id.clone(),
        stage_id: p.stages[0].id.clone(),
        primary_contact_id: Some(contact.into()),
        currency: "USD".into(),
        ..Default::default()
    })
    .unwrap()
    .id
}

fn activities_of(app: &App, contact: &str) -> usize {
    app.timeline("contacts", contact).unwrap().iter().filter(|e| matches!(e, TimelineEntry::Activity { .. })).count()
}

fn deals_of(app: &App, contact: &str) -> u32 {
    let query = DealQuery {
        pipeline_id: String::new(),
        search: String::new(),
        contact_id: Some(contact.into()),
        filter: Default::default(),
        sort: DealSort::Name,
        offset: 0,
        limit: 500,
    };
    app.list_deals(query).unwrap().total
}

#[test]
fn a_merge_keeps_everything_of_both_and_one_undo_takes_it_back() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut a = person("Ana", "García", "ana@acme.com", "Acme");
    a.tags = vec!["VIP".into()];
    let a = app.create_contact(a).unwrap();
    let mut b = with_phone(person("Ana", "Garcia", "ana.garcia@gmail.com", ""), "+1 202 555 0100");
    b.tags = vec!["Webinar".into(), "vip".into()];
    b.title = "CFO".into();
    let b = app.create_contact(b).unwrap();
    call(app, &a.id, "First");
    call(app, &b.id, "Second");
    let shared = deal_for(app, &b.id, "Acme renewal");
    app.add_deal_contact(tandem_app::dto::DealContactInput { deal_id: shared.clone(), contact_id: a.id.clone(), role: "Champion".into() })
        .unwrap();

    let mut values = ContactInput::from(&a);
    values.title = b.title.clone();
    let merged = app.merge_contacts(MergeInput { keep_id: a.id.clone(), merge_id: b.id.clone(), values }).unwrap();
    assert_eq!(merged.title, "CFO");
    assert_eq!(merged.tags, ["VIP", "Webinar"]);
    assert_eq!(merged.other_emails, ["ana.garcia@gmail.com"]);
    assert_eq!(merged.phone, "");
    assert_eq!(merged.other_phones, ["+12025550100"]);
    assert_eq!(activities_of(app, &a.id), 2);
    assert_eq!(deals_of(app, &a.id), 1);
    let people = app.get_deal(&shared).unwrap();
    assert_eq!(people.primary_contact_id.as_deref(), Some(a.id.as_str()));
    assert_eq!(people.contacts.len(), 1, "the survivor is on the deal once");
    assert!(app.get_contact(&b.id).is_err(), "the other contact is in the Trash");
    assert!(app.list_trash().unwrap().iter().any(|t| t.id == b.id));

    app.undo().unwrap();
    assert_eq!(app.get_contact(&b.id).unwrap().title, "CFO");
    assert_eq!(activities_of(app, &b.id), 1);
    assert_eq!(app.get_contact(&a.id).unwrap().tags, ["VIP"]);
    assert_eq!(app.get_deal(&shared).unwrap().primary_contact_id.as_deref(), Some(b.id.as_str()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever each side had, the survivor ends up with all of it.
    #[test]
    fn a_merge_keeps_the_union_of_linked_records(calls_a in 0usize..3, calls_b in 0usize..3, deals_a in 0usize..3, deals_b in 0usize..3, tags_a in proptest::collection::vec("[a-d]", 0..3), tags_b in proptest::collection::vec("[a-f]", 0..3)) {
        let ws = workspace(WorkspaceChoice::Empty);
        let app = &ws.app;
        let mut a = person("Ana", "García", "", "");
        a.tags = tags_a.clone();
        let a = app.create_contact(a).unwrap();
        let mut b = person("Ana", "Garcia", "", "");
        b.tags = tags_b.clone();
        let b = app.create_contact(b).unwrap();
        for i in 0..calls_a { call(app, &a.id, &format!("a{i}")); }
        for i in 0..calls_b { call(app, &b.id, &format!("b{i}")); }
        for i in 0..deals_a { deal_for(app, &a.id, &format!("A{i}")); }
        for i in 0..deals_b { deal_for(app, &b.id, &format!("B{i}")); }

        let merged = app.merge_contacts(MergeInput { keep_id: b.id.clone(), merge_id: a.id.clone(), values: ContactInput::from(&b) }).unwrap();
        prop_assert_eq!(activities_of(app, &b.id), calls_a + calls_b);
        prop_assert_eq!(deals_of(app, &b.id) as usize, deals_a + deals_b);
        let mut want: Vec<String> = Vec::new();
        for t in b.tags.iter().chain(&a.tags) {
            if !want.iter().any(|w| w.eq_ignore_ascii_case(t)) { want.push(t.clone()); }
        }
        prop_assert_eq!(merged.tags, want);
    }
}
