import { defineConfig } from "vitest/config";

// Unit and integration tests. Each test file gets its own database cloned from a template that
// global-setup migrated once: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts", "db/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: [
      "e2e/**",
      "tests/pg/**",
      "tests/oidc/**",
      "tests/access/**",
      "node_modules/**",
      "build/**",
      // Tests that need real concurrent transactions run only on PostgreSQL (npm run test:pg).
      ...(process.env.TEST_DATABASE_URL ? [] : ["**/*.pg.test.ts"]),
    ],
    globalSetup: ["tests/setup/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
