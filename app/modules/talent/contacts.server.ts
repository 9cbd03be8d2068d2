// Contact with consent: HR asks to contact an anonymous profile; the professional accepts or
// declines; only on accept does the organisation (and only that one) see who it is; then messages.
// Every step is in the audit log; mails go through the platform's queue.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { findPerson } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { sendTalentMail } from "./mails.server.ts";
import { organisationNames } from "./places.server.ts";
import { getProfileForOrganisation } from "./profiles.server.ts";
import { contactMessages, contactRequests, profiles, vacancies } from "./schema.ts";
import type { ContactStatus } from "./shared.ts";
import { fail, type Failure, isUuid, type TalentActor } from "./util.server.ts";

/** HR of `organisationId` asks to contact a profile. A hidden profile is "not found". */
export async function requestContact(
  db: Db,
  input: { organisationId: string; profileId: string; vacancyId?: string; message: string; alsoHiddenFrom?: readonly string[] },
  actor: TalentActor,
  baseUrl = "",
): Promise<{ ok: true; id: string } | Failure> {
  const profile = await getProfileForOrganisation(db, input.profileId, input.organisationId, new Date(), input.alsoHiddenFrom);
  if (!profile) return fail("talent.profile.notFound");
  if (input.vacancyId) {
    const [vacancy] = await db
      .select({ id: vacancies.id })
      .from(vacancies)
      .where(and(eq(vacancies.id, input.vacancyId), eq(vacancies.organisationId, input.organisationId)));
    if (!vacancy) return fail("talent.validation.vacancy", "vacancyId");
  }
  const [pending] = await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.profileId, input.profileId),
        eq(contactRequests.organisationId, input.organisationId),
        eq(contactRequests.status, "pending"),
      ),
    );
  if (pending) return fail("talent.contact.alreadyPending");
  const [owner] = await db.select({ personId: profiles.personId }).from(profiles).where(eq(profiles.id, input.profileId));
  const person = owner ? await findPerson(db, owner.personId) : undefined;
  const names = await organisationNames(db, [input.organisationId]);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactRequests)
      .values({
        profileId: input.profileId,
        organisationId: input.organisationId,
        vacancyId: input.vacancyId ?? null,
        requestedBy: actor.personId,
        message: input.message,
      })
      .returning({ id: contactRequests.id });
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: input.organisationId,
      ip: actor.ip ?? null,
      action: "talent.contact.requested",
      targetType: "talent_profile",
      targetId: input.profileId,
      details: { contactId: row!.id, vacancyId: input.vacancyId ?? null },
    });
    if (person)
      await sendTalentMail(tx, person, "contactRequested", {
        organisation: names[input.organisationId] ?? "",
        url: `${baseUrl}/noits/contacten/${row!.id}`,
      });
    return row!.id;
  });
  return { ok: true, id };
}

export type ContactSummary = {
  id: string;
  organisationId: string;
  organisationName: string;
  vacancyTitle: string | null;
  status: ContactStatus;
  createdAt: Date;
  decidedAt: Date | null;
};

async function summaries(db: Db, rows: (typeof contactRequests.$inferSelect)[]): Promise<ContactSummary[]> {
  const names = await organisationNames(db, [...new Set(rows.map((r) => r.organisationId))]);
  const vacancyIds = rows.map((r) => r.vacancyId).filter((v): v is string => Boolean(v));
  const titles = vacancyIds.length
    ? await db.select({ id: vacancies.id, title: vacancies.title }).from(vacancies).where(inArray(vacancies.id, vacancyIds))
    : [];
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    organisationName: names[r.organisationId] ?? "",
    vacancyTitle: titles.find((t) => t.id === r.vacancyId)?.title ?? null,
    status: r.status as ContactStatus,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}

/** Requests to the person's profile, newest first. */
export async function listContactsForProfessional(db: Db, personId: string): Promise<ContactSummary[]> {
  const [profile] = await db.select({ id: profiles.id }).from(profiles).where(eq(profiles.personId, personId));
  if (!profile) return [];
  const rows = await db
    .select()
    .from(contactRequests)
    .where(eq(contactRequests.profileId, profile.id))
    .orderBy(desc(contactRequests.createdAt));
  return summaries(db, rows);
}

/** The organisation's requests, newest first; those to profiles now hidden from it are left out. */
export async function listContactsForOrganisation(db: Db, organisationId: string, alsoHiddenFrom: readonly string[] = []) {
  if (!isUuid(organisationId)) return [];
  const rows = await db
    .select()
    .from(contactRequests)
    .where(eq(contactRequests.organisationId, organisationId))
    .orderBy(desc(contactRequests.createdAt));
  const visible: (typeof contactRequests.$inferSelect)[] = [];
  for (const row of rows)
    if (await getProfileForOrganisation(db, row.profileId, organisationId, new Date(), alsoHiddenFrom)) visible.push(row);
  const list = await summaries(db, visible);
  return list.map((s, i) => ({ ...s, profileId: visible[i]!.profileId }));
}

/**
 * Who looks at a contact: the professional, or HR of the organisation (`organisationIds`: where
 * they may see profiles; `memberOf`: every organisation they belong to, whose hiding counts too).
 */
export type ContactViewer = { personId: string; organisationIds: readonly string[]; memberOf?: readonly string[] };

export type ContactThread = ContactSummary & {
  side: "professional" | "organisation";
  profileId: string;
  message: string;
  /** Name and e-mail of the professional: only for the organisation, only once accepted. */
  identity: { name: string; email: string | null } | null;
  messages: { id: string; side: "organisation" | "professional"; body: string; createdAt: Date; mine: boolean }[];
};

/** A contact as the viewer may see it; null when the viewer is neither side (or the profile is hidden). */
export async function getContact(db: Db, contactId: string, viewer: ContactViewer): Promise<ContactThread | null> {
  if (!isUuid(contactId)) return null;
  const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, contactId));
  if (!row) return null;
  const [profile] = await db.select().from(profiles).where(eq(profiles.id, row.profileId));
  if (!profile) return null;
  let side: "professional" | "organisation";
  if (profile.personId === viewer.personId) side = "professional";
  else if (viewer.organisationIds.includes(row.organisationId)) {
    // Hidden now means gone for the organisation, also for an earlier contact.
    if (!(await getProfileForOrganisation(db, row.profileId, row.organisationId, new Date(), viewer.memberOf))) return null;
    side = "organisation";
  } else return null;
  const [summary] = await summaries(db, [row]);
  let identity: ContactThread["identity"] = null;
  if (side === "organisation" && row.status === "accepted") {
    const person = await findPerson(db, profile.personId);
    if (person && !person.erasedAt) identity = { name: person.name, email: person.email };
  }
  const messages = await db
    .select()
    .from(contactMessages)
    .where(eq(contactMessages.contactId, row.id))
    .orderBy(asc(contactMessages.createdAt));
  return {
    ...summary!,
    side,
    profileId: row.profileId,
    message: row.message,
    identity,
    messages: messages.map((m) => ({
      id: m.id,
      side: m.side as "organisation" | "professional",
      body: m.body,
      createdAt: m.createdAt,
      mine: m.side === side,
    })),
  };
}

/** The professional accepts or declines a pending request. */
export async function decideContact(
  db: Db,
  contactId: string,
  personId: string,
  accept: boolean,
  actor: TalentActor,
  baseUrl = "",
): Promise<{ ok: true } | Failure> {
  const thread = await getContact(db, contactId, { personId, organisationIds: [] });
  if (thread?.side !== "professional") return fail("talent.contact.notFound");
  if (thread.status !== "pending") return fail("talent.contact.alreadyDecided");
  const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, contactId));
  const requester = row?.requestedBy ? await findPerson(db, row.requestedBy) : undefined;
  await db.transaction(async (tx) => {
    await tx
      .update(contactRequests)
      .set({ status: accept ? "accepted" : "declined", decidedAt: new Date() })
      .where(and(eq(contactRequests.id, contactId), eq(contactRequests.status, "pending")));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: thread.organisationId,
      ip: actor.ip ?? null,
      action: accept ? "talent.contact.accepted" : "talent.contact.declined",
      targetType: "talent_contact",
      targetId: contactId,
    });
    if (requester && !requester.erasedAt)
      await sendTalentMail(tx, requester, "contactDecided", { accepted: accept, url: `${baseUrl}/noits/contacten/${contactId}` });
  });
  return { ok: true };
}

/** A message on an accepted contact, by either side. */
export async function postMessage(
  db: Db,
  contactId: string,
  viewer: ContactViewer,
  body: string,
  actor: TalentActor,
  baseUrl = "",
): Promise<{ ok: true } | Failure> {
  const thread = await getContact(db, contactId, viewer);
  if (!thread) return fail("talent.contact.notFound");
  if (thread.status !== "accepted") return fail("talent.contact.notAccepted");
  const [row] = await db.select().from(contactRequests).where(eq(contactRequests.id, contactId));
  const [profile] = await db.select().from(profiles).where(eq(profiles.id, row!.profileId));
  const otherId = thread.side === "organisation" ? profile?.personId : row?.requestedBy;
  const other = otherId ? await findPerson(db, otherId) : undefined;
  await db.transaction(async (tx) => {
    await tx.insert(contactMessages).values({ contactId, senderId: actor.personId, side: thread.side, body });
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: thread.organisationId,
      ip: actor.ip ?? null,
      action: "talent.contact.message",
      targetType: "talent_contact",
      targetId: contactId,
      details: { side: thread.side, length: body.length },
    });
    if (other && !other.erasedAt)
      await sendTalentMail(tx, other, "newMessage", { url: `${baseUrl}/noits/contacten/${contactId}` });
  });
  return { ok: true };
}
