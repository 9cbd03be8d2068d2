import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { shippedMigrations } from "../../app/db/migrate.server.ts";
import { withDatabase } from "../setup/engine.ts";
import { startProxy } from "./proxy.ts";
import { type SpawnedServer, spawnServer } from "../support/spawn-server.ts";

const baseUrl = process.env.TEST_DATABASE_URL;
if (!baseUrl) throw new Error("TEST_DATABASE_URL is not set: run this suite through `npm run test:pg`");

const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
const created: string[] = [];
async function freshDatabase(): Promise<string> {
  const name = `vvg_inst_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return name;
}
const servers: SpawnedServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe("several instances on one PostgreSQL", () => {
  it("both start together and serve, and the migrations and seed ran once", async () => {
    const name = await freshDatabase();
    const env = { DATABASE_URL: withDatabase(baseUrl, name) };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    servers.push(a, b);
    for (const server of [a, b]) {
      const home = await fetch(`${server.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("Samen sterker in digitale dienstverlening");
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }
    const db = new pg.Client({ connectionString: withDatabase(baseUrl, name) });
    await db.connect();
    const migrations = await db.query("SELECT hash FROM drizzle.__drizzle_migrations");
    const seeded = await db.query("SELECT value FROM platform.meta WHERE key = 'seeded_at'");
    await db.end();
    const shipped = shippedMigrations();
    expect(migrations.rowCount).toBe(shipped.length);
    expect(new Set(migrations.rows.map((r) => r.hash)).size).toBe(shipped.length);
    expect(seeded.rowCount).toBe(1);
    // Exactly one of the two logged that it applied the migrations.
    const applied = [a, b].filter((server) => server.output().includes("migrations applied"));
    expect(applied).toHaveLength(1);
  });

  it("answers 503 while the database is unreachable and recovers when it returns", async () => {
    const name = await freshDatabase();
    const target = new URL(baseUrl);
    const proxy = await startProxy(Number(target.port), target.hostname);
    const viaProxy = new URL(withDatabase(baseUrl, name));
    viaProxy.port = String(proxy.port);
    const server = await spawnServer({ DATABASE_URL: viaProxy.toString() });
    servers.push(server);
    expect((await fetch(`${server.url}/`)).status).toBe(200);

    proxy.cut();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain("Tijdelijk niet beschikbaar");
    expect(html).not.toMatch(/at .*\.(js|ts):\d+/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    proxy.restore();
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${server.url}/readyz`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    await server.stop();
    await proxy.close();
  });
});
