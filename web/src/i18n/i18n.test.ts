import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { pt } from "./pt.ts";

/** Every leaf key of a message tree, with its text. */
function leaves(tree: object, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ["es", es],
  ["fr", fr],
  ["pt", pt],
])("%s messages", (_, messages) => {
  const reference = new Map(leaves(en));
  const translated = new Map(leaves(messages));

  it("have exactly the English keys, none empty", () => {
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of translated) expect(text.trim(), key).not.toBe("");
  });

  it("keep every placeholder of the English text", () => {
    for (const [key, text] of reference)
      expect(placeholders(translated.get(key) ?? ""), key).toEqual(placeholders(text));
  });
});
