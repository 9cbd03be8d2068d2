// Walks every route of app/routes.ts × every kind of user × a foreign organisation, against the
// built portal with its demo data, and fails on any leak: a page answering someone it should
// refuse, or showing another organisation's private data. A route missing from ACCESS fails the
// test, so every new route must say who may see it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import routes from "../../app/routes.ts";
import { DEMO_ACCOUNTS, DEMO_APPLICANT, DEMO_PASSWORD, DEMO_SUPPLIER } from "../../app/demo-accounts.ts";
import { type Permission, permissionsOf } from "../../app/modules/identity/shared.ts";
import { spawnServer, type SpawnedServer } from "../support/spawn-server.ts";
import { Browserless } from "../support/http-client.ts";
import type { Access, AccessTable } from "./access.ts";
import { competitionsAccess } from "./areas/competitions.ts";
import { coreAccess } from "./areas/core.ts";
import { learningAccess } from "./areas/learning.ts";
import { learningCertificatesAccess } from "./areas/learning-certificates.ts";
import { orderingAccess } from "./areas/ordering.ts";
import { talentAccess } from "./areas/talent.ts";
import { talentRegionAccess } from "./areas/talent-region.ts";

/** Every route file and who may see it: one table per area, each in tests/access/areas/. */
const ACCESS: AccessTable = {
  ...coreAccess,
  ...orderingAccess,
  ...competitionsAccess,
  ...talentAccess,
  ...talentRegionAccess,
  ...learningAccess,
  ...learningCertificatesAccess,
};

type Actor = { label: string; email?: string; portalAdmin?: boolean; adminOfForeign?: boolean; supplier?: boolean };

/** The foreign organisation is Zoersel; its pending applicant is private to Zoersel's admins. */
const ACTORS: Actor[] = [
  { label: "anonymous" },
  { label: "beheerder BKZ", email: "beheerder.bkz@demo.vlavirgem.be" },
  { label: "aankoper BKZ", email: "aankoper.bkz@demo.vlavirgem.be" },
  { label: "budgethouder BKZ", email: "budgethouder.bkz@demo.vlavirgem.be" },
  { label: "hr BKZ", email: "hr.bkz@demo.vlavirgem.be" },
  { label: "opleidingsverantwoordelijke BKZ", email: "opleidingsverantwoordelijke.bkz@demo.vlavirgem.be" },
  { label: "ict-coordinator BKZ", email: "ict-coordinator.bkz@demo.vlavirgem.be" },
  { label: "informatieveiligheidsconsulent BKZ", email: "informatieveiligheidsconsulent.bkz@demo.vlavirgem.be" },
  { label: "aankoper Zoersel (no member management)", email: "aankoper.zoersel@demo.vlavirgem.be" },
  { label: "shared employee Zoersel+Zandhoven", email: "gedeeld@demo.vlavirgem.be" },
  { label: "supplier admin", email: "beheerder@demo-it-supplies.be", supplier: true },
  { label: "supplier salesperson", email: "verkoper@demo-it-supplies.be", supplier: true },
  { label: "admin of a supplier awaiting approval", email: "beheerder@wachtende-leverancier.be" },
  { label: "IT professional", email: "it-professional@demo.vlavirgem.be" },
  { label: "portal admin", email: "admin@demo.vlavirgem.be", portalAdmin: true },
  { label: "beheerder Zoersel (owner)", email: "beheerder.zoersel@demo.vlavirgem.be", adminOfForeign: true },
];

/** Private data of Zoersel that only its admins (and portal admins, in the console) may see. */
const PRIVATE_MARKERS = [DEMO_APPLICANT.email, DEMO_APPLICANT.name];

let server: SpawnedServer;
let zoerselId: string;

beforeAll(async () => {
  server = await spawnServer({ LOG_LEVEL: "warn" });
  const api = await (await fetch(`${server.url}/api/v1/organisations?q=Zoersel&type=gemeente`)).json();
  zoerselId = api.items.find((item: { nisCode: string }) => item.nisCode === "11055").id;
  expect(zoerselId).toBeTruthy();
});
afterAll(async () => {
  await server?.stop();
});

function pathFor(route: { path?: string; index?: boolean }): string {
  if (route.index) return "/";
  return `/${(route.path ?? "")
    .replace(":token", "onbekende-link-0000")
    .replace(":nisCode", "11055")
    .replace(":id", zoerselId)
    .replace("*", "bestaat-niet")
    // Any other parameter: an id that is nobody's.
    .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000")}`;
}

/** What the actor may do in their active organisation (the first of their demo memberships). */
function permissionsOfActor(actor: Actor): Set<Permission> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === actor.email);
  const membership = account?.memberships[0];
  if (!membership) return new Set();
  const type = membership.organisation === DEMO_SUPPLIER.name ? "leverancier" : "gemeente";
  return permissionsOf(type, membership.roles);
}

function expectedStatus(access: Access, actor: Actor): number[] {
  const anonymous = !actor.email;
  if (typeof access === "object") {
    if (anonymous) return [302];
    if (!permissionsOfActor(actor).has(access.permission)) return [403];
    return "item" in access ? [404] : [200];
  }
  switch (access) {
    case "public":
      return [200];
    case "guest":
      return anonymous ? [200] : [302];
    case "account":
    case "download":
      return anonymous ? [302] : [200];
    case "admin":
    case "admin-download":
      return anonymous ? [302] : actor.portalAdmin ? [200] : [403];
    case "org-admin":
      return anonymous ? [302] : actor.adminOfForeign ? [200] : [403];
    case "token":
      return [302, 400, 404, 410];
    case "post-only":
      return [302];
    case "not-found":
    case "missing-item":
      return [404];
    case "supplier":
      return anonymous ? [302] : actor.supplier ? [200] : [403];
    case "supplier-item":
      return anonymous ? [302] : actor.supplier ? [404] : [403];
    case "post-api":
      return [405];
    case "admin-item":
      return anonymous ? [302] : actor.portalAdmin ? [404] : [403];
    case "account-item":
      return anonymous ? [302] : [404];
  }
}

describe("every route × every role × a foreign organisation", () => {
  it("lists every route of app/routes.ts in the access table", () => {
    const files = (routes as { file: string }[]).map((route) => route.file);
    expect(files.filter((file) => !(file in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((file) => !files.includes(file))).toEqual([]);
  });

  for (const actor of ACTORS) {
    it(`${actor.label}: answers as the access table says and leaks nothing of Zoersel`, async () => {
      const client = new Browserless(server.url);
      if (actor.email) await client.login(actor.email, DEMO_PASSWORD);
      const problems: string[] = [];
      for (const route of routes as { file: string; path?: string; index?: boolean }[]) {
        const access = ACCESS[route.file]!;
        const path = pathFor(route);
        const response = await client.get(path);
        const expected = expectedStatus(access, actor);
        if (!expected.includes(response.status)) problems.push(`${path}: ${response.status}, expected ${expected.join("/")}`);
        if (
          (typeof access === "object" ||
            ["account", "account-item", "admin-item", "download", "supplier", "supplier-item"].includes(access)) &&
          !actor.email &&
          !response.location?.startsWith("/inloggen")
        ) {
          problems.push(`${path}: anonymous not sent to /inloggen (${response.location})`);
        }
        const seesPrivate = response.status === 200 && (actor.adminOfForeign || actor.portalAdmin);
        if (!seesPrivate) {
          for (const marker of PRIVATE_MARKERS) if (response.body.includes(marker)) problems.push(`${path}: shows "${marker}"`);
        }
        if (response.status >= 500) problems.push(`${path}: server error ${response.status}`);
        if (/at .+\.(ts|tsx|js):\d+:\d+/.test(response.body)) problems.push(`${path}: stack trace in the body`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("shows Zoersel's admin the pending request (so the leak check above can see a leak)", async () => {
    const client = new Browserless(server.url);
    await client.login("beheerder.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
    const page = await client.get(`/organisaties/${zoerselId}/leden`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(DEMO_APPLICANT.email);
  });

  it("refuses a foreign admin's POST on Zoersel's members and changes nothing", async () => {
    const intruder = new Browserless(server.url);
    await intruder.login("beheerder.bkz@demo.vlavirgem.be", DEMO_PASSWORD);
    const owner = new Browserless(server.url);
    await owner.login("beheerder.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
    const before = await owner.get(`/organisaties/${zoerselId}/leden`);
    const membershipId = before.body.match(/name="membershipId" value="([0-9a-f-]{36})"/)?.[1];
    expect(membershipId).toBeTruthy();
    const attempt = await intruder.post(`/organisaties/${zoerselId}/leden`, {
      intent: "approve",
      membershipId: membershipId!,
      roles: "beheerder",
    });
    expect(attempt.status).toBe(403);
    const after = await owner.get(`/organisaties/${zoerselId}/leden`);
    expect(after.body).toContain(DEMO_APPLICANT.email);
    expect(after.body).toContain(membershipId!);
  });
});

describe("suppliers' catalogues", () => {
  it("refuses a supplier's POST on another supplier's offer and changes nothing", async () => {
    type Offer = { id: string; supplier: { name: string } };
    const list = await (await fetch(`${server.url}/api/v1/products?pageSize=50`)).json();
    let foreign: { productId: string; offer: Offer } | undefined;
    for (const item of list.items as { id: string }[]) {
      const product = await (await fetch(`${server.url}/api/v1/products/${item.id}`)).json();
      const offer = (product.offers as Offer[]).find((o) => o.supplier.name !== "Demo IT Supplies NV");
      if (offer) {
        foreign = { productId: item.id, offer };
        break;
      }
    }
    expect(foreign).toBeTruthy();
    const supplier = new Browserless(server.url);
    await supplier.login("beheerder@demo-it-supplies.be", DEMO_PASSWORD);
    const path = `/leverancier/catalogus/aanbod/${foreign!.offer.id}`;
    expect((await supplier.get(path)).status).toBe(404);
    const attempt = await supplier.post(path, { intent: "withdraw" }, "/leverancier/catalogus");
    expect(attempt.status).toBe(404);
    const after = await (await fetch(`${server.url}/api/v1/products/${foreign!.productId}`)).json();
    expect((after.offers as Offer[]).map((o) => o.id)).toContain(foreign!.offer.id);
  });
});
