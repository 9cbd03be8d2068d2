import type { adminNl } from "./admin.nl.ts";

export const adminEn: Record<keyof typeof adminNl, string> = {
  "admin.placeholder": "—",
};
