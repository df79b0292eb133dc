/**
 * Biodiversity: a local biodiversity strategy and action plan (LBSAP), the share of natural and protected area and
 * native species counts, after the Singapore Index on Cities' Biodiversity (CBD, 2014).
 */
import { percentOf } from "../formula.ts";
import type { ThemeDefinition } from "../types.ts";

const CBI = "Singapore Index on Cities' Biodiversity (City Biodiversity Index), CBD 2014";
const species = (group: string) => ({
  id: `native-${group.replace(/ /g, "-")}-species`,
  name: `Native ${group} species`,
  unit: "species",
  direction: "higher" as const,
  source: CBI,
  definition: `Number of native ${group} species recorded within the city`,
});

/** The biodiversity theme. */
export const BIODIVERSITY_THEME: ThemeDefinition = {
  id: "biodiversity",
  name: "Biodiversity",
  description:
    "Nature in the city: its local biodiversity plan, natural and protected areas and native species.",
  agendas: ["biodiverse"],
  inputs: [
    {
      id: "city-area",
      name: "City area",
      unit: "ha",
      definition: "Total area within the administrative boundary",
    },
    {
      id: "natural-area",
      name: "Natural area",
      unit: "ha",
      definition: "Area of natural, restored and naturalised ecosystems",
    },
    {
      id: "protected-area",
      name: "Protected area",
      unit: "ha",
      definition: "Area of protected or secured natural areas",
    },
  ],
  indicators: [
    {
      id: "lbsap-adopted",
      name: "Local biodiversity strategy and action plan adopted",
      unit: "yes=1/no=0",
      direction: "higher",
      source: "CBD Decision X/22; ICLEI LAB",
      definition: "1 when the city has adopted an LBSAP, else 0",
      max: 1,
    },
    {
      id: "natural-area-share",
      name: "Natural areas in the city",
      unit: "%",
      direction: "higher",
      source: `${CBI}, indicator 1`,
      definition: "Natural area / city area × 100",
      formula: percentOf("natural-area", "city-area"),
    },
    {
      id: "protected-area-share",
      name: "Protected natural areas",
      unit: "%",
      direction: "higher",
      source: `${CBI}, indicator 11`,
      definition: "Protected area / city area × 100",
      formula: percentOf("protected-area", "city-area"),
    },
    species("plant"),
    species("bird"),
    species("butterfly"),
  ],
  targetTypes: [
    {
      id: "area-share",
      name: "Natural or protected area share",
      description: "Reach a share of natural or protected area by a year",
    },
    { id: "species", name: "Native species", description: "Keep or raise native species counts" },
  ],
  actionCategories: [
    { id: "lbsap", name: "Local biodiversity strategy and action plan" },
    { id: "habitat-restoration", name: "Habitat restoration" },
    { id: "protected-areas", name: "Protected areas and ecological corridors" },
    { id: "nature-based-solutions", name: "Nature-based solutions" },
  ],
  checks: [
    {
      id: "natural-within-city",
      kind: "at-most",
      field: "natural-area",
      than: "city-area",
      severity: "error",
      message: "natural area cannot exceed the city's area",
    },
    {
      id: "protected-within-city",
      kind: "at-most",
      field: "protected-area",
      than: "city-area",
      severity: "error",
      message: "protected area cannot exceed the city's area",
    },
    {
      id: "lbsap-reported",
      kind: "required",
      fields: ["lbsap-adopted"],
      severity: "warning",
      message: "say whether the city has adopted a local biodiversity plan",
    },
  ],
};
