/**
 * Reads an inventory document from JSON text (DESIGN.md format); lines are checked by the engine, not here, but
 * they are kept as written, so every key and string must be text the database can store, nested as documents are.
 */
import { z } from "zod";
import type { InventoryDocument } from "../core/document.ts";
import { FileFormatError } from "./errors.ts";

const documentShape = z.object({
  jurisdiction: z.string().optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  gwp: z.enum(["AR4", "AR5", "AR6"]).optional(),
  population: z.unknown().optional(),
  lines: z.array(z.record(z.string(), z.unknown()), {
    error: (iss) => (iss.input === undefined ? "is missing" : "must be an array of line objects"),
  }),
});

/** A NUL character, or half of a surrogate pair: text PostgreSQL cannot store (its JSON and text types refuse them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is what it finds
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const unstorable = (text: string) => text.search(UNSTORABLE) >= 0;

/**
 * Nesting a document may have: a line's quantities sit 6 deep (document, lines, line, emissions, gas, value); what
 * goes far deeper is no inventory, and PostgreSQL's JSON reader slows to a halt on it (100,000 levels took minutes).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * What in `value` cannot be stored, or undefined: the first key or string holding such text, or the first value
 * nested deeper than MAX_JSON_DEPTH, with its path ("lines.1.emissions.CO2"; the offending characters shown as
 * U+FFFD). Walks with a stack of its own, so any depth JSON.parse reads is checked without overflowing.
 */
function unstorablePart(value: unknown): string | undefined {
  const stack: Array<[unknown, string, number]> = [[value, "", 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, path, depth] = next;
    if (typeof item === "string") {
      if (unstorable(item)) return `"${path || "(root)"}" holds ${BAD_TEXT}`;
    } else if (typeof item === "object" && item !== null) {
      if (depth > MAX_JSON_DEPTH) return `"${path}" is nested deeper than ${MAX_JSON_DEPTH} levels`;
      const entries = Object.entries(item).map(
        ([key, inner]) =>
          [key, inner, `${path ? `${path}.` : ""}${key.replace(UNSTORABLE, "\uFFFD")}`] as const,
      );
      const badKey = entries.find(([key]) => unstorable(key));
      if (badKey) return `the key "${badKey[2]}" holds ${BAD_TEXT}`;
      for (const [, inner, at] of entries.reverse()) stack.push([inner, at, depth + 1]);
    }
  }
  return undefined;
}

const BAD_TEXT =
  "a NUL character (\\u0000) or half of a surrogate pair (\\ud800–\\udfff alone), which text cannot hold";

/** Parses JSON text into an inventory document, or throws a FileFormatError that names the problem. */
export function readInventoryJson(text: string, name = "document"): InventoryDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FileFormatError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new FileFormatError(`${name} is not an inventory document: expected a JSON object with "lines"`);
  }
  // Every key and string is kept as written (lines are stored whole), so each must be text the database can store.
  const wrong = unstorablePart(data);
  if (wrong !== undefined) throw new FileFormatError(`${name} is not an inventory document: ${wrong}`);
  const parsed = documentShape.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.join(".") || "(root)";
    throw new FileFormatError(
      `${name} is not an inventory document: "${path}" ${first?.message ?? "is invalid"}`,
    );
  }
  return parsed.data as unknown as InventoryDocument;
}
