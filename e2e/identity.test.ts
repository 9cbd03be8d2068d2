// Identity end to end in Chromium: register → verify with the link from the captured mail →
// log in → ask to join Zoersel → its admin approves with the role aankoper → the role shows →
// the audit log has each step; a supplier registers and a portal admin approves it; and
// registration by keyboard only without JavaScript. Every page visited is checked with axe.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import type { Locator } from "playwright-core";
import { activate, browserSuite, type CheckedPage, freePort, tabTo } from "./harness.ts";

type Mail = { to: string; subject: string; text: string };
const mails: Mail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = mail.to ? (Array.isArray(mail.to) ? mail.to[0]!.text : mail.to.text) : "";
        mails.push({ to, subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      })
      .catch(callback);
  },
});
const smtpPort = await freePort();
await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

// Development mode seeds the demo accounts; mail goes to the SMTP server above.
const suite = browserSuite({ server: { env: { NODE_ENV: "development", SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } } });

async function mailTo(address: string, pathPrefix: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = mails.find((m) => m.to.includes(address) && m.text.includes(pathPrefix));
    const link = mail?.text.match(new RegExp(`https?://[^\\s]+(${pathPrefix}[\\w/-]+)`))?.[1];
    if (link) return link;
    if (Date.now() > deadline)
      throw new Error(`no mail with ${pathPrefix} reached ${address}; got ${JSON.stringify(mails.map((m) => m.to))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits (up to 5 s) until the element's text contains `expected`. */
async function expectText(locator: Locator, expected: string | RegExp) {
  const deadline = Date.now() + 5_000;
  let text = "";
  while (Date.now() < deadline) {
    text = (await locator.textContent().catch(() => "")) ?? "";
    if (typeof expected === "string" ? text.includes(expected) : expected.test(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(text).toMatch(typeof expected === "string" ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : expected);
}

async function logIn(checked: CheckedPage, email: string, password: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

async function logOut(checked: CheckedPage) {
  await checked.navigate(() => checked.page.getByRole("button", { name: "Afmelden" }).click(), { url: "/" });
}

test("register, verify by mail, join Zoersel, approved as aankoper, and every step audited", async () => {
  const checked = await suite.newPage();
  const { page, visit, navigate } = checked;
  const email = `lies.${Date.now()}@voorbeeld.be`;
  const password = "vier-losse-woorden-hier";

  await visit("/registreren");
  await page.getByLabel("Naam").fill("Lies Vermeulen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het wachtwoord").fill(password);
  await page.getByLabel("Ik heb de privacyverklaring gelezen en aanvaard ze.").check();
  await navigate(() => page.getByRole("button", { name: "Account maken" }).click(), { url: "/registreren/verstuurd" });
  await expectText(page.locator("h1"), "Kijk in uw mailbox");

  const verifyPath = await mailTo(email, "/e-mail-bevestigen/");
  await visit(verifyPath);
  await navigate(() => page.getByRole("button", { name: "Mijn e-mailadres bevestigen" }).click(), { url: "/inloggen" });
  await expectText(page.getByRole("status"), "Uw e-mailadres is bevestigd");

  // The link works once.
  await visit(verifyPath, { status: 410 });
  await expectText(page.getByRole("alert"), "al gebruikt");

  await logIn(checked, email, password);
  expect(await page.getByText("Aangemeld als Lies Vermeulen").count()).toBeGreaterThan(0);

  await visit("/account/organisaties?q=Zoersel");
  await navigate(() => page.getByRole("button", { name: "Lidmaatschap aanvragen: Zoersel" }).click(), {
    url: (url) => url.pathname === "/account/organisaties",
  });
  await expectText(page.getByRole("main"), "Zoersel");
  await expectText(page.getByRole("main"), /aangevraagd/i);
  await logOut(checked);

  // Zoersel's admin approves with the role aankoper.
  await logIn(checked, "beheerder.zoersel@demo.vlavirgem.be", DEMO_PASSWORD);
  const zoersel = (await (await fetch(`${suite.server.url}/api/v1/organisations/11055`)).json()) as { id: string };
  await visit(`/organisaties/${zoersel.id}/leden`);
  const roles = page.getByRole("group", { name: "Rollen voor Lies Vermeulen" });
  await roles.getByLabel("Aankoper").check();
  await navigate(
    () =>
      roles
        .locator("xpath=ancestor::form")
        .getByRole("button", { name: /Goedkeuren/ })
        .click(),
    {
      url: (url) => url.pathname.endsWith("/leden"),
    },
  );
  await expectText(page.getByRole("status"), "Lies Vermeulen");
  await logOut(checked);

  // The new member sees the role.
  await logIn(checked, email, password);
  await visit("/account/organisaties");
  const membership = page.getByRole("main").locator("li, tr").filter({ hasText: "Zoersel" }).first();
  await expectText(membership, /actief/i);
  await expectText(membership, "Aankoper");
  await logOut(checked);

  // The portal admin finds every step in the audit log.
  await logIn(checked, "admin@demo.vlavirgem.be", DEMO_PASSWORD);
  await visit(`/beheer/audit?actor=${encodeURIComponent(email)}`);
  const log = page.getByRole("main");
  for (const action of ["person.registered", "person.email_verified", "login.succeeded", "membership.requested"]) {
    await expectText(log, action);
  }
  await visit(`/beheer/audit?action=membership.approved&organisation=${zoersel.id}`);
  await expectText(page.getByRole("main"), "membership.approved");
  await expectText(page.getByRole("main"), "Lies Vermeulen");
});

test("a supplier registers with a valid KBO number and a portal admin approves it", async () => {
  const checked = await suite.newPage();
  const { page, visit, navigate } = checked;
  await logIn(checked, "it-professional@demo.vlavirgem.be", DEMO_PASSWORD);
  await visit("/leveranciers/registreren");
  await page.getByLabel("Naam van het bedrijf").fill("Kempen Hardware BV");
  await page.getByLabel(/Ondernemingsnummer/).fill("0876.543.271");
  await page.getByLabel("Straat en nummer").fill("Markt 1");
  await page.getByLabel("Postcode").fill("2980");
  await page.getByLabel("Gemeente").fill("Zoersel");
  await page.getByLabel("Naam", { exact: true }).fill("Sam Peeters");
  await page.getByLabel("E-mailadres", { exact: true }).fill("sam@kempen-hardware.be");
  await navigate(() => page.getByRole("button", { name: "Registratie versturen" }).click(), {
    url: "/leveranciers/registreren",
    status: 400,
  });
  // Wrong check digits: a clear message, what was typed is kept.
  await expectText(page.getByRole("main"), "controlecijfers kloppen niet");
  expect(await page.getByLabel("Naam van het bedrijf").inputValue()).toBe("Kempen Hardware BV");
  await page.getByLabel(/Ondernemingsnummer/).fill("0876.543.270");
  await navigate(() => page.getByRole("button", { name: "Registratie versturen" }).click(), { url: "/account/organisaties" });
  await expectText(page.getByRole("status"), "in behandeling");
  await logOut(checked);

  await logIn(checked, "admin@demo.vlavirgem.be", DEMO_PASSWORD);
  await visit("/beheer/leveranciers");
  const row = page.getByRole("main").locator("li, tr, article, section").filter({ hasText: "Kempen Hardware BV" }).last();
  await expectText(row, "0876.543.270");
  await navigate(() => row.getByRole("button", { name: /Goedkeuren/ }).click(), { url: "/beheer/leveranciers" });
  await expectText(page.getByRole("status"), "Kempen Hardware BV");
  await visit("/beheer/audit?action=supplier.approved");
  await expectText(page.getByRole("main"), "Kempen Hardware BV");
});

test("registration works by keyboard alone and without JavaScript", async () => {
  const { page, visit, navigate } = await suite.newPage({ javaScript: false });
  await visit("/registreren");
  const email = `toetsenbord.${Date.now()}@voorbeeld.be`;
  await tabTo(page, page.getByLabel("Naam"));
  await page.keyboard.type("Toetsenbord Gebruiker");
  await tabTo(page, page.getByLabel("E-mailadres"));
  await page.keyboard.type(email);
  // A mismatch first: the errors come back next to the fields and the name and e-mail stay.
  await tabTo(page, page.getByLabel("Wachtwoord", { exact: true }));
  await page.keyboard.type("een-lang-wachtwoord-1");
  await tabTo(page, page.getByLabel("Herhaal het wachtwoord"));
  await page.keyboard.type("een-ander-wachtwoord-2");
  await tabTo(page, page.getByRole("button", { name: "Account maken" }));
  await navigate(() => activate(page, "Enter"), { url: "/registreren", status: 400 });
  await expectText(page.getByRole("alert").first(), "Er is een probleem");
  expect(await page.getByLabel("Naam").inputValue()).toBe("Toetsenbord Gebruiker");
  expect(await page.getByLabel("E-mailadres").inputValue()).toBe(email);
  await expectText(page.getByRole("main"), "De twee wachtwoorden zijn niet gelijk.");
  await expectText(page.getByRole("main"), "U moet de privacyverklaring aanvaarden");

  await tabTo(page, page.getByLabel("Wachtwoord", { exact: true }));
  await page.keyboard.type("een-lang-wachtwoord-1");
  await tabTo(page, page.getByLabel("Herhaal het wachtwoord"));
  await page.keyboard.type("een-lang-wachtwoord-1");
  await tabTo(page, page.getByLabel("Ik heb de privacyverklaring gelezen en aanvaard ze."));
  await activate(page, "Space");
  await tabTo(page, page.getByRole("button", { name: "Account maken" }));
  await navigate(() => activate(page, "Enter"), { url: "/registreren/verstuurd" });
  await mailTo(email, "/e-mail-bevestigen/");
});
