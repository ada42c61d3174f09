//! The content library through the façade: files in (deduplicated, limited, their text found),
//! who may do what, versions, sharing on timelines, win rates, feedback and review nudges.

use tandem_app::dto::{ShareInput, WorkspaceChoice};
use tandem_app::ErrorCode;
use tandem_content::extract::Limits;
use tandem_domain::activity::TimelineEntry;
use tandem_domain::content::{ContentForm, ContentInput, ContentKind, ContentQuery, ContentStatus, TextStatus};
use tandem_domain::content_use::{FeedbackInput, FeedbackRating};
use tandem_domain::deal::DealInput;
use tandem_domain::member::{MemberInput, Role};
use tandem_domain::nudge::NudgeRule;

use crate::docx::docx;
use crate::support::{me, person, workspace, TestWorkspace};

fn as_role(ws: &TestWorkspace, role: Role) {
    ws.app.update_profile(MemberInput { role, ..me() }).unwrap();
}

fn search(ws: &TestWorkspace, text: &str) -> Vec<String> {
    let found = ws.app.search_content(ContentQuery { text: text.into(), ..Default::default() }).unwrap();
    found.hits.into_iter().map(|h| h.title).collect()
}

fn stored_files(ws: &TestWorkspace) -> usize {
    let root = ws.dir.path().join("content");
    let Ok(dirs) = std::fs::read_dir(&root) else { return 0 };
    dirs.flatten().filter(|d| d.path().is_dir()).map(|d| std::fs::read_dir(d.path()).unwrap().count()).sum()
}

#[test]
fn a_phrase_inside_a_docx_finds_it_and_the_same_file_twice_is_stored_once() {
    let ws = workspace(WorkspaceChoice::Empty);
    as_role(&ws, Role::Marketer);
    let bytes = docx(&["Our zero-trust onboarding took nine days at Globex."]);
    let first = ws.app.add_content_bytes("globex-case_study.docx", &bytes).unwrap();
    assert_eq!((first.title.as_str(), first.kind, first.status), ("globex case study", ContentKind::CaseStudy, ContentStatus::Draft));
    let text = first.text.clone().unwrap();
    assert_eq!(text.status, TextStatus::Indexed, "{}", text.message);
    let second = ws.app.add_content_bytes("copy.docx", &bytes).unwrap();
    assert_ne!(first.id, second.id);
    assert_eq!(first.file.unwrap().blob_hash, second.file.unwrap().blob_hash);
    assert_eq!(stored_files(&ws), 1, "content-addressed: one copy on disk");
    assert_eq!(search(&ws, "onboarding nine days").len(), 2);
}

#[test]
fn a_file_over_the_limit_is_refused_and_leaves_nothing_behind() {
    let ws = workspace(WorkspaceChoice::Empty);
    ws.app.set_file_limits(Limits { max_input_bytes: 1024, ..Limits::default() });
    let err = ws.app.add_content_bytes("big.txt", &vec![b'x'; 4096]).unwrap_err();
    assert_eq!(err.code, ErrorCode::Validation);
    assert!(err.message.starts_with("big.txt: ") && err.message.contains("limit of 1"), "{}", err.message);
    assert_eq!(stored_files(&ws), 0);
    assert_eq!(ws.app.search_content(ContentQuery::default()).unwrap().total, 0);
    // A small one still goes in.
    ws.app.add_content_bytes("ok.txt", b"fine").unwrap();
}

#[test]
fn a_hostile_file_is_stored_but_its_text_failure_is_explained() {
    let ws = workspace(WorkspaceChoice::Empty);
    let item = ws.app.add_content_bytes("<img src=x onerror=alert(1)>.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog").unwrap();
    assert_eq!(item.title, "<img src=x onerror=alert(1)>", "a name is just text");
    let text = item.text.unwrap();
    assert_eq!(text.status, TextStatus::Failed);
    assert!(text.message.contains("PDF"), "{}", text.message);
    let image = ws.app.add_content_bytes("logo.png", b"\x89PNG\r\n\x1a\n0000").unwrap();
    assert_eq!((image.file.unwrap().mime.as_str(), image.text.unwrap().status), ("image/png", TextStatus::NoText));
}

#[test]
fn sellers_add_drafts_and_only_marketers_approve() {
    let ws = workspace(WorkspaceChoice::Empty);
    let link = ContentInput {
        title: "Webinar recording".into(),
        url: "https://example.com/webinar".into(),
        kind: ContentKind::Link,
        ..Default::default()
    };
    let item = ws.app.create_content(ContentForm::Link, link).unwrap();
    assert_eq!(search(&ws, "webinar"), Vec::<String>::new(), "a seller sees approved content by default");
    let refused = ws.app.set_content_status(&item.id, ContentStatus::Approved).unwrap_err();
    assert_eq!((refused.code, refused.message.as_str()), (ErrorCode::Forbidden, "Only marketers and admins can approve library content."));

    as_role(&ws, Role::Marketer);
    assert_eq!(search(&ws, "webinar"), ["Webinar recording"], "marketers see drafts");
    ws.app.set_content_status(&item.id, ContentStatus::Approved).unwrap();

    as_role(&ws, Role::Seller);
    assert_eq!(search(&ws, "webinar"), ["Webinar recording"]);
    let edit = ws.app.update_content(&item.id, ContentInput { title: "Mine now".into(), ..item.to_input() }).unwrap_err();
    assert_eq!(edit.code, ErrorCode::Forbidden);
    let javascript = ContentInput { title: "x".into(), url: "javascript:alert(1)".into(), ..Default::default() };
    assert_eq!(ws.app.create_content(ContentForm::Link, javascript).unwrap_err().fields[0].field, "url");
}

#[test]
fn a_new_version_keeps_the_old_one_and_restoring_adds_a_version() {
    let ws = workspace(WorkspaceChoice::Empty);
    let item = ws.app.add_content_bytes("pricing.md", b"# Pricing\nSeats at 40 EUR").unwrap();
    let v1 = item.file.clone().unwrap();
    ws.app.add_content_version(&item.id, "pricing-2027.md", b"# Pricing\nSeats at 45 EUR", "2027 prices").unwrap();
    assert_eq!(search(&ws, "45"), Vec::<String>::new(), "drafts are hidden from sellers");
    as_role(&ws, Role::Admin);
    assert_eq!(search(&ws, "45").len(), 1);
    assert!(search(&ws, "40").is_empty(), "the old version's text is not searched");
    let restored = ws.app.restore_content_version(&item.id, &v1.version_id).unwrap();
    let current = restored.file.unwrap();
    assert_eq!((current.number, current.file_name.as_str()), (3, "pricing.md"));
    let versions = ws.app.content_versions(&item.id).unwrap();
    assert_eq!(
        versions.iter().map(|v| (v.number, v.note.as_str())).collect::<Vec<_>>(),
        [(3, "Restored from version 1"), (2, "2027 prices"), (1, "")]
    );
    assert_eq!(ws.app.content_bytes(&current.version_id).unwrap().bytes, b"# Pricing\nSeats at 40 EUR");
    assert_eq!(search(&ws, "40").len(), 1);
}

#[test]
fn sharing_logs_on_the_timelines_fills_the_snippet_and_counts_toward_the_win_rate() {
    let ws = workspace(WorkspaceChoice::Empty);
    as_role(&ws, Role::Marketer);
    let ada = ws.app.create_contact(person("Ada", "Lovelace", "ada@engines.io", "Analytical Engines")).unwrap();
    let pipeline = ws.app.list_pipelines().unwrap().remove(0);
    let won = pipeline.stages.iter().find(|s| s.name == "Won").unwrap().id.clone();
    let lost = pipeline.stages.iter().find(|s| s.name == "Lost").unwrap().id.clone();
    let deal = |name: &str, stage: &str| DealInput {
        name: name.into(),
        pipeline_id: pipeline.id.clone(),
        stage_id: stage.into(),
        amount: "1000".into(),
        currency: "EUR".into(),
        ..Default::default()
    };
    let renewal = ws
        .app
        .create_deal(DealInput { primary_contact_id: Some(ada.id.clone()), ..deal("Engines renewal", &pipeline.stages[0].id) })
        .unwrap();
    ws.app.create_deal(deal("Other win", &won)).unwrap();
    ws.app.create_deal(DealInput { loss_reason: "Price".into(), ..deal("Other loss", &lost) }).unwrap();

    let snippet = ContentInput {
        title: "Intro e-mail".into(),
        kind: ContentKind::EmailTemplate,
        body: "Hi {{contact.first_name}}, about {{company.name}} and {{deal.name}} — {{contact.title}}".into(),
        ..Default::default()
    };
    let item = ws.app.create_content(ContentForm::Text, snippet).unwrap();
    ws.app.set_content_status(&item.id, ContentStatus::Approved).unwrap();
    let filled = ws.app.fill_content(&item.id, Some(&ada.id), Some(&renewal.id)).unwrap();
    assert_eq!(filled.text, "Hi Ada, about Analytical Engines and Engines renewal — ");
    assert_eq!(filled.empty, ["contact.title"]);

    let share = ShareInput {
        item_id: item.id.clone(),
        contact_id: ada.id.clone(),
        deal_id: Some(renewal.id.clone()),
        note: "after the call".into(),
        confirm_expired: false,
    };
    let shared = ws.app.share_content(share.clone()).unwrap();
    assert_eq!(
        (shared.text.as_deref(), shared.email.as_str()),
        (Some("Hi Ada, about Analytical Engines and Engines renewal — "), "ada@engines.io")
    );
    for (table, id) in [("contacts", &ada.id), ("deals", &renewal.id)] {
        let timeline = ws.app.timeline(table, id).unwrap();
        assert!(
            timeline.iter().any(|e| matches!(e, TimelineEntry::ContentShared { item_title, contact_name, note, .. }
                if item_title == "Intro e-mail" && contact_name == "Ada Lovelace" && note == "after the call")),
            "{table}: {timeline:?}"
        );
    }

    ws.app.move_deal(&renewal.id, &won, "").unwrap();
    let detail = ws.app.get_content(&item.id).unwrap();
    assert_eq!(detail.uses.len(), 1);
    assert_eq!((detail.win_rates.with_item.won, detail.win_rates.with_item.closed), (1, 1));
    assert_eq!((detail.win_rates.without_item.won, detail.win_rates.without_item.closed), (1, 2));

    // Expired content needs a confirmation; archived content is not shared at all.
    ws.app.update_content(&item.id, ContentInput { expires_on: "2020-01-01".into(), ..item.to_input() }).unwrap();
    assert_eq!(ws.app.share_content(share.clone()).unwrap_err().code, ErrorCode::Conflict);
    ws.app.share_content(ShareInput { confirm_expired: true, ..share.clone() }).unwrap();
    ws.app.set_content_status(&item.id, ContentStatus::Archived).unwrap();
    assert!(ws.app.share_content(ShareInput { confirm_expired: true, ..share }).unwrap_err().message.contains("archived"));
}

#[test]
fn a_file_share_hands_back_a_copy_under_its_own_name() {
    let ws = workspace(WorkspaceChoice::Empty);
    let ada = ws.app.create_contact(person("Ada", "Lovelace", "ada@engines.io", "")).unwrap();
    let item = ws.app.add_content_bytes("Battlecard.md", b"# Beat the incumbent").unwrap();
    let shared = ws
        .app
        .share_content(ShareInput { item_id: item.id, contact_id: ada.id, deal_id: None, note: String::new(), confirm_expired: false })
        .unwrap();
    let path = std::path::PathBuf::from(shared.file_path.unwrap());
    assert_eq!(path.file_name().unwrap(), "Battlecard.md");
    assert_eq!(std::fs::read(path).unwrap(), b"# Beat the incumbent");
}

#[test]
fn feedback_reaches_marketing_and_a_review_date_nudges_the_owner() {
    let ws = workspace(WorkspaceChoice::Empty);
    let item = ws.app.add_content_bytes("deck.md", b"# Deck").unwrap();
    let missing = FeedbackInput { item_id: item.id.clone(), rating: FeedbackRating::Outdated, comment: String::new() };
    assert_eq!(ws.app.add_content_feedback(missing.clone()).unwrap_err().fields[0].field, "comment");
    ws.app.add_content_feedback(FeedbackInput { comment: "Still shows 2025 prices".into(), ..missing }).unwrap();
    ws.app
        .add_content_feedback(FeedbackInput { item_id: item.id.clone(), rating: FeedbackRating::Useful, comment: String::new() })
        .unwrap();
    let queue = ws.app.feedback_queue().unwrap();
    assert_eq!(queue.iter().map(|f| f.comment.as_str()).collect::<Vec<_>>(), ["Still shows 2025 prices"], "praise needs no answer");
    ws.app.resolve_content_feedback(&queue[0].id).unwrap();
    assert!(ws.app.feedback_queue().unwrap().is_empty());

    let today = chrono::Utc::now().date_naive().to_string();
    ws.app.update_content(&item.id, ContentInput { review_by: today, ..item.to_input() }).unwrap();
    ws.app.refresh_nudges(chrono::Utc::now()).unwrap();
    let nudges = ws.app.list_nudges().unwrap();
    let review = nudges.iter().find(|n| n.rule == NudgeRule::ContentReviewDue).expect("a review nudge");
    assert_eq!((review.record_name.as_str(), review.reason.as_str()), ("deck", "Review due today"));
    let task = ws.app.accept_nudge(&review.id).unwrap();
    assert_eq!(task.title, "Review “deck” in the library");
}

#[test]
fn text_missing_on_this_device_is_extracted_later() {
    let ws = workspace(WorkspaceChoice::Empty);
    let item = ws.app.add_content_bytes("notes.txt", b"quarterly churn review").unwrap();
    let db = rusqlite::Connection::open(ws.dir.path().join("tandem.db")).unwrap();
    db.execute("DELETE FROM content_text", []).unwrap();
    db.execute("DELETE FROM content_fts", []).unwrap();
    assert_eq!(ws.app.get_content(&item.id).unwrap().item.text.unwrap().status, TextStatus::Pending);
    assert_eq!(ws.app.index_pending_content().unwrap(), 1);
    as_role(&ws, Role::Admin);
    assert_eq!(search(&ws, "churn"), ["notes"]);
}
