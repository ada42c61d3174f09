//! What changed between two revisions of a quote: lines (matched by their id, which revisions
//! keep), prices and terms, and the totals they lead to.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::quote::{compute, Discount, DiscountKind, QuoteLine, Sale};
use crate::quote_record::Quote;

crate::text_enum! {
    pub enum ChangeKind {
        Added => "added",
        Removed => "removed",
        Changed => "changed",
    }
}

/// One difference, as a person reads it: "Seats · Quantity: 10 → 12".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteChange {
    pub kind: ChangeKind,
    /// The line's name, or "Terms" / "Totals".
    pub subject: String,
    /// Empty for an added or removed line.
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The differences from `old` to `new`, lines in the new order, then removed lines, terms, totals.
pub fn diff(old: &Quote, new: &Quote) -> Vec<QuoteChange> {
    let mut changes = Vec::new();
    let old_lines: Vec<(&str, &QuoteLine)> = old.draft.lines.iter().map(|l| (line_id(l), l)).collect();
    for line in &new.draft.lines {
        match old_lines.iter().find(|(id, _)| !id.is_empty() && *id == line_id(line)) {
            None => changes.push(QuoteChange {
                kind: ChangeKind::Added,
                subject: line_name(line),
                field: String::new(),
                before: String::new(),
                after: summary(line),
            }),
            Some((_, before)) => compare_line(before, line, &mut changes),
        }
    }
    for (id, line) in &old_lines {
        if !new.draft.lines.iter().any(|l| !id.is_empty() && line_id(l) == *id) {
            changes.push(QuoteChange {
                kind: ChangeKind::Removed,
                subject: line_name(line),
                field: String::new(),
                before: summary(line),
                after: String::new(),
            });
        }
    }
    let terms = [
        ("Currency", old.draft.currency.clone(), new.draft.currency.clone()),
        ("Prices", old.draft.prices.as_str().replace('_', " "), new.draft.prices.as_str().replace('_', " ")),
        ("Quote discount", discount_text(&old.draft.document_discount), discount_text(&new.draft.document_discount)),
        ("Valid until", old.valid_until.clone(), new.valid_until.clone()),
        ("Terms", old.terms.clone(), new.terms.clone()),
    ];
    for (field, before, after) in terms {
        push_changed(&mut changes, "Terms", field, before, after);
    }
    if let (Ok(before), Ok(after)) = (compute(&old.draft), compute(&new.draft)) {
        push_changed(&mut changes, "Totals", "Total", before.grand.total, after.grand.total);
        push_changed(&mut changes, "Totals", "Total contract value", before.contract_value.total, after.contract_value.total);
    }
    changes
}

fn push_changed(changes: &mut Vec<QuoteChange>, subject: &str, field: &str, before: String, after: String) {
    if before != after {
        changes.push(QuoteChange { kind: ChangeKind::Changed, subject: subject.to_owned(), field: field.to_owned(), before, after });
    }
}

fn line_id(line: &QuoteLine) -> &str {
    match line {
        QuoteLine::Section(s) => &s.id,
        QuoteLine::Item(i) => &i.sale.id,
        QuoteLine::Bundle(b) => &b.sale.id,
    }
}

fn line_name(line: &QuoteLine) -> String {
    match line {
        QuoteLine::Section(s) => format!("Section “{}”", s.title),
        QuoteLine::Item(i) => i.sale.name.clone(),
        QuoteLine::Bundle(b) => b.sale.name.clone(),
    }
}

fn sale(line: &QuoteLine) -> Option<&Sale> {
    match line {
        QuoteLine::Section(_) => None,
        QuoteLine::Item(i) => Some(&i.sale),
        QuoteLine::Bundle(b) => Some(&b.sale),
    }
}

fn summary(line: &QuoteLine) -> String {
    match sale(line) {
        Some(s) if s.discount.is_some() => format!("{} × {} − {}", s.quantity, s.unit_price, discount_text(&s.discount)),
        Some(s) => format!("{} × {}", s.quantity, s.unit_price),
        None => String::new(),
    }
}

fn discount_text(discount: &Option<Discount>) -> String {
    match discount {
        None => "None".to_owned(),
        Some(Discount { kind: DiscountKind::Percent, value }) => format!("{value}%"),
        Some(Discount { kind: DiscountKind::Amount, value }) => value.clone(),
    }
}

fn compare_line(before: &QuoteLine, after: &QuoteLine, changes: &mut Vec<QuoteChange>) {
    let subject = line_name(after);
    if let (QuoteLine::Section(a), QuoteLine::Section(b)) = (before, after) {
        push_changed(changes, &subject, "Title", a.title.clone(), b.title.clone());
        return;
    }
    let (Some(a), Some(b)) = (sale(before), sale(after)) else { return };
    let yes_no = |v: bool| if v { "yes" } else { "no" }.to_owned();
    let fields = [
        ("Name", a.name.clone(), b.name.clone()),
        ("Quantity", a.quantity.clone(), b.quantity.clone()),
        ("Unit price", a.unit_price.clone(), b.unit_price.clone()),
        ("Discount", discount_text(&a.discount), discount_text(&b.discount)),
        ("Billing", a.billing.as_str().replace('_', "-"), b.billing.as_str().replace('_', "-")),
        ("Term (months)", a.term_months.to_string(), b.term_months.to_string()),
        ("Optional", yes_no(a.optional), yes_no(b.optional)),
        ("Chosen", yes_no(a.selected), yes_no(b.selected)),
        ("Description", a.description.clone(), b.description.clone()),
    ];
    for (field, was, is) in fields {
        push_changed(changes, &subject, field, was, is);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::{ItemLine, PriceMode, QuoteDraft, RoundingMethod, RoundingMode};
    use crate::quote_flow::QuoteStatus;

    fn item(id: &str, name: &str, quantity: &str, price: &str) -> QuoteLine {
        QuoteLine::Item(ItemLine {
            sale: Sale { id: id.into(), ..Sale::one_time(name, quantity, price) },
            taxes: vec![],
            unit_cost: String::new(),
        })
    }

    fn quote(lines: Vec<QuoteLine>, valid_until: &str) -> Quote {
        Quote {
            id: "q".into(),
            deal_id: "d".into(),
            series_id: "q".into(),
            revision: 1,
            superseded_by: String::new(),
            title: "Rollout".into(),
            owner_id: "ann".into(),
            contact_id: None,
            draft: QuoteDraft {
                currency: "EUR".into(),
                rounding: RoundingMode::PerLine,
                method: RoundingMethod::HalfUp,
                prices: PriceMode::TaxExcluded,
                lines,
                document_discount: None,
            },
            valid_until: valid_until.into(),
            terms: String::new(),
            status: QuoteStatus::Draft,
            number: String::new(),
            approval: None,
            approval_requested_by: String::new(),
            approval_decided_by: String::new(),
            approval_decided_at: String::new(),
            approval_comment: String::new(),
            approved_lines: String::new(),
            sent_at: String::new(),
            sent_pdf_sha256: String::new(),
            accepted_at: String::new(),
            signer_name: String::new(),
            signer_title: String::new(),
            signed_on: String::new(),
            declined_at: String::new(),
            declined_reason: String::new(),
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn lists_changed_added_and_removed_lines_terms_and_totals() {
        let v1 = quote(vec![item("a", "Seats", "10", "40"), item("b", "Setup", "1", "500")], "2027-03-31");
        let v2 = quote(vec![item("a", "Seats", "12", "40"), item("c", "Training", "2", "300")], "2027-04-30");
        let seen: Vec<(ChangeKind, String, String, String, String)> =
            diff(&v1, &v2).into_iter().map(|c| (c.kind, c.subject, c.field, c.before, c.after)).collect();
        let expect = |k, s: &str, f: &str, b: &str, a: &str| (k, s.to_owned(), f.to_owned(), b.to_owned(), a.to_owned());
        assert_eq!(
            seen,
            vec![
                expect(ChangeKind::Changed, "Seats", "Quantity", "10", "12"),
                expect(ChangeKind::Added, "Training", "", "", "2 × 300"),
                expect(ChangeKind::Removed, "Setup", "", "1 × 500", ""),
                expect(ChangeKind::Changed, "Terms", "Valid until", "2027-03-31", "2027-04-30"),
                expect(ChangeKind::Changed, "Totals", "Total", "900.00", "1080.00"),
                expect(ChangeKind::Changed, "Totals", "Total contract value", "900.00", "1080.00"),
            ]
        );
        assert!(diff(&v1, &v1).is_empty());
    }
}
