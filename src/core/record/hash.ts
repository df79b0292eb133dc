/** SHA-256 digests of canonical JSON: event digests, chain hashes and published versions' content hashes. */
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";

/** Hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Hex SHA-256 of the canonical JSON of `value` (`known`: see `canonicalJson`). */
export function digestOf(value: unknown, known?: ReadonlyMap<object, string>): string {
  return sha256Hex(canonicalJson(value, known));
}

/** The content hash of a published inventory version: SHA-256 over canonical `{document, results}`. */
export function contentHashOf(
  document: unknown,
  results: unknown,
  known?: ReadonlyMap<object, string>,
): string {
  return contentHashOfCanonical(canonicalJson(document, known), canonicalJson(results, known));
}

/** The same content hash from the canonical JSON of each part (keys `document` < `results`, as sorted). */
export function contentHashOfCanonical(document: string, results: string): string {
  return sha256Hex(`{"document":${document},"results":${results}}`);
}

/** One audit event as it is chained: everything but its own hash and the previous hash. */
export interface ChainedEvent {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  digest: string;
}

/** The chain hash of an event: SHA-256(previous hash || canonical JSON of the event). */
export function chainHash(prevHash: string, event: ChainedEvent): string {
  return sha256Hex(prevHash + canonicalJson(event));
}

/** The previous hash of the first event of a chain. */
export const GENESIS_HASH = "0".repeat(64);
