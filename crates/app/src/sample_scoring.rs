//! The sample workspace's lead scoring: a rule set both teams could have agreed on, thresholds,
//! and every sample contact scored once (so the first start shows scores, and nothing "crosses").

use chrono::Utc;
use tandem_domain::lead_score::{Criterion, ScoringRule, ScoringSettings};
use tandem_store::{scoring, WriteSource};

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
        .map(|&(criterion, value, points, within_days, cap, label)| ScoringRule {
            id: String::new(),
            kind: criterion.kind(),
            criterion,
            value: value.into(),
            points,
            within_days,
            cap,
            label: label.into(),
            enabled: true,
        })
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
        Ok(())
    })?;
    app.rescore_all(Utc::now()).map(drop)
}
