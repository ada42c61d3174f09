// Saves the latest value a short while after the last edit, one write at a time, so typing never
// waits for the disk and a slow write never lands on top of a newer one.
import { useCallback, useEffect, useRef, useState } from "react";

export type SaveStatus =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; error: unknown };

/** Quiet time after the last keystroke before writing. */
export const AUTOSAVE_DELAY_MS = 800;

export function useAutosave<T>(write: (value: T) => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const pending = useRef<{ value: T } | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeLatest = useRef(write);
  useEffect(() => {
    writeLatest.current = write;
  });

  /** Writes what is waiting now; resolves true once everything edited so far is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    setStatus({ state: "saving" });
    const run = writeLatest.current(next.value).then(
      () => {
        if (!pending.current) setStatus({ state: "saved" });
        return true;
      },
      (error: unknown) => {
        // Kept for a retry unless something newer is already waiting.
        pending.current ??= next;
        setStatus({ state: "failed", error });
        return false;
      },
    );
    running.current = run;
    const saved = await run;
    running.current = null;
    return saved;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus({ state: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving (another tab, another quote) still saves the last edits.
  useEffect(() => {
    const waiting = pending;
    const wait = timer;
    const latest = writeLatest;
    const inFlight = running;
    return () => {
      clearTimeout(wait.current);
      const last = waiting.current;
      if (!last) return;
      // After any write still running, so the older one cannot land last.
      void (inFlight.current ?? Promise.resolve())
        .then(() => latest.current(last.value))
        .catch(() => {});
    };
  }, []);

  return { status, schedule, flush };
}
