import { defineConfig } from "vitest/config";

// The role × route × organisation test: runs against the built portal (npm run test:e2e builds).
export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/access/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 1,
  },
});
