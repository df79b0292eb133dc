/** The database schema: every table, for Drizzle and drizzle-kit. */
export * from "./account.schema.ts";
export * from "./action.schema.ts";
export * from "./analytics.schema.ts";
export * from "./audit.schema.ts";
export * from "./inventory.schema.ts";
export * from "./jurisdiction.schema.ts";
export * from "./member.schema.ts";
export * from "./reported-totals.schema.ts";
export * from "./risk.schema.ts";
export * from "./target.schema.ts";
export * from "./theme.schema.ts";
export * from "./workflow.schema.ts";
