/** How CDP's emission reduction target answers map to LocalLedger target types, sectors and scopes. */
import type { TargetType } from "./records.ts";

/** CDP "Type of target" answers → target types (GHG Protocol Mitigation Goal Standard). */
export const CDP_TARGET_TYPES: Readonly<Record<string, TargetType>> = {
  "Base year emissions (absolute) target": "base-year-absolute",
  "Base year intensity target": "base-year-intensity",
  "Fixed level target": "fixed-level",
  "Baseline scenario (business as usual) target": "baseline-scenario",
};

/** The CDP answer meaning the city has no target. */
export const CDP_NO_TARGET = "No target";

const FIXED_SECTORS: Readonly<Record<string, string>> = {
  Energy: "stationary-energy",
  Transport: "transportation",
  Waste: "waste",
  "Industrial Process and Product Use (IPPU)": "ippu",
  "Agriculture, Forestry and Other Land Use (AFOLU)": "afolu",
};

/** CDP sector answers → LocalLedger sector ids ("all" = every source in the city inventory), with a note. */
export function targetSectors(sector: string | null): { sectors: string[]; note: string | null } {
  if (sector === null) return { sectors: [], note: null };
  if (sector === "All emissions sources included in city inventory") return { sectors: ["all"], note: null };
  const known = Object.hasOwn(FIXED_SECTORS, sector) ? FIXED_SECTORS[sector] : undefined;
  if (known) return { sectors: [known], note: null };
  // "Other, please specify: …": keep the city's words in the description, recognise the usual sector names.
  const words = sector.replace(/^Other, please specify:\s*/i, "");
  const found: string[] = [];
  if (/energ/i.test(words)) found.push("stationary-energy");
  if (/transport/i.test(words)) found.push("transportation");
  if (/waste|residu|desecho/i.test(words)) found.push("waste");
  return { sectors: found.length > 0 ? found : ["other"], note: `Sector as reported: ${words}` };
}

/** Whether a target covers the community or the government's own operations, from the CDP sector answer. */
export function targetScope(sector: string | null): "community" | "government" {
  const s = sector ?? "";
  if (/community/i.test(s)) return "community";
  return /municipal operations|government operations|corporate emissions|own operations/i.test(s)
    ? "government"
    : "community";
}
