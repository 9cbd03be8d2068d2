// The portal as a process: health, readiness, metrics, security headers, graceful shutdown,
// restart on the same data, and refusal of bad configuration. No browser needed.
import http from "node:http";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeDataDir, runUntilExit, type ServerProcess, startServer } from "./harness.ts";

/** GET with the body read in full, so no response is left half-sent when the server stops. */
async function get(url: string): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe("a running portal", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  test("GET /healthz answers 200 ok", async () => {
    const response = await get(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.body).toBe("ok");
  });

  test("GET /readyz answers 200 with status ready", async () => {
    const response = await get(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(JSON.parse(response.body)).toMatchObject({ status: "ready" });
  });

  test("GET /metrics counts requests per route", async () => {
    // A request is counted once its response has been sent in full.
    expect((await get(`${server.url}/`)).status).toBe(200);
    const response = await get(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    const text = response.body;
    expect(text).toMatch(/^vlavirgem_http_requests_total\{[^}]*route="routes\/home"[^}]*status="200"[^}]*\} [1-9]/m);
    // One series per route, not per URL.
    await get(`${server.url}/bestaat-niet-1`);
    await get(`${server.url}/bestaat-niet-2`);
    const after = (await get(`${server.url}/metrics`)).body;
    expect(after).not.toContain("bestaat-niet");
  });

  test("security headers on a page", async () => {
    const response = await get(`${server.url}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!, values] as const),
    );
    const scriptSrc = directives.get("script-src") ?? [];
    expect(scriptSrc.some((value) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(value))).toBe(true);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBeTruthy();
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  test("every script tag carries the nonce of the CSP header, new on every request", async () => {
    const nonceOf = (response: { headers: Headers }) =>
      /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "missing";
    const first = await get(`${server.url}/`);
    const html = first.body;
    const nonce = nonceOf(first);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await get(`${server.url}/`);
    expect(nonceOf(second)).not.toBe(nonce);
  });

  test("hashed assets are cached for a year and immutable", async () => {
    const html = (await get(`${server.url}/`)).body;
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!))];
    expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
    expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
    for (const asset of assets) {
      const response = await get(`${server.url}${asset}`);
      expect(response.status, asset).toBe(200);
      const cacheControl = response.headers.get("cache-control") ?? "";
      expect(cacheControl, asset).toContain("max-age=31536000");
      expect(cacheControl, asset).toContain("immutable");
    }
    // Pages are never cached, and a missing asset is a plain 404, not a page.
    expect((await get(`${server.url}/`)).headers.get("cache-control")).toContain("no-store");
    expect((await get(`${server.url}/assets/bestaat-niet-12345678.js`)).status).toBe(404);
  });
});

/** GET / for the CSRF cookie and token that a form post needs. */
async function csrfFor(url: string): Promise<{ cookie: string; token: string }> {
  const response = await get(`${url}/`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .join("; ");
  const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
  if (!token) throw new Error("no CSRF token in the home page");
  return { cookie, token };
}

describe("lifecycle", () => {
  const dataDir = makeDataDir();
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test("SIGTERM lets a request in flight finish, then exits 0; a restart on the same data works", async () => {
    // Like `npm start`: no NODE_ENV, so the demo data is seeded.
    const env = { NODE_ENV: undefined, SESSION_SECRET: undefined, LOG_LEVEL: "info" };
    const first = await startServer({ dataDir, env });
    expect(first.logs().map((line) => line.msg)).toContain("demo data seeded");

    // A form post whose body is still on its way when the signal comes.
    const { cookie, token } = await csrfFor(first.url);
    const body = new URLSearchParams({ _csrf: token, locale: "en", redirectTo: "/privacy" }).toString();
    const answer = new Promise<{ status: number; location?: string }>((resolve, reject) => {
      const request = http.request(
        `${first.url}/taal`,
        {
          method: "POST",
          agent: false,
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": Buffer.byteLength(body),
            Cookie: cookie,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0, location: response.headers.location }));
        },
      );
      request.on("error", reject);
      request.write(body.slice(0, 10));
      // Send the rest once the server has received SIGTERM and stopped accepting connections.
      setTimeout(() => {
        first.process.kill("SIGTERM");
        setTimeout(() => request.end(body.slice(10)), 500);
      }, 300);
    });

    expect(await answer).toEqual({ status: 302, location: "/privacy" });
    expect(await first.exited).toBe(0);
    const messages = first.logs().map((line) => line.msg);
    expect(messages).toContain("shutting down");
    expect(messages.at(-1)).toBe("stopped");
    expect(first.logs().filter((line) => line.level >= 50)).toEqual([]);
    expect(first.stderr()).toBe("");

    // Reopen the same data folder: migrations and demo data are already there.
    const second = await startServer({ dataDir, env });
    try {
      const ready = await get(`${second.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(JSON.parse(ready.body)).toMatchObject({ status: "ready" });
      expect((await get(`${second.url}/`)).status).toBe(200);
      const messages = second.logs().map((line) => line.msg);
      expect(messages).not.toContain("demo data seeded");
      expect(messages).not.toContain("migrations applied");
      expect(second.logs().filter((line) => line.level >= 40)).toEqual([]);
    } finally {
      expect(await second.stop()).toBe(0);
    }
    expect(second.stderr()).toBe("");
  });
});

describe("bad configuration is refused with one line naming the variable", () => {
  const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

  test("PORT=abc", async () => {
    const result = await runUntilExit({ PORT: "abc" });
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("PORT");
  });

  test("NODE_ENV=production without SESSION_SECRET", async () => {
    const result = await runUntilExit({ NODE_ENV: "production", SESSION_SECRET: undefined });
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("SESSION_SECRET");
  });

  test("DATABASE_URL=mysql://x", async () => {
    const result = await runUntilExit({ DATABASE_URL: "mysql://x" });
    expect(result.code).not.toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain("DATABASE_URL");
    // A database URL may hold a password: it is never echoed.
    expect(result.stderr).not.toContain("mysql://x");
  });
});
