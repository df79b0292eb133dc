import { describe, expect, it } from "vitest";
import type { User } from "../../api/client.ts";
import { homeFor } from "./home-for.ts";

const user = (roles: Array<User["roles"][number]["role"]>): User => ({
  id: "00000000-0000-4000-8000-000000000001",
  email: "u@example.org",
  name: "U",
  disabled: false,
  createdAt: "2025-01-01T00:00:00Z",
  roles: roles.map((role, i) => ({
    id: `00000000-0000-4000-8000-00000000001${i}`,
    role,
    jurisdictionId:
      role === "reporter" || role === "approver" ? "00000000-0000-4000-8000-000000000099" : null,
  })),
});
const office = {
  id: "00000000-0000-4000-8000-000000000042",
  key: "sa",
  name: "SA",
  kind: "regional-secretariat",
};

describe("homeFor", () => {
  it("sends office staff with no other role to their office, and other roles where they work", () => {
    expect(homeFor({ ...user([]), offices: [office] })).toBe(`/offices/${office.id}`);
    expect(homeFor({ ...user(["reporter"]), offices: [office] })).toBe("/work");
    expect(homeFor({ ...user(["admin"]), offices: [office] })).toBe("/admin/users");
    expect(homeFor({ ...user([]), offices: [] })).toBe("/");
    expect(homeFor(user(["funder"]))).toBe("/tap");
  });
});
