// The Open Badges issuer's signing keys: Ed25519, made once and stored with the private key
// encrypted (AES-256-GCM; the key is derived with HKDF from the portal's session secret), so a
// database dump alone cannot sign credentials. Rotating retires the active key; retired keys stay
// published (JWKS) so that credentials signed with them still verify.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import {
  calculateJwkThumbprint,
  type CryptoKey,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importJWK,
  importPKCS8,
  type JWK,
} from "jose";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { badgeKeys } from "./certificate.schema.ts";

export const BADGE_ALG = "EdDSA";

export type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK };

function wrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "vlavirgem.learning.badge-keys", "private-key-wrapping.v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>" (base64url), AES-256-GCM. */
export function encryptPrivateKey(pem: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(secret), iv);
  const body = Buffer.concat([cipher.update(pem, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptPrivateKey(sealed: string, secret: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("badge key: unknown encryption format");
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

async function makeKey(db: DbOrTx, secret: string) {
  const { publicKey, privateKey } = await generateKeyPair(BADGE_ALG, { crv: "Ed25519", extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk = { kty: String(jwk.kty), crv: String(jwk.crv), x: String(jwk.x), kid, alg: BADGE_ALG, use: "sig" };
  const pem = await exportPKCS8(privateKey);
  const [row] = await db
    .insert(badgeKeys)
    .values({ kid, algorithm: BADGE_ALG, publicJwk, privateKeyEncrypted: encryptPrivateKey(pem, secret) })
    .onConflictDoNothing()
    .returning({ kid: badgeKeys.kid });
  return row?.kid ?? null;
}

async function toSigningKey(row: typeof badgeKeys.$inferSelect, secret: string): Promise<SigningKey> {
  const privateKey = (await importPKCS8(decryptPrivateKey(row.privateKeyEncrypted, secret), BADGE_ALG)) as CryptoKey;
  return { kid: row.kid, privateKey, publicJwk: row.publicJwk as JWK };
}

/** The active signing key, made the first time it is needed. */
export async function activeSigningKey(db: Db, secret: string): Promise<SigningKey> {
  for (let tries = 0; tries < 3; tries++) {
    const [row] = await db
      .select()
      .from(badgeKeys)
      .where(and(eq(badgeKeys.algorithm, BADGE_ALG), isNull(badgeKeys.retiredAt)));
    if (row) return toSigningKey(row, secret);
    // Another instance may make it at the same moment: the unique active-key index picks one.
    await makeKey(db, secret);
  }
  throw new Error("badge key: could not make the signing key");
}

/** Retires the active key and makes a new one; returns the new key id. */
export async function rotateSigningKey(db: Db, secret: string, actorId: string | null): Promise<string> {
  return db.transaction(async (tx) => {
    const retired = await tx
      .update(badgeKeys)
      .set({ retiredAt: new Date() })
      .where(isNull(badgeKeys.retiredAt))
      .returning({ kid: badgeKeys.kid });
    const kid = await makeKey(tx, secret);
    if (!kid) throw new Error("badge key: rotation made no key");
    await recordAudit(tx, {
      actorId,
      action: "learning.badge.key-rotated",
      targetType: "badge_key",
      targetId: kid,
      details: { retired: retired.map((r) => r.kid) },
    });
    return kid;
  });
}

/** Every published key (active and retired) as a JWK Set: public parts only. */
export async function publicJwks(db: DbOrTx): Promise<{ keys: JWK[] }> {
  const rows = await db.select({ jwk: badgeKeys.publicJwk }).from(badgeKeys).orderBy(asc(badgeKeys.createdAt));
  return { keys: rows.map((r) => r.jwk as JWK) };
}

export async function publicJwk(db: DbOrTx, kid: string): Promise<JWK | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(kid)) return null;
  const [row] = await db.select({ jwk: badgeKeys.publicJwk }).from(badgeKeys).where(eq(badgeKeys.kid, kid));
  return (row?.jwk as JWK | undefined) ?? null;
}

/** The public key to check a signature with (null for an unknown key id). */
export async function verificationKey(db: DbOrTx, kid: string) {
  const jwk = await publicJwk(db, kid);
  return jwk ? ((await importJWK(jwk, BADGE_ALG)) as CryptoKey) : null;
}
