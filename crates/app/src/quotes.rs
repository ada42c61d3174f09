//! Quotes through the façade: build from a deal, live totals, approval, revisions, decline.
//! Sending and accepting (which print the proposal) are in `proposals.rs`.

use chrono::{Duration, NaiveDate};
use rusqlite::types::Value;
use tandem_domain::catalog::Product;
use tandem_domain::member::Role;
use tandem_domain::proposal::templates;
use tandem_domain::quote::{compute, Billing, BundleLine, BundlePart, ItemLine, QuoteDraft, QuoteLine, QuoteTotals, Sale, TaxRate};
use tandem_domain::quote_diff::{diff, QuoteChange};
use tandem_domain::quote_flow::{approval_reasons, state, status_at, Approval, QuoteFacts, QuoteState, QuoteStatus};
use tandem_domain::quote_record::{lines_fingerprint, Quote, QuoteInput, QuoteSettings};
use tandem_store::{catalog, members, quote_lines, quotes, WriteSource};

use crate::dto::{QuoteDetail, QuoteSummary};
use crate::tasks::Calendar;
use crate::{App, AppError, ErrorCode};

/// Months a recurring line is billed for when added from the catalog; the seller changes it.
const DEFAULT_TERM_MONTHS: u32 = 12;

impl App {
    pub fn quote_settings(&self) -> Result<QuoteSettings, AppError> {
        Ok(self.db()?.read(quotes::settings)?)
    }

    /// Admins and sales managers set the quote rules and the brand.
    pub fn save_quote_settings(&self, input: QuoteSettings) -> Result<QuoteSettings, AppError> {
        self.require_catalog_keeper()?;
        let clean = input.validate()?;
        self.write(WriteSource::User, "Quote settings changed", |w| Ok(quotes::save_settings(w, &clean)?))?;
        self.quote_settings()
    }

    /// Every quote on a deal, each revision once, newest quote first.
    pub fn quotes_of_deal(&self, deal_id: &str) -> Result<Vec<QuoteSummary>, AppError> {
        let all = self.db()?.read(|conn| quotes::of_deal(conn, deal_id))?;
        let calendar = self.calendar()?;
        Ok(all.iter().map(|q| summary(q, &calendar)).collect())
    }

    /// A new draft on the deal: its currency, addressed to its primary contact, valid for the
    /// workspace's default days, with the first proposal template's sections.
    pub fn create_quote(&self, deal_id: &str) -> Result<QuoteDetail, AppError> {
        let deal = self.get_deal(deal_id)?;
        let settings = self.quote_settings()?;
        let calendar = self.calendar()?;
        let (me, _) = self.me()?;
        let base_currency = self.db()?.read(tandem_store::settings::get)?.base_currency;
        let currency = if deal.currency.is_empty() { base_currency } else { deal.currency.clone() };
        let valid_until = calendar.today() + Duration::days(i64::from(settings.rules.validity_days));
        let draft = QuoteDraft {
            currency,
            rounding: settings.rounding,
            method: settings.method,
            prices: settings.prices,
            lines: Vec::new(),
            document_discount: None,
        };
        let sections = templates().into_iter().next().map(|t| t.sections).unwrap_or_default();
        let id = tandem_store::new_id();
        self.write(WriteSource::User, &format!("Quote for “{}” created", deal.name), |w| {
            let mut fields = vec![
                ("deal_id", Value::Text(deal.id.clone())),
                ("series_id", Value::Text(id.clone())),
                ("title", Value::Text(deal.name.clone())),
                ("owner_id", Value::Text(me.clone().unwrap_or_default())),
                ("contact_id", Value::Text(deal.primary_contact_id.clone().unwrap_or_default())),
                ("valid_until", Value::Text(valid_until.to_string())),
            ];
            fields.extend(quotes::draft_fields(&draft));
            quotes::create(w, &id, &fields)?;
            Ok(quotes::set_sections(w, &id, &sections)?)
        })?;
        self.get_quote(&id)
    }

    pub fn get_quote(&self, id: &str) -> Result<QuoteDetail, AppError> {
        let db = self.db()?;
        let (me, role) = self.me()?;
        let calendar = self.calendar()?;
        let settings = self.quote_settings()?;
        let (quote, revisions, sections, limits) = db.read(|conn| {
            let quote = quotes::get(conn, id)?;
            let revisions = quotes::revisions(conn, &quote.series_id)?;
            let sections = quotes::sections(conn, id)?;
            Ok((quote, revisions, sections, catalog::discount_limits(conn)?))
        })?;
        let deal = self.get_deal(&quote.deal_id).ok();
        let contact_name = match &quote.contact_id {
            Some(contact) => {
                self.get_contact(contact).map(|c| format!("{} {}", c.first_name, c.last_name).trim().to_owned()).unwrap_or_default()
            }
            None => String::new(),
        };
        let (totals, problems) = match compute(&quote.draft) {
            Ok(totals) => (Some(totals), Vec::new()),
            Err(invalid) => (None, invalid.0),
        };
        let reasons = totals.as_ref().map(|t| approval_reasons(&quote.draft, t, &settings.rules, &limits)).unwrap_or_default();
        let state = quote_state(&quote, !reasons.is_empty(), me.as_deref().unwrap_or(""), role, &calendar);
        let name_of = |id: &str| {
            if id.is_empty() {
                String::new()
            } else {
                db.read(|conn| members::get(conn, id)).map(|m| m.name).unwrap_or_default()
            }
        };
        Ok(QuoteDetail {
            display_number: quote.display_number(),
            requested_by_name: name_of(&quote.approval_requested_by),
            decided_by_name: name_of(&quote.approval_decided_by),
            revisions: revisions.iter().map(|q| summary(q, &calendar)).collect(),
            deal_name: deal.as_ref().map(|d| d.name.clone()).unwrap_or_default(),
            company_name: deal.as_ref().map(|d| d.company_name.clone()).unwrap_or_default(),
            contact_name,
            show_margin: role != Role::Marketer,
            totals,
            problems,
            state,
            approval_reasons: reasons,
            sections,
            quote,
        })
    }

    /// The figures for a draft as typed, before it is saved (the builder calls this as you type).
    pub fn quote_totals(&self, draft: QuoteDraft) -> Result<QuoteTotals, AppError> {
        Ok(compute(&draft)?)
    }

    /// A line for a catalog product in the quote's currency, its price, taxes and cost frozen
    /// now; a bundle brings its parts, weighed by their own prices in that currency.
    pub fn quote_line_for_product(&self, product_id: &str, currency: &str) -> Result<QuoteLine, AppError> {
        let product = self.get_product(product_id)?;
        let price = price_in(&product, currency)?;
        let taxes = taxes_of(&product);
        let sale = Sale {
            id: tandem_store::new_id(),
            name: product.name.clone(),
            description: product.description.clone(),
            product_id: Some(product.id.clone()),
            sku: product.sku.clone(),
            unit: product.unit.as_str().to_owned(),
            quantity: "1".into(),
            unit_price: price,
            discount: None,
            billing: product.billing,
            term_months: if product.billing == Billing::OneTime { 0 } else { DEFAULT_TERM_MONTHS },
            optional: false,
            selected: false,
        };
        if product.parts.is_empty() {
            return Ok(QuoteLine::Item(ItemLine { sale, taxes, unit_cost: product.cost.clone() }));
        }
        let mut parts = Vec::new();
        for part in &product.parts {
            let part_product = self.get_product(&part.product_id)?;
            parts.push(BundlePart {
                name: part_product.name.clone(),
                quantity: part.quantity.clone(),
                list_price: price_in(&part_product, currency)?,
                taxes: taxes_of(&part_product),
                unit_cost: part_product.cost.clone(),
            });
        }
        Ok(QuoteLine::Bundle(BundleLine { sale, parts }))
    }

    /// Saves the builder's lines and terms; only a draft that no later revision replaced.
    pub fn save_quote(&self, id: &str, input: QuoteInput) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_edit {
            return Err(AppError::new(ErrorCode::Conflict, "This quote can't change any more; make a new revision."));
        }
        let mut clean = input.validate()?;
        for line in &mut clean.lines {
            give_id(line);
        }
        let draft = QuoteDraft {
            prices: clean.prices,
            lines: clean.lines.clone(),
            document_discount: clean.document_discount.clone(),
            ..current.quote.draft.clone()
        };
        self.write(WriteSource::User, &format!("Quote “{}” changed", clean.title), |w| {
            let mut fields = vec![
                ("title", Value::Text(clean.title.clone())),
                ("contact_id", Value::Text(clean.contact_id.clone().unwrap_or_default())),
                ("valid_until", Value::Text(clean.valid_until.clone())),
                ("terms", Value::Text(clean.terms.clone())),
            ];
            fields.extend(quotes::draft_fields(&draft));
            quotes::write(w, Some(id), &fields)?;
            Ok(quote_lines::set_lines(w, id, &draft.lines)?)
        })?;
        self.get_quote(id)
    }

    pub fn request_quote_approval(&self, id: &str) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_request_approval {
            return Err(AppError::new(ErrorCode::Conflict, "This quote doesn't need approval now."));
        }
        let (me, _) = self.me()?;
        self.write(WriteSource::User, "Approval requested", |w| {
            let fields = [
                ("approval", Value::Text(Approval::Requested.as_str().into())),
                ("approval_requested_by", Value::Text(me.clone().unwrap_or_default())),
                ("approval_requested_at", Value::Text(w.now_text())),
                ("approval_comment", Value::Text(String::new())),
            ];
            Ok(quotes::write(w, Some(id), &fields).map(drop)?)
        })?;
        self.get_quote(id)
    }

    /// A sales manager or admin approves (for exactly these lines) or rejects with a comment;
    /// nobody decides on their own quote.
    pub fn decide_quote_approval(&self, id: &str, approve: bool, comment: &str) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_decide_approval {
            let (me, role) = self.me()?;
            let message = if !matches!(role, Role::Admin | Role::SalesManager) {
                "Only a sales manager or an admin approves discounts."
            } else if me.as_deref() == Some(current.quote.owner_id.as_str()) {
                "Nobody approves their own quote; ask another sales manager."
            } else {
                "This quote is not waiting for approval."
            };
            return Err(AppError::new(ErrorCode::Forbidden, message));
        }
        let comment = comment.trim().to_owned();
        if !approve && comment.is_empty() {
            return Err(tandem_domain::Invalid::new("comment", "Say why, so the seller knows what to change.").into());
        }
        let (me, _) = self.me()?;
        let decision = if approve { Approval::Approved } else { Approval::Rejected };
        let fingerprint = if approve { lines_fingerprint(&current.quote.draft) } else { String::new() };
        self.write(WriteSource::User, if approve { "Quote approved" } else { "Quote approval rejected" }, |w| {
            let fields = [
                ("approval", Value::Text(decision.as_str().into())),
                ("approval_decided_by", Value::Text(me.clone().unwrap_or_default())),
                ("approval_decided_at", Value::Text(w.now_text())),
                ("approval_comment", Value::Text(comment.clone())),
                ("approved_lines", Value::Text(fingerprint.clone())),
            ];
            Ok(quotes::write(w, Some(id), &fields).map(drop)?)
        })?;
        self.get_quote(id)
    }

    /// A sent quote the customer turned down, with why.
    pub fn decline_quote(&self, id: &str, reason: &str) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_decline {
            return Err(AppError::new(ErrorCode::Conflict, "Only a sent quote can be declined."));
        }
        let reason = reason.trim().to_owned();
        if reason.is_empty() {
            return Err(tandem_domain::Invalid::new("reason", "Say why the customer declined; it shows on the deal's timeline.").into());
        }
        self.write(WriteSource::User, "Quote declined", |w| {
            let fields = [
                ("status", Value::Text(QuoteStatus::Declined.as_str().into())),
                ("declined_at", Value::Text(w.now_text())),
                ("declined_reason", Value::Text(reason.clone())),
            ];
            Ok(quotes::write(w, Some(id), &fields).map(drop)?)
        })?;
        self.get_quote(id)
    }

    /// A new draft revision with the same lines, terms, number and proposal; this one becomes
    /// read-only.
    pub fn revise_quote(&self, id: &str) -> Result<QuoteDetail, AppError> {
        let current = self.get_quote(id)?;
        if !current.state.can_revise {
            return Err(AppError::new(
                ErrorCode::Conflict,
                "Only the latest revision of a sent, accepted, declined or expired quote is revised.",
            ));
        }
        let old = current.quote;
        let settings = self.quote_settings()?;
        let calendar = self.calendar()?;
        let today = calendar.today();
        let valid_until = match NaiveDate::parse_from_str(&old.valid_until, "%Y-%m-%d") {
            Ok(day) if day >= today => day,
            _ => today + Duration::days(i64::from(settings.rules.validity_days)),
        };
        let (me, _) = self.me()?;
        let new_id = tandem_store::new_id();
        let sections: Vec<_> =
            current.sections.into_iter().map(|s| tandem_domain::proposal::ProposalSection { id: String::new(), ..s }).collect();
        self.write(WriteSource::User, &format!("Quote “{}” revised", old.title), |w| {
            let mut fields = vec![
                ("deal_id", Value::Text(old.deal_id.clone())),
                ("series_id", Value::Text(old.series_id.clone())),
                ("revision", Value::Integer((old.revision + 1).into())),
                ("title", Value::Text(old.title.clone())),
                ("owner_id", Value::Text(me.clone().unwrap_or(old.owner_id.clone()))),
                ("contact_id", Value::Text(old.contact_id.clone().unwrap_or_default())),
                ("valid_until", Value::Text(valid_until.to_string())),
                ("terms", Value::Text(old.terms.clone())),
                ("number", Value::Text(old.number.clone())),
            ];
            fields.extend(quotes::draft_fields(&old.draft));
            quotes::create(w, &new_id, &fields)?;
            quote_lines::set_lines(w, &new_id, &old.draft.lines)?;
            quotes::set_sections(w, &new_id, &sections)?;
            Ok(quotes::write(w, Some(&old.id), &[("superseded_by", Value::Text(new_id.clone()))]).map(drop)?)
        })?;
        self.get_quote(&new_id)
    }

    /// What changed from the revision before this one.
    pub fn quote_changes(&self, id: &str) -> Result<Vec<QuoteChange>, AppError> {
        let quote = self.db()?.read(|conn| quotes::get(conn, id))?;
        let revisions = self.db()?.read(|conn| quotes::revisions(conn, &quote.series_id))?;
        Ok(match revisions.iter().rev().find(|r| r.revision < quote.revision) {
            Some(previous) => diff(previous, &quote),
            None => Vec::new(),
        })
    }
}

fn quote_state(quote: &Quote, needs_approval: bool, me: &str, role: Role, calendar: &Calendar) -> QuoteState {
    let facts = QuoteFacts {
        stored: quote.status,
        superseded: !quote.superseded_by.is_empty(),
        valid_until: NaiveDate::parse_from_str(&quote.valid_until, "%Y-%m-%d").unwrap_or(NaiveDate::MIN),
        reasons_for_approval: needs_approval,
        decision: quote.approval,
        approved_lines_match: quote.approved_lines == lines_fingerprint(&quote.draft),
        has_lines: quote.draft.lines.iter().any(|l| !matches!(l, QuoteLine::Section(_))),
        owner_id: quote.owner_id.clone(),
    };
    state(&facts, me, role, calendar.now, calendar.zone)
}

fn summary(quote: &Quote, calendar: &Calendar) -> QuoteSummary {
    let status = match NaiveDate::parse_from_str(&quote.valid_until, "%Y-%m-%d") {
        Ok(day) => status_at(quote.status, day, calendar.now, calendar.zone),
        Err(_) => quote.status,
    };
    QuoteSummary {
        id: quote.id.clone(),
        series_id: quote.series_id.clone(),
        revision: quote.revision,
        title: quote.title.clone(),
        display_number: quote.display_number(),
        status,
        total: compute(&quote.draft).map(|t| t.grand.total).unwrap_or_default(),
        currency: quote.draft.currency.clone(),
        valid_until: quote.valid_until.clone(),
        current: quote.superseded_by.is_empty(),
    }
}

fn price_in(product: &Product, currency: &str) -> Result<String, AppError> {
    product.prices.iter().find(|p| p.currency == currency).map(|p| p.unit_price.clone()).ok_or_else(|| {
        AppError::new(
            ErrorCode::Validation,
            format!("“{}” has no {currency} price in the catalog; add one there or type a free line.", product.name),
        )
    })
}

fn taxes_of(product: &Product) -> Vec<TaxRate> {
    product.tax_rates.iter().map(|t| TaxRate { name: t.name.clone(), rate: t.percent.clone() }).collect()
}

/// Lines typed in the builder may arrive without an id; revisions compare lines by it.
fn give_id(line: &mut QuoteLine) {
    let id = match line {
        QuoteLine::Section(s) => &mut s.id,
        QuoteLine::Item(i) => &mut i.sale.id,
        QuoteLine::Bundle(b) => &mut b.sale.id,
    };
    if id.is_empty() {
        *id = tandem_store::new_id();
    }
}
