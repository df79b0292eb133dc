/** Types i18next's keys from the English messages, so a wrong key is a compile error. */
import "i18next";
import type { Messages } from "./en.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
