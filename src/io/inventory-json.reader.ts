/** Reads an inventory document from JSON text (DESIGN.md format); lines are checked by the engine, not here. */
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
