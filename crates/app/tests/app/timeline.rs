//! Companies, qualification, tags and the activity timeline on contacts, companies and deals.

use tandem_app::dto::WorkspaceChoice;
use tandem_app::ErrorCode;
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction, TimelineEntry};
use tandem_domain::company::{CompanyInput, CompanySize};
use tandem_domain::contact::ContactInput;
use tandem_domain::lifecycle::{BantStatus, LifecycleStage};

use crate::support::{person, workspace};

fn note_on(contact_id: Option<&str>, company_id: Option<&str>, subject: &str) -> ActivityInput {
    ActivityInput {
        kind: ActivityKind::Call,
        subject: subject.into(),
        body: "Talked budget.".into(),
        direction: Direction::Inbound,
        occurred_at: chrono::Utc::now().to_rfc3339(),
        duration_minutes: 15,
        contact_id: contact_id.map(str::to_owned),
        company_id: company_id.map(str::to_owned),
        deal_id: None,
    }
}

#[test]
fn a_contact_keeps_qualification_tags_and_its_lifecycle_history() {
    let ws = workspace(WorkspaceChoice::Empty);
    let mut input = person("Ana", "García", "ana@acme.com", "Acme");
    input.tags = vec!["VIP".into(), " vip ".into(), "Q4 push".into()];
    input.bant.budget.status = BantStatus::Confirmed;
    input.bant.budget.note = "€40k approved".into();
    input.do_not_contact = true;
    let ana = ws.app.create_contact(input).unwrap();
    assert_eq!(ana.tags, ["VIP", "Q4 push"]);
    assert_eq!((ana.bant.budget.status, ana.bant.budget.note.as_str(), ana.do_not_contact), (BantStatus::Confirmed, "€40k approved", true));
    assert_eq!(ana.lifecycle_stage, LifecycleStage::Lead);

    let mut edit = ContactInput::from(&ana);
    edit.lifecycle_stage = LifecycleStage::SalesQualified;
    edit.tags = vec!["Q4 push".into(), "Champion".into()];
    edit.title = "CFO".into();
    let ana = ws.app.update_contact(&ana.id, edit).unwrap();
    assert_eq!(ana.tags, ["Q4 push", "Champion"]);

    let timeline = ws.app.timeline("contacts", &ana.id).unwrap();
    let stage_changes: Vec<(&str, &str)> = timeline
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::StageChange { from, to, .. } => Some((from.as_str(), to.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(stage_changes, [("Lead", "Sales qualified"), ("", "Lead")]);
    let edited: Vec<&Vec<String>> = timeline
        .iter()
        .filter_map(|e| match e {
            TimelineEntry::Edit { fields, .. } => Some(fields),
            _ => None,
        })
        .collect();
    assert_eq!(edited, [&vec!["title".to_owned()]], "the stage change is not repeated as an edit");
    assert!(matches!(timeline.last(), Some(TimelineEntry::Created { .. })));
}

#[test]
fn a_company_page_gathers_what_was_logged_on_its_people() {
    let ws = workspace(WorkspaceChoice::Empty);
    let ana = ws.app.create_contact(person("Ana", "García", "", "Acme")).unwrap();
    let acme = ana.company_id.clone().unwrap();
    ws.app.log_activity(note_on(Some(&ana.id), None, "Intro call")).unwrap();
    ws.app.log_activity(note_on(None, Some(&acme), "Account review")).unwrap();

    let on_company: Vec<String> = ws
        .app
        .timeline("companies", &acme)
        .unwrap()
        .into_iter()
        .filter_map(|e| match e {
            TimelineEntry::Activity { subject, contact_name, .. } => Some(format!("{subject} / {contact_name}")),
            _ => None,
        })
        .collect();
    assert_eq!(on_company, ["Account review / ", "Intro call / Ana García"]);
    let on_ana = ws.app.timeline("contacts", &ana.id).unwrap();
    assert_eq!(on_ana.iter().filter(|e| matches!(e, TimelineEntry::Activity { .. })).count(), 1);

    let err = ws.app.log_activity(note_on(None, None, "Floating")).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "contact_id"));
}

#[test]
fn companies_are_edited_with_unique_names_and_go_to_the_trash() {
    let ws = workspace(WorkspaceChoice::Empty);
    let input = CompanyInput {
        name: "Globex".into(),
        domain: "https://www.Globex.io/".into(),
        industry: "Logistics".into(),
        size: CompanySize::Medium,
        tags: vec!["Target account".into()],
        ..Default::default()
    };
    let globex = ws.app.create_company(input.clone()).unwrap();
    assert_eq!((globex.domain.as_str(), globex.size, globex.tags.len()), ("globex.io", CompanySize::Medium, 1));
    let err = ws.app.create_company(CompanyInput { name: "GLOBEX".into(), ..Default::default() }).unwrap_err();
    assert_eq!((err.code, err.fields[0].field.as_str()), (ErrorCode::Validation, "name"));
    ws.app.create_contact(person("Bo", "Lind", "", "Globex")).unwrap();
    let page = ws.app.list_companies(tandem_app::dto::CompanyQuery { search: "glob".into(), offset: 0, limit: 50 }).unwrap();
    assert_eq!((page.total, page.rows[0].contact_count), (1, 1), "the contact joined the existing company");
    // The list's search box says it finds companies by industry too.
    let logistics = ws.app.list_companies(tandem_app::dto::CompanyQuery { search: "logist".into(), offset: 0, limit: 50 }).unwrap();
    assert_eq!(logistics.rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Globex"]);

    ws.app.delete_company(&globex.id).unwrap();
    let trash = ws.app.list_trash().unwrap();
    assert!(trash.iter().any(|t| t.id == globex.id && t.kind_label == "Company"));
    assert!(!trash.iter().any(|t| t.kind_label == "Tag"), "tags go with their record, not one by one");
}
