// Shared-post proposals. When neighbouring organisations each publish a small vacancy "open to
// sharing" for the same role profile, the portal proposes one shared post (detectSharedPosts, a
// job that runs after a vacancy is published and every hour), mails their HR, and records each
// organisation's answer. When every organisation still in the proposal accepts, their vacancies
// close and one shared vacancy with the FTE split is published in their place.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { DatabaseHandle, Db, DbOrTx } from "../../db/client.server.ts";
import { findPerson, membersOf } from "../identity/index.server.ts";
import {
  enqueueJob,
  getMeta,
  type JobHandlers,
  queueMail,
  type RecurringJob,
  recordAudit,
  setMeta,
} from "../platform/index.server.ts";
import { loadEcf } from "./ecf.server.ts";
import { listMunicipalities, organisationNames } from "./places.server.ts";
import { adjacent } from "./region-geography.server.ts";
import { vacancies, vacancyCompetences } from "./schema.ts";
import { sharedPostMembers, sharedPostProposals } from "./shared-post.schema.ts";
import {
  DEFAULT_SHARING_RULES,
  planSharedPosts,
  POST_CAPACITY_PERCENT,
  type SharingCandidate,
  type SharingRules,
  stillViable,
} from "./shared-posts-plan.server.ts";
import { fail, type Failure, isUuid, type TalentActor, todayInBrussels } from "./util.server.ts";

/** The practical ways neighbours share one person, as Flemish local governments use them. */
export const SHARED_POST_ROUTES = ["secondment", "joint_recruitment", "interlocal_association", "pool"] as const;
export type SharedPostRoute = (typeof SHARED_POST_ROUTES)[number];
export const SHARED_POST_ANSWERS = ["interested", "accepted", "declined"] as const;
export type SharedPostAnswer = (typeof SHARED_POST_ANSWERS)[number] | "pending" | "withdrawn";
export type SharedPostStatus = "proposed" | "agreed" | "closed";

export const SHARED_POST_JOB = "talent.detect-shared-posts";
const RULES_KEY = "talent.shared_posts.rules";
/** Serialises detection and answers across instances (one proposal per vacancy at a time). */
const LOCK = sql`SELECT pg_advisory_xact_lock(hashtext('talent.shared-posts'))`;

// ---------------------------------------------------------------------------------------------
// Rules (portal admin)

export async function sharingRules(db: DbOrTx): Promise<SharingRules> {
  const raw = await getMeta(db, RULES_KEY);
  if (!raw) return DEFAULT_SHARING_RULES;
  try {
    const parsed = JSON.parse(raw) as Partial<SharingRules>;
    return {
      maxFtePercent: Number(parsed.maxFtePercent) || DEFAULT_SHARING_RULES.maxFtePercent,
      minTotalPercent: Number(parsed.minTotalPercent) || DEFAULT_SHARING_RULES.minTotalPercent,
    };
  } catch {
    return DEFAULT_SHARING_RULES;
  }
}

/** An FTE typed as "0,6" or "0.6", kept in hundredths. */
const fteField = (key: string, min: number, max: number) =>
  z.preprocess(
    (v) => {
      const text = typeof v === "string" ? v.trim().replace(",", ".") : "";
      return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
    },
    z.number({ error: key }).min(min, key).max(max, key),
  );

export const sharingRulesSchema = z
  .object({
    maxFte: fteField("talentRegion.validation.maxFte", 10, 90),
    minTotal: fteField("talentRegion.validation.minTotal", 20, POST_CAPACITY_PERCENT),
  })
  .refine((v) => v.minTotal > v.maxFte, { path: ["minTotal"], message: "talentRegion.validation.minAboveMax" });

/** Changes the thresholds (portal admin); audited. */
export async function saveSharingRules(
  db: Db,
  input: z.output<typeof sharingRulesSchema>,
  actor: TalentActor,
): Promise<{ ok: true }> {
  const rules: SharingRules = { maxFtePercent: input.maxFte, minTotalPercent: input.minTotal };
  await db.transaction(async (tx) => {
    const before = await sharingRules(tx);
    await setMeta(tx, RULES_KEY, JSON.stringify(rules));
    await recordAudit(tx, {
      actorId: actor.personId,
      ip: actor.ip ?? null,
      action: "talent.sharedPost.rulesChanged",
      targetType: "setting",
      targetId: RULES_KEY,
      details: { before, after: rules },
    });
  });
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Mails to the HR contacts of the organisations in a proposal

type Locale = "nl" | "en";
type MailKind = "proposed" | "agreed" | "closed";

function mailText(kind: MailKind, locale: Locale, v: { role: string; together: string; url: string }) {
  if (locale === "en") {
    switch (kind) {
      case "proposed":
        return {
          subject: `NoITS: share one ${v.role} with your neighbours?`,
          text: `${v.together} each have a small open vacancy for ${v.role}. Together they make one post.\n\nNoITS proposes one shared post and lists the ways to arrange it. Tell us whether you are interested: ${v.url}\n`,
        };
      case "agreed":
        return {
          subject: `NoITS: the shared post ${v.role} is agreed`,
          text: `Every organisation accepted. The separate vacancies are closed and one shared vacancy, with the split of the hours, is published: ${v.url}\n`,
        };
      case "closed":
        return {
          subject: `NoITS: the shared post ${v.role} will not go ahead`,
          text: `Too few organisations remain in the proposal for a shared ${v.role}, so it is closed. Your own vacancy stays open. Details: ${v.url}\n`,
        };
    }
  }
  switch (kind) {
    case "proposed":
      return {
        subject: `NoITS: samen met uw buren één ${v.role} aanwerven?`,
        text: `${v.together} hebben elk een kleine openstaande vacature voor ${v.role}. Samen is dat één post.\n\nNoITS stelt voor om die post te delen en zet op een rij hoe dat kan. Laat weten of u interesse hebt: ${v.url}\n`,
      };
    case "agreed":
      return {
        subject: `NoITS: de gedeelde post ${v.role} is afgesproken`,
        text: `Alle organisaties gingen akkoord. De aparte vacatures zijn gesloten en één gedeelde vacature, met de verdeling van de uren, is gepubliceerd: ${v.url}\n`,
      };
    case "closed":
      return {
        subject: `NoITS: de gedeelde post ${v.role} gaat niet door`,
        text: `Er blijven te weinig organisaties over in het voorstel voor een gedeelde ${v.role}. Het voorstel is gesloten. Uw eigen vacature blijft open. Meer uitleg: ${v.url}\n`,
      };
  }
}

/** Active HR members of an organisation, with their language. */
async function hrContacts(db: Db, organisationId: string) {
  const members = (await membersOf(db, organisationId)).filter((m) => m.status === "active" && m.roles.includes("hr") && m.email);
  const out: { email: string; locale: Locale }[] = [];
  for (const member of members) {
    const person = await findPerson(db, member.personId);
    out.push({ email: member.email!, locale: person?.locale === "en" ? "en" : "nl" });
  }
  return out;
}

async function notify(
  tx: DbOrTx,
  kind: MailKind,
  proposal: { id: string; roleProfileId: number },
  organisationIds: readonly string[],
  names: Record<string, string>,
  baseUrl: string,
) {
  const role = loadEcf().roleProfiles.find((p) => p.id === proposal.roleProfileId);
  const url = `${baseUrl}/noits/gedeelde-posten/${proposal.id}`;
  for (const organisationId of new Set(organisationIds)) {
    const partners = organisationIds
      .filter((id) => id !== organisationId)
      .map((id) => names[id] ?? "")
      .sort((a, b) => a.localeCompare(b, "nl"));
    for (const contact of await hrContacts(tx as Db, organisationId)) {
      // "Uw organisatie, Malle en Zandhoven" / "Your organisation, Malle and Zandhoven"
      const together = new Intl.ListFormat(contact.locale === "en" ? "en-GB" : "nl-BE", { type: "conjunction" }).format([
        contact.locale === "en" ? "Your organisation" : "Uw organisatie",
        ...partners,
      ]);
      const { subject, text } = mailText(kind, contact.locale, {
        role: (contact.locale === "en" ? role?.nameEn : role?.nameNl) ?? "",
        together,
        url,
      });
      await queueMail(tx, { to: contact.email, subject, text, locale: contact.locale, template: `talent.sharedPost.${kind}` });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Detection

type VacancyRow = typeof vacancies.$inferSelect;

/** Whether a vacancy may still be part of a proposal: published, open, open to sharing, small enough. */
function stillShareable(vacancy: VacancyRow | undefined, rules: SharingRules, today: string): boolean {
  return Boolean(
    vacancy &&
      vacancy.status === "open" &&
      vacancy.openToSharing &&
      vacancy.closesOn >= today &&
      vacancy.ftePercent <= rules.maxFtePercent,
  );
}

export type DetectionResult = { proposed: string[]; agreed: string[]; closed: string[] };

/**
 * Looks for new shared posts and brings existing proposals up to date: a member whose vacancy is
 * no longer open to sharing is withdrawn, and a proposal left without enough members closes.
 * Idempotent: a vacancy is in at most one live proposal, and a vacancy whose organisation said
 * "no" is not proposed again.
 */
export async function detectSharedPosts(
  db: Db,
  now: Date = new Date(),
  options: { baseUrl?: string } = {},
): Promise<DetectionResult> {
  const baseUrl = options.baseUrl ?? "";
  const today = todayInBrussels(now);
  const places = await listMunicipalities(db);
  const nisOf = new Map(places.map((p) => [p.id, p.nisCode]));
  return db.transaction(async (tx) => {
    await tx.execute(LOCK);
    const rules = await sharingRules(tx);
    const result: DetectionResult = { proposed: [], agreed: [], closed: [] };

    // 1. Live proposals: withdraw members whose vacancy changed, then settle.
    const live = await tx.select().from(sharedPostProposals).where(eq(sharedPostProposals.status, "proposed"));
    for (const proposal of live) {
      const members = await tx.select().from(sharedPostMembers).where(eq(sharedPostMembers.proposalId, proposal.id));
      const rows = await tx
        .select()
        .from(vacancies)
        .where(
          inArray(
            vacancies.id,
            members.map((m) => m.vacancyId),
          ),
        );
      let changed = false;
      for (const member of members) {
        if (member.answer === "withdrawn" || member.answer === "declined") continue;
        if (
          !stillShareable(
            rows.find((r) => r.id === member.vacancyId),
            rules,
            today,
          )
        ) {
          await tx
            .update(sharedPostMembers)
            .set({ answer: "withdrawn", answeredAt: now })
            .where(and(eq(sharedPostMembers.proposalId, proposal.id), eq(sharedPostMembers.vacancyId, member.vacancyId)));
          changed = true;
        }
      }
      if (changed) {
        const outcome = await settle(tx, proposal.id, rules, null, baseUrl, now);
        if (outcome !== "proposed") result[outcome].push(proposal.id);
      }
    }

    // 2. New proposals from vacancies in no live proposal (and never declined).
    const taken = sql`EXISTS (
      SELECT 1 FROM ${sharedPostMembers} m JOIN ${sharedPostProposals} p ON p.id = m.proposal_id
       WHERE m.vacancy_id = ${vacancies.id}
         AND (m.answer = 'declined' OR (p.status IN ('proposed', 'agreed') AND m.answer <> 'withdrawn')))`;
    const isSharedVacancy = sql`EXISTS (SELECT 1 FROM ${sharedPostProposals} s WHERE s.shared_vacancy_id = ${vacancies.id})`;
    const rows = await tx
      .select()
      .from(vacancies)
      .where(
        and(
          eq(vacancies.status, "open"),
          eq(vacancies.openToSharing, true),
          sql`${vacancies.closesOn} >= ${today}`,
          sql`${vacancies.ftePercent} <= ${rules.maxFtePercent}`,
          sql`${vacancies.roleProfileId} IS NOT NULL`,
          sql`NOT ${taken}`,
          sql`NOT ${isSharedVacancy}`,
        ),
      );
    const candidates: SharingCandidate[] = rows.flatMap((row) => {
      const nis = nisOf.get(row.placeMunicipalityId);
      return nis && row.roleProfileId != null
        ? [
            {
              vacancyId: row.id,
              organisationId: row.organisationId,
              nis,
              roleProfileId: row.roleProfileId,
              ftePercent: row.ftePercent,
              publishedAt: row.publishedAt,
            },
          ]
        : [];
    });
    const plans = planSharedPosts(candidates, rules, adjacent);
    if (plans.length === 0) return result;
    const names = await organisationNames(tx as unknown as Db, [
      ...new Set(plans.flatMap((p) => p.members.map((m) => m.organisationId))),
    ]);
    for (const plan of plans) {
      const [proposal] = await tx
        .insert(sharedPostProposals)
        .values({ roleProfileId: plan.roleProfileId, totalFtePercent: plan.totalPercent, createdAt: now })
        .returning();
      await tx.insert(sharedPostMembers).values(
        plan.members.map((m) => ({
          proposalId: proposal!.id,
          vacancyId: m.vacancyId,
          organisationId: m.organisationId,
          ftePercent: m.ftePercent,
        })),
      );
      for (const member of plan.members) {
        await recordAudit(tx, {
          organisationId: member.organisationId,
          action: "talent.sharedPost.proposed",
          targetType: "shared_post",
          targetId: proposal!.id,
          details: {
            roleProfileId: plan.roleProfileId,
            totalFtePercent: plan.totalPercent,
            vacancyId: member.vacancyId,
            organisations: plan.members.map((m) => m.organisationId),
          },
        });
      }
      await notify(
        tx,
        "proposed",
        proposal!,
        plan.members.map((m) => m.organisationId),
        names,
        baseUrl,
      );
      result.proposed.push(proposal!.id);
    }
    return result;
  });
}

/** Queues a detection run (after a vacancy is published); it runs on the job worker. */
export async function queueSharedPostDetection(db: DbOrTx): Promise<void> {
  await enqueueJob(db, SHARED_POST_JOB, {});
}

/**
 * A recurring run (hourly): proposals whose vacancies passed their closing date are brought up to
 * date even when nothing is published. For the lead to add to app/runtime.server.ts.
 */
export function sharedPostRecurringJob(handle: DatabaseHandle, baseUrl: string): RecurringJob {
  return {
    kind: "talent.shared-posts-hourly",
    everyMinutes: 60,
    run: async (now) => {
      await detectSharedPosts(handle.db, now, { baseUrl });
    },
  };
}

/** The job handler for SHARED_POST_JOB. */
export function createSharedPostJobHandler(handle: DatabaseHandle, baseUrl: string): JobHandlers[string] {
  return async () => {
    await detectSharedPosts(handle.db, new Date(), { baseUrl });
  };
}

// ---------------------------------------------------------------------------------------------
// Answers and the outcome of a proposal

const INACTIVE: readonly SharedPostAnswer[] = ["declined", "withdrawn"];

/**
 * After an answer or a withdrawal: close the proposal when too few remain, turn it into one
 * shared vacancy when everyone who remains accepted, else keep collecting answers.
 */
async function settle(
  tx: DbOrTx,
  proposalId: string,
  rules: SharingRules,
  actor: TalentActor | null,
  baseUrl: string,
  now: Date,
): Promise<SharedPostStatus> {
  const [proposal] = await tx.select().from(sharedPostProposals).where(eq(sharedPostProposals.id, proposalId));
  if (proposal?.status !== "proposed") return (proposal?.status as SharedPostStatus) ?? "closed";
  const members = await tx.select().from(sharedPostMembers).where(eq(sharedPostMembers.proposalId, proposalId));
  const active = members.filter((m) => !INACTIVE.includes(m.answer as SharedPostAnswer));
  const allOrganisations = members.map((m) => m.organisationId);
  const names = await organisationNames(tx as unknown as Db, allOrganisations);
  if (!stillViable(active, rules)) {
    const reason = members.some((m) => m.answer === "declined") ? "declined" : "withdrawn";
    await tx
      .update(sharedPostProposals)
      .set({ status: "closed", closedReason: reason, decidedAt: now })
      .where(eq(sharedPostProposals.id, proposalId));
    await recordAudit(tx, {
      actorId: actor?.personId ?? null,
      ip: actor?.ip ?? null,
      action: "talent.sharedPost.closed",
      targetType: "shared_post",
      targetId: proposalId,
      details: { reason },
    });
    await notify(tx, "closed", proposal, allOrganisations, names, baseUrl);
    return "closed";
  }
  const total = active.reduce((n, m) => n + m.ftePercent, 0);
  if (total !== proposal.totalFtePercent) {
    await tx.update(sharedPostProposals).set({ totalFtePercent: total }).where(eq(sharedPostProposals.id, proposalId));
  }
  if (!active.every((m) => m.answer === "accepted")) return "proposed";

  // Everyone still in accepted: one shared vacancy replaces theirs.
  const rows = await tx
    .select()
    .from(vacancies)
    .where(
      inArray(
        vacancies.id,
        active.map((m) => m.vacancyId),
      ),
    );
  const lead = [...active].sort(
    (a, b) => b.ftePercent - a.ftePercent || (a.answeredAt?.getTime() ?? 0) - (b.answeredAt?.getTime() ?? 0),
  )[0]!;
  const leadVacancy = rows.find((r) => r.id === lead.vacancyId)!;
  const competences = await tx
    .select()
    .from(vacancyCompetences)
    .where(
      inArray(
        vacancyCompetences.vacancyId,
        active.map((m) => m.vacancyId),
      ),
    );
  const merged = new Map<string, { level: number; required: boolean }>();
  for (const c of competences) {
    const seen = merged.get(c.competenceCode);
    merged.set(c.competenceCode, {
      level: Math.max(seen?.level ?? 0, c.level),
      required: (seen?.required ?? false) || c.required,
    });
  }
  const route = mostPreferred(active.map((m) => m.preferredRoute));
  const split = [...active]
    .sort(
      (a, b) => b.ftePercent - a.ftePercent || (names[a.organisationId] ?? "").localeCompare(names[b.organisationId] ?? "", "nl"),
    )
    .map((m) => `${names[m.organisationId] ?? ""} ${(m.ftePercent / 100).toFixed(2).replace(/0$/, "").replace(".", ",")} VTE`);
  const closesOn = [todayInBrussels(now), ...rows.map((r) => r.closesOn)].sort().at(-1)!;
  const description = [
    `Gedeelde post van ${split.length} lokale besturen. Verdeling van de uren: ${split.join(", ")}.`,
    route ? `Samenwerking via: ${ROUTE_NAMES_NL[route]}.` : "",
    leadVacancy.description,
  ]
    .filter(Boolean)
    .join("\n\n");
  const [shared] = await tx
    .insert(vacancies)
    .values({
      organisationId: lead.organisationId,
      title: `${leadVacancy.title} (gedeelde post)`,
      description,
      roleProfileId: proposal.roleProfileId,
      ftePercent: Math.min(POST_CAPACITY_PERCENT, total),
      contract: leadVacancy.contract,
      grade: leadVacancy.grade,
      salaryMin: leadVacancy.salaryMin,
      salaryMax: leadVacancy.salaryMax,
      scaleCode: leadVacancy.scaleCode,
      placeMunicipalityId: leadVacancy.placeMunicipalityId,
      placeName: leadVacancy.placeName,
      lat: leadVacancy.lat,
      lon: leadVacancy.lon,
      teleworkPercent: leadVacancy.teleworkPercent,
      startsOn: leadVacancy.startsOn,
      closesOn,
      openToSharing: false,
      status: "open",
      createdBy: actor?.personId ?? null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: vacancies.id });
  if (merged.size) {
    await tx
      .insert(vacancyCompetences)
      .values(
        [...merged].map(([code, c]) => ({ vacancyId: shared!.id, competenceCode: code, level: c.level, required: c.required })),
      );
  }
  await tx
    .update(vacancies)
    .set({ status: "closed", updatedAt: now })
    .where(
      inArray(
        vacancies.id,
        active.map((m) => m.vacancyId),
      ),
    );
  await tx
    .update(sharedPostProposals)
    .set({
      status: "agreed",
      sharedVacancyId: shared!.id,
      leadOrganisationId: lead.organisationId,
      decidedAt: now,
      totalFtePercent: total,
    })
    .where(eq(sharedPostProposals.id, proposalId));
  for (const member of active) {
    await recordAudit(tx, {
      actorId: actor?.personId ?? null,
      organisationId: member.organisationId,
      ip: actor?.ip ?? null,
      action: "talent.vacancy.closed",
      targetType: "vacancy",
      targetId: member.vacancyId,
      details: { reason: "shared_post", proposalId, sharedVacancyId: shared!.id },
    });
  }
  await recordAudit(tx, {
    actorId: actor?.personId ?? null,
    organisationId: lead.organisationId,
    ip: actor?.ip ?? null,
    action: "talent.sharedPost.agreed",
    targetType: "shared_post",
    targetId: proposalId,
    details: {
      sharedVacancyId: shared!.id,
      route,
      split: active.map((m) => ({ organisationId: m.organisationId, ftePercent: m.ftePercent })),
    },
  });
  await notify(tx, "agreed", proposal, allOrganisations, names, baseUrl);
  return "agreed";
}

const ROUTE_NAMES_NL: Record<SharedPostRoute, string> = {
  secondment: "terbeschikkingstelling aan de buren met terugbetaling",
  joint_recruitment: "gezamenlijke aanwerving",
  interlocal_association: "een interlokale vereniging",
  pool: "een provinciale of intergemeentelijke pool",
};

/** The route most organisations prefer (ties: in the order of SHARED_POST_ROUTES); null when none chose. */
function mostPreferred(routes: readonly (string | null)[]): SharedPostRoute | null {
  let best: SharedPostRoute | null = null;
  let bestCount = 0;
  for (const route of SHARED_POST_ROUTES) {
    const count = routes.filter((r) => r === route).length;
    if (count > bestCount) {
      best = route;
      bestCount = count;
    }
  }
  return best;
}

export const sharedPostAnswerSchema = z.object({
  answer: z.enum(SHARED_POST_ANSWERS, { error: "talentRegion.validation.answer" }),
  route: z.preprocess(
    (v) => (v === "" || v == null ? undefined : v),
    z.enum(SHARED_POST_ROUTES, { error: "talentRegion.validation.route" }).optional(),
  ),
});
export type SharedPostAnswerInput = z.output<typeof sharedPostAnswerSchema>;

/**
 * The answer of HR of `organisationId` to a proposal it is part of. A proposal the organisation is
 * not part of is "not found"; a decided one can no longer be answered.
 */
export async function answerSharedPost(
  db: Db,
  organisationId: string,
  proposalId: string,
  input: SharedPostAnswerInput,
  actor: TalentActor,
  options: { baseUrl?: string; now?: Date } = {},
): Promise<{ ok: true; status: SharedPostStatus } | Failure> {
  if (!isUuid(proposalId) || !isUuid(organisationId)) return fail("talentRegion.sharedPost.notFound");
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(LOCK);
    const [member] = await tx
      .select()
      .from(sharedPostMembers)
      .where(and(eq(sharedPostMembers.proposalId, proposalId), eq(sharedPostMembers.organisationId, organisationId)));
    if (!member) return fail("talentRegion.sharedPost.notFound");
    const [proposal] = await tx.select().from(sharedPostProposals).where(eq(sharedPostProposals.id, proposalId));
    if (proposal?.status !== "proposed") return fail("talentRegion.sharedPost.decided");
    if (member.answer === "withdrawn") return fail("talentRegion.sharedPost.withdrawn");
    await tx
      .update(sharedPostMembers)
      .set({ answer: input.answer, preferredRoute: input.route ?? null, answeredBy: actor.personId, answeredAt: now })
      .where(and(eq(sharedPostMembers.proposalId, proposalId), eq(sharedPostMembers.vacancyId, member.vacancyId)));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: actor.ip ?? null,
      action: "talent.sharedPost.answered",
      targetType: "shared_post",
      targetId: proposalId,
      details: { answer: input.answer, route: input.route ?? null, previous: member.answer },
    });
    const status = await settle(tx, proposalId, await sharingRules(tx), actor, options.baseUrl ?? "", now);
    return { ok: true as const, status };
  });
}

// ---------------------------------------------------------------------------------------------
// Reading proposals

export type SharedPostMemberView = {
  vacancyId: string;
  vacancyTitle: string;
  organisationId: string;
  organisationName: string;
  placeName: string;
  nis: string | null;
  ftePercent: number;
  answer: SharedPostAnswer;
  preferredRoute: SharedPostRoute | null;
  answeredAt: Date | null;
};

export type SharedPostView = {
  id: string;
  roleProfile: { id: number; nameNl: string; nameEn: string };
  status: SharedPostStatus;
  closedReason: "declined" | "withdrawn" | null;
  totalFtePercent: number;
  createdAt: Date;
  decidedAt: Date | null;
  sharedVacancyId: string | null;
  leadOrganisationId: string | null;
  members: SharedPostMemberView[];
  /** The viewing organisation's own place in the proposal. */
  own: SharedPostMemberView;
};

async function viewsOf(
  db: Db,
  organisationId: string,
  proposals: (typeof sharedPostProposals.$inferSelect)[],
): Promise<SharedPostView[]> {
  if (proposals.length === 0) return [];
  const members = await db
    .select({
      member: sharedPostMembers,
      title: vacancies.title,
      placeName: vacancies.placeName,
      place: vacancies.placeMunicipalityId,
    })
    .from(sharedPostMembers)
    .innerJoin(vacancies, eq(vacancies.id, sharedPostMembers.vacancyId))
    .where(
      inArray(
        sharedPostMembers.proposalId,
        proposals.map((p) => p.id),
      ),
    )
    .orderBy(desc(sharedPostMembers.ftePercent), asc(vacancies.placeName));
  const names = await organisationNames(db, [...new Set(members.map((m) => m.member.organisationId))]);
  const nisOf = new Map((await listMunicipalities(db)).map((p) => [p.id, p.nisCode]));
  const ecf = loadEcf();
  return proposals.map((p) => {
    const list: SharedPostMemberView[] = members
      .filter((m) => m.member.proposalId === p.id)
      .map((m) => ({
        vacancyId: m.member.vacancyId,
        vacancyTitle: m.title,
        organisationId: m.member.organisationId,
        organisationName: names[m.member.organisationId] ?? "",
        placeName: m.placeName,
        nis: nisOf.get(m.place) ?? null,
        ftePercent: m.member.ftePercent,
        answer: m.member.answer as SharedPostAnswer,
        preferredRoute: (m.member.preferredRoute as SharedPostRoute | null) ?? null,
        answeredAt: m.member.answeredAt,
      }));
    const role = ecf.roleProfiles.find((r) => r.id === p.roleProfileId);
    return {
      id: p.id,
      roleProfile: { id: p.roleProfileId, nameNl: role?.nameNl ?? "", nameEn: role?.nameEn ?? "" },
      status: p.status as SharedPostStatus,
      closedReason: (p.closedReason as "declined" | "withdrawn" | null) ?? null,
      totalFtePercent: p.totalFtePercent,
      createdAt: p.createdAt,
      decidedAt: p.decidedAt,
      sharedVacancyId: p.sharedVacancyId,
      leadOrganisationId: p.leadOrganisationId,
      members: list,
      own: list.find((m) => m.organisationId === organisationId)!,
    };
  });
}

/** The proposals an organisation is part of: open ones first, then newest first. */
export async function listSharedPostsOf(db: Db, organisationId: string): Promise<SharedPostView[]> {
  if (!isUuid(organisationId)) return [];
  const proposals = await db
    .select()
    .from(sharedPostProposals)
    .where(
      sql`EXISTS (SELECT 1 FROM ${sharedPostMembers} m WHERE m.proposal_id = ${sharedPostProposals.id} AND m.organisation_id = ${organisationId})`,
    )
    .orderBy(sql`${sharedPostProposals.status} = 'proposed' DESC`, desc(sharedPostProposals.createdAt));
  return viewsOf(db, organisationId, proposals);
}

/** One proposal, only for an organisation that is part of it; undefined otherwise. */
export async function getSharedPostFor(db: Db, organisationId: string, proposalId: string): Promise<SharedPostView | undefined> {
  if (!isUuid(proposalId) || !isUuid(organisationId)) return undefined;
  const [member] = await db
    .select({ id: sharedPostMembers.proposalId })
    .from(sharedPostMembers)
    .where(and(eq(sharedPostMembers.proposalId, proposalId), eq(sharedPostMembers.organisationId, organisationId)));
  if (!member) return undefined;
  const proposals = await db.select().from(sharedPostProposals).where(eq(sharedPostProposals.id, proposalId));
  return (await viewsOf(db, organisationId, proposals))[0];
}

/** How many proposals there are per status (the admin page). */
export async function sharedPostCounts(db: Db): Promise<Record<SharedPostStatus, number>> {
  const rows = await db
    .select({ status: sharedPostProposals.status, n: sql<number>`count(*)::int` })
    .from(sharedPostProposals)
    .groupBy(sharedPostProposals.status);
  const counts: Record<SharedPostStatus, number> = { proposed: 0, agreed: 0, closed: 0 };
  for (const row of rows) counts[row.status as SharedPostStatus] = row.n;
  return counts;
}
