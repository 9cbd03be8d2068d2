// The ranking maths of quote requests and mini-competitions (pure).
import { describe, expect, it } from "vitest";
import { offerLeadTimeDays, offerTotalCents, rankOffers, weightsAddUp } from "./competitions-ranking.server.ts";

const price = { id: "p", kind: "price" as const, name: "Prijs", weight: 60 };
const lead = { id: "l", kind: "lead_time" as const, name: "Levertermijn", weight: 30 };
const other = { id: "o", kind: "other" as const, name: "Service", weight: 10 };
const offer = (supplierId: string, totalCents: number, leadTimeDays: number, service?: number) => ({
  supplierId,
  supplierName: supplierId.toUpperCase(),
  totalCents,
  leadTimeDays,
  scores: service === undefined ? {} : { o: service },
});

describe("rankOffers", () => {
  it("gives the cheapest and the fastest the full weight and the others in proportion", () => {
    const { offers, scoresMissing } = rankOffers(
      [price, lead, other],
      [offer("a", 100_000, 10, 5), offer("b", 80_000, 20, 10), offer("c", 160_000, 5, 0)],
    );
    expect(scoresMissing).toBe(false);
    // Lowest total 80,000 (b), shortest lead 5 days (c).
    // a: 60×0.8 = 48, 30×5/10 = 15, 10×0.5 = 5 → 68; b: 60, 30×5/20 = 7.5, 10 → 77.5; c: 30, 30, 0 → 60.
    expect(offers.map((o) => [o.supplierId, o.rank, o.score])).toEqual([
      ["b", 1, 77.5],
      ["a", 2, 68],
      ["c", 3, 60],
    ]);
    expect(offers[1]!.points).toEqual({ p: 48, l: 15, o: 5 });
  });

  it("counts a lead time under a day as one day (no division by zero)", () => {
    const { offers } = rankOffers(
      [
        { ...price, weight: 50 },
        { ...lead, weight: 50 },
      ],
      [offer("a", 1000, 0), offer("b", 1000, 2)],
    );
    expect(offers.map((o) => [o.supplierId, o.score])).toEqual([
      ["a", 100],
      ["b", 75],
    ]);
  });

  it("shares a rank on equal scores and flags missing scores of other criteria", () => {
    const { offers, scoresMissing } = rankOffers(
      [{ ...price, weight: 90 }, other],
      [offer("a", 1000, 1, 5), offer("b", 1000, 1)],
    );
    expect(scoresMissing).toBe(true);
    expect(offers.map((o) => [o.supplierId, o.rank, o.score])).toEqual([
      ["a", 1, 95],
      ["b", 2, 90],
    ]);
    const tie = rankOffers([{ ...price, weight: 100 }], [offer("b", 1000, 1), offer("a", 1000, 9)]);
    expect(tie.offers.map((o) => [o.supplierId, o.rank])).toEqual([
      ["b", 1],
      ["a", 1],
    ]);
  });

  it("ranks nothing when nobody answered", () => {
    expect(rankOffers([price], [])).toEqual({ offers: [], scoresMissing: false });
  });
});

describe("offer totals and weights", () => {
  it("adds quantity × unit price and takes the slowest line's lead time", () => {
    const lines = [
      { quantity: 20, unitPriceCents: 90_000, leadTimeDays: 5 },
      { quantity: 3, unitPriceCents: 1_999, leadTimeDays: 12 },
    ];
    expect(offerTotalCents(lines)).toBe(1_805_997);
    expect(offerLeadTimeDays(lines)).toBe(12);
  });

  it("wants whole weights of at least 1 adding up to exactly 100", () => {
    expect(weightsAddUp([60, 30, 10])).toBe(true);
    expect(weightsAddUp([60, 30])).toBe(false);
    expect(weightsAddUp([60, 40, 0])).toBe(false);
    expect(weightsAddUp([50.5, 49.5])).toBe(false);
  });
});
