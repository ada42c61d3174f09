//! Quotes end to end through the façade: built from a deal with catalog lines, a discount that
//! needs another person's approval, sent with a final number and a stored PDF, accepted with a
//! signature, revised with a diff, declined, expired — on the sample workspace.

use tandem_app::dto::{AcceptanceInput, WorkspaceChoice};
use tandem_app::ErrorCode;
use tandem_domain::activity::TimelineEntry;
use tandem_domain::member::Role;
use tandem_domain::quote::{Discount, DiscountKind, QuoteLine};
use tandem_domain::quote_diff::ChangeKind;
use tandem_domain::quote_flow::{Approval, QuoteStatus};
use tandem_domain::quote_record::QuoteInput;

use crate::support::{workspace, TestWorkspace};

/// A 1×1 PNG: the smallest signature a canvas can give.
const SIGNATURE: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

fn sample() -> TestWorkspace {
    workspace(WorkspaceChoice::Sample)
}

fn open_deal(ws: &TestWorkspace) -> (String, String) {
    ws.app
        .db()
        .unwrap()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT d.id, d.currency FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id AND s.kind = 'open'
                 WHERE d.deleted = 0 AND d.currency = 'EUR' AND d.primary_contact_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.deal_id = d.id) LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .unwrap()
}

fn member_with(ws: &TestWorkspace, role: Role) -> String {
    ws.app.list_members().unwrap().into_iter().find(|m| m.role == role && !m.is_me).map(|m| m.id).expect("the sample team has one")
}

fn input_of(detail: &tandem_app::dto::QuoteDetail) -> QuoteInput {
    let q = &detail.quote;
    QuoteInput {
        title: q.title.clone(),
        contact_id: q.contact_id.clone(),
        prices: q.draft.prices,
        lines: q.draft.lines.clone(),
        document_discount: q.draft.document_discount.clone(),
        valid_until: q.valid_until.clone(),
        terms: q.terms.clone(),
    }
}

/// The sample's quote that needs no approval: ready to send.
fn ready_quote(ws: &TestWorkspace) -> String {
    ws.app
        .db()
        .unwrap()
        .read(|conn| Ok(conn.query_row("SELECT id FROM quotes WHERE approval = ''", [], |r| r.get::<_, String>(0))?))
        .unwrap()
}

fn acceptance() -> AcceptanceInput {
    AcceptanceInput {
        name: "Maria Chen".into(),
        title: "CISO".into(),
        signed_on: "2026-11-30".into(),
        signature_png: SIGNATURE.into(),
        mark_deal_won: true,
        set_deal_amount: true,
    }
}

#[test]
fn the_sample_has_a_quote_ready_to_send_and_one_waiting_for_approval() {
    let ws = sample();
    let all: Vec<_> = ws
        .app
        .db()
        .unwrap()
        .read(|conn| Ok(conn.prepare("SELECT id FROM quotes")?.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?))
        .unwrap();
    assert_eq!(all.len(), 2);
    let details: Vec<_> = all.iter().map(|id| ws.app.get_quote(id).unwrap()).collect();
    assert!(details.iter().any(|d| d.state.send_refusal.is_none() && d.sections.iter().any(|s| s.content_item_id.is_some())));
    let waiting = details.iter().find(|d| d.state.approval == Approval::Requested).expect("one waits for approval");
    assert!(waiting.approval_reasons.iter().any(|r| r.contains("25%")), "{:?}", waiting.approval_reasons);
    assert!(details.iter().all(|d| d.totals.is_some() && d.problems.is_empty()));
}

#[test]
fn a_discount_above_the_threshold_needs_another_persons_approval_before_sending() {
    let ws = sample();
    let (deal, currency) = open_deal(&ws);
    let quote = ws.app.create_quote(&deal).unwrap();
    assert_eq!(quote.display_number, "Draft");
    assert!(quote.state.send_refusal.as_deref().unwrap().contains("line"), "an empty quote can't be sent");
    let seat = ws.app.db().unwrap().read(|conn| tandem_store::catalog::find_by_sku(conn, "SEC-SEAT")).unwrap().unwrap();
    let mut line = ws.app.quote_line_for_product(&seat, &currency).unwrap();
    let QuoteLine::Item(item) = &mut line else { panic!("a seat is a single product") };
    assert_eq!(item.sale.unit_price, "40.00", "the EUR price is frozen on the line");
    item.sale.quantity = "50".into();
    item.sale.discount = Some(Discount { kind: DiscountKind::Percent, value: "18".into() });
    let detail = ws.app.save_quote(&quote.quote.id, QuoteInput { lines: vec![line], ..input_of(&quote) }).unwrap();
    assert_eq!(detail.state.approval, Approval::Needed);
    assert_eq!(detail.approval_reasons, vec!["The overall discount of 18% is above the 15% that needs approval.".to_owned()]);
    assert_eq!(ws.app.mark_quote_sent(&quote.quote.id).unwrap_err().code, ErrorCode::Conflict);

    ws.app.request_quote_approval(&quote.quote.id).unwrap();
    let own = ws.app.decide_quote_approval(&quote.quote.id, true, "").unwrap_err();
    assert_eq!(own.code, ErrorCode::Forbidden, "a seller approves nothing");
    let me = ws.app.get_profile().unwrap().unwrap().id;
    ws.app.switch_profile(&member_with(&ws, Role::SalesManager)).unwrap();
    assert!(ws.app.decide_quote_approval(&quote.quote.id, false, " ").is_err(), "a rejection says why");
    let approved = ws.app.decide_quote_approval(&quote.quote.id, true, "Fine for 50 seats").unwrap();
    assert_eq!(approved.state.approval, Approval::Approved);
    ws.app.switch_profile(&me).unwrap();

    let sent = ws.app.mark_quote_sent(&quote.quote.id).unwrap();
    assert_eq!(sent.state.status, QuoteStatus::Sent);
    assert!(sent.display_number.starts_with("Q-") && sent.display_number.ends_with("-0001"), "{}", sent.display_number);
    assert_eq!(sent.quote.sent_pdf_sha256.len(), 64);
    let pdf = ws.app.proposal_pdf(&quote.quote.id).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    let timeline = ws.app.timeline("deals", &deal).unwrap();
    assert!(timeline
        .iter()
        .any(|e| matches!(e, TimelineEntry::Quote { event: QuoteStatus::Sent, number, .. } if *number == sent.display_number)));
    assert!(!sent.state.can_edit, "a sent quote changes only in a new revision");
}

#[test]
fn acceptance_stamps_the_pdf_locks_the_quote_wins_the_deal_and_a_revision_shows_its_changes() {
    let ws = sample();
    let ready = ready_quote(&ws);
    let sent = ws.app.mark_quote_sent(&ready).unwrap();
    let uses = ws
        .app
        .db()
        .unwrap()
        .read(|conn| Ok(conn.query_row("SELECT count(*) FROM content_uses WHERE kind = 'proposal'", [], |r| r.get::<_, i64>(0))?))
        .unwrap();
    assert_eq!(uses, 1, "the case study in the proposal is recorded as used");
    let sent_pdf = ws.app.proposal_pdf(&ready).unwrap();
    let asked = ws.app.get_deal(&sent.quote.deal_id).unwrap().amount;
    let bad = ws.app.accept_quote(&ready, AcceptanceInput { signature_png: String::new(), ..acceptance() }).unwrap_err();
    assert!(bad.fields.iter().any(|f| f.field == "signature_png"));
    let accepted = ws.app.accept_quote(&ready, acceptance()).unwrap();
    assert_eq!(accepted.state.status, QuoteStatus::Accepted);
    assert_eq!(accepted.quote.sent_pdf_sha256, sent.quote.sent_pdf_sha256, "the hash is of the PDF the customer was sent");
    let final_pdf = ws.app.proposal_pdf(&ready).unwrap();
    assert!(final_pdf.starts_with(b"%PDF") && final_pdf != sent_pdf, "the final PDF is the stamped one");
    let deal = ws.app.get_deal(&accepted.quote.deal_id).unwrap();
    assert_eq!(deal.stage_kind, tandem_domain::pipeline::StageKind::Won);
    let signed_for = &accepted.totals.as_ref().unwrap().contract_value;
    let amount = |text: &str| text.parse::<rust_decimal::Decimal>().unwrap();
    assert_ne!(amount(&asked), amount(&signed_for.net), "the sample deal was worth something else before");
    assert_eq!(amount(&deal.amount), amount(&signed_for.net), "the deal is worth what was signed, before tax");
    assert_eq!(deal.currency, accepted.totals.as_ref().unwrap().currency);
    assert_ne!(signed_for.net, signed_for.total);
    revenue_by_product_reads_the_accepted_quote_as_priced(&ws, &accepted.quote);
    assert_eq!(ws.app.save_quote(&ready, input_of(&accepted)).unwrap_err().code, ErrorCode::Conflict);

    let v2 = ws.app.revise_quote(&ready).unwrap();
    assert_eq!(v2.quote.revision, 2);
    assert_eq!(v2.quote.number, accepted.quote.number, "revisions share the number");
    assert!(v2.display_number.ends_with(" v2"));
    let mut input = input_of(&v2);
    if let Some(QuoteLine::Item(item)) = input.lines.iter_mut().find(|l| matches!(l, QuoteLine::Item(_))) {
        item.sale.quantity = "60".into();
    }
    ws.app.save_quote(&v2.quote.id, input).unwrap();
    let changes = ws.app.quote_changes(&v2.quote.id).unwrap();
    assert!(changes.iter().any(|c| c.kind == ChangeKind::Changed && c.field == "Quantity" && c.after == "60"), "{changes:?}");
    assert!(ws.app.revise_quote(&ready).is_err(), "an older revision is not revised again");
}

#[test]
fn an_acceptance_leaves_the_deal_as_it_was_when_asked_to() {
    let ws = sample();
    let ready = ready_quote(&ws);
    let deal_id = ws.app.get_quote(&ready).unwrap().quote.deal_id;
    let before = ws.app.get_deal(&deal_id).unwrap();
    let kept = AcceptanceInput { mark_deal_won: false, set_deal_amount: false, ..acceptance() };
    assert_eq!(ws.app.accept_quote(&ready, kept).unwrap().state.status, QuoteStatus::Accepted);
    let after = ws.app.get_deal(&deal_id).unwrap();
    assert_eq!((after.amount, after.currency, after.stage_id), (before.amount, before.currency, before.stage_id));
}

#[test]
fn numbers_follow_each_devices_series_and_a_decline_needs_a_reason() {
    let a = sample();
    let b = sample();
    let number = |ws: &TestWorkspace| {
        let id = ready_quote(ws);
        (id.clone(), ws.app.mark_quote_sent(&id).unwrap().quote.number)
    };
    let (a_id, a_number) = number(&a);
    let (_, b_number) = number(&b);
    assert_ne!(a_number[..7], b_number[..7], "two devices, two series: {a_number} {b_number}");
    assert_eq!(a.app.decline_quote(&a_id, "  ").unwrap_err().code, ErrorCode::Validation);
    let declined = a.app.decline_quote(&a_id, "Went with a cheaper VPN").unwrap();
    assert_eq!(declined.state.status, QuoteStatus::Declined);
    let (deal, _) = open_deal(&a);
    let second = a.app.create_quote(&deal).unwrap();
    let seat = a.app.db().unwrap().read(|conn| tandem_store::catalog::find_by_sku(conn, "ONB-DAY")).unwrap().unwrap();
    let line = a.app.quote_line_for_product(&seat, "EUR").unwrap();
    a.app.save_quote(&second.quote.id, QuoteInput { lines: vec![line], ..input_of(&second) }).unwrap();
    let next = a.app.mark_quote_sent(&second.quote.id).unwrap().quote.number;
    assert_eq!(&next[..8], &a_number[..8]);
    assert!(next.ends_with("-0002"), "{next}");
}

#[test]
fn a_quote_expires_at_the_end_of_its_day_and_raises_a_nudge_before() {
    let ws = sample();
    let (deal, _) = open_deal(&ws);
    let quote = ws.app.create_quote(&deal).unwrap();
    let yesterday = (chrono::Utc::now().date_naive() - chrono::Duration::days(2)).to_string();
    let expired = ws.app.save_quote(&quote.quote.id, QuoteInput { valid_until: yesterday, ..input_of(&quote) }).unwrap();
    assert_eq!(expired.state.status, QuoteStatus::Expired);
    assert!(expired.state.send_refusal.as_deref().unwrap_or("").contains("expired"));
    let soon = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    ws.app.save_quote(&quote.quote.id, QuoteInput { valid_until: soon, ..input_of(&expired) }).unwrap();
    ws.app.refresh_nudges(chrono::Utc::now()).unwrap();
    let nudges = ws.app.list_nudges().unwrap();
    assert!(
        nudges.iter().any(|n| n.record_table == "quotes" && n.record_id == quote.quote.id && n.reason.contains("expires")),
        "{nudges:?}"
    );
}

/// The dashboard splits the won deal by the products of its accepted quote: each product line's
/// net as the quote engine printed it, in the base currency at the rate of the close date.
fn revenue_by_product_reads_the_accepted_quote_as_priced(ws: &TestWorkspace, quote: &tandem_domain::quote_record::Quote) {
    use rust_decimal::Decimal;
    use tandem_app::dashboard::{Attribution, DashboardFilter};
    let today = chrono::Utc::now().date_naive();
    let rates = ws.app.list_exchange_rates().unwrap();
    let rate = |currency: &str| tandem_domain::money::to_base(Decimal::ONE, currency, "USD", &rates, today).unwrap();
    let totals = tandem_domain::quote::compute(&quote.draft).unwrap();
    let quoted: Decimal = totals
        .lines
        .iter()
        .filter(|line| {
            line.included && matches!(&quote.draft.lines[line.position as usize], QuoteLine::Item(i) if i.sale.product_id.is_some())
        })
        .map(|line| line.amount.net.parse::<Decimal>().unwrap())
        .sum();
    let expected = tandem_domain::money::cents(quoted * rate(&quote.draft.currency));
    assert_ne!(expected, "0.00", "the sample's quote sells catalog products");
    let day = today.format("%Y-%m-%d").to_string();
    let filter = DashboardFilter {
        period_start: day.clone(),
        period_end: day,
        owner_id: None,
        team_id: None,
        campaign_id: None,
        region: None,
        product_id: None,
        attribution: Attribution::FirstTouch,
    };
    let dashboard = ws.app.dashboard(&filter).unwrap();
    let products: Decimal =
        dashboard.revenue_by_product.iter().filter(|s| !s.key.is_empty()).map(|s| s.amount.value.parse::<Decimal>().unwrap()).sum();
    assert_eq!(tandem_domain::money::cents(products), expected, "{:?}", dashboard.revenue_by_product);
}
