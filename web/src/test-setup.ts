/** Unit-test setup: English messages, and a clean DOM after each test. */
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { initI18n } from "./i18n/i18n.ts";

initI18n("en");
afterEach(() => cleanup());
