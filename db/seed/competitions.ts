// Demo data for quote requests and mini-competitions (demo only): an account for a second
// supplier of the demo framework's lot 2 (Beeldschermen en dockingstations: Demo IT Supplies NV
// and Kempen Computers BV), so that a mini-competition can be answered by two suppliers.
import type { Db } from "../../app/db/client.server.ts";
import { DEMO_PASSWORD } from "../../app/demo-accounts.ts";
import { listOrganisationsForAdmin } from "../../app/modules/identity/index.server.ts";
import { createMembership, createPerson } from "../../tests/factories/identity.ts";

/** The demo supplier account added for mini-competitions (password: the demo password). */
export const DEMO_COMPETITION_SUPPLIER = {
  email: "beheerder@kempen-computers.be",
  name: "Beheerder Kempen Computers",
  organisation: "Kempen Computers BV",
  password: DEMO_PASSWORD,
} as const;

export async function seedDemoCompetitions(db: Db): Promise<void> {
  const found = await listOrganisationsForAdmin(db, { q: DEMO_COMPETITION_SUPPLIER.organisation, type: "leverancier" });
  const supplier = found.items.find((o) => o.name === DEMO_COMPETITION_SUPPLIER.organisation);
  if (!supplier) throw new Error(`demo seed: no supplier named ${DEMO_COMPETITION_SUPPLIER.organisation}`);
  const person = await createPerson(db, {
    email: DEMO_COMPETITION_SUPPLIER.email,
    name: DEMO_COMPETITION_SUPPLIER.name,
    password: DEMO_COMPETITION_SUPPLIER.password,
  });
  await createMembership(db, person.id, supplier.id, ["beheerder"]);
}
