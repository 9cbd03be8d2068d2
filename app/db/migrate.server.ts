import { readMigrationFiles } from "drizzle-orm/migrator";
import { migrationsFolders } from "../paths.server.ts";
import type { DatabaseHandle } from "./client.server.ts";

/** Key of the advisory lock that serialises migrations across instances ("VVGMIGR"). */
const MIGRATION_LOCK_KEY = 0x5656_474d;

/** Every migration shipped with this build, folder by folder in application order. */
export function shippedMigrations(folders = migrationsFolders()) {
  return folders.flatMap((folder) => readMigrationFiles({ migrationsFolder: folder }));
}

export type MigrationResult = { applied: number; total: number };

/**
 * Applies the migrations drizzle-kit generated under db/migrations (the core folder, then each
 * module group's folder — decision 007) that this database has not seen yet. All of it runs in one transaction holding an advisory lock, so two instances starting
 * together migrate once: the second waits for the lock, then finds nothing left to do.
 * Bookkeeping is drizzle's own table, so drizzle-kit and this runner agree.
 */
export async function migrate(handle: DatabaseHandle, folders = migrationsFolders()): Promise<MigrationResult> {
  const migrations = shippedMigrations(folders);
  return handle.rawTransaction(async (query) => {
    await query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await query("CREATE SCHEMA IF NOT EXISTS drizzle");
    await query(
      "CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)",
    );
    const done = await query<{ hash: string }>("SELECT hash FROM drizzle.__drizzle_migrations");
    const seen = new Set(done.map((row) => row.hash));
    let applied = 0;
    for (const migration of migrations) {
      if (seen.has(migration.hash)) continue;
      for (const statement of migration.sql) {
        if (statement.trim()) await query(statement);
      }
      await query("INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)", [
        migration.hash,
        migration.folderMillis,
      ]);
      applied += 1;
    }
    return { applied, total: migrations.length };
  });
}

/** True when every migration shipped with this build is recorded in the database. */
export async function migrationsApplied(handle: DatabaseHandle, folders = migrationsFolders()): Promise<boolean> {
  const migrations = shippedMigrations(folders);
  try {
    const rows = await handle.query<{ hash: string }>("SELECT hash FROM drizzle.__drizzle_migrations");
    const seen = new Set(rows.map((row) => row.hash));
    return migrations.every((migration) => seen.has(migration.hash));
  } catch {
    return false;
  }
}
