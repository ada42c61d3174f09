//! A quote's life: draft → (approval) → sent → accepted or declined, expiring at the end of its
//! validity day in the workspace's time zone. Which step is allowed is decided here, from facts
//! passed in, so the UI's buttons and the backend's refusals agree.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::member::Role;
use crate::quote::{PriceMode, QuoteDraft, QuoteLine, QuoteTotals};
use crate::text::{Checker, Invalid};

crate::text_enum! {
    /// What happened to a quote with the customer. `Expired` is never stored: a sent or draft
    /// quote is expired once its validity day has ended.
    pub enum QuoteStatus {
        Draft => "draft",
        Sent => "sent",
        Accepted => "accepted",
        Declined => "declined",
        Expired => "expired",
    }
}

crate::text_enum! {
    /// Where a quote stands with its discount guardrails.
    pub enum Approval {
        /// No discount above a threshold.
        NotNeeded => "not_needed",
        /// A discount is above a threshold and nobody has asked yet.
        Needed => "needed",
        Requested => "requested",
        /// Approved for exactly these lines; any change to them needs approval again.
        Approved => "approved",
        Rejected => "rejected",
    }
}

/// The workspace's quote rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteRules {
    /// Days a new quote is valid for.
    pub validity_days: u32,
    /// An overall discount above this percent needs approval; empty: never.
    pub approval_discount: String,
}

impl Default for QuoteRules {
    fn default() -> Self {
        QuoteRules { validity_days: 30, approval_discount: "15".into() }
    }
}

impl QuoteRules {
    pub fn validate(&self) -> Result<QuoteRules, Invalid> {
        let mut c = Checker::default();
        if !(1..=365).contains(&self.validity_days) {
            c.fail("validity_days", "Choose between 1 and 365 days.");
        }
        let threshold = self.approval_discount.trim();
        if !threshold.is_empty() && percent(threshold).is_none() {
            c.fail("approval_discount", "Enter a percent between 0 and 100, or leave it empty for no approvals.");
        }
        c.finish(QuoteRules { approval_discount: threshold.to_owned(), ..self.clone() })
    }
}

fn percent(text: &str) -> Option<Decimal> {
    text.trim().parse::<Decimal>().ok().filter(|p| *p >= Decimal::ZERO && *p <= Decimal::ONE_HUNDRED)
}

/// Why a quote needs approval, one sentence per discount above its threshold; empty when it
/// does not. `product_limits` maps product ids to their own maximum line discount in percent.
pub fn approval_reasons(
    draft: &QuoteDraft,
    totals: &QuoteTotals,
    rules: &QuoteRules,
    product_limits: &HashMap<String, String>,
) -> Vec<String> {
    let mut reasons = Vec::new();
    let mut base_sum = Decimal::ZERO;
    let mut discount_sum = Decimal::ZERO;
    for line in totals.lines.iter().filter(|l| l.included) {
        let (base, off) = (amount(&line.base), amount(&line.discount));
        base_sum += base;
        discount_sum += off;
        let Some(QuoteLine::Item(item)) = draft.lines.get(line.position as usize) else { continue };
        let limit = item.sale.product_id.as_ref().and_then(|id| product_limits.get(id)).and_then(|l| percent(l));
        if let (Some(limit), true) = (limit, base > Decimal::ZERO) {
            let share = off * Decimal::ONE_HUNDRED / base;
            if share > limit {
                reasons.push(format!("{}: a {}% discount is above this product's {}%.", line.name, shown(share), shown(limit)));
            }
        }
    }
    let figure = |t: &crate::quote::Taxed| if totals.prices == PriceMode::TaxIncluded { amount(&t.total) } else { amount(&t.net) };
    discount_sum += totals.document_discount.iter().map(|d| -figure(&d.amount)).sum::<Decimal>();
    if let (Some(limit), true) = (percent(&rules.approval_discount), base_sum > Decimal::ZERO) {
        let overall = discount_sum * Decimal::ONE_HUNDRED / base_sum;
        if overall > limit {
            reasons.push(format!("The overall discount of {}% is above the {}% that needs approval.", shown(overall), shown(limit)));
        }
    }
    reasons
}

fn amount(text: &str) -> Decimal {
    text.parse().unwrap_or_default()
}

fn shown(percent: Decimal) -> String {
    percent.round_dp(1).normalize().to_string()
}

/// The moment a quote valid until `day` stops being valid: the end of that day in `zone`.
pub fn expires_at(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day).and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&next).earliest().map(|t| t.with_timezone(&Utc)).unwrap_or_else(|| Utc.from_utc_datetime(&next))
}

/// What a quote stored as `stored` is at `now`: a draft or sent quote whose validity day has
/// ended in `zone` is expired.
pub fn status_at(stored: QuoteStatus, valid_until: NaiveDate, now: DateTime<Utc>, zone: Tz) -> QuoteStatus {
    let open = matches!(stored, QuoteStatus::Draft | QuoteStatus::Sent);
    if open && now >= expires_at(valid_until, zone) {
        QuoteStatus::Expired
    } else {
        stored
    }
}

/// The facts a quote's allowed steps depend on.
#[derive(Debug, Clone)]
pub struct QuoteFacts {
    /// As stored: draft, sent, accepted or declined.
    pub stored: QuoteStatus,
    /// A later revision exists: this one is read-only.
    pub superseded: bool,
    pub valid_until: NaiveDate,
    pub reasons_for_approval: bool,
    /// Stored approval (requested / approved / rejected), or None when never asked.
    pub decision: Option<Approval>,
    /// The lines are exactly the ones that were approved.
    pub approved_lines_match: bool,
    pub has_lines: bool,
    pub owner_id: String,
}

/// What a quote is now and what may be done with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteState {
    pub status: QuoteStatus,
    pub approval: Approval,
    pub can_edit: bool,
    /// Why it cannot be sent (or accepted), when it cannot.
    pub send_refusal: Option<String>,
    pub can_request_approval: bool,
    pub can_decide_approval: bool,
    pub can_decline: bool,
    pub can_revise: bool,
}

/// Decides a quote's status and allowed steps for the member `me` with `role` at `now`.
pub fn state(facts: &QuoteFacts, me: &str, role: Role, now: DateTime<Utc>, zone: Tz) -> QuoteState {
    let expired = now >= expires_at(facts.valid_until, zone);
    let status = status_at(facts.stored, facts.valid_until, now, zone);
    let approval = match (facts.reasons_for_approval, facts.decision) {
        (false, _) => Approval::NotNeeded,
        (true, Some(Approval::Approved)) if facts.approved_lines_match => Approval::Approved,
        (true, Some(decision @ (Approval::Requested | Approval::Rejected))) => decision,
        (true, _) => Approval::Needed,
    };
    let editable = facts.stored == QuoteStatus::Draft && !facts.superseded;
    let send_refusal = if !editable && facts.stored != QuoteStatus::Sent {
        Some("This quote is closed; make a new revision to change it.".to_owned())
    } else if facts.superseded {
        Some("A newer revision of this quote exists.".to_owned())
    } else if expired {
        Some("This quote has expired: move its valid-until date first (in a new revision once sent).".to_owned())
    } else if !facts.has_lines {
        Some("Add at least one line first.".to_owned())
    } else if !matches!(approval, Approval::NotNeeded | Approval::Approved) {
        Some("A discount on this quote needs a sales manager's approval first.".to_owned())
    } else {
        None
    };
    let manager = matches!(role, Role::Admin | Role::SalesManager);
    QuoteState {
        status,
        approval,
        can_edit: editable,
        send_refusal,
        can_request_approval: editable && matches!(approval, Approval::Needed | Approval::Rejected),
        can_decide_approval: editable && approval == Approval::Requested && manager && facts.owner_id != me,
        can_decline: facts.stored == QuoteStatus::Sent && !facts.superseded,
        can_revise: !facts.superseded && facts.stored != QuoteStatus::Draft,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::{compute, Discount, DiscountKind, ItemLine, RoundingMethod, RoundingMode, Sale, TaxRate};

    fn line(name: &str, product: Option<&str>, price: &str, discount: Option<&str>) -> QuoteLine {
        QuoteLine::Item(ItemLine {
            sale: Sale {
                id: name.into(),
                product_id: product.map(Into::into),
                discount: discount.map(|d| Discount { kind: DiscountKind::Percent, value: d.into() }),
                ..Sale::one_time(name, "1", price)
            },
            taxes: vec![TaxRate { name: "VAT".into(), rate: "20".into() }],
            unit_cost: String::new(),
        })
    }

    fn draft(lines: Vec<QuoteLine>, document: Option<&str>) -> QuoteDraft {
        QuoteDraft {
            currency: "EUR".into(),
            rounding: RoundingMode::PerLine,
            method: RoundingMethod::HalfUp,
            prices: PriceMode::TaxExcluded,
            lines,
            document_discount: document.map(|d| Discount { kind: DiscountKind::Percent, value: d.into() }),
        }
    }

    fn reasons(d: &QuoteDraft, limits: &[(&str, &str)]) -> Vec<String> {
        let limits = limits.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        approval_reasons(d, &compute(d).unwrap(), &QuoteRules::default(), &limits)
    }

    #[test]
    fn discounts_above_the_thresholds_need_approval() {
        assert!(reasons(&draft(vec![line("Seats", None, "100", Some("15"))], None), &[]).is_empty(), "15% is not above 15%");
        let overall = reasons(&draft(vec![line("Seats", None, "100", Some("10")), line("Setup", None, "100", None)], Some("12")), &[]);
        // 10 off 200, then 12% of 190 = 22.80: 32.80 of 200 = 16.4%.
        assert_eq!(overall, vec!["The overall discount of 16.4% is above the 15% that needs approval.".to_owned()]);
        let product =
            reasons(&draft(vec![line("Seats", Some("p1"), "100", Some("12")), line("Setup", None, "900", None)], None), &[("p1", "10")]);
        assert_eq!(product, vec!["Seats: a 12% discount is above this product's 10%.".to_owned()]);
    }

    #[test]
    fn a_quote_expires_at_the_end_of_its_day_where_the_workspace_is() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let paris: Tz = "Europe/Paris".parse().unwrap();
        assert_eq!(expires_at(day, paris).to_rfc3339(), "2027-03-10T23:00:00+00:00");
    }

    fn facts() -> QuoteFacts {
        QuoteFacts {
            stored: QuoteStatus::Draft,
            superseded: false,
            valid_until: NaiveDate::from_ymd_opt(2027, 3, 10).unwrap(),
            reasons_for_approval: true,
            decision: None,
            approved_lines_match: false,
            has_lines: true,
            owner_id: "ann".into(),
        }
    }

    #[test]
    fn nobody_approves_their_own_quote_and_changed_lines_need_approval_again() {
        let now = Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap();
        let utc: Tz = "UTC".parse().unwrap();
        let needed = state(&facts(), "ann", Role::Seller, now, utc);
        assert_eq!((needed.approval, needed.can_request_approval), (Approval::Needed, true));
        assert!(needed.send_refusal.unwrap().contains("approval"));
        let requested = QuoteFacts { decision: Some(Approval::Requested), ..facts() };
        assert!(!state(&requested, "ann", Role::SalesManager, now, utc).can_decide_approval, "not their own");
        assert!(state(&requested, "bob", Role::SalesManager, now, utc).can_decide_approval);
        assert!(!state(&requested, "bob", Role::Seller, now, utc).can_decide_approval);
        let approved = QuoteFacts { decision: Some(Approval::Approved), approved_lines_match: true, ..facts() };
        assert_eq!(state(&approved, "ann", Role::Seller, now, utc).send_refusal, None);
        let changed = QuoteFacts { approved_lines_match: false, ..approved };
        assert_eq!(state(&changed, "ann", Role::Seller, now, utc).approval, Approval::Needed);
    }

    #[test]
    fn open_quotes_expire_and_closed_ones_lock() {
        let utc: Tz = "UTC".parse().unwrap();
        let after = Utc.with_ymd_and_hms(2027, 3, 11, 0, 0, 0).unwrap();
        let sent = QuoteFacts { stored: QuoteStatus::Sent, reasons_for_approval: false, ..facts() };
        let expired = state(&sent, "ann", Role::Seller, after, utc);
        assert_eq!(expired.status, QuoteStatus::Expired);
        assert!(!expired.can_edit && expired.can_revise);
        let accepted = QuoteFacts { stored: QuoteStatus::Accepted, ..sent };
        let locked = state(&accepted, "ann", Role::Admin, after, utc);
        assert_eq!(locked.status, QuoteStatus::Accepted);
        assert!(!locked.can_edit && !locked.can_decline && locked.send_refusal.is_some());
    }
}
