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

/**
 * Module groups with their own migration folder under db/migrations/<name> (decision 007), in the
 * order they are applied: after the core folder, each may refer to the core modules' tables and
 * to the groups listed before it.
 */
export const MIGRATION_GROUPS = ["ordering", "talent", "learning"] as const;

/** The core folder first, then every module group's folder that exists. */
export function migrationsFolders(): string[] {
  const core = path.join(projectRoot(), "db", "migrations");
  const groups = MIGRATION_GROUPS.map((name) => path.join(core, name)).filter((folder) =>
    fs.existsSync(path.join(folder, "meta", "_journal.json")),
  );
  return [core, ...groups];
}
export const referenceDataFolder = () => path.join(projectRoot(), "data");
