// One stage of the board: its totals, then its cards, scrolling on their own; long columns
// render only the cards in view.
import { useDroppable } from "@dnd-kit/core";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type ReactNode } from "react";
import { useDisplayFormat } from "../../components/format-context";
import type { BoardColumn, DealRow, Stage } from "../../ipc/bindings";
import { DealCard } from "./DealCard";
import { formatDay, formatMoney, formatMoneyCompact } from "./deal-format";
import { formatCount } from "../../components/intl-formats";

/** Columns with more cards than this render only the visible ones. */
export const virtualizeAbove = 50;
const estimatedCardHeight = 86;

type CardProps = {
  stages: Stage[];
  /** The card to focus once it shows in this stage (it just moved there by keyboard). */
  focusTarget: { dealId: string; stageId: string } | null;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onMove: (deal: DealRow, stage: Stage) => void;
};

export function StageColumn({
  column,
  baseCurrency,
  closedSince,
  onShowAll,
  ...cardProps
}: CardProps & {
  column: BoardColumn;
  baseCurrency: string;
  closedSince: string;
  onShowAll: (stageId: string) => void;
}) {
  const { locale } = useDisplayFormat();
  const { stage, deals, total } = column;
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage, label: stage.name } });
  const closed = stage.kind !== "open";
  const exact = `${formatMoney(total.amount, baseCurrency, locale)} total, ${formatMoney(total.weighted, baseCurrency, locale)} weighted`;

  return (
    <section
      ref={setNodeRef}
      role="region"
      aria-label={stage.name}
      className={`deal-column deal-column--${stage.kind}${isOver ? " deal-column--over" : ""}`}
      data-stage-id={stage.id}
    >
      <header className="deal-column__head">
        <div className="deal-column__title">
          <h2 className="deal-column__name">{stage.name}</h2>
          <span className="deal-column__probability tabular" title="Win probability">
            {stage.probability}%
          </span>
          <span className="deal-column__count tabular" data-testid="column-count">
            {formatCount(total.count, locale)}
          </span>
        </div>
        <div className="deal-column__totals tabular" title={exact} data-testid="column-total">
          <span>{formatMoneyCompact(total.amount, baseCurrency, locale)}</span>
          {!closed && (
            <span className="deal-column__weighted">
              {formatMoneyCompact(total.weighted, baseCurrency, locale)} weighted
            </span>
          )}
        </div>
        {closed && closedSince && (
          <div className="deal-column__since">closed since {formatDay(closedSince, locale)}</div>
        )}
      </header>
      {deals.length === 0 ? (
        <p className="deal-column__empty">{closed ? "Nothing closed here lately." : "No deals. Drag one here."}</p>
      ) : deals.length > virtualizeAbove ? (
        <VirtualCards deals={deals} {...cardProps} />
      ) : (
        <div className="deal-column__body">
          {deals.map((deal) => (
            <Card key={deal.id} deal={deal} {...cardProps} />
          ))}
        </div>
      )}
      <More total={total.count} shown={deals.length} locale={locale} onShowAll={() => onShowAll(stage.id)} />
    </section>
  );
}

function Card({ deal, focusTarget, ...rest }: CardProps & { deal: DealRow }) {
  const focusRequested = focusTarget?.dealId === deal.id && focusTarget.stageId === deal.stage_id;
  return <DealCard deal={deal} focusRequested={focusRequested} {...rest} />;
}

function VirtualCards({ deals, ...cardProps }: CardProps & { deals: DealRow[] }) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: deals.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => estimatedCardHeight,
    overscan: 6,
    getItemKey: (index) => deals[index]?.id ?? index,
    // A card not laid out yet (a hidden column, a test DOM) measures 0: keep the estimate then.
    measureElement: (element) => (element as HTMLElement).offsetHeight || estimatedCardHeight,
  });
  return (
    <div ref={viewport} className="deal-column__body deal-column__body--virtual" data-virtual-viewport="">
      <div className="deal-column__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const deal = deals[item.index];
          if (!deal) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="deal-column__slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Card deal={deal} {...cardProps} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function More({
  total,
  shown,
  locale,
  onShowAll,
}: {
  total: number;
  shown: number;
  locale: string;
  onShowAll: () => void;
}): ReactNode {
  if (total <= shown) return null;
  return (
    <p className="deal-column__more">
      {formatCount(shown, locale)} of {formatCount(total, locale)} —{" "}
      <button type="button" className="link-button" onClick={onShowAll}>
        open the table to see all
      </button>
    </p>
  );
}
