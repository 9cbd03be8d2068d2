import type { oidcNl } from "./oidc.nl.ts";

export const oidcEn: Record<keyof typeof oidcNl, string> = {
  "oidc.placeholder": "—",
};
