/** The declared themes a target or action form offers beside climate (loaded once per form). */
import { listThemes, type Theme } from "../../api/themes.ts";
import { useAsync } from "../../hooks/use-async.ts";

/** The theme id of climate records (the API's default). */
export const CLIMATE = "climate";

/** The declared themes; empty while they load or when they cannot be read (the form then offers climate). */
export function useThemeList(): Theme[] {
  const state = useAsync((signal) => listThemes(signal), "themes");
  return state.status === "ready" ? state.data : [];
}
