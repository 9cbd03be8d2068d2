// NoITS (Network of IT Skills): e-CF 4.0 reference data, vacancies of local governments (demand),
// profiles of IT professionals (supply), contact with consent, and saved searches.
//
// People and organisations belong to identity. This file may not import identity's internals, so
// the foreign keys to identity.people and identity.organisations are added in hand-written SQL
// (db/migrations/talent, "talent_references"). Municipality centroids are copied onto vacancies
// and profiles when they are saved, so that ranking needs no join outside this schema.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const talent = pgSchema("talent");

/** The five e-CF areas (A PLAN … E MANAGE). */
export const ecfAreas = talent.table("ecf_areas", {
  code: text("code").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameNl: text("name_nl").notNull(),
});

/** The 41 e-CF 4.0 competences with the proficiency levels (e-1…e-5) each defines. */
export const ecfCompetences = talent.table(
  "ecf_competences",
  {
    code: text("code").primaryKey(),
    areaCode: text("area_code")
      .notNull()
      .references(() => ecfAreas.code),
    titleEn: text("title_en").notNull(),
    titleNl: text("title_nl").notNull(),
    summaryEn: text("summary_en").notNull(),
    minLevel: smallint("min_level").notNull(),
    maxLevel: smallint("max_level").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [check("ecf_competences_span_check", sql`${t.minLevel} BETWEEN 1 AND 5 AND ${t.maxLevel} BETWEEN ${t.minLevel} AND 5`)],
);

/** The 30 ICT professional role profiles of CWA 16458-1:2018. */
export const roleProfiles = talent.table("role_profiles", {
  id: integer("id").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameNl: text("name_nl").notNull(),
});

/** Typical competences of a role profile, attached by portal admins (the source data lacks them). */
export const roleProfileCompetences = talent.table(
  "role_profile_competences",
  {
    roleProfileId: integer("role_profile_id")
      .notNull()
      .references(() => roleProfiles.id, { onDelete: "cascade" }),
    competenceCode: text("competence_code")
      .notNull()
      .references(() => ecfCompetences.code),
    level: smallint("level").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleProfileId, t.competenceCode] })],
);

/** A vacancy of an organisation (FK to identity.organisations in SQL). FTE in hundredths. */
export const vacancies = talent.table(
  "vacancies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    roleProfileId: integer("role_profile_id").references(() => roleProfiles.id),
    ftePercent: smallint("fte_percent").notNull(),
    contract: text("contract").notNull(),
    grade: text("grade").notNull(),
    salaryMin: integer("salary_min").notNull(),
    salaryMax: integer("salary_max").notNull(),
    scaleCode: text("scale_code").notNull().default(""),
    /** The municipality where the work is done (an identity organisation of type gemeente). */
    placeMunicipalityId: uuid("place_municipality_id").notNull(),
    placeName: text("place_name").notNull(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    teleworkPercent: smallint("telework_percent").notNull().default(0),
    startsOn: date("starts_on"),
    closesOn: date("closes_on").notNull(),
    /** Open to sharing the post with neighbouring organisations (used by shared-post proposals). */
    openToSharing: boolean("open_to_sharing").notNull().default(false),
    status: text("status").notNull().default("concept"),
    createdBy: uuid("created_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("vacancies_fte_check", sql`${t.ftePercent} BETWEEN 10 AND 100`),
    check("vacancies_salary_check", sql`${t.salaryMin} >= 0 AND ${t.salaryMin} <= ${t.salaryMax}`),
    check("vacancies_telework_check", sql`${t.teleworkPercent} BETWEEN 0 AND 100`),
    check("vacancies_status_check", sql`${t.status} IN ('concept', 'open', 'filled', 'closed')`),
    check("vacancies_contract_check", sql`${t.contract} IN ('statutair', 'contractueel', 'interim', 'freelance', 'detachering')`),
    check("vacancies_grade_check", sql`${t.grade} IN ('A', 'B', 'C', 'D', 'E')`),
    index("vacancies_organisation_idx").on(t.organisationId, t.status),
    index("vacancies_status_published_idx").on(t.status, t.publishedAt),
  ],
);

/** Required (with minimum level) and optional competences of a vacancy. */
export const vacancyCompetences = talent.table(
  "vacancy_competences",
  {
    vacancyId: uuid("vacancy_id")
      .notNull()
      .references(() => vacancies.id, { onDelete: "cascade" }),
    competenceCode: text("competence_code")
      .notNull()
      .references(() => ecfCompetences.code),
    level: smallint("level").notNull(),
    required: boolean("required").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.vacancyId, t.competenceCode] }),
    index("vacancy_competences_code_idx").on(t.competenceCode, t.level),
  ],
);

/** The profile of an IT professional (one per person; FK to identity.people in SQL). */
export const profiles = talent.table(
  "profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull().unique(),
    headline: text("headline").notNull(),
    yearsExperience: smallint("years_experience").notNull().default(0),
    availableFtePercent: smallint("available_fte_percent").notNull(),
    availableFrom: date("available_from"),
    contracts: text("contracts").array().notNull().default(sql`'{}'::text[]`),
    homeMunicipalityId: uuid("home_municipality_id").notNull(),
    homeLat: doublePrecision("home_lat"),
    homeLon: doublePrecision("home_lon"),
    maxTravelKm: smallint("max_travel_km").notNull(),
    salaryExpectation: integer("salary_expectation"),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    /** Last time the professional saved or confirmed the profile; expiry counts from here. */
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }).notNull().defaultNow(),
    expiryWarnedAt: timestamp("expiry_warned_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("profiles_fte_check", sql`${t.availableFtePercent} BETWEEN 10 AND 100`),
    check("profiles_travel_check", sql`${t.maxTravelKm} BETWEEN 0 AND 300`),
    index("profiles_last_active_idx").on(t.lastActiveAt),
  ],
);

/** The professional's competences with a self-assessed level and evidence (certificates). */
export const profileCompetences = talent.table(
  "profile_competences",
  {
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    competenceCode: text("competence_code")
      .notNull()
      .references(() => ecfCompetences.code),
    level: smallint("level").notNull(),
    evidence: text("evidence").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.competenceCode] }),
    // Candidate search: "who has competence X at level ≥ n", then the profile.
    index("profile_competences_code_level_idx").on(t.competenceCode, t.level, t.profileId),
  ],
);

/** Organisations a profile is hidden from: to them it does not exist. */
export const profileHiddenFrom = talent.table(
  "profile_hidden_from",
  {
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.organisationId] }),
    index("profile_hidden_from_organisation_idx").on(t.organisationId, t.profileId),
  ],
);

/** A request of an organisation's HR to contact an anonymous profile; identity only after consent. */
export const contactRequests = talent.table(
  "contact_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull(),
    vacancyId: uuid("vacancy_id").references(() => vacancies.id, { onDelete: "set null" }),
    requestedBy: uuid("requested_by"),
    message: text("message").notNull(),
    status: text("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    check("contact_requests_status_check", sql`${t.status} IN ('pending', 'accepted', 'declined')`),
    index("contact_requests_profile_idx").on(t.profileId),
    index("contact_requests_organisation_idx").on(t.organisationId),
  ],
);

/** Messages on an accepted contact. */
export const contactMessages = talent.table(
  "contact_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contactRequests.id, { onDelete: "cascade" }),
    senderId: uuid("sender_id"),
    /** Who wrote it: the organisation's HR or the professional. */
    side: text("side").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("contact_messages_side_check", sql`${t.side} IN ('organisation', 'professional')`),
    index("contact_messages_contact_idx").on(t.contactId, t.createdAt),
  ],
);

/**
 * A saved search with a daily e-mail digest: "vacancies" for anyone (new open vacancies that
 * match the criteria), "profiles" for HR of an organisation (new or updated profiles).
 */
export const savedSearches = talent.table(
  "saved_searches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    organisationId: uuid("organisation_id"),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    criteria: jsonb("criteria").notNull(),
    lastDigestAt: timestamp("last_digest_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("saved_searches_kind_check", sql`${t.kind} IN ('vacancies', 'profiles')`),
    check("saved_searches_org_check", sql`${t.kind} = 'vacancies' OR ${t.organisationId} IS NOT NULL`),
    index("saved_searches_person_idx").on(t.personId),
  ],
);
