// Logs a call, email, meeting or note on a record (or edits one already logged).
// Alt+1..4 picks the kind and Ctrl/Cmd+Enter logs it while focus is inside.
import { useState, type KeyboardEvent } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { Kbd } from "../../components/Kbd";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { SelectField } from "../../components/SelectField";
import { TextAreaField } from "../../components/TextAreaField";
import { TextField } from "../../components/TextField";
import { useDisplayFormat } from "../../components/format-context";
import { useFormErrors } from "../../components/use-form-errors";
import { fromDateTimeLocal, toDateTimeLocal } from "../../components/zoned-time";
import type { ActivityInput, ActivityKind, Direction, TimelineEntry } from "../../ipc/bindings";
import { activityKinds, hasDirection, hasDuration, kindInfo } from "./activity-kinds";
import { useLogActivity, useUpdateActivity } from "./timeline-queries";

export type ActivityLinks = Pick<ActivityInput, "contact_id" | "company_id" | "deal_id">;
type ActivityEntry = Extract<TimelineEntry, { type: "activity" }>;

type Draft = { kind: ActivityKind; subject: string; body: string; direction: Direction; when: string; duration: string };

/** Which draft field shows each ActivityInput field's error; the rest go to the banner. */
const draftFieldOf: Record<string, keyof Draft> = {
  kind: "kind",
  subject: "subject",
  body: "body",
  direction: "direction",
  occurred_at: "when",
  duration_minutes: "duration",
};

const blank: Draft = { kind: "call", subject: "", body: "", direction: "outbound", when: "", duration: "" };

export function ActivityComposer({
  links,
  editing,
  onDone,
}: {
  links: ActivityLinks;
  /** An activity to edit instead of logging a new one. */
  editing?: ActivityEntry;
  onDone?: () => void;
}) {
  const { timeZone } = useDisplayFormat();
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          kind: editing.kind,
          subject: editing.subject,
          body: editing.body,
          direction: editing.direction || "outbound",
          when: toDateTimeLocal(new Date(editing.at), timeZone),
          duration: editing.duration_minutes ? String(editing.duration_minutes) : "",
        }
      : blank,
  );
  // The stored time is kept to the second unless the user changes it.
  const [whenTouched, setWhenTouched] = useState(false);
  const form = useFormErrors();
  const log = useLogActivity();
  const update = useUpdateActivity(editing?.id ?? "");
  const save = editing ? update : log;
  const idBase = editing ? `activity-${editing.id}` : "composer";

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      form.clearField(key);
    };

  function toInput(): ActivityInput | null {
    const found: Record<string, string> = {};
    let occurredAt = new Date().toISOString();
    if (editing && !whenTouched) occurredAt = editing.at;
    else if (draft.when) {
      const parsed = fromDateTimeLocal(draft.when, timeZone);
      if (parsed) occurredAt = parsed;
      else found.when = "Enter a date and time.";
    }
    const minutes = draft.duration.trim() === "" ? 0 : Number(draft.duration);
    if (hasDuration(draft.kind) && (!Number.isInteger(minutes) || minutes < 0)) {
      found.duration = "Enter whole minutes, e.g. 30.";
    }
    if (!draft.subject.trim() && !draft.body.trim()) found.subject = "Write a subject or a few words about it.";
    form.reset(found);
    if (Object.keys(found).length > 0) return null;
    return {
      kind: draft.kind,
      subject: draft.subject.trim(),
      body: draft.body,
      direction: hasDirection(draft.kind) ? draft.direction : "",
      occurred_at: occurredAt,
      duration_minutes: hasDuration(draft.kind) ? minutes : 0,
      contact_id: editing ? editing.contact_id : links.contact_id,
      company_id: links.company_id,
      deal_id: editing ? editing.deal_id : links.deal_id,
    };
  }

  function submit(event?: { preventDefault: () => void }) {
    event?.preventDefault();
    if (save.isPending) return;
    const input = toInput();
    if (!input) return;
    save.mutate(input, {
      onSuccess: () => {
        if (editing) onDone?.();
        else {
          setDraft((d) => ({ ...blank, kind: d.kind, direction: d.direction }));
          setWhenTouched(false);
        }
      },
      onError: (error) => {
        form.show(error);
      },
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      submit();
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      // `code`, not `key`: Alt+digit types a symbol on some layouts.
      const index = ["Digit1", "Digit2", "Digit3", "Digit4"].indexOf(event.code);
      if (index >= 0) {
        event.preventDefault();
        set("kind")(activityKinds[index]!.kind);
      }
      return;
    }
    if (event.key === "Escape" && editing) {
      event.preventDefault();
      onDone?.();
    }
  }

  // Errors for fields this form does not show (which record it is logged on) go in the banner.
  const errors: Record<string, string> = {};
  const stray: string[] = [];
  for (const [field, message] of Object.entries(form.errors)) {
    const own = draftFieldOf[field] ?? (field in blank ? field : undefined);
    if (own) errors[own] ??= message;
    else stray.push(message);
  }
  const banner = form.failure ?? (stray.length > 0 ? stray.join(" ") : null);
  const kindLabel = kindInfo(draft.kind).label;

  return (
    <form
      className={editing ? "composer composer--editing" : "composer"}
      aria-label={editing ? "Edit activity" : "Log an activity"}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <FailureBanner message={banner} />
      <div className="composer__top">
        <SegmentedChoice
          label="Activity kind"
          title="Alt+1 Call · Alt+2 Email · Alt+3 Meeting · Alt+4 Note"
          value={draft.kind}
          onValueChange={set("kind")}
          options={activityKinds.map(({ kind, label, icon: Icon }, index) => ({
            value: kind,
            label,
            icon: <Icon size={13} aria-hidden="true" />,
            title: `${label} (Alt+${index + 1})`,
          }))}
        />
        <TextField
          id={`${idBase}-when`}
          className="composer__when"
          label="When"
          type="datetime-local"
          value={draft.when}
          onValueChange={(value) => {
            setWhenTouched(true);
            set("when")(value);
          }}
          error={errors.when}
          hint={draft.when ? undefined : "Now"}
        />
      </div>
      <TextField
        id={`${idBase}-subject`}
        label="Subject"
        value={draft.subject}
        onValueChange={set("subject")}
        error={errors.subject}
        autoComplete="off"
        placeholder={`What was the ${kindLabel.toLowerCase()} about?`}
        data-composer-focus={editing ? undefined : ""}
        autoFocus={Boolean(editing)}
      />
      <TextAreaField
        id={`${idBase}-body`}
        label="Notes"
        value={draft.body}
        onValueChange={set("body")}
        error={errors.body}
        rows={2}
        className="composer__notes"
      />
      <div className="composer__bottom">
        {hasDirection(draft.kind) && (
          <SelectField
            id={`${idBase}-direction`}
            label="Direction"
            value={draft.direction}
            onValueChange={(value) => set("direction")(value as Direction)}
            options={[
              { value: "outbound", label: "Outbound" },
              { value: "inbound", label: "Inbound" },
            ]}
            error={errors.direction}
          />
        )}
        {hasDuration(draft.kind) && (
          <TextField
            id={`${idBase}-duration`}
            label="Minutes"
            inputMode="numeric"
            value={draft.duration}
            onValueChange={set("duration")}
            error={errors.duration}
            placeholder="0"
            autoComplete="off"
            className="composer__duration"
          />
        )}
        <span className="screen-header__spacer" />
        <span className="field__hint composer__hint">
          <Kbd keys={["Mod", "Enter"]} />
        </span>
        {editing && (
          <Button size="small" onClick={onDone}>
            Cancel
          </Button>
        )}
        <Button size="small" type="submit" variant="primary" disabled={save.isPending}>
          {editing ? "Save" : `Log ${kindLabel.toLowerCase()}`}
        </Button>
      </div>
    </form>
  );
}
