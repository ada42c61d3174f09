//! Nudges raised by the rules (accepted as tasks, dismissed, resolved) and follow-up sequences
//! that end when the contact replies.

use chrono::{Days, Duration, Utc};
use tandem_app::dto::WorkspaceChoice;
use tandem_app::ErrorCode;
use tandem_domain::activity::{ActivityInput, ActivityKind, Direction};
use tandem_domain::deal::DealInput;
use tandem_domain::lifecycle::LifecycleStage;
use tandem_domain::nudge::NudgeRule;
use tandem_domain::sequence::{EnrollmentStatus, SequenceInput, SequenceStepInput};
use tandem_domain::task::{TaskKind, TaskStatus};

use crate::support::{person, workspace};

#[test]
fn an_idle_deal_raises_one_nudge_that_becomes_a_task_when_accepted() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let pipeline = app.list_pipelines().unwrap().remove(0);
    let deal = app
        .create_deal(DealInput {
            name: "Acme renewal".into(),
            pipeline_id: pipeline.id.clone(),
            stage_id: pipeline.stages[1].id.clone(),
            company_name: "Acme".into(),
            amount: "1200".into(),
            currency: "USD".into(),
            ..Default::default()
        })
        .unwrap();
    let now = Utc::now();
    assert_eq!(app.refresh_nudges(now + Duration::days(10)).unwrap(), 0, "14 days is the default");
    assert_eq!(app.refresh_nudges(now + Duration::days(20)).unwrap(), 1);
    // Every pass (and every device) finds the same nudge, not another one.
    assert_eq!(app.refresh_nudges(now + Duration::days(21)).unwrap(), 0);
    let nudges = app.list_nudges().unwrap();
    assert_eq!(nudges.len(), 1);
    assert_eq!((nudges[0].rule, nudges[0].record_name.as_str()), (NudgeRule::DealIdle, "Acme renewal"));
    // Counted when read (here, today: the deal was created today).
    assert_eq!(nudges[0].reason, "No activity for 0 days");

    let task = app.accept_nudge(&nudges[0].id).unwrap();
    assert_eq!(task.title, "Follow up on Acme renewal");
    assert!(task.links.iter().any(|l| l.record_id == deal.id));
    assert!(task.links.iter().any(|l| l.record_table == "companies" && l.name == "Acme"));
    assert!(app.list_nudges().unwrap().is_empty());

    // Rules are the team's: turned off, nothing is raised.
    let mut rules = app.nudge_rules().unwrap();
    rules.iter_mut().for_each(|r| r.enabled = false);
    app.save_nudge_rules(rules.clone()).unwrap();
    assert_eq!(app.refresh_nudges(now + Duration::days(60)).unwrap(), 0);
    rules[0].days = 0;
    assert_eq!(app.save_nudge_rules(rules).unwrap_err().code, ErrorCode::Validation);
}

#[test]
fn a_sales_qualified_contact_without_a_task_is_nudged_until_one_is_planned() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let mut input = person("Grace", "Hopper", "grace@navy.mil", "Navy");
    input.lifecycle_stage = LifecycleStage::SalesQualified;
    let grace = app.create_contact(input).unwrap();
    let later = Utc::now() + Duration::days(3);
    assert_eq!(app.refresh_nudges(later).unwrap(), 1);
    let nudge = app.list_nudges().unwrap().remove(0);
    assert_eq!(nudge.rule, NudgeRule::QualifiedWithoutTask);
    app.dismiss_nudge(&nudge.id).unwrap();
    // Dismissed stays dismissed.
    assert_eq!(app.refresh_nudges(later + Duration::hours(1)).unwrap(), 0);
    assert!(app.list_nudges().unwrap().is_empty());
    assert_eq!(app.record_tasks(&grace.id).unwrap().len(), 0);
}

fn outreach() -> SequenceInput {
    let step = |day, kind, title: &str| SequenceStepInput { day_offset: day, kind, title: title.into() };
    SequenceInput {
        name: "New lead outreach".into(),
        steps: vec![step(0, TaskKind::Email, "Intro e-mail"), step(3, TaskKind::Call, "Call"), step(7, TaskKind::Email, "Break-up e-mail")],
    }
}

#[test]
fn a_sequence_creates_dated_tasks_and_stops_when_the_contact_replies() {
    let ws = workspace(WorkspaceChoice::Empty);
    let app = &ws.app;
    let sequence = app.save_sequence(None, outreach()).unwrap();
    assert_eq!(sequence.steps.len(), 3);
    let ada = app.create_contact(person("Ada", "Lovelace", "ada@acme.com", "Acme")).unwrap();
    let start = Utc::now().date_naive();
    let enrollment = app.enroll_contact(&sequence.id, &ada.id, &start.to_string()).unwrap();
    assert_eq!((enrollment.status, enrollment.open_tasks), (EnrollmentStatus::Active, 3));
    let tasks = app.record_tasks(&ada.id).unwrap();
    let due: Vec<(String, &str)> = tasks.iter().map(|t| (t.due_date.clone(), t.title.as_str())).collect();
    assert_eq!(
        due,
        [
            (start.to_string(), "Intro e-mail"),
            ((start + Days::new(3)).to_string(), "Call"),
            ((start + Days::new(7)).to_string(), "Break-up e-mail")
        ]
    );
    assert!(tasks[0].links.iter().any(|l| l.name == "Acme"));
    assert_eq!(app.enroll_contact(&sequence.id, &ada.id, &start.to_string()).unwrap_err().code, ErrorCode::Conflict);

    app.complete_task(&tasks[0].id).unwrap();
    // An outbound e-mail is not a reply; an inbound one is.
    let email = |direction| ActivityInput {
        kind: ActivityKind::Email,
        subject: "Re: intro".into(),
        body: String::new(),
        direction,
        occurred_at: Utc::now().to_rfc3339(),
        duration_minutes: 0,
        contact_id: Some(ada.id.clone()),
        company_id: None,
        deal_id: None,
    };
    app.log_activity(email(Direction::Outbound)).unwrap();
    assert_eq!(app.contact_enrollments(&ada.id).unwrap()[0].status, EnrollmentStatus::Active);
    app.log_activity(email(Direction::Inbound)).unwrap();
    let ended = app.contact_enrollments(&ada.id).unwrap().remove(0);
    assert_eq!((ended.status, ended.open_tasks, ended.done_tasks), (EnrollmentStatus::Replied, 0, 1));
    let statuses: Vec<TaskStatus> = app.record_tasks(&ada.id).unwrap().iter().map(|t| t.status).collect();
    assert_eq!(statuses.iter().filter(|s| **s == TaskStatus::Cancelled).count(), 2);

    // A seller can also stop one by hand.
    let again = app.enroll_contact(&sequence.id, &ada.id, &start.to_string()).unwrap();
    let stopped = app.end_enrollment(&again.id, EnrollmentStatus::Stopped).unwrap();
    assert_eq!((stopped.status, stopped.open_tasks), (EnrollmentStatus::Stopped, 0));
}
