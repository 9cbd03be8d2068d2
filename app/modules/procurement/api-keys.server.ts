// Per-supplier API tokens for POST /api/v1/supplier/offers. A token is shown once; only its
// SHA-256 hash is stored. Creating a new token revokes the supplier's previous ones.
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { supplierApiTokens } from "./schema.ts";

const TOKEN_PREFIX = "vvgsup_";
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type ApiTokenSummary = { id: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

/** The supplier's active token (at most one), without its secret. */
export async function activeApiToken(db: Db, supplierId: string): Promise<ApiTokenSummary | undefined> {
  const [row] = await db
    .select({
      id: supplierApiTokens.id,
      prefix: supplierApiTokens.prefix,
      createdAt: supplierApiTokens.createdAt,
      lastUsedAt: supplierApiTokens.lastUsedAt,
    })
    .from(supplierApiTokens)
    .where(and(eq(supplierApiTokens.supplierId, supplierId), isNull(supplierApiTokens.revokedAt)))
    .orderBy(desc(supplierApiTokens.createdAt))
    .limit(1);
  return row;
}

/** Creates a token (revoking earlier ones) and returns it: the only time it can be read. */
export async function createApiToken(
  db: Db,
  supplierId: string,
  actor: { personId: string; ip?: string | null },
): Promise<{ token: string; id: string }> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    await tx
      .update(supplierApiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(supplierApiTokens.supplierId, supplierId), isNull(supplierApiTokens.revokedAt)));
    const [row] = await tx
      .insert(supplierApiTokens)
      .values({
        supplierId,
        tokenHash: hashToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        createdBy: actor.personId,
      })
      .returning({ id: supplierApiTokens.id });
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: supplierId,
      ip: actor.ip ?? null,
      action: "procurement.api_token.created",
      targetType: "supplier_api_token",
      targetId: row!.id,
    });
    return { token, id: row!.id };
  });
}

/** Revokes the supplier's active tokens; false when there was none. */
export async function revokeApiTokens(
  db: Db,
  supplierId: string,
  actor: { personId: string; ip?: string | null },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(supplierApiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(supplierApiTokens.supplierId, supplierId), isNull(supplierApiTokens.revokedAt)))
      .returning({ id: supplierApiTokens.id });
    if (revoked.length === 0) return false;
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: supplierId,
      ip: actor.ip ?? null,
      action: "procurement.api_token.revoked",
      targetType: "supplier_api_token",
      targetId: revoked[0]!.id,
    });
    return true;
  });
}

/** The supplier a bearer token belongs to, or null for an unknown, revoked or malformed token. */
export async function supplierForToken(db: Db, token: string | null | undefined): Promise<string | null> {
  if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db
    .update(supplierApiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(supplierApiTokens.tokenHash, hashToken(token)), isNull(supplierApiTokens.revokedAt)))
    .returning({ supplierId: supplierApiTokens.supplierId });
  return row?.supplierId ?? null;
}
