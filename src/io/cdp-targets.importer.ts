/** Imports CDP's 2021 emission reduction targets file into target records, with an import report. */

import { CDP_NO_TARGET, CDP_TARGET_TYPES, targetScope, targetSectors } from "./cdp-target-mapping.ts";
import { columnIndex, RowCells } from "./cells.ts";
import { csvRows, type FileSource, type StreamOptions, sourceName } from "./csv-stream.ts";
import { type ImportReport, ReportBuilder } from "./import-report.ts";
import type { TargetRecord } from "./records.ts";

/** The columns of the CDP 2021 targets file that are read. */
export const CDP_TARGET_COLUMNS = {
  account: "Account.Number",
  organization: "Organization",
  city: "City",
  type: "Type.of.target",
  sector: "Sector",
  baseYear: "Base.year",
  baseValue: "Base.year.emissions..metric.tonnes.CO2e.",
  reduction: "Percentage.reduction.target",
  targetYear: "Target.year",
  targetValue: "Target.year.absolute.emissions..metric.tonnes.CO2e.",
  intensityUnit: "Intensity.unit..Emissions.per.",
  baseIntensity: "Base.year.emissions.per.intensity.unit..metric.tonnes.CO2e.per.denominator.",
  bau: "Estimated.business.as.usual.absolute.emissions.in.target.year..metric.tonnes.CO2e.",
  achieved: "Percentage.of.target.achieved.so.far",
  description: "Target.description",
} as const;

/** What a CDP targets file gave. */
export interface CdpTargetsImport {
  targets: TargetRecord[];
  report: ImportReport;
}

/** Reads the CDP 2021 emission reduction targets CSV into target records with an import report. */
export async function importCdpTargets(
  source: FileSource,
  options: StreamOptions = {},
): Promise<CdpTargetsImport> {
  const file = sourceName(source);
  const report = new ReportBuilder(file);
  const out: CdpTargetsImport = { targets: [], report: report.report };
  const C = CDP_TARGET_COLUMNS;
  let index: Map<string, number> | null = null;
  for await (const { line, cells } of csvRows(source, report, options)) {
    if (!index) {
      const missing = Object.values(C).filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        report.fatal(
          "unknown_layout",
          `the header is not the CDP targets layout; it lacks: ${missing.join(", ")}`,
          {
            line,
          },
        );
        return out;
      }
      index = columnIndex(cells);
      continue;
    }
    const row = new RowCells(line, cells, index, report);
    row.flagUnknownAnswers();
    const at = (column: string) => ({ line, column });
    report.count("rows");
    const account = row.requireValue(C.account, row.num(C.account), "the CDP account number");
    const rawType = row.text(C.type);
    if (rawType === null) {
      report.warn("blank_cell", "the type of target is blank: no target recorded for this row", at(C.type));
      report.count("blankType");
      continue;
    }
    if (rawType === CDP_NO_TARGET) {
      report.count("noTarget");
      continue;
    }
    const type = Object.hasOwn(CDP_TARGET_TYPES, rawType) ? CDP_TARGET_TYPES[rawType] : undefined;
    if (!type) {
      report.error("unknown_target_type", `target type ${JSON.stringify(rawType)} is not known`, at(C.type));
      continue;
    }
    const sector = row.text(C.sector);
    const { sectors, note } = targetSectors(sector);
    const targetYear = row.requireValue(C.targetYear, row.year(C.targetYear), "the target year");
    const baseYear = row.year(C.baseYear);
    const reductionPercent = row.num(C.reduction);
    const target: TargetRecord = {
      cdpAccount: account,
      jurisdictionName: row.text(C.city) ?? row.text(C.organization) ?? "",
      type,
      scope: targetScope(sector),
      sectors,
      baseYear,
      baseValue: row.num(C.baseValue),
      baseIntensity:
        type === "base-year-intensity"
          ? { value: row.num(C.baseIntensity), unit: row.text(C.intensityUnit) }
          : null,
      targetYear,
      reductionPercent,
      targetValue: row.num(C.targetValue),
      bauValue: row.num(C.bau),
      achievedPercent: row.num(C.achieved),
      description: [row.text(C.description), note].filter((s) => s !== null).join(" — ") || null,
      provenance: { source: "cdp", file, line },
    };
    checkTarget(report, target, line);
    out.targets.push(target);
    report.count("targets");
    report.count(type);
  }
  return out;
}

function checkTarget(report: ReportBuilder, t: TargetRecord, line: number): void {
  const C = CDP_TARGET_COLUMNS;
  const lacks = (column: string, what: string) =>
    report.warn("incomplete_target", `a ${t.type} target without ${what}`, { line, column });
  if (t.reductionPercent !== null && (t.reductionPercent < 0 || t.reductionPercent > 100))
    report.warn("implausible_percent", `reduction of ${t.reductionPercent}% is outside 0–100`, {
      line,
      column: C.reduction,
    });
  if (t.baseYear !== null && t.targetYear !== null && t.baseYear > t.targetYear)
    report.warn("base_after_target", `base year ${t.baseYear} is after target year ${t.targetYear}`, {
      line,
      column: C.baseYear,
    });
  if (t.type === "base-year-absolute" || t.type === "base-year-intensity") {
    if (t.baseYear === null) lacks(C.baseYear, "a base year");
    if (t.reductionPercent === null) lacks(C.reduction, "a reduction percentage");
  }
  if (t.type === "base-year-absolute" && t.baseValue === null) lacks(C.baseValue, "base-year emissions");
  if (t.type === "base-year-intensity" && t.baseIntensity?.unit == null)
    lacks(C.intensityUnit, "an intensity unit");
  if (t.type === "fixed-level" && t.targetValue === null) lacks(C.targetValue, "the target-year emissions");
  if (t.type === "baseline-scenario" && t.bauValue === null) lacks(C.bau, "the business-as-usual emissions");
}
