/** Loads data for a component: loading, error and ready states, cancelled when its key changes. */
import { useEffect, useRef, useState } from "react";

/** What a load is doing. */
export type AsyncState<T> =
  | { status: "loading" }
  | { status: "error"; error: Error }
  | { status: "ready"; data: T };

/**
 * Runs `load` when the component mounts and whenever `key` changes (the key names what the load depends on,
 * e.g. an id); the previous run's signal is aborted and its answer ignored.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, key: string): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading" });
  const latestLoad = useRef(load);
  latestLoad.current = load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is what restarts the load
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    latestLoad.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: "error", error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [key]);
  return state;
}
