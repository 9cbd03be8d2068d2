// NoITS shared posts: when neighbouring organisations each have a small open vacancy for the same
// role profile, the portal proposes one shared post. A proposal lists the vacancies it would
// join (with their FTE), records each organisation's answer, and once all agree points to the one
// shared vacancy that replaces them.
//
// The foreign keys to identity.organisations and identity.people are added in hand-written SQL
// (db/migrations/talent, "shared_posts_references"), like the core NoITS tables.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roleProfiles, talent, vacancies } from "./schema.ts";

/** A proposal: proposed (answers being collected) → agreed (one shared vacancy) or closed. */
export const sharedPostProposals = talent.table(
  "shared_post_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roleProfileId: integer("role_profile_id")
      .notNull()
      .references(() => roleProfiles.id),
    status: text("status").notNull().default("proposed"),
    /** The FTE of the shared post in hundredths: the sum of the members still in it. */
    totalFtePercent: smallint("total_fte_percent").notNull(),
    /** The vacancy that replaces the members' vacancies once all agreed. */
    sharedVacancyId: uuid("shared_vacancy_id").references(() => vacancies.id, { onDelete: "set null" }),
    /** The organisation that publishes the shared vacancy and employs the person (the largest share). */
    leadOrganisationId: uuid("lead_organisation_id"),
    /** Why a proposal closed: too few organisations left after a "no", or vacancies no longer open. */
    closedReason: text("closed_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    check("shared_post_proposals_status_check", sql`${t.status} IN ('proposed', 'agreed', 'closed')`),
    check("shared_post_proposals_fte_check", sql`${t.totalFtePercent} BETWEEN 0 AND 100`),
    check("shared_post_proposals_reason_check", sql`${t.closedReason} IS NULL OR ${t.closedReason} IN ('declined', 'withdrawn')`),
    index("shared_post_proposals_status_idx").on(t.status, t.createdAt),
  ],
);

/** A vacancy in a proposal, with its organisation's answer and preferred way of sharing. */
export const sharedPostMembers = talent.table(
  "shared_post_members",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => sharedPostProposals.id, { onDelete: "cascade" }),
    vacancyId: uuid("vacancy_id")
      .notNull()
      .references(() => vacancies.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull(),
    /** The vacancy's FTE in hundredths when it joined the proposal: its share of the post. */
    ftePercent: smallint("fte_percent").notNull(),
    /** pending, interested (wants to talk), accepted (agrees to the shared post), declined, withdrawn (vacancy gone). */
    answer: text("answer").notNull().default("pending"),
    preferredRoute: text("preferred_route"),
    answeredBy: uuid("answered_by"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.vacancyId] }),
    check("shared_post_members_answer_check", sql`${t.answer} IN ('pending', 'interested', 'accepted', 'declined', 'withdrawn')`),
    check(
      "shared_post_members_route_check",
      sql`${t.preferredRoute} IS NULL OR ${t.preferredRoute} IN ('secondment', 'joint_recruitment', 'interlocal_association', 'pool')`,
    ),
    check("shared_post_members_fte_check", sql`${t.ftePercent} BETWEEN 10 AND 100`),
    index("shared_post_members_vacancy_idx").on(t.vacancyId),
    index("shared_post_members_organisation_idx").on(t.organisationId, t.proposalId),
  ],
);
