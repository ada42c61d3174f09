//! The library's storage: search over descriptions and the text inside files, facets that count
//! with the other choices applied, and version history naming what changed.

use tandem_domain::content::{ContentForm, ContentInput, ContentKind, ContentQuery, ContentStatus, FunnelStage, TextStatus};
use tandem_store::content::{self, NewVersion};
use tandem_store::{content_search, Db};

use crate::*;

fn item(db: &Db, title: &str, kind: ContentKind, personas: &[&str]) -> String {
    let input = ContentInput {
        title: title.into(),
        kind,
        stage: Some(FunnelStage::Consideration),
        personas: personas.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    };
    write(db, |w| content::create(w, ContentForm::File, &input)).0
}

fn attach(db: &Db, item_id: &str, hash: &str, file_name: &str, text: &str) {
    write(db, |w| {
        let v = NewVersion { blob_hash: hash, file_name, mime: "application/pdf", size: 10, note: "", author_id: None };
        content::add_version(w, item_id, &v)?;
        content::record_text(w.conn(), hash, TextStatus::Indexed, "", text)
    });
}

fn search(db: &Db, query: ContentQuery) -> tandem_domain::content::ContentResults {
    db.read(|c| content_search::search(c, &ContentQuery { limit: 50, ..query })).unwrap()
}

fn words(text: &str) -> ContentQuery {
    ContentQuery { text: text.into(), ..Default::default() }
}

#[test]
fn a_phrase_found_only_inside_a_file_finds_its_item_with_the_passage() {
    let fx = fresh();
    let a = item(&fx.db, "Acme case study", ContentKind::CaseStudy, &[]);
    let b = item(&fx.db, "Pricing one-pager", ContentKind::OnePager, &[]);
    attach(
        &fx.db,
        &a,
        &"a".repeat(64),
        "acme.pdf",
        "Onboarding took nine days. Quarterly churn fell eighteen percent after the zero-trust rollout.",
    );
    attach(&fx.db, &b, &"b".repeat(64), "pricing.pdf", "Seats are billed yearly.");

    let found = search(&fx.db, words("churn fell"));
    assert_eq!(found.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), [a.as_str()]);
    assert!(found.hits[0].excerpt.contains("churn fell eighteen"), "{}", found.hits[0].excerpt);
    assert_eq!(found.hits[0].file_name, "acme.pdf");
    // Prefixes, accents and phrases.
    assert_eq!(search(&fx.db, words("onboard")).total, 1);
    assert_eq!(search(&fx.db, words("\"fell eighteen\"")).total, 1);
    assert_eq!(search(&fx.db, words("\"eighteen fell\"")).total, 0);
    // Syntax in what a user types is just words.
    assert_eq!(search(&fx.db, words("seats* ( \"yearly")).total, 1);
}

#[test]
fn the_index_follows_edits_terms_new_versions_and_the_trash() {
    let fx = fresh();
    let id = item(&fx.db, "Security battlecard", ContentKind::Battlecard, &["CISO"]);
    assert_eq!(search(&fx.db, words("ciso")).total, 1, "a persona is searchable");
    let mut input = fx.db.read(|c| content::get(c, &id)).unwrap().to_input();
    input.title = "Compliance battlecard".into();
    input.personas = vec!["Compliance officer".into()];
    input.tags = vec!["objections".into()];
    write(&fx.db, |w| content::update(w, &id, &input));
    assert_eq!(search(&fx.db, words("security")).total, 0);
    assert_eq!(search(&fx.db, words("ciso")).total, 0, "a removed persona is not");
    assert_eq!(search(&fx.db, words("compliance officer objections")).total, 1);

    attach(&fx.db, &id, &"c".repeat(64), "v1.pdf", "soc two report");
    attach(&fx.db, &id, &"d".repeat(64), "v2.pdf", "iso certification");
    assert_eq!(search(&fx.db, words("soc")).total, 0, "only the current version's text counts");
    assert_eq!(search(&fx.db, words("iso certification")).total, 1);

    write(&fx.db, |w| w.soft_delete(&tables::CONTENT_ITEMS, &id));
    assert_eq!(search(&fx.db, words("iso")).total, 0);
    write(&fx.db, |w| w.restore(&tables::CONTENT_ITEMS, &id));
    assert_eq!(search(&fx.db, words("iso")).total, 1);
}

#[test]
fn text_extracted_later_is_indexed_for_every_item_holding_the_file() {
    let fx = fresh();
    let a = item(&fx.db, "Deck A", ContentKind::Deck, &[]);
    let b = item(&fx.db, "Deck B", ContentKind::Deck, &[]);
    let hash = "e".repeat(64);
    for id in [&a, &b] {
        write(&fx.db, |w| {
            let v = NewVersion { blob_hash: &hash, file_name: "deck.pptx", mime: "x", size: 1, note: "", author_id: None };
            content::add_version(w, id, &v)
        });
    }
    assert_eq!(fx.db.read(content::files_without_text).unwrap().len(), 1);
    write(&fx.db, |w| content::record_text(w.conn(), &hash, TextStatus::Indexed, "", "roadmap for the platform"));
    assert_eq!(search(&fx.db, words("roadmap")).total, 2);
    assert!(fx.db.read(content::files_without_text).unwrap().is_empty());
}

#[test]
fn facet_counts_apply_every_other_choice() {
    let fx = fresh();
    item(&fx.db, "One", ContentKind::CaseStudy, &["CISO"]);
    item(&fx.db, "Two", ContentKind::CaseStudy, &["CFO"]);
    item(&fx.db, "Three", ContentKind::Deck, &["CISO"]);
    let q = ContentQuery { kinds: vec![ContentKind::CaseStudy], personas: vec!["ciso".into()], ..Default::default() };
    let found = search(&fx.db, q);
    assert_eq!(found.total, 1);
    let count = |facet: &str, value: &str| found.facets.iter().find(|f| f.facet == facet && f.value == value).map(|f| f.count);
    // Kind counts ignore the kind choice but apply the persona one; persona counts the reverse.
    assert_eq!((count("kind", "case_study"), count("kind", "deck")), (Some(1), Some(1)));
    assert_eq!((count("persona", "CISO"), count("persona", "CFO")), (Some(1), Some(1)));
    assert_eq!(count("status", "draft"), Some(1));
    let approved = search(&fx.db, ContentQuery { statuses: vec![ContentStatus::Approved], ..Default::default() });
    assert_eq!(approved.total, 0);
}

#[test]
fn each_version_lists_the_description_edits_made_while_it_was_current() {
    let fx = fresh();
    let id = item(&fx.db, "Whitepaper", ContentKind::Whitepaper, &[]);
    attach(&fx.db, &id, &"1".repeat(64), "wp-v1.pdf", "");
    let mut input = fx.db.read(|c| content::get(c, &id)).unwrap().to_input();
    input.title = "Zero-trust whitepaper".into();
    write(&fx.db, |w| content::update(w, &id, &input));
    attach(&fx.db, &id, &"2".repeat(64), "wp-v2.pdf", "");
    input.expires_on = "2027-06-30".into();
    write(&fx.db, |w| content::update(w, &id, &input));
    write(&fx.db, |w| content::set_status(w, &id, ContentStatus::Approved));

    let versions = fx.db.read(|c| content::versions(c, &id)).unwrap();
    assert_eq!(versions.iter().map(|v| v.number).collect::<Vec<_>>(), [2, 1]);
    let changes = |i: usize| versions[i].changes.iter().map(|c| (c.field.as_str(), c.from.as_str(), c.to.as_str())).collect::<Vec<_>>();
    assert_eq!(changes(0), [("Expires", "", "2027-06-30"), ("Status", "draft", "approved")]);
    assert_eq!(changes(1), [("Title", "Whitepaper", "Zero-trust whitepaper")]);
    let current = fx.db.read(|c| content::get(c, &id)).unwrap();
    assert_eq!(current.file.unwrap().file_name, "wp-v2.pdf");
}

#[test]
fn the_same_persona_added_twice_is_one_row() {
    let fx = fresh();
    let id = item(&fx.db, "Kit", ContentKind::Other, &["CISO"]);
    let mut input = fx.db.read(|c| content::get(c, &id)).unwrap().to_input();
    input.personas = vec![];
    write(&fx.db, |w| content::update(w, &id, &input));
    input.personas = vec!["ciso".into()];
    write(&fx.db, |w| content::update(w, &id, &input));
    assert_eq!(read_scalar(&fx.db, "SELECT count(*) FROM content_terms"), 1, "re-adding revives the derived row");
    assert_eq!(fx.db.read(|c| content::get(c, &id)).unwrap().personas, ["ciso"]);
}

#[test]
fn a_title_match_ranks_above_a_mention_inside_a_file() {
    let fx = fresh();
    let mention = item(&fx.db, "Pricing one-pager", ContentKind::OnePager, &[]);
    attach(&fx.db, &mention, &"f".repeat(64), "pricing.pdf", "Our security review is included.");
    let about = item(&fx.db, "Security battlecard", ContentKind::Battlecard, &[]);
    let found = search(&fx.db, words("security"));
    assert_eq!(found.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), [about.as_str(), mention.as_str()]);
    assert_eq!(found.hits[1].excerpt, "Our security review is included.");
}
