// How each activity kind reads and looks, in the composer's order (Alt+1..4).
import { Mail, Phone, StickyNote, Users } from "lucide-react";
import type { ActivityKind, Direction } from "../../ipc/bindings";

export const activityKinds: { kind: ActivityKind; label: string; icon: typeof Phone }[] = [
  { kind: "call", label: "Call", icon: Phone },
  { kind: "email", label: "Email", icon: Mail },
  { kind: "meeting", label: "Meeting", icon: Users },
  { kind: "note", label: "Note", icon: StickyNote },
];

export const kindInfo = (kind: ActivityKind) => activityKinds.find((k) => k.kind === kind) ?? activityKinds[3]!;

export const hasDirection = (kind: ActivityKind) => kind === "call" || kind === "email";
export const hasDuration = (kind: ActivityKind) => kind === "call" || kind === "meeting";

export const directionLabels: Record<Exclude<Direction, "">, string> = { inbound: "Inbound", outbound: "Outbound" };
