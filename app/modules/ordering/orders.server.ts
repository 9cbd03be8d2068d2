// Orders after submission: approval (with its refusals), the purchase-order number, the
// supplier's answer, shipping, delivery, invoicing and cancelling — each a step of the status
// machine with an order event, an audit entry, notifications for the other side and the
// framework usage meter kept right. Lists and details for buyers, approvers and suppliers.
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { namesByIds } from "../identity/index.server.ts";
import { enqueueJob, recordAudit } from "../platform/index.server.ts";
import { adjustFrameworkUsage } from "../procurement/index.server.ts";
import { activeDelegation, orderingSettingsOf } from "./approval-rules.server.ts";
import {
  brusselsDay,
  fail,
  type Failure,
  isUuid,
  lineAmounts,
  type OrderActor,
  Rollback,
  withRollback,
} from "./common.server.ts";
import { notify } from "./notifications.server.ts";
import { budgetCodes, orderApprovals, orderEvents, orderLines, orders, poSequences } from "./schema.ts";
import { canTransition, formatPoNumber, MAX_QUANTITY, type OrderStatus } from "./shared.ts";

type Order = typeof orders.$inferSelect;
type Side = "buyer" | "approver" | "supplier" | "system";

const buyerHref = (id: string) => `/aankopen/bestellingen/${id}`;
const supplierHref = (id: string) => `/leverancier/bestellingen/${id}`;

/** The order, locked, if it belongs to the organisation on that side; else undefined. */
async function lockOrder(tx: DbOrTx, orderId: string, side: "buyer" | "supplier", organisationId: string) {
  if (!isUuid(orderId)) return undefined;
  const owner = side === "supplier" ? orders.supplierId : orders.organisationId;
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(owner, organisationId)))
    .for("update");
  return order;
}

/** Moves the order to `to` (refused when the status machine does not allow it) and records the event. */
async function move(
  tx: DbOrTx,
  order: Order,
  to: OrderStatus,
  actor: { personId: string | null; organisationId: string; ip?: string | null },
  side: Side,
  comment = "",
  details: Record<string, unknown> = {},
  set: Partial<typeof orders.$inferInsert> = {},
): Promise<Order> {
  if (!canTransition(order.status, to)) throw new Rollback(fail("ordering.error.statusChanged"));
  const [updated] = await tx
    .update(orders)
    .set({ ...set, status: to, updatedAt: new Date() })
    .where(eq(orders.id, order.id))
    .returning();
  await tx.insert(orderEvents).values({
    orderId: order.id,
    kind: to,
    fromStatus: order.status,
    toStatus: to,
    actorId: actor.personId,
    side,
    comment,
    details,
  });
  await recordAudit(tx, {
    actorId: actor.personId,
    organisationId: actor.organisationId,
    ip: actor.ip ?? null,
    action: `ordering.order.${to}`,
    targetType: "order",
    targetId: order.id,
    details: { reference: order.reference, poNumber: updated!.poNumber, from: order.status, to, comment, ...details },
  });
  return updated!;
}

/** Issues the next purchase-order number of the organisation for the year (gap-free, row lock). */
export async function issuePoNumber(tx: DbOrTx, organisationId: string, now: Date): Promise<string> {
  const year = Number(brusselsDay(now).slice(0, 4));
  const { poNumberFormat } = await orderingSettingsOf(tx, organisationId);
  const [row] = await tx
    .insert(poSequences)
    .values({ organisationId, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [poSequences.organisationId, poSequences.year],
      set: { lastValue: sql`${poSequences.lastValue} + 1` },
    })
    .returning({ value: poSequences.lastValue });
  return formatPoNumber(poNumberFormat, year, row!.value);
}

export type ApproverRights = { canApprove: boolean };

/**
 * An approver's decision. Refused: an order of another organisation (not found), approving one's
 * own order, deciding twice (or after cancellation), an order changed since the approver saw it,
 * a body the approver has no mandate for. Approval issues the PO number, counts a framework order
 * into the framework's usage (never past its maximum) and sends the order to the supplier.
 */
export async function decideOrder(
  db: DbOrTx,
  actor: OrderActor & ApproverRights,
  input: { orderId: string; version: number; decision: "approved" | "rejected"; comment: string },
  options: { now?: Date; baseUrl?: string } = {},
): Promise<{ ok: true; status: OrderStatus; poNumber: string | null } | Failure> {
  const now = options.now ?? new Date();
  if (!actor.canApprove) return fail("ordering.error.notApprover");
  return withRollback(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, input.orderId, "buyer", actor.organisationId);
      if (!order) return fail("ordering.error.notFound");
      if (order.status !== "submitted") return fail("ordering.error.alreadyDecided");
      if (order.submittedBy === actor.personId) return fail("ordering.error.ownOrder");
      if (order.version !== input.version) return fail("ordering.error.changed");
      let delegationId: string | null = null;
      if (order.approvingBody !== "budgethouder") {
        const delegation = await activeDelegation(
          tx,
          actor.organisationId,
          actor.personId,
          order.approvingBody,
          brusselsDay(now),
        );
        if (!delegation) return fail("ordering.error.noMandate");
        delegationId = delegation.id;
      }
      const [approval] = await tx
        .insert(orderApprovals)
        .values({
          orderId: order.id,
          approverId: actor.personId,
          body: order.approvingBody,
          delegationId,
          decision: input.decision,
          orderVersion: order.version,
          comment: input.comment,
          at: now,
        })
        .onConflictDoNothing()
        .returning({ id: orderApprovals.id });
      if (!approval) return fail("ordering.error.alreadyDecided");
      if (input.decision === "rejected") {
        await move(tx, order, "declined", actor, "approver", input.comment, { body: order.approvingBody });
        await notify(tx, {
          organisationId: order.organisationId,
          personIds: [order.submittedBy],
          exceptPersonId: actor.personId,
          orderId: order.id,
          kind: "declined",
          href: buyerHref(order.id),
          vars: { reference: order.reference },
          baseUrl: options.baseUrl,
        });
        return { ok: true as const, status: "declined" as OrderStatus, poNumber: null };
      }
      if (order.frameworkId) {
        const usage = await adjustFrameworkUsage(tx, order.frameworkId, order.totalExclCents, {
          personId: actor.personId,
          organisationId: actor.organisationId,
          orderId: order.id,
        });
        if (!usage.ok) throw new Rollback(fail("ordering.error.frameworkMax"));
      }
      const poNumber = await issuePoNumber(tx, order.organisationId, now);
      const approved = await move(
        tx,
        order,
        "approved",
        actor,
        "approver",
        input.comment,
        { body: order.approvingBody, delegationId, poNumber },
        { poNumber, approvedAt: now },
      );
      await move(tx, approved, "sent", { ...actor, personId: null }, "system", "", { poNumber });
      await notify(tx, {
        organisationId: order.organisationId,
        personIds: [order.submittedBy],
        exceptPersonId: actor.personId,
        orderId: order.id,
        kind: "approved",
        href: buyerHref(order.id),
        vars: { reference: order.reference, poNumber },
        baseUrl: options.baseUrl,
      });
      await notify(tx, {
        organisationId: order.supplierId,
        permission: "supplier.handle_orders",
        orderId: order.id,
        kind: "received",
        href: supplierHref(order.id),
        vars: { reference: order.reference, poNumber },
        baseUrl: options.baseUrl,
      });
      return { ok: true as const, status: "sent" as OrderStatus, poNumber };
    }),
  );
}

/** The buyer changes a line's quantity before approval; the order's version goes up. */
export async function changeOrderQuantity(
  db: DbOrTx,
  actor: OrderActor,
  input: { orderId: string; lineNumber: number; quantity: number },
): Promise<{ ok: true } | Failure> {
  if (!Number.isInteger(input.quantity) || input.quantity < 1) return fail("ordering.validation.quantity", "quantity");
  if (input.quantity > MAX_QUANTITY) return fail("ordering.validation.quantityTooLarge", "quantity");
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, input.orderId, "buyer", actor.organisationId);
    if (!order) return fail("ordering.error.notFound");
    if (order.status !== "submitted") return fail("ordering.error.notEditable");
    const [line] = await tx
      .select()
      .from(orderLines)
      .where(and(eq(orderLines.orderId, order.id), eq(orderLines.lineNumber, input.lineNumber)));
    if (!line) return fail("ordering.error.lineNotFound");
    await tx.update(orderLines).set({ quantity: input.quantity }).where(eq(orderLines.id, line.id));
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    let excl = 0;
    let vat = 0;
    for (const l of lines) {
      const amounts = lineAmounts(l.unitPriceCents, l.quantity, l.vatRate);
      excl += amounts.excl;
      vat += amounts.vat;
    }
    await tx
      .update(orders)
      .set({ version: order.version + 1, totalExclCents: excl, totalVatCents: vat, updatedAt: new Date() })
      .where(eq(orders.id, order.id));
    await tx.insert(orderEvents).values({
      orderId: order.id,
      kind: "changed",
      fromStatus: order.status,
      toStatus: order.status,
      actorId: actor.personId,
      side: "buyer",
      details: { lineNumber: input.lineNumber, from: line.quantity, to: input.quantity, version: order.version + 1 },
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: actor.organisationId,
      ip: actor.ip ?? null,
      action: "ordering.order.changed",
      targetType: "order",
      targetId: order.id,
      details: { lineNumber: input.lineNumber, from: line.quantity, to: input.quantity },
    });
    return { ok: true as const };
  });
}

/** Gives a framework order's value back to the usage meter (cancelled or refused after approval). */
async function releaseUsage(tx: DbOrTx, order: Order, cents: number, actor: { personId: string | null; organisationId: string }) {
  if (!order.frameworkId || !order.approvedAt || cents <= 0) return;
  await adjustFrameworkUsage(tx, order.frameworkId, -cents, { ...actor, orderId: order.id });
}

/** The buyer cancels before the supplier accepted. */
export async function cancelOrder(
  db: DbOrTx,
  actor: OrderActor,
  input: { orderId: string; reason: string },
  options: { baseUrl?: string } = {},
): Promise<{ ok: true } | Failure> {
  return withRollback(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, input.orderId, "buyer", actor.organisationId);
      if (!order) return fail("ordering.error.notFound");
      if (!canTransition(order.status, "cancelled")) return fail("ordering.error.notCancellable");
      await move(tx, order, "cancelled", actor, "buyer", input.reason);
      await releaseUsage(tx, order, order.totalExclCents, actor);
      if (order.status === "sent") {
        await notify(tx, {
          organisationId: order.supplierId,
          permission: "supplier.handle_orders",
          orderId: order.id,
          kind: "cancelled",
          href: supplierHref(order.id),
          vars: { reference: order.reference, poNumber: order.poNumber ?? "" },
          baseUrl: options.baseUrl,
        });
      }
      return { ok: true as const };
    }),
  );
}

/** The buyer confirms receipt. */
export async function confirmDelivery(
  db: DbOrTx,
  actor: OrderActor,
  input: { orderId: string; comment: string },
  options: { baseUrl?: string } = {},
): Promise<{ ok: true } | Failure> {
  return withRollback(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, input.orderId, "buyer", actor.organisationId);
      if (!order) return fail("ordering.error.notFound");
      if (!canTransition(order.status, "delivered")) return fail("ordering.error.statusChanged");
      await move(tx, order, "delivered", actor, "buyer", input.comment);
      await notify(tx, {
        organisationId: order.supplierId,
        permission: "supplier.handle_orders",
        orderId: order.id,
        kind: "delivered",
        href: supplierHref(order.id),
        vars: { reference: order.reference, poNumber: order.poNumber ?? "" },
        baseUrl: options.baseUrl,
      });
      return { ok: true as const };
    }),
  );
}

export type SupplierAnswer =
  | { decision: "accept"; reason: string }
  | { decision: "reject"; reason: string }
  | { decision: "partial"; reason: string; quantities: Record<number, number> };

/**
 * The supplier's answer to a sent order: accept, reject (with a reason) or accept part (the
 * accepted quantity per line, at least one line less than ordered and not all zero).
 */
export async function answerOrder(
  db: DbOrTx,
  actor: OrderActor,
  orderId: string,
  answer: SupplierAnswer,
  options: { baseUrl?: string; source?: "portal" | "ubl" } = {},
): Promise<{ ok: true; status: OrderStatus } | Failure> {
  return withRollback(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, orderId, "supplier", actor.organisationId);
      if (!order) return fail("ordering.error.notFound");
      if (order.status !== "sent") return fail("ordering.error.alreadyAnswered");
      const lines = await tx
        .select()
        .from(orderLines)
        .where(eq(orderLines.orderId, order.id))
        .orderBy(asc(orderLines.lineNumber));
      let status: OrderStatus =
        answer.decision === "accept" ? "accepted" : answer.decision === "reject" ? "rejected" : "partially_accepted";
      let acceptedExcl = order.totalExclCents;
      if (answer.decision === "partial") {
        let reduced = false;
        let any = false;
        acceptedExcl = 0;
        for (const line of lines) {
          const q = answer.quantities[line.lineNumber] ?? line.quantity;
          if (!Number.isInteger(q) || q < 0 || q > line.quantity)
            return fail("ordering.validation.acceptedQuantity", `line-${line.lineNumber}`);
          if (q < line.quantity) reduced = true;
          if (q > 0) any = true;
          acceptedExcl += q * line.unitPriceCents;
        }
        if (!any) return fail("ordering.validation.partialNone");
        if (!reduced) status = "accepted";
        for (const line of lines) {
          const q = answer.quantities[line.lineNumber] ?? line.quantity;
          await tx.update(orderLines).set({ acceptedQuantity: q }).where(eq(orderLines.id, line.id));
        }
      } else {
        const accepted = answer.decision === "accept";
        for (const line of lines) {
          await tx
            .update(orderLines)
            .set({ acceptedQuantity: accepted ? line.quantity : 0 })
            .where(eq(orderLines.id, line.id));
        }
        if (!accepted) acceptedExcl = 0;
      }
      await move(
        tx,
        order,
        status,
        actor,
        "supplier",
        answer.reason,
        { source: options.source ?? "portal" },
        {
          supplierNote: answer.reason,
        },
      );
      await releaseUsage(tx, order, order.totalExclCents - acceptedExcl, actor);
      await notify(tx, {
        organisationId: order.organisationId,
        permission: "procurement.view_orders",
        personIds: [order.submittedBy],
        orderId: order.id,
        kind: status,
        href: buyerHref(order.id),
        vars: { reference: order.reference, poNumber: order.poNumber ?? "" },
        baseUrl: options.baseUrl,
      });
      return { ok: true as const, status };
    }),
  );
}

/** The supplier marks an accepted order shipped, or a delivered one invoiced (with the invoice number). */
export async function supplierProgress(
  db: DbOrTx,
  actor: OrderActor,
  orderId: string,
  to: "shipped" | "invoiced",
  input: { invoiceNumber?: string; comment?: string },
  options: { baseUrl?: string } = {},
): Promise<{ ok: true } | Failure> {
  return withRollback(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, orderId, "supplier", actor.organisationId);
      if (!order) return fail("ordering.error.notFound");
      if (!canTransition(order.status, to)) return fail("ordering.error.statusChanged");
      await move(
        tx,
        order,
        to,
        actor,
        "supplier",
        input.comment ?? "",
        input.invoiceNumber ? { invoiceNumber: input.invoiceNumber } : {},
        {
          ...(input.invoiceNumber ? { invoiceNumber: input.invoiceNumber } : {}),
        },
      );
      await notify(tx, {
        organisationId: order.organisationId,
        permission: "procurement.view_orders",
        personIds: [order.submittedBy],
        orderId: order.id,
        kind: to,
        href: buyerHref(order.id),
        vars: { reference: order.reference, poNumber: order.poNumber ?? "" },
        baseUrl: options.baseUrl,
      });
      return { ok: true as const };
    }),
  );
}

export type OrderListItem = {
  id: string;
  reference: string;
  poNumber: string | null;
  status: OrderStatus;
  route: string;
  counterpartId: string;
  counterpartName: string;
  totalExclCents: number;
  submittedAt: Date;
  approvingBody: string;
};

async function listWith(db: DbOrTx, where: ReturnType<typeof and>, counterpart: "supplier" | "buyer", limit = 200) {
  const rows = await db.select().from(orders).where(where).orderBy(desc(orders.submittedAt), desc(orders.reference)).limit(limit);
  const ids = rows.map((row) => (counterpart === "supplier" ? row.supplierId : row.organisationId));
  const names = await namesByIds(db as Db, [], ids);
  return rows.map(
    (row): OrderListItem => ({
      id: row.id,
      reference: row.reference,
      poNumber: row.poNumber,
      status: row.status,
      route: row.route,
      counterpartId: counterpart === "supplier" ? row.supplierId : row.organisationId,
      counterpartName: names.organisations[counterpart === "supplier" ? row.supplierId : row.organisationId] ?? "",
      totalExclCents: row.totalExclCents,
      submittedAt: row.submittedAt,
      approvingBody: row.approvingBody,
    }),
  );
}

/** The organisation's orders, the newest first. */
export function listOrders(db: DbOrTx, organisationId: string, status?: OrderStatus) {
  return listWith(db, and(eq(orders.organisationId, organisationId), status ? eq(orders.status, status) : undefined), "supplier");
}

/** Orders waiting for approval in the organisation. */
export function listPendingApprovals(db: DbOrTx, organisationId: string) {
  return listWith(db, and(eq(orders.organisationId, organisationId), eq(orders.status, "submitted")), "supplier");
}

/** A supplier's orders: only those sent to it (approved by the buyer), never drafts awaiting approval. */
export function listSupplierOrders(db: DbOrTx, supplierId: string) {
  return listWith(
    db,
    and(eq(orders.supplierId, supplierId), sql`${orders.poNumber} IS NOT NULL`, sql`${orders.status} <> 'approved'`),
    "buyer",
  );
}

/** One order with its lines, trail and approval, for the buyer's organisation or for its supplier. */
export async function orderDetail(db: DbOrTx, orderId: string, side: "buyer" | "supplier", organisationId: string) {
  if (!isUuid(orderId) || !isUuid(organisationId)) return undefined;
  const owner = side === "supplier" ? orders.supplierId : orders.organisationId;
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(owner, organisationId)));
  if (!order) return undefined;
  if (side === "supplier" && (!order.poNumber || order.status === "approved")) return undefined;
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.lineNumber));
  const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id));
  const [approval] = await db.select().from(orderApprovals).where(eq(orderApprovals.orderId, order.id));
  const [budget] = order.budgetCodeId
    ? await db.select().from(budgetCodes).where(eq(budgetCodes.id, order.budgetCodeId))
    : [undefined];
  const names = await namesByIds(
    db as Db,
    [order.submittedBy ?? "", approval?.approverId ?? "", ...events.map((e) => e.actorId ?? "")],
    [order.organisationId, order.supplierId],
  );
  return {
    order,
    buyerName: names.organisations[order.organisationId] ?? "",
    supplierName: names.organisations[order.supplierId] ?? "",
    submittedByName: order.submittedBy ? (names.people[order.submittedBy] ?? "") : "",
    lines,
    events: events.map((event) => ({
      ...event,
      // A supplier sees who at its own side acted; the buyer's people stay private to the buyer.
      actorName: event.actorId && (side === "buyer" || event.side === "supplier") ? (names.people[event.actorId] ?? "") : "",
    })),
    approval: approval ? { ...approval, approverName: side === "buyer" ? (names.people[approval.approverId] ?? "") : "" } : null,
    budgetCode: budget ? { code: budget.code, label: budget.label } : null,
  };
}

export const APPROVAL_REMINDER_JOB = "ordering.approval_reminders";

/**
 * Reminds approvers of orders waiting longer than their organisation's reminder delay (and not
 * reminded within that delay). Run by the job queue; returns how many orders were reminded.
 */
export async function sendApprovalReminders(db: Db, now: Date = new Date(), options: { baseUrl?: string } = {}): Promise<number> {
  const waiting = await db
    .select()
    .from(orders)
    .where(and(eq(orders.status, "submitted"), lte(orders.submittedAt, new Date(now.getTime() - 86_400_000))));
  let reminded = 0;
  for (const candidate of waiting) {
    const { reminderDays } = await orderingSettingsOf(db, candidate.organisationId);
    const due = now.getTime() - reminderDays * 86_400_000;
    const last = (candidate.lastReminderAt ?? candidate.submittedAt).getTime();
    if (last > due) continue;
    await db.transaction(async (tx) => {
      const [order] = await tx
        .select()
        .from(orders)
        .where(and(eq(orders.id, candidate.id), eq(orders.status, "submitted")))
        .for("update");
      if (!order) return;
      await tx.update(orders).set({ lastReminderAt: now }).where(eq(orders.id, order.id));
      await tx.insert(orderEvents).values({
        orderId: order.id,
        kind: "reminder",
        fromStatus: order.status,
        toStatus: order.status,
        side: "system",
        details: { days: reminderDays },
        at: now,
      });
      await notify(tx, {
        organisationId: order.organisationId,
        permission: "procurement.approve",
        exceptPersonId: order.submittedBy,
        orderId: order.id,
        kind: "reminder",
        href: buyerHref(order.id),
        vars: { reference: order.reference, days: Math.floor((now.getTime() - order.submittedAt.getTime()) / 86_400_000) },
        baseUrl: options.baseUrl,
      });
      reminded += 1;
    });
  }
  return reminded;
}

/** The job handler for APPROVAL_REMINDER_JOB (the schedule enqueues it, e.g. daily). */
export function createApprovalReminderHandler(db: Db, options: { baseUrl?: string } = {}) {
  return async () => {
    await sendApprovalReminders(db, new Date(), options);
  };
}

/** Queues one reminder run (for the scheduler). */
export function enqueueApprovalReminders(db: DbOrTx) {
  return enqueueJob(db, APPROVAL_REMINDER_JOB, {});
}

/** Spend per order as the supplier accepted it (accepted quantities when answered). */
export async function ordersByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(orders).where(inArray(orders.id, ids));
}
