// A section heading among the lines, with its subtotal when it shows one.
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import type { QuoteLine, SectionTotals } from "../../ipc/bindings";
import { LineErrorList } from "./LineErrorList";
import { invalidProps } from "./line-errors";
import { lineColumns, type LineRowProps } from "./lines-table";

type Section = Extract<QuoteLine, { kind: "section" }>;

export function SectionRow({
  line,
  index,
  count,
  editable,
  currency,
  figures,
  errors,
  onChange,
  onMove,
  onRemove,
}: LineRowProps<Section> & { figures: SectionTotals | undefined }) {
  const { locale } = useDisplayFormat();
  const n = index + 1;
  const subtotal = line.show_subtotal && figures;
  return (
    <tbody className="quote-line quote-line--section" data-testid="quote-line">
      <tr className="quote-line__main">
        <td colSpan={5}>
          <input
            id={`quote-line-${index}-name`}
            className="input quote-section__title"
            aria-label={`Section title, line ${n}`}
            placeholder="Section heading, e.g. Implementation"
            autoComplete="off"
            value={line.title}
            readOnly={!editable}
            {...invalidProps(errors, index, "title")}
            onChange={(e) => onChange({ ...line, title: e.target.value })}
          />
        </td>
        <td className="quote-line__options">
          <label className="quote-line__check">
            <input
              type="checkbox"
              checked={line.show_subtotal}
              disabled={!editable}
              onChange={(e) => onChange({ ...line, show_subtotal: e.target.checked })}
            />
            Subtotal
            <span className="visually-hidden"> of section {n}</span>
          </label>
        </td>
        <td className="quote-figure tabular">{subtotal && formatMoney(figures.amounts.net, currency, locale)}</td>
        <td className="quote-figure quote-figure--strong tabular">{subtotal && formatMoney(figures.amounts.total, currency, locale)}</td>
        <td className="quote-line__actions">
          {editable && <RowOrderButtons name={`line ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />}
        </td>
      </tr>
      <LineErrorList index={index} errors={errors} columns={lineColumns} />
    </tbody>
  );
}
