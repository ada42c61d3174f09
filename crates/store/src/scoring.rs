//! Lead scoring in the store: the rules and thresholds (synced, through the Writer), the facts
//! the engine reads about every contact in a few lean queries, and the scores themselves — a
//! local table (`lead_scores`) each device derives and writes directly, never logged or synced.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension};
use tandem_domain::activity::ActivityKind;
use tandem_domain::company::CompanySize;
use tandem_domain::contact::display_name;
use tandem_domain::lead_score::{
    ConfirmedBant, ContactFacts, Criterion, LeadScore, LeadToQualify, Qualification, Reason, RuleKind, ScoringRule, ScoringSettings, Touch,
};
use tandem_domain::lifecycle::{Bant, BantAnswer, BantStatus, LifecycleStage};

use crate::tables::{SCORING_RULES, SCORING_SETTINGS};
use crate::{StoreError, Writer};

/// The one settings row.
pub const SETTINGS_ID: &str = "lead-scoring";

/// The live rules in the team's order.
pub fn rules(conn: &Connection) -> Result<Vec<ScoringRule>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, criterion, value, points, within_days, cap, label, enabled FROM scoring_rules
         WHERE deleted = 0 ORDER BY position, created_at, id",
    )?;
    let rows = stmt.query_map([], |r| {
        let Some(criterion) = Criterion::parse(&r.get::<_, String>(2)?) else { return Ok(None) };
        Ok(Some(ScoringRule {
            id: r.get(0)?,
            kind: RuleKind::parse(&r.get::<_, String>(1).unwrap_or_default()).unwrap_or(criterion.kind()),
            criterion,
            value: r.get(3).unwrap_or_default(),
            points: r.get(4).unwrap_or_default(),
            within_days: r.get(5).unwrap_or_default(),
            cap: r.get(6).unwrap_or_default(),
            label: r.get(7).unwrap_or_default(),
            enabled: r.get(8).unwrap_or(true),
        }))
    })?;
    // A criterion this version does not know (a newer Tandem wrote it) is left out, not guessed.
    Ok(rows.collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
}

fn position(index: usize) -> Value {
    Value::Text(format!("{index:06}"))
}

/// Writes a validated rule at `index` in the order; returns its id (new when `rule.id` is empty).
pub fn save_rule(w: &mut Writer, rule: &ScoringRule, index: usize) -> Result<String, StoreError> {
    let fields: Vec<(&str, Value)> = vec![
        ("kind", rule.kind.as_str().to_owned().into()),
        ("criterion", rule.criterion.as_str().to_owned().into()),
        ("value", rule.value.clone().into()),
        ("points", Value::Integer(rule.points.into())),
        ("within_days", Value::Integer(rule.within_days.into())),
        ("cap", Value::Integer(rule.cap.into())),
        ("label", rule.label.clone().into()),
        ("position", position(index)),
        ("enabled", Value::Integer(rule.enabled.into())),
    ];
    if rule.id.is_empty() {
        return w.save(&SCORING_RULES, None, &fields);
    }
    // Only what changed is logged, so two people editing different rules both keep their edits.
    let stored = rules(w.conn())?.into_iter().find(|r| r.id == rule.id);
    let Some(stored) = stored else { return Err(StoreError::NotFound { what: SCORING_RULES.kind_label.into() }) };
    let current_position: String = w.conn().query_row("SELECT position FROM scoring_rules WHERE id = ?1", [&rule.id], |r| r.get(0))?;
    let before: Vec<Value> = vec![
        stored.kind.as_str().to_owned().into(),
        stored.criterion.as_str().to_owned().into(),
        stored.value.into(),
        Value::Integer(stored.points.into()),
        Value::Integer(stored.within_days.into()),
        Value::Integer(stored.cap.into()),
        stored.label.into(),
        Value::Text(current_position),
        Value::Integer(stored.enabled.into()),
    ];
    let changed: Vec<(&str, Value)> = fields.into_iter().zip(before).filter(|((_, new), old)| new != old).map(|(f, _)| f).collect();
    if !changed.is_empty() {
        w.set(&SCORING_RULES, &rule.id, &changed)?;
    }
    Ok(rule.id.clone())
}

pub fn delete_rule(w: &mut Writer, id: &str) -> Result<(), StoreError> {
    w.soft_delete(&SCORING_RULES, id)
}

/// Puts the rules in the order of `ids` (others keep their place after them).
pub fn reorder(w: &mut Writer, ids: &[String]) -> Result<(), StoreError> {
    let current = rules(w.conn())?;
    let ordered = ids.iter().filter_map(|id| current.iter().find(|r| &r.id == id)).chain(current.iter().filter(|r| !ids.contains(&r.id)));
    for (index, rule) in ordered.enumerate() {
        let stored: String = w.conn().query_row("SELECT position FROM scoring_rules WHERE id = ?1", [&rule.id], |r| r.get(0))?;
        if Value::Text(stored) != position(index) {
            w.set(&SCORING_RULES, &rule.id, &[("position", position(index))])?;
        }
    }
    Ok(())
}

pub fn settings(conn: &Connection) -> Result<ScoringSettings, StoreError> {
    let stored = conn
        .prepare_cached(
            "SELECT mql_threshold, sql_threshold, move_lifecycle, create_task FROM scoring_settings WHERE id = ?1 AND deleted = 0",
        )?
        .query_row([SETTINGS_ID], |r| {
            Ok(ScoringSettings { mql_threshold: r.get(0)?, sql_threshold: r.get(1)?, move_lifecycle: r.get(2)?, create_task: r.get(3)? })
        })
        .optional()?;
    Ok(stored.unwrap_or_default())
}

pub fn save_settings(w: &mut Writer, settings: &ScoringSettings) -> Result<(), StoreError> {
    w.set(
        &SCORING_SETTINGS,
        SETTINGS_ID,
        &[
            ("mql_threshold", Value::Integer(settings.mql_threshold.into())),
            ("sql_threshold", Value::Integer(settings.sql_threshold.into())),
            ("move_lifecycle", Value::Integer(settings.move_lifecycle.into())),
            ("create_task", Value::Integer(settings.create_task.into())),
        ],
    )
}

/// One contact as scoring reads it: its facts, and what this device stored for it last time.
pub struct Scorable {
    pub facts: ContactFacts,
    pub lifecycle_stage: LifecycleStage,
    /// None when this device has not scored the contact yet.
    pub previous: Option<Qualification>,
}

/// What the facts loader needs from the rules: how far back to look, and what to look at.
#[derive(Debug, Clone, Copy)]
pub struct Horizon {
    /// The earliest day an activity or share can count (the longest window back from today).
    pub since: NaiveDate,
    pub activities: bool,
    pub recency: bool,
    pub content: bool,
}

impl Horizon {
    pub fn of(rules: &[ScoringRule], today: NaiveDate) -> Horizon {
        let enabled = || rules.iter().filter(|r| r.enabled);
        let longest = enabled().map(|r| r.within_days).max().unwrap_or(0);
        Horizon {
            since: today - chrono::Duration::days(i64::from(longest)),
            activities: enabled().any(|r| r.criterion == Criterion::Activity),
            recency: enabled().any(|r| r.criterion == Criterion::NoActivityForDays),
            content: enabled().any(|r| r.criterion == Criterion::ContentShared),
        }
    }
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// Facts of the live contacts (all of them, or those in `only`), in a handful of lean queries:
/// contacts with their company, activities and shares within the horizon, the latest activity.
pub fn facts(conn: &Connection, only: Option<&[String]>, horizon: &Horizon) -> Result<Vec<Scorable>, StoreError> {
    let ids_json = only.map(|ids| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()));
    let restrict = |column: &str| match only {
        Some(_) => format!("AND {column} IN (SELECT value FROM json_each(?1))"),
        None => "AND ?1 IS NULL".to_owned(),
    };
    let mut out: Vec<Scorable> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT c.id, c.title, c.country, c.lead_source, c.bant_budget, c.bant_authority, c.bant_need, c.bant_timeline,
                    c.created_at, c.lifecycle_stage, coalesce(co.industry, ''), coalesce(co.size, ''), coalesce(co.country, ''),
                    s.qualification
             FROM contacts c LEFT JOIN companies co ON co.id = c.company_id AND co.deleted = 0
             LEFT JOIN lead_scores s ON s.contact_id = c.id
             WHERE c.deleted = 0 {}",
            restrict("c.id")
        ))?;
        let mut rows = stmt.query(params![ids_json])?;
        while let Some(r) = rows.next()? {
            let confirmed = |i: usize| -> rusqlite::Result<bool> { Ok(r.get_ref(i)?.as_str().unwrap_or("") == "confirmed") };
            let id: String = r.get(0)?;
            let country: String = r.get(2)?;
            let facts = ContactFacts {
                contact_id: id.clone(),
                title: r.get(1)?,
                industry: r.get(10)?,
                company_size: CompanySize::parse(r.get_ref(11)?.as_str().unwrap_or("")).unwrap_or_default(),
                country: if country.is_empty() { r.get(12)? } else { country },
                lead_source: r.get(3)?,
                bant: ConfirmedBant { budget: confirmed(4)?, authority: confirmed(5)?, need: confirmed(6)?, timeline: confirmed(7)? },
                added_on: day(r.get_ref(8)?.as_str().unwrap_or("")),
                ..ContactFacts::default()
            };
            let previous = r.get::<_, Option<String>>(13)?.map(|q| Qualification::parse(&q).unwrap_or_default());
            let lifecycle_stage = LifecycleStage::parse(r.get_ref(9)?.as_str().unwrap_or("")).unwrap_or_default();
            index.insert(id, out.len());
            out.push(Scorable { facts, lifecycle_stage, previous });
        }
    }
    let since = horizon.since.to_string();
    if horizon.activities {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT contact_id, kind, occurred_at FROM activities
             WHERE deleted = 0 AND contact_id IS NOT NULL AND occurred_at >= ?2 {}",
            restrict("contact_id")
        ))?;
        let mut rows = stmt.query(params![ids_json, since])?;
        while let Some(r) = rows.next()? {
            let Some(&at) = index.get(r.get_ref(0)?.as_str().unwrap_or("")) else { continue };
            let (Some(kind), Some(on)) =
                (ActivityKind::parse(r.get_ref(1)?.as_str().unwrap_or("")), day(r.get_ref(2)?.as_str().unwrap_or("")))
            else {
                continue;
            };
            out[at].facts.activities.push(Touch { kind, on });
        }
    }
    if horizon.recency {
        // Read along the (contact, occurred_at) index: one row per contact.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT contact_id, max(occurred_at) FROM activities WHERE deleted = 0 AND contact_id IS NOT NULL {} GROUP BY contact_id",
            restrict("contact_id")
        ))?;
        let mut rows = stmt.query(params![ids_json])?;
        while let Some(r) = rows.next()? {
            if let Some(&at) = index.get(r.get_ref(0)?.as_str().unwrap_or("")) {
                out[at].facts.last_activity = day(r.get_ref(1)?.as_str().unwrap_or(""));
            }
        }
    }
    if horizon.content {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT contact_id, used_at FROM content_uses WHERE deleted = 0 AND contact_id IS NOT NULL AND used_at >= ?2 {}",
            restrict("contact_id")
        ))?;
        let mut rows = stmt.query(params![ids_json, since])?;
        while let Some(r) = rows.next()? {
            if let (Some(&at), Some(on)) = (index.get(r.get_ref(0)?.as_str().unwrap_or("")), day(r.get_ref(1)?.as_str().unwrap_or(""))) {
                out[at].facts.content_shared.push(on);
            }
        }
    }
    Ok(out)
}

/// Contacts linked to any of `ids` (activities, content uses, companies, or the contacts
/// themselves): whom a committed change may rescore.
pub fn contacts_touched_by(conn: &Connection, ids: &[String]) -> Result<Vec<String>, StoreError> {
    let json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let mut stmt = conn.prepare_cached(
        "WITH touched(id) AS (SELECT value FROM json_each(?1))
         SELECT id FROM contacts WHERE id IN touched
         UNION SELECT contact_id FROM activities WHERE id IN touched AND contact_id IS NOT NULL
         UNION SELECT contact_id FROM content_uses WHERE id IN touched AND contact_id IS NOT NULL AND contact_id <> ''
         UNION SELECT c.id FROM contacts c WHERE c.company_id IN touched AND c.deleted = 0",
    )?;
    let rows = stmt.query_map([json], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Stores computed scores (local, not logged) in the caller's transaction, one prepared
/// statement for the batch; with `only`, scores of those contacts that are gone are dropped,
/// without it every score of a contact no longer live.
pub fn write_scores(
    conn: &Connection,
    scores: &[(&str, &LeadScore)],
    only: Option<&[String]>,
    computed_at: &str,
) -> Result<(), StoreError> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO lead_scores (contact_id, score, fit, engagement, reasons, qualification, computed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (contact_id) DO UPDATE SET score = excluded.score, fit = excluded.fit, engagement = excluded.engagement,
           reasons = excluded.reasons, qualification = excluded.qualification, computed_at = excluded.computed_at",
    )?;
    for (contact_id, score) in scores {
        let reasons = serde_json::to_string(&score.reasons).unwrap_or_else(|_| "[]".into());
        upsert.execute(params![
            contact_id,
            score.total,
            score.fit,
            score.engagement,
            reasons,
            score.qualification.as_str(),
            computed_at
        ])?;
    }
    match only {
        Some(ids) => {
            conn.execute(
                "DELETE FROM lead_scores WHERE contact_id IN (SELECT value FROM json_each(?1))
                   AND contact_id NOT IN (SELECT id FROM contacts WHERE deleted = 0)",
                [serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())],
            )?;
        }
        None => {
            conn.execute("DELETE FROM lead_scores WHERE contact_id NOT IN (SELECT id FROM contacts WHERE deleted = 0)", [])?;
        }
    }
    Ok(())
}

/// The score this device derived for a contact, with its reasons.
pub fn score_of(conn: &Connection, contact_id: &str) -> Result<Option<LeadScore>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT score, fit, engagement, reasons, qualification FROM lead_scores WHERE contact_id = ?1")?
        .query_row([contact_id], |r| {
            let reasons: Vec<Reason> = serde_json::from_str(&r.get::<_, String>(3)?).unwrap_or_default();
            Ok(LeadScore {
                total: r.get(0)?,
                fit: r.get(1)?,
                engagement: r.get(2)?,
                reasons,
                qualification: Qualification::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
            })
        })
        .optional()?)
}

/// How many contacts this device has scored.
pub fn scored_count(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn.query_row("SELECT count(*) FROM lead_scores", [], |r| r.get::<_, i64>(0))? as u64)
}

/// Leads to qualify (lifecycle lead, MQL or SQL), of `owner` when given, best scored first;
/// with `missing_only`, only those lacking a confirmed BANT answer.
pub fn leads_to_qualify(conn: &Connection, owner: Option<&str>, missing_only: bool, limit: u32) -> Result<Vec<LeadToQualify>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.first_name, c.last_name, c.title, coalesce(co.name, ''), c.lifecycle_stage, c.owner_id, coalesce(m.name, ''),
                s.score, coalesce(s.qualification, ''),
                c.bant_budget, c.bant_budget_note, c.bant_authority, c.bant_authority_note, c.bant_need, c.bant_need_note,
                c.bant_timeline, c.bant_timeline_note
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id LEFT JOIN members m ON m.id = c.owner_id
         LEFT JOIN lead_scores s ON s.contact_id = c.id
         WHERE c.deleted = 0 AND c.lifecycle_stage IN ('lead', 'marketing_qualified', 'sales_qualified')
           AND (?1 IS NULL OR c.owner_id = ?1)
           AND (?2 = 0 OR c.bant_budget <> 'confirmed' OR c.bant_authority <> 'confirmed' OR c.bant_need <> 'confirmed'
                OR c.bant_timeline <> 'confirmed')
         ORDER BY s.score IS NULL, s.score DESC, c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE, c.id
         LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![owner, missing_only, limit], |r| {
        let answer = |i: usize| -> rusqlite::Result<BantAnswer> {
            Ok(BantAnswer { status: BantStatus::parse(&r.get::<_, String>(i)?).unwrap_or_default(), note: r.get(i + 1)? })
        };
        Ok(LeadToQualify {
            id: r.get(0)?,
            name: display_name(&r.get::<_, String>(1)?, &r.get::<_, String>(2)?),
            title: r.get(3)?,
            company_name: r.get(4)?,
            lifecycle_stage: LifecycleStage::parse(&r.get::<_, String>(5)?).unwrap_or_default(),
            owner_id: r.get(6)?,
            owner_name: r.get(7)?,
            score: r.get(8)?,
            qualification: Qualification::parse(&r.get::<_, String>(9)?).unwrap_or_default(),
            bant: Bant { budget: answer(10)?, authority: answer(12)?, need: answer(14)?, timeline: answer(16)? },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
