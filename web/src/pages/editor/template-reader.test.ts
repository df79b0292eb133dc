import { describe, expect, it } from "vitest";
import { parseCsv, readTemplateCsv } from "./template-reader.ts";

describe("template reader (CSV)", () => {
  it("parses quoted cells, doubled quotes and CRLF", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "2", "3"],
    ]);
  });

  it("reads lines with nested columns, skips unfilled rows and reports problems", () => {
    const csv = [
      "gpc,row name (info),emissions.CO2.value,emissions.CO2.unit,notationKey,explanation,bogus",
      "I.1.1,Residential,12.5,t,,,",
      "I.1.2,Commercial,,,,,",
      "I.4.2,Energy,,,NE,no data,",
      ",,3,t,,,",
      "II.1.1,Road,lots,t,,,",
    ].join("\n");
    const read = readTemplateCsv(csv);
    expect(read.lines).toEqual([
      { gpc: "I.1.1", emissions: { CO2: { value: 12.5, unit: "t" } } },
      { gpc: "I.4.2", notationKey: "NE", explanation: "no data" },
      { gpc: "II.1.1", emissions: { CO2: { value: "lots", unit: "t" } } },
    ]);
    expect(read.problems).toEqual([
      { row: 1, column: "bogus", message: "not a template column" },
      { row: 5, column: "gpc", message: "the line has no GPC reference" },
      { row: 6, column: "emissions.CO2.value", message: 'expected a number, found "lots"' },
    ]);
  });
});
