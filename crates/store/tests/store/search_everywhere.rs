//! The search golden set: what a user types, and what must come first.

use tandem_domain::company::CompanyInput;
use tandem_domain::contact::ContactInput;
use tandem_domain::deal::DealInput;
use tandem_domain::pipeline::StageKind;
use tandem_store::search::{everything, everything_within, Breadth, Everything};
use tandem_store::{companies, contacts, deals, new_id, pipelines};

use crate::*;

fn contact(w: &mut Writer, first: &str, last: &str, email: &str, phone: &str, company: &str, notes: &str) -> Result<String, StoreError> {
    let input = ContactInput {
        first_name: first.into(),
        last_name: last.into(),
        email: email.into(),
        phone: phone.into(),
        company_name: company.into(),
        notes: notes.into(),
        other_phones: vec![],
        ..Default::default()
    }
    .validate()
    .unwrap();
    let id = new_id();
    let company_id = companies::find_or_create(w, &input.company_name)?;
    contacts::save(w, &id, &input, company_id, true)?;
    Ok(id)
}

/// A small book of business with the traps a ranking must get right.
fn book() -> (Fixture, Vec<String>) {
    let fx = fresh();
    let ids = write(&fx.db, |w| {
        companies::save(w, None, &CompanyInput { name: "Acme Corp".into(), domain: "acme.com".into(), ..Default::default() })?;
        companies::save(w, None, &CompanyInput { name: "Banana Corp".into(), domain: "banana.io".into(), ..Default::default() })?;
        let ids = vec![
            contact(w, "Ana", "García", "ana@acme.com", "+1 202-555-0100", "Acme Corp", "")?,
            contact(w, "Bob", "Stone", "bob@banana.io", "+44 20 7946 0958", "Banana Corp", "")?,
            contact(w, "Chen", "Wei", "chen@globex.cn", "", "Globex", "Met at the Lisbon summit about SSO")?,
        ];
        let pipeline = pipelines::ensure_default(w)?;
        let stage = pipelines::get(w.conn(), &pipeline)?.stages[0].id.clone();
        let deal = DealInput {
            name: "Acme — analytics rollout".into(),
            pipeline_id: pipeline,
            stage_id: stage,
            currency: "USD".into(),
            notes: "Procurement wants SOC 2".into(),
            ..Default::default()
        }
        .validate(StageKind::Open)
        .unwrap();
        let acme = companies::find_by_name(w.conn(), "Acme Corp")?;
        let at = w.now_text();
        deals::save(w, None, &deal, acme, &at)?;
        Ok(ids)
    })
    .0;
    (fx, ids)
}

fn find(fx: &Fixture, query: &str) -> Everything {
    fx.db.read(|conn| everything(conn, query, 10, chrono::Utc::now())).unwrap()
}

fn names(found: &Everything) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        found.contacts.rows.iter().map(|r| r.name.clone()).collect(),
        found.companies.rows.iter().map(|r| r.name.clone()).collect(),
        found.deals.rows.iter().map(|r| r.name.clone()).collect(),
    )
}

type Names = Vec<String>;

#[test]
fn the_golden_set() {
    let (fx, _) = book();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let cases: Vec<(&str, Names, Names, Names)> = vec![
        // A phone fragment, with or without its punctuation.
        ("0100", s(&["Ana García"]), s(&[]), s(&[])),
        ("555-0100", s(&["Ana García"]), s(&[]), s(&[])),
        ("(202) 555", s(&["Ana García"]), s(&[]), s(&[])),
        ("7946 0958", s(&["Bob Stone"]), s(&[]), s(&[])),
        // A name match ranks above a company that merely contains the letters.
        ("ana", s(&["Ana García", "Bob Stone"]), s(&["Banana Corp"]), s(&["Acme — analytics rollout"])),
        // A company name finds the company, its people and its deals.
        ("acme", s(&["Ana García"]), s(&["Acme Corp"]), s(&["Acme — analytics rollout"])),
        // A web domain finds the company.
        ("banana.io", s(&["Bob Stone"]), s(&["Banana Corp"]), s(&[])),
        // Notes are searched too.
        ("lisbon", s(&["Chen Wei"]), s(&[]), s(&[])),
        ("soc 2", s(&[]), s(&[]), s(&["Acme — analytics rollout"])),
        // A name pasted whole, dash and all.
        ("Acme — analytics rollout", s(&[]), s(&[]), s(&["Acme — analytics rollout"])),
        // One or two letters still answer, by word start.
        ("ch", s(&["Chen Wei"]), s(&[]), s(&[])),
        ("b", s(&["Bob Stone"]), s(&["Banana Corp"]), s(&[])),
        ("garcia", s(&["Ana García"]), s(&[]), s(&[])),
    ];
    for (query, people, companies, deals) in cases {
        let found = find(&fx, query);
        assert_eq!(names(&found), (people, companies, deals), "query {query:?}");
    }
}

#[test]
fn a_second_phone_is_found_and_a_removed_one_is_not() {
    let (fx, ids) = book();
    let chen = ids[2].clone();
    let mut input = ContactInput::from(&fx.db.read(|c| contacts::get(c, &chen)).unwrap());
    input.other_phones = vec!["+81 3 5555 1234".into()];
    let clean = input.validate().unwrap();
    write(&fx.db, |w| contacts::save(w, &chen, &clean, None, false));
    assert_eq!(names(&find(&fx, "5555 1234")).0, ["Chen Wei"]);
    let mut without = clean.clone();
    without.other_phones.clear();
    write(&fx.db, |w| contacts::save(w, &chen, &without, None, false));
    assert!(find(&fx, "5555 1234").contacts.rows.is_empty());
}

#[test]
fn a_broad_query_puts_names_starting_with_it_first_and_still_counts_every_match() {
    let fx = fresh();
    write(&fx.db, |w| {
        // Three people whose names only contain "ana", then two whose names start with it.
        for (first, last, company) in [
            ("Diana", "Prince", "Themyscira"),
            ("Juliana", "Paes", "Globo"),
            ("Bob", "Stone", "Banana Corp"),
            ("Anabel", "Ruiz", "Acme"),
            ("Ana", "García", "Acme"),
        ] {
            contact(w, first, last, "", "", company, "")?;
        }
        Ok(())
    });
    let broad = Breadth { rank_all_up_to: 3, candidates: 10 };
    let found = fx.db.read(|conn| everything_within(conn, "ana", 3, chrono::Utc::now(), broad)).unwrap();
    assert_eq!(found.contacts.total, 5, "the total counts every match, not only the candidates");
    let people: Vec<&str> = found.contacts.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(people, ["Ana García", "Anabel Ruiz", "Diana Prince"], "names starting with the query first, then the rest in index order");
    // No company name starts with "ana": a broad query still shows the ones containing it.
    let everyone_broad = Breadth { rank_all_up_to: 0, candidates: 10 };
    let companies = fx.db.read(|conn| everything_within(conn, "ana", 3, chrono::Utc::now(), everyone_broad)).unwrap().companies;
    assert_eq!((companies.total, companies.rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>()), (1, vec!["Banana Corp"]));
    // Fewer candidates than names: only the first candidates are ranked, and the page is still full.
    let few = Breadth { rank_all_up_to: 3, candidates: 1 };
    let found = fx.db.read(|conn| everything_within(conn, "ana", 3, chrono::Utc::now(), few)).unwrap();
    assert_eq!(found.contacts.rows.len(), 3);
    assert_eq!(found.contacts.rows[0].name, "Anabel Ruiz", "the first name match in index order");
    // Narrow enough: every match ranked, the shortest name first.
    let narrow = fx.db.read(|conn| everything_within(conn, "ana", 3, chrono::Utc::now(), Breadth::default())).unwrap();
    assert_eq!(narrow.contacts.rows[0].name, "Ana García");
}
