// Direct record creation for seed data and test factories (tests/factories/identity.ts).
// Use cases for real users go through accounts/memberships/organisations, which check and audit.
import type { DbOrTx } from "../../db/client.server.ts";
import { hashPassword } from "./passwords.server.ts";
import { memberships, organisations, people } from "./schema.ts";

export type PersonRecord = {
  email: string;
  name: string;
  password?: string;
  verified?: boolean;
  isPortalAdmin?: boolean;
  locale?: "nl" | "en";
};

export async function insertPerson(db: DbOrTx, input: PersonRecord) {
  const [person] = await db
    .insert(people)
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      emailVerifiedAt: input.verified === false ? null : new Date(),
      isPortalAdmin: input.isPortalAdmin ?? false,
      locale: input.locale ?? "nl",
      privacyAcceptedAt: new Date(),
    })
    .returning();
  return person!;
}

export async function insertOrganisation(db: DbOrTx, input: typeof organisations.$inferInsert) {
  const [organisation] = await db.insert(organisations).values(input).returning();
  return organisation!;
}

export async function insertMembership(
  db: DbOrTx,
  input: { personId: string; organisationId: string; roles?: string[]; status?: "requested" | "active"; message?: string },
) {
  const [membership] = await db
    .insert(memberships)
    .values({
      personId: input.personId,
      organisationId: input.organisationId,
      roles: input.roles ?? [],
      status: input.status ?? "active",
      message: input.message ?? null,
      decidedAt: input.status === "requested" ? null : new Date(),
    })
    .returning();
  return membership!;
}
