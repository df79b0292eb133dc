/** Mobility (EcoMobility): the modal split of trips and public transport provision per 100 000 people. */
import { per100k } from "../formula.ts";
import type { ThemeDefinition } from "../types.ts";

const SPLIT = "Share of all trips made by residents on a typical weekday (household travel survey)";
const share = (id: string, mode: string, direction: "higher" | "lower") => ({
  id,
  name: `Modal share: ${mode}`,
  unit: "%",
  direction,
  source: "EcoMobility Alliance; household travel survey",
  definition: `${SPLIT}, made ${mode === "car" ? "by private car or motorcycle" : `by ${mode}`}`,
});

/** The mobility theme. */
export const MOBILITY_THEME: ThemeDefinition = {
  id: "mobility",
  name: "Mobility",
  description: "How residents travel (modal split) and how much public transport the city offers.",
  agendas: ["ecomobile", "low-carbon"],
  inputs: [
    { id: "population", name: "Population", unit: "people", definition: "Total city population" },
    {
      id: "public-transport-km",
      name: "Length of the public transport system",
      unit: "km",
      definition: "Route length of high- and light-capacity public transport",
    },
  ],
  indicators: [
    share("modal-share-walking", "walking", "higher"),
    share("modal-share-cycling", "cycling", "higher"),
    share("modal-share-public-transport", "public transport", "higher"),
    share("modal-share-car", "car", "lower"),
    share("modal-share-other", "other modes", "lower"),
    {
      id: "public-transport-km-per-100k",
      name: "Kilometres of public transport system per 100 000 population",
      unit: "km per 100 000",
      direction: "higher",
      source: "ISO 37120:2018, 19 Transportation",
      definition: "Public transport system km / population × 100 000",
      formula: per100k("public-transport-km"),
    },
  ],
  targetTypes: [
    {
      id: "modal-share",
      name: "Modal share",
      description: "Reach a share of trips by a sustainable mode by a year",
    },
    {
      id: "car-share-reduction",
      name: "Car share reduction",
      description: "Cut the car's share of trips by a year",
    },
  ],
  actionCategories: [
    { id: "walking", name: "Walking and public space" },
    { id: "cycling", name: "Cycling infrastructure" },
    { id: "public-transport", name: "Public transport" },
    { id: "shared-mobility", name: "Shared and electric mobility" },
    { id: "demand-management", name: "Parking, pricing and low-emission zones" },
  ],
  checks: [
    {
      id: "modal-split-sums-to-100",
      kind: "sum",
      fields: [
        "modal-share-walking",
        "modal-share-cycling",
        "modal-share-public-transport",
        "modal-share-car",
        "modal-share-other",
      ],
      equals: 100,
      tolerance: 0.5,
      severity: "error",
      message: "the modal split must add up to 100%",
    },
    {
      id: "population-for-network",
      kind: "required",
      fields: ["population"],
      severity: "warning",
      message: "without the population no per-100 000 figure can be computed",
    },
  ],
};
