//! Lead scoring both teams agree on: rules are data, a contact's facts go in, and the score comes
//! out with its reasons ("+20 VP title, −10 no activity in 60 days") and whether it is marketing-
//! or sales-qualified. Pure: `today` is an argument; the facts are loaded by the store.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activity::ActivityKind;
use crate::company::CompanySize;
use crate::lifecycle::LifecycleStage;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// Fit is who the contact is; engagement is what they did lately.
    pub enum RuleKind {
        Fit => "fit",
        Engagement => "engagement",
    }
}

crate::text_enum! {
    /// What a rule tests; `ScoringRule::value` is its argument.
    pub enum Criterion {
        /// Any of comma-separated words or phrases, whole words, any case ("VP, Head, Director").
        TitleContains => "title_contains",
        /// The company's industry is one of the comma-separated values.
        IndustryIs => "industry_is",
        /// The company has at least this head-count band (`CompanySize`, e.g. "201-1000").
        CompanySizeAtLeast => "company_size_at_least",
        /// The contact's (or else the company's) country is one of the values.
        CountryIs => "country_is",
        /// The lead source is one of the values.
        LeadSourceIs => "lead_source_is",
        /// A BANT answer is confirmed: budget, authority, need or timeline.
        BantConfirmed => "bant_confirmed",
        /// Points per activity (any, call, email, meeting, note) within `within_days`, up to `cap`.
        Activity => "activity",
        /// Points per library item shared with the contact within `within_days`, up to `cap`.
        ContentShared => "content_shared",
        /// Recency decay: (negative) points when the last activity is older than `within_days`.
        NoActivityForDays => "no_activity_for_days",
    }
}

impl Criterion {
    pub fn kind(self) -> RuleKind {
        match self {
            Criterion::Activity | Criterion::ContentShared | Criterion::NoActivityForDays => RuleKind::Engagement,
            _ => RuleKind::Fit,
        }
    }

    /// Whether the rule counts within a number of days.
    pub fn has_window(self) -> bool {
        self.kind() == RuleKind::Engagement
    }

    /// Whether the rule counts repeatedly and so stops at a cap.
    pub fn has_cap(self) -> bool {
        matches!(self, Criterion::Activity | Criterion::ContentShared)
    }
}

crate::text_enum! {
    /// How far a score qualifies a contact.
    #[derive(Default, PartialOrd, Ord)]
    pub enum Qualification {
        #[default]
        None => "",
        Mql => "mql",
        Sql => "sql",
    }
}

impl Qualification {
    /// What the stage is called where people read it.
    pub fn describe(self) -> &'static str {
        match self {
            Qualification::None => "not qualified",
            Qualification::Mql => "marketing-qualified",
            Qualification::Sql => "sales-qualified",
        }
    }
}

/// One rule as the team set it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScoringRule {
    /// Empty for a rule not saved yet.
    pub id: String,
    pub kind: RuleKind,
    pub criterion: Criterion,
    pub value: String,
    pub points: i32,
    /// Engagement rules: count what happened within this many days (0 for fit rules).
    pub within_days: u32,
    /// Activity and content rules: stop at this many points (0: no cap).
    pub cap: i32,
    /// What a reason says after the points ("VP title"); made from the rule when left empty.
    pub label: String,
    pub enabled: bool,
}

impl ScoringRule {
    /// A new, enabled rule of the kind its criterion belongs to (not saved yet: no id).
    pub fn new(criterion: Criterion, value: &str, points: i32, within_days: u32, cap: i32, label: &str) -> ScoringRule {
        ScoringRule {
            id: String::new(),
            kind: criterion.kind(),
            criterion,
            value: value.into(),
            points,
            within_days,
            cap,
            label: label.into(),
            enabled: true,
        }
    }
}

/// The thresholds that define marketing- and sales-qualified, and what crossing one does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScoringSettings {
    pub mql_threshold: i32,
    pub sql_threshold: i32,
    /// Move the lifecycle stage forward to marketing/sales-qualified on crossing.
    pub move_lifecycle: bool,
    /// Create a follow-up task for the contact's owner on crossing.
    pub create_task: bool,
}

impl Default for ScoringSettings {
    fn default() -> Self {
        ScoringSettings { mql_threshold: 40, sql_threshold: 70, move_lifecycle: false, create_task: true }
    }
}

const MAX_POINTS: i32 = 100;
const MAX_DAYS: u32 = 365;
const MAX_THRESHOLD: i32 = 1000;
const BANT_ANSWERS: [&str; 4] = ["budget", "authority", "need", "timeline"];
const ACTIVITY_VALUES: [&str; 5] = ["any", "call", "email", "meeting", "note"];

impl ScoringSettings {
    pub fn validate(&self) -> Result<ScoringSettings, Invalid> {
        let mut c = Checker::default();
        if !(1..=MAX_THRESHOLD).contains(&self.mql_threshold) {
            c.fail("mql_threshold", format!("The marketing-qualified threshold must be between 1 and {MAX_THRESHOLD} points."));
        }
        if self.sql_threshold > MAX_THRESHOLD {
            c.fail("sql_threshold", format!("The sales-qualified threshold must be at most {MAX_THRESHOLD} points."));
        } else if self.sql_threshold <= self.mql_threshold {
            c.fail(
                "sql_threshold",
                format!("The sales-qualified threshold must be above the marketing-qualified one ({}).", self.mql_threshold),
            );
        }
        c.finish(self.clone())
    }

    pub fn qualification(&self, total: i32) -> Qualification {
        if total >= self.sql_threshold {
            Qualification::Sql
        } else if total >= self.mql_threshold {
            Qualification::Mql
        } else {
            Qualification::None
        }
    }
}

/// The comma-separated values of a rule, trimmed, without empties.
fn values(text: &str) -> impl Iterator<Item = &str> {
    text.split(',').map(str::trim).filter(|v| !v.is_empty())
}

impl ScoringRule {
    /// Returns the rule trimmed and checked (kind follows the criterion; fit rules have no window
    /// or cap; an empty label is made from the rule), or what is wrong with it.
    pub fn validate(&self) -> Result<ScoringRule, Invalid> {
        let mut c = Checker::default();
        let criterion = self.criterion;
        let value = c.text("value", "Value", &self.value, 500, false);
        let label = c.text("label", "Label", &self.label, 80, false);
        if self.kind != criterion.kind() {
            let (is, under) = match criterion.kind() {
                RuleKind::Fit => ("a fit", "Fit"),
                RuleKind::Engagement => ("an engagement", "Engagement"),
            };
            c.fail("kind", format!("“{}” is {is} criterion; add it under {under}.", criterion_name(criterion)));
        }
        match criterion {
            Criterion::TitleContains if values(&value).next().is_none() => {
                c.fail("value", "Enter at least one title word, e.g. “VP, Head, Director”.")
            }
            Criterion::IndustryIs if values(&value).next().is_none() => c.fail("value", "Enter the industry to match, e.g. “Software”."),
            Criterion::CountryIs if values(&value).next().is_none() => c.fail("value", "Enter the country to match, e.g. “Spain”."),
            Criterion::LeadSourceIs if values(&value).next().is_none() => {
                c.fail("value", "Enter the lead source to match, e.g. “Webinar”.")
            }
            Criterion::CompanySizeAtLeast if !CompanySize::parse(&value).is_some_and(|s| s != CompanySize::Unknown) => {
                let bands: Vec<&str> = CompanySize::ALL.iter().skip(1).map(|s| s.as_str()).collect();
                c.fail("value", format!("Choose a company size band: {}.", bands.join(", ")));
            }
            Criterion::BantConfirmed if !BANT_ANSWERS.contains(&value.as_str()) => {
                c.fail("value", "Choose which BANT answer: budget, authority, need or timeline.")
            }
            Criterion::Activity if !ACTIVITY_VALUES.contains(&value.as_str()) => {
                c.fail("value", "Choose which activities count: any, call, email, meeting or note.")
            }
            _ => {}
        }
        if self.points == 0 || self.points.abs() > MAX_POINTS {
            c.fail("points", format!("Points must be between −{MAX_POINTS} and {MAX_POINTS}, and not 0."));
        } else if criterion == Criterion::NoActivityForDays && self.points > 0 {
            c.fail("points", "Recency decay takes points away: enter a negative number, e.g. −10.");
        }
        if criterion.has_window() && !(1..=MAX_DAYS).contains(&self.within_days) {
            c.fail("within_days", format!("Choose a window between 1 and {MAX_DAYS} days."));
        }
        if criterion.has_cap() && self.cap != 0 && (self.cap.signum() != self.points.signum() || self.cap.abs() < self.points.abs()) {
            c.fail("cap", format!("The cap must be at least the points of one ({}), or 0 for no cap.", self.points));
        }
        let mut clean = ScoringRule {
            id: self.id.trim().to_owned(),
            kind: criterion.kind(),
            criterion,
            value: if matches!(criterion, Criterion::ContentShared | Criterion::NoActivityForDays) { String::new() } else { value },
            points: self.points,
            within_days: if criterion.has_window() { self.within_days } else { 0 },
            cap: if criterion.has_cap() { self.cap } else { 0 },
            label,
            enabled: self.enabled,
        };
        if clean.label.is_empty() {
            clean.label = clean.default_label();
        }
        c.finish(clean)
    }

    /// What a reason says when the team gave the rule no label.
    pub fn default_label(&self) -> String {
        let days = self.within_days;
        match self.criterion {
            Criterion::TitleContains => format!("{} title", values(&self.value).collect::<Vec<_>>().join("/")),
            Criterion::IndustryIs => format!("{} industry", values(&self.value).collect::<Vec<_>>().join("/")),
            Criterion::CompanySizeAtLeast => format!("company {}+ employees", self.value.split('-').next().unwrap_or("")),
            Criterion::CountryIs => format!("in {}", values(&self.value).collect::<Vec<_>>().join("/")),
            Criterion::LeadSourceIs => format!("source {}", values(&self.value).collect::<Vec<_>>().join("/")),
            Criterion::BantConfirmed => format!("{} confirmed", self.value),
            Criterion::Activity if self.value == "any" => format!("per activity in {days} days"),
            Criterion::Activity => format!("per {} in {days} days", self.value),
            Criterion::ContentShared => format!("content shared in {days} days"),
            Criterion::NoActivityForDays => format!("no activity in {days} days"),
        }
    }
}

fn criterion_name(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::TitleContains => "Title contains",
        Criterion::IndustryIs => "Industry is",
        Criterion::CompanySizeAtLeast => "Company size at least",
        Criterion::CountryIs => "Country is",
        Criterion::LeadSourceIs => "Lead source is",
        Criterion::BantConfirmed => "BANT answer confirmed",
        Criterion::Activity => "Activities",
        Criterion::ContentShared => "Content shared",
        Criterion::NoActivityForDays => "No activity for",
    }
}

/// Which BANT answers are confirmed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConfirmedBant {
    pub budget: bool,
    pub authority: bool,
    pub need: bool,
    pub timeline: bool,
}

/// One activity with a contact: what kind and on which day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Touch {
    pub kind: ActivityKind,
    pub on: NaiveDate,
}

/// What scoring knows about one contact.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactFacts {
    pub contact_id: String,
    pub title: String,
    pub industry: String,
    pub company_size: CompanySize,
    /// The contact's country, or else the company's.
    pub country: String,
    pub lead_source: String,
    pub bant: ConfirmedBant,
    /// Activities recent enough for some rule's window (older ones may be left out).
    pub activities: Vec<Touch>,
    /// The day of the latest activity, however old.
    pub last_activity: Option<NaiveDate>,
    /// The day the contact was added: recency counts from it when nothing was logged.
    pub added_on: Option<NaiveDate>,
    /// The days library items were shared with the contact.
    pub content_shared: Vec<NaiveDate>,
}

/// Why a score is what it is: one rule's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reason {
    pub rule_id: String,
    pub label: String,
    pub points: i32,
}

impl Reason {
    /// "+20 VP title", "−10 no activity in 60 days".
    pub fn text(&self) -> String {
        format!("{} {}", signed(self.points), self.label)
    }
}

/// Points with their sign: "+20", "−10" (a real minus sign).
pub fn signed(points: i32) -> String {
    if points < 0 {
        format!("−{}", points.unsigned_abs())
    } else {
        format!("+{points}")
    }
}

/// A contact's score, explained.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LeadScore {
    pub total: i32,
    pub fit: i32,
    pub engagement: i32,
    pub reasons: Vec<Reason>,
    pub qualification: Qualification,
}

/// A rule made ready to test many contacts: words split and lower-cased once.
struct Prepared<'r> {
    rule: &'r ScoringRule,
    /// Title phrases as word lists, or lower-cased values to compare whole.
    phrases: Vec<Vec<String>>,
    size: usize,
    activity: Option<ActivityKind>,
}

/// The enabled rules and thresholds, ready to score many contacts.
pub struct Scorer<'r> {
    rules: Vec<Prepared<'r>>,
    settings: &'r ScoringSettings,
}

/// Lower-cased words; dots are dropped first so "V.P." reads as "vp".
fn words(text: &str) -> Vec<String> {
    text.replace('.', "").split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn size_rank(size: CompanySize) -> usize {
    CompanySize::ALL.iter().position(|s| *s == size).unwrap_or(0)
}

impl<'r> Scorer<'r> {
    pub fn new(rules: &'r [ScoringRule], settings: &'r ScoringSettings) -> Scorer<'r> {
        let rules = rules
            .iter()
            .filter(|r| r.enabled)
            .map(|rule| {
                let phrases = match rule.criterion {
                    Criterion::TitleContains => values(&rule.value).map(words).filter(|p| !p.is_empty()).collect(),
                    _ => values(&rule.value).map(|v| vec![v.to_lowercase()]).collect(),
                };
                let size = CompanySize::parse(rule.value.trim()).map_or(usize::MAX, size_rank);
                let activity = ActivityKind::parse(rule.value.trim());
                Prepared { rule, phrases, size, activity }
            })
            .collect();
        Scorer { rules, settings }
    }

    /// Scores one contact on `today`.
    pub fn score(&self, facts: &ContactFacts, today: NaiveDate) -> LeadScore {
        let mut out = LeadScore::default();
        let mut title_words: Option<Vec<String>> = None;
        for prepared in &self.rules {
            let rule = prepared.rule;
            let age = |day: &NaiveDate| (today - *day).num_days();
            let within = |day: &NaiveDate| (0..=i64::from(rule.within_days)).contains(&age(day));
            let is_one_of = |text: &str| {
                let text = text.trim();
                !text.is_empty() && prepared.phrases.iter().any(|p| p[0] == text.to_lowercase())
            };
            let points = match rule.criterion {
                Criterion::TitleContains => {
                    let title = title_words.get_or_insert_with(|| words(&facts.title));
                    let found = prepared.phrases.iter().any(|p| title.windows(p.len()).any(|w| w == p.as_slice()));
                    if found {
                        rule.points
                    } else {
                        0
                    }
                }
                Criterion::IndustryIs => hit(is_one_of(&facts.industry), rule.points),
                Criterion::CountryIs => hit(is_one_of(&facts.country), rule.points),
                Criterion::LeadSourceIs => hit(is_one_of(&facts.lead_source), rule.points),
                Criterion::CompanySizeAtLeast => {
                    hit(facts.company_size != CompanySize::Unknown && size_rank(facts.company_size) >= prepared.size, rule.points)
                }
                Criterion::BantConfirmed => {
                    let b = facts.bant;
                    let confirmed = match rule.value.as_str() {
                        "budget" => b.budget,
                        "authority" => b.authority,
                        "need" => b.need,
                        "timeline" => b.timeline,
                        _ => false,
                    };
                    hit(confirmed, rule.points)
                }
                Criterion::Activity => {
                    let count = facts.activities.iter().filter(|t| prepared.activity.is_none_or(|k| k == t.kind) && within(&t.on)).count();
                    capped(count, rule.points, rule.cap)
                }
                Criterion::ContentShared => capped(facts.content_shared.iter().filter(|d| within(d)).count(), rule.points, rule.cap),
                Criterion::NoActivityForDays => {
                    let last = facts.last_activity.or(facts.added_on);
                    hit(last.is_none_or(|day| age(&day) > i64::from(rule.within_days)), rule.points)
                }
            };
            if points == 0 {
                continue;
            }
            match rule.kind {
                RuleKind::Fit => out.fit += points,
                RuleKind::Engagement => out.engagement += points,
            }
            out.reasons.push(Reason { rule_id: rule.id.clone(), label: rule.label.clone(), points });
        }
        out.total = out.fit + out.engagement;
        out.qualification = self.settings.qualification(out.total);
        out
    }
}

fn hit(yes: bool, points: i32) -> i32 {
    if yes {
        points
    } else {
        0
    }
}

/// `count` times `points`, stopped at `cap` (0: no cap).
fn capped(count: usize, points: i32, cap: i32) -> i32 {
    let sum = points.saturating_mul(i32::try_from(count).unwrap_or(i32::MAX));
    match cap {
        0 => sum,
        c if c > 0 => sum.min(c),
        c => sum.max(c),
    }
}

/// Scores one contact with `rules` on `today`.
pub fn score(rules: &[ScoringRule], settings: &ScoringSettings, facts: &ContactFacts, today: NaiveDate) -> LeadScore {
    Scorer::new(rules, settings).score(facts, today)
}

/// The level newly reached going from `before` (None: never scored on this device) to `now`,
/// if the contact moved up.
pub fn crossed(before: Qualification, now: Qualification) -> Option<Qualification> {
    (now > before).then_some(now)
}

/// Where a contact's lifecycle moves on reaching `reached`: only forward, and never past an
/// opportunity or customer (or a stage outside the funnel).
pub fn lifecycle_after(stage: LifecycleStage, reached: Qualification) -> Option<LifecycleStage> {
    use LifecycleStage as S;
    let target = match reached {
        Qualification::None => return None,
        Qualification::Mql => S::MarketingQualified,
        Qualification::Sql => S::SalesQualified,
    };
    let order = [S::Subscriber, S::Lead, S::MarketingQualified, S::SalesQualified];
    let (Some(at), Some(to)) = (order.iter().position(|s| *s == stage), order.iter().position(|s| *s == target)) else {
        return None;
    };
    (to > at).then_some(target)
}

/// The follow-up task's title: "Follow up: Ana Silva became sales-qualified (score 74)".
pub fn follow_up_title(name: &str, reached: Qualification, total: i32) -> String {
    format!("Follow up: {name} became {} (score {total})", reached.describe())
}

/// The id of the follow-up for one crossing: every device that sees the contact cross on the
/// same day derives the same task, so sync merges them instead of doubling them.
pub fn crossing_task_id(contact_id: &str, reached: Qualification, day: NaiveDate) -> String {
    let name = format!("lead-score/{contact_id}/{}/{day}", reached.as_str());
    uuid::Uuid::new_v5(&crate::DERIVED_NAMESPACE, name.as_bytes()).to_string()
}

/// How contacts would move if the rules changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Shifts {
    /// Up from not qualified to marketing-qualified.
    pub to_mql: u32,
    /// Up to sales-qualified.
    pub to_sql: u32,
    /// Down a level or out of qualification.
    pub dropped: u32,
}

impl Shifts {
    pub fn count(&mut self, before: Qualification, after: Qualification) {
        if after > before {
            match after {
                Qualification::Sql => self.to_sql += 1,
                _ => self.to_mql += 1,
            }
        } else if after < before {
            self.dropped += 1;
        }
    }
}

/// A lead in the BANT qualification view: who, how far scored, and the four answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LeadToQualify {
    pub id: String,
    pub name: String,
    pub title: String,
    pub company_name: String,
    pub lifecycle_stage: LifecycleStage,
    pub owner_id: Option<String>,
    pub owner_name: String,
    /// None until this device has scored the contact.
    pub score: Option<i32>,
    pub qualification: Qualification,
    pub bant: crate::lifecycle::Bant,
}

#[cfg(test)]
mod tests;
