//! Lead scoring through the façade: reasons, the preview before saving, crossings, roles, and
//! the background rescore after a commit.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tandem_app::dto::WorkspaceChoice;
use tandem_app::lead_scoring::LeadQuery;
use tandem_app::sample_scoring::default_rules;
use tandem_app::ErrorCode;
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction};
use tandem_domain::lead_score::{Criterion, Qualification, ScoringRule, ScoringSettings, Shifts};
use tandem_domain::lifecycle::{BantAnswer, BantStatus, LifecycleStage};
use tandem_domain::member::{MemberInput, Role};

use crate::support::{person, workspace, TestWorkspace};

fn as_role(ws: &TestWorkspace, role: Role) {
    let me = ws.app.get_profile().unwrap().unwrap();
    ws.app.update_profile(MemberInput { id: Some(me.id), name: me.name, email: me.email, role }).unwrap();
}

fn settings(create_task: bool, move_lifecycle: bool) -> ScoringSettings {
    ScoringSettings { mql_threshold: 40, sql_threshold: 70, create_task, move_lifecycle }
}

fn confirmed() -> BantAnswer {
    BantAnswer { status: BantStatus::Confirmed, note: String::new() }
}

/// An admin's workspace with the sample's rules and "Ana Silva, VP Sales" (20 points: VP title).
fn scored_workspace(create_task: bool, move_lifecycle: bool) -> (TestWorkspace, String) {
    let ws = workspace(WorkspaceChoice::Empty);
    as_role(&ws, Role::Admin);
    let me = ws.app.get_profile().unwrap().unwrap();
    let mut ana = person("Ana", "Silva", "ana@globex.com", "Globex");
    ana.title = "VP Sales".into();
    ana.owner_id = Some(me.id);
    let id = ws.app.create_contact(ana).unwrap().id;
    ws.app.save_lead_scoring(default_rules(), settings(create_task, move_lifecycle)).unwrap();
    (ws, id)
}

fn texts(score: &tandem_domain::lead_score::LeadScore) -> Vec<String> {
    score.reasons.iter().map(|r| r.text()).collect()
}

fn meeting(contact_id: &str) -> ActivityInput {
    ActivityInput {
        kind: ActivityKind::Meeting,
        subject: "Discovery".into(),
        body: String::new(),
        direction: Direction::None,
        occurred_at: Utc::now().to_rfc3339(),
        duration_minutes: 30,
        contact_id: Some(contact_id.into()),
        company_id: None,
        deal_id: None,
    }
}

#[test]
fn a_contact_shows_its_score_with_the_reasons() {
    let (ws, id) = scored_workspace(false, false);
    let score = ws.app.contact_score(&id).unwrap();
    assert_eq!(texts(&score), ["+20 VP title"]);
    let contact = ws.app.get_contact(&id).unwrap();
    let mut bant = contact.bant.clone();
    bant.budget = confirmed();
    ws.app.save_contact_bant(&id, bant).unwrap();
    ws.app.log_activity(meeting(&id)).unwrap();
    let score = ws.app.contact_score(&id).unwrap();
    assert_eq!(texts(&score), ["+20 VP title", "+15 budget confirmed", "+5 per meeting in 30 days"]);
    assert_eq!((score.total, score.fit, score.engagement, score.qualification), (40, 35, 5, Qualification::Mql));
}

#[test]
fn the_contact_list_shows_each_score_and_sorts_by_it() {
    use tandem_app::dto::ContactQuery;
    use tandem_domain::contact::ContactSort;
    let (ws, ana) = scored_workspace(false, false);
    let bob = ws.app.create_contact(person("Bob", "Stone", "bob@initech.com", "Initech")).unwrap().id;
    ws.app.save_lead_scoring(default_rules(), settings(false, false)).unwrap();
    let list = |sort: ContactSort| {
        let query = ContactQuery { filter: Default::default(), search: String::new(), sort, offset: 0, limit: 10 };
        ws.app.list_contacts(query).unwrap().rows.into_iter().map(|r| (r.id, r.score)).collect::<Vec<_>>()
    };
    // Alphabetical, each row with its score (a VP title is worth 20; Bob has no reason to score).
    assert_eq!(list(ContactSort::Name), [(ana.clone(), Some(20)), (bob.clone(), Some(0))]);
    let mut bant = ws.app.get_contact(&bob).unwrap().bant;
    bant.budget = confirmed();
    ws.app.save_contact_bant(&bob, bant).unwrap();
    for _ in 0..4 {
        ws.app.log_activity(meeting(&bob)).unwrap();
    }
    ws.app.rescore_all(Utc::now()).unwrap();
    // A confirmed budget (15) and four meetings (capped at 15) put Bob above Ana's 20.
    assert_eq!(list(ContactSort::Score), [(bob, Some(30)), (ana, Some(20))]);
}

#[test]
fn the_preview_counts_what_saving_then_does() {
    let (ws, ana) = scored_workspace(false, false);
    for (first, title) in [("Bo", "Head of IT"), ("Cy", "Engineer"), ("Di", "Director")] {
        let mut p = person(first, "Lee", &format!("{}@x.io", first.to_lowercase()), "Initech");
        p.title = title.into();
        ws.app.create_contact(p).unwrap();
    }
    let mut bant = ws.app.get_contact(&ana).unwrap().bant;
    bant.budget = confirmed();
    bant.authority = confirmed();
    ws.app.save_contact_bant(&ana, bant).unwrap(); // 45: MQL
    let current = ws.app.lead_scoring().unwrap();
    let mut draft = current.rules.clone();
    draft[0].points = 40; // VP/Head/Director titles alone now reach MQL; Ana (65) stays MQL.
    draft.push(ScoringRule {
        id: String::new(),
        kind: Criterion::CountryIs.kind(),
        criterion: Criterion::CountryIs,
        value: "Nowhere".into(),
        points: 5,
        within_days: 0,
        cap: 0,
        label: String::new(),
        enabled: true,
    });
    let draft_settings = ScoringSettings { sql_threshold: 60, ..current.settings.clone() };
    let preview = ws.app.preview_lead_scoring(draft.clone(), draft_settings.clone()).unwrap();
    assert_eq!(preview.shifts, Shifts { to_mql: 2, to_sql: 1, dropped: 0 }, "{preview:?}");
    assert_eq!(preview.contacts, 4);
    assert_eq!(preview.examples.len(), 3);
    assert!(preview.examples.iter().any(|e| e.name == "Ana Silva" && e.after == Qualification::Sql));
    assert_eq!(ws.app.lead_scoring().unwrap().rules, current.rules, "a preview saves nothing");
    let saved = ws.app.save_lead_scoring(draft, draft_settings).unwrap();
    assert_eq!(saved.shifts, preview.shifts);
    assert_eq!(saved.scored, 4);
    let rules = ws.app.lead_scoring().unwrap().rules;
    assert_eq!(rules.len(), 9);
    assert_eq!(rules[8].label, "in Nowhere", "an empty label is made from the rule");
}

#[test]
fn crossing_a_threshold_creates_one_task_and_moves_the_stage() {
    let (ws, ana) = scored_workspace(true, true);
    let mut bant = ws.app.get_contact(&ana).unwrap().bant;
    bant.budget = confirmed();
    bant.authority = confirmed();
    ws.app.save_contact_bant(&ana, bant).unwrap();
    let contact = ws.app.get_contact(&ana).unwrap();
    assert_eq!(contact.lifecycle_stage, LifecycleStage::MarketingQualified);
    let tasks = ws.app.record_tasks(&ana).unwrap();
    assert_eq!(tasks.len(), 1, "{tasks:?}");
    assert_eq!(tasks[0].title, "Follow up: Ana Silva became marketing-qualified (score 45)");
    assert_eq!(tasks[0].owner_id, contact.owner_id);
    // Scoring again, here or after the same change reached another device, creates nothing new.
    let again = ws.app.rescore_all(Utc::now()).unwrap();
    assert_eq!((again.tasks_created, again.stages_moved), (0, 0));
    assert_eq!(ws.app.record_tasks(&ana).unwrap().len(), 1);
    let stays: i64 = ws
        .app
        .db()
        .unwrap()
        .read(|c| {
            Ok(c.query_row("SELECT count(*) FROM stage_history WHERE record_id = ?1 AND stage = 'marketing_qualified'", [&ana], |r| {
                r.get(0)
            })?)
        })
        .unwrap();
    assert_eq!(stays, 1, "the move is in the stage history");
    // A contact already further along is never moved back.
    let mut c = tandem_domain::contact::ContactInput::from(&ws.app.get_contact(&ana).unwrap());
    c.lifecycle_stage = LifecycleStage::Customer;
    ws.app.update_contact(&ana, c).unwrap();
    for _ in 0..3 {
        ws.app.log_activity(meeting(&ana)).unwrap();
    }
    let rules = ws.app.lead_scoring().unwrap().rules;
    let moved = ws.app.save_lead_scoring(rules, ScoringSettings { sql_threshold: 60, ..settings(true, true) }).unwrap();
    assert_eq!(moved.shifts, Shifts { to_mql: 0, to_sql: 1, dropped: 0 });
    assert_eq!((moved.tasks_created, moved.stages_moved), (1, 0));
    assert_eq!(ws.app.get_contact(&ana).unwrap().lifecycle_stage, LifecycleStage::Customer);
}

#[test]
fn sellers_read_the_rules_but_only_admins_marketers_and_managers_change_them() {
    let ws = workspace(WorkspaceChoice::Empty);
    let seller = ws.app.lead_scoring().unwrap();
    assert!(!seller.can_edit);
    let err = ws.app.save_lead_scoring(default_rules(), ScoringSettings::default()).unwrap_err();
    assert_eq!(err.code, ErrorCode::Forbidden);
    assert!(ws.app.preview_lead_scoring(default_rules(), ScoringSettings::default()).is_ok(), "anyone may look");
    for role in [Role::Marketer, Role::SalesManager, Role::Admin] {
        as_role(&ws, role);
        assert!(ws.app.lead_scoring().unwrap().can_edit);
        ws.app.save_lead_scoring(default_rules(), ScoringSettings::default()).unwrap();
    }
    let mut bad = default_rules();
    bad[2].points = 0;
    let err = ws.app.save_lead_scoring(bad, ScoringSettings::default()).unwrap_err();
    assert_eq!(err.fields[0].field, "rules.2.points");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_activity_logged_raises_the_score_in_the_background() {
    let (ws, ana) = scored_workspace(false, false);
    ws.app.start_change_feed(|_| {});
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(ws.app.clone().run_lead_scoring(
        Arc::new(tandem_app::reminders::SystemClock),
        Arc::new(move |batch| {
            let _ = tx.send(batch);
        }),
    ));
    let stored = |ws: &TestWorkspace| {
        ws.app.leads_to_qualify(LeadQuery { mine_only: true, missing_only: true }).unwrap().into_iter().find(|l| l.id == ana).unwrap().score
    };
    let app = ws.app.clone();
    let id = ana.clone();
    tokio::task::spawn_blocking(move || app.log_activity(meeting(&id)).unwrap()).await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while stored(&ws) != Some(25) {
        assert!(tokio::time::Instant::now() < deadline, "the score did not rise: {:?}", stored(&ws));
        let _ = tokio::time::timeout(Duration::from_millis(200), rx.recv()).await;
    }
    ws.app.stop_change_feed();
}
