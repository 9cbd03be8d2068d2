import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import { fail, type Failure, type IdentityContext, isUuid } from "./context.ts";
import { mailTemplates } from "./mail-templates.server.ts";
import { isRoleFor } from "./roles.ts";
import { memberships, organisations, people } from "./schema.ts";
import { consumeToken, createToken, peekToken } from "./tokens.server.ts";

export type Membership = typeof memberships.$inferSelect;

/** The organisations a person belongs to or asked to join, with their roles. */
export async function membershipsOf(db: Db, personId: string) {
  return db
    .select({
      id: memberships.id,
      status: memberships.status,
      roles: memberships.roles,
      requestedAt: memberships.requestedAt,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationType: organisations.type,
      organisationStatus: organisations.status,
      nisCode: organisations.nisCode,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(organisations.name));
}

/** Members and open requests of one organisation (for its admins). */
export async function membersOf(db: Db, organisationId: string) {
  return db
    .select({
      id: memberships.id,
      status: memberships.status,
      roles: memberships.roles,
      message: memberships.message,
      requestedAt: memberships.requestedAt,
      personId: people.id,
      name: people.name,
      email: people.email,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.status, ["requested", "active"])))
    .orderBy(desc(sql`${memberships.status} = 'requested'`), asc(people.name));
}

async function adminsOf(db: DbOrTx, organisationId: string) {
  return db
    .select({ id: people.id, email: people.email, locale: people.locale })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, "active"),
        sql`'beheerder' = ANY(${memberships.roles})`,
      ),
    );
}

export async function hasAdmin(db: DbOrTx, organisationId: string): Promise<boolean> {
  return (await adminsOf(db, organisationId)).length > 0;
}

/**
 * A person asks to join an organisation. Its admins are told by e-mail; an organisation without
 * admin waits for a portal admin, so nobody can claim a municipality by registering first.
 */
export async function requestMembership(
  ctx: IdentityContext,
  personId: string,
  organisationId: string,
  message?: string,
): Promise<{ ok: true } | Failure> {
  const { db } = ctx.database;
  if (!isUuid(organisationId)) return fail("membership.organisationUnknown", "organisationId");
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (organisation?.status !== "active" || organisation.type === "leverancier")
    return fail("membership.organisationUnknown", "organisationId");
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)));
    if (existing?.status === "active") return fail("membership.alreadyMember", "organisationId");
    if (existing?.status === "requested") return fail("membership.alreadyRequested", "organisationId");
    if (existing) {
      await tx
        .update(memberships)
        .set({
          status: "requested",
          roles: [],
          message: message ?? null,
          requestedAt: new Date(),
          decidedAt: null,
          decidedBy: null,
        })
        .where(eq(memberships.id, existing.id));
    } else {
      await tx.insert(memberships).values({ personId, organisationId, status: "requested", message: message ?? null });
    }
    const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, personId));
    for (const admin of await adminsOf(tx, organisationId)) {
      if (!admin.email) continue;
      const mail = mailTemplates.membershipRequested(
        admin.locale === "en" ? "en" : "nl",
        organisation.name,
        person?.name ?? "",
        `${ctx.baseUrl}/organisaties/${organisationId}/leden`,
      );
      await queueMail(tx, { to: admin.email, ...mail, template: "membership_requested" });
    }
    await recordAudit(tx, {
      actorId: personId,
      organisationId,
      ip: ctx.ip,
      action: "membership.requested",
      targetType: "person",
      targetId: personId,
    });
    return { ok: true as const };
  });
}

function validRoles(type: (typeof organisations.$inferSelect)["type"], roles: string[]): string[] | null {
  const unique = [...new Set(roles)];
  return unique.length > 0 && unique.every((role) => isRoleFor(type, role)) ? unique : null;
}

/**
 * An organisation admin (or a portal admin) approves a request with roles, or refuses it.
 * The membership must belong to `organisationId`: a tampered id finds nothing and changes nothing.
 */
export async function decideMembership(
  ctx: IdentityContext,
  actorId: string,
  organisationId: string,
  membershipId: string,
  decision: { approve: true; roles: string[] } | { approve: false },
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId) || !isUuid(membershipId)) return fail("membership.notFound");
  const { db } = ctx.database;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ membership: memberships, organisation: organisations, email: people.email, locale: people.locale })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .innerJoin(people, eq(people.id, memberships.personId))
      .where(
        and(
          eq(memberships.id, membershipId),
          eq(memberships.organisationId, organisationId),
          eq(memberships.status, "requested"),
        ),
      );
    if (!row) return fail("membership.notFound");
    const roles = decision.approve ? validRoles(row.organisation.type, decision.roles) : [];
    if (decision.approve && !roles) return fail("validation.roles.required", "roles");
    await tx
      .update(memberships)
      .set({ status: decision.approve ? "active" : "refused", roles: roles ?? [], decidedAt: new Date(), decidedBy: actorId })
      .where(eq(memberships.id, membershipId));
    if (row.email) {
      const mail = mailTemplates.membershipDecided(
        row.locale === "en" ? "en" : "nl",
        row.organisation.name,
        decision.approve,
        `${ctx.baseUrl}/account/organisaties`,
      );
      await queueMail(tx, { to: row.email, ...mail, template: "membership_decided" });
    }
    await recordAudit(tx, {
      actorId,
      organisationId,
      ip: ctx.ip,
      action: decision.approve ? "membership.approved" : "membership.refused",
      targetType: "person",
      targetId: row.membership.personId,
      details: decision.approve ? { roles } : {},
    });
    return { ok: true as const };
  });
}

/** Changes a member's roles; the last beheerder cannot lose that role. */
export async function setRoles(
  ctx: IdentityContext,
  actorId: string,
  organisationId: string,
  membershipId: string,
  roles: string[],
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId) || !isUuid(membershipId)) return fail("membership.notFound");
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ membership: memberships, organisation: organisations })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(
        and(eq(memberships.id, membershipId), eq(memberships.organisationId, organisationId), eq(memberships.status, "active")),
      );
    if (!row) return fail("membership.notFound");
    const valid = validRoles(row.organisation.type, roles);
    if (!valid) return fail("validation.roles.required", "roles");
    if (row.membership.roles.includes("beheerder") && !valid.includes("beheerder")) {
      const admins = await adminsOf(tx, organisationId);
      if (admins.length <= 1) return fail("membership.lastAdmin", "roles");
    }
    await tx.update(memberships).set({ roles: valid }).where(eq(memberships.id, membershipId));
    await recordAudit(tx, {
      actorId,
      organisationId,
      ip: ctx.ip,
      action: "membership.roles_changed",
      targetType: "person",
      targetId: row.membership.personId,
      details: { from: row.membership.roles, to: valid },
    });
    return { ok: true as const };
  });
}

/** Ends a membership (the member leaves, or an admin removes them); never the last admin. */
export async function endMembership(
  ctx: IdentityContext,
  actorId: string,
  organisationId: string,
  membershipId: string,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId) || !isUuid(membershipId)) return fail("membership.notFound");
  return ctx.database.db.transaction(async (tx) => {
    const [membership] = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.id, membershipId),
          eq(memberships.organisationId, organisationId),
          inArray(memberships.status, ["active", "requested"]),
        ),
      );
    if (!membership) return fail("membership.notFound");
    if (
      membership.status === "active" &&
      membership.roles.includes("beheerder") &&
      (await adminsOf(tx, organisationId)).length <= 1
    ) {
      return fail("membership.lastAdmin");
    }
    await tx
      .update(memberships)
      .set({ status: "ended", decidedAt: new Date(), decidedBy: actorId })
      .where(eq(memberships.id, membershipId));
    await recordAudit(tx, {
      actorId,
      organisationId,
      ip: ctx.ip,
      action: "membership.ended",
      targetType: "person",
      targetId: membership.personId,
    });
    return { ok: true as const };
  });
}

/** An organisation admin invites someone by e-mail with the roles they will have. */
export async function invite(
  ctx: IdentityContext,
  actorId: string,
  organisationId: string,
  email: string,
  roles: string[],
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId)) return fail("membership.organisationUnknown");
  const { db } = ctx.database;
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!organisation) return fail("membership.organisationUnknown");
  const valid = validRoles(organisation.type, roles);
  if (!valid) return fail("validation.roles.required", "roles");
  const [inviter] = await db.select({ name: people.name }).from(people).where(eq(people.id, actorId));
  await db.transaction(async (tx) => {
    const secret = await createToken(tx, "invitation", { email, organisationId, roles: valid, personId: null });
    const mail = mailTemplates.invitation(
      ctx.locale,
      organisation.name,
      inviter?.name ?? "VlaVirGem",
      `${ctx.baseUrl}/uitnodiging/${secret}`,
    );
    await queueMail(tx, { to: email, ...mail, locale: ctx.locale, template: "invitation" });
    await recordAudit(tx, {
      actorId,
      organisationId,
      ip: ctx.ip,
      action: "membership.invited",
      targetType: "email",
      targetId: email,
      details: { roles: valid },
    });
  });
  return { ok: true };
}

export async function peekInvitation(db: Db, secret: string) {
  const check = await peekToken(db, "invitation", secret);
  if (!check.ok) return check;
  const [organisation] = await db.select().from(organisations).where(eq(organisations.id, check.token.organisationId!));
  return { ...check, organisation };
}

/** Accepts an invitation: only the person whose verified address was invited can. */
export async function acceptInvitation(
  ctx: IdentityContext,
  personId: string,
  secret: string,
): Promise<{ ok: true; organisationId: string } | Failure> {
  return ctx.database.db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, personId));
    const peek = await peekToken(tx, "invitation", secret);
    if (!peek.ok) return fail(`token.${peek.reason}`);
    if (!person?.email || !person.emailVerifiedAt || person.email.toLowerCase() !== peek.token.email?.toLowerCase())
      return fail("membership.invitationOtherEmail");
    const check = await consumeToken(tx, "invitation", secret);
    if (!check.ok) return fail(`token.${check.reason}`);
    const organisationId = check.token.organisationId!;
    await tx
      .insert(memberships)
      .values({ personId, organisationId, status: "active", roles: check.token.roles ?? ["medewerker"], decidedAt: new Date() })
      .onConflictDoUpdate({
        target: [memberships.personId, memberships.organisationId],
        set: { status: "active", roles: check.token.roles ?? ["medewerker"], decidedAt: new Date() },
      });
    await recordAudit(tx, {
      actorId: personId,
      organisationId,
      ip: ctx.ip,
      action: "membership.invitation_accepted",
      targetType: "person",
      targetId: personId,
      details: { roles: check.token.roles },
    });
    return { ok: true as const, organisationId };
  });
}

/** A portal admin appoints an organisation admin (the only way a first admin is made). */
export async function appointAdmin(
  ctx: IdentityContext,
  adminId: string,
  organisationId: string,
  personId: string,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId) || !isUuid(personId)) return fail("membership.notFound");
  return ctx.database.db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, personId));
    const [organisation] = await tx.select().from(organisations).where(eq(organisations.id, organisationId));
    if (!person || person.erasedAt || !organisation) return fail("membership.notFound");
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)));
    const roles = [...new Set([...(existing?.status === "active" ? existing.roles : []), "beheerder"])];
    await tx
      .insert(memberships)
      .values({ personId, organisationId, status: "active", roles, decidedAt: new Date(), decidedBy: adminId })
      .onConflictDoUpdate({
        target: [memberships.personId, memberships.organisationId],
        set: { status: "active", roles, decidedAt: new Date(), decidedBy: adminId },
      });
    await recordAudit(tx, {
      actorId: adminId,
      organisationId,
      ip: ctx.ip,
      action: "membership.admin_appointed",
      targetType: "person",
      targetId: personId,
    });
    return { ok: true as const };
  });
}

/** Open requests at organisations that have no admin yet: only portal admins can decide them. */
export async function requestsWithoutAdmin(db: Db) {
  return db
    .select({
      id: memberships.id,
      requestedAt: memberships.requestedAt,
      message: memberships.message,
      personId: people.id,
      name: people.name,
      email: people.email,
      organisationId: organisations.id,
      organisationName: organisations.name,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.status, "requested"),
        sql`NOT EXISTS (SELECT 1 FROM identity.memberships a WHERE a.organisation_id = ${memberships.organisationId} AND a.status = 'active' AND 'beheerder' = ANY(a.roles))`,
      ),
    )
    .orderBy(asc(memberships.requestedAt));
}
