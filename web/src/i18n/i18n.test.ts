import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { pt } from "./pt.ts";
import { leaves, placeholders } from "./translation-parity.ts";

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
