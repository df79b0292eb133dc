/**
 * The GPC calculation engine: an inventory document in, GPC totals, breakdowns, per-line results and quality
 * issues out. Pure and deterministic. A line that cannot be calculated keeps `co2e: null`, is counted in no total
 * and has at least one error issue that names it.
 */
import { BIOGENIC_CO2, CO2E, type InventoryDocument, type InventoryLine, type Quantity } from "./document.ts";
import { type Fuel, findFuel } from "./fuels.ts";
import { findGas, type Gas, type GwpSet, gwpOf } from "./gases.ts";
import { GPC_ROWS, type GpcRow, gpcRow } from "./gpc/catalogue.ts";
import { LineContext } from "./line-context.ts";
import { checkDocument, checkLineMetadata, checkNotationKey } from "./quality.ts";
import type { CalcResult, Issue, LineResult, Totals } from "./result.ts";
import { findUnit, parseRate, type RateUnit, type Unit } from "./units.ts";

export interface CalcOptions {
  /** Overrides the document's GWP set (switching AR recalculates every CO2e figure). */
  gwp?: GwpSet;
}

const KG_PER_T = 1000;
const TJ = findUnit("TJ") as Unit;
const CH4 = findGas("CH4") as Gas;
const N2O = findGas("N2O") as Gas;

/** A gas resolved for one GWP set and row: its id and its GWP (AR6 fossil CH4 chosen per row). */
interface GasTerm {
  id: string;
  gwp: number;
}

function describe(q: unknown): string {
  return JSON.stringify(q) ?? String(q);
}

/** Checks a quantity's value; returns it if usable, else reports and returns undefined. */
function readValue(
  ctx: LineContext,
  q: Quantity,
  group: string,
  key: string,
  allowNegative: boolean,
): number | undefined {
  const v: unknown = q.value;
  if (typeof v !== "number") {
    ctx.report("invalid_value", "error", `${group}${key}.value must be a number, got ${describe(v)}`);
    return undefined;
  }
  if (!Number.isFinite(v)) {
    ctx.report("non_finite_value", "error", `${group}${key}.value must be a finite number, got ${v}`);
    return undefined;
  }
  if (v < 0 && !allowNegative) {
    ctx.report(
      "negative_value",
      "error",
      `${group}${key}.value is negative (${v}); only GPC V.2 (land) may report removals`,
    );
    return undefined;
  }
  return v;
}

function isQuantity(q: unknown): q is Quantity {
  return typeof q === "object" && q !== null && "value" in q && "unit" in q && typeof q.unit === "string";
}

function readQuantityShape(ctx: LineContext, q: unknown, group: string, key: string): q is Quantity {
  if (isQuantity(q)) return true;
  ctx.report(
    "invalid_value",
    "error",
    `${group}${key} must be {"value": number, "unit": string}, got ${describe(q)}`,
  );
  return false;
}

function resolveGas(
  ctx: LineContext,
  key: string,
  set: GwpSet,
  row: GpcRow,
): GasTerm | "biogenic" | undefined {
  if (key === BIOGENIC_CO2) return "biogenic";
  if (key === CO2E) return { id: CO2E, gwp: 1 };
  const gas = findGas(key);
  if (!gas) {
    ctx.report(
      "unknown_gas",
      "error",
      `unknown gas "${key}"; use CO2, CH4, N2O, an HFC or PFC name, SF6, NF3, CO2b or CO2e`,
    );
    return undefined;
  }
  return { id: gas.id, gwp: gwpOf(gas, set, row.fossilMethane) };
}

/**
 * The gases of the line being calculated: tonnes per gas id (CO2e for CO2-equivalent-only amounts), their CO2e
 * and biogenic CO2. One instance is reused across lines to keep the hot path free of allocations.
 */
class LineAmounts {
  gases: Record<string, number> = {};
  co2e = 0;
  biogenic = 0;

  reset(): void {
    this.gases = {};
    this.co2e = 0;
    this.biogenic = 0;
  }

  add(id: string, tonnes: number, gwp: number): void {
    this.gases[id] = (this.gases[id] ?? 0) + tonnes;
    this.co2e += tonnes * gwp;
  }
}

/**
 * Expresses an activity amount in units of `target` (the factor's denominator), using the fuel's density and NCV
 * when the dimensions differ (volume → mass via density; mass → energy via NCV). Ratios of unit sizes are taken
 * before multiplying so that equal units convert exactly.
 */
function activityIn(
  ctx: LineContext,
  value: number,
  unit: Unit,
  target: Unit,
  fuel: Fuel | undefined,
  factorUnit: string,
): number | undefined {
  if (unit === target) return value;
  if (unit.dimension === target.dimension) return value * (unit.toBase / target.toBase);
  const fail = () => {
    const via = fuel
      ? ` for ${fuel.name}`
      : " (name a fuel to convert through its calorific value and density)";
    ctx.report(
      "incompatible_units",
      "error",
      `activity unit "${unit.id}" (${unit.dimension}) is incompatible with factor unit "${factorUnit}" (per ${target.dimension})${via}`,
    );
    return undefined;
  };
  if (!fuel) return fail();
  let kg: number | undefined;
  if (unit.dimension === "mass") kg = value * unit.toBase;
  else if (unit.dimension === "volume" && fuel.density !== null) {
    kg = value * unit.toBase * fuel.density;
    ctx.report(
      "default_density_used",
      "info",
      `volume converted to mass with the default density of ${fuel.name} (${fuel.density} kg/m3)`,
    );
  }
  if (kg === undefined) return fail();
  if (target.dimension === "mass") return kg / target.toBase;
  // NCV in TJ/Gg equals MJ/kg: kg × MJ/kg = MJ = 1e6 J.
  if (target.dimension === "energy") return (kg * fuel.ncv * 1e6) / target.toBase;
  return fail();
}

function unitOf(ctx: LineContext, q: Quantity, group: string, key: string): Unit | undefined {
  const unit = findUnit(q.unit);
  if (!unit) ctx.report("unknown_unit", "error", `${group}${key}.unit "${q.unit}" is not a known unit`);
  return unit;
}

function calcDirectEmissions(
  ctx: LineContext,
  emissions: Record<string, Quantity>,
  set: GwpSet,
  row: GpcRow,
  acc: LineAmounts,
): void {
  for (const key in emissions) {
    const q = emissions[key];
    if (!readQuantityShape(ctx, q, "emissions.", key)) continue;
    const gas = resolveGas(ctx, key, set, row);
    const value = readValue(ctx, q, "emissions.", key, row.allowsRemovals);
    const unit = unitOf(ctx, q, "emissions.", key);
    if (gas === undefined || value === undefined || !unit) continue;
    if (unit.dimension !== "mass") {
      ctx.report(
        "incompatible_units",
        "error",
        `emissions.${key}.unit "${q.unit}" is a ${unit.dimension}, emissions need a mass`,
      );
      continue;
    }
    const tonnes = (value * unit.toBase) / KG_PER_T;
    if (gas === "biogenic") acc.biogenic += tonnes;
    else {
      acc.add(gas.id, tonnes, gas.gwp);
    }
  }
}

function calcExplicitFactors(
  ctx: LineContext,
  unit: Unit,
  value: number,
  factors: Record<string, Quantity>,
  fuel: Fuel | undefined,
  set: GwpSet,
  row: GpcRow,
  acc: LineAmounts,
): void {
  for (const key in factors) {
    const q = factors[key];
    if (!readQuantityShape(ctx, q, "factors.", key)) continue;
    const gas = resolveGas(ctx, key, set, row);
    const factor = readValue(ctx, q, "factors.", key, false);
    const rate: RateUnit | undefined = parseRate(q.unit);
    if (!rate) {
      ctx.report(
        "unknown_unit",
        "error",
        `factors.${key}.unit "${q.unit}" is not a mass per unit (e.g. kg/TJ, t/MWh, kg/m3)`,
      );
      continue;
    }
    if (gas === undefined || factor === undefined) continue;
    if (factor === 0) ctx.report("zero_factor", "warning", `factors.${key} is 0`);
    const amount = activityIn(ctx, value, unit, rate.denominator, fuel, q.unit);
    if (amount === undefined) continue;
    const tonnes = (amount * factor * rate.numerator.toBase) / KG_PER_T;
    if (gas === "biogenic") acc.biogenic += tonnes;
    else {
      acc.add(gas.id, tonnes, gas.gwp);
    }
  }
}

function calcNamedFuel(
  ctx: LineContext,
  fuel: Fuel,
  unit: Unit,
  value: number,
  set: GwpSet,
  row: GpcRow,
  acc: LineAmounts,
): void {
  const category = row.combustion;
  if (category === null) {
    ctx.report(
      "line_kind_mismatch",
      "error",
      `default fuel factors apply to fuel combustion rows only; ${row.ref} needs explicit factors or emissions`,
    );
    return;
  }
  const nonCo2 = fuel.nonCo2[category];
  if (!nonCo2) {
    ctx.report(
      "no_default_factor",
      "error",
      `IPCC 2006 has no default factor for ${fuel.name} in ${category} combustion (${row.ref}); give explicit factors`,
    );
    return;
  }
  const tj = activityIn(ctx, value, unit, TJ, fuel, "kg/TJ");
  if (tj === undefined) return;
  const co2 = (tj * fuel.co2) / KG_PER_T;
  acc.add("CH4", (tj * nonCo2.CH4) / KG_PER_T, gwpOf(CH4, set, row.fossilMethane));
  acc.add("N2O", (tj * nonCo2.N2O) / KG_PER_T, gwpOf(N2O, set, row.fossilMethane));
  if (fuel.biogenic) acc.biogenic += co2;
  else acc.add("CO2", co2, 1);
}

function calcActivity(
  ctx: LineContext,
  line: InventoryLine,
  set: GwpSet,
  row: GpcRow,
  acc: LineAmounts,
): void {
  const activity = line.activity;
  if (activity === undefined) {
    ctx.report("missing_factor", "error", "a line with a fuel needs an activity amount");
    return;
  }
  if (!readQuantityShape(ctx, activity, "", "activity")) return;
  let fuel: Fuel | undefined;
  if (line.fuel !== undefined) {
    fuel = typeof line.fuel === "string" ? findFuel(line.fuel) : undefined;
    if (!fuel) {
      ctx.report("unknown_fuel", "error", `unknown fuel ${describe(line.fuel)}`);
      return;
    }
  }
  const value = readValue(ctx, activity, "", "activity", false);
  const unit = unitOf(ctx, activity, "", "activity");
  if (value === undefined || !unit) return;
  if (value === 0)
    ctx.report(
      "zero_activity",
      "warning",
      "activity is 0; if the source does not occur, use notation key NO",
    );
  const factors = line.factors;
  if (factors !== undefined) {
    const shape = gasKeysShape(factors);
    if (shape === "empty") {
      ctx.report("missing_factor", "error", 'factors must name at least one gas, e.g. {"CO2": {...}}');
      return;
    }
    if (shape === "mixed") {
      ctx.report(
        "co2e_with_gases",
        "error",
        "factors give both CO2e and single gases; that would count twice",
      );
      return;
    }
    calcExplicitFactors(ctx, unit, value, factors, fuel, set, row, acc);
  } else if (fuel) {
    calcNamedFuel(ctx, fuel, unit, value, set, row, acc);
  } else {
    ctx.report("missing_factor", "error", "activity needs a named fuel or explicit factors");
  }
}

const NO_GASES: Record<string, number> = Object.freeze({}) as Record<string, number>;

/** Whether a per-gas record is empty (or not an object), mixes CO2e with single gases, or is fine. */
function gasKeysShape(record: unknown): "empty" | "mixed" | "ok" {
  if (typeof record !== "object" || record === null) return "empty";
  let count = 0;
  let co2e = false;
  let single = false;
  for (const key in record) {
    count++;
    if (key === CO2E) co2e = true;
    else if (key !== BIOGENIC_CO2) single = true;
  }
  if (count === 0) return "empty";
  return co2e && single ? "mixed" : "ok";
}

/** The kinds a line claims to be: activity, emissions, notation key (a valid line is exactly one). */
function lineKinds(line: InventoryLine): string {
  const activity = line.activity !== undefined || line.fuel !== undefined || line.factors !== undefined;
  const emissions = line.emissions !== undefined;
  const key = line.notationKey !== undefined && line.notationKey !== null;
  if (activity && !emissions && !key) return "activity";
  if (emissions && !activity && !key) return "emissions";
  if (key && !activity && !emissions) return "notationKey";
  const kinds = [activity && "activity", emissions && "emissions", key && "notationKey"].filter(Boolean);
  return kinds.length === 0 ? "" : kinds.join(" and ");
}

function emptyTotals(): Totals {
  return {
    basic: 0,
    basicPlus: 0,
    territorial: 0,
    scope1: 0,
    scope2: 0,
    scope3: 0,
    biogenicCO2: 0,
    perCapita: null,
  };
}

/**
 * Calculates one line into a new result (co2e null when it could not be calculated); returns its GPC row, or
 * undefined when the row is unknown.
 */
function calculateLine(
  line: InventoryLine,
  ctx: LineContext,
  set: GwpSet,
  acc: LineAmounts,
  out: LineResult[],
): GpcRow | undefined {
  const gpc = typeof line?.gpc === "string" ? line.gpc : String(line?.gpc);
  ctx.reset(out.length, gpc);
  const result: LineResult = { gpc, co2e: null, gases: NO_GASES };
  out.push(result);
  if (typeof line !== "object" || line === null) {
    ctx.report("empty_line", "error", "a line must be an object");
    return undefined;
  }
  const row = gpcRow(gpc);
  if (!row) {
    ctx.report(
      "unknown_gpc_row",
      "error",
      `"${gpc}" is not a GPC 1.1 reference number (e.g. I.1.1, II.1.2, IV.1)`,
    );
    return undefined;
  }
  if (line.dataQuality !== undefined) checkLineMetadata(ctx, line);
  const kind = lineKinds(line);
  if (kind === "") {
    ctx.report(
      "empty_line",
      "error",
      "a line needs activity (with a fuel or factors), emissions, or a notationKey",
    );
    return row;
  }
  if (kind === "notationKey") {
    checkNotationKey(ctx, line, row);
    result.notationKey = String(line.notationKey);
    return row;
  }
  if (kind !== "activity" && kind !== "emissions") {
    ctx.report("line_kind_conflict", "error", `a line is one kind; this one has ${kind}`);
    return row;
  }
  acc.reset();
  if (kind === "emissions") {
    const emissions = line.emissions;
    const shape = gasKeysShape(emissions);
    if (shape === "empty") {
      ctx.report("empty_line", "error", 'emissions must name at least one gas, e.g. {"CO2": {...}}');
      return row;
    }
    if (shape === "mixed") {
      ctx.report(
        "co2e_with_gases",
        "error",
        "emissions give both CO2e and single gases; that would count twice",
      );
      return row;
    }
    calcDirectEmissions(ctx, emissions as Record<string, Quantity>, set, row, acc);
  } else {
    calcActivity(ctx, line, set, row, acc);
  }
  if (ctx.failed) return row;
  // Finite amounts can still multiply past the largest number there is (1e308 TJ of diesel): no figure to count.
  if (!Number.isFinite(acc.co2e) || !Object.values(acc.gases).every(Number.isFinite)) {
    ctx.report(
      "non_finite_value",
      "error",
      `the line's emissions overflow (over ${Number.MAX_VALUE} t): check its values and units`,
    );
    return row;
  }
  result.gases = acc.gases;
  result.co2e = acc.co2e;
  if (acc.biogenic !== 0) result.biogenicCO2 = acc.biogenic;
  return row;
}

function add(record: Record<string, number>, key: string, value: number): void {
  record[key] = (record[key] ?? 0) + value;
}

/** Calculates an inventory document by GPC rules. Never throws on bad lines: they become issues. */
export function calculate(doc: InventoryDocument, options: CalcOptions = {}): CalcResult {
  const set: GwpSet = options.gwp ?? doc.gwp ?? "AR5";
  const issues: Issue[] = [];
  const totals = emptyTotals();
  const byRow = new Float64Array(GPC_ROWS.length);
  const seen = new Uint8Array(GPC_ROWS.length);
  const byGas: Record<string, number> = {};
  const lines: LineResult[] = [];
  const lineRows: Array<GpcRow | undefined> = [];
  const docLines = Array.isArray(doc.lines) ? doc.lines : [];
  const ctx = new LineContext(issues);
  const acc = new LineAmounts();
  for (let i = 0; i < docLines.length; i++) {
    const row = calculateLine(docLines[i] as InventoryLine, ctx, set, acc, lines);
    lineRows.push(row);
    if (row) seen[row.index] = 1;
    const result = lines[i] as LineResult;
    if (result.biogenicCO2 !== undefined) totals.biogenicCO2 += result.biogenicCO2;
    const co2e = result.co2e;
    if (co2e === null || !row) continue;
    byRow[row.index] = (byRow[row.index] as number) + co2e;
    if (row.level === "other") continue;
    const gases = result.gases;
    for (const id in gases) {
      const tonnes = gases[id] as number;
      const gas = id === CO2E ? undefined : findGas(id);
      byGas[id] = (byGas[id] ?? 0) + (gas ? tonnes * gwpOf(gas, set, row.fossilMethane) : tonnes);
    }
  }
  const bySector: Record<string, number> = {};
  const bySubsector: Record<string, number> = {};
  for (const row of GPC_ROWS) {
    const co2e = byRow[row.index] as number;
    if (!seen[row.index]) continue;
    add(bySector, row.sector, co2e);
    add(bySubsector, row.subsector, co2e);
    if (row.basic) totals.basic += co2e;
    if (row.basicPlus) totals.basicPlus += co2e;
    if (row.territorial) totals.territorial += co2e;
    if (row.level === "other") continue;
    if (row.scope === 1) totals.scope1 += co2e;
    else if (row.scope === 2) totals.scope2 += co2e;
    else totals.scope3 += co2e;
  }
  // Lines each finite can still add up past the largest number there is.
  const { basic, basicPlus, territorial, scope1, scope2, scope3, biogenicCO2 } = totals;
  const sums = [basic, basicPlus, territorial, scope1, scope2, scope3, biogenicCO2, ...Object.values(byGas)];
  if (!sums.every(Number.isFinite)) {
    issues.push({
      code: "non_finite_value",
      severity: "error",
      line: null,
      gpc: null,
      message: `the inventory's totals overflow (over ${Number.MAX_VALUE} t): check the largest values and units`,
    });
  }
  const population = checkDocument(doc, lineRows, issues);
  if (population !== undefined) {
    totals.perCapita = {
      basic: totals.basic / population,
      basicPlus: totals.basicPlus / population,
      territorial: totals.territorial / population,
    };
  }
  return { gwp: set, unit: "tCO2e", totals, bySector, bySubsector, byGas, lines, issues };
}
