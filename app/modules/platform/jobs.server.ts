import os from "node:os";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { DatabaseHandle, DbOrTx } from "../../db/client.server.ts";
import { jobs } from "./schema.ts";

export type JobRow = {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
};

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export type EnqueueJobOptions = { runAt?: Date; maxAttempts?: number };

/** Queues a job. Pass a transaction to queue it together with the write that caused it. */
export async function enqueueJob(
  db: DbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  options: EnqueueJobOptions = {},
): Promise<number> {
  const [row] = await db
    .insert(jobs)
    .values({ kind, payload, runAt: options.runAt ?? new Date(), maxAttempts: options.maxAttempts ?? 5 })
    .returning({ id: jobs.id });
  if (!row) throw new Error("enqueueJob: insert returned no row");
  return row.id;
}

/** Delay before the next try: 5 s, 10 s, 20 s, … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 3600);
}

/** A job that has been "running" this long is taken to belong to a dead worker and is reclaimed. */
const STALE_AFTER_SECONDS = 600;

/**
 * Claims up to `limit` due jobs for this worker. SKIP LOCKED lets several workers (in several
 * processes) claim at once without waiting on or taking each other's rows.
 */
export async function claimJobs(handle: DatabaseHandle, workerId: string, limit: number): Promise<JobRow[]> {
  return handle.query<JobRow>(
    `UPDATE platform.jobs SET status = 'running', locked_at = now(), locked_by = $1, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM platform.jobs
          WHERE (status = 'queued' AND run_at <= now())
             OR (status = 'running' AND locked_at < now() - make_interval(secs => $3))
          ORDER BY run_at, id
          LIMIT $2
          FOR UPDATE SKIP LOCKED)
     RETURNING id, kind, payload, attempts, max_attempts`,
    [workerId, limit, STALE_AFTER_SECONDS],
  );
}

export async function completeJob(handle: DatabaseHandle, id: number): Promise<void> {
  await handle.query(
    "UPDATE platform.jobs SET status = 'done', finished_at = now(), locked_at = NULL, last_error = NULL WHERE id = $1",
    [id],
  );
}

export async function failJob(handle: DatabaseHandle, job: JobRow, error: string): Promise<"retry" | "failed"> {
  if (job.attempts >= job.max_attempts) {
    await handle.query(
      "UPDATE platform.jobs SET status = 'failed', finished_at = now(), locked_at = NULL, last_error = $2 WHERE id = $1",
      [job.id, error],
    );
    return "failed";
  }
  await handle.query(
    `UPDATE platform.jobs SET status = 'queued', locked_at = NULL, last_error = $2,
            run_at = now() + make_interval(secs => $3) WHERE id = $1`,
    [job.id, error, backoffSeconds(job.attempts)],
  );
  return "retry";
}

/** Claims and runs due jobs once; returns how many it ran. Used by the worker loop and by tests. */
export async function runDueJobs(
  handle: DatabaseHandle,
  handlers: JobHandlers,
  options: { workerId?: string; limit?: number; logger?: Logger } = {},
): Promise<number> {
  const workerId = options.workerId ?? `${os.hostname()}:${process.pid}`;
  const claimed = await claimJobs(handle, workerId, options.limit ?? 10);
  for (const job of claimed) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job.payload, job);
      await completeJob(handle, job.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const outcome = await failJob(handle, job, message);
      options.logger?.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, outcome, err: message }, "job failed");
    }
  }
  return claimed.length;
}

export type Worker = { stop(): Promise<void> };

/** Polls for due jobs until stopped. A run in progress is finished before stop() resolves. */
export function startWorker(
  handle: DatabaseHandle,
  handlers: JobHandlers,
  options: { pollMs?: number; logger?: Logger } = {},
): Worker {
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pollMs = options.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        // Drain: keep going while full batches come back.
        while (!stopped && (await runDueJobs(handle, handlers, { workerId, logger: options.logger })) >= 10) {}
      } catch (err) {
        options.logger?.warn({ err: err instanceof Error ? err.message : String(err) }, "job worker could not poll");
      }
      if (!stopped) timer = setTimeout(tick, pollMs);
    })();
  };
  timer = setTimeout(tick, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
