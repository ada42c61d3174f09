// Test data for the proposal editor: a draft quote with a proposal, and the editor's JSON text.
import type { ProposalSection, ProposalTemplate, QuoteDetail } from "../../ipc/bindings";
import { aDetail } from "../quotes/quote-fixtures";

/** A document of plain paragraphs, as the editor writes it. */
export const paragraphs = (...texts: string[]) =>
  JSON.stringify({ type: "doc", content: texts.map((text) => (text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" })) });

export function aSection(overrides: Partial<ProposalSection> = {}): ProposalSection {
  return { id: "s1", kind: "text", title: "Introduction", body: paragraphs("Dear {{contact.first_name}},"), content_item_id: null, content_version_id: null, ...overrides };
}

export const threeSections: ProposalSection[] = [
  aSection(),
  aSection({ id: "s2", kind: "pricing", title: "Investment", body: paragraphs("What it costs.") }),
  aSection({ id: "s3", kind: "acceptance", title: "Acceptance", body: paragraphs("Sign below.") }),
];

/** A draft quote (the quote screen's fixture) with these proposal sections. */
export const aQuoteDetail = (sections: ProposalSection[] = threeSections, change: Partial<QuoteDetail> = {}): QuoteDetail =>
  aDetail({ sections, ...change });

export const templates: ProposalTemplate[] = [
  {
    key: "software",
    name: "Software subscription",
    description: "Summary, solution, pricing, terms and acceptance.",
    sections: [aSection({ id: "", title: "Summary", body: paragraphs("We propose…") }), aSection({ id: "", kind: "pricing", title: "Pricing", body: paragraphs("") })],
  },
  {
    key: "services",
    name: "Professional services",
    description: "Scope, timeline, pricing and acceptance.",
    sections: [aSection({ id: "", title: "Scope", body: paragraphs("The work.") })],
  },
];

/** What the backend answers a save with: the sections as sent, new ones given ids. */
export function savedAs(sections: ProposalSection[]): QuoteDetail {
  return aQuoteDetail(sections.map((s, i) => ({ ...s, id: s.id || `saved-${i}` })));
}
