// The catalogue against the machine-readable GPC 1.1 table (../shared/data/gpc/GPC_1.1_schema.csv, from
// Open-Earth-Foundation/CityCatalyst app/seed-data/gpc_seeder/), whose one typo `I.63` is `I.6.3`.
import { describe, expect, it } from "vitest";
import { BASIC_ROWS, GPC_ROWS, gpcRow, gpcSubsector } from "../src/core/gpc/catalogue.ts";
import { readSharedCsv } from "./support/shared-data.ts";

const csv = readSharedCsv("gpc/GPC_1.1_schema.csv").map((r) => ({
  ref: (r.subcategory_refno || r.subsector_refno || "").replace(/^I\.63$/, "I.6.3"),
  subsector: r.subsector_refno ?? "",
  scope: Number(r.scope),
  level: r.reporting_level ?? "",
}));

describe("GPC 1.1 catalogue", () => {
  it("has exactly the rows of the GPC 1.1 table", () => {
    expect(GPC_ROWS.map((r) => r.ref).sort()).toEqual(csv.map((r) => r.ref).sort());
  });

  it.each(csv.map((r) => [r.ref, r] as const))("%s has the table's scope, level and sub-sector", (ref, r) => {
    const row = gpcRow(ref);
    expect(row?.scope).toBe(r.scope);
    expect(row?.level).toBe(r.level);
    expect(row?.subsector).toBe(r.subsector);
    expect(gpcSubsector(r.subsector)?.name.length).toBeGreaterThan(3);
  });

  it("has the table's BASIC rows, in the standard's order", () => {
    expect(BASIC_ROWS.length).toBe(csv.filter((r) => r.level === "basic").length);
    expect(GPC_ROWS.slice(0, 4).map((r) => r.ref)).toEqual(["I.1.1", "I.1.2", "I.1.3", "I.2.1"]);
    expect(GPC_ROWS.at(-1)?.ref).toBe("VI.1");
  });
});
