import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createMembership, createPerson } from "../../../tests/factories/identity.ts";
import { createOpenVacancy, municipalityId, vacancyFields } from "../../../tests/factories/talent.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { seedRegistry } from "../identity/index.server.ts";
import {
  answerSharedPost,
  detectSharedPosts,
  getSharedPostFor,
  listSharedPostsOf,
  saveSharingRules,
  SHARED_POST_JOB,
  sharingRules,
  sharingRulesSchema,
  setVacancyStatus,
  syncEcf,
} from "./index.server.ts";
import { vacancies, vacancyCompetences } from "./schema.ts";
import { sharedPostMembers } from "./shared-post.schema.ts";

let database: DatabaseHandle;
const org: Record<string, string> = {};
const hrOf: Record<string, { id: string; email: string }> = {};
const vacancy: Record<string, string> = {};

const SECURITY_SPECIALIST = "12";
const DEVELOPER = "6";
const SECURITY_MANAGER = "11";
const BASE = "https://portaal.test";

const NIS = {
  zoersel: "11055",
  malle: "11057",
  zandhoven: "11054",
  schilde: "11039",
  brecht: "11009",
  ranst: "11035",
  gent: "44021",
};

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await seedRegistry(db);
  await syncEcf(db);
  for (const [name, nis] of Object.entries(NIS)) {
    org[name] = await municipalityId(db, nis);
    const person = await createPerson(db, { email: `hr-${name}@shared.test`, locale: name === "malle" ? "en" : "nl" });
    await createMembership(db, person.id, org[name]!, ["hr"]);
    hrOf[name] = { id: person.id, email: person.email! };
  }
  // A member without the HR role is not mailed.
  const clerk = await createPerson(db, { email: "clerk-zoersel@shared.test" });
  await createMembership(db, clerk.id, org.zoersel!, ["medewerker"]);

  const open = (name: string, fte: string, role: string, required: [string, number][] = [["E.8", 3]], sharing = true) =>
    createOpenVacancy(
      db,
      org[name]!,
      hrOf[name]!.id,
      vacancyFields(
        { place: NIS[name as keyof typeof NIS], fte, roleProfileId: role, openToSharing: sharing ? "on" : "" },
        required,
      ),
    );
  // Three neighbours, 0.3–0.5 FTE information security each: one shared post.
  vacancy.zoersel = await open("zoersel", "0,4", SECURITY_SPECIALIST, [["E.8", 3]]);
  vacancy.malle = await open("malle", "0,3", SECURITY_SPECIALIST, [
    ["E.8", 4],
    ["D.1", 4],
  ]);
  vacancy.zandhoven = await open("zandhoven", "0,3", SECURITY_SPECIALIST, [["E.3", 3]]);
  // Gent is not a neighbour; a vacancy not open to sharing never counts.
  vacancy.gent = await open("gent", "0,4", SECURITY_SPECIALIST);
  vacancy.schildeNotSharing = await open("schilde", "0,5", SECURITY_SPECIALIST, [["E.8", 3]], false);
  // Brecht and Schilde, developers: a pair that will fall apart after a "no".
  vacancy.brecht = await open("brecht", "0,5", DEVELOPER, [["B.1", 2]]);
  vacancy.schilde = await open("schilde", "0,4", DEVELOPER, [["B.1", 2]]);
  // Ranst and Zandhoven, security managers: a pair that falls apart when Ranst closes its vacancy.
  vacancy.ranst = await open("ranst", "0,5", SECURITY_MANAGER, [["E.8", 4]]);
  vacancy.zandhovenManager = await open("zandhoven", "0,4", SECURITY_MANAGER, [["E.8", 4]]);
}, 120_000);

const outbox = (template: string) =>
  database.query<{ to_address: string; subject: string; text_body: string }>(
    "SELECT to_address, subject, text_body FROM platform.outbox WHERE template = $1 ORDER BY id",
    [template],
  );
const auditOf = (targetId: string) =>
  database.query<{ action: string; organisation_id: string | null; actor_id: string | null }>(
    "SELECT action, organisation_id, actor_id FROM platform.audit_log WHERE target_id = $1 ORDER BY id",
    [targetId],
  );
const actor = (name: string) => ({ personId: hrOf[name]!.id, ip: "192.0.2.1" });

let securityProposal: string;
let developerProposal: string;
let managerProposal: string;

describe("after a vacancy open to sharing is published", () => {
  it("a detection run waits in the job queue, once", async () => {
    const jobs = await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM platform.jobs WHERE kind = $1 AND status = 'queued'",
      [SHARED_POST_JOB],
    );
    expect(jobs[0]!.n).toBe(1);
  });
});

describe("detectSharedPosts", () => {
  it("proposes one shared post to three neighbours with small security vacancies and mails their HR", async () => {
    const result = await detectSharedPosts(database.db, new Date(), { baseUrl: BASE });
    expect(result.proposed).toHaveLength(3);
    const zoersel = await listSharedPostsOf(database.db, org.zoersel!);
    expect(zoersel).toHaveLength(1);
    const proposal = zoersel[0]!;
    securityProposal = proposal.id;
    expect(proposal.roleProfile.nameNl).toBe("Informatieveiligheidsspecialist");
    expect(proposal.status).toBe("proposed");
    expect(proposal.totalFtePercent).toBe(100);
    expect(proposal.members.map((m) => m.organisationName).sort()).toEqual(["Malle", "Zandhoven", "Zoersel"]);
    expect(proposal.members.map((m) => m.vacancyId)).not.toContain(vacancy.gent);
    expect(proposal.members.map((m) => m.vacancyId)).not.toContain(vacancy.schildeNotSharing);
    expect(proposal.own).toMatchObject({ organisationId: org.zoersel, ftePercent: 40, answer: "pending", nis: "11055" });

    developerProposal = (await listSharedPostsOf(database.db, org.brecht!))[0]!.id;
    managerProposal = (await listSharedPostsOf(database.db, org.ranst!))[0]!.id;
    expect(new Set([securityProposal, developerProposal, managerProposal]).size).toBe(3);

    const mails = await outbox("talent.sharedPost.proposed");
    const toSecurity = mails.filter((m) => m.text_body.includes(securityProposal));
    expect(toSecurity.map((m) => m.to_address).sort()).toEqual(
      ["hr-malle@shared.test", "hr-zandhoven@shared.test", "hr-zoersel@shared.test"].sort(),
    );
    const nl = toSecurity.find((m) => m.to_address === "hr-zoersel@shared.test")!;
    expect(nl.subject).toContain("Informatieveiligheidsspecialist");
    expect(nl.text_body).toContain("Uw organisatie, Malle en Zandhoven hebben elk een kleine openstaande vacature");
    expect(nl.text_body).toContain(`${BASE}/noits/gedeelde-posten/${securityProposal}`);
    const en = toSecurity.find((m) => m.to_address === "hr-malle@shared.test")!;
    expect(en.subject).toContain("Information Security Specialist");
    expect(en.text_body).toContain("Your organisation, Zandhoven and Zoersel each have");
    expect(mails.some((m) => m.to_address === "clerk-zoersel@shared.test")).toBe(false);

    const audit = await auditOf(securityProposal);
    expect(
      audit
        .filter((a) => a.action === "talent.sharedPost.proposed")
        .map((a) => a.organisation_id)
        .sort(),
    ).toEqual([org.zoersel, org.malle, org.zandhoven].sort());
  });

  it("does not propose the same vacancies twice", async () => {
    const again = await detectSharedPosts(database.db, new Date(), { baseUrl: BASE });
    expect(again.proposed).toEqual([]);
    expect((await outbox("talent.sharedPost.proposed")).length).toBe(7); // 3 + 2 + 2 HR contacts, once
  });
});

describe("a proposal is only for the organisations in it", () => {
  it("is not found for another organisation, nor with a malformed id", async () => {
    expect(await getSharedPostFor(database.db, org.gent!, securityProposal)).toBeUndefined();
    expect(await getSharedPostFor(database.db, org.zoersel!, "not-a-uuid")).toBeUndefined();
    expect(await listSharedPostsOf(database.db, org.gent!)).toEqual([]);
    const tampered = await answerSharedPost(database.db, org.gent!, securityProposal, { answer: "accepted" }, actor("gent"));
    expect(tampered).toMatchObject({ ok: false, error: "talentRegion.sharedPost.notFound" });
    const members = await database.db.select().from(sharedPostMembers).where(eq(sharedPostMembers.proposalId, securityProposal));
    expect(members.every((m) => m.answer === "pending")).toBe(true);
  });
});

describe("answering", () => {
  it("records interest, and when all accept publishes one shared vacancy with the FTE split", async () => {
    const db = database.db;
    const first = await answerSharedPost(
      db,
      org.zoersel!,
      securityProposal,
      { answer: "interested", route: "joint_recruitment" },
      actor("zoersel"),
    );
    expect(first).toEqual({ ok: true, status: "proposed" });
    expect(
      (await getSharedPostFor(db, org.malle!, securityProposal))!.members.find((m) => m.organisationId === org.zoersel),
    ).toMatchObject({
      answer: "interested",
      preferredRoute: "joint_recruitment",
    });
    expect(
      await answerSharedPost(
        db,
        org.malle!,
        securityProposal,
        { answer: "accepted", route: "joint_recruitment" },
        actor("malle"),
      ),
    ).toEqual({
      ok: true,
      status: "proposed",
    });
    expect(
      await answerSharedPost(
        db,
        org.zandhoven!,
        securityProposal,
        { answer: "accepted", route: "secondment" },
        actor("zandhoven"),
      ),
    ).toEqual({
      ok: true,
      status: "proposed",
    });
    // Zoersel was only interested: nothing is merged until it accepts too.
    const [still] = await db.select().from(vacancies).where(eq(vacancies.id, vacancy.zoersel!));
    expect(still!.status).toBe("open");

    const last = await answerSharedPost(
      db,
      org.zoersel!,
      securityProposal,
      { answer: "accepted", route: "joint_recruitment" },
      actor("zoersel"),
      {
        baseUrl: BASE,
      },
    );
    expect(last).toEqual({ ok: true, status: "agreed" });

    const proposal = (await getSharedPostFor(db, org.zoersel!, securityProposal))!;
    expect(proposal.status).toBe("agreed");
    expect(proposal.leadOrganisationId).toBe(org.zoersel); // the largest share
    const [shared] = await db.select().from(vacancies).where(eq(vacancies.id, proposal.sharedVacancyId!));
    expect(shared).toMatchObject({
      organisationId: org.zoersel,
      status: "open",
      ftePercent: 100,
      roleProfileId: 12,
      openToSharing: false,
      placeMunicipalityId: org.zoersel,
    });
    expect(shared!.description).toContain("Zoersel 0,4 VTE, Malle 0,3 VTE, Zandhoven 0,3 VTE");
    expect(shared!.description).toContain("gezamenlijke aanwerving");
    // Competences together: required ones kept at the highest level asked.
    const competences = await db.select().from(vacancyCompetences).where(eq(vacancyCompetences.vacancyId, shared!.id));
    expect(Object.fromEntries(competences.map((c) => [c.competenceCode, c.level]))).toEqual({ "E.8": 4, "D.1": 4, "E.3": 3 });
    // The separate vacancies are closed.
    for (const name of ["zoersel", "malle", "zandhoven"]) {
      const [row] = await db.select().from(vacancies).where(eq(vacancies.id, vacancy[name]!));
      expect(row!.status, name).toBe("closed");
    }
    const audit = (await auditOf(securityProposal)).map((a) => a.action);
    expect(audit.filter((a) => a === "talent.sharedPost.answered")).toHaveLength(4);
    expect(audit).toContain("talent.sharedPost.agreed");
    expect((await auditOf(vacancy.malle!)).map((a) => a.action)).toContain("talent.vacancy.closed");
    expect((await outbox("talent.sharedPost.agreed")).map((m) => m.to_address).sort()).toEqual(
      ["hr-malle@shared.test", "hr-zandhoven@shared.test", "hr-zoersel@shared.test"].sort(),
    );
    // Decided: no more answers; the shared vacancy itself is never proposed again.
    expect(await answerSharedPost(db, org.malle!, securityProposal, { answer: "declined" }, actor("malle"))).toMatchObject({
      ok: false,
      error: "talentRegion.sharedPost.decided",
    });
    expect((await detectSharedPosts(db)).proposed).toEqual([]);
  });

  it("closes a proposal when a 'no' leaves too little, keeps the other vacancy open and does not propose it again", async () => {
    const db = database.db;
    const result = await answerSharedPost(db, org.schilde!, developerProposal, { answer: "declined" }, actor("schilde"), {
      baseUrl: BASE,
    });
    expect(result).toEqual({ ok: true, status: "closed" });
    const proposal = (await getSharedPostFor(db, org.brecht!, developerProposal))!;
    expect(proposal).toMatchObject({ status: "closed", closedReason: "declined" });
    const [brecht] = await db.select().from(vacancies).where(eq(vacancies.id, vacancy.brecht!));
    expect(brecht!.status).toBe("open");
    expect((await outbox("talent.sharedPost.closed")).map((m) => m.to_address).sort()).toEqual(
      ["hr-brecht@shared.test", "hr-schilde@shared.test"].sort(),
    );
    expect((await detectSharedPosts(db)).proposed).toEqual([]);
  });

  it("withdraws a member whose vacancy closes, which ends a pair", async () => {
    const db = database.db;
    const closed = await setVacancyStatus(db, org.ranst!, vacancy.ranst!, "closed", actor("ranst"));
    expect(closed.ok).toBe(true);
    const result = await detectSharedPosts(db, new Date(), { baseUrl: BASE });
    expect(result.closed).toEqual([managerProposal]);
    const proposal = (await getSharedPostFor(db, org.zandhoven!, managerProposal))!;
    expect(proposal).toMatchObject({ status: "closed", closedReason: "withdrawn" });
    expect(proposal.members.find((m) => m.organisationId === org.ranst)!.answer).toBe("withdrawn");
    expect(await answerSharedPost(db, org.zandhoven!, managerProposal, { answer: "accepted" }, actor("zandhoven"))).toMatchObject(
      {
        ok: false,
        error: "talentRegion.sharedPost.decided",
      },
    );
  });
});

describe("the rules", () => {
  it("validates the thresholds as typed by a portal admin", () => {
    expect(sharingRulesSchema.safeParse({ maxFte: "0,5", minTotal: "0,9" })).toMatchObject({
      success: true,
      data: { maxFte: 50, minTotal: 90 },
    });
    const errors = (input: Record<string, string>) =>
      (sharingRulesSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]);
    expect(errors({ maxFte: "0,95", minTotal: "1" })).toEqual([["maxFte", "talentRegion.validation.maxFte"]]);
    expect(errors({ maxFte: "zes", minTotal: "" })).toEqual([
      ["maxFte", "talentRegion.validation.maxFte"],
      ["minTotal", "talentRegion.validation.minTotal"],
    ]);
    expect(errors({ maxFte: "0,6", minTotal: "0,5" })).toEqual([["minTotal", "talentRegion.validation.minAboveMax"]]);
    expect(errors({ maxFte: "0,6", minTotal: "1,2" })).toEqual([["minTotal", "talentRegion.validation.minTotal"]]);
  });

  it("stores changed rules, audits them, and detection follows them", async () => {
    const db = database.db;
    expect(await sharingRules(db)).toEqual({ maxFtePercent: 60, minTotalPercent: 80 });
    // Brecht (0.5) is alone now; Zoersel publishes a 0.3 developer vacancy: 0.8 together, but
    // with a minimum of 0.9 that is not enough.
    await saveSharingRules(db, { maxFte: 60, minTotal: 90 }, actor("zoersel"));
    expect(await sharingRules(db)).toEqual({ maxFtePercent: 60, minTotalPercent: 90 });
    const audit = await database.query<{ action: string }>(
      "SELECT action FROM platform.audit_log WHERE action = 'talent.sharedPost.rulesChanged'",
    );
    expect(audit).toHaveLength(1);
    await createOpenVacancy(
      db,
      org.zoersel!,
      hrOf.zoersel!.id,
      vacancyFields({ place: "11055", fte: "0,3", roleProfileId: DEVELOPER, openToSharing: "on" }, [["B.1", 2]]),
    );
    expect((await detectSharedPosts(db)).proposed).toEqual([]);
    await saveSharingRules(db, { maxFte: 60, minTotal: 80 }, actor("zoersel"));
    const found = await detectSharedPosts(db);
    expect(found.proposed).toHaveLength(1);
    const proposal = (await getSharedPostFor(db, org.brecht!, found.proposed[0]!))!;
    expect(proposal.members.map((m) => m.organisationName).sort()).toEqual(["Brecht", "Zoersel"]);
  });
});
