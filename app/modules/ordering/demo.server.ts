// Demo data of ordering (db/seed/ordering.ts, never in production): approval set-up of a demo
// municipality and past orders, written as the use cases would have left them, dated in the past.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { translator } from "../../i18n/index.ts";
import { adjustFrameworkUsage, offersForOrdering } from "../procurement/index.server.ts";
import { brusselsDay, lineAmounts } from "./common.server.ts";
import { issuePoNumber } from "./orders.server.ts";
import {
  approvalDelegations,
  approvalRules,
  budgetCodes,
  orderApprovals,
  orderEvents,
  orderLines,
  orders,
  orderingSettings,
  orderSubmissions,
} from "./schema.ts";
import type { ApprovingBody, OrderStatus } from "./shared.ts";

/** The approval set-up of a demo organisation. */
export async function seedApprovalSetup(
  db: DbOrTx,
  organisationId: string,
  setup: {
    bands: { min: number; max: number | null; body: ApprovingBody; note?: string }[];
    codes: { code: string; label: string }[];
    delegations: { personId: string; body: ApprovingBody; validFrom: string; validTo: string; decisionReference: string }[];
    poNumberFormat: string;
  },
): Promise<void> {
  for (const band of setup.bands) {
    await db
      .insert(approvalRules)
      .values({ organisationId, minCents: band.min, maxCents: band.max, body: band.body, note: band.note ?? "" });
  }
  for (const code of setup.codes) await db.insert(budgetCodes).values({ organisationId, ...code });
  for (const delegation of setup.delegations) await db.insert(approvalDelegations).values({ organisationId, ...delegation });
  await db.insert(orderingSettings).values({ organisationId, poNumberFormat: setup.poNumberFormat }).onConflictDoNothing();
}

const FLOW: OrderStatus[] = ["submitted", "approved", "sent", "accepted", "shipped", "delivered", "invoiced"];

/**
 * A past order, approved and taken to `status` along the status machine, dated `at` (each step
 * one day later). Low-value unless `frameworkId` is given (a framework order counts into usage).
 */
export async function createDemoOrder(
  db: DbOrTx,
  spec: {
    organisationId: string;
    buyerId: string;
    approverId: string;
    lines: { offerId: string; quantity: number }[];
    at: Date;
    status: OrderStatus;
    approvingBody: ApprovingBody;
    frameworkId?: string;
    budgetCodeId?: string;
  },
): Promise<string> {
  const offers = await offersForOrdering(
    db,
    spec.lines.map((line) => line.offerId),
  );
  if (offers.length !== spec.lines.length) throw new Error("demo order: unknown offer");
  const supplierId = offers[0]!.supplierId;
  let excl = 0;
  let vat = 0;
  for (const [index, line] of spec.lines.entries()) {
    const amounts = lineAmounts(offers.find((o) => o.id === line.offerId)!.priceCents, line.quantity, offers[index]!.vatRate);
    excl += amounts.excl;
    vat += amounts.vat;
  }
  const nl = translator("nl");
  const route = spec.frameworkId ? "framework_direct" : "low_value";
  const [submission] = await db
    .insert(orderSubmissions)
    .values({
      organisationId: spec.organisationId,
      idempotencyKey: `demo-${randomBytes(12).toString("hex")}`,
      submittedBy: spec.buyerId,
    })
    .returning({ id: orderSubmissions.id });
  const day = brusselsDay(spec.at);
  const [order] = await db
    .insert(orders)
    .values({
      reference: `BST-${day.slice(0, 4)}-${randomBytes(4).toString("hex").toUpperCase()}`,
      organisationId: spec.organisationId,
      supplierId,
      submissionId: submission!.id,
      status: "submitted",
      route,
      routeDetails: {
        kind: route,
        legalBasis: nl.t(route === "low_value" ? "ordering.legalBasis.lowValue" : "ordering.legalBasis.art47"),
        explanation: [nl.t(route === "low_value" ? "ordering.check.lowValueAdvice" : "ordering.check.directSingle")],
        figures: [],
        warnings: [],
      },
      frameworkId: spec.frameworkId ?? null,
      approvingBody: spec.approvingBody,
      budgetCodeId: spec.budgetCodeId ?? null,
      totalExclCents: excl,
      totalVatCents: vat,
      submittedBy: spec.buyerId,
      submittedAt: spec.at,
    })
    .returning({ id: orders.id });
  const orderId = order!.id;
  await db.insert(orderLines).values(
    spec.lines.map((line, index) => {
      const offer = offers.find((o) => o.id === line.offerId)!;
      return {
        orderId,
        lineNumber: index + 1,
        offerId: offer.id,
        productId: offer.productId,
        categoryId: offer.categoryId,
        frameworkLotId: spec.frameworkId ? (offer.lot?.id ?? null) : null,
        description: offer.productName,
        manufacturer: offer.manufacturer,
        partNumber: offer.partNumber,
        gtin: offer.gtin,
        unspsc: offer.unspsc,
        supplierSku: offer.supplierSku,
        quantity: line.quantity,
        acceptedQuantity: FLOW.indexOf(spec.status) >= FLOW.indexOf("accepted") ? line.quantity : null,
        unitPriceCents: offer.priceCents,
        vatRate: offer.vatRate,
      };
    }),
  );
  const steps = FLOW.slice(0, FLOW.indexOf(spec.status) + 1);
  let poNumber: string | null = null;
  const approvedAt = new Date(spec.at.getTime() + 86_400_000);
  for (const [index, status] of steps.entries()) {
    const at = new Date(spec.at.getTime() + index * 86_400_000);
    if (status === "approved") {
      poNumber = await issuePoNumber(db, spec.organisationId, at);
      await db.insert(orderApprovals).values({
        orderId,
        approverId: spec.approverId,
        body: spec.approvingBody,
        decision: "approved",
        orderVersion: 1,
        at,
      });
      if (spec.frameworkId)
        await adjustFrameworkUsage(db, spec.frameworkId, excl, { organisationId: spec.organisationId, orderId });
    }
    await db.insert(orderEvents).values({
      orderId,
      kind: status,
      fromStatus: index === 0 ? null : steps[index - 1]!,
      toStatus: status,
      actorId: status === "submitted" || status === "delivered" ? spec.buyerId : status === "approved" ? spec.approverId : null,
      side:
        status === "submitted" || status === "delivered"
          ? "buyer"
          : status === "approved"
            ? "approver"
            : status === "sent"
              ? "system"
              : "supplier",
      at,
    });
  }
  await db
    .update(orders)
    .set({
      status: spec.status,
      poNumber,
      approvedAt: poNumber ? approvedAt : null,
      invoiceNumber: spec.status === "invoiced" ? `F${day.replaceAll("-", "")}` : null,
    })
    .where(eq(orders.id, orderId));
  return orderId;
}
