/**
 * ISO 37120:2018 (Sustainable cities and communities — Indicators for city services and quality of life): a set
 * of the standard's core indicators the network collects yearly, each computed from the quantities the standard
 * names as numerator and denominator. Sources cite the standard's theme clause (5 Economy … 23 Water).
 */
import { per100k, perCapita, percentOf, ratio } from "../formula.ts";
import type { FieldDefinition, IndicatorDefinition, ThemeDefinition } from "../types.ts";

const CLAUSE = {
  economy: "ISO 37120:2018, 5 Economy",
  education: "ISO 37120:2018, 6 Education",
  energy: "ISO 37120:2018, 7 Energy",
  environment: "ISO 37120:2018, 8 Environment and climate change",
  finance: "ISO 37120:2018, 9 Finance",
  health: "ISO 37120:2018, 11 Health",
  housing: "ISO 37120:2018, 12 Housing",
  safety: "ISO 37120:2018, 15 Safety",
  waste: "ISO 37120:2018, 16 Solid waste",
  telecom: "ISO 37120:2018, 18 Telecommunication",
  transport: "ISO 37120:2018, 19 Transportation",
  agriculture: "ISO 37120:2018, 20 Urban/local agriculture and food security",
  planning: "ISO 37120:2018, 21 Urban planning",
  wastewater: "ISO 37120:2018, 22 Wastewater",
  water: "ISO 37120:2018, 23 Water",
} as const;

const input = (id: string, name: string, unit: string, definition = name): FieldDefinition => ({
  id,
  name,
  unit,
  definition,
});

/** The quantities members report; indicators are computed from them. */
export const ISO37120_INPUTS: readonly FieldDefinition[] = [
  input("population", "Population", "people", "Total city population (the denominator of every per-capita indicator)"),
  input("labour-force", "Labour force", "people"),
  input("unemployed", "Unemployed residents", "people"),
  input("assessed-value-commercial-industrial", "Assessed value of commercial and industrial properties", "currency"),
  input("assessed-value-total", "Assessed value of all properties", "currency"),
  input("population-in-poverty", "Residents below the national poverty line", "people"),
  input("female-school-age", "Female school-aged population", "people"),
  input("female-enrolled", "Female school-aged population enrolled in schools", "people"),
  input("primary-students", "Students enrolled in primary education", "people"),
  input("primary-teachers", "Primary school teachers", "people"),
  input("end-use-energy", "Total end-use energy consumption", "GJ/year"),
  input("renewable-end-use-energy", "End-use energy from renewable sources", "GJ/year"),
  input("population-with-electricity", "Residents with authorized electrical service", "people"),
  input("ghg-emissions", "Greenhouse gas emissions", "tCO2e/year"),
  input("debt-service", "Debt service expenditure", "currency/year"),
  input("own-source-revenue", "Own-source revenue", "currency/year"),
  input("hospital-beds", "In-patient public and private hospital beds", "beds"),
  input("physicians", "Physicians working in the city", "people"),
  input("under-five-deaths", "Deaths of children under five", "deaths/year"),
  input("live-births", "Live births", "births/year"),
  input("population-inadequate-housing", "Residents living in inadequate housing", "people"),
  input("firefighters", "Full-time firefighters", "people"),
  input("fire-deaths", "Fire-related deaths", "deaths/year"),
  input("disaster-deaths", "Natural-disaster-related deaths", "deaths/year"),
  input("police-officers", "Police officers", "people"),
  input("homicides", "Homicides", "homicides/year"),
  input("population-waste-collected", "Residents with regular solid waste collection", "people"),
  input("msw-collected", "Municipal solid waste collected", "t/year"),
  input("msw-recycled", "Municipal solid waste recycled", "t/year"),
  input("internet-connections", "Internet connections", "connections"),
  input("mobile-connections", "Mobile phone connections", "connections"),
  input("public-transport-km", "Length of the public transport system", "km"),
  input("public-transport-trips", "Public transport trips", "trips/year"),
  input("urban-agriculture-area", "Urban agricultural area", "ha"),
  input("green-area", "Green area", "ha"),
  input("population-wastewater-collected", "Residents served by wastewater collection", "people"),
  input("wastewater-total", "Wastewater produced", "m3/year"),
  input("wastewater-treated", "Wastewater receiving centralized treatment", "m3/year"),
  input("population-potable-water", "Residents with potable water supply service", "people"),
  input("population-improved-water", "Residents with sustainable access to an improved water source", "people"),
  input("domestic-water", "Domestic water consumption", "L/day"),
  input("total-water", "Total water consumption", "L/day"),
  input("water-supplied", "Water supplied to the network", "m3/year"),
  input("water-billed", "Water billed (accounted for)", "m3/year"),
];

const indicator = (
  id: string,
  name: string,
  unit: string,
  direction: "higher" | "lower",
  source: string,
  formula: IndicatorDefinition["formula"],
  definition: string,
): IndicatorDefinition => ({ id, name, unit, direction, source, formula, definition, core: true });

/** The indicators, computed from the inputs. */
export const ISO37120_INDICATORS: readonly IndicatorDefinition[] = [
  indicator("unemployment-rate", "Unemployment rate", "%", "lower", CLAUSE.economy, percentOf("unemployed", "labour-force"), "Unemployed residents / labour force × 100"),
  indicator("commercial-industrial-assessed-share", "Commercial and industrial share of assessed property value", "%", "higher", CLAUSE.economy, percentOf("assessed-value-commercial-industrial", "assessed-value-total"), "Assessed value of commercial and industrial properties / assessed value of all properties × 100"),
  indicator("poverty-rate", "Population living in poverty", "%", "lower", CLAUSE.economy, percentOf("population-in-poverty", "population"), "Residents below the national poverty line / population × 100"),
  indicator("female-enrolment", "Female school-aged population enrolled in schools", "%", "higher", CLAUSE.education, percentOf("female-enrolled", "female-school-age"), "Enrolled female school-aged population / female school-aged population × 100"),
  indicator("primary-student-teacher-ratio", "Primary education student–teacher ratio", "students/teacher", "lower", CLAUSE.education, ratio("primary-students", "primary-teachers"), "Primary students / primary teachers"),
  indicator("end-use-energy-per-capita", "Total end-use energy consumption per capita", "GJ/year", "lower", CLAUSE.energy, perCapita("end-use-energy"), "End-use energy consumption / population"),
  indicator("renewable-energy-share", "End-use energy derived from renewable sources", "%", "higher", CLAUSE.energy, percentOf("renewable-end-use-energy", "end-use-energy"), "Renewable end-use energy / total end-use energy × 100"),
  indicator("electricity-access", "Population with authorized electrical service", "%", "higher", CLAUSE.energy, percentOf("population-with-electricity", "population"), "Residents with authorized electrical service / population × 100"),
  { id: "pm25", name: "Fine particulate matter (PM2.5) concentration", unit: "µg/m3", direction: "lower", source: CLAUSE.environment, definition: "Annual mean PM2.5 concentration", core: true },
  { id: "pm10", name: "Particulate matter (PM10) concentration", unit: "µg/m3", direction: "lower", source: CLAUSE.environment, definition: "Annual mean PM10 concentration", core: true },
  indicator("ghg-per-capita", "Greenhouse gas emissions per capita", "tCO2e/year", "lower", CLAUSE.environment, perCapita("ghg-emissions"), "GHG emissions / population"),
  indicator("debt-service-ratio", "Debt service ratio", "%", "lower", CLAUSE.finance, percentOf("debt-service", "own-source-revenue"), "Debt service expenditure / own-source revenue × 100"),
  { id: "life-expectancy", name: "Average life expectancy", unit: "years", direction: "higher", source: CLAUSE.health, definition: "Average life expectancy at birth", core: true, max: 130 },
  indicator("hospital-beds-per-100k", "In-patient hospital beds per 100 000 population", "per 100 000", "higher", CLAUSE.health, per100k("hospital-beds"), "Hospital beds / population × 100 000"),
  indicator("physicians-per-100k", "Physicians per 100 000 population", "per 100 000", "higher", CLAUSE.health, per100k("physicians"), "Physicians / population × 100 000"),
  indicator("under-five-mortality", "Under age five mortality per 1 000 live births", "per 1 000 live births", "lower", CLAUSE.health, ratio("under-five-deaths", "live-births", 1000), "Deaths under five / live births × 1 000"),
  indicator("inadequate-housing", "Population living in inadequate housing", "%", "lower", CLAUSE.housing, percentOf("population-inadequate-housing", "population"), "Residents in inadequate housing / population × 100"),
  indicator("firefighters-per-100k", "Firefighters per 100 000 population", "per 100 000", "higher", CLAUSE.safety, per100k("firefighters"), "Firefighters / population × 100 000"),
  indicator("fire-deaths-per-100k", "Fire-related deaths per 100 000 population", "per 100 000", "lower", CLAUSE.safety, per100k("fire-deaths"), "Fire-related deaths / population × 100 000"),
  indicator("disaster-deaths-per-100k", "Natural-disaster-related deaths per 100 000 population", "per 100 000", "lower", CLAUSE.safety, per100k("disaster-deaths"), "Natural-disaster deaths / population × 100 000"),
  indicator("police-per-100k", "Police officers per 100 000 population", "per 100 000", "higher", CLAUSE.safety, per100k("police-officers"), "Police officers / population × 100 000"),
  indicator("homicides-per-100k", "Homicides per 100 000 population", "per 100 000", "lower", CLAUSE.safety, per100k("homicides"), "Homicides / population × 100 000"),
  indicator("waste-collection-coverage", "Population with regular solid waste collection", "%", "higher", CLAUSE.waste, percentOf("population-waste-collected", "population"), "Residents with regular collection / population × 100"),
  indicator("msw-per-capita", "Municipal solid waste collected per capita", "t/year", "lower", CLAUSE.waste, perCapita("msw-collected"), "MSW collected / population"),
  indicator("msw-recycled-share", "Solid waste recycled", "%", "higher", CLAUSE.waste, percentOf("msw-recycled", "msw-collected"), "MSW recycled / MSW collected × 100"),
  indicator("internet-per-100k", "Internet connections per 100 000 population", "per 100 000", "higher", CLAUSE.telecom, per100k("internet-connections"), "Internet connections / population × 100 000"),
  indicator("mobile-per-100k", "Mobile phone connections per 100 000 population", "per 100 000", "higher", CLAUSE.telecom, per100k("mobile-connections"), "Mobile connections / population × 100 000"),
  indicator("public-transport-km-per-100k", "Kilometres of public transport system per 100 000 population", "km per 100 000", "higher", CLAUSE.transport, per100k("public-transport-km"), "Public transport system km / population × 100 000"),
  indicator("public-transport-trips-per-capita", "Annual public transport trips per capita", "trips/year", "higher", CLAUSE.transport, perCapita("public-transport-trips"), "Public transport trips / population"),
  indicator("urban-agriculture-per-100k", "Urban agricultural area per 100 000 population", "ha per 100 000", "higher", CLAUSE.agriculture, per100k("urban-agriculture-area"), "Urban agricultural area / population × 100 000"),
  indicator("green-area-per-100k", "Green area per 100 000 population", "ha per 100 000", "higher", CLAUSE.planning, per100k("green-area"), "Green area / population × 100 000"),
  indicator("wastewater-collection-coverage", "Population served by wastewater collection", "%", "higher", CLAUSE.wastewater, percentOf("population-wastewater-collected", "population"), "Residents served by collection / population × 100"),
  indicator("wastewater-treated-share", "Wastewater receiving centralized treatment", "%", "higher", CLAUSE.wastewater, percentOf("wastewater-treated", "wastewater-total"), "Treated wastewater / wastewater produced × 100"),
  indicator("potable-water-coverage", "Population with potable water supply service", "%", "higher", CLAUSE.water, percentOf("population-potable-water", "population"), "Residents with potable water / population × 100"),
  indicator("improved-water-access", "Population with sustainable access to an improved water source", "%", "higher", CLAUSE.water, percentOf("population-improved-water", "population"), "Residents with an improved source / population × 100"),
  indicator("domestic-water-per-capita", "Total domestic water consumption per capita", "L/day", "lower", CLAUSE.water, perCapita("domestic-water"), "Domestic water consumption (L/day) / population"),
  indicator("water-per-capita", "Total water consumption per capita", "L/day", "lower", CLAUSE.water, perCapita("total-water"), "Total water consumption (L/day) / population"),
  indicator("water-loss", "Water loss (unaccounted-for water)", "%", "lower", CLAUSE.water, percentOf({ op: "sub", args: ["water-supplied", "water-billed"] }, "water-supplied"), "(Water supplied − water billed) / water supplied × 100"),
];

/** ISO 37120:2018 city indicators. */
export const ISO37120_THEME: ThemeDefinition = {
  id: "iso37120",
  name: "City indicators (ISO 37120:2018)",
  description:
    "Indicators for city services and quality of life, reported yearly from the quantities the standard names and benchmarked against peer cities.",
  agendas: ["sustainable-city", "happy-healthy-inclusive"],
  inputs: ISO37120_INPUTS,
  indicators: ISO37120_INDICATORS,
  targetTypes: [
    { id: "indicator-level", name: "Indicator level", description: "Reach a value of an indicator by a year" },
    { id: "indicator-change", name: "Indicator change", description: "Change an indicator by a percentage from a base year" },
  ],
  actionCategories: [{ id: "service-improvement", name: "City service improvement" }],
  checks: [
    { id: "population-reported", kind: "required", fields: ["population"], severity: "error", message: "ISO 37120 indicators need the city population" },
    { id: "unemployed-within-labour-force", kind: "at-most", field: "unemployed", than: "labour-force", severity: "error", message: "unemployed residents cannot exceed the labour force" },
    { id: "renewable-within-total", kind: "at-most", field: "renewable-end-use-energy", than: "end-use-energy", severity: "error", message: "renewable energy cannot exceed total end-use energy" },
    { id: "recycled-within-collected", kind: "at-most", field: "msw-recycled", than: "msw-collected", severity: "error", message: "recycled waste cannot exceed collected waste" },
    { id: "treated-within-produced", kind: "at-most", field: "wastewater-treated", than: "wastewater-total", severity: "error", message: "treated wastewater cannot exceed wastewater produced" },
    { id: "billed-within-supplied", kind: "at-most", field: "water-billed", than: "water-supplied", severity: "warning", message: "billed water above water supplied usually means a unit mix-up" },
    { id: "domestic-within-total-water", kind: "at-most", field: "domestic-water", than: "total-water", severity: "error", message: "domestic water cannot exceed total water consumption" },
    { id: "water-per-capita-plausible", kind: "range", field: "water-per-capita", min: 20, max: 1000, severity: "warning", message: "water consumption per capita is outside 20–1000 L/day" },
  ],
};
