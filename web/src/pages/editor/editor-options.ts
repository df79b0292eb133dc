/** The choices the editor's selects offer: units (no aliases), factor units, gases, fuels, notation keys. */
import { FUEL_IDS, FUELS, findUnit, GASES, NOTATION_KEYS, unitsOf } from "../../engine.ts";

type Dimension = "energy" | "mass" | "volume" | "distance";

/** The units of a dimension, one name each (aliases such as "tonne" for "t" left out). */
function primaryUnits(dimension: Dimension): string[] {
  const seen = new Set<number>();
  return unitsOf(dimension).filter((id) => {
    const size = findUnit(id)?.toBase ?? Number.NaN;
    if (seen.has(size)) return false;
    seen.add(size);
    return true;
  });
}

/** Activity units by dimension. */
export const ACTIVITY_UNITS: ReadonlyArray<{ dimension: Dimension; units: string[] }> = (
  ["energy", "volume", "mass", "distance"] as const
).map((dimension) => ({ dimension, units: primaryUnits(dimension) }));

/** Every activity unit, flat. */
export const ALL_ACTIVITY_UNITS: readonly string[] = ACTIVITY_UNITS.flatMap((d) => d.units);

/** Units of a direct emission (masses). */
export const MASS_UNITS: readonly string[] = primaryUnits("mass");

/** Units of an emission factor: kg or t of gas per activity unit. */
export const FACTOR_UNITS: readonly string[] = ["kg", "t", "g"].flatMap((mass) =>
  ACTIVITY_UNITS.flatMap((d) => d.units.map((unit) => `${mass}/${unit}`)),
);

/** Gas keys: CO2, CH4, N2O, then CO2e (CO2-equivalent only), CO2b (biogenic) and the other gases. */
export const GAS_KEYS: readonly string[] = [
  "CO2",
  "CH4",
  "N2O",
  "CO2e",
  "CO2b",
  ...GASES.map((g) => g.id).filter((id) => !["CO2", "CH4", "N2O"].includes(id)),
];

/** Fuels with IPCC default factors, by id and name. */
export const FUEL_OPTIONS = FUEL_IDS.map((id) => ({ id, name: FUELS[id].name }));

/** GPC notation keys. */
export const NOTATION_OPTIONS = NOTATION_KEYS;

/** The options of a select, with the current value added when it is not among them (nothing typed is lost). */
export function withCurrent(options: readonly string[], current: string): string[] {
  return current === "" || options.includes(current) ? [...options] : [current, ...options];
}
