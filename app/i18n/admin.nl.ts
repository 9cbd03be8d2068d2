// Messages of the admin pages in Dutch. Every key must exist in admin.en.ts too.
export const adminNl = {
  "admin.placeholder": "—",
} as const;
