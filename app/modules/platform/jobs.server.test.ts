import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { backoffSeconds, claimJobs, enqueueJob, runDueJobs } from "./jobs.server.ts";

const database = await createTestDatabase();

async function jobRow(id: number) {
  const [row] = await database.query<{ status: string; attempts: number; last_error: string | null; delay: number }>(
    "SELECT status, attempts, last_error, extract(epoch from run_at - now())::float AS delay FROM platform.jobs WHERE id = $1",
    [id],
  );
  return row!;
}

describe("jobs", () => {
  it("runs a queued job once and marks it done", async () => {
    const kind = `test.ok.${Math.random()}`;
    const seen: unknown[] = [];
    const id = await enqueueJob(database.db, kind, { n: 1 });
    await runDueJobs(database, { [kind]: async (payload) => void seen.push(payload) });
    await runDueJobs(database, { [kind]: async (payload) => void seen.push(payload) });
    expect(seen).toEqual([{ n: 1 }]);
    expect((await jobRow(id)).status).toBe("done");
  });

  it("retries a failing job later with backoff, then gives up", async () => {
    const kind = `test.fail.${Math.random()}`;
    const id = await enqueueJob(database.db, kind, {}, { maxAttempts: 2 });
    const failing = { [kind]: async () => Promise.reject(new Error("smtp down")) };
    await runDueJobs(database, failing);
    let row = await jobRow(id);
    expect(row.status).toBe("queued");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBe("smtp down");
    expect(row.delay).toBeGreaterThan(3);
    // Not due yet: nothing runs.
    await runDueJobs(database, failing);
    expect((await jobRow(id)).attempts).toBe(1);
    await database.query("UPDATE platform.jobs SET run_at = now() WHERE id = $1", [id]);
    await runDueJobs(database, failing);
    row = await jobRow(id);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(2);
  });

  it("fails a job whose kind has no handler instead of losing it", async () => {
    const id = await enqueueJob(database.db, `test.unknown.${Math.random()}`, {}, { maxAttempts: 1 });
    await runDueJobs(database, {});
    const row = await jobRow(id);
    expect(row.status).toBe("failed");
    expect(row.last_error).toMatch(/no handler/);
  });

  it("never hands the same job to two workers claiming at once", async () => {
    const kind = `test.claim.${Math.random()}`;
    const ids = new Set<number>();
    for (let i = 0; i < 20; i++) ids.add(await enqueueJob(database.db, kind, { i }));
    const [a, b, c] = await Promise.all([claimJobs(database, "a", 8), claimJobs(database, "b", 8), claimJobs(database, "c", 8)]);
    const claimed = [...a!, ...b!, ...c!].filter((job) => ids.has(job.id)).map((job) => job.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBeLessThanOrEqual(20);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([5, 10, 20, 40]);
    expect(backoffSeconds(30)).toBe(3600);
  });
});
