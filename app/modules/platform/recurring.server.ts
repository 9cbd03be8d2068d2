import type { DatabaseHandle } from "../../db/client.server.ts";
import type { JobHandlers } from "./jobs.server.ts";

/**
 * Work that runs on a schedule (reminders, digests, expiry): each kind has exactly one queued or
 * running occurrence in platform.jobs at any time, across all instances. An occurrence queues the
 * next one before it does its work, so a failing run is retried (with the queue's backoff) without
 * breaking the chain, and a retry never queues a second next run.
 */
export type RecurringJob = {
  kind: string;
  /** Minutes between the start of one run and the next. */
  everyMinutes: number;
  run: (now: Date) => Promise<void>;
};

/** Key of the advisory lock that serialises scheduling across instances ("VVGRECU"). */
const RECURRING_LOCK_KEY = 0x5656_4752;

/** Queues the next occurrence of `kind` at `runAt` unless one is already queued (other than `exceptJobId`). */
async function queueNext(
  query: (sql: string, params?: unknown[]) => Promise<unknown[]>,
  kind: string,
  runAt: Date,
  exceptJobId: number,
): Promise<void> {
  await query(
    `INSERT INTO platform.jobs (kind, payload, run_at, max_attempts)
     SELECT $1, '{"recurring":true}'::jsonb, $2, 5
      WHERE NOT EXISTS (SELECT 1 FROM platform.jobs WHERE kind = $1 AND status IN ('queued', 'running') AND id <> $3)`,
    [kind, runAt.toISOString(), exceptJobId],
  );
}

/**
 * Makes sure every recurring job has an occurrence queued; the first run is `firstDelayMinutes`
 * from now (default: one interval, so a restart doesn't run everything at once). Run at start.
 */
export async function scheduleRecurringJobs(
  handle: DatabaseHandle,
  recurring: readonly RecurringJob[],
  options: { now?: Date; firstDelayMinutes?: number } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  await handle.rawTransaction(async (query) => {
    await query("SELECT pg_advisory_xact_lock($1)", [RECURRING_LOCK_KEY]);
    for (const job of recurring) {
      const delay = options.firstDelayMinutes ?? job.everyMinutes;
      await queueNext(query, job.kind, new Date(now.getTime() + delay * 60_000), -1);
    }
  });
}

/** Job handlers for the recurring jobs, to merge into the worker's handlers. */
export function recurringJobHandlers(
  handle: DatabaseHandle,
  recurring: readonly RecurringJob[],
  clock: () => Date = () => new Date(),
): JobHandlers {
  const handlers: JobHandlers = {};
  for (const job of recurring) {
    handlers[job.kind] = async (_payload, row) => {
      const now = clock();
      await handle.rawTransaction(async (query) => {
        await queueNext(query, job.kind, new Date(now.getTime() + job.everyMinutes * 60_000), row.id);
      });
      await job.run(now);
    };
  }
  return handlers;
}
