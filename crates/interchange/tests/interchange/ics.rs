//! The follow-up calendar export: a reviewed golden `.ics`, the same file read back by Python's
//! `icalendar` package (a parser that shares no code with ours), and the line rules every
//! importer relies on. `UPDATE_GOLDEN=1` rewrites `fixtures/ics/tasks.ics`; review the diff.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde_json::{json, Value};
use tandem_interchange::{write_calendar, CalendarItem, CalendarItemKind, CalendarItemStatus, CalendarTime};

use crate::fixture_dir;

const ADA_CALL: &str = "Call Ada; re: pricing, v2\nsecond line";

/// 200 characters, 226 octets: umlauts, a euro sign and emoji, so folding meets 2-, 3- and
/// 4-octet characters.
const LONG_GERMAN_TITLE: &str = "Rückruf bei Müller & Söhne GmbH wegen der Preiserhöhung für Größe XL – Frau Schäfer möchte vor \
Weihnachten klären, ob die Übergangsfrist für Bestandskunden gilt 🎄📞✅ Angebot über 12.500 € prüfen, bitte";

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn day(text: &str) -> CalendarTime {
    CalendarTime::AllDay(text.parse::<NaiveDate>().unwrap_or_else(|e| panic!("{text}: {e}")))
}

fn at(local: &str, tz: &str) -> CalendarTime {
    let local = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M").unwrap_or_else(|e| panic!("{local}: {e}"));
    CalendarTime::At { local, tz: tz.to_string() }
}

/// An open to-do with nothing optional; each case below changes what it is about.
fn task(uid: &str, summary: &str, when: CalendarTime) -> CalendarItem {
    CalendarItem {
        uid: uid.to_string(),
        summary: summary.to_string(),
        description: None,
        kind: CalendarItemKind::Todo,
        when,
        duration_minutes: None,
        status: CalendarItemStatus::Open,
        priority: 0,
        rrule: None,
        alarms: Vec::new(),
        categories: Vec::new(),
        created: utc("2026-02-01T08:00:00Z"),
        last_modified: utc("2026-02-02T12:30:00Z"),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

const STAMP: &str = "2026-11-25T12:00:00Z";

/// A sales rep's week, one of each kind of follow-up.
fn follow_ups() -> Vec<CalendarItem> {
    vec![
        CalendarItem {
            priority: 1,
            description: Some("Contact: Grace Hopper (Globex)".into()),
            categories: strings(&["Proposal"]),
            ..task("0190f3a2-7c41-7d2e-9a10-000000000001", "Send the Globex proposal", day("2026-12-03"))
        },
        CalendarItem {
            description: Some("Bring the v2 price sheet.\nContact: Ada Lovelace (Acme)".into()),
            alarms: vec![60, 15],
            categories: strings(&["Call"]),
            priority: 5,
            ..task("0190f3a2-7c41-7d2e-9a10-000000000002", ADA_CALL, at("2026-12-03T10:00", "Europe/Berlin"))
        },
        CalendarItem {
            status: CalendarItemStatus::Done { completed_at: utc("2026-11-20T16:45:00Z") },
            ..task("0190f3a2-7c41-7d2e-9a10-000000000003", "Send the NDA to Initech", day("2026-11-20"))
        },
        CalendarItem {
            status: CalendarItemStatus::Cancelled,
            ..task("0190f3a2-7c41-7d2e-9a10-000000000004", "Demo for Umbrella", at("2026-06-15T14:30", "Europe/Berlin"))
        },
        CalendarItem {
            kind: CalendarItemKind::Meeting,
            duration_minutes: Some(45),
            rrule: Some("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10".into()),
            alarms: vec![10],
            categories: strings(&["Meeting", "Acme"]),
            ..task("0190f3a2-7c41-7d2e-9a10-000000000005", "Pipeline review with Acme", at("2026-03-02T09:00", "America/New_York"))
        },
        CalendarItem {
            kind: CalendarItemKind::Meeting,
            ..task("0190f3a2-7c41-7d2e-9a10-000000000006", LONG_GERMAN_TITLE, day("2026-12-07"))
        },
    ]
}

fn follow_ups_calendar() -> String {
    write_calendar("Tandem follow-ups", &follow_ups(), utc(STAMP))
}

#[test]
fn a_reps_follow_ups_export_as_the_reviewed_ics_file() {
    assert_eq!(LONG_GERMAN_TITLE.chars().count(), 200);
    let path = fixture_dir().join("ics/tasks.ics");
    let actual = follow_ups_calendar();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "differs from {}", path.display());
}

/// What Python's `icalendar` reads from our file (see `fixtures/ics/inspect.py`), with each
/// VTIMEZONE compared to the system tz database hour by hour over `years`.
fn read_with_python_icalendar(ics: &str, years: (i32, i32)) -> Value {
    const INSTALL: &str = "the independent .ics check needs /usr/bin/python3 with the icalendar package: apt install python3-icalendar";
    let script = fixture_dir().join("ics/inspect.py");
    let mut child = Command::new("/usr/bin/python3")
        .arg(&script)
        .args([years.0.to_string(), years.1.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start /usr/bin/python3: {e}; {INSTALL}"));
    child.stdin.take().expect("stdin").write_all(ics.as_bytes()).expect("write to python");
    let output = child.wait_with_output().expect("python ran");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{} failed ({}):\n{stderr}\n{INSTALL}", script.display(), output.status);
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("inspect.py printed no JSON ({e}): {stderr}"))
}

#[test]
fn an_independent_parser_reads_back_every_follow_up() {
    let items = follow_ups();
    let parsed = read_with_python_icalendar(&follow_ups_calendar(), (2026, 2031));

    assert_eq!(parsed["name"], "Tandem follow-ups");
    assert_eq!(parsed["version"], "2.0");
    assert_eq!(parsed["prodid"], "-//Tandem//Tandem//EN");
    // The VTIMEZONE rules we wrote give the system tz database's offset every hour, 2026–2031,
    // which covers the recurring meeting's DST changes and years past the window we scanned.
    assert_eq!(parsed["timezones"], json!({ "America/New_York": [], "Europe/Berlin": [] }));

    let parsed_items = parsed["items"].as_array().expect("items");
    assert_eq!(parsed_items.len(), items.len());
    for (item, read) in items.iter().zip(parsed_items) {
        assert_eq!(read["uid"], format!("{}@tandem", item.uid));
        assert_eq!(read["summary"], item.summary.as_str(), "summary of {}", item.uid);
        assert_eq!(read["description"], json!(item.description), "description of {}", item.uid);
        assert_eq!(read["categories"], json!(item.categories), "categories of {}", item.uid);
        for alarm in read["alarms"].as_array().expect("alarms") {
            assert_eq!(alarm["action"], "DISPLAY");
            assert_eq!(alarm["description"], item.summary.as_str());
        }
    }

    let berlin = |iso: &str| json!({ "iso": iso, "zone": "Europe/Berlin", "tzid": "Europe/Berlin" });
    let new_york = |iso: &str| json!({ "iso": iso, "zone": "America/New_York", "tzid": "America/New_York" });
    let date = |iso: &str| json!({ "iso": iso, "zone": null, "tzid": null });
    #[rustfmt::skip]
    let expected = [
        // kind,    start,                                  due or end,                             status,         alarms (s),     priority
        ("VTODO",  json!(null),                      date("2026-12-03"),                     "NEEDS-ACTION", json!([]),            json!(1)),
        ("VTODO",  json!(null),     berlin("2026-12-03T10:00:00+01:00"),    "NEEDS-ACTION", json!([-3600, -900]), json!(5)),
        ("VTODO",  json!(null),                      date("2026-11-20"),                     "COMPLETED",    json!([]),            json!(null)),
        ("VTODO",  json!(null),     berlin("2026-06-15T14:30:00+02:00"),    "CANCELLED",    json!([]),            json!(null)),
        ("VEVENT", new_york("2026-03-02T09:00:00-05:00"),   new_york("2026-03-02T09:45:00-05:00"),  "CONFIRMED",    json!([-600]),        json!(null)),
        ("VEVENT", date("2026-12-07"),                      date("2026-12-08"),                     "CONFIRMED",    json!([]),            json!(null)),
    ];
    for ((kind, start, finish, status, alarms, priority), read) in expected.into_iter().zip(parsed_items) {
        let uid = &read["uid"];
        assert_eq!(read["kind"], kind, "{uid}");
        assert_eq!(read["start"], start, "start of {uid}");
        let finish_key = if kind == "VTODO" { "due" } else { "end" };
        assert_eq!(read[finish_key], finish, "{finish_key} of {uid}");
        assert_eq!(read["status"], status, "{uid}");
        let triggers: Vec<&Value> = read["alarms"].as_array().expect("alarms").iter().map(|a| &a["trigger_seconds"]).collect();
        assert_eq!(json!(triggers), alarms, "alarms of {uid}");
        assert_eq!(read["priority"], priority, "priority of {uid}");
    }

    assert_eq!(parsed_items[2]["completed"], json!({ "iso": "2026-11-20T16:45:00+00:00", "zone": "UTC", "tzid": null }));
    assert_eq!(parsed_items[4]["rrule"], json!({ "FREQ": ["WEEKLY"], "BYDAY": ["MO", "WE"], "COUNT": ["10"] }));
}

/// Each line of `ics`, split on CRLF; panics on a bare CR or LF, a missing final CRLF, or a
/// line over 75 octets.
fn physical_lines(ics: &str) -> Vec<&str> {
    let body = ics.strip_suffix("\r\n").expect("the file ends with CRLF");
    let lines: Vec<&str> = body.split("\r\n").collect();
    for (n, line) in lines.iter().enumerate() {
        assert!(!line.contains(['\r', '\n']), "line {} has a bare CR or LF: {line:?}", n + 1);
        assert!(line.len() <= 75, "line {} is {} octets: {line:?}", n + 1, line.len());
        assert!(!line.is_empty(), "line {} is empty", n + 1);
    }
    lines
}

/// Content lines with folding undone (RFC 5545 §3.1).
fn unfolded(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in physical_lines(ics) {
        match (line.strip_prefix(' '), lines.last_mut()) {
            (Some(continued), Some(last)) => last.push_str(continued),
            _ => lines.push(line.to_string()),
        }
    }
    lines
}

#[test]
fn every_line_is_crlf_terminated_and_at_most_75_octets_without_splitting_a_character() {
    assert!(physical_lines(&follow_ups_calendar()).len() > 50);

    // A one-octet shift per case puts every byte of each 2-, 3- and 4-octet character on a fold.
    for shift in 0..4 {
        let summary = format!("{}{}", "x".repeat(shift), "ü€😀 ".repeat(40));
        let ics = write_calendar("Folding", &[task("fold", &summary, day("2026-12-03"))], utc(STAMP));
        let lines = unfolded(&ics);
        assert!(lines.contains(&format!("SUMMARY:{summary}")), "shift {shift}: summary did not survive folding");
    }
}

#[test]
fn dates_at_the_ends_of_the_calendar_do_not_panic() {
    let last_day = NaiveDate::MAX;
    let items = [
        CalendarItem { kind: CalendarItemKind::Meeting, ..task("end", "Last day", CalendarTime::AllDay(last_day)) },
        CalendarItem {
            kind: CalendarItemKind::Meeting,
            ..task("end", "Last minute", at_naive(last_day.and_hms_opt(23, 59, 0), "Europe/Berlin"))
        },
        CalendarItem {
            kind: CalendarItemKind::Meeting,
            ..task("start", "First day", at_naive(NaiveDate::MIN.and_hms_opt(0, 0, 0), "Europe/Berlin"))
        },
    ];
    // Together they span 500,000 years of one zone; that must not take 500,000 years of scanning.
    let lines = unfolded(&write_calendar("Edges", &items, utc(STAMP)));
    for item in items {
        assert!(lines.contains(&format!("SUMMARY:{}", item.summary)));
    }
}

fn at_naive(local: Option<NaiveDateTime>, tz: &str) -> CalendarTime {
    CalendarTime::At { local: local.expect("a valid time"), tz: tz.to_string() }
}

#[test]
fn each_follow_up_writes_the_properties_calendars_expect() {
    struct Case {
        what: &'static str,
        item: CalendarItem,
        present: &'static [&'static str],
        absent: &'static [&'static str],
    }
    let meeting = |summary: &str, when: CalendarTime| CalendarItem { kind: CalendarItemKind::Meeting, ..task("case", summary, when) };
    let cases = [
        Case {
            what: "title text is escaped: backslash, semicolon, comma, line breaks of any kind",
            item: task("case", "C:\\deals; Q4, EMEA\r\nline two\rline three", day("2026-12-03")),
            present: &["SUMMARY:C:\\\\deals\\; Q4\\, EMEA\\nline two\\nline three"],
            absent: &[],
        },
        Case {
            what: "a category with a comma stays one category",
            item: CalendarItem { categories: strings(&["Call, urgent", "Q4"]), ..task("case", "Call", day("2026-12-03")) },
            present: &["CATEGORIES:Call\\, urgent,Q4"],
            absent: &[],
        },
        Case {
            what: "an all-day to-do is due that day and starts that day",
            item: task("case", "Send quote", day("2026-12-03")),
            present: &["DUE;VALUE=DATE:20261203", "STATUS:NEEDS-ACTION"],
            absent: &["PRIORITY", "BEGIN:VTIMEZONE", "DESCRIPTION"],
        },
        Case {
            what: "an all-day meeting spans its day (DTEND is exclusive)",
            item: meeting("Offsite", day("2026-12-07")),
            present: &["BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261207", "DTEND;VALUE=DATE:20261208", "STATUS:CONFIRMED"],
            absent: &["DUE"],
        },
        Case {
            what: "a timed meeting without a duration is booked for 30 minutes",
            item: meeting("Intro call", at("2026-12-03T10:00", "Europe/Berlin")),
            present: &["DTSTART;TZID=Europe/Berlin:20261203T100000", "DTEND;TZID=Europe/Berlin:20261203T103000", "TZID:Europe/Berlin"],
            absent: &[],
        },
        Case {
            what: "a two-hour meeting across the autumn DST change ends two real hours later (02:30 CET)",
            item: CalendarItem { duration_minutes: Some(120), ..meeting("Night shift", at("2026-10-25T01:30", "Europe/Berlin")) },
            present: &["DTEND;TZID=Europe/Berlin:20261025T023000"],
            absent: &[],
        },
        Case {
            what: "a done meeting is simply confirmed; COMPLETED belongs to to-dos",
            item: CalendarItem { status: CalendarItemStatus::Done { completed_at: utc(STAMP) }, ..meeting("Kickoff", day("2026-12-03")) },
            present: &["STATUS:CONFIRMED"],
            absent: &["COMPLETED"],
        },
        Case {
            what: "a done to-do says when it was completed, in UTC",
            item: CalendarItem { status: CalendarItemStatus::Done { completed_at: utc(STAMP) }, ..task("case", "Call", day("2026-12-03")) },
            present: &["STATUS:COMPLETED", "COMPLETED:20261125T120000Z"],
            absent: &[],
        },
        Case {
            what: "reminders: at the time, 1h30 before, a day before, five minutes after",
            item: CalendarItem { alarms: vec![0, 90, 1440, -5], ..task("case", "Call", day("2026-12-03")) },
            present: &["ACTION:DISPLAY", "TRIGGER:PT0S", "TRIGGER:-PT1H30M", "TRIGGER:-P1D", "TRIGGER:PT5M"],
            absent: &[],
        },
        Case {
            what: "a priority above RFC 5545's 9 is written as 9",
            item: CalendarItem { priority: 12, ..task("case", "Call", day("2026-12-03")) },
            present: &["PRIORITY:9"],
            absent: &[],
        },
        Case {
            what: "a zone with no DST gets one observance from 1970",
            item: task("case", "Call Tokyo", at("2026-12-03T10:00", "Asia/Tokyo")),
            present: &["DUE;TZID=Asia/Tokyo:20261203T100000", "DTSTART:19700101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900"],
            absent: &["RRULE", "BEGIN:DAYLIGHT"],
        },
        Case {
            what: "a daylight-saving zone gets yearly rules, open-ended so recurring meetings stay right",
            item: task("case", "Call New York", at("2026-12-03T10:00", "America/New_York")),
            present: &[
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                "DTSTART:20250309T020000",
                "TZOFFSETTO:-0400",
            ],
            absent: &["RDATE"],
        },
        Case {
            what: "a zone name chrono-tz does not know is written as floating local time",
            item: task("case", "Call Olympus", at("2026-12-03T10:00", "Mars/Olympus_Mons")),
            present: &["DUE:20261203T100000"],
            absent: &["TZID", "BEGIN:VTIMEZONE"],
        },
        Case {
            what: "an RRULE is written as given, and the UID is namespaced",
            item: CalendarItem { rrule: Some("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10".into()), ..task("0190f3a2", "Standup", day("2026-12-03")) },
            present: &["RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10", "UID:0190f3a2@tandem"],
            absent: &[],
        },
    ];
    for case in cases {
        let lines = unfolded(&write_calendar("Cases", &[case.item], utc(STAMP)));
        for want in case.present {
            assert!(lines.iter().any(|l| l == want), "{}: no line `{want}` in\n{}", case.what, lines.join("\n"));
        }
        for unwanted in case.absent {
            assert!(!lines.iter().any(|l| l.contains(unwanted)), "{}: unexpected `{unwanted}` in\n{}", case.what, lines.join("\n"));
        }
    }
}

#[test]
fn zones_that_dropped_daylight_saving_time_are_described_as_the_tz_database_has_them() {
    #[rustfmt::skip]
    let cases = [
        // zone,                call (local),        checked years,  what the VTIMEZONE must say
        // Mexico dropped DST in October 2022: its last changes are listed, not a yearly rule.
        ("America/Mexico_City", "2022-06-01T10:00", (2022, 2023), &["DTSTART:20210404T020000", "RDATE:20220403T020000"][..]),
        // Iran changed clocks on fixed Persian-calendar dates, no weekday rule: each is an RDATE.
        ("Asia/Tehran",         "2021-06-01T10:00", (2021, 2023), &["RDATE:20220322T000000"][..]),
    ];
    for (zone, local, years, expected) in cases {
        let ics = write_calendar("Changed rules", &[task("case", "Call", at(local, zone))], utc(STAMP));
        let lines = unfolded(&ics);
        for want in expected {
            assert!(lines.iter().any(|l| l == want), "{zone}: no line `{want}` in\n{}", lines.join("\n"));
        }
        let parsed = read_with_python_icalendar(&ics, years);
        assert_eq!(parsed["timezones"], json!({ zone: [] }), "{zone}");
    }
}
