// The board: one column per stage, cards dragged between them (or moved from the keyboard),
// moves shown at once and undone if the backend refuses.
import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useDisplayFormat } from "../../components/format-context";
import { ErrorState } from "../../components/ErrorState";
import { dropUnderPointer, namedAnnouncements, usePointerDragSensors } from "../../components/pointer-drag";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { DealBoard as Board, DealRow, Stage } from "../../ipc/bindings";
import { DealCardBody } from "./DealCard";
import { boardQuery } from "./deal-queries";
import { DealsEmpty } from "./DealsEmpty";
import { LossReasonDialog } from "./LossReasonDialog";
import { StageColumn } from "./StageColumn";
import { UnconvertedNote } from "./UnconvertedNote";
import { useMoveDeal } from "./use-move-deal";

const dragInstructions =
  "Drag with the mouse, or focus a deal and press ] or [ to move it to the next or previous stage, Enter to open it.";

export function DealBoard({ pipelineId, onShowAll }: { pipelineId: string; onShowAll: (stageId: string) => void }) {
  const board = useQuery(boardQuery(pipelineId));
  if (board.isError && !board.data) {
    return <ErrorState title="Couldn’t load the board" error={board.error} onRetry={() => void board.refetch()} />;
  }
  if (!board.data) return <BoardSkeleton />;
  if (board.data.columns.every((c) => c.total.count === 0)) return <DealsEmpty />;
  return <LoadedBoard board={board.data} onShowAll={onShowAll} />;
}

function LoadedBoard({ board, onShowAll }: { board: Board; onShowAll: (stageId: string) => void }) {
  const { openDeal } = useNavigation();
  const { locale } = useDisplayFormat();
  const toast = useToast();
  const move = useMoveDeal(board.pipeline.id);
  const [focusTarget, setFocusTarget] = useState<{ dealId: string; stageId: string } | null>(null);
  const [dragged, setDragged] = useState<DealRow | null>(null);
  const [askingWhyLost, setAskingWhyLost] = useState<{ deal: DealRow; stage: Stage } | null>(null);
  const stages = board.columns.map((c) => c.stage);
  const sensors = usePointerDragSensors();
  const onFocused = useCallback(() => setFocusTarget(null), []);

  function moveTo(deal: DealRow, stage: Stage, viaKeyboard: boolean) {
    if (deal.stage_id === stage.id) return;
    if (stage.kind === "lost") {
      setAskingWhyLost({ deal, stage });
      return;
    }
    if (viaKeyboard) setFocusTarget({ dealId: deal.id, stageId: stage.id });
    move.mutate(
      { dealId: deal.id, stageId: stage.id },
      { onError: (error) => toast({ message: `Couldn’t move “${deal.name}”: ${toAppError(error).message}`, tone: "error" }) },
    );
  }

  function onDragStart(event: DragStartEvent) {
    setDragged(board.columns.flatMap((c) => c.deals).find((d) => d.id === event.active.id) ?? null);
  }

  function onDragEnd(event: DragEndEvent) {
    setDragged(null);
    const stage = stages.find((s) => s.id === event.over?.id);
    const deal = board.columns.flatMap((c) => c.deals).find((d) => d.id === event.active.id);
    if (stage && deal) moveTo(deal, stage, false);
  }

  return (
    <>
      <UnconvertedNote currencies={board.unconverted} />
      <DndContext
        sensors={sensors}
        collisionDetection={dropUnderPointer}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
        accessibility={{ announcements: namedAnnouncements, screenReaderInstructions: { draggable: dragInstructions } }}
      >
        <div className="deal-board" data-testid="deal-board">
          {board.columns.map((column) => (
            <StageColumn
              key={column.stage.id}
              column={column}
              baseCurrency={board.base_currency}
              closedSince={board.closed_since}
              stages={stages}
              focusTarget={focusTarget}
              onFocused={onFocused}
              onOpen={openDeal}
              onMove={(deal, stage) => moveTo(deal, stage, true)}
              onShowAll={onShowAll}
            />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className="deal-card deal-card--overlay">
              <DealCardBody
                deal={dragged}
                locale={locale}
                stageKind={stages.find((s) => s.id === dragged.stage_id)?.kind}
              />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {askingWhyLost && (
        <LossReasonDialog
          dealName={askingWhyLost.deal.name}
          stageName={askingWhyLost.stage.name}
          saving={move.isPending}
          onClose={() => setAskingWhyLost(null)}
          onSubmit={(reason) => {
            setFocusTarget({ dealId: askingWhyLost.deal.id, stageId: askingWhyLost.stage.id });
            return move.mutateAsync({ dealId: askingWhyLost.deal.id, stageId: askingWhyLost.stage.id, lossReason: reason });
          }}
        />
      )}
    </>
  );
}

function BoardSkeleton() {
  return (
    <div className="deal-board" aria-busy="true" aria-label="Loading the board">
      {[3, 2, 4, 1].map((cards, index) => (
        <div key={index} className="deal-column">
          <div className="deal-column__head">
            <span className="skeleton" style={{ width: "50%" }} />
            <span className="skeleton" style={{ width: "30%", marginTop: 8 }} />
          </div>
          <div className="deal-column__body">
            {Array.from({ length: cards }, (_, card) => (
              <div key={card} className="deal-card deal-card--skeleton">
                <span className="skeleton" style={{ width: "70%" }} />
                <span className="skeleton" style={{ width: "45%" }} />
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
