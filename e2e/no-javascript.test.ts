// The portal with JavaScript disabled: everything in the shell must work with plain links and
// forms. Every page shown is checked with axe (on a copy of its DOM, see harness.ts).
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { activate, tabTo, browserSuite } from "./harness.ts";

const suite = browserSuite();

const text = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();
const h1 = async (page: Page) => text(await page.locator("h1").textContent());
const languageButton = (page: Page) => page.getByRole("banner").locator('form[action="/taal"]').getByRole("button");

test("home renders without JavaScript", async () => {
  const { page, visit } = await suite.newPage({ javaScript: false });
  await visit("/");
  expect(await page.locator("html").getAttribute("lang")).toBe("nl-BE");
  expect(await h1(page)).toBe("Samen sterker in digitale dienstverlening");
  expect(await page.locator("main .vvg-tools > li").count()).toBe(12);
  // Nothing ran: React never hydrated.
  expect(await page.evaluate(() => Object.keys(document.querySelector("main")!).some((k) => k.startsWith("__react")))).toBe(
    false,
  );
});

test("navigation works by following links", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/");
  const nav = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await navigate(() => nav.getByRole("link", { name: "Alle tools" }).click(), { url: "/tools" });
  expect(await h1(page)).toBe("Alle tools");
  expect(await page.locator("main .vvg-tools > li").count()).toBe(12);

  const footer = page.getByRole("contentinfo");
  await navigate(() => footer.getByRole("link", { name: "Toegankelijkheidsverklaring" }).click(), { url: "/toegankelijkheid" });
  expect(await h1(page)).toBe("Toegankelijkheidsverklaring");
  await navigate(() => footer.getByRole("link", { name: "Contact", exact: true }).click(), { url: "/contact" });
  expect(await h1(page)).toBe("Contact");

  const crumbs = page.getByRole("navigation", { name: "Kruimelpad" });
  await navigate(() => crumbs.getByRole("link", { name: "Home" }).click(), { url: "/" });
  expect(await h1(page)).toBe("Samen sterker in digitale dienstverlening");
});

test("the search forms work", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/");
  const search = page.getByRole("search", { name: "Zoeken in VlaVirGem" });
  await search.getByRole("searchbox").fill("bibliotheek");
  await navigate(() => search.getByRole("button", { name: "Zoeken" }).click(), {
    url: (url) => url.pathname === "/zoeken" && url.searchParams.get("q") === "bibliotheek",
  });
  expect(text(await page.locator("#search-results").textContent())).toBe("1 resultaat voor “bibliotheek”");

  // The form on the results page, by keyboard.
  await tabTo(page, "Zoekterm");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("sjablonen");
  await navigate(() => page.keyboard.press("Enter"), { url: (url) => url.searchParams.get("q") === "sjablonen" });
  expect(await page.locator("main").textContent()).toContain("Bestandsbibliotheek");
});

test("the language switch works by keyboard, is kept across pages, and switches back", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/tools");
  await tabTo(page, languageButton(page));
  await navigate(() => activate(page, "Enter"), { url: "/tools" });
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect(await h1(page)).toBe("All tools");
  expect(text(await page.getByRole("status").textContent())).toBe("The language has been changed to English.");

  await navigate(() => page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click(), { url: "/privacy" });
  expect(await page.locator("html").getAttribute("lang")).toBe("en-GB");
  expect(await h1(page)).toBe("Privacy statement");
  expect(await page.getByRole("status").count()).toBe(0);

  await tabTo(page, languageButton(page));
  await navigate(() => activate(page, "Enter"), { url: "/privacy" });
  expect(await page.locator("html").getAttribute("lang")).toBe("nl-BE");
  expect(await h1(page)).toBe("Privacyverklaring");
  expect(text(await page.getByRole("status").textContent())).toBe("De taal is gewijzigd naar Nederlands.");
});

test("404 without JavaScript", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/bestaat-niet", { status: 404 });
  expect(await h1(page)).toBe("Pagina niet gevonden");
  await navigate(() => page.getByRole("main").getByRole("link", { name: "Terug naar de startpagina" }).click(), { url: "/" });
  expect(await h1(page)).toBe("Samen sterker in digitale dienstverlening");
});
