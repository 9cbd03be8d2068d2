// NoITS seed: the e-CF 4.0 reference data (every environment, idempotent) and, for the demo,
// open vacancies of Zoersel, Beveren-Kruibeke-Zwijndrecht and neighbours, about twenty anonymous
// profiles, and the demo IT professional's profile, hidden from Zoersel.
import type { Db } from "../../app/db/client.server.ts";
import { findPersonByEmail, insertPerson } from "../../app/modules/identity/index.server.ts";
import {
  competenceSpans,
  createVacancy,
  municipalityByNis,
  saveProfile,
  setRoleProfileCompetences,
  setVacancyStatus,
  syncEcf,
  todayInBrussels,
} from "../../app/modules/talent/index.server.ts";
import { type ProfileInput, profileFormSchema, type VacancyInput, vacancyFormSchema } from "../../app/modules/talent/shared.ts";

/** e-CF areas, competences and role profiles: reference data, every environment. */
export async function seedTalentReference(db: Db): Promise<void> {
  await syncEcf(db);
}

export const DEMO_PROFESSIONAL_EMAIL = "it-professional@demo.vlavirgem.be";
export const DEMO_PROFESSIONAL_HEADLINE = "Informatieveiligheidsconsulent met ervaring in lokale besturen";

const days = (n: number, from = new Date()) => todayInBrussels(new Date(from.getTime() + n * 86_400_000));

/** Builds validated input from form-like fields, so that demo data obeys the same rules as users. */
function vacancyInput(fields: Record<string, string>): VacancyInput {
  const parsed = vacancyFormSchema(competenceSpans(), todayInBrussels()).safeParse(fields);
  if (!parsed.success) throw new Error(`demo vacancy invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

function profileInput(fields: Record<string, unknown>): ProfileInput {
  const parsed = profileFormSchema(competenceSpans()).safeParse({ hiddenFrom: [], ...fields });
  if (!parsed.success) throw new Error(`demo profile invalid: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

const rows = (prefix: string, list: [string, number][]) =>
  Object.fromEntries(
    list.flatMap(([code, level], i) => [
      [`${prefix}_code_${i}`, code],
      [`${prefix}_level_${i}`, String(level)],
    ]),
  );

type DemoVacancy = {
  nis: string;
  title: string;
  roleProfileId: number;
  fte: string;
  contract: string;
  grade: string;
  salary: [number, number];
  scaleCode: string;
  required: [string, number][];
  optional: [string, number][];
  sharing: boolean;
  description: string;
};

const DEMO_VACANCIES: DemoVacancy[] = [
  {
    nis: "11055",
    title: "Informatieveiligheidsconsulent",
    roleProfileId: 12,
    fte: "0,5",
    contract: "contractueel",
    grade: "B",
    salary: [3200, 4900],
    scaleCode: "B1-B3",
    required: [
      ["E.8", 3],
      ["E.3", 3],
      ["D.10", 3],
    ],
    optional: [["D.1", 4]],
    sharing: true,
    description:
      "U bouwt het informatieveiligheidsbeleid van gemeente en OCMW uit, volgt incidenten op en adviseert over risico's en de GDPR.",
  },
  {
    nis: "46030",
    title: "ICT-deskundige",
    roleProfileId: 19,
    fte: "1",
    contract: "contractueel",
    grade: "B",
    salary: [3100, 4800],
    scaleCode: "B1-B3",
    required: [
      ["C.5", 2],
      ["C.1", 2],
      ["E.8", 2],
    ],
    optional: [["C.4", 3]],
    sharing: false,
    description: "U beheert servers, netwerk en werkplekken van de gemeente en helpt collega's met hun ICT-vragen.",
  },
  {
    nis: "46030",
    title: "Informatieveiligheidsconsulent (gedeeld)",
    roleProfileId: 12,
    fte: "0,4",
    contract: "detachering",
    grade: "A",
    salary: [3900, 6200],
    scaleCode: "A1a-A3a",
    required: [
      ["E.8", 3],
      ["D.1", 4],
    ],
    optional: [["E.3", 3]],
    sharing: true,
    description: "Een gedeelde informatieveiligheidsconsulent voor gemeente, OCMW en politiezone.",
  },
  {
    nis: "11057",
    title: "Expert informatiebeheer",
    roleProfileId: 3,
    fte: "0,5",
    contract: "contractueel",
    grade: "A",
    salary: [3800, 6000],
    scaleCode: "A1a-A2a",
    required: [
      ["D.10", 3],
      ["E.8", 3],
    ],
    optional: [["E.3", 3]],
    sharing: true,
    description: "Samen met een buurgemeente zoeken we een expert informatiebeheer, archief en informatieveiligheid.",
  },
  {
    nis: "11054",
    title: "GIS-coördinator",
    roleProfileId: 28,
    fte: "0,8",
    contract: "statutair",
    grade: "B",
    salary: [3100, 4700],
    scaleCode: "B1-B3",
    required: [
      ["D.7", 3],
      ["B.4", 2],
    ],
    optional: [["A.6", 2]],
    sharing: false,
    description: "U beheert de geografische gegevens van de gemeente en maakt kaarten en analyses voor de diensten.",
  },
  {
    nis: "11009",
    title: "Applicatiebeheerder",
    roleProfileId: 20,
    fte: "1",
    contract: "statutair",
    grade: "B",
    salary: [3000, 4600],
    scaleCode: "B1-B3",
    required: [
      ["B.3", 2],
      ["C.4", 2],
      ["D.11", 3],
    ],
    optional: [["B.2", 3]],
    sharing: false,
    description: "U bent het aanspreekpunt voor de vakapplicaties van burgerzaken, financiën en personeel.",
  },
];

/** Typical competences for a few role profiles in the demo (admins attach them in production). */
const DEMO_ROLE_PROFILE_COMPETENCES: [number, [string, number][]][] = [
  [
    12,
    [
      ["E.8", 3],
      ["D.1", 4],
      ["E.3", 3],
    ],
  ],
  [
    19,
    [
      ["C.5", 2],
      ["B.4", 2],
      ["C.4", 3],
    ],
  ],
  [
    6,
    [
      ["B.1", 2],
      ["B.2", 3],
      ["B.3", 2],
    ],
  ],
];

const FIRST = ["An", "Bram", "Charlotte", "Dries", "Elke", "Frederik", "Griet", "Hannes", "Ilse", "Jonas", "Katrien", "Lars"];
const LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet"];
/** Demo profiles: headline, competences, home NIS code, FTE, max km, contracts. */
const DEMO_PROFILES: [string, [string, number][], string, string, number, string[]][] = [
  [
    "Systeembeheerder Windows en Linux",
    [
      ["C.5", 3],
      ["C.4", 3],
      ["B.4", 2],
      ["C.1", 2],
    ],
    "11002",
    "1",
    40,
    ["contractueel", "statutair"],
  ],
  [
    "Helpdeskmedewerker met oog voor de gebruiker",
    [
      ["C.1", 3],
      ["C.3", 2],
      ["C.5", 1],
    ],
    "46021",
    "0,8",
    25,
    ["contractueel"],
  ],
  [
    "Informatieveiligheidsadviseur (CISSP)",
    [
      ["E.8", 4],
      ["D.1", 4],
      ["E.3", 3],
    ],
    "11035",
    "0,5",
    50,
    ["freelance", "detachering"],
  ],
  [
    "DPO en informatiebeheerder",
    [
      ["D.10", 4],
      ["E.8", 3],
      ["E.3", 3],
    ],
    "11054",
    "0,6",
    30,
    ["contractueel", "detachering"],
  ],
  [
    "Netwerkbeheerder",
    [
      ["C.5", 3],
      ["B.4", 3],
      ["E.8", 2],
    ],
    "46025",
    "1",
    35,
    ["contractueel", "interim"],
  ],
  [
    "Ontwikkelaar .NET en webapplicaties",
    [
      ["B.1", 3],
      ["B.2", 3],
      ["B.3", 2],
      ["A.6", 2],
    ],
    "44021",
    "1",
    30,
    ["contractueel"],
  ],
  [
    "Data-analist en GIS",
    [
      ["D.7", 3],
      ["B.4", 2],
      ["A.6", 2],
    ],
    "11057",
    "0,8",
    45,
    ["statutair", "contractueel"],
  ],
  [
    "Projectleider digitalisering",
    [
      ["E.2", 4],
      ["E.7", 3],
      ["D.11", 3],
    ],
    "12025",
    "1",
    40,
    ["contractueel", "interim"],
  ],
  [
    "Applicatiebeheerder burgerzaken",
    [
      ["B.3", 2],
      ["C.4", 3],
      ["D.11", 3],
      ["B.2", 2],
    ],
    "11009",
    "1",
    30,
    ["statutair"],
  ],
  [
    "ICT-coördinator kleine gemeente",
    [
      ["C.5", 2],
      ["C.1", 2],
      ["E.2", 3],
      ["D.4", 3],
    ],
    "13040",
    "1",
    25,
    ["contractueel"],
  ],
  [
    "Enterprise-architect",
    [
      ["A.5", 4],
      ["A.1", 4],
      ["E.9", 4],
    ],
    "24062",
    "0,6",
    60,
    ["freelance"],
  ],
  [
    "Testcoördinator",
    [
      ["B.3", 3],
      ["E.6", 3],
    ],
    "44021",
    "0,5",
    30,
    ["interim", "freelance"],
  ],
  [
    "UX-ontwerper digitale dienstverlening",
    [
      ["A.10", 3],
      ["A.6", 2],
      ["B.5", 2],
    ],
    "24062",
    "0,8",
    40,
    ["contractueel"],
  ],
  [
    "Servicemanager ICT",
    [
      ["C.3", 3],
      ["A.2", 3],
      ["C.4", 3],
    ],
    "11002",
    "1",
    25,
    ["statutair", "contractueel"],
  ],
  [
    "Informatieveiligheidsconsulent junior",
    [
      ["E.8", 2],
      ["E.3", 2],
      ["D.10", 3],
    ],
    "46030",
    "1",
    30,
    ["contractueel"],
  ],
  [
    "Systeembeheerder en helpdesk",
    [
      ["C.5", 2],
      ["C.1", 2],
      ["E.8", 2],
      ["C.4", 2],
    ],
    "46020",
    "1",
    25,
    ["contractueel", "statutair"],
  ],
  [
    "Aankoper ICT en contractbeheer",
    [
      ["D.4", 3],
      ["D.8", 3],
      ["E.4", 3],
    ],
    "11039",
    "0,5",
    40,
    ["contractueel"],
  ],
  [
    "Opleider digitale vaardigheden",
    [
      ["D.3", 3],
      ["C.1", 2],
    ],
    "11055",
    "0,5",
    20,
    ["interim", "freelance"],
  ],
  [
    "Databankbeheerder",
    [
      ["D.7", 2],
      ["C.5", 2],
      ["B.2", 2],
    ],
    "12007",
    "1",
    30,
    ["contractueel"],
  ],
  [
    "Informatiebeheerder archief en records",
    [
      ["D.10", 3],
      ["E.3", 2],
    ],
    "11055",
    "0,5",
    25,
    ["contractueel"],
  ],
];

/** Open vacancies, ~20 anonymous profiles and the demo professional's profile; never in production. */
export async function seedDemoTalent(db: Db): Promise<void> {
  for (const [id, list] of DEMO_ROLE_PROFILE_COMPETENCES)
    await setRoleProfileCompetences(
      db,
      id,
      list.map(([code, level]) => ({ code, level })),
      { personId: (await admin(db))! },
    );

  for (const v of DEMO_VACANCIES) {
    const place = await municipalityByNis(db, v.nis);
    if (!place) throw new Error(`demo seed: no municipality ${v.nis}`);
    const input = vacancyInput({
      title: v.title,
      description: v.description,
      roleProfileId: String(v.roleProfileId),
      fte: v.fte,
      contract: v.contract,
      grade: v.grade,
      salaryMin: String(v.salary[0]),
      salaryMax: String(v.salary[1]),
      scaleCode: v.scaleCode,
      place: v.nis,
      teleworkPercent: "20",
      startsOn: days(45),
      closesOn: days(30),
      ...(v.sharing ? { openToSharing: "on" } : {}),
      ...rows("req", v.required),
      ...rows("opt", v.optional),
    });
    const hr = await findPersonByEmail(db, `hr.${v.nis === "11055" ? "zoersel" : "bkz"}@demo.vlavirgem.be`);
    const actor = { personId: hr?.id ?? (await admin(db))! };
    const created = await createVacancy(db, place.id, input, actor);
    if (!created.ok) throw new Error(`demo vacancy: ${created.error}`);
    const published = await setVacancyStatus(db, place.id, created.id, "open", actor);
    if (!published.ok) throw new Error(`demo vacancy: ${published.error}`);
  }

  for (const [i, [headline, competences, home, fte, km, contracts]] of DEMO_PROFILES.entries()) {
    // People without a password: their profiles fill the demo, nobody logs in as them.
    const person = await insertPerson(db, {
      email: `professional-${String(i + 1).padStart(2, "0")}@demo.vlavirgem.be`,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`,
    });
    const input = profileInput({
      headline,
      yearsExperience: String(2 + ((i * 3) % 15)),
      availableFte: fte,
      contracts,
      home,
      maxTravelKm: String(km),
      languages: i % 3 === 0 ? ["nl", "en", "fr"] : ["nl", "en"],
      ...Object.fromEntries(
        competences.flatMap(([code, level], j) => [
          [`comp_code_${j}`, code],
          [`comp_level_${j}`, String(level)],
        ]),
      ),
    });
    const saved = await saveProfile(db, person.id, input, { personId: person.id });
    if (!saved.ok) throw new Error(`demo profile: ${saved.error}`);
  }

  const professional = await findPersonByEmail(db, DEMO_PROFESSIONAL_EMAIL);
  if (!professional) throw new Error("demo seed: no demo IT professional");
  const zoersel = await municipalityByNis(db, "11055");
  const input = profileInput({
    headline: DEMO_PROFESSIONAL_HEADLINE,
    yearsExperience: "8",
    availableFte: "0,5",
    availableFrom: days(30),
    contracts: ["contractueel", "detachering"],
    home: "11039",
    maxTravelKm: "40",
    salaryExpectation: "4200",
    languages: ["nl", "en", "fr"],
    hiddenFrom: [zoersel!.id],
    comp_code_0: "E.8",
    comp_level_0: "3",
    comp_evidence_0: "ISO/IEC 27001 Lead Implementer (2023)",
    comp_code_1: "D.1",
    comp_level_1: "4",
    comp_evidence_1: "Informatieveiligheidsbeleid van twee gemeenten geschreven",
    comp_code_2: "E.3",
    comp_level_2: "3",
    comp_code_3: "D.10",
    comp_level_3: "3",
  });
  const saved = await saveProfile(db, professional.id, input, { personId: professional.id });
  if (!saved.ok) throw new Error(`demo profile: ${saved.error}`);
}

async function admin(db: Db): Promise<string | undefined> {
  return (await findPersonByEmail(db, "admin@demo.vlavirgem.be"))?.id;
}
