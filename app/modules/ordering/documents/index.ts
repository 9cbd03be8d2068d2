// The ordering documents: pure renderers from an OrderDocument (see types.ts) to the purchase order
// PDF, the procurement file PDF and the Peppol BIS 3 Order XML, and the reader of a supplier's
// OrderResponse. No database, no routes: the ordering use cases build the OrderDocument.
export type { DocumentLocale } from "./format.ts";
export { type RenderOptions, renderPurchaseOrderPdf } from "./purchase-order-pdf.ts";
export { renderProcurementFilePdf } from "./procurement-file-pdf.ts";
export type * from "./types.ts";
export { NS as UBL_NAMESPACES, PEPPOL } from "./ubl-common.ts";
export { assertConsistentAmounts, buildUblOrder } from "./ubl-order.ts";
export {
  buildUblOrderResponse,
  ORDER_RESPONSE_MAX_BYTES,
  type OrderResponseError,
  type OrderResponseParties,
  type ParsedOrderResponse,
  parseUblOrderResponse,
} from "./ubl-order-response.ts";
