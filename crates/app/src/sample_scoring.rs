//! The sample workspace's lead scoring: a rule set both teams could have agreed on, thresholds,
//! and every sample contact scored once (so the first start shows scores, and nothing "crosses").

use chrono::Utc;
use tandem_domain::lead_score::{Criterion, ScoringRule, ScoringSettings};
use tandem_store::{scoring, tables, WriteSource};

use crate::{App, AppError};

/// (criterion, value, points, within days, cap, label)
const RULES: [(Criterion, &str, i32, u32, i32, &str); 8] = [
    (Criterion::TitleContains, "VP, Vice President, Head, Director, Chief", 20, 0, 0, "VP title"),
    (Criterion::BantConfirmed, "budget", 15, 0, 0, "budget confirmed"),
    (Criterion::BantConfirmed, "authority", 10, 0, 0, "authority confirmed"),
    (Criterion::CompanySizeAtLeast, "201-1000", 10, 0, 0, "company 201+ employees"),
    (Criterion::Activity, "meeting", 5, 30, 15, "per meeting in 30 days"),
    (Criterion::Activity, "email", 3, 30, 9, "per email in 30 days"),
    (Criterion::ContentShared, "", 10, 60, 10, "content shared in 60 days"),
    (Criterion::NoActivityForDays, "", -10, 60, 0, "no activity in 60 days"),
];

/// The default rules, as the editor would save them.
pub fn default_rules() -> Vec<ScoringRule> {
    RULES
        .iter()
        .map(|&(criterion, value, points, within_days, cap, label)| ScoringRule::new(criterion, value, points, within_days, cap, label))
        .collect()
}

pub(crate) fn add(app: &App) -> Result<(), AppError> {
    app.write(WriteSource::Sample, "", |w| {
        if !scoring::rules(w.conn())?.is_empty() {
            return Ok(());
        }
        for (index, rule) in default_rules().iter().enumerate() {
            scoring::save_rule(w, &rule.validate()?, index)?;
        }
        scoring::save_settings(w, &ScoringSettings { mql_threshold: 40, sql_threshold: 70, move_lifecycle: false, create_task: true })?;
        Ok(qualify_sample_leads(w)?)
    })?;
    app.rescore_all(Utc::now()).map(drop)
}

/// BANT answers a seller would have gathered by each stage: further down the funnel, more is
/// confirmed; some leads have gaps, so the Qualify view has work to show.
fn qualify_sample_leads(w: &mut tandem_store::Writer) -> Result<(), tandem_store::StoreError> {
    let people: Vec<(String, String)> = {
        let mut stmt = w.conn().prepare("SELECT id, lifecycle_stage FROM contacts WHERE deleted = 0 ORDER BY email")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    for (index, (id, stage)) in people.iter().enumerate() {
        // (budget, authority, need, timeline) by stage; every third lead is a step behind.
        let behind = index % 3 == 0;
        let answers: [&str; 4] = match (stage.as_str(), behind) {
            ("marketing_qualified", false) => ["partial", "missing", "confirmed", "missing"],
            ("marketing_qualified", true) => ["missing", "missing", "partial", "missing"],
            ("sales_qualified", false) => ["confirmed", "partial", "confirmed", "partial"],
            ("sales_qualified", true) => ["partial", "missing", "confirmed", "missing"],
            ("opportunity" | "customer" | "evangelist", _) => ["confirmed", "confirmed", "confirmed", "confirmed"],
            _ => continue,
        };
        let notes = ["Budget approved for next quarter", "Signs off with the CFO", "Replacing spreadsheets", "Decision before year end"];
        let mut fields: Vec<(&str, rusqlite::types::Value)> = Vec::new();
        for (((status_column, note_column), note), answer) in BANT_COLUMNS.into_iter().zip(notes).zip(answers) {
            fields.push((status_column, answer.to_owned().into()));
            if answer != "missing" {
                fields.push((note_column, note.to_owned().into()));
            }
        }
        w.write_fields(&tables::CONTACTS, id, &fields)?;
    }
    Ok(())
}

/// Each BANT answer's status and note columns, in the order of the answers above.
const BANT_COLUMNS: [(&str, &str); 4] = [
    ("bant_budget", "bant_budget_note"),
    ("bant_authority", "bant_authority_note"),
    ("bant_need", "bant_need_note"),
    ("bant_timeline", "bant_timeline_note"),
];
