// The Today list, virtualized, with a keyboard cursor: j/k or the arrows move it, x or Space completes,
// s snoozes, r reschedules, Enter opens. Keys are read window-wide so the home screen needs no click first.
// Rows can also be dragged onto a day's heading (see DragTasksToDays).
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useRef, useState } from "react";
import { isTypingTarget } from "../../components/is-typing-target";
import type { Task } from "../../ipc/bindings";
import { DayHeading, GroupHeading } from "./TaskHeadings";
import { TaskRow } from "./TaskRow";
import type { TodayItem } from "./today-groups";

const heights = { group: 40, day: 30, task: 36 };
const itemKey = (item: TodayItem | undefined) =>
  item && (item.type === "task" ? item.task.id : item.type === "day" ? `day:${item.day}` : `group:${item.group}`);
/** "g" starts a go-to sequence ("g s" is Settings); its second key is not ours. */
const sequenceTimeoutMs = 1200;

export function TaskList({
  items,
  tasks,
  openId,
  onOpen,
  onComplete,
  onReschedule,
}: {
  items: TodayItem[];
  tasks: Task[];
  openId: string | null;
  onOpen: (task: Task) => void;
  onComplete: (task: Task) => void;
  onReschedule: (task: Task) => void;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(-1);
  const [snoozing, setSnoozing] = useState<string | null>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => viewport.current,
    estimateSize: (index) => heights[items[index]?.type ?? "task"],
    overscan: 10,
    // Headings come and go while a task is dragged: keys that follow the item keep each row's state.
    getItemKey: useCallback((index: number) => itemKey(items[index]) ?? index, [items]),
  });
  // A completed task leaves the list; the cursor stays put, on the task that took its place.
  const at = Math.min(cursor, tasks.length - 1);

  const latest = useRef({ at, tasks, items, onOpen, onComplete, onReschedule, virtualizer });
  useEffect(() => {
    latest.current = { at, tasks, items, onOpen, onComplete, onReschedule, virtualizer };
  });

  useEffect(() => {
    let lastG = 0;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || isTypingTarget(event.target)) return;
      // Keys in a dialog, a menu or the task pane belong there, not to the list's cursor.
      if (event.target instanceof Element && event.target.closest("[role=dialog],[role=alertdialog],[role=menu],aside")) return;
      if (event.key === "g") {
        lastG = Date.now();
        return;
      }
      if (Date.now() - lastG < sequenceTimeoutMs) return;
      const { at, tasks, items, onOpen, onComplete, onReschedule, virtualizer } = latest.current;
      const task = tasks[at];
      // On a focused button, Enter and Space press that button.
      const onButton = event.target instanceof HTMLElement && event.target.closest("button,a") !== null;

      const move = (to: number) => {
        const next = Math.min(Math.max(to, 0), tasks.length - 1);
        setCursor(next);
        const index = items.findIndex((item) => item.type === "task" && item.position === next);
        if (index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
      };
      switch (event.key) {
        case "j":
        case "ArrowDown":
          move(at + 1);
          break;
        case "k":
        case "ArrowUp":
          move(at < 0 ? 0 : at - 1);
          break;
        case "x":
        case " ":
          if (!task || (event.key === " " && onButton)) return;
          onComplete(task);
          break;
        case "s":
          if (!task) return;
          setSnoozing(task.id);
          break;
        case "r":
          if (!task) return;
          onReschedule(task);
          break;
        case "Enter":
          if (!task || onButton) return;
          onOpen(task);
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div ref={viewport} className="task-list" data-virtual-viewport="">
      <div role="list" aria-label="Tasks" className="task-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          const style = { height: row.size, transform: `translateY(${row.start}px)` };
          if (item.type === "group") return <GroupHeading key={row.key} item={item} style={style} />;
          if (item.type === "day") return <DayHeading key={row.key} item={item} style={style} />;
          return (
            <TaskRow
              key={row.key}
              task={item.task}
              group={item.group}
              cursor={item.position === at}
              open={item.task.id === openId}
              style={style}
              snoozeOpen={snoozing === item.task.id}
              onSnoozeOpenChange={(open) => setSnoozing(open ? item.task.id : null)}
              onComplete={() => onComplete(item.task)}
              onOpen={() => {
                setCursor(item.position);
                onOpen(item.task);
              }}
            />
          );
        })}
      </div>
    </div>
  );
}
