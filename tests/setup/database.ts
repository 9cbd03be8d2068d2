import fs from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { type DatabaseHandle, openPglite, openPostgres } from "../../app/db/client.server.ts";
import { engine, testDatabaseUrl, withDatabase } from "./engine.ts";

/**
 * A database of this test file's own, already migrated, closed (and dropped) after the file.
 * Tests inside one file share it and keep apart by creating uniquely keyed data (factories).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (engine === "pglite") {
    const tarball = fs.readFileSync(inject("pgliteTemplate"));
    const handle = await openPglite(undefined, { loadDataDir: new Blob([tarball]) });
    afterAll(() => handle.close());
    return handle;
  }
  const url = testDatabaseUrl!;
  const name = `vvg_test_${inject("pgTemplateDatabase").replace("vvg_template_", "")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplateDatabase")}`);
  await admin.end();
  const handle = openPostgres(withDatabase(url, name), { max: 5 });
  afterAll(async () => {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  });
  return handle;
}
