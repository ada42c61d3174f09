//! For random quotes: the lines add up to every printed total, tax-included prices stay the
//! price, and per-document rounding stays within a minor unit of exact arithmetic per tax group.

use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use tandem_domain::quote::{
    compute, Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, PriceMode, QuoteDraft, QuoteLine, QuoteTotals,
    RoundingMethod, RoundingMode, Sale, SectionLine, TaxRate, Taxed,
};

const RATES: [(&str, &str); 5] = [("VAT", "20"), ("Reduced", "5.5"), ("Zero", "0"), ("GST", "7.25"), ("City", "1.5")];

/// A decimal from digits and a scale, e.g. (12345, 2) → 123.45.
fn number(digits: u32, scale: u32) -> Decimal {
    Decimal::new(digits.into(), scale)
}

/// What a random line is made of, before it becomes draft text.
#[derive(Debug, Clone)]
struct RawSale {
    quantity: (u32, u32),
    price: (u32, u32),
    /// 0: none, 1: percent, 2: amount; the value is a percent of the base either way.
    discount: (u8, (u32, u32)),
    billing: (u8, u32),
    optional: bool,
    selected: bool,
}

#[derive(Debug, Clone)]
enum RawLine {
    Section(bool),
    Item(RawSale, Vec<usize>, Option<u32>),
    Bundle(RawSale, Vec<((u32, u32), u32, Vec<usize>)>),
}

fn sale() -> impl Strategy<Value = RawSale> {
    (
        (0..=2_000u32, 0..=2u32),
        (0..=500_000u32, 0..=4u32),
        (0..=2u8, (0..=10_000u32, 0..=2u32)),
        (prop_oneof![3 => Just(0u8), 1 => Just(1u8), 1 => Just(2u8)], proptest::sample::select(vec![12u32, 18])),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(quantity, price, discount, billing, optional, selected)| RawSale {
            quantity,
            price,
            discount,
            billing,
            optional,
            selected,
        })
}

/// Tax sets drawn so that lines often share a group (what per-document rounding is about),
/// with the odd multi-rate and untaxed line.
fn rates() -> impl Strategy<Value = Vec<usize>> {
    proptest::sample::select(vec![vec![0], vec![0], vec![0], vec![1], vec![1], vec![2], vec![], vec![0, 4], vec![1, 3]])
}

fn line() -> impl Strategy<Value = RawLine> {
    prop_oneof![
        1 => any::<bool>().prop_map(RawLine::Section),
        6 => (sale(), rates(), proptest::option::of(0..=100_000u32)).prop_map(|(s, r, c)| RawLine::Item(s, r, c)),
        2 => (sale(), proptest::collection::vec(((1..=3u32, 0..=1u32), 0..=100_000u32, rates()), 1..=4)).prop_map(|(s, p)| RawLine::Bundle(s, p)),
    ]
}

/// A random draft, and its document discount as (0 none | 1 percent | 2 amount, percent): an
/// amount is that percent of the quote, known only once the quote is computed without it.
fn draft() -> impl Strategy<Value = (QuoteDraft, u8, Decimal)> {
    (
        proptest::sample::select(vec!["EUR", "JPY", "KWD"]),
        proptest::sample::select(vec![RoundingMode::PerLine, RoundingMode::PerDocument]),
        proptest::sample::select(RoundingMethod::ALL.to_vec()),
        proptest::sample::select(vec![PriceMode::TaxExcluded, PriceMode::TaxIncluded]),
        proptest::collection::vec(line(), 0..=16),
        (0..=2u8, 0..=10_000u32),
    )
        .prop_map(|(currency, rounding, method, prices, raw, (kind, percent))| {
            let decimals = match currency {
                "JPY" => 0,
                "KWD" => 3,
                _ => 2,
            };
            let lines = raw.iter().map(|line| to_line(line, decimals)).collect();
            let draft = QuoteDraft { currency: currency.into(), rounding, method, prices, lines, document_discount: None };
            (draft, kind, number(percent, 2))
        })
}

/// Sets the document discount: a percent as is, an amount as that percent of what it applies to.
fn with_document_discount(draft: QuoteDraft, kind: u8, percent: Decimal) -> QuoteDraft {
    let discount = match kind {
        1 => Discount { kind: DiscountKind::Percent, value: percent.to_string() },
        2 => {
            let before = compute(&draft).unwrap_or_else(|e| panic!("{e}"));
            let basis: Decimal = match draft.prices {
                PriceMode::TaxExcluded => before.groups.iter().map(|g| d(&g.net_exact)).sum(),
                PriceMode::TaxIncluded => before.groups.iter().map(|g| d(&g.total)).sum(),
            };
            let amount = (basis * percent / Decimal::ONE_HUNDRED).round_dp_with_strategy(before.decimals, RoundingStrategy::ToZero);
            Discount { kind: DiscountKind::Amount, value: amount.to_string() }
        }
        _ => return draft,
    };
    QuoteDraft { document_discount: Some(discount), ..draft }
}

fn to_sale(raw: &RawSale, name: String, decimals: u32) -> Sale {
    let quantity = number(raw.quantity.0, raw.quantity.1);
    let price = number(raw.price.0, raw.price.1);
    let percent = number(raw.discount.1 .0 % 10_001, raw.discount.1 .1).min(Decimal::ONE_HUNDRED);
    let discount = match raw.discount.0 {
        1 => Some(Discount { kind: DiscountKind::Percent, value: percent.to_string() }),
        2 => {
            let off = (quantity * price * percent / Decimal::ONE_HUNDRED).round_dp_with_strategy(decimals, RoundingStrategy::ToZero);
            Some(Discount { kind: DiscountKind::Amount, value: off.to_string() })
        }
        _ => None,
    };
    let (billing, term_months) = match raw.billing.0 {
        0 => (Billing::OneTime, 0),
        1 => (Billing::Monthly, raw.billing.1),
        _ => (Billing::Yearly, raw.billing.1),
    };
    Sale {
        id: String::new(),
        description: String::new(),
        product_id: None,
        sku: String::new(),
        unit: String::new(),
        name,
        quantity: quantity.to_string(),
        unit_price: price.to_string(),
        discount,
        billing,
        term_months,
        optional: raw.optional,
        selected: raw.selected,
    }
}

fn taxes(picked: &[usize]) -> Vec<TaxRate> {
    picked.iter().map(|&i| TaxRate { name: RATES[i].0.into(), rate: RATES[i].1.into() }).collect()
}

fn to_line(raw: &RawLine, decimals: u32) -> QuoteLine {
    match raw {
        RawLine::Section(show_subtotal) => {
            QuoteLine::Section(SectionLine { id: String::new(), title: "Section".into(), show_subtotal: *show_subtotal })
        }
        RawLine::Item(sale, rates, cost) => QuoteLine::Item(ItemLine {
            sale: to_sale(sale, "Item".into(), decimals),
            taxes: taxes(rates),
            unit_cost: cost.map(|c| number(c, 2).to_string()).unwrap_or_default(),
        }),
        RawLine::Bundle(sale, parts) => QuoteLine::Bundle(BundleLine {
            sale: to_sale(sale, "Bundle".into(), decimals),
            parts: parts
                .iter()
                .map(|(quantity, list_price, rates)| BundlePart {
                    name: "Part".into(),
                    quantity: number(quantity.0, quantity.1).to_string(),
                    list_price: number(*list_price, 2).to_string(),
                    taxes: taxes(rates),
                    unit_cost: String::new(),
                })
                .collect(),
        }),
    }
}

fn d(text: &str) -> Decimal {
    text.parse().unwrap_or_else(|_| panic!("'{text}' is not a decimal"))
}

fn strategy(method: RoundingMethod) -> RoundingStrategy {
    match method {
        RoundingMethod::HalfUp => RoundingStrategy::MidpointAwayFromZero,
        RoundingMethod::HalfEven => RoundingStrategy::MidpointNearestEven,
        RoundingMethod::Up => RoundingStrategy::AwayFromZero,
        RoundingMethod::Down => RoundingStrategy::ToZero,
    }
}

fn tax_sum(amount: &Taxed) -> Decimal {
    amount.taxes.iter().map(|t| d(&t.amount)).sum()
}

/// Every printed amount has exactly the currency's decimals, and net + taxes = total.
fn assert_printed(amount: &Taxed, decimals: u32) {
    for text in [&amount.net, &amount.total, &amount.adjustment].into_iter().chain(amount.taxes.iter().map(|t| &t.amount)) {
        let places = text.split('.').nth(1).map_or(0, str::len) as u32;
        assert_eq!(places, decimals, "'{text}'");
    }
    assert_eq!(d(&amount.net) + tax_sum(amount), d(&amount.total));
}

fn check_invariants(draft: &QuoteDraft, totals: &QuoteTotals) {
    let unit = Decimal::new(1, totals.decimals);
    let round = |value: Decimal| value.round_dp_with_strategy(totals.decimals, strategy(draft.method));
    let included_prices = draft.prices == PriceMode::TaxIncluded;
    let (mut net, mut tax, mut total) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut oracle_net = Decimal::ZERO;
    let priced = draft.lines.iter().filter(|l| !matches!(l, QuoteLine::Section(_)));
    for (line, source) in totals.lines.iter().zip(priced) {
        assert_printed(&line.amount, totals.decimals);
        let (base, discount, adjustment) = (d(&line.base), d(&line.discount), d(&line.amount.adjustment));
        // The typed amount after the line discount, computed here from the draft.
        let sale = match source {
            QuoteLine::Item(item) => &item.sale,
            QuoteLine::Bundle(bundle) => &bundle.sale,
            QuoteLine::Section(_) => unreachable!(),
        };
        let exact = d(&sale.quantity) * d(&sale.unit_price)
            - sale.discount.as_ref().map_or(Decimal::ZERO, |off| match off.kind {
                DiscountKind::Percent => d(&sale.quantity) * d(&sale.unit_price) * d(&off.value) / Decimal::ONE_HUNDRED,
                DiscountKind::Amount => d(&off.value),
            });
        if included_prices {
            // The typed price is kept: the total is the price after discount, rounded once.
            assert_eq!(base - discount, d(&line.amount.total));
            assert_eq!(d(&line.amount.total), round(exact), "tax-included line {}", line.position);
        } else {
            assert_eq!(base - discount + adjustment, d(&line.amount.net));
            if line.included {
                oracle_net += exact;
            }
        }
        if !line.parts.is_empty() {
            for part in &line.parts {
                assert_printed(&part.amount, totals.decimals);
            }
            let parts_net: Decimal = line.parts.iter().map(|p| d(&p.amount.net)).sum();
            let parts_total: Decimal = line.parts.iter().map(|p| d(&p.amount.total)).sum();
            assert_eq!((parts_net, parts_total), (d(&line.amount.net), d(&line.amount.total)));
        }
        if line.included {
            net += d(&line.amount.net);
            tax += tax_sum(&line.amount);
            total += d(&line.amount.total);
        }
    }
    for discount in &totals.document_discount {
        assert_printed(&discount.amount, totals.decimals);
        net += d(&discount.amount.net);
        tax += tax_sum(&discount.amount);
        total += d(&discount.amount.total);
        oracle_net += d(&discount.amount.net) - d(&discount.amount.adjustment);
    }
    // The lines add up to the printed totals, and every other way of adding them agrees.
    assert_eq!((net, tax, total), (d(&totals.grand.net), d(&totals.grand.tax), d(&totals.grand.total)));
    assert_eq!(totals.taxes.iter().map(|t| d(&t.amount)).sum::<Decimal>(), tax);
    let groups_total: Decimal = totals.groups.iter().map(|g| d(&g.total)).sum();
    assert_eq!(groups_total, total);
    let billed: Decimal = [&totals.one_time, &totals.monthly, &totals.yearly].iter().map(|a| d(&a.total)).sum();
    assert_eq!(billed, total);
    let contract: Decimal = totals
        .groups
        .iter()
        .map(|g| {
            let periods = match g.billing {
                Billing::OneTime => 1,
                Billing::Monthly => g.term_months,
                Billing::Yearly => g.term_months.div_ceil(12),
            };
            d(&g.total) * Decimal::from(periods)
        })
        .sum();
    assert_eq!(contract, d(&totals.contract_value.total));

    match draft.rounding {
        RoundingMode::PerLine => assert!(totals.spreads.is_empty()),
        RoundingMode::PerDocument => {
            for group in &totals.groups {
                assert!((d(&group.net) - d(&group.net_exact)).abs() < unit, "group net {} vs exact {}", group.net, group.net_exact);
                if included_prices {
                    // The tax a group holds is its typed total − its settled net: within a unit as a whole.
                    let (printed, exact): (Decimal, Decimal) =
                        (group.taxes.iter().map(|t| d(&t.amount)).sum(), group.taxes.iter().map(|t| d(&t.exact)).sum());
                    assert!((printed - exact).abs() < unit, "group tax {printed} vs exact {exact}");
                } else {
                    // Each rate is settled on its own: within a unit per rate.
                    for t in &group.taxes {
                        assert!((d(&t.amount) - d(&t.exact)).abs() < unit, "{} {} vs exact {}", t.name, t.amount, t.exact);
                    }
                }
            }
            if !included_prices {
                // Independently of the engine's own exact sums: the quote's net, from the draft.
                // Each group rounds once, and each bundle is split in whole units.
                let bundles = totals.lines.iter().filter(|l| l.included && !l.parts.is_empty()).count();
                let slack = unit * Decimal::from((totals.groups.len() + bundles).max(1));
                assert!((net - oracle_net).abs() < slack, "net {net} vs exact {oracle_net}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_quotes_add_up((draft, kind, percent) in draft()) {
        let draft = with_document_discount(draft, kind, percent);
        let totals = compute(&draft).unwrap_or_else(|e| panic!("{e}"));
        check_invariants(&draft, &totals);
    }
}
