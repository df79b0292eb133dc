/**
 * Writes one unit of an import: resolves its jurisdiction, checks access to it, plans (calculates) its
 * inventory or checks its targets, and hands them to the writers. Returns why the unit failed, if it did;
 * its problems are added to the report with their file lines.
 */

import type { Db } from "../../db/database.ts";
import type { ImportReport } from "../../io/import-report.ts";
import { can } from "../../policies/policy.ts";
import { type BlockingIssue, DomainError } from "../errors.ts";
import type { Actor } from "../service-helpers.ts";
import { type ActionWriter, actionUnitProblems } from "./action-writer.ts";
import type { CountedKind, ImportUnit, KindCounts } from "./import-types.ts";
import { type InventoryPlan, type InventoryWriter, planInventory } from "./inventory-writer.ts";
import type { JurisdictionResolver } from "./jurisdiction-resolver.ts";
import { addProblem } from "./report-problems.ts";
import { type TargetWriter, targetUnitProblems } from "./target-writer.ts";
import type { WriteBuffer } from "./write-buffer.ts";

/** What writing a unit needs. */
export interface UnitContext {
  actor: Actor;
  /** Whether each jurisdiction must be one the actor reports for (single-inventory formats). */
  scoped: boolean;
  report: ImportReport;
  resolver: JurisdictionResolver;
  inventories: InventoryWriter;
  targets: TargetWriter;
  actions: ActionWriter;
  /** Jurisdictions a unit wrote to (every write is audited): the import refreshes their summaries. */
  touched: Set<string>;
  counts: Record<CountedKind, KindCounts>;
}

/** The counted kind of a unit's payload. */
export function kindOf(unit: ImportUnit): CountedKind {
  const k = unit.payload.kind;
  return k === "inventory"
    ? "inventories"
    : k === "reported-totals"
      ? "reportedTotals"
      : k === "targets"
        ? "targets"
        : k === "actions"
          ? "actions"
          : "jurisdictions";
}

function tonnesDiffer(a: number, b: number): boolean {
  return Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Writes `unit`; returns the reason it failed (its problems are in the report), or undefined. */
export async function writeUnit(
  tx: Db,
  unit: ImportUnit,
  ctx: UnitContext,
  out: WriteBuffer,
): Promise<string | undefined> {
  const audited = out.audit.length;
  let jurisdictionId: string | undefined;
  const why = await write(tx, unit, ctx, out, (id) => {
    jurisdictionId = id;
  });
  if (jurisdictionId !== undefined && out.audit.length > audited) ctx.touched.add(jurisdictionId);
  return why;
}

async function write(
  tx: Db,
  unit: ImportUnit,
  ctx: UnitContext,
  out: WriteBuffer,
  resolvedTo: (jurisdictionId: string) => void,
): Promise<string | undefined> {
  const first = unit.lines[0] ?? null;
  if (unit.payload.kind === "targets") {
    const problems = targetUnitProblems(unit.payload.targets);
    for (const p of problems) addProblem(ctx.report, "error", "invalid_target", p.message, p.line);
    if (problems.length > 0) return problems[0]?.message;
  }
  if (unit.payload.kind === "actions") {
    const problems = actionUnitProblems(unit.payload.actions);
    for (const p of problems) addProblem(ctx.report, "error", "invalid_action", p, first);
    if (problems.length > 0) return problems[0];
  }
  const resolved = await ctx.resolver.resolve(tx, unit.jurisdiction, out);
  if ("problem" in resolved) {
    addProblem(ctx.report, "error", resolved.problem.code, resolved.problem.message, first);
    return resolved.problem.message;
  }
  if (resolved.created) ctx.inventories.created(resolved.id);
  resolvedTo(resolved.id);
  if (ctx.scoped && !can(ctx.actor, "record.write", resolved.id))
    throw new DomainError("forbidden", `you do not report for ${unit.label}`, {
      jurisdictionId: resolved.id,
    });
  const p = unit.payload;
  if (p.kind === "targets") {
    await ctx.targets.write(tx, resolved.id, p.targets, out, ctx.counts.targets);
    return undefined;
  }
  if (p.kind === "actions") {
    await ctx.actions.write(tx, resolved.id, p.actions, out, ctx.counts.actions);
    return undefined;
  }
  let plan: InventoryPlan | undefined;
  try {
    plan = planInventory(unit, resolved.id);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "invalid_inventory") throw error;
    for (const issue of error.details as BlockingIssue[]) {
      const line = issue.line === null ? first : (unit.lines[issue.line - 1] ?? first);
      addProblem(ctx.report, "error", issue.code, `${issue.gpc ?? ""} ${issue.message}`.trim(), line);
    }
    return `${unit.label} cannot be calculated`;
  }
  if (!plan) return undefined;
  const mismatch = (unit.fileTotals ?? []).findIndex((t, i) => {
    const co2e = plan?.result.lines[i]?.co2e;
    return t !== null && co2e !== null && co2e !== undefined && tonnesDiffer(co2e, t);
  });
  if (mismatch >= 0) {
    const message = `line calculates to ${plan.result.lines[mismatch]?.co2e} t CO2e, the file's total is ${unit.fileTotals?.[mismatch]}`;
    addProblem(
      ctx.report,
      "error",
      "total_mismatch",
      message,
      unit.lines[mismatch] ?? first,
      "Total Emissions",
    );
    return message;
  }
  const counts = ctx.counts[kindOf(unit)];
  const skipped = await ctx.inventories.write(tx, plan, out, counts);
  if (skipped) addProblem(ctx.report, "warning", "not_imported", `${unit.label}: ${skipped}`, first);
  return undefined;
}
