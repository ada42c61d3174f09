// Test data for the library: items, their pages, search answers and members, with overrides.
import type { ContentDetail, ContentHit, ContentItem, ContentResults, FacetCount, Member } from "../../ipc/bindings";

export function anItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: "i1",
    form: "file",
    title: "Acme case study",
    description: "How Acme onboarded 40% faster.",
    kind: "case_study",
    stage: "decision",
    personas: ["CFO"],
    industries: ["Banking"],
    products: [],
    tags: [],
    owner_id: "m1",
    owner_name: "Mia Marketer",
    language: "en",
    status: "approved",
    review_by: "",
    expires_on: "",
    url: "",
    body: "",
    // A slide deck: the preview shows what it is without loading its bytes.
    file: {
      version_id: "v2",
      number: 2,
      file_name: "acme-case-study.pptx",
      mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      size: 2_400_000,
      blob_hash: "h2",
      created_at: "2026-11-20T10:00:00Z",
    },
    text: { status: "indexed", message: "", chars: 12_345 },
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    ...overrides,
  };
}

export function aDetail(overrides: Partial<ContentDetail> = {}): ContentDetail {
  return {
    item: anItem(),
    expired: false,
    review_due: false,
    may_edit: true,
    may_curate: true,
    uses: [],
    win_rates: { with_item: { won: 0, closed: 0 }, without_item: { won: 0, closed: 0 } },
    feedback: [],
    collection_ids: [],
    ...overrides,
  };
}

export function aHit(overrides: Partial<ContentHit> = {}): ContentHit {
  return {
    id: "i1",
    title: "Acme case study",
    form: "file",
    kind: "case_study",
    stage: "decision",
    status: "approved",
    file_name: "acme-case-study.pdf",
    mime: "application/pdf",
    expires_on: "",
    review_by: "",
    updated_at: "2026-11-20T10:00:00Z",
    excerpt: "…cut onboarding from six weeks to three…",
    ...overrides,
  };
}

export function results(hits: ContentHit[], facets: FacetCount[] = []): ContentResults {
  return { hits, total: hits.length, facets };
}

export const marketer: Member = { id: "m1", name: "Mia Marketer", email: "mia@example.com", role: "marketer", is_me: true };
export const seller: Member = { id: "m2", name: "Sam Seller", email: "sam@example.com", role: "seller", is_me: true };
