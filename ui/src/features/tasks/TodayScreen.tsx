// The home screen: missed reminders, then open tasks by when they are due, and a task's pane beside them.
import { CalendarCheck, Plus } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { Kbd } from "../../components/Kbd";
import { dayKeyIn } from "../../components/zoned-time";
import type { Task } from "../../ipc/bindings";
import { ExportTasksButton } from "../calendar/ExportTasksButton";
import { NudgeList } from "../nudges/NudgeList";
import { DragTasksToDays } from "./DragTasksToDays";
import { MissedReminders } from "./MissedReminders";
import { RescheduleDialog } from "./RescheduleDialog";
import { TaskList } from "./TaskList";
import { TaskPane } from "./TaskPane";
import { useToday } from "./task-queries";
import { todayItems } from "./today-groups";
import { useTaskActions } from "./use-task-actions";
import { formatCount } from "../../components/intl-formats";
import "./tasks.css";

export function TodayScreen() {
  const navigation = useNavigation();
  const { locale, timeZone } = useDisplayFormat();
  const today = useToday();
  const actions = useTaskActions();
  const [rescheduling, setRescheduling] = useState<Task | null>(null);
  const openId = navigation.taskPane && navigation.taskPane.mode !== "new" ? navigation.taskPane.id : null;
  const date = new Date().toLocaleDateString(locale, { timeZone, weekday: "long", day: "numeric", month: "long" });

  return (
    <div className="today">
      <section className="today__list" aria-labelledby="today-title">
        <header className="screen-header">
          <h1 id="today-title" className="screen-header__title">
            Today
          </h1>
          <span className="screen-header__count">{date}</span>
          {today.data && (
            <span className="screen-header__count tabular" data-testid="open-task-count">
              · {formatCount(today.data.total, locale)} open
            </span>
          )}
          <span className="screen-header__spacer" />
          <ExportTasksButton scope={{ type: "open" }} label="Export to calendar" />
          <Button variant="primary" onClick={() => navigation.newTask()} title="New task (N)">
            <Plus aria-hidden="true" />
            New task
          </Button>
        </header>
        {today.isPending ? (
          <div className="today__loading" aria-busy="true" aria-label="Loading tasks">
            {[55, 70, 40, 62].map((width) => (
              <span key={width} className="skeleton" style={{ width: `${width}%` }} />
            ))}
          </div>
        ) : today.isError ? (
          <ErrorState title="Couldn’t load today’s tasks" error={today.error} onRetry={() => void today.refetch()} />
        ) : (
          <>
            <MissedReminders missed={today.data.missed} />
            <NudgeList
              onOpenRecord={(table, id) => {
                if (table === "deals") navigation.openDeal(id);
                else if (table === "content_items") navigation.openContent(id);
                else if (table === "quotes") navigation.openQuote(id);
                else navigation.openContact(id);
              }}
            />
            {today.data.total > today.data.listed && (
              <p className="today__note">
                Showing the first {formatCount(today.data.listed, locale)} of {formatCount(today.data.total, locale)} tasks.
              </p>
            )}
            {today.data.listed === 0 ? (
              <EmptyState
                icon={<CalendarCheck size={20} aria-hidden="true" />}
                title="Nothing due."
                action={
                  <Button onClick={() => navigation.newTask()}>
                    <Plus aria-hidden="true" />
                    New task
                  </Button>
                }
              >
                Enjoy the calm — or press <Kbd keys={["N"]} /> to plan a follow-up.
              </EmptyState>
            ) : (
              <DragTasksToDays onMove={actions.moveToDay}>
                {(dragging) => (
                  <TaskList
                    {...todayItems(today.data, locale, { today: dayKeyIn(new Date(), timeZone), dragging })}
                    openId={openId}
                    onOpen={(task) => navigation.openTask(task.id)}
                    onComplete={actions.complete}
                    onReschedule={setRescheduling}
                  />
                )}
              </DragTasksToDays>
            )}
          </>
        )}
      </section>
      {navigation.taskPane && <TaskPane pane={navigation.taskPane} />}
      {rescheduling && <RescheduleDialog task={rescheduling} onClose={() => setRescheduling(null)} />}
    </div>
  );
}
