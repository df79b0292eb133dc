import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.ts";
import { chainHash, contentHashOf, GENESIS_HASH, sha256Hex } from "./hash.ts";

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: [true, null, "x"] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 1, x: 2 }, a: undefined }, '{"z":{"x":2,"y":1}}'],
    [[undefined, Number.NaN, 1e21, 0.1, -0], "[null,null,1e+21,0.1,0]"],
    [{ d: new Date("2024-01-02T03:04:05.006Z") }, '{"d":"2024-01-02T03:04:05.006Z"}'],
    ['é\n"', '"é\\n\\""'],
    [undefined, "null"],
  ])("writes %j as %s", (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("does not depend on key order and survives a JSON round trip", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const again = JSON.parse(JSON.stringify(value)) as unknown;
        expect(canonicalJson(again)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(again);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });

  it("writes strings and numbers exactly as JSON.stringify does", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(canonicalJson(text)).toBe(JSON.stringify(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(canonicalJson(text)).toBe(JSON.stringify(text));
      }),
    );
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(canonicalJson(n)).toBe(JSON.stringify(n));
      }),
    );
  });

  it("refuses cycles and BigInts", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/BigInt/);
  });
});

describe("hashes", () => {
  it("hashes known text and chains on the previous hash", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const event = {
      seq: 1,
      at: "2024-01-01T00:00:00.000Z",
      actor: "a",
      entity: "e",
      entityId: "1",
      action: "create",
      digest: "d",
    };
    expect(chainHash(GENESIS_HASH, event)).not.toBe(chainHash("1".repeat(64), event));
    expect(chainHash(GENESIS_HASH, event)).toBe(chainHash(GENESIS_HASH, { ...event }));
    expect(chainHash(GENESIS_HASH, { ...event, digest: "e" })).not.toBe(chainHash(GENESIS_HASH, event));
  });

  it("gives a content hash that any change of document or results alters", () => {
    const base = contentHashOf({ lines: [{ v: 1 }] }, { total: 1 });
    expect(contentHashOf({ lines: [{ v: 1 }] }, { total: 1 })).toBe(base);
    expect(contentHashOf({ lines: [{ v: 2 }] }, { total: 1 })).not.toBe(base);
    expect(contentHashOf({ lines: [{ v: 1 }] }, { total: 1.0000001 })).not.toBe(base);
    expect(base).toBe(sha256Hex(canonicalJson({ document: { lines: [{ v: 1 }] }, results: { total: 1 } })));
  });
});
