// NoITS regional demand and shared posts end to end in Chromium, on the demo data: Zoersel,
// Malle and Zandhoven each publish a small information-security vacancy open to sharing, and the
// portal proposes one shared post. HR of Zoersel sees the demand of its neighbours on the map and
// in the tables, opens the proposal and answers it by keyboard and without JavaScript; another
// organisation's HR cannot see the proposal; a portal admin sets the thresholds. axe checks every page.
import { expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { activate, browserSuite, type CheckedPage, tabTo } from "./harness.ts";

const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

let proposalPath = "";

test("HR of Zoersel sees the neighbours' demand on a map with an accessible table, and reaches the proposal by keyboard", async () => {
  const checked = await suite.newPage();
  const { page, visit, navigate } = checked;
  await logIn(checked, "hr.zoersel@demo.vlavirgem.be");
  await visit("/noits/regio");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Vraag in de regio");

  // The map: one outline per municipality, Zoersel outlined, a summary for screen readers.
  const map = page.getByRole("img", {
    name: /Kaart van Vlaanderen met de open vraag naar IT-profielen in Zoersel en de buurgemeenten/,
  });
  await expect(map.count()).resolves.toBe(1);
  await expect(map.locator("path[data-nis]").count()).resolves.toBe(285);
  await expect(map.locator('[data-highlight="11055"]').count()).resolves.toBe(1);
  await expect(map.locator('path[data-nis="11057"] title').textContent()).resolves.toMatch(
    /^Malle: \d+(,\d+)? VTE in \d+ vacature/,
  );
  await expect(map.locator('path[data-nis="44021"] title').textContent()).resolves.toBe("Gent: buiten de gekozen regio");
  const box = await map.boundingBox();
  expect(box?.width).toBeGreaterThan(400);
  expect(box?.height).toBeGreaterThan(100);
  await expect(page.getByText("Zoersel: uw gemeente (dikke zwart-gele rand)").count()).resolves.toBe(1);

  // The same figures in tables: per municipality, per role profile, per competence.
  const municipalities = page.getByRole("region", { name: "Per gemeente" });
  await expect(municipalities.getByRole("row").filter({ hasText: "Malle" }).count()).resolves.toBe(1);
  await expect(municipalities.getByRole("row").filter({ hasText: "Zoersel (uw gemeente)" }).count()).resolves.toBe(1);
  await expect(municipalities.getByRole("row").filter({ hasText: "Gent" }).count()).resolves.toBe(0);
  const roles = page.getByRole("region", { name: "Per rolprofiel" });
  // Malle 0,3 + Zandhoven 0,3: Zoersel's own 0,4 does not count.
  const manager = roles.getByRole("row").filter({ hasText: "Informatieveiligheidsmanager" });
  await expect(manager.getByRole("cell").first().textContent()).resolves.toBe("0,6");
  const competences = page.getByRole("region", { name: "Per competentie (e-CF)" });
  await expect(competences.getByRole("row").filter({ hasText: "E.8" }).count()).resolves.toBe(1);

  // Widen to the province with the keyboard: the GET form keeps its choice in the address.
  await page.getByLabel("Regio", { exact: true }).selectOption("province");
  await tabTo(page, "Toon de vraag");
  await navigate(() => activate(page), { url: (url) => url.searchParams.get("bereik") === "province" });
  await expect(page.getByRole("img", { name: /in de provincie Antwerpen/ }).count()).resolves.toBe(1);
  await expect(page.getByLabel("Regio", { exact: true }).inputValue()).resolves.toBe("province");

  await tabTo(page, "Voorstellen om een post te delen met uw buren", { backwards: true, max: 80 });
  await navigate(() => activate(page), { url: /\/noits\/gedeelde-posten$/ });
  const link = page.getByRole("link", { name: "Informatieveiligheidsmanager" });
  proposalPath = (await link.getAttribute("href")) ?? "";
  expect(proposalPath).toMatch(/^\/noits\/gedeelde-posten\/[0-9a-f-]{36}$/);
  await tabTo(page, link);
  await navigate(() => activate(page), { url: (url) => url.pathname === proposalPath });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
    "Samen één Informatieveiligheidsmanager aanwerven",
  );
  const members = page.getByRole("region", { name: "Wie doet mee" });
  for (const name of ["Zoersel (uw organisatie)", "Malle", "Zandhoven"]) {
    await expect(members.getByRole("row").filter({ hasText: name }).count(), name).resolves.toBe(1);
  }
  await expect((await page.textContent("main")) ?? "").toContain("Samen is dat 1 VTE");
  // The practical routes, each explained.
  for (const route of [
    "Terbeschikkingstelling aan de buren",
    "Gezamenlijke aanwerving",
    "Interlokale vereniging",
    "Provinciale of intergemeentelijke pool",
  ]) {
    await expect(page.getByRole("listitem").filter({ hasText: route }).count(), route).resolves.toBe(1);
  }
  await expect(page.getByRole("img", { name: /Kaart met de 3 gemeenten van dit voorstel/ }).count()).resolves.toBe(1);

  // Answer by keyboard: Space checks a radio button, arrows move within a group.
  await tabTo(page, "Interesse: we willen erover praten");
  await page.keyboard.press("Space");
  await tabTo(page, "Nog geen voorkeur");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Gezamenlijke aanwerving").isChecked()).resolves.toBe(true);
  await tabTo(page, "Antwoord bewaren");
  await navigate(() => activate(page));
  await expect(page.getByRole("status").or(page.getByRole("alert")).first().textContent()).resolves.toContain(
    "Uw antwoord is bewaard",
  );
  const own = page.getByRole("region", { name: "Wie doet mee" }).getByRole("row").filter({ hasText: "Zoersel (uw organisatie)" });
  await expect(own.textContent()).resolves.toMatch(/Interesse.*Gezamenlijke aanwerving/);
});

test("without JavaScript: the region filter and the answer form work", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "hr.zoersel@demo.vlavirgem.be");
  await visit("/noits/regio");
  await page.getByLabel("Regio", { exact: true }).selectOption("radius");
  await page.getByLabel("Straal", { exact: true }).selectOption("10");
  await page.getByLabel("Rolprofiel", { exact: true }).selectOption({ label: "Informatieveiligheidsmanager" });
  await navigate(() => page.getByRole("button", { name: "Toon de vraag" }).click(), {
    url: (url) => url.searchParams.get("bereik") === "radius" && url.searchParams.get("km") === "10",
  });
  await expect(
    page.getByText(/In de gemeenten tot 10 km rond Zoersel staan 2 vacatures open bij 2 andere besturen: samen 0,6 VTE/).count(),
  ).resolves.toBe(1);
  await expect(page.locator('svg[role="img"] path[data-nis]').count()).resolves.toBe(285);

  expect(proposalPath).not.toBe("");
  await visit(proposalPath);
  // The earlier answer is shown as chosen.
  await expect(page.getByLabel("Interesse: we willen erover praten").isChecked()).resolves.toBe(true);
  await page.getByLabel("Akkoord: we doen mee met deze gedeelde post").check();
  await page.getByLabel("Gezamenlijke aanwerving").check();
  await navigate(() => page.getByRole("button", { name: "Antwoord bewaren" }).click(), {
    url: (url) => url.pathname === proposalPath,
  });
  const own = page.getByRole("region", { name: "Wie doet mee" }).getByRole("row").filter({ hasText: "Zoersel (uw organisatie)" });
  await expect(own.textContent()).resolves.toMatch(/Akkoord/);
  // Malle and Zandhoven have not answered: the proposal is still open, the vacancies too.
  await expect(page.getByText("Voorstel: antwoorden worden verzameld").count()).resolves.toBe(1);
});

test("another organisation's HR cannot see the proposal, and anonymous visitors must log in", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit } = checked;
  checked.allowConsoleError(/status of 404/);
  expect(proposalPath).not.toBe("");
  await visit("/noits/regio", { status: 200 }); // the login page, after the redirect
  expect(new URL(page.url()).pathname).toBe("/inloggen");
  await logIn(checked, "hr.bkz@demo.vlavirgem.be");
  await visit("/noits/gedeelde-posten");
  await expect((await page.textContent("main")) ?? "").not.toContain("Informatieveiligheidsmanager");
  await visit(proposalPath, { status: 404 });
});

test("a portal admin sets the thresholds, with a clear message for a wrong value", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "admin@demo.vlavirgem.be");
  await visit("/beheer/noits/gedeelde-posten");
  await expect(page.getByLabel("Grootste vacature die meetelt (VTE)").inputValue()).resolves.toBe("0,6");
  await page.getByLabel("Grootste vacature die meetelt (VTE)").fill("0,95");
  await navigate(() => page.getByRole("button", { name: "Regels bewaren" }).click(), { status: 400 });
  await expect(page.locator("#maxFte-error").textContent()).resolves.toContain("tussen 0,1 en 0,9");
  await expect(page.getByLabel("Grootste vacature die meetelt (VTE)").inputValue()).resolves.toBe("0,95");
  await page.getByLabel("Grootste vacature die meetelt (VTE)").fill("0,5");
  await navigate(() => page.getByRole("button", { name: "Regels bewaren" }).click(), {
    url: /\/beheer\/noits\/gedeelde-posten$/,
  });
  await expect(page.getByText("De regels voor gedeelde posten zijn bewaard.").count()).resolves.toBe(1);
  await expect(page.getByLabel("Grootste vacature die meetelt (VTE)").inputValue()).resolves.toBe("0,5");
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: /^Lopend: [1-9]/ })
      .count(),
  ).resolves.toBe(1);
  await navigate(() => page.getByRole("button", { name: "Zoek nieuwe voorstellen" }).click(), {
    url: /\/beheer\/noits\/gedeelde-posten$/,
  });
  await expect(page.getByText("Geen nieuwe voorstellen gevonden.").count()).resolves.toBe(1);
});
