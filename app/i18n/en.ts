import { accountEn } from "./account.en.ts";
import { adminEn } from "./admin.en.ts";
import { catalogueEn } from "./catalogue.en.ts";
import { competitionsEn } from "./competitions.en.ts";
import { documentsEn } from "./documents.en.ts";
import { frameworksEn } from "./frameworks.en.ts";
import { identityEn } from "./identity.en.ts";
import { learningCertificatesEn } from "./learning-certificates.en.ts";
import { learningEn } from "./learning.en.ts";
import type { MessageKey } from "./nl.ts";
import { oidcEn } from "./oidc.en.ts";
import { orderingEn } from "./ordering.en.ts";
import { organisationsEn } from "./organisations.en.ts";
import { shellEn } from "./shell.en.ts";
import { supplierEn } from "./supplier.en.ts";
import { talentRegionEn } from "./talent-region.en.ts";
import { talentEn } from "./talent.en.ts";

// English: the same keys as nl.ts, gathered from the same areas.
export const en: Record<MessageKey, string> = {
  ...shellEn,
  ...competitionsEn,
  ...identityEn,
  ...accountEn,
  ...organisationsEn,
  ...adminEn,
  ...oidcEn,
  ...catalogueEn,
  ...frameworksEn,
  ...supplierEn,
  ...orderingEn,
  ...documentsEn,
  ...talentRegionEn,
  ...talentEn,
  ...learningEn,
  ...learningCertificatesEn,
};
