// The portal's process: checks configuration, loads the application, serves HTTP, and shuts
// down cleanly on SIGTERM/SIGINT. Run with Node 24 (TypeScript types are stripped by Node).
import { ConfigError, loadConfig, type Config } from "../app/config.server.ts";

const dev = process.argv.includes("--dev");

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

// The built application always runs React and Express in their production mode (no dev checks,
// no stack traces), whatever NODE_ENV the portal's own configuration was given: `config` keeps
// that value for what it decides (demo data, SESSION_SECRET). It must be set before React loads.
if (!dev) process.env.NODE_ENV = "production";

const { serve } = await import("./serve.ts");
serve(config, dev).catch((err: unknown) => {
  process.stderr.write(`VlaVirGem could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
