// NoITS demo: three neighbouring municipalities (Zoersel, Malle, Zandhoven) each publish a small
// vacancy for an information security manager, open to sharing, and the portal proposes one
// shared post to them. Demo only; runs after the core NoITS seed (db/seed/talent.ts).
import type { Db } from "../../app/db/client.server.ts";
import { findPersonByEmail } from "../../app/modules/identity/index.server.ts";
import {
  competenceSpans,
  createVacancy,
  detectSharedPosts,
  municipalityByNis,
  setVacancyStatus,
  todayInBrussels,
} from "../../app/modules/talent/index.server.ts";
import { vacancyFormSchema } from "../../app/modules/talent/shared.ts";

/** Information Security Manager (CWA 16458-1 role profile 11). */
const SECURITY_MANAGER = "11";

const days = (n: number) => todayInBrussels(new Date(Date.now() + n * 86_400_000));

const DEMO_SHARED: { nis: string; fte: string; title: string; description: string }[] = [
  {
    nis: "11055",
    fte: "0,4",
    title: "Informatieveiligheidsmanager (deeltijds)",
    description: "U stuurt het informatieveiligheidsbeleid van gemeente en OCMW aan, twee dagen per week.",
  },
  {
    nis: "11057",
    fte: "0,3",
    title: "Informatieveiligheidsmanager",
    description: "Anderhalve dag per week: u bewaakt de informatieveiligheid en rapporteert aan de algemeen directeur.",
  },
  {
    nis: "11054",
    fte: "0,3",
    title: "Coördinator informatieveiligheid",
    description: "U zet het informatieveiligheidsplan van de gemeente om in de praktijk, anderhalve dag per week.",
  },
];

/** The three small vacancies and the shared-post proposal that follows from them. */
export async function seedDemoTalentRegion(db: Db): Promise<void> {
  const author =
    (await findPersonByEmail(db, "hr.zoersel@demo.vlavirgem.be")) ?? (await findPersonByEmail(db, "admin@demo.vlavirgem.be"));
  if (!author) throw new Error("demo seed: no author for the shared-post vacancies");
  const actor = { personId: author.id };
  for (const v of DEMO_SHARED) {
    const place = await municipalityByNis(db, v.nis);
    if (!place) throw new Error(`demo seed: no municipality ${v.nis}`);
    const parsed = vacancyFormSchema(competenceSpans(), todayInBrussels()).safeParse({
      title: v.title,
      description: v.description,
      roleProfileId: SECURITY_MANAGER,
      fte: v.fte,
      contract: "contractueel",
      grade: "A",
      salaryMin: "3900",
      salaryMax: "6100",
      scaleCode: "A1a-A3a",
      place: v.nis,
      teleworkPercent: "20",
      startsOn: days(60),
      closesOn: days(35),
      openToSharing: "on",
      req_code_0: "E.8",
      req_level_0: "4",
      req_code_1: "D.1",
      req_level_1: "4",
      opt_code_0: "E.3",
      opt_level_0: "3",
    });
    if (!parsed.success) throw new Error(`demo shared-post vacancy invalid: ${JSON.stringify(parsed.error.issues)}`);
    const created = await createVacancy(db, place.id, parsed.data, actor);
    if (!created.ok) throw new Error(`demo shared-post vacancy: ${created.error}`);
    const published = await setVacancyStatus(db, place.id, created.id, "open", actor);
    if (!published.ok) throw new Error(`demo shared-post vacancy: ${published.error}`);
  }
  const result = await detectSharedPosts(db, new Date());
  if (result.proposed.length === 0) throw new Error("demo seed: no shared-post proposal for Zoersel, Malle and Zandhoven");
}
