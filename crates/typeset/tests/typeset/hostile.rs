//! Whatever people type prints as typed: markup, merge fields, scripts, right-to-left and CJK
//! text, very long descriptions and very long quotes.

use std::collections::HashSet;

use tandem_domain::quote::{BundleLine, BundlePart, QuoteLine, Sale};
use tandem_domain::rich_text::{HeadingAttrs, LinkAttrs, Mark, RichNode};
use tandem_typeset::{Fact, Proposal, Section};

use crate::sample::{self, doc, heading, item, marked, paragraph, sale, tax, text};
use crate::{pdf, TYPESETTER};

/// Typst markup, code and maths, a merge field left as typed, HTML, and Typst's escapes.
const MARKUP: [&str; 7] = [
    "#set page(width: 1cm)",
    "$x^2 + y$",
    "*bold* _emph_ `raw`",
    "{{contact.first_name}}",
    "<script>alert('x')</script>",
    r"\ backslash ] [ // not a comment /* nor this */",
    "#import \"@preview/cetz:0.3.0\": canvas",
];
const ARABIC: &str = "شركة الأفق للتجارة";
const HEBREW: &str = "חברת אופק בע״מ";
const CJK: &str = "株式会社グローブ";

fn hostile_proposal() -> Proposal {
    let mut proposal = sample::globex(2);
    let all = MARKUP.join(" | ");
    proposal.title = format!("Proposal for {}", MARKUP[0]);
    proposal.subtitle = format!("{} {}", MARKUP[3], MARKUP[1]);
    proposal.brand.company = MARKUP[4].into();
    proposal.footer = format!("{} · {ARABIC}", MARKUP[5]);
    proposal.facts = vec![
        Fact { label: "Prepared for".into(), value: format!("{ARABIC} / {HEBREW} / {CJK}") },
        Fact { label: MARKUP[2].into(), value: MARKUP[6].into() },
    ];
    let lines = MARKUP
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let described =
                Sale { description: all.clone(), sku: MARKUP[3].into(), ..sale(name, "1", MARKUP[1], &format!("{}.00", n + 1)) };
            item(described, vec![tax("VAT", "20")])
        })
        .chain([
            heading(MARKUP[0], true),
            item(sale(ARABIC, "2", "", "10.00"), vec![tax("VAT", "20")]),
            item(sale(HEBREW, "3", "", "10.00"), vec![tax("VAT", "20")]),
            QuoteLine::Bundle(BundleLine {
                sale: sale("Bundle of markup", "1", "", "100.00"),
                parts: vec![BundlePart {
                    name: MARKUP[2].into(),
                    quantity: "1".into(),
                    list_price: "1".into(),
                    taxes: vec![tax("VAT", "20")],
                    unit_cost: String::new(),
                }],
            }),
        ])
        .collect();
    let rich = doc(vec![
        RichNode::Heading { attrs: HeadingAttrs { level: 1 }, content: vec![text(MARKUP[0])] },
        paragraph(vec![
            marked(MARKUP[1], vec![Mark::Bold]),
            text(" "),
            marked(MARKUP[3], vec![Mark::Italic, Mark::Underline]),
            text(" "),
            marked(MARKUP[4], vec![Mark::Link { attrs: LinkAttrs { href: "https://example.com/?q=#set&x=$1".into() } }]),
            RichNode::HardBreak,
            text(&format!("{ARABIC} {HEBREW} {CJK}")),
        ]),
        RichNode::BulletList { content: vec![RichNode::ListItem { content: vec![paragraph(vec![text(MARKUP[6])])] }] },
    ]);
    proposal.sections = vec![
        Section::Text { title: MARKUP[2].into(), body: rich.clone() },
        Section::Content { title: MARKUP[5].into(), source: MARKUP[3].into(), body: rich.clone() },
        Section::Pricing { title: MARKUP[1].into(), intro: rich, quote: sample::priced(sample::draft(lines, None)) },
    ];
    proposal
}

/// Collapses runs of spaces, so a string reads the same wherever the layout put its columns.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn markup_merge_fields_and_scripts_print_literally() {
    let bytes = TYPESETTER.render(&hostile_proposal()).unwrap_or_else(|e| panic!("{e}"));
    let text = squeeze(&pdf::text(&bytes));
    for typed in MARKUP {
        assert!(text.contains(&squeeze(typed)), "“{typed}” should print as typed in:\n{text}");
    }
    assert!(text.contains("Proposal for #set page(width: 1cm)"));
    // The markup did not act: every page is still A4.
    let sizes = pdf::page_sizes(&bytes);
    assert!(sizes.len() >= 3 && sizes.iter().all(|size| size == "595.276 x 841.89"), "{sizes:?}");
}

#[test]
fn right_to_left_names_print_and_cjk_never_fails() {
    let bytes = TYPESETTER.render(&hostile_proposal()).unwrap_or_else(|e| panic!("{e}"));
    let text = pdf::text(&bytes);
    for name in [ARABIC, HEBREW] {
        // pdftotext may give a right-to-left run in either direction; the letters are all there.
        let letters: HashSet<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
        let found = text.lines().any(|line| {
            let reversed: String = name.chars().rev().collect();
            line.contains(name) || line.contains(&reversed) || letters.iter().all(|c| line.contains(*c))
        });
        assert!(found, "{name} in:\n{text}");
    }
    // No embedded font has CJK glyphs: they print as empty boxes, and the PDF still renders.
    // No embedded font has CJK glyphs: they print as empty boxes, the render does not fail, and
    // the PDF's text layer still holds the characters.
    assert!(text.contains("会社"), "{text}");
}

#[test]
fn a_five_thousand_character_description_wraps_without_losing_a_word() {
    let words: Vec<String> = (0..640).map(|n| format!("w{n:03}")).collect();
    let description = format!("Begins {} ends.", words.join(" "));
    assert!(description.chars().count() >= 3_000);
    let description = description.repeat(2);
    assert!(description.chars().count() >= 5_000);
    let unbroken = "x".repeat(5_000);
    let lines = vec![
        item(Sale { description: description.clone(), ..sale("Long description", "1", "", "10.00") }, vec![]),
        item(Sale { description: unbroken, ..sale("One very long word", "1", "", "10.00") }, vec![]),
        item(sale("After the long ones", "1", "", "10.00"), vec![]),
    ];
    let mut proposal = sample::globex(2);
    proposal.sections =
        vec![Section::Pricing { title: "Price".into(), intro: sample::paragraphs(&[]), quote: sample::priced(sample::draft(lines, None)) }];

    let bytes = TYPESETTER.render(&proposal).unwrap_or_else(|e| panic!("{e}"));
    let pages = pdf::pages(&bytes);
    let printed: HashSet<&str> = pages.iter().flat_map(|p| p.split_whitespace()).collect();
    let lost: Vec<&String> = words.iter().filter(|w| !printed.contains(w.as_str())).collect();
    assert!(lost.is_empty(), "lost {lost:?}");
    assert!(pages.len() >= 3, "the description breaks across pages: {} pages", pages.len());
    assert!(pages.last().unwrap().contains("After the long ones"));
    // The 5,000-letter word wraps inside its cell: letters past the page's edge would not be read.
    let letters = pages.iter().flat_map(|p| p.chars()).filter(|c| *c == 'x').count();
    assert!(letters >= 5_000, "{letters} of the 5,000 letters are on the page");
}

#[test]
fn a_five_hundred_line_quote_breaks_across_pages_with_its_header_repeated() {
    let lines: Vec<QuoteLine> = (1..=500)
        .map(|n| {
            if n % 50 == 1 {
                heading(&format!("Phase {}", n / 50 + 1), true)
            } else {
                item(
                    sale(&format!("Line {n:03}"), &format!("{}", n % 7 + 1), "hours", &format!("{}.50", 80 + n % 40)),
                    vec![tax("VAT", "20")],
                )
            }
        })
        .collect();
    let mut proposal = sample::globex(2);
    proposal.sections =
        vec![Section::Pricing { title: "Price".into(), intro: sample::paragraphs(&[]), quote: sample::priced(sample::draft(lines, None)) }];

    let started = std::time::Instant::now();
    let bytes = TYPESETTER.render(&proposal).unwrap_or_else(|e| panic!("{e}"));
    eprintln!("500 lines: {:?}, {} bytes", started.elapsed(), bytes.len());
    let pages = pdf::pages(&bytes);
    let table_pages: Vec<&String> = pages.iter().filter(|p| p.contains("Line ")).collect();
    assert!(table_pages.len() >= 8, "{} pages of lines", table_pages.len());
    for page in &table_pages {
        assert!(page.contains("ITEM") && page.contains("UNIT PRICE") && page.contains("AMOUNT"), "header on every page:\n{page}");
    }
    let all = pages.join("\n");
    for n in (1..=500).filter(|n| n % 50 != 1) {
        assert!(all.contains(&format!("Line {n:03}")), "Line {n:03}");
    }
    assert!(all.contains("Subtotal · Phase 10"));
}
