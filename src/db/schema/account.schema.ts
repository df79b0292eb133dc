/** Accounts: people, their roles (scoped to jurisdictions), sessions, API tokens and failed sign-ins. */
import { index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { jurisdictions } from "./jurisdiction.schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A person who signs in; `disabledAt` revokes every session and token at once. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    disabledAt: ts("disabled_at"),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/** One role of a user: reporter and approver name a jurisdiction; reviewer and admin are network-wide (null). */
export const roleAssignments = pgTable(
  "role_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    jurisdictionId: uuid("jurisdiction_id").references(() => jurisdictions.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: text("created_by").notNull(),
  },
  (t) => [
    unique("role_assignments_key").on(t.userId, t.role, t.jurisdictionId).nullsNotDistinct(),
    index("role_assignments_jurisdiction_idx").on(t.jurisdictionId),
  ],
);

/** A signed-in browser session: only the SHA-256 of its token and of its CSRF token are stored. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfHash: text("csrf_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** A machine's API token, created and revoked by its owner; only its SHA-256 is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The first characters of the token, to tell tokens apart in a list. */
    prefix: text("prefix").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at"),
    revokedAt: ts("revoked_at"),
    lastUsedAt: ts("last_used_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

/** Failed sign-ins, keyed by a SHA-256 of email and client address, for the sign-in rate limit. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    keyHash: text("key_hash").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_key_at_idx").on(t.keyHash, t.at)],
);

/** The roles a user can hold. */
export const ROLE_NAMES = ["reporter", "approver", "reviewer", "admin", "funder"] as const;
