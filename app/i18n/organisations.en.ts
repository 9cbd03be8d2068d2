import type { organisationsNl } from "./organisations.nl.ts";

export const organisationsEn: Record<keyof typeof organisationsNl, string> = {
  "organisations.placeholder": "—",
};
