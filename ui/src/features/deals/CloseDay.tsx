// A deal's expected close day, marked when an open deal's day has passed: the forecast places
// deals by that day (a past quarter's drop out), so its owner should move the date or close it.
import { useDisplayFormat } from "../../components/format-context";
import type { StageKind } from "../../ipc/bindings";
import { todayIn } from "../dashboard/dashboard-period";
import { closeIsOverdue, formatDay } from "./deal-format";

export function CloseDay({ day, stageKind, style = "medium" }: { day: string; stageKind: StageKind | undefined; style?: "medium" | "short" }) {
  const { locale, timeZone } = useDisplayFormat();
  if (day === "") return null;
  const overdue = closeIsOverdue(day, stageKind, todayIn(timeZone));
  const full = formatDay(day, locale);
  return (
    <span
      className={`close-day tabular${overdue ? " close-day--overdue" : ""}`}
      title={overdue ? `Expected close ${full} has passed: move the date or close the deal` : `Expected close ${full}`}
    >
      {formatDay(day, locale, style)}
      {overdue && <span className="visually-hidden">, overdue</span>}
    </span>
  );
}
