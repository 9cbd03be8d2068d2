// npm run test:pg — the whole Vitest suite against PostgreSQL, then the process-level tests
// (several instances, database outage) against the built server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

if (!process.env.TEST_DATABASE_URL) {
  console.error(
    'TEST_DATABASE_URL is not set. Start a throwaway server with `eval "$(scripts/pg-test-server.sh start)"` ' +
      "(needs Debian's postgresql package) or point it at any PostgreSQL ≥ 15 where the user may create databases.",
  );
  process.exit(1);
}

const run = (args: string[]) => spawnSync("npx", args, { stdio: "inherit", env: process.env }).status ?? 1;

let status = run(["vitest", "run"]);
if (!fs.existsSync("build/server/index.js")) status ||= run(["react-router", "build"]);
status = run(["vitest", "run", "--config", "tests/pg/vitest.config.ts"]) || status;
process.exit(status);
