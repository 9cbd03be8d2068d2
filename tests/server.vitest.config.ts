import { defineConfig } from "vitest/config";

// Tests that talk to the BUILT portal in its own process, over HTTP, with no system packages:
// the role × route × organisation test (tests/access) and the OpenID Connect login against a
// real provider on loopback (tests/oidc). Run through `npm run test:server`, which builds first.
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/access/**/*.test.ts", "tests/oidc/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
