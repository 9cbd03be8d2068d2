import type { identityNl } from "./identity.nl.ts";

export const identityEn: Record<keyof typeof identityNl, string> = {
  "role.beheerder": "Administrator",
};
