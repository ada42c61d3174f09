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
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn rule(criterion: Criterion, value: &str, points: i32, within_days: u32, cap: i32, label: &str) -> ScoringRule {
        ScoringRule { id: format!("{}-{value}", criterion.as_str()), ..ScoringRule::new(criterion, value, points, within_days, cap, label) }
    }

    /// The sample's rule set.
    fn rules() -> Vec<ScoringRule> {
        vec![
            rule(Criterion::TitleContains, "VP, Head, Director", 20, 0, 0, "VP title"),
            rule(Criterion::BantConfirmed, "budget", 15, 0, 0, "budget confirmed"),
            rule(Criterion::BantConfirmed, "authority", 10, 0, 0, "authority confirmed"),
            rule(Criterion::CompanySizeAtLeast, "201-1000", 10, 0, 0, "company 201+ employees"),
            rule(Criterion::Activity, "meeting", 5, 30, 15, "per meeting in 30 days"),
            rule(Criterion::Activity, "email", 3, 30, 9, "per email in 30 days"),
            rule(Criterion::ContentShared, "", 10, 60, 10, "content shared in 60 days"),
            rule(Criterion::NoActivityForDays, "", -10, 60, 0, "no activity in 60 days"),
        ]
    }

    const TODAY: &str = "2027-03-31";

    fn touches(kind: ActivityKind, days: &[&str]) -> Vec<Touch> {
        days.iter().map(|d| Touch { kind, on: day(d) }).collect()
    }

    #[test]
    fn scores_read_like_their_reasons() {
        let settings = ScoringSettings::default();
        let vp = ContactFacts {
            title: "VP Sales".into(),
            company_size: CompanySize::Enterprise,
            bant: ConfirmedBant { budget: true, ..Default::default() },
            activities: [
                touches(ActivityKind::Meeting, &["2027-03-30", "2027-03-20", "2027-03-10", "2027-03-05"]),
                touches(ActivityKind::Email, &["2027-03-29", "2027-02-01"]),
            ]
            .concat(),
            last_activity: Some(day("2027-03-30")),
            ..Default::default()
        };
        let cases: Vec<(&str, ContactFacts, Vec<&str>, i32, Qualification)> = vec![
            (
                "VP at a large company with budget, busy lately",
                vp.clone(),
                vec![
                    "+20 VP title",
                    "+15 budget confirmed",
                    "+10 company 201+ employees",
                    "+15 per meeting in 30 days",
                    "+3 per email in 30 days",
                ],
                63,
                Qualification::Mql,
            ),
            (
                "MVP is not VP; quiet for 61 days",
                ContactFacts { title: "MVP of the year".into(), last_activity: Some(day("2027-01-29")), ..Default::default() },
                vec!["−10 no activity in 60 days"],
                -10,
                Qualification::None,
            ),
            (
                "exactly 60 days quiet is not decayed yet",
                ContactFacts { title: "Head of IT".into(), last_activity: Some(day("2027-01-30")), ..Default::default() },
                vec!["+20 VP title"],
                20,
                Qualification::None,
            ),
            (
                "never touched: recency counts from the day the contact was added",
                ContactFacts { added_on: Some(day("2027-03-01")), ..Default::default() },
                vec![],
                0,
                Qualification::None,
            ),
            (
                "content shared twice counts once (cap 10); a small company scores no size points",
                ContactFacts {
                    title: "director, marketing".into(),
                    company_size: CompanySize::Medium,
                    bant: ConfirmedBant { budget: true, authority: true, need: true, timeline: true },
                    content_shared: vec![day("2027-03-01"), day("2027-03-02")],
                    activities: touches(ActivityKind::Meeting, &["2027-03-30", "2027-03-29", "2027-03-28"]),
                    last_activity: Some(day("2027-03-30")),
                    ..Default::default()
                },
                vec![
                    "+20 VP title",
                    "+15 budget confirmed",
                    "+10 authority confirmed",
                    "+15 per meeting in 30 days",
                    "+10 content shared in 60 days",
                ],
                70,
                Qualification::Sql,
            ),
        ];
        for (name, facts, reasons, total, qualification) in cases {
            let got = score(&rules(), &settings, &facts, day(TODAY));
            assert_eq!(got.reasons.iter().map(Reason::text).collect::<Vec<_>>(), reasons, "{name}");
            assert_eq!((got.total, got.qualification), (total, qualification), "{name}");
            assert_eq!(got.fit + got.engagement, got.total, "{name}");
        }
    }

    #[test]
    fn fit_criteria_match_whole_values_in_any_case() {
        let facts = ContactFacts {
            title: "Senior V.P. of Sales".into(),
            industry: "Software".into(),
            country: "Spain".into(),
            lead_source: "Webinar".into(),
            ..Default::default()
        };
        let cases = [
            (rule(Criterion::TitleContains, "vp", 5, 0, 0, "x"), 5),
            (rule(Criterion::TitleContains, "of sales", 5, 0, 0, "x"), 5),
            (rule(Criterion::TitleContains, "sale", 5, 0, 0, "x"), 0),
            (rule(Criterion::IndustryIs, "retail, software", 5, 0, 0, "x"), 5),
            (rule(Criterion::IndustryIs, "soft", 5, 0, 0, "x"), 0),
            (rule(Criterion::CountryIs, "spain", 5, 0, 0, "x"), 5),
            (rule(Criterion::LeadSourceIs, "Referral", 5, 0, 0, "x"), 0),
            (rule(Criterion::CompanySizeAtLeast, "1-10", 5, 0, 0, "x"), 0),
        ];
        for (rule, points) in cases {
            let got = score(std::slice::from_ref(&rule), &ScoringSettings::default(), &facts, day(TODAY));
            assert_eq!(got.total, points, "{} {}", rule.criterion.as_str(), rule.value);
        }
    }

    #[test]
    fn disabled_rules_do_not_count() {
        let mut rules = rules();
        rules[0].enabled = false;
        let facts = ContactFacts { title: "VP".into(), added_on: Some(day(TODAY)), ..Default::default() };
        assert_eq!(score(&rules, &ScoringSettings::default(), &facts, day(TODAY)).total, 0);
    }

    #[test]
    fn rules_are_checked_with_messages_that_say_what_to_do() {
        let cases: Vec<(ScoringRule, &str, &str)> = vec![
            (rule(Criterion::TitleContains, " , ", 20, 0, 0, ""), "value", "Enter at least one title word"),
            (rule(Criterion::CompanySizeAtLeast, "big", 10, 0, 0, ""), "value", "Choose a company size band: 1-10, 11-50"),
            (rule(Criterion::BantConfirmed, "money", 10, 0, 0, ""), "value", "budget, authority, need or timeline"),
            (rule(Criterion::Activity, "fax", 5, 30, 15, ""), "value", "any, call, email, meeting or note"),
            (rule(Criterion::Activity, "meeting", 0, 30, 15, ""), "points", "between −100 and 100, and not 0"),
            (rule(Criterion::Activity, "meeting", 5, 0, 15, ""), "within_days", "between 1 and 365 days"),
            (rule(Criterion::Activity, "meeting", 5, 30, 3, ""), "cap", "at least the points of one (5)"),
            (rule(Criterion::NoActivityForDays, "", 10, 60, 0, ""), "points", "enter a negative number"),
            (ScoringRule { kind: RuleKind::Fit, ..rule(Criterion::Activity, "any", 5, 30, 0, "") }, "kind", "add it under Engagement"),
        ];
        for (rule, field, message) in cases {
            let err = rule.validate().unwrap_err();
            assert_eq!(err.0[0].field, field, "{rule:?}");
            assert!(err.0[0].message.contains(message), "{}", err.0[0].message);
        }
        let clean = rule(Criterion::BantConfirmed, "budget", 15, 30, 40, "  ").validate().unwrap();
        assert_eq!((clean.label.as_str(), clean.within_days, clean.cap), ("budget confirmed", 0, 0));
        let bad = ScoringSettings { mql_threshold: 50, sql_threshold: 50, ..Default::default() };
        assert!(bad.validate().unwrap_err().0[0].message.contains("above the marketing-qualified one (50)"));
    }

    #[test]
    fn crossing_only_moves_forward_and_not_past_opportunity() {
        use LifecycleStage as S;
        assert_eq!(crossed(Qualification::None, Qualification::Sql), Some(Qualification::Sql));
        assert_eq!(crossed(Qualification::Sql, Qualification::Mql), None);
        assert_eq!(lifecycle_after(S::Lead, Qualification::Mql), Some(S::MarketingQualified));
        assert_eq!(lifecycle_after(S::MarketingQualified, Qualification::Sql), Some(S::SalesQualified));
        assert_eq!(lifecycle_after(S::SalesQualified, Qualification::Mql), None);
        assert_eq!(lifecycle_after(S::Opportunity, Qualification::Sql), None);
        assert_eq!(lifecycle_after(S::Customer, Qualification::Sql), None);
        assert_eq!(follow_up_title("Ana Silva", Qualification::Sql, 74), "Follow up: Ana Silva became sales-qualified (score 74)");
        let id = crossing_task_id("c1", Qualification::Sql, day(TODAY));
        assert_eq!(id, crossing_task_id("c1", Qualification::Sql, day(TODAY)));
        assert_ne!(id, crossing_task_id("c1", Qualification::Mql, day(TODAY)));
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        fn any_rule() -> impl Strategy<Value = ScoringRule> {
            let criterion = prop::sample::select(Criterion::ALL.to_vec());
            (criterion, -30i32..=30, 1u32..90, 0i32..60, any::<bool>()).prop_map(|(criterion, points, within_days, cap, enabled)| {
                let value = match criterion {
                    Criterion::TitleContains => "vp, head",
                    Criterion::CompanySizeAtLeast => "51-200",
                    Criterion::BantConfirmed => "budget",
                    Criterion::Activity => "any",
                    Criterion::IndustryIs => "software",
                    _ => "",
                };
                let points = if points == 0 { 1 } else { points };
                let cap = if cap == 0 { 0 } else { points.signum() * (cap + points.abs()) };
                ScoringRule {
                    id: String::new(),
                    kind: criterion.kind(),
                    criterion,
                    value: value.into(),
                    points,
                    within_days,
                    cap,
                    label: "r".into(),
                    enabled,
                }
            })
        }

        fn any_facts() -> impl Strategy<Value = ContactFacts> {
            (
                prop::sample::select(vec!["VP", "Head of IT", "Engineer", ""]),
                prop::sample::select(CompanySize::ALL.to_vec()),
                prop::collection::vec((prop::sample::select(ActivityKind::ALL.to_vec()), 0i64..120), 0..12),
                prop::collection::vec(0i64..120, 0..6),
                any::<bool>(),
            )
                .prop_map(|(title, size, acts, shares, budget)| {
                    let today = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap();
                    let activities: Vec<Touch> =
                        acts.iter().map(|(kind, ago)| Touch { kind: *kind, on: today - chrono::Duration::days(*ago) }).collect();
                    ContactFacts {
                        title: title.into(),
                        industry: "Software".into(),
                        company_size: size,
                        bant: ConfirmedBant { budget, ..Default::default() },
                        last_activity: activities.iter().map(|t| t.on).max(),
                        activities,
                        content_shared: shares.iter().map(|ago| today - chrono::Duration::days(*ago)).collect(),
                        ..Default::default()
                    }
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn the_total_is_the_sum_of_the_reasons_and_caps_hold(rules in prop::collection::vec(any_rule(), 0..10), facts in any_facts()) {
                let rules: Vec<ScoringRule> = rules.into_iter().enumerate().map(|(i, r)| ScoringRule { id: i.to_string(), ..r }).collect();
                let settings = ScoringSettings::default();
                let got = score(&rules, &settings, &facts, NaiveDate::from_ymd_opt(2027, 3, 31).unwrap());
                prop_assert_eq!(got.total, got.reasons.iter().map(|r| r.points).sum::<i32>());
                prop_assert_eq!(got.total, got.fit + got.engagement);
                prop_assert_eq!(got.qualification, settings.qualification(got.total));
                for reason in &got.reasons {
                    let rule = &rules[reason.rule_id.parse::<usize>().unwrap()];
                    prop_assert!(rule.enabled && reason.points != 0);
                    prop_assert_eq!(reason.points.signum(), rule.points.signum());
                    if rule.cap != 0 {
                        prop_assert!(reason.points.abs() <= rule.cap.abs(), "{:?} over the cap of {:?}", reason, rule);
                    }
                }
            }
        }
    }
}
