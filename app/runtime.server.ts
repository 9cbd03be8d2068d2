import type { Logger } from "pino";
import { type Config, loadConfig } from "./config.server.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "./db/client.server.ts";
import { migrate, migrationsApplied } from "./db/migrate.server.ts";
import { createLogger } from "./logger.server.ts";
import {
  MAIL_JOB,
  createMailDeliveryHandler,
  type RecurringJob,
  recurringJobHandlers,
  scheduleRecurringJobs,
  startWorker,
  type Worker,
} from "./modules/platform/index.server.ts";
import { seedIfEmpty, syncReferenceData } from "../db/seed/index.ts";
import { IMPORT_JOB, createImportJobHandler, refreshDueOfferSummaries } from "./modules/procurement/index.server.ts";
import { issueCertificatesOnCompletion, sendCertificateReminders } from "./modules/learning/index.server.ts";
import { sendApprovalReminders } from "./modules/ordering/index.server.ts";
import {
  SHARED_POST_JOB,
  createSharedPostJobHandler,
  sharedPostRecurringJob,
  talentRecurringJobs,
} from "./modules/talent/index.server.ts";

/**
 * Work that runs on a schedule, one occurrence at a time across all instances (platform
 * recurring jobs). Each module's periodic use case is listed here.
 */
function recurringJobs(database: DatabaseHandle, baseUrl: string): RecurringJob[] {
  const daily = 24 * 60;
  return [
    // Offers whose validity starts or ends today change the catalogue's prices and counts.
    { kind: "procurement.refresh-offers", everyMinutes: 60, run: async () => void (await refreshDueOfferSummaries(database.db)) },
    // Approvers of orders waiting longer than their organisation's reminder delay.
    {
      kind: "ordering.approval-reminders",
      everyMinutes: 60,
      run: async (now) => void (await sendApprovalReminders(database.db, now, { baseUrl })),
    },
    // Certificates expiring in 30 or 7 days.
    {
      kind: "learning.certificate-reminders",
      everyMinutes: daily,
      run: async (now) => void (await sendCertificateReminders(database.db, now, baseUrl)),
    },
    // NoITS: inactive profiles (warning, then erasure), saved-search digests, shared posts.
    ...talentRecurringJobs(database, baseUrl),
    sharedPostRecurringJob(database, baseUrl),
  ];
}

export type Runtime = {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  worker?: Worker;
  startedAt: Date;
};

type RuntimeGlobal = { runtime?: Runtime; starting?: Promise<Runtime> };
// One runtime per process, kept on globalThis so that development reloads reuse it.
const slot = globalThis as typeof globalThis & { __vlavirgem?: RuntimeGlobal };
const state: RuntimeGlobal = (slot.__vlavirgem ??= {});

export type StartOptions = { config?: Config; worker?: boolean; seed?: boolean; logger?: Logger };

export async function openDatabase(config: Config, logger?: Logger): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    return openPostgres(config.DATABASE_URL, {
      onError: (err) => logger?.warn({ err: err.message }, "database connection lost"),
    });
  }
  return openPglite(config.pgliteDir);
}

/**
 * Starts what the portal needs besides HTTP: configuration, database, migrations (under an
 * advisory lock), demo data on an empty database, and the job worker.
 */
export function startRuntime(options: StartOptions = {}): Promise<Runtime> {
  if (state.runtime) return Promise.resolve(state.runtime);
  state.starting ??= (async () => {
    const config = options.config ?? loadConfig();
    const logger = options.logger ?? createLogger(config.LOG_LEVEL);
    const database = await openDatabase(config, logger);
    try {
      const result = await migrate(database);
      if (result.applied > 0) logger.info({ applied: result.applied, total: result.total }, "migrations applied");
      await syncReferenceData(database.db);
      if ((options.seed ?? true) && config.SEED_DEMO === "auto") {
        const seeded = await seedIfEmpty(database.db, { demo: !config.isProduction });
        if (seeded) logger.info("demo data seeded");
      }
    } catch (err) {
      await database.close().catch(() => {});
      throw err;
    }
    let worker: Worker | undefined;
    if (options.worker !== false) {
      const recurring = recurringJobs(database, config.baseUrl);
      await scheduleRecurringJobs(database, recurring);
      worker = startWorker(
        database,
        {
          [MAIL_JOB]: createMailDeliveryHandler(database.db, { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM }),
          [IMPORT_JOB]: createImportJobHandler(database),
          // Queued by a trigger when a vacancy open to sharing is published.
          [SHARED_POST_JOB]: createSharedPostJobHandler(database, config.baseUrl),
          ...recurringJobHandlers(database, recurring),
        },
        { logger },
      );
    }
    // E-learning: a certificate (PDF + Open Badges credential) for every completed course, issued
    // right after the core commits the completion (learning's onCourseCompleted listeners).
    issueCertificatesOnCompletion({ db: database.db, baseUrl: config.baseUrl, secret: config.sessionSecret });
    const runtime: Runtime = { config, logger, database, worker, startedAt: new Date() };
    state.runtime = runtime;
    return runtime;
  })().finally(() => {
    state.starting = undefined;
  });
  return state.starting;
}

export function getRuntime(): Runtime {
  if (!state.runtime) throw new Error("The VlaVirGem runtime has not been started");
  return state.runtime;
}

export async function stopRuntime(): Promise<void> {
  const runtime = state.runtime;
  if (!runtime) return;
  state.runtime = undefined;
  await runtime.worker?.stop();
  await runtime.database.close();
}

export type Readiness = { database: boolean; migrations: boolean };

export async function readiness(): Promise<Readiness> {
  const runtime = state.runtime;
  if (!runtime) return { database: false, migrations: false };
  const database = await runtime.database.ping();
  const migrations = database ? await migrationsApplied(runtime.database) : false;
  return { database, migrations };
}
