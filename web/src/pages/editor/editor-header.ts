/** The inventory's own fields as the form holds them, and the API input they make with the lines. */
import type { Inventory, InventoryInput, InventoryLine } from "../../api/client.ts";
import type { GwpSet, InventoryDocument } from "../../engine.ts";
import { readNumber } from "./editor-lines.ts";

/** Year, kind, GWP set, population and boundary, as typed. */
export interface EditorHeader {
  jurisdictionId: string;
  year: string;
  kind: "community" | "government";
  gwp: GwpSet;
  population: string;
  boundary: string;
}

/** The form fields of a stored inventory. */
export function headerOf(inventory: Inventory): EditorHeader {
  return {
    jurisdictionId: inventory.jurisdictionId,
    year: String(inventory.year),
    kind: inventory.kind === "government" ? "government" : "community",
    gwp: inventory.gwp,
    population: inventory.population === null ? "" : String(inventory.population),
    boundary: inventory.boundary ?? "",
  };
}

/** A new inventory's fields: last year, community, AR5. */
export function newHeader(jurisdictionId: string, now = new Date()): EditorHeader {
  return {
    jurisdictionId,
    year: String(now.getFullYear() - 1),
    kind: "community",
    gwp: "AR5",
    population: "",
    boundary: "",
  };
}

/** The document the engine calculates (as the server will). */
export function documentOf(header: EditorHeader, lines: InventoryLine[]): InventoryDocument {
  const population = readNumber(header.population);
  const year = readNumber(header.year);
  return {
    ...(year === undefined ? {} : { year }),
    gwp: header.gwp,
    ...(population === undefined ? {} : { population }),
    lines,
  };
}

/** The body of a create or update. */
export function inputOf(header: EditorHeader, lines: InventoryLine[]): InventoryInput {
  const population = readNumber(header.population);
  return {
    jurisdictionId: header.jurisdictionId,
    year: readNumber(header.year) ?? Number.NaN,
    kind: header.kind,
    gwp: header.gwp,
    population: population === undefined ? null : population,
    boundary: header.boundary.trim() === "" ? null : header.boundary.trim(),
    lines,
  };
}
