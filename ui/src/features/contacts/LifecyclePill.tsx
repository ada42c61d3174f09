// A contact's lifecycle stage as a small coloured pill; colours live in qualification.css.
import type { LifecycleStage } from "../../ipc/bindings";
import { lifecycleLabels } from "./qualification";
import "./qualification.css";

export function LifecyclePill({ stage }: { stage: LifecycleStage }) {
  return <span className={`chip lifecycle lifecycle--${stage}`}>{lifecycleLabels[stage] ?? stage}</span>;
}
