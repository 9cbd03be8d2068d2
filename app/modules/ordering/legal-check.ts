// The legal check of one group of the cart (one supplier, one framework agreement or none): which
// route the law allows, why, and what to watch out for. A pure function: the figures it needs
// (thresholds valid on the check date, what was ordered before) are given to it.
//
// 1. An offer under a lot of a framework agreement the organisation joined (art. 47 of the law of
//    17 June 2016): a direct order, or, when the framework reopens competition and the lot has
//    several suppliers, a mini-competition first. The framework's maximum value is never exceeded.
// 2. Otherwise a low-value contract (art. 92 KB 18 April 2017, accepted invoice) when the order and
//    what the organisation already ordered this calendar year from the supplier in the same
//    product category stay under the threshold. Splitting is forbidden: suspicious patterns warn.
// 3. Otherwise blocked: a procurement procedure is needed.
import type { MessageKey, Translator } from "../../i18n/index.ts";

/** The legal routes of an order (the check may also answer "blocked", which is never an order). */
export const ORDER_ROUTES = ["framework_direct", "framework_competition", "low_value"] as const;
export type OrderRoute = (typeof ORDER_ROUTES)[number];
export type CheckRoute = OrderRoute | "blocked";

export const THRESHOLD_KINDS = ["low_value", "negotiated_no_publication", "eu_supplies_sub_central"] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

/** Orders of one supplier and category within this many days are compared for splitting. */
export const SPLIT_WINDOW_DAYS = 90;
/** A group at or above this share of the threshold is "just under" it. */
export const NEAR_THRESHOLD_SHARE = 0.9;

export type Threshold = {
  kind: ThresholdKind;
  amountCents: number;
  validFrom: string;
  validTo: string | null;
  sourceText: string;
  sourceUrl: string | null;
};

/** A sentence of the check: a message key (ordering.check.*), plain values and euro amounts (cents). */
export type Finding = {
  key: string;
  vars?: Record<string, string | number>;
  money?: Record<string, number>;
};

export type CheckFramework = {
  id: string;
  reference: string;
  title: string;
  joined: boolean;
  /** The framework agreement runs on the check date. */
  running: boolean;
  orderMethod: "direct" | "reopening";
  maxValueCents: number;
  usedValueCents: number;
  lots: { id: string; number: number; title: string; supplierCount: number }[];
};

export type CheckGroup = {
  supplierId: string;
  supplierName: string;
  totalExclCents: number;
  categories: { id: number; name: string; totalExclCents: number }[];
  framework: CheckFramework | null;
};

export type CheckHistory = {
  /** Low-value orders this calendar year with this supplier, per category id (cents excl. VAT). */
  yearToDate: Record<number, number>;
  /** Low-value orders of the last SPLIT_WINDOW_DAYS days in the group's categories, any supplier. */
  recent: { categoryId: number; sameSupplier: boolean; totalExclCents: number }[];
};

export type LegalCheck = {
  route: CheckRoute;
  /** Whether the group may be ordered straight from the cart. */
  submittable: boolean;
  legalBasisKey: string;
  reasons: Finding[];
  warnings: Finding[];
  figures: { labelKey: string; vars?: Record<string, string | number>; cents: number }[];
  /** For framework_competition: where the mini-competition starts. */
  competitionHref?: string;
  /** For blocked: where to look for a procedure. */
  procedureHref?: string;
};

/** The threshold of a kind valid on a day (ISO), or undefined. */
export function thresholdOn(thresholds: readonly Threshold[], kind: ThresholdKind, day: string): Threshold | undefined {
  return thresholds
    .filter((t) => t.kind === kind && t.validFrom <= day && (t.validTo === null || t.validTo >= day))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

export function legalCheck(group: CheckGroup, thresholds: readonly Threshold[], history: CheckHistory, day: string): LegalCheck {
  const reasons: Finding[] = [];
  const warnings: Finding[] = [];
  const figures: LegalCheck["figures"] = [];
  const framework = group.framework;

  if (framework) {
    if (!framework.joined) {
      reasons.push({ key: "ordering.check.notJoined", vars: { reference: framework.reference } });
    } else if (!framework.running) {
      reasons.push({ key: "ordering.check.frameworkNotRunning", vars: { reference: framework.reference } });
    } else {
      const after = framework.usedValueCents + group.totalExclCents;
      figures.push(
        { labelKey: "ordering.figure.frameworkMax", cents: framework.maxValueCents },
        { labelKey: "ordering.figure.frameworkUsed", cents: framework.usedValueCents },
        { labelKey: "ordering.figure.groupTotal", cents: group.totalExclCents },
        { labelKey: "ordering.figure.frameworkAfter", cents: after },
      );
      reasons.push({
        key: "ordering.check.joined",
        vars: { reference: framework.reference, title: framework.title },
      });
      if (after > framework.maxValueCents) {
        reasons.push({
          key: "ordering.check.frameworkMaxExceeded",
          vars: { reference: framework.reference },
          money: {
            max: framework.maxValueCents,
            used: framework.usedValueCents,
            left: framework.maxValueCents - framework.usedValueCents,
          },
        });
        return {
          route: "blocked",
          submittable: false,
          legalBasisKey: "ordering.legalBasis.art47",
          reasons,
          warnings,
          figures,
          procedureHref: "/raamovereenkomsten",
        };
      }
      const shared = framework.lots.filter((lot) => lot.supplierCount > 1);
      if (framework.orderMethod === "reopening" && shared.length > 0) {
        for (const lot of shared) {
          reasons.push({
            key: "ordering.check.reopening",
            vars: { lot: lot.number, title: lot.title, suppliers: lot.supplierCount },
          });
        }
        const query = new URLSearchParams({ framework: framework.id, lots: shared.map((lot) => lot.id).join(",") });
        return {
          route: "framework_competition",
          submittable: false,
          legalBasisKey: "ordering.legalBasis.art47competition",
          reasons,
          warnings,
          figures,
          competitionHref: `/aankopen/minicompetities/nieuw?${query}`,
        };
      }
      reasons.push({
        key:
          framework.lots.length > 0 && framework.lots.every((lot) => lot.supplierCount <= 1)
            ? "ordering.check.directSingle"
            : "ordering.check.directTerms",
      });
      return {
        route: "framework_direct",
        submittable: true,
        legalBasisKey: "ordering.legalBasis.art47",
        reasons,
        warnings,
        figures,
      };
    }
  }

  const low = thresholdOn(thresholds, "low_value", day);
  if (!low) {
    reasons.push({ key: "ordering.check.noThreshold" });
    return { route: "blocked", submittable: false, legalBasisKey: "ordering.legalBasis.none", reasons, warnings, figures };
  }
  figures.push({ labelKey: "ordering.figure.threshold", cents: low.amountCents });
  figures.push({ labelKey: "ordering.figure.groupTotal", cents: group.totalExclCents });
  let over = group.totalExclCents >= low.amountCents;
  let highest = group.totalExclCents;
  for (const category of group.categories) {
    const before = history.yearToDate[category.id] ?? 0;
    const cumulative = before + category.totalExclCents;
    highest = Math.max(highest, cumulative);
    if (before > 0) {
      figures.push({ labelKey: "ordering.figure.yearToDate", vars: { category: category.name }, cents: before });
      figures.push({ labelKey: "ordering.figure.cumulative", vars: { category: category.name }, cents: cumulative });
    }
    if (cumulative >= low.amountCents) {
      over = true;
      if (group.totalExclCents < low.amountCents) {
        reasons.push({
          key: "ordering.check.cumulativeOver",
          vars: { category: category.name, supplier: group.supplierName },
          money: { before, cumulative, threshold: low.amountCents },
        });
      }
    }
  }

  if (over) {
    if (group.totalExclCents >= low.amountCents) {
      reasons.push({ key: "ordering.check.orderOver", money: { total: group.totalExclCents, threshold: low.amountCents } });
    }
    const negotiated = thresholdOn(thresholds, "negotiated_no_publication", day);
    const eu = thresholdOn(thresholds, "eu_supplies_sub_central", day);
    if (eu && highest >= eu.amountCents) {
      reasons.push({ key: "ordering.check.procedureEu", money: { eu: eu.amountCents } });
    } else if (negotiated && highest < negotiated.amountCents) {
      reasons.push({ key: "ordering.check.procedureNegotiated", money: { negotiated: negotiated.amountCents } });
    } else {
      reasons.push({ key: "ordering.check.procedurePublished" });
    }
    return {
      route: "blocked",
      submittable: false,
      legalBasisKey: "ordering.legalBasis.procedure",
      reasons,
      warnings,
      figures,
      procedureHref: "/raamovereenkomsten",
    };
  }

  reasons.push({
    key: "ordering.check.lowValue",
    vars: { supplier: group.supplierName },
    money: { total: highest, threshold: low.amountCents },
  });
  reasons.push({ key: "ordering.check.lowValueAdvice" });

  // Splitting is forbidden: warn (never block) when the pattern looks like it.
  if (highest >= low.amountCents * NEAR_THRESHOLD_SHARE) {
    warnings.push({ key: "ordering.check.warnNear", money: { total: highest, threshold: low.amountCents } });
  }
  for (const category of group.categories) {
    const same = history.recent.filter((order) => order.categoryId === category.id && order.sameSupplier);
    const sameSum = same.reduce((sum, order) => sum + order.totalExclCents, 0) + category.totalExclCents;
    if (same.length >= 1 && sameSum >= low.amountCents) {
      warnings.push({
        key: "ordering.check.warnSplitSupplier",
        vars: { category: category.name, count: same.length + 1, days: SPLIT_WINDOW_DAYS },
        money: { total: sameSum, threshold: low.amountCents },
      });
    }
    const all = history.recent.filter((order) => order.categoryId === category.id);
    const allSum = all.reduce((sum, order) => sum + order.totalExclCents, 0) + category.totalExclCents;
    if (all.some((order) => !order.sameSupplier) && allSum >= low.amountCents) {
      warnings.push({
        key: "ordering.check.warnSplitCategory",
        vars: { category: category.name, count: all.length + 1, days: SPLIT_WINDOW_DAYS },
        money: { total: allSum, threshold: low.amountCents },
      });
    }
  }
  return { route: "low_value", submittable: true, legalBasisKey: "ordering.legalBasis.lowValue", reasons, warnings, figures };
}

/** A finding as a sentence in the translator's language (euro amounts formatted). */
export function findingText(tr: Translator, finding: Finding): string {
  const money = Object.fromEntries(Object.entries(finding.money ?? {}).map(([key, cents]) => [key, tr.formatEuro(cents / 100)]));
  return tr.t(finding.key as MessageKey, { ...finding.vars, ...money });
}
