// The end-to-end harness: the built portal in its own process on a free port with a fresh data
// folder, Chromium through playwright-core, and pages that are checked with axe-core on every
// visit and fail on console errors. See e2e/README.md.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import type { AxeResults } from "axe-core";
import { type Browser, type BrowserContext, type Locator, type Page, type Response, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// The server process
// ---------------------------------------------------------------------------------------------

/** A free TCP port on the loopback interface (the OS picks one; we release it for the server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A new empty folder under the system temp folder, for DATA_DIR. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "vvg-e2e-"));
}

/** Variables the portal reads (app/config.server.ts), plus what Vitest/Vite put into process.env. */
const NOT_INHERITED = new Set([
  "NODE_ENV",
  "PORT",
  "HOST",
  "BASE_URL",
  "DATA_DIR",
  "DATABASE_URL",
  "SESSION_SECRET",
  "SMTP_URL",
  "MAIL_FROM",
  "LOG_LEVEL",
  "SEED_DEMO",
  "TRUST_PROXY",
  "MODE",
  "DEV",
  "PROD",
  "SSR",
]);

type Env = Record<string, string | undefined>;

function childEnv(overrides: Env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!NOT_INHERITED.has(key) && !key.startsWith("VITEST") && value !== undefined) env[key] = value;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function spawnPortal(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["server/main.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  // "close" comes after the output streams ended, so everything the process wrote is captured.
  const closed = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, closed, stdout: () => stdout, stderr: () => stderr };
}

/** One JSON log line of the portal (pino). */
export type LogLine = { level: number; msg: string; [key: string]: unknown };

function parseLog(text: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {}
  }
  return lines;
}

export type ServerProcess = {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  dataDir: string;
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written to stdout so far. */
  logs(): LogLine[];
  /** Resolves with the exit code once the process has ended (however it ended). */
  exited: Promise<number | null>;
  /** Sends SIGTERM (SIGKILL after 30 s) and resolves with the exit code. */
  stop(): Promise<number | null>;
};

export type StartOptions = {
  /** Extra or replaced environment variables; `undefined` removes one. */
  env?: Env;
  /** Use this DATA_DIR (kept after stop) instead of a fresh one (removed after stop). */
  dataDir?: string;
  /** Listen on this port (when BASE_URL must be known before the start); a free one otherwise. */
  port?: number;
  timeoutMs?: number;
};

/**
 * Starts the built portal (`node server/main.ts`, which serves build/) on a free port with a
 * fresh DATA_DIR (embedded database), and waits until GET /healthz answers.
 * Defaults: NODE_ENV=production with a random SESSION_SECRET, HOST=127.0.0.1, LOG_LEVEL=warn.
 */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  if (!fs.existsSync(path.join(ROOT, process.env.BUILD_DIR || "build", "server", "index.js"))) {
    throw new Error('build/server/index.js is missing: run "npm run test:e2e" (it builds first) or "npm run build".');
  }
  const port = options.port ?? (await freePort());
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? makeDataDir();
  const env = childEnv({
    NODE_ENV: "production",
    SESSION_SECRET: randomBytes(32).toString("hex"),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    PORT: String(port),
    DATA_DIR: dataDir,
    ...options.env,
  });
  const portal = spawnPortal(env);
  const url = `http://127.0.0.1:${port}`;
  let ended = false;
  void portal.closed.then(() => (ended = true));

  const cleanup = () => {
    if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const stop = async (): Promise<number | null> => {
    if (!ended) {
      portal.child.kill("SIGTERM");
      const timer = setTimeout(() => portal.child.kill("SIGKILL"), 30_000);
      await portal.closed;
      clearTimeout(timer);
    }
    cleanup();
    return portal.closed;
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (ended) {
      cleanup();
      throw new Error(
        `The portal exited (code ${await portal.closed}) before answering /healthz.\n${portal.stderr()}\n${portal.stdout()}`,
      );
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The portal did not answer /healthz within the time.\n${portal.stderr()}\n${portal.stdout()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    port,
    dataDir,
    process: portal.child,
    stdout: portal.stdout,
    stderr: portal.stderr,
    logs: () => parseLog(portal.stdout()),
    exited: portal.closed,
    stop,
  };
}

/** Starts the portal and expects it to exit by itself (bad configuration); never waits for /healthz. */
export async function runUntilExit(
  env: Env,
  timeoutMs = 30_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dataDir = makeDataDir();
  const portal = spawnPortal(
    childEnv({ HOST: "127.0.0.1", LOG_LEVEL: "warn", PORT: String(await freePort()), DATA_DIR: dataDir, ...env }),
  );
  const timer = setTimeout(() => portal.child.kill("SIGKILL"), timeoutMs);
  const code = await portal.closed;
  clearTimeout(timer);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { code, stdout: portal.stdout(), stderr: portal.stderr() };
}

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium (or CHROMIUM_PATH) through playwright-core; no browser download. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The browser tests need it: install Debian chromium ` +
        "(apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

// ---------------------------------------------------------------------------------------------
// Accessibility: axe-core on every page
// ---------------------------------------------------------------------------------------------

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Violations the app has today and that are reported to be fixed, e.g.
 * `{ rule: "color-contrast", targets: [".vvg-footer a"], reason: "…" }`. Keep this empty: an
 * entry is only a stopgap until the fix lands (matched on rule id and axe's CSS target).
 */
export const KNOWN_VIOLATIONS: { rule: string; targets: string[]; reason: string }[] = [];

const knownSeen = new Set<string>();

type Violation = AxeResults["violations"][number];

function formatViolations(url: string, violations: Violation[]): string {
  const lines = [`axe found ${violations.length} accessibility violation(s) on ${url}:`];
  for (const violation of violations) {
    lines.push(`- ${violation.id} [${violation.impact ?? "?"}]: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push(`    at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`);
    }
  }
  return lines.join("\n");
}

function unknownViolations(violations: Violation[]): Violation[] {
  return violations
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => {
        const known = KNOWN_VIOLATIONS.find((k) => k.rule === violation.id && k.targets.includes(node.target.join(" ")));
        if (known && !knownSeen.has(known.rule)) {
          knownSeen.add(known.rule);
          console.warn(`axe: known violation tolerated until fixed: ${known.rule} (${known.reason})`);
        }
        return !known;
      }),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

/** Runs axe on the page as it is now and throws on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = unknownViolations(results.violations);
  if (violations.length > 0) throw new Error(formatViolations(page.url(), violations));
}

/**
 * axe needs JavaScript (and timers) in the page. For a page loaded without JavaScript, the DOM it
 * shows is copied, without its scripts, into a JavaScript-enabled page (`copy`, same viewport) at
 * the same URL, so that the same stylesheets load, and checked there.
 */
async function expectAccessibleWithoutJs(page: Page, copy: Page): Promise<void> {
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  await copy.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
  try {
    await copy.goto(url);
  } finally {
    await copy.unroute(url);
  }
  const results = await new AxeBuilder({ page: copy }).withTags(AXE_TAGS).analyze();
  const violations = unknownViolations(results.violations);
  if (violations.length > 0) throw new Error(formatViolations(`${url} (without JavaScript)`, violations));
}

// ---------------------------------------------------------------------------------------------
// Checked pages
// ---------------------------------------------------------------------------------------------

export type UrlMatch = string | RegExp | ((url: URL) => boolean);

export type PageOptions = {
  /** false: a context with JavaScript disabled (`javaScriptEnabled: false`). */
  javaScript?: boolean;
  viewport?: { width: number; height: number };
};

/**
 * A Playwright page whose every visited page is checked with axe and whose console errors and
 * uncaught page errors fail the test. Navigate with `visit` and `navigate`; both wait for the
 * page (and, with JavaScript, for hydration) and run axe. A page reached any other way is
 * checked when the test ends if it is the last one, and fails the test otherwise.
 */
export type CheckedPage = {
  page: Page;
  context: BrowserContext;
  javaScript: boolean;
  /** Opens a path of the server; fails unless the response has `status` (default 200). */
  visit(pathname: string, options?: { status?: number }): Promise<Response | null>;
  /**
   * Runs `action` (a click, a key press) that leads to another page, waits for it (`url` if
   * given, else any navigation) and checks it. `status`: the document answered with this status.
   */
  navigate(action: () => Promise<unknown>, options?: { url?: UrlMatch; status?: number }): Promise<void>;
  /** Runs axe on the page as it is now (e.g. after something opened in place). */
  audit(): Promise<void>;
  /** Console errors matching this pattern do not fail the test. */
  allowConsoleError(pattern: RegExp): void;
};

type Visit = { url: string; audited: boolean };

class PageChecker {
  readonly visits: Visit[] = [];
  /** Main-frame navigations so far (documents and same-document history changes). */
  navigations = 0;
  readonly errors: string[] = [];
  readonly allowed: RegExp[] = [];
  /** Documents answered with an expected error status: their "Failed to load resource" is fine. */
  readonly expectedStatus = new Map<string, number>();

  readonly browser: Browser;
  readonly page: Page;
  readonly javaScript: boolean;
  /** Only the portal's own pages are audited; an identity provider's pages are not ours. */
  readonly origin: string;

  constructor(browser: Browser, page: Page, javaScript: boolean, origin: string) {
    this.browser = browser;
    this.page = page;
    this.javaScript = javaScript;
    this.origin = origin;
    const ours = (url: string) => url !== "about:blank" && new URL(url).origin === this.origin;
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      this.navigations++;
      const url = frame.url();
      if (!ours(url) || this.visits.at(-1)?.url === url) return;
      this.visits.push({ url, audited: false });
    });
    // A new document at the same URL (a form posted back to the page it came from).
    page.on("load", () => {
      const url = page.url();
      const last = this.visits.at(-1);
      if (ours(url) && (!last || last.url !== url || last.audited)) this.visits.push({ url, audited: false });
    });
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // An identity provider's pages are not ours: their console is not our concern.
      if (!ours(page.url())) return;
      const where = message.location().url;
      const text = message.text();
      const status = this.expectedStatus.get(where);
      if (status && text.includes(`status of ${status}`)) return;
      if (this.allowed.some((pattern) => pattern.test(text))) return;
      this.errors.push(`console error: ${text}${where ? ` (${where})` : ""}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.stack ?? error.message}`));
  }

  async ready(): Promise<void> {
    await this.page.waitForLoadState("load");
    if (!this.javaScript) return;
    // Hydrated (React has attached its fiber to <main>) and React Router is not navigating.
    // Pages without module scripts (the static 500 page) have nothing to wait for.
    await this.page.waitForFunction(() => {
      if (!document.querySelector('script[type="module"]')) return true;
      const main = document.querySelector("main") ?? document.body;
      if (!Object.keys(main).some((key) => key.startsWith("__reactFiber$"))) return false;
      type RouterState = { initialized: boolean; navigation: { state: string }; revalidation: string };
      const router = (window as { __reactRouterDataRouter?: { state: RouterState } }).__reactRouterDataRouter;
      return !router || (router.state.initialized && router.state.navigation.state === "idle");
    });
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /** Without JavaScript: the JavaScript-enabled page where copies are checked (see above). */
  private copy: Promise<{ context: BrowserContext; page: Page }> | undefined;

  async audit(): Promise<void> {
    // Marked first: a page that fails the check is reported once, by the check itself.
    const url = this.page.url();
    if (new URL(url).origin !== this.origin) return;
    for (const visit of this.visits) if (visit.url === url) visit.audited = true;
    if (this.javaScript) {
      await expectAccessible(this.page);
      return;
    }
    this.copy ??= this.browser
      .newContext({ viewport: this.page.viewportSize(), javaScriptEnabled: true })
      .then(async (context) => ({ context, page: await context.newPage() }));
    await expectAccessibleWithoutJs(this.page, (await this.copy).page);
  }

  async close(): Promise<void> {
    if (this.copy) await (await this.copy).context.close().catch(() => {});
  }

  /** At the end of a test: check the last page if nobody did, then report what went wrong. */
  async finish(): Promise<string[]> {
    const problems: string[] = [];
    const last = this.visits.at(-1);
    if (last && !last.audited && !this.page.isClosed()) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Checking the last page (${last.url}) took over 30 s`)), 30_000);
      });
      try {
        await Promise.race([
          (async () => {
            await this.ready();
            await this.audit();
          })(),
          timeout,
        ]);
      } catch (err) {
        problems.push(err instanceof Error ? err.message : String(err));
      } finally {
        clearTimeout(timer);
      }
    }
    const missed = this.visits.filter((visit) => !visit.audited).map((visit) => visit.url);
    if (missed.length > 0) {
      problems.push(
        `These pages were shown but never checked with axe (navigate with visit() or navigate()):\n  ${missed.join("\n  ")}`,
      );
    }
    problems.push(...this.errors);
    return problems;
  }
}

function matches(url: string, match: UrlMatch, base: string): boolean {
  const parsed = new URL(url);
  if (typeof match === "function") return match(parsed);
  if (match instanceof RegExp) return match.test(url);
  return url === new URL(match, base).href;
}

/** A checked page plus what the suite calls after the test: the list of problems found. */
export type OwnedCheckedPage = CheckedPage & {
  /** Checks the last page if needed and returns every problem (unchecked pages, errors). */
  finish(): Promise<string[]>;
};

/**
 * Opens a page in a fresh browser context (own cookies) on `baseUrl`. The caller must call
 * `finish()` after the test and fail on what it returns; browserSuite does that.
 */
export async function openCheckedPage(browser: Browser, baseUrl: string, options: PageOptions = {}): Promise<OwnedCheckedPage> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({
    baseURL: baseUrl,
    javaScriptEnabled: javaScript,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: "nl-BE",
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const checker = new PageChecker(browser, page, javaScript, new URL(baseUrl).origin);
  return {
    page,
    context,
    javaScript,
    async visit(pathname, visitOptions = {}) {
      const status = visitOptions.status ?? 200;
      const url = new URL(pathname, baseUrl).href;
      if (status >= 400) checker.expectedStatus.set(url, status);
      const response = await page.goto(url);
      if (response?.status() !== status) {
        throw new Error(`GET ${pathname} answered ${response?.status()}, expected ${status}`);
      }
      await checker.ready();
      await checker.audit();
      return response;
    },
    async navigate(action, navigateOptions = {}) {
      const before = checker.navigations;
      const from = page.url();
      const target = navigateOptions.url;
      if (navigateOptions.status && typeof target === "string") {
        const href = new URL(target, baseUrl);
        checker.expectedStatus.set(href.href, navigateOptions.status);
        // With JavaScript, a form is sent to React Router's data URL ("/path.data", "/_root.data").
        const data = new URL(href);
        data.pathname = href.pathname === "/" ? "/_root.data" : `${href.pathname.replace(/\/$/, "")}.data`;
        checker.expectedStatus.set(data.href, navigateOptions.status);
      }
      await action();
      // Wait for a navigation to start, even when it leads back to the same URL.
      const deadline = Date.now() + 15_000;
      while (checker.navigations === before) {
        if (Date.now() > deadline) throw new Error(`No navigation happened after the action (still on ${from})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (target) await page.waitForURL((url) => matches(url.href, target, baseUrl));
      await checker.ready();
      await checker.audit();
    },
    audit: () => checker.audit(),
    allowConsoleError: (pattern) => checker.allowed.push(pattern),
    async finish() {
      const problems = await checker.finish();
      await checker.close();
      await context.close().catch(() => {});
      return problems;
    },
  };
}

export type BrowserSuite = {
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** A page in a fresh browser context (own cookies), checked and closed after the test. */
  newPage(options?: PageOptions): Promise<CheckedPage>;
};

/**
 * Sets up one portal and one Chromium for the test file (beforeAll/afterAll), and after each
 * test checks every page it opened: axe on every page shown, no console or page errors, no
 * error lines in the server log.
 */
export function browserSuite(options: { server?: StartOptions } = {}): BrowserSuite {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let pages: OwnedCheckedPage[] = [];
  let logMark = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options.server), launchBrowser()]);
  });

  afterEach(async () => {
    const problems: string[] = [];
    for (const page of pages) problems.push(...(await page.finish()));
    pages = [];
    if (server) {
      const lines = server.logs();
      for (const line of lines.slice(logMark)) {
        if (line.level >= 50) problems.push(`server logged an error: ${JSON.stringify(line)}`);
      }
      logMark = lines.length;
    }
    if (problems.length > 0) throw new Error(problems.join("\n\n"));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error("The server is not started yet (use it inside a test)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser is not started yet (use it inside a test)");
      return browser;
    },
    async newPage(pageOptions: PageOptions = {}) {
      const page = await openCheckedPage(suite.browser, suite.server.url, pageOptions);
      pages.push(page);
      return page;
    },
  };
  return suite;
}

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------

export type FocusTarget = Locator | string | RegExp;

/** What has keyboard focus: tag, accessible name (approximated), and the element's id/href. */
export type FocusedElement = { tag: string; name: string; id: string; href: string | null; type: string | null };

export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "", id: "", href: null, type: null };
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
    let name = clean(el.getAttribute("aria-label"));
    const labelledBy = el.getAttribute("aria-labelledby");
    if (!name && labelledBy) {
      name = clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
    }
    if (!name && "labels" in el) {
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) name = clean(Array.from(labels, (label) => label.textContent).join(" "));
    }
    if (!name && el instanceof HTMLInputElement && (el.type === "submit" || el.type === "button")) name = clean(el.value);
    if (!name) name = clean(el.textContent);
    if (!name) name = clean(el.getAttribute("title") ?? el.getAttribute("placeholder"));
    return { tag: el.tagName.toLowerCase(), name, id: el.id, href: el.getAttribute("href"), type: el.getAttribute("type") };
  });
}

async function isFocused(page: Page, target: FocusTarget): Promise<boolean> {
  if (typeof target === "string" || target instanceof RegExp) {
    const { name } = await focused(page);
    return typeof target === "string" ? name === target : target.test(name);
  }
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element is `target`: a Locator, or
 * an accessible name (exact string or pattern). Fails after `max` presses, and fails if the
 * element reached shows no visible focus indicator.
 */
export async function tabTo(
  page: Page,
  target: FocusTarget,
  options: { max?: number; backwards?: boolean } = {},
): Promise<FocusedElement> {
  const max = options.max ?? 60;
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? "Shift+Tab" : "Tab");
    if (await isFocused(page, target)) {
      await expectFocusVisible(page);
      return focused(page);
    }
    const now = await focused(page);
    seen.push(`${now.tag}${now.id ? `#${now.id}` : ""} "${now.name}"`);
  }
  throw new Error(`Tab did not reach ${String(target)} in ${max} presses. Focus went to:\n  ${seen.join("\n  ")}`);
}

/** Activates the focused element the way a keyboard user does. */
export async function activate(page: Page, key: "Enter" | "Space" = "Enter"): Promise<void> {
  await page.keyboard.press(key);
}

/** The focused element must show a focus indicator: an outline or a box shadow. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const css = getComputedStyle(el);
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
      outlineStyle: css.outlineStyle,
      outlineWidth: Number.parseFloat(css.outlineWidth) || 0,
      boxShadow: css.boxShadow,
      focusVisible: el.matches(":focus-visible"),
    };
  });
  if (!style) throw new Error("Nothing has focus");
  const outline = style.outlineStyle !== "none" && style.outlineWidth > 0;
  const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
  if (!outline && !shadow) {
    throw new Error(
      `The focused element ${style.element} has no visible focus indicator ` +
        `(outline: ${style.outlineStyle} ${style.outlineWidth}px, box-shadow: ${style.boxShadow}, :focus-visible ${style.focusVisible})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Known bugs
// ---------------------------------------------------------------------------------------------

/**
 * A check that fails today because of a reported app bug. The test goes on (with a warning)
 * while the check fails, and fails once the check passes, so that the wrapper is removed and
 * the check guards the fix from then on.
 */
export async function knownBug(description: string, check: () => unknown): Promise<void> {
  try {
    await check();
  } catch {
    console.warn(`known bug, still present: ${description}`);
    return;
  }
  throw new Error(`The known bug "${description}" no longer shows: remove knownBug() around this check.`);
}
