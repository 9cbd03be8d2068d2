// E-learning end to end in Chromium (issue #5): an author builds a course with a text lesson and
// a quiz and publishes it (no JavaScript); the training manager of Beveren-Kruibeke-Zwijndrecht
// assigns it to two staff; a learner completes it (a wrong quiz attempt first, scored on the
// server) and the dashboard shows it; members of a knowledge circle propose a topic and vote
// (keyboard), and a voter is told when an editor accepts it. Every page visited is checked with axe.
import { expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { activate, browserSuite, type CheckedPage, tabTo } from "./harness.ts";

// Development mode seeds the demo accounts; the launch courses and circles are seeded everywhere.
const suite = browserSuite({ server: { env: { NODE_ENV: "development" } } });

const stamp = Date.now().toString(36);
const COURSE = `Veilig mailen ${stamp}`;
const SLUG = `veilig-mailen-${stamp}`;

async function logIn(checked: CheckedPage, email: string) {
  const { page, visit, navigate } = checked;
  await visit("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await navigate(() => page.getByRole("button", { name: "Inloggen" }).click(), { url: (url) => url.pathname !== "/inloggen" });
}

const flash = (checked: CheckedPage) =>
  checked.page.getByRole("status").or(checked.page.getByRole("alert")).first().textContent();

test("the public catalogue filters with a GET form and lists the launch courses", async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  await visit("/leren");
  await expect(page.getByRole("link", { name: "Fundamentele cybersecurity" }).count()).resolves.toBe(1);
  await page.getByLabel("Onderwerp").selectOption("fraud");
  await navigate(() => page.getByRole("button", { name: "Filteren" }).click(), { url: /onderwerp=fraud/ });
  await expect(page.getByRole("link", { name: "Anti-fraude professional" }).count()).resolves.toBe(1);
  await expect(page.getByRole("link", { name: "Fundamentele cybersecurity" }).count()).resolves.toBe(0);
  await navigate(() => page.getByRole("link", { name: "Anti-fraude professional" }).click(), {
    url: "/leren/cursus/anti-fraude-professional",
  });
  await expect(
    page.getByRole("heading", { name: "De fraudedriehoek" }).or(page.getByText("De fraudedriehoek")).first().isVisible(),
  ).resolves.toBe(true);
  const api = await (await fetch(`${suite.server.url}/api/v1/courses?topic=cybersecurity`)).json();
  expect(api.total).toBe(api.items.length);
  expect(api.items.map((c: { slug: string }) => c.slug)).toContain("fundamentele-cybersecurity");
});

test("an author builds a course with a text lesson and a quiz and publishes it, without JavaScript", {
  timeout: 150_000,
}, async () => {
  const checked = await suite.newPage({ javaScript: false });
  const { page, visit, navigate } = checked;
  checked.allowConsoleError(/status of 400/);
  await logIn(checked, "admin@demo.vlavirgem.be");
  await visit("/leren/redactie");
  await page.getByLabel("Titel", { exact: true }).fill(COURSE);
  await page.getByLabel("Adres (slug)").fill("Geen Geldig Adres");
  await page.getByLabel("Onderwerp").selectOption("cybersecurity");
  await page.getByLabel("Niveau").selectOption("basic");
  await page.getByLabel("Doelgroep").selectOption("everyone");
  await page.getByLabel("Duur in minuten").fill("15");
  // A bad slug is refused next to the field, and what was typed is kept.
  await navigate(() => page.getByRole("button", { name: "Opleiding aanmaken" }).click(), { status: 400 });
  await expect(page.locator("#slug-error").textContent()).resolves.toContain("kleine letters");
  await expect(page.getByLabel("Titel", { exact: true }).inputValue()).resolves.toBe(COURSE);
  await page.getByLabel("Adres (slug)").fill(SLUG);
  await navigate(() => page.getByRole("button", { name: "Opleiding aanmaken" }).click(), {
    url: /\/leren\/redactie\/[0-9a-f-]{36}$/,
  });
  const editor = new URL(page.url()).pathname;

  await page.getByLabel("Titel van de nieuwe module").fill("De basis");
  await navigate(() => page.getByRole("button", { name: "Module toevoegen" }).click());
  await page.getByLabel("Titel van de nieuwe les").fill("Verdachte mails");
  await page.getByLabel("Soort les").selectOption("text");
  await navigate(() => page.getByRole("button", { name: "Les toevoegen" }).click(), { url: /\/les\/[0-9a-f-]{36}$/ });
  await page
    .getByLabel("Tekst (Markdown)")
    .fill(
      "## Herken de signalen\n\nLet op **haast** en een vreemde afzender.\n\n<script>alert('x')</script>\n\n[Safeonweb](https://safeonweb.be)",
    );
  await navigate(() => page.getByRole("button", { name: "Les bewaren" }).click());
  const preview = page.getByRole("region", { name: "Voorbeeld (zoals de deelnemer het ziet)" });
  await expect(preview.getByRole("heading", { name: "Herken de signalen" }).count()).resolves.toBe(1);
  await expect(preview.innerHTML()).resolves.not.toContain("<script");

  await visit(editor);
  await page.getByLabel("Titel van de nieuwe les").fill("Toets");
  await page.getByLabel("Soort les").selectOption("quiz");
  await navigate(() => page.getByRole("button", { name: "Les toevoegen" }).click(), { url: /\/les\/[0-9a-f-]{36}$/ });
  await page.getByLabel("Tekst (Markdown)").fill("Twee vragen.");
  await page.getByLabel("Slaagdrempel in procent").fill("100");
  await page.getByLabel("Aantal pogingen").fill("3");
  await navigate(() => page.getByRole("button", { name: "Les bewaren" }).click());
  const newQuestion = () =>
    page.locator(".vvg-learning-panel").filter({ has: page.getByRole("heading", { name: "Nieuwe vraag" }) });
  await newQuestion().getByLabel("Soort vraag").selectOption("single");
  await newQuestion().getByLabel("Vraag", { exact: true }).fill("Wat doet u met een verdachte mail?");
  await newQuestion()
    .getByLabel("Antwoorden")
    .fill("* Melden | Juist, meld ze meteen.\nDe bijlage openen | Zo raakt malware binnen.");
  await navigate(() => newQuestion().getByRole("button", { name: "Vraag toevoegen" }).click());
  await newQuestion().getByLabel("Soort vraag").selectOption("truefalse");
  await newQuestion().getByLabel("Vraag", { exact: true }).fill("MFA maakt een account veiliger.");
  await newQuestion().getByLabel("Juist antwoord (bij een juist/fout-vraag)").selectOption("true");
  await navigate(() => newQuestion().getByRole("button", { name: "Vraag toevoegen" }).click());
  await expect(page.getByRole("heading", { name: /^Vraag \d\./ }).count()).resolves.toBe(2);

  await visit(editor);
  // Reorder without JavaScript: the quiz up, then back down.
  await navigate(() => page.getByRole("button", { name: "Omhoog: Toets" }).click());
  await expect(page.locator(".vvg-learning-lessons li").first().textContent()).resolves.toContain("Toets");
  await navigate(() => page.getByRole("button", { name: "Omlaag: Toets" }).click());
  await page.getByLabel("Wat is er veranderd?").fill("Eerste versie");
  await navigate(() => page.getByRole("button", { name: "Versie 1 publiceren" }).click());
  await expect(flash(checked)).resolves.toContain("Versie 1 is gepubliceerd");
  await visit(`/leren/cursus/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(COURSE);
});

test("a manager assigns the course to two staff; a learner completes it; the dashboard shows it", {
  timeout: 150_000,
}, async () => {
  const manager = await suite.newPage({ javaScript: false });
  {
    const { page, visit, navigate } = manager;
    await logIn(manager, "opleidingsverantwoordelijke.bkz@demo.vlavirgem.be");
    await visit("/leren/beheer/toewijzen");
    const form = page.getByRole("region", { name: "Aan leden" });
    await form.getByLabel("Opleiding", { exact: true }).selectOption({ label: COURSE });
    await form.getByLabel("Af te ronden tegen").fill("2099-12-31");
    await form.getByLabel(/Aankoper Beveren-Kruibeke-Zwijndrecht/).check();
    await form.getByLabel(/HR-verantwoordelijke Beveren-Kruibeke-Zwijndrecht/).check();
    await navigate(() => form.getByRole("button", { name: "Toewijzen" }).click());
    await expect(flash(manager)).resolves.toContain("toegewezen aan 2 personen");
  }

  const learner = await suite.newPage();
  const { page, visit, navigate } = learner;
  learner.allowConsoleError(/status of 400/);
  await logIn(learner, "aankoper.bkz@demo.vlavirgem.be");
  await visit(`/leren/cursus/${SLUG}`);
  await expect(page.getByText("0 van 2 verplichte onderdelen gedaan").count()).resolves.toBe(1);
  await navigate(() => page.getByRole("link", { name: "Beginnen" }).click(), { url: /\/les\/[0-9a-f-]{36}$/ });
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Verdachte mails");
  await expect(page.locator(".vvg-learning-content script").count()).resolves.toBe(0);
  await navigate(() => page.getByRole("button", { name: "Ik heb deze les doorgenomen" }).click());
  await navigate(() => page.getByRole("link", { name: "Volgende: Toets" }).click(), { url: /\/les\/[0-9a-f-]{36}$/ });

  // A wrong attempt: scored on the server, with the feedback of the chosen answer.
  await page
    .getByRole("group", { name: /Vraag 1/ })
    .getByLabel("De bijlage openen")
    .check();
  await page
    .getByRole("group", { name: /Vraag 2/ })
    .getByLabel("Juist")
    .check();
  await navigate(() => page.getByRole("button", { name: "Antwoorden indienen" }).click());
  await expect(page.locator("#resultaat").textContent()).resolves.toContain("Uw score: 50 %");
  await expect(page.locator("#resultaat").textContent()).resolves.toContain("Zo raakt malware binnen.");
  await expect(page.getByText("U hebt nog 2 pogingen.").count()).resolves.toBe(1);

  // With the keyboard: choose the right answer and submit.
  await page
    .getByRole("group", { name: /Vraag 1/ })
    .getByLabel("Melden")
    .check();
  await page
    .getByRole("group", { name: /Vraag 2/ })
    .getByLabel("Juist")
    .check();
  await tabTo(page, page.getByRole("button", { name: "Antwoorden indienen" }));
  await navigate(() => activate(page, "Enter"));
  await expect(flash(learner)).resolves.toContain(`U hebt de opleiding ${COURSE} voltooid`);

  await visit("/leren");
  const mine = page.getByRole("region", { name: "Mijn opleidingen" });
  await expect(mine.getByRole("listitem").filter({ hasText: COURSE }).textContent()).resolves.toContain("Voltooid");

  await manager.visit("/leren/beheer");
  const matrix = manager.page.locator("table.vvg-learning-matrix");
  const row = matrix.getByRole("row").filter({ hasText: "Aankoper Beveren-Kruibeke-Zwijndrecht" });
  await expect(row.textContent()).resolves.toContain("Voltooid");
  const other = matrix.getByRole("row").filter({ hasText: "HR-verantwoordelijke Beveren-Kruibeke-Zwijndrecht" });
  await expect(other.textContent()).resolves.toContain("Toegewezen");
  // Another organisation's learners are not listed.
  await expect(matrix.textContent()).resolves.not.toContain("Zoersel");
  const xlsx = await manager.page.request.get(`${suite.server.url}/leren/beheer/voortgang.xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
});

test("members of a knowledge circle propose a topic and vote; a voter hears when it is accepted", {
  timeout: 150_000,
}, async () => {
  const proposer = await suite.newPage({ javaScript: false });
  {
    const { page, visit, navigate } = proposer;
    await logIn(proposer, "informatieveiligheidsconsulent.zoersel@demo.vlavirgem.be");
    await visit("/leren/gemeenschap/limburg");
    await navigate(() => page.getByRole("button", { name: "Lid worden" }).click());
    await page.getByRole("textbox", { name: "Onderwerp" }).fill(`Wachtwoordbeleid ${stamp}`);
    await page.getByLabel("Waarom is deze opleiding nodig?").fill("Veel besturen twijfelen over de regels voor wachtwoorden.");
    await navigate(() => page.getByRole("button", { name: "Voorstel indienen" }).click(), {
      url: /\/leren\/voorstellen\/[0-9a-f-]{36}$/,
    });
    await expect(page.getByText("1 stem").count()).resolves.toBe(1);
  }

  const voter = await suite.newPage();
  const { page, visit, navigate } = voter;
  await logIn(voter, "hr.zoersel@demo.vlavirgem.be");
  await visit("/leren/gemeenschap/limburg");
  await tabTo(page, page.getByRole("button", { name: "Lid worden" }));
  await navigate(() => activate(page, "Enter"));
  await tabTo(page, page.getByRole("button", { name: `Steunen: Wachtwoordbeleid ${stamp}` }));
  await navigate(() => activate(page, "Enter"));
  await expect(flash(voter)).resolves.toContain("uw stem is geteld");
  const card = page.getByRole("listitem").filter({ hasText: `Wachtwoordbeleid ${stamp}` });
  await expect(card.textContent()).resolves.toContain("2 stemmen");
  await expect(card.getByRole("button", { name: `Steun intrekken: Wachtwoordbeleid ${stamp}` }).count()).resolves.toBe(1);

  const editor = await suite.newPage({ javaScript: false });
  await logIn(editor, "admin@demo.vlavirgem.be");
  await editor.visit("/leren/gemeenschap/limburg");
  await editor.navigate(() => editor.page.getByRole("link", { name: `Wachtwoordbeleid ${stamp}` }).click(), {
    url: /\/leren\/voorstellen\//,
  });
  await editor.page.getByLabel("Nieuwe status").selectOption("accepted");
  await editor.navigate(() => editor.page.getByRole("button", { name: "Status wijzigen en stemmers verwittigen" }).click());
  await expect(flash(editor)).resolves.toContain("2 mensen zijn verwittigd");

  await visit("/leren/gemeenschap");
  const news = page.getByRole("region", { name: "Nieuws over voorstellen die u steunt" });
  await expect(news.textContent()).resolves.toContain(`Wachtwoordbeleid ${stamp}: Aanvaard`);
});
