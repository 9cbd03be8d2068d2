import { describe, expect, it } from "vitest";
import { validateUblXml } from "../../../../tests/support/ubl.ts";
import {
  buildUblOrderResponse,
  ORDER_RESPONSE_MAX_BYTES,
  type OrderResponseError,
  type OrderResponseSummary,
  parseUblOrderResponse,
} from "./index.ts";
import { sampleOrderDocument } from "./sample.ts";

const order = sampleOrderDocument();
const parties = { buyer: order.buyer, supplier: order.supplier, orderLines: order.lines };

function roundTrip(summary: OrderResponseSummary) {
  const xml = buildUblOrderResponse(summary, parties);
  const validation = validateUblXml(xml, "OrderResponse");
  expect(validation.errors).toMatch(/validates/);
  expect(validation.valid).toBe(true);
  return { xml, parsed: parseUblOrderResponse(xml) };
}

/** A minimal response as another supplier's system might send it (different prefixes, extra data). */
function foreignResponse(body: string, code = "CA"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ubl:OrderResponse xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2"
    xmlns:a="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:b="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <b:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</b:CustomizationID>
  <b:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</b:ProfileID>
  <b:ID>R-77</b:ID>
  <b:IssueDate>2026-12-01</b:IssueDate>
  <b:OrderResponseCode listID="UNCL4343">${code}</b:OrderResponseCode>
  <b:Note>Lijn 2 &amp; 3: beperkte voorraad</b:Note>
  <a:OrderReference><b:ID>2026000123</b:ID></a:OrderReference>
  ${body}
</ubl:OrderResponse>`;
}

describe("order responses", () => {
  it("round-trips an acceptance (AP)", () => {
    const summary: OrderResponseSummary = { orderNumber: "2026000123", responseCode: "AP", issueDate: "2026-12-01", lines: [] };
    const { xml, parsed } = roundTrip(summary);
    expect(xml).toContain("<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>");
    expect(xml).toContain("urn:fdc:peppol.eu:poacc:trns:order_response:3");
    expect(parsed).toEqual({ ok: true, value: summary });
  });

  it("round-trips a rejection (RE) with its reason", () => {
    const summary: OrderResponseSummary = {
      orderNumber: "2026000123",
      responseCode: "RE",
      issueDate: "2026-12-01",
      note: "Model niet meer leverbaar; nieuw model volgt in januari.",
      lines: [],
    };
    const { parsed } = roundTrip(summary);
    expect(parsed).toEqual({ ok: true, value: summary });
  });

  it("round-trips an acceptance with changes (CA) with accepted quantities per line", () => {
    const summary: OrderResponseSummary = {
      orderNumber: "2026000123",
      responseCode: "CA",
      issueDate: "2026-12-01",
      note: "Nog 8 dockingstations op voorraad; laptoptassen niet meer leverbaar.",
      lines: [
        { lineNumber: 1, acceptedQuantity: 12 },
        { lineNumber: 2, acceptedQuantity: 8 },
        { lineNumber: 3, acceptedQuantity: 0 },
        { lineNumber: 4, acceptedQuantity: 12.5 },
      ],
    };
    const { xml, parsed } = roundTrip(summary);
    // Unchanged, changed and not-accepted lines carry the UNCL 1229 status codes 5, 3 and 7.
    expect(xml.match(/<cbc:LineStatusCode>(\d)<\/cbc:LineStatusCode>/g)).toEqual([
      "<cbc:LineStatusCode>5</cbc:LineStatusCode>",
      "<cbc:LineStatusCode>3</cbc:LineStatusCode>",
      "<cbc:LineStatusCode>7</cbc:LineStatusCode>",
      "<cbc:LineStatusCode>3</cbc:LineStatusCode>",
    ]);
    expect(xml).toContain("<cbc:Name>Laptoptas 14″ Targus Classic");
    expect(parsed).toEqual({ ok: true, value: summary });
  });

  it("names lines it does not know and still validates", () => {
    const xml = buildUblOrderResponse(
      { orderNumber: "X-1", responseCode: "CA", issueDate: "2026-12-01", lines: [{ lineNumber: 7, acceptedQuantity: 2 }] },
      { buyer: order.buyer, supplier: order.supplier, id: "RESP-1" },
    );
    expect(validateUblXml(xml, "OrderResponse").valid).toBe(true);
    expect(xml).toContain("<cbc:ID>RESP-1</cbc:ID>");
    expect(xml).toContain("<cbc:Name>Orderregel 7</cbc:Name>");
  });

  it("reads responses from other systems: prefixes, attributes, entities, unchanged lines", () => {
    const xml = foreignResponse(`
  <a:SellerSupplierParty><a:Party><b:EndpointID schemeID="0208">0403123486</b:EndpointID></a:Party></a:SellerSupplierParty>
  <a:OrderLine>
    <a:LineItem><b:ID>10</b:ID><b:LineStatusCode>5</b:LineStatusCode><a:Item><b:Name>Laptop</b:Name></a:Item></a:LineItem>
    <a:OrderLineReference><b:LineID>1</b:LineID></a:OrderLineReference>
  </a:OrderLine>
  <a:OrderLine>
    <a:LineItem><b:ID>2</b:ID><b:LineStatusCode>3</b:LineStatusCode><b:Quantity unitCode="C62">8</b:Quantity><a:Item><b:Name>Dock</b:Name></a:Item></a:LineItem>
  </a:OrderLine>
  <a:OrderLine>
    <a:LineItem><b:ID>3</b:ID><b:LineStatusCode>7</b:LineStatusCode><b:Quantity unitCode="C62">12</b:Quantity><a:Item><b:Name>Tas</b:Name></a:Item></a:LineItem>
  </a:OrderLine>`);
    expect(parseUblOrderResponse(xml)).toEqual({
      ok: true,
      value: {
        orderNumber: "2026000123",
        responseCode: "CA",
        issueDate: "2026-12-01",
        note: "Lijn 2 & 3: beperkte voorraad",
        lines: [
          { lineNumber: 2, acceptedQuantity: 8 },
          { lineNumber: 3, acceptedQuantity: 0 },
        ],
      },
    });
  });

  it("refuses malformed and hostile input with a message key", () => {
    const refused = (xml: string) => {
      const result = parseUblOrderResponse(xml);
      expect(result.ok).toBe(false);
      return result.ok ? undefined : result.error;
    };
    expect(refused("")).toBe("documents.orderResponse.empty");
    expect(refused("   \n")).toBe("documents.orderResponse.empty");
    expect(refused(undefined as unknown as string)).toBe("documents.orderResponse.empty");
    expect(refused(`<OrderResponse>${" ".repeat(ORDER_RESPONSE_MAX_BYTES)}</OrderResponse>`)).toBe(
      "documents.orderResponse.tooLarge",
    );
    // Entity expansion ("billion laughs") and external entities (XXE) never reach the parser.
    expect(
      refused(`<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<OrderResponse><OrderResponseCode>&lol2;</OrderResponseCode></OrderResponse>`),
    ).toBe("documents.orderResponse.unsafe");
    expect(
      refused(`<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><OrderResponse><Note>&xxe;</Note></OrderResponse>`),
    ).toBe("documents.orderResponse.unsafe");
    expect(refused("<OrderResponse><ID>1</ID>")).toBe("documents.orderResponse.malformed");
    expect(refused("not xml at all")).toBe("documents.orderResponse.malformed");
    expect(refused(`<OrderResponse><Note>&undefined;</Note></OrderResponse>`)).toBe("documents.orderResponse.malformed");
    expect(refused(`${"<a>".repeat(5000)}${"</a>".repeat(5000)}`)).toBe("documents.orderResponse.malformed");
    expect(refused(`<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>`)).toBe(
      "documents.orderResponse.notOrderResponse",
    );
    expect(refused(foreignResponse("").replace("<a:OrderReference><b:ID>2026000123</b:ID></a:OrderReference>", ""))).toBe(
      "documents.orderResponse.missingOrderReference",
    );
    expect(refused(foreignResponse("", "AB"))).toBe("documents.orderResponse.unknownCode");
    expect(refused(foreignResponse("", ""))).toBe("documents.orderResponse.unknownCode");
    expect(refused(foreignResponse("").replace("2026-12-01", "2026-02-30"))).toBe("documents.orderResponse.invalidDate");
    expect(refused(foreignResponse("").replace("2026-12-01", "1 december"))).toBe("documents.orderResponse.invalidDate");
    const line = (id: string, quantity = "1") =>
      `<a:OrderLine><a:LineItem><b:ID>${id}</b:ID><b:Quantity>${quantity}</b:Quantity><a:Item><b:Name>x</b:Name></a:Item></a:LineItem></a:OrderLine>`;
    expect(refused(foreignResponse(line("0")))).toBe("documents.orderResponse.invalidLine");
    expect(refused(foreignResponse(line("abc")))).toBe("documents.orderResponse.invalidLine");
    expect(refused(foreignResponse(line("1") + line("1")))).toBe("documents.orderResponse.invalidLine");
    expect(refused(foreignResponse(line("1", "-3")))).toBe("documents.orderResponse.invalidLine");
    expect(refused(foreignResponse(line("1", "1e9")))).toBe("documents.orderResponse.invalidLine");
  });

  it("has a Dutch and an English message for every error key", async () => {
    const { documentsNl } = await import("../../../i18n/documents.nl.ts");
    const { documentsEn } = await import("../../../i18n/documents.en.ts");
    const keys = [
      "empty",
      "tooLarge",
      "unsafe",
      "malformed",
      "notOrderResponse",
      "missingOrderReference",
      "unknownCode",
      "invalidDate",
      "invalidLine",
    ].map((name) => `documents.orderResponse.${name}` as OrderResponseError);
    for (const key of keys) {
      expect(documentsNl[key]).toBeTruthy();
      expect(documentsEn[key]).toBeTruthy();
    }
  });
});
