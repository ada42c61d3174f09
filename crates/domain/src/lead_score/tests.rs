//! The scoring engine, worked example by example.

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
            ScoringRule { enabled, ..ScoringRule::new(criterion, value, points, within_days, cap, "r") }
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
