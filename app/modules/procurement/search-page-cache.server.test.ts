import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { type CachedPage, PageCache, acceptsGzip, fillTemplate, gzipTemplate, toTemplate } from "./search-page-cache.server.ts";

const NONCE = "bm9uY2Utb25lLTEyMzQ1Ng==";
const TOKEN = "csrf-token-aaaaaaaaaaaaaaaaaaaaaa";
const ID = "0b7c1d9e-0000-4000-8000-000000000001";

const page = (nonce: string, token: string, id: string) =>
  `<!doctype html><html><head><script nonce="${nonce}">x()</script></head><body>` +
  `<form><input type="hidden" name="_csrf" value="${token}"></form>${"<p>Laptops — € 1.034,99</p>".repeat(300)}` +
  `<script nonce="${nonce}">ctx={"csrf":"${token}","requestId":"${id}"}</script><script nonce="${nonce}">end()</script></body></html>`;

describe("search page templates", () => {
  it("gives every answer its own nonce, CSRF token and request id", () => {
    const template = toTemplate(page(NONCE, TOKEN, ID), [NONCE, TOKEN, ID])!;
    expect(template.slots).toEqual([0, 1, 0, 1, 2, 0]);
    const values = ["T3RoZXItbm9uY2UtNzg5MA==", "another-token-bbbbbbbbbbbbbbbbbbb", "0b7c1d9e-0000-4000-8000-000000000002"];
    const expected = page(values[0]!, values[1]!, values[2]!);
    expect(Buffer.from(fillTemplate(template, values)).toString("utf8")).toBe(expected);
    // The gzip answer is assembled from parts compressed once; any gzip reader must read it whole.
    const gz = Buffer.from(gzipTemplate(template, values));
    expect(zlib.gunzipSync(gz).toString("utf8")).toBe(expected);
    expect(gz.length).toBeLessThan(Buffer.byteLength(expected) / 5);
  });

  it("stores nothing when a value is missing, too short or ambiguous", () => {
    expect(toTemplate(page(NONCE, TOKEN, ID), [NONCE, TOKEN, "not-in-the-page-1234"])).toBeNull();
    expect(toTemplate(page(NONCE, TOKEN, ID), [NONCE, TOKEN, "short"])).toBeNull();
    expect(toTemplate(page(NONCE, TOKEN, ID), [NONCE, NONCE, ID])).toBeNull();
  });

  it("keeps non-ASCII text intact on both paths", () => {
    const body = `<p>Één beeldscherm — ${TOKEN} — ü</p>`;
    const template = toTemplate(body, [TOKEN])!;
    const values = ["ééé-token-with-accents"];
    const expected = body.replace(TOKEN, values[0]!);
    expect(Buffer.from(fillTemplate(template, values)).toString("utf8")).toBe(expected);
    expect(zlib.gunzipSync(Buffer.from(gzipTemplate(template, values))).toString("utf8")).toBe(expected);
  });

  it("reads Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("PageCache", () => {
  const stored = (text: string): CachedPage => ({
    status: 200,
    headers: [["content-type", "text/html"]],
    template: toTemplate(`${text} ${TOKEN}`, [TOKEN])!,
  });

  it("serves a page for its catalogue version and time to live only", async () => {
    let now = 1_000;
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1_000_000, now: () => now });
    let renders = 0;
    const render = async () => {
      renders++;
      return { page: stored(`page ${renders}`), result: `rendered ${renders}` };
    };
    expect(await cache.through("k", 1, render)).toEqual({ result: "rendered 1" });
    expect(await cache.through("k", 1, render)).toHaveProperty("page");
    // The catalogue changed: the page is not served again.
    expect(await cache.through("k", 2, render)).toEqual({ result: "rendered 2" });
    now += 4_999;
    expect(await cache.through("k", 2, render)).toHaveProperty("page");
    now += 1;
    expect(await cache.through("k", 2, render)).toEqual({ result: "rendered 3" });
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 3, entries: 1 });
    // A render may say it shows a newer version (the first search read the index whole).
    await cache.through("first", 0, async () => ({ page: stored("first"), result: "r", version: 1 }));
    expect(cache.get("first", 1)).not.toBeNull();
  });

  it("renders concurrent misses of one key once, and never stores what may not be shared", async () => {
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: 1_000_000 });
    let renders = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const render = async () => {
      renders++;
      await gate;
      return { page: stored("shared"), result: "leader" };
    };
    const answers = Promise.all([cache.through("k", 1, render), cache.through("k", 1, render), cache.through("k", 1, render)]);
    release();
    const [first, second, third] = await answers;
    expect(renders).toBe(1);
    expect(first).toEqual({ result: "leader" });
    expect(second).toHaveProperty("page");
    expect(third).toHaveProperty("page");

    // A page that could not be stored (an error page, another cookie): each request renders.
    const own = async () => ({ page: null, result: "own" });
    expect(await cache.through("e", 1, own)).toEqual({ result: "own" });
    expect(await cache.through("e", 1, own)).toEqual({ result: "own" });
  });

  it("keeps within its size, dropping the oldest pages", async () => {
    const one = stored("x".repeat(10_000));
    const size = one.template.parts.reduce((n, part, i) => n + part.length + one.template.deflated[i]!.length, 0);
    const cache = new PageCache({ ttlMs: 5_000, maxBytes: size * 2 + 10 });
    for (const key of ["a", "b", "c"])
      await cache.through(key, 1, async () => ({ page: stored("x".repeat(10_000)), result: key }));
    expect(cache.stats().entries).toBe(2);
    expect(cache.get("a", 1)).toBeNull();
    expect(cache.get("c", 1)).not.toBeNull();
  });
});
