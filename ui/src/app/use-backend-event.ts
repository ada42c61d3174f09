// Listens to one backend event while the component is mounted (the listener arrives
// asynchronously, so an unmount before it is ready still stops it). The latest `handle` is
// called, without listening again each time it changes.
import { useEffect, useRef } from "react";

export function useBackendEvent<T>(subscribe: (cb: (payload: T) => void) => Promise<() => void>, handle: (payload: T) => void) {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  }, [handle]);
  useEffect(() => {
    let unlisten: (() => void) | null = null;
    let disposed = false;
    void subscribe((payload) => latest.current(payload)).then((stop) => {
      if (disposed) stop();
      else unlisten = stop;
    });
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, [subscribe]);
}
