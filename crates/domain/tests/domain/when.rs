//! Reading the date phrases a seller types to move a follow-up, against a fixed "now".

use chrono::{NaiveDateTime, NaiveTime};
use tandem_domain::when::{date_order_for_locale, parse_when, DateOrder, When, WhenContext};

/// A seller's clock at `now` ("2026-12-02 10:15", a Wednesday), writing dates in `order`, mornings at 09:00.
fn seller(now: &str, order: DateOrder) -> WhenContext {
    let now = NaiveDateTime::parse_from_str(now, "%Y-%m-%d %H:%M").expect("a test clock");
    WhenContext { now, order, default_time: NaiveTime::from_hms_opt(9, 0, 0).expect("09:00") }
}

/// "Fri 2026-12-04" for a day, "Fri 2026-12-04 10:00" for a moment; the weekday makes the tables easy to check.
fn shown(when: When) -> String {
    match when {
        When::Day(date) => date.format("%a %Y-%m-%d").to_string(),
        When::At(moment) => moment.format("%a %Y-%m-%d %H:%M").to_string(),
    }
}

/// Reads every phrase and reports all the ones that came out wrong at once.
fn check(ctx: &WhenContext, table: &[(&str, &str)]) {
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(input, expected)| {
            let got = parse_when(input, ctx).map(shown).unwrap_or_else(|error| format!("error: {error}"));
            (got != *expected).then(|| format!("{input:?}: expected {expected}, got {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "now {}:\n{}", ctx.now, wrong.join("\n"));
}

/// Phrases that read the same whatever order the workspace writes numeric dates in.
const ANY_ORDER: &[(&str, &str)] = &[
    ("today", "Wed 2026-12-02"),
    ("tonight", "Wed 2026-12-02 18:00"),
    ("tonight 8pm", "Wed 2026-12-02 20:00"),
    ("tomorrow", "Thu 2026-12-03"),
    ("tomorrow 9am", "Thu 2026-12-03 09:00"),
    ("tomorrow at 14:30", "Thu 2026-12-03 14:30"),
    ("tomorrow morning", "Thu 2026-12-03 09:00"),
    ("tomorrow afternoon", "Thu 2026-12-03 14:00"),
    ("  Tomorrow   AT  2 PM ", "Thu 2026-12-03 14:00"),
    ("3pm tomorrow", "Thu 2026-12-03 15:00"),
    // A weekday is the next one after today...
    ("fri", "Fri 2026-12-04"),
    ("Friday", "Fri 2026-12-04"),
    ("fri 10am", "Fri 2026-12-04 10:00"),
    ("on fri at 10am", "Fri 2026-12-04 10:00"),
    ("this friday", "Fri 2026-12-04"),
    ("monday", "Mon 2026-12-07"),
    ("next monday", "Mon 2026-12-07"),
    ("wed", "Wed 2026-12-09"),
    ("wed 9am", "Wed 2026-12-09 09:00"),
    // ...unless it is today and the time is still ahead.
    ("wed 3pm", "Wed 2026-12-02 15:00"),
    // A time alone is today while it is ahead, else tomorrow.
    ("3pm", "Wed 2026-12-02 15:00"),
    ("3 p.m.", "Wed 2026-12-02 15:00"),
    ("15:00", "Wed 2026-12-02 15:00"),
    ("at 9:30am", "Thu 2026-12-03 09:30"),
    ("10:15", "Thu 2026-12-03 10:15"),
    ("noon", "Wed 2026-12-02 12:00"),
    ("12pm", "Wed 2026-12-02 12:00"),
    ("12am", "Thu 2026-12-03 00:00"),
    ("morning", "Thu 2026-12-03 09:00"),
    ("in 0 days", "Wed 2026-12-02"),
    ("in 3 days", "Sat 2026-12-05"),
    ("in 3 days 10am", "Sat 2026-12-05 10:00"),
    ("in 2 weeks", "Wed 2026-12-16"),
    ("in two weeks", "Wed 2026-12-16"),
    ("in a week", "Wed 2026-12-09"),
    ("in 1 month", "Sat 2027-01-02"),
    ("in 2 hours", "Wed 2026-12-02 12:15"),
    ("in 30 minutes", "Wed 2026-12-02 10:45"),
    ("in 30 min", "Wed 2026-12-02 10:45"),
    // A month and day with no year is the next such date, today included.
    ("dec 3", "Thu 2026-12-03"),
    ("december 3", "Thu 2026-12-03"),
    ("3 dec", "Thu 2026-12-03"),
    ("3rd December", "Thu 2026-12-03"),
    ("dec 2", "Wed 2026-12-02"),
    ("dec 1", "Wed 2027-12-01"),
    ("feb 29", "Tue 2028-02-29"),
    ("dec 3 2027", "Fri 2027-12-03"),
    ("dec 3, 2027", "Fri 2027-12-03"),
    ("3 december 2027", "Fri 2027-12-03"),
    ("dec 3 10am", "Thu 2026-12-03 10:00"),
    ("end of month", "Thu 2026-12-31"),
    ("end of the month", "Thu 2026-12-31"),
    ("end of week", "Fri 2026-12-04"),
    ("next week", "Mon 2026-12-07"),
    ("next month", "Fri 2027-01-01"),
    // ISO dates and four-digit years first read the same in every order.
    ("2027-12-03", "Fri 2027-12-03"),
    ("2027/12/03", "Fri 2027-12-03"),
    ("2027-12-03 10am", "Fri 2027-12-03 10:00"),
];

#[test]
fn phrases_read_the_same_in_every_order() {
    for order in [DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay] {
        check(&seller("2026-12-02 10:15", order), ANY_ORDER);
    }
}

#[test]
fn a_european_seller_writes_the_day_first() {
    check(
        &seller("2026-12-02 10:15", DateOrder::DayMonthYear),
        &[
            ("3/12", "Thu 2026-12-03"),
            ("3/12/2027", "Fri 2027-12-03"),
            ("3.12.2027", "Fri 2027-12-03"),
            ("03-12-27", "Fri 2027-12-03"),
            ("3/12 10am", "Thu 2026-12-03 10:00"),
            ("on 3/12 at 14:30", "Thu 2026-12-03 14:30"),
            ("1/12", "Wed 2027-12-01"),
            ("29/2", "Tue 2028-02-29"),
        ],
    );
}

#[test]
fn an_american_seller_writes_the_month_first() {
    check(
        &seller("2026-12-02 10:15", DateOrder::MonthDayYear),
        &[
            ("12/3", "Thu 2026-12-03"),
            ("12/3/2027", "Fri 2027-12-03"),
            ("12/3/27", "Fri 2027-12-03"),
            ("12-03-2027", "Fri 2027-12-03"),
            ("12/3 10am", "Thu 2026-12-03 10:00"),
            ("12/1", "Wed 2027-12-01"),
        ],
    );
}

#[test]
fn a_japanese_seller_writes_the_year_first() {
    check(
        &seller("2026-12-02 10:15", DateOrder::YearMonthDay),
        &[
            ("2027/12/03", "Fri 2027-12-03"),
            ("27/12/03", "Fri 2027-12-03"),
            ("12/3", "Thu 2026-12-03"),
            ("12/3 9am", "Thu 2026-12-03 09:00"),
        ],
    );
}

#[test]
fn dates_roll_over_into_the_new_year() {
    check(
        &seller("2026-12-30 10:15", DateOrder::DayMonthYear),
        &[
            ("jan 2", "Sat 2027-01-02"),
            ("2/1", "Sat 2027-01-02"),
            ("dec 30", "Wed 2026-12-30"),
            ("dec 29", "Wed 2027-12-29"),
            ("tomorrow", "Thu 2026-12-31"),
            ("in 3 days", "Sat 2027-01-02"),
            ("in 1 month", "Sat 2027-01-30"),
            ("end of month", "Thu 2026-12-31"),
            ("next week", "Mon 2027-01-04"),
            ("next month", "Fri 2027-01-01"),
        ],
    );
}

#[test]
fn a_month_from_the_31st_is_the_end_of_february() {
    check(&seller("2027-01-31 10:15", DateOrder::DayMonthYear), &[("in 1 month", "Sun 2027-02-28"), ("end of month", "Sun 2027-01-31")]);
    check(&seller("2028-01-31 10:15", DateOrder::DayMonthYear), &[("in 1 month", "Tue 2028-02-29")]);
}

#[test]
fn on_a_sunday_the_week_ahead_starts_tomorrow() {
    check(
        &seller("2027-01-31 10:15", DateOrder::DayMonthYear),
        &[("next week", "Mon 2027-02-01"), ("end of week", "Fri 2027-02-05"), ("fri", "Fri 2027-02-05"), ("next monday", "Mon 2027-02-01")],
    );
}

#[test]
fn on_a_friday_the_end_of_the_week_is_today() {
    check(
        &seller("2026-12-04 10:15", DateOrder::DayMonthYear),
        &[
            ("end of week", "Fri 2026-12-04"),
            ("fri", "Fri 2026-12-11"),
            ("fri 4pm", "Fri 2026-12-04 16:00"),
            ("fri 9am", "Fri 2026-12-11 09:00"),
        ],
    );
}

#[test]
fn mistakes_are_refused_with_what_to_type_instead() {
    let ctx = seller("2026-12-02 10:15", DateOrder::DayMonthYear);
    let table: &[(&str, &str)] = &[
        ("", "Type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'"),
        ("   ", "Type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'"),
        ("fri 25pm", "'fri 25pm': 25 is not an hour; try 'fri 3pm'"),
        ("13pm", "'13pm': 13 is not an hour; try '3pm'"),
        ("25:00", "'25:00': 25 is not an hour; try '15:00'"),
        ("tomorrow 9:75", "'tomorrow 9:75': 75 is not a minute; try 'tomorrow 9:30'"),
        ("fri 10", "'fri 10': add am or pm to 10, or write 10:00"),
        ("13/13", "'13/13': there is no month 13"),
        ("32/1", "'32/1': no month has a day 32"),
        ("dec 32", "'dec 32': no month has a day 32"),
        ("feb 30", "Feb 30 does not exist; that month has at most 29 days"),
        ("30/2", "Feb 30 does not exist; that month has at most 29 days"),
        ("29/2/2027", "Feb 29 2027 does not exist; that month has at most 28 days"),
        ("31 april 2027", "Apr 31 2027 does not exist; that month has at most 30 days"),
        ("3/12/123", "'3/12/123': 123 is not a year; write it as 27 or 2027"),
        ("dec", "'dec': which day of dec? Try 'dec 3'"),
        ("in -3 days", "'in -3 days': '-3' is not how long to wait; use a number, as in 'in 3 days' or 'in 2 hours'"),
        ("in 3", "'in 3': say days, weeks, months, hours or minutes, as in 'in 3 days'"),
        ("in 3 fortnights", "'in 3 fortnights': 'fortnights' is not days, weeks, months, hours or minutes; try 'in 3 days'"),
        ("in 999999 years", "'in 999999 years' is too far ahead"),
        ("fri blah", "'fri blah': 'blah' is not a time; type a time such as '9am' or '14:30'"),
        ("next fryday", "'next fryday' is not a date we know; type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'"),
        ("in 2 hours 3pm", "'in 2 hours 3pm' is not a date we know; type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'"),
        ("soonish", "'soonish' is not a date we know; type a date such as 'tomorrow 9am', 'fri', 'in 3 days' or 'dec 3'"),
    ];
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(input, expected)| match parse_when(input, &ctx) {
            Err(error) if error.to_string() == *expected => None,
            Err(error) => Some(format!("{input:?}: expected {expected:?}, got {:?}", error.to_string())),
            Ok(when) => Some(format!("{input:?}: expected {expected:?}, got {}", shown(when))),
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_workspace_locale_sets_the_date_order() {
    let table = [
        ("en-US", DateOrder::MonthDayYear),
        ("en-PH", DateOrder::MonthDayYear),
        ("en_US", DateOrder::MonthDayYear),
        ("en-CA", DateOrder::YearMonthDay),
        ("zh-CN", DateOrder::YearMonthDay),
        ("zh-Hant-TW", DateOrder::YearMonthDay),
        ("zh-Hant-HK", DateOrder::DayMonthYear),
        ("ja-JP", DateOrder::YearMonthDay),
        ("ko-KR", DateOrder::YearMonthDay),
        ("hu-HU", DateOrder::YearMonthDay),
        ("lt-LT", DateOrder::YearMonthDay),
        ("sv-SE", DateOrder::YearMonthDay),
        ("en-GB", DateOrder::DayMonthYear),
        ("de-DE", DateOrder::DayMonthYear),
        ("fr-FR", DateOrder::DayMonthYear),
        ("en", DateOrder::DayMonthYear),
        ("", DateOrder::DayMonthYear),
    ];
    for (locale, order) in table {
        assert_eq!(date_order_for_locale(locale), order, "{locale}");
    }
}
