// The platform module's public face: jobs, mail, audit log, rate limits, site search and small
// database facts.
export { enqueueJob, runDueJobs, startWorker, backoffSeconds, type JobHandlers, type Worker } from "./jobs.server.ts";
export { queueMail, createMailDeliveryHandler, listOutbox, MAIL_JOB, type MailMessage } from "./mail.server.ts";
export { getMeta, setMeta } from "./meta.server.ts";
export { scheduleRecurringJobs, recurringJobHandlers, type RecurringJob } from "./recurring.server.ts";
export { searchSite, MAX_QUERY_LENGTH, type SiteSearchHit } from "./site-search.server.ts";
export { recordAudit, listAudit, exportAuditCsv, type AuditEntry, type AuditFilter } from "./audit.server.ts";
export {
  checkRateLimit,
  recordAttempt,
  clearRateLimit,
  RATE_LIMITS,
  type RateLimitRule,
  type RateLimitState,
} from "./rate-limit.server.ts";
export {
  listOutboxPage,
  getOutboxMessage,
  countOutboxByStatus,
  OUTBOX_STATUSES,
  type OutboxStatus,
  type OutboxQuery,
} from "./outbox.server.ts";
