// Client-safe constants of the identity module.
export const ORGANISATION_TYPES = [
  "gemeente",
  "ocmw",
  "politiezone",
  "provincie",
  "intergemeentelijk",
  "agb",
  "leverancier",
  "vereniging",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MEMBERSHIP_STATUSES = ["requested", "active", "refused", "ended"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const FLEMISH_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"] as const;
