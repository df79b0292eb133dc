/** i18next set up with the bundled languages; the choice is kept in localStorage and set on <html lang>. */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { enMembers } from "./members/en.ts";
import { esMembers } from "./members/es.ts";
import { frMembers } from "./members/fr.ts";
import { ptMembers } from "./members/pt.ts";
import { pt } from "./pt.ts";
import { enThemeWork } from "./theme-work/en.ts";
import { esThemeWork } from "./theme-work/es.ts";
import { frThemeWork } from "./theme-work/fr.ts";
import { ptThemeWork } from "./theme-work/pt.ts";

/** The languages the public pages are written in, each named in itself. */
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
  { code: "fr", name: "Français" },
  { code: "pt", name: "Português" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

const STORAGE_KEY = "localledger.language";

function isLanguage(code: string | null | undefined): code is Language {
  return LANGUAGES.some((l) => l.code === code);
}

/** The reader's language: the one they chose, else the browser's first supported one, else English. */
export function preferredLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return "en";
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Switches the language, remembers it and updates <html lang>. */
export async function changeLanguage(code: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, code);
  await i18next.changeLanguage(code);
}

i18next.on("languageChanged", (code) => {
  if (typeof document !== "undefined") document.documentElement.lang = code;
});

/** Initialises i18next once (resources are bundled: no network request). */
export function initI18n(language: Language = preferredLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: {
        // The network pages' and theme work pages' messages are their own namespaces ("members", "themeWork"),
        // which keeps the key types small.
        en: { translation: en, members: enMembers.members, themeWork: enThemeWork.themeWork },
        es: { translation: es, members: esMembers.members, themeWork: esThemeWork.themeWork },
        fr: { translation: fr, members: frMembers.members, themeWork: frThemeWork.themeWork },
        pt: { translation: pt, members: ptMembers.members, themeWork: ptThemeWork.themeWork },
      },
      lng: language,
      fallbackLng: "en",
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }
  return i18next;
}
