import { describe, expect, it } from "vitest";
import type { InventoryLine } from "../../api/client.ts";
import { calculate } from "../../engine.ts";
import { GPC_ROWS, gpcRow } from "../../gpc.ts";
import { addLine, gridSectors, removeLine, rowMatches, updateLine } from "./editor-grid-model.ts";
import {
  blankLine,
  fromDocumentLine,
  hasUnreadableNumber,
  readNumber,
  toDocumentLine,
} from "./editor-lines.ts";

const STORED: InventoryLine[] = [
  {
    gpc: "I.1.1",
    fuel: "natural-gas",
    activity: { value: 1000, unit: "TJ" },
    dataQuality: { activity: "H" },
  },
  { gpc: "I.1.2", activity: { value: 500, unit: "MWh" }, factors: { CO2: { value: 0.1, unit: "t/MWh" } } },
  {
    gpc: "II.1.1",
    emissions: { CO2: { value: 7, unit: "kt" }, CH4: { value: 3, unit: "t" } },
    source: "SEEG",
  },
  { gpc: "I.4.2", notationKey: "NE", explanation: "no data" },
];

describe("editor lines", () => {
  it("round-trips every kind of stored line through the form", () => {
    expect(STORED.map((l) => toDocumentLine(fromDocumentLine(l)))).toEqual(STORED);
  });

  it.each([
    ["", undefined],
    [" 1 250.5 ", 1250.5],
    ["1e3", 1000],
    ["-2", -2],
    ["12,5", Number.NaN],
    ["abc", Number.NaN],
  ])("reads %j as %s", (text, value) => {
    expect(readNumber(text)).toEqual(value);
  });

  it("leaves out blank amounts and keeps unreadable ones as NaN for the engine to report", () => {
    const line = { ...blankLine("I.1.1"), emissions: [{ gas: "CO2", value: "", unit: "t" }] };
    expect(toDocumentLine(line)).toEqual({ gpc: "I.1.1" });
    const bad = toDocumentLine({ ...line, emissions: [{ gas: "CO2", value: "x", unit: "t" }] });
    expect(hasUnreadableNumber([bad])).toBe(true);
    expect(calculate({ lines: [bad] }).issues.map((i) => i.code)).toContain("non_finite_value");
  });

  it("changes a total as a typed value changes (live calculation)", () => {
    const line = blankLine("I.1.1");
    const typed = (value: string) =>
      calculate({ lines: [toDocumentLine({ ...line, emissions: [{ gas: "CO2", value, unit: "t" }] })] })
        .totals.basic;
    expect(typed("100")).toBe(100);
    expect(typed("1000")).toBe(1000);
  });
});

describe("editor grid", () => {
  const lines = STORED.map(fromDocumentLine);

  it("lists every GPC row once, by sector, with its lines numbered as in the document", () => {
    const sectors = gridSectors(lines, { text: "", onlyUsed: false });
    expect(sectors.flatMap((s) => s.rows).length).toBe(GPC_ROWS.length);
    const i11 = sectors[0]?.rows.find((r) => r.row.ref === "I.1.1");
    expect(i11?.lines.map((l) => l.number)).toEqual([1]);
    const ii = sectors.find((s) => s.ref === "II")?.rows.find((r) => r.row.ref === "II.1.1");
    expect(ii?.lines.map((l) => l.number)).toEqual([3]);
  });

  it("filters by reference prefix or name, and to rows with lines", () => {
    expect(
      gridSectors(lines, { text: "", onlyUsed: true }).flatMap((s) => s.rows.map((r) => r.row.ref)),
    ).toEqual(["I.1.1", "I.1.2", "I.4.2", "II.1.1"]);
    const row = gpcRow("III.1.1");
    expect(row && rowMatches(row, "iii.1")).toBe(true);
    expect(row && rowMatches(row, "waste")).toBe(true);
    expect(row && rowMatches(row, "aviation")).toBe(false);
  });

  it("adds at the end so earlier lines keep their numbers; updates and removes by key", () => {
    const added = addLine(lines, blankLine("I.1.1"));
    const i11 = gridSectors(added, { text: "I.1.1", onlyUsed: true })[0]?.rows[0];
    expect(i11?.lines.map((l) => l.number)).toEqual([1, 5]);
    const last = added[4];
    if (!last) throw new Error("no line added");
    const changed = updateLine(added, { ...last, source: "new" });
    expect(changed[4]?.source).toBe("new");
    expect(changed.slice(0, 4)).toEqual(lines);
    expect(removeLine(changed, last.key)).toEqual(lines);
  });
});
