import { stringify } from "csv-stringify/sync";
import { and, count, desc, eq, gte, ilike, lt, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { auditLog } from "./schema.ts";

export type AuditEntry = {
  actorId?: string | null;
  organisationId?: string | null;
  ip?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
};

/** Appends to the audit log; pass the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId ?? null,
    organisationId: entry.organisationId ?? null,
    ip: entry.ip ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}

export type AuditFilter = {
  action?: string;
  actorId?: string;
  organisationId?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
};

function where(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.action) parts.push(ilike(auditLog.action, `${filter.action.replace(/[%_\\]/g, "\\$&")}%`));
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  if (filter.organisationId) parts.push(eq(auditLog.organisationId, filter.organisationId));
  if (filter.targetId) parts.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  return parts.length ? and(...parts) : undefined;
}

export async function listAudit(db: DbOrTx, filter: AuditFilter, page = 1, pageSize = 50) {
  const condition = where(filter);
  const [total] = await db.select({ n: count() }).from(auditLog).where(condition);
  const items = await db
    .select()
    .from(auditLog)
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize);
  return { items, total: total?.n ?? 0, page, pageSize };
}

/** The filtered log as CSV (UTF-8 with BOM, semicolons, as Excel in Belgium expects). */
export async function exportAuditCsv(db: DbOrTx, filter: AuditFilter, limit = 100_000): Promise<string> {
  const rows = await db.select().from(auditLog).where(where(filter)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
  return stringify(
    rows.map((row) => [
      row.at.toISOString(),
      row.action,
      row.actorId ?? "",
      row.organisationId ?? "",
      row.targetType ?? "",
      row.targetId ?? "",
      row.ip ?? "",
      JSON.stringify(row.details),
    ]),
    {
      bom: true,
      delimiter: ";",
      header: true,
      columns: ["time", "action", "actor", "organisation", "target_type", "target", "ip", "details"],
    },
  );
}
