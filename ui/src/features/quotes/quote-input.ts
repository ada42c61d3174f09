// The builder's draft: what it edits (a QuoteInput), how a line is read and changed, and the
// QuoteDraft the engine computes from it. No money is added up here: only text moves around.
import type { Quote, QuoteDraft, QuoteInput, QuoteLine, Sale, TaxRate } from "../../ipc/bindings";

export function quoteInputOf(quote: Quote): QuoteInput {
  return {
    title: quote.title,
    contact_id: quote.contact_id,
    prices: quote.draft.prices,
    lines: quote.draft.lines,
    document_discount: quote.draft.document_discount,
    valid_until: quote.valid_until,
    terms: quote.terms,
  };
}

/** What the engine computes: the quote's currency and rounding with the lines as typed. */
export function draftOf(quote: Quote, input: QuoteInput): QuoteDraft {
  return { ...quote.draft, prices: input.prices, lines: input.lines, document_discount: input.document_discount };
}

/** The line's sale, or null for a section heading. */
export function saleOf(line: QuoteLine): Sale | null {
  return line.kind === "section" ? null : line.sale;
}

export function withSale(line: QuoteLine, change: Partial<Sale>): QuoteLine {
  return line.kind === "section" ? line : { ...line, sale: { ...line.sale, ...change } };
}

/** A stable id for React and for comparing revisions line by line. */
export function lineId(line: QuoteLine): string {
  return line.kind === "section" ? line.id : line.sale.id;
}

// Ids are made here so a line keeps one id across autosaves (the backend only fills in missing ones).
const newId = () => crypto.randomUUID();

/** A blank line typed by hand, taxed at the chosen rate (none when `taxes` is empty). */
export function freeLine(taxes: TaxRate[]): QuoteLine {
  return {
    kind: "item",
    sale: {
      id: newId(),
      name: "",
      description: "",
      product_id: null,
      sku: "",
      unit: "",
      quantity: "1",
      unit_price: "",
      discount: null,
      billing: "one_time",
      term_months: 0,
      optional: false,
      selected: false,
    },
    taxes,
    unit_cost: "",
  };
}

export function sectionLine(): QuoteLine {
  return { kind: "section", id: newId(), title: "", show_subtotal: true };
}

/** Recurring lines need a term; 12 months is what most start with. */
export const defaultTermMonths = 12;
