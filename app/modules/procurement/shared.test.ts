import { describe, expect, it } from "vitest";
import {
  frameworkInputSchema,
  gtinCheckDigit,
  isValidGtin,
  offerInputSchema,
  productInputSchema,
  searchQueryFromParams,
} from "./shared.ts";

describe("GTIN check digits", () => {
  it("accepts GTIN-8, -12, -13 and -14 with the right check digit", () => {
    expect(isValidGtin("4006381333931")).toBe(true); // EAN-13
    expect(isValidGtin("96385074")).toBe(true); // EAN-8
    expect(isValidGtin("036000291452")).toBe(true); // UPC-A
    expect(isValidGtin("10036000291459")).toBe(true); // GTIN-14
    expect(isValidGtin("4006 3813 3393 1")).toBe(true);
  });

  it("refuses a wrong check digit, a wrong length or letters", () => {
    expect(isValidGtin("4006381333932")).toBe(false);
    expect(isValidGtin("96385075")).toBe(false);
    expect(isValidGtin("40063813339")).toBe(false);
    expect(isValidGtin("400638133393X")).toBe(false);
    expect(isValidGtin("")).toBe(false);
  });

  it("computes the check digit from the other digits", () => {
    expect(gtinCheckDigit("400638133393")).toBe(1);
    expect(gtinCheckDigit("9638507")).toBe(4);
  });
});

describe("catalogue rows", () => {
  const product = { manufacturer: " Lenovo ", partNumber: " 20xw004umh ", name: "ThinkPad  T14", category: "laptop" };

  it("normalises a product: trimmed text, part number in capitals, GTIN digits only", () => {
    const parsed = productInputSchema.parse({ ...product, gtin: "4006 3813 3393 1" });
    expect(parsed).toMatchObject({
      manufacturer: "Lenovo",
      partNumber: "20XW004UMH",
      name: "ThinkPad T14",
      gtin: "4006381333931",
    });
    expect(productInputSchema.parse({ ...product, gtin: "" }).gtin).toBeNull();
  });

  it("reports a wrong GTIN, a bad UNSPSC code or a missing name with message keys", () => {
    const errors = (input: object) => productInputSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(errors({ ...product, gtin: "4006381333932" })).toEqual(["procurement.validation.gtin"]);
    expect(errors({ ...product, unspsc: "4321" })).toEqual(["procurement.validation.unspsc"]);
    expect(errors({ ...product, name: "  " })).toEqual(["procurement.validation.name"]);
    expect(errors({ ...product, category: "Laptops!" })).toEqual(["procurement.validation.category"]);
  });

  it("keeps HTML in a description as given", () => {
    const html = '<script>alert("x")</script><b>vet</b>';
    expect(productInputSchema.parse({ ...product, description: html }).description).toBe(html);
  });

  const offer = {
    productId: "5b0c4f0e-8d0b-4f8e-9f4a-0d7d0c1e2f3a",
    supplierId: "7c1d5a1f-9e1c-4a9f-8b5b-1e8e1d2f3a4b",
    priceCents: 99_900,
    leadTimeDays: 3,
  };

  it("refuses negative, zero or fractional prices, odd VAT rates and validity ending before it starts", () => {
    const errors = (input: object) => offerInputSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(errors({ ...offer, priceCents: -1 })).toEqual(["procurement.validation.price"]);
    expect(errors({ ...offer, priceCents: 0 })).toEqual(["procurement.validation.price"]);
    expect(errors({ ...offer, priceCents: 10.5 })).toEqual(["procurement.validation.price"]);
    expect(errors({ ...offer, vatRate: 19 })).toEqual(["procurement.validation.vatRate"]);
    expect(errors({ ...offer, validFrom: "2026-05-01", validTo: "2026-04-30" })).toEqual(["procurement.validation.validity"]);
    expect(errors({ ...offer, validFrom: "2026-02-30x" })).toContain("procurement.validation.date");
    expect(offerInputSchema.parse(offer)).toMatchObject({ vatRate: 21, stock: 0, minQuantity: 1 });
  });
});

describe("framework agreements", () => {
  const framework = {
    reference: "RO-1",
    title: "ICT-hardware",
    centralPurchasingBody: "Aankoopcentrale",
    startsOn: "2026-01-01",
    endsOn: "2029-12-31",
    maxValueCents: 100_000_000,
    orderMethod: "direct",
    lots: [{ number: 1, title: "Laptops", supplierIds: ["7c1d5a1f-9e1c-4a9f-8b5b-1e8e1d2f3a4b"] }],
  } as const;
  const errors = (input: object) => frameworkInputSchema.safeParse(input).error?.issues.map((i) => i.message);

  it("runs four years at most and needs a maximum value", () => {
    expect(errors(framework)).toBeUndefined();
    expect(errors({ ...framework, endsOn: "2030-01-01" })).toBeUndefined();
    expect(errors({ ...framework, endsOn: "2030-01-02" })).toEqual(["procurement.validation.periodTooLong"]);
    expect(errors({ ...framework, endsOn: "2025-12-31" })).toEqual(["procurement.validation.period"]);
    expect(errors({ ...framework, maxValueCents: 0 })).toEqual(["procurement.validation.maxValue"]);
  });

  it("needs lots with distinct numbers and at least one supplier each", () => {
    expect(errors({ ...framework, lots: [] })).toEqual(["procurement.validation.lots"]);
    expect(errors({ ...framework, lots: [framework.lots[0], framework.lots[0]] })).toEqual(["procurement.validation.lotNumbers"]);
    expect(errors({ ...framework, lots: [{ ...framework.lots[0], supplierIds: [] }] })).toEqual([
      "procurement.validation.lotSuppliers",
    ]);
  });
});

describe("search URLs", () => {
  it("reads the search form's parameters", () => {
    const query = searchQueryFromParams(
      new URLSearchParams(
        "q=laptop&categorie=laptop&merk=Dell&merk=HP&prijsMin=500&prijsMax=1000,50&levertijd=5&opVoorraad=1" +
          "&spec.ram_gb=16&spec.ram_gb=32&spec.screen_inch=13-15&spec.weight_kg=-1,5&sortering=price&pagina=2&per=48",
      ),
    );
    expect(query).toEqual({
      q: "laptop",
      category: "laptop",
      brands: ["Dell", "HP"],
      priceMin: 500,
      priceMax: 1000.5,
      maxLeadTime: 5,
      inStock: true,
      specs: { ram_gb: ["16", "32"], screen_inch: { min: 13, max: 15 }, weight_kg: { min: undefined, max: 1.5 } },
      sort: "price",
      page: 2,
      pageSize: 48,
    });
  });

  it("drops malformed values instead of failing", () => {
    const query = searchQueryFromParams(
      new URLSearchParams("q=muis&pagina=abc&per=1000&sortering=duur&categorie=<script>&spec.DROP=1&prijsMin=-5"),
    );
    expect(query).toMatchObject({ q: "muis", page: 1, pageSize: 24, sort: "relevance", specs: {}, brands: [] });
    expect(query.category).toBeUndefined();
    expect(query.priceMin).toBeUndefined();
  });
});
