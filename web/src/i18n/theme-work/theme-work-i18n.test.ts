import { describeTranslations } from "../translation-parity.ts";
import { enThemeWork } from "./en.ts";
import { esThemeWork } from "./es.ts";
import { frThemeWork } from "./fr.ts";
import { ptThemeWork } from "./pt.ts";

describeTranslations("theme work", enThemeWork, [
  ["es", esThemeWork],
  ["fr", frThemeWork],
  ["pt", ptThemeWork],
]);
