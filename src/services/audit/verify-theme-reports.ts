/**
 * The theme report part of `verify`: every published theme report's indicators are recomputed from its values by
 * its theme's declaration, its content hash is recomputed from its canonical published content, and its
 * published state is matched against the digest of its last publish event in the audit chain.
 */
import { canonicalJson } from "../../core/record/canonical-json.ts";
import { digestOf } from "../../core/record/hash.ts";
import { evaluateThemeReport } from "../../core/themes/evaluate.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import type { Db } from "../../db/database.ts";
import {
  publishedThemeContent,
  readPublishedThemeReports,
  type ThemeReportRow,
} from "../../db/repositories/theme-report.repository.ts";
import { auditState } from "../scoped.service.ts";

/** A published theme report that no longer matches what was published. */
export interface AlteredThemeReport {
  reportId: string;
  jurisdictionId: string;
  theme: string;
  year: number;
  /** What differs: `indicators`, `contentHash`, `publishEvent`. */
  differs: string[];
  detail: string;
}

/** What verify found among published theme reports. */
export interface ThemeReportsFinding {
  ok: boolean;
  checked: number;
  altered: AlteredThemeReport[];
  durationMs: number;
}

const BATCH = 1000;
const MAX_LISTED = 100;

/** Checks every published theme report; `publishDigests` maps a report id to its last publish event's digest. */
export async function checkThemeReports(
  tx: Db,
  publishDigests: ReadonlyMap<string, string>,
  themes: ThemeRegistry,
): Promise<ThemeReportsFinding> {
  const started = performance.now();
  const altered: AlteredThemeReport[] = [];
  let checked = 0;
  let failures = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await readPublishedThemeReports(tx, after, BATCH);
    for (const row of rows) {
      checked += 1;
      const found = checkThemeReport(row, publishDigests.get(row.id), themes);
      if (found) {
        failures += 1;
        if (altered.length < MAX_LISTED) altered.push(found);
      }
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]?.id ?? null;
  }
  return { ok: failures === 0, checked, altered, durationMs: performance.now() - started };
}

/** Checks one published theme report; undefined when it is intact. */
export function checkThemeReport(
  row: ThemeReportRow,
  publishDigest: string | undefined,
  themes: ThemeRegistry,
): AlteredThemeReport | undefined {
  const differs: string[] = [];
  const details: string[] = [];
  const theme = themes.get(row.theme);
  if (!theme) {
    differs.push("indicators");
    details.push(`its theme ${row.theme} is not declared, so its indicators cannot be recomputed`);
  } else {
    const fresh = evaluateThemeReport(theme, row.values).indicators;
    const changed = Object.keys({ ...fresh, ...row.indicators }).filter(
      (id) => canonicalJson(fresh[id] ?? null) !== canonicalJson(row.indicators[id] ?? null),
    );
    if (changed.length > 0) {
      differs.push("indicators");
      const id = changed[0] as string;
      details.push(
        `indicator ${id} recomputes to ${fresh[id] ?? "nothing"} from its values but ${row.indicators[id] ?? "nothing"} is stored`,
      );
    }
  }
  const hash = digestOf(publishedThemeContent(row));
  if (hash !== row.contentHash) {
    differs.push("contentHash");
    details.push(
      `its stored content hash ${short(row.contentHash)} is not the hash of its values and indicators ${short(hash)}`,
    );
  }
  if (publishDigest === undefined) {
    differs.push("publishEvent");
    details.push("the audit chain has no publish event for it");
  } else if (publishDigest !== digestOf(auditState(row))) {
    differs.push("publishEvent");
    details.push(
      `its stored state differs from the state digested by its publish event in the audit chain (${short(publishDigest)})`,
    );
  }
  if (differs.length === 0) return undefined;
  return {
    reportId: row.id,
    jurisdictionId: row.jurisdictionId,
    theme: row.theme,
    year: row.year,
    differs,
    detail: details.join("; "),
  };
}

function short(hash: string | null): string {
  return hash === null ? "(none)" : hash.slice(0, 12);
}
