// Ranking of the answers to a quote request or mini-competition (pure; no database).
//
// Each criterion gives at most its weight in points; the weights add up to 100:
//  - price: weight × lowest total ÷ this offer's total (the cheapest offer gets the full weight);
//  - lead time: weight × shortest lead time ÷ this offer's lead time, where an offer's lead time
//    is that of its slowest line and a lead time under one day counts as one day;
//  - other criteria: weight × the buyer's score (0–10) ÷ 10, scored after the deadline.
// Offers are ranked on their total score, highest first; equal scores share a rank.

export type RankCriterion = { id: string; kind: "price" | "lead_time" | "other"; name: string; weight: number };

export type RankOffer = {
  supplierId: string;
  supplierName: string;
  totalCents: number;
  leadTimeDays: number;
  /** The buyer's scores (0–10) per `other` criterion id; missing until scored. */
  scores: Record<string, number | undefined>;
};

export type RankedOffer = RankOffer & {
  rank: number;
  /** Total points (0–100), rounded to two decimals. */
  score: number;
  /** Points per criterion id, rounded to two decimals. */
  points: Record<string, number>;
};

export type Ranking = {
  offers: RankedOffer[];
  /** True while an `other` criterion of some offer has no score yet: no award before that. */
  scoresMissing: boolean;
};

const round2 = (value: number) => Math.round(value * 100) / 100;
const EPSILON = 1e-9;

/** A line's total: quantity × unit price, in cents. */
export function offerTotalCents(lines: { quantity: number; unitPriceCents: number }[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
}

/** An offer's lead time: that of its slowest line (everything is delivered by then). */
export function offerLeadTimeDays(lines: { leadTimeDays: number }[]): number {
  return lines.reduce((max, line) => Math.max(max, line.leadTimeDays), 0);
}

export function rankOffers(criteria: readonly RankCriterion[], offers: readonly RankOffer[]): Ranking {
  if (offers.length === 0) return { offers: [], scoresMissing: false };
  const lowestTotal = Math.min(...offers.map((offer) => offer.totalCents));
  const shortestLead = Math.max(1, Math.min(...offers.map((offer) => offer.leadTimeDays)));
  let scoresMissing = false;
  const scored = offers.map((offer) => {
    const raw: Record<string, number> = {};
    for (const criterion of criteria) {
      if (criterion.kind === "price") {
        raw[criterion.id] = offer.totalCents > 0 ? (criterion.weight * lowestTotal) / offer.totalCents : 0;
      } else if (criterion.kind === "lead_time") {
        raw[criterion.id] = (criterion.weight * shortestLead) / Math.max(1, offer.leadTimeDays);
      } else {
        const given = offer.scores[criterion.id];
        if (given === undefined) scoresMissing = true;
        raw[criterion.id] = given === undefined ? 0 : (criterion.weight * Math.min(10, Math.max(0, given))) / 10;
      }
    }
    const total = Object.values(raw).reduce((sum, value) => sum + value, 0);
    return { offer, total, raw };
  });
  scored.sort(
    (a, b) =>
      b.total - a.total ||
      a.offer.totalCents - b.offer.totalCents ||
      a.offer.leadTimeDays - b.offer.leadTimeDays ||
      a.offer.supplierName.localeCompare(b.offer.supplierName, "nl-BE"),
  );
  const ranked: RankedOffer[] = [];
  scored.forEach((entry, index) => {
    const previous = index > 0 ? scored[index - 1] : undefined;
    const rank = previous && Math.abs(previous.total - entry.total) < EPSILON ? ranked[index - 1]!.rank : index + 1;
    ranked.push({
      ...entry.offer,
      rank,
      score: round2(entry.total),
      points: Object.fromEntries(Object.entries(entry.raw).map(([id, value]) => [id, round2(value)])),
    });
  });
  return { offers: ranked, scoresMissing };
}

/** Whether the weights make a valid set: whole numbers of at least 1 that add up to exactly 100. */
export function weightsAddUp(weights: readonly number[]): boolean {
  return weights.every((weight) => Number.isInteger(weight) && weight >= 1) && weights.reduce((a, b) => a + b, 0) === 100;
}
