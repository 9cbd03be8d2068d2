import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import onHeaders from "on-headers";
import type { Logger } from "pino";
import type { RouterContextProvider, ServerBuild } from "react-router";
import type { Config } from "../app/config.server.ts";
import { createMetrics } from "./metrics.ts";
import { createRouteLabeler } from "./route-label.ts";

/** What the application bundle exports for the server (see app/entry.server.tsx). */
export type AppHooks = {
  readiness(): Promise<{ database: boolean; migrations: boolean }>;
  createLoadContext(info: { requestId: string; nonce: string; ip: string }): RouterContextProvider;
};

export type ServerOptions = {
  config: Config;
  logger: Logger;
  /** The built application, or a loader for it (development reloads it on every request). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  hooks: AppHooks | (() => Promise<AppHooks>);
  /** Folder of the built browser assets; absent in development, where Vite serves them. */
  clientDir?: string;
  /** Vite's connect middleware, in development only. */
  devMiddleware?: express.RequestHandler;
  /** Called right before the React Router catch-all is installed, e.g. to mount a benchmark's baseline route. */
  beforeApp?: (app: express.Express) => void;
};

const STATIC_500 = `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Er ging iets mis | VlaVirGem</title></head>
<body><main><h1>Er ging iets mis</h1><p>Er liep iets mis aan onze kant. Probeer het over enkele ogenblikken opnieuw.</p>
<p lang="en">Something went wrong on our side. Please try again in a few moments.</p><p>Code: {id}</p><p><a href="/">VlaVirGem</a></p></main></body></html>`;

/**
 * `fn` with its answers kept for up to `limit` different arguments (then it starts over). The
 * route labeler matches the whole route tree, which React Router flattens anew on every call: a
 * quarter of a cached search page's CPU before this.
 */
function memoised(fn: (key: string) => string, limit: number): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = fn(key);
      known.set(key, value);
    }
    return value;
  };
}

export function createApp(options: ServerOptions): express.Express {
  const { config, logger } = options;
  const metrics = createMetrics();
  const dev = Boolean(options.devMiddleware);
  const hooks = async () => (typeof options.hooks === "function" ? options.hooks() : options.hooks);
  const labeler = typeof options.build === "function" ? () => "app" : memoised(createRouteLabeler(options.build), 5_000);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.TRUST_PROXY === "true");

  // Request id and CSP nonce first, so every later step (and every log line) can use them.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get("x-request-id");
    res.locals.requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.nonce = randomBytes(16).toString("base64");
    res.setHeader("X-Request-Id", res.locals.requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const route = (res.locals.routeLabel as string | undefined) ?? labeler(req.path);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.duration.observe({ method: req.method, route }, seconds);
    });
    next();
  });

  const https = config.behindHttps;
  const portalHelmet = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": dev
          ? ["'self'", "'unsafe-inline'"]
          : ["'self'", (_req, res) => `'nonce-${(res as Response).locals.nonce}'`],
        "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        // Product images are hosted by the suppliers: any https address.
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'"],
        "connect-src": dev ? ["'self'", "ws:"] : ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        // The login form posts to /inloggen/oidc, which redirects to the identity provider.
        "form-action": ["'self'", ...(config.OIDC_ISSUER ? [new URL(config.OIDC_ISSUER).origin] : [])],
        "frame-ancestors": ["'none'"],
        "upgrade-insecure-requests": https ? [] : null,
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
  // SCORM content (learning module, resource route app/routes/learning-scorm-content.tsx) runs in
  // an iframe of the portal's own SCORM player and brings its own scripts: that route sets its own
  // CSP (frame-ancestors 'self') and X-Frame-Options SAMEORIGIN. The portal's policy (frame-ancestors
  // 'none', nonce-only scripts) would otherwise be added to it and block the content.
  const scormContentHelmet = helmet({
    contentSecurityPolicy: false,
    xFrameOptions: false,
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  app.use((req, res, next) => (req.path.startsWith("/scorm-inhoud/") ? scormContentHelmet : portalHelmet)(req, res, next));
  app.use((_req, res, next) => {
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    next();
  });
  // Brotli at its default quality (11) and window costs far more CPU than the bytes it saves on
  // small HTML pages; quality 4 with a 256 KiB window is close to gzip's speed and smaller.
  app.use(
    compression({
      brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_LGWIN]: 18 } },
    }),
  );

  // Health: /healthz answers while the process lives; /readyz only when the database answers
  // and every migration of this build is applied.
  app.get("/healthz", (_req, res) => {
    res.locals.routeLabel = "healthz";
    res.type("text/plain").set("Cache-Control", "no-store").send("ok");
  });
  app.get("/readyz", async (_req, res) => {
    res.locals.routeLabel = "readyz";
    const state = await (await hooks()).readiness().catch(() => ({ database: false, migrations: false }));
    const ready = state.database && state.migrations;
    res
      .status(ready ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ status: ready ? "ready" : "not ready", ...state });
  });
  app.get("/metrics", async (_req, res) => {
    res.locals.routeLabel = "metrics";
    res
      .set("Content-Type", metrics.registry.contentType)
      .set("Cache-Control", "no-store")
      .send(await metrics.registry.metrics());
  });

  if (options.devMiddleware) {
    app.use(options.devMiddleware);
  } else if (options.clientDir) {
    const clientDir = options.clientDir;
    // Hashed assets never change: cache them for a year. Other public files for an hour.
    app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false }));
    // Other public files (favicon, robots.txt) are few and known at start: only those paths
    // reach the disk, so a page request never waits on a file lookup.
    const publicFiles = new Set(
      fs
        .readdirSync(clientDir, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/${entry.name}`),
    );
    const servePublic = express.static(clientDir, { maxAge: "1h", index: false });
    app.use((req, res, next) => (publicFiles.has(req.path) ? servePublic(req, res, next) : next()));
    app.use("/assets", (_req, res) => {
      res.locals.routeLabel = "assets";
      res.status(404).type("text/plain").send("Not found");
    });
  }

  options.beforeApp?.(app);

  const handler = createRequestHandler({
    build: options.build,
    mode: dev ? "development" : "production",
    getLoadContext: async (req, res) =>
      (await hooks()).createLoadContext({ requestId: res.locals.requestId, nonce: res.locals.nonce, ip: req.ip ?? "" }),
  });
  app.all("/{*splat}", (req, res, next) => {
    // Pages carry personal data: not cached unless the route says otherwise (public API answers do).
    onHeaders(res, () => {
      if (!res.getHeader("Cache-Control")) res.setHeader("Cache-Control", "no-store");
    });
    handler(req, res, next).catch(next);
  });

  // Last resort: never a stack trace, always a page with the request id.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    logger.error({ err, requestId: res.locals.requestId, path: req.path }, "unhandled request error");
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(500)
      .type("html")
      .send(STATIC_500.replace("{id}", String(res.locals.requestId)));
  });
  return app;
}

export type RunningServer = {
  server: http.Server;
  port: number;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then resolves. */
  close(graceMs?: number): Promise<void>;
};

export function listen(app: express.Express, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.keepAliveTimeout = 65_000;
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        server,
        port: actual,
        close(graceMs = 10_000) {
          return new Promise<void>((done) => {
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            server.closeIdleConnections();
          });
        },
      });
    });
  });
}

export function clientDirOf(root: string): string | undefined {
  const dir = path.join(root, process.env.BUILD_DIR || "build", "client");
  return fs.existsSync(dir) ? dir : undefined;
}
