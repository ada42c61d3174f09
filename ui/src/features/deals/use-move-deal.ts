// Moving a deal to another stage: the card moves at once, and goes back if the backend says no.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { DealBoard } from "../../ipc/bindings";
import { boardQuery } from "./deal-queries";

export type DealMove = { dealId: string; stageId: string; lossReason?: string };

/**
 * Only the card moves optimistically; column totals are money, summed by the backend, so they
 * stay as they were until the refetch that the "changed" event (or onSettled) triggers.
 */
export function useMoveDeal(pipelineId: string) {
  const queryClient = useQueryClient();
  const key = boardQuery(pipelineId).queryKey;
  return useMutation({
    mutationFn: ({ dealId, stageId, lossReason = "" }: DealMove) => backend.moveDeal(dealId, stageId, lossReason),
    onMutate: async (move: DealMove) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData(key);
      if (before) queryClient.setQueryData(key, movedCard(before, move));
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: (_deal, _error, move) => {
      void queryClient.invalidateQueries({ queryKey: ["deals"] });
      void queryClient.invalidateQueries({ queryKey: ["deal", move.dealId] });
    },
  });
}

/** The board with one card taken from its column and put at the top of another. */
export function movedCard(board: DealBoard, { dealId, stageId }: DealMove): DealBoard {
  const target = board.columns.find((c) => c.stage.id === stageId);
  const card = board.columns.flatMap((c) => c.deals).find((d) => d.id === dealId);
  if (!target || !card || card.stage_id === stageId) return board;
  const moved = { ...card, stage_id: stageId, stage_name: target.stage.name, probability: target.stage.probability };
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id === stageId) {
        return { ...column, deals: [moved, ...column.deals], total: { ...column.total, count: column.total.count + 1 } };
      }
      if (column.stage.id === card.stage_id) {
        return {
          ...column,
          deals: column.deals.filter((d) => d.id !== dealId),
          total: { ...column.total, count: Math.max(0, column.total.count - 1) },
        };
      }
      return column;
    }),
  };
}
