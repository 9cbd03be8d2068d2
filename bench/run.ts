// npm run bench: builds the app, then runs every bench/*.bench.ts in turn, each in its own
// process so that one benchmark's memory and warm caches do not colour the next.
// Benchmarks print ratios against a baseline measured in the same run; none fails on a figure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts") && (!only || name.includes(only)))
  .sort();

if (files.length === 0) {
  console.error(only ? `No benchmark matches "${only}".` : "No bench/*.bench.ts files found.");
  process.exit(1);
}

// React picks its production build from NODE_ENV; measure what a production deploy runs.
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || "production" };

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, [path.join(dir, file)], { stdio: "inherit", env });
  if (result.status !== 0) {
    failed += 1;
    console.error(`${file} failed (${result.signal ?? `exit code ${result.status}`})`);
  }
}
process.exit(failed ? 1 : 0);
