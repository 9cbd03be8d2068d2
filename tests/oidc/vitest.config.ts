import { defineConfig } from "vitest/config";

// End-to-end OpenID Connect login: a real `oidc-provider` on 127.0.0.1 and the BUILT portal in
// its own process, driven with fetch (manual redirects, a cookie jar). No system packages needed.
// Run: npx react-router build && npx vitest run --config tests/oidc/vitest.config.ts
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/oidc/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
