// The legal check as plain Dutch text, kept with the order for its procurement file and PDFs.
import { translator, type MessageKey } from "../../i18n/index.ts";
import type { DocumentRoute } from "./documents/types.ts";
import { findingText, type LegalCheck } from "./legal-check.ts";
import type { OrderRoute } from "./shared.ts";

export function documentRouteOf(check: LegalCheck, route: OrderRoute): DocumentRoute {
  const nl = translator("nl");
  return {
    kind: route,
    legalBasis: nl.t(check.legalBasisKey as MessageKey),
    explanation: check.reasons.map((finding) => findingText(nl, finding)),
    figures: check.figures.map((figure) => ({
      label: nl.t(figure.labelKey as MessageKey, figure.vars),
      value: nl.formatEuro(figure.cents / 100),
    })),
    warnings: check.warnings.map((finding) => findingText(nl, finding)),
  };
}
