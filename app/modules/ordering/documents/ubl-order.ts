// The Peppol BIS 3 Order (UBL 2.1 Order, profile "ordering") of an order. Elements follow the
// sequence of UBL-Order-2.1.xsd; amounts are consistent the way the Peppol T01 rules check them
// (line amount = quantity × price, sum of lines, total incl. = excl. + VAT).
import { create } from "xmlbuilder2";
import { ublAmount, ublQuantity } from "./format.ts";
import type { DocumentLine, OrderDocument } from "./types.ts";
import { cac, cbc, NS, PEPPOL, party, present } from "./ubl-common.ts";

/** Longest item name sent; a longer description also goes in full into cbc:Description. */
const ITEM_NAME_MAX = 160;

/** Throws when the document's amounts do not add up (a programming error upstream). */
export function assertConsistentAmounts(doc: OrderDocument): void {
  if (doc.lines.length === 0) throw new Error(`Order ${doc.orderNumber} has no lines`);
  const seen = new Set<number>();
  for (const line of doc.lines) {
    if (!Number.isInteger(line.lineNumber) || line.lineNumber < 1 || seen.has(line.lineNumber)) {
      throw new Error(`Order ${doc.orderNumber}: invalid or duplicate line number ${line.lineNumber}`);
    }
    seen.add(line.lineNumber);
    const expected = line.quantity * line.unitPriceCents;
    if (Math.abs(expected - line.lineTotalCents) > 2) {
      throw new Error(
        `Order ${doc.orderNumber} line ${line.lineNumber}: total ${line.lineTotalCents} ≠ quantity × price ${expected}`,
      );
    }
  }
  const sum = doc.lines.reduce((total, line) => total + line.lineTotalCents, 0);
  if (sum !== doc.totals.exclCents)
    throw new Error(`Order ${doc.orderNumber}: lines add up to ${sum}, total excl. is ${doc.totals.exclCents}`);
  if (doc.totals.exclCents + doc.totals.vatCents !== doc.totals.inclCents) {
    throw new Error(`Order ${doc.orderNumber}: total incl. ${doc.totals.inclCents} ≠ excl. + VAT`);
  }
}

export function buildUblOrder(doc: OrderDocument): string {
  assertConsistentAmounts(doc);
  const currency = { currencyID: doc.currency };
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.order, "Order", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  });
  cbc(root, "CustomizationID", PEPPOL.orderCustomization);
  cbc(root, "ProfileID", PEPPOL.orderingProfile);
  cbc(root, "ID", doc.orderNumber);
  cbc(root, "IssueDate", doc.issueDate);
  cbc(root, "OrderTypeCode", "220");
  cbc(root, "Note", doc.delivery?.note);
  cbc(root, "DocumentCurrencyCode", doc.currency);
  cbc(root, "CustomerReference", doc.buyer.contactName);
  cbc(root, "AccountingCost", doc.budgetCode);
  // The buyer's internal requisition the order is based on: the portal's own reference.
  if (present(doc.portalReference)) cbc(cac(root, "OriginatorDocumentReference"), "ID", doc.portalReference);
  if (present(doc.competition?.reference)) {
    const reference = cac(root, "AdditionalDocumentReference");
    cbc(reference, "ID", doc.competition!.reference);
    cbc(reference, "DocumentType", "Minicompetitie");
  }
  if (present(doc.framework?.contractReference)) cbc(cac(root, "Contract"), "ID", doc.framework.contractReference);
  party(cac(root, "BuyerCustomerParty"), doc.buyer);
  party(cac(root, "SellerSupplierParty"), doc.supplier, { vat: true });

  if (present(doc.delivery?.address) || present(doc.delivery?.requestedDate)) {
    const delivery = cac(root, "Delivery");
    if (present(doc.delivery.address)) {
      const address = cac(cac(delivery, "DeliveryLocation"), "Address");
      cbc(cac(address, "AddressLine"), "Line", doc.delivery.address);
      cbc(cac(address, "Country"), "IdentificationCode", (doc.buyer.countryCode ?? "BE").toUpperCase());
    }
    if (present(doc.delivery.requestedDate)) {
      const period = cac(delivery, "RequestedDeliveryPeriod");
      cbc(period, "StartDate", doc.delivery.requestedDate);
      cbc(period, "EndDate", doc.delivery.requestedDate);
    }
  }

  cbc(cac(root, "TaxTotal"), "TaxAmount", ublAmount(doc.totals.vatCents), currency);
  const total = cac(root, "AnticipatedMonetaryTotal");
  cbc(total, "LineExtensionAmount", ublAmount(doc.totals.exclCents), currency);
  cbc(total, "TaxExclusiveAmount", ublAmount(doc.totals.exclCents), currency);
  cbc(total, "TaxInclusiveAmount", ublAmount(doc.totals.inclCents), currency);
  cbc(total, "PayableAmount", ublAmount(doc.totals.inclCents), currency);

  for (const line of doc.lines) orderLine(cac(root, "OrderLine"), line, doc.currency);
  return root.end({ prettyPrint: true });
}

function orderLine(parent: ReturnType<typeof cac>, line: DocumentLine, currencyID: string): void {
  const item = cac(parent, "LineItem");
  cbc(item, "ID", String(line.lineNumber));
  cbc(item, "Quantity", ublQuantity(line.quantity), { unitCode: PEPPOL.unitCode });
  cbc(item, "LineExtensionAmount", ublAmount(line.lineTotalCents), { currencyID });
  const price = cac(item, "Price");
  cbc(price, "PriceAmount", ublAmount(line.unitPriceCents), { currencyID });
  cbc(price, "BaseQuantity", "1", { unitCode: PEPPOL.unitCode });

  const node = cac(item, "Item");
  const description = line.description.trim();
  const name = description.length > ITEM_NAME_MAX ? `${description.slice(0, ITEM_NAME_MAX - 1).trimEnd()}…` : description;
  if (name !== description) cbc(node, "Description", description);
  cbc(node, "Name", name);
  if (present(line.sellersItemId)) cbc(cac(node, "SellersItemIdentification"), "ID", line.sellersItemId);
  if (present(line.gtin)) cbc(cac(node, "StandardItemIdentification"), "ID", line.gtin, { schemeID: PEPPOL.gtinScheme });
  if (present(line.unspsc)) {
    cbc(cac(node, "CommodityClassification"), "ItemClassificationCode", line.unspsc, { listID: PEPPOL.unspscListId });
  }
  const tax = cac(node, "ClassifiedTaxCategory");
  cbc(tax, "ID", line.vatRate > 0 ? "S" : "Z");
  cbc(tax, "Percent", String(line.vatRate));
  cbc(cac(tax, "TaxScheme"), "ID", "VAT");
  if (present(line.manufacturer)) property(node, "Fabrikant", line.manufacturer);
  if (present(line.partNumber)) property(node, "Onderdeelnummer fabrikant", line.partNumber);
}

function property(item: ReturnType<typeof cac>, name: string, value: string): void {
  const node = cac(item, "AdditionalItemProperty");
  cbc(node, "Name", name);
  cbc(node, "Value", value);
}
