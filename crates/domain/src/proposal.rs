//! A proposal: the ordered sections a quote is sent in, and the two templates a seller starts
//! from. Section bodies are rich text with merge fields, filled when the proposal is printed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::rich_text::RichText;
use crate::text::{Checker, Invalid};

crate::text_enum! {
    pub enum SectionKind {
        /// Written text: cover letter, summary, challenges, solution, terms.
        Text => "text",
        /// The quote's table and totals, with an introduction.
        Pricing => "pricing",
        /// A block from the content library (its text at the version inserted).
        Content => "content",
        /// Where the customer signs, or the stamp once they have.
        Acceptance => "acceptance",
    }
}

/// A section as stored and as the editor sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProposalSection {
    /// Empty for a new section.
    pub id: String,
    pub kind: SectionKind,
    pub title: String,
    /// The editor's JSON document.
    pub body: String,
    /// For a library block: the item and the version inserted.
    pub content_item_id: Option<String>,
    pub content_version_id: Option<String>,
}

impl ProposalSection {
    pub fn validate(&self) -> Result<ProposalSection, Invalid> {
        let mut c = Checker::default();
        let title = self.title.trim();
        if title.is_empty() {
            c.fail("title", "Give the section a title.");
        } else if title.chars().count() > 200 {
            c.fail("title", "A section title can be up to 200 characters.");
        }
        if let Err(e) = RichText::parse(&self.body) {
            for error in e.0 {
                c.fail("body", error.message);
            }
        }
        if self.kind == SectionKind::Content && self.content_item_id.is_none() {
            c.fail("content_item_id", "A library block names the library item it came from.");
        }
        c.finish(ProposalSection { title: title.to_owned(), ..self.clone() })
    }
}

/// A template a proposal starts from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProposalTemplate {
    pub key: String,
    pub name: String,
    pub description: String,
    pub sections: Vec<ProposalSection>,
}

fn section(kind: SectionKind, title: &str, paragraphs: &[&str]) -> ProposalSection {
    ProposalSection {
        id: String::new(),
        kind,
        title: title.to_owned(),
        body: RichText::from_paragraphs(paragraphs.iter().copied()).to_json(),
        content_item_id: None,
        content_version_id: None,
    }
}

/// The two templates Tandem ships: a software subscription and a services engagement.
pub fn templates() -> Vec<ProposalTemplate> {
    use SectionKind::{Acceptance, Pricing, Text};
    vec![
        ProposalTemplate {
            key: "subscription".into(),
            name: "Software subscription".into(),
            description: "Licences and onboarding: summary, challenges, solution, pricing, terms and acceptance.".into(),
            sections: vec![
                section(Text, "Dear {{contact.first_name}}", &[
                    "Thank you for the time you and the {{company.name}} team gave us. This proposal sets out what we heard, what we propose and what it costs, so you can take it to your colleagues with everything in one place.",
                    "It is valid until {{quote.valid_until}}. If anything is unclear, reply to me directly: {{me.name}}, {{me.email}}.",
                ]),
                section(Text, "Executive summary", &[
                    "{{company.name}} wants its teams working from one source of truth, without the delays and errors of today's manual hand-offs.",
                    "We propose a subscription for the teams involved, a guided onboarding and a success plan reviewed each quarter. The investment is {{quote.total}}, with the recurring part billed as set out in the pricing section.",
                ]),
                section(Text, "Your challenges", &[
                    "Data is spread across spreadsheets and tools that do not talk to each other.",
                    "Reporting takes days and is out of date when it arrives.",
                    "New team members take weeks to become productive.",
                ]),
                section(Text, "Our solution", &[
                    "One workspace for every team, available offline and in sync across devices.",
                    "Onboarding in three weeks: configuration, data import and training, led by a named consultant.",
                    "A quarterly success review against the goals agreed at kick-off.",
                ]),
                section(Pricing, "Investment", &["Prices are in the quote's currency. Optional items are shown for your choice and are not included in the totals."]),
                section(Text, "Terms", &[
                    "Subscriptions are billed annually in advance from the start date; services are billed on completion of each phase.",
                    "Payment is due within 30 days of invoice. This proposal is valid until {{quote.valid_until}}.",
                ]),
                section(Acceptance, "Acceptance", &["By signing below, {{company.name}} accepts this proposal and the quote {{quote.number}}."]),
            ],
        },
        ProposalTemplate {
            key: "services".into(),
            name: "Services engagement".into(),
            description: "A scoped project: objectives, approach, timeline, fees, assumptions and acceptance.".into(),
            sections: vec![
                section(Text, "Introduction", &[
                    "Dear {{contact.first_name}},",
                    "Following our conversations, we are pleased to propose how we will help {{company.name}} with {{deal.name}}.",
                ]),
                section(Text, "Objectives", &[
                    "Agree on the outcomes that matter, how they are measured, and who owns them on both sides.",
                ]),
                section(Text, "Approach and timeline", &[
                    "Discovery (week 1): interviews and a review of current processes.",
                    "Build (weeks 2–5): configuration, migration and integration, demonstrated every week.",
                    "Launch (week 6): training, go-live and a hand-over to your team.",
                    "We aim to complete the work by {{deal.close_date}}, subject to the assumptions below.",
                ]),
                section(Pricing, "Fees", &["Fees are fixed for the scope described. Expenses are not included."]),
                section(Text, "Assumptions", &[
                    "{{company.name}} names a project lead with the time to make decisions within two working days.",
                    "Changes to scope are agreed in writing and quoted separately.",
                ]),
                section(Acceptance, "Acceptance", &["Signed for {{company.name}}, accepting quote {{quote.number}} for {{quote.total}}."]),
            ],
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_are_valid_and_each_prices_the_quote_once() {
        for template in templates() {
            for section in &template.sections {
                section.validate().unwrap_or_else(|e| panic!("{}: {e}", template.name));
            }
            let pricing = template.sections.iter().filter(|s| s.kind == SectionKind::Pricing).count();
            assert_eq!(pricing, 1, "{}", template.name);
            assert_eq!(template.sections.last().map(|s| s.kind), Some(SectionKind::Acceptance));
        }
    }

    #[test]
    fn a_section_needs_a_title_and_a_readable_body() {
        let mut s = section(SectionKind::Text, " ", &["x"]);
        assert!(s.validate().is_err());
        s.title = "Terms".into();
        s.body = "<p>html</p>".into();
        assert!(s.validate().unwrap_err().to_string().contains("could not be read"));
    }
}
