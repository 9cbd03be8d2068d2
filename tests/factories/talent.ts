// Factories for NoITS tests and the benchmark: form-like fields run through the real schemas, so
// that test data obeys the same rules as what people type.
import type { Db } from "../../app/db/client.server.ts";
import {
  competenceSpans,
  createVacancy,
  municipalityByNis,
  saveProfile,
  setVacancyStatus,
  todayInBrussels,
} from "../../app/modules/talent/index.server.ts";
import { profileFormSchema, vacancyFormSchema } from "../../app/modules/talent/shared.ts";
import { createPerson } from "./identity.ts";

export const inDays = (n: number, from = new Date()) => todayInBrussels(new Date(from.getTime() + n * 86_400_000));

export const competenceRows = (prefix: string, list: readonly (readonly [string, number])[], evidence = false) =>
  Object.fromEntries(
    list.flatMap(([code, level], i) => [
      [`${prefix}_code_${i}`, code],
      [`${prefix}_level_${i}`, String(level)],
      ...(evidence ? [[`${prefix}_evidence_${i}`, ""]] : []),
    ]),
  );

/** The fields of a valid vacancy form (override any). */
export function vacancyFields(
  overrides: Record<string, string> = {},
  required: [string, number][] = [["E.8", 3]],
  optional: [string, number][] = [],
) {
  return {
    title: "Informatieveiligheidsconsulent",
    description: "",
    roleProfileId: "12",
    fte: "0,5",
    contract: "contractueel",
    grade: "B",
    salaryMin: "3200",
    salaryMax: "4800",
    scaleCode: "B1-B3",
    place: "11055",
    teleworkPercent: "20",
    startsOn: inDays(40),
    closesOn: inDays(20),
    ...competenceRows("req", required),
    ...competenceRows("opt", optional),
    ...overrides,
  };
}

export function profileFields(overrides: Record<string, unknown> = {}, competences: [string, number][] = [["E.8", 3]]) {
  return {
    headline: "Informatieveiligheid",
    yearsExperience: "5",
    availableFte: "1",
    contracts: ["contractueel"],
    home: "11039",
    maxTravelKm: "40",
    languages: ["nl"],
    hiddenFrom: [],
    ...competenceRows("comp", competences, true),
    ...overrides,
  };
}

/** A published vacancy of the organisation. */
export async function createOpenVacancy(
  db: Db,
  organisationId: string,
  personId: string,
  fields: Record<string, string> = vacancyFields(),
  publish = true,
) {
  const parsed = vacancyFormSchema(competenceSpans(), todayInBrussels()).parse(fields);
  const created = await createVacancy(db, organisationId, parsed, { personId });
  if (!created.ok) throw new Error(created.error);
  if (publish) {
    const published = await setVacancyStatus(db, organisationId, created.id, "open", { personId });
    if (!published.ok) throw new Error(published.error);
  }
  return created.id;
}

/** A person with a profile. */
export async function createProfessional(db: Db, fields: Record<string, unknown> = profileFields()) {
  const person = await createPerson(db);
  const parsed = profileFormSchema(competenceSpans()).parse(fields);
  const saved = await saveProfile(db, person.id, parsed, { personId: person.id });
  if (!saved.ok) throw new Error(saved.error);
  return { person, profileId: saved.id };
}

export async function municipalityId(db: Db, nis: string): Promise<string> {
  const place = await municipalityByNis(db, nis);
  if (!place) throw new Error(`no municipality ${nis}`);
  return place.id;
}
