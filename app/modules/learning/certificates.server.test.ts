import { eq } from "drizzle-orm";
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { createPerson } from "../../../tests/factories/identity.ts";
import { activeSigningKey, decryptPrivateKey, encryptPrivateKey, publicJwks, rotateSigningKey } from "./badge-keys.server.ts";
import { checkCredentialJwt, issuerProfile, keyUrl } from "./badge-credential.server.ts";
import { badgeKeys, certificates } from "./certificate.schema.ts";
import {
  apiVerifyCertificate,
  type CertificateContext,
  certificatePdf,
  CODE_PATTERN,
  issueCertificate,
  issueMissingCertificates,
  newCertificateCode,
  normaliseCode,
  revokeCertificate,
  sendCertificateReminders,
  verifyCertificate,
} from "./certificates.server.ts";
import { importCourse } from "./import-course.server.ts";
import { enrolments } from "./schema.ts";

const database = await createTestDatabase();
const db = database.db;
const BASE = "https://vlavirgem.test";
const SECRET = "a-test-secret-that-is-long-enough-for-hkdf-0123456789";
const context: CertificateContext = { db, baseUrl: BASE, secret: SECRET };
const DAY = 24 * 60 * 60 * 1000;

async function course(validityMonths: number | null = 12) {
  const { courseId } = await importCourse(db, {
    slug: `cert-${Math.random().toString(36).slice(2, 10)}`,
    title: "Fundamentele cybersecurity — ≥ basis",
    summary: "Herken phishing en meld incidenten.",
    format: "package",
    topic: "cybersecurity",
    level: "basic",
    audience: "everyone",
    durationMinutes: 60,
    validityMonths,
    modules: [{ title: "M", lessons: [{ title: "Les", kind: "text", body: "Tekst", durationMinutes: 5 }] }],
  });
  return courseId;
}

async function completion(validityMonths: number | null = 12, completedAt = new Date()) {
  const courseId = await course(validityMonths);
  const person = await createPerson(db, { name: "Łukasz Peeters-Dubois" });
  const [version] = await database.query<{ id: string }>("SELECT id FROM learning.course_versions WHERE course_id = $1", [
    courseId,
  ]);
  const [enrolment] = await db
    .insert(enrolments)
    .values({ courseId, personId: person.id, versionId: version!.id, completedAt, completedVersionId: version!.id })
    .returning();
  const validUntil = validityMonths ? new Date(completedAt.getTime() + validityMonths * 30 * DAY) : null;
  return { person, courseId, facts: { enrolmentId: enrolment!.id, courseId, personId: person.id, completedAt, validUntil } };
}

describe("certificate codes", () => {
  it("are unambiguous and read back however they are typed", () => {
    const code = newCertificateCode();
    expect(code).toMatch(CODE_PATTERN);
    expect(normaliseCode(code.toLowerCase().replaceAll("-", " "))).toBe(code);
    expect(normaliseCode(code.replace("VVG-", ""))).toBe(code);
    expect(normaliseCode("VVG-0000-OOOO-1111")).toBeNull();
    expect(normaliseCode("'; DROP TABLE x; --")).toBeNull();
  });
});

describe("the issuer's signing key", () => {
  it("is stored encrypted, published as a public JWK only, and rotates without breaking older credentials", async () => {
    const key = await activeSigningKey(db, SECRET);
    const [row] = await db.select().from(badgeKeys).where(eq(badgeKeys.kid, key.kid));
    expect(row!.privateKeyEncrypted).not.toContain("PRIVATE KEY");
    expect(decryptPrivateKey(row!.privateKeyEncrypted, SECRET)).toContain("BEGIN PRIVATE KEY");
    expect(() => decryptPrivateKey(row!.privateKeyEncrypted, "another-secret-another-secret-another")).toThrow();
    const sealed = encryptPrivateKey("hello", SECRET);
    expect(sealed).not.toBe(encryptPrivateKey("hello", SECRET)); // a fresh IV each time
    const jwks = await publicJwks(db);
    expect(jwks.keys.map((k) => k.kid)).toContain(key.kid);
    for (const jwk of jwks.keys) expect(jwk).not.toHaveProperty("d");
    // The same key the second time.
    expect((await activeSigningKey(db, SECRET)).kid).toBe(key.kid);

    const { facts } = await completion();
    const before = await issueCertificate(context, facts);
    const newKid = await rotateSigningKey(db, SECRET, null);
    expect(newKid).not.toBe(key.kid);
    expect((await activeSigningKey(db, SECRET)).kid).toBe(newKid);
    expect((await verifyCertificate(context, before.code)).status).toBe("valid");
    const after = await issueCertificate(context, (await completion()).facts);
    expect(after.keyId).toBe(newKid);
    expect((await publicJwks(db)).keys.map((k) => k.kid)).toEqual(expect.arrayContaining([key.kid, newKid]));
  });
});

describe("issuing", () => {
  it("issues one certificate per completion with a signed Open Badges 3.0 credential", async () => {
    const { facts, person, courseId } = await completion();
    const certificate = await issueCertificate(context, facts);
    expect(certificate.code).toMatch(CODE_PATTERN);
    expect(certificate.recipientName).toBe("Łukasz Peeters-Dubois");
    expect((await issueCertificate(context, facts)).id).toBe(certificate.id); // idempotent

    // A verifier that only knows the published JWK Set checks the VC-JWT.
    const header = decodeProtectedHeader(certificate.credentialJwt);
    expect(header).toMatchObject({ alg: "EdDSA", typ: "JWT", kid: keyUrl(BASE, certificate.keyId) });
    const jwks = createLocalJWKSet(await publicJwks(db));
    const { payload } = await jwtVerify(certificate.credentialJwt, (h) => jwks({ ...h, kid: String(h.kid).split("/").pop() }), {
      issuer: `${BASE}/openbadges/issuer`,
    });
    expect(payload).toMatchObject({
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      jti: `urn:uuid:${certificate.id}`,
      id: `urn:uuid:${certificate.id}`,
      credentialSubject: {
        type: ["AchievementSubject"],
        achievement: { id: `${BASE}/openbadges/achievements/${courseId}`, type: ["Achievement"] },
      },
    });
    expect(payload.sub).toBe((payload.credentialSubject as { id: string }).id);
    expect(payload.sub).not.toContain(person.id); // pseudonymous subject
    expect(payload.exp).toBe(Math.floor(facts.validUntil!.getTime() / 1000));
    expect(issuerProfile(BASE)).toMatchObject({ id: `${BASE}/openbadges/issuer`, type: ["Profile"] });
  });

  it("catches up on completions without a certificate", async () => {
    const { facts, person } = await completion();
    expect(await issueMissingCertificates(context, person.id)).toBe(1);
    expect(await issueMissingCertificates(context, person.id)).toBe(0);
    const rows = await db.select().from(certificates).where(eq(certificates.personId, person.id));
    expect(rows.map((r) => r.completedAt.getTime())).toEqual([facts.completedAt.getTime()]);
  });

  it("makes a PDF with the name, the course, the code and a QR code", async () => {
    const certificate = await issueCertificate(context, (await completion()).facts);
    const pdf = await certificatePdf(BASE, certificate);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdf.toString("latin1");
    // Document info is stored as UTF-16 text strings; the image is the QR code.
    const utf16 = (s: string) => Buffer.from(`\ufeff${s}`, "utf16le").swap16().toString("latin1");
    expect(text).toContain(utf16(`Certificaat ${certificate.code} voor Łukasz Peeters-Dubois`));
    expect(text).toContain("/Subtype /Image");
    expect(text).toContain("/FontFile2"); // the embedded DejaVu font: Ł and ≥ print correctly
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe("verifying", () => {
  it("says valid, expired, revoked or unknown — and unknown tells nothing", async () => {
    const valid = await issueCertificate(context, (await completion()).facts);
    expect(await verifyCertificate(context, valid.code)).toMatchObject({ status: "valid", signatureValid: true });
    expect(await verifyCertificate(context, valid.code, new Date(valid.validUntil!.getTime() + 1000))).toMatchObject({
      status: "expired",
    });

    const revoked = await issueCertificate(context, (await completion()).facts);
    expect(await revokeCertificate(db, revoked.code, revoked.personId, "Fraude bij de toets")).toBe(true);
    expect(await verifyCertificate(context, revoked.code)).toMatchObject({ status: "revoked" });

    expect(await verifyCertificate(context, "VVG-2222-2222-2222")).toEqual({ status: "unknown" });
    expect(await verifyCertificate(context, "nonsense")).toEqual({ status: "unknown" });
    const api = await apiVerifyCertificate(context, "VVG-2222-2222-2222");
    expect(api).toEqual({ status: 404, body: { error: "not_found", message: "No certificate has this code." } });
    const apiValid = await apiVerifyCertificate(context, valid.code);
    expect(apiValid.body).toMatchObject({ code: valid.code, status: "valid", valid: true, signatureValid: true });
  });

  it("never expires a certificate of a course without validity", async () => {
    const certificate = await issueCertificate(context, (await completion(null)).facts);
    expect(certificate.validUntil).toBeNull();
    expect(decodeJwt(certificate.credentialJwt).exp).toBeUndefined();
    expect((await verifyCertificate(context, certificate.code, new Date(Date.now() + 50 * 365 * DAY))).status).toBe("valid");
  });

  it("calls a certificate whose stored credential was tampered with invalid", async () => {
    const certificate = await issueCertificate(context, (await completion()).facts);
    const [head, payload, signature] = certificate.credentialJwt.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    claims.credentialSubject.identifier[0].identityHash = "Iemand Anders";
    const forged = [head, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
    expect(await checkCredentialJwt(db, BASE, forged)).toEqual({ ok: false, reason: "bad-signature" });
    await db.update(certificates).set({ credentialJwt: forged }).where(eq(certificates.id, certificate.id));
    expect(await verifyCertificate(context, certificate.code)).toMatchObject({ status: "invalid", signatureValid: false });
    // A credential signed by a key that is not ours.
    const foreign = `${Buffer.from(JSON.stringify({ alg: "EdDSA", kid: "https://evil.example/key" })).toString("base64url")}.${payload}.${signature}`;
    expect(await checkCredentialJwt(db, BASE, foreign)).toEqual({ ok: false, reason: "unknown-key" });
  });
});

describe("expiry reminders", () => {
  it("mails 30 and 7 days before expiry, each once", async () => {
    const now = new Date("2027-03-01T08:00:00Z");
    const completedAt = new Date("2026-03-01T08:00:00Z");
    const { facts, person } = await completion(12, completedAt);
    const certificate = await issueCertificate(context, { ...facts, validUntil: new Date(now.getTime() + 25 * DAY) });
    const mailsTo = async () =>
      (
        await database.query<{ subject: string }>("SELECT subject FROM platform.outbox WHERE to_address = $1 ORDER BY id", [
          person.email,
        ])
      ).map((m) => m.subject);

    expect(await sendCertificateReminders(db, new Date(now.getTime() - 10 * DAY), BASE)).toBe(0); // 35 days before: nothing
    expect(await sendCertificateReminders(db, now, BASE)).toBeGreaterThanOrEqual(1);
    expect(await mailsTo()).toEqual([expect.stringContaining("binnen 30 dagen")]);
    await sendCertificateReminders(db, new Date(now.getTime() + DAY), BASE);
    expect(await mailsTo()).toHaveLength(1); // not twice
    await sendCertificateReminders(db, new Date(now.getTime() + 19 * DAY), BASE);
    expect(await mailsTo()).toEqual([expect.stringContaining("30 dagen"), expect.stringContaining("binnen 7 dagen")]);
    await sendCertificateReminders(db, new Date(now.getTime() + 20 * DAY), BASE);
    expect(await mailsTo()).toHaveLength(2);
    const [row] = await db.select().from(certificates).where(eq(certificates.id, certificate.id));
    expect(row!.reminder7SentAt).toBeInstanceOf(Date);
  });

  it("does not remind about a revoked certificate", async () => {
    const now = new Date("2028-06-01T08:00:00Z");
    const { facts, person } = await completion(12, new Date("2027-06-10T08:00:00Z"));
    const certificate = await issueCertificate(context, { ...facts, validUntil: new Date(now.getTime() + 5 * DAY) });
    await revokeCertificate(db, certificate.code, person.id, "test");
    await sendCertificateReminders(db, now, BASE);
    expect(await database.query("SELECT id FROM platform.outbox WHERE to_address = $1", [person.email])).toHaveLength(0);
  });
});
