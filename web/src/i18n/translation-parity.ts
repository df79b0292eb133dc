/** Test support: a namespace's translations have exactly the English keys, filled, with the same placeholders. */
import { describe, expect, it } from "vitest";

/** Every leaf key of a message tree, with its text. */
export function leaves(tree: object, prefix = ""): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}
/** The `{{name}}` placeholders of a message, sorted. */
export const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Declares the parity test of `name`'s messages in each language against English. */
export function describeTranslations(name: string, english: object, others: Array<[string, object]>): void {
  describe.each(others)(`%s ${name} messages`, (_, messages) => {
    const reference = new Map(leaves(english));
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
}
