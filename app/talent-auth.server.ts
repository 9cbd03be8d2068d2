// Guards of the NoITS pages: HR acts for the organisation chosen in the header.
import { type Actor, can } from "./modules/identity/index.server.ts";
import type { Permission } from "./modules/identity/shared.ts";
import { forbidden, requireActor } from "./auth.server.ts";

/** The actor and their active organisation, where they must hold `permission`; otherwise 403. */
export async function requireTalentHr(
  request: Request,
  permission: Extract<Permission, "talent.manage_vacancies" | "talent.search_profiles">,
): Promise<{ actor: Actor; organisationId: string; organisationName: string }> {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (!organisationId || !can(actor, organisationId, permission)) return forbidden(request);
  const name = actor.memberships.find((m) => m.organisationId === organisationId)?.organisationName ?? "";
  return { actor, organisationId, organisationName: name };
}

/** Every organisation the actor belongs to: a profile hidden from any of them is hidden from the actor. */
export function memberOrganisationsOf(actor: Actor): string[] {
  return actor.memberships.map((m) => m.organisationId);
}

/** The organisations where the actor may look at profiles and their contacts. */
export function searchOrganisationsOf(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.permissions.includes("talent.search_profiles")).map((m) => m.organisationId);
}
