// The supplier's answer as a Peppol UBL OrderResponse: parsed by the documents renderer, checked
// against the order it names (its PO number), then applied like an answer given on the page.
import type { DbOrTx } from "../../db/client.server.ts";
import { fail, type Failure, isUuid, type OrderActor } from "./common.server.ts";
import { parseUblOrderResponse } from "./documents/index.ts";
import { answerOrder, orderDetail } from "./orders.server.ts";
import type { OrderStatus } from "./shared.ts";

export async function answerFromUbl(
  db: DbOrTx,
  actor: OrderActor,
  orderId: string,
  xml: string,
  options: { baseUrl?: string } = {},
): Promise<{ ok: true; status: OrderStatus } | Failure> {
  if (!isUuid(orderId)) return fail("ordering.error.notFound");
  const detail = await orderDetail(db, orderId, "supplier", actor.organisationId);
  if (!detail) return fail("ordering.error.notFound");
  const parsed = parseUblOrderResponse(xml);
  if (!parsed.ok) return fail(parsed.error, "orderResponse");
  const response = parsed.value;
  if (response.orderNumber !== detail.order.poNumber) return fail("ordering.error.ublMismatch", "orderResponse");
  const reason = response.note ?? "";
  if (response.responseCode === "AP")
    return answerOrder(db, actor, orderId, { decision: "accept", reason }, { ...options, source: "ubl" });
  if (response.responseCode === "RE") {
    return answerOrder(
      db,
      actor,
      orderId,
      { decision: "reject", reason: reason || "UBL OrderResponse RE" },
      { ...options, source: "ubl" },
    );
  }
  const quantities: Record<number, number> = {};
  for (const line of response.lines) quantities[line.lineNumber] = line.acceptedQuantity;
  return answerOrder(db, actor, orderId, { decision: "partial", reason, quantities }, { ...options, source: "ubl" });
}
