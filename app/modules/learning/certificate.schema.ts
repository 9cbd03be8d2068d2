// Certificates of completed courses (PDF and Open Badges 3.0 credential) and the issuer's signing
// keys. A certificate keeps the facts it was issued with (name, course title), so it reads the
// same when the person or the course changes later.
import { sql } from "drizzle-orm";
import { index, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { courses, enrolments, learning } from "./schema.ts";

export const certificates = learning.table(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The public code on the PDF and in the verification address (e.g. VVG-7K3M-Q9TX-2HDP). */
    code: text("code").notNull().unique(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    enrolmentId: uuid("enrolment_id").references(() => enrolments.id, { onDelete: "set null" }),
    personId: uuid("person_id").notNull(),
    /** The completion it certifies: one certificate per completion. */
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull(),
    recipientName: text("recipient_name").notNull(),
    courseTitle: text("course_title").notNull(),
    courseSlug: text("course_slug").notNull(),
    /** A pseudonymous id of the recipient in the credential (urn:uuid:…), never the person's own id. */
    subjectId: uuid("subject_id").notNull().defaultRandom(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
    /** The OpenBadgeCredential as a VC-JWT (compact JWS) and the key that signed it. */
    credentialJwt: text("credential_jwt").notNull(),
    keyId: text("key_id").notNull(),
    reminder30SentAt: timestamp("reminder30_sent_at", { withTimezone: true }),
    reminder7SentAt: timestamp("reminder7_sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("certificates_completion_key").on(t.personId, t.courseId, t.completedAt),
    index("certificates_person_idx").on(t.personId),
    index("certificates_valid_until_idx").on(t.validUntil),
  ],
);

/**
 * The issuer's signing keys (Ed25519). One is active; retired keys stay published so that older
 * credentials still verify. The private key is stored encrypted (AES-256-GCM, key derived from
 * the session secret), never sent anywhere.
 */
export const badgeKeys = learning.table(
  "badge_keys",
  {
    /** The JWK thumbprint (RFC 7638): the `kid` in the credentials' header. */
    kid: text("kid").primaryKey(),
    algorithm: text("algorithm").notNull().default("EdDSA"),
    publicJwk: jsonb("public_jwk").$type<Record<string, string>>().notNull(),
    privateKeyEncrypted: text("private_key_encrypted").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  // At most one active key: two instances making the first key at once cannot both win.
  (t) => [uniqueIndex("badge_keys_one_active_key").on(t.algorithm).where(sql`retired_at IS NULL`)],
);
