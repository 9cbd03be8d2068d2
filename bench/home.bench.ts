// Home page throughput against a baseline on the same server.
//
// Starts the built portal the way server/main.ts does in production (same runtime, same Express
// app, same middleware: request id, helmet CSP, compression, metrics) on a fresh embedded
// database, and mounts /__bench/minimal: a route that renders a minimal React element with
// react-dom/server. The ratio home / baseline says how much the portal's own work (router,
// loaders, the page, its database ping) costs on top of what any React SSR page on this stack
// pays. Target: the home page serves at least 60% of the baseline's requests per second.
//
// Run: npm run bench (builds first), or node bench/home.bench.ts after npm run build.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon, { type Result } from "autocannon";
import type { Express } from "express";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import type { ServerBuild } from "react-router";
import { type Config, loadConfig } from "../app/config.server.ts";
import { createLogger } from "../app/logger.server.ts";
import { projectRoot } from "../app/paths.server.ts";
import { type AppHooks, clientDirOf, createApp, listen } from "../server/app.ts";

const CONNECTIONS = 50;
const WARMUP_SECONDS = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TARGET_RATIO = 0.6;
const BASELINE_PATH = "/__bench/minimal";
// What a browser sends, so responses are compressed as they are for real visitors.
// BENCH_ACCEPT_ENCODING=identity measures without compression.
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING || "gzip, deflate, br";
const HEADERS = { accept: "text/html", "accept-encoding": ACCEPT_ENCODING };

type AppModule = AppHooks & {
  startRuntime(options: { config: Config }): Promise<unknown>;
  stopRuntime(): Promise<void>;
};

/** A minimal page: the same React renderer and streaming API as app/entry.server.tsx, no router. */
function mountBaseline(app: Express) {
  app.get(BASELINE_PATH, (_req, res) => {
    res.locals.routeLabel = "bench-minimal";
    const page = createElement(
      "html",
      { lang: "nl-BE" },
      createElement("head", null, createElement("meta", { charSet: "utf-8" }), createElement("title", null, "Baseline")),
      createElement(
        "body",
        null,
        createElement("main", null, createElement("h1", null, "Baseline"), createElement("p", null, "Hallo.")),
      ),
    );
    const { pipe } = renderToPipeableStream(page, {
      nonce: res.locals.nonce as string,
      onShellReady() {
        res.status(200).set("Cache-Control", "no-store").type("html");
        pipe(res);
      },
      onShellError() {
        res.status(500).end();
      },
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function load(url: string, seconds: number): Promise<Result> {
  // One worker thread fires the requests, so the load generator does not share the server's event loop.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, workers: 1, headers: HEADERS });
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return result;
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);

async function main() {
  const started = Date.now();
  const root = projectRoot();
  const file = path.join(root, "build", "server", "index.js");
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run "npm run build" first`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vlavirgem-bench-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn", PORT: "0" };
  delete env.DATABASE_URL;
  // NODE_ENV=production (set by bench/run.ts) needs a session secret; this one lives for the run only.
  if (env.NODE_ENV === "production" && !env.SESSION_SECRET) env.SESSION_SECRET = randomBytes(32).toString("hex");
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL, "vlavirgem-bench");

  const build = (await import(pathToFileURL(file).href)) as ServerBuild;
  const hooks = (build.entry.module as unknown as { app: AppModule }).app;
  await hooks.startRuntime({ config });
  const app = createApp({ config, logger, build, hooks, clientDir: clientDirOf(root), beforeApp: mountBaseline });
  const running = await listen(app, 0, "127.0.0.1");
  const base = `http://127.0.0.1:${running.port}`;

  const targets = [
    { name: "home /", url: `${base}/`, rps: [] as number[], p99: [] as number[] },
    { name: `baseline ${BASELINE_PATH}`, url: `${base}${BASELINE_PATH}`, rps: [] as number[], p99: [] as number[] },
  ];
  const [home, baseline] = targets as [(typeof targets)[0], (typeof targets)[0]];

  try {
    const react = process.env.NODE_ENV === "production" ? "production" : "development";
    console.log(
      `Node ${process.versions.node}, ${os.cpus().length} cores, React ${react} build, PGlite, ${CONNECTIONS} connections, ` +
        `Accept-Encoding "${ACCEPT_ENCODING}", ${ROUNDS} rounds × ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up`,
    );
    for (const target of targets) {
      const response = await fetch(target.url, { headers: { accept: "text/html", "accept-encoding": "identity" } });
      const bytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`${target.url} answered ${response.status}`);
      console.log(`${target.name.padEnd(26)} ${bytes} bytes of HTML`);
    }
    for (const target of targets) await load(target.url, WARMUP_SECONDS);

    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate the order so that neither target always runs on a warmer or cooler machine.
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const result = await load(target.url, SECONDS);
        target.rps.push(result.requests.average);
        target.p99.push(result.latency.p99);
        console.log(
          `round ${round}  ${target.name.padEnd(26)} ${fmt(result.requests.average)} req/s  p99 ${fmt(result.latency.p99)} ms`,
        );
      }
    }
  } finally {
    await running.close(2_000);
    await hooks.stopRuntime();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const rss = process.memoryUsage().rss / 1024 / 1024;
  const ratio = median(home.rps) / median(baseline.rps);
  const verdict = ratio >= TARGET_RATIO ? "PASS" : "BELOW";

  console.log("\nSummary (medians over rounds)");
  console.log(`${"target".padEnd(28)} ${"req/s".padStart(8)} ${"p99 ms".padStart(8)}`);
  for (const target of targets) {
    console.log(`${target.name.padEnd(28)} ${fmt(median(target.rps))} ${fmt(median(target.p99))}`);
  }
  console.log(`${"home / baseline req/s".padEnd(28)} ${fmt(ratio * 100, 1)}%  target ≥ ${TARGET_RATIO * 100}%  ${verdict}`);
  console.log(`${"process RSS after run".padEnd(28)} ${fmt(rss, 1)} MB`);
  console.log(`${"wall time".padEnd(28)} ${fmt((Date.now() - started) / 1000, 1)} s`);
}

main().catch((err) => {
  console.error(`home.bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
