// Task reads and writes as TanStack Query hooks; keys sit under ["today"], ["task"] and
// ["record_tasks"], which the backend's "changed" events for the task tables invalidate.
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { backend } from "../../ipc/backend";
import type { EditScope, SnoozeUntil, Task, TaskInput, TodayView } from "../../ipc/bindings";

export const todayQuery = queryOptions({
  queryKey: ["today"],
  queryFn: backend.todayTasks,
  // Groups move with the clock (a task becomes overdue, a snooze ends) without any write to announce it.
  refetchInterval: 60_000,
});
export const useToday = () => useQuery(todayQuery);

export const useTask = (id: string) => useQuery({ queryKey: ["task", id], queryFn: () => backend.getTask(id) });

export const useRecordTasks = (recordId: string) =>
  useQuery({ queryKey: ["record_tasks", recordId], queryFn: () => backend.recordTasks(recordId) });

/** What typed text means as a date; "tomorrow" changes meaning at midnight, so answers age quickly. */
export const useParsedWhen = (text: string) =>
  useQuery({
    queryKey: ["when", text],
    queryFn: () => backend.parseWhen(text),
    enabled: text.length > 0,
    staleTime: 60_000,
  });

export type TaskSave = { input: TaskInput; scope: EditScope };

export function useSaveTask(taskId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, scope }: TaskSave) =>
      taskId ? backend.updateTask(taskId, input, scope) : backend.createTask(input),
    onSuccess: (saved: Task) => queryClient.setQueryData(["task", saved.id], saved),
  });
}

/** Takes the task off the Today list at once; the "changed" event brings back the truth. */
function dropFromToday(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  queryClient.setQueryData<TodayView>(["today"], (view) => {
    if (!view) return view;
    const keep = (tasks: Task[]) => tasks.filter((t) => t.id !== id);
    const next = {
      ...view,
      overdue: keep(view.overdue),
      today: keep(view.today),
      upcoming: keep(view.upcoming),
      snoozed: keep(view.snoozed),
    };
    const removed = view.listed - (next.overdue.length + next.today.length + next.upcoming.length + next.snoozed.length);
    return { ...next, listed: view.listed - removed, total: view.total - removed };
  });
}

/** Completes (or cancels) a task; resolves to the repeating task's next occurrence, if any. */
export function useCloseTask(how: "complete" | "cancel") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => (how === "complete" ? backend.completeTask(id) : backend.cancelTask(id)),
    onMutate: (id) => dropFromToday(queryClient, id),
    onError: () => queryClient.invalidateQueries({ queryKey: ["today"] }),
  });
}

export const useReopenTask = () => useMutation({ mutationFn: (id: string) => backend.reopenTask(id) });
export const useDeleteTask = () => useMutation({ mutationFn: (id: string) => backend.deleteTask(id) });

export const useSnoozeTask = () =>
  useMutation({ mutationFn: ({ id, until }: { id: string; until: SnoozeUntil }) => backend.snoozeTask(id, until) });

export const useRescheduleTask = () =>
  useMutation({
    mutationFn: ({ id, dueDate, dueTime }: { id: string; dueDate: string; dueTime: string }) =>
      backend.rescheduleTask(id, dueDate, dueTime),
  });

export const useAcknowledgeReminder = () =>
  useMutation({ mutationFn: (deliveryId: string) => backend.acknowledgeReminder(deliveryId) });
