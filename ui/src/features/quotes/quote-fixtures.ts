// Test-only: a quote on Acme's renewal shaped like the backend's answers, and the handlers the
// quote screen calls. Figures are given, never computed: the tests check the UI shows them.
import type {
  Deal,
  LineTotals,
  Quote,
  QuoteDetail,
  QuoteLine,
  QuoteState,
  QuoteSummary,
  QuoteTotals,
  Taxed,
} from "../../ipc/bindings";
import { catalogBackend, seat, vat } from "../catalog/catalog-fixtures";

export const seatLine: Extract<QuoteLine, { kind: "item" }> = {
  kind: "item",
  sale: {
    id: "line-seat",
    name: "Tandem Secure seat",
    description: "One user of Tandem Secure.",
    product_id: "seat",
    sku: "SEC-SEAT",
    unit: "seat",
    quantity: "10",
    unit_price: "40.00",
    discount: null,
    billing: "one_time",
    term_months: 0,
    optional: false,
    selected: false,
  },
  taxes: [{ name: "VAT 20%", rate: "20" }],
  unit_cost: "4.10",
};

export function aQuote(change: Partial<Quote> = {}): Quote {
  return {
    id: "q1",
    deal_id: "d1",
    series_id: "q1",
    revision: 1,
    superseded_by: "",
    title: "Acme — security rollout",
    owner_id: "me",
    contact_id: null,
    draft: { currency: "EUR", rounding: "per_line", method: "half_up", prices: "tax_excluded", lines: [], document_discount: null },
    valid_until: "2031-06-30",
    terms: "",
    status: "draft",
    number: "",
    approval: null,
    approval_requested_by: "",
    approval_decided_by: "",
    approval_decided_at: "",
    approval_comment: "",
    approved_lines: "",
    sent_at: "",
    sent_pdf_sha256: "",
    accepted_at: "",
    signer_name: "",
    signer_title: "",
    signed_on: "",
    declined_at: "",
    declined_reason: "",
    created_at: "2031-06-01T09:00:00Z",
    updated_at: "2031-06-01T09:00:00Z",
    ...change,
  };
}

export const draftState: QuoteState = {
  status: "draft",
  approval: "not_needed",
  can_edit: true,
  send_refusal: null,
  can_request_approval: false,
  can_decide_approval: false,
  can_decline: false,
  can_revise: false,
};

export const sentState: QuoteState = { ...draftState, status: "sent", can_edit: false, can_decline: true, can_revise: true };

export function aDetail(change: Partial<QuoteDetail> = {}, quote: Partial<Quote> = {}): QuoteDetail {
  return {
    quote: aQuote(quote),
    display_number: "Draft",
    totals: null,
    problems: [],
    state: draftState,
    approval_reasons: [],
    revisions: [],
    sections: [],
    deal_name: "Acme renewal",
    company_name: "Acme",
    contact_name: "",
    requested_by_name: "",
    decided_by_name: "",
    show_margin: true,
    ...change,
  };
}

export const taxed = (net: string, tax: string, total: string): Taxed => ({
  net,
  taxes: tax ? [{ name: "VAT 20%", rate: "20", amount: tax, adjustment: "0.00" }] : [],
  total,
  adjustment: "0.00",
  steps: [],
});

/** Totals for one-time lines, each `[net, tax, total]`, with the grand figures given too. */
export function totalsOf(lines: { name: string; figures: [string, string, string] }[], grand: [string, string, string]): QuoteTotals {
  const lineTotals: LineTotals[] = lines.map(({ name, figures }, position) => ({
    position,
    name,
    included: true,
    billing: "one_time",
    term_months: 0,
    base: figures[0],
    discount: "0.00",
    amount: taxed(...figures),
    cost: null,
    parts: [],
  }));
  const amounts = { net: grand[0], tax: grand[1], total: grand[2] };
  const zero = { net: "0.00", tax: "0.00", total: "0.00" };
  return {
    currency: "EUR",
    decimals: 2,
    rounding: "per_line",
    method: "half_up",
    prices: "tax_excluded",
    lines: lineTotals,
    sections: [],
    groups: [],
    document_discount: [],
    taxes: [{ name: "VAT 20%", rate: "20", base: grand[0], amount: grand[1] }],
    grand: amounts,
    one_time: amounts,
    monthly: zero,
    yearly: zero,
    contract_value: amounts,
    margin: { cost: "41.00", margin: "359.00", percent: "89.75", lines_without_cost: 0 },
    spreads: [],
  };
}

export const acmeDeal: Deal = {
  id: "d1",
  name: "Acme renewal",
  pipeline_id: "p1",
  stage_id: "s-proposal",
  stage_name: "Proposal",
  stage_kind: "open",
  probability: 50,
  company_id: "co1",
  company_name: "Acme",
  primary_contact_id: "c1",
  primary_contact_name: "Grace Hopper",
  contacts: [{ id: "dc2", contact_id: "c2", name: "Alan Turing", role: "CFO" }],
  amount: "12000",
  currency: "EUR",
  expected_close: "2031-07-31",
  loss_reason: "",
  source: "",
  owner_id: "me",
  owner_name: "Ana García",
  notes: "",
  tags: [],
  custom: [],
  stage_entered_at: "2031-05-01T09:00:00Z",
  closed_at: "",
  last_activity_at: "",
  rotting_days: null,
  created_at: "2031-04-01T09:00:00Z",
  first_campaign_id: null,
  first_campaign_name: "",
  last_campaign_id: null,
  last_campaign_name: "",
  updated_at: "2031-05-01T09:00:00Z",
};

export const summary = (change: Partial<QuoteSummary> = {}): QuoteSummary => ({
  id: "q1",
  series_id: "q1",
  revision: 1,
  title: "Acme — security rollout",
  display_number: "Draft",
  status: "draft",
  total: "480.00",
  currency: "EUR",
  valid_until: "2031-06-30",
  current: true,
  ...change,
});

type Handlers = Record<string, (args: Record<string, unknown>) => unknown>;

/** What the quote screen reads: the quote, its deal, the catalog; `handlers` add or replace. */
export function quoteBackend(detail: QuoteDetail, handlers: Handlers = {}) {
  return catalogBackend(
    { products: [seat] },
    {
      get_quote: () => detail,
      get_deal: () => acmeDeal,
      list_tax_rates: () => [vat],
      save_quote: () => detail,
      ...handlers,
    },
  );
}
