import { describe, expect, it } from "vitest";
import { type CheckFramework, type CheckGroup, legalCheck, type Threshold, thresholdOn } from "./legal-check.ts";
import { formatPoNumber, isValidPoFormat, quantitySchema, euroAmountSchema } from "./shared.ts";

const thresholds: Threshold[] = [
  {
    kind: "low_value",
    amountCents: 3_000_000,
    validFrom: "2017-06-30",
    validTo: "2026-12-31",
    sourceText: "art. 92",
    sourceUrl: null,
  },
  { kind: "low_value", amountCents: 7_500_000, validFrom: "2027-01-01", validTo: null, sourceText: "draft", sourceUrl: null },
  {
    kind: "negotiated_no_publication",
    amountCents: 14_300_000,
    validFrom: "2024-01-01",
    validTo: "2025-12-31",
    sourceText: "KB",
    sourceUrl: null,
  },
  {
    kind: "eu_supplies_sub_central",
    amountCents: 21_600_000,
    validFrom: "2026-01-01",
    validTo: "2027-12-31",
    sourceText: "EU",
    sourceUrl: null,
  },
];

const group = (totalExclCents: number, framework: CheckFramework | null = null): CheckGroup => ({
  supplierId: "s1",
  supplierName: "Leverancier",
  totalExclCents,
  categories: [{ id: 1, name: "Laptops", totalExclCents }],
  framework,
});
const noHistory = { yearToDate: {}, recent: [] };
const framework = (overrides: Partial<CheckFramework> = {}): CheckFramework => ({
  id: "f1",
  reference: "RO-1",
  title: "ICT",
  joined: true,
  running: true,
  orderMethod: "direct",
  maxValueCents: 10_000_000,
  usedValueCents: 0,
  lots: [{ id: "l1", number: 1, title: "Laptops", supplierCount: 1 }],
  ...overrides,
});

describe("thresholds by date", () => {
  it("uses the threshold valid on the check date", () => {
    expect(thresholdOn(thresholds, "low_value", "2026-06-01")?.amountCents).toBe(3_000_000);
    expect(thresholdOn(thresholds, "low_value", "2026-12-31")?.amountCents).toBe(3_000_000);
    expect(thresholdOn(thresholds, "low_value", "2027-01-01")?.amountCents).toBe(7_500_000);
    expect(thresholdOn(thresholds, "negotiated_no_publication", "2026-01-01")).toBeUndefined();
    expect(thresholdOn(thresholds, "low_value", "2010-01-01")).toBeUndefined();
  });

  it("routes the same order differently before and after a threshold change", () => {
    expect(legalCheck(group(4_000_000), thresholds, noHistory, "2026-06-01").route).toBe("blocked");
    expect(legalCheck(group(4_000_000), thresholds, noHistory, "2027-02-01").route).toBe("low_value");
  });

  it("blocks when no low-value threshold is configured for the day", () => {
    const check = legalCheck(group(100), thresholds, noHistory, "2000-01-01");
    expect(check.route).toBe("blocked");
    expect(check.reasons[0]!.key).toBe("ordering.check.noThreshold");
  });
});

describe("framework agreements (art. 47)", () => {
  it("orders directly under a joined single-supplier lot", () => {
    const check = legalCheck(group(5_000_000, framework()), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("framework_direct");
    expect(check.submittable).toBe(true);
  });

  it("needs a mini-competition when the lot has several suppliers and competition is reopened", () => {
    const f = framework({ orderMethod: "reopening", lots: [{ id: "l1", number: 1, title: "Laptops", supplierCount: 3 }] });
    const check = legalCheck(group(100_000, f), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("framework_competition");
    expect(check.submittable).toBe(false);
    expect(check.competitionHref).toContain("/aankopen/minicompetities/nieuw?");
    expect(check.competitionHref).toContain("framework=f1");
  });

  it("orders directly on the framework's terms when several suppliers but method is direct", () => {
    const f = framework({ lots: [{ id: "l1", number: 1, title: "Laptops", supplierCount: 3 }] });
    expect(legalCheck(group(100_000, f), thresholds, noHistory, "2026-06-01").route).toBe("framework_direct");
  });

  it("refuses an order that would exceed the framework's maximum value", () => {
    const f = framework({ usedValueCents: 9_990_000 });
    const check = legalCheck(group(20_000, f), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("blocked");
    expect(check.reasons.map((r) => r.key)).toContain("ordering.check.frameworkMaxExceeded");
    expect(legalCheck(group(10_000, f), thresholds, noHistory, "2026-06-01").route).toBe("framework_direct");
  });

  it("falls back to the low-value check when the organisation did not join", () => {
    const check = legalCheck(group(100_000, framework({ joined: false })), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("low_value");
    expect(check.reasons[0]!.key).toBe("ordering.check.notJoined");
    expect(legalCheck(group(3_500_000, framework({ joined: false })), thresholds, noHistory, "2026-06-01").route).toBe("blocked");
  });
});

describe("low-value contracts (art. 92)", () => {
  it("allows an order under the threshold and blocks at the threshold", () => {
    expect(legalCheck(group(2_999_999), thresholds, noHistory, "2026-06-01").route).toBe("low_value");
    const check = legalCheck(group(3_000_000), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("blocked");
    expect(check.procedureHref).toBe("/raamovereenkomsten");
  });

  it("adds what was ordered this year from the supplier in the category", () => {
    const history = { yearToDate: { 1: 2_500_000 }, recent: [] };
    const check = legalCheck(group(600_000), thresholds, history, "2026-06-01");
    expect(check.route).toBe("blocked");
    expect(check.reasons.map((r) => r.key)).toContain("ordering.check.cumulativeOver");
    // Another category of the same supplier is not added.
    expect(legalCheck(group(600_000), thresholds, { yearToDate: { 2: 2_500_000 }, recent: [] }, "2026-06-01").route).toBe(
      "low_value",
    );
  });

  it("names the procedure band when blocked", () => {
    const eu = legalCheck(group(25_000_000), thresholds, noHistory, "2026-06-01");
    expect(eu.reasons.map((r) => r.key)).toContain("ordering.check.procedureEu");
    const mid = legalCheck(group(5_000_000), thresholds, noHistory, "2026-06-01");
    expect(mid.reasons.map((r) => r.key)).toContain("ordering.check.procedurePublished");
    const negotiated = legalCheck(group(5_000_000), thresholds, noHistory, "2025-06-01");
    expect(negotiated.reasons.map((r) => r.key)).toContain("ordering.check.procedureNegotiated");
  });

  it("warns (does not block) when orders look split", () => {
    // Across the new year: last year's order is not in this year's total but within 90 days.
    const history = { yearToDate: {}, recent: [{ categoryId: 1, sameSupplier: true, totalExclCents: 2_000_000 }] };
    const check = legalCheck(group(1_500_000), thresholds, history, "2026-01-10");
    expect(check.route).toBe("low_value");
    expect(check.warnings.map((w) => w.key)).toContain("ordering.check.warnSplitSupplier");
    const other = { yearToDate: {}, recent: [{ categoryId: 1, sameSupplier: false, totalExclCents: 2_000_000 }] };
    expect(legalCheck(group(1_500_000), thresholds, other, "2026-06-01").warnings.map((w) => w.key)).toContain(
      "ordering.check.warnSplitCategory",
    );
    expect(legalCheck(group(1_500_000), thresholds, noHistory, "2026-06-01").warnings).toEqual([]);
  });

  it("warns when the order is just under the threshold", () => {
    const check = legalCheck(group(2_900_000), thresholds, noHistory, "2026-06-01");
    expect(check.route).toBe("low_value");
    expect(check.warnings.map((w) => w.key)).toEqual(["ordering.check.warnNear"]);
  });
});

describe("form helpers", () => {
  it("formats and validates purchase-order numbers", () => {
    expect(formatPoNumber("{YYYY}{SEQ:6}", 2026, 123)).toBe("2026000123");
    expect(formatPoNumber("BB/{YY}/{SEQ:4}", 2026, 7)).toBe("BB/26/0007");
    expect(isValidPoFormat("{YYYY}{SEQ:6}")).toBe(true);
    expect(isValidPoFormat("{SEQ:6}")).toBe(false);
    expect(isValidPoFormat("{YYYY}{SEQ:6}{SEQ:2}")).toBe(false);
    expect(isValidPoFormat("{YYYY}<b>{SEQ:6}")).toBe(false);
  });

  it("accepts sane quantities and euro amounts only", () => {
    expect(quantitySchema.safeParse("3").data).toBe(3);
    expect(quantitySchema.safeParse("0").success).toBe(false);
    expect(quantitySchema.safeParse("-1").success).toBe(false);
    expect(quantitySchema.safeParse("10001").error?.issues[0]?.message).toBe("ordering.validation.quantityTooLarge");
    expect(quantitySchema.safeParse("2.5").success).toBe(false);
    expect(euroAmountSchema.safeParse("75.000").data).toBe(7_500_000);
    expect(euroAmountSchema.safeParse("30000,50").data).toBe(3_000_050);
    expect(euroAmountSchema.safeParse("abc").success).toBe(false);
  });
});
