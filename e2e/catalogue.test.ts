// Buy IT Public in Chromium: a buyer finds laptops by full text plus a brand facet, opens one,
// and compares three; the same search by keyboard with JavaScript disabled. The demo catalogue
// is seeded in development mode. Every page visited is checked with axe.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { activate, browserSuite, tabTo } from "./harness.ts";

const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

/** The manufacturers shown in the result list. */
async function makers(page: Page): Promise<string[]> {
  return page.locator(".vvg-cat-result__maker").allTextContents();
}

test("a buyer finds a laptop by text and brand, opens it and compares three", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/aankopen");
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Buy IT Public: IT-hardware zoeken");

  await page.getByLabel("Zoek in de catalogus").fill("laptops");
  await navigate(() => page.getByRole("search", { name: "Catalogus" }).getByRole("button", { name: "Zoeken" }).click(), {
    url: (url) => url.searchParams.get("q") === "laptops",
  });
  const total = await page.locator("#resultaten").textContent();
  expect(total).toMatch(/\d+ producten gevonden/);

  // Ticking a brand searches at once (JavaScript) and the filter lands in the URL.
  await navigate(() => page.getByRole("checkbox", { name: /^Dell \(\d+\)$/ }).check(), {
    url: (url) => url.searchParams.getAll("merk").includes("Dell"),
  });
  await page.waitForFunction(() => document.querySelectorAll(".vvg-cat-result").length > 0);
  const shown = await makers(page);
  expect(shown.length).toBeGreaterThan(2);
  for (const maker of shown) expect(maker).toMatch(/^Dell ·/);
  expect(await page.getByRole("checkbox", { name: /^Dell \(\d+\)$/ }).isChecked()).toBe(true);
  // The chosen filter can be removed with a link.
  await expect(page.getByRole("link", { name: "Filter weghalen: Dell", exact: true }).count()).resolves.toBe(1);
  const searchUrl = page.url();

  // Open the first product: specifications and offers with the best ones marked in words.
  const first = page.locator(".vvg-cat-result__name a").first();
  const name = (await first.textContent()) ?? "";
  await navigate(() => first.click(), { url: /\/aankopen\/producten\/[0-9a-f-]{36}$/ });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(name);
  await expect(page.getByRole("heading", { name: "Specificaties" }).count()).resolves.toBe(1);
  const offers = page.locator(".vvg-cat-offers tbody tr");
  expect(await offers.count()).toBeGreaterThan(0);
  await expect(page.locator(".vvg-cat-offers").getByText("Laagste prijs").count()).resolves.toBeGreaterThan(0);
  await expect(page.locator(".vvg-cat-offers").getByText("Snelste levering").count()).resolves.toBeGreaterThan(0);

  // Back to the results: tick three products and compare them.
  await visit(new URL(searchUrl).pathname + new URL(searchUrl).search);
  const boxes = page.locator(".vvg-cat-compare input[type=checkbox]");
  const names = await page.locator(".vvg-cat-result__name a").allTextContents();
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await navigate(() => page.getByRole("button", { name: "Vergelijk de gekozen producten" }).click(), {
    url: (url) => url.pathname === "/aankopen/vergelijken",
  });
  const columns = await page.locator(".vvg-cat-compare-table thead th[scope=col] > a:not(.vvg-cat-remove)").allTextContents();
  expect(columns).toEqual(names.slice(0, 3));
  await expect(page.getByText("Laagste prijs").count()).resolves.toBeGreaterThan(0);
  expect(await page.locator(".vvg-cat-differs").count()).toBeGreaterThan(0);
  await expect(page.locator(".vvg-cat-differs th").first().textContent()).resolves.toContain("(verschilt)");

  // The comparison's address is shareable: comma-separated ids.
  const share = await page.locator("a.vvg-cat-mono").getAttribute("href");
  expect(share).toMatch(/^\/aankopen\/vergelijken\?ids=[0-9a-f-]{36}(,[0-9a-f-]{36}){2}$/);
});

test("search by keyboard without JavaScript, and a useful page when nothing matches", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/aankopen");
  await tabTo(page, page.getByLabel("Zoek in de catalogus"));
  await page.keyboard.type("laptops");
  await navigate(() => activate(page, "Enter"), { url: (url) => url.searchParams.get("q") === "laptops" });

  const dell = page.getByRole("checkbox", { name: /^Dell \(\d+\)$/ });
  await tabTo(page, dell, { max: 80 });
  await activate(page, "Space");
  await tabTo(page, page.getByRole("button", { name: "Filters toepassen" }), { max: 80 });
  await navigate(() => activate(page, "Enter"), { url: (url) => url.searchParams.getAll("merk").includes("Dell") });
  const shown = await makers(page);
  expect(shown.length).toBeGreaterThan(2);
  for (const maker of shown) expect(maker).toMatch(/^Dell ·/);

  // A typo is corrected.
  await visit("/aankopen?q=lapotp");
  expect(await page.locator(".vvg-cat-result").count()).toBeGreaterThan(0);

  // Nothing matches: the filters to remove and the categories to browse.
  await visit("/aankopen?q=laptops&merk=Dell&merk=Geenmerk&prijs=lt250");
  await expect(page.locator("#resultaten").textContent()).resolves.toBe("Geen producten gevonden");
  await expect(page.getByRole("link", { name: /Filter weghalen: Dell/ }).count()).resolves.toBe(1);
  await expect(
    page
      .getByRole("link", { name: "Monitoren" })
      .or(page.getByRole("link", { name: "Laptops" }))
      .count(),
  ).resolves.toBeGreaterThan(0);

  // Unknown product: 404; more than four products to compare: a clear message.
  await visit("/aankopen/producten/00000000-0000-4000-8000-000000000000", { status: 404 });
  await visit("/aankopen/vergelijken?ids=a,b,c,d,e");
  await expect(page.getByText("U kunt hoogstens 4 producten tegelijk vergelijken").count()).resolves.toBe(1);
});
