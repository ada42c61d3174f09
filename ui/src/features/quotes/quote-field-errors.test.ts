import { describe, expect, it } from "vitest";
import { otherLineErrors, sortFieldErrors } from "./quote-field-errors";

describe("sortFieldErrors", () => {
  it("puts each error on the line and field it names, in either spelling", () => {
    const sorted = sortFieldErrors([
      { field: "lines[0].sale.quantity", message: "Line 1: the quantity can't be negative." },
      { field: "lines[4].taxes[0].rate", message: "Line 5: 'VAT' is 19% here." },
      { field: "lines.4.sale.description", message: "Too long." },
      { field: "valid_until", message: "Choose the last day this quote is valid." },
      { field: "document_discount", message: "A discount of 120% is more than 100%." },
    ]);
    expect(sorted.lines.get(0)).toEqual({ "sale.quantity": "Line 1: the quantity can't be negative." });
    expect(sorted.lines.get(4)).toEqual({ "taxes[0].rate": "Line 5: 'VAT' is 19% here.", "sale.description": "Too long." });
    expect(sorted.quote).toEqual({
      valid_until: "Choose the last day this quote is valid.",
      document_discount: "A discount of 120% is more than 100%.",
    });
  });

  it("lists what a row's inputs do not show", () => {
    const errors = { "sale.quantity": "Bad quantity.", "taxes[0].rate": "Bad rate." };
    expect(otherLineErrors(errors, ["sale.quantity"])).toEqual(["Bad rate."]);
    expect(otherLineErrors(undefined, [])).toEqual([]);
  });
});
