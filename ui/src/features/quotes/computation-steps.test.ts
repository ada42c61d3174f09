import { describe, expect, it } from "vitest";
import type { QuoteTotals, Step } from "../../ipc/bindings";
import { spreadSentences, stepSentence } from "./computation-steps";

describe("stepSentence", () => {
  const cases: { step: Step; reads: string }[] = [
    { step: { step: "base", quantity: "3", unit_price: "33.333333", amount: "99.999999" }, reads: "Quantity × unit price: 3 × 33.333333 = 99.999999" },
    { step: { step: "discount", percent: "10", amount: "10.00" }, reads: "Discount of 10%: − 10.00" },
    { step: { step: "discount", percent: null, amount: "25.00" }, reads: "Discount: − 25.00" },
    {
      step: { step: "share", whole: "1500.00", weight: "200", total_weight: "1000", amount: "300.00", leftover: "0.00" },
      reads: "Share of the bundle’s 1500.00: weight 200 of 1000 = 300.00",
    },
    { step: { step: "net_from_included", amount: "120.00", rates: "20", net: "100.00" }, reads: "Net inside the tax-included 120.00 at 20%: 100.00" },
    { step: { step: "tax", name: "VAT", rate: "20", base: "100.00", amount: "20.00" }, reads: "VAT 20% on 100.00 = 20.00" },
    { step: { step: "tax", name: "VAT 5.5%", rate: "5.5", base: "100.00", amount: "5.50" }, reads: "VAT 5.5% on 100.00 = 5.50" },
    { step: { step: "tax_from_included", amount: "120.00", net: "100.00", tax: "20.00" }, reads: "Tax inside 120.00: 120.00 − 100.00 = 20.00" },
    { step: { step: "round", figure: "tax", tax: "VAT", exact: "6.6666", rounded: "6.67" }, reads: "Rounded the VAT: 6.6666 → 6.67" },
    { step: { step: "round", figure: "net", tax: null, exact: "33.335", rounded: "33.34" }, reads: "Rounded the net: 33.335 → 33.34" },
  ];
  it.each(cases)("$step.step reads “$reads”", ({ step, reads }) => {
    expect(stepSentence(step)).toBe(reads);
  });
});

describe("spreadSentences", () => {
  it("says where a group's rounding difference went", () => {
    const totals = { lines: [{ position: 1, name: "Seats", parts: [] }] } as unknown as QuoteTotals;
    expect(
      spreadSentences(
        {
          group: 0,
          figure: "net",
          tax: null,
          exact: "100.005",
          rounded: "100.01",
          lines_sum: "100.00",
          difference: "0.01",
          adjustments: [{ line: { kind: "line", position: 1 }, amount: "0.01" }],
        },
        totals,
      ),
    ).toEqual([
      "The net of the group, exact: 100.005 → rounded once: 100.01",
      "Its lines rounded one by one add up to 100.00: a difference of 0.01",
      "Given one minor unit at a time, largest line first: Seats (0.01)",
    ]);
  });
});
