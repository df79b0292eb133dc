/** Columns every table carries: id, audit timestamps and authors, and the optimistic-concurrency version. */
import { integer, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Millisecond precision so that a timestamp survives a round trip through a JavaScript `Date` (cursors). */
const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 }).notNull().defaultNow();

/** Returns the id, audit and version columns shared by every entity table. */
export function entityColumns() {
  return {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: ts("created_at"),
    updatedAt: ts("updated_at"),
    createdBy: text("created_by").notNull().default("system"),
    updatedBy: text("updated_by").notNull().default("system"),
    version: integer("version").notNull().default(1),
  };
}
