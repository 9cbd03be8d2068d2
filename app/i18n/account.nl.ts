// Messages of the account pages in Dutch. Every key must exist in account.en.ts too.
export const accountNl = {
  "account.placeholder": "—",
} as const;
