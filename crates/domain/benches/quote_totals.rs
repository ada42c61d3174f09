//! Totals of a 200-line quote (goal ≤ 1 ms) in both rounding modes, next to a baseline measured
//! in the same run: reading and summing the same 200 line bases with `Decimal`, the least any
//! exact engine has to do. Read the result as a ratio; this machine is noisy.
//!
//! `cargo bench -p tandem-domain --bench quote_totals`

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;
use tandem_domain::quote::{
    compute, Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, PriceMode, QuoteDraft, QuoteLine, RoundingMethod,
    RoundingMode, Sale, SectionLine, TaxRate,
};

const LINES: usize = 200;

fn tax(name: &str, rate: &str) -> TaxRate {
    TaxRate { name: name.into(), rate: rate.into() }
}

/// A varied line: several tax sets, percent and amount discounts, fractional quantities,
/// recurring billing, a bundle every 25 lines and a section heading every 40.
fn line(n: usize) -> QuoteLine {
    if n.is_multiple_of(40) {
        return QuoteLine::Section(SectionLine { id: String::new(), title: format!("Section {}", n / 40 + 1), show_subtotal: true });
    }
    let taxes = match n % 5 {
        0 => vec![tax("VAT", "20")],
        1 => vec![tax("VAT reduced", "5.5")],
        2 => vec![tax("VAT zero", "0")],
        3 => vec![tax("City tax", "1.5"), tax("VAT", "20")],
        _ => vec![tax("VAT", "20")],
    };
    let discount = match n % 4 {
        0 => Some(Discount { kind: DiscountKind::Percent, value: "7.5".into() }),
        1 => Some(Discount { kind: DiscountKind::Amount, value: "1.25".into() }),
        _ => None,
    };
    let (billing, term_months) = match n % 6 {
        0 => (Billing::Monthly, 12),
        1 => (Billing::Yearly, 24),
        _ => (Billing::OneTime, 0),
    };
    let sale = Sale {
        id: String::new(),
        description: String::new(),
        product_id: None,
        sku: String::new(),
        unit: String::new(),
        name: format!("Line {n}"),
        quantity: format!("{}.{}", 1 + n % 9, n % 4 * 25),
        unit_price: format!("{}.{:02}", 10 + n * 7 % 990, n * 37 % 100),
        discount,
        billing,
        term_months,
        optional: n.is_multiple_of(17),
        selected: n.is_multiple_of(34),
    };
    if n.is_multiple_of(25) {
        let part = |name: &str, list_price: &str, taxes: Vec<TaxRate>| BundlePart {
            name: name.into(),
            quantity: "1".into(),
            list_price: list_price.into(),
            taxes,
            unit_cost: "3".into(),
        };
        let parts = vec![part("Licence", "80", vec![tax("VAT", "20")]), part("Manual", "12.5", vec![tax("VAT reduced", "5.5")])];
        return QuoteLine::Bundle(BundleLine { sale, parts });
    }
    QuoteLine::Item(ItemLine { sale, taxes, unit_cost: format!("{}.50", 4 + n % 30) })
}

fn quote(rounding: RoundingMode) -> QuoteDraft {
    QuoteDraft {
        currency: "EUR".into(),
        rounding,
        method: RoundingMethod::HalfUp,
        prices: PriceMode::TaxExcluded,
        lines: (0..LINES).map(line).collect(),
        document_discount: Some(Discount { kind: DiscountKind::Percent, value: "3".into() }),
    }
}

/// The baseline: parse each line's quantity and unit price and add up quantity × price.
fn sum_bases(draft: &QuoteDraft) -> Decimal {
    draft
        .lines
        .iter()
        .filter_map(|line| match line {
            QuoteLine::Item(item) => Some(&item.sale),
            QuoteLine::Bundle(bundle) => Some(&bundle.sale),
            QuoteLine::Section(_) => None,
        })
        .map(|sale| sale.quantity.parse::<Decimal>().unwrap_or_default() * sale.unit_price.parse::<Decimal>().unwrap_or_default())
        .sum()
}

fn bench(c: &mut Criterion) {
    let per_line = quote(RoundingMode::PerLine);
    let per_document = quote(RoundingMode::PerDocument);
    let totals = compute(&per_document).expect("a valid bench quote");
    eprintln!(
        "{} lines, {} tax groups, {} spreads, total {}",
        totals.lines.len(),
        totals.groups.len(),
        totals.spreads.len(),
        totals.grand.total
    );

    let mut group = c.benchmark_group("quote_totals_200_lines");
    group.sample_size(30).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    group.bench_function("baseline: sum of 200 bases", |b| b.iter(|| sum_bases(black_box(&per_line))));
    group.bench_function("per line", |b| b.iter(|| compute(black_box(&per_line))));
    group.bench_function("per document", |b| b.iter(|| compute(black_box(&per_document))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
