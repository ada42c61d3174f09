//! What Tandem exports, Tandem reads back unchanged: CSV and vCard, for arbitrary contacts with
//! commas, quotes, newlines, formula-like text and non-Latin scripts. And no byte sequence makes
//! a reader panic.

use proptest::prelude::*;
use tandem_interchange::{
    contacts_from_csv, contacts_from_vcards, read_csv, suggest_mapping, write_csv, write_vcards, ContactRecord, Limits, Preset,
};

/// Words and the characters that break naive CSV and vCard code.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z]{1,8}",
        "[À-ÿ]{1,6}",
        "[一-龥]{1,4}",
        "[α-ω]{1,6}",
        "[ا-ي]{1,6}",
        Just(",".to_string()),
        Just(";".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("=SUM(A1:A2)".to_string()),
        Just("+1".to_string()),
        Just("-x".to_string()),
        Just("@cmd".to_string()),
        Just("'".to_string()),
        Just("'=".to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), prop::collection::vec(piece(), 1..5).prop_map(|p| p.join(" "))]
}

fn multi_line() -> impl Strategy<Value = String> {
    prop::collection::vec(text(), 0..3).prop_map(|lines| lines.join("\n").trim().to_string())
}

fn email() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(\\.[a-z]{1,4})?@[a-z]{2,8}\\.(com|es|jp|de)"
}

fn phone() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["+12025550123", "+442079460958", "+4930901820", "+34912345678", "+81312345678", "+12025550123 ext. 42"])
        .prop_map(str::to_string)
}

fn tag() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z]{1,8}", "[À-ÿ]{1,5}", "[一-龥]{1,3}", Just("=vip".to_string()), Just("b2b-\"q\"".to_string())]
}

fn unique(list: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    for item in list {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

fn created_at() -> impl Strategy<Value = Option<String>> {
    prop::option::of((1990i32..2035, 1u32..13, 1u32..29, 0u32..24, 0u32..60, 0u32..60))
        .prop_map(|o| o.map(|(y, mo, d, h, mi, s)| format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")))
}

prop_compose! {
    fn record()(
        first_name in text(), last_name in text(),
        emails in prop::collection::vec(email(), 0..3), phones in prop::collection::vec(phone(), 0..3),
        title in text(), company_name in text(), company_domain in prop_oneof![Just(String::new()), "[a-z]{1,10}\\.(com|io)"],
        country in text(), city in text(), notes in multi_line(),
        lifecycle_stage in prop::sample::select(vec!["", "subscriber", "lead", "marketing_qualified", "sales_qualified", "opportunity", "customer", "evangelist", "other"]),
        lead_status in text(), lead_source in text(), owner_email in prop_oneof![Just(String::new()), email()],
        tags in prop::collection::vec(tag(), 0..4), created_at in created_at(),
    ) -> ContactRecord {
        let emails = unique(emails);
        // A contact needs a name or an email; the reader rightly refuses one with neither.
        let first_name = if first_name.is_empty() && last_name.is_empty() && emails.is_empty() { "Ana".to_string() } else { first_name };
        ContactRecord {
            first_name, last_name, emails, phones: unique(phones), title, company_name, company_domain, country, city, notes,
            lifecycle_stage: lifecycle_stage.to_string(), lead_status, lead_source, owner_email, tags: unique(tags), created_at,
            original_campaign: String::new(), latest_campaign: String::new(),
        }
    }
}

fn import_csv(bytes: &[u8]) -> Vec<ContactRecord> {
    let table = read_csv(bytes, &Limits::default()).expect("our export reads");
    let mapping = suggest_mapping(&table.headers);
    assert_eq!(mapping.preset, Preset::Tandem);
    contacts_from_csv(&table, &mapping, "US").into_iter().map(|o| o.result.expect("no problems")).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn csv_export_then_import_is_identity(records in prop::collection::vec(record(), 1..6)) {
        prop_assert_eq!(import_csv(&write_csv(&records)), records);
    }

    #[test]
    fn vcard_export_then_import_is_identity(records in prop::collection::vec(record(), 1..6)) {
        let text = write_vcards(&records);
        let outcomes = contacts_from_vcards(text.as_bytes(), &Limits::default(), "US").expect("our export reads");
        let back: Vec<ContactRecord> = outcomes.into_iter().map(|o| o.result.expect("no problems")).collect();
        prop_assert_eq!(back, records);
    }

    #[test]
    fn read_csv_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let limits = Limits { max_bytes: 4096, max_rows: 100, max_field_chars: 500 };
        if let Ok(table) = read_csv(&bytes, &limits) {
            let _ = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
        }
        let _ = contacts_from_vcards(&bytes, &limits, "US");
    }

    #[test]
    fn readers_never_panic_on_csv_and_vcard_shaped_junk(
        parts in prop::collection::vec(prop::sample::select(vec![
            ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "=", "Email", "Name", "a@b.co", "+1 202 555 0123", "é", "日本",
            "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "N:", "ENCODING=QUOTED-PRINTABLE", "CHARSET=UTF-8", "=C3=A9", "=\r\n", " ", ":",
        ]), 0..200)
    ) {
        let bytes = parts.concat().into_bytes();
        let limits = Limits { max_bytes: 1 << 20, max_rows: 100, max_field_chars: 500 };
        if let Ok(table) = read_csv(&bytes, &limits) {
            let _ = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
        }
        let _ = contacts_from_vcards(&bytes, &limits, "US");
    }
}
