// Accounts, organisations, memberships and the admin console in Dutch.
export const identityNl = {
  "role.beheerder": "Beheerder",
} as const;
