// The outbox as the admin console reads it: a paged list, one message in full, and counts.
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { outbox } from "./schema.ts";

export const OUTBOX_STATUSES = ["pending", "sent", "held", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxQuery = {
  status?: OutboxStatus;
  /** Part of the recipient's address or of the subject. */
  q?: string;
  page?: number;
  pageSize?: number;
};

/** Outbox messages, newest first, without their bodies. */
export async function listOutboxPage(db: Db, query: OutboxQuery = {}) {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(200, Math.max(1, Math.floor(query.pageSize ?? 50)));
  const parts: SQL[] = [];
  if (query.status) parts.push(eq(outbox.status, query.status));
  const q = query.q?.trim();
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, "\\$&")}%`;
    parts.push(or(ilike(outbox.toAddress, like), ilike(outbox.subject, like))!);
  }
  const where = parts.length ? and(...parts) : undefined;
  const [total] = await db.select({ n: count() }).from(outbox).where(where);
  const items = await db
    .select({
      id: outbox.id,
      toAddress: outbox.toAddress,
      subject: outbox.subject,
      template: outbox.template,
      locale: outbox.locale,
      status: outbox.status,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      lastError: outbox.lastError,
    })
    .from(outbox)
    .where(where)
    .orderBy(desc(outbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: total?.n ?? 0, page, pageSize };
}

/** One message with its text, or undefined for an unknown or malformed id. */
export async function getOutboxMessage(db: Db, id: number | string) {
  const n = typeof id === "number" ? id : /^\d{1,15}$/.test(id) ? Number(id) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) return undefined;
  const [row] = await db.select().from(outbox).where(eq(outbox.id, n));
  return row;
}

/** How many messages are in each status (every status present, zero when none). */
export async function countOutboxByStatus(db: Db): Promise<Record<OutboxStatus, number>> {
  const rows = await db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
  const out: Record<OutboxStatus, number> = { pending: 0, sent: 0, held: 0, failed: 0 };
  for (const row of rows) out[row.status] = row.n;
  return out;
}
