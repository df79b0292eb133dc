/**
 * Greenhouse gases and their 100-year global warming potentials (GWP-100) by IPCC assessment report.
 * AR4: WG1 Table 2.14; AR5: WG1 Table 8.A.1 (without climate-carbon feedback); AR6: WG1 Table 7.15 and 7.SM.7.
 */

/** A GWP set; an inventory uses exactly one. */
export type GwpSet = "AR4" | "AR5" | "AR6";

export const GWP_SETS: readonly GwpSet[] = ["AR4", "AR5", "AR6"];

/** The Kyoto-basket family a gas belongs to (GPC reports HFCs and PFCs as groups). */
export type GasFamily = "CO2" | "CH4" | "N2O" | "HFCs" | "PFCs" | "SF6" | "NF3";

export interface Gas {
  readonly id: string;
  readonly family: GasFamily;
  /** GWP-100 per set; for CH4 under AR6 this is the non-fossil value (see `gwpOf`). */
  readonly gwp: Readonly<Record<GwpSet, number>>;
}

function gas(id: string, family: GasFamily, ar4: number, ar5: number, ar6: number): Gas {
  return { id, family, gwp: { AR4: ar4, AR5: ar5, AR6: ar6 } };
}

/** The gases LocalLedger accepts, by their usual names. */
export const GASES: readonly Gas[] = [
  gas("CO2", "CO2", 1, 1, 1),
  // AR5 CH4 28 is the generic value GPC uses (fossil 30 is not applied under AR5); AR6 non-fossil 27.0.
  gas("CH4", "CH4", 25, 28, 27.0),
  gas("N2O", "N2O", 298, 265, 273),
  gas("HFC-23", "HFCs", 14_800, 12_400, 14_600),
  gas("HFC-32", "HFCs", 675, 677, 771),
  gas("HFC-125", "HFCs", 3_500, 3_170, 3_740),
  // AR6 Table 7.SM.7 rounds HFC-134a to 1,530 (Table 7.15 gives 1,526).
  gas("HFC-134a", "HFCs", 1_430, 1_300, 1_530),
  gas("HFC-143a", "HFCs", 4_470, 4_800, 5_810),
  gas("HFC-152a", "HFCs", 124, 138, 164),
  gas("HFC-227ea", "HFCs", 3_220, 3_350, 3_600),
  gas("HFC-245fa", "HFCs", 1_030, 858, 962),
  gas("CF4", "PFCs", 7_390, 6_630, 7_380),
  gas("C2F6", "PFCs", 12_200, 11_100, 12_400),
  gas("C3F8", "PFCs", 8_830, 8_900, 9_290),
  gas("c-C4F8", "PFCs", 10_300, 9_540, 10_200),
  // AR6 SF6: 25,200 per Table 7.SM.7 as used by the GHG Protocol; some tools use 24,300.
  gas("SF6", "SF6", 22_800, 23_500, 25_200),
  gas("NF3", "NF3", 17_200, 16_100, 17_400),
];

/** AR6 fossil-origin methane (Table 7.15), used for fugitive emissions from fossil fuel systems (GPC I.7, I.8). */
export const AR6_FOSSIL_CH4 = 29.8;

const ALIASES: Record<string, string> = {
  "PFC-14": "CF4",
  "PFC-116": "C2F6",
  "PFC-218": "C3F8",
  "PFC-318": "c-C4F8",
  R134a: "HFC-134a",
  "R-134a": "HFC-134a",
  R32: "HFC-32",
  "R-32": "HFC-32",
};

const BY_ID = new Map<string, Gas>(GASES.map((g) => [g.id, g]));
for (const [alias, id] of Object.entries(ALIASES)) {
  const g = BY_ID.get(id);
  if (g) BY_ID.set(alias, g);
}

/** The gas with this name (or alias such as `PFC-14`), or undefined. */
export function findGas(name: string): Gas | undefined {
  return BY_ID.get(name);
}

/** The GWP-100 of a gas in a set; `fossilMethane` selects AR6's fossil CH4 value (GPC rows I.7 and I.8). */
export function gwpOf(g: Gas, set: GwpSet, fossilMethane: boolean): number {
  if (g.id === "CH4" && set === "AR6" && fossilMethane) return AR6_FOSSIL_CH4;
  return g.gwp[set];
}

/** True when the name is one of the GWP sets. */
export function isGwpSet(value: unknown): value is GwpSet {
  return value === "AR4" || value === "AR5" || value === "AR6";
}
