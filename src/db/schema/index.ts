/** The database schema: every table, for Drizzle and drizzle-kit. */
export * from "./action.schema.ts";
export * from "./inventory.schema.ts";
export * from "./jurisdiction.schema.ts";
export * from "./risk.schema.ts";
export * from "./target.schema.ts";
