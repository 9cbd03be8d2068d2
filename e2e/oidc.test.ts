// Login through an external OpenID Connect provider in Chromium: the login page's button, the
// provider's own pages (not ours, so not audited), back to the portal logged in.
import { afterAll, expect, test } from "vitest";
import { startOidcProvider } from "../tests/support/oidc-provider.ts";
import { browserSuite, freePort } from "./harness.ts";

const port = await freePort();
const provider = await startOidcProvider({
  redirectUri: `http://127.0.0.1:${port}/inloggen/oidc/terug`,
  accounts: { nele: { email: `nele-${process.pid}@idp.example.be`, email_verified: true, name: "Nele Nieuwkomer" } },
});
afterAll(() => provider.stop());

const suite = browserSuite({
  server: { port, env: { BASE_URL: `http://127.0.0.1:${port}`, NODE_ENV: "development", ...provider.portalEnv } },
});

test("log in with the external provider and come back logged in", async () => {
  const { page, visit, navigate } = await suite.newPage();
  await visit("/inloggen?redirectTo=%2Faccount");
  await page.getByRole("button", { name: "Inloggen met Test-IdP" }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  // The provider's devInteractions pages: login (account id as login), then consent.
  await page.locator('input[name="login"]').fill("nele");
  await page.locator('input[name="password"]').fill("any");
  await page.locator('button[type="submit"]').click();
  await page.waitForLoadState();
  if (new URL(page.url()).origin === provider.issuer) {
    await navigate(() => page.locator('button[type="submit"]').click(), { url: "/account" });
  } else {
    await navigate(async () => {}, { url: "/account" });
  }
  const body = (await page.getByRole("main").textContent()) ?? "";
  expect(body).toContain(`nele-${process.pid}@idp.example.be`);
  expect(await page.getByText("Aangemeld als Nele Nieuwkomer").count()).toBe(1);
});
