// NoITS hiding rules against the built portal and its demo data: the demo IT professional's
// profile is hidden from Zoersel. For Zoersel's HR it must behave exactly as if it did not exist
// (not in rankings, 404 on its id, a contact request is a 404 that stores nothing); BKZ's HR sees
// it, anonymised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../app/demo-accounts.ts";
import { DEMO_PROFESSIONAL_HEADLINE } from "../../db/seed/talent.ts";
import { Browserless } from "../support/http-client.ts";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.ts";

let server: SpawnedServer;
let profileId: string;
let bkz: Browserless;
let zoersel: Browserless;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The id of the vacancy titled `title` on HR's list of their own vacancies. */
async function vacancyId(client: Browserless, title: string): Promise<string> {
  const list = await client.get("/noits/beheer/vacatures");
  expect(list.status).toBe(200);
  const id = list.body.match(new RegExp(`href="/noits/beheer/vacatures/([0-9a-f-]{36})"[^>]*>${escapeRegExp(title)}<`))?.[1];
  expect(id, `vacancy ${title}`).toBeTruthy();
  return id!;
}

beforeAll(async () => {
  server = await spawnServer({ LOG_LEVEL: "warn" });
  bkz = new Browserless(server.url);
  await bkz.login("hr.bkz@demo.vlavirgem.be", DEMO_PASSWORD);
  zoersel = new Browserless(server.url);
  await zoersel.login("hr.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
  const id = await vacancyId(bkz, "Informatieveiligheidsconsulent (gedeeld)");
  const page = await bkz.get(`/noits/beheer/vacatures/${id}`);
  expect(page.status).toBe(200);
  const found = page.body.match(
    new RegExp(`href="/noits/profielen/([0-9a-f-]{36})\\?vacature=${id}"[^>]*>${escapeRegExp(DEMO_PROFESSIONAL_HEADLINE)}<`),
  )?.[1];
  expect(found).toBeTruthy();
  profileId = found ?? "";
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe("a profile hidden from Zoersel", () => {
  it("is visible, anonymised, to BKZ's HR, with the reasons of the match", async () => {
    const page = await bkz.get(`/noits/profielen/${profileId}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(DEMO_PROFESSIONAL_HEADLINE);
    expect(page.body).toContain("E.8");
    for (const secret of ["Sam IT-professional", "it-professional@demo.vlavirgem.be", "Schilde"])
      expect(page.body).not.toContain(secret);
  });

  it("is a 404 for Zoersel's HR, like a profile that does not exist", async () => {
    const hidden = await zoersel.get(`/noits/profielen/${profileId}`);
    const unknown = await zoersel.get("/noits/profielen/00000000-0000-4000-8000-000000000000");
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    // The same page, word for word (nonces, request ids and flash messages aside).
    const main = (body: string) => body.slice(body.indexOf("<main"), body.indexOf("</main>"));
    expect(main(hidden.body)).toBe(main(unknown.body));
    expect(main(hidden.body)).toContain("<h1");
    expect(hidden.body).not.toContain(DEMO_PROFESSIONAL_HEADLINE);
  });

  it("is not in Zoersel's ranking of a vacancy it matches, while other profiles are", async () => {
    const id = await vacancyId(zoersel, "Informatieveiligheidsconsulent");
    const page = await zoersel.get(`/noits/beheer/vacatures/${id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/href="\/noits\/profielen\/[0-9a-f-]{36}\?vacature=/);
    expect(page.body).not.toContain(profileId);
    expect(page.body).not.toContain(DEMO_PROFESSIONAL_HEADLINE);
  });

  it("cannot be contacted by Zoersel: 404, and nothing is stored", async () => {
    const attempt = await zoersel.post(`/noits/profielen/${profileId}`, { message: "Wij willen u graag spreken." }, "/noits");
    expect(attempt.status).toBe(404);
    const professional = new Browserless(server.url);
    await professional.login("it-professional@demo.vlavirgem.be", DEMO_PASSWORD);
    const contacts = await professional.get("/noits/contacten");
    expect(contacts.status).toBe(200);
    expect(contacts.body).not.toContain("Zoersel");
  });

  it("never appears in the public vacancies API", async () => {
    const api = await (await fetch(`${server.url}/api/v1/vacancies?pageSize=100`)).json();
    expect(api.total).toBeGreaterThan(0);
    expect(JSON.stringify(api)).not.toContain(profileId);
    expect(JSON.stringify(api)).not.toContain(DEMO_PROFESSIONAL_HEADLINE);
  });
});
