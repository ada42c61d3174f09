//! The quote as its table and totals block print: a draft's lines as typed next to the engine's
//! figures for them. Every amount is a string from `QuoteTotals` (or the draft, for unit prices
//! and discounts as typed), only formatted here — nothing is added up.

use serde::Serialize;
use tandem_domain::quote::{
    Billing, Discount, DiscountKind, LineTotals, PriceMode, QuoteLine, QuoteTotals, Sale, SectionLine, SectionTotals, TaxGroup,
};

use crate::amount::{format_amount, format_number};
use crate::model::PricingTable;

/// The table and totals block of one pricing section.
#[derive(Debug, Serialize)]
pub struct PrintedQuote {
    /// Leaves the Discount column out when no line has a discount.
    pub show_discount: bool,
    pub amount_heading: &'static str,
    pub rows: Vec<Row>,
    /// Discount, taxes and the total.
    pub summary: Vec<SummaryRow>,
    /// One-time, monthly, yearly and contract value; empty when nothing recurs.
    pub recurring: Vec<SummaryRow>,
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Row {
    Section { title: String },
    Line(PrintedLine),
    Subtotal { label: String, amount: String },
}

#[derive(Debug, Serialize)]
pub struct PrintedLine {
    pub name: String,
    pub description: String,
    /// Small print under the description: SKU, billing and term, "not included".
    pub details: Vec<String>,
    /// A bundle's parts: "2 × Licence".
    pub parts: Vec<String>,
    pub quantity: String,
    pub unit: String,
    pub unit_price: String,
    pub discount: String,
    pub amount: String,
    /// "/ month" or "/ year" after a recurring line's amount.
    pub per: &'static str,
    pub optional: bool,
    /// False for an option the customer has not chosen: printed grey, in no total.
    pub included: bool,
}

#[derive(Debug, Serialize)]
pub struct SummaryRow {
    pub label: String,
    pub amount: String,
    pub total: bool,
}

/// Why a quote cannot print: its totals were computed for another draft.
#[derive(Debug, thiserror::Error)]
#[error("The quote's figures do not match its lines ({0}). Compute the totals again from this draft.")]
pub struct Mismatch(String);

pub fn print_quote(table: &PricingTable) -> Result<PrintedQuote, Mismatch> {
    let PricingTable { draft, totals } = table;
    if !draft.currency.trim().eq_ignore_ascii_case(totals.currency.trim()) {
        return Err(Mismatch(format!("the draft is in {} and the totals in {}", draft.currency, totals.currency)));
    }
    let tax_included = totals.prices == PriceMode::TaxIncluded;
    let money = |amount: &str| format_amount(&totals.currency, amount);
    let mut line_at: Vec<Option<&LineTotals>> = vec![None; draft.lines.len()];
    for line in &totals.lines {
        *line_at.get_mut(line.position as usize).ok_or_else(|| Mismatch(format!("no line at position {}", line.position)))? = Some(line);
    }
    let section_at = |position: usize| totals.sections.iter().find(|section| section.position as usize == position);

    let mut rows = Vec::with_capacity(draft.lines.len() + 8);
    let mut open_section: Option<&SectionTotals> = None;
    for (position, line) in draft.lines.iter().enumerate() {
        let (sale, parts) = match line {
            QuoteLine::Section(SectionLine { title, .. }) => {
                close_section(&mut rows, open_section.take(), tax_included, &money);
                open_section = Some(section_at(position).ok_or_else(|| Mismatch(format!("no totals for the section “{title}”")))?);
                rows.push(Row::Section { title: title.clone() });
                continue;
            }
            QuoteLine::Item(item) => (&item.sale, Vec::new()),
            QuoteLine::Bundle(bundle) => {
                (&bundle.sale, bundle.parts.iter().map(|part| format!("{} × {}", format_number(&part.quantity), part.name)).collect())
            }
        };
        let figures = line_at[position].ok_or_else(|| Mismatch(format!("no totals for the line “{}”", sale.name)))?;
        rows.push(Row::Line(print_line(sale, parts, figures, &totals.currency, tax_included)));
    }
    close_section(&mut rows, open_section, tax_included, &money);

    let show_discount = draft.lines.iter().any(|line| match line {
        QuoteLine::Item(item) => item.sale.discount.is_some(),
        QuoteLine::Bundle(bundle) => bundle.sale.discount.is_some(),
        QuoteLine::Section(_) => false,
    });
    let mut notes = vec![if tax_included { "Prices include tax." } else { "Prices exclude tax." }.to_owned()];
    let recurring = recurring_rows(totals, &money);
    if !recurring.is_empty() {
        notes.push("The total is what is charged first: one-time lines, the first month of monthly lines and the first year of yearly lines. Recurring amounts include tax.".to_owned());
    }
    Ok(PrintedQuote {
        show_discount,
        amount_heading: if tax_included { "Amount incl. tax" } else { "Amount" },
        rows,
        summary: summary_rows(draft.document_discount.as_ref(), totals, tax_included, &money)?,
        recurring,
        notes,
    })
}

fn print_line(sale: &Sale, parts: Vec<String>, figures: &LineTotals, currency: &str, tax_included: bool) -> PrintedLine {
    let mut details = Vec::new();
    if !sale.sku.trim().is_empty() {
        details.push(format!("SKU {}", sale.sku.trim()));
    }
    match figures.billing {
        Billing::OneTime => {}
        Billing::Monthly => details.push(format!("Billed monthly · {}", months(figures.term_months))),
        Billing::Yearly => details.push(format!("Billed yearly · {}", months(figures.term_months))),
    }
    if !figures.included {
        details.push("Not included in the totals".to_owned());
    }
    PrintedLine {
        name: sale.name.clone(),
        description: sale.description.clone(),
        details,
        parts,
        quantity: format_number(&sale.quantity),
        unit: sale.unit.clone(),
        unit_price: format_amount(currency, &sale.unit_price),
        discount: sale.discount.as_ref().map(|d| typed_discount(d, currency)).unwrap_or_default(),
        amount: format_amount(currency, if tax_included { &figures.amount.total } else { &figures.amount.net }),
        per: per(figures.billing),
        optional: sale.optional,
        included: figures.included,
    }
}

fn close_section(rows: &mut Vec<Row>, section: Option<&SectionTotals>, tax_included: bool, money: &impl Fn(&str) -> String) {
    if let Some(section) = section.filter(|s| s.show_subtotal) {
        let amount = if tax_included { &section.amounts.total } else { &section.amounts.net };
        rows.push(Row::Subtotal { label: format!("Subtotal · {}", section.title), amount: money(amount) });
    }
}

/// The document discount, the taxes and the total, in the quote's price mode.
fn summary_rows(
    discount: Option<&Discount>,
    totals: &QuoteTotals,
    tax_included: bool,
    money: &impl Fn(&str) -> String,
) -> Result<Vec<SummaryRow>, Mismatch> {
    let row = |label: String, amount: &str| SummaryRow { label, amount: money(amount), total: false };
    let mut rows = Vec::new();
    let cut = match discount {
        Some(Discount { kind: DiscountKind::Percent, value }) => format!("Discount {}%", value.trim()),
        _ => "Discount".to_owned(),
    };
    // One line per tax group, as the engine splits it; each says which lines it applies to.
    let groups = totals
        .document_discount
        .iter()
        .map(|line| totals.groups.get(line.group as usize).ok_or_else(|| Mismatch(format!("no tax group {}", line.group))))
        .collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = groups.iter().map(|group| group_name(group, false)).collect();
    for ((line, group), name) in totals.document_discount.iter().zip(&groups).zip(&names) {
        let label = match groups.len() {
            1 => cut.clone(),
            // Two groups can differ by their term alone: only then is it printed.
            _ if names.iter().filter(|other| *other == name).count() > 1 => format!("{cut} · {}", group_name(group, true)),
            _ => format!("{cut} · {name}"),
        };
        rows.push(row(label, if tax_included { &line.amount.total } else { &line.amount.net }));
    }
    if tax_included {
        rows.push(SummaryRow { label: "Total".to_owned(), amount: money(&totals.grand.total), total: true });
        for tax in &totals.taxes {
            rows.push(row(format!("Includes {} on {}", tax_label(&tax.name, &tax.rate), money(&tax.base)), &tax.amount));
        }
    } else {
        rows.push(row("Total before tax".to_owned(), &totals.grand.net));
        for tax in &totals.taxes {
            rows.push(row(format!("{} on {}", tax_label(&tax.name, &tax.rate), money(&tax.base)), &tax.amount));
        }
        rows.push(SummaryRow { label: "Total".to_owned(), amount: money(&totals.grand.total), total: true });
    }
    Ok(rows)
}

/// One-time, monthly, yearly and the contract value, when any selected line recurs.
fn recurring_rows(totals: &QuoteTotals, money: &impl Fn(&str) -> String) -> Vec<SummaryRow> {
    let billed = |billing: Billing| totals.groups.iter().any(|g| g.billing == billing);
    if !billed(Billing::Monthly) && !billed(Billing::Yearly) {
        return Vec::new();
    }
    let row = |label: &str, amount: &str, per: &str| SummaryRow { label: label.to_owned(), amount: money(amount) + per, total: false };
    let mut rows = Vec::new();
    if billed(Billing::OneTime) {
        rows.push(row("One-time", &totals.one_time.total, ""));
    }
    if billed(Billing::Monthly) {
        rows.push(row("Monthly", &totals.monthly.total, " / month"));
    }
    if billed(Billing::Yearly) {
        rows.push(row("Yearly", &totals.yearly.total, " / year"));
    }
    rows.push(SummaryRow { label: "Total contract value".to_owned(), amount: money(&totals.contract_value.total), total: true });
    rows
}

/// "one-time · VAT 20%", "monthly · no tax"; with the term, "monthly for 12 months · VAT 20%".
fn group_name(group: &TaxGroup, with_term: bool) -> String {
    let billing = match (group.billing, with_term) {
        (Billing::OneTime, _) => "one-time".to_owned(),
        (Billing::Monthly, false) => "monthly".to_owned(),
        (Billing::Yearly, false) => "yearly".to_owned(),
        (Billing::Monthly, true) => format!("monthly for {}", months(group.term_months)),
        (Billing::Yearly, true) => format!("yearly for {}", months(group.term_months)),
    };
    let taxes = if group.taxes.is_empty() {
        "no tax".to_owned()
    } else {
        group.taxes.iter().map(|t| tax_label(&t.name, &t.rate)).collect::<Vec<_>>().join(", ")
    };
    format!("{billing} · {taxes}")
}

/// "VAT 20%"; a rate already in the tax's name ("VAT 20%") is not printed twice.
fn tax_label(name: &str, rate: &str) -> String {
    let percent = format!("{rate}%");
    if name.replace(' ', "").contains(&percent) {
        name.to_owned()
    } else {
        format!("{name} {percent}")
    }
}

fn typed_discount(discount: &Discount, currency: &str) -> String {
    match discount.kind {
        DiscountKind::Percent => format!("{}%", discount.value.trim()),
        DiscountKind::Amount => format_amount(currency, &discount.value),
    }
}

fn per(billing: Billing) -> &'static str {
    match billing {
        Billing::OneTime => "",
        Billing::Monthly => "/ month",
        Billing::Yearly => "/ year",
    }
}

fn months(count: u32) -> String {
    if count == 1 {
        "1 month".to_owned()
    } else {
        format!("{count} months")
    }
}

#[cfg(test)]
mod tests {
    use super::tax_label;

    #[test]
    fn a_rate_in_the_taxs_name_is_printed_once() {
        assert_eq!(tax_label("VAT", "20"), "VAT 20%");
        assert_eq!(tax_label("VAT 20%", "20"), "VAT 20%");
        assert_eq!(tax_label("Reduced VAT 5.5 %", "5.5"), "Reduced VAT 5.5 %");
        assert_eq!(tax_label("VAT 2%", "20"), "VAT 2% 20%", "only the same rate counts");
    }
}
