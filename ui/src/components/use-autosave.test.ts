import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAutosave } from "./use-autosave";

/** A write whose calls finish only when the test says so. */
function controlledWrite() {
  const calls: { value: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const write = (value: string) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ value, resolve, reject });
    });
  return { calls, write };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("useAutosave", () => {
  it("writes once after the edits pause, and never lets an older write land after a newer one", async () => {
    const { calls, write } = controlledWrite();
    const { result } = renderHook(() => useAutosave(write, 600));

    act(() => result.current.schedule("a"));
    act(() => result.current.schedule("ab"));
    expect(result.current.status).toEqual({ state: "pending" });
    await act(() => vi.advanceTimersByTimeAsync(599));
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(calls.map((c) => c.value)).toEqual(["ab"]);
    expect(result.current.status).toEqual({ state: "saving" });

    // Typed while "ab" is still being written: "abc" waits for it.
    act(() => result.current.schedule("abc"));
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(calls.map((c) => c.value)).toEqual(["ab"]);
    await act(async () => calls[0]!.resolve());
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(calls.map((c) => c.value)).toEqual(["ab", "abc"]);
    await act(async () => calls[1]!.resolve());
    expect(result.current.status).toEqual({ state: "saved" });
  });

  it("flush resolves true only once everything typed is saved, edits made during the write included", async () => {
    const { calls, write } = controlledWrite();
    const { result } = renderHook(() => useAutosave(write, 600));

    act(() => result.current.schedule("a"));
    let flushed: boolean | undefined;
    let flushing!: Promise<void>;
    act(() => {
      flushing = result.current.flush().then((saved) => void (flushed = saved));
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(calls.map((c) => c.value)).toEqual(["a"]);

    act(() => result.current.schedule("ab"));
    await act(async () => calls[0]!.resolve());
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(flushed).toBeUndefined();
    expect(calls.map((c) => c.value)).toEqual(["a", "ab"]);
    await act(async () => calls[1]!.resolve());
    await act(() => flushing);
    expect(flushed).toBe(true);
    expect(result.current.status).toEqual({ state: "saved" });
  });

  it("shows a failed save's error and retries it on the next flush or edit", async () => {
    const { calls, write } = controlledWrite();
    const { result } = renderHook(() => useAutosave(write, 600));
    const error = { code: "internal", message: "disk full" };

    act(() => result.current.schedule("a"));
    let first!: Promise<boolean>;
    act(() => {
      first = result.current.flush();
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    await act(async () => calls[0]!.reject(error));
    expect(await first).toBe(false);
    expect(result.current.status).toEqual({ state: "failed", error });

    // Retried by a flush, with the same value.
    let second!: Promise<boolean>;
    act(() => {
      second = result.current.flush();
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(calls.map((c) => c.value)).toEqual(["a", "a"]);
    await act(async () => calls[1]!.reject(error));
    expect(await second).toBe(false);

    // Retried by the next edit, with what is typed now.
    act(() => result.current.schedule("ab"));
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(calls.map((c) => c.value)).toEqual(["a", "a", "ab"]);
    await act(async () => calls[2]!.resolve());
    expect(result.current.status).toEqual({ state: "saved" });
  });

  it("saves the last edits on leaving, after any write still running", async () => {
    const { calls, write } = controlledWrite();
    const { result, unmount } = renderHook(() => useAutosave(write, 600));

    act(() => result.current.schedule("a"));
    await act(() => vi.advanceTimersByTimeAsync(600));
    act(() => result.current.schedule("ab"));
    unmount();
    await vi.advanceTimersByTimeAsync(600);
    expect(calls.map((c) => c.value)).toEqual(["a"]);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.value)).toEqual(["a", "ab"]);
  });
});
