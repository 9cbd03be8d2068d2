// Builds the OrderDocument (documents/types.ts) of an order: the data its purchase order,
// procurement file and Peppol UBL Order are rendered from.
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { getOrganisation } from "../identity/index.server.ts";
import { getFramework } from "../procurement/index.server.ts";
import { brusselsDay } from "./common.server.ts";
import type { DocumentParty, OrderDocument } from "./documents/types.ts";
import { orderDetail } from "./orders.server.ts";

const BODY_NAMES: Record<string, string> = {
  budgethouder: "Budgethouder",
  algemeen_directeur: "Algemeen directeur",
  college: "College van burgemeester en schepenen",
  gemeenteraad: "Gemeenteraad",
};

async function party(db: DbOrTx, organisationId: string): Promise<DocumentParty> {
  const organisation = await getOrganisation(db, organisationId);
  return {
    name: organisation?.name ?? "",
    enterpriseNumber: organisation?.enterpriseNumber ?? "",
    street: organisation?.street ?? undefined,
    postalCode: organisation?.postalCode ?? undefined,
    city: organisation?.city ?? undefined,
    countryCode: "BE",
    contactName: organisation?.contactName ?? undefined,
    email: organisation?.contactEmail ?? undefined,
  };
}

/**
 * The document of an order, as the buyer's organisation or the supplier sees it (both get the same
 * data; the route that calls this checked who may see which order). Undefined when the order is
 * not that organisation's.
 */
export async function orderDocument(
  db: DbOrTx,
  orderId: string,
  side: "buyer" | "supplier",
  organisationId: string,
): Promise<OrderDocument | undefined> {
  const detail = await orderDetail(db, orderId, side, organisationId);
  if (!detail) return undefined;
  const { order, lines } = detail;
  let framework: OrderDocument["framework"];
  if (order.frameworkId) {
    const found = await getFramework(db as Db, order.frameworkId);
    if (found) {
      const lotIds = new Set(lines.map((line) => line.frameworkLotId));
      const lots = found.lots.filter((lot) => lotIds.has(lot.id));
      framework = {
        reference: found.reference,
        title: found.title,
        lot: lots.map((lot) => `Perceel ${lot.number}: ${lot.title}`).join("; "),
        contractReference: found.reference,
        centralPurchasingBody: found.centralPurchasingBody,
      };
    }
  }
  const documentLines = lines.map((line) => {
    const quantity = line.acceptedQuantity ?? line.quantity;
    return {
      lineNumber: line.lineNumber,
      description: line.description,
      manufacturer: line.manufacturer || undefined,
      partNumber: line.partNumber || undefined,
      gtin: line.gtin ?? undefined,
      unspsc: line.unspsc ?? undefined,
      sellersItemId: line.supplierSku ?? line.offerId ?? undefined,
      quantity,
      unitPriceCents: line.unitPriceCents,
      vatRate: line.vatRate,
      lineTotalCents: quantity * line.unitPriceCents,
    };
  });
  const exclCents = documentLines.reduce((sum, line) => sum + line.lineTotalCents, 0);
  const vatCents = documentLines.reduce((sum, line) => sum + Math.round((line.lineTotalCents * line.vatRate) / 100), 0);
  const approvals: OrderDocument["approvals"] = detail.approval
    ? [
        {
          body: BODY_NAMES[detail.approval.body] ?? detail.approval.body,
          person: detail.approval.approverName,
          decision: detail.approval.decision,
          at: detail.approval.at.toISOString(),
          comment: detail.approval.comment || undefined,
        },
      ]
    : [];
  const supplier = await party(db, order.supplierId);
  return {
    orderNumber: order.poNumber ?? order.reference,
    portalReference: order.reference,
    issueDate: brusselsDay(order.approvedAt ?? order.submittedAt),
    currency: "EUR",
    buyer: await party(db, order.organisationId),
    supplier,
    delivery:
      order.deliveryAddress || order.requestedDeliveryDate || order.note
        ? {
            address: order.deliveryAddress || undefined,
            requestedDate: order.requestedDeliveryDate ?? undefined,
            note: order.note || undefined,
          }
        : undefined,
    budgetCode: detail.budgetCode ? `${detail.budgetCode.code} — ${detail.budgetCode.label}` : undefined,
    route: order.routeDetails,
    framework,
    lines: documentLines,
    totals: { exclCents, vatCents, inclCents: exclCents + vatCents },
    // The catalogue offer chosen; competing offers are recorded by mini-competitions (a later step).
    offersConsulted: order.offersConsulted.length
      ? order.offersConsulted
      : [{ supplier: supplier.name, totalCents: order.totalExclCents, chosen: true }],
    approvals,
    approvingBody: BODY_NAMES[order.approvingBody] ?? order.approvingBody,
  };
}
