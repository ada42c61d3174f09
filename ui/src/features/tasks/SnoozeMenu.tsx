// "Snooze" on a task: the usual choices, or a moment typed in words, read on the task's own clock.
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { AlarmClock } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { fromDateTimeLocal } from "../../components/zoned-time";
import type { Snooze, Task } from "../../ipc/bindings";
import { useSettings } from "../settings/settings-queries";
import { useTaskActions } from "./use-task-actions";
import { WhenDialog } from "./WhenDialog";
import type { PickedWhen } from "./WhenInput";
import "../records/filter-menu.css";

const choices: { choice: Snooze; label: string }[] = [
  { choice: "fifteen_minutes", label: "15 minutes" },
  { choice: "one_hour", label: "1 hour" },
  { choice: "tomorrow_morning", label: "Tomorrow morning" },
  { choice: "next_week", label: "Next week" },
];

export function SnoozeMenu({
  task,
  open,
  onOpenChange,
  appearance = "icon",
}: {
  task: Task;
  /** Controlled by the list when its "s" key opens the menu of the focused row. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** A small clock in a list row, or a labelled button in the task's pane. */
  appearance?: "icon" | "button";
}) {
  const actions = useTaskActions();
  const settings = useSettings();
  const [picking, setPicking] = useState(false);

  function snoozeUntil({ due_date, due_time }: PickedWhen) {
    // A whole day means its start of work, as for an all-day task's reminder.
    const time = due_time || settings.data?.workday_start || "09:00";
    const at = fromDateTimeLocal(`${due_date}T${time}`, task.time_zone);
    if (at) actions.snooze(task, { type: "at", at });
    setPicking(false);
  }

  return (
    // React passes clicks in the menu's and dialog's portals up to this span, not to the row around it.
    <span className="snooze-menu" onClick={(e) => e.stopPropagation()}>
      <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
        <DropdownMenu.Trigger asChild>
          {appearance === "icon" ? (
            <button
              type="button"
              className="task-icon-button"
              aria-label={`Snooze “${task.title}”`}
              title="Snooze (S)"
            >
              <AlarmClock size={14} aria-hidden="true" />
            </button>
          ) : (
            <Button size="small">
              <AlarmClock aria-hidden="true" />
              Snooze
            </Button>
          )}
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="filter-menu" align="end" sideOffset={4} aria-label={`Snooze “${task.title}”`}>
            {choices.map(({ choice, label }) => (
              <DropdownMenu.Item
                key={choice}
                className="filter-menu__item"
                onSelect={() => actions.snooze(task, { type: "choice", choice })}
              >
                {label}
              </DropdownMenu.Item>
            ))}
            <DropdownMenu.Separator className="filter-menu__separator" />
            <DropdownMenu.Item className="filter-menu__item" onSelect={() => setPicking(true)}>
              Pick a time…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {picking && (
        <WhenDialog
          open
          onOpenChange={setPicking}
          title={`Snooze “${task.title}”`}
          description="Until when? Type it the way you would say it."
          applyLabel="Snooze"
          onApply={snoozeUntil}
        />
      )}
    </span>
  );
}
