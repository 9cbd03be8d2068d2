// Loads the application and serves it (imported by server/main.ts once configuration is checked
// and NODE_ENV is settled, so that React and Express load in the right mode).
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import type { Config } from "../app/config.server.ts";
import { createLogger } from "../app/logger.server.ts";
import { projectRoot } from "../app/paths.server.ts";
import { type AppHooks, clientDirOf, createApp, listen } from "./app.ts";

type AppModule = AppHooks & {
  startRuntime(options: { config: Config }): Promise<unknown>;
  stopRuntime(): Promise<void>;
};
type EntryWithApp = { app: AppModule };

export async function serve(config: Config, dev: boolean) {
  const logger = createLogger(config.LOG_LEVEL, "vlavirgem-server");
  const root = projectRoot();
  let build: ServerBuild | (() => Promise<ServerBuild>);
  let appModule: () => Promise<AppModule>;
  let devMiddleware: Parameters<typeof createApp>[0]["devMiddleware"];

  if (dev) {
    const vite = await import("vite");
    const server = await vite.createServer({ root, server: { middlewareMode: true }, appType: "custom" });
    const load = () => server.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
    build = load;
    appModule = async () => ((await load()).entry.module as unknown as EntryWithApp).app;
    devMiddleware = server.middlewares as never;
  } else {
    const file = path.join(root, process.env.BUILD_DIR || "build", "server", "index.js");
    let loaded: ServerBuild;
    try {
      loaded = (await import(pathToFileURL(file).href)) as ServerBuild;
    } catch (err) {
      logger.fatal({ err }, "could not load the built application");
      process.stderr.write(`Cannot load ${path.relative(process.cwd(), file)}: run "npm run build" first.\n`);
      process.exit(1);
    }
    build = loaded;
    const module = (loaded.entry.module as unknown as EntryWithApp).app;
    appModule = async () => module;
  }

  const hooks = await appModule();
  await hooks.startRuntime({ config });

  const app = createApp({
    config,
    logger,
    build,
    hooks: dev ? appModule : hooks,
    clientDir: dev ? undefined : clientDirOf(root),
    devMiddleware,
  });
  const running = await listen(app, config.PORT, config.HOST);
  logger.info(
    { port: running.port, url: config.baseUrl, database: config.DATABASE_URL ? "postgres" : "pglite" },
    "VlaVirGem is listening",
  );
  // A line for people starting it by hand.
  if (process.stdout.isTTY) process.stdout.write(`\nVlaVirGem: http://localhost:${running.port}\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const hardStop = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, 20_000);
    hardStop.unref();
    await running.close(10_000);
    await (await appModule()).stopRuntime();
    logger.info("stopped");
    clearTimeout(hardStop);
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
