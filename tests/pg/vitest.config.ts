import { defineConfig } from "vitest/config";

// Process-level tests against a real PostgreSQL (TEST_DATABASE_URL): several app instances on
// one database, and the database going away and coming back. They run the built server.
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/pg/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
