import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

/**
 * The project's root folder (where package.json is), found from this file's location so that it
 * holds from the source tree, from tests and from the built server alike.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, "utf8")) as { name?: string };
      if (pkg.name === "vlavirgem") {
        cached = dir;
        return dir;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      cached = process.cwd();
      return cached;
    }
    dir = parent;
  }
}

export const migrationsFolder = () => path.join(projectRoot(), "db", "migrations");
export const referenceDataFolder = () => path.join(projectRoot(), "data");
