/** Water: supply, losses, wastewater treated and access, with ISO 37120's water and wastewater indicators. */
import type { ThemeDefinition } from "../types.ts";
import { ISO37120_INDICATORS, ISO37120_INPUTS } from "./iso37120.theme.ts";

const INPUTS = [
  "population",
  "population-potable-water",
  "population-improved-water",
  "domestic-water",
  "total-water",
  "water-supplied",
  "water-billed",
  "population-wastewater-collected",
  "wastewater-total",
  "wastewater-treated",
];
const INDICATORS = [
  "potable-water-coverage",
  "improved-water-access",
  "domestic-water-per-capita",
  "water-per-capita",
  "water-loss",
  "wastewater-collection-coverage",
  "wastewater-treated-share",
];

/** The water theme. */
export const WATER_THEME: ThemeDefinition = {
  id: "water",
  name: "Water",
  description: "Water supply, losses, wastewater treatment and access (ISO 37120:2018 clauses 22 and 23).",
  agendas: ["resource-efficient", "resilient"],
  inputs: ISO37120_INPUTS.filter((f) => INPUTS.includes(f.id)),
  indicators: ISO37120_INDICATORS.filter((i) => INDICATORS.includes(i.id)),
  targetTypes: [
    {
      id: "water-loss-reduction",
      name: "Water loss reduction",
      description: "Cut unaccounted-for water to a share by a year",
    },
    {
      id: "consumption-per-capita",
      name: "Consumption per capita",
      description: "Reach a water consumption per capita by a year",
    },
    {
      id: "access",
      name: "Access",
      description: "Reach a share of the population with potable water or wastewater collection",
    },
  ],
  actionCategories: [
    { id: "integrated-water-management", name: "Integrated water management" },
    { id: "leak-reduction", name: "Leak detection and network renewal" },
    { id: "demand-management", name: "Demand management and water saving" },
    { id: "wastewater-treatment", name: "Wastewater treatment and reuse" },
    { id: "stormwater", name: "Stormwater and nature-based drainage" },
  ],
  checks: [
    {
      id: "population-reported",
      kind: "required",
      fields: ["population"],
      severity: "error",
      message: "water indicators need the population served",
    },
    {
      id: "billed-within-supplied",
      kind: "at-most",
      field: "water-billed",
      than: "water-supplied",
      severity: "warning",
      message: "billed water above water supplied usually means a unit mix-up",
    },
    {
      id: "treated-within-produced",
      kind: "at-most",
      field: "wastewater-treated",
      than: "wastewater-total",
      severity: "error",
      message: "treated wastewater cannot exceed wastewater produced",
    },
    {
      id: "potable-within-population",
      kind: "at-most",
      field: "population-potable-water",
      than: "population",
      severity: "error",
      message: "residents served cannot exceed the population",
    },
    {
      id: "domestic-within-total-water",
      kind: "at-most",
      field: "domestic-water",
      than: "total-water",
      severity: "error",
      message: "domestic water cannot exceed total water consumption",
    },
  ],
};
