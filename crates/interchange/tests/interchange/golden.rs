//! Real-shaped exports in, every resulting contact and problem compared in full against a
//! reviewed `.expected.json` beside the fixture. `UPDATE_GOLDEN=1` rewrites them; review the diff.

use serde_json::{json, Value};
use tandem_interchange::{
    contacts_from_csv, contacts_from_vcards, read_csv, suggest_mapping, write_csv, write_vcards, ContactRecord, Limits,
};

use crate::{fixture, fixture_dir};

fn check_golden(name: &str, actual: Value) {
    let path = fixture_dir().join(format!("{name}.expected.json"));
    let rendered = serde_json::to_string_pretty(&actual).expect("json") + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &rendered).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(rendered, expected, "{name} differs from {}", path.display());
}

fn csv_golden(name: &str, region: &str) {
    let table = read_csv(&fixture(name), &Limits::default()).expect("readable");
    let mapping = suggest_mapping(&table.headers);
    let outcomes = contacts_from_csv(&table, &mapping, region);
    check_golden(
        name,
        json!({
            "encoding": table.encoding,
            "delimiter": table.delimiter.to_string(),
            "headers": table.headers,
            "mapping": mapping,
            "outcomes": outcomes,
        }),
    );
}

fn vcard_golden(name: &str, region: &str) {
    let outcomes = contacts_from_vcards(&fixture(name), &Limits::default(), region).expect("readable");
    check_golden(name, json!({ "outcomes": outcomes }));
}

#[test]
fn a_hubspot_contact_export_imports_with_its_lifecycle_stages_and_problem_rows() {
    csv_golden("hubspot.csv", "US");
}

#[test]
fn a_salesforce_report_with_a_multi_line_description_imports() {
    csv_golden("salesforce.csv", "FR");
}

#[test]
fn a_pipedrive_person_export_splits_full_names_and_labels() {
    csv_golden("pipedrive.csv", "ES");
}

#[test]
fn an_excel_semicolon_file_in_windows_1252_keeps_its_accents() {
    csv_golden("excel-semicolon-1252.csv", "ES");
}

#[test]
fn a_utf8_file_with_bom_keeps_polish_greek_and_arabic_names() {
    csv_golden("utf8-bom.csv", "");
}

#[test]
fn a_tab_separated_file_keeps_commas_semicolons_and_quotes_in_cells() {
    csv_golden("tabs.tsv", "US");
}

#[test]
fn ragged_rows_are_kept_and_each_is_reported_on_its_line() {
    csv_golden("ragged.csv", "US");
}

#[test]
fn an_outlook_vcard_2_1_with_quoted_printable_and_soft_breaks_imports() {
    vcard_golden("outlook-2.1.vcf", "DE");
}

#[test]
fn an_apple_contacts_vcard_3_0_puts_the_preferred_email_first() {
    vcard_golden("apple-3.0.vcf", "ES");
}

#[test]
fn a_google_contacts_vcard_3_0_keeps_japanese_greek_and_arabic_names() {
    vcard_golden("google-3.0.vcf", "JP");
}

#[test]
fn a_vcard_4_0_file_imports_and_an_unfinished_card_is_reported() {
    vcard_golden("rfc6350-4.0.vcf", "FR");
}

fn export_sample() -> Vec<ContactRecord> {
    vec![
        ContactRecord {
            first_name: "Ana María".into(),
            last_name: "García, Jr.".into(),
            emails: vec!["ana@acme.example".into(), "ana@home.example".into()],
            phones: vec!["+34912345678".into(), "+12025550123 ext. 42".into()],
            title: "=HYPERLINK(\"http://evil.example\")".into(),
            company_name: "Acme; Ventas".into(),
            company_domain: "acme.example".into(),
            country: "España".into(),
            city: "Madrid".into(),
            notes: "Line one, with \"quotes\"\nLine two \\ backslash and a long tail that needs folding in a vCard line".into(),
            lifecycle_stage: "customer".into(),
            lead_status: "open".into(),
            lead_source: "-referral".into(),
            owner_email: "owner@acme.example".into(),
            tags: vec!["vip".into(), "@madrid".into()],
            created_at: Some("2024-03-05T14:22:10Z".into()),
            original_campaign: "Spring webinar".into(),
            latest_campaign: "+Retargeting".into(),
        },
        ContactRecord {
            first_name: "山田".into(),
            last_name: "太郎".into(),
            emails: vec!["taro@example.jp".into()],
            ..ContactRecord::default()
        },
    ]
}

fn check_bytes(name: &str, actual: &[u8]) {
    let path = fixture_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    assert_eq!(String::from_utf8_lossy(actual), String::from_utf8_lossy(&fixture(name)), "{name}");
}

#[test]
fn the_csv_export_has_a_bom_our_headers_and_neutralised_formulas() {
    let bytes = write_csv(&export_sample());
    check_bytes("export.expected.csv", &bytes);
    assert!(bytes.starts_with(b"\xef\xbb\xbfFirst name,Last name,Emails,Phones,"));
}

#[test]
fn the_vcard_export_is_escaped_and_folded_vcard_4() {
    let text = write_vcards(&export_sample());
    check_bytes("export.expected.vcf", text.as_bytes());
    assert!(text.split("\r\n").all(|line| line.len() <= 75));
}
