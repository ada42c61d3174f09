// What a bundle holds, read-only and small: each part's quantity, name, taxes and share of the net.
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import type { BundlePart, PartTotals } from "../../ipc/bindings";
import { taxesText } from "./quote-labels";

export function BundleParts({ parts, figures, currency }: { parts: BundlePart[]; figures: PartTotals[] | undefined; currency: string }) {
  const { locale } = useDisplayFormat();
  return (
    <ul className="quote-parts" aria-label="Parts of the bundle">
      {parts.map((part, i) => (
        <li key={i} className="quote-parts__part">
          <span className="tabular">{part.quantity} ×</span>
          <span className="quote-parts__name">{part.name}</span>
          <span className="muted">{taxesText(part.taxes)}</span>
          <span className="quote-parts__net tabular">{figures?.[i] && formatMoney(figures[i].amount.net, currency, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
