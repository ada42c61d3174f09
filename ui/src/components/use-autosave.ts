// Saves an edited value a short while after the last edit, one write at a time, so typing never
// waits for the disk and a slow write never lands on top of a newer one.
import { useCallback, useEffect, useRef, useState } from "react";

/** Where the autosave stands. A failed save keeps its value, to be retried on the next edit or flush. */
export type SaveStatus =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; error: unknown };

export type Autosave<T> = {
  status: SaveStatus;
  /** Saves `value` once edits pause for the delay, replacing any value still waiting. */
  schedule: (value: T) => void;
  /** Saves what is waiting now; true once everything scheduled so far is saved. */
  flush: () => Promise<boolean>;
};

/** Quiet time after the last edit before writing. */
export const autosaveDelayMs = 800;

export function useAutosave<T>(write: (value: T) => Promise<void>, delayMs = autosaveDelayMs): Autosave<T> {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const waiting = useRef<{ value: T } | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestWrite = useRef(write);
  useEffect(() => {
    latestWrite.current = write;
  });

  /** Writes the waiting value once, after any write still running; false if that write failed. */
  const writeWaiting = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    const next = waiting.current;
    if (!next) return true;
    waiting.current = null;
    setStatus({ state: "saving" });
    const run = latestWrite.current(next.value).then(
      () => {
        if (!waiting.current) setStatus({ state: "saved" });
        return true;
      },
      (error: unknown) => {
        // Kept for a retry unless something newer is already waiting.
        waiting.current ??= next;
        setStatus({ state: "failed", error });
        return false;
      },
    );
    running.current = run;
    const saved = await run;
    running.current = null;
    return saved;
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    // Edits made while a write runs are written too, so true means nothing typed is left unsaved.
    for (;;) {
      clearTimeout(timer.current);
      if (!(await writeWaiting())) return false;
      if (!waiting.current) return true;
    }
  }, [writeWaiting]);

  const schedule = useCallback(
    (value: T) => {
      waiting.current = { value };
      setStatus({ state: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void writeWaiting(), delayMs);
    },
    [delayMs, writeWaiting],
  );

  // Leaving (another tab, another screen) still saves the last edits.
  useEffect(() => {
    const pending = waiting;
    const wait = timer;
    const inFlight = running;
    const latest = latestWrite;
    return () => {
      clearTimeout(wait.current);
      const last = pending.current;
      if (!last) return;
      pending.current = null;
      // After any write still running, so the older one cannot land last.
      void (inFlight.current ?? Promise.resolve())
        .then(() => latest.current(last.value))
        .catch(() => {});
    };
  }, []);

  return { status, schedule, flush };
}
