// CityCatalyst's hand-calculated check values (../shared/data/citycatalyst/stationary_energy_manual_data_v1.csv,
// from Open-Earth-Foundation/CityCatalyst app/tests/emission_factors_sample_data/), through the explicit-factor path.
import { describe, expect, it } from "vitest";
import { calculate } from "../src/core/calculate.ts";
import { readSharedCsv } from "./support/shared-data.ts";

const rows = readSharedCsv("citycatalyst/stationary_energy_manual_data_v1.csv").filter((r) =>
  Number.isFinite(Number.parseFloat(r.Final_emissions_CO2e_manually_tonnes ?? "")),
);

describe("CityCatalyst manual check values", () => {
  it("has the cases to check", () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
  });

  it.each(rows.map((r, i) => [i + 2, r] as const))("CSV line %i matches within ±0.01 t", (_line, r) => {
    const unit = r.units_in_GlobalAPI ?? "";
    const factor = (v: string | undefined) => ({ value: Number(v), unit });
    expect([r.co2_gwp, r.ch4_gwp, r.n2o_gwp]).toEqual(["1", "28", "265"]); // AR5
    const result = calculate({
      gwp: "AR5",
      lines: [
        {
          gpc: r.subsector ?? "",
          activity: { value: Number(r.total_fuel_value), unit: r.total_fuel_units ?? "" },
          factors: {
            CO2: factor(r.co2_global_api),
            CH4: factor(r.ch4_global_api),
            N2O: factor(r.n2o_global_api),
          },
        },
      ],
    });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    const expected = Number(r.Final_emissions_CO2e_manually_tonnes);
    expect(Math.abs((result.lines[0]?.co2e ?? Number.NaN) - expected)).toBeLessThanOrEqual(0.01);
  });
});
