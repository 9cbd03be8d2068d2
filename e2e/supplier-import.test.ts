// A supplier imports a CSV catalogue in Chromium: one bad row is reported in the preview by row
// and column and nothing is applied; the corrected file is uploaded, checked and applied, and
// the offer appears in the catalogue. The demo supplier is seeded in development mode. Every
// page shown is checked with axe.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { browserSuite } from "./harness.ts";

const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

const HEADER = "Fabrikant;Onderdeelnummer;EAN;Naam;Categorie;Prijs excl. btw;Btw;Voorraad;Levertijd;RAM";
const part = `E2E-${Date.now().toString(36).toUpperCase()}`;
const goodRow = `Dell;${part}-1;;Dell Latitude E2E-importtest;laptop;899,50;21;4;3;16`;

function csvFile(name: string, rows: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-e2e-import-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`);
  return file;
}

async function waitForPreview(page: Page) {
  // The check runs as a job; with JavaScript the page polls until the result is there.
  await page.getByRole("heading", { name: "Resultaat van de controle" }).waitFor({ timeout: 30_000 });
}

test("a supplier fixes a bad row after the preview and applies the import", { timeout: 120_000 }, async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill("beheerder@demo-it-supplies.be");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("VlaVirGem-demo-2026");
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });

  await visit("/leverancier/catalogus");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Mijn catalogus");

  // First upload: the second data row (line 3) has a negative price.
  await visit("/leverancier/import");
  await page.setInputFiles("#file", csvFile("aanbod.csv", [goodRow, `Dell;${part}-2;;Dell Latitude fout;laptop;-5;21;4;3;16`]));
  await navigate(() => page.getByRole("button", { name: "Opladen" }).click(), { url: /\/leverancier\/import\/[0-9a-f-]{36}$/ });
  await expect(page.getByLabel("Kolom 6: Prijs excl. btw").inputValue()).resolves.toBe("price");
  const firstImport = page.url();
  await navigate(() => page.getByRole("button", { name: "Alle rijen controleren" }).click(), { url: firstImport });
  await waitForPreview(page);
  await visit(new URL(firstImport).pathname);
  const errorRows = page.locator(".vvg-supplier-errors tbody tr");
  await expect(errorRows.count()).resolves.toBe(1);
  await expect(errorRows.first().locator("td").allTextContents()).resolves.toEqual([
    "3",
    "Prijs excl. btw",
    "De prijs mag niet negatief zijn.",
    "-5",
  ]);
  await expect(page.getByRole("button", { name: "Alles toepassen" }).count()).resolves.toBe(0);

  // The corrected file: checked without errors, then applied.
  await navigate(() => page.getByRole("link", { name: "Verbeterd bestand opladen" }).click(), { url: "/leverancier/import" });
  await page.setInputFiles(
    "#file",
    csvFile("aanbod.csv", [goodRow, `Dell;${part}-2;;Dell Latitude verbeterd;laptop;905;21;4;3;16`]),
  );
  await navigate(() => page.getByRole("button", { name: "Opladen" }).click(), { url: /\/leverancier\/import\/[0-9a-f-]{36}$/ });
  const secondImport = page.url();
  expect(secondImport).not.toBe(firstImport);
  await navigate(() => page.getByRole("button", { name: "Alle rijen controleren" }).click(), { url: secondImport });
  await waitForPreview(page);
  await visit(new URL(secondImport).pathname);
  await expect(page.getByText("0 fouten").count()).resolves.toBe(1);
  await expect(page.getByText("2 nieuwe producten").count()).resolves.toBe(1);
  await navigate(() => page.getByRole("button", { name: "Alles toepassen" }).click(), { url: secondImport });
  await page.getByText("Stand: Toegepast").waitFor({ timeout: 30_000 });
  await visit(new URL(secondImport).pathname);
  await expect(page.getByText("2 nieuw aanbod toegevoegd").count()).resolves.toBe(1);

  // The history lists both imports; the offer is in the catalogue.
  await visit("/leverancier/import");
  await expect(page.locator("table tbody tr").count()).resolves.toBeGreaterThanOrEqual(2);
  let found = false;
  for (let n = 1; n <= 20 && !found; n++) {
    await visit(`/leverancier/catalogus?pagina=${n}`);
    found = (await page.getByRole("link", { name: "Dell Latitude E2E-importtest", exact: true }).count()) === 1;
    if ((await page.getByRole("link", { name: "Volgende pagina" }).count()) === 0) break;
  }
  expect(found).toBe(true);
  const row = page.locator("tr", { has: page.getByRole("link", { name: "Dell Latitude E2E-importtest", exact: true }) });
  await expect(row.locator("td").nth(1).textContent()).resolves.toBe(`${part}-1`);
  await expect(row.locator("td").nth(2).textContent()).resolves.toMatch(/899,50/);

  // Edit page of the offer; another id is not found.
  await navigate(() => row.getByRole("link", { name: "Aanbod voor Dell Latitude E2E-importtest wijzigen" }).click(), {
    url: /\/leverancier\/catalogus\/aanbod\//,
  });
  await expect(page.getByLabel("Prijs excl. btw (euro)").inputValue()).resolves.toBe("899,50");
  await visit("/leverancier/catalogus/aanbod/00000000-0000-4000-8000-000000000000", { status: 404 });
  await visit("/leverancier/api-sleutel");
});
