// The harness checks itself: a page with an accessibility fault, a console error or a page that
// was never checked must fail the test. Served by a tiny local HTTP server, not the portal.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser, openCheckedPage, tabTo } from "./harness.ts";

const page = (body: string, extraHead = "") =>
  `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Test</title>${extraHead}</head>` +
  `<body><header><p>Kop</p></header><main id="inhoud"><h1>Test</h1>${body}</main><footer><p>Voet</p></footer></body></html>`;

const PAGES: Record<string, string> = {
  "/good": page('<p><a href="/other">Naar de andere pagina</a></p>'),
  "/other": page("<p>Andere pagina</p>"),
  "/bad": page('<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>'),
  "/noisy": page("<p>Met fout</p>", "<script>console.error('kapot')</script>"),
  "/no-outline": page('<p><a href="/other" style="outline:none">Zonder focus</a></p>'),
};

let server: http.Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const body = PAGES[req.url ?? ""];
    res.writeHead(body ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(body ?? page("<p>Niet gevonden</p>"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("a clean page passes, with and without JavaScript", async () => {
  for (const javaScript of [true, false]) {
    const checked = await openCheckedPage(browser, base, { javaScript });
    await checked.visit("/good");
    await checked.navigate(() => checked.page.getByRole("link", { name: "Naar de andere pagina" }).click(), { url: "/other" });
    expect(await checked.finish()).toEqual([]);
  }
});

test("an axe violation fails with rule id, help and target", async () => {
  for (const javaScript of [true, false]) {
    const checked = await openCheckedPage(browser, base, { javaScript });
    const error = await checked.visit("/bad").then(
      () => null,
      (err: Error) => err,
    );
    expect(error?.message).toContain("image-alt");
    expect(error?.message).toContain("Images must have alternative text");
    expect(error?.message).toContain("img");
    expect(await checked.finish()).toEqual([]);
  }
});

test("a page reached without visit()/navigate() is still checked, or reported", async () => {
  const checked = await openCheckedPage(browser, base);
  await checked.page.goto(`${base}/bad`);
  await checked.page.goto(`${base}/other`);
  const problems = await checked.finish();
  expect(problems.join("\n")).toContain("never checked with axe");
  expect(problems.join("\n")).toContain(`${base}/bad`);

  // The last page is checked at the end of the test when nobody did.
  const last = await openCheckedPage(browser, base);
  await last.page.goto(`${base}/bad`);
  expect((await last.finish()).join("\n")).toContain("image-alt");
});

test("console errors fail the test; an expected 404 does not", async () => {
  const checked = await openCheckedPage(browser, base);
  await checked.visit("/noisy");
  expect((await checked.finish()).join("\n")).toContain("console error: kapot");

  const missing = await openCheckedPage(browser, base);
  await missing.visit("/bestaat-niet", { status: 404 });
  expect(await missing.finish()).toEqual([]);

  const wrongStatus = await openCheckedPage(browser, base);
  await expect(wrongStatus.visit("/bestaat-niet")).rejects.toThrow("answered 404, expected 200");
  await wrongStatus.finish();
});

test("tabTo finds an element by name and refuses one without a focus indicator", async () => {
  const checked = await openCheckedPage(browser, base);
  await checked.visit("/good");
  expect((await tabTo(checked.page, "Naar de andere pagina")).href).toBe("/other");
  await checked.visit("/no-outline");
  await expect(tabTo(checked.page, "Zonder focus")).rejects.toThrow("no visible focus indicator");
  await expect(tabTo(checked.page, "Bestaat niet", { max: 3 })).rejects.toThrow("Tab did not reach");
  expect(await checked.finish()).toEqual([]);
});
