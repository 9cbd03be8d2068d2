// Buy IT Public ordering end to end in Chromium, with and without JavaScript: a buyer of
// Beveren-Kruibeke-Zwijndrecht fills the cart from two suppliers, sees the legal check and submits
// (by keyboard); the budget holder approves; the supplier accepts; the buyer confirms delivery.
// An order over the threshold is blocked with its reason; a split is warned. Zoersel, which joined
// the demo framework agreement, sees the framework routes. Every page is checked with axe.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { validateUblXml } from "../tests/support/ubl.ts";
import { DEMO_PASSWORD, DEMO_SUPPLIER } from "../app/demo-accounts.ts";
import { activate, browserSuite, type CheckedPage, tabTo } from "./harness.ts";

// Development mode seeds the demo accounts, catalogue, framework agreement and approval rules.
const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

type ApiOffer = {
  id: string;
  supplier: { id: string; name: string };
  priceCents: number;
  minQuantity: number;
  framework: { reference: string; lotNumber: number } | null;
};
type ApiProduct = { id: string; name: string; offers: ApiOffer[] };

async function products(category: string): Promise<ApiProduct[]> {
  const list = await (await fetch(`${suite.server.url}/api/v1/products?category=${category}&pageSize=40`)).json();
  const out: ApiProduct[] = [];
  for (const item of list.items as { id: string }[])
    out.push(await (await fetch(`${suite.server.url}/api/v1/products/${item.id}`)).json());
  return out;
}

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

let laptops: ApiProduct[] = [];

test("a buyer orders from two suppliers, the budget holder approves, the supplier accepts, delivery is confirmed", async () => {
  laptops = await products("laptop");
  // A laptop offered by Demo IT Supplies NV (it has people who can answer) and by another supplier.
  const product = laptops.find(
    (p) =>
      p.offers.some((o) => o.supplier.name === DEMO_SUPPLIER.name) &&
      p.offers.some((o) => o.supplier.name !== DEMO_SUPPLIER.name),
  );
  expect(product).toBeTruthy();
  const demoOffer = product!.offers.find((o) => o.supplier.name === DEMO_SUPPLIER.name)!;
  const otherOffer = product!.offers.find((o) => o.supplier.name !== DEMO_SUPPLIER.name)!;

  const buyer = await suite.newPage();
  const { page, visit, navigate } = buyer;
  await logIn(buyer, "aankoper.bkz@demo.vlavirgem.be");
  await visit(`/aankopen/producten/${product!.id}`);
  // By keyboard: Tab to the supplier's "In winkelwagen" button and press Enter.
  await tabTo(page, page.getByRole("button", { name: `In winkelwagen bij ${DEMO_SUPPLIER.name}` }), { max: 200 });
  await navigate(() => activate(page, "Enter"));
  await expect(page.getByRole("status").or(page.getByRole("alert")).first().textContent()).resolves.toContain(
    "in de winkelwagen",
  );
  await navigate(() => page.getByRole("button", { name: `In winkelwagen bij ${otherOffer.supplier.name}` }).click());

  await visit("/aankopen/winkelwagen");
  const main = (await page.textContent("main")) ?? "";
  expect(main).toContain("opgesplitst in 2 bestellingen");
  await expect(page.getByRole("heading", { name: /Juridische toets: Opdracht van beperkte waarde/ }).count()).resolves.toBe(2);
  // Beveren-Kruibeke-Zwijndrecht did not join the framework agreement: the check says so in plain Dutch.
  if (demoOffer.framework) expect(main).toContain("niet toe getreden");
  expect(main).toContain("art. 92 KB 18 april 2017");
  await page.getByLabel("Leveringsadres").fill("Stadhuis, Stationsstraat 2, 9120 Beveren");
  await tabTo(page, page.getByRole("button", { name: "Bestelling plaatsen" }), { max: 200 });
  await navigate(() => activate(page, "Enter"), { url: "/aankopen/bestellingen" });
  await expect(page.getByRole("status").or(page.getByRole("alert")).first().textContent()).resolves.toContain(
    "2 bestellingen zijn geplaatst",
  );
  const orderLink = page.getByRole("row").filter({ hasText: DEMO_SUPPLIER.name }).getByRole("link").first();
  const reference = (await orderLink.textContent())!;
  await navigate(() => orderLink.click(), { url: /\/aankopen\/bestellingen\/[0-9a-f-]{36}$/ });
  const orderPath = new URL(page.url()).pathname;
  await expect(page.getByText("Wacht op goedkeuring").first().isVisible()).resolves.toBe(true);

  // The budget holder approves (without JavaScript).
  const approver = await suite.newPage({ javaScript: false });
  await logIn(approver, "budgethouder.bkz@demo.vlavirgem.be");
  await approver.visit("/aankopen/goedkeuren");
  await approver.navigate(() =>
    approver.page.getByRole("row").filter({ hasText: reference }).getByRole("link", { name: "Beslissen" }).click(),
  );
  await approver.page.getByLabel("Opmerking").fill("In orde, budget 2026.");
  await approver.navigate(() => approver.page.getByRole("button", { name: "Goedkeuren" }).click(), { url: orderPath });
  const approved = (await approver.page.textContent("main")) ?? "";
  expect(approved).toContain("Verstuurd naar leverancier");
  const poNumber = /BKZ\/\d{2}\/\d{5}/.exec(approved)?.[0];
  expect(poNumber).toBeTruthy();

  // The supplier sees only the approved order and accepts it (without JavaScript).
  const supplier = await suite.newPage({ javaScript: false });
  await logIn(supplier, "verkoper@demo-it-supplies.be");
  await supplier.visit("/leverancier/bestellingen");
  await supplier.navigate(() => supplier.page.getByRole("link", { name: poNumber! }).click(), {
    url: /\/leverancier\/bestellingen\/[0-9a-f-]{36}$/,
  });
  await supplier.page.getByLabel("Volledig aanvaarden").check();
  await supplier.navigate(() => supplier.page.getByRole("button", { name: "Antwoord versturen" }).click());
  expect((await supplier.page.textContent("main")) ?? "").toContain("Aanvaard door leverancier");
  const ubl = await supplier.page.request.get(`${new URL(supplier.page.url()).pathname}/bestelling.xml`);
  expect(ubl.status()).toBe(200);
  const ublXml = await ubl.text();
  expect(ublXml).toContain(poNumber!);
  // The Peppol BIS 3 Order validates against the OASIS UBL 2.1 schema (xmllint).
  const validation = validateUblXml(ublXml, "Order");
  expect(validation.valid, validation.errors).toBe(true);

  // The buyer sees the answer and confirms receipt.
  await visit(orderPath);
  expect((await page.textContent("main")) ?? "").toContain("Aanvaard door leverancier");
  await navigate(() => page.getByRole("button", { name: "Ik bevestig de ontvangst" }).click(), { url: orderPath });
  expect((await page.textContent("main")) ?? "").toContain("Levering bevestigd");
  await visit("/meldingen");
  expect((await page.textContent("main")) ?? "").toContain("aanvaardde bestelling");
  const pdf = await page.request.get(`${orderPath}/aankoopdossier.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // The procurement file reads as it should (pdftotext) and renders as pages (pdftoppm); the
  // first page is kept in the temp folder for a person to look at.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-dossier-"));
  const file = path.join(folder, "aankoopdossier.pdf");
  fs.writeFileSync(file, await pdf.body());
  const text = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  expect(text.status).toBe(0);
  expect(text.stdout).toContain(poNumber!);
  expect(text.stdout).toContain("Ontwerpbeslissing");
  const image = spawnSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", file, path.join(folder, "page")]);
  expect(image.status).toBe(0);
  expect(fs.readdirSync(folder).some((name) => name.startsWith("page") && name.endsWith(".png"))).toBe(true);
  await visit("/aankopen/uitgaven");
  expect((await page.textContent("main")) ?? "").toContain(DEMO_SUPPLIER.name);
  const xlsx = await page.request.get("/aankopen/uitgaven.xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const csv = await page.request.get("/aankopen/uitgaven.csv");
  expect(await csv.text()).toContain(poNumber!);
}, 180_000);

test("without JavaScript: an order over the threshold is blocked with its reason, a split is warned", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  checked.allowConsoleError(/status of 40\d/);
  await logIn(checked, "aankoper.bkz@demo.vlavirgem.be");
  // Two laptop suppliers other than the ones of the first test's order, with offers under € 15.000.
  const bySupplier = new Map<string, { product: ApiProduct; offer: ApiOffer }>();
  for (const product of laptops.length ? laptops : await products("laptop")) {
    for (const offer of product.offers) {
      if (offer.priceCents < 1_500_000 && offer.priceCents > 20_000 && !bySupplier.has(offer.supplier.id)) {
        bySupplier.set(offer.supplier.id, { product, offer });
      }
    }
  }
  const [c, d] = [...bySupplier.values()].filter((entry) => entry.offer.supplier.name !== DEMO_SUPPLIER.name).slice(-2);
  expect(c && d).toBeTruthy();

  await visit(`/aankopen/producten/${c!.product.id}`);
  await navigate(() => page.getByRole("button", { name: `In winkelwagen bij ${c!.offer.supplier.name}` }).click());
  await visit("/aankopen/winkelwagen");
  const over = Math.ceil(3_100_000 / c!.offer.priceCents);
  await page.getByLabel(`Aantal van ${c!.product.name}`).fill(String(over));
  await navigate(() => page.getByRole("button", { name: `Aantal wijzigen van ${c!.product.name}` }).click());
  let main = (await page.textContent("main")) ?? "";
  expect(main).toContain("Geblokkeerd: procedure nodig");
  expect(main).toMatch(/is niet lager dan de drempel van €\s30\.000,00/);
  expect(main).toContain("Geen enkele groep in de winkelwagen mag rechtstreeks besteld worden");
  await expect(page.getByRole("button", { name: "Bestelling plaatsen" }).count()).resolves.toBe(0);

  // About € 16.000 with supplier C: allowed; submit it.
  const half = Math.floor(1_600_000 / c!.offer.priceCents) || 1;
  await page.getByLabel(`Aantal van ${c!.product.name}`).fill(String(half));
  await navigate(() => page.getByRole("button", { name: `Aantal wijzigen van ${c!.product.name}` }).click());
  await navigate(() => page.getByRole("button", { name: "Bestelling plaatsen" }).click(), { url: /\/aankopen\/bestellingen\// });

  // Then about € 16.000 of laptops with supplier D within 90 days: warned, not blocked.
  await visit(`/aankopen/producten/${d!.product.id}`);
  await navigate(() => page.getByRole("button", { name: `In winkelwagen bij ${d!.offer.supplier.name}` }).click());
  await visit("/aankopen/winkelwagen");
  const second = Math.ceil(1_500_000 / d!.offer.priceCents);
  await page.getByLabel(`Aantal van ${d!.product.name}`).fill(String(second));
  await navigate(() => page.getByRole("button", { name: `Aantal wijzigen van ${d!.product.name}` }).click());
  main = (await page.textContent("main")) ?? "";
  expect(main).toContain("Opdracht van beperkte waarde");
  expect(main).toContain("Mogelijke opsplitsing");
  await expect(page.getByRole("button", { name: "Bestelling plaatsen" }).count()).resolves.toBe(1);
  // A quantity of 0 is refused by the server too (the browser's own check switched off) and nothing changes.
  await page
    .locator("form.vvg-ord-qty")
    .first()
    .evaluate((form) => {
      (form as HTMLFormElement).noValidate = true;
    });
  await page.getByLabel(`Aantal van ${d!.product.name}`).fill("0");
  await navigate(() => page.getByRole("button", { name: `Aantal wijzigen van ${d!.product.name}` }).click(), { status: 400 });
  expect((await page.textContent("main")) ?? "").toContain("Vul een aantal in van minstens 1");
  await visit("/aankopen/winkelwagen");
  await expect(page.getByLabel(`Aantal van ${d!.product.name}`).inputValue()).resolves.toBe(String(second));
}, 180_000);

test("Zoersel, which joined the framework agreement, sees a mini-competition for a shared lot", async () => {
  const checked = await suite.newPage();
  const { page, visit, navigate } = checked;
  await logIn(checked, "aankoper.zoersel@demo.vlavirgem.be");
  const product = (laptops.length ? laptops : await products("laptop")).find((p) =>
    p.offers.some((o) => o.framework?.lotNumber === 1),
  )!;
  const offer = product.offers.find((o) => o.framework?.lotNumber === 1)!;
  await visit(`/aankopen/producten/${product.id}`);
  await navigate(() => page.getByRole("button", { name: `In winkelwagen bij ${offer.supplier.name}` }).click());
  await visit("/aankopen/winkelwagen");
  const main = (await page.textContent("main")) ?? "";
  expect(main).toContain("Minicompetitie nodig");
  expect(main).toContain("heropening van de mededinging");
  const link = page.getByRole("link", { name: "Minicompetitie starten" });
  await expect(link.getAttribute("href")).resolves.toMatch(/^\/aankopen\/minicompetities\/nieuw\?framework=/);
}, 180_000);

test("a portal admin schedules a new low-value threshold with its source", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  await logIn(checked, "admin@demo.vlavirgem.be");
  await visit("/beheer/drempels");
  const scheduled = page.locator("section").filter({ has: page.getByRole("heading", { name: "Gepland" }) });
  await expect(scheduled.textContent()).resolves.toContain("Geen.");
  await page.getByLabel("Soort drempel").selectOption("low_value");
  await page.getByLabel("Bedrag (euro, excl. btw)").fill("75.000");
  await page.getByLabel("Geldig vanaf").fill("2030-01-01");
  await page.getByLabel("Bron", { exact: true }).fill("Wet van … tot wijziging van de wet van 17 juni 2016 (test)");
  await page.getByLabel("Link naar de bron").fill("https://www.ejustice.just.fgov.be/");
  await navigate(() => page.getByRole("button", { name: "Drempel toevoegen" }).click(), { url: "/beheer/drempels" });
  const text = (await scheduled.textContent()) ?? "";
  expect(text).toMatch(/€\s75\.000,00/);
  expect(text).toContain("vanaf 1 januari 2030");
  const current = page.locator("section").filter({ has: page.getByRole("heading", { name: "Nu van kracht" }) });
  await expect(current.textContent()).resolves.toContain("tot en met 31 december 2029");
}, 180_000);
