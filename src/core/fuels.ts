/**
 * IPCC 2006 default fuel properties and emission factors (Guidelines Vol. 2, Energy).
 * NCV: Table 1.2. CO2: Table 1.4 (stationary), 3.2.1 (road), 3.3.1 (off-road), 3.4.1 (rail), 3.5.2 (navigation),
 * 3.6.4 (aviation). CH4/N2O: Tables 2.2 (energy industries), 2.3 (manufacturing), 2.4 (commercial/institutional),
 * 2.5 (residential; agriculture, forestry, fishing), 3.2.2 (road), 3.3.1, 3.4.1, 3.5.3, 3.6.5.
 * Densities are not IPCC defaults: liquids from the aggregate of 26 sources in Staffell, "The Energy and Fuel
 * Data Sheet" (University of Birmingham, 2011); natural gas from UK DESNZ conversion factors 2025. Each use is
 * flagged as an info issue so users can supply their own factor or density.
 */
import type { CombustionCategory } from "./gpc/catalogue.ts";

export type FuelId =
  | "natural-gas"
  | "diesel"
  | "gasoline"
  | "lpg"
  | "coal-bituminous"
  | "coal-sub-bituminous"
  | "lignite"
  | "anthracite"
  | "residual-fuel-oil"
  | "kerosene"
  | "jet-kerosene"
  | "wood";

/** CH4 and N2O emission factors, kg per TJ (NCV basis). */
export interface NonCo2Factors {
  readonly CH4: number;
  readonly N2O: number;
}

export interface Fuel {
  readonly id: FuelId;
  readonly name: string;
  /** Net calorific value, TJ per Gg (= MJ per kg). */
  readonly ncv: number;
  /** CO2 emission factor, kg per TJ, effective oxidation factor 1. */
  readonly co2: number;
  /** CO2 from this fuel is biogenic: reported apart, outside the totals (GPC §3.4). */
  readonly biogenic: boolean;
  /** kg per m3, to turn a volume into a mass; null where a volume makes no sense (solid fuels). */
  readonly density: number | null;
  /** CH4/N2O by the IPCC category of the GPC row; a category not listed has no IPCC default for this fuel. */
  readonly nonCo2: Partial<Readonly<Record<CombustionCategory, NonCo2Factors>>>;
}

const f = (CH4: number, N2O: number): NonCo2Factors => ({ CH4, N2O });

/** Stationary combustion CH4/N2O in the order energy industries, manufacturing, commercial, residential. */
function stationary(
  energy: NonCo2Factors,
  manufacturing: NonCo2Factors,
  commercial: NonCo2Factors,
  residential: NonCo2Factors,
): Partial<Record<CombustionCategory, NonCo2Factors>> {
  return { "energy-industries": energy, manufacturing, commercial, residential };
}

const GAS_STATIONARY = stationary(f(1, 0.1), f(1, 0.1), f(5, 0.1), f(5, 0.1));
const OIL_STATIONARY = stationary(f(3, 0.6), f(3, 0.6), f(10, 0.6), f(10, 0.6));
const COAL_STATIONARY = stationary(f(1, 1.5), f(10, 1.5), f(10, 1.5), f(300, 1.5));

export const FUELS: Readonly<Record<FuelId, Fuel>> = {
  "natural-gas": {
    id: "natural-gas",
    name: "Natural gas",
    ncv: 48.0,
    co2: 56_100,
    biogenic: false,
    density: 0.802,
    nonCo2: { ...GAS_STATIONARY, road: f(92, 3) },
  },
  diesel: {
    id: "diesel",
    name: "Gas/diesel oil",
    ncv: 43.0,
    co2: 74_100,
    biogenic: false,
    density: 837,
    nonCo2: {
      ...OIL_STATIONARY,
      road: f(3.9, 3.9),
      "off-road": f(4.15, 28.6),
      railways: f(4.15, 28.6),
      navigation: f(7, 2),
    },
  },
  gasoline: {
    id: "gasoline",
    name: "Motor gasoline",
    ncv: 44.3,
    co2: 69_300,
    biogenic: false,
    density: 741,
    // Road: Table 3.2.2 "uncontrolled" (the conservative default); off-road: 4-stroke engines, Table 3.3.1.
    nonCo2: { ...OIL_STATIONARY, road: f(33, 3.2), "off-road": f(120, 2) },
  },
  lpg: {
    id: "lpg",
    name: "Liquefied petroleum gases",
    ncv: 47.3,
    co2: 63_100,
    biogenic: false,
    density: 533,
    nonCo2: { ...GAS_STATIONARY, road: f(62, 0.2) },
  },
  "coal-bituminous": {
    id: "coal-bituminous",
    name: "Other bituminous coal",
    ncv: 25.8,
    co2: 94_600,
    biogenic: false,
    density: null,
    nonCo2: COAL_STATIONARY,
  },
  "coal-sub-bituminous": {
    id: "coal-sub-bituminous",
    name: "Sub-bituminous coal",
    ncv: 18.9,
    co2: 96_100,
    biogenic: false,
    density: null,
    nonCo2: COAL_STATIONARY,
  },
  lignite: {
    id: "lignite",
    name: "Lignite",
    ncv: 11.9,
    co2: 101_000,
    biogenic: false,
    density: null,
    nonCo2: COAL_STATIONARY,
  },
  anthracite: {
    id: "anthracite",
    name: "Anthracite",
    ncv: 26.7,
    co2: 98_300,
    biogenic: false,
    density: null,
    nonCo2: COAL_STATIONARY,
  },
  "residual-fuel-oil": {
    id: "residual-fuel-oil",
    name: "Residual fuel oil",
    ncv: 40.4,
    co2: 77_400,
    biogenic: false,
    density: 959,
    nonCo2: { ...OIL_STATIONARY, navigation: f(7, 2) },
  },
  kerosene: {
    id: "kerosene",
    name: "Other kerosene",
    ncv: 43.8,
    co2: 71_900,
    biogenic: false,
    density: 807,
    nonCo2: OIL_STATIONARY,
  },
  "jet-kerosene": {
    id: "jet-kerosene",
    name: "Jet kerosene",
    ncv: 44.1,
    co2: 71_500,
    biogenic: false,
    density: 807,
    nonCo2: { ...OIL_STATIONARY, aviation: f(0.5, 2) },
  },
  wood: {
    id: "wood",
    name: "Wood / wood waste",
    ncv: 15.6,
    co2: 112_000,
    biogenic: true,
    density: null,
    nonCo2: stationary(f(30, 4), f(30, 4), f(300, 4), f(300, 4)),
  },
};

/** The fuel with this id, or undefined. */
export function findFuel(id: string): Fuel | undefined {
  return Object.hasOwn(FUELS, id) ? FUELS[id as FuelId] : undefined;
}

export const FUEL_IDS = Object.keys(FUELS) as FuelId[];
