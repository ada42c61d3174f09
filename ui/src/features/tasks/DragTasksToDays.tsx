// Dragging a task row onto Today or a day of the coming week reschedules it to that day, at its time of day.
import { DndContext, DragOverlay, getClientRect, MeasuringStrategy, type Active, type DragEndEvent, type Over } from "@dnd-kit/core";
import { useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { dropUnderPointer, namedAnnouncements, usePointerDragSensors } from "../../components/pointer-drag";
import type { Task } from "../../ipc/bindings";
import { rescheduleOnDrop, type Reschedule } from "./drop-on-day";
import { TaskKindIcon } from "./TaskParts";

/** Read by screen readers on each row, and shown as the drag handle's tooltip. */
export const dragHint = "Drag onto Today or a day of the next 7 days to move it there; or press R to reschedule";

/** What a draggable task row and a day's drop target carry, for the drop and for announcements. */
export type DraggedTask = { task: Task; label: string };
export type DroppedOnDay = { label: string };

const taskOf = (active: Active) => (active.data.current as DraggedTask | undefined)?.task ?? null;
const dayLabelOf = (over: Over) => (over.data.current as DroppedOnDay | undefined)?.label ?? String(over.id);

export function DragTasksToDays({
  onMove,
  children,
}: {
  onMove: (task: Task, move: Reschedule, dayLabel: string) => void;
  /** The list; `dragging` is true while a task is picked up, so it can show every day to drop on. */
  children: (dragging: boolean) => ReactNode;
}) {
  const sensors = usePointerDragSensors();
  const [dragged, setDragged] = useState<Task | null>(null);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragged(null);
    const task = taskOf(active);
    const move = task && over ? rescheduleOnDrop(over.id, task) : null;
    if (task && over && move) onMove(task, move, dayLabelOf(over));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={dropUnderPointer}
      // Rows and headings are placed by the virtual list with a transform, which dnd-kit ignores
      // by default: measure where they really are. Day headings appear once a drag starts, so
      // they are measured while dragging.
      measuring={{
        draggable: { measure: getClientRect },
        droppable: { measure: getClientRect, strategy: MeasuringStrategy.Always },
      }}
      onDragStart={({ active }) => setDragged(taskOf(active))}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{ announcements: namedAnnouncements, screenReaderInstructions: { draggable: dragHint } }}
    >
      {children(dragged !== null)}
      {/* In the body: the list's transformed rows would otherwise offset the fixed overlay. */}
      {createPortal(
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className="task-drag-overlay" data-testid="task-drag-overlay">
              <TaskKindIcon task={dragged} />
              <span className="task-row__title">{dragged.title}</span>
            </div>
          )}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}
