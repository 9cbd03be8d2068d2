// Certificates of completed courses: issued once per completion with a unique public code, a PDF
// (name, course, date, code, validity and a QR code to /verify/<code>) and an Open Badges 3.0
// credential (VC-JWT). Verification checks the signature, revocation and expiry; reminders go
// out 30 and 7 days before a certificate expires.
import { createRequire } from "node:module";
import { randomInt } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { findPerson } from "../identity/index.server.ts";
import { type JobHandlers, queueMail, recordAudit } from "../platform/index.server.ts";
import { activeSigningKey } from "./badge-keys.server.ts";
import { checkCredentialJwt, openBadgeCredential, signCredential, verifyUrl } from "./badge-credential.server.ts";
import { certificates } from "./certificate.schema.ts";
import { onCourseCompleted } from "./progress.server.ts";
import { courses, enrolments } from "./schema.ts";

/** What certificate use cases need: the database, the public base URL and the signing secret. */
export type CertificateContext = { db: Db; baseUrl: string; secret: string };

export type Certificate = typeof certificates.$inferSelect;

/** What a completion tells us (the core's CourseCompletion). */
export type CompletionFacts = {
  enrolmentId: string;
  courseId: string;
  personId: string;
  completedAt: Date;
  validUntil: Date | null;
};

// No 0/O, 1/I: a code read aloud or typed over from paper stays unambiguous. 32 symbols × 12 = 60 bits.
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const CODE_PATTERN = /^VVG-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

export function newCertificateCode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `VVG-${group()}-${group()}-${group()}`;
}

/** A code as typed (any case, spaces, with or without dashes) in its canonical form; null if it cannot be one. */
export function normaliseCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, "");
  const body = bare.startsWith("VVG") ? bare.slice(3) : bare;
  if (!/^[2-9A-HJ-NP-Z]{12}$/.test(body)) return null;
  return `VVG-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}

/**
 * Issues the certificate of a completion (idempotent: a completion has one certificate). Called
 * when a course is completed (the core's onCourseCompleted listener) and to catch up.
 */
export async function issueCertificate(context: CertificateContext, completion: CompletionFacts): Promise<Certificate> {
  const { db, baseUrl } = context;
  const existing = await db
    .select()
    .from(certificates)
    .where(
      and(
        eq(certificates.personId, completion.personId),
        eq(certificates.courseId, completion.courseId),
        eq(certificates.completedAt, completion.completedAt),
      ),
    );
  if (existing[0]) return existing[0];
  const [course] = await db.select().from(courses).where(eq(courses.id, completion.courseId));
  const person = await findPerson(db, completion.personId);
  if (!course || !person) throw new Error("issueCertificate: unknown course or person");
  const key = await activeSigningKey(db, context.secret);
  const issuedAt = new Date();
  for (let tries = 0; tries < 5; tries++) {
    const id = crypto.randomUUID();
    const subjectId = crypto.randomUUID();
    const code = newCertificateCode();
    const credential = openBadgeCredential(baseUrl, {
      certificateId: id,
      code,
      subjectId,
      recipientName: person.name,
      issuedAt,
      validUntil: completion.validUntil,
      course: { courseId: course.id, title: course.title, summary: course.summary, validityMonths: course.validityMonths },
    });
    const jwt = await signCredential(baseUrl, credential, key);
    const inserted = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(certificates)
        .values({
          id,
          code,
          courseId: course.id,
          enrolmentId: completion.enrolmentId,
          personId: person.id,
          completedAt: completion.completedAt,
          recipientName: person.name,
          courseTitle: course.title,
          courseSlug: course.slug,
          subjectId,
          issuedAt,
          validUntil: completion.validUntil,
          credentialJwt: jwt,
          keyId: key.kid,
        })
        .onConflictDoNothing()
        .returning();
      if (rows[0]) {
        await recordAudit(tx, {
          actorId: person.id,
          action: "learning.certificate.issued",
          targetType: "certificate",
          targetId: id,
          details: { code, courseId: course.id, validUntil: completion.validUntil?.toISOString() ?? null },
        });
      }
      return rows[0];
    });
    if (inserted) return inserted;
    // Lost a race for this completion, or (rarely) the code was taken: look again.
    const [raced] = await db
      .select()
      .from(certificates)
      .where(
        and(
          eq(certificates.personId, completion.personId),
          eq(certificates.courseId, completion.courseId),
          eq(certificates.completedAt, completion.completedAt),
        ),
      );
    if (raced) return raced;
  }
  throw new Error("issueCertificate: no free code");
}

/** Issues what is missing for the person's completed enrolments (if a listener call was lost). */
export async function issueMissingCertificates(context: CertificateContext, personId: string): Promise<number> {
  const rows = await context.db
    .select({
      enrolmentId: enrolments.id,
      courseId: enrolments.courseId,
      completedAt: enrolments.completedAt,
      validityMonths: courses.validityMonths,
      certificate: certificates.id,
    })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .leftJoin(
      certificates,
      and(
        eq(certificates.personId, enrolments.personId),
        eq(certificates.courseId, enrolments.courseId),
        eq(certificates.completedAt, enrolments.completedAt),
      ),
    )
    .where(and(eq(enrolments.personId, personId), isNotNull(enrolments.completedAt)));
  let issued = 0;
  for (const row of rows) {
    if (row.certificate || !row.completedAt) continue;
    const validUntil = row.validityMonths ? addMonths(row.completedAt, row.validityMonths) : null;
    await issueCertificate(context, { ...row, personId, completedAt: row.completedAt, validUntil });
    issued++;
  }
  return issued;
}

function addMonths(date: Date, months: number): Date {
  const out = new Date(date);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

export async function certificatesOf(db: DbOrTx, personId: string): Promise<Certificate[]> {
  return db.select().from(certificates).where(eq(certificates.personId, personId)).orderBy(desc(certificates.issuedAt));
}

export async function certificateByCode(db: DbOrTx, rawCode: string): Promise<Certificate | null> {
  const code = normaliseCode(rawCode);
  if (!code) return null;
  const [row] = await db.select().from(certificates).where(eq(certificates.code, code));
  return row ?? null;
}

export type VerificationStatus = "valid" | "expired" | "revoked" | "invalid" | "unknown";

export type Verification =
  | { status: "unknown" }
  | {
      status: Exclude<VerificationStatus, "unknown">;
      code: string;
      recipientName: string;
      courseTitle: string;
      courseId: string;
      issuedAt: Date;
      validUntil: Date | null;
      revokedAt: Date | null;
      signatureValid: boolean;
      credentialJwt: string;
    };

/**
 * Verifies a certificate by its code: our signature on its credential and the credential's facts
 * against the register, then revocation and expiry. An unknown code says nothing else.
 */
export async function verifyCertificate(
  context: Omit<CertificateContext, "secret">,
  rawCode: string,
  now = new Date(),
): Promise<Verification> {
  const row = await certificateByCode(context.db, rawCode);
  if (!row) return { status: "unknown" };
  const check = await checkCredentialJwt(context.db, context.baseUrl, row.credentialJwt);
  const signatureValid =
    check.ok &&
    check.credential.id === `urn:uuid:${row.id}` &&
    check.credential.credentialSubject.achievement.id.endsWith(`/${row.courseId}`) &&
    new Date(check.credential.validFrom).getTime() === row.issuedAt.getTime() &&
    ((check.credential as { validUntil?: string }).validUntil ?? null) === (row.validUntil?.toISOString() ?? null);
  const status: Exclude<VerificationStatus, "unknown"> = !signatureValid
    ? "invalid"
    : row.revokedAt
      ? "revoked"
      : row.validUntil && row.validUntil.getTime() <= now.getTime()
        ? "expired"
        : "valid";
  return {
    status,
    code: row.code,
    recipientName: row.recipientName,
    courseTitle: row.courseTitle,
    courseId: row.courseId,
    issuedAt: row.issuedAt,
    validUntil: row.validUntil,
    revokedAt: row.revokedAt,
    signatureValid,
    credentialJwt: row.credentialJwt,
  };
}

/** Revokes a certificate (portal admins); it then verifies as revoked. */
export async function revokeCertificate(db: Db, code: string, actorId: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(certificates)
      .set({ revokedAt: new Date(), revokedReason: reason.slice(0, 500) })
      .where(and(eq(certificates.code, normaliseCode(code) ?? ""), isNull(certificates.revokedAt)))
      .returning({ id: certificates.id });
    if (!row) return false;
    await recordAudit(tx, {
      actorId,
      action: "learning.certificate.revoked",
      targetType: "certificate",
      targetId: row.id,
      details: { reason },
    });
    return true;
  });
}

/** The public verification answer of GET /api/v1/certificates/{code}. */
export async function apiVerifyCertificate(context: Omit<CertificateContext, "secret">, rawCode: string) {
  const result = await verifyCertificate(context, rawCode);
  if (result.status === "unknown") {
    return { status: 404, body: { error: "not_found", message: "No certificate has this code." } };
  }
  return {
    status: 200,
    body: {
      code: result.code,
      status: result.status,
      valid: result.status === "valid",
      signatureValid: result.signatureValid,
      recipientName: result.recipientName,
      course: { id: result.courseId, title: result.courseTitle },
      issuedAt: result.issuedAt.toISOString(),
      validUntil: result.validUntil?.toISOString() ?? null,
      revokedAt: result.revokedAt?.toISOString() ?? null,
      verifyUrl: verifyUrl(context.baseUrl, result.code),
      credential: result.credentialJwt,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const FONT_BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const dateNl = (date: Date) =>
  new Intl.DateTimeFormat("nl-BE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Brussels" }).format(date);

/** The certificate as an A4 landscape PDF with a QR code to its verification page. */
export async function certificatePdf(baseUrl: string, certificate: Certificate): Promise<Buffer> {
  const url = verifyUrl(baseUrl, certificate.code);
  const qr = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 360 });
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 56,
    info: {
      Title: `Certificaat ${certificate.courseTitle}`,
      Author: "VlaVirGem",
      Subject: `Certificaat ${certificate.code} voor ${certificate.recipientName}`,
    },
    lang: "nl-BE",
    pdfVersion: "1.7",
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont("body", FONT);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const { width, height } = doc.page;
  doc
    .rect(28, 28, width - 56, height - 56)
    .lineWidth(3)
    .stroke("#00427a");
  doc.font("bold").fontSize(14).fillColor("#00427a").text("VlaVirGem", 56, 60);
  doc.font("body").fontSize(10).fillColor("#333333").text("Vereniging van ICT-medewerkers van Vlaamse lokale besturen", 56, 80);
  doc
    .font("bold")
    .fontSize(32)
    .fillColor("#1a1a1a")
    .text("Certificaat", 56, 140, { width: width - 112, align: "center" });
  doc
    .font("body")
    .fontSize(14)
    .text("Hierbij verklaart VlaVirGem dat", { width: width - 112, align: "center" })
    .moveDown(0.6);
  doc
    .font("bold")
    .fontSize(24)
    .text(certificate.recipientName, { width: width - 112, align: "center" })
    .moveDown(0.6);
  doc
    .font("body")
    .fontSize(14)
    .text("de opleiding met succes heeft afgerond:", { width: width - 112, align: "center" })
    .moveDown(0.6);
  doc
    .font("bold")
    .fontSize(20)
    .fillColor("#00427a")
    .text(certificate.courseTitle, { width: width - 112, align: "center" });

  const facts: [string, string][] = [
    ["Datum", dateNl(certificate.completedAt)],
    ["Geldig tot", certificate.validUntil ? dateNl(certificate.validUntil) : "onbeperkt geldig"],
    ["Certificaatcode", certificate.code],
  ];
  let y = height - 190;
  for (const [label, value] of facts) {
    doc.font("body").fontSize(11).fillColor("#333333").text(label, 72, y, { width: 140 });
    doc.font("bold").fontSize(11).fillColor("#1a1a1a").text(value, 212, y, { width: 300 });
    y += 22;
  }
  doc
    .font("body")
    .fontSize(9)
    .fillColor("#333333")
    .text(`Controleer dit certificaat op ${url}`, 72, y + 8, { width: 420 });
  doc.image(qr, width - 56 - 130, height - 56 - 150, { width: 120, height: 120 });
  doc
    .font("body")
    .fontSize(8)
    .text("Scan om te controleren", width - 56 - 136, height - 56 - 24, { width: 132, align: "center" });
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Expiry reminders
// ---------------------------------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;

function reminderMail(locale: string, days: 30 | 7, certificate: Certificate, baseUrl: string) {
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-BE", {
    dateStyle: "long",
    timeZone: "Europe/Brussels",
  }).format(certificate.validUntil!);
  const link = `${baseUrl}/leren`;
  if (locale === "en") {
    return {
      subject: `Your certificate "${certificate.courseTitle}" expires in ${days} days`,
      text: `Hello ${certificate.recipientName},\n\nYour certificate for "${certificate.courseTitle}" (code ${certificate.code}) is valid until ${date}.\nTake the course again before then to keep your certificate: ${link}\n\nVlaVirGem`,
    };
  }
  return {
    subject: `Je certificaat "${certificate.courseTitle}" vervalt binnen ${days} dagen`,
    text: `Dag ${certificate.recipientName},\n\nJe certificaat voor "${certificate.courseTitle}" (code ${certificate.code}) is geldig tot ${date}.\nVolg de opleiding opnieuw voor die datum om je certificaat te behouden: ${link}\n\nVlaVirGem`,
  };
}

/**
 * Mails the reminders that are due: 30 days and 7 days before a certificate expires (each once;
 * a certificate inside 7 days that never had the 30-day mail gets only the 7-day one). Skips
 * revoked certificates and those a newer certificate for the same course replaced. Returns how
 * many mails were queued.
 */
export async function sendCertificateReminders(db: Db, now: Date, baseUrl = "http://localhost:3000"): Promise<number> {
  const newer = sql`EXISTS (SELECT 1 FROM learning.certificates n WHERE n.person_id = ${certificates.personId}
    AND n.course_id = ${certificates.courseId} AND n.issued_at > ${certificates.issuedAt} AND n.revoked_at IS NULL)`;
  const due = await db
    .select()
    .from(certificates)
    .where(
      and(
        isNull(certificates.revokedAt),
        gt(certificates.validUntil, now),
        lte(certificates.validUntil, new Date(now.getTime() + 30 * DAY)),
        sql`(${certificates.reminder30SentAt} IS NULL OR (${certificates.reminder7SentAt} IS NULL AND ${certificates.validUntil} <= ${new Date(now.getTime() + 7 * DAY)}))`,
        sql`NOT ${newer}`,
      ),
    );
  let sent = 0;
  for (const certificate of due) {
    const days: 30 | 7 = certificate.validUntil!.getTime() <= now.getTime() + 7 * DAY ? 7 : 30;
    const queued = await db.transaction(async (tx) => {
      // Claim the reminder first: a second run (or instance) finds it already sent.
      const claim =
        days === 7
          ? and(eq(certificates.id, certificate.id), isNull(certificates.reminder7SentAt))
          : and(eq(certificates.id, certificate.id), isNull(certificates.reminder30SentAt));
      const claimed = await tx
        .update(certificates)
        .set(
          days === 7
            ? { reminder7SentAt: now, reminder30SentAt: certificate.reminder30SentAt ?? now }
            : { reminder30SentAt: now },
        )
        .where(claim)
        .returning({ id: certificates.id });
      if (!claimed.length) return false;
      const person = await findPerson(tx as unknown as Db, certificate.personId);
      if (!person?.email) return false;
      const mail = reminderMail(person.locale, days, certificate, baseUrl);
      await queueMail(tx, {
        to: person.email,
        subject: mail.subject,
        text: mail.text,
        locale: person.locale === "en" ? "en" : "nl",
        template: `learning.certificate-reminder-${days}`,
      });
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}

export const CERTIFICATE_REMINDERS_JOB = "learning.certificate-reminders";

/** The job handler of the reminders (the lead schedules it, e.g. daily). */
export function createCertificateRemindersHandler(db: Db, baseUrl: string): JobHandlers[string] {
  return async () => {
    await sendCertificateReminders(db, new Date(), baseUrl);
  };
}

/**
 * Issues a certificate whenever the core completes a course (its onCourseCompleted listeners run
 * after the completion is committed). Returns the function that stops it.
 */
export function issueCertificatesOnCompletion(context: CertificateContext): () => void {
  return onCourseCompleted(async (completion) => {
    await issueCertificate(context, completion);
  });
}
