/**
 * Sign-in, sessions and API tokens. Sign-in is rate-limited in the database (so every server shares the count)
 * three ways: per email and client address, per email from any address (slow guessing from many machines), and
 * per address whatever the email (one machine trying many accounts); an unknown email and a wrong password get
 * the same error after the same work. Sessions and tokens are random 256-bit secrets stored as SHA-256.
 */
import type { Db } from "../../db/database.ts";
import {
  clearSignInFailures,
  deleteSession,
  findLiveApiToken,
  findLiveSession,
  insertSession,
  insertSignInFailure,
  signInFailureCounts,
} from "../../db/repositories/credential.repository.ts";
import { officesOfUser } from "../../db/repositories/member.repository.ts";
import {
  findUser,
  findUserByEmail,
  type RoleRow,
  rolesOf,
  type UserRow,
} from "../../db/repositories/user.repository.ts";
import { authorize } from "../../policies/policy.ts";
import { type Principal, userPrincipal } from "../../policies/principal.ts";
import { DomainError } from "../errors.ts";
import { dummyPasswordHash, newSecret, secretHash, verifyPassword } from "./secrets.ts";

/** How sessions live and how sign-in is limited. */
export interface AuthOptions {
  sessionTtlMs: number;
  /**
   * Within `windowMs`: at most `max` failed sign-ins per email and address, `perAccount` per email from any
   * address, and `perAddress` per address whatever the email.
   */
  signInLimit: { max: number; perAccount: number; perAddress: number; windowMs: number };
}

/** Defaults: 12-hour sessions; in 15 minutes 5 failures per email and address, 20 per email, 50 per address. */
export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  sessionTtlMs: 12 * 3600_000,
  signInLimit: { max: 5, perAccount: 20, perAddress: 50, windowMs: 15 * 60_000 },
};

/** A new session: the secrets to set as cookies (shown once) and the signed-in user. */
export interface NewSession {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow & { roles: RoleRow[] };
}

/** Who a credential belongs to, and (for a session) the hash its CSRF token must match. */
export interface Authenticated {
  principal: Principal;
  csrfHash: string | null;
}

const invalidCredentials = () => new DomainError("invalid_credentials", "the email or password is wrong");

/** Authentication use cases over one database. */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly options: AuthOptions = DEFAULT_AUTH_OPTIONS,
  ) {}

  /** Checks an email and password and opens a session; refuses after too many failures. */
  async signIn(email: string, password: string, clientAddress: string): Promise<NewSession> {
    const account = email.trim().toLowerCase();
    const key = secretHash(`${account}|${clientAddress}`);
    const keys = [key, secretHash(`account|${account}`), secretHash(`address|${clientAddress}`)];
    const { max, perAccount, perAddress, windowMs } = this.options.signInLimit;
    const now = Date.now();
    const counts = await signInFailureCounts(this.db, keys, new Date(now - windowMs));
    const limits = [max, perAccount, perAddress];
    const over = keys.flatMap((k, i) => {
      const seen = counts.get(k);
      return seen && seen.n >= (limits[i] as number) ? [seen.oldest.getTime() + windowMs - now] : [];
    });
    if (over.length > 0) {
      throw new DomainError("too_many_requests", "too many failed sign-ins; try again later", {
        retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...over) / 1000)),
      });
    }
    const user = await findUserByEmail(this.db, email.trim());
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || user.disabledAt) {
      await insertSignInFailure(this.db, keys);
      throw invalidCredentials();
    }
    await clearSignInFailures(this.db, key, new Date(now - windowMs));
    const sessionToken = newSecret();
    const csrfToken = newSecret();
    const expiresAt = new Date(Date.now() + this.options.sessionTtlMs);
    await insertSession(this.db, {
      tokenHash: secretHash(sessionToken),
      userId: user.id,
      csrfHash: secretHash(csrfToken),
      expiresAt,
    });
    const roles = (await rolesOf(this.db, [user.id])).get(user.id) ?? [];
    return { sessionToken, csrfToken, expiresAt, user: { ...user, roles } };
  }

  /** Ends the caller's session (when signed in by cookie); anyone not signed in is refused. */
  async signOut(principal: Principal, sessionToken: string | undefined): Promise<void> {
    authorize(principal, "token.own");
    if (sessionToken) await deleteSession(this.db, secretHash(sessionToken));
  }

  /** The principal of a live session cookie, or undefined (unknown, expired, or its user disabled). */
  async fromSession(sessionToken: string): Promise<Authenticated | undefined> {
    const owner = await findLiveSession(this.db, secretHash(sessionToken));
    return owner && { principal: await this.principalOf(owner.userId), csrfHash: owner.csrfHash };
  }

  /** The principal of a live API token, or undefined (unknown, revoked, expired, or its user disabled). */
  async fromApiToken(token: string): Promise<Authenticated | undefined> {
    const owner = await findLiveApiToken(this.db, secretHash(token));
    return owner && { principal: await this.principalOf(owner.userId), csrfHash: null };
  }

  /** The signed-in user's own record. */
  async me(principal: Principal): Promise<UserRow & { roles: RoleRow[] }> {
    const user = principal.kind === "user" ? await findUser(this.db, principal.id) : undefined;
    if (!user) throw new DomainError("unauthenticated", "sign in, or send an API token, to see your account");
    return { ...user, roles: (await rolesOf(this.db, [user.id])).get(user.id) ?? [] };
  }

  private async principalOf(userId: string): Promise<Principal> {
    const roles = (await rolesOf(this.db, [userId])).get(userId) ?? [];
    return userPrincipal(userId, roles, await officesOfUser(this.db, userId));
  }
}
