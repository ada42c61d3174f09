// Each wizard step's heading; it takes focus when the step appears, so screen readers follow along.
import { useEffect, useRef, type ReactNode } from "react";

export function StepHeading({ focus, children }: { focus: boolean; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h2 ref={heading} tabIndex={-1} className="import-step__title">
      {children}
    </h2>
  );
}
