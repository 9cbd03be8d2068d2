// Route guards of Buy IT Public ordering: the actor acts for their active organisation, where
// they must hold the permission the page needs (otherwise 403, anonymous → login).
import { forbidden, requireActor, requirePermission } from "./auth.server.ts";
import type { Actor } from "./modules/identity/index.server.ts";
import type { Permission } from "./modules/identity/shared.ts";
import type { OrderActor } from "./modules/ordering/index.server.ts";
import { requestInfoContext } from "./request-context.ts";
import type { RouterContextProvider } from "react-router";

export type OrderingGuard = {
  actor: Actor;
  organisationId: string;
  organisationName: string;
  orderActor: OrderActor;
  can: (permission: Permission) => boolean;
  /** What the ordering sub-navigation shows. */
  rights: { buy: boolean; approve: boolean; view: boolean };
};

/** The active organisation, where the actor must hold `permission`. */
export async function requireOrdering(
  request: Request,
  permission: Permission,
  context?: Readonly<RouterContextProvider>,
): Promise<OrderingGuard> {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (!organisationId) return forbidden(request);
  await requirePermission(request, organisationId, permission);
  const membership = actor.memberships.find((m) => m.organisationId === organisationId)!;
  return {
    actor,
    organisationId,
    organisationName: membership.organisationName,
    orderActor: { personId: actor.personId, organisationId, ip: context ? context.get(requestInfoContext).ip : null },
    can: (p) => membership.permissions.includes(p),
    rights: {
      buy: membership.permissions.includes("procurement.buy"),
      approve: membership.permissions.includes("procurement.approve"),
      view: membership.permissions.includes("procurement.view_orders"),
    },
  };
}
