/**
 * `verifyRecord`: proves the published record has not been altered. It walks the audit chain recomputing every
 * hash, checks the chain head, and for every published inventory version recalculates its results from its
 * stored lines (exact equality of canonical JSON), recomputes its content hash, and matches that hash against
 * the digest of the version's publish event in the chain; every published theme report likewise
 * (verify-theme-reports.ts). It reads one consistent snapshot.
 */
import { canonicalJson } from "../../core/record/canonical-json.ts";
import { chainHash, contentHashOfCanonical, GENESIS_HASH } from "../../core/record/hash.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import { BUILTIN_REGISTRY } from "../../core/themes/builtin.ts";
import type { ThemeRegistry } from "../../core/themes/registry.ts";
import type { Db } from "../../db/database.ts";
import { readAuditEvents, readAuditHead } from "../../db/repositories/audit.repository.ts";
import {
  readPublishedVersions,
  type VersionRow,
} from "../../db/repositories/inventory-version.repository.ts";
import { reportedTotalsOf } from "../../db/repositories/reported-totals.repository.ts";
import { hashedDocumentOf, recalculateVersion } from "../inventories/inventory-document.ts";
import { checkThemeReports, type ThemeReportsFinding } from "./verify-theme-reports.ts";

/** The first event where the chain breaks. */
export interface BrokenEvent {
  seq: number;
  reason: string;
}

/** A published version that no longer matches what was published. */
export interface AlteredVersion {
  inventoryId: string;
  versionId: string;
  version: number;
  /** What differs: `results`, `contentHash`, `publishEvent`. */
  differs: string[];
  detail: string;
}

/** What verify found. */
export interface VerifyReport {
  ok: boolean;
  /** One line naming the first problem, or null when the record is intact. */
  problem: string | null;
  chain: {
    ok: boolean;
    events: number;
    headSeq: number;
    headHash: string;
    firstBroken: BrokenEvent | null;
    durationMs: number;
  };
  versions: { ok: boolean; checked: number; altered: AlteredVersion[]; durationMs: number };
  themeReports: ThemeReportsFinding;
  durationMs: number;
}

const BATCH = 2000;
const VERSION_BATCH = 500;
/** At most this many altered versions are listed (all are counted in `ok`). */
const MAX_LISTED = 100;

/** The digest of each entity's last publish event, by entity id. */
interface PublishDigests {
  versions: Map<string, string>;
  themeReports: Map<string, string>;
}

/**
 * Verifies the audit chain, every published inventory version and every published theme report (its theme from
 * `themes`); never throws on a finding.
 */
export async function verifyRecord(db: Db, themes: ThemeRegistry = BUILTIN_REGISTRY): Promise<VerifyReport> {
  const started = performance.now();
  const report = await db.transaction(
    async (tx) => {
      const digests: PublishDigests = { versions: new Map(), themeReports: new Map() };
      const chain = await walkChain(tx, digests);
      const versions = await checkVersions(tx, digests.versions);
      const themeReports = await checkThemeReports(tx, digests.themeReports, themes);
      return { chain, versions, themeReports };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const { chain, versions, themeReports } = report;
  const firstAltered = versions.altered[0];
  const firstReport = themeReports.altered[0];
  const problem = chain.firstBroken
    ? `audit event ${chain.firstBroken.seq} is broken: ${chain.firstBroken.reason}`
    : firstAltered
      ? `inventory ${firstAltered.inventoryId} version ${firstAltered.version} was altered: ${firstAltered.detail}`
      : firstReport
        ? `theme report ${firstReport.reportId} (${firstReport.theme} ${firstReport.year}, jurisdiction ${firstReport.jurisdictionId}) was altered: ${firstReport.detail}`
        : null;
  return {
    ok: problem === null,
    problem,
    chain,
    versions,
    themeReports,
    durationMs: performance.now() - started,
  };
}

async function walkChain(tx: Db, digests: PublishDigests): Promise<VerifyReport["chain"]> {
  const started = performance.now();
  let prev = GENESIS_HASH;
  let expected = 1;
  let firstBroken: BrokenEvent | null = null;
  const breakAt = (seq: number, reason: string) => {
    firstBroken ??= { seq, reason };
  };
  for (;;) {
    const events = await readAuditEvents(tx, expected - 1, BATCH);
    for (const e of events) {
      if (e.seq !== expected) breakAt(expected, `event ${expected} is missing (the next is ${e.seq})`);
      else if (e.prevHash !== prev) breakAt(e.seq, "its prev_hash is not the previous event's hash");
      const recomputed = chainHash(prev, {
        seq: e.seq,
        at: e.at.toISOString(),
        actor: e.actor,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        digest: e.digest,
      });
      if (recomputed !== e.hash)
        breakAt(e.seq, "its hash does not match its contents (actor, entity, action or digest changed)");
      if (e.action === "publish") {
        if (e.entity === "inventory_version") digests.versions.set(e.entityId, e.digest);
        else if (e.entity === "theme_report") digests.themeReports.set(e.entityId, e.digest);
      }
      prev = e.hash;
      expected = e.seq + 1;
    }
    if (events.length < BATCH) break;
  }
  const last = expected - 1;
  const head = (await readAuditHead(tx)) ?? { seq: 0, hash: GENESIS_HASH };
  if (head.seq > last)
    breakAt(
      last + 1,
      `the chain ends at event ${last} but its head records ${head.seq}: events were deleted`,
    );
  else if (head.seq < last || head.hash !== prev)
    breakAt(last, "the chain head does not match the last event");
  return {
    ok: firstBroken === null,
    events: last,
    headSeq: head.seq,
    headHash: head.hash,
    firstBroken,
    durationMs: performance.now() - started,
  };
}

async function checkVersions(tx: Db, publishDigests: Map<string, string>): Promise<VerifyReport["versions"]> {
  const started = performance.now();
  const altered: AlteredVersion[] = [];
  let checked = 0;
  let failures = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await readPublishedVersions(tx, after, VERSION_BATCH);
    const totalsOnly = rows.filter((v) => v.form === "reported-totals").map((v) => v.inventoryId);
    const reported = await reportedTotalsOf(tx, totalsOnly);
    for (const v of rows) {
      checked += 1;
      const found = checkVersion(
        v,
        publishDigests.get(v.id),
        reported.get(`${v.inventoryId}:${v.number}`)?.record,
      );
      if (found) {
        failures += 1;
        if (altered.length < MAX_LISTED) altered.push(found);
      }
    }
    if (rows.length < VERSION_BATCH) break;
    after = rows[rows.length - 1]?.id ?? null;
  }
  return { ok: failures === 0, checked, altered, durationMs: performance.now() - started };
}

/** Checks one published version; undefined when it is intact. */
export function checkVersion(
  v: VersionRow,
  publishDigest: string | undefined,
  reported?: ReportedTotals,
): AlteredVersion | undefined {
  const differs: string[] = [];
  const details: string[] = [];
  const recalculated = recalculateVersion(v, reported);
  const stored = canonicalJson(v.result);
  if (canonicalJson(recalculated) !== stored) {
    differs.push("results");
    details.push(resultDifference(v, recalculated));
  }
  const hash = contentHashOfCanonical(canonicalJson(hashedDocumentOf(v, reported)), stored);
  if (hash !== v.contentHash) {
    differs.push("contentHash");
    details.push(
      `its stored content hash ${short(v.contentHash)} is not the hash of its document and results ${short(hash)}`,
    );
  }
  if (publishDigest === undefined) {
    differs.push("publishEvent");
    details.push("the audit chain has no publish event for it");
  } else if (publishDigest !== v.contentHash) {
    differs.push("publishEvent");
    details.push(
      `its content hash ${short(v.contentHash)} differs from the digest ${short(publishDigest)} published in the audit chain`,
    );
  }
  if (differs.length === 0) return undefined;
  return {
    inventoryId: v.inventoryId,
    versionId: v.id,
    version: v.number,
    differs,
    detail: details.join("; "),
  };
}

function short(hash: string | null): string {
  return hash === null ? "(none)" : hash.slice(0, 12);
}

function resultDifference(v: VersionRow, recalculated: ReturnType<typeof recalculateVersion>): string {
  for (let i = 0; i < Math.max(v.result.lines.length, recalculated.lines.length); i++) {
    const stored = v.result.lines[i];
    const fresh = recalculated.lines[i];
    if (canonicalJson(stored) !== canonicalJson(fresh)) {
      return `line ${i + 1} (${fresh?.gpc ?? stored?.gpc}) recalculates to ${fresh?.co2e ?? "nothing"} tCO2e but ${stored?.co2e ?? "nothing"} is stored`;
    }
  }
  return `its stored results (BASIC ${v.result.totals.basic} tCO2e) differ from a recalculation (BASIC ${recalculated.totals.basic} tCO2e)`;
}
