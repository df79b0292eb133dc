/** Renders an AsyncState: loading, error, or its data. */
import type { ReactNode } from "react";
import type { AsyncState } from "../hooks/use-async.ts";
import { ErrorState, Loading } from "./states.tsx";

/** Shows `children(data)` once `state` is ready. */
export function AsyncView<T>({
  state,
  children,
}: {
  state: AsyncState<T>;
  children: (data: T) => ReactNode;
}) {
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  return <>{children(state.data)}</>;
}
