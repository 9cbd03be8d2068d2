// Open Badges 3.0: the issuer profile, achievements and the OpenBadgeCredential of a certificate,
// signed as a VC-JWT (compact JWS, EdDSA/Ed25519). The JWT header's `kid` is an https URL that
// dereferences to the public JWK; the claims repeat the credential's iss/jti/sub/nbf/exp.
import { compactVerify, decodeProtectedHeader, SignJWT } from "jose";
import type { DbOrTx } from "../../db/client.server.ts";
import { BADGE_ALG, type SigningKey, verificationKey } from "./badge-keys.server.ts";

export const OB_CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

export const issuerId = (baseUrl: string) => `${baseUrl}/openbadges/issuer`;
export const keyUrl = (baseUrl: string, kid: string) => `${baseUrl}/openbadges/issuer/keys/${kid}`;
export const achievementId = (baseUrl: string, courseId: string) => `${baseUrl}/openbadges/achievements/${courseId}`;
export const verifyUrl = (baseUrl: string, code: string) => `${baseUrl}/verify/${code}`;

/** The issuer's Profile (OB 3.0 §B.1.11). */
export function issuerProfile(baseUrl: string) {
  return {
    "@context": OB_CONTEXT,
    id: issuerId(baseUrl),
    type: ["Profile"],
    name: "VlaVirGem",
    url: baseUrl,
    description:
      "VlaVirGem, de vereniging van ICT-medewerkers van Vlaamse lokale besturen, reikt deze certificaten uit voor opleidingen op haar portaal.",
    // Where the keys that sign VlaVirGem's credentials are published (a JWK Set).
    otherIdentifier: [
      { type: "IdentifierEntry", identifier: `${baseUrl}/openbadges/issuer/jwks.json`, identifierType: "identifier" },
    ],
  };
}

export type AchievementFacts = { courseId: string; title: string; summary: string; validityMonths: number | null };

export function achievement(baseUrl: string, course: AchievementFacts) {
  const validity = course.validityMonths
    ? ` Het certificaat blijft ${course.validityMonths} maanden geldig.`
    : " Het certificaat vervalt niet.";
  return {
    id: achievementId(baseUrl, course.courseId),
    type: ["Achievement"],
    achievementType: "Certificate",
    name: course.title,
    description: course.summary || course.title,
    criteria: {
      narrative: `Alle verplichte lessen en toetsen van de opleiding "${course.title}" op VlaVirGem met succes afgewerkt.${validity}`,
    },
    inLanguage: "nl-BE",
    creator: { id: issuerId(baseUrl), type: ["Profile"], name: "VlaVirGem" },
  };
}

export type CredentialFacts = {
  certificateId: string;
  code: string;
  subjectId: string;
  recipientName: string;
  issuedAt: Date;
  validUntil: Date | null;
  course: AchievementFacts;
};

/** The OpenBadgeCredential of a certificate (unsigned). */
export function openBadgeCredential(baseUrl: string, facts: CredentialFacts) {
  return {
    "@context": OB_CONTEXT,
    id: `urn:uuid:${facts.certificateId}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: `Certificaat ${facts.course.title}`,
    issuer: { id: issuerId(baseUrl), type: ["Profile"], name: "VlaVirGem", url: baseUrl },
    validFrom: facts.issuedAt.toISOString(),
    ...(facts.validUntil ? { validUntil: facts.validUntil.toISOString() } : {}),
    credentialSubject: {
      id: `urn:uuid:${facts.subjectId}`,
      type: ["AchievementSubject"],
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: facts.recipientName }],
      achievement: achievement(baseUrl, facts.course),
    },
    evidence: [{ id: verifyUrl(baseUrl, facts.code), type: ["Evidence"], name: `Verificatie van certificaat ${facts.code}` }],
  };
}

export type OpenBadgeCredential = ReturnType<typeof openBadgeCredential>;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Signs the credential as a VC-JWT (OB 3.0 §8.2): the credential is the payload, plus its JWT claims. */
export async function signCredential(baseUrl: string, credential: OpenBadgeCredential, key: SigningKey): Promise<string> {
  const jwt = new SignJWT({ ...credential })
    .setProtectedHeader({ alg: BADGE_ALG, typ: "JWT", kid: keyUrl(baseUrl, key.kid) })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.id)
    .setNotBefore(seconds(new Date(credential.validFrom)))
    .setIssuedAt(seconds(new Date(credential.validFrom)));
  if ("validUntil" in credential && credential.validUntil) jwt.setExpirationTime(seconds(new Date(credential.validUntil)));
  return jwt.sign(key.privateKey);
}

export type SignatureCheck =
  | { ok: true; credential: OpenBadgeCredential; claims: Record<string, unknown>; kid: string }
  | { ok: false; reason: "malformed" | "unknown-key" | "bad-signature" | "claims-mismatch" };

/**
 * Checks a VC-JWT of ours: the key named by `kid` (one of our published keys), the signature,
 * and that every JWT claim matches the credential inside it. Dates are judged by the caller.
 */
export async function checkCredentialJwt(db: DbOrTx, baseUrl: string, jwt: string): Promise<SignatureCheck> {
  let kidUrl: string;
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== BADGE_ALG || typeof header.kid !== "string") return { ok: false, reason: "malformed" };
    kidUrl = header.kid;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const prefix = keyUrl(baseUrl, "");
  if (!kidUrl.startsWith(prefix)) return { ok: false, reason: "unknown-key" };
  const kid = kidUrl.slice(prefix.length);
  const key = await verificationKey(db, kid);
  if (!key) return { ok: false, reason: "unknown-key" };
  let claims: Record<string, unknown>;
  try {
    const { payload } = await compactVerify(jwt, key, { algorithms: [BADGE_ALG] });
    claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: "bad-signature" };
  }
  const credential = claims as unknown as OpenBadgeCredential;
  const validUntil = "validUntil" in credential ? (credential.validUntil as string | undefined) : undefined;
  const matches =
    claims.iss === credential.issuer?.id &&
    credential.issuer?.id === issuerId(baseUrl) &&
    claims.jti === credential.id &&
    claims.sub === credential.credentialSubject?.id &&
    claims.nbf === seconds(new Date(credential.validFrom)) &&
    (validUntil ? claims.exp === seconds(new Date(validUntil)) : claims.exp === undefined) &&
    Array.isArray(credential.type) &&
    credential.type.includes("OpenBadgeCredential");
  if (!matches) return { ok: false, reason: "claims-mismatch" };
  return { ok: true, credential, claims, kid };
}
