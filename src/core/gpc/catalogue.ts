/**
 * The GPC 1.1 catalogue: every sector, sub-sector and reporting row with its scope and the totals it belongs to.
 * Source: GHG Protocol for Cities (GPC) v1.1, Table 3.3/4.1; machine-readable copy in CityCatalyst's
 * `gpc_seeder/GPC_1.1_schema.csv` (its `I.63` typo is `I.6.3` here).
 */

/** A GPC emission scope; "other" is the GPC's "other scope 3" (VI.1), reported in no total. */
export type Scope = 1 | 2 | 3;

/** Which GPC reporting level a row belongs to (GPC Table 3.3). */
export type ReportingLevel = "basic" | "basic+" | "territorial" | "other";

/** IPCC 2006 source category that decides which default CH4/N2O factors apply to fuel combustion in a row. */
export type CombustionCategory =
  | "energy-industries" // 1.A.1, IPCC 2006 Vol. 2 Table 2.2
  | "manufacturing" // 1.A.2, Table 2.3
  | "commercial" // 1.A.4.a, Table 2.4
  | "residential" // 1.A.4.b and 1.A.4.c, Table 2.5 (residential; agriculture, forestry, fishing)
  | "road" // 1.A.3.b, Tables 3.2.1 and 3.2.2
  | "off-road" // 1.A.3.e / 1.A.4.c.ii, Table 3.3.1
  | "railways" // 1.A.3.c, Table 3.4.1
  | "navigation" // 1.A.3.d, Tables 3.5.2 and 3.5.3
  | "aviation"; // 1.A.3.a, Tables 3.6.4 and 3.6.5

export interface GpcSector {
  readonly ref: string;
  readonly name: string;
}

export interface GpcSubsector {
  readonly ref: string;
  readonly sector: string;
  readonly name: string;
}

/** One reporting row of the GPC (the unit of an inventory line). */
export interface GpcRow {
  /** Position in `GPC_ROWS` (the standard's order). */
  readonly index: number;
  readonly ref: string;
  readonly sector: string;
  readonly subsector: string;
  readonly name: string;
  readonly scope: Scope;
  readonly level: ReportingLevel;
  /** In the BASIC total (GPC §3.3). */
  readonly basic: boolean;
  /** In the BASIC+ total (BASIC plus I.x.3, II.x.3, IV and V). */
  readonly basicPlus: boolean;
  /** In the territorial (scope 1) total: every scope-1 row, including I.4.4 and III.x.3. */
  readonly territorial: boolean;
  /** Fuel combustion happens in this row, so IPCC default fuel factors may be used; null where they may not. */
  readonly combustion: CombustionCategory | null;
  /** AR6: fugitive emissions from fossil fuel systems take the fossil CH4 GWP (I.7, I.8). */
  readonly fossilMethane: boolean;
  /** Net emissions may be negative (removals by land, V.2). */
  readonly allowsRemovals: boolean;
}

export const SECTORS: readonly GpcSector[] = [
  { ref: "I", name: "Stationary energy" },
  { ref: "II", name: "Transportation" },
  { ref: "III", name: "Waste" },
  { ref: "IV", name: "Industrial processes and product use (IPPU)" },
  { ref: "V", name: "Agriculture, forestry and other land use (AFOLU)" },
  { ref: "VI", name: "Other scope 3" },
];

export const SUBSECTORS: readonly GpcSubsector[] = [
  { ref: "I.1", sector: "I", name: "Residential buildings" },
  { ref: "I.2", sector: "I", name: "Commercial and institutional buildings and facilities" },
  { ref: "I.3", sector: "I", name: "Manufacturing industries and construction" },
  { ref: "I.4", sector: "I", name: "Energy industries" },
  { ref: "I.5", sector: "I", name: "Agriculture, forestry and fishing activities" },
  { ref: "I.6", sector: "I", name: "Non-specified sources" },
  {
    ref: "I.7",
    sector: "I",
    name: "Fugitive emissions from mining, processing, storage and transportation of coal",
  },
  { ref: "I.8", sector: "I", name: "Fugitive emissions from oil and natural gas systems" },
  { ref: "II.1", sector: "II", name: "On-road transportation" },
  { ref: "II.2", sector: "II", name: "Railways" },
  { ref: "II.3", sector: "II", name: "Waterborne navigation" },
  { ref: "II.4", sector: "II", name: "Aviation" },
  { ref: "II.5", sector: "II", name: "Off-road transportation" },
  { ref: "III.1", sector: "III", name: "Solid waste disposal" },
  { ref: "III.2", sector: "III", name: "Biological treatment of waste" },
  { ref: "III.3", sector: "III", name: "Incineration and open burning" },
  { ref: "III.4", sector: "III", name: "Wastewater treatment and discharge" },
  { ref: "IV.1", sector: "IV", name: "Industrial processes" },
  { ref: "IV.2", sector: "IV", name: "Product use" },
  { ref: "V.1", sector: "V", name: "Livestock" },
  { ref: "V.2", sector: "V", name: "Land" },
  { ref: "V.3", sector: "V", name: "Aggregate sources and non-CO2 emission sources on land" },
  { ref: "VI.1", sector: "VI", name: "Other scope 3" },
];

const STATIONARY_COMBUSTION: Record<string, CombustionCategory> = {
  "I.1": "residential",
  "I.2": "commercial",
  "I.3": "manufacturing",
  "I.4": "energy-industries",
  "I.5": "residential",
  // IPCC 1.A.5 "non-specified" has no table of its own; Table 2.4 (commercial/institutional) is applied, as in the
  // IPCC EFDB extract used by CityCatalyst (e.g. gas/diesel oil CH4 10 kg/TJ in I.6.1).
  "I.6": "commercial",
};

const TRANSPORT_COMBUSTION: Record<string, CombustionCategory> = {
  "II.1": "road",
  "II.2": "railways",
  "II.3": "navigation",
  "II.4": "aviation",
  "II.5": "off-road",
};

function row(
  ref: string,
  name: string,
  scope: Scope,
  level: ReportingLevel,
  combustion: CombustionCategory | null = null,
): GpcRow {
  const parts = ref.split(".");
  const sector = parts[0] ?? ref;
  const subsector = parts.length >= 2 ? `${parts[0]}.${parts[1]}` : ref;
  const basic = level === "basic";
  return {
    index: -1,
    ref,
    sector,
    subsector,
    name,
    scope,
    level,
    basic,
    basicPlus: basic || level === "basic+",
    territorial: scope === 1,
    combustion,
    fossilMethane: subsector === "I.7" || subsector === "I.8",
    allowsRemovals: subsector === "V.2",
  };
}

function buildRows(): GpcRow[] {
  const rows: GpcRow[] = [];
  for (const sub of ["I.1", "I.2", "I.3", "I.5", "I.6"]) {
    const cat = STATIONARY_COMBUSTION[sub] ?? null;
    rows.push(row(`${sub}.1`, "Fuel combustion within the city boundary", 1, "basic", cat));
    rows.push(row(`${sub}.2`, "Grid-supplied energy consumed within the city boundary", 2, "basic"));
    rows.push(row(`${sub}.3`, "Transmission and distribution losses from grid-supplied energy", 3, "basic+"));
  }
  rows.push(
    row(
      "I.4.1",
      "Energy used in power plant auxiliary operations within the boundary",
      1,
      "basic",
      "energy-industries",
    ),
  );
  rows.push(row("I.4.2", "Grid-supplied energy consumed in power plant auxiliary operations", 2, "basic"));
  rows.push(
    row(
      "I.4.3",
      "T&D losses from grid-supplied energy used in power plant auxiliary operations",
      3,
      "basic+",
    ),
  );
  rows.push(row("I.4.4", "Energy generation supplied to the grid", 1, "territorial", "energy-industries"));
  rows.push(row("I.7.1", "Fugitive emissions within the city boundary", 1, "basic"));
  rows.push(row("I.8.1", "Fugitive emissions within the city boundary", 1, "basic"));
  for (const sub of ["II.1", "II.2", "II.3", "II.4"]) {
    const cat = TRANSPORT_COMBUSTION[sub] ?? null;
    rows.push(row(`${sub}.1`, "Fuel combustion within the city boundary", 1, "basic", cat));
    rows.push(row(`${sub}.2`, "Grid-supplied energy consumed within the city boundary", 2, "basic"));
    rows.push(row(`${sub}.3`, "Out-of-boundary part of transboundary journeys and T&D losses", 3, "basic+"));
  }
  rows.push(row("II.5.1", "Fuel combustion within the city boundary", 1, "basic", "off-road"));
  rows.push(row("II.5.2", "Grid-supplied energy consumed within the city boundary", 2, "basic"));
  for (const sub of ["III.1", "III.2", "III.3", "III.4"]) {
    rows.push(row(`${sub}.1`, "Generated and treated within the city boundary", 1, "basic"));
    rows.push(row(`${sub}.2`, "Generated within the city boundary, treated outside", 3, "basic"));
    rows.push(row(`${sub}.3`, "Generated outside the city boundary, treated within", 1, "territorial"));
  }
  rows.push(row("IV.1", "Industrial processes within the city boundary", 1, "basic+"));
  rows.push(row("IV.2", "Product use within the city boundary", 1, "basic+"));
  rows.push(row("V.1", "Livestock within the city boundary", 1, "basic+"));
  rows.push(row("V.2", "Land within the city boundary", 1, "basic+"));
  rows.push(row("V.3", "Aggregate sources and non-CO2 emission sources on land", 1, "basic+"));
  rows.push({ ...row("VI.1", "Other scope 3", 3, "other"), territorial: false });
  return rows.sort((a, b) => compareRefs(a.ref, b.ref)).map((r, index) => ({ ...r, index }));
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/** The sector number of a reference's first part (`II` → 2); anything else sorts last. */
function roman(part: string | undefined): number {
  return part !== undefined && Object.hasOwn(ROMAN, part) ? (ROMAN[part] as number) : 99;
}

/** Orders GPC reference numbers as the standard lists them (I.2.1 before I.10.1, II after I). */
export function compareRefs(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = i === 0 ? roman(pa[0]) : Number(pa[i] ?? -1);
    const y = i === 0 ? roman(pb[0]) : Number(pb[i] ?? -1);
    if (x !== y) return x - y;
  }
  return 0;
}

/** Every GPC 1.1 reporting row, in the standard's order. */
export const GPC_ROWS: readonly GpcRow[] = buildRows();

const BY_REF = new Map(GPC_ROWS.map((r) => [r.ref, r]));
const SUBSECTOR_BY_REF = new Map(SUBSECTORS.map((s) => [s.ref, s]));
const SECTOR_BY_REF = new Map(SECTORS.map((s) => [s.ref, s]));

/** The row with this reference number, or undefined. */
export function gpcRow(ref: string): GpcRow | undefined {
  return BY_REF.get(ref);
}

/** The sub-sector with this reference number, or undefined. */
export function gpcSubsector(ref: string): GpcSubsector | undefined {
  return SUBSECTOR_BY_REF.get(ref);
}

/** The sector with this reference number, or undefined. */
export function gpcSector(ref: string): GpcSector | undefined {
  return SECTOR_BY_REF.get(ref);
}

/** The rows that a complete BASIC inventory must report or mark with a notation key. */
export const BASIC_ROWS: readonly GpcRow[] = GPC_ROWS.filter((r) => r.basic);
