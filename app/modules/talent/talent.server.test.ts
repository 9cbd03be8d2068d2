import { beforeAll, describe, expect, it } from "vitest";
import { createMembership, createPerson } from "../../../tests/factories/identity.ts";
import {
  createOpenVacancy,
  createProfessional,
  inDays,
  municipalityId,
  profileFields,
  vacancyFields,
} from "../../../tests/factories/talent.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { erasePerson, seedRegistry } from "../identity/index.server.ts";
import {
  ApiVacancyList,
  apiListVacancies,
  competenceSpans,
  countMatchingProfiles,
  createSavedSearch,
  listSavedSearches,
  sendSavedSearchDigests,
  createVacancy,
  decideContact,
  demandOf,
  explainMatch,
  exportProfile,
  eraseProfile,
  expireInactiveProfiles,
  getContact,
  getProfileForOrganisation,
  getPublicVacancy,
  getVacancyOf,
  listOpenVacancies,
  listRoleProfiles,
  loadEcf,
  matchesForPerson,
  postMessage,
  rankProfileIds,
  rankProfilesForDemand,
  requestContact,
  saveProfile,
  setRoleProfileCompetences,
  setVacancyStatus,
  suggestedHiding,
  syncEcf,
  todayInBrussels,
  updateVacancy,
} from "./index.server.ts";
import { profileFormSchema, savedSearchSchema, vacancyFormSchema } from "./shared.ts";

let database: DatabaseHandle;
let zoersel: string;
let bkz: string;
let schilde: string;
let hr: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedRegistry(database.db);
  await syncEcf(database.db);
  zoersel = await municipalityId(database.db, "11055");
  bkz = await municipalityId(database.db, "46030");
  schilde = await municipalityId(database.db, "11039");
  hr = (await createPerson(database.db)).id;
}, 60_000);

const parseVacancy = (fields: Record<string, string>) =>
  vacancyFormSchema(competenceSpans(), todayInBrussels()).safeParse(fields);
/** Field errors as the forms show them: the first message per field. */
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
};

describe("e-CF 4.0 reference data", () => {
  it("has 5 areas, 41 competences with their spans and 30 role profiles, synced idempotently", async () => {
    const ecf = loadEcf();
    expect(ecf.areas.map((a) => a.code)).toEqual(["A", "B", "C", "D", "E"]);
    expect(ecf.competences).toHaveLength(41);
    expect(ecf.roleProfiles).toHaveLength(30);
    expect(competenceSpans().get("A.10")).toEqual([2, 4]);
    expect(competenceSpans().get("D.7")).toEqual([2, 5]);
    expect(competenceSpans().get("A.1")).toEqual([4, 5]);
    await syncEcf(database.db);
    const counts = await database.query<{ c: number; r: number; a: number }>(
      "SELECT (SELECT count(*)::int FROM talent.ecf_competences) c, (SELECT count(*)::int FROM talent.role_profiles) r, (SELECT count(*)::int FROM talent.ecf_areas) a",
    );
    expect(counts[0]).toEqual({ c: 41, r: 30, a: 5 });
    const [d10] = await database.query<{ title_nl: string; min_level: number; max_level: number }>(
      "SELECT title_nl, min_level, max_level FROM talent.ecf_competences WHERE code = 'D.10'",
    );
    expect(d10).toEqual({ title_nl: "Informatie- en kennisbeheer", min_level: 3, max_level: 5 });
  });

  it("lets an admin attach typical competences within their span, audited, and keeps them on a resync", async () => {
    const admin = (await createPerson(database.db, { isPortalAdmin: true })).id;
    expect(await setRoleProfileCompetences(database.db, 11, [{ code: "E.8", level: 5 }], { personId: admin })).toEqual({
      ok: false,
      error: "talent.validation.levelOutsideSpan",
    });
    expect(
      await setRoleProfileCompetences(
        database.db,
        11,
        [
          { code: "E.8", level: 4 },
          { code: "D.1", level: 4 },
        ],
        { personId: admin },
      ),
    ).toEqual({ ok: true });
    await syncEcf(database.db);
    const manager = (await listRoleProfiles(database.db)).find((p) => p.id === 11);
    expect(manager?.nameNl).toBe("Informatieveiligheidsmanager");
    expect(manager?.competences).toEqual([
      { code: "D.1", level: 4 },
      { code: "E.8", level: 4 },
    ]);
    const audit = await database.query(
      "SELECT action FROM platform.audit_log WHERE target_type = 'role_profile' AND target_id = '11'",
    );
    expect(audit).toHaveLength(1);
  });
});

describe("vacancy validation", () => {
  it("accepts a valid vacancy", () => {
    const parsed = parseVacancy(
      vacancyFields(
        {},
        [
          ["E.8", 3],
          ["D.10", 3],
        ],
        [["D.1", 4]],
      ),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      ftePercent: 50,
      required: [
        { code: "E.8", level: 3 },
        { code: "D.10", level: 3 },
      ],
    });
  });

  it("refuses a level outside the competence's span, FTE 0 or above 1, salary min above max, a past closing date and unknown codes", () => {
    expect(errorsOf(parseVacancy(vacancyFields({}, [["A.1", 3]])))).toEqual({
      req_level_0: "talent.validation.levelOutsideSpan",
    });
    expect(errorsOf(parseVacancy(vacancyFields({ fte: "0" })))).toEqual({ fte: "talent.validation.fte" });
    expect(errorsOf(parseVacancy(vacancyFields({ fte: "1,2" })))).toEqual({ fte: "talent.validation.fte" });
    expect(errorsOf(parseVacancy(vacancyFields({ fte: "0,05" })))).toEqual({ fte: "talent.validation.fte" });
    expect(errorsOf(parseVacancy(vacancyFields({ salaryMin: "5000", salaryMax: "4000" })))).toEqual({
      salaryMax: "talent.validation.salaryOrder",
    });
    expect(errorsOf(parseVacancy(vacancyFields({ closesOn: inDays(-1) })))).toEqual({
      closesOn: "talent.validation.closesOnPast",
    });
    expect(errorsOf(parseVacancy(vacancyFields({}, [["F.1", 3]])))).toEqual({
      req_code_0: "talent.validation.unknownCompetence",
    });
    expect(errorsOf(parseVacancy(vacancyFields({}, [])))).toEqual({ req_code_0: "talent.validation.requiredCompetence" });
    // Every problem at once, so that a form needs one correction round, not several.
    expect(
      errorsOf(
        parseVacancy(vacancyFields({ fte: "0", salaryMin: "5000", salaryMax: "4000", closesOn: inDays(-1) }, [["A.1", 3]])),
      ),
    ).toEqual({
      fte: "talent.validation.fte",
      closesOn: "talent.validation.closesOnPast",
      salaryMax: "talent.validation.salaryOrder",
      req_level_0: "talent.validation.levelOutsideSpan",
    });
  });

  it("stores nothing when the place is unknown, and nothing of another organisation can be changed", async () => {
    const before = await database.query<{ n: number }>("SELECT count(*)::int n FROM talent.vacancies");
    const input = parseVacancy(vacancyFields({ place: "99999" }));
    expect(input.success).toBe(true);
    expect(await createVacancy(database.db, zoersel, input.data!, { personId: hr })).toEqual({
      ok: false,
      error: "talent.validation.municipality",
      field: "place",
    });
    const after = await database.query<{ n: number }>("SELECT count(*)::int n FROM talent.vacancies");
    expect(after[0]!.n).toBe(before[0]!.n);

    const id = await createOpenVacancy(database.db, zoersel, hr, vacancyFields({ title: "Van Zoersel" }), false);
    const changed = parseVacancy(vacancyFields({ title: "Overgenomen" }));
    expect(await updateVacancy(database.db, bkz, id, changed.data!, { personId: hr })).toMatchObject({ ok: false });
    expect(await setVacancyStatus(database.db, bkz, id, "open", { personId: hr })).toMatchObject({ ok: false });
    expect((await getVacancyOf(database.db, zoersel, id))?.title).toBe("Van Zoersel");
    expect(await getVacancyOf(database.db, bkz, id)).toBeUndefined();
  });

  it("is public only once open, and leaves the public list when filled", async () => {
    const id = await createOpenVacancy(database.db, zoersel, hr, vacancyFields({ title: "Publiek" }), false);
    expect(await getPublicVacancy(database.db, id)).toBeUndefined();
    expect(await setVacancyStatus(database.db, zoersel, id, "filled", { personId: hr })).toMatchObject({
      ok: false,
      error: "talent.vacancy.badTransition",
    });
    expect(await setVacancyStatus(database.db, zoersel, id, "open", { personId: hr })).toEqual({ ok: true });
    const published = await getPublicVacancy(database.db, id);
    expect(published).toMatchObject({ title: "Publiek", status: "open", placeName: "Zoersel", ftePercent: 50 });
    expect((await listOpenVacancies(database.db, { pageSize: 500 })).items.map((v) => v.id)).toContain(id);
    expect(await setVacancyStatus(database.db, zoersel, id, "filled", { personId: hr })).toEqual({ ok: true });
    expect(await getPublicVacancy(database.db, id)).toBeUndefined();
    const audit = await database.query<{ action: string }>(
      "SELECT action FROM platform.audit_log WHERE target_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(["talent.vacancy.created", "talent.vacancy.published", "talent.vacancy.filled"]);
  });
});

describe("explainable matching", () => {
  const demand = {
    required: [
      { code: "A.5", level: 3 },
      { code: "E.8", level: 3 },
      { code: "D.10", level: 3 },
      { code: "B.1", level: 2 },
    ],
    optional: [{ code: "C.4", level: 3 }],
    ftePercent: 40,
    contract: "contractueel",
    startsOn: null,
    lat: 51.26,
    lon: 4.6,
  };

  it("scores met, one level short and missing competences, distance, availability and contract", () => {
    const reasons = explainMatch(demand, {
      competences: new Map([
        ["A.5", 3],
        ["E.8", 4],
        ["D.10", 2],
        ["C.4", 3],
      ]),
      availableFtePercent: 50,
      availableFrom: null,
      contracts: ["contractueel"],
      homeLat: 51.26,
      homeLon: 4.75,
      maxTravelKm: 20,
    });
    expect(reasons.competences.map((c) => `${c.code}:${c.outcome}`)).toEqual([
      "A.5:met",
      "E.8:met",
      "D.10:short",
      "B.1:missing",
      "C.4:met",
    ]);
    expect(reasons).toMatchObject({ requiredMet: 2, requiredTotal: 4, distanceKm: 10, withinTravel: true, contractFits: true });
    // 60 × 2.5/4 + 10 + 15 + 10 + 5
    expect(reasons.score).toBe(78);
  });

  it("ranks visible profiles in SQL with the same scores as the explanation, leaving hidden ones out of list and count", async () => {
    const org = bkz;
    const own = await createOpenVacancy(
      database.db,
      org,
      hr,
      vacancyFields(
        { place: "46030", title: "Matchtest" },
        [
          ["A.5", 4],
          ["E.9", 4],
        ],
        [["B.6", 3]],
      ),
    );
    const vacancy = (await getVacancyOf(database.db, org, own))!;
    const strong = await createProfessional(
      database.db,
      profileFields({ home: "46030" }, [
        ["A.5", 4],
        ["E.9", 5],
        ["B.6", 3],
      ]),
    );
    const short = await createProfessional(
      database.db,
      profileFields({ home: "44021", availableFte: "0,5" }, [
        ["A.5", 3],
        ["E.9", 4],
      ]),
    );
    const weak = await createProfessional(database.db, profileFields({}, [["A.5", 3]]));
    const hidden = await createProfessional(
      database.db,
      profileFields({ home: "46030", hiddenFrom: [org] }, [
        ["A.5", 5],
        ["E.9", 5],
        ["B.6", 4],
      ]),
    );
    const ranked = await rankProfilesForDemand(database.db, demandOf(vacancy), org);
    const ids = ranked.map((r) => r.profileId);
    expect(ids.slice(0, 2)).toEqual([strong.profileId, short.profileId]);
    expect(ids).not.toContain(weak.profileId); // one short of two required is a quarter: no match
    expect(ids).not.toContain(hidden.profileId);
    expect(await countMatchingProfiles(database.db, demandOf(vacancy), org)).toBe(2);
    // The same vacancy demand seen from Zoersel counts the hidden profile too.
    expect(await countMatchingProfiles(database.db, demandOf(vacancy), zoersel)).toBe(3);
    // Someone acting for Zoersel who also belongs to BKZ does not see what BKZ may not see.
    expect(await countMatchingProfiles(database.db, demandOf(vacancy), zoersel, new Date(), [org])).toBe(2);
    const sqlScores = await rankProfileIds(database.db, demandOf(vacancy), org);
    for (const r of ranked) expect(sqlScores.find((s) => s.id === r.profileId)?.score).toBe(r.reasons.score);
    expect(ranked[0]!.reasons).toMatchObject({ requiredMet: 2, requiredTotal: 2, withinTravel: true });
    expect(ranked[1]!.reasons.competences.map((c) => c.outcome)).toEqual(["short", "met", "missing"]);

    const mine = await matchesForPerson(database.db, short.person.id);
    expect(mine?.matches.map((m) => m.vacancy.id)).toContain(own);
  });
});

describe("profiles and hiding", () => {
  it("suggests the employer and its neighbours, and a hidden profile does not exist for them", async () => {
    const person = await createPerson(database.db);
    await createMembership(database.db, person.id, zoersel);
    const suggestions = await suggestedHiding(database.db, person.id);
    expect(suggestions.find((s) => s.id === zoersel)?.reason).toBe("employer");
    expect(suggestions.find((s) => s.id === schilde)?.reason).toBe("neighbour");
    expect(suggestions.some((s) => s.id === bkz)).toBe(false);

    const parsed = profileFormSchema(competenceSpans()).parse(profileFields({ hiddenFrom: [zoersel] }));
    const saved = await saveProfile(database.db, person.id, parsed, { personId: person.id });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : "";
    expect(await getProfileForOrganisation(database.db, id, zoersel)).toBeNull();
    const seen = await getProfileForOrganisation(database.db, id, bkz);
    expect(seen).toMatchObject({ headline: "Informatieveiligheid", region: { arrondissement: "Antwerpen" } });
    expect(JSON.stringify(seen)).not.toContain(person.email);
    expect(JSON.stringify(seen)).not.toContain(person.name);
    expect(JSON.stringify(seen)).not.toContain(person.id);
    // HR of BKZ who also works at Zoersel: Zoersel's hiding counts for them too.
    expect(await getProfileForOrganisation(database.db, id, bkz, new Date(), [bkz, zoersel])).toBeNull();
    // Contacting it from Zoersel behaves as if it did not exist, and stores nothing.
    expect(
      await requestContact(database.db, { organisationId: zoersel, profileId: id, message: "Hallo" }, { personId: hr }),
    ).toEqual({
      ok: false,
      error: "talent.profile.notFound",
    });
    const stored = await database.query("SELECT 1 FROM talent.contact_requests WHERE profile_id = $1", [id]);
    expect(stored).toHaveLength(0);
  });

  it("refuses a level outside the span in a profile", () => {
    const result = profileFormSchema(competenceSpans()).safeParse(profileFields({}, [["E.9", 2]]));
    expect(errorsOf(result)).toEqual({ comp_level_0: "talent.validation.levelOutsideSpan" });
  });

  it("exports and erases a profile, audited", async () => {
    const { person, profileId } = await createProfessional(database.db);
    const data = await exportProfile(database.db, person.id, { personId: person.id });
    expect(data.profile).toMatchObject({ headline: "Informatieveiligheid", competences: [{ code: "E.8", level: "e-3" }] });
    expect(await eraseProfile(database.db, person.id, { personId: person.id })).toBe(true);
    expect(await getProfileForOrganisation(database.db, profileId, bkz)).toBeNull();
    const audit = await database.query<{ action: string }>(
      "SELECT action FROM platform.audit_log WHERE target_id = $1 ORDER BY id",
      [profileId],
    );
    expect(audit.map((a) => a.action)).toEqual(["talent.profile.created", "talent.profile.exported", "talent.profile.erased"]);
  });

  it("warns a month before expiry and erases after 12 months without activity", async () => {
    const { person, profileId } = await createProfessional(database.db);
    const now = new Date();
    const in11 = new Date(now);
    in11.setUTCMonth(in11.getUTCMonth() + 11);
    in11.setUTCDate(in11.getUTCDate() + 1);
    const first = await expireInactiveProfiles(database.db, in11, "https://portal.test");
    expect(first.warned).toBeGreaterThanOrEqual(1);
    const mails = await database.query<{ subject: string }>("SELECT subject FROM platform.outbox WHERE to_address = $1", [
      person.email,
    ]);
    expect(mails.map((m) => m.subject)).toEqual(["NoITS: uw profiel vervalt over een maand"]);
    // A second run does not warn again.
    await expireInactiveProfiles(database.db, in11);
    expect(await database.query("SELECT 1 FROM platform.outbox WHERE to_address = $1", [person.email])).toHaveLength(1);
    const in12 = new Date(now);
    in12.setUTCMonth(in12.getUTCMonth() + 12);
    in12.setUTCDate(in12.getUTCDate() + 1);
    expect((await expireInactiveProfiles(database.db, in12)).erased).toBeGreaterThanOrEqual(1);
    expect(await database.query("SELECT 1 FROM talent.profiles WHERE id = $1", [profileId])).toHaveLength(0);
  });
});

describe("contact with consent", () => {
  it("shows the identity only after acceptance, only to that organisation, and audits every step", async () => {
    const { person, profileId } = await createProfessional(database.db);
    const requester = await createPerson(database.db);
    const asked = await requestContact(
      database.db,
      { organisationId: bkz, profileId, message: "Wij zoeken iemand zoals u." },
      { personId: requester.id },
    );
    expect(asked.ok).toBe(true);
    const contactId = asked.ok ? asked.id : "";
    expect(
      await requestContact(database.db, { organisationId: bkz, profileId, message: "Nog eens" }, { personId: requester.id }),
    ).toMatchObject({ ok: false, error: "talent.contact.alreadyPending" });

    const hrView = await getContact(database.db, contactId, { personId: requester.id, organisationIds: [bkz] });
    expect(hrView).toMatchObject({ side: "organisation", status: "pending", identity: null });
    expect(await getContact(database.db, contactId, { personId: requester.id, organisationIds: [zoersel] })).toBeNull();
    expect(
      await postMessage(database.db, contactId, { personId: requester.id, organisationIds: [bkz] }, "Hallo?", {
        personId: requester.id,
      }),
    ).toMatchObject({
      ok: false,
      error: "talent.contact.notAccepted",
    });
    // Someone else cannot decide for the professional.
    expect(await decideContact(database.db, contactId, requester.id, true, { personId: requester.id })).toMatchObject({
      ok: false,
    });

    expect(await decideContact(database.db, contactId, person.id, true, { personId: person.id })).toEqual({ ok: true });
    const after = await getContact(database.db, contactId, { personId: requester.id, organisationIds: [bkz] });
    expect(after?.identity).toEqual({ name: person.name, email: person.email });
    const own = await getContact(database.db, contactId, { personId: person.id, organisationIds: [] });
    expect(own).toMatchObject({ side: "professional", identity: null, organisationName: "Beveren-Kruibeke-Zwijndrecht" });

    expect(
      await postMessage(database.db, contactId, { personId: person.id, organisationIds: [] }, "Graag!", { personId: person.id }),
    ).toEqual({
      ok: true,
    });
    const thread = await getContact(database.db, contactId, { personId: requester.id, organisationIds: [bkz] });
    expect(thread?.messages.map((m) => [m.side, m.body, m.mine])).toEqual([["professional", "Graag!", false]]);

    const audit = await database.query<{ action: string }>(
      "SELECT action FROM platform.audit_log WHERE target_id IN ($1, $2) AND action LIKE 'talent.contact.%' ORDER BY id",
      [profileId, contactId],
    );
    expect(audit.map((a) => a.action)).toEqual(["talent.contact.requested", "talent.contact.accepted", "talent.contact.message"]);
    const mails = await database.query<{ to_address: string }>(
      "SELECT to_address FROM platform.outbox WHERE template LIKE 'talent.contact%' AND to_address IN ($1, $2) ORDER BY id",
      [person.email, requester.email],
    );
    expect(mails.map((m) => m.to_address)).toEqual([person.email, requester.email]);
  });
});

describe("saved searches and the daily digest", () => {
  it("mails what is new since the last digest, once, and leaves out hidden profiles and people no longer HR", async () => {
    const seeker = await createPerson(database.db);
    const recruiter = await createPerson(database.db);
    await createMembership(database.db, recruiter.id, bkz, ["hr"]);
    const formerHr = await createPerson(database.db);
    await createMembership(database.db, formerHr.id, bkz, ["medewerker"]);
    const spans = competenceSpans();
    const vacancySearch = savedSearchSchema(spans).parse({
      name: "Veiligheid",
      kind: "vacancies",
      s_code_0: "E.6",
      s_level_0: "3",
      near: "11055",
      radiusKm: "30",
    });
    const profileSearch = savedSearchSchema(spans).parse({ name: "Testers", kind: "profiles", s_code_0: "E.6", s_level_0: "3" });
    expect(await createSavedSearch(database.db, seeker.id, null, vacancySearch)).toMatchObject({ ok: true });
    expect(await createSavedSearch(database.db, seeker.id, null, profileSearch)).toMatchObject({
      ok: false,
      error: "talent.searches.profilesNeedHr",
    });
    expect(await createSavedSearch(database.db, recruiter.id, bkz, profileSearch)).toMatchObject({ ok: true });
    expect(await createSavedSearch(database.db, formerHr.id, bkz, profileSearch)).toMatchObject({ ok: true });

    const later = new Date(Date.now() + 1000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const near = `Kwaliteitscoördinator ${Date.now()}`;
    const far = `Kwaliteitscoördinator Gent ${Date.now()}`;
    await createOpenVacancy(database.db, zoersel, hr, vacancyFields({ title: near }, [["E.6", 3]]));
    await createOpenVacancy(database.db, bkz, hr, vacancyFields({ title: far, place: "44021" }, [["E.6", 3]]));
    const visible = await createProfessional(
      database.db,
      profileFields({ headline: "Kwaliteitsexpert zichtbaar" }, [["E.6", 4]]),
    );
    await createProfessional(
      database.db,
      profileFields({ headline: "Kwaliteitsexpert verborgen", hiddenFrom: [bkz] }, [["E.6", 4]]),
    );

    expect(
      (await sendSavedSearchDigests(database.db, new Date(later.getTime() + 60_000), "https://portal.test")).mails,
    ).toBeGreaterThanOrEqual(2);
    const mailTo = async (email: string | null) =>
      database.query<{ text_body: string }>(
        "SELECT text_body FROM platform.outbox WHERE to_address = $1 AND template = 'talent.digest'",
        [email],
      );
    const seekerMails = await mailTo(seeker.email);
    expect(seekerMails).toHaveLength(1);
    expect(seekerMails[0]!.text_body).toContain(near);
    expect(seekerMails[0]!.text_body).not.toContain(far); // Gent is more than 30 km from Zoersel
    const recruiterMails = await mailTo(recruiter.email);
    expect(recruiterMails).toHaveLength(1);
    expect(recruiterMails[0]!.text_body).toContain(`https://portal.test/noits/profielen/${visible.profileId}`);
    expect(recruiterMails[0]!.text_body).not.toContain("verborgen");
    expect(await mailTo(formerHr.email)).toHaveLength(0);

    // Nothing new: no second mail.
    await sendSavedSearchDigests(database.db, new Date(later.getTime() + 120_000));
    expect(await mailTo(seeker.email)).toHaveLength(1);
    expect((await listSavedSearches(database.db, seeker.id)).map((s) => s.name)).toEqual(["Veiligheid"]);
  });
});

describe("public API", () => {
  it("lists published vacancies only, in the documented shape, and refuses bad parameters", async () => {
    const draft = await createOpenVacancy(database.db, zoersel, hr, vacancyFields({ title: "Niet gepubliceerd" }), false);
    const open = await createOpenVacancy(database.db, zoersel, hr, vacancyFields({ title: "Wel gepubliceerd" }));
    const result = await apiListVacancies(database.db, new URLSearchParams("pageSize=100&competence=E.8"), "https://portal.test");
    expect(result.ok).toBe(true);
    const body = ApiVacancyList.parse(result.ok ? result.body : null);
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.map((v) => v.id)).not.toContain(draft);
    expect(body.items.find((v) => v.id === open)).toMatchObject({
      title: "Wel gepubliceerd",
      fte: 0.5,
      salary: { minimum: 3200, maximum: 4800, currency: "EUR", period: "month", scaleCode: "B1-B3" },
      url: `https://portal.test/noits/vacatures/${open}`,
    });
    expect(
      body.items.every(
        (v) => v.requiredCompetences.some((c) => c.code === "E.8") || v.optionalCompetences.some((c) => c.code === "E.8"),
      ),
    ).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/headline|person|profileId|hidden|@/i);
    expect(await apiListVacancies(database.db, new URLSearchParams("competence=Z.1"), "")).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { parameter: "competence" } },
    });
    expect(await apiListVacancies(database.db, new URLSearchParams("pageSize=1000"), "")).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});

describe("erasing an account", () => {
  it("erases the person's profile and saved searches with it", async () => {
    const { person, profileId } = await createProfessional(database.db);
    const search = savedSearchSchema(competenceSpans()).parse({
      name: "Alles",
      kind: "vacancies",
      s_code_0: "E.8",
      s_level_0: "3",
    });
    await createSavedSearch(database.db, person.id, null, search);
    await erasePerson({ database, baseUrl: "", locale: "nl" }, person.id);
    expect(await getProfileForOrganisation(database.db, profileId, bkz)).toBeNull();
    expect(await database.query("SELECT 1 FROM talent.profiles WHERE id = $1", [profileId])).toHaveLength(0);
    expect(await listSavedSearches(database.db, person.id)).toEqual([]);
  });
});
