// End-to-end login through OpenID Connect: a real `oidc-provider` on 127.0.0.1 (devInteractions)
// and the BUILT portal in its own process, driven like a browser without JavaScript: fetch with
// manual redirects and a cookie jar per origin.
// Run: npm run test:server
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../app/demo-accounts.ts";
import { startOidcProvider, type TestProvider } from "../support/oidc-provider.ts";
import { freePort } from "../support/spawn-server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const demo = DEMO_ACCOUNTS.find((a) => a.email.startsWith("beheerder.zoersel"))!;

/** The people the provider knows; the devInteractions login form takes the account id as login. */
const ACCOUNTS: Record<string, { email: string; email_verified: boolean; name: string }> = {
  "new-person": { email: `nieuw-${process.pid}@oidc.example.be`, email_verified: true, name: "Nele Nieuwkomer" },
  "demo-admin": { email: demo.email, email_verified: true, name: "Iemand Anders" },
  unverified: { email: "onbevestigd@oidc.example.be", email_verified: false, name: "Onbevestigd Persoon" },
};

// ---- a tiny browser: cookies per origin, manual redirects --------------------------------------

class Browser {
  jar = new Map<string, Map<string, string>>();

  cookieHeader(url: URL): string {
    return [...(this.jar.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  store(url: URL, response: Response) {
    const jar = this.jar.get(url.origin) ?? new Map<string, string>();
    this.jar.set(url.origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k = "", v = ""] = a.trim().split("=");
        return (k.toLowerCase() === "max-age" && Number(v) <= 0) || (k.toLowerCase() === "expires" && Date.parse(v) < Date.now());
      });
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  }

  /** One request, no redirect followed; the body is always read (no half-read connections). */
  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader(target), "user-agent": "oidc-e2e" };
    let body: string | undefined;
    if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      headers.origin = target.origin;
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
    this.store(target, response);
    return { status: response.status, headers: response.headers, html: await response.text() };
  }

  /** A request and then every redirect, as a browser does; returns the last response and its URL. */
  async go(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}, hops: string[] = []) {
    let current = new URL(url);
    let response = await this.request(current, init);
    hops.push(`${init.form ? "POST" : "GET"} ${current.href} -> ${response.status}`);
    for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i++) {
      current = new URL(response.headers.get("location")!, current);
      response = await this.request(current);
      hops.push(`GET ${current.href} -> ${response.status}`);
    }
    return { response, url: current, html: response.html, hops };
  }
}

const formAction = (html: string, base: URL) => {
  const match = html.match(/<form[^>]*action="([^"]+)"/);
  if (!match) throw new Error(`no form in:\n${html.slice(0, 2000)}`);
  return new URL(match[1]!.replace(/&amp;/g, "&"), base);
};
const csrfIn = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1];
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

// ---- the provider and the portal ---------------------------------------------------------------

let testProvider: TestProvider;
let issuer: string;
let portal: ChildProcess;
let portalUrl: string;
let dataDir: string;
let output = "";

/** Starts the provider; its one client names the portal's redirect URI. */
async function startProvider(redirectUri: string) {
  testProvider = await startOidcProvider({ redirectUri, accounts: ACCOUNTS });
  issuer = testProvider.issuer;
}

async function startPortal(port: number) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-oidc-e2e-"));
  // Vitest puts Vite's BASE_URL, MODE, … into process.env; the portal must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"].includes(key) &&
        !key.startsWith("VITEST") &&
        !key.startsWith("OIDC_"),
    ),
  );
  portalUrl = `http://127.0.0.1:${port}`;
  portal = spawn(process.execPath, ["server/main.ts"], {
    cwd: root,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: portalUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...testProvider.portalEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  portal.stdout!.on("data", (chunk) => (output += chunk));
  portal.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (portal.exitCode !== null) throw new Error(`portal exited early (${portal.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${portalUrl}/healthz`)).ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`portal did not answer in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("login through an external OpenID Connect provider", () => {
  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, process.env.BUILD_DIR || "build", "server/index.js"))) {
      throw new Error('The portal is not built: run "npx react-router build" first.');
    }
    const started = Date.now();
    const port = await freePort();
    await startProvider(`http://127.0.0.1:${port}/inloggen/oidc/terug`);
    await startPortal(port);
    console.info(`provider and portal started in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    const t0 = Date.now();
    if (portal && portal.exitCode === null) {
      await new Promise<void>((resolve) => {
        portal.once("exit", () => resolve());
        portal.kill("SIGTERM");
      });
    }
    await testProvider?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    console.info(`provider and portal stopped in ${Date.now() - t0} ms`);
  });

  /** From the login page to the provider's login form: returns the form page. */
  async function startLogin(browser: Browser, redirectTo = "/account") {
    const login = await browser.go(`${portalUrl}/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`);
    expect(login.response.status).toBe(200);
    expect(text(login.html)).toContain("Inloggen met Test-IdP");
    const csrf = csrfIn(login.html);
    expect(csrf).toBeTruthy();
    const start = await browser.request(`${portalUrl}/inloggen/oidc?redirectTo=${encodeURIComponent(redirectTo)}`, {
      form: { _csrf: csrf! },
    });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get("location")!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("scope")).toBe("openid email profile");
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${portalUrl}/inloggen/oidc/terug`);
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    const flowCookie = start.headers.getSetCookie().find((c) => c.startsWith("vvg_oidc="));
    expect(flowCookie).toMatch(/HttpOnly/i);
    expect(flowCookie).toMatch(/SameSite=Lax/i);
    expect(flowCookie).toMatch(/Max-Age=600/i);
    // The cookie carries the flow, signed; the verifier is not in the URL.
    expect(authorize.search).not.toContain("code_verifier");
    return browser.go(authorize);
  }

  /** Fills in the provider's devInteractions login and consent forms; returns the page after the callback. */
  async function completeAtProvider(browser: Browser, page: Awaited<ReturnType<Browser["go"]>>, account: string) {
    expect(page.url.origin).toBe(issuer);
    let current = await browser.go(formAction(page.html, page.url), { form: { prompt: "login", login: account, password: "x" } });
    // Consent (first time for this account and client).
    if (current.url.origin === issuer && current.html.includes('name="prompt" value="consent"')) {
      current = await browser.go(formAction(current.html, current.url), { form: { prompt: "consent" } }, current.hops);
    }
    return current;
  }

  it("creates an account for a new person with a verified e-mail and logs them in", async () => {
    const started = Date.now();
    const browser = new Browser();
    const page = await startLogin(browser);
    const done = await completeAtProvider(browser, page, "new-person");
    expect(done.url.href, done.hops.join("\n")).toBe(`${portalUrl}/account`);
    expect(done.response.status).toBe(200);
    const body = text(done.html);
    expect(body).toContain("Aangemeld als Nele Nieuwkomer");
    expect(body).toContain("We maakten een profiel voor u aan");
    expect(browser.cookie(portalUrl, "vvg_session")).toBeTruthy();
    // The flow cookie is used once and gone.
    expect(browser.cookie(portalUrl, "vvg_oidc")).toBeUndefined();
    // A second login finds the same account (the provider remembers the consent).
    const again = new Browser();
    const page2 = await startLogin(again, "/");
    const done2 = await completeAtProvider(again, page2, "new-person");
    expect(done2.url.href).toBe(`${portalUrl}/`);
    expect(text(done2.html)).toContain("Aangemeld als Nele Nieuwkomer");
    expect(text(done2.html)).toContain("U bent ingelogd via Test-IdP");
    console.info(`two full OIDC logins in ${Date.now() - started} ms`);
  });

  it("links to the existing account with that verified e-mail", async () => {
    const browser = new Browser();
    const done = await completeAtProvider(browser, await startLogin(browser), "demo-admin");
    expect(done.url.href, done.hops.join("\n")).toBe(`${portalUrl}/account`);
    // The portal's own name for the person, not the provider's.
    expect(text(done.html)).toContain(`Aangemeld als ${demo.name}`);
    expect(text(done.html)).not.toContain("Iemand Anders");
  });

  it("refuses an e-mail the provider did not verify, with a clear page and no session", async () => {
    const browser = new Browser();
    const done = await completeAtProvider(browser, await startLogin(browser), "unverified");
    expect(done.url.pathname).toBe("/inloggen/oidc/terug");
    expect(done.response.status).toBe(403);
    const body = text(done.html);
    expect(body).toContain("Test-IdP heeft uw e-mailadres niet bevestigd");
    expect(body).not.toContain("Aangemeld als");
    expect(browser.cookie(portalUrl, "vvg_session")).toBeUndefined();
  });

  it("sends a person who cancels at the provider back to the login page with a message", async () => {
    const browser = new Browser();
    const page = await startLogin(browser);
    const abort = page.html.match(/href="([^"]*\/abort)"/)?.[1];
    expect(abort).toBeTruthy();
    const done = await browser.go(new URL(abort!.replace(/&amp;/g, "&"), page.url));
    expect(done.url.pathname).toBe("/inloggen");
    expect(done.response.status).toBe(200);
    expect(text(done.html)).toContain("U hebt het inloggen via Test-IdP afgebroken");
  });

  it("refuses a callback without its flow cookie or with a foreign state, without a 500", async () => {
    // A browser without the flow cookie (expired, or another browser) arrives at the callback.
    const stranger = new Browser();
    const bare = await stranger.go(`${portalUrl}/inloggen/oidc/terug?code=abc&state=def&iss=${encodeURIComponent(issuer)}`);
    expect(bare.response.status).toBe(400);
    expect(text(bare.html)).toContain("Het inloggen duurde te lang");
    // A flow cookie but a tampered state.
    const tamper = new Browser();
    const login = await tamper.go(`${portalUrl}/inloggen`);
    const start = await tamper.request(`${portalUrl}/inloggen/oidc?redirectTo=%2F`, { form: { _csrf: csrfIn(login.html)! } });
    expect(start.status).toBe(302);
    const wrong = await tamper.go(`${portalUrl}/inloggen/oidc/terug?code=abc&state=not-the-state`);
    expect(wrong.response.status).toBe(400);
    expect(text(wrong.html)).toContain("Het inloggen duurde te lang");
    // The right state but a made-up code: the provider refuses the exchange.
    const again = new Browser();
    const login2 = await again.go(`${portalUrl}/inloggen`);
    const start2 = await again.request(`${portalUrl}/inloggen/oidc?redirectTo=%2F`, { form: { _csrf: csrfIn(login2.html)! } });
    const state = new URL(start2.headers.get("location")!).searchParams.get("state")!;
    const forged = await again.go(
      `${portalUrl}/inloggen/oidc/terug?code=made-up&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`,
    );
    expect(forged.response.status).toBe(400);
    expect(text(forged.html)).toContain("Het inloggen via Test-IdP is niet gelukt");
    expect(again.cookie(portalUrl, "vvg_session")).toBeUndefined();
  });

  it("needs the CSRF token to start, and a GET only goes back to the login page", async () => {
    const browser = new Browser();
    await browser.go(`${portalUrl}/inloggen`);
    const noToken = await browser.request(`${portalUrl}/inloggen/oidc`, { form: { x: "1" } });
    expect(noToken.status).toBe(403);
    const get = await browser.request(`${portalUrl}/inloggen/oidc`);
    expect(get.status).toBe(302);
    expect(get.headers.get("location")).toBe("/inloggen");
  });

  it("tells the person when the provider cannot be reached (last: it stops the provider)", async () => {
    const browser = new Browser();
    const login = await browser.go(`${portalUrl}/inloggen`);
    const start = await browser.request(`${portalUrl}/inloggen/oidc?redirectTo=%2F`, { form: { _csrf: csrfIn(login.html)! } });
    const state = new URL(start.headers.get("location")!).searchParams.get("state")!;
    await testProvider.stop();
    const done = await browser.go(
      `${portalUrl}/inloggen/oidc/terug?code=some-code&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`,
    );
    expect(done.response.status).toBe(502);
    expect(text(done.html)).toContain("Test-IdP is op dit moment niet bereikbaar");
  });

  it("logged no error and no stack trace along the way (expected refusals are warnings)", () => {
    if (process.env.VVG_OIDC_DEBUG) console.info(output);
    expect(output).not.toMatch(/"level":(50|60)/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(output).toContain('"msg":"OIDC login failed"');
  });
});
