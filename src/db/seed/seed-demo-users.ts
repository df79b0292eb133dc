/**
 * Demo users, one per role, created only when the demonstration network is seeded (never otherwise), all with
 * the documented password `DEMO_PASSWORD`, so that a demo can be walked through every role. Turn them off with
 * LOCALLEDGER_DEMO_USERS=false on any server reachable by others.
 */
import type { RoleName } from "../../policies/principal.ts";
import { SYSTEM } from "../../services/service-helpers.ts";
import { createServices } from "../../services/services.ts";
import type { Db } from "../database.ts";
import { findJurisdictionByKey } from "../repositories/jurisdiction.repository.ts";
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
  }
  return created;
}
