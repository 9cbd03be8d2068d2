import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../../app/db/client.server.ts";
import { migrate } from "../../app/db/migrate.server.ts";
import { engine, testDatabaseUrl, withDatabase } from "./engine.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDatabase: string;
  }
}

/**
 * Migrates one template database for the whole run. PGlite: a migrated data directory dumped to
 * a tarball that each test file loads (about a second instead of a fresh migrate). PostgreSQL:
 * a template database that each test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  if (engine === "pglite") {
    const handle = await openPglite(undefined);
    await migrate(handle);
    const dump = await handle.pglite!.dumpDataDir("none");
    await handle.close();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "vvg-test-")), "template.tar");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("pgliteTemplate", file);
    project.provide("pgTemplateDatabase", "");
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  const url = testDatabaseUrl!;
  const template = `vvg_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const handle = openPostgres(withDatabase(url, template), { max: 2 });
  await migrate(handle);
  await handle.close();
  project.provide("pgliteTemplate", "");
  project.provide("pgTemplateDatabase", template);
  return async () => {
    // Drop the template and every per-file copy this run made.
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
      [template, `vvg_test_${process.pid}_%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  };
}
