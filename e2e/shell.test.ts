// The portal's shell in Chromium with JavaScript: Dutch first, English on request, the public
// pages, search, 404, small screens and keyboard use. Every page shown is checked with axe.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { activate, browserSuite, expectFocusVisible, focused, tabTo } from "./harness.ts";

const suite = browserSuite();

const text = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();

/** The language switch: a button in the header that posts to /taal, labelled in the other language. */
const languageButton = (page: Page) => page.getByRole("banner").locator('form[action="/taal"]').getByRole("button");

test("home page in Dutch: title, twelve tools (built ones linked, others coming soon), account links, landmarks", async () => {
  const { page, visit } = await suite.newPage();
  await visit("/");
  expect(await page.locator("html").getAttribute("lang")).toBe("nl-BE");
  expect(text(await page.locator("h1").textContent())).toBe("Samen sterker in digitale dienstverlening");

  const cards = page.locator("main .vvg-tools > li");
  expect(await cards.count()).toBe(12);
  // A tool that is built links to itself; one that is not says so and has no link (no dead links).
  const available = new Map([
    ["Buy IT Public", "/aankopen"],
    ["Aankoopondersteuning", "/raamovereenkomsten"],
    ["NoITS", "/noits"],
    ["E-learning", "/leren"],
  ]);
  for (const card of await cards.all()) {
    const name = text(await card.locator("h3").textContent());
    const href = available.get(name);
    if (href) {
      expect(await card.textContent()).toContain("Beschikbaar");
      expect(await card.getByRole("link", { name }).getAttribute("href")).toBe(href);
    } else {
      expect(await card.textContent()).toContain("Binnenkort beschikbaar");
      expect(await card.locator("a").count()).toBe(0);
    }
  }
  expect(available.size).toBe(4);

  const banner = page.getByRole("banner");
  expect(text(await banner.locator(".vvg-account-links").textContent())).toBe("Inloggen — Geen profiel? Registreer hier.");
  expect(await banner.getByRole("link", { name: "Inloggen", exact: true }).getAttribute("href")).toBe("/inloggen");
  expect(await banner.getByRole("link", { name: "Registreer hier." }).getAttribute("href")).toBe("/registreren");

  expect(await page.getByRole("banner").count()).toBe(1);
  expect(await page.getByRole("navigation", { name: "Hoofdnavigatie" }).count()).toBe(1);
  expect(await page.getByRole("main").count()).toBe(1);
  expect(await page.getByRole("contentinfo").count()).toBe(1);
  expect(await page.getByRole("search", { name: "Zoeken in VlaVirGem" }).count()).toBe(1);
  expect(await page.title()).toContain("VlaVirGem");
});

test("skip link: the first Tab focuses it, Enter moves focus to the main content", async () => {
  const { page, visit } = await suite.newPage();
  await visit("/");
  await page.keyboard.press("Tab");
  expect((await focused(page)).name).toBe("Naar de inhoud");
  await expectFocusVisible(page);
  await activate(page, "Enter");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhoud");
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MAIN");
});

test("language switch by keyboard: English is kept across pages, and back to Dutch", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/");
  expect(await languageButton(page).getAttribute("lang")).toBe("en");
  expect(text(await languageButton(page).textContent())).toMatch(/^(EN|English)$/);
  await tabTo(page, languageButton(page));
  await navigate(() => activate(page, "Enter"), { url: "/" });
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect(text(await page.locator("h1").textContent())).toBe("Stronger together in digital public services");
  expect(text(await page.getByRole("status").textContent())).toBe("The language has been changed to English.");

  await visit("/privacy");
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect(text(await page.locator("h1").textContent())).toBe("Privacy statement");
  expect(await page.getByRole("status").count()).toBe(0);

  expect(await languageButton(page).getAttribute("lang")).toBe("nl");
  expect(text(await languageButton(page).textContent())).toMatch(/^(NL|Nederlands)$/);
  await tabTo(page, languageButton(page));
  await navigate(() => activate(page, "Space"), { url: "/privacy" });
  expect(await page.locator("html").getAttribute("lang")).toBe("nl-BE");
  expect(text(await page.locator("h1").textContent())).toBe("Privacyverklaring");
  expect(text(await page.getByRole("status").textContent())).toBe("De taal is gewijzigd naar Nederlands.");
});

test("the flash message is gone after following a link to the next page", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/");
  await navigate(() => languageButton(page).click(), { url: "/" });
  expect(await page.getByRole("status").count()).toBe(1);
  await navigate(() => page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click(), { url: "/privacy" });
  expect(text(await page.locator("h1").textContent())).toBe("Privacy statement");
  expect(await page.getByRole("status").count()).toBe(0);
});

test("footer pages have real text and breadcrumbs", async () => {
  const { page, visit } = await suite.newPage();
  const pages = [
    { path: "/toegankelijkheid", link: "Toegankelijkheidsverklaring", title: "Toegankelijkheidsverklaring" },
    { path: "/privacy", link: "Privacy", title: "Privacyverklaring" },
    { path: "/contact", link: "Contact", title: "Contact" },
  ];
  await visit("/");
  for (const expected of pages) {
    const footerLink = page.getByRole("contentinfo").getByRole("link", { name: expected.link, exact: true });
    expect(await footerLink.getAttribute("href")).toBe(expected.path);
  }
  for (const expected of pages) {
    await visit(expected.path);
    expect(text(await page.locator("h1").textContent())).toBe(expected.title);
    const body = text(await page.locator("main").textContent());
    expect(body.length).toBeGreaterThan(400);
    const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
    expect(await crumbs.getByRole("link", { name: "Home" }).getAttribute("href")).toBe("/");
    expect(text(await crumbs.locator('[aria-current="page"]').textContent())).toBe(expected.title);
    expect(await page.title()).toBe(`${expected.title} | VlaVirGem`);
  }
});

test("/tools lists the twelve tools", async () => {
  const { page, visit } = await suite.newPage();
  await visit("/tools");
  expect(text(await page.locator("h1").textContent())).toBe("Alle tools");
  expect(await page.locator("main .vvg-tools > li").count()).toBe(12);
  expect(await page.locator("main .vvg-tools h2").count()).toBe(12);
  expect(await page.locator("main").textContent()).toContain("Bestandsbibliotheek");
});

test("search finds a tool; a query over 200 characters gets a Dutch error and keeps the text", async () => {
  const { page, visit } = await suite.newPage();
  await visit("/zoeken?q=bibliotheek");
  expect(text(await page.locator("#search-results").textContent())).toBe("1 resultaat voor “bibliotheek”");
  expect(await page.locator("main").textContent()).toContain("Bestandsbibliotheek");

  await visit("/zoeken?q=documenten%20sjablonen");
  expect(await page.locator("main").textContent()).toContain("Bestandsbibliotheek");

  const long = "informatieveiligheid ".repeat(12).trim();
  expect(long.length).toBeGreaterThan(200);
  await visit(`/zoeken?q=${encodeURIComponent(long)}`);
  const error = page.locator("#q-error");
  expect(text(await error.textContent())).toBe("Uw zoekterm is te lang. Gebruik maximaal 200 tekens.");
  const input = page.getByRole("searchbox", { name: "Zoekterm" });
  expect(await input.getAttribute("aria-invalid")).toBe("true");
  expect(await input.getAttribute("aria-describedby")).toBe("q-error");
  expect(long.startsWith(await input.inputValue())).toBe(true);
  expect((await input.inputValue()).length).toBe(200);
  expect(await page.locator("#search-results").count()).toBe(0);
});

test("404: a Dutch page with a way home, and in English after switching", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/bestaat-niet", { status: 404 });
  expect(await page.locator("html").getAttribute("lang")).toBe("nl-BE");
  expect(text(await page.locator("h1").textContent())).toBe("Pagina niet gevonden");
  const home = page.getByRole("main").getByRole("link", { name: "Terug naar de startpagina" });
  expect(await home.getAttribute("href")).toBe("/");
  await navigate(() => home.click(), { url: "/" });
  expect(text(await page.locator("h1").textContent())).toBe("Samen sterker in digitale dienstverlening");

  await navigate(() => languageButton(page).click(), { url: "/" });
  await visit("/bestaat-niet", { status: 404 });
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect(text(await page.locator("h1").textContent())).toBe("Page not found");
  expect(await page.getByRole("main").getByRole("link", { name: "Back to the home page" }).getAttribute("href")).toBe("/");
});

test("at 320 px wide nothing scrolls sideways", async () => {
  const { page, visit } = await suite.newPage({ viewport: { width: 320, height: 640 } });
  for (const path of ["/", "/tools", "/privacy", "/zoeken?q=bibliotheek"]) {
    await visit(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(320);
  }
});

test("keyboard: search from the header, and follow the main navigation", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/");
  await tabTo(page, "Zoeken in VlaVirGem");
  await page.keyboard.type("bibliotheek");
  await navigate(() => page.keyboard.press("Enter"), { url: (url) => url.pathname === "/zoeken" });
  expect(new URL(page.url()).searchParams.get("q")).toBe("bibliotheek");
  expect(text(await page.locator("#search-results").textContent())).toBe("1 resultaat voor “bibliotheek”");

  const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await tabTo(page, nav.getByRole("link", { name: "Alle tools" }));
  await navigate(() => activate(page, "Enter"), { url: "/tools" });
  expect(text(await page.locator("h1").textContent())).toBe("Alle tools");
  expect(await nav.getByRole("link", { name: "Alle tools" }).getAttribute("aria-current")).toBe("page");
});

test("keyboard: every element Tab reaches on the home page shows where focus is", async () => {
  const { page, visit } = await suite.newPage();
  await visit("/");
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now.tag === "body" || reached.includes(`${now.tag}:${now.name}:${now.href}`)) break;
    reached.push(`${now.tag}:${now.name}:${now.href}`);
    await expectFocusVisible(page);
  }
  expect(reached.length).toBeGreaterThan(8);
});
