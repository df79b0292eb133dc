import { describe, expect, it } from "vitest";
import { BUILTIN_THEMES } from "./builtin.ts";
import { MOBILITY_THEME } from "./definitions/mobility.theme.ts";
import { evaluateThemeReport } from "./evaluate.ts";
import { ThemeDefinitionError, ThemeRegistry, themeProblems } from "./registry.ts";
import type { ThemeDefinition } from "./types.ts";

const tiny: ThemeDefinition = {
  id: "noise",
  name: "Noise",
  description: "Night noise exposure",
  agendas: ["happy-healthy-inclusive"],
  inputs: [{ id: "population", name: "Population", unit: "people", definition: "people" }],
  indicators: [
    { id: "exposed", name: "Exposed", unit: "people", direction: "lower", source: "END", definition: "x" },
    {
      id: "exposed-share",
      name: "Exposed share",
      unit: "%",
      direction: "lower",
      source: "END",
      definition: "exposed / population × 100",
      formula: { op: "mul", args: [{ op: "div", args: ["exposed", "population"] }, 100] },
    },
  ],
  targetTypes: [{ id: "exposure", name: "Exposure", description: "cut exposure" }],
  actionCategories: [{ id: "quiet-surfaces", name: "Quiet road surfaces" }],
  checks: [],
};

describe("theme registry", () => {
  it("accepts every shipped theme", () => {
    for (const t of BUILTIN_THEMES) expect(themeProblems(t), t.id).toEqual([]);
  });

  it("names every problem of a broken declaration", () => {
    const broken: ThemeDefinition = {
      ...tiny,
      id: "Bad Id",
      agendas: ["nowhere" as never],
      indicators: [
        ...tiny.indicators,
        { ...tiny.indicators[0]!, id: "a", formula: { op: "add", args: ["b", "ghost"] } },
        { ...tiny.indicators[0]!, id: "b", formula: { op: "add", args: ["a", 1] } },
      ],
      checks: [{ id: "c", kind: "required", fields: ["missing"], severity: "error", message: "m" }],
    };
    const problems = themeProblems(broken);
    expect(problems.join("\n")).toMatch(/lowercase slug/);
    expect(problems.join("\n")).toMatch(/undeclared field "ghost"/);
    expect(problems.join("\n")).toMatch(/cycle: a → b → a/);
    expect(problems.join("\n")).toMatch(/check c names undeclared field "missing"/);
    expect(problems.join("\n")).toMatch(/unknown agenda "nowhere"/);
    expect(() => new ThemeRegistry([broken])).toThrow(ThemeDefinitionError);
    expect(() => new ThemeRegistry([tiny, tiny])).toThrow(/declared twice/);
  });

  it("adds a theme by data alone and evaluates it", () => {
    const registry = new ThemeRegistry(BUILTIN_THEMES).with(tiny);
    expect(registry.get("noise")).toBe(tiny);
    expect(evaluateThemeReport(tiny, { population: 400, exposed: 100 }).indicators["exposed-share"]).toBe(25);
  });

  it("checks that the modal split adds up to 100% within its tolerance", () => {
    const split = (car: number) => ({
      "modal-share-walking": 30,
      "modal-share-cycling": 10,
      "modal-share-public-transport": 25,
      "modal-share-car": car,
      "modal-share-other": 5,
    });
    expect(evaluateThemeReport(MOBILITY_THEME, { ...split(30), population: 1 }).issues).toEqual([]);
    const off = evaluateThemeReport(MOBILITY_THEME, { ...split(40), population: 1 }).issues;
    expect(off.map((i) => i.check)).toEqual(["modal-split-sums-to-100"]);
    expect(off[0]?.message).toMatch(/sum is 110/);
  });
});
