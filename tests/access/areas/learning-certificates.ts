// E-learning, SCORM and certificates (issue #5, part 2): authors' package pages (portal admins and
// authors), the player's JSON endpoints (POST only), SCORM content (404 for an unknown package, for
// everyone), a person's own certificates, and the public verification and Open Badges documents.
import type { AccessTable } from "../access.ts";

export const learningCertificatesAccess: AccessTable = {
  "routes/learning-scorm-packages.tsx": "admin",
  "routes/learning-scorm-package.tsx": "admin-item",
  "routes/learning-scorm-runtime-js.tsx": "public",
  "routes/learning-scorm-launch.tsx": "post-api",
  "routes/learning-scorm-commit.tsx": "post-api",
  "routes/learning-scorm-content.tsx": "missing-item",
  "routes/learning-certificates.tsx": "account",
  "routes/learning-certificate-pdf.tsx": "account-item",
  "routes/badge-credential.tsx": "account-item",
  "routes/verify.tsx": "public",
  "routes/verify-code.tsx": "missing-item",
  "routes/badge-issuer.tsx": "public",
  "routes/badge-jwks.tsx": "public",
  "routes/badge-key.tsx": "missing-item",
  "routes/badge-achievement.tsx": "missing-item",
  "routes/api-certificate.tsx": "missing-item",
};
