/**
 * Shared by the reliability tests: how many fuzz cases to run, hostile values, mutation of valid JSON bodies,
 * the checks every refusal must pass, and a fingerprint of everything stored (to prove a refusal wrote nothing).
 */
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import type { Db } from "../../src/db/database.ts";
import type { TestResponse } from "../../src/http/testing/test-app.ts";

/** LOCALLEDGER_LONG_TESTS=1 (CI) runs the long versions. */
export const LONG = process.env.LOCALLEDGER_LONG_TESTS === "1";

/** Fuzz cases per edge: 10,000 in the long run, 500 otherwise (LOCALLEDGER_FUZZ_RUNS overrides). */
export const FUZZ_RUNS = Number(process.env.LOCALLEDGER_FUZZ_RUNS) || (LONG ? 10_000 : 500);

/** A test timeout for `runs` cases of up to `msPerCase` each on a busy machine. */
export function timeoutFor(runs: number, msPerCase = 250): number {
  return 60_000 + runs * msPerCase;
}

/**
 * Prints one figure for the issue's note, and appends it to `$LOCALLEDGER_FIGURES_DIR/reliability.txt` when that is
 * set (CI prints the file after the tests, so the figures of every worker end up together).
 */
export function reportFigure(line: string): void {
  console.info(line);
  const dir = process.env.LOCALLEDGER_FIGURES_DIR;
  if (dir) appendFileSync(join(dir, "reliability.txt"), `${line}\n`);
}

/** Prints, once per edge, how many cases were tried and what they came to (the figures for the issue's note). */
export function reportCases(kind: string, seen: Record<string, Record<string, number>>): void {
  for (const [edge, counts] of Object.entries(seen)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const parts = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    reportFigure(`${kind} cases: ${edge}: ${total} (${parts})`);
  }
}

/** Strings that have broken parsers, SQL, file paths, spreadsheets and HTML elsewhere. */
export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "9".repeat(400),
  "0x10",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2f",
  "'; drop table inventories; --",
  "' or '1'='1",
  "$1",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "__proto__",
  "constructor",
  "x".repeat(5000),
];

/** Any JSON leaf, biased to the values that break things. */
export const nastyLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer(),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 0.1, 1990, 2100, 2101),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON value, including deep nesting. */
export const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyLeaf },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(nastyLeaf, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), nastyLeaf, { maxKeys: 4 }) },
  // Deeper nesting (to 400,000) is in access-hostile.test.ts: fast-check cannot print a counterexample that deep.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200 }).map(deeplyNested) },
);

/** `[[[…]]]` nested `depth` deep. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

type Op = "replace" | "delete" | "add" | "duplicate";

/** One mutation of a JSON value: where (an index into its paths), what, and with which value or key. */
export interface Mutation {
  at: number;
  op: Op;
  value: unknown;
  key: string;
}

/** Up to three mutations. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom<Op>("replace", "replace", "delete", "add", "duplicate"),
    value: nastyJson,
    key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("status", "version", "id", "__proto__")),
  }),
  { minLength: 1, maxLength: 3 },
);

type Container = Record<string, unknown> | unknown[];

function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** Applies mutations to a deep copy of `valid` (a mutation at the root replaces the whole value). */
export function mutate(valid: unknown, list: Mutation[]): unknown {
  let root = structuredClone(valid);
  for (const m of list) {
    const all = paths(root);
    const path = all[m.at % all.length] as Array<string | number>;
    if (path.length === 0) {
      if (m.op === "replace") root = structuredClone(m.value);
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((v, k) => (v as Container)[k as never], root) as Container;
    const last = path[path.length - 1] as string | number;
    if (Array.isArray(parent)) {
      const i = last as number;
      if (m.op === "replace") parent[i] = structuredClone(m.value);
      else if (m.op === "delete") parent.splice(i, 1);
      else if (m.op === "duplicate") parent.splice(i, 0, structuredClone(parent[i]));
      else parent.push(structuredClone(m.value));
    } else {
      const k = last as string;
      // defineProperty, not assignment: a key such as "__proto__" must become an own property, as JSON.parse makes it.
      const set = (key: string, value: unknown) =>
        Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
      if (m.op === "replace") set(k, structuredClone(m.value));
      else if (m.op === "delete") delete parent[k];
      else if (m.op === "duplicate") set(`${k}2`, structuredClone(parent[k]));
      else set(m.key, structuredClone(m.value));
    }
  }
  return root;
}

const LEAKS = [
  /\bat .+\.(ts|js):\d+/, // a stack frame
  /node_modules/,
  /\b(select|insert into|update \w+ set|delete from)\b.*\b(from|values|where)\b/i, // SQL text
  /violates .* constraint|duplicate key value|relation "|syntax error at or near/i, // PostgreSQL messages
  /TypeError|ReferenceError|RangeError|Cannot read propert/,
];

/** True when `text` shows a stack trace, SQL or a JavaScript error. */
export function leaksInternals(text: string): boolean {
  return LEAKS.some((pattern) => pattern.test(text));
}

/** What is wrong with an answer to hostile input, or undefined: no 5xx; a refusal in the error shape naming the problem. */
function gracelessness(res: TestResponse): string | undefined {
  if (res.status >= 500) return "a server error";
  if (res.status >= 400) {
    if (!/^[a-z_]+$/.test(res.error.code ?? "")) return "no error code";
    if (!(typeof res.error.message === "string" && res.error.message.length > 0)) return "no error message";
    if (res.error.code === "validation_failed") {
      if (!(Array.isArray(res.error.details) && res.error.details.length > 0)) return "no field named";
      for (const d of res.error.details ?? [])
        if (!(typeof d.path === "string" && d.message)) return "a problem without its field";
    }
    const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
    if (leaksInternals(text)) return "a stack trace, SQL or a JavaScript error in the answer";
  }
  return undefined;
}

/**
 * What every answer to hostile input must be: no 5xx; a refusal in the error shape naming the problem. `context`
 * may be a function, so that the thousands of cases that pass do not pay for describing themselves.
 */
export function expectGraceful(res: TestResponse, context: string | (() => string)): void {
  const wrong = gracelessness(res);
  if (wrong === undefined) return;
  const said = `${typeof context === "string" ? context : context()} → ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`;
  expect.fail(`${said}: ${wrong}`);
}

/** Tables whose rows a refused request may still add (failed sign-ins are recorded on purpose). */
const VOLATILE = new Set(["sign_in_failures"]);

let fingerprintQuery: string | undefined;

/** The next transaction id: any write takes one (committed or rolled back), reads never do. */
async function nextXid(db: Db): Promise<string> {
  const result = await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`);
  return (result as unknown as { rows: Array<{ x: string }> }).rows[0]?.x ?? "";
}

/** How many of the transactions given ids in [from, to) committed (the rest rolled back). */
async function committedBetween(db: Db, from: string, to: string): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::int as n from generate_series(${from}::bigint, ${to}::bigint - 1) x where pg_xact_status(x::text::xid8) = 'committed'`,
  );
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0]?.n ?? 0;
}

/**
 * Proves "a refusal wrote nothing" after every case without reading every table every time. Every write takes a
 * transaction id and every id ends committed or rolled back, so the ids taken since the last case say it all: none
 * taken, or none of them committed, and no row can have changed. That is stronger than comparing a digest of
 * every row (a committed write that changed nothing would pass a digest, not this).
 *
 * Where a refusal may commit on purpose (a failed sign-in is recorded: `refusalsMayCommit`), a refusal that did
 * commit is judged by the digest of every row of every table but the volatile ones, compared with the digest
 * taken after the last accepted write, as before.
 */
export class WriteWatch {
  private xid = "";
  private print = "";
  /** Refusals that committed and needed the full digest. */
  digests = 0;
  constructor(
    private readonly db: Db,
    private readonly refusalsMayCommit = false,
  ) {}

  async start(): Promise<void> {
    if (this.refusalsMayCommit) this.print = await fingerprint(this.db);
    this.xid = await nextXid(this.db);
  }

  /** After one case: a refused one (`refused`) must have left every table as it was. */
  async after(refused: boolean, context: () => string): Promise<void> {
    const xid = await nextXid(this.db);
    if (xid === this.xid) return;
    const committed = refused ? await committedBetween(this.db, this.xid, xid) : 1;
    if (committed > 0) {
      if (refused && !this.refusalsMayCommit)
        expect.fail(`${context()}: a refusal committed ${committed} transaction(s)`);
      if (this.refusalsMayCommit) {
        const now = await fingerprint(this.db);
        if (refused) {
          this.digests += 1;
          expect(now, `${context()}: a refusal changed the database`).toBe(this.print);
        }
        this.print = now;
      }
    }
    this.xid = await nextXid(this.db);
  }
}

/** A digest of every row of every table: equal before and after means nothing was written. */
export async function fingerprint(db: Db): Promise<string> {
  if (!fingerprintQuery) {
    const result = await db.execute(
      sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const tables = (result as unknown as { rows: Array<{ t: string }> }).rows
      .map((r) => r.t)
      .filter((t) => !VOLATILE.has(t));
    fingerprintQuery = `select md5(${tables
      .map((t) => `coalesce((select string_agg(md5(x::text), ',' order by md5(x::text)) from "${t}" x), '')`)
      .join(" || '|' || ")}) as digest`;
  }
  const result = await db.execute(sql.raw(fingerprintQuery));
  return (result as unknown as { rows: Array<{ digest: string }> }).rows[0]?.digest ?? "";
}
