// Profiles (supply): one per person, anonymous to organisations until the person consents to a
// contact. A profile hidden from an organisation does not exist for it.
import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { findPerson, membershipsOf, neighboursOf } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { loadEcf } from "./ecf.server.ts";
import { sendTalentMail } from "./mails.server.ts";
import { activeSince, isHiddenFrom } from "./matching.server.ts";
import { municipalityByNis, organisationFacts, organisationNames } from "./places.server.ts";
import { contactMessages, contactRequests, profileCompetences, profileHiddenFrom, profiles, savedSearches } from "./schema.ts";
import type { ProfileInput } from "./shared.ts";
import { fail, type Failure, isoDay, isUuid, type TalentActor } from "./util.server.ts";

export type OwnProfile = {
  id: string;
  headline: string;
  yearsExperience: number;
  availableFtePercent: number;
  availableFrom: string | null;
  contracts: string[];
  homeMunicipalityId: string;
  homeNisCode: string | null;
  homeName: string;
  maxTravelKm: number;
  salaryExpectation: number | null;
  languages: string[];
  competences: { code: string; level: number; evidence: string }[];
  hiddenFrom: { id: string; name: string }[];
  lastActiveAt: Date;
  expiresAt: Date;
};

const byEcfOrder = () => {
  const order = new Map(loadEcf().competences.map((c, i) => [c.code, i]));
  return (a: { code: string }, b: { code: string }) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0);
};

/** When a profile last active at `lastActiveAt` expires. */
export function expiryOf(lastActiveAt: Date): Date {
  const at = new Date(lastActiveAt);
  at.setUTCMonth(at.getUTCMonth() + 12);
  return at;
}

/** The person's own profile, or null. */
export async function getOwnProfile(db: Db, personId: string): Promise<OwnProfile | null> {
  const [row] = await db.select().from(profiles).where(eq(profiles.personId, personId));
  if (!row) return null;
  const comps = await db.select().from(profileCompetences).where(eq(profileCompetences.profileId, row.id));
  const hidden = await db.select().from(profileHiddenFrom).where(eq(profileHiddenFrom.profileId, row.id));
  const home = await organisationFacts(db, row.homeMunicipalityId);
  const names = await organisationNames(
    db,
    hidden.map((h) => h.organisationId),
  );
  return {
    id: row.id,
    headline: row.headline,
    yearsExperience: row.yearsExperience,
    availableFtePercent: row.availableFtePercent,
    availableFrom: isoDay(row.availableFrom),
    contracts: row.contracts,
    homeMunicipalityId: row.homeMunicipalityId,
    homeNisCode: home?.nisCode ?? null,
    homeName: home?.name ?? "",
    maxTravelKm: row.maxTravelKm,
    salaryExpectation: row.salaryExpectation,
    languages: row.languages,
    competences: comps.map((c) => ({ code: c.competenceCode, level: c.level, evidence: c.evidence })).sort(byEcfOrder()),
    hiddenFrom: hidden
      .map((h) => ({ id: h.organisationId, name: names[h.organisationId] ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl")),
    lastActiveAt: row.lastActiveAt,
    expiresAt: expiryOf(row.lastActiveAt),
  };
}

/**
 * Organisations we suggest hiding a new profile from: the person's own employers (active
 * memberships) and, for municipalities, their neighbours.
 */
export async function suggestedHiding(
  db: Db,
  personId: string,
): Promise<{ id: string; name: string; reason: "employer" | "neighbour" }[]> {
  const own = (await membershipsOf(db, personId)).filter((m) => m.status === "active" && m.organisationType !== "leverancier");
  const out = new Map<string, { id: string; name: string; reason: "employer" | "neighbour" }>();
  for (const m of own) out.set(m.organisationId, { id: m.organisationId, name: m.organisationName, reason: "employer" });
  for (const m of own) {
    for (const n of await neighboursOf(db, m.organisationId)) {
      if (!out.has(n.id)) out.set(n.id, { id: n.id, name: n.name, reason: "neighbour" });
    }
  }
  return [...out.values()];
}

/** Creates or replaces the person's profile; counts as activity (expiry starts again). */
export async function saveProfile(
  db: Db,
  personId: string,
  input: ProfileInput,
  actor: TalentActor,
  now: Date = new Date(),
): Promise<{ ok: true; id: string; created: boolean } | Failure> {
  const home = await municipalityByNis(db, input.homeNisCode);
  if (!home) return fail("talent.validation.municipality", "home");
  const hiddenIds = input.hiddenFrom.filter(isUuid);
  const known = await organisationNames(db, hiddenIds);
  if (hiddenIds.some((id) => !known[id])) return fail("talent.validation.organisation", "hideAdd");
  const result = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.personId, personId));
    const values = {
      headline: input.headline,
      yearsExperience: input.yearsExperience,
      availableFtePercent: input.availableFtePercent,
      availableFrom: input.availableFrom,
      contracts: input.contracts,
      homeMunicipalityId: home.id,
      homeLat: home.lat,
      homeLon: home.lon,
      maxTravelKm: input.maxTravelKm,
      salaryExpectation: input.salaryExpectation,
      languages: input.languages,
      lastActiveAt: now,
      expiryWarnedAt: null,
      updatedAt: now,
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await tx.update(profiles).set(values).where(eq(profiles.id, id));
    } else {
      const [row] = await tx
        .insert(profiles)
        .values({ personId, ...values, createdAt: now })
        .returning({ id: profiles.id });
      id = row!.id;
    }
    await tx.delete(profileCompetences).where(eq(profileCompetences.profileId, id));
    await tx
      .insert(profileCompetences)
      .values(
        input.competences.map((c) => ({ profileId: id, competenceCode: c.code, level: c.level, evidence: c.evidence ?? "" })),
      );
    await tx.delete(profileHiddenFrom).where(eq(profileHiddenFrom.profileId, id));
    if (hiddenIds.length)
      await tx.insert(profileHiddenFrom).values(hiddenIds.map((organisationId) => ({ profileId: id, organisationId })));
    await recordAudit(tx, {
      actorId: actor.personId,
      ip: actor.ip ?? null,
      action: existing ? "talent.profile.updated" : "talent.profile.created",
      targetType: "talent_profile",
      targetId: id,
      details: { competences: input.competences.length, hiddenFrom: hiddenIds.length },
    });
    return { id, created: !existing };
  });
  return { ok: true, ...result };
}

/** "I am still available": the profile counts as active again. */
export async function confirmProfile(db: Db, personId: string, now: Date = new Date()): Promise<boolean> {
  const rows = await db
    .update(profiles)
    .set({ lastActiveAt: now, expiryWarnedAt: null })
    .where(eq(profiles.personId, personId))
    .returning({ id: profiles.id });
  return rows.length > 0;
}

/** Everything NoITS holds about the person (GDPR access), as JSON-ready data; audited. */
export async function exportProfile(db: Db, personId: string, actor: TalentActor) {
  const profile = await getOwnProfile(db, personId);
  const searches = await db.select().from(savedSearches).where(eq(savedSearches.personId, personId));
  let contacts: unknown[] = [];
  if (profile) {
    const requests = await db.select().from(contactRequests).where(eq(contactRequests.profileId, profile.id));
    const names = await organisationNames(
      db,
      requests.map((r) => r.organisationId),
    );
    const messages = requests.length
      ? await db
          .select()
          .from(contactMessages)
          .where(
            inArray(
              contactMessages.contactId,
              requests.map((r) => r.id),
            ),
          )
      : [];
    contacts = requests.map((r) => ({
      organisation: names[r.organisationId] ?? null,
      status: r.status,
      message: r.message,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      messages: messages.filter((m) => m.contactId === r.id).map((m) => ({ from: m.side, body: m.body, at: m.createdAt })),
    }));
  }
  await recordAudit(db, {
    actorId: actor.personId,
    ip: actor.ip ?? null,
    action: "talent.profile.exported",
    targetType: "talent_profile",
    targetId: profile?.id ?? null,
  });
  return {
    exportedAt: new Date().toISOString(),
    profile: profile
      ? {
          headline: profile.headline,
          yearsExperience: profile.yearsExperience,
          availableFte: profile.availableFtePercent / 100,
          availableFrom: profile.availableFrom,
          contracts: profile.contracts,
          homeMunicipality: { nisCode: profile.homeNisCode, name: profile.homeName },
          maxTravelKm: profile.maxTravelKm,
          salaryExpectation: profile.salaryExpectation,
          languages: profile.languages,
          competences: profile.competences.map((c) => ({ code: c.code, level: `e-${c.level}`, evidence: c.evidence })),
          hiddenFrom: profile.hiddenFrom.map((h) => h.name),
          lastActiveAt: profile.lastActiveAt,
          expiresAt: profile.expiresAt,
        }
      : null,
    contacts,
    savedSearches: searches.map((s) => ({ name: s.name, kind: s.kind, criteria: s.criteria, createdAt: s.createdAt })),
  };
}

/** Erases the person's profile with its contacts and messages; audited. */
export async function eraseProfile(db: Db, personId: string, actor: TalentActor, reason: "own" | "expired" = "own") {
  return db.transaction(async (tx) => {
    const rows = await tx.delete(profiles).where(eq(profiles.personId, personId)).returning({ id: profiles.id });
    if (rows.length === 0) return false;
    await recordAudit(tx, {
      actorId: reason === "own" ? actor.personId : null,
      ip: actor.ip ?? null,
      action: reason === "own" ? "talent.profile.erased" : "talent.profile.expired",
      targetType: "talent_profile",
      targetId: rows[0]!.id,
    });
    return true;
  });
}

/** What an organisation may see of a profile: no name, no contact, no municipality; the region. */
export type AnonymousProfile = {
  id: string;
  headline: string;
  yearsExperience: number;
  competences: { code: string; level: number; evidence: string }[];
  availableFtePercent: number;
  availableFrom: string | null;
  contracts: string[];
  languages: string[];
  maxTravelKm: number;
  salaryExpectation: number | null;
  region: { arrondissement: string | null; province: string | null };
  updatedAt: Date;
};

/**
 * A profile as the organisation sees it; null when it does not exist, expired, or is hidden from
 * the organisation (indistinguishable on purpose).
 */
export async function getProfileForOrganisation(
  db: Db,
  profileId: string,
  organisationId: string,
  now: Date = new Date(),
  alsoHiddenFrom: readonly string[] = [],
): Promise<AnonymousProfile | null> {
  if (!isUuid(profileId) || !isUuid(organisationId)) return null;
  const [row] = await db.select().from(profiles).where(eq(profiles.id, profileId));
  if (!row || row.lastActiveAt < activeSince(now)) return null;
  if (await isHiddenFrom(db, profileId, organisationId, alsoHiddenFrom)) return null;
  const comps = await db.select().from(profileCompetences).where(eq(profileCompetences.profileId, row.id));
  const home = await organisationFacts(db, row.homeMunicipalityId);
  return {
    id: row.id,
    headline: row.headline,
    yearsExperience: row.yearsExperience,
    competences: comps.map((c) => ({ code: c.competenceCode, level: c.level, evidence: c.evidence })).sort(byEcfOrder()),
    availableFtePercent: row.availableFtePercent,
    availableFrom: isoDay(row.availableFrom),
    contracts: row.contracts,
    languages: row.languages,
    maxTravelKm: row.maxTravelKm,
    salaryExpectation: row.salaryExpectation,
    region: { arrondissement: home?.arrondissement ?? null, province: home?.province ?? null },
    updatedAt: row.updatedAt,
  };
}

/**
 * Expiry: profiles inactive for 11 months get a warning mail (once); profiles inactive for 12
 * months are erased. Run daily (job "talent.expire-profiles").
 */
export async function expireInactiveProfiles(
  db: Db,
  now: Date = new Date(),
  baseUrl = "",
): Promise<{ warned: number; erased: number }> {
  const warnBefore = new Date(now);
  warnBefore.setUTCMonth(warnBefore.getUTCMonth() - 11);
  const eraseBefore = activeSince(now);
  const toErase = await db.select({ personId: profiles.personId }).from(profiles).where(lt(profiles.lastActiveAt, eraseBefore));
  for (const row of toErase) await eraseProfile(db, row.personId, { personId: row.personId }, "expired");
  const toWarn = await db
    .select({ id: profiles.id, personId: profiles.personId, lastActiveAt: profiles.lastActiveAt })
    .from(profiles)
    .where(and(lt(profiles.lastActiveAt, warnBefore), isNull(profiles.expiryWarnedAt)));
  for (const row of toWarn) {
    const person = await findPerson(db, row.personId);
    await db.transaction(async (tx) => {
      await tx.update(profiles).set({ expiryWarnedAt: now }).where(eq(profiles.id, row.id));
      if (person && !person.erasedAt)
        await sendTalentMail(tx, person, "expiryWarning", {
          date: expiryOf(row.lastActiveAt).toISOString().slice(0, 10),
          url: `${baseUrl}/noits/profiel`,
        });
    });
  }
  return { warned: toWarn.length, erased: toErase.length };
}
