// Roles and permissions: one model for every tool. Client-safe (no server imports).
import type { OrganisationType } from "./types.ts";

export const GOVERNMENT_ROLES = [
  "beheerder",
  "aankoper",
  "budgethouder",
  "hr",
  "opleidingsverantwoordelijke",
  "ict_coordinator",
  "informatieveiligheidsconsulent",
  "medewerker",
] as const;

export const SUPPLIER_ROLES = ["beheerder", "verkoper"] as const;

export type Role = (typeof GOVERNMENT_ROLES)[number] | (typeof SUPPLIER_ROLES)[number];

export const ALL_ROLES: readonly Role[] = [...new Set<Role>([...GOVERNMENT_ROLES, ...SUPPLIER_ROLES])];

export function rolesFor(type: OrganisationType): readonly Role[] {
  return type === "leverancier" ? SUPPLIER_ROLES : GOVERNMENT_ROLES;
}

export const PERMISSIONS = [
  "organisation.view_members",
  "organisation.manage_members",
  "procurement.buy",
  "procurement.approve",
  "procurement.view_orders",
  "talent.manage_vacancies",
  "talent.search_profiles",
  "learning.assign_courses",
  "learning.view_progress",
  "assessment.edit",
  "assessment.view",
  "catalogue.review",
  "supplier.manage_catalogue",
  "supplier.handle_orders",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role may do in its organisation. Every active member is also "medewerker". */
const GOVERNMENT_PERMISSIONS: Record<(typeof GOVERNMENT_ROLES)[number], readonly Permission[]> = {
  beheerder: [
    "organisation.view_members",
    "organisation.manage_members",
    "procurement.view_orders",
    "assessment.view",
    "learning.view_progress",
  ],
  aankoper: ["procurement.buy", "procurement.view_orders"],
  budgethouder: ["procurement.approve", "procurement.view_orders"],
  hr: ["talent.manage_vacancies", "talent.search_profiles", "organisation.view_members"],
  opleidingsverantwoordelijke: ["learning.assign_courses", "learning.view_progress", "organisation.view_members"],
  ict_coordinator: ["assessment.edit", "assessment.view", "catalogue.review"],
  informatieveiligheidsconsulent: ["assessment.edit", "assessment.view"],
  medewerker: [],
};

const SUPPLIER_PERMISSIONS: Record<(typeof SUPPLIER_ROLES)[number], readonly Permission[]> = {
  beheerder: ["organisation.view_members", "organisation.manage_members", "supplier.manage_catalogue", "supplier.handle_orders"],
  verkoper: ["supplier.manage_catalogue", "supplier.handle_orders"],
};

export function permissionsOf(type: OrganisationType, roles: readonly string[]): Set<Permission> {
  const table = (type === "leverancier" ? SUPPLIER_PERMISSIONS : GOVERNMENT_PERMISSIONS) as Record<string, readonly Permission[]>;
  const granted = new Set<Permission>();
  for (const role of roles) for (const permission of table[role] ?? []) granted.add(permission);
  return granted;
}

export function isRoleFor(type: OrganisationType, role: string): role is Role {
  return (rolesFor(type) as readonly string[]).includes(role);
}
