//! Files that are broken in the ways real files break: each gives a specific, line-numbered
//! message and never a panic.

use tandem_interchange::{contacts_from_csv, contacts_from_vcards, read_csv, suggest_mapping, Limits, ReadError};

use crate::fixture;

fn small() -> Limits {
    Limits { max_bytes: 4096, max_rows: 10, max_field_chars: 20_000 }
}

#[test]
fn an_unclosed_quote_names_the_line_it_opens_on() {
    let err = read_csv(&fixture("unclosed-quote.csv"), &small()).unwrap_err();
    assert_eq!(err, ReadError::UnclosedQuote { line: 3 });
    assert_eq!(
        err.to_string(),
        "Line 3: a quoted value starts here and is never closed, so the rest of the file would become one cell. \
         Add the missing \" or remove the stray one, then import again."
    );
}

#[test]
fn binary_junk_names_its_line() {
    let err = read_csv(&fixture("binary.csv"), &small()).unwrap_err();
    assert_eq!(err, ReadError::Binary { line: 3, what: "NUL byte".to_string() });
    assert_eq!(
        err.to_string(),
        "Line 3: the file holds binary data (a NUL byte), not text. Export the contacts again as CSV or vCard and import that file."
    );
    let xlsx_like = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
    assert!(matches!(read_csv(xlsx_like, &small()), Err(ReadError::Binary { line: 1, .. })));
    assert!(matches!(contacts_from_vcards(xlsx_like, &small(), ""), Err(ReadError::Binary { line: 1, .. })));
}

#[test]
fn an_oversize_file_is_refused_before_reading() {
    let limits = Limits { max_bytes: 100, ..small() };
    let bytes = vec![b'a'; 101];
    assert_eq!(read_csv(&bytes, &limits), Err(ReadError::TooLarge { size: 101, max: 100 }));
    assert_eq!(contacts_from_vcards(&bytes, &limits, ""), Err(ReadError::TooLarge { size: 101, max: 100 }));
    let message = ReadError::TooLarge { size: 61 * 1024 * 1024, max: Limits::default().max_bytes }.to_string();
    assert!(message.starts_with("The file is 61 MB; the largest import is 50 MB."), "{message}");
}

#[test]
fn a_field_over_the_limit_is_a_problem_of_its_row_only() {
    let notes = "x".repeat(20_001);
    let text = format!("Name,Email,Notes\nAna García,ana@example.com,ok\nBo Lee,bo@example.com,{notes}\n");
    let limits = Limits { max_bytes: 1 << 20, ..small() };
    let table = read_csv(text.as_bytes(), &limits).expect("readable");
    let outcomes = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
    assert!(outcomes[0].result.is_ok());
    assert_eq!(outcomes[1].line, 3);
    assert_eq!(outcomes[1].result, Err(vec!["Line 3: column 'Notes' has 20,001 characters; the most is 20,000.".to_string()]));
}

#[test]
fn too_many_rows_names_the_first_row_past_the_limit() {
    let text: String = std::iter::once("Email\n".to_string()).chain((0..12).map(|i| format!("p{i}@example.com\n"))).collect();
    assert_eq!(read_csv(text.as_bytes(), &small()), Err(ReadError::TooManyRows { line: 12, max: 10 }));
}

#[test]
fn a_row_without_name_or_email_says_what_a_contact_needs() {
    let table = read_csv(b"Name,Email,Company\nAna,,\n,,Acme\n", &small()).expect("readable");
    let outcomes = contacts_from_csv(&table, &suggest_mapping(&table.headers), "US");
    assert_eq!(outcomes[1].result, Err(vec!["Line 3: no name and no email; a contact needs one of them.".to_string()]));
}

#[test]
fn empty_and_non_vcard_files_say_so() {
    assert_eq!(read_csv(b"", &small()), Err(ReadError::Empty));
    assert_eq!(read_csv(b"\xef\xbb\xbf \r\n", &small()), Err(ReadError::Empty));
    assert_eq!(contacts_from_vcards(b"Name,Email\nAna,a@b.c\n", &small(), ""), Err(ReadError::NotVCard));
}

#[test]
fn a_vcard_value_over_the_limit_is_a_problem_of_its_card() {
    let text = format!("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:{}\nEND:VCARD\n", "y".repeat(30));
    let limits = Limits { max_field_chars: 20, ..small() };
    let outcomes = contacts_from_vcards(text.as_bytes(), &limits, "").expect("readable");
    assert_eq!(outcomes[0].result, Err(vec!["Line 1: NOTE has 30 characters; the most is 20.".to_string()]));
}
