// One task, read-only: when it is due, its reminders, how it repeats, what it is about; with
// Complete or Reopen, Cancel, Snooze, Reschedule, Edit and Delete.
import { Ban, CalendarClock, Check, Lock, RotateCcw } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDisplayFormat } from "../../components/format-context";
import { DetailBar, DetailLoadError, DetailRow } from "../../components/RecordDetail";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Task } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { RescheduleDialog } from "./RescheduleDialog";
import { describeRepeat, parseRule } from "./rrule-text";
import { SnoozeMenu } from "./SnoozeMenu";
import { formatDue, formatMoment, reminderLabel, taskKindInfo } from "./task-format";
import { useDeleteTask, useTask } from "./task-queries";
import { TaskLinks } from "./TaskParts";
import { ExportTasksButton } from "../calendar/ExportTasksButton";
import { useTaskActions } from "./use-task-actions";

const statusLabels = { open: "Open", done: "Done", cancelled: "Cancelled" } as const;

export function TaskDetail({ id }: { id: string }) {
  const { closeTaskPane, editTask } = useNavigation();
  const task = useTask(id);
  const remove = useDeleteTask();
  const toast = useToast();
  const undo = useUndo();
  const [confirming, setConfirming] = useState(false);
  const [rescheduling, setRescheduling] = useState(false);

  if (task.isPending) return <div className="task-pane__loading" aria-busy="true" aria-label="Loading task" />;
  if (task.isError) {
    return (
      <DetailLoadError
        noun="task"
        error={task.error}
        onRetry={() => void task.refetch()}
        barClassName="task-pane__bar"
        onClose={closeTaskPane}
      />
    );
  }
  const t = task.data;
  const open = t.status === "open";

  function onDelete() {
    remove.mutate(id, {
      onSuccess: () => {
        setConfirming(false);
        closeTaskPane();
        toast({ message: "Task moved to Trash", action: { label: "Undo", onClick: () => void undo() } });
      },
      onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
    });
  }

  return (
    <div className="task-detail">
      <DetailBar
        className="task-pane__bar"
        onEdit={() => editTask(id)}
        onDelete={() => setConfirming(true)}
        deleting={remove.isPending}
        onClose={closeTaskPane}
      >
        {open && <SnoozeMenu task={t} appearance="button" />}
        {open && (
          <Button size="small" onClick={() => setRescheduling(true)} title="Reschedule (R in the list)">
            <CalendarClock aria-hidden="true" />
            Reschedule
          </Button>
        )}
      </DetailBar>
      <TaskBody task={t} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete “${t.title}”?`}
        description={
          t.series_id
            ? "It moves to Trash and the repeat ends; to skip only this one, cancel it instead. Undo (Ctrl+Z) brings both back."
            : "It moves to Trash. Undo (Ctrl+Z) brings it back."
        }
        confirmLabel="Delete task"
        danger
        busy={remove.isPending}
        onConfirm={onDelete}
      />
      {rescheduling && <RescheduleDialog task={t} onClose={() => setRescheduling(false)} />}
    </div>
  );
}

function TaskBody({ task: t }: { task: Task }) {
  const { locale, timeZone } = useDisplayFormat();
  const actions = useTaskActions();
  const { label: kind, icon: KindIcon } = taskKindInfo(t.kind);
  const allDay = t.due_time === "";
  const open = t.status === "open";

  return (
    <div className="task-detail__body">
      <h2 className="task-detail__title">{t.title}</h2>
      <div className="task-detail__chips">
        <span className="chip">
          <KindIcon size={11} aria-hidden="true" />
          {kind}
        </span>
        {t.priority === "high" && <span className="chip task-chip--high">High priority</span>}
        {t.private && (
          <span className="chip" title="Only you see it: with team sync it stays on your own devices">
            <Lock size={11} aria-hidden="true" />
            Private
          </span>
        )}
        {!open && <span className="chip chip--accent">{statusLabels[t.status]}</span>}
      </div>
      <div className="task-detail__actions">
        {open ? (
          <Button variant="primary" size="small" onClick={() => actions.complete(t)} disabled={actions.busy}>
            <Check aria-hidden="true" />
            Complete
          </Button>
        ) : (
          <Button size="small" onClick={() => actions.reopen(t)} disabled={actions.busy}>
            <RotateCcw aria-hidden="true" />
            Reopen
          </Button>
        )}
        {open && (
          <Button size="small" variant="ghost" onClick={() => actions.cancel(t)} disabled={actions.busy}>
            <Ban aria-hidden="true" />
            Cancel task
          </Button>
        )}
        <ExportTasksButton scope={{ type: "task", id: t.id }} label="Add to calendar" size="small" />
      </div>
      <dl className="facts">
        <DetailRow term="Due" className="tabular">
          {formatDue(t.due_date, t.due_time, locale)}
          {t.time_zone !== timeZone && <span className="muted"> · {t.time_zone}</span>}
        </DetailRow>
        {open && t.snoozed_until && (
          <DetailRow term="Snoozed" className="tabular">
            until {formatMoment(t.snoozed_until, locale, timeZone)}
          </DetailRow>
        )}
        {t.completed_at && (
          <DetailRow term={t.status === "done" ? "Completed" : "Closed"}>
            <RelativeTime iso={t.completed_at} />
          </DetailRow>
        )}
        <DetailRow term="Reminders" empty="None">
          {t.reminders.length > 0 && (
            <ul className="fact-list">
              {t.reminders.map((reminder, index) => (
                <li key={index}>{reminderLabel(reminder, { allDay, locale, timeZone: t.time_zone })}</li>
              ))}
            </ul>
          )}
        </DetailRow>
        <DetailRow term="Repeats" empty="No">
          {t.recurrence && describeRepeat(parseRule(t.recurrence), (day) => formatDay(day, locale))}
        </DetailRow>
        <DetailRow term="Linked to" empty="Nothing">
          {t.links.length > 0 && <TaskLinks links={t.links} />}
        </DetailRow>
        <DetailRow term="Owner" empty="No owner">
          {t.owner_name}
        </DetailRow>
        <DetailRow term="Created">
          <RelativeTime iso={t.created_at} />
        </DetailRow>
      </dl>
      <h3 className="task-detail__section">Notes</h3>
      {t.notes ? <p className="task-detail__notes">{t.notes}</p> : <p className="muted">No notes.</p>}
    </div>
  );
}
