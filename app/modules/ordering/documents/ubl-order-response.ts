// The Peppol BIS 3 Order Response (UBL 2.1 OrderResponse): reading a supplier's answer to an order,
// and writing one (for tests and the demo supplier). Response codes (UNCL 4343 subset): AP accepted,
// RE rejected, CA accepted with changes; line status codes (UNCL 1229): 5 accepted, 3 changed,
// 7 not accepted.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { create } from "xmlbuilder2";
import type { MessageKey } from "../../../i18n/index.ts";
import { ublQuantity } from "./format.ts";
import type { DocumentLine, DocumentParty, OrderResponseSummary } from "./types.ts";
import { cac, cbc, NS, PEPPOL, party } from "./ubl-common.ts";

/** Largest order response we read (bytes of UTF-8). */
export const ORDER_RESPONSE_MAX_BYTES = 1_000_000;

export type OrderResponseError = Extract<MessageKey, `documents.orderResponse.${string}`>;
export type ParsedOrderResponse = { ok: true; value: OrderResponseSummary } | { ok: false; error: OrderResponseError };

export type OrderResponseParties = {
  buyer: DocumentParty;
  supplier: DocumentParty;
  /** The response's own id; "<order number>-R" when absent. */
  id?: string;
  /** The order's lines: names the items and tells which lines are unchanged. */
  orderLines?: DocumentLine[];
};

const LINE_STATUS = { accepted: "5", changed: "3", rejected: "7" } as const;

/** A supplier-side OrderResponse for the summary (valid against UBL-OrderResponse-2.1.xsd). */
export function buildUblOrderResponse(summary: OrderResponseSummary, parties: OrderResponseParties): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NS.orderResponse, "OrderResponse", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
  });
  cbc(root, "CustomizationID", PEPPOL.orderResponseCustomization);
  cbc(root, "ProfileID", PEPPOL.orderingProfile);
  cbc(root, "ID", parties.id ?? `${summary.orderNumber}-R`);
  cbc(root, "IssueDate", summary.issueDate);
  cbc(root, "OrderResponseCode", summary.responseCode);
  cbc(root, "Note", summary.note);
  cbc(root, "DocumentCurrencyCode", "EUR");
  cbc(cac(root, "OrderReference"), "ID", summary.orderNumber);
  party(cac(root, "SellerSupplierParty"), parties.supplier, { short: true });
  party(cac(root, "BuyerCustomerParty"), parties.buyer, { short: true });

  for (const line of summary.lines) {
    const ordered = parties.orderLines?.find((orderLine) => orderLine.lineNumber === line.lineNumber);
    const status =
      line.acceptedQuantity === 0
        ? LINE_STATUS.rejected
        : ordered && ordered.quantity === line.acceptedQuantity
          ? LINE_STATUS.accepted
          : LINE_STATUS.changed;
    const orderLine = cac(root, "OrderLine");
    const item = cac(orderLine, "LineItem");
    cbc(item, "ID", String(line.lineNumber));
    cbc(item, "LineStatusCode", status);
    cbc(item, "Quantity", ublQuantity(line.acceptedQuantity), { unitCode: PEPPOL.unitCode });
    const description = ordered?.description.trim();
    cbc(cac(item, "Item"), "Name", description ? description.slice(0, 160) : `Orderregel ${line.lineNumber}`);
    cbc(cac(orderLine, "OrderLineReference"), "LineID", String(line.lineNumber));
  }
  return root.end({ prettyPrint: true });
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: true,
  isArray: (tagName) => tagName === "OrderLine" || tagName === "Note",
});

/** Text content of an element (elements with attributes are plain strings: attributes are ignored). */
function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return String((value as Node)["#text"]).trim();
  return undefined;
}

function child(node: unknown, name: string): unknown {
  return node && typeof node === "object" && !Array.isArray(node) ? (node as Node)[name] : undefined;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Reads a UBL OrderResponse. Refuses, with a message key, what is empty, larger than 1 MB, has a
 * DOCTYPE or entity declaration, is not well-formed, is not an OrderResponse or lacks the order
 * reference, a known response code (AP, RE, CA), a valid issue date or valid lines. Lines that
 * only say "accepted" without a quantity are left out (they are unchanged); a line that is not
 * accepted counts as quantity 0.
 */
export function parseUblOrderResponse(xml: string): ParsedOrderResponse {
  if (typeof xml !== "string" || xml.trim() === "") return { ok: false, error: "documents.orderResponse.empty" };
  if (Buffer.byteLength(xml, "utf8") > ORDER_RESPONSE_MAX_BYTES) return { ok: false, error: "documents.orderResponse.tooLarge" };
  if (/<!DOCTYPE|<!ENTITY|<!ELEMENT|<!ATTLIST/i.test(xml)) return { ok: false, error: "documents.orderResponse.unsafe" };
  // Without a DTD only the five predefined entities and character references are well-formed.
  if (/&(?!(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/.test(xml))
    return { ok: false, error: "documents.orderResponse.malformed" };

  let root: unknown;
  try {
    if (XMLValidator.validate(xml) !== true) return { ok: false, error: "documents.orderResponse.malformed" };
    root = child(parser.parse(xml), "OrderResponse");
  } catch {
    return { ok: false, error: "documents.orderResponse.malformed" };
  }
  if (!root || typeof root !== "object" || Array.isArray(root))
    return { ok: false, error: "documents.orderResponse.notOrderResponse" };

  const orderNumber = text(child(child(root, "OrderReference"), "ID"));
  if (!orderNumber) return { ok: false, error: "documents.orderResponse.missingOrderReference" };
  const code = text(child(root, "OrderResponseCode"));
  if (code !== "AP" && code !== "RE" && code !== "CA") return { ok: false, error: "documents.orderResponse.unknownCode" };
  const issueDate = text(child(root, "IssueDate"));
  if (!issueDate || !isIsoDate(issueDate)) return { ok: false, error: "documents.orderResponse.invalidDate" };

  const notes = ((child(root, "Note") as unknown[] | undefined) ?? []).map(text).filter((note): note is string => Boolean(note));
  const lines: OrderResponseSummary["lines"] = [];
  const seen = new Set<number>();
  for (const orderLine of (child(root, "OrderLine") as unknown[] | undefined) ?? []) {
    const item = child(orderLine, "LineItem");
    const reference = text(child(child(orderLine, "OrderLineReference"), "LineID")) ?? text(child(item, "ID"));
    if (!reference || !/^\d{1,9}$/.test(reference) || Number(reference) < 1)
      return { ok: false, error: "documents.orderResponse.invalidLine" };
    const lineNumber = Number(reference);
    if (seen.has(lineNumber)) return { ok: false, error: "documents.orderResponse.invalidLine" };
    seen.add(lineNumber);
    const status = text(child(item, "LineStatusCode"));
    const quantityText = text(child(item, "Quantity"));
    if (status === LINE_STATUS.rejected) {
      lines.push({ lineNumber, acceptedQuantity: 0 });
      continue;
    }
    if (quantityText === undefined || quantityText === "") continue;
    if (!/^\d{1,12}(\.\d{1,6})?$/.test(quantityText)) return { ok: false, error: "documents.orderResponse.invalidLine" };
    lines.push({ lineNumber, acceptedQuantity: Number(quantityText) });
  }

  const value: OrderResponseSummary = { orderNumber, responseCode: code, issueDate, lines };
  if (notes.length > 0) value.note = notes.join("\n");
  return { ok: true, value };
}
