// NoITS end to end in Chromium: HR of Beveren-Kruibeke-Zwijndrecht publishes a vacancy (without
// JavaScript, with refused input first); an IT professional employed by Zoersel and Zandhoven
// creates an anonymous profile hidden from their employers (without JavaScript); BKZ's HR sees the
// match with its reasons, Zoersel's HR does not see the profile at all; contact request → consent
// (by keyboard) → identity shown to BKZ only. Every page is checked with axe.
import { expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { activate, browserSuite, type CheckedPage, tabTo } from "./harness.ts";

const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

const stamp = Date.now().toString(36);
const VACANCY = `Enterprise-architect e2e ${stamp}`;
const HEADLINE = `Architect en IS-governance e2e ${stamp}`;
const PROFESSIONAL = { email: "gedeeld@demo.vlavirgem.be", name: "Gedeelde ICT-medewerker" };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

let vacancyPath = "";
let profileId = "";
let contactPath = "";

test("the public pages: landing, competences with their spans, vacancies with JSON-LD", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/noits");
  await navigate(() => page.getByRole("link", { name: "De 41 e-CF-competenties" }).click(), { url: /\/noits\/competenties$/ });
  const row = page.getByRole("row").filter({ hasText: "Gebruikerservaring" });
  await expect(row.textContent()).resolves.toContain("e-2 – e-4");
  await visit("/noits/vacatures");
  await navigate(() => page.getByRole("link", { name: "ICT-deskundige" }).first().click(), {
    url: /\/noits\/vacatures\/[0-9a-f-]{36}$/,
  });
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "JobPosting",
    title: "ICT-deskundige",
    hiringOrganization: { name: "Beveren-Kruibeke-Zwijndrecht" },
  });
  expect(jsonLd.baseSalary.value).toMatchObject({ minValue: 3100, maxValue: 4800, unitText: "MONTH" });
});

test("HR publishes a vacancy without JavaScript, after clear messages on bad input", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "hr.bkz@demo.vlavirgem.be");
  await visit("/noits/beheer/vacatures/nieuw");
  await page.getByLabel("Titel van de functie").fill(VACANCY);
  const required = page.getByRole("group", { name: "Vereiste competenties" });
  await required.getByLabel("Competentie 1", { exact: true }).selectOption("A.5");
  await required.getByLabel("Niveau 1", { exact: true }).selectOption("4");
  await required.getByLabel("Competentie 2", { exact: true }).selectOption("A.1");
  await required.getByLabel("Niveau 2", { exact: true }).selectOption("3"); // A.1 exists only at e-4 and e-5
  await page.getByLabel("Omvang in VTE").fill("0");
  await page.getByLabel("Minimaal brutoloon per maand (euro)").fill("5200");
  await page.getByLabel("Maximaal brutoloon per maand (euro)").fill("4200");
  await page.getByLabel("Gemeente van de werkplek").selectOption({ label: "Beveren-Kruibeke-Zwijndrecht" });
  await page.getByLabel("Uiterste datum om te solliciteren").fill(inDays(-2));
  await navigate(() => page.getByRole("button", { name: "Als concept bewaren" }).click(), { status: 400 });
  const summary = (await page.locator(".vvg-error-summary").textContent()) ?? "";
  expect(summary).toContain("Dit niveau bestaat niet voor deze competentie");
  expect(summary).toContain("Vul een omvang in van 0,1 tot 1 VTE");
  expect(summary).toContain("Het maximale loon moet minstens even hoog zijn");
  expect(summary).toContain("mag niet in het verleden liggen");
  await expect(page.getByLabel("Titel van de functie").inputValue()).resolves.toBe(VACANCY);

  await required.getByLabel("Niveau 2", { exact: true }).selectOption("4");
  await required.getByLabel("Competentie 2", { exact: true }).selectOption("E.9");
  await page.getByLabel("Omvang in VTE").fill("0,8");
  await page.getByLabel("Maximaal brutoloon per maand (euro)").fill("6900");
  await page.getByLabel("Uiterste datum om te solliciteren").fill(inDays(20));
  await navigate(() => page.getByRole("button", { name: "Als concept bewaren" }).click(), {
    url: /\/noits\/beheer\/vacatures\/[0-9a-f-]{36}$/,
  });
  vacancyPath = new URL(page.url()).pathname;
  // Before publishing: an anonymised count of matching profiles.
  await expect(page.locator(".vvg-talent-count").textContent()).resolves.toMatch(/profiel(en)? past|passen/);
  await navigate(() => page.getByRole("button", { name: "Publiceren" }).click(), { url: (url) => url.pathname === vacancyPath });
  await expect(page.getByText("is gepubliceerd").count()).resolves.toBeGreaterThan(0);
});

test("a professional creates an anonymous profile hidden from their employers, without JavaScript", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  await logIn(checked, PROFESSIONAL.email);
  await visit("/noits/profiel");
  // Employers and their neighbours are suggested and ticked.
  const hidden = page.getByRole("group", { name: "Verbergen voor" });
  await expect(hidden.getByLabel("Zoersel (uw werkgever)").isChecked()).resolves.toBe(true);
  await expect(hidden.getByLabel("Zandhoven (uw werkgever)").isChecked()).resolves.toBe(true);
  await expect(hidden.getByLabel("Malle (buurgemeente van uw werkgever)").isChecked()).resolves.toBe(true);
  await page.getByLabel("Korte omschrijving").fill(HEADLINE);
  await page.getByLabel("Jaren ervaring in IT").fill("12");
  const competences = page.getByRole("group", { name: "Uw competenties" });
  await competences.getByLabel("Competentie 1", { exact: true }).selectOption("A.5");
  await competences.getByLabel("Niveau 1", { exact: true }).selectOption("4");
  await competences.getByLabel("Bewijs bij competentie 1").fill("TOGAF 10 Certified");
  await competences.getByLabel("Competentie 2", { exact: true }).selectOption("E.9");
  await competences.getByLabel("Niveau 2", { exact: true }).selectOption("4");
  await page.getByLabel("Beschikbaar in VTE").fill("1");
  await page.getByRole("group", { name: "Soorten contract die u wilt" }).getByLabel("Contractueel").check();
  await page.getByLabel("Uw woonplaats").selectOption({ label: "Antwerpen" });
  await page.getByLabel("Hoe ver wilt u reizen (km)?").fill("40");
  await navigate(() => page.getByRole("button", { name: "Anoniem profiel maken" }).click(), { url: /\/noits\/profiel$/ });
  await expect(page.getByText("Uw anoniem profiel is gemaakt.").count()).resolves.toBe(1);
  await expect(page.getByRole("group", { name: "Verbergen voor" }).getByLabel("Zoersel").isChecked()).resolves.toBe(true);
});

test("BKZ's HR sees the match with its reasons; Zoersel's HR does not see the profile at all", async () => {
  const hr = await suite.newPage();
  await logIn(hr, "hr.bkz@demo.vlavirgem.be");
  await hr.visit(vacancyPath);
  const match = hr.page.getByRole("listitem").filter({ hasText: HEADLINE });
  const reasons = (await match.textContent()) ?? "";
  expect(reasons).toContain("2 van 2 vereiste competenties");
  expect(reasons).toMatch(/A\.5 e4\s*✓/);
  expect(reasons).toMatch(/\d+ km \(wil tot 40 km reizen\)/);
  expect(reasons).toContain("1 VTE beschikbaar voor 0,8 gevraagd");
  await hr.navigate(() => match.getByRole("link", { name: HEADLINE }).click(), { url: /\/noits\/profielen\/[0-9a-f-]{36}/ });
  profileId = new URL(hr.page.url()).pathname.split("/").at(-1)!;
  const body = (await hr.page.textContent("main")) ?? "";
  expect(body).toContain("TOGAF 10 Certified");
  expect(body).not.toContain(PROFESSIONAL.name);
  expect(body).not.toContain(PROFESSIONAL.email);

  const employer = await suite.newPage();
  await logIn(employer, "hr.zoersel@demo.vlavirgem.be");
  await employer.visit(`/noits/profielen/${profileId}`, { status: 404 });
  await employer.visit("/noits/beheer/vacatures");
  await employer.navigate(() => employer.page.getByRole("link", { name: "Informatieveiligheidsconsulent" }).click());
  expect((await employer.page.textContent("main")) ?? "").not.toContain(HEADLINE);
});

test("contact request → consent by keyboard → identity shown to that organisation only", async () => {
  const hr = await suite.newPage();
  await logIn(hr, "hr.bkz@demo.vlavirgem.be");
  await hr.visit(`/noits/profielen/${profileId}`);
  await hr.page
    .getByLabel("Uw bericht")
    .fill("Wij zoeken een architect voor onze digitale dienstverlening. Mogen we kennismaken?");
  await hr.navigate(() => hr.page.getByRole("button", { name: "Contactvraag sturen" }).click(), {
    url: /\/noits\/contacten\/[0-9a-f-]{36}$/,
  });
  contactPath = new URL(hr.page.url()).pathname;
  await expect(hr.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Contactvraag aan een anoniem profiel");
  expect((await hr.page.textContent("main")) ?? "").not.toContain(PROFESSIONAL.email);

  const professional = await suite.newPage();
  await logIn(professional, PROFESSIONAL.email);
  await professional.visit(contactPath);
  await tabTo(professional.page, professional.page.getByRole("button", { name: "Aanvaarden en mijn naam delen" }));
  await professional.navigate(() => activate(professional.page, "Enter"), { url: (url) => url.pathname === contactPath });
  await expect(professional.page.getByText("U hebt de contactvraag aanvaard.").count()).resolves.toBe(1);
  await professional.page.getByLabel("Nieuw bericht").fill("Graag! Ik ben vrij op dinsdag.");
  await professional.navigate(() => professional.page.getByRole("button", { name: "Bericht sturen" }).click(), {
    url: (url) => url.pathname === contactPath,
  });

  await hr.visit(contactPath);
  const main = (await hr.page.textContent("main")) ?? "";
  expect(main).toContain(PROFESSIONAL.name);
  expect(main).toContain(PROFESSIONAL.email);
  expect(main).toContain("Graag! Ik ben vrij op dinsdag.");

  // Another organisation's HR does not see the contact.
  const other = await suite.newPage();
  await logIn(other, "hr.zoersel@demo.vlavirgem.be");
  await other.visit(contactPath, { status: 404 });
});

test("the NoITS reference, matches, contacts, saved searches and admin pages pass axe, also without JavaScript", async () => {
  for (const javaScript of [true, false]) {
    const professional = await suite.newPage({ javaScript });
    await professional.visit("/noits/competenties");
    expect((await professional.page.textContent("main")) ?? "").toContain("A.1");
    await professional.visit("/noits/rolprofielen");
    await logIn(professional, "it-professional@demo.vlavirgem.be");
    for (const path of ["/noits/profiel/vacatures", "/noits/contacten", "/noits/zoekopdrachten"]) {
      await professional.visit(path);
    }
    const admin = await suite.newPage({ javaScript });
    await logIn(admin, "admin@demo.vlavirgem.be");
    await admin.visit("/beheer/noits/rolprofielen");
  }
}, 180_000);
