/**
 * The column layouts of CDP's city-wide emissions files (reporting years 2019, 2020 and 2021), recognised from
 * the header. Header names are compared after removing no-break and zero-width spaces, collapsing whitespace and
 * lower-casing (the 2019 file has stray U+00A0 and U+200B in its header).
 */

/** The fields LocalLedger reads from a CDP city-wide emissions row. */
export type CdpField =
  | "reportingYear"
  | "account"
  | "organization"
  | "city"
  | "country"
  | "region"
  | "inventoryStatus"
  | "accountingYear"
  | "adminBoundary"
  | "inventoryBoundary"
  | "protocol"
  | "protocolComment"
  | "crfFormat"
  | "gases"
  | "scope1Generation"
  | "scope1Excluding"
  | "scope2Generation"
  | "scope2Excluding"
  | "scope3Generation"
  | "scope3Excluding"
  | "scope1"
  | "scope2"
  | "scope3"
  | "basic"
  | "basicPlus"
  | "change"
  | "changeReason"
  | "landArea"
  | "population"
  | "populationYear";

/** One known layout: its reporting year and, per field, the header it has (absent fields are not in it). */
export interface CdpLayout {
  year: 2019 | 2020 | 2021;
  columns: Partial<Record<CdpField, string>>;
}

const COMMON: Partial<Record<CdpField, string>> = {
  reportingYear: "year reported to cdp",
  account: "account number",
  organization: "organization",
  city: "city",
  country: "country",
  region: "cdp region",
  inventoryStatus: "city-wide emissions inventory",
  accountingYear: "accounting year",
  protocol: "primary protocol",
  protocolComment: "primary protocol comment",
  gases: "gases included",
  landArea: "land area (in square km)",
  population: "population",
  populationYear: "population year",
};

const SPLIT_2020: Partial<Record<CdpField, string>> = {
  adminBoundary: "administrative city boundary",
  inventoryBoundary: "inventory boundary (compared to administrative city boundary)",
  scope1Generation: "direct emissions (metric tonnes co2e) for total generation of grid-supplied energy",
  scope1Excluding:
    "direct emissions (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
  scope2Generation:
    "indirect emissions from use of grid supplied energy (metric tonnes co2e) for total generation of grid supplied energy",
  scope2Excluding:
    "indirect emissions from use of grid supplied energy (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
  scope3Generation:
    "emissions occurring outside city boundary (metric tonnes co2e) for total generation of grid supplied energy",
  scope3Excluding:
    "emissions occurring outside city boundary (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
  scope1: "total scope 1 emissions (metric tonnes co2e)",
  scope2: "total scope 2 emissions (metric tonnes co2e)",
  scope3: "total scope 3 emissions",
  basic: "total basic emissions (gpc)",
  basicPlus: "total basic+ emissions (gpc)",
  change: "change in emissions",
  changeReason: "primary reason for the change in emissions",
};

/** The three layouts, newest first. */
export const CDP_LAYOUTS: readonly CdpLayout[] = [
  { year: 2021, columns: { ...COMMON, ...SPLIT_2020 } },
  {
    year: 2020,
    columns: { ...COMMON, ...SPLIT_2020, crfFormat: "common reporting framework inventory format (gpc)" },
  },
  {
    year: 2019,
    columns: {
      ...COMMON,
      inventoryBoundary: "inventory boundary",
      crfFormat: "common reporting framework inventory format (gpc)",
      scope1Generation:
        "direct emissions/ scope 1 (metric tonnes co2e) for total generation of grid supplied energy",
      scope1Excluding:
        "direct emissions/ scope 1 (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
      scope2Generation:
        "indirect emissions from use of grid supplied energy/scope 2 (metric tonnes co2e) for total generation of grid supplied energy",
      scope2Excluding:
        "indirect emissions from use of grid supplied energy/scope 2 (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
      scope3Generation:
        "emissions occurring outside city boundary/ scope 3 (metric tonnes co2e) for total generation of grid supplied energy",
      scope3Excluding:
        "emissions occurring outside city boundary/ scope 3 (metric tonnes co2e) for total emissions (excluding generation of grid-supplied energy)",
      scope1: "total scope 1 emissions (metric tonnes co2e)",
      scope2: "total scope 2 emissions (metric tonnes co2e)",
      scope3: "total scope 3 emissions (metric tonnes co2e)",
      basic: "total basic emissions (gpc)",
      basicPlus: "total basic+ emissions (gpc)",
      change: "chnage in emissions",
      changeReason: "reason for change",
    },
  },
];

/** A header name in the form layouts are compared in. */
export function normalizeHeader(name: string): string {
  return name
    .replace(/[\u00a0\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The layout a header has, or the closest layout and the headers it lacks. */
export function detectCdpLayout(
  header: readonly string[],
): { layout: CdpLayout; missing: [] } | { layout: null; closest: CdpLayout; missing: string[] } {
  const have = new Set(header.map(normalizeHeader));
  let best: { layout: CdpLayout; missing: string[] } | null = null;
  let match: CdpLayout | null = null;
  for (const layout of CDP_LAYOUTS) {
    const missing = Object.values(layout.columns).filter((h) => !have.has(h));
    // The 2020 layout is the 2021 one plus a column: the match with the most columns wins.
    const size = Object.keys(layout.columns).length;
    if (missing.length === 0 && (!match || size > Object.keys(match.columns).length)) match = layout;
    if (!best || missing.length < best.missing.length) best = { layout, missing };
  }
  if (match) return { layout: match, missing: [] };
  const closest = best as { layout: CdpLayout; missing: string[] };
  return { layout: null, closest: closest.layout, missing: closest.missing };
}
