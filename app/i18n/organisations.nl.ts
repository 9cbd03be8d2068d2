// Messages of the organisations pages in Dutch. Every key must exist in organisations.en.ts too.
export const organisationsNl = {
  "organisations.placeholder": "—",
} as const;
