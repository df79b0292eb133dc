/**
 * Bulk inserts for imports and seeds: a chunk of rows travels as ONE JSON parameter that PostgreSQL unpacks with
 * `jsonb_to_recordset`, instead of one bound parameter per cell. Building a multi-row statement cell by cell costs
 * more in the client than the database spends storing the rows (measured in `npm run bench -- --import`), and a
 * JSON document is serialised natively. The same SQL runs on PGlite and PostgreSQL.
 *
 * Column names and SQL types come from the Drizzle table, so the statement follows the schema. A column no row
 * sets is left out (its default applies, as with Drizzle); a chunk in which a defaulted column is set in some rows
 * but not others goes through Drizzle's own multi-row insert, which writes DEFAULT per row.
 */
import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../database.ts";

/** Rows per statement: large enough to amortise the round trip, small enough to keep one JSON text modest. */
const CHUNK = 1_000;

/** A column's value in the JSON document, as `jsonb_to_recordset` reads it back into the column's type. */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value;
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Inserts `rows` into `table` (chunked); `expressions` gives SQL to store in a column for every row (e.g.
 * `now()`), in place of a value.
 */
export async function bulkInsert<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T["$inferInsert"]>,
  expressions: Partial<Record<keyof T["$inferInsert"], SQL>> = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await insertChunk(db, table, rows.slice(i, i + CHUNK), expressions);
}

async function insertChunk<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T["$inferInsert"]>,
  expressions: Partial<Record<keyof T["$inferInsert"], SQL>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as Array<[string, PgColumn]>;
  const used: Array<[string, PgColumn]> = [];
  for (const [key, column] of columns) {
    if (key in expressions) continue;
    let set = 0;
    for (const row of rows) if ((row as Record<string, unknown>)[key] !== undefined) set += 1;
    if (set === 0) continue;
    if (set < rows.length && (column.hasDefault || column.defaultFn !== undefined)) {
      // Mixed: some rows want the default. Drizzle writes DEFAULT cell by cell.
      await db.insert(table).values(rows.map((r) => ({ ...r, ...expressions })) as never);
      return;
    }
    used.push([key, column]);
  }
  const document = JSON.stringify(
    rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key] of used) out[key] = jsonValue((row as Record<string, unknown>)[key]);
      return out;
    }),
  );
  const expressionEntries = Object.entries(expressions) as Array<[string, SQL]>;
  const target = [
    ...used.map(([, c]) => quoteIdent(c.name)),
    ...expressionEntries.map(([key]) => quoteIdent(columnOf(columns, key).name)),
  ].join(", ");
  const shape = used.map(([key, c]) => `${quoteIdent(key)} ${c.getSQLType()}`).join(", ");
  const picked = used.map(([key]) => `x.${quoteIdent(key)}`);
  const selected = sql.join(
    [...picked.map((p) => sql.raw(p)), ...expressionEntries.map(([, expression]) => expression)],
    sql.raw(", "),
  );
  await db.execute(
    sql`insert into ${sql.raw(quoteIdent(getTableName(table)))} (${sql.raw(target)}) select ${selected} from jsonb_to_recordset(${document}::jsonb) as x(${sql.raw(shape)})`,
  );
}

function columnOf(columns: Array<[string, PgColumn]>, key: string): PgColumn {
  const found = columns.find(([k]) => k === key);
  if (!found) throw new Error(`bulkInsert: no column ${key}`);
  return found[1];
}
