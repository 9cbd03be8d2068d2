import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { validateUblXml } from "../../../../tests/support/ubl.ts";
import { buildUblOrder } from "./index.ts";
import {
  sampleDirectOrderDocument,
  sampleLines,
  sampleLowValueOrderDocument,
  sampleOrderDocument,
  sampleOrderDocumentWithLines,
  sampleTotals,
} from "./sample.ts";
import type { OrderDocument } from "./types.ts";

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => ["OrderLine", "AdditionalItemProperty", "PartyIdentification"].includes(name),
});

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is untyped; the assertions check its shape
type Json = Record<string, any>;
function parse(xml: string): Json {
  return parser.parse(xml).Order;
}

function expectValid(xml: string): void {
  const result = validateUblXml(xml, "Order");
  expect(result.errors).toMatch(/validates/);
  expect(result.valid).toBe(true);
}

describe("buildUblOrder", () => {
  it("builds a schema-valid Peppol order for the framework sample", () => {
    const doc = sampleOrderDocument();
    const xml = buildUblOrder(doc);
    expectValid(xml);
    const order = parse(xml);
    expect(order.CustomizationID).toBe("urn:fdc:peppol.eu:poacc:trns:order:3");
    expect(order.ProfileID).toBe("urn:fdc:peppol.eu:poacc:bis:ordering:3");
    expect(order.ID).toBe("2026000123");
    expect(order.IssueDate).toBe("2026-11-30");
    expect(order.DocumentCurrencyCode).toBe("EUR");
    expect(order.Contract.ID).toBe("VVG-RO-2026-001/P1");
    expect(order.AccountingCost).toBe(doc.budgetCode);
    expect(order.OriginatorDocumentReference.ID).toBe(doc.portalReference);

    const buyer = order.BuyerCustomerParty.Party;
    expect(buyer.EndpointID).toEqual({ "#text": doc.buyer.enterpriseNumber, "@schemeID": "0208" });
    expect(buyer.PartyLegalEntity.CompanyID["@schemeID"]).toBe("0208");
    expect(buyer.Contact.Name).toBe("Ségolène Van den Broeck");
    const seller = order.SellerSupplierParty.Party;
    expect(seller.EndpointID["#text"]).toBe(doc.supplier.enterpriseNumber);
    expect(seller.PartyTaxScheme.CompanyID).toBe(`BE${doc.supplier.enterpriseNumber}`);
    expect(seller.Contact.Name).toBe("Łukasz Kowalski");

    expect(order.TaxTotal.TaxAmount).toEqual({ "#text": "3423.29", "@currencyID": "EUR" });
    expect(order.AnticipatedMonetaryTotal.LineExtensionAmount["#text"]).toBe("16301.40");
    expect(order.AnticipatedMonetaryTotal.TaxInclusiveAmount["#text"]).toBe("19724.69");
    expect(order.AnticipatedMonetaryTotal.PayableAmount["#text"]).toBe("19724.69");
    expect(order.Delivery.RequestedDeliveryPeriod.EndDate).toBe("2026-12-14");

    expect(order.OrderLine).toHaveLength(4);
    const laptop = order.OrderLine[0].LineItem;
    expect(laptop.ID).toBe("1");
    expect(laptop.Quantity).toEqual({ "#text": "12", "@unitCode": "C62" });
    expect(laptop.LineExtensionAmount["#text"]).toBe("13068.00");
    expect(laptop.Price.PriceAmount["#text"]).toBe("1089.00");
    expect(laptop.Item.Name).toContain("Intel® Core™ Ultra 5");
    expect(laptop.Item.SellersItemIdentification.ID).toBe("DITS-LAT5450-16");
    expect(laptop.Item.StandardItemIdentification.ID).toEqual({ "#text": doc.lines[0]!.gtin, "@schemeID": "0160" });
    expect(laptop.Item.CommodityClassification.ItemClassificationCode).toEqual({ "#text": "43211503", "@listID": "TST" });
    expect(laptop.Item.ClassifiedTaxCategory).toMatchObject({ ID: "S", Percent: "21", TaxScheme: { ID: "VAT" } });
    expect(laptop.Item.AdditionalItemProperty.map((p: Json) => p.Value)).toEqual(["Dell", "N008L545014EMEA_VP"]);

    // The amounts add up the way the Peppol T01 rules check them.
    const sum = order.OrderLine.reduce(
      (total: number, line: Json) => total + Number(line.LineItem.LineExtensionAmount["#text"]),
      0,
    );
    expect(sum.toFixed(2)).toBe(order.AnticipatedMonetaryTotal.LineExtensionAmount["#text"]);
  });

  it("builds a schema-valid order without framework for the low-value sample", () => {
    const xml = buildUblOrder(sampleLowValueOrderDocument());
    expectValid(xml);
    const order = parse(xml);
    expect(order.Contract).toBeUndefined();
    expect(order.AdditionalDocumentReference).toBeUndefined();
    expect(order.SellerSupplierParty.Party.PartyName.Name).toBe("Kempen Computers BV");
    expect(order.SellerSupplierParty.Party.Contact.Name).toBe("Jürgen Peeters");
    expect(order.OrderLine).toHaveLength(2);
  });

  it("validates with one line, with thirty lines and for a direct framework order", () => {
    const one = sampleOrderDocument();
    one.lines = one.lines.slice(0, 1);
    one.totals = sampleTotals(one.lines);
    const oneXml = buildUblOrder(one);
    expectValid(oneXml);
    expect(parse(oneXml).OrderLine).toHaveLength(1);

    const thirty = buildUblOrder(sampleOrderDocumentWithLines(30));
    expectValid(thirty);
    expect(parse(thirty).OrderLine.map((line: Json) => line.LineItem.ID)).toEqual(
      Array.from({ length: 30 }, (_, i) => String(i + 1)),
    );

    expectValid(buildUblOrder(sampleDirectOrderDocument()));
  });

  it("escapes markup, drops control characters and leaves no empty elements", () => {
    const doc: OrderDocument = {
      ...sampleLowValueOrderDocument(),
      buyer: { name: "OCMW <Sint-Ł> & Co", enterpriseNumber: "0207510021" },
      delivery: { note: "  " },
      budgetCode: undefined,
    };
    doc.lines = sampleLines([
      {
        description: `Kabel "USB-C ≥ 2 m" <grijs> & zwart\u0007\u0000`,
        quantity: 1.5,
        unitPriceCents: 999,
        vatRate: 6,
        sellersItemId: " ",
      },
      { description: "Vrijgestelde dienst", quantity: 1, unitPriceCents: 1000, vatRate: 0 },
    ]);
    doc.totals = sampleTotals(doc.lines);
    const xml = buildUblOrder(doc);
    expectValid(xml);
    expect(xml).not.toMatch(/<cbc:[A-Za-z]+(?: [^>]*)?\/>|<cbc:([A-Za-z]+)[^>]*>\s*<\/cbc:\1>/);
    expect(xml).not.toMatch(/<cac:[A-Za-z]+\/>/);
    const order = parse(xml);
    expect(order.BuyerCustomerParty.Party.PartyName.Name).toBe("OCMW <Sint-Ł> & Co");
    expect(order.Note).toBeUndefined();
    expect(order.AccountingCost).toBeUndefined();
    const [first, second] = order.OrderLine;
    expect(first.LineItem.Item.Name).toBe(`Kabel "USB-C ≥ 2 m" <grijs> & zwart`);
    expect(first.LineItem.Item.SellersItemIdentification).toBeUndefined();
    expect(first.LineItem.Quantity["#text"]).toBe("1.5");
    expect(first.LineItem.LineExtensionAmount["#text"]).toBe("14.99");
    expect(second.LineItem.Item.ClassifiedTaxCategory).toMatchObject({ ID: "Z", Percent: "0" });
  });

  it("keeps long descriptions whole in cbc:Description and shortens the name", () => {
    const doc = sampleLowValueOrderDocument();
    doc.lines[0] = { ...doc.lines[0]!, description: `Monitor ${"met een zeer lange omschrijving ".repeat(10)}` };
    const order = parse(buildUblOrder(doc));
    const item = order.OrderLine[0].LineItem.Item;
    expect(item.Name.length).toBeLessThanOrEqual(160);
    expect(item.Name.endsWith("…")).toBe(true);
    expect(item.Description).toBe(doc.lines[0]!.description.trim());
  });

  it("refuses a document whose amounts do not add up", () => {
    const wrongTotal = sampleOrderDocument();
    wrongTotal.totals = { ...wrongTotal.totals, exclCents: wrongTotal.totals.exclCents + 100 };
    expect(() => buildUblOrder(wrongTotal)).toThrow(/add up/);

    const wrongLine = sampleOrderDocument();
    wrongLine.lines[1] = { ...wrongLine.lines[1]!, lineTotalCents: 1 };
    expect(() => buildUblOrder(wrongLine)).toThrow(/quantity × price/);

    const wrongIncl = sampleOrderDocument();
    wrongIncl.totals = { ...wrongIncl.totals, inclCents: 1 };
    expect(() => buildUblOrder(wrongIncl)).toThrow(/incl/);

    const noLines = sampleOrderDocument();
    noLines.lines = [];
    expect(() => buildUblOrder(noLines)).toThrow(/no lines/);
  });
});

describe("a buyer without an enterprise number in the registry", () => {
  it("still validates: no empty endpoint, identification or VAT number", () => {
    const doc = { ...sampleOrderDocument(), buyer: { ...sampleOrderDocument().buyer, enterpriseNumber: "" } };
    const xml = buildUblOrder(doc);
    const validation = validateUblXml(xml, "Order");
    expect(validation.valid, validation.errors).toBe(true);
    expect(parse(xml).BuyerCustomerParty.Party.EndpointID).toBeUndefined();
  });
});
