/**
 * What a reader gets for an inventory: the working copy (the head, with the current version's checks and
 * answers) for those who may read the jurisdiction's unpublished work, else the latest published version.
 */

import type { InventoryLine } from "../../core/document.ts";
import type { ReportedTotals } from "../../core/reported-totals.ts";
import type { CalcResult } from "../../core/result.ts";
import type { ReviewCheck } from "../../core/review/review-checks.ts";
import type { InventoryRow } from "../../db/repositories/inventory.repository.ts";
import type { VersionRow } from "../../db/repositories/inventory-version.repository.ts";

/** An inventory as presented: the working copy or a published version. */
export interface InventoryView {
  visibility: "working" | "published";
  id: string;
  /** The head's optimistic-concurrency version (the ETag). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
  jurisdictionId: string;
  year: number;
  kind: string;
  /** "lines", or "reported-totals": totals only, no lines (`reportedTotals` holds them). */
  form: "lines" | "reported-totals";
  reportedTotals: ReportedTotals | null;
  boundary: string | null;
  gwp: string;
  population: number | null;
  status: string;
  /** The workflow version number shown (1, 2 …). */
  revision: number;
  publishedRevision: number | null;
  lines: InventoryLine[];
  result: CalcResult;
  contentHash: string | null;
  publishedAt: Date | null;
  /** The automated checks of the current version and the reporter's answers (working view only). */
  checks: ReviewCheck[] | null;
  answers: Record<string, string> | null;
}

/** The working view of a head, with its current version row when one exists. */
export function workingView(
  head: InventoryRow,
  current: VersionRow | undefined,
  reported: ReportedTotals | null = null,
): InventoryView {
  return {
    visibility: "working",
    id: head.id,
    version: head.version,
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
    createdBy: head.createdBy,
    updatedBy: head.updatedBy,
    jurisdictionId: head.jurisdictionId,
    year: head.year,
    kind: head.kind,
    form: head.form === "reported-totals" ? "reported-totals" : "lines",
    reportedTotals: reported,
    boundary: head.boundary,
    gwp: head.gwp,
    population: head.population,
    status: head.status,
    revision: head.revision,
    publishedRevision: head.publishedRevision,
    lines: head.lines,
    result: head.result,
    contentHash: current?.contentHash ?? null,
    publishedAt: current?.publishedAt ?? null,
    checks: current?.checks ?? null,
    answers: current?.answers ?? null,
  };
}

/** The public view of a published version. */
export function publishedView(
  v: VersionRow,
  head: { version: number; createdAt: Date; createdBy: string },
  reported: ReportedTotals | null = null,
): InventoryView {
  return {
    visibility: "published",
    id: v.inventoryId,
    version: head.version,
    createdAt: head.createdAt,
    updatedAt: v.publishedAt ?? v.createdAt,
    createdBy: head.createdBy,
    updatedBy: v.publishedBy ?? v.createdBy,
    jurisdictionId: v.jurisdictionId,
    year: v.year,
    kind: v.kind,
    form: v.form === "reported-totals" ? "reported-totals" : "lines",
    reportedTotals: reported,
    boundary: v.boundary,
    gwp: v.gwp,
    population: v.population,
    status: v.status,
    revision: v.number,
    publishedRevision: v.number,
    lines: v.lines,
    result: v.result,
    contentHash: v.contentHash,
    publishedAt: v.publishedAt,
    checks: null,
    answers: null,
  };
}
