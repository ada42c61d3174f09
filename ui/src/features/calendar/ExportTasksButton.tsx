// Writes tasks to an .ics file any calendar app can open, and says where the file went.
import { CalendarArrowDown } from "lucide-react";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { TaskExport } from "../../ipc/bindings";
import { useExportTasks } from "./calendar-queries";

export function ExportTasksButton({
  scope,
  label,
  size = "normal",
}: {
  /** Which tasks: all, the open ones, one record's, or one task. */
  scope: TaskExport;
  label: string;
  size?: "normal" | "small";
}) {
  const exportTasks = useExportTasks();
  const toast = useToast();
  return (
    <Button
      size={size}
      disabled={exportTasks.isPending}
      title="Save as a calendar file (.ics) for Apple Calendar, Outlook or Thunderbird"
      onClick={() =>
        exportTasks.mutate(scope, {
          onSuccess: ({ path }) => toast({ message: `Exported tasks to ${path}` }),
          onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
        })
      }
    >
      <CalendarArrowDown aria-hidden="true" />
      {exportTasks.isPending ? "Exporting…" : label}
    </Button>
  );
}
