// A short-lived cache of rendered search pages for anonymous visitors ("micro-caching", as nginx
// users do it): the same search asked many times within a few seconds is searched and rendered
// once. See docs/decisions/008-search-page-micro-cache.md.
//
// A page holds a few values that belong to one response only (the CSP nonce, the CSRF token and
// the request id). The cache stores the page as a template split at those values and every answer
// fills in its own; it never knows what they mean. An entry lives at most `ttlMs` and is dropped
// as soon as the catalogue version it was rendered at is no longer current (the in-process index
// saw a change in the catalogue's change log).
import zlib from "node:zlib";

export type PageTemplate = {
  /** The page's bytes (UTF-8) between the holes: one more part than there are holes. */
  parts: Buffer[];
  /** Each part as raw deflate blocks ending on a byte boundary (sync flush), not final. */
  deflated: Buffer[];
  /** Which value goes in each hole. */
  slots: number[];
};

export type CachedPage = {
  status: number;
  headers: [string, string][];
  template: PageTemplate;
};

type Entry = CachedPage & { version: number; storedAt: number; bytes: number };

/**
 * Splits `body` at every occurrence of each value (values must be distinct and at least 8
 * characters); null when one of them does not occur, so that a page whose per-response values
 * cannot all be found is never stored.
 */
export function toTemplate(body: string, values: readonly string[]): PageTemplate | null {
  if (values.some((value) => value.length < 8) || new Set(values).size !== values.length) return null;
  const hits: { at: number; slot: number; length: number }[] = [];
  for (const [slot, value] of values.entries()) {
    let at = body.indexOf(value);
    if (at < 0) return null;
    while (at >= 0) {
      hits.push({ at, slot, length: value.length });
      at = body.indexOf(value, at + value.length);
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const texts: string[] = [];
  const slots: number[] = [];
  let from = 0;
  for (const hit of hits) {
    if (hit.at < from) return null; // overlapping values: refuse rather than guess
    texts.push(body.slice(from, hit.at));
    slots.push(hit.slot);
    from = hit.at + hit.length;
  }
  texts.push(body.slice(from));
  const parts = texts.map((text) => Buffer.from(text, "utf8"));
  const deflated = parts.map((part) => zlib.deflateRawSync(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  return { parts, deflated, slots };
}

/** The page with this response's values in the holes. */
export function fillTemplate(template: PageTemplate, values: readonly string[]): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [template.parts[0]!];
  for (let i = 0; i < template.slots.length; i++)
    chunks.push(Buffer.from(values[template.slots[i]!]!, "utf8"), template.parts[i + 1]!);
  return bytesOf(Buffer.concat(chunks));
}

/** A Buffer as the plain bytes a Response takes. */
const bytesOf = (buffer: Buffer) => new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
/** An empty final stored block: the end of the deflate stream. */
const DEFLATE_END = Buffer.from([1, 0, 0, 0xff, 0xff]);

/** A non-final stored (uncompressed) deflate block; the stream is at a byte boundary. */
function storedBlock(bytes: Buffer): Buffer {
  const n = bytes.length;
  if (n > 0xffff) throw new Error("a hole value is too long for one stored block");
  return Buffer.concat([Buffer.from([0, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff]), bytes]);
}

/**
 * The same page as `fillTemplate`, gzip-compressed without compressing it again: the parts were
 * deflated once when stored, each ending on a byte boundary, and the values go in between as
 * stored blocks; only the CRC-32 of the whole is computed per answer.
 */
export function gzipTemplate(template: PageTemplate, values: readonly string[]): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [GZIP_HEADER, template.deflated[0]!];
  let crc = zlib.crc32(template.parts[0]!);
  let size = template.parts[0]!.length;
  for (let i = 0; i < template.slots.length; i++) {
    const value = Buffer.from(values[template.slots[i]!]!, "utf8");
    const part = template.parts[i + 1]!;
    chunks.push(storedBlock(value), template.deflated[i + 1]!);
    crc = zlib.crc32(part, zlib.crc32(value, crc));
    size += value.length + part.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(DEFLATE_END, trailer);
  return bytesOf(Buffer.concat(chunks));
}

/** Whether an Accept-Encoding header allows gzip. */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  for (const item of header.split(",")) {
    const [coding, ...params] = item.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "x-gzip") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

export type PageCacheOptions = {
  /** How long an entry may be served, in milliseconds. */
  ttlMs: number;
  /** Most bytes (plain and compressed) the cache holds; the oldest entries go first. */
  maxBytes: number;
  /** Pages larger than this are not stored. */
  maxPageBytes?: number;
  now?: () => number;
};

/** An in-process cache of rendered pages by key, each valid for one catalogue version and a few seconds. */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<CachedPage | null>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  private readonly options: PageCacheOptions;

  constructor(options: PageCacheOptions) {
    this.options = options;
  }

  private now() {
    return this.options.now ? this.options.now() : Date.now();
  }

  /** A fresh entry rendered at `version`, if any. */
  get(key: string, version: number): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.version !== version || this.now() - entry.storedAt >= this.options.ttlMs) {
      this.drop(key, entry);
      return null;
    }
    return entry;
  }

  private drop(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  private store(key: string, version: number, page: CachedPage) {
    const bytes = page.template.parts.reduce((n, part, i) => n + part.length + page.template.deflated[i]!.length, 0);
    if (bytes > (this.options.maxPageBytes ?? 1_000_000) || bytes > this.options.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { ...page, version, storedAt: this.now(), bytes });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.drop(oldestKey, oldest);
    }
  }

  /**
   * The page at `key` for catalogue `version`, from the cache, or else `render`'s own result.
   * `render` produces the answer for this request and the page to store (null: not storable, e.g.
   * an error page), and may say which version the page shows (by default `version`). Concurrent
   * misses of one key render once: the others wait for that page and render themselves only when
   * it could not be stored.
   */
  async through<T>(
    key: string,
    version: number,
    render: () => Promise<{ page: CachedPage | null; result: T; version?: number }>,
  ): Promise<{ page: CachedPage } | { result: T }> {
    const cached = this.get(key, version);
    if (cached) {
      this.hits++;
      return { page: cached };
    }
    const running = this.pending.get(key);
    if (running) {
      const page = await running;
      if (page) {
        this.hits++;
        return { page };
      }
      this.misses++;
      return { result: (await render()).result };
    }
    this.misses++;
    let settle: (page: CachedPage | null) => void = () => {};
    this.pending.set(
      key,
      new Promise((resolve) => {
        settle = resolve;
      }),
    );
    try {
      const { page, result, version: shown } = await render();
      if (page) this.store(key, shown ?? version, page);
      settle(page);
      return { result };
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      this.pending.delete(key);
    }
  }

  stats() {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** How long a rendered search page is served again. */
export const SEARCH_PAGE_TTL_MS = 5_000;

/** The search pages of this process (anonymous visitors only; see the search route). */
export const searchPageCache = new PageCache({ ttlMs: SEARCH_PAGE_TTL_MS, maxBytes: 32 * 1024 * 1024, maxPageBytes: 1_000_000 });
