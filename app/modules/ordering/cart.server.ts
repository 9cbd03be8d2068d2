// The organisation's cart: shared by its buyers, one line per offer, priced when added. The cart
// splits into groups (one supplier, one framework agreement or none), each with its legal check;
// submitting turns every group the law lets through into an order, once per idempotency key.
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, inArray, lt, notInArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { namesByIds } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { getProduct, hasJoinedFramework, offersForOrdering, type OrderableOffer } from "../procurement/index.server.ts";
import { approvingBodyFor } from "./approval-rules.server.ts";
import {
  addDays,
  brusselsDay,
  dayStart,
  fail,
  type Failure,
  isUuid,
  lineAmounts,
  type OrderActor,
  Rollback,
  withRollback,
} from "./common.server.ts";
import { type CheckHistory, type LegalCheck, legalCheck } from "./legal-check.ts";
import { notify } from "./notifications.server.ts";
import { documentRouteOf } from "./route-text.server.ts";
import { budgetCodes, cartLines, orderEvents, orderLines, orders, orderSubmissions } from "./schema.ts";
import { MAX_QUANTITY, SPLIT_WINDOW_DAYS, type SubmitCartInput, VOID_STATUSES } from "./shared.ts";
import { thresholdsForCheck } from "./thresholds.server.ts";

export type CartLineView = {
  id: string;
  offerId: string;
  quantity: number;
  unitPriceCents: number;
  vatRate: number;
  lineExclCents: number;
  productId: string | null;
  productName: string;
  manufacturer: string;
  partNumber: string;
  supplierSku: string | null;
  categoryId: number | null;
  categoryNameNl: string;
  categoryNameEn: string;
  leadTimeDays: number | null;
  /** The offer's price now, when it differs from the price in the cart. */
  currentPriceCents: number | null;
  problem: "withdrawn" | "expired" | "priceChanged" | "belowMinimum" | null;
  minQuantity: number;
};

export type CartGroup = {
  key: string;
  supplierId: string;
  supplierName: string;
  framework: { id: string; reference: string; title: string } | null;
  lines: CartLineView[];
  totalExclCents: number;
  totalVatCents: number;
  check: LegalCheck;
  /** A line needs attention (price changed, offer withdrawn or expired) before submitting. */
  needsAttention: boolean;
};

export type CartView = { organisationId: string; day: string; groups: CartGroup[]; lineCount: number };

/** What the organisation already ordered under the low-value route, for the cumulative check. */
async function historyFor(
  db: DbOrTx,
  organisationId: string,
  supplierId: string,
  categoryIds: number[],
  day: string,
): Promise<CheckHistory> {
  if (categoryIds.length === 0) return { yearToDate: {}, recent: [] };
  const yearStart = dayStart(`${day.slice(0, 4)}-01-01`);
  const nextYear = dayStart(`${Number(day.slice(0, 4)) + 1}-01-01`);
  const windowStart = dayStart(addDays(day, -SPLIT_WINDOW_DAYS));
  const base = and(
    eq(orders.organisationId, organisationId),
    eq(orders.route, "low_value"),
    notInArray(orders.status, [...VOID_STATUSES]),
    inArray(orderLines.categoryId, categoryIds),
  );
  const amount = sql<number>`sum(${orderLines.unitPriceCents}::bigint * coalesce(${orderLines.acceptedQuantity}, ${orderLines.quantity}))::float8`;
  const ytd = await db
    .select({ categoryId: orderLines.categoryId, total: amount })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(base, eq(orders.supplierId, supplierId), gte(orders.submittedAt, yearStart), lt(orders.submittedAt, nextYear)))
    .groupBy(orderLines.categoryId);
  const recent = await db
    .select({ orderId: orders.id, supplierId: orders.supplierId, categoryId: orderLines.categoryId, total: amount })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(base, gte(orders.submittedAt, windowStart)))
    .groupBy(orders.id, orders.supplierId, orderLines.categoryId);
  return {
    yearToDate: Object.fromEntries(ytd.map((row) => [row.categoryId, Number(row.total)])),
    recent: recent.map((row) => ({
      categoryId: row.categoryId,
      sameSupplier: row.supplierId === supplierId,
      totalExclCents: Number(row.total),
    })),
  };
}

function problemOf(line: typeof cartLines.$inferSelect, offer: OrderableOffer | undefined, day: string): CartLineView["problem"] {
  if (!offer) return "withdrawn";
  if (offer.validFrom > day || (offer.validTo !== null && offer.validTo < day)) return "expired";
  if (offer.priceCents !== line.unitPriceCents || offer.vatRate !== line.vatRate) return "priceChanged";
  if (line.quantity < offer.minQuantity) return "belowMinimum";
  return null;
}

/** The cart of an organisation split into groups, each with its legal check on `day`. */
export async function buildCart(db: DbOrTx, organisationId: string, day: string = brusselsDay()): Promise<CartView> {
  const lines = await db
    .select()
    .from(cartLines)
    .where(eq(cartLines.organisationId, organisationId))
    .orderBy(asc(cartLines.addedAt), asc(cartLines.id));
  const offers = new Map(
    (
      await offersForOrdering(
        db,
        lines.map((line) => line.offerId),
      )
    ).map((offer) => [offer.id, offer]),
  );
  const supplierIds = [...new Set([...offers.values()].map((offer) => offer.supplierId))];
  const names = await namesByIds(db as Db, [], supplierIds);
  const thresholds = await thresholdsForCheck(db);
  const groups = new Map<string, CartGroup & { offers: OrderableOffer[] }>();
  const orphans: CartLineView[] = [];
  for (const line of lines) {
    const offer = offers.get(line.offerId);
    const problem = problemOf(line, offer, day);
    const view: CartLineView = {
      id: line.id,
      offerId: line.offerId,
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      vatRate: line.vatRate,
      lineExclCents: line.unitPriceCents * line.quantity,
      productId: offer?.productId ?? null,
      productName: offer?.productName ?? "",
      manufacturer: offer?.manufacturer ?? "",
      partNumber: offer?.partNumber ?? "",
      supplierSku: offer?.supplierSku ?? null,
      categoryId: offer?.categoryId ?? null,
      categoryNameNl: offer?.categoryNameNl ?? "",
      categoryNameEn: offer?.categoryNameEn ?? "",
      leadTimeDays: offer?.leadTimeDays ?? null,
      currentPriceCents: offer && offer.priceCents !== line.unitPriceCents ? offer.priceCents : null,
      problem,
      minQuantity: offer?.minQuantity ?? 1,
    };
    if (!offer) {
      orphans.push(view);
      continue;
    }
    const key = `${offer.supplierId}|${offer.framework?.id ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        supplierId: offer.supplierId,
        supplierName: names.organisations[offer.supplierId] ?? "",
        framework: offer.framework
          ? { id: offer.framework.id, reference: offer.framework.reference, title: offer.framework.title }
          : null,
        lines: [],
        totalExclCents: 0,
        totalVatCents: 0,
        check: undefined as unknown as LegalCheck,
        needsAttention: false,
        offers: [],
      };
      groups.set(key, group);
    }
    group.lines.push(view);
    group.offers.push(offer);
    const amounts = lineAmounts(line.unitPriceCents, line.quantity, line.vatRate);
    group.totalExclCents += amounts.excl;
    group.totalVatCents += amounts.vat;
    if (problem) group.needsAttention = true;
  }
  const result: CartGroup[] = [];
  for (const group of groups.values()) {
    const categories = new Map<number, { id: number; name: string; totalExclCents: number }>();
    for (const line of group.lines) {
      const entry = categories.get(line.categoryId!) ?? { id: line.categoryId!, name: line.categoryNameNl, totalExclCents: 0 };
      entry.totalExclCents += line.lineExclCents;
      categories.set(line.categoryId!, entry);
    }
    const first = group.offers[0]!;
    let framework = null;
    if (first.framework) {
      const lots = new Map<string, { id: string; number: number; title: string; supplierCount: number }>();
      for (const offer of group.offers) if (offer.lot) lots.set(offer.lot.id, offer.lot);
      framework = {
        id: first.framework.id,
        reference: first.framework.reference,
        title: first.framework.title,
        joined: await hasJoinedFramework(db, organisationId, first.framework.id),
        running: first.framework.startsOn <= day && first.framework.endsOn >= day,
        orderMethod: first.framework.orderMethod,
        maxValueCents: Number(first.framework.maxValueCents),
        usedValueCents: Number(first.framework.usedValueCents),
        lots: [...lots.values()].sort((a, b) => a.number - b.number),
      };
    }
    const history = await historyFor(db, organisationId, group.supplierId, [...categories.keys()], day);
    const check = legalCheck(
      {
        supplierId: group.supplierId,
        supplierName: group.supplierName,
        totalExclCents: group.totalExclCents,
        categories: [...categories.values()],
        framework,
      },
      thresholds,
      history,
      day,
    );
    const { offers: _offers, ...rest } = group;
    result.push({ ...rest, check });
  }
  if (orphans.length > 0) {
    // Lines whose offer is gone: shown apart so that they can be removed.
    result.push({
      key: "withdrawn",
      supplierId: "",
      supplierName: "",
      framework: null,
      lines: orphans,
      totalExclCents: 0,
      totalVatCents: 0,
      check: {
        route: "blocked",
        submittable: false,
        legalBasisKey: "ordering.legalBasis.none",
        reasons: [],
        warnings: [],
        figures: [],
      },
      needsAttention: true,
    });
  }
  return { organisationId, day, groups: result, lineCount: lines.length };
}

/** Number of lines in the organisation's cart. */
export async function cartLineCount(db: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cartLines)
    .where(eq(cartLines.organisationId, organisationId));
  return row?.n ?? 0;
}

/**
 * Adds an offer to the cart at today's price (the quantity adds up when it is there already).
 * Refuses withdrawn or expired offers and absurd quantities.
 */
export async function addToCart(
  db: DbOrTx,
  actor: OrderActor,
  input: { offerId: string; quantity: number },
  day: string = brusselsDay(),
): Promise<{ ok: true; productName: string; quantity: number } | Failure> {
  if (!isUuid(input.offerId)) return fail("ordering.error.offerNotFound", "offerId");
  if (!Number.isInteger(input.quantity) || input.quantity < 1) return fail("ordering.validation.quantity", "quantity");
  if (input.quantity > MAX_QUANTITY) return fail("ordering.validation.quantityTooLarge", "quantity");
  const [offer] = await offersForOrdering(db, [input.offerId]);
  if (!offer) return fail("ordering.error.offerNotFound", "offerId");
  if (offer.validFrom > day || (offer.validTo !== null && offer.validTo < day))
    return fail("ordering.error.offerExpired", "offerId");
  const quantity = Math.max(input.quantity, offer.minQuantity);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(cartLines)
      .where(and(eq(cartLines.organisationId, actor.organisationId), eq(cartLines.offerId, offer.id)))
      .for("update");
    const total = (existing?.quantity ?? 0) + quantity;
    if (total > MAX_QUANTITY) return fail("ordering.validation.quantityTooLarge", "quantity");
    if (existing) {
      await tx.update(cartLines).set({ quantity: total, updatedAt: new Date() }).where(eq(cartLines.id, existing.id));
    } else {
      await tx.insert(cartLines).values({
        organisationId: actor.organisationId,
        offerId: offer.id,
        quantity,
        unitPriceCents: offer.priceCents,
        vatRate: offer.vatRate,
        addedBy: actor.personId,
      });
    }
    return { ok: true as const, productName: offer.productName, quantity: total };
  });
}

/** Changes the quantity of a line of the organisation's own cart. */
export async function setCartQuantity(
  db: DbOrTx,
  actor: OrderActor,
  lineId: string,
  quantity: number,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(lineId)) return fail("ordering.error.lineNotFound");
  if (!Number.isInteger(quantity) || quantity < 1) return fail("ordering.validation.quantity", "quantity");
  if (quantity > MAX_QUANTITY) return fail("ordering.validation.quantityTooLarge", "quantity");
  const rows = await db
    .update(cartLines)
    .set({ quantity, updatedAt: new Date() })
    .where(and(eq(cartLines.id, lineId), eq(cartLines.organisationId, actor.organisationId)))
    .returning({ id: cartLines.id });
  return rows.length ? { ok: true } : fail("ordering.error.lineNotFound");
}

export async function removeCartLine(db: DbOrTx, actor: OrderActor, lineId: string): Promise<{ ok: true } | Failure> {
  if (!isUuid(lineId)) return fail("ordering.error.lineNotFound");
  const rows = await db
    .delete(cartLines)
    .where(and(eq(cartLines.id, lineId), eq(cartLines.organisationId, actor.organisationId)))
    .returning({ id: cartLines.id });
  return rows.length ? { ok: true } : fail("ordering.error.lineNotFound");
}

/** Takes the offers' current prices into the cart (after the buyer saw they changed). */
export async function acceptCurrentPrices(db: DbOrTx, actor: OrderActor): Promise<number> {
  return db.transaction(async (tx) => {
    const lines = await tx.select().from(cartLines).where(eq(cartLines.organisationId, actor.organisationId)).for("update");
    const offers = new Map(
      (
        await offersForOrdering(
          tx,
          lines.map((l) => l.offerId),
        )
      ).map((o) => [o.id, o]),
    );
    let changed = 0;
    for (const line of lines) {
      const offer = offers.get(line.offerId);
      if (!offer || (offer.priceCents === line.unitPriceCents && offer.vatRate === line.vatRate)) continue;
      await tx
        .update(cartLines)
        .set({ unitPriceCents: offer.priceCents, vatRate: offer.vatRate, updatedAt: new Date() })
        .where(eq(cartLines.id, line.id));
      changed += 1;
    }
    return changed;
  });
}

/** A fresh idempotency key for the cart form. */
export function newIdempotencyKey(): string {
  return randomBytes(18).toString("base64url");
}

type Consulted = { supplier: string; totalCents: number; leadTimeDays?: number; chosen: boolean; note?: string };

/**
 * The catalogue offers of the group's products, per supplier, as compared when submitting: the
 * evidence of price comparison a low-value contract's file should keep. A supplier that does not
 * offer every product is listed with a note.
 */
async function offersConsulted(tx: DbOrTx, group: CartGroup): Promise<Consulted[]> {
  const bySupplier = new Map<string, { name: string; total: number; lead: number; lines: number }>();
  for (const line of group.lines) {
    if (!line.productId) continue;
    const product = await getProduct(tx as Db, line.productId);
    for (const offer of product?.offers ?? []) {
      const entry = bySupplier.get(offer.supplierId) ?? { name: offer.supplierName, total: 0, lead: 0, lines: 0 };
      entry.total += offer.priceCents * line.quantity;
      entry.lead = Math.max(entry.lead, offer.leadTimeDays);
      entry.lines += 1;
      bySupplier.set(offer.supplierId, entry);
    }
  }
  const chosen = bySupplier.get(group.supplierId);
  const list: Consulted[] = [
    {
      supplier: group.supplierName,
      totalCents: group.totalExclCents,
      leadTimeDays: chosen?.lead,
      chosen: true,
    },
  ];
  for (const [supplierId, entry] of bySupplier) {
    if (supplierId === group.supplierId) continue;
    list.push({
      supplier: entry.name,
      totalCents: entry.total,
      leadTimeDays: entry.lead,
      chosen: false,
      note: entry.lines < group.lines.length ? "Biedt niet alle bestelde producten aan." : undefined,
    });
  }
  return list.sort((a, b) => Number(b.chosen) - Number(a.chosen) || a.totalCents - b.totalCents);
}

function orderReference(day: string): string {
  return `BST-${day.slice(0, 4)}-${randomBytes(4).toString("hex").toUpperCase()}`;
}

export type SubmitResult = { ok: true; orderIds: string[]; replayed: boolean } | Failure;

/**
 * Submits the cart: every group the legal check lets through becomes an order awaiting approval;
 * the other groups stay in the cart. One transaction. The same idempotency key (a double click,
 * a retry) returns the orders of the first submission and never makes new ones.
 */
export async function submitCart(
  db: DbOrTx,
  actor: OrderActor,
  input: SubmitCartInput,
  options: { now?: Date; baseUrl?: string } = {},
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const day = brusselsDay(now);
  return withRollback(() =>
    db.transaction(async (tx) => {
      const [submission] = await tx
        .insert(orderSubmissions)
        .values({ organisationId: actor.organisationId, idempotencyKey: input.idempotencyKey, submittedBy: actor.personId })
        .onConflictDoNothing()
        .returning({ id: orderSubmissions.id });
      if (!submission) {
        const earlier = await tx
          .select({ id: orders.id })
          .from(orders)
          .innerJoin(orderSubmissions, eq(orderSubmissions.id, orders.submissionId))
          .where(
            and(
              eq(orderSubmissions.organisationId, actor.organisationId),
              eq(orderSubmissions.idempotencyKey, input.idempotencyKey),
            ),
          )
          .orderBy(asc(orders.reference));
        return { ok: true as const, orderIds: earlier.map((row) => row.id), replayed: true };
      }
      // Buyers of one organisation share the cart: take it for the length of the submission.
      await tx
        .select({ id: cartLines.id })
        .from(cartLines)
        .where(eq(cartLines.organisationId, actor.organisationId))
        .for("update");
      // That lock only holds the lines that existed when it ran: a line added just after it is
      // read by buildCart unlocked, and a concurrent submission could order it too (the same line
      // in two orders) or an add raise its quantity unseen. So lock exactly the lines read, and
      // read again until nothing changed in between (issue #6, tests/pg/ordering-crash.test.ts).
      let cart = await buildCart(tx, actor.organisationId, day);
      for (let attempt = 1; ; attempt++) {
        const read = cart.groups.flatMap((group) => group.lines);
        const locked = new Map(
          (read.length === 0
            ? []
            : await tx
                .select({
                  id: cartLines.id,
                  quantity: cartLines.quantity,
                  unitPriceCents: cartLines.unitPriceCents,
                  vatRate: cartLines.vatRate,
                })
                .from(cartLines)
                .where(
                  inArray(
                    cartLines.id,
                    read.map((line) => line.id),
                  ),
                )
                .for("update")
          ).map((line) => [line.id, line]),
        );
        const unchanged = read.every((line) => {
          const now = locked.get(line.id);
          return (
            now !== undefined &&
            now.quantity === line.quantity &&
            now.unitPriceCents === line.unitPriceCents &&
            now.vatRate === line.vatRate
          );
        });
        if (unchanged) break;
        if (attempt >= 5) throw new Rollback(fail("ordering.error.cartNeedsAttention"));
        cart = await buildCart(tx, actor.organisationId, day);
      }
      if (cart.lineCount === 0) throw new Rollback(fail("ordering.error.cartEmpty"));
      const ready = cart.groups.filter((group) => group.check.submittable);
      if (ready.some((group) => group.needsAttention)) throw new Rollback(fail("ordering.error.cartNeedsAttention"));
      if (ready.length === 0) throw new Rollback(fail("ordering.error.nothingToSubmit"));
      if (input.budgetCodeId) {
        const [code] = await tx
          .select({ id: budgetCodes.id })
          .from(budgetCodes)
          .where(
            and(
              eq(budgetCodes.id, input.budgetCodeId),
              eq(budgetCodes.organisationId, actor.organisationId),
              eq(budgetCodes.active, true),
            ),
          );
        if (!code) throw new Rollback(fail("ordering.validation.budgetCode", "budgetCodeId"));
      }
      const orderIds: string[] = [];
      for (const group of ready) {
        const body = await approvingBodyFor(tx, actor.organisationId, group.totalExclCents);
        const route = group.check.route as "framework_direct" | "low_value";
        const [order] = await tx
          .insert(orders)
          .values({
            reference: orderReference(day),
            organisationId: actor.organisationId,
            supplierId: group.supplierId,
            submissionId: submission.id,
            status: "submitted",
            route,
            routeDetails: { kind: route, legalBasis: group.check.legalBasisKey, explanation: [], figures: [], warnings: [] },
            frameworkId: route === "framework_direct" ? (group.framework?.id ?? null) : null,
            approvingBody: body,
            budgetCodeId: input.budgetCodeId ?? null,
            totalExclCents: group.totalExclCents,
            totalVatCents: group.totalVatCents,
            deliveryAddress: input.deliveryAddress,
            requestedDeliveryDate: input.requestedDeliveryDate ?? null,
            note: input.note,
            submittedBy: actor.personId,
            submittedAt: now,
          })
          .returning({ id: orders.id, reference: orders.reference });
        // The route as the buyer saw it, in plain Dutch, and the offers compared, for the procurement file.
        await tx
          .update(orders)
          .set({ routeDetails: documentRouteOf(group.check, route), offersConsulted: await offersConsulted(tx, group) })
          .where(eq(orders.id, order!.id));
        const offers = new Map(
          (
            await offersForOrdering(
              tx,
              group.lines.map((l) => l.offerId),
            )
          ).map((o) => [o.id, o]),
        );
        await tx.insert(orderLines).values(
          group.lines.map((line, index) => {
            const offer = offers.get(line.offerId)!;
            return {
              orderId: order!.id,
              lineNumber: index + 1,
              offerId: line.offerId,
              productId: offer.productId,
              categoryId: offer.categoryId,
              frameworkLotId: route === "framework_direct" ? (offer.lot?.id ?? null) : null,
              description: offer.productName,
              manufacturer: offer.manufacturer,
              partNumber: offer.partNumber,
              gtin: offer.gtin,
              unspsc: offer.unspsc,
              supplierSku: offer.supplierSku,
              quantity: line.quantity,
              unitPriceCents: line.unitPriceCents,
              vatRate: line.vatRate,
            };
          }),
        );
        await tx.insert(orderEvents).values({
          orderId: order!.id,
          kind: "submitted",
          fromStatus: null,
          toStatus: "submitted",
          actorId: actor.personId,
          side: "buyer",
          details: { route, approvingBody: body, warnings: group.check.warnings.map((w) => w.key) },
        });
        await recordAudit(tx, {
          actorId: actor.personId,
          organisationId: actor.organisationId,
          ip: actor.ip ?? null,
          action: "ordering.order.submitted",
          targetType: "order",
          targetId: order!.id,
          details: {
            reference: order!.reference,
            supplierId: group.supplierId,
            route,
            totalExclCents: group.totalExclCents,
            approvingBody: body,
            warnings: group.check.warnings.map((w) => w.key),
          },
        });
        await notify(tx, {
          organisationId: actor.organisationId,
          permission: "procurement.approve",
          exceptPersonId: actor.personId,
          orderId: order!.id,
          kind: "submitted",
          href: `/aankopen/bestellingen/${order!.id}`,
          vars: { reference: order!.reference },
          baseUrl: options.baseUrl,
        });
        await tx.delete(cartLines).where(
          and(
            eq(cartLines.organisationId, actor.organisationId),
            inArray(
              cartLines.id,
              group.lines.map((line) => line.id),
            ),
          ),
        );
        orderIds.push(order!.id);
      }
      return { ok: true as const, orderIds, replayed: false };
    }),
  );
}
