//! The quote engine's worked examples, each written out by hand the way an accountant's book
//! would: the arithmetic in the comment, the printed quote in the table.

use tandem_domain::quote::{
    compute, Billing, BundleLine, BundlePart, Discount, DiscountKind, Figure, ItemLine, LineRef, PriceMode, QuoteDraft, QuoteLine,
    QuoteTotals, RoundingMethod, RoundingMode, Sale, SectionLine, Step, TaxRate, Taxed,
};

pub fn sale(name: &str, quantity: &str, unit_price: &str) -> Sale {
    Sale::one_time(name, quantity, unit_price)
}

pub fn taxes(list: &[(&str, &str)]) -> Vec<TaxRate> {
    list.iter().map(|(name, rate)| TaxRate { name: (*name).into(), rate: (*rate).into() }).collect()
}

pub fn item(sale: Sale, rates: &[(&str, &str)]) -> QuoteLine {
    QuoteLine::Item(ItemLine { sale, taxes: taxes(rates), unit_cost: String::new() })
}

pub fn off(kind: DiscountKind, value: &str) -> Option<Discount> {
    Some(Discount { kind, value: value.into() })
}

/// EUR, per-line rounding, half up, tax-excluded prices: the common case, varied per example.
pub fn eur(lines: Vec<QuoteLine>) -> QuoteDraft {
    QuoteDraft {
        currency: "EUR".into(),
        rounding: RoundingMode::PerLine,
        method: RoundingMethod::HalfUp,
        prices: PriceMode::TaxExcluded,
        lines,
        document_discount: None,
    }
}

fn run(draft: QuoteDraft) -> QuoteTotals {
    compute(&draft).unwrap_or_else(|e| panic!("{e}"))
}

/// "net + each tax = total", then any units the figures received from spreading in brackets.
fn printed(label: &str, amount: &Taxed) -> String {
    let mut text = format!("{label}: {}", amount.net);
    let mut spread = Vec::new();
    if !is_zero(&amount.adjustment) {
        spread.push(format!("net {}", amount.adjustment));
    }
    for tax in &amount.taxes {
        text += &format!(" + {} {}", tax.name, tax.amount);
        if !is_zero(&tax.adjustment) {
            spread.push(format!("{} {}", tax.name, tax.adjustment));
        }
    }
    text += &format!(" = {}", amount.total);
    if !spread.is_empty() {
        text += &format!(" [{}]", spread.join(", "));
    }
    text
}

fn is_zero(amount: &str) -> bool {
    amount.trim_start_matches('-').chars().all(|c| c == '0' || c == '.')
}

/// The quote as it prints: lines (and bundle parts), document discount lines, the tax table, the total.
fn statement(totals: &QuoteTotals) -> Vec<String> {
    let mut rows = Vec::new();
    for line in &totals.lines {
        let label = if line.included { line.name.clone() } else { format!("({} — not chosen)", line.name) };
        rows.push(printed(&label, &line.amount));
        rows.extend(line.parts.iter().map(|part| printed(&format!("  {}", part.name), &part.amount)));
    }
    rows.extend(totals.document_discount.iter().map(|d| printed("Discount", &d.amount)));
    rows.extend(totals.taxes.iter().map(|t| format!("{} {}%: base {}, tax {}", t.name, t.rate, t.base, t.amount)));
    rows.push(format!("Total: {} + tax {} = {}", totals.grand.net, totals.grand.tax, totals.grand.total));
    rows
}

fn check(draft: QuoteDraft, expected: &[&str]) -> QuoteTotals {
    let totals = run(draft);
    assert_eq!(statement(&totals), expected);
    totals
}

#[test]
fn per_line_and_per_document_rounding_differ_by_a_cent() {
    // Three lines of 1.99 at 19% VAT. Each line's tax is 1.99 × 0.19 = 0.3781.
    let lines = || (1..=3).map(|n| item(sale(&format!("Cable {n}"), "1", "1.99"), &[("VAT", "19")])).collect::<Vec<_>>();
    // Per line: 0.3781 → 0.38 each, 3 × 0.38 = 1.14.
    check(
        eur(lines()),
        &[
            "Cable 1: 1.99 + VAT 0.38 = 2.37",
            "Cable 2: 1.99 + VAT 0.38 = 2.37",
            "Cable 3: 1.99 + VAT 0.38 = 2.37",
            "VAT 19%: base 5.97, tax 1.14",
            "Total: 5.97 + tax 1.14 = 7.11",
        ],
    );
    // Per document: 3 × 0.3781 = 1.1343 → 1.13. The lines round to 1.14, so −0.01 goes to the
    // largest line; all three are equal, so the first one takes it.
    let totals = check(
        QuoteDraft { rounding: RoundingMode::PerDocument, ..eur(lines()) },
        &[
            "Cable 1: 1.99 + VAT 0.37 = 2.36 [VAT -0.01]",
            "Cable 2: 1.99 + VAT 0.38 = 2.37",
            "Cable 3: 1.99 + VAT 0.38 = 2.37",
            "VAT 19%: base 5.97, tax 1.13",
            "Total: 5.97 + tax 1.13 = 7.10",
        ],
    );
    let spread = &totals.spreads[0];
    assert_eq!((spread.figure, spread.tax.as_deref()), (Figure::Tax, Some("VAT")));
    assert_eq!((spread.exact.as_str(), spread.rounded.as_str(), spread.lines_sum.as_str()), ("1.1343", "1.13", "1.14"));
    assert_eq!(spread.difference, "-0.01");
    assert_eq!(spread.adjustments.len(), 1);
    assert_eq!(spread.adjustments[0].line, LineRef::Line { position: 0 });
    let steps = &totals.lines[0].amount.steps;
    assert!(steps.contains(&Step::Spread { figure: Figure::Tax, tax: Some("VAT".into()), group: 0, rank: 1, amount: "-0.01".into() }));
}

#[test]
fn fractional_hours_round_the_net_and_half_even_differs_from_half_up() {
    // Three lines of 1.5 h × 33.33 = 49.995 each, 20% VAT.
    let lines = || (1..=3).map(|n| item(sale(&format!("Workshop {n}"), "1.5", "33.33"), &[("VAT", "20")])).collect::<Vec<_>>();
    // Per line, half up: 49.995 → 50.00, VAT 10.00; 3 × 60.00.
    check(
        eur(lines()),
        &[
            "Workshop 1: 50.00 + VAT 10.00 = 60.00",
            "Workshop 2: 50.00 + VAT 10.00 = 60.00",
            "Workshop 3: 50.00 + VAT 10.00 = 60.00",
            "VAT 20%: base 150.00, tax 30.00",
            "Total: 150.00 + tax 30.00 = 180.00",
        ],
    );
    // Per document, half up: net 3 × 49.995 = 149.985 → 149.99, lines 150.00: −0.01 to line 1.
    // VAT: 3 × 9.999 = 29.997 → 30.00 = 3 × 10.00, nothing to spread.
    let totals = check(
        QuoteDraft { rounding: RoundingMode::PerDocument, ..eur(lines()) },
        &[
            "Workshop 1: 49.99 + VAT 10.00 = 59.99 [net -0.01]",
            "Workshop 2: 50.00 + VAT 10.00 = 60.00",
            "Workshop 3: 50.00 + VAT 10.00 = 60.00",
            "VAT 20%: base 149.99, tax 30.00",
            "Total: 149.99 + tax 30.00 = 179.99",
        ],
    );
    // The printed base and discount columns still explain the net: 50.00 − 0.00 − 0.01 = 49.99.
    assert_eq!((totals.lines[0].base.as_str(), totals.lines[0].discount.as_str()), ("50.00", "0.00"));
    // Per document, half even: 149.985 → 149.98 (8 is even), lines 150.00: −0.01 to lines 1 and 2.
    check(
        QuoteDraft { rounding: RoundingMode::PerDocument, method: RoundingMethod::HalfEven, ..eur(lines()) },
        &[
            "Workshop 1: 49.99 + VAT 10.00 = 59.99 [net -0.01]",
            "Workshop 2: 49.99 + VAT 10.00 = 59.99 [net -0.01]",
            "Workshop 3: 50.00 + VAT 10.00 = 60.00",
            "VAT 20%: base 149.98, tax 30.00",
            "Total: 149.98 + tax 30.00 = 179.98",
        ],
    );
}

#[test]
fn each_rounding_method_on_the_same_quote() {
    // 10.625 untaxed; 2.50 at 5% = 0.125 tax; 0.111 untaxed. Per line.
    let lines = || {
        vec![
            item(sale("Licence", "1", "10.625"), &[]),
            item(sale("Stamp", "1", "2.50"), &[("Duty", "5")]),
            item(sale("Sms", "1", "0.111"), &[]),
        ]
    };
    let table = [
        // method: licence, duty, sms → net, tax, total
        (
            RoundingMethod::HalfUp,
            ["Licence: 10.63 = 10.63", "Stamp: 2.50 + Duty 0.13 = 2.63", "Sms: 0.11 = 0.11"],
            "Total: 13.24 + tax 0.13 = 13.37",
        ),
        (
            RoundingMethod::HalfEven,
            ["Licence: 10.62 = 10.62", "Stamp: 2.50 + Duty 0.12 = 2.62", "Sms: 0.11 = 0.11"],
            "Total: 13.23 + tax 0.12 = 13.35",
        ),
        (
            RoundingMethod::Up,
            ["Licence: 10.63 = 10.63", "Stamp: 2.50 + Duty 0.13 = 2.63", "Sms: 0.12 = 0.12"],
            "Total: 13.25 + tax 0.13 = 13.38",
        ),
        (
            RoundingMethod::Down,
            ["Licence: 10.62 = 10.62", "Stamp: 2.50 + Duty 0.12 = 2.62", "Sms: 0.11 = 0.11"],
            "Total: 13.23 + tax 0.12 = 13.35",
        ),
    ];
    for (method, rows, total) in table {
        let totals = run(QuoteDraft { method, ..eur(lines()) });
        let found = statement(&totals);
        assert_eq!(found[..3], rows, "{method:?}");
        assert_eq!(found.last().map(String::as_str), Some(total), "{method:?}");
    }
}

#[test]
fn a_tax_included_price_stays_the_price() {
    // 24.99 incl. 20%: net = 24.99 / 1.2 = 20.825 → 20.83 (half up); tax = 24.99 − 20.83 = 4.16.
    let one = || eur(vec![item(sale("Mug", "1", "24.99"), &[("VAT", "20")])]);
    let included = |draft: QuoteDraft| QuoteDraft { prices: PriceMode::TaxIncluded, ..draft };
    let totals =
        check(included(one()), &["Mug: 20.83 + VAT 4.16 = 24.99", "VAT 20%: base 20.83, tax 4.16", "Total: 20.83 + tax 4.16 = 24.99"]);
    assert_eq!((totals.lines[0].base.as_str(), totals.lines[0].discount.as_str()), ("24.99", "0.00"));
    assert!(totals.lines[0].amount.steps.contains(&Step::NetFromIncluded {
        amount: "24.99".into(),
        rates: "20".into(),
        net: "20.825".into()
    }));
    // Half even: 20.825 → 20.82, so the tax is 4.17; still 24.99.
    check(
        QuoteDraft { method: RoundingMethod::HalfEven, ..included(one()) },
        &["Mug: 20.82 + VAT 4.17 = 24.99", "VAT 20%: base 20.82, tax 4.17", "Total: 20.82 + tax 4.17 = 24.99"],
    );
    // Three mugs per document: net 3 × 20.825 = 62.475 → 62.48, lines 3 × 20.83 = 62.49: −0.01 to
    // the first mug's net, whose tax grows to keep its 24.99.
    let three = || eur((1..=3).map(|n| item(sale(&format!("Mug {n}"), "1", "24.99"), &[("VAT", "20")])).collect());
    check(
        QuoteDraft { rounding: RoundingMode::PerDocument, ..included(three()) },
        &[
            "Mug 1: 20.82 + VAT 4.17 = 24.99 [net -0.01]",
            "Mug 2: 20.83 + VAT 4.16 = 24.99",
            "Mug 3: 20.83 + VAT 4.16 = 24.99",
            "VAT 20%: base 62.48, tax 12.49",
            "Total: 62.48 + tax 12.49 = 74.97",
        ],
    );
    // Six pens at 1.00 incl. 20%, rounding down, per document. The group is taxed as one sum:
    // 6.00 × 100 / 120 = 5.00 exactly (adding six 28-digit quotients 0.8333…3 would give
    // 4.999…8, which rounds down to 4.99). Each pen's 0.8333… rounds down to 0.83, 6 × 0.83 =
    // 4.98: +0.02, one cent to each of the first two (all equal), whose tax becomes 0.16.
    let pens = eur((1..=6).map(|n| item(sale(&format!("Pen {n}"), "1", "1.00"), &[("VAT", "20")])).collect());
    check(
        QuoteDraft { rounding: RoundingMode::PerDocument, method: RoundingMethod::Down, ..included(pens) },
        &[
            "Pen 1: 0.84 + VAT 0.16 = 1.00 [net 0.01]",
            "Pen 2: 0.84 + VAT 0.16 = 1.00 [net 0.01]",
            "Pen 3: 0.83 + VAT 0.17 = 1.00",
            "Pen 4: 0.83 + VAT 0.17 = 1.00",
            "Pen 5: 0.83 + VAT 0.17 = 1.00",
            "Pen 6: 0.83 + VAT 0.17 = 1.00",
            "VAT 20%: base 5.00, tax 1.00",
            "Total: 5.00 + tax 1.00 = 6.00",
        ],
    );
    // A discount on a tax-included line comes off the typed price: 2 × 24.99 = 49.98 − 10% =
    // 44.982 → 44.98; net 44.98 / 1.2 = 37.48333… → 37.48; tax 7.50.
    let discounted = eur(vec![item(Sale { discount: off(DiscountKind::Percent, "10"), ..sale("Mugs", "2", "24.99") }, &[("VAT", "20")])]);
    let totals = check(
        included(discounted),
        &["Mugs: 37.48 + VAT 7.50 = 44.98", "VAT 20%: base 37.48, tax 7.50", "Total: 37.48 + tax 7.50 = 44.98"],
    );
    assert_eq!((totals.lines[0].base.as_str(), totals.lines[0].discount.as_str()), ("49.98", "5.00"));
}

#[test]
fn yen_have_no_decimals() {
    // 3 × ¥333 = 999 at 10%; 1 × ¥150 at 8%; 2.5 × ¥99 = 247.5 at 10%.
    let lines = || {
        vec![
            item(sale("Notebook", "3", "333"), &[("Consumption tax", "10")]),
            item(sale("Lunch", "1", "150"), &[("Reduced rate", "8")]),
            item(sale("Consulting", "2.5", "99"), &[("Consumption tax", "10")]),
        ]
    };
    let yen = |rounding, method| QuoteDraft { currency: "JPY".into(), rounding, method, ..eur(lines()) };
    // Per line, half up: 99.9 → 100; 12; 247.5 → 248 and 24.8 → 25.
    check(
        yen(RoundingMode::PerLine, RoundingMethod::HalfUp),
        &[
            "Notebook: 999 + Consumption tax 100 = 1099",
            "Lunch: 150 + Reduced rate 12 = 162",
            "Consulting: 248 + Consumption tax 25 = 273",
            "Consumption tax 10%: base 1247, tax 125",
            "Reduced rate 8%: base 150, tax 12",
            "Total: 1397 + tax 137 = 1534",
        ],
    );
    // Per document, rounding down (common in Japan): the 10% group's net 999 + 247.5 = 1246.5 →
    // 1246 = 999 + 247; its tax 99.9 + 24.75 = 124.65 → 124, lines 99 + 24 = 123: +1 to the
    // notebook, the larger line.
    let totals = check(
        yen(RoundingMode::PerDocument, RoundingMethod::Down),
        &[
            "Notebook: 999 + Consumption tax 100 = 1099 [Consumption tax 1]",
            "Lunch: 150 + Reduced rate 12 = 162",
            "Consulting: 247 + Consumption tax 24 = 271",
            "Consumption tax 10%: base 1246, tax 124",
            "Reduced rate 8%: base 150, tax 12",
            "Total: 1396 + tax 136 = 1532",
        ],
    );
    assert_eq!(totals.decimals, 0);
}

#[test]
fn several_tax_rates_in_one_quote() {
    // 2 × 49.90 = 99.80 at 20% → 19.96; 3 × 12.35 = 37.05 at 5.5% → 2.03775 → 2.04; 15.00 at 0%.
    check(
        eur(vec![
            item(sale("Headset", "2", "49.90"), &[("VAT", "20")]),
            item(sale("Book", "3", "12.35"), &[("VAT reduced", "5.5")]),
            item(sale("Export crate", "1", "15"), &[("VAT zero", "0")]),
        ]),
        &[
            "Headset: 99.80 + VAT 19.96 = 119.76",
            "Book: 37.05 + VAT reduced 2.04 = 39.09",
            "Export crate: 15.00 + VAT zero 0.00 = 15.00",
            "VAT 20%: base 99.80, tax 19.96",
            "VAT reduced 5.5%: base 37.05, tax 2.04",
            "VAT zero 0%: base 15.00, tax 0.00",
            "Total: 151.85 + tax 22.00 = 173.85",
        ],
    );
    // Two taxes on one line apply to the same net: 200.00 × 20% = 40.00 and × 1.5% = 3.00.
    check(
        eur(vec![item(sale("Hotel night", "2", "100"), &[("VAT", "20"), ("City tax", "1.5")])]),
        &[
            "Hotel night: 200.00 + City tax 3.00 + VAT 40.00 = 243.00",
            "City tax 1.5%: base 200.00, tax 3.00",
            "VAT 20%: base 200.00, tax 40.00",
            "Total: 200.00 + tax 43.00 = 243.00",
        ],
    );
}

#[test]
fn a_document_discount_is_split_over_tax_groups() {
    let lines =
        || vec![item(sale("Laptop stand", "1", "100"), &[("VAT", "20")]), item(sale("Manual", "1", "50"), &[("VAT reduced", "5.5")])];
    // 10.00 off 150.00: 100/150 × 10 = 6.666… → 6.66 and 50/150 × 10 = 3.333… → 3.33, one cent
    // left over to the larger group: 6.67 + 3.33 = 10.00.
    // Their taxes: −6.67 × 20% = −1.334 → −1.33; −3.33 × 5.5% = −0.18315 → −0.18.
    let totals = check(
        QuoteDraft { document_discount: off(DiscountKind::Amount, "10"), ..eur(lines()) },
        &[
            "Laptop stand: 100.00 + VAT 20.00 = 120.00",
            "Manual: 50.00 + VAT reduced 2.75 = 52.75",
            "Discount: -6.67 + VAT -1.33 = -8.00",
            "Discount: -3.33 + VAT reduced -0.18 = -3.51",
            "VAT 20%: base 93.33, tax 18.67",
            "VAT reduced 5.5%: base 46.67, tax 2.57",
            "Total: 140.00 + tax 21.24 = 161.24",
        ],
    );
    let share = Step::Share {
        whole: "-10.00".into(),
        weight: "100".into(),
        total_weight: "150".into(),
        amount: "-6.67".into(),
        leftover: "-0.01".into(),
    };
    assert!(totals.document_discount[0].amount.steps.contains(&share));
    // 10% of 150.00 = 15.00: 10.00 and 5.00 exactly.
    check(
        QuoteDraft { document_discount: off(DiscountKind::Percent, "10"), ..eur(lines()) },
        &[
            "Laptop stand: 100.00 + VAT 20.00 = 120.00",
            "Manual: 50.00 + VAT reduced 2.75 = 52.75",
            "Discount: -10.00 + VAT -2.00 = -12.00",
            "Discount: -5.00 + VAT reduced -0.28 = -5.28",
            "VAT 20%: base 90.00, tax 18.00",
            "VAT reduced 5.5%: base 45.00, tax 2.47",
            "Total: 135.00 + tax 20.47 = 155.47",
        ],
    );
    // More than the quote is refused.
    let error = compute(&QuoteDraft { document_discount: off(DiscountKind::Amount, "150.01"), ..eur(lines()) }).unwrap_err();
    assert_eq!(error.to_string(), "document_discount: The document discount 150.01 is more than the quote's 150.00; lower it.");
}

#[test]
fn optional_lines_count_only_once_chosen() {
    let lines = |selected| {
        vec![
            item(sale("Platform", "1", "1000"), &[("VAT", "20")]),
            item(Sale { optional: true, selected, ..sale("Premium support", "1", "200") }, &[("VAT", "20")]),
        ]
    };
    check(
        eur(lines(false)),
        &[
            "Platform: 1000.00 + VAT 200.00 = 1200.00",
            "(Premium support — not chosen): 200.00 + VAT 40.00 = 240.00",
            "VAT 20%: base 1000.00, tax 200.00",
            "Total: 1000.00 + tax 200.00 = 1200.00",
        ],
    );
    check(
        eur(lines(true)),
        &[
            "Platform: 1000.00 + VAT 200.00 = 1200.00",
            "Premium support: 200.00 + VAT 40.00 = 240.00",
            "VAT 20%: base 1200.00, tax 240.00",
            "Total: 1200.00 + tax 240.00 = 1440.00",
        ],
    );
}

#[test]
fn a_bundle_price_is_split_over_its_parts() {
    // 100.00 over list prices 80 : 30 : 10 (of 120): 66.666… → 66.66, 25.00, 8.333… → 8.33,
    // one cent left over to the largest part: 66.67 + 25.00 + 8.33 = 100.00.
    // Taxes per part: 66.67 × 20% = 13.334 → 13.33; 25.00 × 0%; 8.33 × 5.5% = 0.45815 → 0.46.
    let part = |name: &str, list_price: &str, rates: &[(&str, &str)]| BundlePart {
        name: name.into(),
        quantity: "1".into(),
        list_price: list_price.into(),
        taxes: taxes(rates),
        unit_cost: String::new(),
    };
    let bundle = QuoteLine::Bundle(BundleLine {
        sale: sale("Starter pack", "1", "100"),
        parts: vec![
            part("Licence", "80", &[("VAT", "20")]),
            part("Training", "30", &[("Exempt", "0")]),
            part("Manual", "10", &[("VAT reduced", "5.5")]),
        ],
    });
    check(
        eur(vec![bundle]),
        &[
            "Starter pack: 100.00 + VAT 13.33 + Exempt 0.00 + VAT reduced 0.46 = 113.79",
            "  Licence: 66.67 + VAT 13.33 = 80.00",
            "  Training: 25.00 + Exempt 0.00 = 25.00",
            "  Manual: 8.33 + VAT reduced 0.46 = 8.79",
            "VAT 20%: base 66.67, tax 13.33",
            "Exempt 0%: base 25.00, tax 0.00",
            "VAT reduced 5.5%: base 8.33, tax 0.46",
            "Total: 100.00 + tax 13.79 = 113.79",
        ],
    );
}

#[test]
fn recurring_lines_and_the_contract_value() {
    let totals = run(eur(vec![
        item(sale("Onboarding", "1", "1500"), &[("VAT", "20")]),
        item(Sale { billing: Billing::Monthly, term_months: 12, ..sale("Seats", "10", "29") }, &[("VAT", "20")]),
        item(Sale { billing: Billing::Yearly, term_months: 18, ..sale("Support", "1", "1200") }, &[("VAT", "20")]),
    ]));
    let amounts = |a: &tandem_domain::quote::Amounts| format!("{} + {} = {}", a.net, a.tax, a.total);
    assert_eq!(amounts(&totals.one_time), "1500.00 + 300.00 = 1800.00");
    assert_eq!(amounts(&totals.monthly), "290.00 + 58.00 = 348.00");
    assert_eq!(amounts(&totals.yearly), "1200.00 + 240.00 = 1440.00");
    // The first invoice: every line once.
    assert_eq!(amounts(&totals.grand), "2990.00 + 598.00 = 3588.00");
    // 1500 + 290 × 12 months + 1200 × ⌈18 / 12⌉ = 2 years = 1500 + 3480 + 2400 = 7380;
    // tax 300 + 58 × 12 + 240 × 2 = 1476.
    assert_eq!(amounts(&totals.contract_value), "7380.00 + 1476.00 = 8856.00");
    assert_eq!((totals.lines[2].billing, totals.lines[2].term_months, totals.lines[0].term_months), (Billing::Yearly, 18, 0));
}

#[test]
fn tenths_add_up_exactly() {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; here it is 0.30.
    check(
        eur(vec![item(sale("A", "1", "0.1"), &[("VAT", "20")]), item(sale("B", "1", "0.2"), &[("VAT", "20")])]),
        &["A: 0.10 + VAT 0.02 = 0.12", "B: 0.20 + VAT 0.04 = 0.24", "VAT 20%: base 0.30, tax 0.06", "Total: 0.30 + tax 0.06 = 0.36"],
    );
    let three =
        run(QuoteDraft { rounding: RoundingMode::PerDocument, ..eur((0..3).map(|_| item(sale("Tenth", "1", "0.10"), &[])).collect()) });
    assert_eq!(three.grand.total, "0.30");
}

#[test]
fn sections_add_up_their_chosen_lines() {
    let totals = run(eur(vec![
        item(sale("Kick-off", "1", "100"), &[("VAT", "20")]),
        QuoteLine::Section(SectionLine { id: String::new(), title: "Licences".into(), show_subtotal: true }),
        item(sale("Seats", "10", "29"), &[("VAT", "20")]),
        item(sale("Admin seat", "1", "49"), &[("VAT", "20")]),
        QuoteLine::Section(SectionLine { id: String::new(), title: "Services".into(), show_subtotal: false }),
        item(Sale { optional: true, ..sale("Training day", "1", "800") }, &[("VAT", "20")]),
        item(sale("Setup", "1", "250"), &[("VAT", "20")]),
    ]));
    let sections: Vec<String> =
        totals.sections.iter().map(|s| format!("{}@{}: {} / {}", s.title, s.position, s.amounts.net, s.amounts.total)).collect();
    // Licences: 290 + 49 = 339, × 1.2 = 406.80. Services: the training day is not chosen, so 250 → 300.
    assert_eq!(sections, ["Licences@1: 339.00 / 406.80", "Services@4: 250.00 / 300.00"]);
    assert_eq!(totals.grand.net, "689.00");
    assert_eq!(totals.lines.iter().map(|l| l.position).collect::<Vec<_>>(), [0, 2, 3, 5, 6]);
}

#[test]
fn margin_is_net_after_discounts_minus_cost() {
    // 10 seats at 29.00 costing 12.00 each (cost 120.00), a workshop with no known cost;
    // 5% off the quote: (290 + 500) × 0.95 = 750.50. Margin 750.50 − 120.00 = 630.50, 84.01%.
    let seats = QuoteLine::Item(ItemLine { sale: sale("Seats", "10", "29"), taxes: taxes(&[("VAT", "20")]), unit_cost: "12".into() });
    let totals = run(QuoteDraft {
        document_discount: off(DiscountKind::Percent, "5"),
        ..eur(vec![seats, item(sale("Workshop", "1", "500"), &[("VAT", "20")])])
    });
    assert_eq!(totals.grand.net, "750.50");
    let margin = &totals.margin;
    assert_eq!((margin.cost.as_str(), margin.margin.as_str(), margin.percent.as_deref()), ("120.00", "630.50", Some("84.01")));
    assert_eq!(margin.lines_without_cost, 1);
    assert_eq!(totals.lines[0].cost.as_deref(), Some("120.00"));
}

#[test]
fn three_decimal_currencies_round_to_the_fils() {
    // KWD: 1 × 1.2345 → 1.235 (half up), no tax.
    let totals = run(QuoteDraft { currency: "KWD".into(), ..eur(vec![item(sale("Service", "1", "1.2345"), &[])]) });
    assert_eq!(totals.grand.total, "1.235");
}

#[test]
fn the_explanation_lists_each_step() {
    // 1.5 × 33.33 = 49.995, −10% = 4.9995 → 44.9955 → 45.00; VAT 20% of 45.00 = 9.00.
    let line = item(Sale { discount: off(DiscountKind::Percent, "10"), ..sale("Workshop", "1.5", "33.33") }, &[("VAT", "20")]);
    let totals = run(eur(vec![line]));
    let text = |s: &str| s.to_string();
    assert_eq!(
        totals.lines[0].amount.steps,
        [
            Step::Base { quantity: text("1.5"), unit_price: text("33.33"), amount: text("49.995") },
            Step::Discount { percent: Some(text("10")), amount: text("4.9995") },
            Step::Round { figure: Figure::Net, tax: None, exact: text("44.9955"), rounded: text("45.00") },
            Step::Tax { name: text("VAT"), rate: text("20"), base: text("45"), amount: text("9") },
        ]
    );
    assert_eq!((totals.lines[0].base.as_str(), totals.lines[0].discount.as_str()), ("50.00", "5.00"));
}
