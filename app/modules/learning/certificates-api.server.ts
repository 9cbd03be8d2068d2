// GET /api/v1/certificates/{code}: the public verification of a certificate, in the OpenAPI document.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import type { OpenApiPart } from "../identity/index.server.ts";
import { achievement } from "./badge-credential.server.ts";
import { isUuid } from "./scorm-package.server.ts";
import { courses } from "./schema.ts";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The Achievement of a course (OB 3.0), as published at /openbadges/achievements/{courseId}. */
export async function courseAchievement(db: DbOrTx, baseUrl: string, courseId: string) {
  if (!isUuid(courseId)) return null;
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
  if (!course) return null;
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    ...achievement(baseUrl, {
      courseId: course.id,
      title: course.title,
      summary: course.summary,
      validityMonths: course.validityMonths,
    }),
  };
}

export const certificatesApiPart: OpenApiPart = {
  tags: [
    { name: "certificates", description: "E-learning: verification of the certificates VlaVirGem issues for completed courses." },
  ],
  schemas: {
    CertificateVerification: {
      type: "object",
      required: [
        "code",
        "status",
        "valid",
        "signatureValid",
        "recipientName",
        "course",
        "issuedAt",
        "validUntil",
        "revokedAt",
        "verifyUrl",
        "credential",
      ],
      properties: {
        code: {
          type: "string",
          pattern: "^VVG-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$",
          example: "VVG-7K3M-Q9TX-2HDP",
        },
        status: {
          type: "string",
          enum: ["valid", "expired", "revoked", "invalid"],
          description:
            "valid: signed by VlaVirGem and in force; expired: past validUntil; revoked: withdrawn; invalid: the stored credential does not verify.",
        },
        valid: { type: "boolean", description: "True only when status is valid." },
        signatureValid: {
          type: "boolean",
          description: "The Open Badges credential's signature checks against VlaVirGem's published key.",
        },
        recipientName: { type: "string" },
        course: {
          type: "object",
          required: ["id", "title"],
          properties: { id: { type: "string", format: "uuid" }, title: { type: "string" } },
        },
        issuedAt: { type: "string", format: "date-time" },
        validUntil: { type: ["string", "null"], format: "date-time", description: "Null: the certificate does not expire." },
        revokedAt: { type: ["string", "null"], format: "date-time" },
        verifyUrl: { type: "string", format: "uri" },
        credential: {
          type: "string",
          description:
            "The Open Badges 3.0 OpenBadgeCredential as a VC-JWT (compact JWS, EdDSA). The header's kid is the URL of the public JWK; all keys are at /openbadges/issuer/jwks.json.",
        },
      },
    },
    CertificateNotFound: {
      type: "object",
      required: ["error", "message"],
      properties: { error: { type: "string", const: "not_found" }, message: { type: "string" } },
    },
  },
  paths: {
    "/api/v1/certificates/{code}": {
      get: {
        operationId: "verifyCertificate",
        tags: ["certificates"],
        summary: "Verify a certificate",
        description:
          "Checks a certificate by the code printed on it: VlaVirGem's signature on its Open Badges 3.0 credential, revocation and expiry. An unknown code answers 404 and nothing else.",
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            description: "The certificate code (case and dashes do not matter).",
            schema: { type: "string", example: "VVG-7K3M-Q9TX-2HDP" },
          },
        ],
        responses: {
          "200": {
            description: "The certificate exists; see status.",
            content: { "application/json": { schema: ref("CertificateVerification") } },
          },
          "404": {
            description: "No certificate has this code.",
            content: { "application/json": { schema: ref("CertificateNotFound") } },
          },
        },
      },
    },
  },
};
