// The side pane beside the Today list: one task, its edit form, or a new one.
import { useNavigation, type TaskPane as Pane } from "../../app/navigation-context";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import { dayKeyIn } from "../../components/zoned-time";
import type { TaskLink } from "../../ipc/bindings";
import { useMembers, useSettings } from "../settings/settings-queries";
import { draftFromTask, newTaskDraft } from "./task-draft";
import { useTask } from "./task-queries";
import { TaskDetail } from "./TaskDetail";
import { TaskForm } from "./TaskForm";

export function TaskPane({ pane }: { pane: NonNullable<Pane> }) {
  const { closeTaskPane } = useNavigation();
  useEscapeToClose(pane.mode === "view", closeTaskPane);

  return (
    <aside className="contact-pane task-pane" aria-label="Task details">
      {pane.mode === "view" && <TaskDetail key={pane.id} id={pane.id} />}
      {pane.mode === "edit" && <TaskEditor key={pane.id} id={pane.id} />}
      {/* A new "+ Task" from another record starts a fresh form. */}
      {pane.mode === "new" && <NewTask key={pane.links.map((l) => l.record_id).join()} links={pane.links} />}
    </aside>
  );
}

function NewTask({ links }: { links: TaskLink[] }) {
  const { openTask, closeTaskPane } = useNavigation();
  const { timeZone } = useDisplayFormat();
  const settings = useSettings();
  const members = useMembers();
  // Wait for the defaults (the workspace zone, me as owner) so the form opens filled in.
  if (settings.isPending || members.isPending) return <div className="task-pane__loading" aria-busy="true" aria-label="Loading" />;
  const zone = settings.data?.time_zone || timeZone;
  const initial = newTaskDraft({
    today: dayKeyIn(new Date(), zone),
    timeZone: zone,
    ownerId: members.data?.find((m) => m.is_me)?.id ?? null,
    links,
  });
  return <TaskForm task={null} initial={initial} onSaved={(task) => openTask(task.id)} onCancel={closeTaskPane} />;
}

function TaskEditor({ id }: { id: string }) {
  const { openTask } = useNavigation();
  const task = useTask(id);
  if (task.isPending) return <div className="task-pane__loading" aria-busy="true" aria-label="Loading task" />;
  if (task.isError) {
    return <ErrorState title="Couldn’t load this task" error={task.error} onRetry={() => void task.refetch()} />;
  }
  return (
    <TaskForm task={task.data} initial={draftFromTask(task.data)} onSaved={(saved) => openTask(saved.id)} onCancel={() => openTask(id)} />
  );
}
