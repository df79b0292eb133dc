import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "./permissions.ts";
import { authorize, can, privateReadScope } from "./policy.ts";
import { ANONYMOUS, SYSTEM_PRINCIPAL, userPrincipal } from "./principal.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const reporter = userPrincipal("r", [{ role: "reporter", jurisdictionId: A }]);
const approver = userPrincipal("p", [{ role: "approver", jurisdictionId: A }]);
const reviewer = userPrincipal("v", [{ role: "reviewer", jurisdictionId: null }]);
const admin = userPrincipal("a", [{ role: "admin", jurisdictionId: null }]);
const nobody = userPrincipal("n", []);
const funder = userPrincipal("f", [{ role: "funder", jurisdictionId: null }]);

/** The expected holders of each permission for jurisdiction A (B is nobody's but the network roles'). */
const EXPECTED: Record<Permission, string[]> = {
  "jurisdiction.write": ["admin"],
  "record.read_private": ["reporter", "approver", "reviewer", "admin"],
  "record.write": ["reporter", "admin"],
  "record.submit": ["reporter", "admin"],
  "record.reopen": ["reporter", "admin"],
  "record.publish": ["reviewer", "admin"],
  "record.return": ["reviewer", "admin"],
  "inventory.approve": ["approver", "admin"],
  "inventory.return_submission": ["approver", "reviewer", "admin"],
  "inventory.review": ["reviewer", "admin"],
  "inventory.verify": ["reviewer", "admin"],
  "inventory.return": ["reviewer", "admin"],
  "inventory.publish": ["reviewer", "admin"],
  "inventory.comment": ["reporter", "approver", "reviewer", "admin"],
  "inventory.import_published": ["admin"],
  "import.network": ["reviewer", "admin"],
  "user.manage": ["admin"],
  "audit.read": ["reviewer", "admin"],
  "token.own": ["reporter", "approver", "reviewer", "admin", "nobody", "funder"],
  "tap.fund": ["funder", "admin"],
  "tap.read_interests": ["reporter", "approver", "reviewer", "admin"],
  "gateway.propose": ["reporter", "approver", "reviewer", "admin", "nobody", "funder"],
  "gateway.review": ["reviewer", "admin"],
  "member.read_private": ["reporter", "approver", "admin"],
  "member.edit": ["reporter", "approver", "admin"],
  "member.manage": ["admin"],
  "office.staff": ["admin"],
  "programme.manage": ["admin"],
  "worknet.create": ["reporter", "approver", "admin"],
  "worknet.join": ["reporter", "approver", "admin"],
};

/** Permissions that do not depend on the jurisdiction asked about. */
const UNSCOPED = new Set<Permission>(["token.own", "gateway.propose", "worknet.create"]);

describe("policy", () => {
  const principals = { anonymous: ANONYMOUS, reporter, approver, reviewer, admin, nobody, funder };
  it.each(PERMISSIONS)(
    "grants %s to exactly the expected roles, scoped to their jurisdictions",
    (permission) => {
      for (const [name, p] of Object.entries(principals)) {
        expect([name, can(p, permission, A)]).toEqual([name, EXPECTED[permission].includes(name)]);
        const scoped = name === "reporter" || name === "approver";
        if (scoped && !UNSCOPED.has(permission)) expect([name, can(p, permission, B)]).toEqual([name, false]);
      }
      expect(can(SYSTEM_PRINCIPAL, permission, B)).toBe(true);
    },
  );

  it("lets office staff see and manage the memberships their office serves, and no others", () => {
    const office = userPrincipal("o", [], ["office-1"]);
    for (const permission of ["member.read_private", "member.edit", "member.manage"] as const) {
      expect(can(office, permission, A, "office-1")).toBe(true);
      expect(can(office, permission, A, "office-2")).toBe(false);
      expect(can(office, permission, A, null)).toBe(false);
      expect(can(reporter, permission, A, "office-1")).toBe(permission !== "member.manage");
    }
    expect(can(office, "worknet.join", A, "office-1")).toBe(false);
    expect(can(office, "record.read_private", A)).toBe(false);
  });

  it("throws unauthenticated for the anonymous and forbidden for others", () => {
    expect(() => authorize(ANONYMOUS, "record.write", A)).toThrow(
      expect.objectContaining({ code: "unauthenticated" }),
    );
    expect(() => authorize(reporter, "record.write", B)).toThrow(
      expect.objectContaining({ code: "forbidden" }),
    );
    expect(() => authorize(reporter, "record.write", A)).not.toThrow();
  });

  it("scopes private reads to a user's jurisdictions, or all for the network roles", () => {
    expect(privateReadScope(reviewer)).toBe("all");
    expect([...(privateReadScope(approver) as Set<string>)]).toEqual([A]);
    expect((privateReadScope(ANONYMOUS) as Set<string>).size).toBe(0);
  });
});
