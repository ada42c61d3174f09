// "How is this computed": each engine step and rounding spread as a sentence with its numbers.
// The numbers are the engine's own text, every decimal kept; nothing is recomputed here.
import type { Figure, LineRef, QuoteTotals, RoundingSpread, Step, TaxGroup } from "../../ipc/bindings";
import { billingLabels } from "../catalog/catalog-labels";
import { taxesText } from "./quote-labels";

const figureNames: Record<Figure, string> = { base: "base", discount: "discount", net: "net", tax: "tax", total: "total" };

/** "the net", or "the VAT" for a tax figure. */
function figureOf(figure: Figure, tax: string | null): string {
  return figure === "tax" && tax ? `the ${tax}` : `the ${figureNames[figure]}`;
}

const isZero = (amount: string) => /^-?0*\.?0*$/.test(amount.trim());

export function stepSentence(step: Step): string {
  switch (step.step) {
    case "base":
      return `Quantity × unit price: ${step.quantity} × ${step.unit_price} = ${step.amount}`;
    case "discount":
      return step.percent !== null ? `Discount of ${step.percent}%: − ${step.amount}` : `Discount: − ${step.amount}`;
    case "share": {
      const leftover = isZero(step.leftover) ? "" : ` (${step.leftover} left over for the next part)`;
      return `Share of the bundle’s ${step.whole}: weight ${step.weight} of ${step.total_weight} = ${step.amount}${leftover}`;
    }
    case "net_from_included":
      return `Net inside the tax-included ${step.amount} at ${step.rates}%: ${step.net}`;
    case "tax":
      return `${taxesText([step])} on ${step.base} = ${step.amount}`;
    case "tax_from_included":
      return `Tax inside ${step.amount}: ${step.amount} − ${step.net} = ${step.tax}`;
    case "round":
      return `Rounded ${figureOf(step.figure, step.tax)}: ${step.exact} → ${step.rounded}`;
    case "spread":
      return `Rounding difference of group ${step.group + 1} on ${figureOf(step.figure, step.tax)}: ${step.amount} (largest line ${step.rank + 1})`;
  }
}

/** "Group 1 (one-time, VAT 20%)": lines charged and taxed alike. */
export function groupName(group: number, groups: TaxGroup[]): string {
  const g = groups[group];
  if (!g) return `Group ${group + 1}`;
  const charged = g.billing === "one_time" ? billingLabels.one_time : `${billingLabels[g.billing]} for ${g.term_months} months`;
  const taxes = g.taxes.length > 0 ? taxesText(g.taxes) : "no tax";
  return `Group ${group + 1} (${charged}, ${taxes})`;
}

/** Which printed line received a minor unit: "Seats", "Starter pack › Onboarding", "the document discount". */
export function lineRefName(ref: LineRef, totals: QuoteTotals): string {
  const line = (position: number) => totals.lines.find((l) => l.position === position);
  switch (ref.kind) {
    case "line":
      return line(ref.position)?.name || `Line ${ref.position + 1}`;
    case "part": {
      const bundle = line(ref.position);
      const part = bundle?.parts[ref.part]?.name ?? `part ${ref.part + 1}`;
      return `${bundle?.name || `Line ${ref.position + 1}`} › ${part}`;
    }
    case "document_discount":
      return `the document discount of group ${ref.group + 1}`;
  }
}

export function spreadSentences(spread: RoundingSpread, totals: QuoteTotals): string[] {
  const sentences = [
    `${figureOf(spread.figure, spread.tax).replace(/^the /, "The ")} of the group, exact: ${spread.exact} → rounded once: ${spread.rounded}`,
    `Its lines rounded one by one add up to ${spread.lines_sum}: a difference of ${spread.difference}`,
  ];
  if (spread.adjustments.length > 0) {
    const who = spread.adjustments.map((a) => `${lineRefName(a.line, totals)} (${a.amount})`).join(", ");
    sentences.push(`Given one minor unit at a time, largest line first: ${who}`);
  }
  return sentences;
}
