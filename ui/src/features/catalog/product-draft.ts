// A product as the dialog edits it: rows carry a key so React keeps them straight as they move,
// parts keep their names for display; `productInputOf` gives the backend exactly what it takes.
import type { Product, ProductInput } from "../../ipc/bindings";

export type PriceDraft = { key: number; currency: string; unit_price: string };
export type PartDraft = { key: number; product_id: string; sku: string; name: string; quantity: string };
export type ProductDraft = Omit<ProductInput, "prices" | "parts"> & { prices: PriceDraft[]; parts: PartDraft[] };

/** Which rows an edit touched, so only their errors clear: one row, or all of them (rows moved). */
export type RowsTouched = number | "all";

/** The draft for a product, or a blank one priced in the base currency. */
export function productDraftOf(product: Product | null, baseCurrency: string): ProductDraft {
  if (!product) {
    return {
      sku: "",
      name: "",
      description: "",
      unit: "item",
      billing: "one_time",
      tax_rate_ids: [],
      cost: "",
      max_discount: "",
      active: true,
      prices: [{ key: 0, currency: baseCurrency, unit_price: "" }],
      parts: [],
    };
  }
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    unit: product.unit,
    billing: product.billing,
    tax_rate_ids: product.tax_rates.map((t) => t.id),
    cost: product.cost,
    max_discount: product.max_discount,
    active: product.active,
    prices: product.prices.map((p, key) => ({ key, currency: p.currency, unit_price: p.unit_price })),
    parts: product.parts.map((p, key) => ({ key, product_id: p.product_id, sku: p.sku, name: p.name, quantity: p.quantity })),
  };
}

export function productInputOf(draft: ProductDraft): ProductInput {
  return {
    ...draft,
    // Every row goes, blank ones too: the backend names errors by row position ("prices.1").
    prices: draft.prices.map(({ currency, unit_price }) => ({ currency, unit_price })),
    parts: draft.parts.map(({ product_id, quantity }) => ({ product_id, quantity })),
  };
}

/** A key no row in `rows` has. */
export const freshKey = (rows: { key: number }[]) => Math.max(-1, ...rows.map((r) => r.key)) + 1;

