/**
 * The translate function of the network pages: their messages are the "members" namespace, typed here from
 * the English tree (kept out of i18next's global key types, whose size TypeScript cannot follow further).
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { enMembers } from "./en.ts";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A message key of the network pages. */
export type MembersKey = Leaves<(typeof enMembers)["members"]>;

/** A translate function of the network pages' messages. */
export type MembersT = (key: MembersKey, options?: Record<string, unknown>) => string;

/** Translates network-page messages in the current language (re-renders when it changes). */
export function useMembersT(): MembersT {
  const { i18n } = useTranslation();
  const translate = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is what changes the messages
  return useCallback(
    (key, options) => translate(key, { ns: "members", ...options }),
    [translate, i18n.language],
  );
}
