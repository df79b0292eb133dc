/**
 * Demo users, one per role, created only when the demonstration network is seeded (never otherwise), all with
 * the documented password `DEMO_PASSWORD`, so that a demo can be walked through every role. Turn them off with
 * LOCALLEDGER_DEMO_USERS=false on any server reachable by others. Creating the approver also makes Rio require
 * its approval (`requiresApprover`), so a Rio submission goes submitted → approved before review.
 */
import type { RoleName } from "../../policies/principal.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices } from "../../services/services.ts";
import type { Db } from "../database.ts";
import { appendAuditEvent } from "../repositories/audit.repository.ts";
import { findJurisdictionByKey, updateJurisdiction } from "../repositories/jurisdiction.repository.ts";
import { findUserByEmail } from "../repositories/user.repository.ts";

/** The password of every demo user (documented in src/db/seed/README.md; never use it for real accounts). */
export const DEMO_PASSWORD = "localledger-demo";

/** The demo jurisdiction reporter and approver work for: Rio de Janeiro, whose 2022 inventory is seeded. */
export const DEMO_JURISDICTION_LOCODE = "BR RIO";

/** The demo users: an email per role. */
export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: RoleName }> = [
  { email: "admin@demo.localledger.org", name: "Demo Admin", role: "admin" },
  { email: "reviewer@demo.localledger.org", name: "Demo Reviewer", role: "reviewer" },
  { email: "reporter@demo.localledger.org", name: "Demo Reporter (Rio de Janeiro)", role: "reporter" },
  { email: "approver@demo.localledger.org", name: "Demo Approver (Rio de Janeiro)", role: "approver" },
  { email: "funder@demo.localledger.org", name: "Demo Funder", role: "funder" },
];

/** Creates the demo users that do not exist yet; returns the emails created. */
export async function seedDemoUsers(db: Db): Promise<string[]> {
  const services = createServices(db);
  const rio = await findJurisdictionByKey(db, { locode: DEMO_JURISDICTION_LOCODE });
  const created: string[] = [];
  for (const u of DEMO_USERS) {
    if (await findUserByEmail(db, u.email)) continue;
    const scoped = u.role === "reporter" || u.role === "approver";
    if (scoped && !rio) continue;
    const grant = { role: u.role, jurisdictionId: scoped ? (rio?.id ?? null) : null };
    await services.users.create(
      { email: u.email, name: u.name, password: DEMO_PASSWORD, roles: [grant] },
      SYSTEM,
    );
    created.push(u.email);
    if (u.role === "approver" && rio && !rio.requiresApprover) await requireApprover(db, rio);
  }
  return created;
}

/** Makes the demo jurisdiction's submissions wait for its approver (audited like any jurisdiction update). */
async function requireApprover(db: Db, rio: NonNullable<Awaited<ReturnType<typeof findJurisdictionByKey>>>) {
  const { name, type, country, locode, cdpAccount, region, parentId, tags } = rio;
  const values = { name, type, country, locode, cdpAccount, region, parentId, tags, requiresApprover: true };
  const outcome = await updateJurisdiction(db, rio.id, rio.version, values, SYSTEM.id);
  if (!outcome.ok) throw new Error("the demo jurisdiction changed while the demo users were seeded");
  const { createdAt: _c, updatedAt: _u, ...state } = outcome.row;
  await appendAuditEvent(db, {
    actor: SYSTEM.id,
    entity: "jurisdiction",
    entityId: rio.id,
    action: "update",
    state: { ...state, note: "the demo approver approves Rio's submissions" },
  });
}
