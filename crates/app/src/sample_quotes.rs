//! The sample workspace's quotes: on two open deals, one ready to send with a proposal that
//! quotes the Globex case study, one whose discount waits for a sales manager's approval.

use chrono::Duration;
use rusqlite::types::Value;
use tandem_domain::proposal::{templates, SectionKind};
use tandem_domain::quote::{Discount, DiscountKind, QuoteDraft, QuoteLine, SectionLine};
use tandem_domain::quote_flow::Approval;
use tandem_store::{new_id, quote_lines, quotes, WriteSource};

use crate::{App, AppError};

struct SampleQuote {
    title: &'static str,
    /// (SKU, quantity, line discount in percent).
    lines: &'static [(&'static str, &'static str, &'static str)],
    approval_requested: bool,
}

const QUOTES: [SampleQuote; 2] = [
    SampleQuote {
        title: "Zero-trust rollout — 50 seats",
        lines: &[("SEC-SEAT", "50", "10"), ("ANL-SEAT", "10", ""), ("ONB-DAY", "3", ""), ("SUP-PREM", "1", "")],
        approval_requested: false,
    },
    SampleQuote {
        title: "Supplier access pilot",
        lines: &[("SEC-SEAT", "30", "25"), ("ANL-SEAT", "5", ""), ("ONB-DAY", "2", "")],
        approval_requested: true,
    },
];

pub(crate) fn add(app: &App) -> Result<(), AppError> {
    let deals: Vec<(String, String, String, Option<String>)> = app.db()?.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT d.id, d.name, d.currency, d.primary_contact_id FROM deals d
             JOIN pipeline_stages s ON s.id = d.stage_id AND s.kind = 'open'
             WHERE d.deleted = 0 AND d.primary_contact_id IS NOT NULL AND d.currency IN ('EUR', 'USD', 'GBP')
             ORDER BY d.amount * 1.0 DESC LIMIT 2",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    })?;
    let settings = app.quote_settings()?;
    let today = app.calendar()?.today();
    let (me, _) = app.me()?;
    let case_study = app.db()?.read(|conn| {
        Ok(conn
            .query_row("SELECT id FROM content_items WHERE kind = 'case_study' AND deleted = 0 ORDER BY created_at LIMIT 1", [], |r| {
                r.get::<_, String>(0)
            })
            .ok())
    })?;
    for (sample, (deal_id, deal_name, currency, contact)) in QUOTES.iter().zip(deals) {
        let mut lines = vec![QuoteLine::Section(SectionLine { id: new_id(), title: "Subscription".into(), show_subtotal: true })];
        for (i, (sku, quantity, discount)) in sample.lines.iter().enumerate() {
            let Some(product) = app.db()?.read(|conn| tandem_store::catalog::find_by_sku(conn, sku))? else { continue };
            let mut line = app.quote_line_for_product(&product, &currency)?;
            if let QuoteLine::Item(item) = &mut line {
                item.sale.quantity = (*quantity).into();
                item.sale.discount = (!discount.is_empty()).then(|| Discount { kind: DiscountKind::Percent, value: (*discount).into() });
                item.sale.optional = *sku == "SUP-PREM";
            }
            if i == 2 {
                lines.push(QuoteLine::Section(SectionLine { id: new_id(), title: "Services".into(), show_subtotal: true }));
            }
            lines.push(line);
        }
        let draft = QuoteDraft {
            currency,
            rounding: settings.rounding,
            method: settings.method,
            prices: settings.prices,
            lines,
            document_discount: None,
        };
        let mut sections = templates().into_iter().next().map(|t| t.sections).unwrap_or_default();
        if let Some(item) = case_study.as_deref().filter(|_| !sample.approval_requested) {
            let block = app.library_block(item, true)?;
            let before_terms = sections.iter().position(|s| s.kind == SectionKind::Pricing).map_or(sections.len(), |p| p + 1);
            sections.insert(before_terms, block);
        }
        let id = new_id();
        app.write(WriteSource::Sample, "", |w| {
            let mut fields = vec![
                ("deal_id", Value::Text(deal_id.clone())),
                ("series_id", Value::Text(id.clone())),
                ("title", Value::Text(if sample.title.is_empty() { deal_name.clone() } else { sample.title.into() })),
                ("owner_id", Value::Text(me.clone().unwrap_or_default())),
                ("contact_id", Value::Text(contact.clone().unwrap_or_default())),
                ("valid_until", Value::Text((today + Duration::days(i64::from(settings.rules.validity_days))).to_string())),
                ("terms", Value::Text("Payment within 30 days of invoice. Subscriptions billed annually in advance.".into())),
            ];
            fields.extend(quotes::draft_fields(&draft));
            if sample.approval_requested {
                fields.push(("approval", Value::Text(Approval::Requested.as_str().into())));
                fields.push(("approval_requested_by", Value::Text(me.clone().unwrap_or_default())));
                fields.push(("approval_requested_at", Value::Text(w.now_text())));
            }
            quotes::create(w, &id, &fields)?;
            quote_lines::set_lines(w, &id, &draft.lines)?;
            Ok(quotes::set_sections(w, &id, &sections)?)
        })?;
    }
    Ok(())
}
