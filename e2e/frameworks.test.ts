// The framework agreements register end to end in Chromium: the public list and page; a portal
// admin creates a framework agreement, adds a lot and assigns an approved supplier; the buyer of
// Beveren-Kruibeke-Zwijndrecht records the decision to join. Every page visited is checked with axe.
import { expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { browserSuite, type CheckedPage } from "./harness.ts";

// Development mode seeds the demo accounts and the demo framework agreement (joined by Zoersel).
const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

test("the public register lists the demo framework agreement and its page explains joining", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/raamovereenkomsten");
  const row = page.getByRole("row").filter({ hasText: "VVG-RO-2026-001" });
  await expect(row.textContent()).resolves.toMatch(/Loopt af op 31 december 2029/);
  await expect(row.getByRole("meter").count()).resolves.toBe(1);
  await navigate(() => page.getByRole("link", { name: "VVG-RO-2026-001" }).click(), {
    url: /\/raamovereenkomsten\/[0-9a-f-]{36}$/,
  });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/ICT-hardware/);
  await expect(page.getByRole("heading", { name: "Perceel 1: Laptops, desktops en tablets" }).count()).resolves.toBe(1);
  await expect(page.getByRole("heading", { name: "Wat betekent toetreden?" }).count()).resolves.toBe(1);
  const body = (await page.textContent("main")) ?? "";
  expect(body).toContain("1 bestuur");
  // Zoersel's decision is its own: the public page shows only the number of members.
  expect(body).not.toContain("CBS/2026/0142");
  await expect(page.getByRole("button", { name: "Toetreding registreren" }).count()).resolves.toBe(0);

  await visit("/raamovereenkomsten?status=expired");
  await expect(page.getByRole("heading", { name: "Geen raamovereenkomsten gevonden" }).count()).resolves.toBe(1);
});

test("a portal admin creates a framework agreement with a lot and a supplier", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  // The form answered 400 on purpose (errors next to the fields); Chromium logs that status.
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "admin@demo.vlavirgem.be");
  await visit("/beheer/raamovereenkomsten");
  const reference = `RO-E2E-${Date.now()}`;
  await page.getByLabel("Referentie").fill(reference);
  await page.getByLabel("Titel", { exact: true }).fill("Raamovereenkomst printers (e2e)");
  await page.getByLabel("Aankoopcentrale").fill("Provincie Limburg");
  await page.getByLabel("Startdatum").fill("2026-01-01");
  await page.getByLabel("Einddatum").fill("2031-01-01");
  await page.getByLabel("Maximale waarde in euro (excl. btw)").fill("1.500.000");
  await page.getByLabel("Bestelwijze").selectOption("reopening");
  // Five years: refused next to the field, with what was typed kept.
  await navigate(() => page.getByRole("button", { name: "Raamovereenkomst toevoegen" }).click(), { status: 400 });
  await expect(page.locator("#endsOn-error").textContent()).resolves.toContain("hoogstens vier jaar");
  await expect(page.getByLabel("Referentie").inputValue()).resolves.toBe(reference);
  await page.getByLabel("Einddatum").fill("2029-12-31");
  await navigate(() => page.getByRole("button", { name: "Raamovereenkomst toevoegen" }).click(), {
    url: (url) => url.searchParams.has("id"),
  });
  await expect(page.getByRole("status").or(page.getByRole("alert")).first().textContent()).resolves.toContain(reference);

  await page.getByLabel("Titel van het perceel").fill("Printers en multifunctionele toestellen");
  await navigate(() => page.getByRole("button", { name: "Perceel toevoegen" }).click());
  await expect(page.getByRole("heading", { name: "Perceel 1: Printers en multifunctionele toestellen" }).count()).resolves.toBe(
    1,
  );
  await page.getByRole("group", { name: "Leveranciers van perceel 1" }).getByLabel("Demo IT Supplies NV").check();
  await navigate(() => page.getByRole("button", { name: "Leveranciers van perceel 1 bewaren" }).click());
  await expect(
    page.getByRole("group", { name: "Leveranciers van perceel 1" }).getByLabel("Demo IT Supplies NV").isChecked(),
  ).resolves.toBe(true);

  await navigate(() => page.getByRole("link", { name: "Publieke pagina bekijken" }).click(), {
    url: /\/raamovereenkomsten\/[0-9a-f-]{36}$/,
  });
  const lot = page.locator("section").filter({ has: page.getByRole("heading", { name: /^Perceel 1:/ }) });
  await expect(lot.getByRole("link", { name: "Demo IT Supplies NV" }).count()).resolves.toBe(1);
});

test("the buyer of Beveren-Kruibeke-Zwijndrecht records the decision to join", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  // The form answered 400 on purpose (errors next to the fields); Chromium logs that status.
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "aankoper.bkz@demo.vlavirgem.be");
  await visit("/raamovereenkomsten");
  await navigate(() => page.getByRole("link", { name: "VVG-RO-2026-001" }).click(), {
    url: /\/raamovereenkomsten\/[0-9a-f-]{36}$/,
  });
  await expect(page.getByRole("heading", { name: "Uw bestuur: Beveren-Kruibeke-Zwijndrecht" }).count()).resolves.toBe(1);
  // A missing reference is refused next to the field.
  await page.getByLabel("Orgaan dat de beslissing nam").selectOption("gemeenteraad");
  await page.getByLabel("Datum van de beslissing").fill("2026-03-16");
  await navigate(() => page.getByRole("button", { name: "Toetreding registreren" }).click(), { status: 400 });
  await expect(page.locator("#decisionReference-error").textContent()).resolves.toContain("referentie van de beslissing");
  await expect(page.getByLabel("Orgaan dat de beslissing nam").inputValue()).resolves.toBe("gemeenteraad");
  await page.getByLabel("Referentie van de beslissing").fill("GR/2026/031");
  await page.getByLabel("Link naar het besluit").fill("https://www.bkz.be/besluiten/gr-2026-031");
  await navigate(() => page.getByRole("button", { name: "Toetreding registreren" }).click());
  const own = (await page.locator(".vvg-framework-own").textContent()) ?? "";
  expect(own).toContain("Uw bestuur is toegetreden op 16 maart 2026");
  expect(own).toContain("GR/2026/031");
  expect((await page.textContent("main")) ?? "").toContain("2 besturen");
  await expect(page.getByRole("button", { name: "Toetreding registreren" }).count()).resolves.toBe(0);
});
