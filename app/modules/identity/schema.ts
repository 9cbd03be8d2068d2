import { sql } from "drizzle-orm";
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES } from "./types.ts";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const identity = pgSchema("identity");

export { ORGANISATION_TYPES, type OrganisationType } from "./types.ts";

/** A person with an account. Erased accounts keep the row with a pseudonym and no personal data. */
export const people = identity.table(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email"),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    locale: text("locale").notNull().default("nl"),
    isPortalAdmin: boolean("is_portal_admin").notNull().default(false),
    privacyAcceptedAt: timestamp("privacy_accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("people_email_key").on(sql`lower(${t.email})`)],
);

/** An identity at an external OpenID Connect provider linked to a person. */
export const externalIdentities = identity.table(
  "external_identities",
  {
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index("external_identities_person_idx").on(t.personId)],
);

/** Login sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = identity.table(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    remember: boolean("remember").notNull().default(false),
    activeOrganisationId: uuid("active_organisation_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

/** Single-use links: e-mail verification, password reset, change of e-mail, invitations. */
export const tokens = identity.table(
  "tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    purpose: text("purpose", { enum: ["verify_email", "reset_password", "change_email", "invitation"] }).notNull(),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    email: text("email"),
    organisationId: uuid("organisation_id"),
    roles: text("roles").array(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("tokens_person_idx").on(t.personId)],
);

/**
 * Organisations: local governments (seeded registry), associations and supplier companies.
 * Municipalities carry their NIS code; suppliers their enterprise (KBO) number.
 */
export const organisations = identity.table(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: text("type", { enum: ORGANISATION_TYPES }).notNull(),
    name: text("name").notNull(),
    nisCode: text("nis_code").unique(),
    province: text("province"),
    arrondissement: text("arrondissement"),
    population: integer("population"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    enterpriseNumber: text("enterprise_number").unique(),
    vatNumber: text("vat_number"),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    peppolId: text("peppol_id"),
    status: text("status", { enum: ["active", "pending", "refused"] })
      .notNull()
      .default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("organisations_type_idx").on(t.type),
    index("organisations_name_trgm_idx").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

/** Municipalities sharing a border (both directions stored). */
export const neighbours = identity.table(
  "neighbours",
  {
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    neighbourId: uuid("neighbour_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.neighbourId] })],
);

/** NIS codes that stopped existing on 1 January 2025, and the municipality each became. */
export const nisAliases = identity.table("nis_aliases", {
  oldNisCode: text("old_nis_code").primaryKey(),
  oldName: text("old_name").notNull(),
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
});

/** A person's membership of an organisation, with the roles they have there. */
export const memberships = identity.table(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull(),
    roles: text("roles").array().notNull().default(sql`'{}'::text[]`),
    message: text("message"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by"),
  },
  (t) => [
    uniqueIndex("memberships_person_org_key").on(t.personId, t.organisationId),
    index("memberships_org_status_idx").on(t.organisationId, t.status),
  ],
);
