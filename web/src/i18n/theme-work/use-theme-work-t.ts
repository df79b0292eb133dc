/**
 * The translate function of the theme work pages (theme report, TAP project and provider forms, the provider
 * queue, the resilience goal): their messages are the "themeWork" namespace, typed here from the English tree
 * (kept out of i18next's global key types, whose size TypeScript cannot follow further).
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { enThemeWork } from "./en.ts";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A message key of the theme work pages. */
export type ThemeWorkKey = Leaves<(typeof enThemeWork)["themeWork"]>;

/** A translate function of the theme work pages' messages. */
export type ThemeWorkT = (key: ThemeWorkKey, options?: Record<string, unknown>) => string;

/** Translates theme work messages in the current language (re-renders when it changes). */
export function useThemeWorkT(): ThemeWorkT {
  const { i18n } = useTranslation();
  const translate = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is what changes the messages
  return useCallback(
    (key, options) => translate(key, { ns: "themeWork", ...options }),
    [translate, i18n.language],
  );
}
