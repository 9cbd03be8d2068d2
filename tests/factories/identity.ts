// Factories shared by the seed (db/seed) and the tests: every call makes uniquely keyed data
// unless told otherwise, so tests on one database never collide.
import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../../app/db/client.server.ts";
import { insertMembership, insertOrganisation, insertPerson } from "../../app/modules/identity/index.server.ts";

export const TEST_PASSWORD = "Correct-Horse-Battery-42";

const unique = () => randomBytes(5).toString("hex");

export function createPerson(
  db: DbOrTx,
  overrides: Partial<{
    email: string;
    name: string;
    password: string;
    verified: boolean;
    isPortalAdmin: boolean;
    locale: "nl" | "en";
  }> = {},
) {
  const id = unique();
  return insertPerson(db, {
    email: overrides.email ?? `person-${id}@example.be`,
    name: overrides.name ?? `Test Persoon ${id}`,
    password: overrides.password ?? TEST_PASSWORD,
    verified: overrides.verified ?? true,
    isPortalAdmin: overrides.isPortalAdmin ?? false,
    locale: overrides.locale ?? "nl",
  });
}

/** A test municipality (type gemeente, no NIS code unless given). */
export function createOrganisation(db: DbOrTx, overrides: Partial<Parameters<typeof insertOrganisation>[1]> = {}) {
  const id = unique();
  return insertOrganisation(db, {
    type: "gemeente",
    name: `Testgemeente ${id}`,
    nisCode: null,
    province: "Antwerpen",
    status: "active",
    ...overrides,
  });
}

export function createMembership(
  db: DbOrTx,
  personId: string,
  organisationId: string,
  roles: string[] = ["medewerker"],
  status: "requested" | "active" = "active",
) {
  return insertMembership(db, { personId, organisationId, roles, status });
}
