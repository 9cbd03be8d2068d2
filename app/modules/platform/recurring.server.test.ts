import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { runDueJobs } from "./jobs.server.ts";
import { type RecurringJob, recurringJobHandlers, scheduleRecurringJobs } from "./recurring.server.ts";

const database = await createTestDatabase();

async function occurrences(kind: string) {
  return database.query<{ id: number; status: string; delay: number }>(
    "SELECT id, status, extract(epoch from run_at - now())::float AS delay FROM platform.jobs WHERE kind = $1 ORDER BY id",
    [kind],
  );
}

describe("recurring jobs", () => {
  it("keeps exactly one occurrence queued, however often instances schedule it", async () => {
    const kind = `test.recurring.${Math.random()}`;
    const jobs: RecurringJob[] = [{ kind, everyMinutes: 60, run: async () => {} }];
    await Promise.all([scheduleRecurringJobs(database, jobs), scheduleRecurringJobs(database, jobs)]);
    await scheduleRecurringJobs(database, jobs);
    const rows = await occurrences(kind);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("queued");
    expect(rows[0]!.delay).toBeGreaterThan(59 * 60);
  });

  it("runs when due and queues the next run one interval later", async () => {
    const kind = `test.recurring.${Math.random()}`;
    const runs: Date[] = [];
    const jobs: RecurringJob[] = [{ kind, everyMinutes: 30, run: async (now) => void runs.push(now) }];
    await scheduleRecurringJobs(database, jobs, { firstDelayMinutes: 0 });
    await runDueJobs(database, recurringJobHandlers(database, jobs));
    expect(runs).toHaveLength(1);
    const rows = await occurrences(kind);
    expect(rows.map((row) => row.status)).toEqual(["done", "queued"]);
    expect(rows[1]!.delay).toBeGreaterThan(29 * 60);
    expect(rows[1]!.delay).toBeLessThan(31 * 60);
    // Not due: nothing runs.
    await runDueJobs(database, recurringJobHandlers(database, jobs));
    expect(runs).toHaveLength(1);
  });

  it("retries a failing run without queuing a second next run", async () => {
    const kind = `test.recurring.${Math.random()}`;
    let calls = 0;
    const jobs: RecurringJob[] = [
      {
        kind,
        everyMinutes: 60,
        run: async () => {
          calls += 1;
          throw new Error("mail server down");
        },
      },
    ];
    await scheduleRecurringJobs(database, jobs, { firstDelayMinutes: 0 });
    const handlers = recurringJobHandlers(database, jobs);
    await runDueJobs(database, handlers);
    // The failed occurrence is queued again for a retry, and the next run is queued once.
    await database.query("UPDATE platform.jobs SET run_at = now() WHERE kind = $1 AND status = 'queued' AND attempts > 0", [
      kind,
    ]);
    await runDueJobs(database, handlers);
    expect(calls).toBe(2);
    const queued = (await occurrences(kind)).filter((row) => row.status === "queued");
    expect(queued).toHaveLength(2); // the retry of the failing run and one next run
    expect(queued.filter((row) => row.delay > 3000)).toHaveLength(1);
  });
});
