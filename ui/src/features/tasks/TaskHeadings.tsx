// The Today list's headings: a group ("Overdue", "Today", …) or a day within "Next 7 days". Those that
// name a day (Today, and each coming day) take a dragged task, to move it to that day.
import { useDroppable } from "@dnd-kit/core";
import type { CSSProperties, ReactNode } from "react";
import type { DroppedOnDay } from "./DragTasksToDays";
import { dayTargetId } from "./drop-on-day";
import type { TodayItem } from "./today-groups";

type Heading<T extends TodayItem["type"]> = { item: Extract<TodayItem, { type: T }>; style: CSSProperties };

export function GroupHeading({ item, style }: Heading<"group">) {
  const className = `task-group task-group--${item.group}`;
  const title = (
    <h2 className="task-group__title">
      {item.label}
      <span className="task-group__count tabular">{item.count}</span>
    </h2>
  );
  if (!item.day) {
    return (
      <div role="listitem" className={className} style={style}>
        {title}
      </div>
    );
  }
  return (
    <DayDropTarget day={item.day} label={item.label} className={className} style={style}>
      {title}
    </DayDropTarget>
  );
}

export function DayHeading({ item, style }: Heading<"day">) {
  return (
    <DayDropTarget day={item.day} label={item.label} className="task-day" style={style}>
      <h3 className="task-day__title">{item.label}</h3>
    </DayDropTarget>
  );
}

function DayDropTarget({
  day,
  label,
  className,
  style,
  children,
}: {
  day: string;
  label: string;
  className: string;
  style: CSSProperties;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: dayTargetId(day), data: { label } satisfies DroppedOnDay });
  return (
    <div
      ref={setNodeRef}
      role="listitem"
      className={`${className} task-drop${isOver ? " task-drop--over" : ""}`}
      style={style}
      data-drop-day={day}
    >
      {children}
    </div>
  );
}
