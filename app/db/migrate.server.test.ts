import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../tests/setup/database.ts";
import { migrate, migrationsApplied } from "./migrate.server.ts";

describe("migrations", () => {
  it("are applied by the template and a second run applies nothing", async () => {
    const database = await createTestDatabase();
    expect(await migrationsApplied(database)).toBe(true);
    const result = await migrate(database);
    expect(result.applied).toBe(0);
    expect(result.total).toBeGreaterThan(0);
  });

  it("run once when two callers migrate at the same moment", async () => {
    const database = await createTestDatabase();
    const [a, b] = await Promise.all([migrate(database), migrate(database)]);
    expect(a.applied + b.applied).toBe(0);
    const rows = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
    expect(rows[0]?.n).toBe(a.total);
  });

  it("create the extensions search relies on", async () => {
    const database = await createTestDatabase();
    const rows = await database.query<{ s: number }>("SELECT similarity('fietsen', 'fiets') AS s");
    expect(rows[0]?.s).toBeGreaterThan(0.3);
    const accents = await database.query<{ u: string }>("SELECT unaccent('coördinator') AS u");
    expect(accents[0]?.u).toBe("coordinator");
  });
});
