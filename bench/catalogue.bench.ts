// Catalogue search at 150,000 products: `npm run bench -- catalogue`.
//
// Loads a generated catalogue (150,000 products, ~3 offers each from 70 suppliers; the same on
// every run) through the module's own batched upserts into a fresh PGlite database and, when
// TEST_DATABASE_URL is set, into a fresh PostgreSQL database (dropped afterwards). One child
// process loads; a fresh one then searches, as a portal instance would, so its memory figure is
// that of a searching process. 200 mixed Dutch searches
// with facets (plurals, compounds, typos, brands and models, category browsing with filters,
// sorting, paging) run three ways, interleaved:
//
//   app      searchProducts() as the portal calls it (lexicon + tsquery in SQL; filters, facet
//            counts and ordering in the in-process index; one statement for the page);
//   raw      the same search as SQL alone — the statements of searchProducts(…, {engine:"sql"}),
//            which match, count every facet with GROUPING SETS and page in one statement —
//            sent straight through the driver;
//   app-sql  the app's own statements replayed straight through the driver (its database time).
//
// A third fresh process then starts the built portal ($BUILD_DIR/server/index.js, default build/,
// as bench/home.bench.ts does: same runtime, Express app and middleware) on the loaded database and
// measures the search page over HTTP: autocannon in a worker thread, 50 connections, 10 s after a
// warm-up, Accept-Encoding gzip, twice:
//
//   same     each connection cycles through four search page URLs; anonymous visitors, so the
//            page's micro-cache (decision 008) serves most of them;
//   distinct the same four searches, but every request a URL never asked before (an extra
//            parameter the search ignores), so every request is searched and rendered: the
//            uncached figure.
//
// Prints p50/p95 of each, the ratios, load time, the process RSS and the search page's requests/s.
// Targets (issue 3): p95 ≤ 30 ms on PostgreSQL and ≤ 60 ms on PGlite, app/raw ≤ 1.3, RSS ≤ 400 MB,
// search page ≥ 600 req/s at 50 connections on PostgreSQL. Never fails on a figure.
// Needs a build (npx react-router build; npm run bench builds first).
//
// BENCH_PRODUCTS (default 150000) and BENCH_QUERIES (default 200) shrink it for a quick look.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { ServerBuild } from "react-router";
import { type Config, loadConfig } from "../app/config.server.ts";
import { type DatabaseHandle, type Db, openPglite, openPostgres } from "../app/db/client.server.ts";
import { migrate } from "../app/db/migrate.server.ts";
import { createLogger } from "../app/logger.server.ts";
import * as schema from "../app/db/schema.server.ts";
import { catalogueIndexStats, searchProducts, syncCategories } from "../app/modules/procurement/index.server.ts";
import type { SearchQueryInput } from "../app/modules/procurement/shared.ts";
import { projectRoot } from "../app/paths.server.ts";
import { generateCatalogue, loadCatalogue, prng } from "../db/seed/procurement-catalogue.ts";
import { createSupplier, enterpriseNumberFrom } from "../tests/factories/procurement.ts";
import { type AppHooks, clientDirOf, createApp, listen } from "../server/app.ts";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 150_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const SUPPLIERS = 70;
const SEED = 150_070;
const TARGETS = { postgres: 30, pglite: 60, ratio: 1.3, rssMb: 400, pageRps: 600 };
/** The search page over HTTP: what each autocannon connection requests, in turn. */
const SEARCH_PAGES = [
  "/aankopen?q=laptops",
  "/aankopen?q=beeldschermen&categorie=monitor",
  "/aankopen?q=dockingstation",
  "/aankopen?q=lapotp",
];
const HTTP = { connections: 50, warmupSeconds: 3, seconds: 10, headers: { accept: "text/html", "accept-encoding": "gzip" } };

type Engine = "pglite" | "postgres";
type Captured = { sql: string; params: unknown[] }[];
type Query = { kind: string; input: SearchQueryInput };
type EngineResult = {
  engine: Engine;
  products: number;
  offers: number;
  loadSeconds: number;
  dbSize: string;
  indexSeconds: number;
  app: number[];
  raw: number[];
  appSql: number[];
  byKind: Record<string, number[]>;
  /** The searching process (a fresh one, like a portal instance). */
  rssMb: number;
  maxRssMb: number;
  /** The loading process's peak. */
  loadMaxRssMb: number;
  index: ReturnType<typeof catalogueIndexStats>;
  totals: { min: number; median: number; max: number };
  http: ServeResult;
};

// --- The 200 searches ------------------------------------------------------------------------

const PLURALS = [
  "laptops",
  "beeldschermen",
  "monitoren",
  "printers",
  "tablets",
  "smartphones",
  "muizen",
  "toetsenborden",
  "headsets",
  "webcams",
  "switches",
  "dockingstations",
  "desktops",
  "routers",
  "notebooks",
  "schermen",
  "laserprinters",
  "firewalls",
  "access points",
  "gsm's",
];
const COMPOUNDS = [
  "dockingstation",
  "docking station",
  "usb-c dock",
  "laserprinter",
  "kleurenprinter",
  "netwerkswitch",
  "netwerk switch",
  "mini-pc",
  "minipc",
  "accesspoint",
  "toegangspunt",
  "alles-in-één printer",
  "thunderbolt dock",
  "inkjetprinter",
  "werkstation",
  "koptelefoon",
  "beeldscherm 27 inch",
  "privacyschuif",
  "stroomlevering",
  "vingerafdruklezer",
];
const TYPOS = [
  "lapotp",
  "lpatop",
  "beeldschrem",
  "dokcingstation",
  "thinkpda",
  "elitbook",
  "latitdue",
  "moniter",
  "printr",
  "smartphnoe",
  "toetsenbrod",
  "koptelefon",
  "headest",
  "optiplx",
  "macbok",
  "surfce",
  "iphnoe",
  "galxy",
  "webcma",
  "swtich",
];
const SPECIFIC = [
  "thinkpad t14",
  "elitebook 840",
  "latitude 5450",
  "macbook air",
  "surface pro",
  "iphone 16",
  "galaxy s24",
  "optiplex",
  "fortigate",
  "mx master",
  "jabra evolve2",
  "laptop 16gb",
  "laptop 32gb 1tb",
  "monitor 27 inch",
  "4k monitor",
  "usb-c monitor",
  "poe switch",
  "draadloze muis",
  "azerty toetsenbord",
  "a3 printer",
  "5g smartphone",
  "lenovo laptop",
  "dell monitor",
  "hp printer",
  "ipad",
  "thunderbolt 4",
  "wifi 7 access point",
  "ergonomische muis",
  "headset teams",
  "webcam",
  "intel core ultra 7",
  "ryzen 7 laptop",
  "windows 11 pro desktop",
  "brother mfc",
  "kyocera ecosys",
];
const CATEGORY_SEARCHES: SearchQueryInput[] = [
  { category: "laptop" },
  { category: "monitor" },
  { category: "docking-station" },
  { category: "desktop" },
  { category: "printer" },
  { category: "tablet" },
  { category: "smartphone" },
  { category: "network" },
  { category: "peripherals" },
  { category: "laptop", specs: { ram_gb: 16 } },
  { category: "laptop", specs: { ram_gb: [16, 32], os: "Windows 11 Pro" }, inStock: true },
  { category: "laptop", brands: ["Lenovo"], priceMax: 1500 },
  { category: "laptop", specs: { screen_inch: { min: 13, max: 14 } }, sort: "price" },
  { category: "monitor", specs: { size_inch: 27 }, inStock: true },
  { category: "monitor", specs: { usb_c: true, height_adjustable: true } },
  { category: "printer", specs: { color: true, multifunction: true } },
  { category: "docking-station", brands: ["Dell", "HP"], maxLeadTime: 5 },
  { category: "network", specs: { poe: true, device_type: "Switch" } },
  { category: "peripherals", specs: { wireless: true }, sort: "leadtime" },
  { category: "smartphone", brands: ["Samsung"], priceMin: 250, priceMax: 500 },
  { q: "laptop", category: "laptop", brands: ["Dell"] },
  { q: "lenovo", category: "laptop", specs: { ram_gb: 32 } },
  { q: "dockingstation", category: "docking-station", specs: { displays: 2 } },
  { q: "beeldschermen", category: "monitor", maxLeadTime: 2 },
  { q: "usb-c", category: "docking-station", sort: "price" },
];

export function buildQueries(count: number): Query[] {
  const rng = prng(4242);
  const pools: [string, SearchQueryInput[], number][] = [
    ["plural", PLURALS.map((q) => ({ q })), 40],
    ["compound", COMPOUNDS.map((q) => ({ q })), 30],
    ["typo", TYPOS.map((q) => ({ q })), 30],
    ["specific", SPECIFIC.map((q) => ({ q })), 50],
    ["category", CATEGORY_SEARCHES, 50],
  ];
  const queries: Query[] = [];
  for (const [kind, pool, share] of pools) {
    for (let i = 0; i < Math.round((share * count) / 200); i++) {
      const input: SearchQueryInput = { ...pool[i % pool.length]! };
      if (i >= pool.length || rng.chance(0.25)) {
        // Second round through a pool: the same words with a sort, a page or a filter.
        const extra = rng.int(0, 3);
        if (extra === 0) input.sort = rng.pick(["price", "leadtime"] as const);
        if (extra === 1) input.page = 2;
        if (extra === 2) input.inStock = true;
        if (extra === 3) input.maxLeadTime = 5;
      }
      queries.push({ kind, input });
    }
  }
  // Shuffle deterministically so kinds interleave.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries.slice(0, count);
}

// --- Measuring ---------------------------------------------------------------------------------

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Where an engine's benchmark database lives: a PGlite directory or a PostgreSQL URL. */
type Target = { engine: Engine; location: string };

/** Opens the database, and a second Drizzle on it that logs every statement into `capture.sink`. */
async function open(
  target: Target,
  capture: { sink: Captured },
): Promise<{ handle: DatabaseHandle; close: () => Promise<void>; logging: Db }> {
  if (target.engine === "pglite") {
    const handle = await openPglite(target.location);
    return {
      handle,
      close: () => handle.close(),
      logging: drizzlePglite(handle.pglite!, {
        schema,
        logger: { logQuery: (q, p) => capture.sink.push({ sql: q, params: p }) },
      }) as unknown as Db,
    };
  }
  const handle = openPostgres(target.location, { max: 4 });
  const loggingPool = new pg.Pool({ connectionString: target.location, max: 2 });
  return {
    handle,
    close: async () => {
      await handle.close();
      await loggingPool.end();
    },
    logging: drizzlePg(loggingPool, {
      schema,
      logger: { logQuery: (q, p) => capture.sink.push({ sql: q, params: p }) },
    }) as unknown as Db,
  };
}

type LoadResult = { products: number; offers: number; loadSeconds: number; dbSize: string; maxRssMb: number };

/** Child process 1: migrate and load the catalogue through the module's batched upserts. */
async function load(target: Target): Promise<LoadResult> {
  const { handle, close } = await open(target, { sink: [] });
  try {
    const db = handle.db;
    await migrate(handle);
    await syncCategories(db);
    const suppliers: string[] = [];
    for (let i = 0; i < SUPPLIERS; i++) {
      const enterpriseNumber = enterpriseNumberFrom(20_000_000 + i * 7919);
      suppliers.push(
        (await createSupplier(db, { name: `Benchleverancier ${i + 1} BV`, enterpriseNumber, vatNumber: `BE${enterpriseNumber}` }))
          .id,
      );
    }
    const loadStart = performance.now();
    const loaded = await loadCatalogue(
      db,
      generateCatalogue({ seed: SEED, products: PRODUCTS, suppliers: SUPPLIERS }),
      suppliers,
      {
        // Two connections on PostgreSQL (this machine has two cores); PGlite has one.
        concurrency: target.engine === "postgres" ? 2 : 1,
        onBatch: (done) => {
          if (done % 25_000 === 0 || done === PRODUCTS) {
            const seconds = (performance.now() - loadStart) / 1000;
            process.stderr.write(
              `  ${target.engine}: ${done} products in ${seconds.toFixed(0)} s, RSS ${mb(process.memoryUsage().rss)} MB\n`,
            );
          }
        },
      },
    );
    const loadSeconds = (performance.now() - loadStart) / 1000;
    await handle.query("VACUUM ANALYZE");
    const [size] = await handle.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
    return { ...loaded, loadSeconds, dbSize: size!.size, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    await close();
  }
}

type SearchResultFigures = Omit<
  EngineResult,
  "engine" | "products" | "offers" | "loadSeconds" | "dbSize" | "loadMaxRssMb" | "http"
>;

/** Child process 2: a fresh process, as a portal instance would be, runs the searches. */
async function search(target: Target): Promise<SearchResultFigures> {
  const capture: { sink: Captured } = { sink: [] };
  const { handle, close, logging } = await open(target, capture);
  const engine = target.engine;
  try {
    const db = handle.db;
    const queries = buildQueries(QUERIES);
    // The first search builds the in-process index.
    const indexStart = performance.now();
    await searchProducts(db, { q: "laptop" });
    const indexSeconds = (performance.now() - indexStart) / 1000;

    // Warm-up, capturing each search's statements on both paths through a logging Drizzle
    // (whose own in-process index is built first, outside the capture).
    await searchProducts(logging, { q: "laptop" });
    const appStatements: Captured[] = [];
    const rawStatements: Captured[] = [];
    const totals: number[] = [];
    for (const query of queries) {
      const app: Captured = [];
      const raw: Captured = [];
      capture.sink = app;
      const result = await searchProducts(logging, query.input);
      capture.sink = raw;
      await searchProducts(logging, query.input, { engine: "sql" });
      appStatements.push(app);
      rawStatements.push(raw);
      totals.push(result.total);
    }
    const replay = async (statements: Captured) => {
      for (const statement of statements) {
        if (engine === "pglite") await handle.pglite!.query(statement.sql, statement.params as unknown[]);
        else await handle.query(statement.sql, statement.params as unknown[]);
      }
    };

    const app: number[] = [];
    const raw: number[] = [];
    const appSql: number[] = [];
    const byKind: Record<string, number[]> = {};
    for (const [i, query] of queries.entries()) {
      const runs: [number[], () => Promise<unknown>][] = [
        [app, () => searchProducts(db, query.input)],
        [raw, () => replay(rawStatements[i]!)],
        [appSql, () => replay(appStatements[i]!)],
      ];
      // Rotate the order so that no variant always runs first (or last) on a warm cache.
      for (let k = 0; k < runs.length; k++) {
        const [sink, run] = runs[(i + k) % runs.length]!;
        const started = performance.now();
        await run();
        const elapsed = performance.now() - started;
        sink.push(elapsed);
        if (sink === app) (byKind[query.kind] ??= []).push(elapsed);
      }
    }
    const sortedTotals = [...totals].sort((a, b) => a - b);
    return {
      indexSeconds,
      app,
      raw,
      appSql,
      byKind,
      index: catalogueIndexStats(db),
      rssMb: mb(process.memoryUsage().rss),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      totals: { min: sortedTotals[0] ?? 0, median: percentile(sortedTotals, 50), max: sortedTotals.at(-1) ?? 0 },
    };
  } finally {
    await close();
  }
}

type ServeResult = {
  /** Median of autocannon's per-second request counts, and their mean. */
  rps: number;
  meanRps: number;
  p50: number;
  p99: number;
  requests: number;
  startSeconds: number;
  /** The first search page (the built app's in-process index is read here). */
  firstSeconds: number;
  /** Bytes of HTML of each search page (uncompressed). */
  bytes: number[];
  /** The same searches, every request a new URL (nothing served from the page cache). */
  uncached: { rps: number; meanRps: number; p50: number; p99: number; requests: number; timeouts: number };
};

type AppModule = AppHooks & {
  startRuntime(options: { config: Config }): Promise<unknown>;
  stopRuntime(): Promise<void>;
};

/** Child process 3: the built portal on the loaded database, its search page under load. */
async function serve(target: Target): Promise<ServeResult> {
  const root = projectRoot();
  const file = path.join(root, process.env.BUILD_DIR || "build", "server", "index.js");
  if (!fs.existsSync(file))
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run "npx react-router build" first`);
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn", PORT: "0", SEED_DEMO: "never" };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (target.engine === "postgres") env.DATABASE_URL = target.location;
  // PGlite lives in DATA_DIR/db; createTarget put the benchmark database there.
  else env.DATA_DIR = path.dirname(target.location);
  // NODE_ENV=production (set by bench/run.ts) needs a session secret; this one lives for the run only.
  if (env.NODE_ENV === "production" && !env.SESSION_SECRET) env.SESSION_SECRET = randomBytes(32).toString("hex");
  const config = loadConfig(env);
  if (target.engine === "pglite" && config.pgliteDir !== path.resolve(target.location)) {
    throw new Error(`the portal would open ${config.pgliteDir}, not the loaded ${target.location}`);
  }
  const logger = createLogger(config.LOG_LEVEL, "vlavirgem-bench");

  const startStart = performance.now();
  const build = (await import(pathToFileURL(file).href)) as ServerBuild;
  const hooks = (build.entry.module as unknown as { app: AppModule }).app;
  await hooks.startRuntime({ config });
  const running = await listen(createApp({ config, logger, build, hooks, clientDir: clientDirOf(root) }), 0, "127.0.0.1");
  const startSeconds = (performance.now() - startStart) / 1000;
  const base = `http://127.0.0.1:${running.port}`;
  const load = async (seconds: number, distinct = false) => {
    const result = await autocannon({
      url: base,
      // [<id>] becomes a new id in every request: a URL nobody asked before.
      requests: SEARCH_PAGES.map((page) => ({ path: distinct ? `${page}&r=[<id>]` : page })),
      idReplacement: distinct,
      connections: HTTP.connections,
      duration: seconds,
      workers: 1,
      headers: HTTP.headers,
    });
    const bad = result.errors + result.timeouts + result.non2xx;
    // Uncached, a request may wait longer than autocannon's 10 s on a busy machine: counted, not fatal.
    if (distinct && result.non2xx === 0) return result;
    if (bad > 0) {
      throw new Error(
        `search pages: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts (${JSON.stringify(result.statusCodeStats)})`,
      );
    }
    return result;
  };
  try {
    const firstStart = performance.now();
    const bytes: number[] = [];
    for (const page of SEARCH_PAGES) {
      const response = await fetch(`${base}${page}`, { headers: HTTP.headers });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
      if (!body.includes('id="q"')) throw new Error(`${page} is not the search page`);
      bytes.push(Buffer.byteLength(body));
    }
    const firstSeconds = (performance.now() - firstStart) / 1000;
    process.stderr.write(`  ${target.engine}: portal up in ${startSeconds.toFixed(1)} s, warming up…\n`);
    await load(HTTP.warmupSeconds);
    const result = await load(HTTP.seconds);
    process.stderr.write(`  ${target.engine}: the same searches, every request a new URL…\n`);
    await load(HTTP.warmupSeconds, true);
    const uncached = await load(HTTP.seconds, true);
    return {
      uncached: {
        rps: uncached.requests.p50,
        meanRps: uncached.requests.average,
        p50: uncached.latency.p50,
        p99: uncached.latency.p99,
        requests: uncached.requests.total,
        timeouts: uncached.timeouts + uncached.errors,
      },
      rps: result.requests.p50,
      meanRps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      startSeconds,
      firstSeconds,
      bytes,
    };
  } finally {
    await running.close(2_000);
    await hooks.stopRuntime();
  }
}

/** Creates the engine's empty database; returns it and how to remove it. */
async function createTarget(engine: Engine): Promise<{ target: Target; remove: () => Promise<void> }> {
  if (engine === "pglite") {
    // The database goes where the portal looks for it: DATA_DIR/db.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-bench-catalogue-"));
    return {
      target: { engine, location: path.join(dir, "db") },
      remove: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `vvg_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    target: { engine, location: dbUrl.toString() },
    remove: async () => {
      const drop = new pg.Client({ connectionString: url.toString() });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}

// --- Parent: one child process per engine, then the summary ---------------------------------------

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

function report(results: EngineResult[]) {
  console.log(
    `\nSummary: ${PRODUCTS} products, ${SUPPLIERS} suppliers, ${QUERIES} searches with facets; Node ${process.versions.node}, ${os.cpus().length} cores`,
  );
  for (const r of results) {
    const target = TARGETS[r.engine];
    const appP95 = percentile(r.app, 95);
    const rawP95 = percentile(r.raw, 95);
    const ratio50 = percentile(r.app, 50) / percentile(r.raw, 50);
    const ratio95 = appP95 / rawP95;
    console.log(
      `\n${r.engine}: loaded ${r.products} products and ${r.offers} offers in ${r.loadSeconds.toFixed(0)} s (${r.dbSize}); in-process index built in ${r.indexSeconds.toFixed(1)} s`,
    );
    console.log(`  matches per search (after filters): min ${r.totals.min}, median ${r.totals.median}, max ${r.totals.max}`);
    console.log(
      `  in-process index: ${r.index?.products} products with offers, read whole ${r.index?.loads}×, patched ${r.index?.patches}× (${r.index?.patchedRows} rows)`,
    );
    console.log(`  ${"".padEnd(44)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
    console.log(
      `  ${"app      searchProducts()".padEnd(44)} ${fmt(percentile(r.app, 50))} ${fmt(appP95)}   target p95 ≤ ${target} ms: ${appP95 <= target ? "PASS" : "MISS"}`,
    );
    console.log(`  ${"raw      same search as SQL alone".padEnd(44)} ${fmt(percentile(r.raw, 50))} ${fmt(rawP95)}`);
    console.log(
      `  ${"app-sql  app's own statements, raw".padEnd(44)} ${fmt(percentile(r.appSql, 50))} ${fmt(percentile(r.appSql, 95))}`,
    );
    console.log(
      `  app/raw      p50 ${ratio50.toFixed(2)}  p95 ${ratio95.toFixed(2)}   target ≤ ${TARGETS.ratio}: ${Math.max(ratio50, ratio95) <= TARGETS.ratio ? "PASS" : "MISS"}`,
    );
    console.log(
      `  app/app-sql  p50 ${(percentile(r.app, 50) / percentile(r.appSql, 50)).toFixed(2)}  p95 ${(appP95 / percentile(r.appSql, 95)).toFixed(2)}   (what the JavaScript side adds)`,
    );
    for (const [kind, values] of Object.entries(r.byKind)) {
      console.log(
        `    app ${kind.padEnd(10)} n=${String(values.length).padStart(3)}  p50 ${fmt(percentile(values, 50))}  p95 ${fmt(percentile(values, 95))}`,
      );
    }
    console.log(
      `  searching process RSS ${r.rssMb} MB (peak ${r.maxRssMb} MB)   target ≤ ${TARGETS.rssMb} MB: ${r.rssMb <= TARGETS.rssMb ? "PASS" : "MISS"}; loading process peak ${r.loadMaxRssMb} MB`,
    );
    const h = r.http;
    const pageRatio = h.rps / TARGETS.pageRps;
    console.log(
      `  search page over HTTP: built portal up in ${h.startSeconds.toFixed(1)} s, first ${SEARCH_PAGES.length} pages in ${h.firstSeconds.toFixed(1)} s (${h.bytes.join("/")} bytes of HTML)`,
    );
    console.log(
      `    ${HTTP.connections} connections, ${HTTP.seconds} s, ${SEARCH_PAGES.length} URLs in turn: median ${h.rps.toFixed(0)} req/s (mean ${h.meanRps.toFixed(0)}, ${h.requests} requests), p50 ${h.p50} ms, p99 ${h.p99} ms`,
    );
    console.log(
      `    ${pageRatio.toFixed(2)}× the ${TARGETS.pageRps} req/s target${r.engine === "postgres" ? `: ${pageRatio >= 1 ? "PASS" : "MISS"}` : " (the target is for PostgreSQL)"} — anonymous, served from the page micro-cache`,
    );
    const u = h.uncached;
    console.log(
      `    uncached (every request a new URL, searched and rendered): median ${u.rps.toFixed(0)} req/s (mean ${u.meanRps.toFixed(0)}, ${u.requests} requests${u.timeouts ? `, ${u.timeouts} timed out after 10 s` : ""}), p50 ${u.p50} ms, p99 ${u.p99} ms; ${(u.rps / TARGETS.pageRps).toFixed(2)}× the target`,
    );
  }
}

async function child(phase: string, target: Target, out: string) {
  const result = phase === "load" ? await load(target) : phase === "search" ? await search(target) : await serve(target);
  fs.writeFileSync(out, JSON.stringify(result));
}

async function main() {
  const phaseArg = process.argv.indexOf("--phase");
  if (phaseArg > 0) {
    const [phase, engine, location, out] = process.argv.slice(phaseArg + 1) as [string, Engine, string, string];
    await child(phase, { engine, location }, out);
    return;
  }
  const started = Date.now();
  const engines: Engine[] = ["pglite", ...(process.env.TEST_DATABASE_URL ? (["postgres"] as const) : [])];
  if (!process.env.TEST_DATABASE_URL) console.log("TEST_DATABASE_URL is not set: PGlite only.");
  const results: EngineResult[] = [];
  const file = fileURLToPath(import.meta.url);
  const run = <T>(phase: string, target: Target): T => {
    const out = path.join(os.tmpdir(), `vvg-bench-catalogue-${process.pid}-${target.engine}-${phase}.json`);
    const child = spawnSync(process.execPath, [file, "--phase", phase, target.engine, target.location, out], {
      stdio: "inherit",
      env: process.env,
    });
    if (child.status !== 0 || !fs.existsSync(out))
      throw new Error(`${target.engine} ${phase} failed (${child.signal ?? child.status})`);
    const result = JSON.parse(fs.readFileSync(out, "utf8")) as T;
    fs.rmSync(out, { force: true });
    return result;
  };
  for (const engine of engines) {
    const { target, remove } = await createTarget(engine);
    try {
      console.log(`${engine}: loading ${PRODUCTS} products…`);
      const loaded = run<LoadResult>("load", target);
      console.log(`${engine}: searching…`);
      const searched = run<SearchResultFigures>("search", target);
      // Only now, with the searching process gone, may the portal open the database.
      console.log(`${engine}: serving the search page…`);
      const http = run<ServeResult>("serve", target);
      results.push({ engine, ...loaded, ...searched, http, loadMaxRssMb: loaded.maxRssMb, maxRssMb: searched.maxRssMb });
    } finally {
      await remove();
    }
  }
  report(results);
  console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`catalogue.bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  });
}
