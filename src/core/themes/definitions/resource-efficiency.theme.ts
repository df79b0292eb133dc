/**
 * Resource efficiency and the 10% efficiency-gain programme: members report the yearly consumption of the
 * resources they selected, and commit (a target of type `efficiency-10`) to cut one by 10% within three years.
 */
import type { ThemeDefinition } from "../types.ts";

const resource = (id: string, name: string, unit: string) => ({
  id,
  name,
  unit,
  direction: "lower" as const,
  source: "ICLEI 10% efficiency-gain programme",
  definition: `Yearly ${name.toLowerCase()} of the local government's own operations`,
});

/** The resource-efficiency theme. */
export const RESOURCE_EFFICIENCY_THEME: ThemeDefinition = {
  id: "resource-efficiency",
  name: "Resource efficiency (10% programme)",
  description:
    "Yearly consumption of selected resources, and commitments to cut them by 10% within three years.",
  agendas: ["resource-efficient", "low-carbon"],
  inputs: [],
  indicators: [
    resource("energy-consumption", "Energy consumption", "MWh/year"),
    resource("water-consumption", "Water consumption", "m3/year"),
    resource("paper-consumption", "Paper consumption", "t/year"),
    resource("fuel-consumption", "Vehicle fuel consumption", "L/year"),
    resource("materials-consumption", "Construction and other materials consumption", "t/year"),
  ],
  targetTypes: [
    {
      id: "efficiency-10",
      name: "10% efficiency gain",
      description: "Cut the yearly consumption of a resource by 10% against a base year within three years",
    },
  ],
  actionCategories: [
    { id: "efficiency-measure", name: "Efficiency measure" },
    { id: "procurement", name: "Sustainable procurement" },
    { id: "behaviour", name: "Staff behaviour and awareness" },
  ],
  checks: [],
};
