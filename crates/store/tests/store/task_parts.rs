//! A task's links and reminders are rows of their own; their ids are derived from what they are.

use tandem_domain::task::{ReminderSpec, TaskInput};
use tandem_store::tasks::{self, Origin, Placement};

use crate::*;

fn call_ana(contact_ids: Vec<String>) -> TaskInput {
    TaskInput {
        title: "Call Ana".into(),
        due_date: "2026-12-01".into(),
        due_time: "09:00".into(),
        time_zone: "UTC".into(),
        reminders: vec![ReminderSpec::Before { minutes: 15 }],
        contact_ids,
        ..TaskInput::default()
    }
}

fn place<'a>(reminders: &'a [(ReminderSpec, String)]) -> Placement<'a> {
    Placement { due_at: "2026-12-01T09:00:00Z", armed_at: "2026-11-30T08:00:00Z", reminders }
}

/// (table, id, deleted) of every link and reminder row of `task_id`, sorted.
fn parts(db: &Db, task_id: &str) -> Vec<(String, String, i64)> {
    db.read(|c| {
        let mut stmt = c.prepare(
            "SELECT 'link', id, deleted FROM task_links WHERE task_id = ?1
             UNION ALL SELECT 'reminder', id, deleted FROM task_reminders WHERE task_id = ?1 ORDER BY 1, 2",
        )?;
        let rows = stmt.query_map([task_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })
    .unwrap()
}

#[test]
fn two_devices_making_the_same_task_make_the_same_link_and_reminder_rows() {
    // A derived task id (a lead-score follow-up both devices create on the same day) on two devices.
    let (laptop, desktop) = (fresh(), fresh());
    let reminders = [(ReminderSpec::Before { minutes: 15 }, "2026-12-01T08:45:00Z".to_owned())];
    for fx in [&laptop, &desktop] {
        write(&fx.db, |w| tasks::create(w, "follow-up-1", &call_ana(vec!["ana".into()]), &place(&reminders), &Origin::default()));
    }
    let made = parts(&laptop.db, "follow-up-1");
    assert_eq!(made.len(), 2, "{made:?}");
    assert_eq!(made, parts(&desktop.db, "follow-up-1"), "the same rows under the same ids: sync merges them into one of each");
}

#[test]
fn a_link_removed_and_added_again_is_the_same_row_brought_back() {
    let fx = fresh();
    let reminders = [(ReminderSpec::Before { minutes: 15 }, "2026-12-01T08:45:00Z".to_owned())];
    write(&fx.db, |w| tasks::create(w, "t1", &call_ana(vec!["ana".into()]), &place(&reminders), &Origin::default()));
    let first = parts(&fx.db, "t1");
    write(&fx.db, |w| tasks::update(w, "t1", &call_ana(Vec::new()), &place(&[])));
    assert!(parts(&fx.db, "t1").iter().all(|(_, _, deleted)| *deleted == 1), "unlinked and unreminded");
    write(&fx.db, |w| tasks::update(w, "t1", &call_ana(vec!["ana".into()]), &place(&reminders)));
    assert_eq!(parts(&fx.db, "t1"), first, "one link and one reminder row, live again, not two of each");
}
