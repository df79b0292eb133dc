/**
 * Resilience: adaptive capacity, policy and plans beside the risk assessments (CRF hazards, /risks). The network's
 * plan aims at 25% of members reporting risks, a resilience policy, adaptation commitments, plans and actions.
 */
import { percentOf } from "../formula.ts";
import type { ThemeDefinition } from "../types.ts";

const CRF = "GCoM Common Reporting Framework, adaptation section";

/** The resilience theme. */
export const RESILIENCE_THEME: ThemeDefinition = {
  id: "resilience",
  name: "Resilience",
  description:
    "Climate risk and vulnerability assessment, adaptive capacity, resilience policy, adaptation plans and goals.",
  agendas: ["resilient"],
  inputs: [
    { id: "population", name: "Population", unit: "people", definition: "Total city population" },
    {
      id: "population-high-risk",
      name: "Residents in high-risk zones",
      unit: "people",
      definition: "Residents living in areas mapped at high risk of a climate hazard",
    },
    {
      id: "population-early-warning",
      name: "Residents covered by early warning",
      unit: "people",
      definition: "Residents reached by a multi-hazard early warning system",
    },
  ],
  indicators: [
    {
      id: "risk-assessment-done",
      name: "Climate risk and vulnerability assessment completed",
      unit: "yes=1/no=0",
      direction: "higher",
      source: CRF,
      definition: "1 when a risk and vulnerability assessment covers the city",
      max: 1,
    },
    {
      id: "resilience-policy",
      name: "Resilience or adaptation policy adopted",
      unit: "yes=1/no=0",
      direction: "higher",
      source: CRF,
      definition: "1 when the council has adopted a resilience or adaptation policy",
      max: 1,
    },
    {
      id: "adaptation-plan",
      name: "Adaptation plan adopted",
      unit: "yes=1/no=0",
      direction: "higher",
      source: CRF,
      definition: "1 when an adaptation plan is adopted",
      max: 1,
    },
    {
      id: "adaptive-capacity",
      name: "Adaptive capacity (self-assessed)",
      unit: "score 1–5",
      direction: "higher",
      source: CRF,
      definition: "Self-assessed adaptive capacity, from 1 (low) to 5 (high)",
      min: 1,
      max: 5,
    },
    {
      id: "population-high-risk-share",
      name: "Population in high-risk zones",
      unit: "%",
      direction: "lower",
      source: "ISO 37123:2019 (resilient cities), population exposed",
      definition: "Residents in high-risk zones / population × 100",
      formula: percentOf("population-high-risk", "population"),
    },
    {
      id: "early-warning-coverage",
      name: "Population covered by early warning",
      unit: "%",
      direction: "higher",
      source: "Sendai Framework target G",
      definition: "Residents covered by early warning / population × 100",
      formula: percentOf("population-early-warning", "population"),
    },
  ],
  targetTypes: [
    {
      id: "adaptation-goal",
      name: "Adaptation goal",
      description: "An adaptation goal for a hazard or sector by a year",
    },
    {
      id: "exposure-reduction",
      name: "Exposure reduction",
      description: "Cut the share of residents exposed to a hazard",
    },
  ],
  actionCategories: [
    { id: "adaptation", name: "Adaptation measure" },
    { id: "early-warning", name: "Early warning and emergency preparedness" },
    { id: "nature-based-solutions", name: "Nature-based solutions" },
    { id: "infrastructure", name: "Resilient infrastructure" },
    { id: "social-resilience", name: "Community and social resilience" },
  ],
  checks: [
    {
      id: "exposed-within-population",
      kind: "at-most",
      field: "population-high-risk",
      than: "population",
      severity: "error",
      message: "residents at high risk cannot exceed the population",
    },
    {
      id: "warned-within-population",
      kind: "at-most",
      field: "population-early-warning",
      than: "population",
      severity: "error",
      message: "residents covered cannot exceed the population",
    },
    {
      id: "assessment-reported",
      kind: "required",
      fields: ["risk-assessment-done"],
      severity: "warning",
      message: "say whether a risk and vulnerability assessment exists",
    },
  ],
};
