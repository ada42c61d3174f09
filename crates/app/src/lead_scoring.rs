//! Lead scoring through the façade: the rules editor (admins, marketers and sales managers edit;
//! sellers read), the preview of a change before it is saved, a contact's score with its reasons,
//! the BANT qualification list, and rescoring — after every relevant commit (the change feed
//! notes what changed, a background task rescores it) and daily for recency decay. Crossing a
//! threshold upward may create a follow-up task (a derived id, so two devices make one) and move
//! the lifecycle stage forward through the contact write path.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tandem_domain::contact::{display_name, ContactInput};
use tandem_domain::lead_score::{
    crossed, crossing_task_id, follow_up_title, lifecycle_after, LeadScore, LeadToQualify, Qualification, Scorer, ScoringRule,
    ScoringSettings, Shifts,
};
use tandem_domain::lifecycle::Bant;
use tandem_domain::member::Role;
use tandem_domain::task::{TaskInput, TaskKind};
use tandem_domain::{FieldError, Invalid};
use tandem_store::scoring::{self, Horizon, Scorable};
use tandem_store::tasks::{Origin, Placement};
use tandem_store::{contacts, local_state, tasks, WriteSource, Writer};
use tokio::sync::Notify;
use ts_rs::TS;

use crate::dto::ChangeBatch;
use crate::reminders::Clock;
use crate::tasks::Calendar;
use crate::{App, AppError, ErrorCode};

/// Tables whose changes can move a score.
const SCORED_TABLES: [&str; 4] = ["contacts", "companies", "activities", "content_uses"];
/// Tables whose changes move every score.
const RULE_TABLES: [&str; 2] = ["scoring_rules", "scoring_settings"];
/// Set once this device has scored its contacts: before that, nothing "crosses" (a device that
/// joins a team does not create a task for every qualified lead it receives).
const SCORING_STARTED: &str = "lead_scoring_started";
/// Lets a burst of commits (an import, typing) be rescored in one pass.
const COALESCE: Duration = Duration::from_millis(250);
/// The longest the scorer sleeps: a suspended laptop notices the new day within this.
const LONGEST_SLEEP: Duration = Duration::from_secs(3600);
/// How many example contacts a preview names.
const EXAMPLES: usize = 5;
/// How many leads the qualification view lists.
const LEADS_SHOWN: u32 = 500;

/// The rules and thresholds as the editor shows them, and whether this user may change them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LeadScoring {
    pub rules: Vec<ScoringRule>,
    pub settings: ScoringSettings,
    pub can_edit: bool,
}

/// One contact whose qualification a draft would change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScoreChange {
    pub contact_id: String,
    pub name: String,
    pub score_before: i32,
    pub score_after: i32,
    pub before: Qualification,
    pub after: Qualification,
}

/// What saving a draft would do, computed without saving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScoringPreview {
    pub shifts: Shifts,
    pub examples: Vec<ScoreChange>,
    /// How many contacts were scored for the preview.
    pub contacts: u32,
}

/// What one rescoring pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rescored {
    pub scored: u32,
    pub shifts: Shifts,
    pub tasks_created: u32,
    pub stages_moved: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LeadQuery {
    /// Only the leads this user owns (the seller's default).
    pub mine_only: bool,
    /// Only leads with at least one BANT answer not confirmed.
    pub missing_only: bool,
}

/// What the background scorer still has to rescore.
#[derive(Default)]
struct Dirty {
    all: bool,
    /// The rules or thresholds changed: everyone, unless a full pass already used them.
    rules: bool,
    /// Ids of contacts, activities, companies or content uses, resolved to contacts at the next pass.
    ids: BTreeSet<String>,
}

/// The scorer's wake-up signal and its pending work.
#[derive(Default)]
pub(crate) struct Rescoring {
    wake: Notify,
    dirty: Mutex<Dirty>,
    /// The rules and thresholds of the last pass over everyone. Saving rules rescores at once
    /// (to report what moved); the change feed's note of that same save then finds them here
    /// and does not make the scorer do it all again.
    applied: Mutex<Option<(Vec<ScoringRule>, ScoringSettings)>>,
}

fn may_edit(role: Role) -> bool {
    matches!(role, Role::Admin | Role::Marketer | Role::SalesManager)
}

/// Validates every rule, naming a failing field by its place: `rules.2.points`.
fn clean_rules(rules: &[ScoringRule]) -> Result<Vec<ScoringRule>, Invalid> {
    let mut errors: Vec<FieldError> = Vec::new();
    let mut clean = Vec::new();
    for (index, rule) in rules.iter().enumerate() {
        match rule.validate() {
            Ok(rule) => clean.push(rule),
            Err(Invalid(fields)) => {
                errors.extend(fields.into_iter().map(|f| FieldError { field: format!("rules.{index}.{}", f.field), message: f.message }))
            }
        }
    }
    if errors.is_empty() {
        Ok(clean)
    } else {
        Err(Invalid(errors))
    }
}

impl App {
    fn require_scoring_editor(&self) -> Result<(), AppError> {
        if may_edit(self.me()?.1) {
            Ok(())
        } else {
            Err(AppError::new(ErrorCode::Forbidden, "Only admins, marketers and sales managers change the lead-scoring rules."))
        }
    }

    pub fn lead_scoring(&self) -> Result<LeadScoring, AppError> {
        let (rules, settings) = self.db()?.read(|conn| Ok((scoring::rules(conn)?, scoring::settings(conn)?)))?;
        Ok(LeadScoring { rules, settings, can_edit: may_edit(self.me()?.1) })
    }

    /// Saves the whole rule set as edited (new rules created, removed ones deleted, the order
    /// kept) and the thresholds, then rescores every contact; returns what moved.
    pub fn save_lead_scoring(&self, rules: Vec<ScoringRule>, settings: ScoringSettings) -> Result<Rescored, AppError> {
        self.require_scoring_editor()?;
        let clean = clean_rules(&rules)?;
        let settings = settings.validate()?;
        self.write(WriteSource::User, "Lead-scoring rules changed", |w| {
            let kept: Vec<&str> = clean.iter().map(|r| r.id.as_str()).filter(|id| !id.is_empty()).collect();
            for stored in scoring::rules(w.conn())? {
                if !kept.contains(&stored.id.as_str()) {
                    scoring::delete_rule(w, &stored.id)?;
                }
            }
            for (index, rule) in clean.iter().enumerate() {
                scoring::save_rule(w, rule, index)?;
            }
            if scoring::settings(w.conn())? != settings {
                scoring::save_settings(w, &settings)?;
            }
            Ok(())
        })?;
        self.rescore(None, Utc::now())
    }

    /// Saves one rule (appended when new); returns the rules.
    pub fn save_scoring_rule(&self, rule: ScoringRule) -> Result<Vec<ScoringRule>, AppError> {
        self.require_scoring_editor()?;
        let clean = rule.validate()?;
        self.write(WriteSource::User, &format!("Scoring rule “{}” saved", clean.label), |w| {
            let current = scoring::rules(w.conn())?;
            let index = current.iter().position(|r| r.id == clean.id).unwrap_or(current.len());
            Ok(scoring::save_rule(w, &clean, index)?)
        })?;
        self.wake_scoring_for_rules();
        Ok(self.lead_scoring()?.rules)
    }

    pub fn delete_scoring_rule(&self, id: &str) -> Result<Vec<ScoringRule>, AppError> {
        self.require_scoring_editor()?;
        self.write(WriteSource::User, "Scoring rule deleted", |w| Ok(scoring::delete_rule(w, id)?))?;
        self.wake_scoring_for_rules();
        Ok(self.lead_scoring()?.rules)
    }

    pub fn reorder_scoring_rules(&self, ids: Vec<String>) -> Result<Vec<ScoringRule>, AppError> {
        self.require_scoring_editor()?;
        self.write(WriteSource::User, "Scoring rules reordered", |w| Ok(scoring::reorder(w, &ids)?))?;
        Ok(self.lead_scoring()?.rules)
    }

    /// How many contacts a draft would move, against the rules in force, without saving.
    pub fn preview_lead_scoring(&self, rules: Vec<ScoringRule>, settings: ScoringSettings) -> Result<ScoringPreview, AppError> {
        let draft = clean_rules(&rules)?;
        let draft_settings = settings.validate()?;
        let now = Utc::now();
        let db = self.db()?;
        let (current, current_settings, today) =
            db.read(|conn| Ok((scoring::rules(conn)?, scoring::settings(conn)?, Calendar::read(conn, now)?.today())))?;
        let horizon = widest(&[Horizon::of(&current, today), Horizon::of(&draft, today)]);
        let scorables = db.read(|conn| scoring::facts(conn, None, &horizon))?;
        let (before, after) = (Scorer::new(&current, &current_settings), Scorer::new(&draft, &draft_settings));
        let mut shifts = Shifts::default();
        let mut examples = Vec::new();
        for s in &scorables {
            let (old, new) = (before.score(&s.facts, today), after.score(&s.facts, today));
            shifts.count(old.qualification, new.qualification);
            if old.qualification != new.qualification && examples.len() < EXAMPLES {
                examples.push(ScoreChange {
                    contact_id: s.facts.contact_id.clone(),
                    name: String::new(),
                    score_before: old.total,
                    score_after: new.total,
                    before: old.qualification,
                    after: new.qualification,
                });
            }
        }
        for example in &mut examples {
            example.name = db
                .read(|conn| contacts::get(conn, &example.contact_id))
                .map(|c| display_name(&c.first_name, &c.last_name))
                .unwrap_or_default();
        }
        Ok(ScoringPreview { shifts, examples, contacts: scorables.len() as u32 })
    }

    /// A contact's score now, with its reasons.
    pub fn contact_score(&self, contact_id: &str) -> Result<LeadScore, AppError> {
        let now = Utc::now();
        let db = self.db()?;
        let (rules, settings, today) =
            db.read(|conn| Ok((scoring::rules(conn)?, scoring::settings(conn)?, Calendar::read(conn, now)?.today())))?;
        let only = [contact_id.to_owned()];
        let scorable = db
            .read(|conn| scoring::facts(conn, Some(&only), &Horizon::of(&rules, today)))?
            .pop()
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "This contact no longer exists."))?;
        Ok(Scorer::new(&rules, &settings).score(&scorable.facts, today))
    }

    /// Leads to qualify, with their BANT answers and scores.
    pub fn leads_to_qualify(&self, query: LeadQuery) -> Result<Vec<LeadToQualify>, AppError> {
        let (me, _) = self.me()?;
        let owner = if query.mine_only { me } else { None };
        Ok(self.db()?.read(|conn| scoring::leads_to_qualify(conn, owner.as_deref(), query.missing_only, LEADS_SHOWN))?)
    }

    /// Saves a contact's BANT answers (the qualification view's form).
    pub fn save_contact_bant(&self, contact_id: &str, bant: Bant) -> Result<LeadToQualify, AppError> {
        let current = self.get_contact(contact_id)?;
        let input = ContactInput { bant, ..ContactInput::from(&current) };
        let clean = self.validate_contact(&input)?;
        self.write(WriteSource::User, &format!("BANT of {}", clean.display_name()), |w| {
            Ok(contacts::save(w, contact_id, &clean, current.company_id.clone(), false)?)
        })?;
        self.rescore(Some(vec![contact_id.to_owned()]), Utc::now())?;
        self.db()?
            .read(|conn| scoring::leads_to_qualify(conn, None, false, u32::MAX))?
            .into_iter()
            .find(|l| l.id == contact_id)
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, "This contact is no longer a lead."))
    }

    /// Rescores every contact now (after a rule change, and daily for recency decay).
    pub fn rescore_all(&self, now: DateTime<Utc>) -> Result<Rescored, AppError> {
        self.rescore(None, now)
    }

    /// Rescores some contacts (all of them when `only` is None), stores the scores, and acts on
    /// upward crossings as the workspace wants.
    pub fn rescore(&self, only: Option<Vec<String>>, now: DateTime<Utc>) -> Result<Rescored, AppError> {
        let db = self.db()?;
        let (rules, settings, calendar) =
            db.read(|conn| Ok((scoring::rules(conn)?, scoring::settings(conn)?, Calendar::read(conn, now)?)))?;
        let today = calendar.today();
        let scorables = db.read(|conn| scoring::facts(conn, only.as_deref(), &Horizon::of(&rules, today)))?;
        let started = db.read(|conn| local_state::get(conn, SCORING_STARTED))?.is_some();
        let scorer = Scorer::new(&rules, &settings);
        let scores: Vec<LeadScore> = scorables.iter().map(|s| scorer.score(&s.facts, today)).collect();
        let mut done = Rescored { scored: scores.len() as u32, ..Rescored::default() };
        let mut crossings: Vec<(&Scorable, &LeadScore, Qualification)> = Vec::new();
        for (s, score) in scorables.iter().zip(&scores) {
            let before = match s.previous {
                Some(q) => q,
                None if started => Qualification::None,
                None => continue,
            };
            done.shifts.count(before, score.qualification);
            if let Some(reached) = crossed(before, score.qualification) {
                crossings.push((s, score, reached));
            }
        }
        let act = settings.create_task || settings.move_lifecycle;
        let computed_at = now.to_rfc3339();
        let (tasks_created, stages_moved) = self.write(WriteSource::Background, "Lead scoring", |w| {
            let rows: Vec<(&str, &LeadScore)> = scorables.iter().map(|s| s.facts.contact_id.as_str()).zip(&scores).collect();
            scoring::write_scores(w.conn(), &rows, only.as_deref(), &computed_at)?;
            local_state::set(w.conn(), SCORING_STARTED, "1")?;
            let (mut created, mut moved) = (0, 0);
            for (s, score, reached) in crossings.iter().filter(|_| act) {
                let (task, stage) = act_on_crossing(w, &s.facts.contact_id, score, *reached, &settings, &calendar)?;
                created += u32::from(task);
                moved += u32::from(stage);
            }
            Ok((created, moved))
        })?;
        done.tasks_created = tasks_created;
        done.stages_moved = stages_moved;
        if only.is_none() {
            *self.inner.scoring.applied.lock().unwrap_or_else(|p| p.into_inner()) = Some((rules, settings));
        }
        Ok(done)
    }

    /// Notes a committed batch for the background scorer and wakes it when a score may move.
    pub(crate) fn note_for_scoring(&self, batch: &ChangeBatch) {
        let rules = batch.tables.iter().any(|t| RULE_TABLES.contains(&t.as_str()));
        let scored = batch.tables.iter().any(|t| SCORED_TABLES.contains(&t.as_str()));
        if !rules && !scored {
            return;
        }
        let mut dirty = self.inner.scoring.dirty.lock().unwrap_or_else(|p| p.into_inner());
        // A batch too large to name its ids names only its tables: rescore everyone.
        if rules {
            dirty.rules = true;
        } else if batch.ids.is_empty() {
            dirty.all = true;
        } else {
            dirty.ids.extend(batch.ids.iter().cloned());
        }
        drop(dirty);
        self.inner.scoring.wake.notify_one();
    }

    fn wake_scoring_for_rules(&self) {
        self.inner.scoring.dirty.lock().unwrap_or_else(|p| p.into_inner()).all = true;
        self.inner.scoring.wake.notify_one();
    }

    /// Rescores what the change feed noted; returns the contacts rescored (None: all of them).
    fn rescore_noted(&self, now: DateTime<Utc>, everyone: bool) -> Result<Option<Vec<String>>, AppError> {
        let dirty = std::mem::take(&mut *self.inner.scoring.dirty.lock().unwrap_or_else(|p| p.into_inner()));
        if everyone || dirty.all || (dirty.rules && !self.rules_applied()?) {
            self.rescore(None, now)?;
            return Ok(None);
        }
        let ids: Vec<String> = dirty.ids.into_iter().collect();
        if ids.is_empty() {
            return Ok(Some(Vec::new()));
        }
        let touched = self.db()?.read(|conn| scoring::contacts_touched_by(conn, &ids))?;
        if !touched.is_empty() {
            self.rescore(Some(touched.clone()), now)?;
        }
        Ok(Some(touched))
    }

    /// Whether the last pass over everyone used the rules and thresholds stored now.
    fn rules_applied(&self) -> Result<bool, AppError> {
        let stored = self.db()?.read(|conn| Ok((scoring::rules(conn)?, scoring::settings(conn)?)))?;
        Ok(self.inner.scoring.applied.lock().unwrap_or_else(|p| p.into_inner()).as_ref() == Some(&stored))
    }

    /// Runs the background scorer for the life of the app: everyone at start and on each new
    /// day (recency decay), the contacts a commit touched after it. `emit` tells the front end
    /// which scores changed (they are not in the change log, so the feed cannot).
    pub async fn run_lead_scoring(self, clock: Arc<dyn Clock>, emit: Arc<dyn Fn(ChangeBatch) + Send + Sync>) {
        let mut scored_day: Option<NaiveDate> = None;
        loop {
            let now = clock.now();
            let app = self.clone();
            let today = self.db().ok().and_then(|db| db.read(|conn| Calendar::read(conn, now)).ok()).map(|c| c.today());
            let everyone = today.is_some() && today != scored_day;
            let pass = tokio::task::spawn_blocking(move || app.rescore_noted(now, everyone)).await;
            match pass {
                Ok(Ok(rescored)) => {
                    if everyone {
                        scored_day = today;
                    }
                    match rescored {
                        None => emit(ChangeBatch { tables: vec!["lead_scores".into()], ids: Vec::new() }),
                        Some(ids) if !ids.is_empty() => emit(ChangeBatch { tables: vec!["lead_scores".into()], ids }),
                        Some(_) => {}
                    }
                }
                Ok(Err(err)) => tracing::warn!(%err, "lead scores could not be computed"),
                Err(err) => tracing::error!(%err, "lead scoring panicked"),
            }
            let until_tomorrow = today
                .and_then(|d| d.succ_opt())
                .and_then(|d| d.and_hms_opt(0, 0, 5))
                .map(|t| (t.and_utc() - now.naive_utc().and_utc()).to_std().unwrap_or(Duration::ZERO))
                .unwrap_or(LONGEST_SLEEP);
            tokio::select! {
                () = self.inner.scoring.wake.notified() => tokio::time::sleep(COALESCE).await,
                () = tokio::time::sleep(until_tomorrow.min(LONGEST_SLEEP)) => {}
            }
        }
    }
}

/// The widest look-back of several rule sets, so one facts load serves them all.
fn widest(horizons: &[Horizon]) -> Horizon {
    let mut out = horizons[0];
    for h in &horizons[1..] {
        out.since = out.since.min(h.since);
        out.activities |= h.activities;
        out.recency |= h.recency;
        out.content |= h.content;
    }
    out
}

/// Creates the follow-up task (once per crossing: its id is derived) and moves the lifecycle
/// stage forward, as `settings` say. Returns (task created, stage moved).
fn act_on_crossing(
    w: &mut Writer,
    contact_id: &str,
    score: &LeadScore,
    reached: Qualification,
    settings: &ScoringSettings,
    calendar: &Calendar,
) -> Result<(bool, bool), AppError> {
    let contact = contacts::get(w.conn(), contact_id)?;
    let mut task_created = false;
    if settings.create_task {
        let id = crossing_task_id(contact_id, reached, calendar.today());
        if !tasks::exists(w.conn(), &id)? {
            let title = follow_up_title(&display_name(&contact.first_name, &contact.last_name), reached, score.total);
            let input = TaskInput {
                owner_id: contact.owner_id.clone(),
                contact_ids: vec![contact.id.clone()],
                company_ids: contact.company_id.clone().into_iter().collect(),
                ..calendar.all_day(&title, TaskKind::Call, calendar.today())
            };
            let clean = input.validate()?;
            let (due_at, reminders) = crate::tasks::placed(&clean, calendar);
            let armed_at = calendar.now.to_rfc3339();
            let placement = Placement { due_at: &due_at, armed_at: &armed_at, reminders: &reminders };
            tasks::create(w, &id, &clean.input, &placement, &Origin::default())?;
            task_created = true;
        }
    }
    let mut moved = false;
    if settings.move_lifecycle {
        if let Some(stage) = lifecycle_after(contact.lifecycle_stage, reached) {
            let input = ContactInput { lifecycle_stage: stage, ..ContactInput::from(&contact) };
            contacts::save(w, contact_id, &input, contact.company_id.clone(), false)?;
            moved = true;
        }
    }
    Ok((task_created, moved))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sellers_read_the_rules_and_the_others_edit_them() {
        assert!(may_edit(Role::Admin) && may_edit(Role::Marketer) && may_edit(Role::SalesManager));
        assert!(!may_edit(Role::Seller));
    }
}
