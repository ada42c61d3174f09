use tandem_store::contacts::page;
use tandem_store::tables::{COMPANIES, CONTACTS};

use crate::*;

struct People {
    fx: Fixture,
    ana: String,
    jose: String,
    anabel: String,
    bob: String,
    zoe: String,
}

fn people() -> People {
    let fx = fresh();
    let ana = add_contact(&fx.db, "Ana", "García", "ana@acme.com", "Acme Corp");
    let jose = add_contact(&fx.db, "José", "Álvarez", "jose@globex.io", "Globex");
    let anabel = add_contact(&fx.db, "Anabel", "Smith", "asmith@initech.com", "Initech");
    let bob = add_contact(&fx.db, "Bob", "O'Neil", "bob@example.com", "Rock & Roll_100%");
    let zoe = add_contact(&fx.db, "Zoë", "Lindqvist", "zoe@northwind.se", "");
    People { fx, ana, jose, anabel, bob, zoe }
}

impl People {
    fn find(&self, search: &str) -> Vec<String> {
        let mut ids = self.fx.db.read(|c| Ok(search_ids(c, search))).unwrap();
        ids.sort();
        ids
    }
}

fn sorted(ids: &[&String]) -> Vec<String> {
    let mut v: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

#[test]
fn one_or_two_letters_match_the_start_of_a_name_an_email_or_a_company() {
    let p = people();
    assert_eq!(p.find("an"), sorted(&[&p.ana, &p.anabel]), "first names starting with an");
    assert_eq!(p.find("A"), sorted(&[&p.ana, &p.anabel, &p.jose]), "Ana, Anabel (asmith@) and Álvarez, accent folded");
    assert_eq!(p.find("gl"), sorted(&[&p.jose]), "company Globex");
    assert_eq!(p.find("as"), sorted(&[&p.anabel]), "e-mail asmith@");
    assert_eq!(p.find("o'"), sorted(&[&p.bob]), "last name O'Neil");
    assert!(p.find("na").is_empty(), "a short search matches word starts, not the middle of Ana");
}

#[test]
fn three_or_more_letters_match_anywhere_in_name_email_or_company() {
    let p = people();
    assert_eq!(p.find("arc"), sorted(&[&p.ana]), "middle of García");
    assert_eq!(p.find("lobe"), sorted(&[&p.jose]), "middle of Globex");
    assert_eq!(p.find("mith"), sorted(&[&p.anabel]));
    assert_eq!(p.find("northwind.se"), sorted(&[&p.zoe]), "e-mail domain");
    assert_eq!(p.find("corp"), sorted(&[&p.ana]), "company Acme Corp");
    assert!(p.find("xyz").is_empty());
}

#[test]
fn accents_are_folded_both_ways() {
    let p = people();
    assert_eq!(p.find("garcia"), sorted(&[&p.ana]));
    assert_eq!(p.find("García"), sorted(&[&p.ana]));
    assert_eq!(p.find("alvarez"), sorted(&[&p.jose]));
    assert_eq!(p.find("jose"), sorted(&[&p.jose]));
    assert_eq!(p.find("zoe"), sorted(&[&p.zoe]));
    assert_eq!(p.find("zo"), sorted(&[&p.zoe]), "a two-letter search folds accents too");
    assert_eq!(p.find("lindqvíst"), sorted(&[&p.zoe]), "an accent typed where there is none");
}

#[test]
fn case_does_not_matter() {
    let p = people();
    for q in ["ACME", "AnA", "gArCíA", "BOB@EXAMPLE"] {
        let expected = if q == "BOB@EXAMPLE" {
            sorted(&[&p.bob])
        } else if q == "AnA" {
            sorted(&[&p.ana, &p.anabel])
        } else {
            sorted(&[&p.ana])
        };
        assert_eq!(p.find(q), expected, "{q}");
    }
    assert_eq!(p.find("GL"), sorted(&[&p.jose]));
}

#[test]
fn every_word_of_a_search_must_match() {
    let p = people();
    assert_eq!(p.find("ana gar"), sorted(&[&p.ana]));
    assert_eq!(p.find("gar ana"), sorted(&[&p.ana]), "word order does not matter");
    assert_eq!(p.find("ana acme"), sorted(&[&p.ana]), "words may match different fields");
    assert_eq!(p.find("ana  smith "), sorted(&[&p.anabel]));
    assert_eq!(p.find("ana s"), sorted(&[&p.anabel]), "a short word alongside a long one");
    assert!(p.find("ana globex").is_empty());
}

#[test]
fn deleted_contacts_are_not_found() {
    let p = people();
    write(&p.fx.db, |w| w.soft_delete(&CONTACTS, &p.ana));
    assert!(p.find("garcia").is_empty());
    assert_eq!(p.find("an"), sorted(&[&p.anabel]));
    let (total, rows) = p.fx.db.read(|c| page(c, "", 0, 100)).unwrap();
    assert_eq!(total, 4);
    assert!(rows.iter().all(|r| r.id != p.ana));
    write(&p.fx.db, |w| w.restore(&CONTACTS, &p.ana));
    assert_eq!(p.find("garcia"), sorted(&[&p.ana]));
}

#[test]
fn total_counts_every_match_while_rows_respect_limit_and_offset() {
    let fx = fresh();
    add_contact(&fx.db, "Outsider", "Person", "out@else.com", "Elsewhere");
    let mut ids: Vec<String> =
        (0..25).map(|i| add_contact(&fx.db, &format!("Pat{i:02}"), "Lee", &format!("pat{i}@paging.io"), "Paging Ltd")).collect();
    ids.sort();
    let mut seen = Vec::new();
    for offset in (0..30).step_by(10) {
        let (total, rows) = fx.db.read(|c| page(c, "paging", offset, 10)).unwrap();
        assert_eq!(total, 25);
        assert_eq!(rows.len(), [10, 10, 5][offset as usize / 10]);
        seen.extend(rows.into_iter().map(|r| r.id));
    }
    let unique: std::collections::BTreeSet<_> = seen.iter().cloned().collect();
    assert_eq!(seen.len(), unique.len(), "pages do not overlap");
    assert_eq!(unique.into_iter().collect::<Vec<_>>(), ids, "pages cover every match");
    let (total, rows) = fx.db.read(|c| page(c, "", 20, 100)).unwrap();
    assert_eq!((total, rows.len()), (26, 6));
    let (total, rows) = fx.db.read(|c| page(c, "paging", 500, 10)).unwrap();
    assert_eq!((total, rows.len()), (25, 0));
}

#[test]
fn a_short_search_pages_through_its_matches_in_name_order_whether_they_are_many_or_few() {
    let fx = fresh();
    // 30 of 40 people start with "a": the first pages walk the name index, the last ones (deep
    // enough that the walk would read most of it) read the matches by rowid and sort them.
    let mut many: Vec<(String, String)> = (0..30)
        .map(|i| (format!("A{:02}", 29 - i), add_contact(&fx.db, &format!("A{:02}", 29 - i), "Lee", &format!("a{i}@x.io"), "")))
        .collect();
    for i in 0..10 {
        add_contact(&fx.db, &format!("Bert{i}"), "Kim", &format!("b{i}@x.io"), "");
    }
    let few = add_contact(&fx.db, "Zqil", "Moe", "z@x.io", "");
    many.sort();
    let mut seen = Vec::new();
    for offset in (0..30).step_by(5) {
        let (total, rows) = fx.db.read(|c| page(c, "a", offset, 5)).unwrap();
        assert_eq!(total, 30);
        seen.extend(rows.into_iter().map(|r| r.id));
    }
    assert_eq!(seen, many.into_iter().map(|(_, id)| id).collect::<Vec<_>>(), "every page in name order, none skipped");
    let (total, rows) = fx.db.read(|c| page(c, "zq", 0, 5)).unwrap();
    assert_eq!((total, rows.into_iter().map(|r| r.id).collect::<Vec<_>>()), (1, vec![few]));
}

#[test]
fn results_list_name_matches_before_email_and_company_matches() {
    let fx = fresh();
    let by_company = add_contact(&fx.db, "Aaron", "Ames", "aaron@x.io", "Lindberg Partners");
    let by_email = add_contact(&fx.db, "Abby", "Adams", "lindberg@y.io", "");
    let by_name = add_contact(&fx.db, "Zack", "Lindberg", "zack@z.io", "");
    let ids = fx.db.read(|c| Ok(search_ids(c, "lindberg"))).unwrap();
    assert_eq!(ids, [by_name, by_email, by_company]);
}

#[test]
fn a_company_rename_is_found_under_the_new_name_only() {
    let p = people();
    let company: String =
        p.fx.db.read(|c| Ok(c.query_row("SELECT company_id FROM contacts WHERE id = ?1", [&p.ana], |r| r.get(0))?)).unwrap();
    write(&p.fx.db, |w| w.set(&COMPANIES, &company, &[("name", text("Umbrella Holdings"))]));
    assert_eq!(p.find("umbrella"), sorted(&[&p.ana]));
    assert_eq!(p.find("um"), sorted(&[&p.ana]), "short searches see the new name too");
    assert!(p.find("acme corp").is_empty(), "the old name is forgotten");
    let row = p.fx.db.read(|c| page(c, "umbrella", 0, 10)).unwrap().1.remove(0);
    assert_eq!(row.company_name, "Umbrella Holdings");
}

#[test]
fn quotes_and_like_wildcards_are_searched_literally() {
    let p = people();
    let everyone = 5;
    assert_eq!(p.find("_100%"), sorted(&[&p.bob]), "underscore and percent are literal characters");
    assert_eq!(p.find("l_1"), sorted(&[&p.bob]));
    assert_eq!(p.find("o'neil"), sorted(&[&p.bob]));
    for q in [
        "%",
        "_",
        "%%",
        "__",
        "%%%",
        "___",
        "\"",
        "\"\"",
        "\"\"\"",
        "'",
        "''",
        "ana\"",
        "\"ana",
        "' OR 1=1 --",
        "ana OR bob",
        "ana*",
        "NEAR(ana bob)",
        "^ana",
        "-ana",
        "a\\",
        "\\%",
        "col:ana",
    ] {
        let (total, rows) = p.fx.db.read(|c| page(c, q, 0, 100)).unwrap_or_else(|e| panic!("search {q:?} failed: {e}"));
        assert!((total as usize) < everyone, "{q:?} matched everyone");
        assert_eq!(rows.len() as u64, total, "{q:?}");
    }
    assert!(p.find("%").is_empty() && p.find("_").is_empty() && p.find("''").is_empty());
    assert!(p.find("ana OR bob").is_empty(), "OR is a word to find, not an operator");
}

#[test]
fn the_list_sorts_by_name_or_by_most_recent_change() {
    use tandem_domain::contact::ContactSort;
    use tandem_store::contacts::page_sorted;
    let p = people();
    // Edit Bob last (timestamps have millisecond resolution), so he is the most recently updated.
    std::thread::sleep(std::time::Duration::from_millis(3));
    p.fx.db.write(tandem_store::WriteSource::User, |w| w.set(&CONTACTS, &p.bob, &[("title", "CTO".to_owned().into())])).unwrap();
    let names = |sort| p.fx.db.read(|c| page_sorted(c, "", sort, 0, 10)).unwrap().1.into_iter().map(|r| r.name).collect::<Vec<_>>();
    assert_eq!(names(ContactSort::Name), ["Ana García", "Anabel Smith", "Bob O'Neil", "José Álvarez", "Zoë Lindqvist"]);
    assert_eq!(names(ContactSort::RecentlyUpdated)[0], "Bob O'Neil");
    assert_eq!(names(ContactSort::RecentlyAdded)[0], "Zoë Lindqvist");
    // A sort applies within search results too.
    let found = p.fx.db.read(|c| page_sorted(c, "an", ContactSort::RecentlyAdded, 0, 10)).unwrap().1;
    assert_eq!(found.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Anabel Smith", "Ana García"]);
}
