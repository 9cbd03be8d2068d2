import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { type Permission, permissionsOf } from "./roles.ts";
import { memberships, organisations } from "./schema.ts";
import { findSession } from "./sessions.server.ts";
import type { OrganisationType } from "./types.ts";

export type ActorMembership = {
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  organisationStatus: "active" | "pending" | "refused";
  roles: string[];
  permissions: Permission[];
};

/** The logged-in person behind a request, with their active memberships and permissions. */
export type Actor = {
  personId: string;
  name: string;
  email: string | null;
  locale: string;
  isPortalAdmin: boolean;
  sessionId: string;
  memberships: ActorMembership[];
  /** The organisation picked in the header; the first membership when none is picked. */
  activeOrganisationId: string | null;
};

export async function actorFromSession(db: Db, secret: string | null | undefined): Promise<Actor | null> {
  const found = await findSession(db, secret);
  if (!found) return null;
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      organisationStatus: organisations.status,
      roles: memberships.roles,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.personId, found.person.id), eq(memberships.status, "active")))
    .orderBy(organisations.name);
  const list: ActorMembership[] = rows.map((row) => ({
    ...row,
    permissions: row.organisationStatus === "active" ? [...permissionsOf(row.organisationType, row.roles)] : [],
  }));
  const active = list.find((m) => m.organisationId === found.session.activeOrganisationId) ?? list[0];
  return {
    personId: found.person.id,
    name: found.person.name,
    email: found.person.email,
    locale: found.person.locale,
    isPortalAdmin: found.person.isPortalAdmin,
    sessionId: found.session.id,
    memberships: list,
    activeOrganisationId: active?.organisationId ?? null,
  };
}

export function membershipIn(actor: Actor | null, organisationId: string): ActorMembership | undefined {
  return actor?.memberships.find((m) => m.organisationId === organisationId);
}

/** Whether the actor holds `permission` in that organisation (an approved one). */
export function can(actor: Actor | null, organisationId: string, permission: Permission): boolean {
  return Boolean(membershipIn(actor, organisationId)?.permissions.includes(permission));
}
