import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { tokens } from "./schema.ts";

export type TokenPurpose = (typeof tokens.$inferInsert)["purpose"];

export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  verify_email: 24 * 3600,
  reset_password: 3600,
  change_email: 24 * 3600,
  invitation: 7 * 24 * 3600,
};

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

type TokenData = { personId?: string | null; email?: string | null; organisationId?: string | null; roles?: string[] | null };

/** Creates a single-use link token; the secret goes into the link, only its hash is stored. */
export async function createToken(db: DbOrTx, purpose: TokenPurpose, data: TokenData): Promise<string> {
  const secret = newSecret();
  await db.insert(tokens).values({
    tokenHash: sha256(secret),
    purpose,
    personId: data.personId ?? null,
    email: data.email ?? null,
    organisationId: data.organisationId ?? null,
    roles: data.roles ?? null,
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
  });
  return secret;
}

export type TokenCheck = { ok: true; token: typeof tokens.$inferSelect } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Looks a token up without using it (to show a form behind a link). */
export async function peekToken(db: DbOrTx, purpose: TokenPurpose, secret: string): Promise<TokenCheck> {
  if (!secret || secret.length > 100) return { ok: false, reason: "invalid" };
  const [token] = await db
    .select()
    .from(tokens)
    .where(and(eq(tokens.tokenHash, sha256(secret)), eq(tokens.purpose, purpose)));
  if (!token) return { ok: false, reason: "invalid" };
  if (token.usedAt) return { ok: false, reason: "used" };
  if (token.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  return { ok: true, token };
}

/**
 * Uses a token exactly once: the UPDATE only succeeds for an unused, unexpired token, so two
 * clicks on the same link cannot both succeed. Call inside the transaction of the change.
 */
export async function consumeToken(db: DbOrTx, purpose: TokenPurpose, secret: string): Promise<TokenCheck> {
  const check = await peekToken(db, purpose, secret);
  if (!check.ok) return check;
  const [used] = await db
    .update(tokens)
    .set({ usedAt: new Date() })
    .where(and(eq(tokens.id, check.token.id), isNull(tokens.usedAt), gt(tokens.expiresAt, new Date())))
    .returning();
  return used ? { ok: true, token: used } : { ok: false, reason: "used" };
}
