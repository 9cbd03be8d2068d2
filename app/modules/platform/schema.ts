import { sql } from "drizzle-orm";
import { bigserial, index, integer, jsonb, pgSchema, text, timestamp } from "drizzle-orm/pg-core";

export const platform = pgSchema("platform");

/**
 * Background jobs. Workers claim due rows with FOR UPDATE SKIP LOCKED, so several app instances
 * on one PostgreSQL never run the same job twice at once.
 */
export const jobs = platform.table(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    lockedAt: timestamp("locked_at", { withTimezone: true }),
    lockedBy: text("locked_by"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("jobs_due_idx").on(t.runAt).where(sql`status = 'queued'`)],
);

/**
 * Every e-mail the portal sends. With SMTP_URL set, a job delivers it and records sent_at;
 * without it, the message stays here for portal admins to read in the console.
 */
export const outbox = platform.table(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    locale: text("locale").notNull().default("nl"),
    template: text("template"),
    status: text("status", { enum: ["pending", "sent", "held", "failed"] })
      .notNull()
      .default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt)],
);

/** Small facts about this database, such as when demo data was seeded. */
export const meta = platform.table("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Append-only audit log of decisions with legal weight and security events. A trigger in the
 * migrations refuses UPDATE and DELETE. Actors are referred to by id, so erasing a person's
 * data leaves the log intact with a pseudonym.
 */
export const auditLog = platform.table(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    organisationId: text("organisation_id"),
    ip: text("ip"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_action_idx").on(t.action),
    index("audit_log_org_idx").on(t.organisationId),
  ],
);

/** Counters for rate limits, kept in the database so that they hold across instances. */
export const rateLimits = platform.table("rate_limits", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});
