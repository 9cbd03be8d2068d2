import { sql } from "drizzle-orm";
import type { Db } from "../../app/db/client.server.ts";
import { getMeta, setMeta } from "../../app/modules/platform/index.server.ts";
import { seedDemoIdentities, seedIdentityRegistry } from "./identity.ts";
import { seedDemoCatalogue, seedProcurementReference } from "./procurement.ts";
import { seedDemoOrdering, seedOrderingReference } from "./ordering.ts";
import { seedDemoCompetitions } from "./competitions.ts";
import { seedLearningDemo, seedLearningOffer } from "./learning.ts";
import { seedScormDemo } from "./learning-scorm.ts";
import { seedDemoTalent, seedTalentReference } from "./talent.ts";
import { seedDemoTalentRegion } from "./talent-region.ts";

export type SeedOptions = {
  /** Demo accounts and sample content; never in production. */
  demo: boolean;
};

/** One seeder per module, run in this order inside one transaction. */
type Seeder = { name: string; run: (db: Db, options: SeedOptions) => Promise<void> };

const seeders: Seeder[] = [
  { name: "identity registry", run: (db) => seedIdentityRegistry(db) },
  { name: "identity demo accounts", run: (db, options) => (options.demo ? seedDemoIdentities(db) : Promise.resolve()) },
  { name: "procurement reference", run: (db) => seedProcurementReference(db) },
  { name: "procurement demo catalogue", run: (db, options) => (options.demo ? seedDemoCatalogue(db) : Promise.resolve()) },
  { name: "ordering reference", run: (db) => seedOrderingReference(db) },
  { name: "ordering demo", run: (db, options) => (options.demo ? seedDemoOrdering(db) : Promise.resolve()) },
  { name: "competitions demo", run: (db, options) => (options.demo ? seedDemoCompetitions(db) : Promise.resolve()) },
  { name: "learning offer", run: (db) => seedLearningOffer(db) },
  { name: "learning demo", run: (db, options) => (options.demo ? seedLearningDemo(db) : Promise.resolve()) },
  { name: "learning SCORM demo", run: (db, options) => (options.demo ? seedScormDemo(db) : Promise.resolve()) },
  { name: "talent reference", run: (db) => seedTalentReference(db) },
  { name: "talent demo", run: (db, options) => (options.demo ? seedDemoTalent(db) : Promise.resolve()) },
  { name: "talent region demo", run: (db, options) => (options.demo ? seedDemoTalentRegion(db) : Promise.resolve()) },
];

const SEED_KEY = "seeded_at";

/** Seeds once: a database that has been seeded before is left alone. Returns whether it seeded. */
export async function seedIfEmpty(db: Db, options: SeedOptions): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialise with other instances starting at the same moment.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(1447511620)`);
    if (await getMeta(tx, SEED_KEY)) return false;
    for (const seeder of seeders) await seeder.run(tx as unknown as Db, options);
    await setMeta(tx, SEED_KEY, new Date().toISOString());
    await setMeta(tx, "seed_demo", String(options.demo));
    return true;
  });
}

/**
 * Reference data that ships with the code and may change between versions (product categories
 * and their attributes): brought up to date at every start, idempotently, in every environment.
 */
export async function syncReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Instances starting together take turns (the same lock as seeding).
    await tx.execute(sql`SELECT pg_advisory_xact_lock(1447511620)`);
    await seedProcurementReference(tx as unknown as Db);
    await seedTalentReference(tx as unknown as Db);
    await seedOrderingReference(tx as unknown as Db);
  });
}

/** The schemas the migrations create; --reset drops them all and starts over. */
export const APP_SCHEMAS = ["identity", "platform", "procurement", "ordering", "talent", "learning", "drizzle"];
