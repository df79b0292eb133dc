/** The principal of a request, set once by the authentication middleware and read by every handler. */
import type { Context } from "hono";
import { ANONYMOUS, type Principal } from "../../policies/principal.ts";

const KEY = "principal";

/** Records who is asking. */
export function setPrincipal(c: Context, principal: Principal): void {
  c.set(KEY as never, principal as never);
}

/** Who is asking; anonymous when no credential was given. */
export function principalOf(c: Context): Principal {
  return ((c.var as Record<string, unknown>)[KEY] as Principal | undefined) ?? ANONYMOUS;
}
