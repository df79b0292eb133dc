/** ETags from resource versions, and the versions `If-Match` headers name. */
import { unreadableIfMatch } from "../../services/errors.ts";

/** The ETag of a resource version: a quoted version number. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` header names; undefined when absent; throws when it names none of ours. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match?.[1]) throw unreadableIfMatch(header);
  return Number(match[1]);
}
