//! The pricing table and totals print the engine's figures, formatted, on the row they belong to.

use tandem_domain::quote::{PriceMode, QuoteLine};
use tandem_typeset::{format_amount, Proposal, Section};

use crate::sample::{self, heading, item, sale, tax};
use crate::{pdf, TYPESETTER};

fn render_text(proposal: &Proposal) -> String {
    let bytes = TYPESETTER.render(proposal).unwrap_or_else(|e| panic!("{e}"));
    pdf::text(&bytes)
}

/// The one printed row (a line of `pdftotext -layout`) that contains `label`.
fn row<'a>(text: &'a str, label: &str) -> &'a str {
    let rows: Vec<&str> = text.lines().filter(|line| line.contains(label)).collect();
    assert!(!rows.is_empty(), "no row with “{label}” in:\n{text}");
    rows[0]
}

fn assert_row(text: &str, label: &str, amount: &str) {
    let found = row(text, label);
    assert!(found.contains(amount), "the row with “{label}” should show {amount}: “{}”", found.trim());
}

#[test]
fn every_line_subtotal_tax_and_total_prints_on_its_row() {
    let proposal = sample::globex(4);
    let Section::Pricing { quote, .. } = &proposal.sections[4] else { panic!("the sample's fifth section is the pricing") };
    let totals = &quote.totals;
    let eur = |amount: &str| format_amount("EUR", amount);
    let text = render_text(&proposal);

    // The worked example, as an accountant would check it.
    assert_row(&text, "Platform licence", "25 seats"); // 25 × €40.00 − 10% = €900.00 a month
    assert_row(&text, "Platform licence", "€900.00");
    assert_row(&text, "Data migration", "€200.00"); // 40 × €95.00 − €200.00 = €3,600.00
    assert_row(&text, "Data migration", "€3,600.00");
    assert_row(&text, "Subtotal · Software", "€5,100.00");
    assert_row(&text, "Subtotal · Services", "€3,950.00"); // the unchosen €4,800 option is not in it
    assert_row(&text, "Total before tax", "€8,597.50");
    assert_row(&text, "Total contract value", "€23,565.09");
    assert!(text.lines().any(|l| l.trim_start().starts_with("Total ") && l.contains("€10,227.09")), "the total\n{text}");

    // And every figure the engine gave, wherever it belongs.
    for line in &totals.lines {
        assert_row(&text, &line.name, &eur(&line.amount.net));
    }
    for section in totals.sections.iter().filter(|s| s.show_subtotal) {
        assert_row(&text, &format!("Subtotal · {}", section.title), &eur(&section.amounts.net));
    }
    for t in &totals.taxes {
        assert_row(&text, &format!("{} {}% on {}", t.name, t.rate, eur(&t.base)), &eur(&t.amount));
    }
    assert_eq!(totals.taxes.len(), 3, "VAT 20%, VAT reduced 5.5% and the tourism levy");
    assert_eq!(totals.document_discount.len(), 5, "one discount line per tax group");
    for discount in &totals.document_discount {
        assert!(text.contains(&eur(&discount.amount.net)), "discount {}", discount.amount.net);
    }
    assert_row(&text, "Discount 5% · one-time · VAT 20%", "−€");
    assert_row(&text, "Monthly", &format!("{} / month", eur(&totals.monthly.total)));
    assert_row(&text, "Yearly", &format!("{} / year", eur(&totals.yearly.total)));
    assert_row(&text, "One-time", &eur(&totals.one_time.total));

    // Optional lines say so; the unchosen one says it is not counted; bundles list their parts.
    assert_row(&text, "Premium support", "OPTIONAL");
    assert_row(&text, "Custom ERP integration", "OPTIONAL");
    assert!(text.contains("Not included in the totals"));
    assert!(text.contains("2 × Workshop days") && text.contains("1 × Printed training manual"));
    assert!(text.contains("SKU TND-PRO · Billed monthly · 12 months"));
    assert!(text.contains("Prices exclude tax."));
}

#[test]
fn tax_included_prices_print_totals_with_the_tax_inside() {
    let mut draft = sample::draft(
        vec![
            heading("Hardware", false),
            item(sale("Barcode scanner", "3", "units", "24.99"), vec![tax("VAT", "20")]),
            item(sale("Label printer", "1", "", "129.00"), vec![tax("VAT", "20")]),
        ],
        None,
    );
    draft.prices = PriceMode::TaxIncluded;
    draft.currency = "GBP".into();
    let mut proposal = sample::globex(2);
    proposal.sections = vec![Section::Pricing { title: "Price".into(), intro: sample::paragraphs(&[]), quote: sample::priced(draft) }];
    let Section::Pricing { quote, .. } = &proposal.sections[0] else { unreachable!() };
    let totals = quote.totals.clone();
    let text = render_text(&proposal);

    assert!(text.contains("AMOUNT INCL. TAX") && text.contains("Prices include tax."), "{text}");
    assert_row(&text, "Barcode scanner", "£74.97"); // 3 × £24.99, tax inside
    assert_row(&text, "Label printer", "£129.00");
    assert!(text.lines().any(|l| l.trim_start().starts_with("Total ") && l.contains("£203.97")), "{text}");
    let vat = &totals.taxes[0];
    assert_row(&text, "Includes VAT 20%", &format_amount("GBP", &vat.amount));
    assert!(!text.contains("Subtotal"), "the heading asked for no subtotal");
    assert!(!text.contains("DISCOUNT"), "no line has a discount, so the column is left out");
}

#[test]
fn zero_decimal_and_suffix_currencies_print_as_their_readers_expect() {
    for (currency, price, printed) in [("JPY", "1235", "¥1,235"), ("KWD", "1234.500", "1,234.500 KWD")] {
        let mut draft = sample::draft(vec![item(sale("Consulting", "1", "", price), vec![])], None);
        draft.currency = currency.into();
        let mut proposal = sample::globex(2);
        proposal.sections = vec![Section::Pricing { title: "Price".into(), intro: sample::paragraphs(&[]), quote: sample::priced(draft) }];
        let text = render_text(&proposal);
        assert_row(&text, "Consulting", printed);
        assert!(text.lines().any(|l| l.trim_start().starts_with("Total ") && l.contains(printed)), "{currency}\n{text}");
    }
}

#[test]
fn totals_from_another_draft_are_refused() {
    let mut proposal = sample::globex(2);
    let Section::Pricing { quote, .. } = &mut proposal.sections[4] else { unreachable!() };
    quote.draft.lines.push(QuoteLine::clone(&quote.draft.lines[1]));
    let error = TYPESETTER.render(&proposal).unwrap_err().to_string();
    assert!(error.contains("do not match its lines"), "{error}");
}
