// Drag-and-drop with the pointer as the deal board and the Today list do it: a press becomes a drag only
// after a short move, so a click still clicks, and screen readers hear names rather than ids.
import {
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type Over,
} from "@dnd-kit/core";
import type { MouseEvent, PointerEvent } from "react";

/** A press that moves less than this many pixels is a click. */
const dragDistance = 6;

export const usePointerDragSensors = () =>
  useSensors(useSensor(PointerSensor, { activationConstraint: { distance: dragDistance } }));

/** The drop target is the one under the pointer, so what is highlighted is where the item lands. */
export const dropUnderPointer = pointerWithin;

/** What draggables and drop targets carry in their `data`, so announcements can say their names. */
export type Named = { label: string };

const nameOf = (item: Active | Over) => (item.data.current as Partial<Named> | undefined)?.label ?? String(item.id);

export const namedAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${nameOf(active)}.`,
  onDragOver: ({ active, over }) =>
    over ? `${nameOf(active)} is over ${nameOf(over)}.` : `${nameOf(active)} is not over a place to drop it.`,
  onDragEnd: ({ active, over }) =>
    over ? `Dropped ${nameOf(active)} on ${nameOf(over)}.` : `Dropped ${nameOf(active)}; it stays where it was.`,
  onDragCancel: ({ active }) => `Stopped moving ${nameOf(active)}; it stays where it was.`,
};

/**
 * True for a press on the element's own content: not on a button inside it, and not in a menu or
 * dialog it opened (React bubbles events from portals up the component tree, not the DOM).
 */
export const isOwnPress = (event: MouseEvent | PointerEvent) =>
  event.currentTarget.contains(event.target as Node) && !(event.target as Element).closest("button");
