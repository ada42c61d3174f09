// Create or edit a task in the side pane. A change to a repeating task first asks how far it reaches.
import { useState } from "react";
import { useDisplayFormat } from "../../components/format-context";
import { PaneForm } from "../../components/PaneForm";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDraftForm } from "../../components/use-draft-form";
import type { EditScope, Task } from "../../ipc/bindings";
import { OwnerField } from "../records/OwnerField";
import { EditScopeDialog } from "./EditScopeDialog";
import { RemindersField } from "./RemindersField";
import { RepeatField } from "./RepeatField";
import { checkTaskDraft, inputFromDraft, type TaskDraft } from "./task-draft";
import { priorities, taskKinds } from "./task-format";
import { useSaveTask } from "./task-queries";
import { TaskLinksField } from "./TaskLinksField";
import { WhenInput } from "./WhenInput";
import { CheckboxField } from "../../components/CheckboxField";

/** Backend fields the form shows next to an input; errors on any other field go in the banner. */
const shownFields = new Set(["title", "notes", "kind", "priority", "due_date", "due_time", "reminders", "recurrence", "owner_id", "private"]);

type SaveOptions = { onSuccess: (task: Task) => void; onError: (error: unknown) => void };

export function TaskForm({
  task,
  initial,
  onSaved,
  onCancel,
}: {
  /** The task being edited; null for a new one. */
  task: Task | null;
  initial: TaskDraft;
  onSaved: (task: Task) => void;
  onCancel: () => void;
}) {
  const { timeZone } = useDisplayFormat();
  const { draft, set, form, submit: submitWith } = useDraftForm(initial);
  const save = useSaveTask(task?.id ?? null);
  // A repeating task's save waits here while the user picks how far the change reaches.
  const [asking, setAsking] = useState<{ draft: TaskDraft; options: SaveOptions } | null>(null);

  const saveDraft = {
    isPending: save.isPending,
    mutate: (d: TaskDraft, options: SaveOptions) => {
      if (task?.series_id) setAsking({ draft: d, options });
      else save.mutate({ input: inputFromDraft(d), scope: "this_one" }, options);
    },
  };
  const submit = submitWith(saveDraft, { onSuccess: onSaved, check: checkTaskDraft });

  function saveWithScope(scope: EditScope) {
    if (!asking) return;
    save.mutate({ input: inputFromDraft(asking.draft), scope }, asking.options);
    setAsking(null);
  }

  const errors = form.errors;
  const stray = Object.entries(errors)
    .filter(([field]) => !shownFields.has(field))
    .map(([, message]) => message);
  const failure = form.failure ?? (stray.length > 0 ? stray.join(" ") : null);

  return (
    <>
      <PaneForm
        block="task-form"
        barClassName="task-pane__bar"
        title={task ? "Edit task" : "New task"}
        failure={failure}
        onSubmit={submit}
        saving={save.isPending}
        onCancel={onCancel}
      >
        <TextField
          id="task-title"
          label="Title"
          value={draft.title}
          onValueChange={set("title")}
          error={errors.title}
          autoComplete="off"
          placeholder="Call Ada about the renewal"
          autoFocus
        />
        <div className="task-form__choices">
          <SegmentedChoice
            label="Kind"
            value={draft.kind}
            onValueChange={set("kind")}
            options={taskKinds.map(({ kind, label, icon: Icon }) => ({
              value: kind,
              label,
              icon: <Icon size={13} aria-hidden="true" />,
            }))}
          />
          <SegmentedChoice label="Priority" value={draft.priority} onValueChange={set("priority")} options={priorities} />
        </div>
        <div className="task-form__pair">
          <TextField
            id="task-due_date"
            label="Due"
            type="date"
            value={draft.due_date}
            onValueChange={set("due_date")}
            error={errors.due_date}
          />
          <TextField
            id="task-due_time"
            label="Time"
            type="time"
            value={draft.due_time}
            onValueChange={set("due_time")}
            error={errors.due_time}
            hint={draft.due_time ? undefined : "Empty: all day"}
          />
        </div>
        <WhenInput
          id="task-when"
          label="Or type when"
          onApply={(when) => {
            set("due_date")(when.due_date);
            set("due_time")(when.due_time);
          }}
        />
        {draft.time_zone !== timeZone && <span className="field__hint">Times are in {draft.time_zone}.</span>}
        <RemindersField
          value={draft.reminders}
          onValueChange={set("reminders")}
          allDay={draft.due_time === ""}
          timeZone={draft.time_zone}
          error={errors.reminders}
        />
        <RepeatField
          value={draft.repeat}
          onValueChange={(repeat) => {
            set("repeat")(repeat);
            form.clearField("recurrence");
          }}
          dueDate={draft.due_date}
          error={errors.recurrence}
        />
        <TaskLinksField value={draft.links} onValueChange={set("links")} />
        <OwnerField id="task-owner" value={draft.owner_id} onValueChange={set("owner_id")} error={errors.owner_id} />
        <CheckboxField
          id="task-private"
          label="Private"
          checked={draft.private}
          onCheckedChange={set("private")}
          hint="Only you see it: with team sync it stays on your own devices."
          error={errors.private}
        />
        <TextAreaField id="task-notes" label="Notes" value={draft.notes} onValueChange={set("notes")} error={errors.notes} rows={4} />
      </PaneForm>
      {asking && <EditScopeDialog onChoose={saveWithScope} onCancel={() => setAsking(null)} />}
    </>
  );
}
