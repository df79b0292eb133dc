import { describe, expect, it } from "vitest";
import { enThemeWork } from "./en.ts";
import { esThemeWork } from "./es.ts";
import { frThemeWork } from "./fr.ts";
import { ptThemeWork } from "./pt.ts";

function leaves(tree: object, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ["es", esThemeWork],
  ["fr", frThemeWork],
  ["pt", ptThemeWork],
])("%s theme work messages", (_, messages) => {
  const reference = new Map(leaves(enThemeWork));
  const translated = new Map(leaves(messages));
  it("have exactly the English keys, translated, none empty, with the same placeholders", () => {
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of translated) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ""));
    }
    const same = [...translated].filter(([key, text]) => text === reference.get(key));
    expect(same.length).toBeLessThan(reference.size / 4);
  });
});
