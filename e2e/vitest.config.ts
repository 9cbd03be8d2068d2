// End-to-end tests: the built portal in its own process, driven over HTTP and with Chromium.
// Run with `npm run test:e2e` (builds first). Needs Debian `chromium` (or CHROMIUM_PATH).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root,
  test: {
    include: ["e2e/**/*.test.ts"],
    exclude: ["node_modules/**", "build/**", "app/**", "server/**", "db/**", "tests/**"],
    environment: "node",
    pool: "forks",
    // Each file starts its own server and browser; two at a time fit a two-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A flaky browser test should be fixed, not retried.
    retry: 0,
  },
});
