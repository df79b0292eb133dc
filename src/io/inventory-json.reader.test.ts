import { describe, expect, it } from "vitest";
import { FileFormatError } from "./errors.ts";
import { MAX_JSON_DEPTH, readInventoryJson } from "./inventory-json.reader.ts";

const line = { gpc: "II.1.1", emissions: { CO2: { value: 120, unit: "t" } } };

/** The reader's refusal of `doc` (serialised), or "read" when it reads. */
function refusal(doc: unknown): string {
  try {
    readInventoryJson(JSON.stringify(doc), "inventory.json");
    return "read";
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
}

describe("reading an inventory JSON document", () => {
  it("reads a document, keeping its lines as written", () => {
    const doc = { jurisdiction: "BR FZZ", year: 2021, lines: [line, { ...line, note: "São Paulo 😀" }] };
    expect(readInventoryJson(JSON.stringify(doc))).toEqual(doc);
  });

  // Found by the importer fuzz (test/reliability/fuzz-import-inventory-json.test.ts): a "\u0000" in a field the
  // reader keeps reached PostgreSQL's jsonb, whose error escaped the import as a crash quoting the SQL.
  it("refuses a NUL character anywhere in the document, naming where", () => {
    const nested = { ...line, emissions: { CO2: { value: 120, unit: "t", "": { "": "\u0000" } } } };
    expect(refusal({ year: 2021, lines: [line, nested] })).toBe(
      'inventory.json is not an inventory document: "lines.1.emissions.CO2.." holds a NUL character (\\u0000) or ' +
        "half of a surrogate pair (\\ud800–\\udfff alone), which text cannot hold",
    );
    expect(refusal({ jurisdiction: "BR\u0000FZZ", lines: [] })).toContain('"jurisdiction" holds a NUL');
    expect(refusal({ lines: [{ ...line, "gpc\u0000": 1 }] })).toContain(
      'the key "lines.0.gpc\uFFFD" holds a NUL',
    );
  });

  it("refuses half of a surrogate pair (PostgreSQL's JSON refuses it too), and takes whole pairs", () => {
    expect(refusal({ lines: [{ ...line, explanation: "a\uD800b" }] })).toContain(
      '"lines.0.explanation" holds',
    );
    expect(refusal({ lines: [{ ...line, explanation: "\uDC00" }] })).toContain('"lines.0.explanation" holds');
    expect(refusal({ lines: [{ ...line, explanation: "\uD83D\uDE00" }] })).toBe("read");
  });

  it("refuses nesting deeper than an inventory has, at any depth JSON.parse reads", () => {
    const nested = (depth: number, inner: string) =>
      `{"lines":[{"gpc":"II.1.1","deep":${"[".repeat(depth)}${inner}${"]".repeat(depth)}}]}`;
    // The document, the lines and the line are 3 levels: 29 arrays more are 32, one more is too deep.
    expect(readInventoryJson(nested(MAX_JSON_DEPTH - 3, "1")).lines[0]).toHaveProperty("deep");
    expect(refusal(JSON.parse(nested(MAX_JSON_DEPTH - 2, "1")))).toBe(
      `inventory.json is not an inventory document: "lines.0.deep${".0".repeat(MAX_JSON_DEPTH - 3)}" is nested deeper than ${MAX_JSON_DEPTH} levels`,
    );
    // Found by trying: PostgreSQL's JSON reader took minutes on 100,000 levels; the reader stops at once.
    expect(() => readInventoryJson(nested(400_000, '"\\u0000"'), "deep.json")).toThrow(
      /^deep\.json is not an inventory document: "lines\.0\.deep(\.0){29}" is nested deeper than 32 levels$/,
    );
  });
});
