/** Passwords (argon2id, via @node-rs/argon2) and random bearer secrets (stored as SHA-256 only). */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { sha256Hex } from "../../core/record/hash.ts";

/** Hashes a password with argon2id and the library's defaults (19 MiB, 2 passes; OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against an argon2 hash; false on a mismatch or an unreadable hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** A hash of nothing anyone knows, verified against when the email is unknown so that timing reveals nothing. */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(randomBytes(16).toString("hex"));
  return dummy;
}

/** A fresh random secret: 32 bytes, base64url, with an optional prefix (`ll_` for API tokens). */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** The stored form of a bearer secret: its SHA-256 (the secret has 256 bits, so no salt or stretching is needed). */
export function secretHash(secret: string): string {
  return sha256Hex(secret);
}
