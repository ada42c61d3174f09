//! Proposals to render: a realistic one for Globex, and builders for the hostile cases. Also used
//! by the benchmark (`benches/proposal_pdf.rs` includes this file).

#![allow(dead_code)]

use chrono::NaiveDate;
use tandem_domain::quote::{
    compute, Billing, BundleLine, BundlePart, Discount, DiscountKind, ItemLine, PriceMode, QuoteDraft, QuoteLine, RoundingMethod,
    RoundingMode, Sale, SectionLine, TaxRate,
};
use tandem_domain::rich_text::{HeadingAttrs, LinkAttrs, Mark, RichNode, RichText};
use tandem_typeset::{Acceptance, Brand, BrandFont, Fact, PricingTable, Proposal, Section};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn tax(name: &str, rate: &str) -> TaxRate {
    TaxRate { name: name.into(), rate: rate.into() }
}

pub fn percent(value: &str) -> Option<Discount> {
    Some(Discount { kind: DiscountKind::Percent, value: value.into() })
}

pub fn amount_off(value: &str) -> Option<Discount> {
    Some(Discount { kind: DiscountKind::Amount, value: value.into() })
}

/// A one-time line, not optional; change what the case needs.
pub fn sale(name: &str, quantity: &str, unit: &str, unit_price: &str) -> Sale {
    Sale { unit: unit.into(), ..Sale::one_time(name, quantity, unit_price) }
}

pub fn item(sale: Sale, taxes: Vec<TaxRate>) -> QuoteLine {
    QuoteLine::Item(ItemLine { sale, taxes, unit_cost: String::new() })
}

pub fn heading(title: &str, show_subtotal: bool) -> QuoteLine {
    QuoteLine::Section(SectionLine { id: String::new(), title: title.into(), show_subtotal })
}

pub fn draft(lines: Vec<QuoteLine>, document_discount: Option<Discount>) -> QuoteDraft {
    QuoteDraft {
        currency: "EUR".into(),
        rounding: RoundingMode::PerLine,
        method: RoundingMethod::HalfUp,
        prices: PriceMode::TaxExcluded,
        lines,
        document_discount,
    }
}

pub fn priced(draft: QuoteDraft) -> Box<PricingTable> {
    let totals = compute(&draft).expect("a valid quote");
    Box::new(PricingTable { draft, totals })
}

/// Globex's quote: two VAT rates and a tourism levy, percent and amount discounts, a document
/// discount, two sections with subtotals, a chosen and an unchosen option, a bundle whose parts
/// are taxed apart, and monthly and yearly lines.
pub fn globex_quote() -> QuoteDraft {
    let vat = || vec![tax("VAT", "20")];
    let licence = Sale {
        description: "Named users, unlimited pipelines and the mobile apps.".into(),
        sku: "TND-PRO".into(),
        discount: percent("10"),
        billing: Billing::Monthly,
        term_months: 12,
        ..sale("Platform licence", "25", "seats", "40.00")
    };
    let support =
        Sale { billing: Billing::Yearly, term_months: 24, optional: true, selected: true, ..sale("Premium support", "1", "", "1800.00") };
    let onboarding = QuoteLine::Bundle(BundleLine {
        sale: Sale { description: "Two days on site with your team.".into(), ..sale("Onboarding pack", "1", "", "2400.00") },
        parts: vec![
            BundlePart {
                name: "Workshop days".into(),
                quantity: "2".into(),
                list_price: "1000".into(),
                taxes: vat(),
                unit_cost: String::new(),
            },
            BundlePart {
                name: "Printed training manual".into(),
                quantity: "1".into(),
                list_price: "200".into(),
                taxes: vec![tax("VAT reduced", "5.5")],
                unit_cost: String::new(),
            },
        ],
    });
    let migration = Sale { discount: amount_off("200.00"), ..sale("Data migration", "40", "hours", "95.00") };
    let integration = Sale { optional: true, selected: false, ..sale("Custom ERP integration", "1", "", "4800.00") };
    let travel = sale("Travel and lodging", "1", "", "350.00");
    draft(
        vec![
            heading("Software", true),
            item(licence, vat()),
            item(support, vat()),
            onboarding,
            heading("Services", true),
            item(migration, vat()),
            item(integration, vat()),
            item(travel, vec![tax("Tourism levy", "2")]),
        ],
        percent("5"),
    )
}

pub fn brand() -> Brand {
    Brand { company: "Initech".into(), logo: None, primary: "#1F4E79".into(), accent: "#D9822B".into(), font: BrandFont::Sans }
}

pub fn text(t: &str) -> RichNode {
    RichNode::Text { text: t.into(), marks: Vec::new() }
}

pub fn marked(t: &str, marks: Vec<Mark>) -> RichNode {
    RichNode::Text { text: t.into(), marks }
}

pub fn paragraph(content: Vec<RichNode>) -> RichNode {
    RichNode::Paragraph { content }
}

pub fn doc(content: Vec<RichNode>) -> RichText {
    RichText(RichNode::Doc { content })
}

pub fn paragraphs(texts: &[&str]) -> RichText {
    RichText::from_paragraphs(texts.iter().copied())
}

const LOREM: &str = "Globex runs sales across four regions with spreadsheets that no two teams keep alike. \
Follow-ups slip, forecasts are rebuilt by hand every Monday, and quotes take two days because prices live in \
three places. Initech's platform puts contacts, deals, quotes and the content your team sends in one place, \
works offline on every laptop, and answers in milliseconds.";

/// A proposal of `pages` pages from 6 up (`globex(10)` is 10 pages): text sections of every node
/// kind, a library block, the Globex quote, terms and acceptance.
pub fn globex(pages: usize) -> Proposal {
    let filler = |n: usize| -> Vec<RichNode> { (0..n).map(|i| paragraph(vec![text(&format!("{} ({})", LOREM, i + 1))])).collect() };
    let solution = {
        let mut content = vec![
            RichNode::Heading { attrs: HeadingAttrs { level: 1 }, content: vec![text("One place for the whole team")] },
            paragraph(vec![
                text("Everything below is "),
                marked("included", vec![Mark::Bold]),
                text(", "),
                marked("configured for you", vec![Mark::Italic]),
                text(" and "),
                marked("documented", vec![Mark::Underline]),
                text(" — "),
                marked("no extra fees", vec![Mark::Strike]),
                text(". See "),
                marked("our security page", vec![Mark::Link { attrs: LinkAttrs { href: "https://initech.example/security".into() } }]),
                text("."),
                RichNode::HardBreak,
                text("Questions: ana@initech.example"),
            ]),
            RichNode::BulletList {
                content: ["Contacts, companies and deals", "Quotes with taxes and discounts", "Offline-first sync"]
                    .iter()
                    .map(|t| RichNode::ListItem { content: vec![paragraph(vec![text(t)])] })
                    .collect(),
            },
            RichNode::Heading { attrs: HeadingAttrs { level: 2 }, content: vec![text("Rollout")] },
            RichNode::OrderedList {
                content: ["Kick-off and data audit", "Migration and training", "Go-live and review"]
                    .iter()
                    .map(|t| RichNode::ListItem { content: vec![paragraph(vec![text(t)])] })
                    .collect(),
            },
            RichNode::Blockquote { content: vec![paragraph(vec![text("We closed our quarter two days early. — Hank, VP Sales")])] },
            RichNode::HorizontalRule,
        ];
        content.extend(filler(pages.saturating_sub(4) * 9));
        doc(content)
    };
    Proposal {
        brand: brand(),
        title: "Proposal for Globex".into(),
        subtitle: "CRM rollout for the sales team, 2025".into(),
        issued_on: date(2025, 6, 5),
        facts: vec![
            Fact { label: "Quote number".into(), value: "Q-7K3FD-0042 v2".into() },
            Fact { label: "Valid until".into(), value: "5 July 2025".into() },
            Fact { label: "Prepared for".into(), value: "Hank Scorpio, Globex Corporation".into() },
            Fact { label: "Prepared by".into(), value: "Ana García, Initech".into() },
        ],
        sections: vec![
            Section::Text { title: "Dear Hank".into(), body: doc(filler(2)) },
            Section::Text { title: "Executive summary".into(), body: doc(filler(3)) },
            Section::Text { title: "Our solution".into(), body: solution },
            Section::Content {
                title: "How Umbrella cut quote time by 80%".into(),
                source: "Umbrella case study".into(),
                body: doc(filler(3)),
            },
            Section::Pricing {
                title: "Investment".into(),
                intro: paragraphs(&["Prices are in euros and valid for 30 days."]),
                quote: priced(globex_quote()),
            },
            Section::Text { title: "Terms".into(), body: doc(filler(2)) },
            Section::Acceptance {
                title: "Acceptance".into(),
                body: paragraphs(&["By signing, Globex accepts this proposal and the quote above."]),
            },
        ],
        footer: "Q-7K3FD-0042 v2 · Globex".into(),
        acceptance: None,
    }
}

pub fn acceptance(signature_png: Vec<u8>) -> Acceptance {
    Acceptance {
        name: "Hank Scorpio".into(),
        title: "VP Sales, Globex".into(),
        signed_on: date(2025, 6, 12),
        signature_png,
        document_sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
    }
}
