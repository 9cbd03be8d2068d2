// The platform module's public face: jobs, mail and small database facts.
export { enqueueJob, runDueJobs, startWorker, backoffSeconds, type JobHandlers, type Worker } from "./jobs.server.ts";
export { queueMail, createMailDeliveryHandler, listOutbox, MAIL_JOB, type MailMessage } from "./mail.server.ts";
export { getMeta, setMeta } from "./meta.server.ts";
export { searchSite, MAX_QUERY_LENGTH, type SiteSearchHit } from "./site-search.server.ts";
