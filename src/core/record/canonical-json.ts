/**
 * Canonical JSON: the one serialisation every digest and content hash is computed over. Object keys sorted by
 * UTF-16 code unit, no whitespace, numbers exactly as JavaScript serialises them (`JSON.stringify`), and the
 * JSON rules for what JSON cannot hold (`undefined` properties dropped, `undefined` in arrays and non-finite
 * numbers written as `null`, `toJSON` honoured), so that a value read back from a JSON column hashes the same.
 */

/**
 * Serialises `value` as canonical JSON; throws on a cycle or a BigInt, as JSON.stringify does. `known` gives
 * the canonical JSON of objects already serialised (e.g. an inventory's lines, hashed for its content hash and
 * again for its audit event), so a large part is written once.
 */
export function canonicalJson(value: unknown, known?: ReadonlyMap<object, string>): string {
  return write(value, [], known) ?? "null";
}

/** Characters JSON.stringify escapes (controls, quote, backslash) or rewrites (lone surrogates). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters JSON escapes is the point.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function write(value: unknown, path: object[], known?: ReadonlyMap<object, string>): string | undefined {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      // String(n) is JSON's number text for every finite number (and "0" for -0).
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      throw new TypeError("canonical JSON cannot hold a BigInt");
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  if (value === null) return "null";
  const object = value as object;
  const done = known?.get(object);
  if (done !== undefined) return done;
  if (typeof (object as { toJSON?: unknown }).toJSON === "function") {
    return write((object as { toJSON(): unknown }).toJSON(), path, known);
  }
  if (path.includes(object)) throw new TypeError("canonical JSON cannot hold a cycle");
  path.push(object);
  let text: string;
  if (Array.isArray(object)) {
    text = "[";
    for (let i = 0; i < object.length; i++) {
      if (i > 0) text += ",";
      text += write(object[i], path, known) ?? "null";
    }
    text += "]";
  } else {
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    text = "{";
    let first = true;
    for (const key of keys) {
      const item = write(record[key], path, known);
      if (item === undefined) continue;
      text += `${first ? "" : ","}${quote(key)}:${item}`;
      first = false;
    }
    text += "}";
  }
  path.pop();
  return text;
}
