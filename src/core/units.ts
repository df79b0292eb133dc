/**
 * Units of measure for activity data, emissions and emission factors, converted through one base unit per
 * dimension (J, kg, m3, m). Conversions are exact definitions (NIST SP 811 appendix B); nothing is rounded.
 */

export type Dimension = "energy" | "mass" | "volume" | "distance";

export interface Unit {
  readonly id: string;
  readonly dimension: Dimension;
  /** How many base units (J, kg, m3, m) one of this unit is. */
  readonly toBase: number;
}

const BTU = 1055.05585262; // International Table Btu, J
const LB = 0.45359237; // avoirdupois pound, kg
const US_GALLON = 0.003785411784; // m3
const BARREL = 0.158987294928; // 42 US gallons, m3

const DEFINITIONS: ReadonlyArray<readonly [Dimension, number, readonly string[]]> = [
  ["energy", 1, ["J"]],
  ["energy", 1e3, ["kJ"]],
  ["energy", 1e6, ["MJ"]],
  ["energy", 1e9, ["GJ"]],
  ["energy", 1e12, ["TJ"]],
  ["energy", 1e15, ["PJ"]],
  ["energy", 3.6e3, ["Wh"]],
  ["energy", 3.6e6, ["kWh"]],
  ["energy", 3.6e9, ["MWh"]],
  ["energy", 3.6e12, ["GWh"]],
  ["energy", 3.6e15, ["TWh"]],
  ["energy", BTU, ["Btu", "BTU"]],
  ["energy", BTU * 1e5, ["therm", "thm"]],
  ["energy", BTU * 1e6, ["MMBtu", "MMBTU", "mmBtu"]],
  ["mass", 1e-3, ["g"]],
  ["mass", 1, ["kg"]],
  ["mass", 1e3, ["t", "tonne", "tonnes", "Mg"]],
  ["mass", 1e6, ["kt", "Gg"]],
  ["mass", 1e9, ["Mt", "Tg"]],
  ["mass", LB, ["lb", "lbs"]],
  ["mass", LB * 2000, ["short ton", "short_ton", "ton"]],
  ["mass", LB * 2240, ["long ton", "long_ton"]],
  ["volume", 1e-3, ["L", "l", "litre", "liter"]],
  ["volume", 1, ["m3", "m³", "kL"]],
  ["volume", 1e3, ["ML"]],
  ["volume", US_GALLON, ["US gallon", "gal", "gallon", "US gal"]],
  ["volume", BARREL, ["barrel", "bbl"]],
  ["volume", 28.316846592e-3, ["ft3", "cf"]],
  ["volume", 28.316846592, ["Mcf"]],
  ["distance", 1, ["m"]],
  ["distance", 1e3, ["km"]],
  ["distance", 1609.344, ["mile", "mi"]],
];

const UNITS = new Map<string, Unit>();
for (const [dimension, toBase, names] of DEFINITIONS) {
  for (const id of names) UNITS.set(id, { id, dimension, toBase });
}

/** Every unit id the engine understands, by dimension. */
export function unitsOf(dimension: Dimension): string[] {
  return [...UNITS.values()].filter((u) => u.dimension === dimension).map((u) => u.id);
}

/** The unit with this id (case-sensitive: `Mt` is megatonnes, `mt` is nothing), or undefined. */
export function findUnit(id: string): Unit | undefined {
  return UNITS.get(id.trim());
}

/** Converts a value between two units of one dimension; undefined when they are not compatible. */
export function convert(value: number, from: string, to: string): number | undefined {
  const a = findUnit(from);
  const b = findUnit(to);
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  return a.toBase === b.toBase ? value : (value * a.toBase) / b.toBase;
}

/** A "mass per unit" rate such as `kg/TJ`, `t/MWh`, `g/km` or `kg CO2e/kWh`. */
export interface RateUnit {
  readonly id: string;
  readonly numerator: Unit;
  readonly denominator: Unit;
  /** kg of gas per base unit of the denominator, for a value of 1. */
  readonly kgPerBase: number;
}

const RATE_CACHE = new Map<string, RateUnit | null>();
// A gas label after the mass ("kg CO2e/kWh", "tCO2/TJ") is allowed and ignored: the factor's key names the gas.
const GAS_LABEL = /\s*(?:CO2e|CO2eq|CO2-e|CO2|CH4|N2O)$/;

/** Parses a mass-per-unit rate; undefined if it is not one (the numerator must be a mass). */
export function parseRate(id: string): RateUnit | undefined {
  const cached = RATE_CACHE.get(id);
  if (cached !== undefined) return cached ?? undefined;
  let result: RateUnit | null = null;
  const slash = id.indexOf("/");
  if (slash > 0 && id.indexOf("/", slash + 1) < 0) {
    const numerator = findUnit(id.slice(0, slash).trim().replace(GAS_LABEL, ""));
    const denominator = findUnit(id.slice(slash + 1));
    if (numerator && denominator && numerator.dimension === "mass") {
      result = { id, numerator, denominator, kgPerBase: numerator.toBase / denominator.toBase };
    }
  }
  if (RATE_CACHE.size < 10_000) RATE_CACHE.set(id, result);
  return result ?? undefined;
}
