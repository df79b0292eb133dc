/**
 * Canonical JSON: the one serialisation every digest and content hash is computed over. Object keys sorted by
 * UTF-16 code unit, no whitespace, numbers exactly as JavaScript serialises them (`JSON.stringify`), and the
 * JSON rules for what JSON cannot hold (`undefined` properties dropped, `undefined` in arrays and non-finite
 * numbers written as `null`, `toJSON` honoured), so that a value read back from a JSON column hashes the same.
 */

/** Serialises `value` as canonical JSON; throws on a cycle or a BigInt, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  const text = write(value, new Set());
  return text ?? "null";
}

function write(value: unknown, path: Set<object>): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return JSON.stringify(value);
    case "bigint":
      throw new TypeError("canonical JSON cannot hold a BigInt");
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  const object = value as object;
  if ("toJSON" in object && typeof object.toJSON === "function") {
    return write((object as { toJSON(): unknown }).toJSON(), path);
  }
  if (path.has(object)) throw new TypeError("canonical JSON cannot hold a cycle");
  path.add(object);
  let text: string;
  if (Array.isArray(object)) {
    text = `[${object.map((item) => write(item, path) ?? "null").join(",")}]`;
  } else {
    const record = object as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const item = write(record[key], path);
      if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
    }
    text = `{${parts.join(",")}}`;
  }
  path.delete(object);
  return text;
}
