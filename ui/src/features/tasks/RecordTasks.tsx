// The tasks of a contact, company or deal: open ones first, the closed ones folded away, and "+ Task".
import { ChevronRight, Plus } from "lucide-react";
import { useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { toAppError } from "../../ipc/app-error";
import type { Task, TaskLink } from "../../ipc/bindings";
import type { RecordTable } from "../records/record-queries";
import { useRecordTasks } from "./task-queries";
import { TaskCheck, TaskDue, TaskKindIcon, TaskMarks } from "./TaskParts";
import { useTaskActions } from "./use-task-actions";
import "./tasks.css";

export function RecordTasks({
  table,
  id,
  name,
  headingClassName,
}: {
  table: RecordTable;
  id: string;
  /** The record's name, for the new task's link. */
  name: string;
  headingClassName: string;
}) {
  const { newTask } = useNavigation();
  const tasks = useRecordTasks(id);
  const [showClosed, setShowClosed] = useState(false);
  const headingId = `tasks-of-${id}`;
  const link: TaskLink = { record_table: table, record_id: id, name };
  const open = tasks.data?.filter((t) => t.status === "open") ?? [];
  const closed = tasks.data?.filter((t) => t.status !== "open") ?? [];

  return (
    <section className="record-tasks" aria-labelledby={headingId}>
      <div className="record-tasks__head">
        <h3 id={headingId} className={headingClassName}>
          Tasks{open.length > 0 && <span className="record-tasks__count tabular"> {open.length} open</span>}
        </h3>
        <Button size="small" variant="ghost" onClick={() => newTask([link])} title={`New task for ${name}`}>
          <Plus aria-hidden="true" />
          Task
        </Button>
      </div>
      {tasks.isPending ? (
        <div className="record-tasks__loading" aria-busy="true" aria-label="Loading tasks">
          <span className="skeleton" style={{ width: "55%" }} />
        </div>
      ) : tasks.isError ? (
        <p className="field__error" role="alert">
          Couldn’t load the tasks: {toAppError(tasks.error).message}{" "}
          <button type="button" className="task-link" onClick={() => void tasks.refetch()}>
            Try again
          </button>
        </p>
      ) : tasks.data.length === 0 ? (
        <p className="muted">No tasks yet. Plan the next call or email here so it shows up on your Today list.</p>
      ) : (
        <>
          {open.length > 0 && <TaskLines tasks={open} label="Open tasks" />}
          {closed.length > 0 && (
            <button type="button" className="record-tasks__fold" aria-expanded={showClosed} onClick={() => setShowClosed((s) => !s)}>
              <ChevronRight size={13} aria-hidden="true" className="record-tasks__chevron" />
              {closed.length} done
            </button>
          )}
          {showClosed && closed.length > 0 && <TaskLines tasks={closed} label="Done tasks" />}
        </>
      )}
    </section>
  );
}

function TaskLines({ tasks, label }: { tasks: Task[]; label: string }) {
  const { openTask } = useNavigation();
  const actions = useTaskActions();
  return (
    <ul className="record-tasks__list" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id} className={`record-tasks__row${task.status !== "open" ? " record-tasks__row--closed" : ""}`}>
          <TaskCheck task={task} onToggle={() => (task.status === "open" ? actions.complete(task) : actions.reopen(task))} />
          <TaskKindIcon task={task} />
          <button type="button" className="record-tasks__title" onClick={() => openTask(task.id)}>
            {task.title}
          </button>
          <TaskMarks task={task} />
          <TaskDue task={task} group={task.status === "open" && task.group === "overdue" ? "overdue" : "record"} />
        </li>
      ))}
    </ul>
  );
}
