// Dutch (nl-BE) is the portal's first language. Messages live per area in <area>.nl.ts and
// <area>.en.ts; every key must exist in both (the types and app/i18n/i18n.test.ts check it).
import { accountNl } from "./account.nl.ts";
import { adminNl } from "./admin.nl.ts";
import { catalogueNl } from "./catalogue.nl.ts";
import { competitionsNl } from "./competitions.nl.ts";
import { documentsNl } from "./documents.nl.ts";
import { frameworksNl } from "./frameworks.nl.ts";
import { identityNl } from "./identity.nl.ts";
import { learningCertificatesNl } from "./learning-certificates.nl.ts";
import { learningNl } from "./learning.nl.ts";
import { oidcNl } from "./oidc.nl.ts";
import { orderingNl } from "./ordering.nl.ts";
import { organisationsNl } from "./organisations.nl.ts";
import { shellNl } from "./shell.nl.ts";
import { supplierNl } from "./supplier.nl.ts";
import { talentRegionNl } from "./talent-region.nl.ts";
import { talentNl } from "./talent.nl.ts";

export const nl = {
  ...shellNl,
  ...competitionsNl,
  ...identityNl,
  ...accountNl,
  ...organisationsNl,
  ...adminNl,
  ...oidcNl,
  ...catalogueNl,
  ...frameworksNl,
  ...supplierNl,
  ...orderingNl,
  ...documentsNl,
  ...talentRegionNl,
  ...talentNl,
  ...learningNl,
  ...learningCertificatesNl,
} as const;

export type MessageKey = keyof typeof nl;
