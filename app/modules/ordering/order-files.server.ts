// The files of an order: purchase order (PDF), procurement file (PDF, buyer only) and the
// Peppol BIS 3 Order (UBL XML), rendered by the documents renderers from orderDocument().
import type { DbOrTx } from "../../db/client.server.ts";
import { buildUblOrder, renderProcurementFilePdf, renderPurchaseOrderPdf } from "./documents/index.ts";
import { orderDocument } from "./order-document.server.ts";

export const ORDER_FILES = ["bestelbon.pdf", "aankoopdossier.pdf", "bestelling.xml"] as const;
export type OrderFile = (typeof ORDER_FILES)[number];

/** The file, or undefined when the order is not the organisation's, the file is unknown or not (yet) available. */
export async function renderDocument(
  db: DbOrTx,
  orderId: string,
  side: "buyer" | "supplier",
  organisationId: string,
  file: string,
): Promise<{ body: Buffer | string; contentType: string; filename: string } | undefined> {
  if (!(ORDER_FILES as readonly string[]).includes(file)) return undefined;
  if (side === "supplier" && file === "aankoopdossier.pdf") return undefined;
  const doc = await orderDocument(db, orderId, side, organisationId);
  if (!doc) return undefined;
  const issued = doc.orderNumber !== doc.portalReference;
  const safe = (issued ? doc.orderNumber : doc.portalReference).replace(/[^A-Za-z0-9_-]/g, "-");
  if (file === "aankoopdossier.pdf") {
    return { body: await renderProcurementFilePdf(doc), contentType: "application/pdf", filename: `aankoopdossier-${safe}.pdf` };
  }
  // The purchase order and its UBL exist once the order was approved (the PO number is issued then).
  if (!issued) return undefined;
  if (file === "bestelbon.pdf") {
    return { body: await renderPurchaseOrderPdf(doc), contentType: "application/pdf", filename: `bestelbon-${safe}.pdf` };
  }
  return { body: buildUblOrder(doc), contentType: "application/xml; charset=utf-8", filename: `bestelling-${safe}.xml` };
}
