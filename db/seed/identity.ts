import type { Db } from "../../app/db/client.server.ts";
import { DEMO_ACCOUNTS, DEMO_APPLICANT, DEMO_PASSWORD, DEMO_PENDING_SUPPLIER, DEMO_SUPPLIER } from "../../app/demo-accounts.ts";
import { findByNisCode, seedRegistry } from "../../app/modules/identity/index.server.ts";
import { defaultPeppolId, vatNumberOf } from "../../app/modules/identity/shared.ts";
import { createMembership, createOrganisation, createPerson } from "../../tests/factories/identity.ts";

/** The registry of local governments: reference data, seeded in every environment. */
export async function seedIdentityRegistry(db: Db): Promise<void> {
  await seedRegistry(db);
}

/** One account for every role (README "Demo accounts"); never in production. */
export async function seedDemoIdentities(db: Db): Promise<void> {
  const supplier = await createOrganisation(db, {
    type: "leverancier",
    name: DEMO_SUPPLIER.name,
    enterpriseNumber: DEMO_SUPPLIER.enterpriseNumber,
    vatNumber: vatNumberOf(DEMO_SUPPLIER.enterpriseNumber),
    peppolId: defaultPeppolId(DEMO_SUPPLIER.enterpriseNumber),
    street: DEMO_SUPPLIER.street,
    postalCode: DEMO_SUPPLIER.postalCode,
    city: DEMO_SUPPLIER.city,
    province: null,
    contactName: "Beheerder Demo IT Supplies",
    contactEmail: "beheerder@demo-it-supplies.be",
    status: "active",
  });
  const organisationIds = new Map<string, string>([[DEMO_SUPPLIER.name, supplier.id]]);
  const resolve = async (key: string) => {
    if (!organisationIds.has(key)) {
      const found = await findByNisCode(db, key);
      if (!found) throw new Error(`demo seed: no municipality with NIS code ${key}`);
      organisationIds.set(key, found.organisation.id);
    }
    return organisationIds.get(key)!;
  };
  for (const account of DEMO_ACCOUNTS) {
    const person = await createPerson(db, {
      email: account.email,
      name: account.name,
      password: DEMO_PASSWORD,
      isPortalAdmin: account.portalAdmin,
    });
    for (const membership of account.memberships) {
      await createMembership(db, person.id, await resolve(membership.organisation), membership.roles);
    }
  }
  const applicant = await createPerson(db, { email: DEMO_APPLICANT.email, name: DEMO_APPLICANT.name, password: DEMO_PASSWORD });
  await createMembership(db, applicant.id, await resolve(DEMO_APPLICANT.organisation), [], "requested");

  const pending = await createOrganisation(db, {
    type: "leverancier",
    name: DEMO_PENDING_SUPPLIER.name,
    enterpriseNumber: DEMO_PENDING_SUPPLIER.enterpriseNumber,
    vatNumber: vatNumberOf(DEMO_PENDING_SUPPLIER.enterpriseNumber),
    peppolId: defaultPeppolId(DEMO_PENDING_SUPPLIER.enterpriseNumber),
    street: DEMO_PENDING_SUPPLIER.street,
    postalCode: DEMO_PENDING_SUPPLIER.postalCode,
    city: DEMO_PENDING_SUPPLIER.city,
    province: null,
    contactName: "Wachtende Leverancier",
    contactEmail: "beheerder@wachtende-leverancier.be",
    status: "pending",
  });
  const pendingAdmin = await createPerson(db, {
    email: "beheerder@wachtende-leverancier.be",
    name: "Beheerder Wachtende Leverancier",
    password: DEMO_PASSWORD,
  });
  await createMembership(db, pendingAdmin.id, pending.id, ["beheerder"]);
}
