// One deal on the board: draggable with the pointer; from the keyboard, Enter opens it,
// [ and ] move it to the previous or next stage, and "Move to…" picks any stage.
import { useDraggable } from "@dnd-kit/core";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, Clock, MoreHorizontal } from "lucide-react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { isOwnPress } from "../../components/pointer-drag";
import type { DealRow, Stage, StageKind } from "../../ipc/bindings";
import { CloseDay } from "./CloseDay";
import { formatMoney, idleLabel, initials } from "./deal-format";

export function DealCard({
  deal,
  stages,
  focusRequested,
  onFocused,
  onOpen,
  onMove,
}: {
  deal: DealRow;
  /** The pipeline's stages in board order. */
  stages: Stage[];
  /** True once after this card moved by keyboard, so focus follows it to its new column. */
  focusRequested: boolean;
  onFocused: () => void;
  onOpen: (id: string) => void;
  onMove: (deal: DealRow, stage: Stage) => void;
}) {
  const { locale } = useDisplayFormat();
  const card = useRef<HTMLElement | null>(null);
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: deal.id, data: { stageId: deal.stage_id, label: deal.name } });

  useEffect(() => {
    if (!focusRequested) return;
    card.current?.focus();
    onFocused();
  }, [focusRequested, onFocused]);

  const here = stages.findIndex((s) => s.id === deal.stage_id);
  const previous = here > 0 ? stages[here - 1] : undefined;
  const next = here >= 0 ? stages[here + 1] : undefined;
  const nameId = `deal-card-${deal.id}-name`;

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === "Enter") onOpen(deal.id);
    else if (event.key === "[" && previous) onMove(deal, previous);
    else if (event.key === "]" && next) onMove(deal, next);
    else return;
    event.preventDefault();
  }

  return (
    <article
      ref={(node) => {
        card.current = node;
        setNodeRef(node);
      }}
      className={`deal-card${deal.rotting_days !== null ? " deal-card--rotting" : ""}${isDragging ? " deal-card--dragging" : ""}`}
      tabIndex={0}
      data-deal-id={deal.id}
      aria-labelledby={nameId}
      aria-keyshortcuts="Enter [ ]"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        if (isOwnPress(event)) listeners?.onPointerDown?.(event);
      }}
      onClick={(event) => {
        if (isOwnPress(event)) onOpen(deal.id);
      }}
    >
      <DealCardBody deal={deal} nameId={nameId} locale={locale} stageKind={stages[here]?.kind} />
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" className="deal-card__menu" aria-label={`Move ${deal.name} to…`} title="Move to…">
            <MoreHorizontal size={14} aria-hidden="true" />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4} aria-label="Move to stage">
            <DropdownMenu.Label className="menu__label">Move to…</DropdownMenu.Label>
            {stages.map((stage) => {
              const current = stage.id === deal.stage_id;
              return (
                <DropdownMenu.Item
                  key={stage.id}
                  className="menu__item"
                  disabled={current}
                  onSelect={() => onMove(deal, stage)}
                  // The shortcut hint is drawn by CSS so the item's text stays the stage name.
                  data-shortcut={stage.id === previous?.id ? "[" : stage.id === next?.id ? "]" : undefined}
                >
                  <span className="menu__check" aria-hidden="true">
                    {current && <Check size={13} />}
                  </span>
                  {stage.name}
                </DropdownMenu.Item>
              );
            })}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </article>
  );
}

/** The card's text; also drawn under the pointer while dragging. */
export function DealCardBody({ deal, nameId, locale, stageKind }: { deal: DealRow; nameId?: string; locale: string; stageKind: StageKind | undefined }) {
  const amount = formatMoney(deal.amount, deal.currency, locale);
  return (
    <>
      <span id={nameId} className="deal-card__name">
        {deal.name}
      </span>
      {deal.company_name && <span className="deal-card__company">{deal.company_name}</span>}
      <span className="deal-card__meta">
        {amount && <span className="deal-card__amount tabular">{amount}</span>}
        <CloseDay day={deal.expected_close} stageKind={stageKind} style="short" />
        <span className="deal-card__spacer" />
        {deal.rotting_days !== null && (
          <span className="deal-badge deal-badge--rotting">
            <Clock size={11} aria-hidden="true" />
            {idleLabel(deal.rotting_days)}
          </span>
        )}
        {deal.owner_name && (
          <span className="deal-card__owner" title={`Owner: ${deal.owner_name}`}>
            <span aria-hidden="true">{initials(deal.owner_name)}</span>
            <span className="visually-hidden">Owner: {deal.owner_name}</span>
          </span>
        )}
      </span>
    </>
  );
}
