// The search page's micro-cache (decision 008) over HTTP: anonymous visitors get the same page,
// each with its own CSP nonce, CSRF token and cookie, and request id; the token works; the
// language and a signed-in visitor are never mixed up with someone else's page.
import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_PASSWORD } from "../app/demo-accounts.ts";
import { type ServerProcess, startServer } from "./harness.ts";

let server: ServerProcess;
beforeAll(async () => {
  // Development mode seeds the demo catalogue and accounts.
  server = await startServer({ env: { NODE_ENV: "development" } });
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

const SEARCH = "/aankopen?q=laptops&sortering=prijs";

type Answer = { status: number; headers: Headers; body: string; encoding: string | null };

/** GET with node:http (fetch would decode gzip itself): the bytes as sent, decoded by hand. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers: { "Accept-Encoding": "identity", ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const bytes = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"] ?? null;
          const body = encoding === "gzip" ? zlib.gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
          const all = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            for (const one of Array.isArray(value) ? value : [value ?? ""]) all.append(name, one);
          }
          resolve({ status: response.statusCode ?? 0, headers: all, body, encoding });
        });
      })
      .on("error", reject);
  });
}

/** The values that belong to one response only, each checked against the response's headers. */
function ownValues(answer: Answer) {
  const nonce = /'nonce-([^']+)'/.exec(answer.headers.get("content-security-policy") ?? "")?.[1];
  const token = /name="_csrf" value="([^"]+)"/.exec(answer.body)?.[1];
  const requestId = answer.headers.get("x-request-id");
  expect(nonce).toBeTruthy();
  expect(token).toBeTruthy();
  expect(requestId).toBeTruthy();
  // Every script carries this response's nonce, and the hydration data this response's token and id.
  const nonces = [...answer.body.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
  expect(nonces.length).toBeGreaterThan(2);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  expect(answer.body).toContain(`\\"csrf\\",\\"${token}\\"`);
  expect(answer.body).toContain(requestId!);
  return { nonce: nonce!, token: token!, requestId: requestId! };
}

const cookieOf = (answer: Answer) =>
  answer.headers
    .getSetCookie()
    .map((header) => header.split(";")[0]!)
    .join("; ");

test("anonymous visitors share the page but not its nonce, CSRF token or request id", async () => {
  const answers: Answer[] = [];
  for (const encoding of ["identity", "gzip", "gzip, deflate, br", "identity"])
    answers.push(await get(SEARCH, { "Accept-Encoding": encoding }));
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toContain("no-store");
  }
  // The first was searched and rendered, the others came from the cache (compressed once).
  expect(answers.map((answer) => answer.headers.get("x-page-cache"))).toEqual(["miss", "hit", "hit", "hit"]);
  expect(answers[1]!.encoding).toBe("gzip");
  expect(answers[3]!.encoding).toBeNull();

  const values = answers.map(ownValues);
  for (const key of ["nonce", "token", "requestId"] as const)
    expect(new Set(values.map((v) => v[key])).size).toBe(answers.length);
  // Each visitor without a CSRF cookie gets one, for the token in their page.
  for (const [i, answer] of answers.entries()) {
    expect(cookieOf(answer)).toMatch(/^vvg_csrf=/);
    const echoed = await get("/aankopen?q=x", { Cookie: cookieOf(answer) });
    expect(echoed.headers.getSetCookie()).toEqual([]);
    expect(ownValues(echoed).token).toBe(values[i]!.token);
  }
  // Apart from those values, the pages are the same.
  const plain = answers.map((answer, i) =>
    answer.body
      .replaceAll(values[i]!.nonce, "NONCE")
      .replaceAll(values[i]!.token, "TOKEN")
      .replaceAll(values[i]!.requestId, "ID"),
  );
  expect(new Set(plain).size).toBe(1);
  expect(plain[0]).toContain("vvg-cat-result");
});

test("a rendered search page differs between visitors only in the values the cache fills in", async () => {
  // Two renders (different keys: an extra parameter the search ignores) must be the same page
  // apart from nonce, CSRF token and request id; a new per-visitor value would break the cache.
  const renders = [await get(`${SEARCH}&r=first`), await get(`${SEARCH}&r=other`)];
  expect(renders.map((answer) => answer.headers.get("x-page-cache"))).toEqual(["miss", "miss"]);
  const plain = renders.map((answer, i) => {
    const own = ownValues(answer);
    return answer.body
      .replaceAll(own.nonce, "NONCE")
      .replaceAll(own.token, "TOKEN")
      .replaceAll(own.requestId, "ID")
      .replaceAll(i === 0 ? "r=first" : "r=other", "r=R");
  });
  expect(plain[1]).toBe(plain[0]);
});

test("a cached page's CSRF token works, and the language is part of the key", async () => {
  await get(SEARCH);
  const page = await get(SEARCH);
  const { token } = ownValues(page);
  const switched = await fetch(`${server.url}/taal`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieOf(page) },
    body: new URLSearchParams({ _csrf: token, locale: "en", redirectTo: SEARCH }).toString(),
  });
  expect(switched.status).toBe(302);
  expect(page.headers.get("x-page-cache")).toBe("hit");
  // The switch's flash message is shown once (that page is not cached); then the English page.
  const cookies = [cookieOf(page), ...switched.headers.getSetCookie().map((h) => h.split(";")[0]!)]
    .filter((c) => !c.startsWith("vvg_flash"))
    .join("; ");
  await get(SEARCH, { Cookie: cookies });
  const english = await get(SEARCH, { Cookie: cookies });
  ownValues(english);
  expect(english.body).toContain('lang="en-GB"');
  expect(english.body).not.toContain('lang="nl-BE"');
  expect((await get(SEARCH)).body).toContain('lang="nl-BE"');
});

test("a signed-in visitor gets their own page, never the anonymous one", async () => {
  await get(SEARCH);
  const form = await get("/inloggen");
  const { token } = ownValues(form);
  const login = await fetch(`${server.url}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieOf(form) },
    body: new URLSearchParams({
      _csrf: token,
      email: "beheerder.zoersel@demo.vlavirgem.be",
      password: DEMO_PASSWORD,
      redirectTo: "/",
    }).toString(),
  });
  expect(login.status).toBe(302);
  const cookie = [cookieOf(form), ...login.headers.getSetCookie().map((h) => h.split(";")[0]!)].join("; ");
  const mine = await get(SEARCH, { Cookie: cookie });
  expect(mine.status).toBe(200);
  expect(mine.headers.get("x-page-cache")).toBeNull();
  expect(mine.body).toMatch(/Afmelden|Uitloggen/);
  expect((await get(SEARCH)).body).not.toMatch(/Afmelden|Uitloggen/);
});
