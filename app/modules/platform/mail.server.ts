import nodemailer from "nodemailer";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { enqueueJob, type JobHandler } from "./jobs.server.ts";
import { outbox } from "./schema.ts";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale?: "nl" | "en";
  template?: string;
};

export const MAIL_JOB = "mail.deliver";

/**
 * Records a message in the outbox and queues its delivery, in the caller's transaction when one
 * is passed, so a mail is queued exactly when the change that caused it is committed.
 */
export async function queueMail(db: DbOrTx, message: MailMessage): Promise<number> {
  const [row] = await db
    .insert(outbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html ?? null,
      locale: message.locale ?? "nl",
      template: message.template ?? null,
    })
    .returning({ id: outbox.id });
  if (!row) throw new Error("queueMail: insert returned no row");
  await enqueueJob(db, MAIL_JOB, { outboxId: row.id });
  return row.id;
}

export type MailTransportOptions = { smtpUrl?: string; from: string; ignoreTls?: boolean };

/**
 * The job handler that delivers an outbox message: over SMTP when SMTP_URL is configured,
 * otherwise it marks the message "held" so that it stays readable in the admin console.
 * A delivery error is thrown so that the job queue retries with backoff.
 */
export function createMailDeliveryHandler(db: Db, options: MailTransportOptions): JobHandler {
  const transport = options.smtpUrl
    ? nodemailer.createTransport(
        `${options.smtpUrl}${options.ignoreTls ? `${options.smtpUrl.includes("?") ? "&" : "?"}ignoreTLS=true` : ""}`,
      )
    : undefined;
  return async (payload, job) => {
    const id = Number(payload.outboxId);
    const [message] = await db.select().from(outbox).where(eq(outbox.id, id));
    if (!message || message.status === "sent") return;
    if (!transport) {
      await db.update(outbox).set({ status: "held" }).where(eq(outbox.id, id));
      return;
    }
    try {
      await transport.sendMail({
        from: options.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody ?? undefined,
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      // After the last try the message is marked failed, so admins see it in the console.
      const final = job.attempts >= job.max_attempts;
      await db
        .update(outbox)
        .set({ lastError: reason, ...(final ? { status: "failed" as const } : {}) })
        .where(eq(outbox.id, id));
      throw err;
    }
    await db.update(outbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(eq(outbox.id, id));
  };
}

export async function listOutbox(db: Db, limit = 50) {
  return db.query.outbox.findMany({ orderBy: (t, { desc }) => [desc(t.id)], limit });
}
