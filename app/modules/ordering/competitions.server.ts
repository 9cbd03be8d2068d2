// Quote requests and mini-competitions: the buyer asks, the invited suppliers answer before the
// deadline, the answers stay sealed until then (for the buyer and for every other supplier), after
// the deadline they are ranked, the buyer scores the other criteria and awards to the best offer
// with a reason, every invited supplier is told and the award report is kept.
//
// Confidentiality is enforced here: the buyer's view reads no answer (not even how many came in)
// before the deadline, and a supplier's view reads only that supplier's own answer.
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { type Actor, can, getOrganisation, type IdentityContext, membersOf, namesByIds } from "../identity/index.server.ts";
import { permissionsOf } from "../identity/shared.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import {
  getFramework,
  listAccessionsOf,
  listApprovedSuppliers,
  listCategories,
  todayInBrussels,
} from "../procurement/index.server.ts";
import {
  competitionCriteria,
  competitionInvitations,
  competitionLines,
  competitionResponseLines,
  competitionResponses,
  competitionScores,
  competitions,
} from "./competition.schema.ts";
import type { AnswerLineInput, CompetitionRequestInput } from "./competitions-forms.server.ts";
import { isUuid } from "./competitions-forms.server.ts";
import { competitionMail } from "./competitions-mail.server.ts";
import {
  offerLeadTimeDays,
  offerTotalCents,
  type RankCriterion,
  type RankedOffer,
  rankOffers,
} from "./competitions-ranking.server.ts";
import type { DocumentCompetition } from "./documents/types.ts";
import { orderNotifications } from "./schema.ts";

export type CompetitionFailure = { ok: false; error: string; field?: string };
const fail = (error: string, field?: string): CompetitionFailure => ({ ok: false, error, field });

type Kind = "quote" | "mini_competition";
/** Suppliers' people have no language on record here: the mails go out in Dutch, the procedure's language. */
const MAIL_LOCALE = "nl" as const;
type Competition = typeof competitions.$inferSelect;

/** A lot the organisation may reopen competition in: joined framework, reopening, running, two suppliers or more. */
export type CompetitionLot = {
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  frameworkId: string;
  frameworkReference: string;
  frameworkTitle: string;
  suppliers: { id: string; name: string }[];
};

/** The lots of framework agreements the organisation joined where a mini-competition applies. */
export async function listCompetitionLots(db: Db, organisationId: string, today = todayInBrussels()): Promise<CompetitionLot[]> {
  const lots: CompetitionLot[] = [];
  for (const accession of await listAccessionsOf(db, organisationId)) {
    const framework = await getFramework(db, accession.frameworkId);
    if (framework?.orderMethod !== "reopening") continue;
    if (framework.startsOn > today || framework.endsOn < today) continue;
    for (const lot of framework.lots) {
      if (lot.suppliers.length < 2) continue;
      lots.push({
        lotId: lot.id,
        lotNumber: lot.number,
        lotTitle: lot.title,
        frameworkId: framework.id,
        frameworkReference: framework.reference,
        frameworkTitle: framework.title,
        suppliers: lot.suppliers,
      });
    }
  }
  return lots;
}

/** Approved suppliers a quote may be asked from. */
export function listQuoteSuppliers(db: Db) {
  return listApprovedSuppliers(db);
}

/** The people of a supplier who handle orders (and so quote requests), for the e-mails. */
async function handlersOf(db: Db, supplierId: string): Promise<{ personId: string; email: string | null; name: string }[]> {
  const members = await membersOf(db, supplierId);
  return members
    .filter((member) => member.status === "active" && permissionsOf("leverancier", member.roles).has("supplier.handle_orders"))
    .map((member) => ({ personId: member.personId, email: member.email, name: member.name }));
}

/**
 * Tells one person of a supplier: an in-portal notification (the ordering notifications, without
 * an order) and an e-mail through the platform queue, in the caller's transaction.
 */
async function tellPerson(
  tx: DbOrTx,
  person: { personId: string; email: string | null },
  supplierId: string,
  message: { kind: string; href: string; vars: Record<string, string>; mail: { subject: string; text: string; html: string } },
) {
  await tx.insert(orderNotifications).values({
    personId: person.personId,
    organisationId: supplierId,
    orderId: null,
    kind: message.kind,
    href: message.href,
    vars: message.vars,
  });
  if (person.email) {
    await queueMail(tx, { to: person.email, ...message.mail, locale: MAIL_LOCALE, template: `ordering.${message.kind}` });
  }
}

function newReference(kind: Kind, now: Date): string {
  return `${kind === "quote" ? "OA" : "MC"}-${now.getUTCFullYear()}-${randomBytes(3).toString("hex").toUpperCase()}`;
}

/** Where the buyer and the suppliers find a competition. */
export function buyerPath(competition: { id: string; kind: Kind }): string {
  return `/aankopen/${competition.kind === "quote" ? "offerteaanvragen" : "minicompetities"}/${competition.id}`;
}
export const supplierPath = (id: string) => `/leverancier/offerteaanvragen/${id}`;

/**
 * Creates a quote request (to the chosen approved suppliers) or a mini-competition (to every
 * supplier of the lot), and tells the invited suppliers by e-mail. One transaction; audited.
 */
export async function createCompetition(
  context: IdentityContext,
  actor: Actor,
  organisationId: string,
  kind: Kind,
  input: CompetitionRequestInput,
  now: Date = new Date(),
): Promise<{ ok: true; id: string; reference: string } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, organisationId, "procurement.buy")) return fail("competitions.error.forbidden");
  if (input.deadline.getTime() <= now.getTime()) return fail("competitions.validation.deadlinePast", "deadlineDate");
  if (input.lines.length === 0) return fail("competitions.validation.noLines", "description_1");
  if (input.lines.some((line) => !Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 10_000))
    return fail("competitions.validation.quantity");
  const weights = input.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (weights !== 100 || input.criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 1))
    return fail("competitions.validation.weightsSum", "weightPrice");
  if (!input.criteria.some((c) => c.kind === "price")) return fail("competitions.validation.weight", "weightPrice");

  let supplierIds: string[];
  let framework: { id: string; lotId: string } | undefined;
  if (kind === "mini_competition") {
    const lot = (await listCompetitionLots(db, organisationId, todayInBrussels(now))).find((l) => l.lotId === input.lotId);
    if (!lot) return fail("competitions.validation.lot", "lotId");
    // Reopening of competition: every party of the lot is invited, none may be left out.
    supplierIds = lot.suppliers.map((supplier) => supplier.id);
    framework = { id: lot.frameworkId, lotId: lot.lotId };
  } else {
    supplierIds = [...new Set(input.supplierIds)];
    if (supplierIds.length === 0 || supplierIds.length > 20) return fail("competitions.validation.suppliers", "supplierIds");
    for (const supplierId of supplierIds) {
      // Only approved suppliers: active organisations of type leverancier.
      const supplier = await getOrganisation(db, supplierId);
      if (supplier?.type !== "leverancier" || supplier.status !== "active")
        return fail("competitions.validation.suppliers", "supplierIds");
    }
  }

  if (!(await listCategories(db)).some((category) => category.id === input.categoryId))
    return fail("competitions.validation.category", "categoryId");
  const buyer = await getOrganisation(db, organisationId);
  const recipients = await Promise.all(supplierIds.map(async (id) => ({ supplierId: id, people: await handlersOf(db, id) })));
  const reference = newReference(kind, now);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(competitions)
      .values({
        reference,
        kind,
        organisationId,
        title: input.title,
        frameworkId: framework?.id ?? null,
        lotId: framework?.lotId ?? null,
        categoryId: input.categoryId,
        deliveryWishes: input.deliveryWishes,
        deadline: input.deadline,
        createdBy: actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: competitions.id });
    const competitionId = row!.id;
    await tx.insert(competitionLines).values(
      input.lines.map((line, index) => ({
        competitionId,
        lineNumber: index + 1,
        description: line.description,
        quantity: line.quantity,
        unit: line.unit,
        productId: line.productId ?? null,
      })),
    );
    await tx
      .insert(competitionCriteria)
      .values(input.criteria.map((criterion, index) => ({ competitionId, position: index + 1, ...criterion })));
    await tx
      .insert(competitionInvitations)
      .values(supplierIds.map((supplierId) => ({ competitionId, supplierId, invitedAt: now })));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: context.ip ?? null,
      action: kind === "quote" ? "ordering.quote.requested" : "ordering.competition.started",
      targetType: "competition",
      targetId: competitionId,
      details: {
        reference,
        lotId: framework?.lotId ?? null,
        suppliers: supplierIds,
        deadline: input.deadline.toISOString(),
        criteria: input.criteria.map((c) => ({ kind: c.kind, name: c.name, weight: c.weight })),
        lines: input.lines.length,
      },
    });
    for (const recipient of recipients) {
      for (const person of recipient.people) {
        const mail = competitionMail.invited(MAIL_LOCALE, {
          kind,
          reference,
          title: input.title,
          buyer: buyer?.name ?? "",
          deadline: input.deadline,
          url: `${context.baseUrl}${supplierPath(competitionId)}`,
        });
        await tellPerson(tx, person, recipient.supplierId, {
          kind: "competitionInvited",
          href: supplierPath(competitionId),
          vars: { reference, title: input.title, buyer: buyer?.name ?? "" },
          mail,
        });
      }
    }
    return competitionId;
  });
  return { ok: true, id, reference };
}

export type CompetitionSummary = {
  id: string;
  reference: string;
  kind: Kind;
  title: string;
  deadline: string;
  closed: boolean;
  status: Competition["status"];
  invited: number;
};

/** The organisation's own quote requests and mini-competitions, the newest first. */
export async function listCompetitionsForBuyer(
  db: Db,
  organisationId: string,
  now: Date = new Date(),
): Promise<CompetitionSummary[]> {
  if (!isUuid(organisationId)) return [];
  const rows = await db
    .select()
    .from(competitions)
    .where(eq(competitions.organisationId, organisationId))
    .orderBy(desc(competitions.createdAt))
    .limit(200);
  const invitations = rows.length
    ? await db
        .select({ competitionId: competitionInvitations.competitionId })
        .from(competitionInvitations)
        .where(
          inArray(
            competitionInvitations.competitionId,
            rows.map((row) => row.id),
          ),
        )
    : [];
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    title: row.title,
    deadline: row.deadline.toISOString(),
    closed: row.deadline.getTime() <= now.getTime(),
    status: row.status,
    invited: invitations.filter((invitation) => invitation.competitionId === row.id).length,
  }));
}

type LineView = { id: string; lineNumber: number; description: string; quantity: number; unit: string; productId: string | null };
type CriterionView = { id: string; kind: "price" | "lead_time" | "other"; name: string; weight: number };

async function requestParts(db: DbOrTx, competition: Competition) {
  const lines: LineView[] = await db
    .select({
      id: competitionLines.id,
      lineNumber: competitionLines.lineNumber,
      description: competitionLines.description,
      quantity: competitionLines.quantity,
      unit: competitionLines.unit,
      productId: competitionLines.productId,
    })
    .from(competitionLines)
    .where(eq(competitionLines.competitionId, competition.id))
    .orderBy(asc(competitionLines.lineNumber));
  const criteria: CriterionView[] = await db
    .select({
      id: competitionCriteria.id,
      kind: competitionCriteria.kind,
      name: competitionCriteria.name,
      weight: competitionCriteria.weight,
    })
    .from(competitionCriteria)
    .where(eq(competitionCriteria.competitionId, competition.id))
    .orderBy(asc(competitionCriteria.position));
  const invited = (
    await db
      .select({ supplierId: competitionInvitations.supplierId })
      .from(competitionInvitations)
      .where(eq(competitionInvitations.competitionId, competition.id))
  ).map((row) => row.supplierId);
  return { lines, criteria, invited };
}

async function frameworkOf(db: Db, competition: Competition) {
  if (!competition.frameworkId) return undefined;
  const framework = await getFramework(db, competition.frameworkId);
  const lot = framework?.lots.find((l) => l.id === competition.lotId);
  if (!framework || !lot) return undefined;
  return {
    id: framework.id,
    reference: framework.reference,
    title: framework.title,
    lotNumber: lot.number,
    lotTitle: lot.title,
    centralPurchasingBody: framework.centralPurchasingBody,
  };
}

/** Every complete answer after the deadline, with its lines, totals and the buyer's scores. */
async function answersAfterDeadline(db: DbOrTx, competition: Competition, lines: LineView[], criteria: CriterionView[]) {
  const responses = await db.select().from(competitionResponses).where(eq(competitionResponses.competitionId, competition.id));
  const responseLines = responses.length
    ? await db
        .select()
        .from(competitionResponseLines)
        .where(
          inArray(
            competitionResponseLines.responseId,
            responses.map((r) => r.id),
          ),
        )
    : [];
  const others = criteria.filter((c) => c.kind === "other").map((c) => c.id);
  const scores = others.length
    ? await db.select().from(competitionScores).where(inArray(competitionScores.criterionId, others))
    : [];
  return responses
    .map((response) => {
      const own = responseLines.filter((line) => line.responseId === response.id);
      const priced = lines.map((line) => {
        const answer = own.find((candidate) => candidate.lineId === line.id);
        return answer
          ? { ...line, unitPriceCents: answer.unitPriceCents, leadTimeDays: answer.leadTimeDays, note: answer.note }
          : undefined;
      });
      if (priced.some((line) => line === undefined)) return undefined;
      const complete = priced as (LineView & { unitPriceCents: number; leadTimeDays: number; note: string })[];
      return {
        supplierId: response.supplierId,
        note: response.note,
        submittedAt: response.updatedAt.toISOString(),
        lines: complete,
        totalCents: offerTotalCents(complete),
        leadTimeDays: offerLeadTimeDays(complete),
        scores: Object.fromEntries(
          scores.filter((score) => score.supplierId === response.supplierId).map((score) => [score.criterionId, score.score]),
        ) as Record<string, number | undefined>,
      };
    })
    .filter((answer) => answer !== undefined);
}

async function rankingOf(
  db: DbOrTx,
  competition: Competition,
  lines: LineView[],
  criteria: CriterionView[],
  names: Record<string, string>,
) {
  const answers = await answersAfterDeadline(db, competition, lines, criteria);
  const ranking = rankOffers(
    criteria as RankCriterion[],
    answers.map((answer) => ({
      supplierId: answer.supplierId,
      supplierName: names[answer.supplierId] ?? "",
      totalCents: answer.totalCents,
      leadTimeDays: answer.leadTimeDays,
      scores: answer.scores,
    })),
  );
  return { answers, ranking };
}

async function loadOwned(db: DbOrTx, organisationId: string, id: string, kind?: Kind) {
  if (!isUuid(id) || !isUuid(organisationId)) return undefined;
  const [row] = await db
    .select()
    .from(competitions)
    .where(and(eq(competitions.id, id), eq(competitions.organisationId, organisationId)));
  if (!row || (kind && row.kind !== kind)) return undefined;
  return row;
}

/**
 * The buyer's view of one of the organisation's own competitions; undefined for any other id.
 * Before the deadline it holds the request only: no answer is read at all.
 */
export async function getCompetitionForBuyer(db: Db, organisationId: string, id: string, kind?: Kind, now: Date = new Date()) {
  const competition = await loadOwned(db, organisationId, id, kind);
  if (!competition) return undefined;
  const { lines, criteria, invited } = await requestParts(db, competition);
  const names = await namesByIds(db, [competition.awardedBy ?? ""], invited);
  const closed = competition.deadline.getTime() <= now.getTime();
  const base = {
    id: competition.id,
    reference: competition.reference,
    kind: competition.kind,
    title: competition.title,
    deliveryWishes: competition.deliveryWishes,
    deadline: competition.deadline.toISOString(),
    createdAt: competition.createdAt.toISOString(),
    status: competition.status,
    closed,
    lines,
    criteria,
    invited: invited.map((supplierId) => ({ id: supplierId, name: names.organisations[supplierId] ?? "" })),
    framework: await frameworkOf(db, competition),
    award: competition.awardedSupplierId
      ? {
          supplierId: competition.awardedSupplierId,
          supplierName: names.organisations[competition.awardedSupplierId] ?? "",
          reason: competition.awardReason ?? "",
          at: competition.awardedAt?.toISOString() ?? "",
          by: names.people[competition.awardedBy ?? ""] ?? "",
          report: competition.awardReport,
        }
      : undefined,
    orderId: competition.orderId,
    cancelled: competition.cancelledAt
      ? { reason: competition.cancelReason ?? "", at: competition.cancelledAt.toISOString() }
      : undefined,
  };
  // Stopped before the deadline: the answers are never opened.
  const stoppedEarly = competition.cancelledAt !== null && competition.cancelledAt.getTime() < competition.deadline.getTime();
  if (!closed || stoppedEarly) return { ...base, results: undefined };
  const { answers, ranking } = await rankingOf(db, competition, lines, criteria, names.organisations);
  return {
    ...base,
    results: {
      ranking: ranking.offers,
      scoresMissing: ranking.scoresMissing,
      answers,
      noAnswer: base.invited.filter((supplier) => !answers.some((answer) => answer.supplierId === supplier.id)),
    },
  };
}

export type BuyerCompetition = NonNullable<Awaited<ReturnType<typeof getCompetitionForBuyer>>>;

/** The requests addressed to a supplier (invited), the newest first, with whether it answered. */
export async function listCompetitionsForSupplier(db: Db, supplierId: string, now: Date = new Date()) {
  if (!isUuid(supplierId)) return [];
  const rows = await db
    .select({
      id: competitions.id,
      reference: competitions.reference,
      kind: competitions.kind,
      title: competitions.title,
      organisationId: competitions.organisationId,
      deadline: competitions.deadline,
      status: competitions.status,
      awardedSupplierId: competitions.awardedSupplierId,
      responseId: competitionResponses.id,
    })
    .from(competitionInvitations)
    .innerJoin(competitions, eq(competitions.id, competitionInvitations.competitionId))
    .leftJoin(
      competitionResponses,
      and(
        eq(competitionResponses.competitionId, competitionInvitations.competitionId),
        eq(competitionResponses.supplierId, competitionInvitations.supplierId),
      ),
    )
    .where(eq(competitionInvitations.supplierId, supplierId))
    .orderBy(desc(competitions.deadline))
    .limit(200);
  const names = await namesByIds(
    db,
    [],
    rows.map((row) => row.organisationId),
  );
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    title: row.title,
    buyer: names.organisations[row.organisationId] ?? "",
    deadline: row.deadline.toISOString(),
    closed: row.deadline.getTime() <= now.getTime(),
    status: row.status,
    answered: row.responseId !== null,
    won: row.awardedSupplierId === supplierId,
  }));
}

async function invitedRow(db: DbOrTx, supplierId: string, id: string) {
  if (!isUuid(id) || !isUuid(supplierId)) return undefined;
  const [row] = await db
    .select({ competition: competitions })
    .from(competitionInvitations)
    .innerJoin(competitions, eq(competitions.id, competitionInvitations.competitionId))
    .where(and(eq(competitionInvitations.competitionId, id), eq(competitionInvitations.supplierId, supplierId)));
  return row?.competition;
}

/**
 * A supplier's view of a request it was invited to (undefined otherwise): the request, its own
 * answer only, and after the award the outcome (winner, reason, its own rank and score).
 */
export async function getCompetitionForSupplier(db: Db, supplierId: string, id: string, now: Date = new Date()) {
  const competition = await invitedRow(db, supplierId, id);
  if (!competition) return undefined;
  const { lines, criteria } = await requestParts(db, competition);
  const [response] = await db
    .select()
    .from(competitionResponses)
    .where(and(eq(competitionResponses.competitionId, competition.id), eq(competitionResponses.supplierId, supplierId)));
  const ownLines = response
    ? await db.select().from(competitionResponseLines).where(eq(competitionResponseLines.responseId, response.id))
    : [];
  const names = await namesByIds(db, [], [competition.organisationId, supplierId, competition.awardedSupplierId ?? ""]);
  const closed = competition.deadline.getTime() <= now.getTime();
  let outcome:
    | { won: boolean; winner: string; reason: string; at: string; rank?: number; score?: number; offers: number }
    | undefined;
  if (competition.awardedSupplierId && competition.awardReport) {
    const report = competition.awardReport;
    // Only the supplier's own place in the ranking: never another supplier's prices or scores.
    const mine = report.ranking.find((entry) => entry.supplier === names.organisations[supplierId]);
    outcome = {
      won: competition.awardedSupplierId === supplierId,
      winner: names.organisations[competition.awardedSupplierId] ?? report.awardedSupplier,
      reason: competition.awardReason ?? "",
      at: competition.awardedAt?.toISOString() ?? "",
      rank: mine?.rank,
      score: mine?.score,
      offers: report.ranking.length,
    };
  }
  return {
    id: competition.id,
    reference: competition.reference,
    kind: competition.kind,
    title: competition.title,
    buyer: names.organisations[competition.organisationId] ?? "",
    deliveryWishes: competition.deliveryWishes,
    deadline: competition.deadline.toISOString(),
    status: competition.status,
    closed,
    open: !closed && competition.status === "open",
    lines,
    criteria,
    framework: await frameworkOf(db, competition),
    cancelled: competition.cancelledAt
      ? { reason: competition.cancelReason ?? "", at: competition.cancelledAt.toISOString() }
      : undefined,
    answer: response
      ? {
          note: response.note,
          updatedAt: response.updatedAt.toISOString(),
          lines: Object.fromEntries(
            ownLines.map((line) => [
              line.lineId,
              { unitPriceCents: line.unitPriceCents, leadTimeDays: line.leadTimeDays, note: line.note },
            ]),
          ),
        }
      : undefined,
    outcome,
  };
}

export type SupplierCompetition = NonNullable<Awaited<ReturnType<typeof getCompetitionForSupplier>>>;

/**
 * An invited supplier answers (or changes its answer) before the deadline: a unit price and lead
 * time for every line. Refused for a supplier not invited (as "not found"), after the deadline and
 * once the competition is no longer open. Audited without the prices.
 */
export async function submitAnswer(
  context: Pick<IdentityContext, "database" | "ip">,
  actor: Actor,
  supplierId: string,
  id: string,
  input: { lines: AnswerLineInput[]; note: string },
  now: Date = new Date(),
): Promise<{ ok: true } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, supplierId, "supplier.handle_orders")) return fail("competitions.error.forbidden");
  return db.transaction(async (tx) => {
    const competition = await invitedRow(tx, supplierId, id);
    if (!competition) return fail("competitions.error.notFound");
    // Lock the request so that an answer and the deadline check are one step.
    await tx.select({ id: competitions.id }).from(competitions).where(eq(competitions.id, competition.id)).for("update");
    if (competition.deadline.getTime() <= now.getTime()) return fail("competitions.answer.deadlinePassed");
    if (competition.status !== "open") return fail("competitions.answer.closed");
    const { lines } = await requestParts(tx, competition);
    const wanted = new Set(lines.map((line) => line.id));
    if (input.lines.length !== wanted.size || input.lines.some((line) => !wanted.has(line.lineId)))
      return fail("competitions.answer.incomplete");
    if (input.lines.some((line) => line.unitPriceCents <= 0 || line.unitPriceCents > 100_000_000))
      return fail("competitions.validation.price");
    if (input.lines.some((line) => !Number.isInteger(line.leadTimeDays) || line.leadTimeDays < 0 || line.leadTimeDays > 365))
      return fail("competitions.validation.leadTime");
    const [existing] = await tx
      .select({ id: competitionResponses.id })
      .from(competitionResponses)
      .where(and(eq(competitionResponses.competitionId, competition.id), eq(competitionResponses.supplierId, supplierId)));
    let responseId: string;
    if (existing) {
      responseId = existing.id;
      await tx
        .update(competitionResponses)
        .set({ note: input.note, submittedBy: actor.personId, updatedAt: now })
        .where(eq(competitionResponses.id, responseId));
      await tx.delete(competitionResponseLines).where(eq(competitionResponseLines.responseId, responseId));
    } else {
      const [row] = await tx
        .insert(competitionResponses)
        .values({
          competitionId: competition.id,
          supplierId,
          note: input.note,
          submittedBy: actor.personId,
          submittedAt: now,
          updatedAt: now,
        })
        .returning({ id: competitionResponses.id });
      responseId = row!.id;
    }
    await tx.insert(competitionResponseLines).values(input.lines.map((line) => ({ responseId, ...line })));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: supplierId,
      ip: context.ip ?? null,
      action: existing ? "ordering.competition.answer_changed" : "ordering.competition.answered",
      targetType: "competition",
      targetId: competition.id,
      // Never the prices: the answer is sealed until the deadline.
      details: { reference: competition.reference, lines: input.lines.length },
    });
    return { ok: true as const };
  });
}

/** The buyer scores the `other` criteria (0–10) of every complete answer, after the deadline and before the award. */
export async function scoreAnswers(
  context: Pick<IdentityContext, "database" | "ip">,
  actor: Actor,
  organisationId: string,
  id: string,
  scores: { criterionId: string; supplierId: string; score: number }[],
  now: Date = new Date(),
): Promise<{ ok: true } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, organisationId, "procurement.buy")) return fail("competitions.error.forbidden");
  return db.transaction(async (tx) => {
    const competition = await loadOwned(tx, organisationId, id);
    if (!competition) return fail("competitions.error.notFound");
    if (competition.deadline.getTime() > now.getTime()) return fail("competitions.award.beforeDeadline");
    if (competition.status !== "open")
      return fail(competition.status === "cancelled" ? "competitions.award.cancelled" : "competitions.award.already");
    const { lines, criteria } = await requestParts(tx, competition);
    const answers = await answersAfterDeadline(tx, competition, lines, criteria);
    const others = new Set(criteria.filter((c) => c.kind === "other").map((c) => c.id));
    const answered = new Set(answers.map((answer) => answer.supplierId));
    for (const score of scores) {
      if (!others.has(score.criterionId) || !answered.has(score.supplierId)) return fail("competitions.error.notFound");
      if (!Number.isInteger(score.score) || score.score < 0 || score.score > 10) return fail("competitions.validation.score");
    }
    for (const score of scores) {
      await tx
        .insert(competitionScores)
        .values({ ...score, scoredBy: actor.personId, scoredAt: now })
        .onConflictDoUpdate({
          target: [competitionScores.criterionId, competitionScores.supplierId],
          set: { score: score.score, scoredBy: actor.personId, scoredAt: now },
        });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: context.ip ?? null,
      action: "ordering.competition.scored",
      targetType: "competition",
      targetId: competition.id,
      details: { reference: competition.reference, scores },
    });
    return { ok: true as const };
  });
}

/**
 * Awards the competition after the deadline to the best-ranked offer (equal treatment: the award
 * follows the announced criteria; with a tie the buyer picks among the best), with a reason. Keeps
 * the award report and tells every invited supplier. One transaction; audited.
 */
export async function awardCompetition(
  context: IdentityContext,
  actor: Actor,
  organisationId: string,
  id: string,
  input: { supplierId: string; reason: string },
  now: Date = new Date(),
): Promise<{ ok: true; report: DocumentCompetition } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, organisationId, "procurement.buy")) return fail("competitions.error.forbidden");
  const reason = input.reason.trim();
  if (reason.length < 10 || reason.length > 2000) return fail("competitions.validation.reason", "reason");
  const owned = await loadOwned(db, organisationId, id);
  if (!owned) return fail("competitions.error.notFound");
  const invited = (await requestParts(db, owned)).invited;
  const names = await namesByIds(db, [], [...invited, organisationId]);
  const recipients = await Promise.all(
    invited.map(async (supplierId) => ({ supplierId, people: await handlersOf(db, supplierId) })),
  );
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, owned.id)).for("update");
    if (!competition) return fail("competitions.error.notFound");
    if (competition.deadline.getTime() > now.getTime()) return fail("competitions.award.beforeDeadline");
    if (competition.status !== "open")
      return fail(competition.status === "cancelled" ? "competitions.award.cancelled" : "competitions.award.already");
    const { lines, criteria } = await requestParts(tx, competition);
    const { ranking } = await rankingOf(tx, competition, lines, criteria, names.organisations);
    if (ranking.offers.length === 0) return fail("competitions.award.noOffers");
    if (ranking.scoresMissing) return fail("competitions.award.scoresMissing");
    const chosen = ranking.offers.find((offer: RankedOffer) => offer.supplierId === input.supplierId);
    if (!chosen) return fail("competitions.award.notAnOffer", "supplierId");
    if (chosen.rank !== 1) return fail("competitions.award.notBest", "supplierId");
    const report: DocumentCompetition = {
      reference: competition.reference,
      deadline: competition.deadline.toISOString(),
      criteria: criteria.map((criterion) => ({ name: criterion.name, weight: criterion.weight })),
      ranking: ranking.offers.map((offer) => ({
        rank: offer.rank,
        supplier: offer.supplierName,
        score: offer.score,
        totalCents: offer.totalCents,
        leadTimeDays: offer.leadTimeDays,
      })),
      awardedSupplier: chosen.supplierName,
      awardReason: reason,
      awardedAt: now.toISOString(),
    };
    await tx
      .update(competitions)
      .set({
        status: "awarded",
        awardedSupplierId: chosen.supplierId,
        awardReason: reason,
        awardedAt: now,
        awardedBy: actor.personId,
        awardReport: report,
        updatedAt: now,
      })
      .where(eq(competitions.id, competition.id));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: context.ip ?? null,
      action: competition.kind === "quote" ? "ordering.quote.awarded" : "ordering.competition.awarded",
      targetType: "competition",
      targetId: competition.id,
      details: { reference: competition.reference, supplierId: chosen.supplierId, score: chosen.score, reason },
    });
    for (const recipient of recipients) {
      const won = recipient.supplierId === chosen.supplierId;
      for (const person of recipient.people) {
        const mail = competitionMail.awarded(MAIL_LOCALE, {
          kind: competition.kind,
          reference: competition.reference,
          title: competition.title,
          buyer: names.organisations[organisationId] ?? "",
          won,
          winner: chosen.supplierName,
          reason,
          url: `${context.baseUrl}${supplierPath(competition.id)}`,
        });
        await tellPerson(tx, person, recipient.supplierId, {
          kind: won ? "competitionWon" : "competitionLost",
          href: supplierPath(competition.id),
          vars: { reference: competition.reference, title: competition.title, winner: chosen.supplierName },
          mail,
        });
      }
    }
    return { ok: true as const, report };
  });
}

/**
 * The buyer stops an open request (the authority may decide not to award, e.g. after a mistake
 * in the request or when no offer is acceptable), with a reason; every invited supplier is told.
 * Answers given before the deadline are never opened when it is stopped before the deadline.
 */
export async function cancelCompetition(
  context: IdentityContext,
  actor: Actor,
  organisationId: string,
  id: string,
  input: { reason: string },
  now: Date = new Date(),
): Promise<{ ok: true } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, organisationId, "procurement.buy")) return fail("competitions.error.forbidden");
  const reason = input.reason.trim();
  if (reason.length < 10 || reason.length > 2000) return fail("competitions.validation.reason", "cancelReason");
  const owned = await loadOwned(db, organisationId, id);
  if (!owned) return fail("competitions.error.notFound");
  const invited = (await requestParts(db, owned)).invited;
  const names = await namesByIds(db, [], [organisationId]);
  const recipients = await Promise.all(
    invited.map(async (supplierId) => ({ supplierId, people: await handlersOf(db, supplierId) })),
  );
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, owned.id)).for("update");
    if (!competition) return fail("competitions.error.notFound");
    if (competition.status !== "open")
      return fail(competition.status === "cancelled" ? "competitions.award.cancelled" : "competitions.award.already");
    await tx
      .update(competitions)
      .set({ status: "cancelled", cancelReason: reason, cancelledAt: now, updatedAt: now })
      .where(eq(competitions.id, competition.id));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: context.ip ?? null,
      action: competition.kind === "quote" ? "ordering.quote.cancelled" : "ordering.competition.cancelled",
      targetType: "competition",
      targetId: competition.id,
      details: { reference: competition.reference, reason, beforeDeadline: now.getTime() < competition.deadline.getTime() },
    });
    for (const recipient of recipients) {
      for (const person of recipient.people) {
        const mail = competitionMail.cancelled(MAIL_LOCALE, {
          reference: competition.reference,
          title: competition.title,
          buyer: names.organisations[organisationId] ?? "",
          reason,
          url: `${context.baseUrl}${supplierPath(competition.id)}`,
        });
        await tellPerson(tx, person, recipient.supplierId, {
          kind: "competitionCancelled",
          href: supplierPath(competition.id),
          vars: { reference: competition.reference, title: competition.title },
          mail,
        });
      }
    }
    return { ok: true as const };
  });
}

/** The awarded offer's lines at the awarded prices (for the order), or undefined before the award. */
export async function awardedLines(db: DbOrTx, competition: Competition) {
  if (!competition.awardedSupplierId) return undefined;
  const { lines, criteria } = await requestParts(db, competition);
  const answers = await answersAfterDeadline(db, competition, lines, criteria);
  return answers.find((answer) => answer.supplierId === competition.awardedSupplierId);
}

/** The competition row of the organisation (for the order step). */
export const ownedCompetition = loadOwned;
