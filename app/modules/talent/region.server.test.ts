import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createOpenVacancy, municipalityId, vacancyFields } from "../../../tests/factories/talent.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { seedRegistry } from "../identity/index.server.ts";
import { regionalDemand, regionQueryFrom, setVacancyStatus, syncEcf } from "./index.server.ts";
import { regionAround, geography } from "./region-geography.server.ts";
import { vacancies } from "./schema.ts";
import { eq } from "drizzle-orm";

let database: DatabaseHandle;
const ids: Record<string, string> = {};
let hr: string;

const SECURITY = "12";
const DEVELOPER = "6";

beforeAll(async () => {
  database = await createTestDatabase();
  await seedRegistry(database.db);
  await syncEcf(database.db);
  for (const [name, nis] of Object.entries({
    zoersel: "11055",
    malle: "11057",
    zandhoven: "11054",
    schilde: "11039",
    gent: "44021",
  })) {
    ids[name] = await municipalityId(database.db, nis);
  }
  hr = (await createPerson(database.db)).id;
  const db = database.db;
  // Demand around Zoersel: Malle 0.4 and Zandhoven 0.3 information security (E.8), a police zone
  // working in Schilde 0.5 developer, Gent 1.0 developer (far away).
  await createOpenVacancy(
    db,
    ids.malle!,
    hr,
    vacancyFields({ place: "11057", fte: "0,4", roleProfileId: SECURITY }, [["E.8", 3]]),
  );
  await createOpenVacancy(
    db,
    ids.zandhoven!,
    hr,
    vacancyFields({ place: "11054", fte: "0,3", roleProfileId: SECURITY, openToSharing: "on" }, [["E.8", 3]], [["D.1", 4]]),
  );
  const police = await createOrganisation(db, { type: "politiezone", name: "PZ Regio Test" });
  ids.police = police.id;
  await createOpenVacancy(
    db,
    police.id,
    hr,
    vacancyFields({ place: "11039", fte: "0,5", roleProfileId: DEVELOPER }, [["B.1", 2]]),
  );
  await createOpenVacancy(db, ids.gent!, hr, vacancyFields({ place: "44021", fte: "1", roleProfileId: DEVELOPER }, [["B.1", 3]]));
  // Not counted: Zoersel's own vacancy, a concept in Malle, a closed one and one past its closing date.
  await createOpenVacancy(db, ids.zoersel!, hr, vacancyFields({ place: "11055", fte: "0,5", roleProfileId: SECURITY }));
  await createOpenVacancy(db, ids.malle!, hr, vacancyFields({ place: "11057", fte: "0,8" }), false);
  const closed = await createOpenVacancy(db, ids.malle!, hr, vacancyFields({ place: "11057", fte: "0,7" }));
  await db.update(vacancies).set({ status: "closed" }).where(eq(vacancies.id, closed));
  const past = await createOpenVacancy(db, ids.zandhoven!, hr, vacancyFields({ place: "11054", fte: "0,6" }));
  await db.update(vacancies).set({ closesOn: "2020-01-01" }).where(eq(vacancies.id, past));
}, 120_000);

async function demand(...args: Parameters<typeof regionalDemand> extends [unknown, ...infer R] ? R : never) {
  const result = await regionalDemand(database.db, ...args);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("the region around a municipality", () => {
  it("knows border neighbours, radius, arrondissement and province from the registry data", () => {
    const zoersel = geography().byNis.get("11055")!;
    expect([...regionAround(zoersel, { kind: "neighbours" }).keys()].sort()).toEqual([
      "11009",
      "11035",
      "11039",
      "11054",
      "11055",
      "11057",
    ]);
    const radius = regionAround(zoersel, { kind: "radius", km: 10 });
    expect(radius.get("11057")).toBeGreaterThan(3);
    expect(radius.get("11057")).toBeLessThan(7);
    expect(radius.has("11002")).toBe(false); // Antwerpen is ~20 km away
    expect(regionAround(zoersel, { kind: "radius", km: 30 }).has("11002")).toBe(true);
    expect(regionAround(zoersel, { kind: "arrondissement" }).size).toBe(
      geography().municipalities.filter((m) => m.arrondissement === "Antwerpen").length,
    );
    expect(regionAround(zoersel, { kind: "province" }).size).toBe(67);
    expect(regionAround(zoersel, { kind: "flanders" }).size).toBe(285);
    // Voeren is an exclave: its only neighbour in the region is itself.
    expect([...regionAround(geography().byNis.get("73109")!, { kind: "neighbours" }).keys()]).toEqual(["73109"]);
  });

  it("reads the scope from the query string and falls back to border neighbours on nonsense", () => {
    expect(regionQueryFrom(new URLSearchParams("bereik=radius&km=30"))).toMatchObject({ scope: { kind: "radius", km: 30 } });
    expect(regionQueryFrom(new URLSearchParams("bereik=radius&km=999"))).toMatchObject({ scope: { kind: "radius", km: 20 } });
    expect(regionQueryFrom(new URLSearchParams("bereik=<script>&rolprofiel=abc&gemeente=99999"))).toEqual({
      scope: { kind: "neighbours" },
      roleProfileId: null,
      nis: null,
    });
    expect(regionQueryFrom(new URLSearchParams("rolprofiel=12&gemeente=11057"))).toMatchObject({
      roleProfileId: 12,
      nis: "11057",
    });
  });
});

describe("regionalDemand", () => {
  it("sums the neighbours' open demand per municipality, role profile and competence, without the own vacancies", async () => {
    const value = await demand(ids.zoersel!, { kind: "neighbours" });
    expect(value.reference).toMatchObject({ nis: "11055", name: "Zoersel" });
    expect(value.own).toBe(true);
    expect(value.municipalities.map((m) => m.nis).sort()).toEqual(["11009", "11035", "11039", "11054", "11055", "11057"]);
    const byNis = Object.fromEntries(value.municipalities.map((m) => [m.nis, m]));
    expect(byNis["11057"]).toMatchObject({ ftePercent: 40, vacancies: 1, organisations: 1 });
    expect(byNis["11054"]).toMatchObject({ ftePercent: 30, vacancies: 1 });
    expect(byNis["11039"]).toMatchObject({ ftePercent: 50, vacancies: 1 }); // the police zone works in Schilde
    expect(byNis["11055"]).toMatchObject({ ftePercent: 0, vacancies: 0 }); // own vacancy left out
    expect(value.totals).toEqual({ ftePercent: 120, vacancies: 3, organisations: 3, municipalities: 3 });
    expect(value.roleProfiles.map((r) => [r.id, r.ftePercent, r.vacancies, r.openToSharing])).toEqual([
      [12, 70, 2, 1],
      [6, 50, 1, 0],
    ]);
    expect(value.roleProfiles[0]!.nameNl).toBe("Informatieveiligheidsspecialist");
    const competences = Object.fromEntries(value.competences.map((c) => [c.code, c]));
    expect(competences["E.8"]).toMatchObject({ vacancies: 2, required: 2, ftePercent: 70 });
    expect(competences["D.1"]).toMatchObject({ vacancies: 1, required: 0, ftePercent: 30 });
    expect(competences["B.1"]).toMatchObject({ vacancies: 1, ftePercent: 50 });
  });

  it("widens with the scope and narrows with a role profile", async () => {
    const arrondissement = await demand(ids.zoersel!, { kind: "arrondissement" });
    expect(arrondissement.totals.ftePercent).toBe(120);
    const flanders = await demand(ids.zoersel!, { kind: "flanders" });
    expect(flanders.totals.ftePercent).toBe(220); // Gent comes in
    expect(flanders.municipalities).toHaveLength(285);
    const radius = await demand(ids.zoersel!, { kind: "radius", km: 6 });
    expect(radius.municipalities.find((m) => m.nis === "11057")?.ftePercent).toBe(40);
    const security = await demand(ids.zoersel!, { kind: "flanders" }, { roleProfileId: 12 });
    expect(security.totals.ftePercent).toBe(70);
    expect(security.roleProfiles.map((r) => r.id)).toEqual([12]);
    expect(security.competences.map((c) => c.code)).not.toContain("B.1");
  });

  it("counts the own vacancies of another organisation: Malle sees Zoersel's demand", async () => {
    const malle = await demand(ids.malle!, { kind: "neighbours" });
    expect(malle.municipalities.find((m) => m.nis === "11055")?.ftePercent).toBe(50);
    expect(malle.municipalities.find((m) => m.nis === "11057")?.ftePercent).toBe(0);
  });

  it("sees a vacancy published or closed since the previous call (the summed demand is not stale)", async () => {
    const before = await demand(ids.zoersel!, { kind: "neighbours" });
    const id = await createOpenVacancy(
      database.db,
      ids.malle!,
      hr,
      vacancyFields({ place: "11057", fte: "0,2", roleProfileId: DEVELOPER }, [["B.1", 2]]),
    );
    const after = await demand(ids.zoersel!, { kind: "neighbours" });
    expect(after.totals.ftePercent).toBe(before.totals.ftePercent + 20);
    await setVacancyStatus(database.db, ids.malle!, id, "closed", { personId: hr });
    const closed = await demand(ids.zoersel!, { kind: "neighbours" });
    expect(closed.totals.ftePercent).toBe(before.totals.ftePercent);
    // Tomorrow a vacancy closing today no longer counts, without any write in between.
    const [malle] = await database.db.select().from(vacancies).where(eq(vacancies.organisationId, ids.malle!));
    const tomorrow = new Date(Date.parse(`${malle!.closesOn}T12:00:00Z`) + 86_400_000);
    const later = await demand(ids.zoersel!, { kind: "neighbours" }, { now: tomorrow });
    expect(later.municipalities.find((m) => m.nis === "11057")?.ftePercent).toBe(0);
  });

  it("lets an organisation without a municipality pick one, and refuses without", async () => {
    expect(await regionalDemand(database.db, ids.police!, { kind: "neighbours" })).toEqual({
      ok: false,
      error: "talentRegion.error.noMunicipality",
      field: undefined,
    });
    const picked = await demand(ids.police!, { kind: "neighbours" }, { referenceNis: "11055" });
    expect(picked.own).toBe(false);
    expect(picked.reference.name).toBe("Zoersel");
    // Its own vacancy in Schilde is left out; Zoersel's counts.
    expect(picked.municipalities.find((m) => m.nis === "11039")?.ftePercent).toBe(0);
    expect(picked.municipalities.find((m) => m.nis === "11055")?.ftePercent).toBe(50);
    expect((await regionalDemand(database.db, "not-a-uuid", { kind: "neighbours" })).ok).toBe(false);
  });
});
