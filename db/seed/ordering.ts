// Ordering seed: legal thresholds (reference data, every environment) and, for the demo, the
// approval set-up of Zoersel and Beveren-Kruibeke-Zwijndrecht and a few past orders so that the
// spend reports show something. Past orders are dated in 2025 or are framework orders, so that
// they never push a new low-value order of the demo over the threshold by themselves.
import type { Db } from "../../app/db/client.server.ts";
import { findByNisCode, findPersonByEmail } from "../../app/modules/identity/index.server.ts";
import { createDemoOrder, listBudgetCodes, seedApprovalSetup, seedThresholds } from "../../app/modules/ordering/index.server.ts";
import { findOfferIds, listFrameworks } from "../../app/modules/procurement/index.server.ts";
import { DEMO_FRAMEWORK_REFERENCE } from "./procurement.ts";

export async function seedOrderingReference(db: Db): Promise<void> {
  await seedThresholds(db);
}

const BANDS = [
  { min: 0, max: 850_000, body: "budgethouder" as const, note: "Dagelijks bestuur, binnen het budget" },
  { min: 850_000, max: 3_000_000, body: "algemeen_directeur" as const, note: "Delegatie college aan algemeen directeur" },
  { min: 3_000_000, max: 14_300_000, body: "college" as const, note: "Dagelijks bestuur volgens raadsbesluit" },
  { min: 14_300_000, max: null, body: "gemeenteraad" as const },
];

async function person(db: Db, email: string): Promise<string> {
  const found = await findPersonByEmail(db, email);
  if (!found) throw new Error(`ordering seed: no person ${email}`);
  return found.id;
}

export async function seedDemoOrdering(db: Db): Promise<void> {
  const year = new Date().getFullYear();
  const towns = [
    { nis: "11055", slug: "zoersel", format: "{YYYY}{SEQ:6}" },
    { nis: "46030", slug: "bkz", format: "BKZ/{YY}/{SEQ:5}" },
  ];
  const ids: Record<string, { organisationId: string; buyerId: string; approverId: string }> = {};
  for (const town of towns) {
    const found = await findByNisCode(db, town.nis);
    if (!found) throw new Error(`ordering seed: no municipality ${town.nis}`);
    const organisationId = found.organisation.id;
    const buyerId = await person(db, `aankoper.${town.slug}@demo.vlavirgem.be`);
    const approverId = await person(db, `budgethouder.${town.slug}@demo.vlavirgem.be`);
    ids[town.slug] = { organisationId, buyerId, approverId };
    await seedApprovalSetup(db, organisationId, {
      bands: BANDS,
      codes: [
        { code: "0119-00/6141000", label: "ICT-verbruiksmateriaal (exploitatie)" },
        { code: "0119-00/2300000", label: "ICT-hardware (investering)" },
      ],
      delegations: [
        {
          personId: approverId,
          body: "algemeen_directeur",
          validFrom: `${year}-01-01`,
          validTo: `${year}-12-31`,
          decisionReference: `Collegebesluit ${year}/0017: delegatie aan de budgethouder ICT tot € 30.000`,
        },
      ],
      poNumberFormat: town.format,
    });
  }

  // Past low-value orders (last year) of BKZ, and framework orders of Zoersel (which joined).
  const printers = await findOfferIds(db, { categorySlug: "printer", limit: 2 });
  const monitors = await findOfferIds(db, { categorySlug: "monitor", limit: 2 });
  const phones = await findOfferIds(db, { categorySlug: "smartphone", underFramework: true, limit: 2 });
  const framework = (await listFrameworks(db)).find((f) => f.reference === DEMO_FRAMEWORK_REFERENCE);
  const bkz = ids.bkz!;
  const zoersel = ids.zoersel!;
  const bkzCodes = await listBudgetCodes(db, bkz.organisationId);
  if (printers[0]) {
    await createDemoOrder(db, {
      ...bkz,
      lines: [{ offerId: printers[0], quantity: 3 }],
      at: new Date(`${year - 1}-03-12T09:30:00Z`),
      status: "invoiced",
      approvingBody: "budgethouder",
      budgetCodeId: bkzCodes[1]?.id,
    });
  }
  if (monitors[0]) {
    await createDemoOrder(db, {
      ...bkz,
      lines: [{ offerId: monitors[0], quantity: 12 }],
      at: new Date(`${year - 1}-05-06T10:00:00Z`),
      status: "delivered",
      approvingBody: "budgethouder",
      budgetCodeId: bkzCodes[1]?.id,
    });
  }
  if (framework && phones[0]) {
    await createDemoOrder(db, {
      ...zoersel,
      lines: [{ offerId: phones[0], quantity: 8 }],
      at: new Date(`${year}-02-20T08:45:00Z`),
      status: "invoiced",
      approvingBody: "budgethouder",
      frameworkId: framework.id,
    });
    await createDemoOrder(db, {
      ...zoersel,
      lines: [{ offerId: phones[1] ?? phones[0], quantity: 4 }],
      at: new Date(`${year}-04-14T13:15:00Z`),
      status: "delivered",
      approvingBody: "budgethouder",
      frameworkId: framework.id,
    });
  }
}
