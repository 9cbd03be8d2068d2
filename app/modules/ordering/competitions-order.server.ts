// After the award of a mini-competition, the order goes to the winner at the awarded prices.
//
// The core's submitCart (cart.server.ts) makes orders from cart lines at catalogue prices; it
// cannot take awarded prices. This file therefore writes the order rows itself with the core's
// tables, following the same rules: status "submitted" awaiting approval by the body the
// organisation's rules name (approvingBodyFor), an order event, an audit entry, a notification to
// the approvers, and idempotency — one submission per competition (key "competition-<id>") and the
// competition row locked, so a double click or retry returns the same order, never two. Framework
// usage is counted at approval by the core (decideOrder), never past the maximum; it is checked
// here too so the buyer hears of it before the approvers do.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { type Actor, can, type IdentityContext } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { getFramework } from "../procurement/index.server.ts";
import { approvingBodyFor } from "./approval-rules.server.ts";
import { competitions } from "./competition.schema.ts";
import { awardedLines, type CompetitionFailure, ownedCompetition } from "./competitions.server.ts";
import type { DocumentCompetition, DocumentRoute, OrderDocument } from "./documents/types.ts";
import { notify } from "./notifications.server.ts";
import { orderEvents, orderLines, orders, orderSubmissions } from "./schema.ts";

/** ICT supplies in Belgium: the standard VAT rate (answers are asked excl. VAT). */
const VAT_RATE = 21;
const fail = (error: string, field?: string): CompetitionFailure => ({ ok: false, error, field });

const euro = (cents: number) => new Intl.NumberFormat("nl-BE", { style: "currency", currency: "EUR" }).format(cents / 100);

/** The legal route of an order after a mini-competition, in plain Dutch for the procurement file. */
export function competitionRoute(
  report: DocumentCompetition,
  framework: { reference: string; title: string; lotNumber: number; lotTitle: string; centralPurchasingBody: string },
): DocumentRoute {
  const winner = report.ranking.find((entry) => entry.supplier === report.awardedSupplier);
  return {
    kind: "framework_competition",
    legalBasis:
      "Art. 47 van de wet van 17 juni 2016 (aankoopcentrale, raamovereenkomst) en art. 43 (heropening van de mededinging tussen de partijen van de raamovereenkomst)",
    explanation: [
      `Uw bestuur is toegetreden tot raamovereenkomst ${framework.reference} (${framework.title}) van ${framework.centralPurchasingBody}. Daarom moet het zelf geen plaatsingsprocedure voeren.`,
      `Perceel ${framework.lotNumber} (${framework.lotTitle}) heeft meerdere leveranciers en de raamovereenkomst heropent de mededinging. Daarom kregen alle leveranciers van het perceel dezelfde vraag, criteria en termijn (minicompetitie ${report.reference}).`,
      `De offerte van ${report.awardedSupplier} behaalde de hoogste score volgens de aangekondigde criteria en werd gekozen: ${report.awardReason}`,
    ],
    figures: [
      { label: "Minicompetitie", value: report.reference },
      {
        label: "Uiterste datum voor offertes",
        value: new Intl.DateTimeFormat("nl-BE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }).format(
          new Date(report.deadline),
        ),
      },
      { label: "Ontvangen offertes", value: String(report.ranking.length) },
      { label: "Score van de gekozen offerte", value: winner ? `${winner.score} / 100` : "" },
      { label: "Gegunde waarde excl. btw", value: winner ? euro(winner.totalCents) : "" },
    ],
    warnings: [],
  };
}

/**
 * Turns an awarded mini-competition of the organisation into an order to the winner at the
 * awarded prices. Idempotent: a second call returns the first order.
 */
export async function orderFromCompetition(
  context: Pick<IdentityContext, "database" | "ip" | "baseUrl">,
  actor: Actor,
  organisationId: string,
  id: string,
  now: Date = new Date(),
): Promise<{ ok: true; orderId: string; replayed: boolean } | CompetitionFailure> {
  const db = context.database.db;
  if (!can(actor, organisationId, "procurement.buy")) return fail("competitions.error.forbidden");
  const owned = await ownedCompetition(db, organisationId, id);
  if (!owned) return fail("competitions.error.notFound");
  if (owned.kind !== "mini_competition") return fail("competitions.order.onlyCompetitions");
  const framework = owned.frameworkId ? await getFramework(db, owned.frameworkId) : undefined;
  const lot = framework?.lots.find((l) => l.id === owned.lotId);
  if (!framework || !lot) return fail("competitions.error.notFound");
  return db.transaction(async (tx) => {
    const [competition] = await tx.select().from(competitions).where(eq(competitions.id, owned.id)).for("update");
    if (!competition) return fail("competitions.error.notFound");
    if (competition.orderId) return { ok: true as const, orderId: competition.orderId, replayed: true };
    if (competition.status !== "awarded" || !competition.awardReport || !competition.awardedSupplierId)
      return fail("competitions.order.notAwarded");
    if (competition.categoryId === null) return fail("competitions.order.noCategory");
    const winner = await awardedLines(tx, competition);
    if (!winner) return fail("competitions.order.notAwarded");
    const totalExclCents = winner.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const totalVatCents = winner.lines.reduce(
      (sum, line) => sum + Math.round((line.quantity * line.unitPriceCents * VAT_RATE) / 100),
      0,
    );
    if (framework.usedValueCents + totalExclCents > framework.maxValueCents) return fail("competitions.order.frameworkMax");
    const key = `competition-${competition.id}`;
    const [submission] = await tx
      .insert(orderSubmissions)
      .values({ organisationId, idempotencyKey: key, submittedBy: actor.personId })
      .onConflictDoNothing()
      .returning({ id: orderSubmissions.id });
    if (!submission) {
      // Should not happen (the competition row is locked and had no order), but never make two.
      const [earlier] = await tx
        .select({ id: orders.id })
        .from(orders)
        .innerJoin(orderSubmissions, eq(orderSubmissions.id, orders.submissionId))
        .where(and(eq(orderSubmissions.organisationId, organisationId), eq(orderSubmissions.idempotencyKey, key)));
      if (earlier) return { ok: true as const, orderId: earlier.id, replayed: true };
      return fail("competitions.order.notAwarded");
    }
    const body = await approvingBodyFor(tx, organisationId, totalExclCents);
    const day = now.toISOString().slice(0, 4);
    const route = competitionRoute(competition.awardReport, {
      reference: framework.reference,
      title: framework.title,
      lotNumber: lot.number,
      lotTitle: lot.title,
      centralPurchasingBody: framework.centralPurchasingBody,
    });
    const [order] = await tx
      .insert(orders)
      .values({
        reference: `BST-${day}-${randomBytes(4).toString("hex").toUpperCase()}`,
        organisationId,
        supplierId: competition.awardedSupplierId,
        submissionId: submission.id,
        status: "submitted",
        route: "framework_competition",
        routeDetails: route,
        frameworkId: framework.id,
        approvingBody: body,
        totalExclCents,
        totalVatCents,
        note: competition.deliveryWishes ? `${competition.title}. ${competition.deliveryWishes}` : competition.title,
        submittedBy: actor.personId,
        submittedAt: now,
      })
      .returning({ id: orders.id, reference: orders.reference });
    await tx.insert(orderLines).values(
      winner.lines.map((line) => ({
        orderId: order!.id,
        lineNumber: line.lineNumber,
        productId: line.productId,
        categoryId: competition.categoryId!,
        frameworkLotId: lot.id,
        description: line.unit && line.unit !== "stuk" ? `${line.description} (${line.unit})` : line.description,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        vatRate: VAT_RATE,
      })),
    );
    await tx.insert(orderEvents).values({
      orderId: order!.id,
      kind: "submitted",
      fromStatus: null,
      toStatus: "submitted",
      actorId: actor.personId,
      side: "buyer",
      details: {
        route: "framework_competition",
        approvingBody: body,
        competitionId: competition.id,
        reference: competition.reference,
      },
    });
    await tx
      .update(competitions)
      .set({ status: "ordered", orderId: order!.id, updatedAt: now })
      .where(eq(competitions.id, competition.id));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: context.ip ?? null,
      action: "ordering.order.submitted",
      targetType: "order",
      targetId: order!.id,
      details: {
        reference: order!.reference,
        supplierId: competition.awardedSupplierId,
        route: "framework_competition",
        competitionId: competition.id,
        totalExclCents,
        approvingBody: body,
      },
    });
    await notify(tx, {
      organisationId,
      permission: "procurement.approve",
      exceptPersonId: actor.personId,
      orderId: order!.id,
      kind: "submitted",
      href: `/aankopen/bestellingen/${order!.id}`,
      vars: { reference: order!.reference },
      baseUrl: context.baseUrl,
    });
    return { ok: true as const, orderId: order!.id, replayed: false };
  });
}

/** The award report of the mini-competition an order came from (for the procurement file), if any. */
export async function competitionReportForOrder(
  db: IdentityContext["database"]["db"],
  orderId: string,
): Promise<DocumentCompetition | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return undefined;
  const [row] = await db.select({ report: competitions.awardReport }).from(competitions).where(eq(competitions.orderId, orderId));
  return row?.report ?? undefined;
}

/**
 * What an order's documents need from the mini-competition it came from: the award report and
 * the offers consulted (every ranked offer, the winner marked chosen). Undefined for other orders.
 * For orderDocument(): `competition` and `offersConsulted` of OrderDocument.
 */
export async function competitionDocumentParts(
  db: IdentityContext["database"]["db"],
  orderId: string,
): Promise<{ competition: DocumentCompetition; offersConsulted: OrderDocument["offersConsulted"] } | undefined> {
  const report = await competitionReportForOrder(db, orderId);
  if (!report) return undefined;
  return {
    competition: report,
    offersConsulted: report.ranking.map((entry) => ({
      supplier: entry.supplier,
      totalCents: entry.totalCents,
      leadTimeDays: entry.leadTimeDays,
      chosen: entry.supplier === report.awardedSupplier,
      note: `Minicompetitie ${report.reference}: plaats ${entry.rank}, score ${entry.score} / 100`,
    })),
  };
}
