// Messages of the oidc pages in Dutch. Every key must exist in oidc.en.ts too.
export const oidcNl = {
  "oidc.placeholder": "—",
} as const;
