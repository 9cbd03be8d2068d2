// SCORM 1.2 and certificates end to end in Chromium: a learner enrols in the demo lesson "Veilig
// e-mailen" (the project's own SCORM package), runs it in the player (scorm-again), leaves half-way
// and resumes where they left after a reload, passes the check; the course completes, the
// certificate is issued (PDF, Open Badges credential) and /verify/{code} confirms it. Every page,
// the SCO's iframe included, is checked with axe.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { browserSuite, type CheckedPage, ROOT } from "./harness.ts";

// Development mode seeds the demo accounts and the SCORM demo lesson.
const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });
const LEARNER = "hr.bkz@demo.vlavirgem.be";

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

test("a learner runs the SCORM package, resumes after a reload, passes and gets a verifiable certificate", async () => {
  const checked = await suite.newPage();
  const { page, visit, navigate, audit } = checked;
  await logIn(checked, LEARNER);
  const commits: string[] = [];
  let answered = 0;
  const isCommit = (request: { method(): string; url(): string }) =>
    request.method() === "POST" && request.url().includes("/leren/scorm/sessies/");
  page.on("request", (request) => {
    if (isCommit(request)) commits.push(request.url());
  });
  page.on("requestfinished", (request) => {
    if (isCommit(request)) answered++;
  });
  /** Runs a step of the SCO and waits until the commit it makes has been answered. */
  const committed = async (step: () => Promise<unknown>) => {
    const before = answered;
    await step();
    for (let i = 0; i < 100 && answered <= before; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBeGreaterThan(before);
  };

  await visit("/leren/cursus/veilig-e-mailen");
  await navigate(() => page.getByRole("button", { name: "Inschrijven" }).click());
  const lessonLink = page.getByRole("link", { name: "Veilig e-mailen: herken een verdachte mail" }).first();
  await navigate(() => lessonLink.click(), { url: /\/les\/[0-9a-f-]{36}$/ });
  const lessonUrl = new URL(page.url()).pathname;

  // The player starts the SCO in its iframe; the SCO finds window.API and shows page 1.
  const sco = page.frameLocator("iframe.vvg-scorm-player__frame");
  await sco.getByRole("heading", { name: /1 van 3/ }).waitFor();
  await expect(page.getByRole("status").filter({ hasText: "Stand van de module" }).textContent()).resolves.toContain("bezig");
  await audit(); // the portal page and the SCO inside it

  // The SCO is served same-origin with its own policy: framed by the portal only, never cached publicly.
  const src = await page.locator("iframe.vvg-scorm-player__frame").getAttribute("src");
  const content = await page.request.get(new URL(src!, page.url()).href);
  expect(content.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(content.headers()["content-security-policy"]).not.toContain("frame-ancestors 'none'");
  expect(content.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(content.headers()["cache-control"]).toContain("private");
  // A commit without the CSRF header is refused, and a wrong value gets its SCORM error code.
  const commitUrl = new URL(commits[0]!, page.url()).href;
  const forged = await page.request.post(commitUrl, { data: { cmi: { core: { lesson_status: "passed" } } } });
  expect(forged.status()).toBe(403);
  // The SCO commits lesson_location on every page turn.
  await committed(() => sco.getByRole("button", { name: "Volgende" }).click());
  await sco.getByRole("heading", { name: /2 van 3/ }).waitFor();

  // Reload: a new session resumes at page 2 (lesson_location restored by the server).
  await visit(lessonUrl);
  await sco.getByRole("heading", { name: /2 van 3/ }).waitFor();
  await sco.getByRole("button", { name: "Volgende" }).click();
  await sco.getByRole("heading", { name: /3 van 3/ }).waitFor();

  // A wrong answer first: failed, with a score.
  await sco.getByLabel("Ik antwoord op de mail om te vragen of ze echt is.").check();
  await sco.getByLabel("De leverancier bellen op een nummer dat ik zelf opzoek.").check();
  await sco.getByRole("button", { name: "Antwoorden indienen" }).click();
  await expect(sco.getByRole("status").textContent()).resolves.toContain("Nog niet geslaagd: 50 op 100");
  await sco.getByLabel("Ik klik niet en meld de mail aan de ICT-dienst.").check();
  await sco.getByRole("button", { name: "Antwoorden indienen" }).click();
  await expect(sco.getByRole("status").textContent()).resolves.toContain("Geslaagd: 100 op 100");
  await audit();

  // LMSFinish: the session closes and the page refreshes its data (the course is completed).
  await sco.getByRole("button", { name: "Module afsluiten" }).click();
  await page.getByText("Je voortgang is bewaard.").waitFor();
  await expect(page.getByRole("status").filter({ hasText: "Stand van de module" }).textContent()).resolves.toContain("geslaagd");

  // The certificate: listed with its code, a PDF and a signed Open Badges credential.
  await visit("/leren/certificaten");
  const row = page.getByRole("row").filter({ hasText: "Veilig e-mailen" });
  const code = (await row.getByRole("link", { name: /^VVG-/ }).textContent())!.trim();
  expect(code).toMatch(/^VVG-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
  const pdf = await page.request.get(new URL(`/leren/certificaten/${code}/pdf`, page.url()).href);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const jwt = await (await page.request.get(new URL(`/leren/certificaten/${code}/open-badge`, page.url()).href)).text();
  // Verified the way an outside verifier does: the header's kid is the URL of the public JWK.
  const { kid } = decodeProtectedHeader(jwt);
  const jwk = await (await page.request.get(String(kid))).json();
  const { payload } = await jwtVerify(jwt, await importJWK(jwk, "EdDSA"));
  expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);

  // Anyone (no login) checks it on the public page.
  const anonymous = await suite.newPage({ javaScript: false });
  await anonymous.visit(`/verify/${code}`);
  await expect(anonymous.page.getByRole("heading", { level: 2, name: "Dit certificaat is geldig" }).count()).resolves.toBe(1);
  await expect(anonymous.page.locator("main").textContent()).resolves.toContain("Veilig e-mailen");
  // A mistyped code says only that it is unknown.
  anonymous.allowConsoleError(/status of 404/);
  await anonymous.visit("/verify/VVG-2222-2222-2222", { status: 404 });
  await expect(anonymous.page.getByRole("heading", { name: "Onbekende code" }).count()).resolves.toBe(1);
}, 180_000);

test("without JavaScript the SCORM lesson says clearly that it needs JavaScript", async () => {
  const withJs = await suite.newPage();
  await logIn(withJs, "budgethouder.bkz@demo.vlavirgem.be");
  await withJs.visit("/leren/cursus/veilig-e-mailen");
  await withJs.navigate(() => withJs.page.getByRole("button", { name: "Inschrijven" }).click());
  const href = await withJs.page
    .getByRole("link", { name: "Veilig e-mailen: herken een verdachte mail" })
    .first()
    .getAttribute("href");
  const cookies = await withJs.page.context().cookies();

  const noJs = await suite.newPage({ javaScript: false });
  await noJs.page.context().addCookies(cookies);
  await noJs.visit(href!);
  await expect(noJs.page.locator("main").textContent()).resolves.toContain("werkt alleen als JavaScript aan staat");
  await expect(noJs.page.locator("iframe").count()).resolves.toBe(0);
}, 120_000);

test("an author uploads a SCORM package, without JavaScript; a corrupt zip is refused and nothing is stored", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  await logIn(checked, "admin@demo.vlavirgem.be");
  await visit("/leren/scorm");
  const listed = async () => page.locator("main table tbody tr").count();
  const before = await listed();

  // A file that is not a zip at all.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-scorm-"));
  const broken = path.join(folder, "kapot.zip");
  fs.writeFileSync(broken, "dit is geen zip-bestand");
  await page.getByLabel("SCORM-pakket (zip)").setInputFiles(broken);
  await navigate(() => page.getByRole("button", { name: "Pakket opladen" }).click(), { url: "/leren/scorm", status: 400 });
  expect((await page.textContent("main")) ?? "").toContain("Dit is geen geldig zip-bestand, of het is beschadigd.");
  await visit("/leren/scorm");
  expect(await listed()).toBe(before);

  // The project's own package: its manifest is read and the package page shows it.
  await page.getByLabel("SCORM-pakket (zip)").setInputFiles(path.join(ROOT, "data", "scorm", "veilig-mailen.zip"));
  await navigate(() => page.getByRole("button", { name: "Pakket opladen" }).click(), { url: /\/leren\/scorm\/[0-9a-f-]{36}$/ });
  expect((await page.textContent("main")) ?? "").toContain("is opgeladen");
  await visit("/leren/scorm");
  expect(await listed()).toBe(before + 1);
});
