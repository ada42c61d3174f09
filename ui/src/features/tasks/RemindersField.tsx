// A task's reminders: the set ones with a remove button, and "Add reminder" with the usual choices,
// a custom time before the due moment, or a fixed moment on the task's clock. At most five.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { BellPlus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { SelectField } from "../../components/SelectField";
import { TextField } from "../../components/TextField";
import { fromDateTimeLocal } from "../../components/zoned-time";
import type { ReminderSpec } from "../../ipc/bindings";
import { maxReminders, reminderLabel, reminderPresets } from "./task-format";
import "../records/filter-menu.css";

type Adding = "minutes" | "moment" | null;
const units = [
  { value: "1", label: "minutes before" },
  { value: "60", label: "hours before" },
  { value: "1440", label: "days before" },
];

const keyOf = (r: ReminderSpec) => (r.type === "before" ? `before ${r.minutes}` : `at ${r.at}`);
const same = (a: ReminderSpec, b: ReminderSpec) => keyOf(a) === keyOf(b);

export function RemindersField({
  value,
  onValueChange,
  allDay,
  timeZone,
  error,
}: {
  value: ReminderSpec[];
  onValueChange: (reminders: ReminderSpec[]) => void;
  allDay: boolean;
  /** The task's zone: a fixed moment is typed on its clock. */
  timeZone: string;
  error?: string;
}) {
  const { locale } = useDisplayFormat();
  const [adding, setAdding] = useState<Adding>(null);
  const full = value.length >= maxReminders;
  const label = (reminder: ReminderSpec) => reminderLabel(reminder, { allDay, locale, timeZone });

  function add(reminder: ReminderSpec) {
    if (!value.some((r) => same(r, reminder))) onValueChange([...value, reminder]);
    setAdding(null);
  }

  return (
    <fieldset className="task-form__group" aria-describedby={error ? "task-reminders-error" : undefined}>
      <legend className="field__label">Reminders</legend>
      {value.length > 0 && (
        <ul className="reminders" aria-label="Reminders">
          {value.map((reminder, index) => (
            <li key={keyOf(reminder)} className="reminders__item">
              <span>{label(reminder)}</span>
              <button
                type="button"
                className="task-icon-button"
                aria-label={`Remove reminder: ${label(reminder)}`}
                onClick={() => onValueChange(value.filter((_, i) => i !== index))}
              >
                <X size={13} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding === "minutes" && <MinutesBefore onAdd={(minutes) => add({ type: "before", minutes })} onCancel={() => setAdding(null)} />}
      {adding === "moment" && <FixedMoment timeZone={timeZone} onAdd={(at) => add({ type: "at", at })} onCancel={() => setAdding(null)} />}
      {adding === null && (
        <DropdownMenu.Root modal={false}>
          <DropdownMenu.Trigger asChild>
            <Button size="small" variant="ghost" className="reminders__add" disabled={full}>
              <BellPlus aria-hidden="true" />
              Add reminder
            </Button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="filter-menu" align="start" sideOffset={4}>
              {reminderPresets.map((minutes) => {
                const reminder: ReminderSpec = { type: "before", minutes };
                return (
                  <DropdownMenu.Item
                    key={minutes}
                    className="filter-menu__item"
                    disabled={value.some((r) => same(r, reminder))}
                    onSelect={() => add(reminder)}
                  >
                    {label(reminder)}
                  </DropdownMenu.Item>
                );
              })}
              <DropdownMenu.Separator className="filter-menu__separator" />
              <DropdownMenu.Item className="filter-menu__item" onSelect={() => setAdding("minutes")}>
                Custom time before…
              </DropdownMenu.Item>
              <DropdownMenu.Item className="filter-menu__item" onSelect={() => setAdding("moment")}>
                At a specific moment…
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
      {full && <span className="field__hint">A task has at most {maxReminders} reminders.</span>}
      {error && (
        <span id="task-reminders-error" className="field__error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

function MinutesBefore({ onAdd, onCancel }: { onAdd: (minutes: number) => void; onCancel: () => void }) {
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState("1");
  const minutes = Number(amount) * Number(unit);
  const valid = /^\d+$/.test(amount.trim()) && minutes > 0;
  return (
    <div className="reminders__custom">
      <TextField
        id="task-reminder-amount"
        label="How long"
        inputMode="numeric"
        value={amount}
        onValueChange={setAmount}
        autoFocus
        autoComplete="off"
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          if (valid) onAdd(minutes);
        }}
      />
      <SelectField id="task-reminder-unit" label="Unit" value={unit} onValueChange={setUnit} options={units} />
      <Button size="small" disabled={!valid} onClick={() => onAdd(minutes)}>
        Add
      </Button>
      <Button size="small" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

function FixedMoment({ timeZone, onAdd, onCancel }: { timeZone: string; onAdd: (at: string) => void; onCancel: () => void }) {
  const [local, setLocal] = useState("");
  const at = fromDateTimeLocal(local, timeZone);
  return (
    <div className="reminders__custom">
      <TextField
        id="task-reminder-at"
        label="Remind me on"
        type="datetime-local"
        value={local}
        onValueChange={setLocal}
        autoFocus
      />
      <Button size="small" disabled={!at} onClick={() => at && onAdd(at)}>
        Add
      </Button>
      <Button size="small" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
